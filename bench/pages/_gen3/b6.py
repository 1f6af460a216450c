from lib import *

def en_hk():
    ps = [
     'The Leisure and Cultural Services Department (LCSD) announced today (March 3) that the cycling track in Tai Po Waterfront Park will be temporarily closed from March 11 to May 31 for resurfacing and drainage improvement works.',
     'During the closure period, cyclists are advised to use the cycling track along Tolo Harbour or other cycling facilities in the district. The park\'s other facilities, including the lookout tower, the insect house and the children\'s play areas, will remain open as usual.',
     'The works will replace about 1.8 kilometres of worn surface and install new drainage channels at locations prone to flooding during heavy rain. Temporary fencing and signage will be put up at the works areas, and members of the public are reminded to follow the instructions of on-site staff for their own safety.',
     'A spokesman for the LCSD apologised for any inconvenience caused to park users and said the department will make every effort to complete the works as scheduled.',
     'For enquiries, members of the public may call the Tai Po Waterfront Park Management Office on 2665 0000 during office hours.']
    body = '<br><br>'.join('&nbsp;&nbsp;&nbsp;&nbsp;' + p for p in ps)
    html = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Temporary closure of cycling track in Tai Po Waterfront Park</title>
<meta name="description" content="Temporary closure of cycling track in Tai Po Waterfront Park">
<script language="JavaScript" src="/common/js/pr_common.js"></script>
<link rel="stylesheet" href="/common/css/pr.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#003366" height="60"><table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td><a href="/gia/general/today.htm"><font color="#FFFFFF" face="Arial" size="4"><b>Press Releases</b></font></a></td><td align="right"><font face="Arial" size="2" color="#FFFFFF"><a href="/gia/general/202403/03c.htm"><font color="#FFFFFF">繁體版</font></a> | <a href="/gia/general/202403/03s.htm"><font color="#FFFFFF">简体版</font></a> | <a href="/gia/general/search.htm"><font color="#FFFFFF">Search</font></a> | <a href="/gia/rss/general_en.xml"><font color="#FFFFFF">RSS</font></a></font></td></tr></table></td></tr>
<tr><td bgcolor="#E0E8F0"><font face="Arial" size="2">&nbsp;<a href="/">GovHK</a> &gt; <a href="/gia/general/today.htm">Press Releases</a> &gt; <a href="/gia/general/202403/03.htm">March 3, 2024</a> &gt; <a href="/gia/general/ctoday.htm?cat=leisure">Leisure and Cultural Services</a></font></td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr valign="top">
<td width="180" bgcolor="#F4F4F4">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td><font face="Arial" size="2"><b>Categories</b></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=finance">Business &amp; Finance</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=education">Education</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=environment">Environment</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=health">Health &amp; Community Care</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=housing">Housing</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=law">Law &amp; Security</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=leisure">Recreation, Sports &amp; Culture</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=transport">Transport &amp; Traffic</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/ctoday.htm?cat=weather">Weather</a></font></td></tr>
<tr><td><br><font face="Arial" size="2"><b>Archives</b><br><a href="/gia/general/202403/02.htm">March 2, 2024</a><br><a href="/gia/general/202403/01.htm">March 1, 2024</a><br><a href="/gia/general/202402/29.htm">February 29, 2024</a></font></td></tr>
</table>
</td>
<td width="20">&nbsp;</td>
<td width="780">
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>
<font face="Arial" size="3"><span id="PRHeadlineSpan"><b>Temporary closure of cycling track in Tai Po Waterfront Park</b></span></font>
<br><br>
<font face="Arial" size="2"><span id="pressrelease" class="fontSize1">{body}
<br><br>Ends/Sunday, March 3, 2024<br>Issued at HKT 07:30<br><br>NNNN</span></font>
</td></tr></table>
<br>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#E0E8F0"><font face="Arial" size="2"><b>Today's Press Releases</b></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/gia/general/202403/03/P2024030300142.htm">Red flags hoisted at some beaches</a><br>
<a href="/gia/general/202403/03/P2024030300201.htm">Special traffic arrangements for race meeting in Sha Tin</a><br>
<a href="/gia/general/202403/03/P2024030300255.htm">Fire Services Department reminds public to take fire prevention measures during dry season</a><br>
<a href="/gia/general/202403/03/P2024030300310.htm">Government welcomes visitors to Lantau Trail events</a></font></td></tr>
</table>
<br>
<font face="Arial" size="1"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:history.back()">Back</a> | <a href="/gia/general/today.htm">Today's Press Releases</a></font>
</td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="8" align="center">
<tr><td><hr size="1"><font face="Arial" size="1">2024 <img src="/common/images/copyright.gif" alt="copyright"> | <a href="/about/about.htm">About GovHK</a> | <a href="/about/importantnotices.htm">Important Notices</a> | <a href="/about/privacy.htm">Privacy Policy</a> | <a href="/about/accessibility.htm">Accessibility</a><br>Last revision date: March 3, 2024</font></td></tr>
</table>
</body>
</html>'''
    save('en_hk_gov_table_press_release', html, {
     "url": "https://www.info.example.gov.hk/gia/general/202403/03/P2024030300188.htm",
     "language": "en",
     "title": "Temporary closure of cycling track in Tai Po Waterfront Park",
     "published": "2024-03-03",
     "body_first": "The Leisure and Cultural Services Department (LCSD) announced today (March 3) that the cycling track in Tai Po Waterfront Park will be temporarily closed from March 11 to May 31 for resurfacing and drainage improvement works.",
     "body_last": "For enquiries, members of the public may call the Tai Po Waterfront Park Management Office on 2665 0000 during office hours.",
     "absent": ["Ends/Sunday, March 3, 2024", "Issued at HKT 07:30", "Red flags hoisted at some beaches", "Fire Services Department reminds public to take fire prevention measures during dry season"],
     "notes": "Hong Kong government press release in an old table/font layout. Body is one <span> with &nbsp; indents and <br><br> paragraph breaks (no <p>). The date is only at the END: 'Ends/Sunday, March 3, 2024 / Issued at HKT 07:30' plus 'NNNN'; breadcrumb also shows 'March 3, 2024'; 'today (March 3)' in the text. Headline is a bold span (no h1). 'Last revision date' in footer. No meta dates."}, kind=3)

def en_print():
    ps = [
     'When the last bus of the evening pulls out of Kilbride\'s market square at 6.40pm, it leaves behind a village that has, in effect, been cut off from the rest of the county until morning.',
     'For the 900 or so people who live here, most of them over 60, that timetable shapes almost everything: when they can see a doctor, whether they can take an evening class, how often they visit family in town. Those without a car – about a third of households, according to the parish council – describe a slow narrowing of their lives.',
     '"I used to go to the choir in Ashfield every Thursday," says Margaret Doyle, 78, a retired teacher who gave up driving three years ago after a cataract operation. "The rehearsal finishes at nine. There\'s no way home. So I stopped going."',
     'Kilbride is not unusual. Across the region, the number of bus routes with any service after 7pm has fallen by more than half over the past decade, according to figures obtained by this newspaper through freedom of information requests. Sunday services have disappeared entirely from 41 villages.',
     'Operators say the evening routes were carrying too few passengers to justify the cost, and that subsidies from the county council were cut sharply after 2016. The council says it is now spending more on supported bus services than at any point in the past five years, but that driver shortages make it hard to restore lost routes.',
     'Some villages have tried to fill the gap themselves. In nearby Carrow, volunteers run a community minibus three evenings a week, funded by a mix of fares, a lottery grant and the proceeds of an annual quiz night. Demand has grown so quickly that it now has a waiting list for its Friday trips to the cinema.',
     '"People assume rural isolation is about distance," says Dr Owen Pryce, a transport researcher who has studied the Carrow scheme. "It\'s really about time. A village ten miles from town can be perfectly connected at 10am and completely stranded at 8pm."',
     'The county council is due to publish a new bus strategy in the autumn. Back in Kilbride, Margaret Doyle is not holding her breath, but she has put her name down for the Carrow minibus. "If it ever comes this way," she says, "I\'ll be the first one on."']
    body = paras(ps)
    html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Print: The last bus at 6.40pm: how rural Britain lost its evenings | The Northern Gazette</title>
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="https://www.northerngazette.example.co.uk/news/2024/jul/10/last-bus-rural-evenings">
<meta property="article:published_time" content="2024-07-10T17:05:00Z">
<meta property="article:modified_time" content="2024-07-11T08:12:00Z">
<style media="all">body{{font-family:Georgia,serif;max-width:680px;margin:20px auto;color:#000}}.no-print{{background:#ffd;padding:8px;border:1px solid #cc9}}@media print{{.no-print{{display:none}}}}.meta{{font-size:12px;color:#444}}figure img{{max-width:100%}}figcaption{{font-size:12px}}.print-footer{{border-top:1px solid #999;margin-top:30px;font-size:11px}}</style>
<script>window.onload=function(){{if(location.search.indexOf('autoprint=1')>-1)window.print();}}</script>
</head>
<body class="print-view">
<div class="no-print"><a href="javascript:window.print()">Print this article</a> · <a href="https://www.northerngazette.example.co.uk/news/2024/jul/10/last-bus-rural-evenings">Return to the web version</a> · <a href="javascript:window.close()">Close window</a></div>
<div class="print-masthead"><img src="/static/img/gazette-print-logo.png" alt="The Northern Gazette" width="240"></div>
<p class="section">News › Transport</p>
<h1>The last bus at 6.40pm: how rural Britain lost its evenings</h1>
<p class="standfirst">Evening and Sunday bus services have vanished from dozens of villages, leaving older residents without a way home after dark</p>
<p class="meta">Rachel Kinsella, Transport correspondent<br>Wed 10 Jul 2024 18.05 BST<br>Last modified on Thu 11 Jul 2024 09.12 BST</p>
<figure><img src="https://i.northerngazette.example.co.uk/img/media/2024/07/kilbride-square.jpg" alt=""><figcaption>The market square in Kilbride, where the final bus of the day leaves at 6.40pm. Photograph: Tom Ashdown/The Northern Gazette</figcaption></figure>
<div class="article-body">
{body}
</div>
<p class="correction"><em>This article was amended on 11 July 2024. An earlier version gave the wrong figure for the number of villages that have lost Sunday services.</em></p>
<div class="print-footer">
<p>Article URL: https://www.northerngazette.example.co.uk/news/2024/jul/10/last-bus-rural-evenings</p>
<p>Printed on 12/07/2024, 14:22</p>
<p>© 2024 Northern Gazette Media Ltd. All rights reserved. This material may not be reproduced without permission. Registered in England and Wales No. 01234567. Registered office: 1 Quayside, Newcastle upon Tyne NE1 3DX.</p>
<p>Comments, related stories and advertising are not included in the printed version of this article.</p>
</div>
</body>
</html>'''
    save('en_print_view_newspaper', html, {
     "url": "https://www.northerngazette.example.co.uk/news/2024/jul/10/last-bus-rural-evenings?view=print",
     "language": "en",
     "title": "The last bus at 6.40pm: how rural Britain lost its evenings",
     "published": "2024-07-10",
     "body_first": "When the last bus of the evening pulls out of Kilbride's market square at 6.40pm, it leaves behind a village that has, in effect, been cut off from the rest of the county until morning.",
     "body_last": "\"If it ever comes this way,\" she says, \"I'll be the first one on.\"",
     "absent": ["Evening and Sunday bus services have vanished from dozens of villages, leaving older residents without a way home after dark", "The market square in Kilbride, where the final bus of the day leaves at 6.40pm.", "This article was amended on 11 July 2024.", "Printed on 12/07/2024, 14:22"],
     "notes": "Print view of a newspaper feature: almost no chrome (small page, padded by an inline icon sprite), 'Print:' prefix in <title>. Dates: 'Wed 10 Jul 2024 18.05 BST', 'Last modified on Thu 11 Jul 2024 09.12 BST', correction note dated 11 July, 'Printed on 12/07/2024'. Standfirst, caption, correction note, print footer excluded. Headline contains a time (6.40pm) that could look like a date/time."})

