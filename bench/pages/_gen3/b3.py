from lib import *

def en_corp_us():
    nav = ul(['Our Brands','Our Company','Sustainability','Careers','Investors','Newsroom'], 'cmp-navigation__group', '/content/northfield/us/en/')
    sub = ul(['Press Releases','Media Kit','Executive Bios','Stories','Media Contacts'], 'cmp-navigation__group cmp-navigation__group--sub', '/content/northfield/us/en/newsroom/')
    recent = '\n'.join(f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="/newsroom/{slug(t)}.html"><span class="cmp-list__item-title">{t}</span><span class="cmp-list__item-date">{d}</span></a></li>' for t,d in [
      ('Northfield Foods Reports Fiscal Third Quarter Results','11/14/2024'),('Northfield Foods Foundation Awards $2 Million in Hunger Relief Grants','10/22/2024'),('Northfield Foods Names New Chief Supply Chain Officer','09/05/2024')])
    foot = ul(['Contact Us','Privacy Notice','Terms of Use','California Supply Chains Act','Accessibility','Do Not Sell or Share My Personal Information','Site Map'], 'cmp-list footer-legal', '/content/northfield/us/en/')
    body = paras([
     'COLUMBUS, Ohio – Northfield Foods, Inc. today announced plans to build an $85 million distribution center in Grove Township, Ohio, that will create approximately 260 full-time jobs when fully operational.',
     'The 640,000-square-foot facility will serve as the company\'s primary hub for frozen and refrigerated products in the Midwest, supplying retail customers in eight states. Construction is scheduled to begin in the spring, with operations expected to start in the second half of 2026.',
     '"Demand for our frozen meals and breakfast products has grown faster than our current network can handle," said Karen Liu, president and chief operating officer of Northfield Foods. "This investment brings our products closer to our customers and shortens delivery times for many of the stores we serve across the region."',
     'The center will feature automated cold storage, rooftop solar panels designed to supply about 30 percent of the building\'s electricity, and charging stations for electric yard trucks. Northfield expects the new site to reduce the distance its trucks travel by roughly 4 million miles a year.',
     'The project is supported by a job creation tax credit approved by the Ohio Tax Credit Authority and by infrastructure improvements funded by Grove Township.',
     'Hiring for warehouse, maintenance and transportation roles is expected to begin in early 2026, and positions will be posted on the Northfield Foods careers website.'])
    html = f'''<!DOCTYPE HTML>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Northfield Foods to Build $85 Million Distribution Center in Ohio | Newsroom | Northfield Foods</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="template" content="press-release-page">
<meta name="description" content="New facility will create approximately 260 jobs.">
<meta property="og:title" content="Northfield Foods Announces New Ohio Distribution Center">
<link rel="canonical" href="https://www.northfieldfoods.example.com/newsroom/press-releases/2024/northfield-foods-ohio-distribution-center.html">
<link rel="stylesheet" href="/etc.clientlibs/northfield/clientlibs/clientlib-site.lc-5f1e2d3c4b5a69788796a5b4c3d2e1f0-lc.min.css" type="text/css">
<script src="/etc.clientlibs/core/wcm/components/commons/site/clientlibs/container.lc-0a6aff292f5cc42142779cde92054524-lc.min.js"></script>
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({{"page":{{"page-3c7b1f":{{"@type":"northfield/components/page","repo:modifyDate":"2024-12-04T15:02:11Z","dc:title":"Northfield Foods to Build $85 Million Distribution Center in Ohio","xdm:template":"/conf/northfield/settings/wcm/templates/press-release-page","xdm:language":"en-US"}}}}}});</script>
</head>
<body class="page basicpage" id="page-3c7b1f">
<div class="root container responsivegrid"><div id="container-9a1" class="cmp-container">
<header class="experiencefragment header"><div class="cmp-experiencefragment cmp-experiencefragment--header">
 <div class="cmp-image logo"><a class="cmp-image__link" href="/"><img src="/content/dam/northfield/logo.svg" class="cmp-image__image" alt="Northfield Foods"></a></div>
 <nav class="cmp-navigation" role="navigation" aria-label="Primary">{nav}{sub}</nav>
 <div class="cmp-search"><form class="cmp-search__form" action="/search.html"><input class="cmp-search__input" type="text" name="q" placeholder="Search" aria-label="Search"></form></div>
</div></header>
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/" class="cmp-breadcrumb__item-link"><span>Home</span></a></li><li class="cmp-breadcrumb__item"><a href="/newsroom.html" class="cmp-breadcrumb__item-link"><span>Newsroom</span></a></li><li class="cmp-breadcrumb__item"><a href="/newsroom/press-releases.html" class="cmp-breadcrumb__item-link"><span>Press Releases</span></a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Northfield Foods to Build $85 Million Distribution Center in Ohio</span></li></ol></nav></div>
<main class="container responsivegrid"><div class="cmp-container press-release">
 <div class="text eyebrow"><div class="cmp-text"><p>PRESS RELEASE</p></div></div>
 <div class="title"><div class="cmp-title"><h1 class="cmp-title__text">Northfield Foods to Build $85 Million Distribution Center in Ohio</h1></div></div>
 <div class="text subhead"><div class="cmp-text"><p><em>New Grove Township facility will create approximately 260 jobs and serve customers in eight Midwest states</em></p></div></div>
 <div class="text release-date"><div class="cmp-text"><p>12/03/2024</p></div></div>
 <div class="sharing"><ul class="social-share"><li><a href="#" aria-label="Share on LinkedIn">LinkedIn</a></li><li><a href="#" aria-label="Share on Facebook">Facebook</a></li><li><a href="#" aria-label="Share by email">Email</a></li><li><a href="javascript:window.print()">Print</a></li></ul></div>
 <div class="text release-body"><div class="cmp-text">
{body}
<p><b>About Northfield Foods</b><br>Northfield Foods, Inc. is a family-founded food company headquartered in Minneapolis, Minnesota, making frozen meals, breakfast foods and snacks sold under the Northfield, Harvest Table and Little Oven brands. The company employs more than 7,000 people in the United States and Canada.</p>
<p><b>Media Contact</b><br>Mark Sorensen<br>612-555-0188<br>media@northfieldfoods.example.com</p>
 </div></div>
 <div class="image"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/northfield/newsroom/2024/grove-township-rendering.jpg" alt="Architectural rendering of the distribution center"><span class="cmp-image__title">Rendering of the planned Grove Township distribution center. Image courtesy of Hartwell Architects.</span></div></div>
 <div class="list recent-releases"><h2 class="cmp-title__text">Recent Press Releases</h2><ul class="cmp-list">{recent}</ul></div>
 <div class="teaser media-kit"><div class="cmp-teaser"><h3 class="cmp-teaser__title">Media Resources</h3><p class="cmp-teaser__description">Download logos, product images and executive photos for editorial use.</p><a class="cmp-teaser__action-link" href="/newsroom/media-kit.html">Visit the Media Kit</a></div></div>
</div></main>
<footer class="experiencefragment footer"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
 <div class="cmp-text"><p>Northfield Foods, Inc. · 1200 Nicollet Mall · Minneapolis, MN 55403</p></div>
 {foot}
 <div class="cmp-text"><p>© 2024 Northfield Foods, Inc. All rights reserved. All trademarks are owned by Northfield Foods, Inc. or its affiliates.</p></div>
</div></footer>
</div></div>
<script src="/etc.clientlibs/northfield/clientlibs/clientlib-site.lc-8f7e6d5c4b3a29180716f5e4d3c2b1a0-lc.min.js"></script>
</body>
</html>'''
    save('en_aem_corporate_us_numeric', html, {
     "url": "https://www.northfieldfoods.example.com/newsroom/press-releases/2024/northfield-foods-ohio-distribution-center.html",
     "language": "en",
     "title": "Northfield Foods to Build $85 Million Distribution Center in Ohio",
     "published": "2024-12-03",
     "body_first": "Northfield Foods, Inc. today announced plans to build an $85 million distribution center in Grove Township, Ohio, that will create approximately 260 full-time jobs when fully operational.",
     "body_last": "Hiring for warehouse, maintenance and transportation roles is expected to begin in early 2026, and positions will be posted on the Northfield Foods careers website.",
     "absent": ["PRESS RELEASE", "New Grove Township facility will create approximately 260 jobs and serve customers in eight Midwest states", "Northfield Foods, Inc. is a family-founded food company headquartered in Minneapolis, Minnesota", "Northfield Foods Names New Chief Supply Chain Officer"],
     "notes": "Adobe Experience Manager core components (cmp-*). Only date is a US month-first numeric '12/03/2024' (= 3 December 2024; a day-first reader would get 12 March). adobeDataLayer has repo:modifyDate 2024-12-04 (modification, not publication). Dateline 'COLUMBUS, Ohio –' without a date opens the first paragraph. Eyebrow 'PRESS RELEASE', italic subhead, About and Media Contact excluded; image caption after the body."})

