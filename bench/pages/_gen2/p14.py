from common import *

# 35 No date at all (charity site)
doc = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Our response to the Hillmoor hospital ward closures — Friends of Hillmoor Hospital</title>
<meta name="description" content="The charity's statement on the proposed closure of two wards.">
<meta property="og:title" content="Our response to the Hillmoor hospital ward closures">
<meta property="og:type" content="website">
</head>
<body class="page-template-default page">
<div class="topbar"><a href="/donate" class="btn-donate">Donate</a> <a href="/shop">Charity shop</a> <a href="/volunteer">Volunteer with us</a></div>
<header class="site-header"><a class="logo" href="/">Friends of Hillmoor Hospital</a><nav>{ul(["About us","What we fund","Get involved","Fundraise","News and statements","Contact"])}</nav></header>
<main>
<div class="page-hero"><p class="eyebrow">Statement</p><h1>Our response to the Hillmoor hospital ward closures</h1></div>
<div class="page-grid"><div class="page-content">
<p>The trustees of Friends of Hillmoor Hospital are deeply concerned by the health board's proposal to close the Willow and Beech wards.</p>
<p>Together these wards provide 38 beds for older patients recovering from surgery or illness. Many of them cannot easily travel to the regional hospital at Castlebridge, which is more than 40 miles away.</p>
<p>Over the last ten years our supporters have raised more than £1.2 million for equipment on these wards, including specialist beds, a day room and a garden that patients can use in their wheelchairs.</p>
<h2>What we are asking for</h2>
<ol><li>A full public consultation before any decision is made.</li><li>Publication of the data on which the proposal is based.</li><li>A guarantee that equipment funded by local people stays in Hillmoor.</li></ol>
<p>We will be meeting the health board's chief executive and will share an update with our members as soon as we can.</p>
<p>If you would like to tell us how the closures would affect you or your family, please write to us at the address below.</p>
</div>
<aside class="page-sidebar"><div class="card"><h3>Become a Friend</h3><p>Membership costs just £10 a year and helps us support patients and staff.</p><a href="/join">Join today</a></div><div class="card"><h3>Latest news</h3><ul><li><a href="#">Summer fete raises £8,400</a></li><li><a href="#">New scanner arrives at minor injuries unit</a></li></ul></div></aside></div>
</main>
<footer class="site-footer"><p>Friends of Hillmoor Hospital, Station Road, Hillmoor</p><p>Registered charity number 1000000</p>{ul(["Privacy policy","Cookie policy","Accessibility"])}<p>© Friends of Hillmoor Hospital</p></footer>
</body></html>'''
page('en_charity_statement_nodate', 'https://www.friendsofhillmoor.example/news/statement-ward-closures/', 'en',
 'Our response to the Hillmoor hospital ward closures', None,
 "The trustees of Friends of Hillmoor Hospital are deeply concerned by the health board's proposal to close the Willow and Beech wards.",
 'If you would like to tell us how the closures would affect you or your family, please write to us at the address below.',
 ['Membership costs just £10 a year', 'Summer fete raises £8,400', 'Registered charity number 1000000'],
 'Charity WordPress page with no date anywhere (no meta, no visible, no URL date, copyright without year) -> published null; "Statement" eyebrow excluded from title.', doc)

# 36 Adobe AEM corporate press release
doc = f'''<!DOCTYPE HTML>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Press Releases | Corvane Pharmaceuticals</title>
<meta name="template" content="press-release-page">
<meta property="og:title" content="Corvane Pharmaceuticals Receives Approval for Pediatric Asthma Inhaler">
<meta name="description" content="Corvane Pharmaceuticals today announced approval of its once-daily inhaler for children aged 6 to 11.">
<link rel="stylesheet" href="/etc.clientlibs/corvane/clientlibs/clientlib-site.lc-5f1d2c3b4a-lc.min.css" type="text/css">
<script src="/etc.clientlibs/clientlibs/granite/jquery.lc-7842899024219bcbdb5e72c946870b79-lc.min.js"></script>
</head>
<body class="page basicpage" id="page-3b8a1c2d9e">
<div class="root container responsivegrid"><div id="container-1a2b" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="header experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-hdr" class="cmp-experiencefragment cmp-experiencefragment--header"><div class="cmp-container"><header class="cmp-header"><a class="cmp-header__logo" href="/content/corvane/us/en.html">Corvane Pharmaceuticals</a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">{''.join(f'<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="#" class="cmp-navigation__item-link">{x}</a></li>' for x in ["Our Science","Products","Patients","Healthcare Professionals","Investors","Newsroom","Careers"])}</ul></nav></header></div></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="#" class="cmp-breadcrumb__item-link"><span>Home</span></a></li><li class="cmp-breadcrumb__item"><a href="#" class="cmp-breadcrumb__item-link"><span>Newsroom</span></a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Press Releases</span></li></ol></nav></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title cmp-title--eyebrow"><p class="cmp-title__text">Press Release</p></div></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div id="title-8c1d" class="cmp-title"><h2 class="cmp-title__text">Corvane Pharmaceuticals Receives Approval for Pediatric Asthma Inhaler</h2></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-subhead" class="cmp-text"><p><i>Once-daily inhaler becomes first in its class approved for children aged 6 to 11</i></p></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-9d2e" class="cmp-text">
<p><b>RIVERTON, N.J., October 2, 2023</b> — Corvane Pharmaceuticals, Inc. today announced that regulators have approved its once-daily maintenance inhaler Brevaxo for children with persistent asthma aged 6 to 11 years.</p>
<p>The approval is based on a 52-week study in 1,140 children, in which Brevaxo reduced severe asthma attacks by 41% compared with a twice-daily standard treatment.</p>
<p>"Parents told us that remembering a second dose every evening was one of the hardest parts of managing their child's asthma," said Dr. Helena Marsh, Chief Medical Officer at Corvane.</p>
<p>Brevaxo is expected to be available in pharmacies in the first quarter of 2024.</p>
<p><b>About Corvane Pharmaceuticals</b><br>Corvane Pharmaceuticals is a specialty pharmaceutical company focused on respiratory medicine, headquartered in Riverton, New Jersey.</p>
<p><b>Forward-Looking Statements</b><br>This press release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially from those expressed or implied.</p>
</div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text cmp-text--contacts"><p><b>Media Contact:</b> Dana Whitfield, media@corvane.example</p><p><b>Investor Contact:</b> Omar Lutz, ir@corvane.example</p></div></div>
<div class="list aem-GridColumn aem-GridColumn--default--12"><div class="cmp-list-wrapper"><h3>Recent Press Releases</h3><ul class="cmp-list"><li class="cmp-list__item"><a class="cmp-list__item-link" href="#"><span class="cmp-list__item-title">Corvane to Present New Data at European Respiratory Congress</span><span class="cmp-list__item-date">September 5, 2023</span></a></li><li class="cmp-list__item"><a class="cmp-list__item-link" href="#"><span class="cmp-list__item-title">Corvane Reports Second Quarter 2023 Financial Results</span><span class="cmp-list__item-date">August 8, 2023</span></a></li></ul></div></div>
<div class="footer experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-footer">{ul(["Contact Us","Privacy Policy","Terms of Use","Cookie Preferences","Accessibility","Sitemap"])}<p>© 2023 Corvane Pharmaceuticals, Inc. All rights reserved. This site is intended for U.S. residents only.</p></footer></div>
</div></div></div>
<script src="/etc.clientlibs/corvane/clientlibs/clientlib-site.lc-9a8b7c6d5e-lc.min.js"></script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({{"page":{{"page-3b8a1c2d9e":{{"@type":"corvane/components/page","repo:modifyDate":"2023-10-03T14:12:00Z","dc:title":"Press Releases","xdm:template":"/conf/corvane/settings/wcm/templates/press-release-page"}}}}}});</script>
</body></html>'''
page('en_aem_pharma_release', 'https://www.corvane.example/content/corvane/us/en/newsroom/press-releases/2023/corvane-receives-approval-pediatric-asthma-inhaler.html', 'en',
 'Corvane Pharmaceuticals Receives Approval for Pediatric Asthma Inhaler', '2023-10-02',
 'RIVERTON, N.J., October 2, 2023 — Corvane Pharmaceuticals, Inc. today announced that regulators have approved its once-daily maintenance inhaler Brevaxo for children with persistent asthma aged 6 to 11 years.',
 'Actual results may differ materially from those expressed or implied.',
 ['Corvane to Present New Data at European Respiratory Congress', 'Dana Whitfield, media@corvane.example', 'This site is intended for U.S. residents only.'],
 'Adobe AEM core components; <title> is generic "Press Releases"; headline in h2 (no h1), og:title matches; date only in dateline inside body; adobeDataLayer has modifyDate (distractor); About + forward-looking statements kept in body (same text component), contacts component excluded (judgement).', doc)
