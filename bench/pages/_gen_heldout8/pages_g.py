from common import *
from pages_e import page
from pages_f import std_side

CK = '<div class="cookie"><p>{}</p><button>Accept</button> <button>Reject</button></div>'

@register
def p24():
    name = "en_uk_police_newsroom"
    url = "https://www.westmoor-police.example/news/westmoor/news/2023/february/appeal-after-shop-window-smashed-in-harrowgate/"
    title = "Appeal after shop window smashed in Harrowgate"
    paras = [
        "Officers are appealing for witnesses after a shop window was smashed in Harrowgate town centre in the early hours of Sunday 26 February.",
        "It happened at around 2.15am at a newsagent on Bridge Street, when a man threw a metal sign through the front window.",
        "Nothing was taken from the shop, but the damage is estimated at more than £3,000.",
        "The man is described as white, in his twenties, of slim build and wearing a grey hooded top with a white logo on the back.",
        "Anyone with information is asked to call 101 quoting reference 14230031962, or contact Crimestoppers anonymously on 0800 555 111.",
    ]
    main = f"""<main id="main-content" class="govuk-main-wrapper"><div class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a> › <a href="/news/westmoor/">Westmoor</a></div>
<div class="news-article"><span class="category">Appeals</span>
<h1 class="govuk-heading-xl">{title}</h1>
<dl class="meta"><dt>Published:</dt><dd>28 February 2023</dd><dt>Area:</dt><dd>Harrowgate</dd></dl>
<figure><img src="/media/cctv-bridge-st.jpg" alt="CCTV still"><figcaption>Officers would like to speak to the man pictured in this CCTV image.</figcaption></figure>
<div class="article-body">{ps(paras)}</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on Nextdoor</a></div>
<section class="related"><h2>Related news</h2>{ul(["Man charged after burglary at Harrowgate pharmacy","Extra patrols planned for town centre weekend nights"], "related")}</section>
<div class="feedback"><p>Was this page helpful? Yes / No</p></div></div></main>"""
    html = page("en-GB", "Appeal after shop window smashed in Harrowgate | Westmoor Police",
        '<meta name="DC.date.issued" content="2023-02-28">\n<meta property="og:title" content="Appeal after shop window smashed in Harrowgate">',
        CK.format("We'd like to set analytics cookies to understand how you use this website."),
        f'<a href="#main-content" class="skip">Skip to main content</a><div class="emergency">In an emergency, always call 999</div><header class="site-header"><a class="logo" href="/">Westmoor Police</a><nav class="nav-primary">{ul(["Report","Contact us","Advice","News","Careers","Your area"], "", "/")}</nav></header>',
        main,
        std_side(["Police station front counter opening hours","Missing person: have you seen Joanne?"], "Sign up to Westmoor Alerts for crime updates in your neighbourhood."),
        '<footer class="footer"><p>© Westmoor Police 2023 · Accessibility · Privacy notice · Freedom of information</p></footer>')
    write(name, html, dict(url=url, language="en", title=title, published="2023-02-28",
        body_first=paras[0], body_last=paras[-1],
        absent=["Officers would like to speak to the man pictured in this CCTV image.", "Man charged after burglary at Harrowgate pharmacy",
                "Was this page helpful? Yes / No", "In an emergency, always call 999", "Sign up to Westmoor Alerts for crime updates in your neighbourhood."],
        notes="UK police newsroom (GOV.UK-like classes). 'Published: 28 February 2023' in a definition list, DC.date.issued meta; body mentions the incident date Sunday 26 February (trap). Category 'Appeals' kicker."))

