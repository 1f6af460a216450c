from lib import *

def de_wp():
    nav = ul(['Start','Über uns','Themen','Mitglieder','Presse','Veranstaltungen','Positionen','Kontakt'], 'menu', '/')
    sub = ul(['Pressemitteilungen','Pressefotos','Pressespiegel','Akkreditierung'], 'sub-menu', '/presse/')
    recent = ul([('Mitgliederversammlung 2025 wählt neuen Vorstand','/2025/02/27/mitgliederversammlung-2025/'),
                 ('Stellungnahme zum Entwurf der Straßenverkehrsordnung','/2025/02/11/stellungnahme-stvo/'),
                 ('Marktdaten 2024: Umsatz stabil, Stückzahlen rückläufig','/2025/01/29/marktdaten-2024/'),
                 ('Neue Arbeitsgruppe Fachhandel gegründet','/2024/12/05/ag-fachhandel/'),
                 ('Jahresrückblick: Was die Branche 2024 bewegt hat','/2024/12/19/jahresrueckblick-2024/')], 'wp-block-latest-posts__list')
    cats = ul(['Pressemitteilungen','Politik','Markt','Verkehr','Verband intern','Termine'], 'wp-block-categories-list', '/category/')
    arch = ul([('März 2025','/2025/03/'),('Februar 2025','/2025/02/'),('Januar 2025','/2025/01/'),('Dezember 2024','/2024/12/'),('November 2024','/2024/11/'),('Oktober 2024','/2024/10/')], 'wp-block-archives-list')
    foot = ul(['Impressum','Datenschutz','Barrierefreiheit','Cookie-Einstellungen','Satzung','Transparenz'], 'footer-menu', '/')
    body = paras([
     '<strong>BERLIN, 14. März 2025 –</strong> Der Verband der Fahrradwirtschaft (VDFW) fordert Bund und Länder auf, die Förderung gewerblich genutzter Lastenräder auf eine verlässliche, mehrjährige Grundlage zu stellen.',
     'Seit dem Auslaufen des bundesweiten Förderprogramms Ende 2024 berichten Händler und Hersteller von deutlich zurückhaltenderen Bestellungen aus Handwerk, Lieferdiensten und Kommunen. Viele Betriebe hätten ihre Investitionen zurückgestellt, weil unklar sei, ob und wann es eine Anschlussregelung geben werde.',
     '„Wer heute einen Fuhrpark plant, braucht Planungssicherheit für mindestens drei Jahre“, sagt VDFW-Geschäftsführerin Dr. Annette Kröger. „Ein Förderprogramm, das alle zwölf Monate neu verhandelt wird, hilft niemandem – weder den Betrieben noch den Städten, die den Lieferverkehr entlasten wollen.“',
     'Nach einer Umfrage des Verbandes unter 412 Mitgliedsunternehmen rechnen zwei Drittel der Fachhändler für das laufende Jahr mit einem Rückgang der gewerblichen Lastenradverkäufe. Besonders betroffen seien kleinere Hersteller, die sich auf Schwerlastmodelle spezialisiert haben.',
     'Der VDFW schlägt deshalb ein Programm mit einer Laufzeit bis Ende 2028 vor, das sich an der Zahl der ersetzten Verbrenner-Fahrten orientiert statt an pauschalen Zuschüssen pro Fahrzeug. Zusätzlich sollen Kommunen Mittel für Ladezonen und sichere Abstellanlagen erhalten.',
     'Am 2. April 2025 will der Verband seine Vorschläge im Verkehrsausschuss des Bundestages vorstellen. Die vollständige Positionierung steht ab sofort auf der Website des Verbandes zum Download bereit.'])
    html = f'''<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fahrradwirtschaft fordert verlässliche Förderprogramme für Lastenräder – VDFW Verband der Fahrradwirtschaft</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.vdfw-verband.de/2025/03/14/foerderprogramme-lastenraeder/">
<meta property="og:locale" content="de_DE">
<meta property="og:type" content="article">
<meta property="og:title" content="Pressemitteilung: VDFW fordert Planungssicherheit bei Lastenrad-Förderung">
<meta property="og:url" content="https://www.vdfw-verband.de/2025/03/14/foerderprogramme-lastenraeder/">
<meta property="og:site_name" content="VDFW Verband der Fahrradwirtschaft">
<meta property="article:published_time" content="2025-03-14T07:30:00+00:00">
<meta property="article:modified_time" content="2025-03-17T10:02:44+00:00">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<style id="astra-theme-css-inline-css">.ast-container{{max-width:1240px}}.entry-meta,.entry-meta *{{line-height:1.45;color:#3a3a3a}}.ast-single-post .entry-title{{font-size:30px}}</style>
{jsonld({"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.vdfw-verband.de/2025/03/14/foerderprogramme-lastenraeder/#article","headline":"Fahrradwirtschaft fordert verlässliche Förderprogramme für Lastenräder","datePublished":"2025-03-14T08:30:00+01:00","dateModified":"2025-03-17T11:02:44+01:00","author":{"name":"Pressestelle"},"publisher":{"@id":"https://www.vdfw-verband.de/#organization"},"inLanguage":"de-DE"},{"@type":"Organization","@id":"https://www.vdfw-verband.de/#organization","name":"VDFW Verband der Fahrradwirtschaft e.V.","url":"https://www.vdfw-verband.de/"}]})}
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-4127 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
 <div class="ast-above-header-bar"><div class="ast-container">Der Verband für Handel, Industrie und Dienstleister rund ums Fahrrad · <a href="/mitglied-werden/">Mitglied werden</a></div></div>
 <div class="main-header-bar"><div class="ast-container">
  <div class="site-branding"><span class="site-title"><a href="/" rel="home">VDFW Verband der Fahrradwirtschaft</a></span></div>
  <nav class="main-header-menu-toggle site-navigation" aria-label="Hauptmenü">
  {nav}
  {sub}
  </nav>
  <form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Suche nach:</span><input type="search" class="search-field" placeholder="Suchen …" name="s"></label></form>
 </div></div>
</header>
<div class="site-content" id="content"><div class="ast-container">
<div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><nav class="ast-breadcrumbs" aria-label="Brotkrümelnavigation"><a href="/">Start</a> » <a href="/presse/">Presse</a> » <a href="/category/pressemitteilungen/">Pressemitteilungen</a> » <span>Förderprogramme für Lastenräder</span></nav></div>
<main id="main" class="site-main">
<article class="post-4127 post type-post status-publish format-standard has-post-thumbnail hentry category-pressemitteilungen" id="post-4127" itemtype="https://schema.org/CreativeWork" itemscope>
 <div class="ast-post-format- single-layout-1">
 <header class="entry-header">
  <span class="ast-kicker cat-links"><a href="/category/pressemitteilungen/" rel="category tag">Pressemitteilung</a></span>
  <h1 class="entry-title" itemprop="headline">Fahrradwirtschaft fordert verlässliche Förder&shy;programme für Lastenräder</h1>
  <div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">14. März 2025</span></span> / <span class="posted-by vcard author"><a class="url fn n" href="/author/pressestelle/" rel="author">Pressestelle</a></span> / <span class="reading-time">Lesezeit: 3 Minuten</span></div>
 </header>
 <div class="post-thumb-img-content post-thumb"><figure><img width="1024" height="576" src="/wp-content/uploads/2025/03/lastenrad-handwerk-1024x576.jpg" alt="Lastenrad vor einer Tischlerei" decoding="async"><figcaption>Ein Tischlereibetrieb in Leipzig nutzt seit 2023 zwei elektrische Lastenräder. Foto: VDFW/M. Roth</figcaption></figure></div>
 <div class="entry-content clear" itemprop="text">
{body}
<div class="wp-block-group boilerplate">
<h3 class="wp-block-heading">Über den VDFW</h3>
<p>Der Verband der Fahrradwirtschaft e.V. vertritt rund 780 Unternehmen aus Handel, Herstellung, Großhandel und Dienstleistung. Sitz des Verbandes ist Berlin.</p>
<h3 class="wp-block-heading">Pressekontakt</h3>
<p>Jonas Weidner, Referent Kommunikation<br>Telefon: 030 555 01 23 40<br>E-Mail: presse@vdfw-verband.de</p>
</div>
<div class="wp-block-file"><a href="/wp-content/uploads/2025/03/VDFW-Positionspapier-Lastenrad.pdf">VDFW-Positionspapier-Lastenrad (PDF, 412 KB)</a></div>
 </div>
 <footer class="entry-footer"><div class="ast-share">Teilen: <a href="https://www.linkedin.com/sharing/share-offsite/?url=x">LinkedIn</a> <a href="https://mastodon.social/share?text=x">Mastodon</a> <a href="mailto:?subject=Lesetipp">E-Mail</a></div>
 <span class="tags-links">Schlagwörter: <a href="/tag/lastenrad/">Lastenrad</a>, <a href="/tag/foerderung/">Förderung</a>, <a href="/tag/wirtschaftsverkehr/">Wirtschaftsverkehr</a></span></footer>
 </div>
</article>
<nav class="navigation post-navigation" aria-label="Beiträge"><div class="nav-links"><div class="nav-previous"><a href="/2025/02/27/mitgliederversammlung-2025/" rel="prev">← Mitgliederversammlung 2025 wählt neuen Vorstand</a></div></div></nav>
<div id="comments" class="comments-area">
 <h3 class="comments-title">2 Gedanken zu „Fahrradwirtschaft fordert verlässliche Förderprogramme für Lastenräder“</h3>
 <ol class="ast-comment-list">
  <li class="comment"><article class="ast-comment"><div class="ast-comment-meta"><b class="fn">Petra L.</b> <time datetime="2025-03-17T09:12:00+01:00">17. März 2025 um 09:12 Uhr</time></div><div class="ast-comment-content"><p>Als Bäckerei mit drei Filialen können wir das nur unterstreichen. Wir haben die Bestellung eines zweiten Rades vorerst gestoppt.</p></div></article></li>
  <li class="comment"><article class="ast-comment"><div class="ast-comment-meta"><b class="fn">R. Hoffmann</b> <time datetime="2025-03-18T21:40:00+01:00">18. März 2025 um 21:40 Uhr</time></div><div class="ast-comment-content"><p>Und wer bezahlt die Ladezonen? Die Kommunen haben doch jetzt schon kein Geld.</p></div></article></li>
 </ol>
 <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p></div>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
 <aside class="widget widget_block"><h2 class="widget-title">Neueste Beiträge</h2>{recent}</aside>
 <aside class="widget widget_block"><h2 class="widget-title">Kategorien</h2>{cats}</aside>
 <aside class="widget widget_block"><h2 class="widget-title">Archiv</h2>{arch}</aside>
 <aside class="widget widget_block"><h2 class="widget-title">Newsletter</h2><p>Einmal im Monat: Zahlen, Termine und Positionen aus der Fahrradwirtschaft direkt in Ihr Postfach.</p><form action="/newsletter/"><input type="email" name="email" placeholder="Ihre E-Mail-Adresse"><button type="submit">Abonnieren</button></form></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon">
 <div class="footer-widget-area"><div class="ast-container"><p>VDFW Verband der Fahrradwirtschaft e.V. · Reinhardtstraße 14 · 10117 Berlin</p>{foot}</div></div>
 <div class="ast-small-footer"><div class="ast-container">Copyright © 2025 VDFW Verband der Fahrradwirtschaft | Powered by Astra WordPress Theme</div></div>
</footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. <a role="button" id="cookie_action_close_header" class="cli_action_button">Alle akzeptieren</a> <a href="/datenschutz/" id="CONSTANT_OPEN_URL" class="cli-plugin-main-link">Einstellungen</a></span></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body>
</html>'''
    save('de_wordpress_verband', html, {
     "url": "https://www.vdfw-verband.de/2025/03/14/foerderprogramme-lastenraeder/",
     "language": "de",
     "title": "Fahrradwirtschaft fordert verlässliche Förderprogramme für Lastenräder",
     "published": "2025-03-14",
     "body_first": "Der Verband der Fahrradwirtschaft (VDFW) fordert Bund und Länder auf, die Förderung gewerblich genutzter Lastenräder auf eine verlässliche, mehrjährige Grundlage zu stellen.",
     "body_last": "Die vollständige Positionierung steht ab sofort auf der Website des Verbandes zum Download bereit.",
     "absent": ["Ein Tischlereibetrieb in Leipzig nutzt seit 2023 zwei elektrische Lastenräder.", "Der Verband der Fahrradwirtschaft e.V. vertritt rund 780 Unternehmen aus Handel, Herstellung, Großhandel und Dienstleistung.", "Als Bäckerei mit drei Filialen können wir das nur unterstreichen.", "Marktdaten 2024: Umsatz stabil, Stückzahlen rückläufig"],
     "notes": "WordPress/Astra. Soft hyphen inside the h1 (Förder&shy;programme); kicker 'Pressemitteilung' above h1; <title> carries site name; og:title differs. Bold dateline 'BERLIN, 14. März 2025 –' opens first paragraph. Comments dated 17/18 March, dateModified 17 March, event date 2 April 2025 in text, copyright 2025. 'Über den VDFW' + Pressekontakt + PDF link after body."})

