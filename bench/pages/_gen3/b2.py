from lib import *

def en_sharepoint():
    nav = ul(['Bins and recycling','Council tax','Housing','Planning and building control','Roads, travel and parking','Schools and education','Adult social care','Business','Leisure and culture','Your council'], 'ms-core-listMenu-root static', '/Pages/')
    sub = ul(['Councillors and committees','Budgets and spending','Consultations','Elections and voting','Freedom of information','Jobs and careers','News and press releases','Strategies and plans'], 'ms-core-listMenu-root dynamic', '/your-council/')
    latest = ul([('Garden waste subscriptions open for 2025/26','/news/Pages/garden-waste-2025.aspx'),('Library opening hours to change from April','/news/Pages/library-hours-april.aspx'),('Have your say on the draft Local Plan','/news/Pages/local-plan-consultation.aspx'),('Free tree giveaway returns to Northbridge parks','/news/Pages/tree-giveaway.aspx')], 'news-latest')
    foot = ul(['Contact us','Accessibility statement','Privacy notice','Cookies','Terms and conditions','Modern slavery statement','Sitemap','Translate this page'], 'footer-links', '/Pages/')
    body = paras([
     'Councillors have approved a £4.2 million programme to resurface and repair rural roads across the district over the next two years.',
     'The plan, agreed at a meeting of the full council on Monday evening, targets 57 stretches of road that engineers have rated as being in poor or very poor condition. Most are single-track lanes serving villages and farms in the north and west of the district.',
     'Work will be prioritised according to traffic levels, the number of reported defects and whether a road forms part of a school bus route. The first schemes are due to start in May, with residents to be notified at least two weeks before any closure.',
     'Councillor Helen Marsh, cabinet member for highways, said: "Our rural roads took a real battering during the wet winter and residents have told us loud and clear that potholes are their number one concern. This investment means we can move from patching holes to fixing roads properly."',
     'The programme is funded through a combination of the council\'s capital budget and a one-off highways maintenance grant. A full list of the roads included, along with an indicative timetable, has been published on the council\'s roadworks page.',
     'Residents can continue to report potholes and other road defects online at any time, and the council aims to make safe any dangerous defect within 24 hours.'])
    html = f'''<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head><meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="Content-type" content="text/html; charset=utf-8"><meta http-equiv="X-UA-Compatible" content="IE=10"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>
	Council approves £4.2m plan to repair rural roads - Northbridge District Council
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2a3p6ZXk7Ux4yZ3k9Q9ZQg%3D%3DTAG0">
<link rel="stylesheet" type="text/css" href="/Style%20Library/NDC/css/main.min.css">
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZQn4sDnvR7dS1Zfj1P0bWQ%3D%3DTAG0"></script>
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"\\u002fnews",webAbsoluteUrl:"https:\\u002f\\u002fwww.northbridge.example.gov.uk\\u002fnews",siteClientTag:"0$$16.0.10412.20001",serverRequestPath:"\\u002fnews\\u002fPages\\u002frural-roads-repair-plan.aspx",layoutsUrl:"_layouts\\u002f15",webTitle:"News",webTemplate:"39",currentLanguage:2057,currentUICultureName:"en-GB",pageListId:"{{5c1f0e2a-8b3d-4a71-9e26-0d3f5b7a4c18}}",pageItemId:412,userId:0,alertsEnabled:false,siteServerRelativeUrl:"\\u002f",allowSilverlightPrompt:"True"}};</script>
<meta name="description" content="Councillors have approved a £4.2 million programme to resurface and repair rural roads.">
</head>
<body>
<form method="post" action="./rural-roads-repair-plan.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value=""><input type="hidden" name="wpcmVal" id="wpcmVal" value=""><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x3A9F1C0D6B2E47A8B1C2D3E4F5061728394A5B6C7D8E9F00112233445566778899AABBCCDDEEFF0011223344556677889900AABBCCDD,07 Mar 2025 10:14:22 -0000"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ=="></div>
<div id="cookie-notice" class="cookie-banner" role="region" aria-label="Cookies on our website"><p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve it.</p><button type="button" class="btn accept">Accept analytics cookies</button> <button type="button" class="btn reject">Reject analytics cookies</button> <a href="/Pages/cookies.aspx">View cookies</a></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<header class="ndc-header"><div class="container">
 <a href="/" class="ndc-logo" title="Northbridge District Council home page"><img src="/Style%20Library/NDC/img/logo.svg" alt="Northbridge District Council"></a>
 <div class="ndc-header-links"><a href="/Pages/report-it.aspx">Report it</a> <a href="/Pages/pay-it.aspx">Pay it</a> <a href="/Pages/apply-for-it.aspx">Apply for it</a> <a href="/Pages/my-account.aspx">My account</a></div>
 <div class="ndc-search" role="search"><label for="ctl00_SearchBox">Search this site</label><input name="ctl00$SearchBox" type="text" id="ctl00_SearchBox" class="ms-textSmall"><input type="submit" value="Search"></div>
</div>
<nav class="ndc-topnav" id="zz1_TopNavigationMenu" aria-label="Main">{nav}{sub}</nav>
</header>
<div id="contentRow"><div class="container">
<div class="ndc-breadcrumb"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><span><a href="/">Home</a></span><span> &gt; </span><span><a href="/your-council/Pages/default.aspx">Your council</a></span><span> &gt; </span><span><a href="/news/Pages/default.aspx">News</a></span><span> &gt; </span><span>Council approves £4.2m plan to repair rural roads</span></span></div>
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain">
<div class="article article-left">
 <h1 class="ndc-page-title"><span id="ctl00_PlaceHolderMain_ctl00_Label">Council approves £4.2m plan to repair rural roads</span></h1>
 <div class="article-meta"><span class="date-label">Published:</span> <span class="date-value">04/03/2025</span></div>
 <div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichImageField" class="ms-rtestate-field"><img alt="Resurfacing works on a country lane" src="/news/PublishingImages/rural-road-resurfacing.jpg" style="BORDER:0px solid;"></div></div><div class="caption"><div class="ms-rtestate-field">Resurfacing work on Mill Lane, near Ashby Parva, last summer.</div></div></div>
 <div class="article-content"><div id="ctl00_PlaceHolderMain_ctl02_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_ctl00_label">
{body}
 </div></div>
 <div class="ndc-related-links"><h2>Related pages</h2><ul><li><a href="/roads/Pages/roadworks.aspx">Planned roadworks</a></li><li><a href="/roads/Pages/report-a-pothole.aspx">Report a pothole</a></li><li><a href="/your-council/Pages/meetings.aspx">Council meetings and minutes</a></li></ul></div>
 <div class="page-modified">Last modified: 11/03/2025</div>
 <div class="ndc-feedback"><p>Was this page helpful?</p><button type="button">Yes</button> <button type="button">No</button></div>
</div>
<div class="ndc-sidebar"><h2>Latest news</h2>{latest}
 <h2>Media enquiries</h2><p>Journalists can contact the communications team on 01632 960 412 (office hours) or email press@northbridge.example.gov.uk.</p>
 <h2>Follow us</h2><p><a href="https://www.facebook.com/">Facebook</a> | <a href="https://www.instagram.com/">Instagram</a> | <a href="https://www.youtube.com/">YouTube</a></p></div>
</div></div>
</div></div>
<footer class="ndc-footer"><div class="container">{foot}
<p>Northbridge District Council, Council Offices, Station Road, Northbridge NB1 4QT. Telephone 01632 960 000.</p>
<p>© Northbridge District Council 2025</p></div></footer>
</div></div>
<script type="text/javascript">//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;ExecuteOrDelayUntilScriptLoaded(function(){{var initInfo = {{itemId: 412,listId: "5c1f0e2a-8b3d-4a71-9e26-0d3f5b7a4c18",viewId: null,viewOnlyExperienceEnabled: false}};}}, "sp.ribbon.js");
//]]></script>
</form>
</body>
</html>'''
    save('en_sharepoint_uk_council', html, {
     "url": "https://www.northbridge.example.gov.uk/news/Pages/rural-roads-repair-plan.aspx",
     "language": "en",
     "title": "Council approves £4.2m plan to repair rural roads",
     "published": "2025-03-04",
     "body_first": "Councillors have approved a £4.2 million programme to resurface and repair rural roads across the district over the next two years.",
     "body_last": "Residents can continue to report potholes and other road defects online at any time, and the council aims to make safe any dangerous defect within 24 hours.",
     "absent": ["Resurfacing work on Mill Lane, near Ashby Parva, last summer.", "Garden waste subscriptions open for 2025/26", "Journalists can contact the communications team on 01632 960 412", "We use some essential cookies to make this website work."],
     "notes": "SharePoint 2016 publishing page (UK district council). No date metadata at all; only visible 'Published: 04/03/2025' (UK day-first = 4 March, a month-first reader would say 3 April) and 'Last modified: 11/03/2025'. __REQUESTDIGEST carries the crawl time '07 Mar 2025'. Title element has line breaks and site suffix. Cookie banner before header."})

