from common import *

# 39 Spanish city hall, Drupal
doc = f'''<!DOCTYPE html>
<html lang="es" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<title>El Ayuntamiento abre el plazo para solicitar las ayudas al alquiler joven | Ayuntamiento de Villanueva del Jarama</title>
<meta property="og:title" content="Ayudas al alquiler joven 2023: abierto el plazo de solicitud">
<meta property="article:published_time" content="2023-02-06T12:00:00+0100">
<meta property="article:modified_time" content="2023-02-13T09:27:41+0100">
</head>
<body class="path-node page-node-type-noticia">
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><h2>Utilizamos cookies propias y de terceros</h2><p>Al hacer clic en «Aceptar» consiente el uso de cookies analíticas. Puede obtener más información en nuestra política de cookies.</p></div><div class="eu-cookie-compliance-buttons"><button class="agree-button">Aceptar</button><button class="decline-button">Rechazar</button></div></div></div>
<a href="#main-content" class="visually-hidden focusable skip-link">Pasar al contenido principal</a>
<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header"><div class="site-branding"><a href="/" rel="home">Ayuntamiento de Villanueva del Jarama</a></div><div class="sede"><a href="#">Sede electrónica</a> <a href="#">Cita previa</a> <a href="#">Perfil del contratante</a></div></div>
<nav role="navigation" class="menu--main">{ul(["El Ayuntamiento","Áreas municipales","Trámites","Actualidad","Agenda","Turismo","Transparencia"])}</nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Inicio</a></li><li><a href="/actualidad">Actualidad</a></li><li><a href="/actualidad/noticias">Noticias</a></li><li>El Ayuntamiento abre el plazo para solicitar las ayudas al alquiler joven</li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article role="article" class="node node--type-noticia node--view-mode-full">
<div class="field field--name-field-area">Juventud y Vivienda</div>
<h1 class="page-title"><span class="field field--name-title">El Ayuntamiento abre el plazo para solicitar las ayudas al alquiler joven</span></h1>
<div class="node__meta"><div class="field field--name-field-fecha"><time datetime="2023-02-06T12:00:00Z">Lunes, 6 de febrero de 2023</time></div></div>
<div class="field field--name-field-entradilla"><p>Los jóvenes empadronados de entre 18 y 35 años podrán recibir hasta 250 euros mensuales durante un año.</p></div>
<div class="clearfix text-formatted field field--name-body field__item">
<p>El Ayuntamiento de Villanueva del Jarama ha abierto hoy el plazo para solicitar las ayudas municipales al alquiler destinadas a jóvenes, que se podrá presentar hasta el próximo 6 de marzo.</p>
<p>La convocatoria cuenta con un presupuesto de 180.000 euros, lo que permitirá atender a unas 60 personas beneficiarias, según ha explicado la concejala de Juventud, Marta Ibáñez.</p>
<h3>Requisitos</h3>
<ul><li>Tener entre 18 y 35 años y estar empadronado en el municipio con al menos un año de antigüedad.</li><li>Ser titular de un contrato de alquiler de vivienda habitual en Villanueva del Jarama.</li><li>No superar unos ingresos anuales de 25.000 euros en el caso de solicitudes individuales.</li></ul>
<p>Las solicitudes pueden presentarse a través de la sede electrónica o de forma presencial en la Oficina de Atención a la Ciudadanía, con cita previa.</p>
<p>Las bases completas de la convocatoria se pueden consultar en el Boletín Oficial de la Comunidad y en el tablón de anuncios municipal.</p>
</div>
<div class="field field--name-field-documentos"><h3>Documentos</h3><ul><li><a href="#">Bases de la convocatoria (PDF, 312 KB)</a></li><li><a href="#">Modelo de solicitud (PDF, 98 KB)</a></li></ul></div>
<div class="compartir">Compartir: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Correo</a></div>
</article>
<div class="views-element-container"><h2>Otras noticias</h2><div class="view-content"><div class="views-row"><a href="#">Abierta la inscripción para los campamentos urbanos de Semana Santa</a> <time>02/02/2023</time></div><div class="views-row"><a href="#">Nuevo horario de la biblioteca municipal</a> <time>30/01/2023</time></div></div></div>
</div></main>
<footer role="contentinfo"><div class="region region-footer"><p>Ayuntamiento de Villanueva del Jarama · Plaza de la Constitución, 1 · 28000 Villanueva del Jarama (Madrid) · Tel. 910 000 000</p>{ul(["Aviso legal","Política de privacidad","Política de cookies","Accesibilidad","Mapa web"])}</div></footer></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/2214","currentLanguage":"es"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
</body></html>'''
page('es_drupal_ayuntamiento', 'https://www.villanuevadeljarama.example/actualidad/noticias/ayudas-alquiler-joven-2023', 'es',
 'El Ayuntamiento abre el plazo para solicitar las ayudas al alquiler joven', '2023-02-06',
 'El Ayuntamiento de Villanueva del Jarama ha abierto hoy el plazo para solicitar las ayudas municipales al alquiler destinadas a jóvenes, que se podrá presentar hasta el próximo 6 de marzo.',
 'Las bases completas de la convocatoria se pueden consultar en el Boletín Oficial de la Comunidad y en el tablón de anuncios municipal.',
 ['Al hacer clic en «Aceptar» consiente el uso de cookies analíticas.', 'Abierta la inscripción para los campamentos urbanos de Semana Santa', 'Bases de la convocatoria (PDF, 312 KB)'],
 'Drupal municipal news; og:title is a rewritten variant; area label above h1; entradilla (lead) excluded from body (judgement: separate field styled as standfirst); modified date one week later; documents list after body.', doc)

