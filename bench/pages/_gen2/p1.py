from common import *

# 1 Ghost, German
body = ps([
 "Die Stadtwerke Lindenau investieren in den kommenden fünf Jahren rund 48 Millionen Euro in den Ausbau des Fernwärmenetzes.",
 "Das kündigte Geschäftsführerin Marion Kessler am Dienstagabend vor dem Aufsichtsrat an. Bis 2029 sollen damit etwa 6.500 zusätzliche Haushalte angeschlossen werden, vor allem in den Stadtteilen Nordheide und Am Mühlbach.",
 "<h2>Neue Leitungen ab Frühjahr</h2>",
 "Die ersten Bauabschnitte beginnen im April an der Bahnhofstraße. Anwohnerinnen und Anwohner werden vorab schriftlich informiert, teilte das Unternehmen mit. Mit Sperrungen einzelner Fahrspuren sei zu rechnen.",
 "<blockquote><p>„Wir wollen niemandem etwas überstülpen, sondern ein gutes Angebot machen“, sagte Kessler.</p></blockquote>",
 "Ein Anschlusszwang ist nach Angaben der Stadt nicht geplant. Wer sich bis Ende 2025 für einen Hausanschluss entscheidet, erhält einen Zuschuss von bis zu 3.000 Euro.",
 '<figure class="kg-card kg-image-card"><img src="/content/images/2024/02/trasse.jpg" alt=""><figcaption>Die geplante Trasse entlang der Bahnhofstraße. Foto: Stadtwerke Lindenau</figcaption></figure>',
 "Kritik kommt von der Fraktion der Freien Wähler im Stadtrat. Sie bemängelt, dass die Preisgestaltung für die kommenden Jahre noch offen sei.",
 "Die Stadtwerke wollen die Tarife im Herbst vorlegen.",
])
doc = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Stadtwerke bauen Fernwärme massiv aus – Lindenauer Rundschau</title>
<meta name="description" content="48 Millionen Euro für neue Leitungen: Bis 2029 sollen 6.500 Haushalte angeschlossen werden.">
<meta property="og:site_name" content="Lindenauer Rundschau">
<meta property="og:type" content="article">
<meta property="og:title" content="Stadtwerke bauen Fernwärme massiv aus">
<meta property="article:published_time" content="2024-02-20T21:47:00.000Z">
<meta property="article:modified_time" content="2024-02-21T08:12:33.000Z">
<meta name="generator" content="Ghost 5.79">
{CSS}
{jsonld({"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Lindenauer Rundschau"},"author":{"@type":"Person","name":"Jonas Brehm"},"headline":"Stadtwerke bauen Fernwärme massiv aus","datePublished":"2024-02-20T21:47:00.000Z","dateModified":"2024-02-21T08:12:33.000Z"})}
<link rel="stylesheet" href="/assets/built/screen.css?v=a81b2">
</head>
<body class="post-template tag-lokales">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
 <div class="gh-head-inner inner">
  <div class="gh-head-brand"><a class="gh-head-logo" href="https://rundschau-lindenau.example">Lindenauer Rundschau</a></div>
  <nav class="gh-head-menu">{ul(["Lokales","Politik","Wirtschaft","Sport","Kultur","Termine","Über uns"],"nav")}</nav>
  <div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Abonnieren</a><a href="#/portal/signin">Anmelden</a></div>
 </div>
