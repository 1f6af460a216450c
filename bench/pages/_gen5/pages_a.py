from lib import *


# 1 -------------------------------------------------------------- de, TYPO3 police newsroom
def p01():
    name = "de_polizei_typo3"
    url = "https://www.polizei-neckaralb.example/presse/meldungen/detail/verkehrsunfall-b27-tuebingen-0703/"
    title = "Verkehrsunfall auf der B 27: Zwei Leichtverletzte nach Auffahrunfall bei Tübingen"
    h1 = "Verkehrs&shy;unfall auf der B&nbsp;27: Zwei Leicht&shy;verletzte nach Auffahr&shy;unfall bei Tübingen"
    first = "Zwei leicht verletzte Personen und ein Sachschaden von rund 35.000 Euro sind die Bilanz eines Auffahrunfalls, der sich am Freitagmittag auf der Bundesstraße 27 zwischen Tübingen-Lustnau und Dußlingen ereignet hat."
    last = "Zeugen, die Angaben zum Unfallhergang machen können, werden gebeten, sich unter der Telefonnummer 07071 972-8660 beim Verkehrsdienst zu melden."
    body_ps = [
        "<strong>Tübingen (ots) –</strong> " + first + " Nach den bisherigen Ermittlungen des Verkehrsdienstes war gegen 12.40 Uhr ein 58 Jahre alter Mann mit seinem VW Passat in Richtung Stuttgart unterwegs.",
        "Aufgrund des stockenden Verkehrs im Bereich der Baustelle musste eine vorausfahrende 34-jährige Opel-Lenkerin abbremsen. Dies erkannte der 58-Jährige offenbar zu spät und fuhr nahezu ungebremst auf den Corsa auf, der dadurch noch auf einen davor wartenden Mercedes-Transporter geschoben wurde.",
        "Die Opel-Fahrerin und ihr 9-jähriges Kind wurden leicht verletzt und vom Rettungsdienst zur weiteren Abklärung in eine Klinik gebracht. Der Fahrer des Transporters blieb unverletzt.",
        "Der Passat und der Corsa waren nicht mehr fahrbereit und mussten abgeschleppt werden. Für die Dauer der Bergung war der linke Fahrstreifen bis etwa 14.15 Uhr gesperrt, es kam zu einem Rückstau von rund drei Kilometern.",
        last,
    ]
    related = [("06.03.2025", "Reutlingen: Einbruch in Gartenhaus – Polizei sucht Zeugen"),
               ("06.03.2025", "Esslingen: Fahrradfahrer bei Sturz schwer verletzt"),
               ("05.03.2025", "Landkreis Tübingen: Warnung vor falschen Polizeibeamten")]
    rel = "\n".join(f'<li class="news-list-item"><span class="news-list-date">{d}</span> <a href="/presse/meldungen/detail/x{i}/">{t}</a></li>' for i, (d, t) in enumerate(related))
    body = f"""<body id="p142" class="page-142 pagelevel-3 language-0 backendlayout-subnavigation_left layout-default">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<div id="cookieman-modal" class="cookieman-banner" role="dialog"><p>Diese Website verwendet nur technisch notwendige Cookies sowie Matomo zur anonymen Reichweitenmessung.</p><button class="btn btn-primary" data-cookieman-accept-all>Alle akzeptieren</button> <button class="btn btn-default" data-cookieman-save>Nur notwendige</button></div>
<a class="skip-link" href="#content">Zum Inhalt springen</a>
<header class="page-header">
 <div class="container"><a class="logo" href="/"><img src="/typo3conf/ext/polizei_sitepackage/Resources/Public/Images/logo.svg" alt="Polizeipräsidium Neckar-Alb"></a>
 <form class="search" action="/suche/"><input type="search" name="tx_indexedsearch_pi2[search][sword]" placeholder="Suchbegriff"></form></div>
 <nav class="mainnav">{ul(["Startseite","Presse","Prävention","Karriere","Dienststellen","Onlinewache","Kontakt"],"nav navbar-nav")}</nav>
</header>
<div class="container">
<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/presse/">Presse</a></li><li><a href="/presse/meldungen/">Pressemeldungen</a></li><li class="active">Detail</li></ol>
<div class="row">
<aside class="col-md-3 subnavigation">{ul(["Pressemeldungen","Pressestelle","Fahndungen","Bildarchiv","Jahresberichte"],"subnav")}</aside>
<main id="content" class="col-md-9">
<!--TYPO3SEARCH_begin-->
<div id="c2210" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="header"><span class="news-kicker">Pressemeldung des Polizeipräsidiums Neckar-Alb</span>
<h1 itemprop="headline">{h1}</h1></div>
<div class="footer"><p><span class="news-list-date">Datum: 07.03.2025 – 14:22 Uhr</span> <span class="news-list-category">Verkehrsunfälle</span></p></div>
<div class="news-text-wrap" itemprop="articleBody">
{paras(body_ps)}
</div>
<div class="news-contact"><p><strong>Rückfragen bitte an:</strong><br>Polizeipräsidium Neckar-Alb<br>Pressestelle<br>Telefon: 07121 942-1101<br>E-Mail: neckaralb.pp.pressestelle@polizei.example</p></div>
<div class="news-backlink-wrap"><a href="/presse/meldungen/">Zurück zur Übersicht</a></div>
</div></div></div>
<div id="c2211" class="frame frame-default frame-type-list"><h2>Weitere Meldungen</h2><ul class="news-list">{rel}</ul></div>
<!--TYPO3SEARCH_end-->
</main></div></div>
<footer class="page-footer"><div class="container">
{ul(["Impressum","Datenschutz","Barrierefreiheit","Leichte Sprache","Gebärdensprache","Sitemap"],"footer-links")}
<p>Notruf 110 – Onlinewache rund um die Uhr erreichbar</p><p>© 2025 Polizei Baden-Württemberg</p></div></footer>
<script src="/typo3temp/assets/compressed/merged-4f2a1c.js"></script>
</body>"""
    head = '<meta name="generator" content="TYPO3 CMS">\n<meta name="description" content="Pressemeldung: Auffahrunfall auf der B 27 bei Tübingen">\n<link rel="canonical" href="' + url + '">'
    doc = document(name, "de", "Verkehrsunfall auf der B 27 bei Tübingen | Polizeipräsidium Neckar-Alb", head, body, "tx")
    register(name, doc, dict(url=url, language="de", title=title, published="2025-03-07", body_first=first, body_last=last,
        absent=["Rückfragen bitte an:", "Pressemeldung des Polizeipräsidiums Neckar-Alb", "Reutlingen: Einbruch in Gartenhaus – Polizei sucht Zeugen",
                "Diese Website verwendet nur technisch notwendige Cookies sowie Matomo zur anonymen Reichweitenmessung.", "Zurück zur Übersicht"],
        notes="TYPO3 news detail of a police press office. No JSON-LD/OG dates; only visible 'Datum: 07.03.2025 – 14:22 Uhr' (day-first). "
              "Headline h1 contains soft hyphens and &nbsp;; kicker span above h1. Dateline 'Tübingen (ots) –' excluded from body_first. "
              "Related items carry 06.03./05.03. dates. Contact block after the body is a sign-off, not body."))