def en_ngo_nodate():
    nav = ul(['Our work','Where we work','Stories','Get involved','Donate','About us','Shop'], 'primary-menu', '/')
    stories = '\n'.join(f'<article class="card card--story"><a href="/stories/{slug(t)}/"><h3 class="card__title">{t}</h3></a><p class="card__excerpt">{e}</p></article>' for t,e in [
        ('The seagrass gardeners of Loch Creran','Volunteers are replanting meadows lost decades ago.'),
        ('What a beach clean can tell us about fishing gear','Sorting 3,000 items of litter revealed a surprising pattern.'),
        ('Meet the teenagers mapping their coastline','A school project turned into a county-wide survey.')])
    foot = ul(['Contact us','Press office','Careers','Privacy policy','Cookie policy','Safeguarding','Annual reports','Fundraising promise'], 'footer-menu', '/')
    body = paras([
     'For most of the twentieth century, the shallow bays of the Cromarty coast were carpeted with native oysters.',
     'By the 1950s they had all but vanished, lost to overfishing, disease and a slow decline in water quality. Today a small team of volunteers is trying to bring them back, one cage at a time.',
     'Every fortnight, a group of between six and twelve people wade out at low tide to check on 140 suspended cages, each holding a few hundred young oysters known as spat. They measure growth, record mortality and scrape off the weed that threatens to smother the shells.',
     '"People think it\'s glamorous until they\'ve done it in February with the wind coming off the firth," laughs Morag Fraser, who has coordinated the volunteers since the project began. "But you get hooked. You watch them grow from something the size of your fingernail to something you could hold in your palm."',
     'Once the oysters reach a size where crabs can no longer crack them, they are moved to a restored reef bed further out in the bay. The team has so far placed more than 60,000 oysters on the reef, and divers have recorded the first signs of natural spawning.',
     'Native oyster reefs are more than a curiosity. A single adult can filter up to 200 litres of water a day, and the reefs provide shelter for juvenile fish, crabs and sea squirts. Scientists believe healthy reefs could also help lock away carbon in coastal sediments.',
     'The project still relies entirely on donations and volunteer time, and Morag hopes more people will join the monthly wading sessions this summer.',
     '"You don\'t need to be an expert," she says. "You just need a pair of waders and a bit of patience."'])
    html = f'''<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bringing back the oysters of the Cromarty Firth | Ocean Commons Trust</title>
<meta name="description" content="Meet the volunteers restoring native oyster reefs.">
<meta property="og:title" content="Bringing back the oysters">
<meta property="og:type" content="website">
<meta property="og:site_name" content="Ocean Commons Trust">
<link rel="stylesheet" id="occ-main-css" href="/wp-content/themes/oceancommons/dist/css/main.css?ver=a91f2" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2" media="all">
</head>
<body class="story-template-default single single-story postid-2231 wp-embed-responsive">
<a class="skip-link" href="#main">Skip to content</a>
<div class="site-notice">Registered charity in England and Wales (1123456) and Scotland (SC045678)</div>
<header class="site-header">
 <a class="site-logo" href="/"><img src="/wp-content/themes/oceancommons/dist/img/logo.svg" alt="Ocean Commons Trust"></a>
 <nav class="site-nav" aria-label="Main menu">{nav}</nav>
 <a class="btn btn--donate" href="/donate/">Donate now</a>
</header>
<main id="main" class="site-main">
<nav class="breadcrumbs" aria-label="Breadcrumb"><span><a href="/">Home</a></span> / <span><a href="/stories/">Stories</a></span> / <span class="breadcrumb_last" aria-current="page">Bringing back the oysters of the Cromarty Firth</span></nav>
<article class="story">
 <header class="story__header">
  <p class="story__type">Volunteer story</p>
  <h1 class="story__title">Bringing back the oysters of the Cromarty Firth</h1>
  <p class="story__intro">Native oysters disappeared from this Scottish coastline seventy years ago. A band of volunteers in waders is changing that.</p>
  <p class="story__byline">Words by Calum Ross · Photos by Iona McLeod</p>
 </header>
 <figure class="story__hero"><img src="/wp-content/uploads/oyster-volunteers-hero.jpg" alt="Volunteers in waders lifting an oyster cage"><figcaption>Volunteers lift a cage of young oysters at low tide near Udale Bay.</figcaption></figure>
 <div class="story__content entry-content">
{body}
  <aside class="pull-quote"><blockquote><p>"You watch them grow from something the size of your fingernail."</p></blockquote></aside>
 </div>
 <div class="story__share">Share this story: <a href="#" class="share share--facebook">Facebook</a> <a href="#" class="share share--bluesky">Bluesky</a> <a href="#" class="share share--email">Email</a></div>
</article>
<section class="cta cta--volunteer"><h2>Get your feet wet</h2><p>Our oyster sessions run monthly from April to September. Sign up and we will send you the dates as soon as they are confirmed.</p><a class="btn" href="/get-involved/volunteer/">Volunteer with us</a></section>
<section class="related-stories"><h2>More stories</h2>{stories}</section>
<section class="donate-band"><h2>£10 could buy 500 baby oysters</h2><p>Your gift helps restore the habitats our seas depend on.</p><a class="btn btn--donate" href="/donate/?src=story">Give today</a></section>
<section class="events"><h2>Upcoming events</h2><ul><li><strong>Saturday 14 June</strong> – Beach clean at Nigg Bay</li><li><strong>Wednesday 2 July</strong> – Online talk: Why reefs matter</li><li><strong>Sunday 20 July</strong> – Family rockpool ramble, Rosemarkie</li></ul></section>
</main>
<footer class="site-footer">
 <div class="newsletter"><h2>Sign up to our newsletter</h2><p>Good news from our coasts, once a month. No spam, unsubscribe at any time.</p><form action="/newsletter/"><input type="email" name="EMAIL" placeholder="Email address"><button>Sign up</button></form></div>
 {foot}
 <p>Ocean Commons Trust is a company limited by guarantee registered in Scotland (SC512345). Registered office: 12 Harbour Street, Inverness IV1 1AA.</p>
 <p class="copyright">© 2025 Ocean Commons Trust</p>
</footer>
<script src="/wp-content/themes/oceancommons/dist/js/main.js?ver=a91f2" id="occ-main-js"></script>
</body>
</html>'''
    save('en_ngo_wordpress_undated', html, {
     "url": "https://www.oceancommons.example.org.uk/stories/bringing-back-oysters-cromarty-firth/",
     "language": "en",
     "title": "Bringing back the oysters of the Cromarty Firth",
     "published": None,
     "body_first": "For most of the twentieth century, the shallow bays of the Cromarty coast were carpeted with native oysters.",
     "body_last": "\"You just need a pair of waders and a bit of patience.\"",
     "absent": ["Native oysters disappeared from this Scottish coastline seventy years ago.", "Volunteers lift a cage of young oysters at low tide near Udale Bay.", "Our oyster sessions run monthly from April to September.", "Beach clean at Nigg Bay"],
     "notes": "Custom WordPress theme for a charity (custom post type 'story'). The page states NO publication date: no meta, no JSON-LD, no visible date. Misleading dates: copyright 2025, upcoming events list ('Saturday 14 June' without year), 1950s in text. Intro/standfirst, byline, pull quote (repeats a body phrase) and donation CTAs are not body. The final paragraph holds two quoted sentences; body_last is the second one."})

