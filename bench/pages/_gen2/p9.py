from common import *

# 23 UN agency, French
doc = f'''<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Sahel : 3,4 millions d’enfants menacés de malnutrition aiguë, alerte l’agence | Programme des Nations Unies pour l’alimentation scolaire</title>
<meta property="og:title" content="Sahel : 3,4 millions d’enfants menacés de malnutrition aiguë">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Sahel : 3,4 millions d’enfants menacés de malnutrition aiguë, alerte l’agence","datePublished":"2024-04-16","inLanguage":"fr"})}
</head>
<body>
<div class="un-bar"><a href="https://www.un.example">Nations Unies</a> <span>Bienvenue aux Nations Unies</span> <ul class="langs"><li><a href="#">العربية</a></li><li><a href="#">中文</a></li><li><a href="#">English</a></li><li class="active">Français</li><li><a href="#">Русский</a></li><li><a href="#">Español</a></li></ul></div>
<header class="agency-header"><a href="/fr" class="logo">PNUAS – Programme des Nations Unies pour l’alimentation scolaire</a><nav>{ul(["Qui sommes-nous","Nos activités","Pays","Actualités","Publications","Faire un don"])}</nav></header>
<main>
<div class="hero"><div class="hero__type">Communiqué de presse</div>
<h1 class="hero__title">Sahel : 3,4 millions d’enfants menacés de malnutrition aiguë, alerte l’agence</h1>
<div class="hero__meta">Publié le 16 avril 2024 <span class="sep">|</span> NIAMEY/GENÈVE</div></div>
<div class="layout"><div class="layout__main">
<div class="text-block">
<p><b>NIAMEY/GENÈVE</b> – Près de 3,4 millions d’enfants de moins de cinq ans risquent de souffrir de malnutrition aiguë cette année dans cinq pays du Sahel central, a averti mardi le Programme des Nations Unies pour l’alimentation scolaire (PNUAS).</p>
<p>La période de soudure, qui s’étend de juin à septembre, s’annonce particulièrement difficile après une saison des pluies irrégulière et une hausse de plus de 30 % des prix des céréales sur les marchés locaux.</p>
<p>« Nous voyons des familles qui réduisent le nombre de repas et retirent leurs enfants de l’école pour les faire travailler », a déclaré la directrice régionale de l’agence, Aïssata Ba.</p>
<p>L’agence appelle les donateurs à mobiliser 210 millions de dollars d’ici à la fin du mois de mai afin de prépositionner des vivres et des aliments thérapeutiques avant la saison des pluies, lorsque de nombreuses routes deviennent impraticables.</p>
<p>Faute de financement, les cantines scolaires de plus de 4 000 écoles pourraient fermer dès la rentrée d’octobre.</p>
<p class="ends">#### </p>
</div>
<div class="text-block notes-editors">
<p><b>À propos du PNUAS</b><br>Le Programme des Nations Unies pour l’alimentation scolaire soutient des programmes de repas scolaires dans plus de 60 pays.</p>
<p><b>Pour plus d’informations, veuillez contacter :</b><br>Fatou Diallo, PNUAS/Dakar, tél. +221 00 000 00 00</p>
</div>
</div>
<aside class="layout__side"><div class="card"><h3>Faire un don</h3><p>Avec 0,50 USD, nous pouvons offrir un repas nutritif à un enfant à l’école.</p><a class="btn" href="#">Donner maintenant</a></div>
<div class="card"><h3>Actualités connexes</h3><ul><li><a href="#">Tchad : l’afflux de réfugiés soudanais met les stocks sous pression</a> <span>2 avril 2024</span></li><li><a href="#">Mali : reprise des distributions dans la région de Mopti</a> <span>21 mars 2024</span></li></ul></div></aside>
</div></main>
<footer class="agency-footer">{ul(["Contact","Carrières","Fraude et corruption","Conditions d’utilisation","Confidentialité","Plan du site"])}<p>© Programme des Nations Unies pour l’alimentation scolaire 2024</p></footer>
</body></html>'''
page('fr_un_agency_communique', 'https://www.pnuas.un.example/fr/nouvelles/sahel-34-millions-denfants-menaces-de-malnutrition-aigue', 'fr',
 'Sahel : 3,4 millions d’enfants menacés de malnutrition aiguë, alerte l’agence', '2024-04-16',
 'NIAMEY/GENÈVE – Près de 3,4 millions d’enfants de moins de cinq ans risquent de souffrir de malnutrition aiguë cette année dans cinq pays du Sahel central, a averti mardi le Programme des Nations Unies pour l’alimentation scolaire (PNUAS).',
 'Faute de financement, les cantines scolaires de plus de 4 000 écoles pourraient fermer dès la rentrée d’octobre.',
 ['Avec 0,50 USD, nous pouvons offrir un repas nutritif', 'Tchad : l’afflux de réfugiés soudanais met les stocks sous pression', 'Bienvenue aux Nations Unies'],
 'UN agency portal in French; "####" end marker — body ends before it; About/contact boilerplate in a separate block after the end marker excluded; date-only JSON-LD; French narrow spacing before colon in title.', doc)