@register
def p25():
    name = "en_newswire_release"
    url = "https://www.globalwire-releases.example/news-releases/harborlight-robotics-opens-second-plant-301998877.html"
    title = "Harborlight Robotics Opens Second Manufacturing Plant in Ohio, Adding 400 Jobs"
    paras = [
        "Harborlight Robotics, a maker of autonomous warehouse vehicles, today announced the opening of its second manufacturing plant, a 310,000-square-foot facility in Dayton, Ohio.",
        "The plant will produce up to 12,000 mobile robots a year when it reaches full capacity in 2025 and is expected to employ 400 people.",
        "\"Demand from grocery and parcel customers has doubled in eighteen months, and Dayton gives us the workforce and logistics we need,\" said Priya Raman, chief executive officer of Harborlight.",
        "The company received $6.2 million in tax credits from the state's job creation program.",
        "Hiring for production, maintenance and quality roles begins this month.",
    ]
    main = f"""<main class="release-page"><div class="container">
<p class="release-type">News provided by <a href="#">Harborlight Robotics, Inc.</a></p>
<h1>{title}</h1>
<p class="subheadline"><i>Facility in Dayton will build up to 12,000 autonomous warehouse vehicles a year</i></p>
<p class="mb-no">Jan 09, 2024, 08:30 ET</p>
<div class="release-body article-body">
<p><span class="xn-location">NEW YORK</span>, <span class="xn-chron">Jan. 9, 2024</span> /GlobalWire/ -- {paras[0]}</p>
{ps(paras[1:])}
<p><b>About Harborlight Robotics</b></p>
<p>Founded in 2016, Harborlight Robotics designs and builds autonomous mobile robots for warehouses and distribution centers.</p>
<p>Media contact: Dana Kwon, press@harborlight.example</p>
<p>SOURCE Harborlight Robotics, Inc.</p>
</div>
<section class="related"><h2>Also from this source</h2><ul><li><a href="#">Harborlight Robotics Names New Chief Financial Officer</a> <span>Nov 14, 2023</span></li><li><a href="#">Harborlight Robotics Reports Third-Quarter Results</a> <span>Oct 30, 2023</span></li></ul></section>
<div class="share"><a href="#">Share this article</a></div></div></main>"""
    html = page("en-US", "Harborlight Robotics Opens Second Manufacturing Plant in Ohio, Adding 400 Jobs",
        '<meta name="date" content="2024-01-09T08:30:00-05:00">\n<meta property="og:site_name" content="GlobalWire">',
        CK.format("This website uses cookies. By continuing to browse, you agree to our use of cookies."),
        f'<header class="site-header"><a class="logo" href="/">GlobalWire</a><nav class="nav-primary">{ul(["News","Business","Technology","Health","Energy","Send a Release","Contact"], "", "/")}</nav></header>',
        main,
        std_side(["Automotive supplier expands Michigan facility","Logistics startup closes Series B round"], "Get news releases in your industry delivered to your inbox."),
        '<footer class="footer"><p>© 2024 GlobalWire Distribution. All Rights Reserved.</p></footer>')
    write(name, html, dict(url=url, language="en", title=title, published="2024-01-09",
        body_first=paras[0], body_last=paras[-1],
        absent=["Facility in Dayton will build up to 12,000 autonomous warehouse vehicles a year",
                "Founded in 2016, Harborlight Robotics designs and builds autonomous mobile robots for warehouses and distribution centers.",
                "Media contact: Dana Kwon, press@harborlight.example", "Harborlight Robotics Names New Chief Financial Officer",
                "Get news releases in your industry delivered to your inbox."],
        notes="Newswire press release. Dateline 'NEW YORK, Jan. 9, 2024 /GlobalWire/ --' excluded from body_first; 'Jan 09, 2024, 08:30 ET' above. Boilerplate 'About' section, media contact and SOURCE line are after the body's last sentence (judgement: excluded)."))

