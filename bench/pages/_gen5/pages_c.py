from lib import *


# 21 ------------------------------------------------------------- uk, print view
def p21():
    name = "uk_print_version"
    url = "https://www.podillia-info.example/print/news/2024/08/24/vinnytsia-festyval-vyshyvanky"
    title = "У Вінниці понад п'ять тисяч людей пройшли ходою у вишиванках до Дня Незалежності"
    first = "У День Незалежності у Вінниці відбулася традиційна хода у вишиванках, до якої долучилися понад п'ять тисяч містян і гостей міста."
    last = "Організатори планують наступного року провести ходу разом з ярмарком народних ремесел на Європейській площі."
    ps = [first + " Колона пройшла від Соборної вулиці до набережної Рошен.",
          "Учасники несли державні прапори та вишитий рушник завдовжки понад сто метрів, над яким протягом року працювали майстрині з усієї області. Після ходи на набережній відбувся концерт місцевих творчих колективів.",
          "Цього року захід мав благодійний характер: волонтери збирали кошти на реабілітацію військових. За кілька годин вдалося зібрати понад 430 тисяч гривень.",
          "«Вишиванка для нас — це не лише одяг, а нагадування про те, хто ми є і за що боремося», — сказала одна з організаторок.",
          last]
    body = f"""<body class="print-page" onload="window.print()">
<div class="print-controls noprint"><a href="javascript:window.print()">Друкувати</a> · <a href="/news/2024/08/24/vinnytsia-festyval-vyshyvanky">Повернутися до статті</a></div>
<div class="print-header"><img src="/img/logo-print.png" alt="Поділля-Інфо" width="180"><span class="print-site">Поділля-Інфо — новини Вінниці та області</span></div>
<hr>
<div class="print-article">
<div class="print-rubric">Суспільство</div>
<h1>{esc(title)}</h1>
<div class="print-meta">Опубліковано 24 серпня 2024 р. о 16:20 · Автор: Олена Ковальчук</div>
<div class="print-lead"><b>Учасники пронесли стометровий вишитий рушник і зібрали кошти для військових.</b></div>
<div class="print-img"><img src="/uploads/2024/08/hoda.jpg" width="500"><div class="print-caption">Хода у вишиванках на Соборній. Фото: Поділля-Інфо</div></div>
<div class="print-text">
{paras(ps)}
</div>
<div class="print-photos"><h3>Фоторепортаж</h3><p>Галерея з 24 фото доступна в онлайн-версії статті.</p></div>
</div>
<hr>
<div class="print-footer"><p>Джерело: https://www.podillia-info.example/news/2024/08/24/vinnytsia-festyval-vyshyvanky</p>
<p>Дата друку: 02.09.2024 09:14</p>
<p>© 2010–2024 Поділля-Інфо. Усі права захищено. Використання матеріалів дозволяється за умови посилання на джерело.</p>
<p class="noprint">Інші новини: <a href="#">У Вінниці відкрили оновлений сквер на Замостi (23.08.2024)</a> · <a href="#">Вінницький трамвай змінює маршрути з 1 вересня (22.08.2024)</a></p>
<p class="noprint">Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини Вінниччини.</p></div>
<script>var printed=true;</script>
</body>"""
    head = '<meta name="robots" content="noindex, follow">\n<link rel="canonical" href="https://www.podillia-info.example/news/2024/08/24/vinnytsia-festyval-vyshyvanky">\n<link rel="stylesheet" href="/css/print.css" media="all">'
    doc = document(name, "uk", "Версія для друку — " + title, head, body, "prn")
    register(name, doc, dict(url=url, language="uk", title=title, published="2024-08-24", body_first=first, body_last=last,
        absent=["Учасники пронесли стометровий вишитий рушник і зібрали кошти для військових.", "Дата друку: 02.09.2024 09:14",
                "Галерея з 24 фото доступна в онлайн-версії статті.", "Хода у вишиванках на Соборній.",
                "Вінницький трамвай змінює маршрути з 1 вересня (22.08.2024)", "Підписуйтесь на наш Telegram-канал"],
        notes="Print view of a Ukrainian regional news article: minimal skeleton, no nav/sidebar, <title> prefixed 'Версія для друку —'. "
              "Visible 'Опубліковано 24 серпня 2024 р. о 16:20' (genitive month, 'р.' abbreviation); print date 02.09.2024 and related dates in footer; "
              "no machine-readable date. Gallery note after the body is not body."))


