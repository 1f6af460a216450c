from common import *
import json as J

# 27 Angular SSR, German, near-midnight offset
state = {"article-1177":{"id":1177,"title":"Hafenfähre fährt ab Januar im 20-Minuten-Takt","teaser":"Die Verkehrsbetriebe reagieren auf die stark gestiegenen Fahrgastzahlen.","published":"2023-09-30T22:20:00Z","modified":"2023-10-01T07:05:00Z","ressort":"Hamburg-Harburg"}}
doc = f'''<!DOCTYPE html><html lang="de"><head>
  <meta charset="utf-8">
  <title>Hafenfähre fährt ab Januar im 20-Minuten-Takt | Elbe-Kurier</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="date" content="2023-10-01T00:20:00+02:00">
  <meta property="og:title" content="Hafenfähre fährt ab Januar im 20-Minuten-Takt">
<link rel="stylesheet" href="styles.4f2a8c1d9e.css"><style ng-transition="serverApp">.article-header[_ngcontent-sc112]{{margin:0 auto;max-width:760px}}.kicker[_ngcontent-sc112]{{color:#c00;text-transform:uppercase;font-weight:700}}</style></head>
<body><app-root _nghost-sc1="" ng-version="16.2.3"><app-consent _ngcontent-sc1="" _nghost-sc9=""><div _ngcontent-sc9="" class="consent-layer"><p _ngcontent-sc9="">Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung anzuzeigen.</p><button _ngcontent-sc9="">Alle akzeptieren</button><button _ngcontent-sc9="">Einstellungen</button></div></app-consent>
<app-header _ngcontent-sc1="" _nghost-sc10=""><header _ngcontent-sc10="" class="site-header"><a _ngcontent-sc10="" routerlink="/" class="brand" href="/">Elbe-Kurier</a><nav _ngcontent-sc10="">{''.join(f'<a _ngcontent-sc10="" href="/{x.lower()}">{x}</a>' for x in ["Hamburg","Harburg","Altona","Politik","Wirtschaft","Sport","Kultur","Service"])}</nav></header></app-header>
<router-outlet _ngcontent-sc1=""></router-outlet><app-article-page _nghost-sc112=""><article _ngcontent-sc112="" class="article">
<div _ngcontent-sc112="" class="article-header"><app-breadcrumb _ngcontent-sc112=""><ol class="bc"><li><a href="/">Start</a></li><li><a href="/harburg">Harburg</a></li><li>Verkehr</li></ol></app-breadcrumb>
<span _ngcontent-sc112="" class="kicker">Mehr Verbindungen</span>
<h1 _ngcontent-sc112="" class="headline">Hafenfähre fährt ab Januar im 20-Minuten-Takt</h1>
<p _ngcontent-sc112="" class="teaser">Die Verkehrsbetriebe reagieren auf die stark gestiegenen Fahrgastzahlen.</p>
<div _ngcontent-sc112="" class="meta"><app-author _ngcontent-sc112=""><span>Von Lena Hoffmann</span></app-author><time _ngcontent-sc112="" datetime="2023-09-30T22:20:00Z">01.10.2023, 00:20 Uhr</time><!----></div></div>
<div _ngcontent-sc112="" class="article-body"><!----><app-paragraph _nghost-sc113=""><p _ngcontent-sc113="">Die Hafenfähre zwischen Harburg-Binnenhafen und den Landungsbrücken fährt ab dem 8. Januar tagsüber alle 20 Minuten statt wie bisher alle 40 Minuten.</p></app-paragraph><!----><app-paragraph _nghost-sc113=""><p _ngcontent-sc113="">Das hat der Aufsichtsrat der Verkehrsbetriebe am Freitag beschlossen. Seit der Einführung des Deutschlandtickets ist die Zahl der Fahrgäste auf der Linie um fast 60 Prozent gestiegen.</p></app-paragraph><!----><app-paragraph _nghost-sc113=""><p _ngcontent-sc113="">Für den dichteren Takt wird ein zweites Schiff eingesetzt, das derzeit noch auf einer Werft in Finkenwerder umgebaut wird.</p></app-paragraph><!----><app-ad-slot _nghost-sc114=""><div _ngcontent-sc114="" class="ad"><span _ngcontent-sc114="">Anzeige</span></div></app-ad-slot><!----><app-subheadline _nghost-sc115=""><h2 _ngcontent-sc115="">Auch am Wochenende mehr Fahrten</h2></app-subheadline><!----><app-paragraph _nghost-sc113=""><p _ngcontent-sc113="">An Samstagen und Sonntagen soll die Fähre künftig bis 23 Uhr verkehren. Bislang endet der Betrieb am Wochenende um 20 Uhr.</p></app-paragraph><!----><app-paragraph _nghost-sc113=""><p _ngcontent-sc113="">Die Mehrkosten von rund 1,9 Millionen Euro pro Jahr trägt die Stadt.</p></app-paragraph><!----></div>
<app-teaser-list _ngcontent-sc112=""><section class="teasers"><h3>Das könnte Sie auch interessieren</h3><a href="/harburg/s-bahn-sperrung">S-Bahn-Sperrung zwischen Harburg und Hauptbahnhof im November</a><a href="/hamburg/deutschlandticket-bilanz">Ein Jahr Deutschlandticket: Die Bilanz der Verkehrsbetriebe</a></section></app-teaser-list>
</article></app-article-page>
<app-footer _ngcontent-sc1=""><footer class="site-footer">{ul(["Impressum","Datenschutz","Cookie-Einstellungen","Kontakt","Mediadaten","ePaper","Abo"])}<p>© Elbe-Kurier Verlag 2023</p></footer></app-footer></app-root>
<script src="runtime.7b1d.js" type="module"></script><script src="polyfills.9e4f.js" type="module"></script><script src="main.2c8a.js" type="module"></script>
<script id="serverApp-state" type="application/json">{J.dumps(state, ensure_ascii=False).replace('"','&q;')}</script>
</body></html>'''
page('de_angular_ssr_faehre', 'https://www.elbe-kurier.example/harburg/verkehr/hafenfaehre-20-minuten-takt-id1177', 'de',
 'Hafenfähre fährt ab Januar im 20-Minuten-Takt', '2023-10-01',
 'Die Hafenfähre zwischen Harburg-Binnenhafen und den Landungsbrücken fährt ab dem 8. Januar tagsüber alle 20 Minuten statt wie bisher alle 40 Minuten.',
 'Die Mehrkosten von rund 1,9 Millionen Euro pro Jahr trägt die Stadt.',
 ['S-Bahn-Sperrung zwischen Harburg und Hauptbahnhof im November', 'Wir verwenden Cookies und ähnliche Technologien', 'Das könnte Sie auch interessieren'],
 'Angular Universal SSR with _ngcontent attributes, custom elements, <!----> comments, escaped &q; transfer-state JSON; time datetime 22:20Z on 30 Sep but local 01.10.2023 00:20 -> 2023-10-01; kicker and teaser excluded; Anzeige slot mid-body.', doc)