def en_nuxt():
    nav = ul(['Singapore','Asia','World','Business','Tech','Life','Sport','Opinion','Podcasts'], 'nav-list', '/')
    trending = '\n'.join(f'<li><a href="/singapore/{slug(t)}">{t}</a></li>' for t in ['MRT line disruption: What caused Tuesday’s delay','HDB resale prices rise for sixth straight quarter','New cycling paths to connect Punggol and Seletar','Heatwave advisory issued as temperatures hit 35°C'])
    foot = ul(['About us','Contact','Advertise with us','Terms & conditions','Privacy statement','Corrections','Sitemap'], 'footer-nav', '/')
    paras_ = [
     'Stallholders at hawker centres managed by the National Environment Agency will continue to receive a 20 per cent rental rebate until August 2025, the agency said on Tuesday.',
     'The rebate, first introduced in 2022 to help hawkers cope with higher costs of ingredients and utilities, had been due to end this month. About 6,000 stallholders at 107 hawker centres are expected to benefit from the extension, which will cost the Government an estimated $18 million.',
     'In a statement, NEA said it had taken into account feedback from hawker associations that costs remain elevated, even though inflation has eased since its peak two years ago.',
     'Mr Tan Boon Kiat, who has run a fishball noodle stall in Toa Payoh for 31 years, said the rebate saves him about $150 a month. “It’s not a lot of money, but every bit helps when the price of fish keeps going up,” he said.',
     'Stallholders who are eligible do not need to apply, as the rebate will be applied automatically to their monthly rental bills.',
     'NEA added that it will review the scheme again next year, taking into account economic conditions at the time.']
    body = paras(paras_, 'article-paragraph')
    nuxt = 'window.__NUXT__=(function(a,b,c,d,e){return {layout:"default",data:[{article:{id:482913,slug:"hawker-rental-rebates-extended",headline:"Hawker centre rental rebates extended for another year",seoTitle:"Hawker rental rebate extended to August 2025 | The Straits Daily",publishedAt:"2024-08-13T22:30:00.000Z",updatedAt:"2024-08-14T01:12:00.000Z",section:b,author:{name:"Nur Aisyah Rahman"},paragraphs:' + json.dumps(paras_, ensure_ascii=False) + ',isPremium:e}}],fetch:{},error:a,state:{locale:c,edition:d},serverRendered:true,routePath:"\\u002Fsingapore\\u002Fhawker-rental-rebates-extended",config:{app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F"}}}}(null,"singapore","en-SG","sg",false));'
    html = f'''<!doctype html>
<html lang="en-SG" data-n-head-ssr>
<head>
<title>Hawker rental rebate extended to August 2025 | The Straits Daily</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Relief for hawkers as NEA extends rental rebate">
<meta data-n-head="ssr" data-hid="description" name="description" content="About 6,000 stallholders at 107 hawker centres will benefit.">
<meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="2024-08-13T22:30:00.000Z">
<link data-n-head="ssr" rel="canonical" href="https://www.straitsdaily.example.sg/singapore/hawker-rental-rebates-extended">
<link rel="preload" href="/_nuxt/7f3a1c2.js" as="script"><link rel="preload" href="/_nuxt/app.4b8e9d1.js" as="script"><link rel="preload" href="/_nuxt/pages/_section/_slug.2c6f0a3.js" as="script">
<style data-vue-ssr-id="3a9c1f0e:0">.article-header[data-v-4e2a8c1b]{{margin:24px 0}}.article-meta[data-v-4e2a8c1b]{{font-size:13px;color:#666}}.article-paragraph{{font-size:18px;line-height:1.6}}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app-shell">
<header class="site-header" data-v-1b3c5d7e><div class="top-strip" data-v-1b3c5d7e><span data-v-1b3c5d7e>Thursday, August 15, 2024</span> <a href="/epaper" data-v-1b3c5d7e>E-paper</a> <a href="/subscribe" data-v-1b3c5d7e>Subscribe</a> <a href="/login" data-v-1b3c5d7e>Log in</a></div>
 <a href="/" class="brand nuxt-link-active" data-v-1b3c5d7e>The Straits Daily</a>
 <nav class="main-nav" data-v-1b3c5d7e>{nav}</nav></header>
<main class="page-article" data-v-4e2a8c1b>
 <div class="breadcrumbs" data-v-4e2a8c1b><a href="/" data-v-4e2a8c1b>Home</a> › <a href="/singapore" data-v-4e2a8c1b>Singapore</a></div>
 <article class="article" data-v-4e2a8c1b>
  <header class="article-header" data-v-4e2a8c1b>
   <h1 class="headline" data-v-4e2a8c1b>Hawker centre rental rebates extended for another year</h1>
   <p class="standfirst" data-v-4e2a8c1b>About 6,000 stallholders at 107 hawker centres will continue to get 20 per cent off their rent.</p>
   <div class="article-meta" data-v-4e2a8c1b><span class="byline" data-v-4e2a8c1b>Nur Aisyah Rahman</span><span class="role" data-v-4e2a8c1b>Correspondent</span><div class="timestamps" data-v-4e2a8c1b><span data-v-4e2a8c1b>Published Aug 14, 2024, 06:30 AM</span> <span data-v-4e2a8c1b>Updated Aug 14, 2024, 09:12 AM</span></div></div>
  </header>
  <figure class="lead-image" data-v-4e2a8c1b><img src="https://cdn.straitsdaily.example.sg/images/2024/08/14/hawker-toa-payoh.jpg" alt="" data-v-4e2a8c1b><figcaption data-v-4e2a8c1b>Diners at Toa Payoh Lorong 8 Market and Food Centre. PHOTO: THE STRAITS DAILY FILE</figcaption></figure>
  <div class="article-content" data-v-4e2a8c1b>
{body}
  </div>
  <div class="article-tags" data-v-4e2a8c1b><span data-v-4e2a8c1b>Topics:</span> <a href="/tags/hawkers" data-v-4e2a8c1b>Hawkers</a> <a href="/tags/nea" data-v-4e2a8c1b>NEA</a> <a href="/tags/cost-of-living" data-v-4e2a8c1b>Cost of living</a></div>
  <div class="gift-cta" data-v-4e2a8c1b>Join our WhatsApp channel for the latest news and updates.</div>
 </article>
 <aside class="sidebar" data-v-4e2a8c1b><h3 data-v-4e2a8c1b>Trending</h3><ol data-v-4e2a8c1b>{trending}</ol></aside>
 <section class="read-next" data-v-4e2a8c1b><h3 data-v-4e2a8c1b>Read next</h3><ul data-v-4e2a8c1b><li data-v-4e2a8c1b><a href="/singapore/hawker-succession-scheme" data-v-4e2a8c1b>Scheme to help older hawkers pass stalls to successors</a> <span data-v-4e2a8c1b>Jul 30, 2024</span></li><li data-v-4e2a8c1b><a href="/singapore/new-hawker-centres-2027" data-v-4e2a8c1b>Three new hawker centres to open by 2027</a> <span data-v-4e2a8c1b>Jun 18, 2024</span></li></ul></section>
</main>
<footer class="site-footer" data-v-7c9e1a3b>{foot}<p data-v-7c9e1a3b>Copyright © 2024 The Straits Daily. All rights reserved. MCI (P) 012/07/2024</p></footer>
</div></div></div>
<script>{nuxt}</script>
<script src="/_nuxt/7f3a1c2.js" defer></script><script src="/_nuxt/pages/_section/_slug.2c6f0a3.js" defer></script><script src="/_nuxt/app.4b8e9d1.js" defer></script>
</body>
</html>'''
    save('en_nuxt_ssr_singapore', html, {
     "url": "https://www.straitsdaily.example.sg/singapore/hawker-rental-rebates-extended",
     "language": "en",
     "title": "Hawker centre rental rebates extended for another year",
     "published": "2024-08-14",
     "body_first": "Stallholders at hawker centres managed by the National Environment Agency will continue to receive a 20 per cent rental rebate until August 2025, the agency said on Tuesday.",
     "body_last": "NEA added that it will review the scheme again next year, taking into account economic conditions at the time.",
     "absent": ["About 6,000 stallholders at 107 hawker centres will continue to get 20 per cent off their rent.", "Diners at Toa Payoh Lorong 8 Market and Food Centre.", "Join our WhatsApp channel for the latest news and updates.", "Scheme to help older hawkers pass stalls to successors"],
     "notes": "Nuxt 2 SSR (data-v-* attributes, window.__NUXT__ IIFE duplicating paragraphs and dates). Local SGT (UTC+8) early-morning instant: visible 'Published Aug 14, 2024, 06:30 AM' but article:published_time / publishedAt are 2024-08-13T22:30Z (UTC day is the 13th). Masthead date 'Thursday, August 15, 2024' (crawl day). <title> uses an SEO title differing from h1; og:title differs again. Standfirst under h1 not body."})