@register
def p26():
    name = "en_university_modified_only"
    url = "https://news.lakeside-university.example/stories/2019/graduate-students-map-microplastics"
    title = "Graduate students map microplastics along the Great Lakes shoreline"
    paras = [
        "A team of graduate students from the School of Freshwater Sciences spent last summer collecting sand samples at 64 beaches on three of the Great Lakes.",
        "Their findings, published this week in a peer-reviewed journal, show microplastic concentrations up to nine times higher near river mouths than on open shoreline.",
        "Most of the particles were fragments of polyethylene and polypropylene, the plastics used in packaging and bottle caps.",
        "\"We expected cities to be hotspots, but some of the highest counts were next to small agricultural rivers,\" said doctoral candidate Amara Osei, the study's lead author.",
        "The team plans to repeat the sampling this year with help from community volunteers.",
    ]
    main = f"""<main id="main" class="story"><div class="breadcrumb"><a href="/">News</a> / <a href="/stories/">Stories</a> / <a href="/topics/environment/">Environment</a></div>
<article><header><p class="eyebrow">Research</p><h1>{title}</h1>
<p class="byline">By Kevin Duarte, University Communications</p><p class="dateline">April 2, 2019</p></header>
<figure><img src="/sites/news/files/2019-04/sampling.jpg" alt=""><figcaption>Doctoral candidate Amara Osei sieves sand at a beach near Port Halden. (Photo: Lakeside University)</figcaption></figure>
<div class="field-body article-body">{ps(paras)}</div>
<aside class="media-contact"><h3>Media contact</h3><p>Kevin Duarte, University Communications, 555-0190</p></aside>
<div class="share"><a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></article>
<section class="related"><h2>Related stories</h2>{ul(["Freshwater sciences building earns LEED Gold","Undergraduate wins national award for algae research"], "related")}</section>
<p class="events-teaser">Upcoming: Freshwater Science Day, May 18, 2019</p></main>"""
    html = page("en", "Graduate students map microplastics along the Great Lakes shoreline | Lakeside University News",
        '<meta property="og:title" content="Graduate students map microplastics along the Great Lakes shoreline">\n<meta property="article:modified_time" content="2019-06-21T10:04:11-05:00">\n<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">',
        CK.format("Lakeside University uses cookies to improve your browsing experience."),
        f'<header class="site-header"><a class="logo" href="https://www.lakeside-university.example/">Lakeside University</a><nav class="nav-primary">{ul(["Admissions","Academics","Research","Campus Life","Athletics","Give"], "", "/")}</nav></header>',
        main,
        std_side(["Commencement 2019 speakers announced","Campus dining adds plant-based station"], "Subscribe to Lakeside Today, the weekly campus news digest."),
        '<footer class="footer"><p>Lakeside University · 1 University Way · © 2019 Board of Regents</p><p>Page last updated June 21, 2019</p></footer>')
    write(name, html, dict(url=url, language="en", title=title, published="2019-04-02",
        body_first=paras[0], body_last=paras[-1],
        absent=["Doctoral candidate Amara Osei sieves sand at a beach near Port Halden.", "Kevin Duarte, University Communications, 555-0190",
                "Freshwater sciences building earns LEED Gold", "Upcoming: Freshwater Science Day, May 18, 2019", "Page last updated June 21, 2019"],
        notes="Drupal university newsroom. Machine-readable metadata has ONLY article:modified_time (2019-06-21) and the footer says 'Page last updated June 21, 2019'; the publication date is visible only as 'April 2, 2019' under the byline. Event date in a teaser. Eyebrow 'Research'."))