</header>
<main id="site-main" class="site-main">
<article class="article post tag-lokales tag-energie">
 <header class="article-header gh-canvas">
  <section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/lokales/">Lokales</a></span></section>
  <h1 class="article-title">Stadtwerke bauen Fernwärme massiv aus</h1>
  <p class="article-excerpt">48 Millionen Euro für neue Leitungen: Bis 2029 sollen 6.500 Haushalte angeschlossen werden.</p>
  <div class="article-byline"><div class="article-byline-content">
   <ul class="author-list"><li class="author-list-item"><a href="/author/jonas/" class="author-avatar"><img class="author-profile-image" src="/content/images/jonas.jpg" alt="Jonas Brehm"></a></li></ul>
   <div class="article-byline-meta"><h4 class="author-name"><a href="/author/jonas/">Jonas Brehm</a></h4>
   <div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-02-20">20. Feb. 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 Min. Lesezeit</span></div></div>
  </div></div>
 </header>
 <section class="gh-content gh-canvas">
{body}
 </section>
 <section class="article-comments gh-canvas"><h3>Kommentare</h3>
  <div class="comment"><b>Petra W.</b> <span>21. Feb. 2024</span><p>Endlich tut sich was in Nordheide, wir warten seit Jahren darauf.</p></div>
  <div class="comment"><b>h.gruber</b> <span>22. Feb. 2024</span><p>Und wer zahlt am Ende die Zeche? Wieder die Mieter.</p></div>
 </section>
</article>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Weiterlesen</h3>
 <article class="post-card"><a href="/kita-gebuehren-steigen/"><h2 class="post-card-title">Kita-Gebühren steigen ab August um sechs Prozent</h2></a><time datetime="2024-02-18">18. Feb. 2024</time></article>
 <article class="post-card"><a href="/radweg-mühlbach/"><h2 class="post-card-title">Radweg am Mühlbach wird endlich verbreitert</h2></a><time datetime="2024-02-15">15. Feb. 2024</time></article>
 <article class="post-card"><a href="/haushalt-2024/"><h2 class="post-card-title">Stadtrat verabschiedet Haushalt mit knapper Mehrheit</h2></a><time datetime="2024-02-09">9. Feb. 2024</time></article>
</div></aside>
</main>
<section class="outer"><div class="inner"><h3>Meistgelesen</h3><ol><li><a href="/a1/">Großbrand in Lagerhalle an der B27: Feuerwehr die ganze Nacht im Einsatz</a></li><li><a href="/a2/">Neue Bäckerei-Kette übernimmt drei Filialen in der Innenstadt</a></li><li><a href="/a3/">TSV Lindenau gewinnt Derby mit 3:1</a></li><li><a href="/a4/">Winterdienst: Stadt zieht gemischte Bilanz</a></li><li><a href="/a5/">Fastnachtsumzug lockt 12.000 Besucher an</a></li></ol></div></section>
<footer class="site-footer outer"><div class="inner">
 <div class="footer-sections"><div><h4>Ressorts</h4>{ul(['Lokales','Politik','Wirtschaft','Sport','Kultur','Termine','Leserbriefe','Bilderstrecken','Podcast'])}</div><div><h4>Service</h4>{ul(['Abo-Service','Zustellung reklamieren','Traueranzeigen','Kleinanzeigen','Leserreisen','Mediadaten','Karriere bei der Rundschau'])}</div></div>
 <section class="copyright"><a href="/">Lindenauer Rundschau</a> &copy; 2024</section>
 <nav class="site-footer-nav">{ul(["Impressum","Datenschutz","Kontakt","Anzeigen","RSS"])}</nav>
 <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer>