# 24 Liferay corporate news
doc = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="en-US">
<head>
<title>Halvorsen Marine opens new hull repair yard in Tromsvik - News - Halvorsen Marine Group</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta content="Halvorsen Marine opens new hull repair yard in Tromsvik" property="og:title">
<link href="https://www.halvorsen-marine.example/o/classic-theme/images/favicon.ico" rel="icon">
<script data-senna-track="permanent" src="/combo?browserId=chrome&minifierType=js&languageId=en_US&t=1690000000000" type="text/javascript"></script>
<script type="text/javascript">var Liferay = Liferay || {{}}; Liferay.ThemeDisplay = {{getLayoutRelativeURL: function() {{ return '/web/guest/news'; }}, getLanguageId: function() {{ return 'en_US'; }}, getScopeGroupId: function() {{ return '20121'; }}}};</script>
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner"><div id="heading"><div class="d-flex flex-row"><div class="autofit-col autofit-col-expand"><a class="logo custom-logo" href="/web/guest" title="Go to Halvorsen Marine Group"><img alt="" src="/image/layout_set_logo?img_id=34501" /></a></div></div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Site Pages" role="menubar">{''.join(f'<li class="lfr-nav-item" role="presentation"><a href="/web/guest/{x.lower().replace(" ","-")}" role="menuitem"><span>{x}</span></a></li>' for x in ["Home","Services","Fleet","Sustainability","Investors","News","Careers","Contact"])}</ul></nav></header>
<section id="content"><div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_abc123_">
<section class="portlet"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">News</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="asset-title d-inline">Halvorsen Marine opens new hull repair yard in Tromsvik</span></p></div>
<span class="metadata-publish-date">7/3/23</span>
<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="41207" data-analytics-asset-title="Halvorsen Marine opens new hull repair yard in Tromsvik" data-analytics-asset-type="web-content">
<div class="news-article"><p class="lead">Published 3 July 2023</p>
<p>Halvorsen Marine Group has opened a new hull repair and maintenance yard in Tromsvik, expanding its capacity in northern Norway by around 40 percent.</p>
<p>The yard has a 160-metre floating dock and can take vessels of up to 12,000 tonnes, including the coastal ferries and fishing vessels that make up most of the company's customer base in the region.</p>
<p>"Shipowners in the north have told us for years that they lose too many days sailing south for dry-docking," said CEO Ingrid Halvorsen. "Now they can stay close to home."</p>
<p>The yard employs 85 people, most of them recruited locally, and has shore power connections so that vessels in dock can switch off their auxiliary engines.</p>
<p>The total investment was NOK 420 million.</p></div>
</div></div>
<div class="asset-links">Related Assets:</div>
<div class="separator"><!-- --></div>
<div class="asset-ratings"><span>Rate this: ★★★★★</span></div>
<div class="taglib-social-bookmarks">Share: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a></div>
</div></div></div></div></section></div>
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone" id="layout-column_column-2">
<section class="portlet"><h2 class="portlet-title-text">Latest news</h2><ul class="list-unstyled"><li><a href="#">Q2 2023 results: record order intake</a> <span>7/14/23</span></li><li><a href="#">Halvorsen joins green shipping corridor initiative</a> <span>6/12/23</span></li><li><a href="#">Annual General Meeting held on 25 May</a> <span>5/25/23</span></li></ul></section>
<section class="portlet"><h2 class="portlet-title-text">Media contact</h2><p>Communications Manager<br>+47 00 00 00 00<br>media@halvorsen-marine.example</p></section></div></div>
</div></div></section>
<footer id="footer" role="contentinfo"><p class="powered-by">Halvorsen Marine Group ASA · Org. no. 900 000 000 · Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>{ul(["Privacy policy","Cookie settings","Whistleblowing","Sitemap"])}</footer>
</div></div>
<script type="text/javascript">Liferay.Portlet.register('com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_abc123'); Liferay.on('allPortletsReady', function() {{ }});</script>
</body></html>'''
page('en_liferay_corporate', 'https://www.halvorsen-marine.example/web/guest/news/-/asset_publisher/abc123/content/halvorsen-marine-opens-new-hull-repair-yard-in-tromsvik', 'en',
 'Halvorsen Marine opens new hull repair yard in Tromsvik', '2023-07-03',
 'Halvorsen Marine Group has opened a new hull repair and maintenance yard in Tromsvik, expanding its capacity in northern Norway by around 40 percent.',
 'The total investment was NOK 420 million.',
 ['Q2 2023 results: record order intake', 'Rate this:', 'media@halvorsen-marine.example'],
 'Liferay asset publisher; title in span inside p (no h1; h2 is portlet title "News"); US short date 7/3/23 plus "Published 3 July 2023" lead line (excluded from body); no metadata dates; sidebar with M/D/YY dates.', doc)