# 22 ------------------------------------------------------------- el, Greek news with question-mark headline
def p22():
    name = "el_eidiseis_perifereia"
    url = "https://www.kritinews.example/koinonia/268114/ti-allazei-sta-dromologia-ton-ploion-gia-ta-nisia"
    title = "Τι αλλάζει στα δρομολόγια των πλοίων από το Ηράκλειο για το καλοκαίρι;"
    first = "Αυξημένα δρομολόγια προς τις Κυκλάδες και νέα απευθείας σύνδεση με τη Ρόδο προβλέπει το θερινό πρόγραμμα ακτοπλοΐας από το λιμάνι του Ηρακλείου."
    last = "Το πλήρες πρόγραμμα δρομολογίων είναι διαθέσιμο στην ιστοσελίδα του Οργανισμού Λιμένος."
    ps = [first + " Το πρόγραμμα τίθεται σε ισχύ από τις 20 Ιουνίου.",
          "Σύμφωνα με τον Οργανισμό Λιμένος Ηρακλείου, τα ταχύπλοα προς Σαντορίνη θα εκτελούν έως και τρία δρομολόγια ημερησίως, ενώ για πρώτη φορά εδώ και χρόνια εντάσσεται και απευθείας γραμμή προς τη Ρόδο μέσω Κάσου και Καρπάθου.",
          "Οι ναυτιλιακές εταιρείες εκτιμούν ότι η επιβατική κίνηση θα ξεπεράσει τα περσινά επίπεδα κατά περίπου 8%, κυρίως λόγω της αυξημένης τουριστικής ζήτησης.",
          "Οι τιμές των εισιτηρίων παρουσιάζουν μικρή αύξηση, η οποία αποδίδεται στο κόστος των καυσίμων. Οι κάτοικοι των νησιών θα εξακολουθήσουν να δικαιούνται μειωμένο εισιτήριο.",
          last]
    body = f"""<body class="node-article">
<div id="cookie-law" class="cookie-law"><p>Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία.</p><button>Αποδοχή</button><button>Ρυθμίσεις</button></div>
<header class="site-header"><div class="topline"><span class="today">Πέμπτη 13 Ιουνίου 2024</span> <span>Ηράκλειο 29°C</span></div>
<a class="brand" href="/">ΚρήτηNews</a><nav class="menu">{ul(["Ειδήσεις","Κοινωνία","Πολιτική","Οικονομία","Αθλητισμός","Πολιτισμός","Χανιά","Ρέθυμνο","Λασίθι"],"menu-list")}</nav></header>
<main class="main"><div class="article-wrap"><div class="crumbs"><a href="/">Αρχική</a> › <a href="/koinonia/">Κοινωνία</a></div>
<article class="article">
<h1 class="article__title">{esc(title)}</h1>
<div class="article__meta"><time datetime="2024-06-11T14:32:00+03:00">Τρίτη, 11 Ιουνίου 2024 - 14:32</time> <span class="article__author">Γιώργος Μαρκάκης</span></div>
<div class="article__summary">Νέα απευθείας γραμμή προς Ρόδο και περισσότερα ταχύπλοα για Σαντορίνη.</div>
<figure class="article__image"><img src="/files/2024-06/limani-irakleiou.jpg" alt=""><figcaption>Το λιμάνι του Ηρακλείου (φωτογραφία αρχείου)</figcaption></figure>
<div class="article__body">
{paras(ps[:3])}
<div class="inline-related"><strong>Διαβάστε επίσης:</strong> <a href="#">Ουρές στο λιμάνι για την έξοδο του Αγίου Πνεύματος</a></div>
{paras(ps[3:])}
</div>
<div class="article__tags"><a href="#">ακτοπλοΐα</a> <a href="#">λιμάνι Ηρακλείου</a></div>
<div class="article__share"><a href="#">Κοινοποίηση</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
</article>
<section class="more"><h2>Περισσότερα από Κοινωνία</h2>
<div class="teaser"><time>10/06/2024</time> <a href="#">Ξεκινούν οι πανελλαδικές για τα ΕΠΑΛ</a></div>
<div class="teaser"><time>09/06/2024</time> <a href="#">Καύσωνας: ανοιχτές κλιματιζόμενες αίθουσες στον δήμο</a></div>
<div class="teaser"><time>08/06/2024</time> <a href="#">Νέος διευθυντής στο ΠΑΓΝΗ</a></div></section></div>
<aside class="sidebar"><div class="block"><h2>Δημοφιλή</h2>{ul(["Σεισμός 4,1 Ρίχτερ νότια της Κρήτης","ΟΦΗ: Οι πρώτες μεταγραφές","Πυρκαγιά σε αγροτική έκταση στη Μεσαρά"],"popular")}</div>
<div class="block newsletter"><p>Εγγραφείτε στο newsletter μας για τις σημαντικότερες ειδήσεις της Κρήτης.</p></div></aside></main>
<footer class="footer">{ul(["Ποιοι είμαστε","Επικοινωνία","Όροι χρήσης","Πολιτική απορρήτου"],"footer-menu")}<p>Μητρώο Επιγραφικού Τύπου: αρ. 000123 · © 2024 ΚρήτηNews</p></footer>
</body>"""
    head = "\n".join([og(url, title, "ΚρήτηNews", extra={"article:published_time": "2024-06-11T14:32:00+03:00"}),
                      jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-06-11T14:32:00+03:00",
                              "dateModified": "2024-06-12T09:00:00+03:00", "author": {"@type": "Person", "name": "Γιώργος Μαρκάκης"}})])
    doc = document(name, "el", title + " | ΚρήτηNews", head, body, "kn")
    register(name, doc, dict(url=url, language="el", title=title, published="2024-06-11", body_first=first, body_last=last,
        absent=["Νέα απευθείας γραμμή προς Ρόδο και περισσότερα ταχύπλοα για Σαντορίνη.", "Το λιμάνι του Ηρακλείου (φωτογραφία αρχείου)",
                "Ουρές στο λιμάνι για την έξοδο του Αγίου Πνεύματος", "Ξεκινούν οι πανελλαδικές για τα ΕΠΑΛ", "Πέμπτη 13 Ιουνίου 2024",
                "Εγγραφείτε στο newsletter μας για τις σημαντικότερες ειδήσεις της Κρήτης."],
        notes="Greek regional news. Headline ends with ';' (Greek question mark written as ASCII semicolon). Dates consistent: visible "
              "'Τρίτη, 11 Ιουνίου 2024 - 14:32', <time datetime>, OG and JSON-LD. Crawl-day 'Πέμπτη 13 Ιουνίου 2024' in header; teasers dd/mm/yyyy. "
              "'Διαβάστε επίσης' inline related link inside body."))


# 23 ------------------------------------------------------------- en-US, SharePoint city government, month-first
def p23():
    name = "en_us_sharepoint_city"
    url = "https://www.cityofriverbend.example/news/Pages/Mayor-Announces-Lead-Pipe-Replacement-Program.aspx"
    title = "Mayor Announces Accelerated Lead Service Line Replacement Program"
    first = "Mayor Patricia Alvarez today announced a $48 million plan to replace every remaining lead service line in Riverbend within five years, cutting the city's original timeline in half."
    last = "Residents with questions can call the Water Department hotline at 311 or visit the program website."
    ps = [first,
          "The program, funded through a combination of federal infrastructure grants and a low-interest state revolving loan, will cover the full cost of replacement on both the public and private side of the property line. Homeowners will not be charged.",
          "\"No family in Riverbend should have to wonder whether the water coming out of their tap is safe,\" Mayor Alvarez said at a press conference outside the Eastside Pumping Station. \"This investment puts our kids' health first.\"",
          "According to the Water Department's most recent inventory, approximately 6,200 lead service lines remain in the city, most of them in neighborhoods built before 1950. Crews will begin work in the Eastside and Millbrook neighborhoods this spring.",
          "Property owners will receive a letter at least 30 days before work begins on their street. " + last]
    body = f"""<body scroll="yes" onload="javascript:_spBodyOnLoadWrapper();">
<form method="post" action="./Mayor-Announces-Lead-Pipe-Replacement-Program.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ==" /></div>
<div id="ms-designer-ribbon"></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="cookie-alert" role="alert"><p>This site uses cookies to improve your browsing experience. By continuing you accept our use of cookies.</p><a href="#">Got it</a></div>
<div class="alert-bar"><strong>ALERT:</strong> City offices will close at noon Friday for the annual staff training day.</div>
<header class="city-header"><a href="/" class="city-logo"><img src="/SiteAssets/logo.png" alt="City of Riverbend"></a>
<nav class="city-nav">{ul(["Residents","Business","Government","Departments","How Do I...","News","Pay a Bill","Report a Problem"],"ms-core-listMenu-root")}</nav></header>
<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation">{ul(["Newsroom","Press Releases","Media Contacts","Public Notices","Newsletter Archive"],"ms-core-listMenu-verticalBox")}</div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain">
<div class="breadcrumb"><span><a href="/">Home</a></span> &gt; <span><a href="/news/">News</a></span> &gt; <span>Press Releases</span></div>
<div class="article article-left"><div class="ms-webpart-zone ms-fullWidth">
<div class="pr-label">FOR IMMEDIATE RELEASE</div>
<div class="pr-date">03/04/2025</div>
<div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl00_label">
<h1 class="ms-rteElement-H1">{esc(title)}</h1>
<p><em>Plan will replace an estimated 6,200 lead lines by 2030 at no cost to homeowners</em></p>
{paras(ps)}
<p style="text-align:center">###</p>
<p><strong>Media Contact:</strong> Daniel Okafor, Communications Director, (555) 014-2290, dokafor@cityofriverbend.example</p>
</div></div>
<div class="pr-related"><h3>Recent Press Releases</h3>
<ul><li><a href="#">City Council Approves FY2026 Capital Improvement Plan</a> <span>02/27/2025</span></li>
<li><a href="#">Riverbend Public Library Launches Free Tax Help</a> <span>02/20/2025</span></li>
<li><a href="#">Snow Emergency Lifted Citywide</a> <span>02/12/2025</span></li></ul></div></div>
</div></div></div>
<footer class="city-footer"><p>City of Riverbend · 100 Main Street · Riverbend, OH 45000 · (555) 014-1000</p>
{ul(["Accessibility","Privacy Policy","Public Records Requests","Employment","Site Map"],"footer-links")}
<p>Page last modified: 03/05/2025 10:22 AM</p><p>© 2025 City of Riverbend. All Rights Reserved.</p></footer>
</div></div></form>
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"/news",webLanguage:1033,currentLanguage:1033,serverRequestPath:"/news/Pages/Mayor-Announces-Lead-Pipe-Replacement-Program.aspx"}};</script>
</body>"""
    head = '<meta name="GENERATOR" content="Microsoft SharePoint">\n<meta http-equiv="X-UA-Compatible" content="IE=10">\n<meta name="description" content="Press release from the City of Riverbend">'
    doc = document(name, "en-us", "Pages - Mayor Announces Accelerated Lead Service Line Replacement Program", head, body, "ms")
    register(name, doc, dict(url=url, language="en", title=title, published="2025-03-04", body_first=first, body_last=last,
        absent=["Plan will replace an estimated 6,200 lead lines by 2030 at no cost to homeowners", "FOR IMMEDIATE RELEASE",
                "City Council Approves FY2026 Capital Improvement Plan", "Page last modified: 03/05/2025 10:22 AM",
                "City offices will close at noon Friday for the annual staff training day.", "Media Contact:"],
        notes="SharePoint 2013 publishing page (s4-workspace, ms-rtestate-field, __VIEWSTATE). <title> is 'Pages - ...'. US month-first "
              "numeric date '03/04/2025' = 4 March 2025 (not 3 April); 'Page last modified: 03/05/2025'. No metadata dates. Italic subhead is "
              "standfirst; '###' end marker and media contact are sign-offs."))


