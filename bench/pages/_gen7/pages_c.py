from pages_a import mk
from common import css, tracker
NAV = ''.join('<tr><td class="navcell"><a href="/%s.asp">%s</a></td></tr>' % (x.lower().replace(' ', '_'), x) for x in ['Home', 'About Us', 'Your Area', 'Report a Crime', 'Press Office', 'Appeals', 'Recruitment', 'Freedom of Information', 'Contact'])
RAW = '''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Press Office - Eastshire Constabulary</title>
<meta name="keywords" content="police, eastshire, press, appeal">
<style type="text/css">
%(css)s
</style>
<script type="text/javascript">%(trk)s</script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="100%%" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3" bgcolor="#002b5c"><img src="/images/logo.gif" width="320" height="80" alt="Eastshire Constabulary"> <font color="#ffffff" face="Arial">Eastshire Constabulary &ndash; Protecting our communities</font></td></tr>
<tr><td colspan="3" class="crumb"><font size="1" face="Arial"><a href="/">Home</a> &gt; <a href="/press.asp">Press Office</a> &gt; News Release</font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#e6ecf2"><table width="100%%" cellpadding="4">%(nav)s</table>
<p class="sidebox"><b>Emergency: 999</b><br>Non-emergency: 101</p></td>
<td width="20">&nbsp;</td>
<td valign="top">
<table width="100%%" border="0" cellpadding="2" cellspacing="0">
<tr><td><font face="Arial" size="2" color="#666666">Press Office | News Release</font></td><td align="right"><a href="?print=1"><font size="1">Printer friendly version</font></a></td></tr>
<tr><td colspan="2"><font face="Arial" size="4" color="#002b5c"><b>Appeal after lorry sheds load<br>on the A14 near Stowbridge</b></font></td></tr>
<tr><td colspan="2"><font face="Arial" size="2"><i>Posted: Friday 6th March 2026</i></font></td></tr>
<tr><td colspan="2"><font face="Arial" size="2">
<p>Police are appealing for witnesses after a lorry shed its load of timber on the eastbound A14 near Stowbridge on Thursday evening.</p>
<p>The incident happened at about 7.40pm, shortly after junction 49. Nobody was injured, but the carriageway was closed for almost five hours while the timber was cleared.</p>
<p>Officers are particularly keen to hear from drivers with dashcam footage of a white articulated lorry travelling east from Stowbridge between 7.15pm and 7.45pm.</p>
<p>PC Helen Marsh said: &quot;We want to establish how the load came loose and whether it had been properly secured.&quot;</p>
<p>Anyone with information should call 101 quoting incident 417 of 5 March.</p>
</font></td></tr>
<tr><td colspan="2"><font face="Arial" size="1" color="#666666">Last updated 09/03/2026</font></td></tr>
<tr><td colspan="2"><hr size="1"><font face="Arial" size="2"><b>Other recent releases</b></font>
<ul><li><a href="#">Man charged after Stowbridge burglary</a> (04/03/2026)</li><li><a href="#">Missing teenager found safe</a> (02/03/2026)</li><li><a href="#">Rural crime surgery dates announced</a> (27/02/2026)</li></ul></td></tr>
</table>
</td></tr>
<tr><td colspan="3" bgcolor="#002b5c" align="center"><font color="#ffffff" size="1" face="Arial">&copy; Eastshire Constabulary 2004&ndash;2026 | <a href="#"><font color="#ffffff">Accessibility</font></a> | <a href="#"><font color="#ffffff">Privacy notice</font></a> | <a href="#"><font color="#ffffff">Cookies</font></a></font></td></tr>
</table>
</body>
</html>
'''
raw = RAW % dict(css=css(99, 'Arial,sans-serif', '#002b5c'), trk=tracker(99, 'police.eastshire.example'), nav=NAV)
d = mk('en_gb_police_table', 'en', 'news', 'https://www.eastshire-police.example/press/release.asp?id=20417',
 'Eastshire Constabulary', 'Appeal after lorry sheds load on the A14 near Stowbridge', '', '', '2026-03-06',
 ['Police are appealing for witnesses after a lorry shed its load of timber on the eastbound A14 near Stowbridge on Thursday evening.',
  'Anyone with information should call 101 quoting incident 417 of 5 March.'],
 ['Posted: Friday 6th March 2026', 'Last updated 09/03/2026', 'Printer friendly version', 'Man charged after Stowbridge burglary', 'Non-emergency: 101'],
 'Old table-layout police press office (ASP era): no h1/h2 at all, headline in <font size=4><b> split by <br>; <title> is only "Press Office - Eastshire Constabulary". Visible "Posted: Friday 6th March 2026" (ordinal) and "Last updated 09/03/2026" (UK day-first); incident date 5 March in body; related releases with dd/mm/yyyy dates. No metadata.')
d['raw'] = raw
P = [d]