def en_pdf():
    nav = ul(['Services','Departments','Publications','Consultations','Policies','Press releases','Campaigns'], 'gov-nav', '/en/')
    body = paras([
     'The Minister for Housing, Local Government and Heritage has today published the terms of reference for a review of the Rent Pressure Zone system, which caps annual rent increases in areas where rents are highest and rising fastest.',
     'The review will examine how the current rules have affected rent levels, the supply of rental homes and the number of landlords leaving the market since the system was introduced in 2016. It will also consider whether the criteria used to designate new zones remain fit for purpose.',
     'An expert group chaired by Professor Aoife Brennan of the Institute for Housing Economics will carry out the review. The group will include representatives of tenants, landlords, local authorities and the Residential Tenancies Board.',
     'Speaking today, the Minister said: "Renters need security and predictability, and we also need a rental sector that continues to attract investment. This review will give us the evidence to get that balance right."',
     'The group has been asked to report by the end of the second quarter of 2024. A public consultation will open in January, and submissions will be invited from individuals and organisations.'])
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gov.example.ie - Minister publishes terms of reference for review of Rent Pressure Zones</title>
<meta name="description" content="Review to examine the effect of rent caps on rents and supply.">
<meta property="og:title" content="Review of Rent Pressure Zones announced">
<link rel="stylesheet" href="/static/css/govie.min.css?v=7.2.1">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="gov-banner"><span>An official website of the Government of Ireland</span> <a href="/ga/">Gaeilge</a></div>
<header class="gov-header"><a href="/en/" class="gov-logo">gov.example.ie</a><nav aria-label="Main">{nav}</nav><form action="/en/search/" role="search"><input type="search" name="q" placeholder="Search gov.ie"></form></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/en/">Home</a></li><li><a href="/en/organisation/department-of-housing-local-government-and-heritage/">Department of Housing, Local Government and Heritage</a></li><li><a href="/en/press-release/">Press releases</a></li></ol></nav>
<main id="main">
<div class="content-header">
 <p class="content-type">Press release</p>
 <h1>Minister publishes terms of reference for review of Rent Pressure Zones</h1>
 <dl class="publication-meta"><dt>From</dt><dd><a href="/en/organisation/department-of-housing-local-government-and-heritage/">Department of Housing, Local Government and Heritage</a></dd><dt>Published on</dt><dd>22 November 2023</dd><dt>Last updated on</dt><dd>23 November 2023</dd></dl>