# 24 ------------------------------------------------------------- en-GB, live blog
def p24():
    name = "en_gb_liveblog"
    url = "https://www.northerndaily.example/news/live/2024/dec/07/storm-darragh-live-updates"
    title = "Storm Darragh live: red warning in force as 90mph gusts batter west coast"
    first = "Northern Rail says all services between Carlisle and Barrow have now been suspended until at least 6pm because of fallen trees on the line."
    last = "The Met Office has issued a rare red weather warning for wind covering parts of the west coast from 3am until 11am this morning."
    entries = [("14.05 GMT", "Rail services suspended", [first, "Passengers are being advised not to travel and tickets will be accepted on alternative routes tomorrow."]),
               ("12.41 GMT", "", ["Around 86,000 homes are now without power across the region, according to Electricity North West.", "Engineers say some customers may not be reconnected until Sunday evening."]),
               ("10.17 GMT", "Bridge closures", ["The Runcorn bridge and the A66 across the Pennines have been closed to high-sided vehicles.", "Police have urged drivers to stay off exposed roads until the warning expires."]),
               ("06.02 GMT", "Red warning in place", ["Good morning and welcome to our live coverage of Storm Darragh.", last])]
    ent = "\n".join(
        f'<div class="block" id="block-{i}"><div class="block-time"><time datetime="2024-12-07T{t[:5].replace(".", ":")}:00Z">{t}</time></div>'
        + (f'<h2 class="block-title">{h}</h2>' if h else "") + f'<div class="block-elements">{paras(p)}</div>'
        + '<div class="block-share"><a href="#">Share</a> <a href="#">Copy link</a></div></div>' for i, (t, h, p) in enumerate(entries))
    body = f"""<body class="liveblog">
<div id="sp_message_container" class="consent"><p>We and our partners use cookies to personalise content and measure ads.</p><button>Yes, I'm happy</button><button>Manage settings</button></div>
<header class="nd-header"><a class="nd-logo" href="/">The Northern Daily</a><nav class="nd-nav">{ul(["News","Opinion","Sport","Culture","Lifestyle","Weather","Puzzles"],"pillars")}</nav>
<div class="nd-support">Support our journalism <a href="#">Subscribe</a></div></header>
<main class="content content--liveblog"><div class="content__labels"><span class="badge-live">LIVE</span> <a href="/news/weather/">Weather</a></div>
<h1 class="content__headline">{esc(title)}</h1>
<div class="content__standfirst"><ul><li>Rare red warning in force until 11am</li><li>Tens of thousands without power</li><li>Rail and ferry services cancelled</li></ul></div>
<div class="content__meta"><p class="byline">Helen Pryce and Tom Ashworth</p><p class="content__dateline"><time datetime="2024-12-07T06:02:00Z">Sat 7 Dec 2024 06.02 GMT</time></p><p class="updated">Last modified on Sat 7 Dec 2024 14.09 GMT</p></div>
<div class="live-layout"><aside class="key-events"><h2>Key events</h2><ul><li><a href="#block-0">2h ago Rail services suspended</a></li><li><a href="#block-2">6h ago Bridge closures</a></li><li><a href="#block-3">8h ago Red warning in place</a></li></ul></aside>
<div class="live-blog-body js-liveblog-body">
<div class="autoupdate"><button>Show 2 new updates</button></div>
{ent}
</div></div>
<div class="pagination">Showing 4 of 4 updates · <a href="#">Latest</a> · <a href="#">Oldest</a></div>
<section class="onward"><h2>Most viewed</h2>{ul(["How to protect your home in high winds","Flights cancelled at Manchester airport","The pictures: Storm Darragh in photos","Forecast: when will the wind ease?"],"most-viewed")}</section>
<section class="newsletter"><p>Sign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT</p></section></main>
<footer class="nd-footer">{ul(["About us","Contact us","Complaints & corrections","Terms & conditions","Privacy policy","Cookie settings"],"footer-list")}<p>© 2024 Northern Daily Media Ltd. All rights reserved.</p></footer>
</body>"""
    head = "\n".join([og(url, "Storm Darragh live: red warning in force as 90mph gusts batter west coast", "The Northern Daily",
                         extra={"article:published_time": "2024-12-07T06:02:00.000Z", "article:modified_time": "2024-12-07T14:09:11.000Z"}),
                      jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title, "datePublished": "2024-12-07T06:02:00.000Z",
                              "dateModified": "2024-12-07T14:09:11.000Z", "coverageStartTime": "2024-12-07T06:02:00.000Z", "coverageEndTime": "2024-12-07T18:00:00.000Z"})])
    doc = document(name, "en-GB", "Storm Darragh live: red warning in force as 90mph gusts batter west coast | Weather | The Northern Daily", head, body, "nd")
    register(name, doc, dict(url=url, language="en", title=title, published="2024-12-07", body_first=first, body_last=last,
        absent=["Rare red warning in force until 11am", "Last modified on Sat 7 Dec 2024 14.09 GMT", "How to protect your home in high winds",
                "Sign up to First Edition, our free daily newsletter", "We and our partners use cookies to personalise content and measure ads.",
                "Show 2 new updates"],
        notes="UK live blog (LiveBlogPosting JSON-LD), entries newest first. Judgement: body = the entries in document order, so body_first is "
              "the first sentence of the newest (top) entry and body_last the last sentence of the oldest (bottom) entry; entry timestamps, entry "
              "headings' share links and the key-events list are not body. Bullet standfirst. Published = coverage start 'Sat 7 Dec 2024 06.02 GMT'."))