def en_au_uni():
    nav = ul(['Study','Research','Engage','About','Newsroom','Library','Staff','Students'], 'menu menu--main', '/')
    topics = ul(['Health and medicine','Environment','Science and technology','Arts and culture','Business and law','Education','Indigenous research','University news'], 'menu menu--topics', '/newsroom/topics/')
    latest = '\n'.join(f'<div class="views-row"><span class="views-field-created">{d}</span><a href="/newsroom/{slug(t)}">{t}</a></div>' for d,t in [
      ('14 June 2024','New scholarship program for first-in-family students'),('11 June 2024','Southbank engineers test recycled glass in road base'),('5 June 2024','Expert comment: what the federal budget means for universities'),('29 May 2024','Researchers map bat colonies across the Top End')])
    foot = ul(['Contact us','Campus maps','Emergency information','Privacy','Copyright','Disclaimer','Accessibility','Right to information'], 'menu menu--footer', '/')
    body = paras([
     'Corals on the central Great Barrier Reef are spawning up to nine days earlier than they did two decades ago, according to a long-term study led by Southbank University marine scientists.',
     'The researchers analysed 20 years of spawning observations from 14 reef sites, collected by university divers and volunteer citizen scientists between 2003 and 2023. They found that the timing of mass spawning had shifted progressively earlier in years with warmer sea surface temperatures in the months before the event.',
     'Lead author Dr Mei Ling Chow, from the Southbank Marine Research Station, said the change could have consequences for how successfully coral larvae settle and grow.',
     '“Coral spawning is tightly linked to water temperature, moon phase and day length. When one of those cues moves and the others don’t, we can end up with a mismatch between when larvae are released and when conditions are best for them to survive,” Dr Chow said.',
     'The team also found that spawning was becoming less synchronised between neighbouring colonies, which may reduce the chance of fertilisation.',
     'The study, published in the journal Marine Ecology Progress Letters, was funded by the Australian Research Council and the Reef Futures Foundation. The researchers are now working with reef managers to use the findings in restoration projects that collect coral spawn to seed damaged reefs.'])
    html = f'''<!DOCTYPE html>
<html lang="en-AU" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Coral spawning shifts earlier as reef waters warm | Newsroom | Southbank University</title>
<meta property="og:title" content="20-year study: coral spawning shifting earlier">
<meta property="og:site_name" content="Southbank University">
<link rel="canonical" href="https://www.southbank.example.edu.au/newsroom/coral-spawning-shifts-earlier">
<link rel="shortlink" href="https://www.southbank.example.edu.au/node/91822">
<meta name="dcterms.created" content="2024-06-17T23:30:00+00:00">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq9r2lH1QvW0zNw3Yb1o8lKhJ7c.css">
</head>
<body class="path-node page-node-type-news-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="acknowledgement">Southbank University acknowledges the Traditional Custodians of the lands on which our campuses stand and pays respect to Elders past and present.</div>
<header role="banner" class="header">
 <div class="region region-header"><a href="/" title="Home" rel="home" class="site-logo"><img src="/themes/custom/southbank/logo.svg" alt="Southbank University"></a>
 <nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>{nav}</nav>
 <div class="search-block-form"><form action="/search" method="get"><input type="search" name="keys" placeholder="Search Southbank" title="Enter the terms you wish to search for."></form></div></div>
</header>
<div class="region region-highlighted"><div class="newsroom-banner"><h1 class="page-title">Newsroom</h1><p>Research, opinion and stories from across Southbank University</p></div></div>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/newsroom">Newsroom</a></li><li><a href="/newsroom/topics/environment">Environment</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<article role="article" about="/newsroom/coral-spawning-shifts-earlier" class="node node--type-news-article node--view-mode-full">
 <div class="field field--name-field-topic field__item"><a href="/newsroom/topics/environment" hreflang="en">Environment</a></div>
 <h2 class="news-title"><span class="field field--name-title">Coral spawning shifts earlier as reef waters warm, 20-year study finds</span></h2>
 <div class="node__submitted"><span class="field field--name-field-display-date"><time datetime="2024-06-17T23:30:00Z">Tuesday 18 June 2024</time></span> · <span class="field--name-field-reading-time">4 min read</span></div>
 <div class="field field--name-field-summary"><p>Warmer seas are pushing the Great Barrier Reef’s annual spawning event earlier, with possible consequences for reef recovery.</p></div>
 <div class="field field--name-field-hero-image"><img src="/sites/default/files/styles/hero/public/2024-06/coral-spawning.jpg" alt="Coral releasing bundles of eggs and sperm at night"><div class="field--name-field-caption">Coral spawning at Davies Reef in November 2022. Photo: Southbank Marine Research Station</div></div>
 <div class="clearfix text-formatted field field--name-body field__item">
{body}
 </div>
 <div class="paragraph paragraph--type--media-contact"><h3>Media enquiries</h3><p>Sam Okafor, Media and Communications, +61 7 5555 0192, media@southbank.example.edu.au</p></div>
 <div class="share-links"><span>Share</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></div>
</article>
</div>
<aside class="layout-sidebar-second" role="complementary">
 <div class="block block-views"><h2>Latest news</h2><div class="view-content">{latest}</div></div>
 <nav class="block block-menu"><h2>Browse by topic</h2>{topics}</nav>
 <div class="block block-block-content"><h2>Find an expert</h2><p>Journalists can search our directory of more than 800 academics available to comment on current issues.</p><a href="/newsroom/experts">Search the expert directory</a></div>
</aside>
</main>
<footer role="contentinfo" class="footer">{foot}
<p>Southbank University · CRICOS Provider 00123X · TEQSA PRV12345 · ABN 12 345 678 901</p>
<p>© Southbank University 2024</p></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/91822","currentLanguage":"en"}},"gtag":{{"tagId":"G-XXXX"}}}}</script>
<script src="/sites/default/files/js/js_R2lq8Hf1aVb9KzQ.js"></script>
</body>
</html>'''
    save('en_drupal_university_h1_section', html, {
     "url": "https://www.southbank.example.edu.au/newsroom/coral-spawning-shifts-earlier",
     "language": "en",
     "title": "Coral spawning shifts earlier as reef waters warm, 20-year study finds",
     "published": "2024-06-18",
     "body_first": "Corals on the central Great Barrier Reef are spawning up to nine days earlier than they did two decades ago, according to a long-term study led by Southbank University marine scientists.",
     "body_last": "The researchers are now working with reef managers to use the findings in restoration projects that collect coral spawn to seed damaged reefs.",
     "absent": ["Warmer seas are pushing the Great Barrier Reef’s annual spawning event earlier, with possible consequences for reef recovery.", "Coral spawning at Davies Reef in November 2022.", "Southbank engineers test recycled glass in road base", "Sam Okafor, Media and Communications"],
     "notes": "Drupal 9 university newsroom. The only h1 is the section banner 'Newsroom'; the real headline is an h2.news-title. <title> uses a shortened headline plus section and site. Topic kicker 'Environment'. Australian local day: visible 'Tuesday 18 June 2024' while <time datetime> and dcterms.created are 2024-06-17T23:30Z (09:30 AEST on the 18th). Summary paragraph, caption, media enquiries excluded."})