# 28 AMP page
doc = f'''<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.example/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.example/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.example/v0/amp-social-share-0.1.js"></script>
<title>Volunteer divers pull 2 tonnes of ghost nets from Pellin Reef - Coastline Weekly</title>
<link rel="canonical" href="https://www.coastlineweekly.example/environment/volunteer-divers-ghost-nets-pellin-reef">
<meta name="viewport" content="width=device-width">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.coastlineweekly.example/environment/volunteer-divers-ghost-nets-pellin-reef","headline":"Volunteer divers pull 2 tonnes of ghost nets from Pellin Reef","datePublished":"2022-11-06T08:00:00+10:00","dateModified":"2022-11-07T10:30:00+10:00","author":{"@type":"Person","name":"Sam Okoro"},"publisher":{"@type":"Organization","name":"Coastline Weekly"}})}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif;margin:0}}.hdr{{background:#003b5c;color:#fff;padding:12px}}.art{{padding:16px;max-width:700px;margin:auto}}h1{{font-size:28px;line-height:1.2}}.meta{{color:#666;font-size:14px}}.cap{{font-size:13px;color:#555}}.rel a{{display:block;margin:6px 0}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics>
<header class="hdr"><a href="https://www.coastlineweekly.example/">Coastline Weekly</a> <amp-sidebar id="menu" layout="nodisplay" side="left"><nav>{ul(["News","Environment","Fishing","Tourism","Community","Opinion"])}</nav></amp-sidebar><button on="tap:menu.toggle">Menu</button></header>
<amp-user-notification id="consent" layout="nodisplay"><p>This site uses cookies for analytics. <button on="tap:consent.dismiss">OK</button></p></amp-user-notification>
<article class="art">
<div class="section">Environment</div>
<h1>Volunteer divers pull 2 tonnes of ghost nets from Pellin Reef</h1>
<div class="meta">By Sam Okoro · Sunday 6 November 2022 · Updated Monday 7 November 2022</div>
<amp-img src="https://www.coastlineweekly.example/img/nets.jpg" width="700" height="420" layout="responsive" alt="Divers with nets"></amp-img>
<p class="cap">Divers haul a section of abandoned net onto the boat. Picture: Reef Guardians</p>
<p>A team of 26 volunteer divers has removed almost two tonnes of abandoned fishing nets from Pellin Reef in a single weekend.</p>
<p>The so-called ghost nets, lost or discarded by fishing boats, can drift for years and continue to trap turtles, sharks and other marine animals.</p>
<p>Reef Guardians coordinator Mele Tupou said the group found three turtles tangled in the nets, two of which were freed alive.</p>
<p>"It's confronting work, but every net we bring up is one less that's out there killing wildlife," Ms Tupou said.</p>
<p>The nets will be sorted and sent to a recycling facility that turns them into plastic pellets for the manufacturing industry.</p>
<p>The group plans another clean-up dive in March.</p>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share>
<div class="rel"><h3>Related stories</h3><a href="#">Turtle hatchlings return to Korbin Beach</a><a href="#">Fishing fleet trials biodegradable nets</a><a href="#">Council bans single-use plastics at beaches</a></div>
</article>
<footer><p>© 2022 Coastline Weekly. <a href="https://www.coastlineweekly.example/environment/volunteer-divers-ghost-nets-pellin-reef">View non-AMP version</a></p><p>Terms · Privacy · Contact · Advertise</p></footer>
</body>
</html>'''
page('en_amp_ghost_nets', 'https://www.coastlineweekly.example/amp/environment/volunteer-divers-ghost-nets-pellin-reef', 'en',
 'Volunteer divers pull 2 tonnes of ghost nets from Pellin Reef', '2022-11-06',
 'A team of 26 volunteer divers has removed almost two tonnes of abandoned fishing nets from Pellin Reef in a single weekend.',
 'The group plans another clean-up dive in March.',
 ['Divers haul a section of abandoned net onto the boat.', 'Fishing fleet trials biodegradable nets', 'View non-AMP version'],
 'AMP page: amp-img, amp-sidebar nav, amp-user-notification; no container div for body (paragraphs directly in article); published 08:00 +10:00 = 22:00Z 5 Nov -> 2022-11-06; visible "Sunday 6 November 2022" and Updated.', doc)