# 25 ------------------------------------------------------------- en, newswire
def p25():
    name = "en_newswire_release"
    url = "https://www.prwirecentral.example/news-releases/northwind-robotics-opens-pittsburgh-facility-302318455.html"
    title = "Northwind Robotics Opens $120 Million Manufacturing and Research Campus in Pittsburgh"
    first = "Northwind Robotics, a developer of autonomous mobile robots for warehouses and hospitals, today opened a 310,000-square-foot manufacturing and research campus in Pittsburgh's Hazelwood Green district."
    last = "Hiring for production and engineering roles is underway, with positions posted on the company's careers page."
    ps = [first + " The facility is expected to create 450 jobs over the next three years.",
          "The campus combines a production line capable of building up to 8,000 robots per year with laboratories dedicated to sensor fusion, battery systems and human-robot interaction. It is the company's first manufacturing site outside of Germany.",
          "\"Pittsburgh has one of the deepest robotics talent pools anywhere in the world,\" said Dr. Lena Hartmann, co-founder and CEO of Northwind Robotics. \"Building here puts our engineers next to the universities and customers who will shape the next generation of our products.\"",
          "The company also announced a partnership with the Community College of Allegheny County to launch a robotics technician apprenticeship program, with the first cohort of 40 apprentices starting in February 2025.",
          last]
    body = f"""<body class="release-page">
<div id="onetrust-banner-sdk" class="otFlat"><div class="ot-sdk-container"><p id="onetrust-policy-text">By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
<header class="pw-header"><a href="/" class="pw-logo">PR Wire Central</a><nav class="pw-nav">{ul(["News","Products","Resources","Journalists","Send a Release","Log In"],"pw-nav__list")}</nav></header>
<div class="pw-breadcrumb"><a href="/news-releases/">News Releases</a> › <a href="/news-releases/business-technology/">Business Technology</a> › <a href="/news-releases/robotics/">Robotics</a></div>
<main class="pw-main"><section class="release-header">
<header class="release-header__title"><h1>{esc(title)}</h1>
<p class="subtitle">Company plans 450 new jobs and a technician apprenticeship program with Community College of Allegheny County</p></header>
<div class="release-header__meta"><div class="meta"><p class="mb-no">News provided by</p><a class="news-provided-by" href="#">Northwind Robotics</a></div>
<p class="mb-no">Dec 02, 2024, 08:00 ET</p></div>
<div class="release-share"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></section>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<p><span class="xn-location">PITTSBURGH</span>, <span class="xn-chron">Dec. 2, 2024</span> /PRWireCentral/ -- {ps[0]}</p>
{paras(ps[1:])}
<p><b>About Northwind Robotics</b></p>
<p>Founded in 2016 in Hamburg, Northwind Robotics designs and manufactures autonomous mobile robots used by more than 600 customers in logistics and healthcare across 22 countries.</p>
<p><b>Media Contact:</b><br>Sarah Kim<br>press@northwindrobotics.example<br>+1 412-555-0188</p>
<p id="PURL"><span>SOURCE</span> Northwind Robotics</p>
</div></div></section>
<section class="release-more"><h3>Also from this source</h3><div class="card"><p class="card-date">Oct 15, 2024, 09:00 ET</p><a href="#">Northwind Robotics Raises $210 Million Series D Led by Horizon Ventures</a></div>
<div class="card"><p class="card-date">Jun 04, 2024, 06:30 ET</p><a href="#">Northwind Robotics Unveils Hospital Delivery Robot at HIMSS Europe</a></div></section>
<section class="release-explore"><h3>Explore</h3>{ul(["Manufacturing & Engineering","Robotics","Artificial Intelligence","Pennsylvania"],"explore-list")}</section>
<aside class="journalist-cta"><p>Join the 35,000+ journalists who receive tailored news in their inbox.</p><a href="#">Register</a></aside></main>
<footer class="pw-footer">{ul(["Contact","About","Careers","Terms of Use","Privacy Policy","Do Not Sell My Personal Information"],"pw-footer__links")}<p>Copyright © 2024 PR Wire Central Holdings, Inc. All Rights Reserved.</p></footer>
</body>"""
    head = "\n".join([og(url, title, "PR Wire Central"), '<meta name="date" content="2024-12-02">',
                      '<meta name="dc.date.issued" content="2024-12-02T13:00:00Z">', '<meta name="keywords" content="robotics, manufacturing, Pittsburgh">'])
    doc = document(name, "en", title, head, body, "pw")
    register(name, doc, dict(url=url, language="en", title=title, published="2024-12-02", body_first=first, body_last=last,
        absent=["Company plans 450 new jobs and a technician apprenticeship program with Community College of Allegheny County",
                "Founded in 2016 in Hamburg, Northwind Robotics designs and manufactures autonomous mobile robots",
                "Northwind Robotics Raises $210 Million Series D Led by Horizon Ventures", "Join the 35,000+ journalists who receive tailored news in their inbox.",
                "Media Contact:"],
        notes="Newswire release (PR Newswire-like). Dateline 'PITTSBURGH, Dec. 2, 2024 /PRWireCentral/ --' excluded. Judgement: 'About Northwind "
              "Robotics' boilerplate, media contact and SOURCE line are sign-offs, so body_last is the last paragraph before 'About'. "
              "'Dec 02, 2024, 08:00 ET' in meta plus meta date; 'Also from this source' with older dates."))