def en_paywall():
    nav = ul(['Local','Politics','Business','Sports','Opinion','Arts & Life','Obituaries','Weather','E-Edition'], 'nav-sections', '/')
    most = '\n'.join(f'<li class="most-read__item"><span class="rank">{i}</span><a href="/{slug(t)}/">{t}</a></li>' for i,t in enumerate(['Ferry service to Gull Island suspended indefinitely','Harbor City schools to adopt four-day week in pilot','Restaurant review: The Lantern reopens with a new chef','Police identify driver in Route 9 crash','Opinion: The stadium deal asks too much of taxpayers'],1))
    foot = ul(['About us','Contact the newsroom','Advertise','Subscriber services','Careers','Ethics policy','Terms of service','Privacy policy','Do not sell my personal information'], 'footer-links', '/')
    html = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>City council delays vote on waterfront stadium after late-night session – Harbor City Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The council postponed a decision on public funding for the proposed waterfront stadium.">
<meta property="og:title" content="Stadium vote delayed after marathon council meeting">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-08T04:48:00Z">
<meta property="article:modified_time" content="2025-03-08T14:15:00Z">
<meta property="article:section" content="Local">
<meta name="parsely-pub-date" content="2025-03-08T04:48:00Z">
<link rel="canonical" href="https://www.harborcityledger.example.com/local/2025/03/08/city-council-delays-stadium-vote/">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadium vote delayed after marathon council meeting","datePublished":"2025-03-08T04:48:00Z","dateModified":"2025-03-08T14:15:00Z","isAccessibleForFree":False,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":False,"cssSelector":".paywalled-content"},"author":[{"@type":"Person","name":"Dana Whitfield"}],"publisher":{"@type":"NewsMediaOrganization","name":"Harbor City Ledger"}})}
<link rel="stylesheet" href="/pb/resources/dist/css/article.3f9a1c.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","contentId":"QK7WN3ZLXBF2JH4R","section":"local","paywall":"metered","publishDate":"2025-03-08T04:48:00Z"}});</script>
</head>
<body class="article-page section-local">
<div id="fusion-app">
<div class="alert-bar" role="region"><a href="/subscribe/?promo=spring">Spring sale: Unlimited digital access for $1 a week for 6 months</a></div>
<header class="masthead">
 <div class="masthead__top"><span class="masthead__date">Saturday, March 8, 2025</span> <a href="/login/">Sign in</a> <a class="btn btn-subscribe" href="/subscribe/">Subscribe</a></div>
 <a class="masthead__logo" href="/">Harbor City Ledger</a>
 <nav class="masthead__nav" aria-label="Sections">{nav}</nav>