# 2 -------------------------------------------------------------- fr, WordPress regional daily, near-midnight
def p02():
    name = "fr_wordpress_regional"
    url = "https://www.lecourrierdelouest.example/2024/11/15/angers-le-tramway-ligne-c-prend-du-retard/"
    title = "Angers : la mise en service de la ligne C du tramway repoussée à l'été 2026"
    first = "La troisième ligne du tramway angevin ne transportera pas ses premiers voyageurs avant l'été 2026."
    last = "Une réunion publique d'information est prévue le 3 décembre à la salle Daviers."
    body_ps = [
        first + " C'est ce qu'a annoncé jeudi soir, en conseil communautaire, le vice-président chargé des mobilités, qui évoquait jusqu'ici une ouverture « au printemps ».",
        "En cause, selon l'agglomération, des difficultés rencontrées lors du dévoiement des réseaux souterrains boulevard Foch, ainsi que la livraison tardive de plusieurs rames par le constructeur. « Nous préférons annoncer un calendrier réaliste plutôt que de promettre une date que nous ne pourrions pas tenir », a-t-il justifié.",
        "Le surcoût de ce glissement de calendrier est estimé à 4,2 millions d'euros, en partie à la charge des entreprises titulaires des marchés. L'opposition a dénoncé « un pilotage défaillant » et réclamé la publication d'un audit indépendant.",
        "Pour les commerçants du centre-ville, la nouvelle tombe mal. « On nous avait promis la fin des travaux pour Noël, on va encore passer une saison dans la poussière », regrette la gérante d'une boutique de prêt-à-porter de la rue Plantagenêt.",
        "L'agglomération assure que les aides aux commerces impactés seront prolongées de six mois. " + last,
    ]
    head = "\n".join([
        '<meta name="generator" content="WordPress 6.6.2">',
        og(url, "Angers : la ligne C du tramway repoussée à l'été 2026 - Le Courrier de l'Ouest", "Le Courrier de l'Ouest",
           "Retards de chantier et livraison tardive des rames : la ligne C ne sera pas en service avant l'été 2026.",
           extra={"article:published_time": "2024-11-14T23:30:00+00:00", "article:modified_time": "2024-11-15T07:12:41+00:00", "article:section": "Angers"}),
        jsonld({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Angers : la ligne C du tramway repoussée à l'été 2026",
                 "datePublished": "2024-11-14T23:30:00+00:00", "dateModified": "2024-11-15T07:12:41+00:00", "author": {"@type": "Person", "name": "Claire Marchand"},
                 "publisher": {"@type": "Organization", "name": "Le Courrier de l'Ouest"}}, {"@type": "BreadcrumbList", "itemListElement": []}]}),
        "<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />"])
    comments = [("Jean-Yves 49", "14 novembre 2024 à 23 h 58", "Encore un retard… on commence à avoir l'habitude à Angers."),
                ("Mireille", "15 novembre 2024 à 8 h 03", "Et qui paie les 4,2 millions au final ? Toujours les mêmes.")]
    cm = "\n".join(f'<li class="comment"><div class="comment-author vcard"><cite class="fn">{a}</cite></div><div class="comment-meta"><time>{d}</time></div><div class="comment-content"><p>{t}</p></div></li>' for a, d, t in comments)
    body = f"""<body class="post-template-default single single-post postid-88421 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message"><p>Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.</p></div><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Continuer sans accepter</button></div></div>
<div class="td-theme-wrap"><div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu"><span class="td_data_time">vendredi 15 novembre 2024</span> {ul(["Se connecter","S'abonner","Journal numérique"],"top-header-menu")}</div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-visual-hidden">Le Courrier de l'Ouest</span></a></div>
<div class="td-header-menu-wrap"><nav id="td-header-menu">{ul(["Actu","Angers","Cholet","Saumur","Segré","Sports","SCO","Culture","Sortir","Nécrologie"],"sf-menu","menu-item menu-item-type-taxonomy")}</nav></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><a href="/">Accueil</a> <i class="td-icon-right"></i> <a href="/angers/">Angers</a> <i class="td-icon-right"></i> <span class="td-bred-no-url-last">Transports</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<article id="post-88421" class="post-88421 post type-post status-publish format-standard has-post-thumbnail category-angers">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/angers/">Angers</a></li><li class="entry-category"><a href="/transports/">Transports</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(title)}</h1>
<p class="td-post-sub-title">Retards de chantier boulevard Foch et livraison tardive des rames : l'agglomération revoit son calendrier.</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><span>Par</span> <a href="/author/cmarchand/">Claire Marchand</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-11-14T23:30:00+00:00">Publié le 15 novembre 2024 à 00h30</time></span>
<span class="td-post-modified">Mis à jour le 15 novembre 2024 à 08h12</span></div></header></div>
<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2024/11/tram-foch-696x464.jpg" alt="Chantier du tramway boulevard Foch"><figcaption class="wp-caption-text">Le chantier du boulevard Foch a pris plusieurs mois de retard. Photo CO – Thierry Bonnet</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{paras(body_ps[:3])}
<blockquote class="td_pull_quote td_pull_left"><p>« Nous préférons un calendrier réaliste »</p></blockquote>
{paras(body_ps[3:])}
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Publicité -</span><div id="div-gpt-ad-inread"></div></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box"><li><span>ÉTIQUETTES</span></li><li><a href="/tag/tramway/">tramway</a></li><li><a href="/tag/travaux/">travaux</a></li></ul></div>
<div class="td-post-sharing"><span class="td-social-share-text">Partager</span> <a class="td-social-facebook" href="#">Facebook</a> <a class="td-social-twitter" href="#">X</a> <a class="td-social-mail" href="#">E-mail</a></div>
<div class="td-author-name-wrap"><p class="td-author-description">Claire Marchand couvre l'actualité de l'agglomération angevine et les questions de mobilité depuis 2017.</p></div></footer>
<div class="td_block_related_posts"><h4 class="td-related-title">Articles similaires</h4>
{ul(["Cholet : le nouveau plan de circulation entre en vigueur lundi","Saumur : la passerelle de l'île d'Offard rouvre aux piétons","Ligne B : la fréquence renforcée aux heures de pointe"],"td-related-list")}</div>
<div id="comments" class="comments"><h4 class="block-title"><span>2 COMMENTAIRES</span></h4><ol class="comment-list">{cm}</ol></div>
</article></div></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="widget"><h4 class="block-title">Les plus lus</h4>{ul(["Un incendie ravage un entrepôt à Avrillé","SCO : le groupe pour le déplacement à Lens","Marché de Noël : les chalets ouvrent le 29 novembre","Trélazé : une école fermée après une fuite de gaz"],"td-most-read")}</aside>
<aside class="widget widget_newsletter"><h4>Newsletter</h4><p>Recevez chaque matin l'essentiel de l'actualité angevine.</p><form><input type="email" placeholder="Votre e-mail"><button>Je m'inscris</button></form></aside></div>
</div></div></div>
<div class="td-footer-wrapper"><div class="td-container">{ul(["Mentions légales","Contact","Publicité","Annonces légales","Gestion des cookies","CGV"],"td-footer-menu")}<p class="td-sub-footer-copy">© Le Courrier de l'Ouest 2024 – Tous droits réservés</p></div></div></div>
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</body>"""
    doc = document(name, "fr-FR", "Angers : la ligne C du tramway repoussée à l'été 2026 - Le Courrier de l'Ouest", head, body, "td")
    register(name, doc, dict(url=url, language="fr", title=title, published="2024-11-15", body_first=first, body_last=last,
        absent=["Retards de chantier boulevard Foch et livraison tardive des rames : l'agglomération revoit son calendrier.",
                "Le chantier du boulevard Foch a pris plusieurs mois de retard.", "« Nous préférons un calendrier réaliste »",
                "Encore un retard… on commence à avoir l'habitude à Angers.", "Cholet : le nouveau plan de circulation entre en vigueur lundi",
                "Recevez chaque matin l'essentiel de l'actualité angevine."],
        notes="WordPress 'Newspaper' (tagDiv) theme. Near-midnight trap: visible 'Publié le 15 novembre 2024 à 00h30' (Paris time) while "
              "article:published_time, JSON-LD and <time datetime> all give 2024-11-14T23:30:00+00:00 (UTC, previous day). Expected = local day 2024-11-15. "
              "og:title/JSON-LD headline is a shorter SEO title; visible h1 is the headline. Subtitle (standfirst), pull quote duplicating body words, "
              "comment dated 14 novembre 23 h 58 (before the local publication!)."))