# 26 ------------------------------------------------------------- hu, AEM corporate press release
def p26():
    name = "hu_aem_sajtokozlemeny"
    url = "https://www.dunaenergia.example/hu/media/sajtokozlemenyek/2024/uj-naperomu-paks-kozeleben.html"
    title = "Átadták az ország egyik legnagyobb naperőművét Paks közelében"
    first = "A Duna Energia Zrt. ünnepélyes keretek között átadta 140 megawatt beépített teljesítményű naperőművét Paks külterületén."
    last = "A társaság 2026-ig további három naperőmű-projekt elindítását tervezi a Dél-Alföldön."
    ps = [first + " A létesítmény évente mintegy 60 ezer háztartás villamosenergia-igényének megfelelő zöldáramot termel.",
          "A közel 250 ezer napelemmodulból álló park 190 hektáron terül el, és egy 60 megawattórás akkumulátoros energiatároló is kapcsolódik hozzá, amely a csúcsidőszakokban segíti a hálózat stabilitását.",
          "„A tárolóval kiegészített naperőművek jelentik a jövőt: így a napközben megtermelt energia az esti órákban is a fogyasztókhoz juthat” – mondta a vállalat vezérigazgatója az átadáson.",
          "A beruházás értéke meghaladja a 38 milliárd forintot, a kivitelezésben tizenegy hazai alvállalkozó vett részt. A terület egy részén juhlegeltetést is folytatnak, ami a növényzet természetes karbantartását biztosítja.",
          last]
    cmp = lambda inner, c: f'<div class="{c} aem-GridColumn aem-GridColumn--default--12">{inner}</div>'
    body = f"""<body class="page basicpage" id="page-5c1a9e2f4b">
<div class="cmp-cookie" data-cmp-is="cookie"><p>A weboldal sütiket használ a jobb felhasználói élmény érdekében.</p><button class="cmp-button">Elfogadom</button><button class="cmp-button">Beállítások</button></div>
<div class="root responsivegrid"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
{cmp('<header class="cmp-header"><a class="cmp-header__logo" href="/hu.html">Duna Energia</a><nav class="cmp-navigation">' + ul(["Lakossági ügyfelek","Üzleti ügyfelek","Rólunk","Fenntarthatóság","Média","Karrier","Befektetők"],"cmp-navigation__group") + '</nav><div class="cmp-languagenavigation"><a href="/en.html">EN</a></div></header>', "experiencefragment")}
{cmp('<nav class="cmp-breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a href="/hu.html">Főoldal</a></li><li class="cmp-breadcrumb__item"><a href="/hu/media.html">Média</a></li><li class="cmp-breadcrumb__item"><a href="/hu/media/sajtokozlemenyek.html">Sajtóközlemények</a></li></ol></nav>', "breadcrumb")}
{cmp('<div class="cmp-text"><p class="eyebrow">Sajtóközlemény</p></div>', "text")}
{cmp(f'<div class="cmp-title"><h1 class="cmp-title__text">{esc(title)}</h1></div>', "title")}
{cmp('<div class="cmp-text"><p class="pr-date">2024. 10. 23.</p></div>', "text")}
{cmp('<div class="cmp-image"><img class="cmp-image__image" src="/content/dam/duna/media/2024/naperomu-paks.jpg.transform/w1280/img.jpg" alt=""><span class="cmp-image__title">A paksi naperőmű légi felvételen</span></div>', "image")}
{cmp('<div class="cmp-text">' + paras(ps[:2]) + '</div>', "text")}
{cmp('<div class="cmp-text"><blockquote><p>„A tárolóval kiegészített naperőművek jelentik a jövőt”</p></blockquote></div>', "text quote")}
{cmp('<div class="cmp-text">' + paras(ps[2:]) + '</div>', "text")}
{cmp('<div class="cmp-text pr-contact"><p><b>További információ:</b> Duna Energia Kommunikációs Igazgatóság, sajto@dunaenergia.example</p></div>', "text")}
{cmp('<div class="cmp-download"><a href="/content/dam/duna/media/2024/sajtokozlemeny-naperomu.pdf">Sajtóközlemény letöltése (PDF, 180 KB)</a></div>', "download")}
{cmp('<div class="cmp-list"><h2>Kapcsolódó közlemények</h2><ul class="cmp-list__list"><li class="cmp-list__item"><a href="#">Megkezdődött a győri hőtároló építése</a> <span class="cmp-list__item-date">2024. 09. 30.</span></li><li class="cmp-list__item"><a href="#">Félévi gyorsjelentés: nőtt a megújuló termelés aránya</a> <span class="cmp-list__item-date">2024. 08. 29.</span></li></ul></div>', "list")}
{cmp('<footer class="cmp-footer">' + ul(["Adatvédelem","Jogi nyilatkozat","Süti beállítások","Kapcsolat","Akadálymentességi nyilatkozat"],"cmp-footer__links") + '<p>© 2024 Duna Energia Zrt. Minden jog fenntartva.</p></footer>', "experiencefragment")}
</div></div>
<script src="/etc.clientlibs/duna/clientlibs/clientlib-site.lc-7f3e2a1b-lc.min.js"></script>
</body>"""
    head = "\n".join(['<meta name="template" content="press-release-page">', og(url, title + " | Duna Energia", "Duna Energia"),
                      '<link rel="stylesheet" href="/etc.clientlibs/duna/clientlibs/clientlib-base.lc-1a2b3c-lc.min.css" type="text/css">'])
    doc = document(name, "hu", title + " | Duna Energia", head, body, "cmp")
    register(name, doc, dict(url=url, language="hu", title=title, published="2024-10-23", body_first=first, body_last=last,
        absent=["A paksi naperőmű légi felvételen", "„A tárolóval kiegészített naperőművek jelentik a jövőt”", "Megkezdődött a győri hőtároló építése",
                "Sajtóközlemény letöltése (PDF, 180 KB)", "A weboldal sütiket használ a jobb felhasználói élmény érdekében.", "További információ:"],
        notes="Adobe Experience Manager core-components page (aem-Grid, cmp-*); body split over two cmp-text components around a pull-quote "
              "component. Only date: visible Hungarian year-first '2024. 10. 23.' in its own text component; related list with '2024. 09. 30.' dates. "
              "'Sajtóközlemény' eyebrow above h1."))