</div>
<div class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Bleiben Sie informiert</h2><p>Der kostenlose Newsletter der Rundschau – jeden Freitag in Ihrem Postfach.</p><a class="footer-cta-button" href="#/portal">Jetzt kostenlos anmelden</a></div></div>
<script src="/assets/built/casper.js?v=a81b2"></script>
<script>window.ghost = {{"site":"rundschau-lindenau"}};</script>
</body></html>'''
page('de_ghost_stadtwerke', 'https://rundschau-lindenau.example/stadtwerke-fernwaerme-ausbau/', 'de',
 'Stadtwerke bauen Fernwärme massiv aus', '2024-02-20',
 'Die Stadtwerke Lindenau investieren in den kommenden fünf Jahren rund 48 Millionen Euro in den Ausbau des Fernwärmenetzes.',
 'Die Stadtwerke wollen die Tarife im Herbst vorlegen.',
 ['Endlich tut sich was in Nordheide', 'Kita-Gebühren steigen ab August um sechs Prozent', 'Der kostenlose Newsletter der Rundschau'],
 'Ghost/Casper skeleton; excerpt standfirst (not body); published 21:47Z = 22:47 CET same day; comments and read-more with distractor dates; figure caption mid-body.', doc)

# 2 WordPress press release, French
doc = f'''<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Communiqué : la Régie des Eaux du Val-Sorel lance un plan de rénovation de 120 km de canalisations | Régie des Eaux du Val-Sorel</title>
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="Communiqué : la Régie des Eaux du Val-Sorel lance un plan de rénovation de 120 km de canalisations">
<meta property="article:published_time" content="2023-03-14T09:30:12+00:00">
<meta property="article:modified_time" content="2023-03-16T14:02:55+00:00">
<link rel='stylesheet' id='wp-block-library-css' href='https://eaux-valsorel.example/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"https://eaux-valsorel.example/2023/03/14/plan-renovation-canalisations/","name":"Communiqué : la Régie des Eaux du Val-Sorel lance un plan de rénovation de 120 km de canalisations | Régie des Eaux du Val-Sorel","datePublished":"2023-03-14T09:30:12+00:00","dateModified":"2023-03-16T14:02:55+00:00","inLanguage":"fr-FR"}},{{"@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Accueil"}},{{"@type":"ListItem","position":2,"name":"Espace presse"}},{{"@type":"ListItem","position":3,"name":"Plan de rénovation des canalisations"}}]}}]}}</script>
</head>
<body class="post-template-default single single-post postid-2871 single-format-standard">
<div id="cookie-law-info-bar" data-nosnippet="true"><span>Nous utilisons des cookies pour mesurer l'audience de notre site et améliorer votre expérience de navigation.</span> <a role="button" class="cli_settings_button">Paramètres</a> <a role="button" id="cookie_action_close_header" class="cli-plugin-button">Tout accepter</a></div>
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="/" rel="home">Régie des Eaux du Val-Sorel</a></p><p class="site-description">Le service public de l'eau de 34 communes</p></div>
 <nav id="site-navigation" class="main-navigation">{ul(["Accueil","Qualité de l'eau","Tarifs","Travaux en cours","Espace presse","Contact"],"menu")}</nav>
</header>
<div id="content" class="site-content">
<div class="breadcrumbs"><a href="/">Accueil</a> &raquo; <a href="/espace-presse/">Espace presse</a> &raquo; <span class="breadcrumb_last">Plan de rénovation des canalisations</span></div>
<main id="primary" class="site-main">
<article id="post-2871" class="post-2871 post type-post status-publish format-standard hentry category-communiques">
 <header class="entry-header">
  <span class="cat-links"><a href="/category/communiques/" rel="category tag">Communiqués de presse</a></span>
  <h1 class="entry-title">Communiqué : la Régie des Eaux du Val-Sorel lance un plan de rénovation de 120 km de canalisations</h1>
  <div class="entry-meta"><span class="posted-on">Publié le <a href="/2023/03/14/" rel="bookmark"><time class="entry-date published" datetime="2023-03-14T09:30:12+00:00">14 mars 2023</time><time class="updated" datetime="2023-03-16T14:02:55+00:00">16 mars 2023</time></a></span><span class="byline"> par <span class="author vcard"><a class="url fn n" href="/author/service-com/">Service communication</a></span></span></div>
 </header>
 <div class="entry-content">