# 3 -------------------------------------------------------------- es, Drupal ministry press release
def p03():
    name = "es_drupal_ministerio"
    url = "https://www.mitransicion.gob.example/es/prensa/notas-de-prensa/2025/02/el-gobierno-aprueba-el-plan-de-riego-eficiente"
    title = "El Gobierno aprueba un plan de 1.200 millones para modernizar el regadío en cuencas deficitarias"
    first = "El Consejo de Ministros ha aprobado este lunes, a propuesta del Ministerio para la Transición Agraria, el Plan de Regadío Eficiente 2025-2030, dotado con 1.200 millones de euros."
    last = "Las comunidades de regantes podrán presentar sus solicitudes a través de la sede electrónica del Ministerio a partir del 1 de abril."
    ps = [
        first + " El plan prioriza las cuencas del Segura, Júcar y Guadalquivir, donde el déficit hídrico estructural se ha agravado durante los últimos años.",
        "Según los datos del Ministerio, la modernización permitirá un ahorro estimado de 380 hectómetros cúbicos anuales, equivalente al consumo doméstico de una población de siete millones de personas. Las actuaciones incluyen la sustitución de canales abiertos por conducciones a presión y la instalación de sistemas de telecontrol.",
        "La ministra ha subrayado que «el agua que ahorramos no es para ampliar superficie regada, sino para devolverla a los acuíferos y a los ríos». Por ello, las ayudas estarán condicionadas a que al menos el 50 % del ahorro se destine a la recuperación de masas de agua en mal estado.",
        "El 30 % de la financiación procederá de fondos europeos y el resto de los Presupuestos Generales del Estado, en colaboración con las comunidades autónomas, que gestionarán las convocatorias en su territorio.",
        "El plan incluye además una línea específica de 150 millones para la instalación de energía solar fotovoltaica en los bombeos, con el objetivo de reducir la factura energética de los agricultores. " + last,
    ]
    body = f"""<body class="path-node page-node-type-nota-prensa">
<a href="#main-content" class="visually-hidden focusable skip-link">Pasar al contenido principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="popup-text"><p>Este sitio web utiliza cookies propias y de terceros con fines analíticos.</p></div><button type="button" class="agree-button">Aceptar</button><button type="button" class="decline-button">Rechazar</button></div></div>
<header role="banner"><div class="region region-header"><div class="gob-logo"><a href="https://www.gob.example/">Gobierno de España</a> <a href="/es/">Ministerio para la Transición Agraria</a></div>
<div class="lang-switcher">{ul(["Castellano","Català","Euskara","Galego","Valencià","English"],"links")}</div></div>
<nav role="navigation" class="menu--main">{ul(["Ministerio","Agricultura","Ganadería","Pesca","Desarrollo rural","Agua","Prensa","Sede electrónica"],"menu")}</nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/es/">Inicio</a></li><li><a href="/es/prensa/">Prensa</a></li><li><a href="/es/prensa/notas-de-prensa/">Notas de prensa</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<article role="article" about="/es/prensa/notas-de-prensa/2025/02/el-gobierno-aprueba-el-plan-de-riego-eficiente" class="node node--type-nota-prensa node--view-mode-full">
<div class="field field--name-field-tipo">Nota de prensa</div>
<h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>
<div class="field field--name-field-subtitulo"><ul><li>El plan prevé un ahorro de 380 hectómetros cúbicos anuales</li><li>Al menos la mitad del agua ahorrada se destinará a recuperar acuíferos y ríos</li></ul></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body">
<p><strong>Madrid, 3 de febrero de 2025.</strong> {ps[0]}</p>
{paras(ps[1:])}
</div>
<div class="field field--name-field-adjuntos"><h2>Documentos adjuntos</h2><ul><li><a href="/sites/default/files/2025-02/plan-regadio-2025-2030.pdf">Plan de Regadío Eficiente 2025-2030 (PDF, 2,4 MB)</a></li><li><a href="/sites/default/files/2025-02/np-regadio.pdf">Nota de prensa (PDF)</a></li></ul></div>
<div class="field field--name-field-contacto"><p>Gabinete de Prensa · Tel. 91 347 50 00 · prensa@mitransicion.gob.example</p></div>
</div>
<div class="share-links"><span>Compartir:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
</article>
<div class="views-element-container block-related"><h2>Otras notas de prensa</h2>
<div class="view-content"><div class="views-row"><span class="date">31/01/2025</span> <a href="#">Planas inaugura el Foro de Innovación Agroalimentaria</a></div>
<div class="views-row"><span class="date">28/01/2025</span> <a href="#">El sector pesquero recibirá 45 millones para la renovación de la flota</a></div>
<div class="views-row"><span class="date">27/01/2025</span> <a href="#">Abierta la convocatoria de ayudas a jóvenes agricultores</a></div></div></div>
</div></div></main>
<footer role="contentinfo"><div class="region region-footer">{ul(["Aviso legal","Accesibilidad","Mapa web","Protección de datos","Contacto","Portal de Transparencia"],"menu menu--footer")}
<p>© Ministerio para la Transición Agraria – Paseo de la Infanta Isabel, 1 – 28014 Madrid</p></div></footer></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"es\\/","currentPath":"node\\/48211","currentLanguage":"es"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
</body>"""
    head = '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<link rel="canonical" href="' + url + '">\n<meta name="dcterms.date" content="2025-02-03T13:05:00+01:00">'
    doc = document(name, "es", "El Gobierno aprueba un plan de 1.200 millones para modernizar el regadío | Ministerio para la Transición Agraria", head, body, "gob")
    register(name, doc, dict(url=url, language="es", title=title, published="2025-02-03", body_first=first, body_last=last,
        absent=["El plan prevé un ahorro de 380 hectómetros cúbicos anuales", "Gabinete de Prensa · Tel. 91 347 50 00",
                "Planas inaugura el Foro de Innovación Agroalimentaria", "Este sitio web utiliza cookies propias y de terceros con fines analíticos.",
                "Plan de Regadío Eficiente 2025-2030 (PDF, 2,4 MB)"],
        notes="Drupal 10 government ministry 'nota de prensa'. Date in bold dateline 'Madrid, 3 de febrero de 2025.' inside first paragraph (excluded "
              "from body_first) and dcterms.date. 'Nota de prensa' type label above h1. Bulleted subtitle list = standfirst. Attachments and press "
              "contact after body. Related notes with dd/mm/yyyy dates."))