# 27 ------------------------------------------------------------- ro, Squarespace-style blog
def p27():
    name = "ro_squarespace_ong"
    url = "https://www.asociatiadeltaverde.example/noutati/2024/7/18/pelicanii-cretati-revin-in-delta"
    title = "Pelicanii creți au cuibărit anul acesta în trei colonii noi din Delta Dunării"
    first = "Monitorizarea din această primăvară a confirmat prezența a trei colonii noi de pelican creț în zonele Sacalin, Roșca și Lacul Fortuna."
    last = "Raportul complet al sezonului de monitorizare va fi publicat în luna septembrie."
    ps = [first + " Este cel mai bun rezultat înregistrat în ultimul deceniu pentru această specie protejată.",
          "Echipa noastră, împreună cu voluntari și specialiști ai Administrației Rezervației, a numărat 612 perechi cuibăritoare, față de 480 în anul precedent. Platformele artificiale de cuibărit instalate în 2022 au fost folosite în proporție de peste 70%.",
          "Creșterea se datorează și reducerii deranjului în zonele de cuibărit, după ce accesul ambarcațiunilor turistice a fost restricționat în perioada aprilie–iulie.",
          "Vă mulțumim tuturor celor care au donat pentru proiect și voluntarilor care au petrecut nopți întregi pe teren. " + last]
    ctx = {"website": {"siteTitle": "Asociația Delta Verde", "language": "ro-RO"}, "collection": {"title": "Noutăți", "type": 1},
           "item": {"title": title, "publishOn": 1721296800000, "addedOn": 1721290000000, "updatedOn": 1721554800000}}
    body = f"""<body id="item-66990f2ab1c" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-show-date tweak-blog-item-show-author collection-type-blog view-item">
<div class="sqs-cookie-banner-v2" role="region"><div class="sqs-cookie-banner-v2-text">Acest site folosește cookie-uri pentru a analiza traficul și a îmbunătăți experiența vizitatorilor.</div><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Refuz</button></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-display-desktop"><div class="header-title"><a href="/" class="header-title-text">Asociația Delta Verde</a></div>
<nav class="header-nav-list">{''.join(f'<div class="header-nav-item"><a href="#">{t}</a></div>' for t in ["Despre noi","Proiecte","Noutăți","Implică-te","Contact"])}</nav>
<div class="header-actions"><a class="btn btn--border" href="/doneaza">Donează</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="66990f2ab1c">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories"><a href="#" class="blog-item-category">Biodiversitate</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2024-07-18">18 iulie 2024</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title-wrapper" data-content-field="title">{esc(title)}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="#" class="blog-author-name">Ioana Munteanu</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><img src="https://images.squarespace-cdn.example/content/v1/pelican.jpg" alt=""><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Pelicani creți pe o platformă de cuibărit la Sacalin. Foto: Andrei Stoica</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
{paras(ps[:2])}
<h3>De ce contează</h3>
{paras(ps[2:])}
</div></div></div>
<div class="sqs-block newsletter-block"><div class="sqs-block-content"><h2>Abonează-te la newsletter</h2><p>Află primul despre proiectele și acțiunile de voluntariat din Deltă.</p></div></div>
</div></div></div></div>
<div class="blog-item-author-profile-wrapper"><div class="author-bio"><p>Ioana Munteanu este ornitolog și coordonează programul de monitorizare a păsărilor coloniale al asociației.</p></div></div>
<div class="blog-share"><a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Copiază linkul</a></div></div>
<section class="item-pagination"><a href="#" class="item-pagination-link--prev"><div class="item-pagination-title">Tabăra de voluntariat 2024: înscrierile sunt deschise</div></a><a href="#" class="item-pagination-link--next"><div class="item-pagination-title">Am plantat 5.000 de sălcii pe malul Dunării</div></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><p>Asociația Delta Verde · Tulcea, str. Isaccei nr. 10 · CIF 12345678</p><p>Redirecționează 3,5% din impozit către noi!</p><p>© 2024 Asociația Delta Verde</p></div></section></footer></div>
<script>Static.SQUARESPACE_CONTEXT = {json.dumps(ctx, ensure_ascii=False)};</script>
</body>"""
    head = "\n".join(['<!-- This is Squarespace. --><!-- asociatiadeltaverde -->', og(url, title + " — Asociația Delta Verde", "Asociația Delta Verde"),
                      '<meta itemprop="datePublished" content="2024-07-18T13:00:00+0300">', '<meta itemprop="dateModified" content="2024-07-21T12:40:00+0300">'])
    doc = document(name, "ro-RO", title + " — Asociația Delta Verde", head, body, "sqs")
    register(name, doc, dict(url=url, language="ro", title=title, published="2024-07-18", body_first=first, body_last=last,
        absent=["Pelicani creți pe o platformă de cuibărit la Sacalin.", "Află primul despre proiectele și acțiunile de voluntariat din Deltă.",
                "Ioana Munteanu este ornitolog și coordonează programul de monitorizare a păsărilor coloniale al asociației.",
                "Tabăra de voluntariat 2024: înscrierile sunt deschise", "Redirecționează 3,5% din impozit către noi!",
                "Acest site folosește cookie-uri pentru a analiza traficul și a îmbunătăți experiența vizitatorilor."],
        notes="Squarespace 7.1 blog item (sqs-block, Static.SQUARESPACE_CONTEXT with epoch-ms publishOn). Visible '18 iulie 2024' with "
              "<time datetime='2024-07-18'>, itemprop datePublished with +0300 offset. Newsletter block sits inside the content grid; author bio "
              "and prev/next pagination after it. h3 sub-heading inside body."))


# 28 ------------------------------------------------------------- th, Buddhist era
def p28():
    name = "th_khao_buddhist_era"
    url = "https://www.khaosodnuea.example/news/region/2024/08/15/rain-chiang-mai-flood"
    title = "เชียงใหม่เตรียมรับมือน้ำปิงล้นตลิ่ง หลังฝนตกหนักต่อเนื่อง"
    first = "จังหวัดเชียงใหม่ประกาศเฝ้าระวังระดับน้ำในแม่น้ำปิงอย่างใกล้ชิดหลังจากมีฝนตกหนักต่อเนื่องในพื้นที่ตอนบนของจังหวัดตลอดสามวันที่ผ่านมา"
    last = "ประชาชนสามารถติดตามสถานการณ์น้ำได้ตลอด 24 ชั่วโมงผ่านสายด่วน 1784"
    ps = [first,
          "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดรายงานว่าระดับน้ำที่สถานีวัดน้ำสะพานนวรัฐอยู่ที่ 3.45 เมตร ซึ่งต่ำกว่าจุดวิกฤตเพียง 25 เซนติเมตร",
          "เจ้าหน้าที่ได้นำกระสอบทรายกว่า 20,000 ใบไปวางเป็นแนวกั้นน้ำในชุมชนริมน้ำ พร้อมทั้งเตรียมเครื่องสูบน้ำและเรือท้องแบนไว้ในจุดเสี่ยง",
          "ผู้ว่าราชการจังหวัดเชียงใหม่ได้สั่งการให้ทุกอำเภอเตรียมศูนย์พักพิงชั่วคราวและแจ้งเตือนประชาชนให้ขนย้ายสิ่งของขึ้นที่สูง",
          last]
    body = f"""<body class="news-detail">
<div class="pdpa-consent"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน</p><button>ยอมรับทั้งหมด</button><button>ตั้งค่า</button></div>
<header class="header"><a class="logo" href="/">ข่าวสดภาคเหนือ</a><nav class="nav">{ul(["หน้าแรก","ข่าวภูมิภาค","การเมือง","เศรษฐกิจ","กีฬา","บันเทิง","ไลฟ์สไตล์","วิดีโอ"],"nav-list")}</nav></header>
<div class="container"><div class="breadcrumb"><a href="/">หน้าแรก</a> › <a href="/news/region/">ข่าวภูมิภาค</a></div>
<div class="row"><div class="col-8"><article class="detail">
<h1 class="detail-title">{esc(title)}</h1>
<div class="detail-meta"><span class="date">15 ส.ค. 2567 - 18:05 น.</span> <span class="views">อ่าน 3,482 ครั้ง</span></div>
<figure><img src="/uploads/2567/08/ping-river.jpg" alt=""><figcaption>ระดับน้ำปิงบริเวณสะพานนวรัฐเมื่อช่วงบ่ายวันที่ 15 ส.ค.</figcaption></figure>
<div class="detail-content">
{paras(ps)}
</div>
<div class="tags">แท็ก: <a href="#">น้ำท่วม</a> <a href="#">เชียงใหม่</a> <a href="#">แม่น้ำปิง</a></div>
<div class="share">แชร์: <a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">X</a></div>
</article>
<section class="related"><h3>ข่าวที่เกี่ยวข้อง</h3>
<div class="item"><a href="#">ลำพูนเร่งระบายน้ำออกจากพื้นที่การเกษตร</a><span>14 ส.ค. 2567</span></div>
<div class="item"><a href="#">กรมอุตุฯ เตือนฝนตกหนักภาคเหนือถึงสุดสัปดาห์</a><span>13 ส.ค. 2567</span></div></section></div>
<aside class="col-4"><div class="box"><h3>ข่าวยอดนิยม</h3>{ul(["ราคาทองวันนี้ปรับขึ้น","รถไฟสายเหนือหยุดเดินรถชั่วคราว","ลำปางจัดงานประเพณีประจำปี"],"popular")}</div>
<div class="box line-oa"><p>เพิ่มเพื่อนใน LINE เพื่อรับข่าวด่วนก่อนใคร</p></div></aside></div></div>
<footer class="footer"><p>บริษัท ข่าวสดภาคเหนือ จำกัด 123 ถนนห้วยแก้ว อำเภอเมือง จังหวัดเชียงใหม่</p>{ul(["เกี่ยวกับเรา","ติดต่อโฆษณา","นโยบายความเป็นส่วนตัว","นโยบายคุกกี้"],"footer-links")}<p>© 2567 ข่าวสดภาคเหนือ สงวนลิขสิทธิ์</p></footer>
</body>"""
    head = og(url, title + " - ข่าวสดภาคเหนือ", "ข่าวสดภาคเหนือ")
    doc = document(name, "th", title + " - ข่าวสดภาคเหนือ", head, body, "kh")
    register(name, doc, dict(url=url, language="th", title=title, published="2024-08-15", body_first=first, body_last=last,
        absent=["ระดับน้ำปิงบริเวณสะพานนวรัฐเมื่อช่วงบ่ายวันที่ 15 ส.ค.", "ลำพูนเร่งระบายน้ำออกจากพื้นที่การเกษตร", "เพิ่มเพื่อนใน LINE เพื่อรับข่าวด่วนก่อนใคร",
                "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน", "อ่าน 3,482 ครั้ง"],
        notes="Thai regional news. Date only visible in Buddhist Era with abbreviated Thai month: '15 ส.ค. 2567 - 18:05 น.' (2567 BE = 2024 CE); "
              "copyright year '© 2567'; URL path contains the CE date. Judgement: Thai has no sentence punctuation, so the first and last "
              "paragraphs are each written as a single sentence and used whole for body_first/body_last."))


