from common import *

# 30 Old table-based CMS
doc = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>The Bramford Gazette Online :: Local News</title>
<meta name="keywords" content="Bramford, news, gazette, mill, heritage">
<link rel="stylesheet" type="text/css" href="/styles/gazette.css">
<script language="JavaScript" type="text/javascript">function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="3" bgcolor="#336699"><img src="/images/masthead.gif" width="780" height="90" alt="The Bramford Gazette"></td></tr>
<tr><td colspan="3" bgcolor="#CCCCCC" class="navbar"><font face="Verdana" size="1">&nbsp;<a href="/">Home</a> | <a href="/news.asp">Local News</a> | <a href="/sport.asp">Sport</a> | <a href="/letters.asp">Letters</a> | <a href="/whatson.asp">What's On</a> | <a href="/classifieds.asp">Classifieds</a> | <a href="/contact.asp">Contact Us</a></font></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#EEEEEE" class="leftcol"><table width="160" cellpadding="4"><tr><td><b>Sections</b><br><a href="/news.asp">Local News</a><br><a href="/council.asp">Council</a><br><a href="/schools.asp">Schools</a><br><a href="/business.asp">Business</a><br><a href="/history.asp">Bramford History</a><br><br><b>Weather</b><br>Today: Light showers, 14°C<br><br><b>Poll</b><br>Should the market move to Sundays?<br><input type="radio" name="poll"> Yes<br><input type="radio" name="poll"> No<br><input type="submit" value="Vote"></td></tr></table></td>
<td width="460" valign="top" class="maincol"><table width="100%" cellpadding="8"><tr><td>
<font face="Georgia" size="5"><b>Old corn mill to become village heritage centre</b></font><br>
<font face="Verdana" size="1" color="#666666">Posted: 02/05/2022 | Category: Local News | Views: 1,204</font><br><br>
<font face="Georgia" size="3">
The derelict corn mill on Brook Lane is to be restored and turned into a heritage centre after the parish council secured a £640,000 lottery grant.<br><br>
The Grade II listed building, which dates from 1786, stopped working in the 1950s and has been empty for more than 30 years.<br><br>
Plans include repairing the waterwheel so that it can turn again, a small museum about milling in the valley, and a café run by volunteers.<br><br>
Parish council chairman Derek Voss said: "Everybody in Bramford has walked past that mill and wondered what could be done with it. Now we know."<br><br>
Work is expected to start next spring and take about 18 months.<br><br>
The council is looking for volunteers with building, archive or catering experience.
</font><br><br>
<font face="Verdana" size="1"><a href="/print.asp?id=2231">Printer friendly version</a> | <a href="/email.asp?id=2231">Email to a friend</a></font>
<hr size="1" noshade>
<font face="Verdana" size="2"><b>Your comments</b></font><br>
<font face="Verdana" size="1"><b>Margaret, Bramford</b> (03/05/2022): My grandfather worked at that mill. Wonderful news.<br><b>J. Pike</b> (04/05/2022): Hope they sort out the parking on Brook Lane first.</font>
</td></tr></table></td>
<td width="160" valign="top" bgcolor="#EEEEEE"><table width="160" cellpadding="4"><tr><td><b>Latest headlines</b><br><a href="/news.asp?id=2230">Bypass consultation extended</a><br><font size="1">29/04/2022</font><br><a href="/news.asp?id=2229">Primary school gets new playground</a><br><font size="1">27/04/2022</font><br><a href="/news.asp?id=2228">Bramford FC promoted</a><br><font size="1">25/04/2022</font><br><br><b>Advertisement</b><br><a href="/ads/click.asp?id=88"><img src="/ads/hardware.gif" width="150" height="150" alt="Bramford Hardware - Everything for house and garden"></a><br>Bramford Hardware - open 7 days</td></tr></table></td>
</tr>
<tr><td colspan="3" bgcolor="#336699" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; 2001-2022 The Bramford Gazette. Site designed by ValleyWeb. | <a href="/privacy.asp"><font color="#FFFFFF">Privacy</font></a> | <a href="/advertise.asp"><font color="#FFFFFF">Advertise</font></a></font></td></tr>
</table>
</body>
</html>'''
page('en_old_table_cms', 'http://www.bramfordgazette.example/news.asp?id=2231', 'en',
 'Old corn mill to become village heritage centre', '2022-05-02',
 'The derelict corn mill on Brook Lane is to be restored and turned into a heritage centre after the parish council secured a £640,000 lottery grant.',
 'The council is looking for volunteers with building, archive or catering experience.',
 ['My grandfather worked at that mill.', 'Bypass consultation extended', 'Should the market move to Sundays?', 'Printer friendly version'],
 'Old ASP table layout with <font> tags, body as <br><br>-separated text (no <p>); title in bold font, <title> generic; UK numeric date 02/05/2022 = 2 May 2022 (judgement: UK site, comments 03/05, 04/05 and sidebar 29/04 confirm DD/MM); comments with dates.', doc)

# 31 Blogger, Portuguese (Portugal)
doc = f'''<!DOCTYPE html>
<html class='v2' dir='ltr' lang='pt-PT' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<title>Associação Recreativa de Vale Fundo: Banda Filarmónica celebra 125 anos com concerto no adro</title>
<meta content='Banda Filarmónica celebra 125 anos com concerto no adro' property='og:title'/>
<link href='https://www.blogger.example/static/v1/widgets/2975350028-css_bundle_v2.css' rel='stylesheet' type='text/css'/>
</head>
<body class='loading'>
<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'><iframe src="https://www.blogger.example/navbar.g?targetBlogID=812" height="30" title="Blogger Navigation and Search" width="100%"></iframe></div></div>
<div class='outer-wrapper'><div class='header-outer'><div class='header section' id='header'><div class='widget Header' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://arvalefundo.blogspot.example/'>Associação Recreativa de Vale Fundo</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Notícias, eventos e memórias da nossa terra</span></p></div></div></div></div></div>
<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' id='PageList1'><ul><li><a href='/'>Início</a></li><li><a href='/p/a-associacao.html'>A Associação</a></li><li><a href='/p/banda.html'>Banda Filarmónica</a></li><li><a href='/p/contactos.html'>Contactos</a></li></ul></div></div></div>
<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>sábado, 9 de setembro de 2023</span></h2>
<div class="date-posts"><div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='812' itemprop='blogId'/><meta content='3344' itemprop='postId'/>
<a name='3344'></a>
<h3 class='post-title entry-title' itemprop='name'>Banda Filarmónica celebra 125 anos com concerto no adro</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-3344' itemprop='description articleBody'>
<div style="text-align: justify;">A Banda Filarmónica de Vale Fundo assinala este domingo 125 anos de existência com um concerto especial no adro da igreja matriz, às 17h00.</div><div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">Fundada em 1898 por um grupo de operários da antiga fábrica de lanifícios, a banda conta hoje com 42 músicos, o mais novo com 11 anos e o mais velho com 79.</div><div style="text-align: justify;"><br /></div>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/img/banda.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="900" data-original-width="1600" height="360" src="https://blogger.googleusercontent.example/img/banda-s640.jpg" width="640" /></a></div>
<div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">O programa inclui marchas tradicionais, uma peça composta propositadamente para a ocasião pelo maestro Rui Carvalho e a participação do coro infantil da escola básica.</div><div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">No final, será descerrada uma placa comemorativa e servido um lanche a todos os presentes.</div><div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">Contamos com todos!</div>
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Publicada por <span class='fn' itemprop='author'>Direção ARVF</span></span> <span class='post-timestamp'>à(s) <a class='timestamp-link' href='https://arvalefundo.blogspot.example/2023/09/banda-125-anos.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2023-09-09T10:31:00+01:00'>10:31</abbr></a></span> <span class='post-comment-link'></span></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Etiquetas: <a href='#' rel='tag'>banda</a>, <a href='#' rel='tag'>eventos</a></span></div>
<div class='post-share-buttons'><a class='goog-inline-block share-button sb-email' href='#'>Enviar a mensagem por email</a><a class='share-button sb-blog' href='#'>Dê a sua opinião!</a><a class='share-button sb-facebook' href='#'>Partilhar no Facebook</a></div></div>
</div>
<div class='comments' id='comments'><h4>2 comentários:</h4><dl id='comments-block'><dt class='comment-author'>Ana Marques disse...</dt><dd class='comment-body'><p>Parabéns à nossa banda! Lá estaremos.</p></dd><dd class='comment-footer'><span class='comment-timestamp'>9 de setembro de 2023 às 14:02</span></dd><dt class='comment-author'>Anónimo disse...</dt><dd class='comment-body'><p>O meu avô tocou clarinete nesta banda durante 40 anos.</p></dd><dd class='comment-footer'><span class='comment-timestamp'>10 de setembro de 2023 às 09:15</span></dd></dl></div>
</div></div></div></div>
<div class='blog-pager' id='blog-pager'><a class='blog-pager-newer-link' href='#'>Mensagem mais recente</a> <a class='blog-pager-older-link' href='#'>Mensagem antiga</a> <a class='home-link' href='/'>Página inicial</a></div>
</div></div></div>
<div class='sidebar section' id='sidebar-right-1'><div class='widget BlogArchive' id='BlogArchive1'><h2>Arquivo do blogue</h2><ul><li>► 2024 (8)</li><li>▼ 2023 (21)<ul><li>▼ setembro (3)<ul class='posts'><li><a href='#'>Banda Filarmónica celebra 125 anos com concerto no adro</a></li><li><a href='#'>Inscrições abertas para a escola de música</a></li></ul></li><li>► agosto (4)</li></ul></li></ul></div>
<div class='widget Profile' id='Profile1'><h2>Acerca de mim</h2><p>A Associação Recreativa de Vale Fundo foi fundada em 1921 e promove a cultura, o desporto e o convívio na freguesia.</p></div></div>
<div class='footer-outer'><div class='widget Attribution' id='Attribution1'>Tema Simples. Com tecnologia do <a href='https://www.blogger.example'>Blogger</a>.</div></div>
</div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3566091532-widgets.js"></script>
</body></html>'''
page('pt_blogger_banda', 'https://arvalefundo.blogspot.example/2023/09/banda-125-anos.html', 'pt',
 'Banda Filarmónica celebra 125 anos com concerto no adro', '2023-09-09',
 'A Banda Filarmónica de Vale Fundo assinala este domingo 125 anos de existência com um concerto especial no adro da igreja matriz, às 17h00.',
 'Contamos com todos!',
 ['Parabéns à nossa banda! Lá estaremos.', 'Inscrições abertas para a escola de música', 'Notícias, eventos e memórias da nossa terra'],
 'Blogger classic: h1 is blog title, post title in h3; <title> "Blog: post"; date header "sábado, 9 de setembro de 2023" separate from post; body as divs with <br/> spacers; comments with dates; archive lists the post title again (title appears twice on page).', doc)
