from common import *

# 20 Malaysian gov, Malay
doc = f'''<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>Kenyataan Media - Portal Rasmi Kementerian Pembangunan Luar Bandar dan Wilayah</title>
<meta name="description" content="Portal Rasmi Kementerian Pembangunan Luar Bandar dan Wilayah">
<meta name="generator" content="Joomla! - Open Source Content Management">
</head>
<body class="site com_content view-article itemid-412">
<div class="jata-header"><img src="/images/jata.png" alt="Jata Negara"><div class="agency">KEMENTERIAN PEMBANGUNAN LUAR BANDAR DAN WILAYAH<br><small>MINISTRY OF RURAL AND REGIONAL DEVELOPMENT</small></div>
<div class="lang"><a href="/ms">BM</a> | <a href="/en">EN</a></div></div>
<nav class="navbar">{ul(["Utama","Profil","Perkhidmatan","Media","Dasar & Akta","Muat Turun","Hubungi Kami","Aduan"])}</nav>
<div class="marquee">Selamat datang ke Portal Rasmi Kementerian. Waktu pejabat: Isnin-Jumaat, 8.00 pagi - 5.00 petang.</div>
<div class="container"><div class="row"><main class="col-9">
<ul class="breadcrumb"><li><a href="/">Utama</a></li><li><a href="/media">Media</a></li><li><a href="/media/kenyataan-media">Kenyataan Media</a></li><li class="active">Program Jalan Luar Bandar Fasa 3 Dilancar</li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="ms-MY">
<div class="page-header"><h2 itemprop="headline">KENYATAAN MEDIA: PROGRAM JALAN LUAR BANDAR FASA 3 MANFAATKAN 120,000 PENDUDUK</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Butiran</dt>
<dd class="category-name">Kategori: <a href="/media/kenyataan-media" itemprop="genre">Kenyataan Media</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="2023-08-22T03:15:42+00:00" itemprop="datePublished">Diterbitkan: 22 Ogos 2023</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1911">Dilihat: 1911</dd></dl>
<div itemprop="articleBody">
<p style="text-align:justify;">Kementerian Pembangunan Luar Bandar dan Wilayah hari ini melancarkan Program Jalan Luar Bandar Fasa 3 yang melibatkan pembinaan dan naik taraf 410 kilometer jalan di lapan negeri.</p>
<p style="text-align:justify;">Program bernilai RM1.6 bilion ini dijangka memberi manfaat kepada kira-kira 120,000 penduduk di 560 kampung, terutamanya di kawasan pedalaman Sabah, Sarawak, Kelantan dan Pahang.</p>
<p style="text-align:justify;">Menteri berkata, akses jalan yang baik akan memudahkan penduduk mendapatkan perkhidmatan kesihatan dan pendidikan, selain membuka peluang ekonomi baharu seperti pelancongan desa.</p>
<p style="text-align:justify;">Sebanyak 70 peratus kontrak akan diberikan kepada kontraktor tempatan kelas G1 hingga G3 bagi memastikan limpahan ekonomi kepada masyarakat setempat.</p>
<p style="text-align:justify;">Kerja-kerja pembinaan dijadual bermula pada suku keempat tahun ini dan disiapkan sepenuhnya menjelang akhir 2025.</p>
<p><strong>KEMENTERIAN PEMBANGUNAN LUAR BANDAR DAN WILAYAH</strong><br>22 Ogos 2023</p>
</div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Sebelumnya</a></li><li class="next"><a href="#" rel="next">Seterusnya &gt;</a></li></ul>
</div>
<div class="rating-box"><p>Adakah maklumat ini membantu?</p><button>Ya</button><button>Tidak</button></div>
</main>
<aside class="col-3"><div class="moduletable"><h3>Pautan Pantas</h3>{ul(["Sistem Aduan SISPAA","Permohonan Geran Usahawan Desa","Direktori Pegawai","Soalan Lazim","Piagam Pelanggan"])}</div>
<div class="moduletable"><h3>Kenyataan Media Terkini</h3><ul><li><a href="#">Bantuan Banjir kepada 2,300 Keluarga di Kelantan</a><br><small>15 Ogos 2023</small></li><li><a href="#">Majlis Perasmian Pusat Internet Desa Baharu</a><br><small>3 Ogos 2023</small></li></ul></div></aside>
</div></div>
<footer class="footer"><p>Hakcipta Terpelihara &copy; 2023 Kementerian Pembangunan Luar Bandar dan Wilayah</p><p>Dasar Privasi | Dasar Keselamatan | Penafian | Peta Laman</p><p>Paparan terbaik menggunakan pelayar Chrome, Firefox dan Edge versi terkini. Kemaskini terakhir: 06 Disember 2026</p><p>Jumlah Pelawat: 4,582,103</p></footer>
</body></html>'''
page('ms_joomla_gov_kenyataan', 'https://www.kplbw.gov.my.example/ms/media/kenyataan-media/1187-program-jalan-luar-bandar-fasa-3', 'ms',
 'KENYATAAN MEDIA: PROGRAM JALAN LUAR BANDAR FASA 3 MANFAATKAN 120,000 PENDUDUK', '2023-08-22',
 'Kementerian Pembangunan Luar Bandar dan Wilayah hari ini melancarkan Program Jalan Luar Bandar Fasa 3 yang melibatkan pembinaan dan naik taraf 410 kilometer jalan di lapan negeri.',
 'Kerja-kerja pembinaan dijadual bermula pada suku keempat tahun ini dan disiapkan sepenuhnya menjelang akhir 2025.',
 ['Bantuan Banjir kepada 2,300 Keluarga di Kelantan', 'Adakah maklumat ini membantu?', 'Selamat datang ke Portal Rasmi Kementerian.'],
 'Joomla gov portal, Malay; all-caps h2 title with "KENYATAAN MEDIA:" prefix kept as visible; breadcrumb last item differs (sentence case); "Kemaskini terakhir" footer date as distractor; sign-off block after last sentence excluded.', doc)