</header>
<main class="article-main">
<article class="article">
 <div class="article__section-label"><a href="/local/">Local</a> · <a href="/local/city-hall/">City Hall</a></div>
 <h1 class="article__headline">City council delays vote on waterfront stadium after late-night session</h1>
 <h2 class="article__dek">Members said they needed more time to review a revised financing plan released hours before the meeting.</h2>
 <div class="article__byline">By <a href="/staff/dana-whitfield/">Dana Whitfield</a>, Staff writer</div>
 <div class="article__timestamps"><span class="published">Published March 7, 2025 at 11:48 p.m. EST</span> <span class="updated">Updated March 8, 2025 at 9:15 a.m. EST</span></div>
 <figure class="article__lead-art"><img src="/resizer/v2/QK7WN3ZLXBF2JH4R.jpg?auth=9a1b&amp;width=1200" alt="Residents line up to speak at City Hall"><figcaption>Residents wait to address the council during public comment on Friday evening. <span class="credit">(Marcus Ortiz / Harbor City Ledger)</span></figcaption></figure>
 <div class="article__body">
  <p class="article__paragraph">After more than six hours of debate and public comment, the Harbor City Council voted 6-3 late Friday to postpone a decision on whether to commit $310 million in public money to a proposed waterfront stadium.</p>
  <p class="article__paragraph">The delay came after several members complained that a revised financing plan, which shifts a larger share of infrastructure costs onto the city, had been sent to them only on Friday afternoon.</p>
  <p class="article__paragraph">"I am not going to vote on the biggest public investment this city has made in a generation with a document I received at 2 o'clock today," said Councilmember Rosa Delgado, who proposed the postponement.</p>
  <p class="article__paragraph">The council is now expected to take up the measure at its March 21 meeting.</p>
  <div class="paywalled-content" aria-hidden="true"></div>
 </div>
 <div class="paywall-offer" id="paywall"><h3 class="paywall-offer__title">Keep reading with a Ledger subscription</h3><p>You've read all of your free articles this month. Subscribe now for unlimited access to local news you can trust.</p><a class="btn" href="/subscribe/?src=paywall">Subscribe for $1</a><p class="paywall-offer__login">Already a subscriber? <a href="/login/">Log in</a></p></div>