@register
def p27():
    name = "en_liveblog_storm"
    url = "https://www.coastalherald.example/live/2023/09/30/tropical-storm-nadia-live-updates"
    title = "Tropical Storm Nadia live updates: power outages spread along the coast"
    entries = [
        ("11:48 p.m.", "The county emergency office says more than 41,000 customers are now without power, most of them in low-lying neighborhoods east of the river.", "Crews will not go up in bucket trucks until winds drop below 35 mph, which forecasters expect around sunrise."),
        ("10:15 p.m.", "The causeway to Palmer Island has been closed in both directions after waves washed sand and debris onto the road.", "Sheriff's deputies are stationed at both ends."),
        ("8:02 p.m.", "Nadia's center is now about 60 miles south of Port Alder, moving north at 9 mph with maximum sustained winds of 60 mph.", "A storm surge warning remains in effect for the entire county."),
        ("6:30 p.m.", "Good evening, and welcome to our live coverage of Tropical Storm Nadia as it approaches the coast.", "Reporters across the county will bring you updates through the night."),
    ]
    body = "\n".join(f'<div class="live-entry"><time class="entry-time">{t}</time><p>{a}</p><p>{b}</p><div class="entry-share"><a href="#">Share this update</a></div></div>' for t, a, b in entries)
    main = f"""<main class="live"><div class="breadcrumb"><a href="/">Home</a> › <a href="/weather/">Weather</a></div>
<span class="live-badge">LIVE</span>
<h1 class="live-title">{title}</h1>
<p class="live-summary">Nadia is expected to make landfall early Sunday as a strong tropical storm. Follow our reporters for updates through the night.</p>
<p class="live-meta">By Herald Staff · Started <time datetime="2023-09-30T18:30:00-04:00">Sept. 30, 2023, 6:30 p.m.</time> · Last updated <time datetime="2023-10-01T03:48:00Z">11:48 p.m. EDT</time></p>
<div class="key-points"><h2>What to know</h2><ul><li>Storm surge warning for the whole county</li><li>Shelters open at four high schools</li></ul></div>
<div class="live-feed article-body">
{body}
</div>
<section class="related"><h2>More coverage</h2>{ul(["How to prepare a storm kit in 15 minutes","Where to find sandbags in Alder County"], "related")}</section></main>"""
    html = page("en-US", "Tropical Storm Nadia live updates: power outages spread along the coast - The Coastal Herald",
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Tropical Storm Nadia live updates","coverageStartTime":"2023-09-30T22:30:00Z","datePublished":"2023-09-30T22:30:00Z","dateModified":"2023-10-01T03:48:00Z"}</script>',
        CK.format("We use cookies and similar technologies to deliver our services and measure traffic."),
        f'<header class="site-header"><a class="logo" href="/">The Coastal Herald</a><nav class="nav-primary">{ul(["News","Weather","Sports","Business","Opinion","Obituaries"], "", "/")}</nav></header>',
        main,
        std_side(["Hurricane season 2023: the storms so far","School closures for Monday"], "Text ALERTS to get breaking weather news on your phone."),
        '<footer class="footer"><p>© 2023 The Coastal Herald. All rights reserved.</p></footer>')
    write(name, html, dict(url=url, language="en", title=title, published="2023-09-30",
        body_first=entries[0][1], body_last=entries[-1][2],
        absent=["Nadia is expected to make landfall early Sunday as a strong tropical storm.", "Storm surge warning for the whole county",
                "Share this update", "How to prepare a storm kit in 15 minutes", "Text ALERTS to get breaking weather news on your phone."],
        notes="Live blog, newest entry first. Judgement: body is the live feed in display order, so body_first is the first sentence of the newest entry and body_last the last sentence of the opening entry; entry timestamps are not body. Started 6:30 p.m. EDT Sept 30 (22:30Z same day); last update 11:48 p.m. EDT = 03:48Z on Oct 1 (trap); published = Sept 30."))

@register
def p28():
    name = "en_table_layout_printview"
    url = "http://www.prairiefalls-gazette.example/cgi-bin/print.pl?story=2006/11/03/news/grain_elevator"
    title = "Historic grain elevator to be torn down after fire inspection"
    paras = [
        "The wooden grain elevator that has stood beside the railroad tracks in Prairie Falls since 1917 will be demolished before the end of the year.",
        "A state fire inspection last month found that the structure's main posts had rotted and that it could collapse in high winds.",
        "The county historical society had hoped to restore the elevator as a museum but was unable to raise the estimated $900,000 needed.",
        "Society president Ruth Anders said volunteers would photograph and measure the building so that a scale model can be displayed at the library.",
        "Demolition is scheduled to begin Nov. 27.",
    ]
    html = f"""<html>
<head>
<title>Prairie Falls Gazette - Print Story</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>{FILLER_CSS}</style>
</head>
<body bgcolor="#FFFFFF" onload="window.print()">
<div class="cookie">This site uses cookies to remember your print preferences.</div>
<table width="640" border="0" cellpadding="4" cellspacing="0" class="site-header">
<tr><td><font face="Georgia" size="5"><b>Prairie Falls Gazette</b></font><br><font size="1">&quot;The Voice of Grant County&quot;</font></td><td align="right"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></td></tr>
</table>
<table width="640" border="0" cellpadding="4" cellspacing="0">
<tr><td><font size="2" color="#666666">Posted on 11/03/2006</font></td></tr>
<tr><td><font face="Georgia" size="4"><b>{title}</b></font></td></tr>
<tr><td><font size="2"><i>By Don Haskell, Gazette Staff Writer</i></font></td></tr>
<tr><td class="article-body"><font face="Verdana" size="2">
{ps(paras)}
</font></td></tr>
<tr><td><font size="1">Copyright &copy; 1998-2006 Prairie Falls Gazette. Reproduction without permission prohibited.</font></td></tr>
<tr><td><font size="1">Also on PrairieFallsGazette.com: <a href="#">Lady Hawks advance to regional semifinal</a> &middot; <a href="#">Letters: Keep the elevator</a> &middot; <a href="#">Election results 11/07/2006</a></font></td></tr>
<tr><td><font size="1">To subscribe to the print edition call 555-0177. Mail delivery available in Grant County.</font></td></tr>
</table>
</body>
</html>"""
    write(name, html, dict(url=url, language="en", title=title, published="2006-11-03",
        body_first=paras[0], body_last=paras[-1],
        absent=["\"The Voice of Grant County\"", "Print this page",
                "Copyright © 1998-2006 Prairie Falls Gazette. Reproduction without permission prohibited.",
                "Lady Hawks advance to regional semifinal", "To subscribe to the print edition call 555-0177."],
        notes="Old table/font-tag print view from a US small-town paper, no metadata; <title> generic. 'Posted on 11/03/2006' is US month-first (= 3 Nov 2006, a Friday); related 'Election results 11/07/2006'. Headline only as bold font in a table cell. Body mentions 'Nov. 27' (event)."))