</div>
<div class="content-body">
{body}
<h2>Documents</h2>
<div class="document-card"><a class="document-link" href="/pdf/?file=https://assets.gov.example.ie/280114/rpz-review-terms-of-reference.pdf#page=null">Terms of Reference – Review of Rent Pressure Zones</a><p class="document-meta">PDF · 312 KB · 6 pages</p></div>
<object class="pdf-embed" data="https://assets.gov.example.ie/280114/rpz-review-terms-of-reference.pdf" type="application/pdf" width="100%" height="600"><p>Your browser cannot display this PDF. <a href="https://assets.gov.example.ie/280114/rpz-review-terms-of-reference.pdf">Download the terms of reference (PDF, 312 KB)</a> instead.</p></object>
<h2>Notes to editors</h2>
<p>Rent Pressure Zones were introduced under the Planning and Development (Housing) and Residential Tenancies Act 2016. There are currently 55 designated zones covering the areas where around three quarters of tenancies are located.</p>
</div>
<div class="policy-links"><h2>Part of</h2><ul><li><a href="/en/policy/housing-for-all/">Housing for All</a></li><li><a href="/en/policy/renting/">Renting</a></li></ul></div>
<div class="feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button></div>
</main>
<aside class="related"><h2>Related press releases</h2><ul><li><a href="/en/press-release/tenant-in-situ-scheme-expanded/">Tenant in situ scheme expanded to more local authorities</a> <span>15 November 2023</span></li><li><a href="/en/press-release/rtb-annual-report-2022/">Residential Tenancies Board publishes annual report for 2022</a> <span>2 November 2023</span></li><li><a href="/en/press-release/cost-rental-homes-dublin/">First cost rental homes in south Dublin open to applicants</a> <span>24 October 2023</span></li></ul></aside>
<footer class="gov-footer"><ul><li><a href="/en/help/accessibility/">Accessibility</a></li><li><a href="/en/help/privacy-policy/">Privacy policy</a></li><li><a href="/en/help/cookies/">Cookies</a></li><li><a href="/en/help/copyright/">Copyright notice</a></li><li><a href="/en/help/freedom-of-information/">Freedom of Information</a></li><li><a href="/en/help/about/">About gov.ie</a></li></ul><p>Content is available under the Creative Commons Attribution 4.0 International licence unless otherwise stated.</p></footer>
<div class="cookie-banner" role="dialog"><p>We use essential cookies to make this site work, and optional analytics cookies to help us improve it.</p><button>Accept all cookies</button> <button>Essential cookies only</button></div>
</body>
</html>'''
    save('en_gov_embedded_pdf', html, {
     "url": "https://www.gov.example.ie/en/press-release/minister-publishes-terms-of-reference-for-review-of-rent-pressure-zones/",
     "language": "en",
     "title": "Minister publishes terms of reference for review of Rent Pressure Zones",
     "published": "2023-11-22",
     "body_first": "The Minister for Housing, Local Government and Heritage has today published the terms of reference for a review of the Rent Pressure Zone system, which caps annual rent increases in areas where rents are highest and rising fastest.",
     "body_last": "A public consultation will open in January, and submissions will be invited from individuals and organisations.",
     "absent": ["Terms of Reference – Review of Rent Pressure Zones", "Your browser cannot display this PDF.", "Rent Pressure Zones were introduced under the Planning and Development (Housing) and Residential Tenancies Act 2016.", "Tenant in situ scheme expanded to more local authorities"],
     "notes": "Irish-government-style page with an embedded PDF (<object data=...pdf> with fallback text) and a document card inside the content body, then 'Notes to editors' – all excluded. <title> has site-name PREFIX 'gov.example.ie - '. Dates only visible in a <dl>: 'Published on 22 November 2023' and 'Last updated on 23 November 2023'; no metadata dates; related releases dated earlier; '2016', 'second quarter of 2024' in text."})

def en_india():
    nav = ul(['Home','India','Karnataka','Bengaluru','Business','Sports','Entertainment','Opinion','Explained','ePaper'], 'td-header-menu', '/')
    body = paras([
     'The Karnataka cabinet on Monday approved a ₹1,200-crore plan to rejuvenate 42 lakes in Bengaluru over the next three years, in what officials described as the largest single investment in the city\'s water bodies to date.',
     'The plan, to be implemented by the Bruhat Bengaluru Mahanagara Palike (BBMP) and the Lake Development Authority, includes desilting, fencing, building sewage treatment plants at inlets and creating walking paths around the lakes.',
     'Of the total amount, nearly ₹480 crore has been earmarked for diverting untreated sewage away from the lakes, which environmentalists say is the main reason many of them have turned into foaming, polluted pools.',
     '"Cleaning a lake without stopping the sewage is like mopping the floor with the tap running," said Leo Saldanha of a Bengaluru-based environmental group. "If the treatment plants are built and actually run, this could make a real difference."',
     'Bellandur and Varthur lakes, which made international headlines when their polluted waters caught fire several times between 2015 and 2018, are among those included in the first phase.',
     'Officials said tenders for the first 15 lakes would be floated by the end of September, and that residents\' welfare associations would be consulted on the design of public spaces around each lake.'])
    html = f'''<!DOCTYPE html>