# 29 ------------------------------------------------------------- hi, Nuxt SSR, only dateModified in metadata
def p29():
    name = "hi_nuxt_samachar"
    url = "https://www.jansamvad.example/uttar-pradesh/lucknow/news/metro-phase-2-approved-9123847"
    title = "लखनऊ मेट्रो के दूसरे चरण को मंजूरी, चारबाग से वसंत कुंज तक बनेगा नया कॉरिडोर"
    first = "केंद्र सरकार ने लखनऊ मेट्रो के दूसरे चरण के तहत चारबाग से वसंत कुंज तक बनने वाले 11.1 किलोमीटर लंबे ईस्ट-वेस्ट कॉरिडोर को मंजूरी दे दी है।"
    last = "अधिकारियों का कहना है कि निर्माण कार्य अगले साल की शुरुआत में शुरू हो जाएगा।"
    ps = [first + " इस परियोजना पर करीब 5,800 करोड़ रुपये खर्च होंगे।",
          "नए कॉरिडोर में कुल 12 स्टेशन होंगे, जिनमें से सात भूमिगत और पांच एलिवेटेड होंगे। यह कॉरिडोर पुराने लखनऊ के घनी आबादी वाले इलाकों अमीनाबाद, चौक और ठाकुरगंज से होकर गुजरेगा।",
          "उत्तर प्रदेश मेट्रो रेल कॉरपोरेशन के अनुसार इस रूट के शुरू होने से रोजाना लगभग दो लाख यात्रियों को फायदा होगा और पुराने शहर में जाम की समस्या काफी हद तक कम होगी।",
          "परियोजना को पांच साल में पूरा करने का लक्ष्य रखा गया है। " + last]
    nuxt = ('window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{story:{id:9123847,title:"' + title +
            '",category:"lucknow",updatedAt:"2024-12-06T04:15:00.000Z",views:b}}],state:{locale:"hi",theme:c},serverRendered:true}}("hi",18342,"light"));')
    body = f"""<body>
<div id="__nuxt"><div id="__layout"><div class="app">
<div class="cookie-consent"><p>हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।</p><button>स्वीकार करें</button></div>
<header class="header"><div class="header-top"><span class="date-today">शनिवार, 07 दिसंबर 2024</span> <a href="/e-paper">ई-पेपर</a> <a href="/login">लॉग इन</a></div>
<a href="/" class="logo nuxt-link-active">जनसंवाद</a><nav class="menu">{ul(["होम","देश","विदेश","उत्तर प्रदेश","बिहार","राजनीति","क्रिकेट","मनोरंजन","बिजनेस","धर्म"],"menu-list")}</nav></header>
<div class="breaking-bar"><span>ब्रेकिंग</span> <a href="#">संसद के शीतकालीन सत्र में हंगामा, कार्यवाही स्थगित</a></div>
<main class="story-page"><div class="breadcrumb"><a href="/" class="nuxt-link-active">होम</a> / <a href="/uttar-pradesh">उत्तर प्रदेश</a> / <a href="/uttar-pradesh/lucknow">लखनऊ</a></div>
<article class="story"><h1 class="story-title">{esc(title)}</h1>
<h2 class="story-summary">परियोजना पर 5,800 करोड़ रुपये खर्च होंगे, पुराने लखनऊ के 12 स्टेशन जुड़ेंगे।</h2>
<div class="story-meta"><span class="author">अमित श्रीवास्तव, लखनऊ</span> <span class="published">प्रकाशित: 05 दिसंबर 2024, 06:45 PM (IST)</span> <span class="updated">अपडेटेड: 06 दिसंबर 2024, 09:45 AM (IST)</span></div>
<figure class="story-image"><img src="/images/2024/12/lucknow-metro.jpg" alt=""><figcaption>चारबाग मेट्रो स्टेशन (फाइल फोटो)</figcaption></figure>
<div class="story-content">
{paras(ps[:2])}
<div class="also-read"><span>यह भी पढ़ें:</span> <a href="#">कानपुर मेट्रो का ट्रायल रन सफल, जल्द शुरू होगा संचालन</a></div>
{paras(ps[2:])}
</div>
<div class="story-share"><span>शेयर करें:</span> <a href="#">व्हाट्सऐप</a> <a href="#">फेसबुक</a> <a href="#">एक्स</a></div></article>
<section class="more-stories"><h3>लखनऊ की और खबरें</h3>{ul(["लखनऊ में कोहरे का अलर्ट, सुबह-शाम बढ़ेगी ठंड","गोमती रिवरफ्रंट पर फिर शुरू होगा लेजर शो","राजधानी में 15 दिसंबर से लगेगा पुस्तक मेला"],"story-list")}</section>
<div class="app-download"><p>ताजा खबरों के लिए डाउनलोड करें जनसंवाद ऐप</p></div></main>
<footer class="footer">{ul(["हमारे बारे में","संपर्क करें","विज्ञापन","गोपनीयता नीति","शर्तें"],"footer-links")}<p>कॉपीराइट © 2024 जनसंवाद डिजिटल प्राइवेट लिमिटेड</p></footer>
</div></div></div>
<script>{nuxt}</script>
<script src="/_nuxt/app.4f1d2c.js" defer></script>
</body>"""
    head = "\n".join(['<meta data-n-head="ssr" charset="utf-8">', og(url, title + " | जनसंवाद", "जनसंवाद"),
                      jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "dateModified": "2024-12-06T04:15:00+00:00",
                              "inLanguage": "hi", "author": {"@type": "Person", "name": "अमित श्रीवास्तव"}})])
    doc = document(name, "hi", title + " | जनसंवाद", head, body, "nuxt", html_attrs=' data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22hi%22%7D%7D"')
    register(name, doc, dict(url=url, language="hi", title=title, published="2024-12-05", body_first=first, body_last=last,
        absent=["परियोजना पर 5,800 करोड़ रुपये खर्च होंगे, पुराने लखनऊ के 12 स्टेशन जुड़ेंगे।", "कानपुर मेट्रो का ट्रायल रन सफल, जल्द शुरू होगा संचालन",
                "चारबाग मेट्रो स्टेशन (फाइल फोटो)", "लखनऊ में कोहरे का अलर्ट, सुबह-शाम बढ़ेगी ठंड", "ताजा खबरों के लिए डाउनलोड करें जनसंवाद ऐप",
                "संसद के शीतकालीन सत्र में हंगामा, कार्यवाही स्थगित"],
        notes="Nuxt 2 SSR (window.__NUXT__ state, data-n-head). Machine-readable metadata carries ONLY dateModified 2024-12-06 (JSON-LD and "
              "Nuxt state); the publication date is only visible: 'प्रकाशित: 05 दिसंबर 2024, 06:45 PM (IST)'. Header shows crawl date 'शनिवार, 07 "
              "दिसंबर 2024'. 'यह भी पढ़ें' inside body is a related link; h2 summary is standfirst."))