# 4 -------------------------------------------------------------- pt-BR, Next.js SSR, UTC next day
def p04():
    name = "pt_nextjs_portal"
    url = "https://g9.noticias.example/sp/campinas/noticia/2024/08/12/chuva-de-granizo-atinge-campinas.ghtml"
    title = "Chuva de granizo atinge Campinas e deixa 12 bairros sem energia"
    first = "Uma forte chuva de granizo atingiu Campinas (SP) no fim da tarde desta segunda-feira (12) e deixou moradores de pelo menos 12 bairros sem energia elétrica."
    last = "Para esta terça-feira (13), a previsão é de tempo firme, com temperatura máxima de 29 °C."
    ps = [first,
          "Segundo a Defesa Civil, as pedras de gelo chegaram a 2 centímetros de diâmetro em algumas regiões, como o Cambuí e o Taquaral. Rajadas de vento de até 74 km/h derrubaram 23 árvores, e algumas delas atingiram a rede elétrica.",
          "A concessionária de energia informou, por volta das 21h, que cerca de 18 mil imóveis estavam sem luz e que equipes trabalhavam para restabelecer o fornecimento ao longo da noite.",
          "Na Avenida Norte-Sul, um trecho ficou alagado e o trânsito precisou ser desviado pela Empresa Municipal de Desenvolvimento de Campinas (Emdec). Não houve registro de feridos.",
          "De acordo com o Centro de Pesquisas Meteorológicas e Climáticas Aplicadas à Agricultura, o volume de chuva acumulado em uma hora foi de 41 milímetros. " + last]
    state = {"props": {"pageProps": {"article": {"id": "a8f1c2", "headline": "Chuva de granizo atinge Campinas", "section": "Campinas e Região",
             "issued": "2024-08-13T01:15:42.000Z", "modified": "2024-08-13T02:03:10.000Z", "authors": ["Redação g9 Campinas"]}}},
             "page": "/[...slug]", "query": {"slug": ["sp", "campinas", "noticia"]}, "buildId": "x9Kd2mQw", "isFallback": False}
    body = f"""<body>
<div id="__next"><div class="lgpd-banner" role="alert"><p>Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.</p><button>Prosseguir</button></div>
<header class="header_hdr__aK2"><div class="header_brand__x1"><a href="/">g9</a> <a class="header_region__2z" href="/sp/campinas/">Campinas e Região</a></div>
<nav class="menu_menu__9f">{ul(["Agora","Campinas","Piracicaba","Jundiaí","Economia","Política","Esportes","Entretenimento","Previsão do tempo"],"menu_list__1a")}</nav></header>
<main class="layout_main__q3"><div class="content_wrapper__z8">
<div class="content-head"><div class="content-head__kicker">Clima</div>
<h1 class="content-head__title">{esc(title)}</h1>
<h2 class="content-head__subtitle">Defesa Civil registrou pedras de gelo de até 2 centímetros; 23 árvores caíram na cidade.</h2></div>
<div class="content-publication-data"><p class="content-publication-data__from">Por <strong>Redação g9 Campinas</strong></p>
<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="2024-08-13T01:15:42.000Z">12/08/2024 22h15</time> · Atualizado há 1 dia</p></div>
<div class="mc-column content-text"><div class="content-media"><figure><img src="https://s2.g9.example/img/granizo.jpg" alt=""><figcaption class="content-media__description">Granizo acumulado em rua do bairro Taquaral, em Campinas — Foto: Arquivo pessoal</figcaption></figure></div>
{paras(ps[:3],"content-text__container")}
<div class="content-intertitle"><h2>Trânsito</h2></div>
{paras(ps[3:],"content-text__container")}
</div>
<div class="content-share"><span>Compartilhe</span> <button>WhatsApp</button> <button>Facebook</button> <button>Copiar link</button></div>
<section class="feed-related"><h3>Veja também</h3>
<div class="feed-post"><span class="feed-post-datetime">Há 3 horas</span><a class="feed-post-link" href="#">Quais bairros de Campinas continuam sem luz nesta terça</a></div>
<div class="feed-post"><span class="feed-post-datetime">Há 1 dia</span><a class="feed-post-link" href="#">Frente fria derruba temperaturas no interior de SP</a></div>
<div class="feed-post"><span class="feed-post-datetime">Há 2 dias</span><a class="feed-post-link" href="#">Vacinação contra a gripe é ampliada em Sumaré</a></div></section>
<div class="newsletter-box"><p>Receba no WhatsApp as notícias da região de Campinas</p><a href="#">Participe do canal</a></div>
</div></main>
<footer class="footer_ftr__3s">{ul(["Princípios editoriais","Política de privacidade","Termos de uso","Trabalhe conosco","Anuncie"],"footer_links__0p")}<p>© Copyright 2000-2024 Grupo g9. Todos os direitos reservados.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main-7b1c9e2f.js" defer></script>
</body>"""
    head = "\n".join([og(url, "Chuva de granizo atinge Campinas e deixa 12 bairros sem energia | Campinas e Região | g9", "g9",
                        extra={"article:published_time": "2024-08-13T01:15:42.000Z"}),
                      jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-08-13T01:15:42.000Z",
                              "dateModified": "2024-08-13T02:03:10.000Z", "inLanguage": "pt-BR"}),
                      '<link rel="preload" href="/_next/static/css/a1b2c3.css" as="style">'])
    doc = document(name, "pt-BR", "Chuva de granizo atinge Campinas e deixa 12 bairros sem energia | Campinas e Região | g9", head, body, "nx")
    register(name, doc, dict(url=url, language="pt", title=title, published="2024-08-12", body_first=first, body_last=last,
        absent=["Defesa Civil registrou pedras de gelo de até 2 centímetros; 23 árvores caíram na cidade.",
                "Granizo acumulado em rua do bairro Taquaral, em Campinas", "Quais bairros de Campinas continuam sem luz nesta terça",
                "Receba no WhatsApp as notícias da região de Campinas", "Usamos cookies para melhorar sua experiência."],
        notes="Next.js SSR page (__NEXT_DATA__ JSON state, hashed CSS-module class names). All machine dates are UTC 2024-08-13T01:15Z; the visible "
              "publisher date is '12/08/2024 22h15' (Brasília, UTC-3) and the text says 'segunda-feira (12)'. Expected local day 2024-08-12. "
              "Kicker 'Clima' above h1; subtitle in h2 is the standfirst; intertitle 'Trânsito' inside body. Relative dates in related feed."))


# 5 -------------------------------------------------------------- it, Joomla local news
def p05():
    name = "it_joomla_cronaca"
    url = "https://www.gazzettadelsannio.example/cronaca/12874-benevento-riapre-il-teatro-romano-dopo-i-restauri.html"
    title = "Benevento, riapre il Teatro Romano dopo due anni di restauri"
    first = "Dopo ventisei mesi di cantiere e un investimento di 3,8 milioni di euro, il Teatro Romano di Benevento torna a disposizione di cittadini e visitatori."
    last = "Il programma completo della stagione sarà presentato a Palazzo Mosti la prossima settimana."
    ps = [first + " La cerimonia di riapertura si è svolta nel tardo pomeriggio alla presenza del sindaco, del soprintendente e di numerose scolaresche.",
          "I lavori hanno riguardato il consolidamento della cavea, il rifacimento del sistema di drenaggio delle acque piovane e l'installazione di una nuova illuminazione scenografica a basso consumo. Durante gli scavi sono emersi anche alcuni frammenti di decorazione architettonica, ora esposti in una piccola sala all'ingresso.",
          "«È un giorno importante per tutta la città», ha dichiarato il sindaco, ricordando che il monumento era stato chiuso nel 2022 per problemi di sicurezza. Il soprintendente ha sottolineato la collaborazione con l'Università del Sannio, i cui studenti hanno partecipato alle campagne di rilievo.",
          "Da sabato il teatro sarà visitabile dal martedì alla domenica, dalle 9 alle 19, con biglietto ridotto per i residenti. Per l'estate è già in programma una rassegna di spettacoli classici in collaborazione con il festival Città Spettacolo.",
          last]
    body = f"""<body class="site com_content view-article no-layout no-task itemid-214">
<div class="cc-window cc-banner" role="dialog"><span class="cc-message">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti.</span><a class="cc-btn cc-allow">Accetto</a><a class="cc-btn cc-deny">Rifiuto</a></div>
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">Gazzetta del Sannio</span></a>
<div class="header-search pull-right"><div class="moduletable"><form action="/cronaca.html" method="post"><input name="searchword" class="inputbox search-query" type="search" placeholder="Cerca..."></form></div></div>
<div class="header-date">Domenica 13 ottobre 2024</div></div></header>
<nav class="navigation" role="navigation"><div class="moduletable_menu">{ul(["Home","Cronaca","Politica","Economia","Sport","Cultura","Provincia","Lettere al direttore"],"nav menu nav-pills mod-list")}</div></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Ti trovi qui: &#160;</li><li><a href="/" class="pathway">Home</a><span class="divider"> / </span></li><li><a href="/cronaca.html" class="pathway">Cronaca</a></li></ul></div>
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="it-IT">
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#">Stampa</a> <a class="btn" href="#">Email</a></div></div>
<dl class="article-info muted"><dt class="article-info-term">Dettagli</dt>
<dd class="createdby" itemprop="author">Scritto da <span itemprop="name">Antonella Ricci</span></dd>
<dd class="category-name">Categoria: <a href="/cronaca.html" itemprop="genre">Cronaca</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="2024-10-09T18:40:00+02:00" itemprop="datePublished">Pubblicato: Mercoledì, 09 Ottobre 2024 18:40</time></dd>
<dd class="modified"><span class="icon-calendar"></span><time datetime="2024-10-11T09:02:17+02:00" itemprop="dateModified">Ultima modifica il Venerdì, 11 Ottobre 2024 09:02</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1843">Visite: 1843</dd></dl>
<div class="pull-left item-image"><img src="/images/2024/10/teatro-romano.jpg" alt="Il Teatro Romano di Benevento" itemprop="image"><p class="img_caption">La cavea del Teatro Romano illuminata durante la cerimonia di riapertura</p></div>
<div itemprop="articleBody">
{paras(ps)}
</div>
<ul class="tags inline"><li><a href="#" class="label label-info">teatro romano</a></li><li><a href="#" class="label label-info">beni culturali</a></li></ul>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Prec</a></li><li class="next"><a href="#" rel="next">Succ &gt;</a></li></ul>
</div>
<div class="moduletable relateditems"><h3>Articoli correlati</h3>{ul(["Arco di Traiano, al via la pulizia del marmo","Museo del Sannio, ingresso gratuito la prima domenica del mese","Rocca dei Rettori, nuove date per le visite guidate"],"relateditems mod-list")}</div>
</main>
<aside class="span3"><div class="moduletable"><h3>I più letti</h3>{ul(["Incidente sulla Telesina, due feriti","Strega, la squadra prepara la trasferta di Potenza","Mercato di Santa Maria, cambiano gli orari","Montesarchio, nasce il distretto del commercio"],"mostread mod-list")}</div>
<div class="moduletable"><h3>Meteo</h3><p>Benevento: 21° sereno</p></div></aside></div>
<footer class="footer" role="contentinfo"><hr><p class="pull-right"><a href="#top" id="back-top">Torna su</a></p><p>&copy; 2024 Gazzetta del Sannio – Testata registrata presso il Tribunale di Benevento n. 4/2011 – P.IVA 01234560627</p></footer>
</div></div>
<script src="/media/jui/js/jquery.min.js?3c2e1f"></script>
</body>"""
    head = '<meta name="generator" content="Joomla! - Open Source Content Management">\n<base href="' + url + '">\n<meta name="author" content="Antonella Ricci">'
    doc = document(name, "it-it", "Benevento, riapre il Teatro Romano dopo due anni di restauri - Gazzetta del Sannio", head, body, "jm")
    register(name, doc, dict(url=url, language="it", title=title, published="2024-10-09", body_first=first, body_last=last,
        absent=["La cavea del Teatro Romano illuminata durante la cerimonia di riapertura", "Arco di Traiano, al via la pulizia del marmo",
                "Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti.", "Domenica 13 ottobre 2024",
                "Incidente sulla Telesina, due feriti"],
        notes="Joomla 3 protostar-style article: headline in h2 (no h1 on page). article-info dl with 'Pubblicato: Mercoledì, 09 Ottobre 2024 18:40' "
              "and later 'Ultima modifica' (11 Ottobre); header shows today's date 'Domenica 13 ottobre 2024' (crawl day) as a trap. Image caption, "
              "pager, related items."))