<html lang="en-IN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bengaluru's lakes get a lifeline: ₹1,200-crore rejuvenation plan approved - The Deccan Ledger</title>
<meta property="og:title" content="Karnataka cabinet clears ₹1,200-crore plan for 42 Bengaluru lakes">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-08-05T16:40:00+00:00">
<meta property="article:modified_time" content="2024-08-05T18:25:00+00:00">
<meta name="news_keywords" content="Bengaluru lakes, BBMP, Bellandur, Varthur">
<link rel="canonical" href="https://www.deccanledger.example.in/bengaluru/bengaluru-lakes-rejuvenation-plan-approved-1403217">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Bengaluru's lakes get a lifeline: ₹1,200-crore rejuvenation plan approved","datePublished":"2024-08-05T22:10:00+05:30","dateModified":"2024-08-05T23:55:00+05:30","author":{"@type":"Person","name":"Kavya Ramesh"},"publisher":{"@type":"Organization","name":"The Deccan Ledger"}})}
<link rel="stylesheet" href="/wp-content/themes/Newspaper/style.css?ver=12.6.5">
</head>
<body class="post-template-default single single-post td-standard-pack">
<div class="td-header-top-menu"><span class="td_data_time">Tuesday, August 6, 2024</span> <a href="/subscribe/">Subscribe</a> <a href="/epaper/">ePaper</a> <span class="td-weather">Bengaluru 24°C</span></div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="/">The Deccan Ledger</a></div>
<nav class="td-header-main-menu">{nav}</nav>
<div class="td-breaking-news"><span>Breaking:</span> <a href="/karnataka/heavy-rain-alert-coastal-districts/">Heavy rain alert issued for coastal districts till Thursday</a></div>
<div class="td-container">
<div class="td-crumb-container"><span><a href="/">Home</a></span> › <span><a href="/bengaluru/">Bengaluru</a></span> › <span>Civic</span></div>
<article class="post type-post">
 <div class="td-post-header">
  <ul class="td-category"><li><a class="td-post-category" href="/bengaluru/civic/">Civic</a></li></ul>
  <h1 class="entry-title">Bengaluru's lakes get a lifeline:<br>₹1,200-crore rejuvenation plan approved</h1>
  <p class="td-post-sub-title">Cabinet clears three-year programme for 42 water bodies; sewage diversion gets the biggest share</p>
  <div class="td-module-meta-info"><span class="td-post-author-name">By <a href="/author/kavya-ramesh/">Kavya Ramesh</a></span> <span class="td-post-date">Published: <time class="entry-date published" datetime="2024-08-05T22:10:00+05:30">August 5, 2024 10:10 pm IST</time></span> <span class="td-post-date">Updated: <time class="updated" datetime="2024-08-05T23:55:00+05:30">August 5, 2024 11:55 pm IST</time></span></div>
 </div>
 <div class="td-post-featured-image"><img src="/wp-content/uploads/2024/08/bellandur-lake.jpg" alt="Bellandur lake"><p class="wp-caption-text">Froth on Bellandur lake in 2017. File photo</p></div>
 <div class="td-post-content">
{body}
  <p class="also-read"><strong>Also Read:</strong> <a href="/bengaluru/bbmp-ward-delimitation/">BBMP ward delimitation: draft list released</a></p>
 </div>
 <div class="td-post-source-tags"><span>Tags:</span> <a href="/tag/bengaluru-lakes/">Bengaluru lakes</a> <a href="/tag/bbmp/">BBMP</a></div>