# 21 Philippine gov, English
doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>DAFR distributes 1,200 solar-powered irrigation pumps in Region XII | Department of Agriculture and Fisheries Resources</title>
<meta property="og:title" content="DAFR distributes 1,200 solar-powered irrigation pumps in Region XII">
<meta property="article:published_time" content="2024-02-27T16:45:00+08:00">
</head>
<body>
<div id="gwt-standard-topbar"><div class="container"><a href="https://www.gov.ph.example">GOVPH</a> <ul class="topbar-links"><li><a href="#">Home</a></li><li><a href="#">About</a></li><li><a href="#">Transparency Seal</a></li><li><a href="#">FOI</a></li></ul></div></div>
<header class="masthead"><img src="/img/dafr-seal.png" alt="DAFR Seal"><div><span class="rp">Republic of the Philippines</span><h2 class="agency-name">Department of Agriculture and Fisheries Resources</h2></div></header>
<nav class="main-nav">{ul(["Home","About Us","Programs","News","Advisories","Bids and Awards","Citizen's Charter","Contact"])}</nav>
<div class="container content"><div class="row">
<div class="large-8 columns">
<div class="breadcrumbs">You are here: <a href="/">Home</a> / <a href="/news">News</a> / Press Releases</div>
<article class="post">
<h1 class="post-title">DAFR distributes 1,200 solar-powered irrigation pumps in Region XII</h1>
<p class="post-meta">Posted on February 27, 2024 by <a href="#">DAFR-RFO XII</a> in <a href="#">Press Releases</a>, <a href="#">Regional News</a></p>
<div class="post-content">
<p>KORONADAL CITY, South Cotabato — The Department of Agriculture and Fisheries Resources (DAFR) turned over 1,200 solar-powered irrigation pumps to farmer cooperatives across Region XII on Monday, February 26.</p>
<p>The pumps, worth a total of P184 million, are expected to irrigate some 3,600 hectares of rice and corn farms that currently rely on rainfall.</p>
<p>"With solar pumps, our farmers no longer have to spend on diesel. They can plant two, even three times a year," Regional Executive Director Ma. Cristina Abella said during the turnover ceremony.</p>
<p>Beneficiary groups include 86 cooperatives and irrigators' associations from South Cotabato, Sultan Kudarat, Sarangani and North Cotabato.</p>
<p>Each association also received training on the operation and maintenance of the units, conducted with technical staff from the regional field office.</p>
<p>The distribution is part of the Solar Irrigation for Agricultural Resilience program, which aims to install 15,000 units nationwide by 2028. <strong>(DAFR-RFO XII/JMS)</strong></p>
</div>
<div class="post-tags">Tags: irrigation, solar, Region XII</div>
<div class="post-share">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</article></div>
<div class="large-4 columns sidebar"><div class="widget"><h3>Latest Advisories</h3><ul><li><a href="#">Advisory: Rice price monitoring for March 2024</a></li><li><a href="#">Notice of suspension of office transactions on February 25</a></li></ul></div>
<div class="widget"><h3>Recent News</h3><ul><li><a href="#">Onion farmers in Nueva Ecija get cold storage facility</a> <small>February 23, 2024</small></li><li><a href="#">Fisherfolk receive 300 fiberglass boats in Bicol</a> <small>February 20, 2024</small></li></ul></div></div>
</div></div>
<footer id="gwt-standard-footer"><div class="container"><div class="row"><div class="columns"><img src="/img/govph-seal.png" alt="GOVPH"><p>All content is in the public domain unless otherwise stated.</p></div>
<div class="columns"><h4>About GOVPH</h4><p>Learn more about the Philippine government, its structure, how government works and the people behind it.</p>{ul(["GOV.PH","Open Data Portal","Official Gazette"])}</div>
<div class="columns"><h4>Government Links</h4>{ul(["Office of the President","Office of the Vice President","Senate of the Philippines","House of Representatives","Supreme Court","Court of Appeals","Sandiganbayan"])}</div></div></div></footer>
</body></html>'''
page('en_ph_gov_press_release', 'https://www.dafr.gov.ph.example/dafr-distributes-1200-solar-powered-irrigation-pumps-in-region-xii/', 'en',
 'DAFR distributes 1,200 solar-powered irrigation pumps in Region XII', '2024-02-27',
 'KORONADAL CITY, South Cotabato — The Department of Agriculture and Fisheries Resources (DAFR) turned over 1,200 solar-powered irrigation pumps to farmer cooperatives across Region XII on Monday, February 26.',
 'The distribution is part of the Solar Irrigation for Agricultural Resilience program, which aims to install 15,000 units nationwide by 2028.',
 ['Onion farmers in Nueva Ecija get cold storage facility', 'All content is in the public domain unless otherwise stated.', 'Advisory: Rice price monitoring for March 2024'],
 'Philippine GOVPH template; "Posted on February 27, 2024"; event date Feb 26 in dateline is distractor; last sentence followed by bold credit "(DAFR-RFO XII/JMS)" in same paragraph (excluded from sentence).', doc)

# 22 EU agency portal
doc = f'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>New EU guidelines set minimum standards for cross-border rail passenger data | European Agency for Rail Interoperability</title>
<meta name="dcterms.date" content="2023-11-29">
<meta name="dcterms.title" content="New EU guidelines set minimum standards for cross-border rail passenger data">
<meta property="og:title" content="Press release: New EU guidelines set minimum standards for cross-border rail passenger data">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
</head>
<body class="ecl-typography path-node page-node-type-news">
<div class="ecl-site-header__cookie"><div class="cck-banner" role="dialog"><p>This site uses cookies to offer you a better browsing experience. Find out more on <a href="#">how we use cookies</a>.</p><button>Accept all cookies</button><button>Accept only essential cookies</button></div></div>
<header class="ecl-site-header"><div class="ecl-site-header__top"><a class="ecl-site-header__logo-link" href="/">European Agency for Rail Interoperability</a><div class="ecl-site-header__action"><button class="ecl-button">English</button><form class="ecl-search-form"><input placeholder="Search"><button>Search</button></form></div></div>
<nav class="ecl-menu">{ul(["Home","About us","Activities","Legal framework","Publications","Newsroom","Careers","Procurement"])}</nav></header>
<div class="ecl-page-header"><nav class="ecl-breadcrumb" aria-label="You are here:"><ol class="ecl-breadcrumb__container"><li class="ecl-breadcrumb__segment"><a href="/">Home</a></li><li class="ecl-breadcrumb__segment"><a href="/newsroom">Newsroom</a></li><li class="ecl-breadcrumb__segment"><a href="/newsroom/news">News</a></li><li class="ecl-breadcrumb__segment ecl-breadcrumb__current-page">New EU guidelines set minimum standards for cross-border rail...</li></ol></nav>
<div class="ecl-page-header__info"><ul class="ecl-page-header__meta"><li class="ecl-page-header__meta-item">Press release</li><li class="ecl-page-header__meta-item">29 November 2023</li><li class="ecl-page-header__meta-item">Valenciennes</li><li class="ecl-page-header__meta-item">2 min read</li></ul>
<h1 class="ecl-page-header__title">New EU guidelines set minimum standards for cross-border rail passenger data</h1>
<p class="ecl-page-header__description">Passengers should get reliable real-time information regardless of which operator runs their train.</p></div></div>
<main class="ecl-container"><div class="ecl-row"><div class="ecl-col-l-9">
<article class="node node--type-news"><div class="ecl">
<p>The European Agency for Rail Interoperability today published guidelines that define a common minimum set of real-time data that railway undertakings should share when operating cross-border passenger services.</p>
<p>The guidelines respond to complaints from passengers who have been left without information about delays and platform changes when travelling on trains that cross national borders.</p>
<h2>What the guidelines cover</h2>
<ol><li>Real-time departure and arrival forecasts for every station on the route.</li><li>Platform assignments and changes at least 10 minutes before departure where possible.</li><li>Information on connecting services and rebooking options in case of missed connections.</li></ol>
<blockquote class="ecl-blockquote"><p class="ecl-blockquote__body">“Passengers should not have to know which company operates their train to find out whether it is late,” said the Agency’s Executive Director.</p></blockquote>
<p>The guidelines are non-binding, but the Agency will monitor their application and report to the European Commission in 2025.</p>
<h3>Background</h3>
<p>The guidelines were developed with the sector over 18 months, including two public consultations.</p>
<div class="ecl-file"><div class="ecl-file__title">Guidelines on cross-border passenger information data</div><div class="ecl-file__language">English (1.2 MB - PDF)</div><a class="ecl-file__download" href="#">Download</a></div>
<div class="contact-box"><h3>Press contact</h3><p>Media relations: press@eari.europa.example</p></div>
</div></article>
<div class="ecl-social-media-share"><p>Share this page</p>{ul(["Facebook","LinkedIn","Bluesky","E-mail"])}</div>
</div>
<aside class="ecl-col-l-3"><h3>Related news</h3><ul><li><a href="#">Agency issues single safety certificates to 12 operators</a><span>14 November 2023</span></li><li><a href="#">Workshop on digital automatic coupling, Lille</a><span>7 November 2023</span></li></ul></aside></div></main>
<footer class="ecl-site-footer"><div class="ecl-site-footer__row"><section><h2>European Agency for Rail Interoperability</h2><p>This site is managed by the Communication Team.</p></section><section><h3>Contact us</h3>{ul(["Contact information","Follow us on social media","Accessibility","Legal notice","Privacy statement","Cookies policy"])}</section>
<section><h3>European Union</h3>{ul(["EU institutions","EU agencies","Search for EU institutions and bodies","Languages on our websites"])}</section></div></footer>
</body></html>'''
page('en_eu_agency_drupal', 'https://www.eari.europa.example/newsroom/news/new-eu-guidelines-set-minimum-standards-cross-border-rail-passenger-data', 'en',
 'New EU guidelines set minimum standards for cross-border rail passenger data', '2023-11-29',
 'The European Agency for Rail Interoperability today published guidelines that define a common minimum set of real-time data that railway undertakings should share when operating cross-border passenger services.',
 'The guidelines were developed with the sector over 18 months, including two public consultations.',
 ['This site uses cookies to offer you a better browsing experience.', 'Agency issues single safety certificates to 12 operators', 'Media relations: press@eari.europa.example'],
 'EU ECL/Drupal page header: meta list (type/date/place/read time) above H1; og:title has "Press release:" prefix; breadcrumb truncated; description excluded; file download and press contact after body excluded (judgement).', doc)