</article>
<aside class="rail">
 <section class="most-read"><h2>Most read</h2><ol>{most}</ol></section>
 <section class="newsletter-signup"><h2>The Morning Ledger</h2><p>Start your day with the top local stories, delivered weekdays at 6 a.m.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</aside>
<section class="more-stories"><h2>More from City Hall</h2><ul>
 <li><a href="/local/2025/03/05/stadium-financing-explainer/">Explainer: How the stadium financing plan would work</a> <time datetime="2025-03-05">March 5, 2025</time></li>
 <li><a href="/local/2025/02/27/council-budget-hearings/">Budget hearings begin with warnings of a $40 million gap</a> <time datetime="2025-02-27">Feb. 27, 2025</time></li>
 <li><a href="/local/2025/02/19/transit-fare-freeze/">Transit fare freeze extended through the summer</a> <time datetime="2025-02-19">Feb. 19, 2025</time></li>
</ul></section>
</main>
<footer class="site-footer">{foot}<p>© 2025 Harbor City Ledger. All rights reserved. 400 Front Street, Harbor City.</p></footer>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.globalContent={{"_id":"QK7WN3ZLXBF2JH4R","type":"story","first_publish_date":"2025-03-08T04:48:00.000Z","display_date":"2025-03-08T04:48:00.000Z","last_updated_date":"2025-03-08T14:15:02.118Z","headlines":{{"basic":"City council delays vote on waterfront stadium after late-night session"}},"content_restrictions":{{"content_code":"metered"}}}};</script>
<script src="/pb/dist/engine/react.js?d=412" defer></script>
</body>
</html>'''
    save('en_newspaper_paywall_midnight', html, {
     "url": "https://www.harborcityledger.example.com/local/2025/03/08/city-council-delays-stadium-vote/",
     "language": "en",
     "title": "City council delays vote on waterfront stadium after late-night session",
     "published": "2025-03-07",
     "body_first": "After more than six hours of debate and public comment, the Harbor City Council voted 6-3 late Friday to postpone a decision on whether to commit $310 million in public money to a proposed waterfront stadium.",
     "body_last": "The council is now expected to take up the measure at its March 21 meeting.",
     "absent": ["Members said they needed more time to review a revised financing plan released hours before the meeting.", "Residents wait to address the council during public comment on Friday evening.", "You've read all of your free articles this month.", "Ferry service to Gull Island suspended indefinitely"],
     "notes": "Arc-style newspaper with metered paywall: only four paragraphs are in the HTML; body_last is the last visible paragraph before the paywall box. Near-midnight trap: visible 'Published March 7, 2025 at 11:48 p.m. EST' while all metadata (article:published_time, JSON-LD, Fusion, URL path /2025/03/08/) say 2025-03-08T04:48Z; the publisher's local day is March 7. Masthead shows 'Saturday, March 8, 2025'. og:title and JSON-LD headline differ from visible h1; h2 dek is not body."})

def en_newswire():
    nav = ul(['News','Solutions','Resource library','Events','Contact us','Blog'], 'nav-main', '/')
    more = '\n'.join(f'<div class="card"><p class="card-date">{d}</p><h3><a href="/news-releases/{slug(t)}.html">{t}</a></h3></div>' for d,t in [
      ('Aug 14, 2024, 16:05 ET','Brightmark Analytics Reports Second Quarter 2024 Financial Results'),
      ('Jun 03, 2024, 08:00 ET','Brightmark Analytics Named a Leader in Retail Demand Forecasting Report'),
      ('Apr 22, 2024, 09:30 ET','Brightmark Analytics Opens European Headquarters in Dublin')])
    cats = ul(['Computer Software','Retail','Artificial Intelligence','Supply Chain','Product Launches'], 'related-cats', '/news-releases/')
    foot = ul(['Terms of Use','Privacy Policy','Information Security Policy','Site Map','RSS Feeds','Cookie Settings','Accessibility'], 'footer-links', '/')
    body = paras([
     '<span class="xn-location">NEW YORK</span>, <span class="xn-chron">Oct. 2, 2024</span> /PRWireHub/ -- Brightmark Analytics Inc. (NASDAQ: BMAI), a provider of demand forecasting software for retailers, today announced the general availability of Brightmark Horizon, a planning platform that lets merchandise teams model the effect of weather, local events and promotions on store-level demand up to 26 weeks ahead.',
     'Horizon combines Brightmark\'s existing forecasting engine with a new scenario module that allows planners to compare alternative assortments and price points before committing inventory. Early customers in grocery and home improvement reported a reduction in end-of-season markdowns of between 8 and 14 percent during a six-month pilot.',
     '"Retailers have never had more data, yet most planning decisions are still made in spreadsheets that can\'t keep up with how quickly demand shifts," said Priya Raman, chief executive officer of Brightmark Analytics. "Horizon gives planners a way to ask \'what if\' and get an answer in minutes instead of weeks."',
     'The platform integrates with major point-of-sale and enterprise resource planning systems and is available on a subscription basis priced by the number of store locations. Brightmark also announced a partnership with Calloway Consulting Group to provide implementation services to mid-sized chains.',
     'Brightmark will demonstrate Horizon at the National Retail Technology Forum in Chicago, October 15-17, 2024, at booth 1120.'])
    html = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brightmark Analytics Launches Horizon, a Scenario Planning Platform for Retail Merchandising</title>
<meta name="description" content="NEW YORK, Oct. 2, 2024 /PRWireHub/ -- Brightmark Analytics Inc. (NASDAQ: BMAI), a provider of demand forecasting software for retailers, today announced...">
<meta property="og:title" content="Brightmark Analytics Launches Horizon, a Scenario Planning Platform for Retail Merchandising">
<meta name="date" content="2024-10-02T08:00:00-04:00">
<meta property="article:published_time" content="2024-10-02T12:00:00Z">
<meta name="author" content="Brightmark Analytics Inc.">
<link rel="canonical" href="https://www.prwirehub.example.com/news-releases/brightmark-analytics-launches-horizon-302264411.html">
<link rel="stylesheet" href="/assets/css/release.min.css?v=20240918">
</head>
<body class="release-page">
<header class="site-header"><div class="container">
 <a class="logo" href="/">PRWireHub</a>
 <nav aria-label="Main">{nav}</nav>
 <div class="header-cta"><a href="/account/login">Journalists</a> <a href="/account/login">Log in</a> <a class="btn" href="/send-a-release">Send a Release</a></div>
 <form class="search" action="/search/all/"><input type="text" name="keyword" placeholder="Search news releases"></form>
</div></header>
<div class="breadcrumb container"><a href="/news-releases/">News</a> / <a href="/news-releases/computer-electronics-latest-news/">Computer &amp; Electronics</a> / <a href="/news-releases/computer-software-list/">Computer Software</a></div>
<main class="container release-body">
<header class="release-header">
 <h1>Brightmark Analytics Launches Horizon, a Scenario Planning Platform for Retail Merchandising</h1>
 <p class="subtitle"><i>New module lets planners test assortment and pricing decisions against forecast demand before committing inventory</i></p>
 <div class="meta-row"><span class="news-provided">News provided by</span> <a href="/news/brightmark-analytics-inc/" class="company-name">Brightmark Analytics Inc.</a> <p class="mb-no">Oct 02, 2024, 08:00 ET</p></div>
 <div class="social-share">Share this article <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</header>
<section class="release-body-content">
<div class="row"><div class="col-lg-10 col-lg-offset-1">
{body}
<p><b>About Brightmark Analytics</b><br>Brightmark Analytics Inc. (NASDAQ: BMAI) develops cloud software that helps retailers forecast demand, plan assortments and allocate inventory. Founded in 2014 and headquartered in New York, the company serves more than 300 retail brands in 22 countries.</p>
<p><b>Forward-Looking Statements</b><br>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding the expected benefits of Brightmark Horizon. Actual results may differ materially from those expressed or implied. Brightmark undertakes no obligation to update any forward-looking statement.</p>
<p><b>Media Contact</b><br>Elena Fischer<br>press@brightmark-analytics.example.com<br>+1 212-555-0147</p>
<p>SOURCE Brightmark Analytics Inc.</p>
</div></div>
<div class="release-img"><img src="/news-releases/photos/brightmark-logo.jpg" alt="Brightmark Analytics logo"><p class="caption">Brightmark Analytics logo (PRNewsfoto/Brightmark Analytics Inc.)</p></div>
</section>
<section class="more-from"><h2>More news from Brightmark Analytics Inc.</h2>{more}</section>
<section class="also-from"><h2>Also from this source</h2><p>Explore our related categories:</p>{cats}</section>
<section class="journalist-cta"><h2>Looking to send a press release?</h2><p>Reach journalists, investors and the public with a distribution plan built for your goals.</p><a class="btn" href="/pricing">Get started</a></section>
</main>
<footer class="site-footer"><div class="container">
 <div class="footer-col"><h3>Contact</h3><p>Call 888-555-0100 from 8 AM - 10 PM ET</p><p>Global offices in 14 countries</p></div>
 <div class="footer-col"><h3>Products</h3><ul><li><a href="/products/distribution">Distribution</a></li><li><a href="/products/monitoring">Media monitoring</a></li><li><a href="/products/newsrooms">Online newsrooms</a></li></ul></div>
 {foot}
 <p class="copyright">© 2024 PRWireHub, Inc. All Rights Reserved.</p>
</div></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="/assets/js/release.min.js?v=20240918" defer></script>
</body>
</html>'''
    save('en_newswire_release', html, {
     "url": "https://www.prwirehub.example.com/news-releases/brightmark-analytics-launches-horizon-302264411.html",
     "language": "en",
     "title": "Brightmark Analytics Launches Horizon, a Scenario Planning Platform for Retail Merchandising",
     "published": "2024-10-02",
     "body_first": "Brightmark Analytics Inc. (NASDAQ: BMAI), a provider of demand forecasting software for retailers, today announced the general availability of Brightmark Horizon, a planning platform that lets merchandise teams model the effect of weather, local events and promotions on store-level demand up to 26 weeks ahead.",
     "body_last": "Brightmark will demonstrate Horizon at the National Retail Technology Forum in Chicago, October 15-17, 2024, at booth 1120.",
     "absent": ["New module lets planners test assortment and pricing decisions against forecast demand before committing inventory", "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995", "SOURCE Brightmark Analytics Inc.", "Brightmark Analytics Reports Second Quarter 2024 Financial Results"],
     "notes": "Newswire distribution page (PR Newswire-like). Dateline 'NEW YORK, Oct. 2, 2024 /PRWireHub/ --' in spans inside the first paragraph (excluded from body_first). About / Forward-Looking Statements / Media Contact / SOURCE follow the body and are excluded. Italic subtitle. Dates: 'Oct 02, 2024, 08:00 ET', meta date with -04:00 and 12:00Z, event date October 15-17 in the body, earlier releases in 'More news'."})