# 6 -------------------------------------------------------------- nl, municipality, no metadata
def p06():
    name = "nl_gemeente_persbericht"
    url = "https://www.zwolle-aan-zee.example/nieuws/nieuwe-fietsbrug-over-het-zwarte-water"
    title = "Gemeente start in maart met bouw van fietsbrug over het Zwarte Water"
    first = "De gemeente begint op maandag 10 maart met de bouw van een nieuwe fiets- en voetgangersbrug over het Zwarte Water tussen Holtenbroek en Stadshagen."
    last = "Meer informatie over de omleidingen staat vanaf eind februari op de projectpagina."
    ps = [first + " De brug moet in het voorjaar van 2026 klaar zijn.",
          "Met de nieuwe verbinding wordt de fietsroute tussen de twee wijken ruim twee kilometer korter. Volgens wethouder Mobiliteit is dat vooral goed nieuws voor scholieren: ‘Ruim 1.400 leerlingen fietsen elke dag van Stadshagen naar de scholen aan de andere kant van het water. Voor hen wordt de route veiliger en sneller.’",
          "De brug krijgt een lengte van 160 meter en een beweegbaar middendeel, zodat de scheepvaart geen hinder ondervindt. Het ontwerp is gekozen na een participatietraject waarin omwonenden konden meepraten over de vormgeving en de verlichting.",
          "Tijdens de bouw zijn het jaagpad en een deel van de Holtenbroekerdijk afgesloten voor verkeer. Fietsers worden omgeleid via de Twistvlietbrug.",
          "De kosten bedragen 14,6 miljoen euro, waarvan de provincie 5 miljoen bijdraagt. " + last]
    body = f"""<body class="page-news-item">
<div class="cookiebar" id="cookiebar"><p>Wij gebruiken alleen functionele en analytische cookies die geen persoonsgegevens verzamelen.</p><button class="cookiebar__close">Sluiten</button></div>
<div class="topbar"><div class="wrapper"><a href="/contact">Contact</a> | <a href="/english">English</a> | <a href="/mijn-loket">Mijn Loket</a> | Bel 14 038</div></div>
<header class="header"><div class="wrapper"><a class="header__logo" href="/"><img src="/static/img/logo-gemeente.svg" alt="Logo gemeente Zwolle aan Zee, naar de homepage"></a>
<form class="header__search" action="/zoeken"><label for="q" class="sr-only">Zoeken</label><input id="q" name="q" type="text" placeholder="Waar bent u naar op zoek?"><button>Zoeken</button></form></div>
<nav class="mainmenu">{ul(["Home","Paspoort en ID-kaart","Afval","Wonen en verbouwen","Werk en inkomen","Zorg","Parkeren","Bestuur","Nieuws"],"mainmenu__list")}</nav></header>
<div class="wrapper"><div class="breadcrumbs">U bent hier: <a href="/">Home</a> &gt; <a href="/nieuws">Nieuws</a> &gt; <span>Nieuwe fietsbrug</span></div>
<div class="columns"><div class="column column--main" id="content">
<h1>{esc(title)}</h1>
<div class="newsitem__meta">Persbericht | Datum: 21 januari 2025</div>
<div class="newsitem__intro"><strong>Na jaren van voorbereiding is de aannemer gekozen en ligt er een definitief ontwerp.</strong></div>
<div class="newsitem__image"><img src="/media/fietsbrug-impressie.jpg" alt=""><span class="caption">Impressie van de nieuwe fietsbrug gezien vanaf de Holtenbroekerdijk (beeld: Studio Brugwerk)</span></div>
<div class="newsitem__text">
{paras(ps)}
</div>
<div class="newsitem__footer"><p><strong>Noot voor de redactie, niet voor publicatie:</strong> voor vragen kunt u contact opnemen met de afdeling Communicatie via pers@zwolle-aan-zee.example of 038 498 22 00.</p></div>
<div class="share">Deel dit bericht: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-mail</a></div>
<div class="feedback"><p>Was deze informatie nuttig?</p><button>Ja</button><button>Nee</button></div>
</div>
<div class="column column--side"><div class="block"><h2>Ander nieuws</h2>
<ul class="newslist"><li><a href="#">Inloopavond over nieuwe woonwijk Breezicht</a><span class="date">20 januari 2025</span></li>
<li><a href="#">Gladheidsbestrijding: strooiroutes aangepast</a><span class="date">17 januari 2025</span></li>
<li><a href="#">Subsidie voor groene daken opnieuw open</a><span class="date">15 januari 2025</span></li></ul></div>
<div class="block"><h2>Agenda</h2><p>Raadsvergadering – 27 januari 2025, 19.30 uur</p></div></div></div></div>
<footer class="footer"><div class="wrapper"><div class="footer__cols"><div><h3>Contact</h3><p>Stadskantoor, Lubeckplein 2<br>Telefoon 14 038</p></div>
<div><h3>Over deze site</h3>{ul(["Privacyverklaring","Toegankelijkheid","Cookies","Proclaimer","Kwetsbaarheid melden"],"footer__list")}</div>
<div><h3>Volg ons</h3>{ul(["Facebook","Instagram","LinkedIn","WhatsApp"],"footer__social")}</div></div></div></footer>
<script src="/static/js/app.js"></script>
</body>"""
    doc = document(name, "nl", "Nieuwe fietsbrug over het Zwarte Water | Gemeente Zwolle aan Zee", "", body, "gem")
    register(name, doc, dict(url=url, language="nl", title=title, published="2025-01-21", body_first=first, body_last=last,
        absent=["Na jaren van voorbereiding is de aannemer gekozen en ligt er een definitief ontwerp.", "Noot voor de redactie, niet voor publicatie:",
                "Impressie van de nieuwe fietsbrug gezien vanaf de Holtenbroekerdijk", "Inloopavond over nieuwe woonwijk Breezicht",
                "Was deze informatie nuttig?", "Raadsvergadering – 27 januari 2025, 19.30 uur"],
        notes="Dutch municipal site (custom CMS), no OG/JSON-LD/time elements at all; only visible 'Persbericht | Datum: 21 januari 2025'. "
              "Body mentions 'maandag 10 maart' (future event), sidebar has other news dates and an agenda date. Bold intro = standfirst; "
              "'Noot voor de redactie' block is a sign-off."))