<p><strong>Sorel-sur-Loing, le 14 mars 2023 –</strong> Le conseil d'administration de la Régie des Eaux du Val-Sorel a adopté lundi un programme pluriannuel de rénovation de 120 kilomètres de canalisations d'eau potable, pour un montant de 36 millions d'euros.</p>
<p>Ce plan, étalé sur la période 2023-2030, vise en priorité les conduites en fonte grise posées avant 1970, responsables de la majorité des fuites constatées sur le réseau. Le rendement du réseau, aujourd'hui de 78 %, devrait ainsi dépasser 85 % à l'horizon 2030.</p>
<h2 class="wp-block-heading">Des travaux dans 19 communes dès cette année</h2>
<p>Les premiers chantiers débuteront en mai à Sorel-sur-Loing, Bréval et Montigny-la-Côte. Les riverains concernés recevront un courrier au moins trois semaines avant le début des travaux.</p>
<ul class="wp-block-list"><li>2023 : 14 km de conduites dans 19 communes</li><li>2024-2026 : 58 km, dont la traversée du centre historique de Bréval</li><li>2027-2030 : 48 km en secteur rural</li></ul>
<p>« Chaque litre perdu est un litre que nous avons prélevé, traité et payé. Ce programme est un investissement pour la ressource autant que pour les usagers », a déclaré Annick Delorme, présidente de la Régie.</p>
<h2 class="wp-block-heading">Pas de hausse de tarif liée au programme</h2>
<p>Le financement sera assuré par l'autofinancement de la Régie, un emprunt auprès de la Banque des Territoires et une aide de l'Agence de l'eau à hauteur de 7,2 millions d'euros. La Régie s'engage à ne pas augmenter la part fixe de l'abonnement pour financer ces travaux.</p>
<p><strong>À propos de la Régie des Eaux du Val-Sorel</strong><br>Établissement public créé en 1998, la Régie assure la production et la distribution d'eau potable pour 34 communes et 71 000 habitants.</p>
<div class="wp-block-group contact-presse"><p><strong>Contact presse :</strong> Camille Ferrand – 01 64 00 00 00 – presse@eaux-valsorel.example</p></div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3>{ul(["Facebook","LinkedIn","E-mail","Imprimer"])}</div>
 </div>
 <footer class="entry-footer"><span class="tags-links">Étiquettes : <a href="/tag/travaux/" rel="tag">travaux</a>, <a href="/tag/reseau/" rel="tag">réseau</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2023/02/27/analyse-nitrates/" rel="prev"><span class="meta-nav">Article précédent</span> Résultats des analyses de nitrates du second semestre 2022</a></div><div class="nav-next"><a href="/2023/04/03/coupure-breval/" rel="next"><span class="meta-nav">Article suivant</span> Coupure d'eau programmée à Bréval le 11 avril</a></div></div></nav>
</main>
<aside id="secondary" class="widget-area">
 <section class="widget widget_recent_entries"><h2 class="widget-title">Derniers communiqués</h2><ul><li><a href="/2023/04/03/coupure-breval/">Coupure d'eau programmée à Bréval le 11 avril</a><span class="post-date">3 avril 2023</span></li><li><a href="/2023/02/27/analyse-nitrates/">Résultats des analyses de nitrates du second semestre 2022</a><span class="post-date">27 février 2023</span></li><li><a href="/2023/01/12/voeux/">Les vœux de la présidente pour 2023</a><span class="post-date">12 janvier 2023</span></li></ul></section>
 <section class="widget widget_text"><h2 class="widget-title">Urgence fuite</h2><div class="textwidget"><p>Service d'astreinte 24 h/24 : 0 800 00 00 00 (appel gratuit)</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{ul(["Mentions légales","Politique de confidentialité","Accessibilité : partiellement conforme","Plan du site"])}<span>&copy; 2023 Régie des Eaux du Val-Sorel – Propulsé par WordPress</span></div></footer>
