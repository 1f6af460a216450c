from common import *
import json as J

# 25 Sitecore university news
doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Researchers map hidden groundwater under the Corran Plain | News | University of Westmarch</title>
<meta name="CODE_LANGUAGE" content="C#">
<meta name="vs_defaultClientScript" content="JavaScript">
<meta property="og:title" content="Researchers map hidden groundwater under the Corran Plain">
<meta name="search:publishdate" content="20240118">
<link href="/-/media/feature/theme/css/main.css?rev=7d1e" rel="stylesheet">
</head>
<body>
<form method="post" action="/news/2024/01/researchers-map-hidden-groundwater" id="mainform">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZHRlY2U5ZjBmYjE0ZTg0MjY3MGMxNjE5ZWQ5YTE3NzU=" /></div>
<div id="cookie-notice"><p>We use cookies to give you the best experience of our website. By continuing to browse, you agree to our use of cookies.</p><a href="#">Find out more</a><button>Close</button></div>
<header class="component header"><div class="component-content"><a class="logo" href="/">University of Westmarch</a>
<nav class="component navigation">{ul(["Study","Research","Partners","About","News and events","Alumni","Library","Staff"])}</nav>
<div class="utility">{ul(["Students","Staff intranet","Contact us"])}</div></div></header>
<main><div class="component breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news-and-events">News and events</a></li><li><a href="/news">News</a></li><li>2024</li></ol></div>
<div class="row component column-splitter"><div class="col-lg-8">
<div class="component page-title"><div class="component-content"><div class="field-newstype">Research news</div><h1 class="field-title">Researchers map hidden groundwater under the Corran Plain</h1></div></div>
<div class="component news-meta"><div class="component-content"><span class="field-newsdate">18 January 2024</span></div></div>
<div class="component rich-text"><div class="component-content">
<p><strong>A team from the School of Earth Sciences has used airborne electromagnetic surveys to map a previously unknown aquifer beneath the Corran Plain.</strong></p>
<p>The aquifer, which lies between 80 and 140 metres below the surface, could hold enough water to supply around 200,000 people for several decades, according to the researchers' estimates.</p>
<p>The survey, carried out from a helicopter towing a large sensor loop, covered more than 1,500 square kilometres in just nine days.</p>
<p>"We were looking for something quite different – signs of saltwater intrusion from the coast," said Dr Fenella Ross, who led the study. "What we found instead was a large body of fresh water sealed beneath a clay layer."</p>
</div></div>
<div class="component promo"><div class="component-content"><h3>Study Earth Sciences at Westmarch</h3><p>Discover our undergraduate and postgraduate courses in geology and environmental science.</p><a href="#">Find a course</a></div></div>
<div class="component rich-text"><div class="component-content">
<p>The team stresses that further drilling is needed to confirm the size and quality of the resource before any decisions are made about its use.</p>
<p>The findings are published in the Journal of Hydrogeological Survey.</p>
</div></div>
<div class="component media-contact"><div class="component-content"><h4>Media enquiries</h4><p>Press Office, +44 0000 000000, press@westmarch.ac.example</p></div></div>
</div>
<div class="col-lg-4"><div class="component related-news"><h3>More research news</h3><ul><li><a href="#">New telescope camera captures first light</a><span>11 January 2024</span></li><li><a href="#">Study links urban trees to lower hospital admissions</a><span>20 December 2023</span></li></ul></div>
<div class="component events"><h3>Upcoming events</h3><ul><li><a href="#">Public lecture: Water for the next century</a> <span>7 February 2024</span></li></ul></div></div>
</div></main>
<footer class="component footer"><div class="component-content">{ul(["Accessibility","Freedom of information","Modern slavery statement","Privacy","Terms of use"])}<p>University of Westmarch is a registered charity, number 000000.</p></div></footer>
</form>
</body></html>'''
page('en_sitecore_university', 'https://www.westmarch.ac.example/news/2024/01/researchers-map-hidden-groundwater', 'en',
 'Researchers map hidden groundwater under the Corran Plain', '2024-01-18',
 'A team from the School of Earth Sciences has used airborne electromagnetic surveys to map a previously unknown aquifer beneath the Corran Plain.',
 'The findings are published in the Journal of Hydrogeological Survey.',
 ['Study Earth Sciences at Westmarch', 'Public lecture: Water for the next century', 'We use cookies to give you the best experience'],
 'Sitecore SXA ASP.NET form wrapper with viewstate; body split in two rich-text components with a course promo between them (promo excluded); news type kicker; date in custom meta YYYYMMDD and visible.', doc)

# 26 Next.js SSR with __NEXT_DATA__, Spanish (Mexico), relative date + absolute
nd = {"props":{"pageProps":{"article":{"id":"a-88213","headline":"Metro de Monterrey amplía horario durante el Festival Santa Lucía","subheadline":"El servicio funcionará hasta la 1:00 de la madrugada los fines de semana","publishedAt":"2024-08-02T05:40:00.000Z","updatedAt":"2024-08-02T16:05:00.000Z","section":{"name":"Nuevo León","slug":"nuevo-leon"},"author":{"name":"Daniela Garza"}}},"__N_SSP":True},"page":"/[section]/[slug]","query":{"section":"nuevo-leon","slug":"metro-amplia-horario-festival"},"buildId":"Xk2lP0aQ9","isFallback":False,"gssp":True,"locale":"es-MX"}
doc = f'''<!DOCTYPE html><html lang="es-MX"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>Metro de Monterrey amplía horario durante el Festival Santa Lucía | El Norteño Digital</title><meta property="og:title" content="Metro amplía horario por Festival Santa Lucía"/><meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/8a1b2c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1b2c.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-3b8e2a.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-5f2d.js" defer=""></script></head><body><div id="__next"><div class="Layout_root__x2Lk9"><header class="Header_header__7dKfa"><a class="Header_logo__a1B2c" href="/">El Norteño Digital</a><nav class="Header_nav__Qw3rT"><a href="/nuevo-leon">Nuevo León</a><a href="/mexico">México</a><a href="/mundo">Mundo</a><a href="/deportes">Deportes</a><a href="/negocios">Negocios</a><a href="/entretenimiento">Entretenimiento</a><a href="/opinion">Opinión</a></nav></header><div class="Ticker_ticker__p0Oo9"><span>ÚLTIMA HORA</span><a href="/mexico/sismo-oaxaca">Sismo de magnitud 5.1 sacude Oaxaca; no hay daños</a></div><main class="Article_main__Zz9y8"><div class="Article_section__Kk1l2"><a href="/nuevo-leon">Nuevo León</a></div><h1 class="Article_title__Hh3j4">Metro de Monterrey amplía horario durante el Festival Santa Lucía</h1><h2 class="Article_subtitle__Gg5f6">El servicio funcionará hasta la 1:00 de la madrugada los fines de semana</h2><div class="Byline_byline__Ff7e8"><span class="Byline_author__Dd9c0">Daniela Garza</span><span class="Byline_rel__Cc1b2">hace 3 horas</span><time class="Byline_time__Bb3a4" dateTime="2024-08-02T05:40:00.000Z">01/08/2024 23:40 h</time></div><div class="Article_body__Aa5z6"><p>El Sistema de Transporte Colectivo Metrorrey ampliará su horario de servicio en las tres líneas durante las cuatro semanas que dura el Festival Santa Lucía.</p><p>Los viernes y sábados, el último tren saldrá de las terminales a la 1:00 de la madrugada, dos horas más tarde de lo habitual, informó la dependencia en un comunicado.</p><div class="Embed_tweet__Yy7x8"><blockquote class="twitter-tweet"><p lang="es" dir="ltr">📢 Durante el <a href="#">#FestivalSantaLucía</a> ampliamos nuestro horario los viernes y sábados hasta la 1:00 am. ¡Planea tu viaje! 🚇</p>— Metrorrey (@metrorrey_oficial) <a href="#">August 1, 2024</a></blockquote></div><p>La medida busca facilitar el regreso de los asistentes a los conciertos y espectáculos nocturnos que se realizan en el Paseo Santa Lucía y el Parque Fundidora.</p><div class="ReadAlso_box__Xx9w0"><span>LEE TAMBIÉN</span><a href="/nuevo-leon/cartelera-festival">Esta es la cartelera completa del Festival Santa Lucía 2024</a></div><p>Las autoridades recomendaron a los usuarios comprar su tarjeta con anticipación para evitar filas en las taquillas.</p><p>El festival concluye el 1 de septiembre.</p></div><div class="Share_share__Ww1v2"><button>Compartir</button><button>Copiar enlace</button></div><section class="Related_related__Vv3u4"><h3>Te puede interesar</h3><article><a href="#">Ecovía suspende servicio por obras en avenida Lincoln</a><span>31/07/2024</span></article><article><a href="#">Tarifa del transporte público sube 50 centavos</a><span>28/07/2024</span></article></section></main><footer class="Footer_footer__Uu5t6"><p>© 2024 El Norteño Digital. Todos los derechos reservados.</p><nav><a href="/aviso-de-privacidad">Aviso de privacidad</a><a href="/terminos">Términos y condiciones</a><a href="/contacto">Contacto</a><a href="/anunciate">Anúnciate</a></nav></footer></div></div><script id="__NEXT_DATA__" type="application/json">{J.dumps(nd, ensure_ascii=False)}</script></body></html>'''
page('es_nextjs_metro', 'https://www.elnortenodigital.example/nuevo-leon/metro-amplia-horario-festival', 'es',
 'Metro de Monterrey amplía horario durante el Festival Santa Lucía', '2024-08-01',
 'El Sistema de Transporte Colectivo Metrorrey ampliará su horario de servicio en las tres líneas durante las cuatro semanas que dura el Festival Santa Lucía.',
 'El festival concluye el 1 de septiembre.',
 ['Esta es la cartelera completa del Festival Santa Lucía 2024', 'Sismo de magnitud 5.1 sacude Oaxaca', 'Tarifa del transporte público sube 50 centavos'],
 'Next.js SSR, single-line HTML, CSS-module class names; __NEXT_DATA__ JSON blob duplicates headline; publishedAt 05:40Z = 23:40 local (UTC-6) on 1 Aug -> publisher day 2024-08-01 (visible "01/08/2024 23:40 h", DD/MM); "hace 3 horas" relative; embedded tweet text inside body (part of article); LEE TAMBIÉN insert.', doc)