def en_un():
    nav = ul(['Home','About us','What we do','Where we work','News and media','Publications','Data','Events','Careers'], 'nav-main', '/en/')
    latest = '\n'.join(f'<li><span class="date">{d}</span> <a href="/en/news/{slug(t)}">{t}</a></li>' for d,t in [('30 April 2024','Statement on World Water Day follow-up consultations'),('22 April 2024','New partnership to improve leak detection in Latin American cities'),('15 April 2024','Call for nominations: Urban Water Innovation Award 2024')])
    foot = ul(['Contact','Terms of use','Privacy notice','Fraud alert','Copyright','Procurement','Accessibility','Sitemap'], 'footer-nav', '/en/')
    body = paras([
     'Nearly two billion people living in cities could face severe water stress by 2030 unless governments invest urgently in water infrastructure and demand management, according to a new report released today by UN Urban Water.',
     'The World Urban Water Outlook 2024 finds that the number of city dwellers living in areas where demand regularly exceeds available supply has doubled since 2000, driven by rapid urban growth, ageing pipe networks and more frequent droughts.',
     'The report estimates that on average, cities in low- and middle-income countries lose 38 per cent of their treated drinking water through leaks, illegal connections and metering errors before it reaches consumers.',
     '“Every litre of water lost through a broken pipe is a litre that a family, a hospital or a school goes without,” said Amina Diallo, Executive Director of UN Urban Water. “The good news is that the solutions are well known. What is missing is the investment and the political will to put them in place.”',
     'The Outlook calls on national and local governments to halve water losses by 2030, to expand the reuse of treated wastewater for industry and agriculture, and to protect the watersheds that supply cities. It also highlights successful examples from Lima, Windhoek and Singapore.',
     'The findings will be presented to Member States at the UN Water Dialogue in New York in July.'])
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Two billion city dwellers face water stress by 2030, UN report warns | UN Urban Water</title>
<meta name="dcterms.date" content="2024-05-03">
<meta name="dcterms.type" content="Press release">
<meta property="og:title" content="World Urban Water Outlook 2024: Two billion city dwellers face water stress">
<link rel="alternate" hreflang="fr" href="https://www.unurbanwater.example.org/fr/news/deux-milliards-citadins-stress-hydrique">
<link rel="alternate" hreflang="es" href="https://www.unurbanwater.example.org/es/news/dos-mil-millones-estres-hidrico">
<link rel="stylesheet" href="/themes/unuw/css/style.css?v=2024.4">
</head>
<body class="page-node-type-press-release lang-en">
<div class="un-bar"><a href="https://www.un.example.org/">Welcome to the United Nations</a> <div class="lang-switcher"><a href="/en/" class="active">English</a> <a href="/fr/">Français</a> <a href="/es/">Español</a> <a href="/ar/">العربية</a> <a href="/zh/">中文</a> <a href="/ru/">Русский</a></div></div>
<header class="site-header"><a href="/en/" class="logo">UN Urban Water</a><nav aria-label="Main">{nav}</nav><form action="/en/search"><input type="search" name="q" placeholder="Search"></form></header>
<div class="breadcrumb"><a href="/en/">Home</a> › <a href="/en/news">News and media</a> › <a href="/en/news/press-releases">Press releases</a></div>
<main id="main">
<article class="press-release">
 <div class="pr-type">Press release</div>
 <h1>Two billion city dwellers face water stress by 2030, UN report warns</h1>
 <div class="pr-meta"><span class="pr-date">03 May 2024</span> <span class="pr-embargo">Embargoed until 3 May 2024, 10:00 CEST</span></div>
 <ul class="pr-highlights"><li>Urban population under severe water stress has doubled since 2000</li><li>Cities lose 38 per cent of treated water before it reaches taps</li><li>Report calls for halving water losses by 2030</li></ul>
 <div class="pr-body">
 <p><strong>GENEVA, 3 May 2024 –</strong> Nearly two billion people living in cities could face severe water stress by 2030 unless governments invest urgently in water infrastructure and demand management, according to a new report released today by UN Urban Water.</p>
{body.split("</p>",1)[1]}
 <h3>Notes to editors</h3>
 <p>The World Urban Water Outlook is published every two years. The 2024 edition draws on data from 1,240 cities in 146 countries. The full report and regional fact sheets are available for download.</p>
 <p>UN Urban Water supports governments and cities in delivering safe, affordable and sustainable water and sanitation services. It was established by the General Assembly in 1997 and is based in Geneva.</p>
 <h3>For more information, please contact:</h3>
 <p>Clara Nilsson, Communications Officer, UN Urban Water, Geneva, +41 22 555 01 77, clara.nilsson@unurbanwater.example.org</p>
 </div>
 <div class="pr-downloads"><h3>Downloads</h3><ul><li><a href="/sites/default/files/2024-05/WUWO2024_full_report_EN.pdf">World Urban Water Outlook 2024 – Full report (PDF, 14.2 MB)</a></li><li><a href="/sites/default/files/2024-05/WUWO2024_key_findings_EN.pdf">Key findings (PDF, 1.1 MB)</a></li></ul></div>