def en_ghost():
    nav = ul([('Product','https://ledgerline.example.io/product'),('Pricing','https://ledgerline.example.io/pricing'),('Blog','/'),('Changelog','/tag/changelog/'),('Engineering','/tag/engineering/'),('Help center','https://help.ledgerline.example.io')], 'nav', '/')
    feed = '\n'.join(f'<article class="post-card post"><a class="post-card-image-link" href="/{slug(t)}/"><img class="post-card-image" src="/content/images/size/w600/2024/{slug(t)}.png" alt="{t}" loading="lazy"></a><div class="post-card-content"><h2 class="post-card-title">{t}</h2><div class="post-card-excerpt">{e}</div><footer class="post-card-meta"><time class="post-card-meta-date" datetime="{d}">{dv}</time> <span class="post-card-meta-length">{m} min read</span></footer></div></article>' for t,e,d,dv,m in [
      ('How we cut our sync conflicts by 90%','A look at the CRDT experiment that didn’t ship, and the simpler thing that did.','2024-12-12','Dec 12, 2024',9),
      ('Ledgerline is now SOC 2 Type II certified','What the audit covered and what it means for your data.','2024-11-20','Nov 20, 2024',3),
      ('Shared categories for teams','Keep expense categories consistent across everyone on your plan.','2024-10-29','Oct 29, 2024',4)])
    foot = ul([('Sign up','#/portal/'),('Twitter','https://twitter.com/'),('GitHub','https://github.com/'),('Status','https://status.ledgerline.example.io'),('Privacy','https://ledgerline.example.io/privacy'),('Terms','https://ledgerline.example.io/terms')], 'nav', '/')
    body = paras([
     'Starting today, the Ledgerline apps for iOS and Android work fully offline.',
     'You can add transactions, split receipts, attach photos and re-categorise expenses without a connection, and everything syncs the moment your phone is back online. Until now, the apps would let you browse cached data offline but blocked most edits, which was frustrating on flights, in underground car parks and in the many places where mobile coverage is patchy.',
     'Under the hood, every change is now written to a local journal first and replayed against the server in order. If two people edit the same transaction while one of them is offline, Ledgerline keeps both versions and asks the person who synced last to choose, rather than silently overwriting anything.']) + '''
<h2 id="what-you-need-to-do">What you need to do</h2>
''' + paras([
     'Nothing, in most cases. Offline mode is switched on automatically once you update to version 5.0 of the app, which is rolling out through the App Store and Google Play this week.',
     'If your organisation uses single sign-on, an administrator will need to allow offline sessions in the security settings, because some teams prefer that devices cannot be used without checking in with the identity provider. Offline sessions last up to 14 days by default.']) + '''
<h2 id="whats-next">What’s next</h2>
''' + paras([
     'Offline support for the web app is on our roadmap for the spring, along with background sync for large photo attachments.',
     'As always, we’d love to hear how it works for you – reply to this post in the community forum or drop us a line from inside the app.'])
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Offline-first sync comes to Ledgerline mobile</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1d2e4f5a">
    <link rel="icon" href="/content/images/size/w256h256/2023/05/favicon.png" type="image/png">
    <link rel="canonical" href="https://blog.ledgerline.example.io/offline-sync-mobile/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="The Ledgerline Blog">
    <meta property="og:type" content="article">
    <meta property="og:title" content="Your Ledgerline app now works without a connection">
    <meta property="og:description" content="Add, edit and split expenses anywhere – changes sync automatically when you're back online.">
    <meta property="article:published_time" content="2025-01-09T14:00:00.000Z">
    <meta property="article:modified_time" content="2025-01-10T08:22:19.000Z">
    <meta property="article:tag" content="Product">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tomás Brennan">
    {jsonld({"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Ledgerline Blog","url":"https://blog.ledgerline.example.io/"},"author":{"@type":"Person","name":"Tomás Brennan"},"headline":"Offline-first sync comes to Ledgerline mobile","url":"https://blog.ledgerline.example.io/offline-sync-mobile/","datePublished":"2025-01-09T14:00:00.000Z","dateModified":"2025-01-10T08:22:19.000Z","keywords":"Product, Changelog","description":"Add, edit and split expenses anywhere – changes sync automatically when you're back online."})}
    <meta name="generator" content="Ghost 5.75">
    <link rel="alternate" type="application/rss+xml" title="The Ledgerline Blog" href="https://blog.ledgerline.example.io/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.ledgerline.example.io/" data-key="3c2b1a09f8e7d6c5b4a3f2e1d0" data-api="https://blog.ledgerline.example.io/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center}}</style>
