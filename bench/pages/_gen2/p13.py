from common import *

# 32 Hugo static site
doc = f'''<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.121.1">
<title>Release: Tidewater Open Data Portal 2.0 is live | Tidewater Civic Tech</title>
<meta property="og:title" content="Release: Tidewater Open Data Portal 2.0 is live">
<meta property="og:type" content="article">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="2024-01-31T23:30:00-05:00">
<meta property="article:modified_time" content="2024-02-02T09:00:00-05:00">
<meta itemprop="datePublished" content="2024-01-31T23:30:00-05:00">
<link rel="stylesheet" href="/css/main.min.8d2b3c.css">
</head>
<body>
<nav class="navbar"><div class="container"><a class="brand" href="/">Tidewater Civic Tech</a><ul class="nav-links"><li><a href="/posts/">Posts</a></li><li><a href="/projects/">Projects</a></li><li><a href="/meetups/">Meetups</a></li><li><a href="/about/">About</a></li><li><a href="/index.xml">RSS</a></li></ul></div></nav>
<main class="container">
<article class="post">
<header class="post-header">
<h1 class="post-title">Release: Tidewater Open Data Portal 2.0 is live</h1>
<div class="post-meta"><span title='2024-01-31 23:30:00 -0500 EST'>January 31, 2024</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Jordan Reyes</div>
</header>
<div class="toc"><details><summary>Table of Contents</summary><ul><li><a href="#whats-new">What's new</a></li><li><a href="#under-the-hood">Under the hood</a></li><li><a href="#thanks">Thanks</a></li></ul></details></div>
<div class="post-content">
<p>After eight months of volunteer work, version 2.0 of the Tidewater Open Data Portal went live tonight.</p>
<p>The portal now hosts 214 datasets from the city and county, up from 61 at launch, and every dataset has a plain-language description written by a human.</p>
<h2 id="whats-new">What's new</h2>
<ul>
<li>A map view for any dataset with coordinates</li>
<li>Weekly automatic refresh for bus ridership, 311 requests and building permits</li>
<li>CSV, GeoJSON and Parquet downloads</li>
</ul>
<h2 id="under-the-hood">Under the hood</h2>
<p>We replaced the old PHP catalogue with a static site generated from a metadata repository, which means the whole portal can be rebuilt in under two minutes.</p>
<pre><code>make fetch &amp;&amp; make build &amp;&amp; make deploy
</code></pre>
<p>The harvesting scripts run as scheduled jobs on donated cloud credits.</p>
<h2 id="thanks">Thanks</h2>
<p>Huge thanks to the 23 people who contributed code, descriptions or testing, and to the city's data office for answering our many questions.</p>
<p>See you at the next meetup!</p>
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/open-data/">open-data</a></li><li><a href="/tags/release/">release</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/december-meetup-recap/"><span class="title">« Prev</span><br><span>December meetup recap: bus stop accessibility audit</span></a><a class="next" href="/posts/hack-night-2023/"><span class="title">Next »</span><br><span>Hack night 2023: what we built</span></a></nav>
<div class="share-buttons"><a href="#" aria-label="share on x">X</a><a href="#" aria-label="share on linkedin">LinkedIn</a><a href="#" aria-label="share on mastodon">Mastodon</a></div></footer>
</article>
</main>
<footer class="footer"><span>&copy; 2024 <a href="/">Tidewater Civic Tech</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="#">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link">↑</a>
<script>document.getElementById("theme-toggle").addEventListener("click", () => {{ document.body.classList.toggle("dark"); }});</script>
</body>
</html>'''
page('en_hugo_civic_tech', 'https://tidewatercivictech.example/posts/open-data-portal-2/', 'en',
 'Release: Tidewater Open Data Portal 2.0 is live', '2024-01-31',
 'After eight months of volunteer work, version 2.0 of the Tidewater Open Data Portal went live tonight.',
 'See you at the next meetup!',
 ['December meetup recap: bus stop accessibility audit', 'Table of Contents', 'Powered by Hugo'],
 'Hugo PaperMod; "Release:" prefix is part of the post title; 23:30 -05:00 = 04:30Z next day -> publisher day 2024-01-31; TOC before body excluded; code block in body.', doc)