# 40 Newswire distribution page
doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brightloom Robotics Raises $42 Million Series B to Scale Warehouse Picking Robots | NewsChannel Wire</title>
<meta property="og:title" content="Brightloom Robotics Raises $42 Million Series B to Scale Warehouse Picking Robots">
<meta name="dc.date" content="2024-11-12">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Brightloom Robotics Raises $42 Million Series B to Scale Warehouse Picking Robots","datePublished":"2024-11-12T08:00:00-05:00","publisher":{"@type":"Organization","name":"NewsChannel Wire"},"sourceOrganization":{"@type":"Organization","name":"Brightloom Robotics"}})}
</head>
<body>
<div class="wire-top"><a href="/" class="wire-logo">NewsChannel Wire</a><nav>{ul(["News","Industries","Regions","Multimedia","For Journalists","Send a Release"])}</nav><a href="/login" class="login">Member Login</a></div>
<div class="wire-body"><div class="release-col">
<div class="release-header"><p class="release-date">November 12, 2024 08:00 AM Eastern Standard Time</p>
<h1 class="release-title">Brightloom Robotics Raises $42 Million Series B to Scale Warehouse Picking Robots</h1>
<h2 class="release-subtitle">Funding led by Northgate Ventures will expand manufacturing and deployments across North America and Europe</h2>
<p class="release-source">PORTLAND, Ore.--(<a href="/">NEWSCHANNEL WIRE</a>)--Brightloom Robotics</p></div>
<div class="release-text">
<p>Brightloom Robotics, a developer of autonomous picking robots for e-commerce warehouses, today announced it has raised $42 million in Series B funding led by Northgate Ventures, with participation from existing investors.</p>
<p>The company's robots use computer vision to pick individual items from mixed bins at rates of up to 600 picks per hour, and are currently deployed at 38 sites operated by third-party logistics providers.</p>
<p>"Our customers are facing peak seasons that get bigger every year, with fewer people available to work them," said Arjun Mehta, co-founder and CEO of Brightloom. "This funding lets us build robots faster and put them where they are needed."</p>
<p>The new capital will be used to open a second manufacturing line in Portland and a European service hub in Rotterdam in 2025.</p>
<p><b>About Brightloom Robotics</b></p>
<p>Founded in 2019, Brightloom Robotics builds autonomous item-picking systems for warehouses. The company is headquartered in Portland, Oregon.</p>
</div>
<div class="release-contact"><h3>Contacts</h3><p>Media:<br>Kelsey Park<br>press@brightloom.example</p></div>
<div class="release-meta"><p><b>Industry:</b> Technology, Robotics, Logistics/Supply Chain Management, Venture Capital</p><p><b>Source:</b> Brightloom Robotics</p></div>
<div class="release-disclaimer"><p>Smart Distribution: This release was distributed to 1,200 newsrooms and 75 websites.</p></div>
</div>
<aside class="sidebar-col"><h3>More News From Brightloom Robotics</h3><ul><li><a href="#">Brightloom Robotics Named to Logistics Tech 50 List</a><span>June 4, 2024</span></li><li><a href="#">Brightloom Launches Next-Generation Gripper</a><span>February 20, 2024</span></li></ul>
<h3>Trending on NewsChannel Wire</h3>{ul(["Global Freight Index Falls for Third Month","Solar Maker Announces Texas Factory","Hospital Group Completes Merger"])}</aside></div>
{megafooter("2024 NewsChannel Wire, Inc.", [("Services",["Send a Release","Media Monitoring","Investor Relations","Pricing"]),("Company",["About","Careers","Contact","Privacy","Terms of Use"])], ["Cookie Settings","Do Not Sell My Information"])}
</body></html>'''
page('en_newswire_funding', 'https://www.newschannelwire.example/news/home/20241112005123/en/Brightloom-Robotics-Raises-42-Million-Series-B', 'en',
 'Brightloom Robotics Raises $42 Million Series B to Scale Warehouse Picking Robots', '2024-11-12',
 'Brightloom Robotics, a developer of autonomous picking robots for e-commerce warehouses, today announced it has raised $42 million in Series B funding led by Northgate Ventures, with participation from existing investors.',
 'The company is headquartered in Portland, Oregon.',
 ['Brightloom Robotics Named to Logistics Tech 50 List', 'This release was distributed to 1,200 newsrooms and 75 websites.', 'Kelsey Park'],
 'Business-Wire-like distribution page; date line with "Eastern Standard Time" above title; subtitle h2 and source dateline excluded; About boilerplate inside release-text kept in body, contacts/metadata excluded.', doc)