# 7 -------------------------------------------------------------- pl, paywalled regional
def p07():
    name = "pl_regional_paywall"
    url = "https://gazetapomorska.example/bydgoszcz-remont-mostu-kazimierza-wielkiego-opoznienie/ar/c1-18234511"
    title = "Remont mostu Kazimierza Wielkiego w Bydgoszczy potrwa dłużej. Kierowcy muszą uzbroić się w cierpliwość"
    first = "Miejscy urzędnicy przyznają, że zakończenie remontu mostu Kazimierza Wielkiego przesunie się co najmniej o trzy miesiące."
    last = "Wykonawca twierdzi, że opóźnienie wynika z konieczności wymiany większej liczby łożysk, niż zakładał projekt."
    ps = [first + " Pierwotnie przeprawa miała zostać w pełni otwarta dla ruchu w czerwcu.",
          "Jak poinformował rzecznik Zarządu Dróg Miejskich, podczas prac rozbiórkowych okazało się, że stan konstrukcji nośnej jest gorszy, niż wynikało z ekspertyz. Konieczne było wykonanie dodatkowych badań i przeprojektowanie części zbrojenia.",
          last]
    body = f"""<body class="article-page premium">
<div id="rodo-popup" class="rodo"><div class="rodo__content"><p>Szanowny Użytkowniku, zanim przejdziesz do serwisu, zapoznaj się z informacjami dotyczącymi przetwarzania Twoich danych osobowych.</p><button class="rodo__accept">Przejdź do serwisu</button></div></div>
<div class="atomsTopBar"><span>Bydgoszcz</span> <span class="weather">12°C</span> <a href="/prenumerata/">Kup prenumeratę</a> <a href="/logowanie/">Zaloguj się</a></div>
<header class="atomsHeader"><a href="/" class="atomsHeader__logo">Gazeta Pomorska</a>
<nav class="atomsNav">{ul(["Wiadomości","Bydgoszcz","Toruń","Inowrocław","Grudziądz","Sport","Kultura","Motofakty","Nieruchomości","Nekrologi"],"atomsNav__list")}</nav></header>
<div class="componentsNavigationBreadcrumbs"><a href="/">Strona główna</a> › <a href="/bydgoszcz/">Bydgoszcz</a> › <span>Wiadomości</span></div>
<main class="atomsLayout"><article class="atomsArticle">
<div class="atomsArticle__label"><span class="atomsTag atomsTag--premium">Premium</span> <span class="atomsTag">Komunikacja</span></div>
<h1 class="atomsArticleHead__title">{esc(title)}</h1>
<div class="atomsArticleHead__meta"><span class="author">Marek Nowicki</span>
<div class="dates"><span>Opublikowano: <time>04.06.2024, 06:00</time></span> <span>Aktualizacja: <time>05.06.2024, 11:47</time></span></div></div>
<p class="atomsArticle__lead"><strong>Utrudnienia w centrum Bydgoszczy potrwają co najmniej do jesieni. Wykonawca tłumaczy się złym stanem konstrukcji.</strong></p>
<figure class="atomsArticleImage"><img src="/static/img/most-kazimierza.jpg" alt=""><figcaption>Prace na moście trwają od października ubiegłego roku. <span class="source">Fot. Tomasz Czachorowski</span></figcaption></figure>
<div class="md atomsArticleBody">
{paras(ps)}
</div>
<div class="atomsPaywall"><div class="atomsPaywall__fade"></div><h3>Pozostało jeszcze 78% treści.</h3><p>Czytaj dalej ten artykuł i setki innych w serwisie. Dostęp Premium już od 1,90 zł za pierwszy miesiąc.</p><a class="btn" href="/prenumerata/">Kup dostęp</a> <a href="/logowanie/">Mam już dostęp – zaloguj się</a></div>
<div class="atomsShare"><a href="#">Udostępnij na Facebooku</a> <a href="#">Skopiuj link</a></div>
</article>
<aside class="atomsAside"><div class="atomsBox"><h3>Najczęściej czytane</h3>{ul(["Nowe rondo na Fordonie. Kiedy koniec prac?","Zmiany w rozkładzie tramwajów od 10 czerwca","Pożar hali w Solcu Kujawskim","Tak wygląda nowy dworzec w Toruniu"],"atomsList")}</div>
<div class="atomsBox"><h3>Polecane</h3>{ul(["Bydgoszcz: Wyspa Młyńska zaprasza na Festiwal Wisły","Matury 2024 – odpowiedzi i arkusze"],"atomsList")}</div></aside></main>
<div class="atomsComments"><h3>Komentarze (14)</h3><p class="info">Komentowanie artykułów jest możliwe wyłącznie dla zalogowanych Użytkowników.</p>
<div class="comment"><b>bydgoszczanin</b> <span>2024-06-04 07:15</span><p>Jak zawsze. Termin to u nas tylko sugestia.</p></div></div>
<footer class="atomsFooter">{ul(["O nas","Regulamin","Polityka prywatności","Kontakt z redakcją","Reklama","Mapa strony"],"atomsFooter__list")}<p>© 2024 Polska Press Sp. z o.o.</p></footer>
<script>window.__paywall={{"type":"metered","remaining":0}};</script>
</body>"""
    head = "\n".join([og(url, "Remont mostu Kazimierza Wielkiego potrwa dłużej. Będą kolejne utrudnienia", "Gazeta Pomorska"),
                      '<meta name="robots" content="max-image-preview:large">'])
    doc = document(name, "pl", "Remont mostu Kazimierza Wielkiego potrwa dłużej. Będą kolejne utrudnienia | Gazeta Pomorska", head, body, "atoms")
    register(name, doc, dict(url=url, language="pl", title=title, published="2024-06-04", body_first=first, body_last=last,
        absent=["Utrudnienia w centrum Bydgoszczy potrwają co najmniej do jesieni.", "Pozostało jeszcze 78% treści.",
                "Prace na moście trwają od października ubiegłego roku.", "Jak zawsze. Termin to u nas tylko sugestia.",
                "Nowe rondo na Fordonie. Kiedy koniec prac?", "Szanowny Użytkowniku, zanim przejdziesz do serwisu"],
        notes="Polish regional paywalled article: only 3 paragraphs visible, then a paywall box. body_last = last paragraph before the paywall. "
              "Visible 'Opublikowano: 04.06.2024, 06:00' and 'Aktualizacja: 05.06.2024, 11:47'; no machine-readable date. og:title is a different SEO "
              "title. RODO consent popup, comment dated 2024-06-04 07:15."))