</head>
<body class="post-template tag-product tag-changelog is-head-left-logo has-sans-body has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://blog.ledgerline.example.io">The Ledgerline Blog</a></div>
            <nav class="gh-head-menu">{nav}</nav>
            <div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-product tag-changelog">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/product/">Product</a></span></div>
        <h1 class="article-title">Offline&#8203;-first sync comes to Ledgerline mobile</h1>
        <p class="article-excerpt">Add, edit and split expenses anywhere – changes sync automatically when you're back online.</p>
        <div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/tomas/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2023/05/tomas.jpg" alt="Tomás Brennan"></a></li></ul>
        <div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomas/">Tomás Brennan</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-01-09">Jan 9, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
        <figure class="article-image"><img srcset="/content/images/size/w300/2025/01/offline-hero.png 300w, /content/images/size/w600/2025/01/offline-hero.png 600w" src="/content/images/size/w2000/2025/01/offline-hero.png" alt="Phone showing the Ledgerline app in airplane mode"><figcaption>Version 5.0 shows a small cloud icon while changes are waiting to sync.</figcaption></figure>
    </header>
    <section class="gh-content gh-canvas">
{body}
    </section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>{feed}</div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.ledgerline.example.io">The Ledgerline Blog</a> &copy; 2025</section><nav class="site-footer-nav">{foot}</nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=8c1d2e4f5a"></script>
</body>
</html>'''
    save('en_ghost_zero_width', html, {
     "url": "https://blog.ledgerline.example.io/offline-sync-mobile/",
     "language": "en",
     "title": "Offline-first sync comes to Ledgerline mobile",
     "published": "2025-01-09",
     "body_first": "Starting today, the Ledgerline apps for iOS and Android work fully offline.",
     "body_last": "As always, we’d love to hear how it works for you – reply to this post in the community forum or drop us a line from inside the app.",
     "absent": ["Add, edit and split expenses anywhere – changes sync automatically when you're back online.", "Version 5.0 shows a small cloud icon while changes are waiting to sync.", "How we cut our sync conflicts by 90%", "Sign up for more like this."],
     "notes": "Ghost 5 / Casper theme. The h1 contains a zero-width space entity (&#8203;) before the hyphen; <title> has none (and no site name); og:title is a different marketing line. Excerpt under the h1 is a standfirst. Body has h2 subheadings. 'Read more' cards with Dec/Nov/Oct 2024 dates; modified 10 Jan."})

for f in (en_sharepoint, en_ngo_nodate, en_paywall, en_newswire, en_ghost): f()