@register
def p29():
    name = "en_ghost_blog_nodate"
    url = "https://fieldnotes.tidewater-commons.example/why-we-stopped-mowing-the-orchard/"
    title = "Why we stopped mowing the orchard"
    paras = [
        "For years the grass under our apple trees was cut every two weeks from May to September, mostly because that is what orchards are supposed to look like.",
        "Last spring we left a strip along the east fence alone, and by July it was full of clover, yarrow and a knee-high tangle of vetch.",
        "The difference in insects was obvious even without counting: bumblebees, hoverflies and a surprising number of small solitary bees.",
        "We now mow only the paths between rows and leave everything else until the end of the season.",
        "If you have a patch of lawn that nobody walks on, try letting it grow for one summer and see who moves in.",
    ]
    main = f"""<main id="site-main" class="site-main outer"><div class="inner">
<article class="post-full post">
<header class="post-full-header"><section class="post-full-tags"><a href="/tag/land/">Land</a></section>
<h1 class="post-full-title">{title}</h1>
<p class="post-full-custom-excerpt">What happened when we let the grass grow under the apple trees for one summer.</p>
<div class="post-full-byline"><span class="author-name"><a href="/author/mira/">Mira Castellanos</a></span> <span class="reading-time">4 min read</span></div></header>
<figure class="post-full-image"><img src="/content/images/2022/orchard.jpg" alt=""><figcaption>The east fence strip in July.</figcaption></figure>
<section class="post-full-content gh-content article-body">{ps(paras)}</section>
<section class="subscribe-form newsletter"><h3>Subscribe to Field Notes</h3><p>Get the latest posts delivered right to your inbox.</p><input type="email"><button>Subscribe</button></section>
<section class="author-card"><h4>Mira Castellanos</h4><p>Mira runs the orchard and the seed library at Tidewater Commons.</p></section>
</article>
<aside class="read-next related"><h3>Read next</h3>{ul(["A winter of pruning mistakes","Building a cheap hedgehog house"], "related")}</aside></div></main>"""
    html = page("en", "Why we stopped mowing the orchard",
        '<meta property="og:site_name" content="Field Notes">\n<meta property="og:type" content="article">\n<meta name="generator" content="Ghost 5.2">',
        CK.format("This site uses only privacy-friendly analytics."),
        f'<header class="site-header"><a class="logo" href="/">Field Notes from Tidewater Commons</a><nav class="nav-primary">{ul(["Home","Orchard","Seeds","Workshops","About"], "", "/")}</nav></header>',
        main, "",
        '<footer class="site-footer footer"><p>Field Notes &copy; 2024 · Published with Ghost</p></footer>')
    write(name, html, dict(url=url, language="en", title=title, published=None,
        body_first=paras[0], body_last=paras[-1],
        absent=["What happened when we let the grass grow under the apple trees for one summer.", "Get the latest posts delivered right to your inbox.",
                "Mira runs the orchard and the seed library at Tidewater Commons.", "A winter of pruning mistakes", "4 min read"],
        notes="Ghost theme with the date removed: no published/modified time anywhere (no JSON-LD, no article:* meta, no <time>). Only a copyright year 2024 in the footer and a '2022' path segment in the image URL; expected published is null."))