# 8 -------------------------------------------------------------- cs, university newsroom
def p08():
    name = "cs_univerzita_zpravy"
    url = "https://www.univerzita-brno.example/zpravy/vedci-vyvinuli-senzor-pro-vcasne-odhaleni-sucha"
    title = "Vědci vyvinuli levný senzor, který pomůže zemědělcům včas odhalit sucho"
    first = "Tým z Přírodovědecké fakulty vyvinul půdní senzor, který dokáže průběžně měřit vlhkost v několika hloubkách a data bezdrátově odesílat do mobilní aplikace."
    last = "Zájemci z řad zemědělců se mohou do pilotního provozu přihlásit do konce června."
    ps = [first + " Jeho výroba přitom stojí méně než tisíc korun.",
          "„Komerční sondy jsou přesné, ale pro menší farmy často příliš drahé. Chtěli jsme nabídnout řešení, které si může dovolit každý,“ vysvětluje vedoucí výzkumné skupiny. Senzor využívá kapacitní měření a je napájen malým solárním panelem.",
          "Prototypy byly loni testovány na dvaceti polích na jižní Moravě. Naměřené hodnoty se od referenčních přístrojů lišily v průměru o méně než tři procenta.",
          "Na vývoji se podíleli také studenti magisterského oboru Environmentální informatika, kteří navrhli aplikaci i algoritmus, jenž z dat předpovídá nástup sucha až deset dní dopředu.",
          "Univerzita nyní jedná se dvěma firmami o licenci a sériové výrobě. " + last]
    body = f"""<body class="cms-news-detail">
<div class="cookie-consent" data-cookie-consent><p>Používáme soubory cookies k zajištění funkčnosti webu a k analýze návštěvnosti.</p><button>Povolit vše</button><button>Odmítnout</button><a href="/cookies">Nastavení</a></div>
<header class="hdr"><div class="hdr__inner"><a class="hdr__logo" href="/">Univerzita Brno</a>
<div class="hdr__lang"><a href="/en/news/">EN</a></div>
<nav class="m-main">{ul(["Studium","Věda a výzkum","Fakulty","Spolupráce","O univerzitě","Zprávy","Kariéra"],"m-main__list")}</nav></div></header>
<div class="b-breadcrumb"><a href="/">Úvod</a> <span>/</span> <a href="/zpravy/">Zprávy</a> <span>/</span> <span>Věda</span></div>
<main id="main" class="main"><div class="grid"><div class="grid__cell size--l--8-12">
<article class="b-detail">
<p class="b-detail__annot-label">Věda a výzkum</p>
<h1 class="b-detail__title">{esc(title)}</h1>
<p class="b-detail__meta"><span class="b-detail__date">středa 15. 5. 2024</span> <span class="b-detail__author">Text: Jana Horáková</span> <span class="b-detail__read">Čtení na 3 minuty</span></p>
<div class="b-detail__annot"><p>Zařízení za méně než tisíc korun měří vlhkost půdy a předpovídá nástup sucha až deset dní dopředu.</p></div>
<figure class="b-detail__img"><img src="/media/senzor-pole.jpg" alt=""><figcaption>Senzor na zkušebním poli u Hustopečí. Foto: Archiv výzkumné skupiny</figcaption></figure>
<div class="b-detail__content">
{paras(ps)}
</div>
<div class="b-detail__contact"><h2>Kontakt pro média</h2><p>Oddělení komunikace, tel. 549 49 1111, media@univerzita-brno.example</p></div>
<div class="b-share"><span>Sdílet:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a></div>
</article>
<section class="b-related"><h2>Mohlo by vás zajímat</h2>
<div class="c-news"><article class="c-news__item"><p class="c-news__date">13. 5. 2024</p><h3><a href="#">Studentka získala ocenění za výzkum mikroplastů</a></h3></article>
<article class="c-news__item"><p class="c-news__date">10. 5. 2024</p><h3><a href="#">Den otevřených laboratoří přilákal tisíc návštěvníků</a></h3></article>
<article class="c-news__item"><p class="c-news__date">7. 5. 2024</p><h3><a href="#">Nová posluchárna je otevřena</a></h3></article></div></section>
</div>
<aside class="grid__cell size--l--4-12"><div class="b-box"><h2>Události</h2><p>Konference Voda v krajině – 22. 5. 2024</p><p>Promoce PřF – 28. 5. 2024</p></div>
<div class="b-box b-box--newsletter"><h2>Newsletter</h2><p>Jednou měsíčně to nejzajímavější z univerzity do vaší schránky.</p></div></aside></div></main>
<footer class="footer"><div class="footer__inner">{ul(["Úřední deska","Kontakty","Ochrana osobních údajů","Přístupnost","Mapa webu"],"footer__list")}<p>© 2024 Univerzita Brno</p></div></footer>
</body>"""
    head = og(url, title, "Univerzita Brno", extra={"article:modified_time": "2024-05-16T08:30:00+02:00"})
    doc = document(name, "cs", "Vědci vyvinuli levný senzor, který pomůže zemědělcům včas odhalit sucho — Univerzita Brno", head, body, "b")
    register(name, doc, dict(url=url, language="cs", title=title, published="2024-05-15", body_first=first, body_last=last,
        absent=["Zařízení za méně než tisíc korun měří vlhkost půdy a předpovídá nástup sucha až deset dní dopředu.", "Kontakt pro média",
                "Senzor na zkušebním poli u Hustopečí.", "Studentka získala ocenění za výzkum mikroplastů",
                "Jednou měsíčně to nejzajímavější z univerzity do vaší schránky.", "Konference Voda v krajině – 22. 5. 2024"],
        notes="University newsroom. Visible date 'středa 15. 5. 2024' (Czech weekday, spaced day-first numerals); only machine date is "
              "article:modified_time 2024-05-16. Annotation paragraph = standfirst. Related news and events with other dates."))


# 9 -------------------------------------------------------------- sv, Ghost local news
def p09():
    name = "sv_ghost_lokalnytt"
    url = "https://lokaltidningen-gotland.example/farjetrafiken-stalls-in-under-paskhelgen/"
    title = "Färjetrafiken ställs in under påskhelgen – hundratals resenärer drabbas"
    first = "Samtliga avgångar mellan Visby och Nynäshamn på långfredagen ställs in efter ett maskinhaveri på en av rederiets fartyg."
    last = "Rederiet räknar med att trafiken är tillbaka enligt ordinarie tidtabell på påskdagen."
    ps = [first + " Det bekräftar rederiets presschef för Lokaltidningen.",
          "Felet upptäcktes under en rutinkontroll på tisdagskvällen, och enligt rederiet går det inte att få fram reservdelar före helgen. Ett ersättningsfartyg är inhyrt från Finland men kan tidigast sättas in på lördagen.",
          "Omkring 900 resenärer med bokade biljetter kontaktas via sms och erbjuds ombokning utan kostnad eller full återbetalning. Den som har en hotellbokning på fastlandet eller ön kan ansöka om ersättning för merkostnader.",
          "Besöksnäringen på ön är bekymrad. ”Påsken är startskottet för säsongen och många har planerat sina öppningar efter den”, säger en hotellägare i Visby innerstad.",
          last]
    body = f"""<body class="post-template tag-trafik tag-visby">
<div class="gh-viewport">
<div class="consent-banner"><p>Vi använder kakor för statistik. Läs mer i vår integritetspolicy.</p><button>Okej</button></div>
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Lokaltidningen Gotland</a></div>
<nav class="gh-head-menu">{ul(["Nyheter","Visby","Sport","Kultur","Åsikt","Tips oss"],"nav")}</nav>
<div class="gh-head-actions"><a class="gh-head-btn gh-btn gh-primary-btn" href="#/portal/signup" data-portal="signup">Prenumerera</a></div></div></header>
<main id="site-main" class="site-main">
<article class="article post tag-trafik">
<header class="article-header gh-canvas">
<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/trafik/">Trafik</a></span></section>
<h1 class="article-title">{esc(title)}</h1>
<p class="article-excerpt">Maskinhaveri stoppar långfredagens avgångar – ersättningsfartyg först på lördag.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/elin/" class="author-avatar">Elin Sjöberg</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/elin/">Elin Sjöberg</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-27">27 mars 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min läsning</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2024/03/farja-visby.jpg" alt="Färja i Visby hamn"><figcaption>Färjan vid kaj i Visby hamn. Arkivbild: Lokaltidningen</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{paras(ps)}
</section>
<section class="article-comments gh-canvas"><div class="gh-comments"><h3>3 kommentarer</h3><div class="comment"><strong>Lars V</strong> <span>28 mars</span><p>Typiskt att det händer just i påsk.</p></div></div></section>
</article>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Läs mer</h3>
<article class="post-card"><a href="#"><h2 class="post-card-title">Nya cykelbanan längs Strandvägen klar i maj</h2></a><time datetime="2024-03-25">25 mars 2024</time></article>
<article class="post-card"><a href="#"><h2 class="post-card-title">Flygtrafiken till Visby ökar i sommar</h2></a><time datetime="2024-03-21">21 mars 2024</time></article>
<article class="post-card"><a href="#"><h2 class="post-card-title">Rekordmånga sökte till Uppsala universitet Campus Gotland</h2></a><time datetime="2024-03-19">19 mars 2024</time></article></div></aside>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Få nyheterna från Gotland direkt i mejlen</h2><a class="footer-cta-button" href="#/portal">Ange din e-post <span>Prenumerera</span></a></div></section>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Lokaltidningen Gotland</a> &copy; 2024</section>
<nav class="site-footer-nav">{ul(["Om oss","Annonsera","Integritet","Kontakt"],"nav")}</nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="/" defer></script>
</body>"""
    head = "\n".join(['<meta name="generator" content="Ghost 5.80">', og(url, title, "Lokaltidningen Gotland",
                      extra={"article:published_time": "2024-03-27T16:45:11.000Z", "article:modified_time": "2024-03-28T06:02:39.000Z"}),
                      jsonld({"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": "2024-03-27T16:45:11.000Z",
                              "dateModified": "2024-03-28T06:02:39.000Z", "publisher": {"@type": "Organization", "name": "Lokaltidningen Gotland"}})])
    doc = document(name, "sv", title + " – Lokaltidningen Gotland", head, body, "gh")
    register(name, doc, dict(url=url, language="sv", title=title, published="2024-03-27", body_first=first, body_last=last,
        absent=["Maskinhaveri stoppar långfredagens avgångar – ersättningsfartyg först på lördag.", "Färjan vid kaj i Visby hamn.",
                "Typiskt att det händer just i påsk.", "Nya cykelbanan längs Strandvägen klar i maj", "Få nyheterna från Gotland direkt i mejlen",
                "Vi använder kakor för statistik."],
        notes="Ghost (Casper-like theme) with consistent metadata: published 2024-03-27 (UTC 16:45 = 17:45 CET, same day), modified 28 March. "
              "Custom excerpt = standfirst. Read-more cards carry <time> elements with earlier dates."))