def fr_gouv():
    nav = ul(['Actualités','Le ministère','Politiques publiques','Démarches','Publications','Presse','Régions'], 'fr-nav__list', '/')
    footl = ul(['legifrance.gouv.fr','info.gouv.fr','service-public.fr','data.gouv.fr'], 'fr-footer__content-list', 'https://')
    footl += ul(['Agriculture biologique','Alimentation','Enseignement agricole','Forêt-bois','Pêche et aquaculture','Santé des animaux','Santé des végétaux','Installation des jeunes agriculteurs'], 'fr-footer__top-list', '/thematique/')
    footb = ul(['Plan du site','Accessibilité : partiellement conforme','Mentions légales','Données personnelles','Gestion des cookies'], 'fr-footer__bottom-list', '/')
    rel = ul([('Lancement de la consultation sur la gestion de l’eau agricole','/actualites/consultation-eau-agricole'),('Bilan de la campagne de vendanges 2023','/actualites/bilan-vendanges-2023'),('Installation du comité national des semences','/actualites/comite-semences')], 'fr-links-group')
    body = paras([
     'Le ministre de l’Agriculture et de la Souveraineté alimentaire a présenté ce vendredi un plan de soutien de 40 millions d’euros destiné aux exploitations maraîchères touchées par les inondations de l’automne dans les Hauts-de-France.',
     'Ce dispositif doit permettre d’indemniser rapidement les pertes de récolte qui ne sont pas couvertes par les contrats d’assurance, en particulier pour les cultures de légumes de plein champ. Selon les premières estimations des chambres d’agriculture, près de 1 800 exploitations ont subi des dommages sur au moins une parcelle.',
     'Les demandes pourront être déposées en ligne à partir du 19 février et jusqu’au 31 mars 2024. Un acompte représentant 50 % de l’aide estimée sera versé dans un délai de trois semaines après le dépôt du dossier complet.',
     '« Nos maraîchers ont vu partir en quelques jours le travail d’une saison entière. L’État sera à leurs côtés pour qu’aucune exploitation ne disparaisse à cause de ces intempéries », a déclaré le ministre lors d’un déplacement dans le Pas-de-Calais.',
     'Le plan comprend également un volet consacré au nettoyage des parcelles et à la remise en état des drains, financé à hauteur de 8 millions d’euros. Les directions départementales des territoires accompagneront les exploitants dans leurs démarches.',
     'Un premier point d’étape sera présenté aux organisations professionnelles agricoles à la fin du mois d’avril.'])
    html = f'''<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Inondations : un plan de 40 millions d’euros pour les maraîchers des Hauts-de-France | Ministère de l'Agriculture et de la Souveraineté alimentaire</title>
<meta name="description" content="Le ministre a présenté un plan de soutien aux exploitations maraîchères sinistrées.">
<meta property="og:title" content="Inondations : soutien aux maraîchers">
<link rel="canonical" href="https://agriculture-souverainete.example.gouv.fr/inondations-plan-40-millions-maraichers">
<meta name="dcterms.date" content="2024-02-05">
<link rel="stylesheet" media="all" href="/themes/custom/dsfr/css/dsfr.min.css?s8k2la">
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/18342","currentLanguage":"fr"}},"ajaxTrustedUrl":[],"eu_cookie_compliance":{{"popup_enabled":true}},"user":{{"uid":0}}}}</script>
</head>
<body class="path-node page-node-type-article">
<div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>
<header role="banner" class="fr-header">
 <div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
  <div class="fr-header__brand"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>
  <div class="fr-header__service"><a href="/" title="Accueil - Ministère de l'Agriculture et de la Souveraineté alimentaire"><p class="fr-header__service-title">Ministère de l'Agriculture et de la Souveraineté alimentaire</p></a><p class="fr-header__service-tagline">Liberté, Égalité, Fraternité</p></div></div>
  <div class="fr-header__tools"><ul class="fr-btns-group"><li><a class="fr-btn" href="/abonnements">S'abonner</a></li><li><a class="fr-btn" href="/espace-presse">Espace presse</a></li><li><a class="fr-btn" href="/en">English</a></li></ul></div>
 </div></div></div>
 <div class="fr-header__menu fr-modal" id="header-navigation"><div class="fr-container"><nav class="fr-nav" role="navigation" aria-label="Menu principal">{nav}</nav></div></div>
</header>
<main role="main" id="contenu">
<div class="fr-container">
<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><ol class="fr-breadcrumb__list"><li><a class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link" href="/presse">Presse</a></li><li><a class="fr-breadcrumb__link" href="/presse/communiques">Communiqués de presse</a></li><li><a class="fr-breadcrumb__link" aria-current="page">Inondations : un plan de 40 millions d’euros…</a></li></ol></nav>
<div class="fr-grid-row fr-grid-row--gutters">
<div class="fr-col-12 fr-col-md-8">
<article role="article" about="/inondations-plan-40-millions-maraichers" class="node node--type-article node--view-mode-full">
 <p class="fr-tag fr-tag--sm">Communiqué de presse</p>
 <h1 class="fr-h2 node__title"><span class="field field--name-title">Inondations : un plan de 40 millions d’euros pour les maraîchers des Hauts-de-France</span></h1>
 <div class="node__meta fr-text--sm">
  <p>Publié le <time datetime="2024-02-02T12:00:00Z">02 février 2024</time> &nbsp;|&nbsp; Mis à jour le <time datetime="2024-02-05T09:14:31Z">05 février 2024</time></p>
  <p class="tags">Thématiques : <a href="/thematique/crises-agricoles" class="fr-tag">Crises agricoles</a> <a href="/thematique/fruits-et-legumes" class="fr-tag">Fruits et légumes</a></p>
 </div>
 <div class="fr-text--lead field--name-field-chapo"><p>Un dispositif d’indemnisation des pertes non assurées, ouvert jusqu’au 31 mars, complété par une aide à la remise en état des parcelles.</p></div>
 <figure class="fr-content-media" role="group"><img class="fr-responsive-img" src="/sites/default/files/styles/large/public/2024-02/parcelle-inondee.jpg" alt=""><figcaption class="fr-content-media__caption">Parcelle de poireaux inondée près de Saint-Omer, novembre 2023. © Pascal Xicluna / agriculture.gouv.fr</figcaption></figure>
 <div class="clearfix text-formatted field field--name-body">
{body}
 </div>
 <div class="fr-callout"><h3 class="fr-callout__title">Contacts presse</h3><p class="fr-callout__text">Cabinet du ministre – Service de presse : 01 49 55 00 00 – cab-presse@agriculture.example.gouv.fr</p></div>
 <div class="fr-share"><p class="fr-share__title">Partager la page</p><ul class="fr-btns-group"><li><a class="fr-btn--facebook fr-btn" href="#">Partager sur Facebook</a></li><li><a class="fr-btn--twitter-x fr-btn" href="#">Partager sur X</a></li><li><a class="fr-btn--linkedin fr-btn" href="#">Partager sur LinkedIn</a></li><li><button class="fr-btn--copy fr-btn">Copier dans le presse-papier</button></li></ul></div>
</article>
</div>
<div class="fr-col-12 fr-col-md-4"><aside class="fr-sidemenu">
 <h2 class="fr-h5">Sur le même sujet</h2>{rel}
 <div class="fr-card"><div class="fr-card__body"><h3 class="fr-card__title"><a href="/calamites-agricoles">Calamités agricoles : comment être indemnisé ?</a></h3><p class="fr-card__desc">Le guide des démarches pour les exploitants sinistrés.</p><p class="fr-card__detail">Mis à jour le 12 janvier 2024</p></div></div>
</aside></div>
</div>
<div class="fr-follow"><div class="fr-follow__newsletter"><h2 class="fr-h5">Abonnez-vous à notre lettre d’information</h2><p class="fr-text--sm">Recevez chaque semaine l’essentiel de l’actualité du ministère.</p><a class="fr-btn" href="/abonnements">S'abonner</a></div></div>
</div>
</main>
<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container">
 <div class="fr-footer__body"><div class="fr-footer__content"><p class="fr-footer__content-desc">Ministère de l'Agriculture et de la Souveraineté alimentaire – 78 rue de Varenne, 75349 Paris 07 SP</p>{footl}</div></div>
 <div class="fr-footer__bottom">{footb}<div class="fr-footer__bottom-copy"><p>Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous licence etalab-2.0</p></div></div>
</div></footer>
<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer</span><button id="tarteaucitronPersonalize2">Tout accepter</button><button id="tarteaucitronAllDenied2">Tout refuser</button></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/themes/custom/dsfr/js/dsfr.module.min.js?s8k2la"></script>
</body>
</html>'''
    save('fr_drupal_ministere', html, {
     "url": "https://agriculture-souverainete.example.gouv.fr/inondations-plan-40-millions-maraichers",
     "language": "fr",
     "title": "Inondations : un plan de 40 millions d’euros pour les maraîchers des Hauts-de-France",
     "published": "2024-02-02",
     "body_first": "Le ministre de l’Agriculture et de la Souveraineté alimentaire a présenté ce vendredi un plan de soutien de 40 millions d’euros destiné aux exploitations maraîchères touchées par les inondations de l’automne dans les Hauts-de-France.",
     "body_last": "Un premier point d’étape sera présenté aux organisations professionnelles agricoles à la fin du mois d’avril.",
     "absent": ["Un dispositif d’indemnisation des pertes non assurées, ouvert jusqu’au 31 mars, complété par une aide à la remise en état des parcelles.", "Parcelle de poireaux inondée près de Saint-Omer, novembre 2023.", "Cabinet du ministre – Service de presse", "Calamités agricoles : comment être indemnisé ?"],
     "notes": "Drupal 10 + DSFR (French state design system). 'Communiqué de presse' tag above h1; <title> has ministry name; og:title shortened. Visible 'Publié le 02 février 2024 | Mis à jour le 05 février 2024'; dcterms.date meta holds the update day (05). Chapô (lead) above body is not body. Sidebar card 'Mis à jour le 12 janvier 2024'; deadlines 19 février / 31 mars in text."})