</article>
<div class="td_block_related_posts"><h4>Related news</h4><ul><li><a href="/bengaluru/hebbal-lake-boating/">Boating to resume at Hebbal lake</a> <span>July 28, 2024</span></li><li><a href="/bengaluru/stp-capacity-audit/">Audit finds city's sewage plants running at half capacity</a> <span>July 14, 2024</span></li></ul></div>
<div id="comments" class="comments"><h4>3 Comments</h4><ol class="comment-list">
<li><cite>Ravi S.</cite> <time>August 6, 2024 at 7:02 am</time><p>Announced in 2019 also. Let us see if anything happens this time.</p></li>
<li><cite>Deepa N.</cite> <time>August 6, 2024 at 8:45 am</time><p>Good news for Varthur residents finally.</p></li>
<li><cite>Arjun K.</cite> <time>August 6, 2024 at 9:30 am</time><p>Who will maintain the walking paths after three years?</p></li></ol></div>
</div>
<div class="td-footer-wrapper"><ul><li><a href="/about-us/">About Us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/grievance-redressal/">Grievance Redressal</a></li><li><a href="/terms/">Terms of Use</a></li></ul><p>© 2024 The Deccan Ledger. All rights reserved.</p></div>
<script src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5"></script>
</body>
</html>'''
    save('en_india_wordpress_split_headline', html, {
     "url": "https://www.deccanledger.example.in/bengaluru/bengaluru-lakes-rejuvenation-plan-approved-1403217",
     "language": "en",
     "title": "Bengaluru's lakes get a lifeline: ₹1,200-crore rejuvenation plan approved",
     "published": "2024-08-05",
     "body_first": "The Karnataka cabinet on Monday approved a ₹1,200-crore plan to rejuvenate 42 lakes in Bengaluru over the next three years, in what officials described as the largest single investment in the city's water bodies to date.",
     "body_last": "Officials said tenders for the first 15 lakes would be floated by the end of September, and that residents' welfare associations would be consulted on the design of public spaces around each lake.",
     "absent": ["Cabinet clears three-year programme for 42 water bodies; sewage diversion gets the biggest share", "BBMP ward delimitation: draft list released", "Froth on Bellandur lake in 2017.", "Announced in 2019 also."],
     "notes": "WordPress 'Newspaper' theme on an Indian news site. Headline split over two lines with <br> inside h1 (label joins with a space). Late-evening IST: 'Published: August 5, 2024 10:10 pm IST', 'Updated: 11:55 pm IST'; article:published_time in UTC (16:40Z, same day). Header date 'Tuesday, August 6, 2024'; comments dated 6 August; related items July; years 2015/2018/2019 in text. 'Also Read:' link inside content div excluded."})

for f in (en_hk, en_print, en_pdf, en_india): f()