# 30 ------------------------------------------------------------- sw, Hugo NGO, no date
def p30():
    name = "sw_hugo_ngo_nodate"
    url = "https://www.majisafi-afrika.example/habari/visima-vipya-kilifi/"
    title = "Visima 25 vipya vya maji safi vyakamilika katika kaunti ya Kilifi"
    first = "Shirika la Maji Safi Afrika limekamilisha ujenzi wa visima 25 vya maji safi katika vijiji vya kaunti ndogo za Ganze na Magarini, kaunti ya Kilifi."
    last = "Shirika linapanga kupanua mradi huu hadi kaunti ya Kwale katika awamu inayofuata."
    ps = [first + " Visima hivyo vinatarajiwa kuhudumia zaidi ya wakazi 18,000.",
          "Kwa miaka mingi, wanawake na watoto katika eneo hili walilazimika kutembea hadi kilomita nane kila siku kutafuta maji, mara nyingi kutoka kwenye mabwawa yasiyo salama.",
          "\"Sasa watoto wetu wanaweza kwenda shuleni kwa wakati badala ya kutumia asubuhi nzima kuteka maji,\" alisema Bi. Mwanajuma Karisa, mwenyekiti wa kamati ya maji ya kijiji cha Bamba.",
          "Kila kisima kina pampu ya mkono inayotumia nishati ya jua, na kamati za maji za vijiji zimepewa mafunzo ya kutunza na kukarabati vifaa hivyo.",
          "Mradi huu umefadhiliwa na wahisani kutoka Kenya na nje ya nchi, kwa ushirikiano na serikali ya kaunti ya Kilifi. " + last]
    body = f"""<body class="kind-page section-habari">
<div id="cookie-notice" class="cookie-notice"><p>Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu.</p><button>Nakubali</button></div>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/">Maji Safi Afrika</a>
{ul(["Mwanzo","Kuhusu sisi","Miradi yetu","Habari","Changia","Wasiliana nasi"],"navbar-nav")}<a class="lang" href="/en/">English</a></div></nav>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Mwanzo</a></li><li class="breadcrumb-item"><a href="/habari/">Habari</a></li><li class="breadcrumb-item active">Visima vipya Kilifi</li></ol></nav>
<div class="row"><div class="col-md-8"><article class="post">
<p class="post-type">Taarifa kwa vyombo vya habari</p>
<h1 class="post-title">{esc(title)}</h1>
<p class="lead">Zaidi ya wakazi 18,000 wa Ganze na Magarini sasa wanapata maji safi karibu na makazi yao.</p>
<figure><img src="/images/kisima-kilifi.jpg" alt=""><figcaption>Wanafunzi wakiteka maji kwenye kisima kipya katika kijiji cha Bamba.</figcaption></figure>
<div class="post-content">
{paras(ps)}
</div>
<div class="contact-box"><h4>Kwa maelezo zaidi, wasiliana na:</h4><p>Afisa Mawasiliano, Maji Safi Afrika, simu +254 700 000 111, habari@majisafi-afrika.example</p></div>
<div class="share"><span>Shiriki:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
</article></div>
<aside class="col-md-4"><div class="widget"><h4>Habari nyingine</h4>{ul(["Mafunzo ya usafi kwa shule 40 za Tana River","Ripoti ya mwaka: tulichofanikisha pamoja","Wiki ya Maji Duniani: tukio la Mombasa"],"list-unstyled")}</div>
<div class="widget donate"><h4>Changia leo</h4><p>Shilingi 1,000 zinatosha kumpatia mtoto mmoja maji safi kwa mwaka mzima.</p><a class="btn" href="/changia/">Changia sasa</a></div></aside></div></div>
<footer class="footer"><div class="container"><p>Maji Safi Afrika ni shirika lisilo la kiserikali lililosajiliwa nchini Kenya.</p>{ul(["Sera ya faragha","Ripoti za kifedha","Nafasi za kazi"],"footer-links")}<p>© 2025 Maji Safi Afrika · Imetengenezwa kwa Hugo</p></div></footer>
<script src="/js/bootstrap.bundle.min.js"></script>
</body>"""
    head = "\n".join(['<meta name="generator" content="Hugo 0.121.1">', og(url, title, "Maji Safi Afrika", typ="website"),
                      '<link rel="alternate" hreflang="en" href="https://www.majisafi-afrika.example/en/news/new-wells-kilifi/">'])
    doc = document(name, "sw", title + " | Maji Safi Afrika", head, body, "hugo")
    register(name, doc, dict(url=url, language="sw", title=title, published=None, body_first=first, body_last=last,
        absent=["Zaidi ya wakazi 18,000 wa Ganze na Magarini sasa wanapata maji safi karibu na makazi yao.", "Taarifa kwa vyombo vya habari",
                "Wanafunzi wakiteka maji kwenye kisima kipya katika kijiji cha Bamba.", "Kwa maelezo zaidi, wasiliana na:",
                "Shilingi 1,000 zinatosha kumpatia mtoto mmoja maji safi kwa mwaka mzima.", "Mafunzo ya usafi kwa shule 40 za Tana River"],
        notes="Hugo static site (Bootstrap theme) of an NGO; the press release states no publication date anywhere (no meta, no <time>, no "
              "visible date) -> published null. Only '© 2025' copyright year and og:type=website. Lead paragraph = standfirst, contact box = sign-off."))


for f in [p21, p22, p23, p24, p25, p26, p27, p28, p29, p30]:
    f()