def nl_typo3():
    nav = ul(['Wonen en leven','Werk en inkomen','Zorg en ondersteuning','Verkeer en parkeren','Ondernemen','Bestuur en organisatie','Nieuws'], 'navigation__list', '/')
    side = ul([('Herinrichting Stationsplein gaat van start','/nieuws/herinrichting-stationsplein'),('Gemeente zoekt vrijwilligers voor Open Monumentendag','/nieuws/vrijwilligers-open-monumentendag'),('Afvalkalender 2025 vanaf december online','/nieuws/afvalkalender-2025'),('Raad stemt in met nieuw speelruimteplan','/nieuws/speelruimteplan')], 'news-list__related')
    foot = ul(['Contact','Openingstijden','Privacyverklaring','Toegankelijkheid','Proclaimer','Cookies','Kwetsbaarheid melden'], 'footer__links', '/')
    foot += '<h2>Veelgezocht</h2>' + ul(['Paspoort of ID-kaart aanvragen','Verhuizing doorgeven','Rijbewijs verlengen','Parkeervergunning','Afvalkalender','Grofvuil ophalen','Omgevingsvergunning','Uittreksel BRP','Bijstandsuitkering','Kwijtschelding gemeentelijke belastingen','Huwelijk of partnerschap','Evenementenvergunning'], 'footer__popular', '/producten/')
    foot += '<h2>Agenda</h2><ul class="agenda"><li><a href="/agenda/raadsvergadering-26-september">Raadsvergadering – donderdag 26 september 2024, 19.30 uur</a></li><li><a href="/agenda/inloopavond-stationsplein">Inloopavond herinrichting Stationsplein – dinsdag 1 oktober 2024</a></li><li><a href="/agenda/repaircafe">Repaircafé in de bibliotheek – zaterdag 12 oktober 2024</a></li></ul>'
    nav += ul(['Afval','Belastingen','Burgerzaken','Gezondheid','Onderwijs','Sport en cultuur','Veiligheid','Wonen en bouwen','Subsidies','Vacatures','Gemeenteraad','Bekendmakingen'], 'navigation__mega', '/onderwerpen/')
    body = paras([
     'Vanaf 1 januari 2025 mogen inwoners van Zuiderveen hun groente-, fruit- en tuinafval (gft) en etensresten ook in ondergrondse verzamelcontainers in de wijk kwijt.',
     'De gemeente plaatst daarvoor de komende maanden 64 nieuwe containers, vooral in buurten met veel appartementen en weinig ruimte voor een eigen groene bak. Bewoners openen de containers met hun bestaande afvalpas.',
     'Wethouder Sanne de Wit: ‘In de hoogbouw belandt nu nog bijna de helft van het gft bij het restafval. Dat is zonde, want van groente- en fruitafval maken we compost en biogas. Met de nieuwe containers maken we het scheiden makkelijker.’',
     'Op dit moment wordt in Zuiderveen ongeveer 38 procent van het gft gescheiden ingezameld. De gemeente wil dat aandeel in 2027 verhogen naar 60 procent. Minder restafval betekent ook lagere verwerkingskosten, wat op termijn gunstig is voor de afvalstoffenheffing.',
     'Alle huishoudens in de betreffende wijken ontvangen in december een brief met de locatie van de dichtstbijzijnde container en een gratis keukenbakje met compostzakken. Bewoners die nu al een groene minicontainer hebben, kunnen die gewoon blijven gebruiken.',
     'Meer informatie over de locaties staat op de afvalpagina van de gemeente.'])
    html = f'''<!DOCTYPE html>
<html lang="nl-NL">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>Nieuws: Gft straks ook in ondergrondse containers - Gemeente Zuiderveen</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Gft straks ook in ondergrondse containers">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-6d0a0c1f2b3e4f56-min.css?1725870211" media="all">
<link rel="canonical" href="https://www.zuiderveen.example.nl/nieuws/gft-ondergrondse-containers">
</head>
<body id="p214" class="page-214 pagelevel-2 language-0 backendlayout-news layout-default">
<a class="skiplink" href="#main-content">Direct naar de inhoud</a>
<header class="header">
 <div class="header__top"><div class="container"><a class="header__logo" href="/"><img src="/fileadmin/templates/img/logo-zuiderveen.svg" alt="Logo gemeente Zuiderveen, naar de homepage"></a>
 <div class="header__service"><a href="/afspraak-maken">Afspraak maken</a> <a href="/melding-openbare-ruimte">Melding doen</a> <a href="/mijn-zuiderveen">Mijn Zuiderveen</a></div>
 <form class="header__search" action="/zoeken"><label for="q">Zoeken</label><input id="q" name="q" type="search" placeholder="Waar bent u naar op zoek?"></form></div></div>
 <nav class="navigation" aria-label="Hoofdmenu"><div class="container">{nav}</div></nav>
</header>
<div class="breadcrumb"><div class="container"><ol class="breadcrumb__list" itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Home</a></li><li><a href="/nieuws">Nieuws</a></li><li class="active">Gft straks ook in ondergrondse containers</li></ol></div></div>
<main id="main-content" class="main"><div class="container"><div class="row">
<div class="col-md-8">
<!--TYPO3SEARCH_begin-->
<div id="c1873" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
 <div class="header"><h1 itemprop="headline">Gft straks ook in ondergrondse containers</h1></div>
 <div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-09-09">maandag 9 september 2024</time></span> <span class="news-list-category">Afval en milieu</span></p></div>
 <div class="lead" itemprop="description"><p>Inwoners van flats en appartementen kunnen hun groente-, fruit- en tuinafval vanaf volgend jaar dicht bij huis gescheiden aanbieden.</p></div>
 <div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img itemprop="image" src="/fileadmin/_processed_/a/3/csm_gft-container_8e1b2a7f3c.jpg" width="720" height="405" alt=""></div><p class="news-img-caption">Een ondergrondse container aan de Lindelaan, waar de proef vorig jaar begon.</p></div></div>
 <div class="news-text-wrap" itemprop="articleBody">
{body}
 </div>
 <div class="news-related-wrap"><div class="news-related news-related-links"><h4>Gerelateerde links</h4><ul><li><a href="/afval" title="Afval en recycling">Afval en recycling</a></li><li><a href="/afvalpas" title="Afvalpas aanvragen">Afvalpas aanvragen</a></li></ul></div></div>
 <div class="news-backlink-wrap"><a href="/nieuws">Terug naar het nieuwsoverzicht</a></div>
</div></div>
</div>
<!--TYPO3SEARCH_end-->
</div>
<aside class="col-md-4 sidebar">
 <div class="frame frame-type-news_newsliststicky"><h2>Meer nieuws</h2>{side}
 <p class="news-list-date">vrijdag 6 september 2024</p></div>
 <div class="frame frame-type-text"><h2>Contact</h2><p>Heeft u een vraag? Bel 14 0597 of stuur een bericht via het contactformulier. Wij zijn op werkdagen bereikbaar van 8.30 tot 17.00 uur.</p></div>
 <div class="frame frame-type-text"><h2>Volg ons</h2><p><a href="https://www.facebook.com/">Facebook</a> · <a href="https://www.instagram.com/">Instagram</a> · <a href="https://www.linkedin.com/">LinkedIn</a></p></div>
</aside>
</div></div></main>
<footer class="footer"><div class="container">
 <div class="footer__address"><h2>Gemeente Zuiderveen</h2><p>Raadhuisplein 1<br>9561 AB Zuiderveen</p><p>Postbus 20<br>9560 AA Zuiderveen</p></div>
 <nav class="footer__nav" aria-label="Footer">{foot}</nav>
 <p class="footer__copyright">© Gemeente Zuiderveen 2024</p>
</div></footer>
<div class="cookie-notice" role="dialog"><p>Deze website gebruikt alleen functionele en analytische cookies die geen inbreuk maken op uw privacy.</p><button class="cookie-notice__close">Sluiten</button></div>
<script src="/typo3temp/assets/compressed/merged-1b2c3d4e5f60718293-min.js?1725870211"></script>
</body>
</html>'''
    save('nl_typo3_gemeente', html, {
     "url": "https://www.zuiderveen.example.nl/nieuws/gft-ondergrondse-containers",
     "language": "nl",
     "title": "Gft straks ook in ondergrondse containers",
     "published": "2024-09-09",
     "body_first": "Vanaf 1 januari 2025 mogen inwoners van Zuiderveen hun groente-, fruit- en tuinafval (gft) en etensresten ook in ondergrondse verzamelcontainers in de wijk kwijt.",
     "body_last": "Meer informatie over de locaties staat op de afvalpagina van de gemeente.",
     "absent": ["Inwoners van flats en appartementen kunnen hun groente-, fruit- en tuinafval vanaf volgend jaar dicht bij huis gescheiden aanbieden.", "Een ondergrondse container aan de Lindelaan, waar de proef vorig jaar begon.", "Gemeente zoekt vrijwilligers voor Open Monumentendag", "Terug naar het nieuwsoverzicht"],
     "notes": "TYPO3 news extension (tx_news) on a Dutch municipality site. Title prefixed 'Nieuws:' and suffixed with site in <title>. Date in Dutch with weekday; first body sentence starts with a future date (1 januari 2025); sidebar has another date; copyright 2024. Lead paragraph (itemprop=description) is a standfirst, not body."})

