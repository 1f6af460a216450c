from common import *

@register
def p09():
    name = "es_joomla_diario_local"
    url = "https://www.diariodelavega.example/index.php/comarca/1842-la-feria-del-esparrago-vuelve-a-tudela-de-la-vega"
    title = "La feria del espárrago vuelve a Tudela de la Vega tras dos años de pausa"
    paras = [
        "La Feria del Espárrago de Tudela de la Vega regresará este año a su formato tradicional después de dos ediciones suspendidas por la pandemia.",
        "El Ayuntamiento presentó el jueves el cartel y el programa, que se celebrará del 22 al 24 de abril en la plaza de los Fueros y el antiguo mercado de abastos.",
        "Participarán una treintena de productores de la comarca, que venderán espárrago fresco y en conserva, además de alcachofa y otros productos de temporada.",
        "La concejala de Desarrollo Local, Itziar Goñi, explicó que el presupuesto se ha reducido un 15 % respecto a 2019 por la subida de los costes de montaje.",
        "Como novedad, habrá un concurso de pinchos en el que podrán participar los bares y restaurantes del casco antiguo.",
        "Las inscripciones para los puestos pueden hacerse hasta el 31 de marzo en la oficina de turismo.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="es-es" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>La feria del espárrago vuelve a Tudela de la Vega tras dos años de pausa - Diario de la Vega</title>
<meta name="author" content="Redacción">
<link href="/templates/vega2/css/template.css" rel="stylesheet">
<style>{FILLER_CSS}</style>
</head>
<body class="site com_content view-article itemid-112">
<div class="cookie" id="cookiesdirective"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.</p><a href="#">Aceptar</a> <a href="/politica-de-cookies">Más información</a></div>
<div class="body"><div class="container">
<header class="header site-header" role="banner"><a class="brand" href="/">Diario de la Vega</a><div class="header-search"><input type="search" placeholder="Buscar..."></div></header>
<nav class="navigation nav-primary" role="navigation">{ul(["Portada","Comarca","Deportes","Agricultura","Cultura","Opinión","Agenda","Hemeroteca"], "nav menu", "/index.php/")}</nav>
<div class="moduletable breadcrumb"><ul class="breadcrumb"><li>Estás aquí: </li><li><a href="/">Inicio</a></li><li><a href="/index.php/comarca">Comarca</a></li></ul></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{title}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Detalles</dt>
<dd class="createdby">Escrito por <span itemprop="author">Redacción</span></dd>
<dd class="category-name">Categoría: <a href="/index.php/comarca">Comarca</a></dd>
<dd class="published"><time datetime="2022-02-03T10:14:22+01:00" itemprop="datePublished">Publicado: 03/02/2022</time></dd>
<dd class="hits">Visto: 1843</dd></dl>
<div class="pull-left item-image"><img src="/images/2022/feria-esparrago.jpg" alt=""><p class="img-caption">Puesto de espárrago en la edición de 2019. Foto: D. V.</p></div>
<div itemprop="articleBody" class="article-body">
{ps(paras)}
</div>
<ul class="pager pagenav"><li class="previous"><a href="#">&lt; Anterior</a></li><li class="next"><a href="#">Siguiente &gt;</a></li></ul>
<div class="share">Compartir: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
</div>
<div class="comments"><h3>Comentarios (2)</h3>
<div class="comment"><b>Maite</b> <span>05/02/2022 18:20</span><p>¡Por fin! Ya tenía ganas de volver a la feria con los críos.</p></div>
<div class="comment"><b>Javi R.</b> <span>11/02/2022 09:02</span><p>A ver si este año ponen más aparcamiento junto al mercado.</p></div></div>
</main>
<aside class="span3 sidebar"><div class="moduletable"><h3>Lo más leído</h3>{ul(["Cortes de agua en el barrio de San Juan el martes","El CD Vega asciende a Tercera RFEF","Nuevo horario del autobús a Pamplona"], "mostread related")}</div>
<div class="moduletable newsletter"><h3>Boletín</h3><p>Suscríbete al boletín semanal y recibe las noticias de la comarca cada viernes.</p></div>
<div class="moduletable"><h3>Agenda</h3><p>12/02/2022 · Concierto de la banda municipal</p></div></aside></div>
<footer class="footer" role="contentinfo"><p>© 2022 Diario de la Vega · <a href="#">Aviso legal</a> · <a href="#">Contacto</a> · <a href="#">Publicidad</a></p><p><a href="#top" id="back-top">Volver arriba</a></p></footer>
</div></div>
</body></html>"""
    write(name, html, dict(url=url, language="es", title=title, published="2022-02-03",
        body_first=paras[0], body_last=paras[-1],
        absent=["Puesto de espárrago en la edición de 2019.", "¡Por fin! Ya tenía ganas de volver a la feria con los críos.",
                "Suscríbete al boletín semanal y recibe las noticias de la comarca cada viernes.", "Cortes de agua en el barrio de San Juan el martes",
                "12/02/2022 · Concierto de la banda municipal"],
        notes="Joomla 3 article view (headline in h2 inside .page-header, no h1). Visible date day-first 'Publicado: 03/02/2022' (= 3 Feb, not 2 Mar), confirmed by time datetime. Comment and agenda dates later. Body contains future event dates (22-24 abril, 31 de marzo)."))

@register
def p10():
    name = "es_mx_seccion_h1"
    url = "https://noticias.elvigia-norte.example/estado/2021/09/19/rescatan-a-excursionistas-en-la-sierra"
    title = "Rescatan a cinco excursionistas extraviados en la Sierra de Arteaga"
    paras = [
        "Cinco excursionistas originarios de Monterrey fueron rescatados con vida la madrugada de este domingo en la Sierra de Arteaga, luego de pasar casi veinte horas extraviados.",
        "De acuerdo con Protección Civil estatal, el grupo había salido el sábado por la mañana hacia el cerro El Coahuilón, pero perdió el sendero al caer la niebla.",
        "Uno de ellos logró enviar su ubicación por mensaje de texto a un familiar antes de quedarse sin batería, lo que permitió delimitar la zona de búsqueda.",
        "En el operativo participaron 34 elementos de Protección Civil, la Guardia Nacional y brigadistas voluntarios, apoyados por un helicóptero del gobierno estatal.",
        "Los jóvenes, de entre 19 y 27 años, presentaban síntomas leves de hipotermia y fueron trasladados al hospital general de Saltillo para su valoración.",
        "Las autoridades recordaron a los visitantes que deben registrarse en la caseta de la sierra y llevar ropa abrigadora aunque el pronóstico sea favorable.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Noticias del Estado | El Vigía del Norte</title>
<meta property="og:title" content="Rescatan a excursionistas en la Sierra de Arteaga | El Vigía del Norte">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<style>{FILLER_CSS}</style>
</head>
<body class="seccion-estado">
<div class="cookie" id="aviso"><p>Este sitio utiliza cookies. Al continuar navegando aceptas nuestro aviso de privacidad.</p><button>Entendido</button></div>
<div class="barra-superior"><span>Saltillo, Coahuila · Lunes 20 de septiembre de 2021</span> <span>Dólar: $19.95</span></div>
<header class="site-header"><a href="/" class="logo">El Vigía del Norte</a>
<nav class="nav-primary">{ul(["Local","Estado","Nacional","Internacional","Deportes","Espectáculos","Opinión"], "menu", "/")}</nav></header>
<div class="contenedor">
<h1 class="titulo-seccion">Estado</h1>
<div class="breadcrumb"><a href="/">Inicio</a> / <a href="/estado">Estado</a> / Seguridad</div>
<main class="nota">
<div class="nota-volanta">Protección Civil</div>
<h2 class="nota-titulo">{title}</h2>
<p class="nota-bajada">Pasaron casi veinte horas en el cerro El Coahuilón; un mensaje de texto permitió ubicarlos.</p>
<div class="nota-datos"><span class="autor">Por Redacción El Vigía</span> | <span class="fecha">domingo 19 de septiembre de 2021 · 13:47 hrs</span></div>
<figure><img src="/fotos/2021/09/rescate-arteaga.jpg" alt=""><figcaption>Brigadistas durante el operativo de búsqueda. Foto: Protección Civil Coahuila</figcaption></figure>
<div class="nota-cuerpo article-body">
{ps(paras[:3])}
<p class="te-puede-interesar"><strong>TE PUEDE INTERESAR:</strong> <a href="#">Cierran temporalmente el acceso a la Sierra de Zapalinamé por incendio</a></p>
{ps(paras[3:])}
</div>
<div class="share"><a href="#">Compartir en Facebook</a> <a href="#">Compartir en WhatsApp</a></div>
<section class="related"><h3>Más noticias</h3><ul><li><a href="#">Prevén heladas en la región sureste para esta semana</a></li><li><a href="#">Inauguran nuevo puente en el bulevar Fundadores</a></li></ul></section>
<section class="comentarios comments"><h3>Comentarios</h3><p><b>Ramiro G.</b> — Qué bueno que los encontraron, la sierra es muy traicionera con la neblina.</p></section>
</main>
<aside class="sidebar"><h3>Lo más visto</h3>{ul(["Alerta por lluvias en la región carbonífera","Regreso a clases presenciales: lo que debes saber","Festival de las Artes arranca el viernes"], "related")}
<div class="newsletter"><p>Recibe los titulares de El Vigía cada mañana en tu correo.</p></div></aside>
</div>
<footer class="footer"><p>© Editorial del Norte S.A. de C.V. Todos los derechos reservados 2021.</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="es", title=title, published="2021-09-19",
        body_first=paras[0], body_last=paras[-1],
        absent=["Pasaron casi veinte horas en el cerro El Coahuilón; un mensaje de texto permitió ubicarlos.",
                "Brigadistas durante el operativo de búsqueda.", "Cierran temporalmente el acceso a la Sierra de Zapalinamé por incendio",
                "Qué bueno que los encontraron, la sierra es muy traicionera con la neblina.", "Recibe los titulares de El Vigía cada mañana en tu correo."],
        notes="Mexican regional site: h1 is the section name 'Estado', headline in h2; <title> is a section title, og:title an SEO variant with site name; volanta (kicker) 'Protección Civil' and bajada (deck). No date metadata; visible 'domingo 19 de septiembre de 2021' while the top bar shows today's date (20 Sept)."))

@register
def p11():
    name = "ptbr_portal_atualizado"
    url = "https://g-paulista.example/sp/campinas/noticia/2023/04/25/viaduto-da-avenida-john-boyd-dunlop-sera-interditado.ghtml"
    title = "Viaduto da Avenida John Boyd Dunlop será interditado por 45 dias em Campinas"
    paras = [
        "O viaduto da Avenida John Boyd Dunlop sobre a Rodovia dos Bandeirantes, em Campinas (SP), será interditado a partir de segunda-feira (1º) para obras de recuperação estrutural.",
        "Segundo a Secretaria de Infraestrutura, a interdição deve durar 45 dias e afeta os dois sentidos da via.",
        "Os motoristas que seguem em direção ao bairro Satélite Íris deverão usar a Rua Sylvia da Silva Braga como desvio, sinalizada por agentes da Emdec.",
        "Uma vistoria feita em março identificou corrosão nas armaduras de dois pilares e desgaste nas juntas de dilatação.",
        "A obra custará R$ 3,8 milhões e será paga com recursos do município, de acordo com a prefeitura.",
        "As linhas de ônibus 212, 213 e 218 terão itinerário alterado durante o período das obras.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>Viaduto da Avenida John Boyd Dunlop será interditado por 45 dias em Campinas | Campinas e Região | G Paulista</title>
<meta property="og:title" content="Viaduto da Avenida John Boyd Dunlop será interditado por 45 dias em Campinas">
<meta itemprop="datePublished" content="2023-04-25T08:00:41.380Z">
<meta itemprop="dateModified" content="2023-04-26T13:22:05.120Z">
<style>{FILLER_CSS}</style>
</head>
<body>
<div class="cookie cookie-banner-lgpd"><p>Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.</p><button>Prosseguir</button></div>
<header class="site-header header-editoria"><a href="/" class="logo">G Paulista</a> <a class="editoria" href="/sp/campinas/">Campinas e Região</a>
<nav class="nav-primary">{ul(["Início","Brasil","Economia","Política","Mundo","Esportes","Previsão do tempo"], "menu-itens", "/")}</nav></header>
<main class="mc-body"><div class="mc-article-header">
<h1 class="content-head__title" itemprop="headline">{title}</h1>
<h2 class="content-head__subtitle" itemprop="alternativeHeadline">Obra de recuperação estrutural começa na segunda-feira; Emdec prevê desvios pelo bairro Satélite Íris.</h2>
<div class="content-publication-data"><p class="content-publication-data__from">Por Mariana Toledo, G Paulista Campinas e Região</p>
<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2023-04-25T08:00:41.380Z">25/04/2023 05h00</time> · Atualizado em <time datetime="2023-04-26T13:22:05.120Z">26/04/2023</time></p></div>
</div>
<article itemprop="articleBody" class="mc-article-body article-body">
<div class="mc-column content-text"><p class="content-text__container">{paras[0]}</p></div>
<div class="mc-column content-text"><p class="content-text__container">{paras[1]}</p></div>
<div class="mc-column content-media"><figure><img src="/img/viaduto.jpg" alt=""><figcaption class="content-media__description">Viaduto da Avenida John Boyd Dunlop, em Campinas — Foto: Reprodução/EPTV</figcaption></figure></div>
<div class="mc-column content-text"><p class="content-text__container">{paras[2]}</p></div>
<div class="mc-column content-intertitle"><h2>Corrosão nos pilares</h2></div>
<div class="mc-column content-text"><p class="content-text__container">{paras[3]}</p></div>
<div class="mc-column content-text"><p class="content-text__container">{paras[4]}</p></div>
<div class="mc-column content-text"><p class="content-text__container">{paras[5]}</p></div>
<div class="mc-column entities"><p>📲 Participe do canal do G Paulista Campinas no WhatsApp</p></div>
</article>
<div class="share">Compartilhe: <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">E-mail</a></div>
<section class="related"><h3>Veja também</h3><ul><li><a href="#">Campinas registra aumento de 12% nos acidentes de moto em 2023</a></li><li><a href="#">BRT Campo Grande tem nova estação inaugurada</a></li><li><a href="#">Chuva forte derruba árvores no Cambuí</a></li></ul></section>
</main>
<aside class="sidebar"><h3>Mais lidas</h3>{ul(["Concurso da prefeitura abre 300 vagas","Frio: temperatura pode chegar a 9 °C","Feira de artesanato no Taquaral volta ao domingo"], "related")}</aside>
<footer class="footer"><p>© Copyright 2000-2023 G Paulista. Todos os direitos reservados. Política de privacidade.</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="pt", title=title, published="2023-04-25",
        body_first=paras[0], body_last=paras[-1],
        absent=["Obra de recuperação estrutural começa na segunda-feira; Emdec prevê desvios pelo bairro Satélite Íris.",
                "Viaduto da Avenida John Boyd Dunlop, em Campinas — Foto: Reprodução/EPTV", "📲 Participe do canal do G Paulista Campinas no WhatsApp",
                "Campinas registra aumento de 12% nos acidentes de moto em 2023", "Atualizado em 26/04/2023"],
        notes="Brazilian portal with mc-column blocks (every paragraph wrapped). Dates day-first '25/04/2023 05h00', datetime in UTC (08:00Z = 05:00 BRT, same day); 'Atualizado em 26/04/2023'. Subtitle h2 above body is a deck. Intertitle h2 inside body. <title> has section and site suffix. Body mentions 'segunda-feira (1º)' (event)."))

@register
def p12():
    name = "it_wix_style_blog"
    url = "https://www.cantinevalpolicella-notizie.example/post/vendemmia-2020-qualita-alta-quantita-in-calo"
    title = "Vendemmia 2020, qualità alta ma quantità in calo in Valpolicella"
    paras = [
        "Si è chiusa con una settimana di anticipo la vendemmia 2020 in Valpolicella, e i produttori parlano di uve sane e di ottima maturazione.",
        "Le rese, però, sono diminuite in media del 12 per cento rispetto all’anno scorso, complici le grandinate di agosto nella zona di Negrar e Marano.",
        "«Abbiamo perso quasi un quinto del Corvina in due vigneti, ma quello che è rimasto è di altissimo livello», racconta Giulia Tommasi, titolare di una piccola azienda a Fumane.",
        "Per l’Amarone la messa a riposo delle uve nei fruttai è iniziata regolarmente, e le prime stime indicano una gradazione potenziale superiore alla media.",
        "Il Consorzio ha invitato le aziende a contenere le rese anche per il Valpolicella Ripasso, per non appesantire un mercato già rallentato dalla chiusura dei ristoranti in primavera.",
        "La presentazione ufficiale dell’annata è prevista per febbraio, pandemia permettendo.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="generator" content="Wix.com Website Builder">
<title>Vendemmia 2020: qualità alta, quantità in calo</title>
<meta property="og:title" content="Vendemmia 2020: qualità alta, quantità in calo">
<meta property="og:type" content="article">
<style>{FILLER_CSS}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<div class="cookie" data-hook="consent-banner"><p>Questo sito utilizza i cookie. Continuando a navigare accetti la nostra informativa.</p><button>Accetta</button></div>
<header id="SITE_HEADER" class="site-header"><div class="comp-kb8x1"><p class="font_0"><span>Cantine &amp; Colline</span></p><p class="font_8">Notizie dalla Valpolicella</p></div>
<nav id="comp-menu" class="nav-primary"><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li><a href="/eventi">Eventi</a></li><li><a href="/cantine">Le cantine</a></li><li><a href="/chi-siamo">Chi siamo</a></li><li><a href="/contatti">Contatti</a></li></ul></nav></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="post-page">
<article data-hook="post" class="blog-post">
<div data-hook="post-header"><div class="post-metadata"><span data-hook="user-name">Luca Benedetti</span><span aria-hidden="true"> · </span><span data-hook="time-ago" title="1 ott 2020">1 ott 2020</span><span aria-hidden="true"> · </span><span data-hook="time-to-read">Tempo di lettura: 2 min</span></div>
<h1 data-hook="post-title" class="blog-post-title-font"><span class="post-title">{title}</span></h1></div>
<div data-hook="post-description" class="article-body"><div class="rich-content">
{ps(paras[:2], "_1Bf-7 public-DraftStyleDefault-block")}
<div class="_image"><img src="https://static.wixstatic.example/media/vendemmia.jpg" alt=""><span class="caption">Cassette di Corvina nel fruttaio, Fumane</span></div>
{ps(paras[2:], "_1Bf-7 public-DraftStyleDefault-block")}
</div></div>
<div class="post-footer"><div class="tags"><a href="#">vendemmia</a> <a href="#">amarone</a> <a href="#">consorzio</a></div>
<div class="share"><a href="#">Condividi su Facebook</a> <a href="#">Condividi su LinkedIn</a> <a href="#">Copia link</a></div>
<div class="post-stats"><span>312 visualizzazioni</span> <span>0 commenti</span> <span>4 Mi piace</span></div></div>
</article>
<section class="related"><h2>Post recenti</h2><div class="recent"><a href="#">Il Recioto torna in piazza a San Pietro in Cariano</a> <a href="#">Guida ai fruttai aperti al pubblico</a> <a href="#">Olio nuovo: le date dei frantoi</a></div></section>
<section class="comments"><h3>Commenti</h3><p>Scrivi un commento...</p></section>
</div></div></main>
<footer id="SITE_FOOTER" class="footer"><div class="newsletter"><p>Iscriviti alla newsletter per ricevere gli aggiornamenti sulle cantine aperte.</p><input type="email"><button>Iscriviti</button></div>
<p>© 2020 di Cantine &amp; Colline. Creato con Wix.com</p></footer>
</div></div></div>
<script type="application/json" id="wix-warmup-data">{{"platform":{{"ssrPropsUpdates":[],"appsWarmupData":{{"blog":{{"postId":"5f75a1","firstPublishedDate":"2020-09-30T22:40:17.000Z","lastPublishedDate":"2020-10-02T07:12:00.000Z"}}}}}}}}</script>
</body></html>"""
    write(name, html, dict(url=url, language="it", title=title, published="2020-10-01",
        body_first=paras[0], body_last=paras[-1],
        absent=["Cassette di Corvina nel fruttaio, Fumane", "Tempo di lettura: 2 min", "Il Recioto torna in piazza a San Pietro in Cariano",
                "Iscriviti alla newsletter per ricevere gli aggiornamenti sulle cantine aperte.", "312 visualizzazioni"],
        notes="Wix-style blog post (deep div soup, data-hook attributes). Visible date abbreviated Italian '1 ott 2020'; warmup JSON has firstPublishedDate 2020-09-30T22:40Z (= 00:40 on 1 Oct in Italy), so the UTC day is wrong. <title>/og:title use a shorter SEO headline with colon; on-page headline is the h1."))