<script src='https://eaux-valsorel.example/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=1.7' id='twenty-twenty-one-primary-navigation-script-js'></script>
</body></html>'''
page('fr_wordpress_communique', 'https://eaux-valsorel.example/2023/03/14/plan-renovation-canalisations/', 'fr',
 'Communiqué : la Régie des Eaux du Val-Sorel lance un plan de rénovation de 120 km de canalisations', '2023-03-14',
 "Sorel-sur-Loing, le 14 mars 2023 – Le conseil d'administration de la Régie des Eaux du Val-Sorel a adopté lundi un programme pluriannuel de rénovation de 120 kilomètres de canalisations d'eau potable, pour un montant de 36 millions d'euros.",
 "Établissement public créé en 1998, la Régie assure la production et la distribution d'eau potable pour 34 communes et 71 000 habitants.",
 ["Coupure d'eau programmée à Bréval le 11 avril", "Nous utilisons des cookies pour mesurer", "Service d'astreinte 24 h/24", "Camille Ferrand – 01 64 00 00 00"],
 "WordPress/Yoast press release; 'Communiqué :' prefix is part of visible H1 (kept); dateline bold prefix part of first sentence; 'À propos' boilerplate inside entry-content kept as body (last sentence), press-contact group block excluded; updated time element; sidebar recent releases with dates.", doc)

# 3 GOV.UK-like
doc = f'''<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>Funding boost for coastal flood defences in Marrowfield - GOV.XY</title>
<meta name="description" content="Seven new schemes will protect more than 4,200 homes along the Marrowfield estuary.">
<meta property="og:title" content="Funding boost for coastal flood defences in Marrowfield">
<meta name="govxy:format" content="press_release">
<meta name="govxy:first-published-at" content="2024-02-03T00:01:00+00:00">
<meta name="govxy:updated-at" content="2024-02-05T11:40:17+00:00">
<meta name="govxy:primary-publishing-organisation" content="Department for Rivers and Coasts">
<link rel="stylesheet" href="/assets/static/application.css">
</head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.XY">
 <div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.XY</h2>
 <div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.XY, remember your settings and improve government services.</p></div>
 <div class="govuk-button-group"><button class="govuk-button" type="submit">Accept additional cookies</button><button class="govuk-button" type="submit">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div>