@register
def p30():
    name = "en_nuxt_corporate_newsroom"
    url = "https://newsroom.cascade-outdoor.example/en-us/press/2023/cascade-launches-repair-program"
    title = "Cascade Outdoor launches nationwide gear repair program"
    paras = [
        "Cascade Outdoor will repair jackets, tents and backpacks of any age at its 38 U.S. stores, the company announced on Saturday.",
        "Customers can drop off damaged items and pick them up within three weeks, with most repairs costing between $10 and $45.",
        "The company said repairs of zippers and seams on its own products bought within the last two years will remain free.",
        "\"The most sustainable jacket is the one you already own,\" said Elena Marsh, vice president of product.",
        "The program starts in the Pacific Northwest in October and will reach all stores by spring.",
    ]
    state = {"data": [{"article": {"title": title, "publishedAt": "2023-09-30T23:15:00-07:00", "locale": "en-US", "slug": "cascade-launches-repair-program"}}],
             "state": {"i18n": {"locale": "en-us"}, "nav": ["Products", "Sustainability", "Stories", "Press"]}, "serverRendered": True}
    main = f"""<div id="__nuxt"><div id="__layout"><div class="page-press">
<main class="cmp-container"><div class="cmp-breadcrumb breadcrumb"><a href="/en-us/">Newsroom</a> › <a href="/en-us/press/">Press releases</a></div>
<article class="cmp-article"><div class="cmp-title"><p class="cmp-eyebrow">Press release · Sustainability</p><h1 class="cmp-title__text">{title}</h1></div>
<div class="cmp-date">Sep 30, 2023</div>
<div class="cmp-image"><img src="/content/dam/cascade/repair.jpg" alt=""><p class="cmp-image__title">A technician repairs a tent seam at the Portland flagship store.</p></div>
<div class="cmp-text article-body">{ps(paras)}</div>
<div class="cmp-text boilerplate"><p><b>About Cascade Outdoor</b> Cascade Outdoor has made clothing and equipment for hikers and climbers since 1978.</p></div>
<div class="share"><a href="#">Share</a> <a href="#">Download assets</a></div></article>
<section class="related"><h2>Latest releases</h2>{ul(["Cascade Outdoor reports record second quarter","Cascade opens first store in Denver"], "related")}</section></main>
</div></div></div>"""
    html = page("en-US", "Cascade Outdoor launches nationwide gear repair program | Cascade Outdoor Newsroom",
        '<meta property="og:title" content="Cascade Outdoor launches repair program">\n<meta property="article:published_time" content="2023-10-01T06:15:00Z">',
        CK.format("We use cookies to personalize content and analyze our traffic. Manage your preferences anytime."),
        f'<header class="site-header"><a class="logo" href="/">Cascade Outdoor</a><nav class="nav-primary">{ul(["Products","Sustainability","Stories","Press","Careers"], "", "/en-us/")}</nav></header>',
        main,
        std_side(["Media contacts","Brand assets and logos"], "Sign up for press release alerts from Cascade Outdoor."),
        f'<footer class="footer"><p>© 2023 Cascade Outdoor Inc.</p></footer>\n<script>window.__NUXT__={json.dumps(state)}</script>')
    write(name, html, dict(url=url, language="en", title=title, published="2023-09-30",
        body_first=paras[0], body_last=paras[-1],
        absent=["A technician repairs a tent seam at the Portland flagship store.", "Press release · Sustainability",
                "Cascade Outdoor has made clothing and equipment for hikers and climbers since 1978.", "Cascade Outdoor reports record second quarter",
                "Sign up for press release alerts from Cascade Outdoor."],
        notes="Nuxt SSR + AEM-style cmp-* components. article:published_time is 2023-10-01T06:15Z, but the publisher's local time (window.__NUXT__ publishedAt 2023-09-30T23:15-07:00) and the visible date 'Sep 30, 2023' give Sept 30. 'announced on Saturday' matches Sept 30. Eyebrow excluded; About boilerplate excluded."))