# 10 ------------------------------------------------------------- da, old table layout
def p10():
    name = "da_table_layout"
    url = "http://www.vestjyskdagblad.example/cgi-bin/artikel.pl?id=20240308-114&sektion=lokalt"
    title = "Skolen i Thyborøn får lov at fortsætte – byrådet vendte på en tallerken"
    first = "Efter flere måneders protester fra forældre og fiskeriets folk har et flertal i byrådet i aftes besluttet at bevare skolen i Thyborøn."
    last = "Forældrebestyrelsen vil nu gå i gang med at planlægge en fejring i skolegården på mandag."
    ps = [first + " Forslaget om at samle overbygningen i Lemvig blev dermed trukket tilbage.",
          "Beslutningen kom efter en lang debat, hvor flere byrådsmedlemmer fra flertallet meldte, at de havde skiftet holdning efter borgermødet i februar. Over 400 borgere mødte dengang op i hallen.",
          "– Vi har lyttet. En by uden skole er en by, der langsomt dør, sagde formanden for børne- og skoleudvalget under mødet.",
          "Besparelsen på knap 3,1 millioner kroner om året skal i stedet findes ved at reducere udgifterne til administration og ved at udskyde renoveringen af rådhusets sal.",
          last]
    rows = "".join(f'<tr><td class="small"><a href="/cgi-bin/artikel.pl?id={i}">{t}</a> <font color="#888888">({d})</font></td></tr>' for i, (t, d) in enumerate(
        [("Havneudvidelse i Thyborøn godkendt", "7. marts"), ("Storm lukker færgen til Agger", "6. marts"), ("Ny direktør på fiskeauktionen", "5. marts"), ("Lemvig: Biblioteket får nye åbningstider", "4. marts")]))
    body = f"""<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<div id="cookieinfo" style="background:#ffffcc;padding:4px;font-size:11px">Vi bruger cookies for at huske dine indstillinger. <a href="/cookies.html">Læs mere</a> | <a href="#" onclick="hide()">OK</a></div>
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><a href="/"><img src="/gfx/logo_vjd.gif" width="400" height="70" border="0" alt="Vestjysk Dagblad"></a></td></tr>
<tr><td colspan="3" bgcolor="#003366" class="topmenu"><font color="#ffffff" face="Verdana" size="1"><a href="/">Forside</a> | <a href="/lokalt/">Lokalt</a> | <a href="/sport/">Sport</a> | <a href="/erhverv/">Erhverv</a> | <a href="/kultur/">Kultur</a> | <a href="/debat/">Debat</a> | <a href="/doedsfald/">Dødsfald</a> | <a href="/arkiv/">Arkiv</a></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#eeeeee" class="leftcol">
<table width="100%" cellpadding="4"><tr><td><b>Sektioner</b></td></tr><tr><td><a href="#">Lemvig</a><br><a href="#">Thyborøn</a><br><a href="#">Harboøre</a><br><a href="#">Bøvling</a><br><a href="#">Struer</a></td></tr></table>
<table width="100%" cellpadding="4"><tr><td><b>Vejret</b><br>6 grader, blæst fra vest</td></tr></table></td>
<td width="600" valign="top" class="maincol"><table width="100%" cellpadding="8"><tr><td>
<font face="Georgia" size="2" color="#666666">LOKALT &gt; THYBORØN</font><br>
<font face="Georgia" size="5"><b>{esc(title)}</b></font><br>
<font face="Verdana" size="1" color="#666666">Fredag den 8. marts 2024 kl. 05:30 &nbsp;|&nbsp; Af Søren Kjær Madsen</font><br><br>
<font face="Verdana" size="2"><b>Et flertal i byrådet droppede i aftes planen om at lukke overbygningen.</b></font><br><br>
<table align="right" width="240" cellpadding="4"><tr><td><img src="/billeder/2024/03/skole_thyboroen.jpg" width="232" height="160"><br><font size="1"><i>Forældre demonstrerede foran rådhuset før mødet. Foto: Jens Bach</i></font></td></tr></table>
<font face="Verdana" size="2">
{first} {ps[0][len(first)+1:]}<br><br>
{ps[1]}<br><br>
{ps[2]}<br><br>
{ps[3]}<br><br>
{last}<br><br>
</font>
<font face="Verdana" size="1"><a href="javascript:window.print()">Udskriv</a> | <a href="/cgi-bin/tip.pl?id=20240308-114">Send til en ven</a></font>
</td></tr></table>
<table width="100%" cellpadding="8"><tr><td><b>Flere nyheder fra Thyborøn</b></td></tr>{rows}</table>
</td>
<td width="220" valign="top" class="rightcol"><table width="100%" cellpadding="4"><tr><td><b>Mest læste</b></td></tr>
<tr><td><a href="#">Brand i fiskeindustri på Havnevej</a><br><a href="#">Lemvig Håndbold vandt derbyet</a><br><a href="#">Rådhuset skifter navn</a></td></tr></table>
<table width="100%" cellpadding="4"><tr><td bgcolor="#f4f4f4"><b>Annonce</b><br>Tilbud i Thyborøn Brugs – se ugens avis</td></tr></table></td></tr>
<tr><td colspan="3" align="center" bgcolor="#003366"><font color="#ffffff" size="1">Vestjysk Dagblad · Ansv. chefredaktør: Hanne Lund · Tlf. 96 63 00 00 · Copyright © 1998-2024</font></td></tr>
</table>
<script language="JavaScript">function hide(){{document.getElementById('cookieinfo').style.display='none';}}</script>
</body>"""
    head = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="keywords" content="Thyborøn, skole, byråd, Lemvig">'
    doc = document(name, "da", "Vestjysk Dagblad - Lokalt - Skolen i Thyborøn får lov at fortsætte", head, body, "vjd")
    register(name, doc, dict(url=url, language="da", title=title, published="2024-03-08", body_first=first, body_last=last,
        absent=["Et flertal i byrådet droppede i aftes planen om at lukke overbygningen.", "Forældre demonstrerede foran rådhuset før mødet.",
                "Havneudvidelse i Thyborøn godkendt", "Vi bruger cookies for at huske dine indstillinger.", "Tilbud i Thyborøn Brugs – se ugens avis",
                "Send til en ven"],
        notes="Old nested-table layout with <font> tags and <br><br> instead of <p>; no headings, no metadata. Headline is a bold <font size=5>; "
              "section kicker 'LOKALT > THYBORØN'. Date only as 'Fredag den 8. marts 2024 kl. 05:30'. Copyright range 1998-2024 in footer."))


for f in [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10]:
    f()