</div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-header"><div class="govuk-width-container"><a href="/" class="govuk-header__link govuk-header__link--homepage">GOV.XY</a>
<nav aria-label="Menu"><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button><button>Search GOV.XY</button></nav></div></header>
<div class="govuk-width-container">
<div class="gem-c-contextual-breadcrumbs"><nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/environment">Environment</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/environment/flooding-extreme-weather">Flooding and extreme weather</a></li></ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-title govuk-!-margin-top-8"><span class="govuk-caption-xl gem-c-title__context">Press release</span><h1 class="gem-c-title__text govuk-heading-l">Funding boost for coastal flood defences in Marrowfield</h1></div>
</div><div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">Seven new schemes will protect more than 4,200 homes along the Marrowfield estuary.</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-metadata" data-module="gem-toggle"><dl data-module="gem-track-click">
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/organisations/rivers-coasts" class="govuk-link">Department for Rivers and Coasts</a> and <a href="/organisations/xy-environment-agency" class="govuk-link">XY Environment Agency</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">3 February 2024</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">5 February 2024 <span class="govuk-!-display-none-print">— <a href="#full-publication-update-history" class="govuk-link">See all updates</a></span></dd>
</dl></div>
<div class="gem-c-govspeak govuk-govspeak direction-ltr" data-module="govspeak"><div class="govspeak">
<ul><li>£38 million allocated to seven schemes between Hallow Point and Kessington</li><li>More than 4,200 homes and 310 businesses to benefit</li><li>Work on the first scheme to begin this spring</li></ul>
<p>More than 4,200 homes in the Marrowfield estuary will be better protected from coastal flooding thanks to £38 million of new government investment, the Minister for Coasts announced today.</p>
<p>The funding will pay for seven schemes, including the replacement of the ageing sea wall at Hallow Point and new tidal gates on the River Dunnock at Kessington. Together they will reduce flood risk for 310 businesses and protect 9 kilometres of the coastal railway line.</p>
<p>Minister for Coasts, Helen Okafor, said:</p>
<blockquote><p>The storms of the last two winters showed how exposed communities along the Marrowfield are. This investment means families and businesses can plan for the future with greater confidence.</p></blockquote>
<h2 id="how-the-schemes-will-work">How the schemes will work</h2>
<p>The XY Environment Agency will lead on five of the schemes, with the remaining two delivered by Marrowfield District Council. Designs include natural flood management measures such as saltmarsh restoration, which also creates habitat for wading birds.</p>
<p>Construction at Hallow Point is expected to begin in April and take around 18 months. Temporary footpath diversions will be signposted.</p>
<h2 id="notes-to-editors">Notes to editors</h2>
<ul><li>The schemes form part of the national flood and coastal erosion investment programme 2021 to 2027.</li><li>A full list of schemes is available on the programme page.</li></ul>
</div></div>
<div class="app-c-published-dates app-c-published-dates--history" id="full-publication-update-history" lang="en">Published 3 February 2024<br>Last updated 5 February 2024 <a href="#" class="app-c-published-dates__toggle govuk-link">+ show all updates</a>
<div class="app-c-published-dates__change-history"><ol class="app-c-published-dates__list"><li class="app-c-published-dates__change-item"><time datetime="2024-02-05T11:40:17.000+00:00" class="app-c-published-dates__change-date">5 February 2024</time><p class="app-c-published-dates__change-note">Corrected the number of businesses.</p></li><li class="app-c-published-dates__change-item"><time datetime="2024-02-03T00:01:00.000+00:00" class="app-c-published-dates__change-date">3 February 2024</time><p class="app-c-published-dates__change-note">First published.</p></li></ol></div></div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2>{ul(["Facebook","Twitter"])}</div>
</div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related content</h2><nav>{ul(["Flood risk management plans 2021 to 2027","Marrowfield estuary strategy: summary","Check your long term flood risk"],"gem-c-related-navigation__link-list")}</nav>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3>{ul(["Flooding and coastal change"])}</aside></div>
</div>
<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button>Yes</button><button>No</button><button>Report a problem with this page</button></div></div>
</main></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container">
<div class="govuk-footer__navigation"><div class="govuk-footer__section"><h2 class="govuk-footer__heading">Services and information</h2>{ul(["Benefits","Births, death, marriages and care","Business and self-employed","Childcare and parenting","Driving and transport","Education and learning","Environment and countryside","Housing and local services"],"govuk-footer__list")}</div>
<div class="govuk-footer__section"><h2 class="govuk-footer__heading">Government activity</h2>{ul(["Departments","News","Guidance and regulation","Research and statistics","Policy papers and consultations","Transparency"],"govuk-footer__list")}</div></div>
<div class="govuk-footer__meta">{ul(["Help","Privacy","Cookies","Accessibility statement","Contact","Terms and conditions"],"govuk-footer__inline-list")}<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span></div>
</div></footer>
<script src="/assets/static/application.js"></script>
</body></html>'''
page('en_govxy_press_release', 'https://www.gov.xy.example/government/news/funding-boost-for-coastal-flood-defences-in-marrowfield', 'en',
 'Funding boost for coastal flood defences in Marrowfield', '2024-02-03',
 '£38 million allocated to seven schemes between Hallow Point and Kessington',
 'A full list of schemes is available on the programme page.',
 ['We use some essential cookies to make this website work.', 'Marrowfield estuary strategy: summary', 'Corrected the number of businesses.', 'Is this page useful?'],
 "GOV.UK-like; 'Press release' caption above H1 (excluded); lead paragraph outside govspeak (excluded, body starts with govspeak bullet list — judgement call); first-published 00:01 UTC; last updated 5 Feb distractor; notes to editors kept in body.", doc)
