from common import *

@register
def p01():
    name = "wp_county_courier"
    url = "https://www.millbrookcourier.example/2024/03/04/school-board-approves-later-start-times/"
    title = "School board approves later start times for Millbrook high schools"
    paras = [
        "Students at Millbrook's two public high schools will start class 50 minutes later next fall after the county school board voted 5-2 on Monday night to shift the opening bell from 7:20 a.m. to 8:10 a.m.",
        "The decision followed nearly a year of surveys, listening sessions and a transportation study that board members said had been the hardest part of the puzzle.",
        "&ldquo;We heard from parents, we heard from coaches, and most of all we heard from students who are falling asleep in first period,&rdquo; said board chair Loretta Okafor, who voted in favor.",
        "The two members who voted against the change, Dwight Pelham and Ana Ruiz, both cited the cost of adding eleven bus routes, which the district's operations office estimates at $1.4 million a year.",
        "Under the approved plan, elementary schools will move slightly earlier, to 8:00 a.m., so that buses can run a staggered three-tier schedule instead of the current two tiers.",
        "Athletic directors warned that later dismissal would push some away games into the evening, and the board asked staff to return in May with a proposal for early release on game days.",
        "Several students spoke during public comment, including junior Marcus Bell, who told the board he had been waking up at 5:45 a.m. to catch his bus since ninth grade.",
        "The new schedule takes effect on the first day of the 2024-25 school year, Aug. 19.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>School board approves later start times for Millbrook high schools &#8211; Millbrook County Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="School board approves later start times for Millbrook high schools">
<meta property="og:site_name" content="Millbrook County Courier">
<meta property="article:published_time" content="2024-03-04T23:40:12-05:00">
<meta property="article:modified_time" content="2024-03-05T09:02:44-05:00">
<link rel="stylesheet" id="courier-style-css" href="/wp-content/themes/courier-news/style.css?ver=3.2.1" media="all">
<style>{FILLER_CSS}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","name":"Millbrook County Courier","url":"https://www.millbrookcourier.example/"}},{{"@type":"NewsArticle","headline":"School board approves later start times for Millbrook high schools","datePublished":"2024-03-04T23:40:12-05:00","dateModified":"2024-03-05T09:02:44-05:00","author":{{"@type":"Person","name":"Jenna Whitlock"}}}}]}}</script>
</head>
<body class="post-template-default single single-post postid-48211 single-format-standard wp-embed-responsive">
<div id="cookie-notice" class="cookie" role="dialog"><span class="cn-text">We use cookies to ensure that we give you the best experience on our website.</span> <a href="#" class="cn-accept">Ok</a> <a href="/privacy-policy/">Privacy policy</a></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="top-bar"><span class="weather">Millbrook 41&deg;F Cloudy</span> <span class="today">Tuesday, March 5, 2024</span> <a href="/subscribe/">Subscribe</a> <a href="/e-edition/">e-Edition</a></div>
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Millbrook County Courier</a></p><p class="site-description">Serving Millbrook County since 1889</p></div>
<nav id="site-navigation" class="main-navigation nav-primary">{ul(["News","Schools","Sports","Business","Opinion","Obituaries","Events","Classifieds"], "menu")}</nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish category-education">
<header class="entry-header">
<span class="cat-links"><a href="/category/education/" rel="category tag">Education</a></span>
<h1 class="entry-title">School board approves later start times for Millbrook high schools</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/jwhitlock/">Jenna Whitlock</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2024-03-04T23:40:12-05:00">March 4, 2024</time><time class="updated" datetime="2024-03-05T09:02:44-05:00">March 5, 2024</time></span></div>
</header>
<figure class="wp-block-image post-thumbnail"><img src="/wp-content/uploads/2024/03/board-meeting-1024x683.jpg" alt="" width="1024" height="683"><figcaption>Parents fill the Millbrook County Schools boardroom during Monday&#8217;s meeting. (Photo by Ray Dunmore / Courier)</figcaption></figure>
<div class="entry-content">
{ps(paras[:3])}
<aside class="wp-block-pullquote"><blockquote><p>&ldquo;Most of all we heard from students who are falling asleep in first period.&rdquo;</p><cite>Loretta Okafor, board chair</cite></blockquote></aside>
{ps(paras[3:6])}
<div class="courier-inline-related"><strong>Related:</strong> <a href="/2024/02/12/bus-driver-shortage-eases/">Bus driver shortage eases as district raises hourly pay</a></div>
{ps(paras[6:])}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/school-board/">school board</a>, <a href="/tag/transportation/">transportation</a></span>
<div class="share share-buttons"><a href="#" class="share-facebook">Share on Facebook</a> <a href="#" class="share-x">Post on X</a> <a href="#" class="share-email">Email this story</a></div></footer>
<div class="author-box"><h3>About the author</h3><p>Jenna Whitlock covers education and county government for the Courier. Reach her at 555-0142.</p></div>
</article>
<section class="related-posts"><h2>More from Education</h2>
<ul><li><a href="/2024/02/28/">Millbrook teachers union ratifies three-year contract</a> <span>February 28, 2024</span></li>
<li><a href="/2024/02/20/">Science fair winners head to state competition</a> <span>February 20, 2024</span></li>
<li><a href="/2024/02/12/">Bus driver shortage eases as district raises hourly pay</a> <span>February 12, 2024</span></li></ul></section>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;School board approves later start times for Millbrook high schools&rdquo;</h2>
<ol class="comment-list comments">
<li class="comment"><b class="fn">Tom H.</b> <a href="#c1"><time datetime="2024-03-05T06:12:00-05:00">March 5, 2024 at 6:12 am</time></a><p>Finally. My daughter has been a zombie for three years.</p></li>
<li class="comment"><b class="fn">Grace L.</b> <a href="#c2"><time datetime="2024-03-05T07:30:00-05:00">March 5, 2024 at 7:30 am</time></a><p>Who is paying for eleven more buses? Not mentioned once at the meeting.</p></li>
<li class="comment"><b class="fn">coachb</b> <a href="#c3"><time datetime="2024-03-05T08:02:00-05:00">March 5, 2024 at 8:02 am</time></a><p>Away games are going to be a nightmare.</p></li></ol></div>
</main></div>
<aside id="secondary" class="widget-area sidebar">
<section class="widget"><h3 class="widget-title">Most Read</h3>{ul(["Route 9 bridge closes for repairs through June","Obituary: Harold Fenwick, 91","Diner on Main Street changes hands after 40 years"], "related")}</section>
<section class="widget newsletter"><h3 class="widget-title">Morning Briefing</h3><p>Get the day's top Millbrook stories in your inbox every weekday at 6 a.m.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</aside>
</div>
<footer id="colophon" class="site-footer footer"><nav>{ul(["About Us","Contact","Advertise","Submit a Letter","Corrections","Terms of Use","Privacy Policy"])}</nav>
<p>&copy; 2024 Millbrook County Courier. All rights reserved. Proudly powered by WordPress.</p></footer>
</div>
</body></html>"""
    write(name, html, dict(url=url, language="en", title=title, published="2024-03-04",
        body_first=paras[0], body_last=paras[-1],
        absent=["Parents fill the Millbrook County Schools boardroom during Monday’s meeting.",
                "Bus driver shortage eases as district raises hourly pay",
                "Finally. My daughter has been a zombie for three years.",
                "Jenna Whitlock covers education and county government for the Courier.",
                "Get the day's top Millbrook stories in your inbox every weekday at 6 a.m.",
                "We use cookies to ensure that we give you the best experience on our website."],
        notes="WordPress news theme. article:published_time 23:40 -05:00 is March 5 in UTC; local day March 4 (also printed). Top bar shows today's date (March 5), updated time March 5, comments March 5. Title tag carries site name; category kicker 'Education'. Pull quote repeats a body quote in shorter form."))

@register
def p02():
    name = "typo3_regionalzeitung_paywall"
    url = "https://www.oberland-bote.example/lokales/weilheim/gemeinderat-streitet-ueber-windpark-am-hohen-ranken-art-77120.html"
    title_html = "Gemeinde&shy;rat streitet über Wind&shy;park am Hohen Ranken"
    title = "Gemeinde\u00adrat streitet über Wind\u00adpark am Hohen Ranken"
    paras = [
        "Der geplante Windpark am Hohen Ranken spaltet den Gemeinderat von Weilheim-Eberfing.",
        "In der Sitzung am Montagabend stritten die Fraktionen fast drei Stunden lang über die fünf Anlagen, die ein Bürgerenergie-Verein aus dem Nachbarlandkreis errichten möchte.",
        "Bürgermeisterin Renate Hölzl (Freie Wähler) warb für das Projekt: Die Gemeinde könne über eine Beteiligung jährlich bis zu 180.000 Euro einnehmen, sagte sie.",
        "Die CSU-Fraktion verlangte dagegen ein unabhängiges Gutachten zum Vogelschutz, weil am Hang nach Angaben von Naturschützern ein Rotmilanpaar brütet.",
        "Zuhörer im vollen Sitzungssaal quittierten beide Seiten mit Applaus und Zwischenrufen, sodass Hölzl die Sitzung einmal für zehn Minuten unterbrechen musste.",
        "Eine Entscheidung fiel am Ende nicht: Der Rat vertagte die Abstimmung mit elf zu neun Stimmen auf die Dezembersitzung.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="de-DE" dir="ltr">
<head>
<meta charset="utf-8">
<!-- This website is powered by TYPO3 - inspiring people to share! -->
<title>Weilheim: Gemeinderat streitet über Windpark am Hohen Ranken | Oberland-Bote</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="description" content="Fünf Windräder, drei Stunden Debatte, keine Entscheidung: Der Gemeinderat vertagt den Windpark.">
<meta property="og:title" content="Windpark am Hohen Ranken: Gemeinderat vertagt Entscheidung">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-4f3a2b1c9d.css" media="all">
<style>{FILLER_CSS}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Gemeinderat streitet über Windpark am Hohen Ranken","datePublished":"2019-11-05T06:00:00+01:00","dateModified":"2019-11-06T14:31:00+01:00","isAccessibleForFree":"False","hasPart":{{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall-content"}},"publisher":{{"@type":"Organization","name":"Oberland-Bote"}}}}</script>
</head>
<body id="p77120" class="page-article">
<div class="cmp-banner cookie" id="consent"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung zu messen.</p><button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<header class="site-header"><a class="logo" href="/"><img src="/fileadmin/logo-oberlandbote.svg" alt="Oberland-Bote"></a>
<nav class="nav-primary">{ul(["Lokales","Bayern","Politik","Wirtschaft","Sport","Kultur","Anzeigen","E-Paper"], "", "/")}</nav>
<div class="abo-link"><a href="/abo">OB+ testen</a> | <a href="/login">Anmelden</a></div></header>
<nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/lokales/">Lokales</a></li><li><a href="/lokales/weilheim/">Weilheim</a></li><li>Gemeinderat streitet über Windpark</li></ol></nav>
<main id="content" class="main">
<div id="c20411" class="frame frame-default frame-type-news_newsdetail">
<div class="news news-single"><div class="article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="header">
<span class="news-kicker">Weilheim</span> <span class="plus-badge">OB+</span>
<h1 itemprop="headline">{title_html}</h1>
</div>
<div class="news-list-date"><span class="dateline">Di., 05.11.2019, 06:00 Uhr</span> · <span class="author">Von Korbinian Staudacher</span></div>
<div class="teaser-text lead"><p>Fünf Windräder, drei Stunden Debatte, keine Entscheidung: Warum das Projekt am Hohen Ranken die Gemeinde spaltet.</p></div>
<div class="news-img-wrap"><figure><img src="/fileadmin/_processed_/windpark-ranken.jpg" alt="Hang am Hohen Ranken"><figcaption>Am Hang oberhalb von Eberfing sollen fünf Anlagen entstehen. Foto: Archiv/Staudacher</figcaption></figure></div>
<div class="news-text-wrap article-body" itemprop="articleBody">
{ps(paras[:2])}
<div class="paywall-content">
{ps(paras[2:])}
</div>
</div>
<div class="paywall-box"><p><strong>Weiterlesen mit OB+</strong></p><p>Jetzt 4 Wochen für 0,99 € testen. Danach 9,99 € monatlich, jederzeit kündbar.</p><a href="/abo">Jetzt testen</a></div>
<p class="news-update">Aktualisiert: Mi., 06.11.2019, 14:31 Uhr</p>
<div class="share"><a href="#">Teilen</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div>
</div></div></div>
<section class="related"><h2>Mehr aus Weilheim</h2>
<ul><li><a href="/art-77002.html">Bürgerenergie-Verein stellt Pläne für fünf Windräder vor</a> <span>28.10.2019</span></li>
<li><a href="/art-76881.html">Neue Kinderkrippe in Eberfing eröffnet im Frühjahr</a> <span>21.10.2019</span></li>
<li><a href="/art-76720.html">Leonhardifahrt: Diese Straßen sind am Sonntag gesperrt</a> <span>14.10.2019</span></li></ul></section>
</main>
<aside class="sidebar"><h3>Meistgelesen</h3>{ul(["Unfall auf der B2: Motorradfahrer schwer verletzt","Metzgerei Huber schließt nach 112 Jahren","Eishalle öffnet verspätet"], "related")}
<div class="newsletter"><h3>Der Oberland-Newsletter</h3><p>Jeden Morgen die wichtigsten Nachrichten aus der Region – kostenlos in Ihr Postfach.</p></div></aside>
<footer class="footer"><nav>{ul(["Impressum","Datenschutz","AGB","Kontakt","Mediadaten","Leserservice","Cookie-Einstellungen"])}</nav><p>© Oberland-Bote Verlags GmbH 2019</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="de", title=title, published="2019-11-05",
        body_first=paras[0], body_last=paras[-1],
        absent=["Fünf Windräder, drei Stunden Debatte, keine Entscheidung: Warum das Projekt am Hohen Ranken die Gemeinde spaltet.",
                "Am Hang oberhalb von Eberfing sollen fünf Anlagen entstehen.",
                "Jetzt 4 Wochen für 0,99 € testen.",
                "Aktualisiert: Mi., 06.11.2019, 14:31 Uhr",
                "Bürgerenergie-Verein stellt Pläne für fünf Windräder vor",
                "Jeden Morgen die wichtigsten Nachrichten aus der Region – kostenlos in Ihr Postfach."],
        notes="TYPO3 news extension, regional paper with paywall (paywall text included in HTML, marked via JSON-LD hasPart). Headline contains soft hyphens (&shy;); <title> prefixes place name and appends site; og:title is a different SEO title; kicker 'Weilheim' and 'OB+' badge. Date day-first German with weekday; update note next day."))

@register
def p03():
    name = "drupal_quotidien_minuit"
    url = "https://www.lecourrier-alpin.example/societe/2024/06/12/grenoble-la-piscine-jean-bron-fermera-tout-l-ete"
    title = "Grenoble : la piscine Jean-Bron fermera tout l’été pour travaux"
    paras = [
        "Mauvaise nouvelle pour les nageurs grenoblois : la piscine Jean-Bron, l’un des trois bassins couverts de la ville, restera fermée de début juillet à la mi-septembre.",
        "La municipalité l’a confirmé mardi soir, à l’issue d’un conseil d’exploitation qui s’est prolongé tard dans la nuit.",
        "En cause, une fuite importante détectée au printemps sous le grand bassin, qui a fait perdre jusqu’à quarante mètres cubes d’eau par jour selon les services techniques.",
        "« Nous n’avions pas le choix, la structure doit être vérifiée avant la rentrée scolaire », a expliqué l’adjointe aux sports, Claire Ménétrier.",
        "Les clubs de natation et de plongée qui s’entraînent habituellement à Jean-Bron seront redirigés vers la piscine Chorier-Berriat, dont les horaires seront élargis le soir.",
        "Le coût des travaux est estimé à 1,2 million d’euros, dont une partie pourrait être prise en charge par la métropole.",
        "La réouverture est annoncée pour le lundi 16 septembre, sous réserve que le chantier ne révèle pas d’autres désordres.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<title>Grenoble : la piscine Jean-Bron fermera tout l’été pour travaux | Le Courrier alpin</title>
<meta property="og:site_name" content="Le Courrier alpin" />
<meta property="og:title" content="Grenoble : la piscine Jean-Bron fermera tout l’été pour travaux" />
<meta property="article:published_time" content="2024-06-11T22:15:00+0000" />
<meta property="article:section" content="Société" />
<style>{FILLER_CSS}</style>
</head>
<body class="path-node page-node-type-article">
<div id="sliding-popup" class="cookie" role="banner"><div class="eu-cookie-compliance-message"><p>Ce site utilise des cookies pour mesurer l’audience et vous proposer des contenus adaptés.</p></div><button class="agree-button">J’accepte</button> <button class="decline-button">Je refuse</button></div>
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><a href="/" rel="home" class="site-logo">Le Courrier alpin</a>
<nav role="navigation" class="nav-primary">{ul(["Actualité","Grenoble","Isère","Savoie","Sports","Économie","Culture","Montagne"], "menu")}</nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Accueil</a></li><li><a href="/societe">Société</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-surtitre">Société</div>
<h1 class="page-title"><span class="field field--name-title">Grenoble : la piscine Jean-Bron fermera tout l’été pour travaux</span></h1>
<div class="node__meta"><span class="field--name-uid">Par Élodie Vachet</span> — <span class="date">Publié le mercredi 12 juin 2024 à 00h15</span></div>
<div class="field field--name-field-chapo"><p>Une fuite sous le grand bassin impose plus de deux mois de chantier. Les clubs seront accueillis à Chorier-Berriat.</p></div>
<figure class="field--name-field-image"><img src="/sites/default/files/styles/large/public/2024-06/piscine-jean-bron.jpg" alt=""><figcaption>Le grand bassin de la piscine Jean-Bron, ici en 2021. Photo archives Le Courrier alpin</figcaption></figure>
<div class="clearfix text-formatted field field--name-body article-body">
{ps(paras[:4])}
<div class="encadre"><h3>À lire aussi</h3><p><a href="/societe/2024/05/30/canicule-horaires-etendus">Canicule : les parcs de la ville ouverts jusqu’à 23 heures</a></p></div>
{ps(paras[4:])}
</div>
<div class="share"><span>Partager :</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copier le lien</a></div>
</article>
<section class="block-views-block-meme-rubrique"><h2>Dans la même rubrique</h2>
<div class="views-row"><a href="/societe/2024/06/10/">Le tramway E prolongé jusqu’à Pont-de-Claix à la rentrée</a> <span>10 juin 2024</span></div>
<div class="views-row"><a href="/societe/2024/06/08/">Fête de la musique : le programme quartier par quartier</a> <span>8 juin 2024</span></div>
<div class="views-row"><a href="/societe/2024/06/05/">Une boulangerie du cours Berriat sacrée meilleure baguette de l’Isère</a> <span>5 juin 2024</span></div></section>
</div></main>
<aside class="sidebar"><div class="newsletter"><h3>La lettre du matin</h3><p>Recevez chaque matin à 7 heures l’essentiel de l’actualité alpine.</p></div>
<h3>Les plus lus</h3>{ul(["Col du Lautaret : la route rouvre samedi","Un ours aperçu en Chartreuse ? L’OFB enquête","Municipales : la liste d’union dévoile ses têtes"], "related")}</aside>
<footer role="contentinfo" class="footer">{ul(["Mentions légales","Contact","Publicité","Abonnements","Gestion des cookies","CGU"])}<p>© 2024 Le Courrier alpin – Tous droits réservés</p></footer>
</div></div>
</body></html>"""
    write(name, html, dict(url=url, language="fr", title=title, published="2024-06-12",
        body_first=paras[0], body_last=paras[-1],
        absent=["Une fuite sous le grand bassin impose plus de deux mois de chantier.",
                "Le grand bassin de la piscine Jean-Bron, ici en 2021.",
                "Canicule : les parcs de la ville ouverts jusqu’à 23 heures",
                "Le tramway E prolongé jusqu’à Pont-de-Claix à la rentrée",
                "Recevez chaque matin à 7 heures l’essentiel de l’actualité alpine."],
        notes="Drupal 10 daily. article:published_time is given in UTC (2024-06-11T22:15Z) while the page prints 'Publié le mercredi 12 juin 2024 à 00h15' (Paris time); the publisher's day is June 12. Surtitre 'Société' above h1; chapô excluded; inline 'À lire aussi' box inside body excluded."))