# 33 Jekyll
doc = f'''<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>Quarterly update: the Larkspur seed library in numbers | Larkspur Community Garden Network</title>
<meta name="generator" content="Jekyll v4.3.2" />
<meta property="og:title" content="Quarterly update: the Larkspur seed library in numbers" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2022-07-05T00:00:00+00:00" />
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","dateModified":"2022-07-05T00:00:00+00:00","datePublished":"2022-07-05T00:00:00+00:00","headline":"Quarterly update: the Larkspur seed library in numbers","url":"https://larkspurgardens.example/2022/07/05/seed-library-q2.html"}}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://larkspurgardens.example/feed.xml" title="Larkspur Community Garden Network" />
</head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Larkspur Community Garden Network</a><nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"></span></label><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/gardens/">Our gardens</a><a class="page-link" href="/seed-library/">Seed library</a><a class="page-link" href="/volunteer/">Volunteer</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">Quarterly update: the Larkspur seed library in numbers</h1>
<p class="post-meta"><time class="dt-published" datetime="2022-07-05T00:00:00+00:00" itemprop="datePublished">Jul 5, 2022</time></p></header>
<div class="post-content e-content" itemprop="articleBody">
<p>Our seed library had its busiest spring ever, with 1,318 packets borrowed between April and June.</p>
<p>Tomatoes were once again the most popular, followed by runner beans, calendula and a surprise hit: the purple-podded pea donated by a member in Hollis Street.</p>
<table><thead><tr><th>Crop</th><th>Packets borrowed</th></tr></thead><tbody><tr><td>Tomato</td><td>402</td></tr><tr><td>Runner bean</td><td>219</td></tr><tr><td>Calendula</td><td>140</td></tr><tr><td>Purple-podded pea</td><td>118</td></tr></tbody></table>
<p>We also received 296 packets of returned seed from last year's borrowers, which is a return rate of about 31 percent.</p>
<blockquote><p>Saving seed is a promise to next year's gardeners. — from our volunteer handbook</p></blockquote>
<p>If you borrowed seed this spring, please remember to save some from your best plants and bring it back in the autumn.</p>
</div><a class="u-url" href="/2022/07/05/seed-library-q2.html" hidden></a>
</article>
</div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Larkspur Community Garden Network</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Larkspur Community Garden Network</li><li><a class="u-email" href="mailto:hello@larkspurgardens.example">hello@larkspurgardens.example</a></li></ul></div><div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="#">Instagram</a></li><li><a href="#">Mastodon</a></li></ul></div><div class="footer-col footer-col-3"><p>A volunteer-run network of nine community gardens. Grow, share, save.</p></div></div></div></footer>
</body></html>'''
page('en_jekyll_seed_library', 'https://larkspurgardens.example/2022/07/05/seed-library-q2.html', 'en',
 'Quarterly update: the Larkspur seed library in numbers', '2022-07-05',
 'Our seed library had its busiest spring ever, with 1,318 packets borrowed between April and June.',
 "If you borrowed seed this spring, please remember to save some from your best plants and bring it back in the autumn.",
 ['A volunteer-run network of nine community gardens.', 'hello@larkspurgardens.example', 'Our gardens'],
 'Jekyll minima; short page (padded CSS); data table and blockquote inside body; date with midnight UTC placeholder time; "Seed library" nav link also appears as phrase.', doc)

# 34 iframes and noscript
doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbourside Arts Festival announces 2024 line-up | Greyhaven City Council</title>
<meta property="og:title" content="Harbourside Arts Festival announces 2024 line-up">
<meta name="DC.date.issued" content="2024-05-08">
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.example/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-ABC123');</script>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.example/ns.html?id=GTM-ABC123" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<noscript><div class="nojs-warning">Some features of this website require JavaScript. Please enable JavaScript in your browser settings.</div></noscript>
<div class="alert-banner"><strong>Bin collections:</strong> Collections for the week of the bank holiday will take place one day later than usual.</div>
<header class="council-header"><a href="/" class="logo">Greyhaven City Council</a><nav>{ul(["Bins and recycling","Council tax","Planning","Parking","Housing","Libraries","Leisure and culture","News"])}</nav><a href="/my-account">My account</a></header>
<main id="main">
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <span>Harbourside Arts Festival 2024</span></nav>
<article class="news-item">
<h1>Harbourside Arts Festival announces 2024 line-up</h1>
<p class="news-date">Date published: 8 May 2024</p>
<div class="news-body">
<p>More than 60 artists, bands and theatre companies will perform at this summer's Harbourside Arts Festival, which returns to the waterfront from 19 to 21 July.</p>
<p>Headliners include the folk orchestra Salt &amp; Stone, the circus company Upside Theatre and a late-night silent disco on the old ferry pier.</p>
<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube-nocookie.example/embed/xyz123" title="Harbourside Arts Festival 2023 highlights" frameborder="0" allowfullscreen></iframe><noscript><p>Watch the 2023 festival highlights video on our YouTube channel.</p></noscript></div>
<p>All events in the main arena are free, with a small number of ticketed indoor performances at the Custom House.</p>
<p>Councillor Priti Shah, cabinet member for culture, said the festival brought around 45,000 visitors to the city last year.</p>
<div class="map-embed"><iframe src="https://maps.example/embed?pb=harbourside" width="600" height="300" title="Map of festival site" loading="lazy"></iframe></div>
<p>The full programme and accessibility information are available on the festival website.</p>
</div>
<div class="news-share">Share this page: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
</article>
<aside class="related"><h2>Related news</h2><ul><li><a href="#">Waterfront car park to close for resurfacing</a></li><li><a href="#">Library summer reading challenge launches</a></li></ul></aside>
<div class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
</main>
{megafooter("Greyhaven City Council 2024", [("Contact us",["Phone us","Report it","Complaints","Council offices"]),("About the council",["Councillors","Committee meetings","Jobs","Budget and spending"])], ["Accessibility","Cookies","Privacy notice","Terms"])}
</body></html>'''
page('en_council_iframes_noscript', 'https://www.greyhaven.gov.example/news/harbourside-arts-festival-2024', 'en',
 'Harbourside Arts Festival announces 2024 line-up', '2024-05-08',
 "More than 60 artists, bands and theatre companies will perform at this summer's Harbourside Arts Festival, which returns to the waterfront from 19 to 21 July.",
 'The full programme and accessibility information are available on the festival website.',
 ['Collections for the week of the bank holiday will take place one day later than usual.', 'Waterfront car park to close for resurfacing', 'Was this page helpful?'],
 'Council news with GTM noscript iframe, JS warning noscript, YouTube and map iframes inside body; noscript fallback text inside body (invisible when JS on; not labelled); DC.date.issued meta; alert banner.', doc)