# 29 Print-friendly
doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Print - Valley Courier</title>
<meta name="robots" content="noindex, nofollow">
<style>body{{font-family:"Times New Roman",serif;font-size:12pt;margin:2cm;color:#000}}h1{{font-size:20pt}}.noprint{{display:none}}.print-header,.print-footer{{font-size:9pt;color:#444;border-bottom:1px solid #999}}@media print{{.noprint{{display:none}}}}a{{color:#000;text-decoration:none}}</style>
</head>
<body onload="window.print()">
<div class="print-header"><img src="/img/logo-bw.png" alt="Valley Courier" height="40"><br>Printed from valleycourier.example on Monday, December 7, 2026</div>
<div class="noprint"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div>
<h1>School board approves four-day week pilot for Ashby district</h1>
<p class="byline">By Morgan Ellis, Staff Writer<br>Thursday, April 13, 2023 at 7:52 pm</p>
<p>The Ashby Unified school board voted 4-1 on Wednesday night to pilot a four-day school week at three rural campuses starting in the fall.</p>
<p>Under the plan, students at Cedar Flats Elementary, Ashby Middle and Pine Ridge High would attend school Monday through Thursday, with longer days to keep total instructional hours the same.</p>
<p>District officials said the change could help recruit teachers, who have been leaving for districts that already use the schedule.</p>
<p>"We lost eleven teachers last year, and in exit interviews the four-day week came up again and again," Superintendent Rosa Delgado told the board.</p>
<p>Board member Frank Huang, who cast the lone no vote, said he worried about families who would need child care on Fridays.</p>
<p>The district will offer optional Friday enrichment programs and meal pickups for students who need them.</p>
<p>The pilot will run for two school years, after which the board will review test scores, attendance and staff retention before deciding whether to expand it.</p>
<p>Families can share feedback at a public forum at Ashby Middle School on May 2.</p>
<hr>
<p class="print-footer">Copyright © 2023 Valley Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.<br>URL: https://www.valleycourier.example/news/education/school-board-approves-four-day-week-pilot/article_7f1e2d3c.html</p>
<p class="print-footer">Valley Courier · 211 Main Street · Ashby · Subscriber services: (555) 010-0000 · Report a delivery problem · Submit a letter to the editor · Obituaries · Classifieds</p>
</body>
</html>'''
page('en_print_friendly', 'https://www.valleycourier.example/news/education/school-board-approves-four-day-week-pilot/article_7f1e2d3c.html?print=1', 'en',
 'School board approves four-day week pilot for Ashby district', '2023-04-13',
 'The Ashby Unified school board voted 4-1 on Wednesday night to pilot a four-day school week at three rural campuses starting in the fall.',
 'Families can share feedback at a public forum at Ashby Middle School on May 2.',
 ['Printed from valleycourier.example on Monday, December 7, 2026', 'Copyright © 2023 Valley Courier. All rights reserved.', 'Close window'],
 'Print-friendly page: minimal markup, no article container, <title> "Print - site"; print timestamp (today) as distractor; byline with date in same p as author; no metadata.', doc)