def it_joomla():
    nav = ul(['Home','Amministrazione','Servizi','Novità','Vivere il Comune','Documenti e dati','Albo pretorio'], 'nav navbar-nav mod-list', '/index.php/')
    most = ul([('Orari estivi della biblioteca civica','/index.php/novita/orari-biblioteca'),('Bando contributi affitti 2023','/index.php/novita/bando-affitti'),('Avviso di chiusura del cimitero comunale','/index.php/novita/chiusura-cimitero'),('Raccolta differenziata: nuovo calendario','/index.php/novita/calendario-raccolta')], 'mostread mod-list')
    foot = ul(['Privacy policy','Note legali','Dichiarazione di accessibilità','Amministrazione trasparente','Mappa del sito'], 'footer-links', '/index.php/')
    foot += '<h4>Servizi online</h4>' + ul(['Carta d’identità elettronica','Certificati anagrafici','Pagamenti PagoPA','Iscrizione mensa scolastica','Segnalazioni e reclami','Permessi ZTL','Prenotazione sale comunali','Pratiche edilizie SUE','Sportello attività produttive','Tributi IMU e TARI'], 'footer-services', '/index.php/servizi/')
    nav += ul(['Sindaca','Giunta comunale','Consiglio comunale','Uffici e orari','Personale','Enti e società partecipate','Bandi di gara','Concorsi','Regolamenti','Statuto'], 'nav mod-list submenu', '/index.php/amministrazione/')
    body = paras([
     'Sono partiti lunedì i lavori di riqualificazione della scuola primaria “Giovanni Pascoli” di via dei Mille, finanziati con 1,2 milioni di euro del Piano nazionale di ripresa e resilienza.',
     'L’intervento prevede il rifacimento completo della copertura, la sostituzione dei serramenti e l’installazione di un impianto fotovoltaico da 45 kilowatt sul tetto della palestra. Al termine dei lavori l’edificio passerà dalla classe energetica F alla classe B.',
     'Durante il cantiere le lezioni proseguiranno regolarmente: le classi del primo piano sono state trasferite temporaneamente nei locali della scuola media di piazza Garibaldi, dove è stato attivato anche il servizio mensa.',
     '«È il più importante investimento sull’edilizia scolastica degli ultimi vent’anni», ha dichiarato la sindaca Marta Colombo durante il sopralluogo di inaugurazione del cantiere. «Restituiremo alle famiglie una scuola più sicura, più calda d’inverno e più fresca d’estate».',
     'La conclusione dei lavori è prevista entro l’estate 2024, in tempo per l’inizio del nuovo anno scolastico. Per tutta la durata del cantiere via dei Mille sarà a senso unico alternato nel tratto compreso tra via Verdi e via Cavour.',
     'Gli aggiornamenti sull’avanzamento del cantiere saranno pubblicati sul sito istituzionale e sulla pagina Facebook del Comune.'])
    html = f'''<!DOCTYPE html>
<html lang="it-it" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="Ufficio Stampa">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Comune di San Vitale sul Lario - Scuola Pascoli, al via i lavori finanziati dal PNRR</title>
<link href="/templates/cassiopeia/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/templates/site/cassiopeia/css/template.min.css?8a7c53" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"system.paths":{{"root":"","rootFull":"https:\\/\\/www.comune.sanvitalesullario.example.it\\/","base":"","baseFull":"https:\\/\\/www.comune.sanvitalesullario.example.it\\/"}},"csrf.token":"4d1a8f0b7c2e9d6a3b5f1e0c8a7d6b5c"}}</script>
<script src="/media/system/js/core.min.js?37ffe4"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
<header class="header container-header full-width">
 <div class="container-topbar"><div class="moduletable">Regione Lombardia · Provincia di Como · <a href="https://www.pec.example.it">PEC: protocollo@pec.sanvitale.example.it</a></div></div>
 <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Comune di San Vitale sul Lario">Comune di San Vitale sul Lario</span></a></div></div>
 <div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Menu principale">{nav}</nav>
 <div class="container-search"><form action="/index.php/component/finder/search" method="get" role="search"><label for="mod-finder-searchword">Cerca</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Cerca nel sito..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Percorso"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Sei qui: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">Home</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/novita" class="pathway">Novità</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Scuola Pascoli, al via i lavori finanziati dal PNRR</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
 <meta itemprop="inLanguage" content="it-IT">
 <div class="page-header"><h1 itemprop="headline">Scuola Pascoli, al via i lavori finanziati dal PNRR</h1></div>
 <dl class="article-info text-muted">
  <dt class="article-info-term">Dettagli</dt>
  <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Scritto da: <span itemprop="name">Ufficio Stampa</span></dd>
  <dd class="category-name">Categoria: <a href="/index.php/novita" itemprop="genre">Comunicati stampa</a></dd>
  <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2023-11-21T10:05:00+01:00" itemprop="datePublished">Pubblicato: 21 Novembre 2023</time></dd>
  <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1483">Visite: 1483</dd>
 </dl>
 <figure class="left item-image"><img src="/images/news/2023/cantiere-pascoli.jpg" itemprop="image" width="800" height="533" loading="lazy" alt="Cantiere scuola Pascoli"><figcaption class="caption">Il sopralluogo della sindaca con i tecnici dell’impresa appaltatrice</figcaption></figure>
 <div itemprop="articleBody" class="com-content-article__body">
{body}
 </div>
 <ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/index.php/component/tags/tag/pnrr" class="btn-sm btn-info">PNRR</a></li><li class="list-inline-item tag-7 tag-list1"><a href="/index.php/component/tags/tag/scuola" class="btn-sm btn-info">Scuola</a></li></ul>
 <nav class="pagenavigation" aria-label="Navigazione pagina"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/novita/mercatino-natale" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Precedente: Mercatino di Natale in piazza</a> <a class="btn btn-sm btn-secondary next" href="/index.php/novita/consiglio-comunale-novembre" rel="next">Successivo: Convocazione Consiglio comunale <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
 <div class="sidebar-right card"><h3 class="card-header">Le più lette</h3><div class="card-body">{most}</div></div>
 <div class="sidebar-right card"><h3 class="card-header">Orari Uffici</h3><div class="card-body"><p>Anagrafe: lunedì – venerdì 9.00–12.30<br>Ufficio tecnico: martedì e giovedì 9.00–12.00<br>Polizia locale: tutti i giorni 8.00–13.00</p></div></div>
 <div class="sidebar-right card"><h3 class="card-header">Eventi</h3><div class="card-body"><p><strong>3 dicembre 2023</strong> – Concerto della banda civica, Auditorium comunale</p><p><strong>8 dicembre 2023</strong> – Accensione dell’albero in piazza Garibaldi</p></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">
 <p>Comune di San Vitale sul Lario – Piazza Municipio 1 – 22010 San Vitale sul Lario (CO) – C.F. 00412345678 – Tel. 031 000 111</p>
 {foot}
 <p>© 2024 Comune di San Vitale sul Lario</p>
</div></footer>
<div id="cookiehint"><p>Questo sito utilizza solo cookie tecnici necessari al funzionamento. <a href="/index.php/privacy">Maggiori informazioni</a> <a class="btn" href="#">Ok</a></p></div>
</body>
</html>'''
    save('it_joomla_comune', html, {
     "url": "https://www.comune.sanvitalesullario.example.it/index.php/novita/scuola-pascoli-lavori-pnrr",
     "language": "it",
     "title": "Scuola Pascoli, al via i lavori finanziati dal PNRR",
     "published": "2023-11-21",
     "body_first": "Sono partiti lunedì i lavori di riqualificazione della scuola primaria “Giovanni Pascoli” di via dei Mille, finanziati con 1,2 milioni di euro del Piano nazionale di ripresa e resilienza.",
     "body_last": "Gli aggiornamenti sull’avanzamento del cantiere saranno pubblicati sul sito istituzionale e sulla pagina Facebook del Comune.",
     "absent": ["Il sopralluogo della sindaca con i tecnici dell’impresa appaltatrice", "Accensione dell’albero in piazza Garibaldi", "Precedente: Mercatino di Natale in piazza", "Orari estivi della biblioteca civica"],
     "notes": "Joomla 4 Cassiopeia. <title> is 'Site - Headline' (site name first). 'Pubblicato: 21 Novembre 2023' with capitalised month; hits counter; sidebar events in December 2023; footer copyright 2024 (later than publication). Prev/next article links."})