</article>
<aside class="sidebar"><h2>Latest news</h2><ul>{latest}</ul>
<h2>Upcoming events</h2><p><strong>8–10 July 2024</strong> – UN Water Dialogue, New York</p><p><strong>26 August 2024</strong> – World Water Week side event, Stockholm</p></aside>
</main>
<footer class="site-footer"><div class="newsletter"><h2>Stay informed</h2><p>Subscribe to receive our press releases and publications.</p><a href="/en/subscribe">Subscribe</a></div>{foot}<p>© United Nations 2024</p></footer>
<script src="/themes/unuw/js/main.js?v=2024.4"></script>
</body>
</html>'''
    save('en_un_press_release_geneva', html, {
     "url": "https://www.unurbanwater.example.org/en/news/two-billion-city-dwellers-water-stress-2030",
     "language": "en",
     "title": "Two billion city dwellers face water stress by 2030, UN report warns",
     "published": "2024-05-03",
     "body_first": "Nearly two billion people living in cities could face severe water stress by 2030 unless governments invest urgently in water infrastructure and demand management, according to a new report released today by UN Urban Water.",
     "body_last": "The findings will be presented to Member States at the UN Water Dialogue in New York in July.",
     "absent": ["Urban population under severe water stress has doubled since 2000", "The World Urban Water Outlook is published every two years.", "Clara Nilsson, Communications Officer, UN Urban Water, Geneva", "Call for nominations: Urban Water Innovation Award 2024"],
     "notes": "UN agency press release (custom CMS). Dateline 'GENEVA, 3 May 2024 –' in <strong> at start of first paragraph. Highlights bullet list above body is a summary (not body). 'Notes to editors' and 'For more information' inside the same body div must be excluded. Embargo line, events (8–10 July 2024), sidebar news with older dates. Language switcher with non-Latin scripts."})

def en_canada():
    nav = ul(['Jobs','Immigration and citizenship','Travel and tourism','Business and industry','Benefits','Health','Taxes','Environment and natural resources','National security and defence','Culture, history and sport','Policing, justice and emergencies','Transport and infrastructure'], 'gc-main-menu', '/en/services/')
    foot = ul(['All contacts','Departments and agencies','About government','News','Treaties, laws and regulations','Government-wide reporting','Prime Minister','How government works','Open government'], 'gc-contextual', '/en/')
    foot2 = ul(['Social media','Mobile applications','About Canada.ca','Terms and conditions','Privacy'], 'gc-sub-footer', '/en/')
    body = paras([
     'January 15, 2025 – Ottawa, Ontario – The Government of Canada is investing $12.4 million over four years to help Indigenous communities and conservation organizations protect and restore wetlands in the Prairie provinces.',
     'Wetlands filter water, reduce the risk of flooding and drought, store carbon and provide habitat for more than 600 species of plants and animals, including many species at risk. Since European settlement, an estimated 70 per cent of wetlands in the settled areas of the Prairies have been drained or degraded.',
     'Today’s funding will support 23 projects across Alberta, Saskatchewan and Manitoba. These projects will restore approximately 4,800 hectares of wetland habitat, secure long-term protection for a further 11,000 hectares, and train community members in wetland monitoring.',
     'Projects include the restoration of drained potholes on agricultural land in partnership with local producers, and Indigenous-led monitoring programs that combine traditional knowledge with satellite mapping.',
     'The funding is provided through the Nature Smart Climate Solutions Fund, which supports projects that conserve, restore and enhance the management of ecosystems to reduce greenhouse gas emissions.'])
    html = f'''<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Government of Canada invests in wetland conservation across the Prairies - Canada.ca</title>
<meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="description" content="The Government of Canada is investing $12.4 million over four years to help protect and restore wetlands in the Prairie provinces.">
<meta name="dcterms.title" content="Government of Canada invests in wetland conservation across the Prairies">
<meta name="dcterms.creator" content="Environment and Climate Change Canada">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.issued" title="W3CDTF" content="2025-01-15">
<meta name="dcterms.modified" title="W3CDTF" content="2025-01-16">
<meta name="dcterms.subject" title="gccore" content="Environment;Wetlands;Conservation">
<meta property="og:title" content="Protecting Prairie wetlands">
<link rel="stylesheet" href="https://www.canada.example.ca/etc/designs/canada/wet-boew/css/theme.min.css">
</head>
<body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li><li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul class="list-inline"><li><a lang="fr" hreflang="fr" href="/fr/environnement-changement-climatique/nouvelles/2025/01/milieux-humides-prairies.html"><span>Français</span></a></li></ul></section>
<div class="brand"><a href="/en.html" property="url"><img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"></a></div>
<section id="wb-srch"><h2>Search</h2><form action="/en/sr/srb.html" method="get" role="search"><label for="wb-srch-q" class="wb-inv">Search Canada.ca</label><input id="wb-srch-q" type="search" name="q" placeholder="Search Canada.ca"></form></section></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><h2 class="wb-inv">Menu</h2><button type="button" aria-haspopup="true" aria-expanded="false">Menu</button>{nav}</nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><ol class="breadcrumb"><li><a href="/en.html">Canada.ca</a></li><li><a href="/en/environment-climate-change.html">Environment and Climate Change Canada</a></li></ol></nav>
</header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<h1 property="name" id="wb-cont">Government of Canada invests in wetland conservation across the Prairies</h1>
<div class="gc-byline"><p>From: <a href="/en/environment-climate-change.html">Environment and Climate Change Canada</a></p></div>
<div class="mwstext section"><h2 class="wb-inv">News release</h2><p class="h5 mrgn-tp-0">News release</p></div>
<div class="mwsgeneric-base-html">
{body}
</div>
<section class="mwsgeneric-base-html"><h2>Associated links</h2><ul><li><a href="/en/environment-climate-change/services/nature-smart-climate-solutions-fund.html">Nature Smart Climate Solutions Fund</a></li><li><a href="/en/environment-climate-change/services/wetlands.html">Wetlands in Canada</a></li></ul></section>
<section class="mwsgeneric-base-html"><h2>Contacts</h2><p>Olivia Tremblay<br>Press Secretary<br>Office of the Minister of Environment and Climate Change<br>873-555-0143<br>olivia.tremblay@ec.example.gc.ca</p><p>Media Relations<br>Environment and Climate Change Canada<br>819-555-0169<br>media@ec.example.gc.ca</p><p>Stay connected with Environment and Climate Change Canada on X, Facebook, Instagram and YouTube.</p></section>
<section class="gc-srch-nws"><h2>Search for related information by keyword</h2><p><a href="/en/news/advanced-news-search/news-results.html?typ=newsreleases&amp;kw=Environment">Environment</a> | <a href="/en/news/advanced-news-search/news-results.html?dprtmnt=environmentclimatechange">Environment and Climate Change Canada</a> | <a href="/en/news/advanced-news-search/news-results.html?typ=newsreleases&amp;kw=Nature">Nature</a> | <a href="/en/news/advanced-news-search/news-results.html?typ=newsreleases">general public</a> | <a href="/en/news/advanced-news-search/news-results.html?typ=newsreleases">news releases</a> | Hon. Julien Marchand</p></section>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-6"><a href="/en/report-problem.html" class="btn btn-default">Report a problem on this page</a></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2025-01-16</time></dd></dl></section>
</main>
<footer id="wb-info"><div class="gc-contextual"><h3>Environment and Climate Change Canada</h3></div>
<div class="gc-main-footer"><div class="container"><h3>Government of Canada</h3>{foot}</div></div>
<div class="gc-sub-footer"><div class="container"><h2 class="wb-inv">About this site</h2>{foot2}</div></div></footer>
<script src="https://www.canada.example.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script>
</body>
</html>'''
    save('en_canada_gov_news_release', html, {
     "url": "https://www.canada.example.ca/en/environment-climate-change/news/2025/01/government-of-canada-invests-in-wetland-conservation-across-the-prairies.html",
     "language": "en",
     "title": "Government of Canada invests in wetland conservation across the Prairies",
     "published": "2025-01-15",
     "body_first": "The Government of Canada is investing $12.4 million over four years to help Indigenous communities and conservation organizations protect and restore wetlands in the Prairie provinces.",
     "body_last": "The funding is provided through the Nature Smart Climate Solutions Fund, which supports projects that conserve, restore and enhance the management of ecosystems to reduce greenhouse gas emissions.",
     "absent": ["Stay connected with Environment and Climate Change Canada on X, Facebook, Instagram and YouTube.", "Press Secretary", "Search for related information by keyword", "Report a problem on this page"],
     "notes": "Canada.ca (WET/GCWeb) news release. Date-first dateline 'January 15, 2025 – Ottawa, Ontario –' opens the first paragraph (excluded). Dates only in dcterms.issued (visible nowhere else) and 'Date modified: 2025-01-16' at the bottom; published from dcterms.issued = the dateline date. 'News release' caption, 'From:' byline, Associated links, Contacts excluded. <title> suffix '- Canada.ca'."})

for f in (en_corp_us, en_nuxt, en_au_uni, en_un, en_canada): f()