def es_wp_modified():
    nav = ul(['Portada','Actualidad','Economía','Tecnología','Cultura','Deportes','Opinión','Vídeos'], 'td-menu', '/')
    rel = '\n'.join(f'<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/{slug(t)}/">{t}</a></h3></div>' for t in
       ['Qué cambia en la factura de la luz a partir de julio','Los precios del alquiler suben un 9 % en las capitales de provincia','Guía para pedir el bono social térmico paso a paso','Cinco errores comunes al declarar la renta'])
    foot = ul(['Aviso legal','Política de privacidad','Política de cookies','Contacto','Publicidad','Quiénes somos'], 'td-footer-menu', '/')
    body = paras([
     'La campaña de la declaración de la renta 2023 se puede presentar por internet hasta el 1 de julio, y quienes prefieran la atención presencial en las oficinas de la Agencia Tributaria tienen que pedir cita previa antes del 28 de junio.',
     'Están obligados a declarar, con carácter general, los contribuyentes que hayan obtenido rendimientos del trabajo superiores a 22.000 euros anuales de un solo pagador. El límite baja a 15.876 euros cuando existen dos o más pagadores y lo percibido del segundo y siguientes supera los 1.500 euros.',
     'Una de las novedades de este año es la deducción de hasta 100 euros mensuales para madres con hijos menores de tres años que perciban prestaciones por desempleo, que antes quedaban fuera de esta ayuda. También se ha ampliado la reducción por rendimientos del trabajo para las rentas más bajas.',
     'Hacienda recuerda que el borrador no siempre incluye todos los datos que pueden beneficiar al contribuyente, como las cuotas sindicales, las donaciones a ONG o determinadas deducciones autonómicas por alquiler. Por eso recomienda revisarlo con calma antes de confirmarlo.',
     'Si el resultado sale a devolver, el dinero suele llegar en pocas semanas. Cuando sale a pagar, es posible fraccionar el importe en dos plazos sin intereses: el 60 % al presentar la declaración y el 40 % restante hasta el 5 de noviembre.',
     'Quienes detecten un error después de presentar la declaración pueden corregirlo mediante una declaración rectificativa, disponible en la sede electrónica durante todo el año.'])
    comments = '''<ol class="comment-list"><li class="comment"><div class="comment-meta"><cite class="comment-author">Lucía M.</cite> <time datetime="2024-05-23T18:20:00+02:00">23 mayo, 2024 a las 18:20</time></div><div class="comment-content"><p>¿Y si he cambiado de comunidad autónoma a mitad de año? No encuentro cuál me corresponde.</p></div></li></ol>'''
    html = f'''<!doctype html>
<html lang="es">
<head>
<meta charset="UTF-8">
<title>Renta 2023: plazos, quién está obligado a declarar y novedades | El Diario Práctico</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:locale" content="es_ES">
<meta property="og:type" content="article">
<meta property="og:title" content="Renta 2023: todo lo que necesitas saber">
<meta property="og:site_name" content="El Diario Práctico">
<meta property="article:modified_time" content="2024-05-22T09:41:12+00:00">
<meta property="og:updated_time" content="2024-05-22T09:41:12+00:00">
<link rel="canonical" href="https://www.eldiariopractico.example.es/renta-2023-plazos-obligados-novedades/">
<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.3" type="text/css" media="all">
{jsonld({"@context":"https://schema.org","@type":"WebPage","name":"Renta 2023: plazos, quién está obligado a declarar y novedades","dateModified":"2024-05-22T11:41:12+02:00","inLanguage":"es-ES","isPartOf":{"@type":"WebSite","name":"El Diario Práctico"}})}
</head>
<body class="post-template-default single single-post td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
 <div class="td-header-top-menu"><div class="td-header-sp-top-menu"><div class="td_data_time">miércoles, 5 junio 2024</div><ul class="top-header-menu"><li><a href="/suscripciones/">Suscríbete</a></li><li><a href="/newsletter/">Boletín</a></li><li><a href="/login/">Iniciar sesión</a></li></ul></div></div>
 <div class="td-banner-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-logo-text">El Diario Práctico</span><span class="td-tagline-text">Información útil para el día a día</span></a></div></div>
 <div class="td-header-menu-wrap-full"><nav id="td-header-menu" role="navigation">{nav}</nav></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Inicio</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/economia/">Economía</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/economia/impuestos/">Impuestos</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-20931" class="post-20931 post type-post status-publish format-standard category-impuestos">
 <div class="td-post-header">
  <ul class="td-category"><li class="entry-category"><a href="/economia/impuestos/">Impuestos</a></li></ul>
  <header class="td-post-title"><h1 class="entry-title">Renta 2023: plazos, quién está obligado a declarar y novedades</h1>
  <p class="td-post-sub-title">Todo lo que hay que saber para presentar la declaración sin sustos este año</p>
  <div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Por</div> <a href="/author/redaccion/">Redacción</a></div>
  <span class="td-post-date td-post-modified">Actualizado el <time class="entry-date updated td-module-date" datetime="2024-05-22T11:41:12+02:00">22/05/2024</time></span>
  <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-20931">3.214</span></div></div></header>
 </div>
 <div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-whatsapp" href="#"><span class="td-social-but-text">WhatsApp</span></a><a class="td-social-sharing-button td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a></div></div>
 <div class="td-post-content tagdiv-type">
  <div class="td-post-featured-image"><figure><img class="entry-thumb" src="/wp-content/uploads/2024/04/renta-ordenador.jpg" alt="" width="696" height="464"><figcaption class="wp-caption-text">Un contribuyente consulta el borrador en la sede electrónica. Foto: Archivo</figcaption></figure></div>
{body}
  <div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Publicidad -</span><div class="ad-slot" id="div-gpt-ad-content-bottom"></div></div>
 </div>
 <footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>ETIQUETAS</span></li><li><a href="/tag/renta/">renta</a></li><li><a href="/tag/hacienda/">Hacienda</a></li></ul></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">Artículos relacionados</a></h4>{rel}</div>
<div class="comments" id="comments"><h4 class="block-title"><span>1 COMENTARIO</span></h4>{comments}</div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
 <div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>Síguenos</span></h4><p>48.201 Fans · 12.930 Seguidores · 5.114 Suscriptores</p></div>
 <div class="td_block_wrap td_block_7"><h4 class="block-title"><span>Lo más leído</span></h4><ul><li><a href="/jubilacion-anticipada-requisitos-2024/">Jubilación anticipada: requisitos en 2024</a></li><li><a href="/ayudas-placas-solares/">Las ayudas para placas solares que siguen abiertas</a></li><li><a href="/paro-mayores-52/">Subsidio para mayores de 52 años: cuantía actualizada</a></li></ul></div>
</div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="footer-text-wrap">El Diario Práctico es una publicación de Medios Prácticos S.L. Contacto: redaccion@eldiariopractico.example.es</div>{foot}</div></div>
<div class="td-sub-footer-container"><div class="td-container"><div class="td-sub-footer-copy">© Copyright 2024 - El Diario Práctico. Todos los derechos reservados.</div></div></div>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.</p></div><button class="cmplz-btn cmplz-accept">Aceptar</button><button class="cmplz-btn cmplz-deny">Rechazar</button></div></div>
<script type="text/javascript" src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3" id="td-site-min-js"></script>
</body>
</html>'''
    save('es_wordpress_solo_modificado', html, {
     "url": "https://www.eldiariopractico.example.es/renta-2023-plazos-obligados-novedades/",
     "language": "es",
     "title": "Renta 2023: plazos, quién está obligado a declarar y novedades",
     "published": "2024-05-22",
     "body_first": "La campaña de la declaración de la renta 2023 se puede presentar por internet hasta el 1 de julio, y quienes prefieran la atención presencial en las oficinas de la Agencia Tributaria tienen que pedir cita previa antes del 28 de junio.",
     "body_last": "Quienes detecten un error después de presentar la declaración pueden corregirlo mediante una declaración rectificativa, disponible en la sede electrónica durante todo el año.",
     "absent": ["Todo lo que hay que saber para presentar la declaración sin sustos este año", "Un contribuyente consulta el borrador en la sede electrónica.", "Los precios del alquiler suben un 9 % en las capitales de provincia", "¿Y si he cambiado de comunidad autónoma a mitad de año?"],
     "notes": "WordPress 'Newspaper' theme. ONLY a modified date exists: 'Actualizado el 22/05/2024' (day-first numeric), article:modified_time and JSON-LD dateModified; no datePublished anywhere. Judgement: the only date the page states for the article is taken as published (2024-05-22); a strict extractor may return null. Header shows today's date 'miércoles, 5 junio 2024' (crawl day), comment dated 23 May, deadlines 1 July/28 June/5 November in text. Subtitle under h1 is not body."})

for f in (de_wp, fr_gouv, nl_typo3, it_joomla, es_wp_modified): f()
