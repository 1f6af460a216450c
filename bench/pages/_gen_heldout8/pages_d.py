from common import *

@register
def p13():
    name = "nl_hugo_gemeenteblog"
    url = "https://nieuws.gemeente-ooststroom.example/2024/10/nieuwe-fietsbrug-over-de-vaart/"
    title = "Nieuwe fietsbrug over de Vaart: bouw start in januari"
    paras = [
        "De gemeenteraad van Ooststroom heeft dinsdagavond ingestemd met de bouw van een fietsbrug over de Vaart tussen de wijken Veldhoven-Noord en De Meeuwen.",
        "Met de brug wordt de fietsroute naar het station ruim anderhalve kilometer korter.",
        "De brug krijgt een overspanning van 62 meter en wordt zo hoog dat plezierboten er zonder bediening onderdoor kunnen varen.",
        "Wethouder Sanne de Graaf (Verkeer) noemde het besluit “een lang gekoesterde wens van scholieren en forenzen”.",
        "Omwonenden aan de Meeuwenkade maakten zich eerder zorgen over de hellingbaan die vlak langs hun tuinen loopt; het ontwerp is daarom met vier meter verschoven.",
        "De bouw start naar verwachting in januari en duurt ongeveer een jaar.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.121.1">
<title>Nieuwe fietsbrug over de Vaart: bouw start in januari · Nieuws gemeente Ooststroom</title>
<meta name="description" content="De raad stemde in met een brug van 62 meter tussen Veldhoven-Noord en De Meeuwen.">
<link rel="stylesheet" href="/css/main.min.8f2e1a.css">
<style>{FILLER_CSS}</style>
</head>
<body class="single">
<div class="cookie"><p>Deze website gebruikt alleen functionele en analytische cookies zonder persoonsgegevens.</p><a href="/privacy/">Lees meer</a></div>
<header class="site-header"><a class="logo" href="https://www.gemeente-ooststroom.example/">Gemeente Ooststroom</a>
<nav class="nav-primary">{ul(["Nieuws","Bekendmakingen","Projecten","Raad","Contact"], "", "/")}</nav></header>
<nav class="breadcrumb" aria-label="Kruimelpad"><a href="/">Nieuws</a> › <a href="/categories/verkeer/">Verkeer</a></nav>
<main class="container"><article class="post">
<header class="post-header"><h1 class="post-title">{title}</h1>
<p class="post-meta">di 8 okt 2024 · 3 minuten leestijd · Verkeer, Projecten</p></header>
<div class="post-content article-body">
{ps(paras[:3])}
<figure><img src="/images/fietsbrug-impressie.jpg" alt="Impressie van de brug"><figcaption>Artist impression van de nieuwe brug, gezien vanaf de Meeuwenkade. Beeld: Studio Brugwerk</figcaption></figure>
{ps(paras[3:])}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/fiets/">fiets</a></li><li><a href="/tags/vaart/">vaart</a></li></ul>
<nav class="paginav"><a class="prev" href="/2024/10/afvalinzameling-wijzigt/"><span class="title">« Vorige</span><br><span>Afvalinzameling in Veldhoven wijzigt per 1 november</span></a> <a class="next" href="/2024/10/bibliotheek-zondag-open/"><span class="title">Volgende »</span><br><span>Bibliotheek vanaf november ook op zondag open</span></a></nav>
<div class="share share-buttons"><a href="#">Deel op LinkedIn</a> <a href="#">Deel via WhatsApp</a> <a href="#">Deel via e-mail</a></div></footer>
</article></main>
<aside class="sidebar"><h3>Bekendmakingen</h3>{ul(["Ontwerpbestemmingsplan Meeuwenkade ligt ter inzage","Kapvergunning Stationsweg 14","Evenementenvergunning Lichtjesavond"], "related")}
<div class="newsletter"><h3>Nieuwsbrief</h3><p>Ontvang elke twee weken het nieuws uit uw wijk in uw mailbox.</p></div></aside>
<footer class="footer"><p>Gemeente Ooststroom · Postbus 100 · Telefoon 14 0000</p><p>© 2024 Gemeente Ooststroom · <a href="/toegankelijkheid/">Toegankelijkheid</a> · Gemaakt met Hugo</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="nl", title=title, published="2024-10-08",
        body_first=paras[0], body_last=paras[-1],
        absent=["3 minuten leestijd", "Artist impression van de nieuwe brug, gezien vanaf de Meeuwenkade.", "Afvalinzameling in Veldhoven wijzigt per 1 november",
                "Ontvang elke twee weken het nieuws uit uw wijk in uw mailbox.", "Ontwerpbestemmingsplan Meeuwenkade ligt ter inzage"],
        notes="Hugo static site (PaperMod-like). No date metadata, no JSON-LD; only visible 'di 8 okt 2024' with abbreviated Dutch weekday and month. Previous/next post titles in footer. 'januari' in headline and body is a future event."))

@register
def p14():
    name = "pl_portal_aktualizacja"
    url = "https://wiadomosci.glos-pomorza-zach.example/szczecin/remont-mostu-dlugiego-potrwa-dluzej,art,88213"
    title = "Remont Mostu Długiego potrwa dłużej. Wykonawca prosi o aneks"
    paras = [
        "Remont Mostu Długiego w Szczecinie nie zakończy się w czerwcu, jak planowano, ale najwcześniej we wrześniu.",
        "Wykonawca wystąpił do miasta o aneks do umowy, tłumacząc opóźnienie trudnościami z dostawą stali i koniecznością wymiany większej liczby elementów konstrukcji niż zakładano.",
        "Podczas prac okazało się, że skorodowanych jest 46 poprzecznic, a nie 18, jak wynikało z inwentaryzacji sprzed trzech lat.",
        "Zarząd Dróg i Transportu Miejskiego potwierdza, że analizuje wniosek, ale nie zdecydował jeszcze o naliczeniu kar umownych.",
        "Do czasu zakończenia remontu tramwaje linii 3 i 7 będą kursować objazdem przez Trasę Zamkową.",
        "Koszt inwestycji wzrósł z 41 do 47 mln zł.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Szczecin. Remont Mostu Długiego potrwa dłużej - Głos Pomorza Zachodniego</title>
<meta property="og:title" content="Remont Mostu Długiego opóźniony. Tramwaje dłużej pojadą objazdem">
<meta property="article:modified_time" content="2020-05-13T08:10:00+02:00">
<style>{FILLER_CSS}</style>
</head>
<body>
<div class="rodo-popup cookie"><p>Szanowny Użytkowniku, zanim przejdziesz do serwisu, zapoznaj się z informacją o przetwarzaniu danych osobowych (RODO).</p><button>Przejdź do serwisu</button></div>
<header class="site-header"><div class="logo"><a href="/">Głos Pomorza Zachodniego</a></div>
<nav class="nav-primary">{ul(["Szczecin","Region","Sport","Kultura","Biznes","Motoryzacja","Nieruchomości","Ogłoszenia"], "", "/")}</nav></header>
<div class="section-head"><h1 class="section-title">Wiadomości Szczecin</h1></div>
<div class="breadcrumb"><a href="/">Strona główna</a> » <a href="/szczecin">Szczecin</a> » Komunikacja</div>
<main class="content"><article class="atomsArticle">
<h2 class="atomsArticleHead__title">{title}</h2>
<div class="atomsArticleHead__meta"><span class="author">Tomasz Wierzbicki</span> <time>12.05.2020, 14:32</time> <span class="aktualizacja">Aktualizacja: 13.05.2020, 08:10</span></div>
<p class="atomsArticleHead__lead"><strong>Zamiast w czerwcu, wrzesień. Tramwaje linii 3 i 7 dłużej pojadą objazdem, a koszt remontu rośnie o 6 mln zł.</strong></p>
<figure><img src="/img/most-dlugi.jpg" alt=""><figcaption>Most Długi w trakcie prac, maj 2020 r. fot. Andrzej Szkocki</figcaption></figure>
<div class="atomsArticleBody article-body">
{ps(paras[:3])}
<div class="zobacz-tez"><b>Zobacz też:</b> <a href="#">Nowy rozkład jazdy tramwajów od 1 czerwca. Sprawdź zmiany</a></div>
{ps(paras[3:])}
</div>
<div class="share">Udostępnij: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Wykop</a></div>
</article>
<section class="comments"><h3>Komentarze (3)</h3>
<div class="comment"><b>szczecinianin</b> <span>12.05.2020, 15:01</span><p>Jak zwykle, w tym mieście nic nie kończy się w terminie.</p></div>
<div class="comment"><b>Ola</b> <span>12.05.2020, 16:40</span><p>Objazd przez Trasę Zamkową to koszmar w godzinach szczytu.</p></div>
<div class="comment"><b>gość</b> <span>13.05.2020, 07:55</span><p>A kary umowne?</p></div></section>
</main>
<aside class="sidebar"><h3>Najczęściej czytane</h3>{ul(["Plaże w Międzyzdrojach otwarte od soboty","Nowe ścieżki rowerowe na Pomorzanach","Pogoda na weekend: w końcu ciepło"], "related")}
<div class="newsletter"><p>Zapisz się na newsletter i otrzymuj najważniejsze informacje ze Szczecina codziennie rano.</p></div></aside>
<footer class="footer"><p>© 2020 Polska Press Zachód Sp. z o.o. Wszelkie prawa zastrzeżone.</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="pl", title=title, published="2020-05-12",
        body_first=paras[0], body_last=paras[-1],
        absent=["Zamiast w czerwcu, wrzesień.", "Most Długi w trakcie prac, maj 2020 r.", "Nowy rozkład jazdy tramwajów od 1 czerwca. Sprawdź zmiany",
                "Jak zwykle, w tym mieście nic nie kończy się w terminie.", "Aktualizacja: 13.05.2020, 08:10"],
        notes="Polish regional portal. h1 is the section title 'Wiadomości Szczecin'; the headline is an h2. Only article:modified_time in metadata (13 May); visible publication '12.05.2020, 14:32' day-first, plus 'Aktualizacja: 13.05.2020'. og:title is a different SEO title; <title> has a place prefix and site suffix. Bold lead excluded."))

@register
def p15():
    name = "cs_univerzita_newsroom"
    url = "https://www.univerzita-brezno.example/cs/aktuality/studenti-sestrojili-druzici"
    title = "Studenti sestrojili malou družici, na oběžnou dráhu poletí příští rok"
    paras = [
        "Tým dvanácti studentů Fakulty elektrotechniky dokončil vývoj malé družice typu CubeSat, která bude měřit znečištění ovzduší nad střední Evropou.",
        "Družice o hraně deset centimetrů a hmotnosti 1,3 kilogramu vznikala téměř tři roky v laboratoři kosmických technologií.",
        "Studenti navrhli vlastní palubní počítač i komunikační modul a většinu dílů vyrobili na univerzitních 3D tiskárnách.",
        "„Nejtěžší bylo projít zkouškami ve vakuové komoře, kde jsme museli dvakrát předělat tepelnou ochranu baterií,“ říká vedoucí týmu Kristýna Horáková.",
        "Projekt podpořila Technologická agentura částkou 4,2 milionu korun a start zajistí evropský program pro vzdělávací družice.",
        "Vypuštění je plánováno na jaro příštího roku z kosmodromu ve Francouzské Guyaně.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="cs">
<head>
<meta charset="utf-8">
<title>Studenti sestrojili malou družici | Univerzita Březno</title>
<meta name="description" content="CubeSat z dílny Fakulty elektrotechniky bude měřit znečištění ovzduší.">
<meta name="dcterms.modified" content="2021-03-10">
<style>{FILLER_CSS}</style>
</head>
<body>
<div class="cookie"><p>Tento web používá soubory cookie k zajištění funkčnosti a k analýze návštěvnosti.</p><button>Povolit vše</button> <button>Pouze nezbytné</button></div>
<div class="top-links"><a href="/en/">English</a> | <a href="https://is.univerzita-brezno.example">Informační systém</a> | <a href="#">Webmail</a> | <a href="#">Pro zaměstnance</a></div>
<header class="site-header"><a href="/cs/" class="logo">Univerzita Březno</a>
<nav class="nav-primary">{ul(["Studium","Věda a výzkum","Fakulty","Spolupráce","O univerzitě","Aktuality"], "", "/cs/")}</nav></header>
<div class="breadcrumb"><a href="/cs/">Úvod</a> / <a href="/cs/aktuality/">Aktuality</a> / Studenti sestrojili malou družici</div>
<main class="grid"><div class="col-main">
<article class="news-detail">
<p class="news-category">Věda a výzkum · Fakulta elektrotechniky</p>
<h1>{title}</h1>
<p class="news-date">Publikováno: 3. 3. 2021 · Autor: Oddělení komunikace</p>
<p class="perex"><strong>Tříletý projekt studentů vyvrcholil zkouškami ve vakuové komoře. Družice bude sledovat oxid dusičitý.</strong></p>
<div class="article-body">
{ps(paras[:3])}
<figure><img src="/media/cubesat.jpg" alt=""><figcaption>Členové týmu s hotovou družicí v laboratoři kosmických technologií. Foto: Petr Novotný</figcaption></figure>
{ps(paras[3:])}
</div>
<div class="contact-box"><h3>Kontakt pro média</h3><p>Mgr. Jana Dvořáková, tisková mluvčí, tel. 000 000 123</p></div>
<div class="share"><a href="#">Sdílet na Facebooku</a> <a href="#">Sdílet na LinkedIn</a></div>
</article></div>
<aside class="col-side sidebar"><h3>Další aktuality</h3><ul>
<li><a href="#">Den otevřených dveří proběhne online</a> <span>24. 2. 2021</span></li>
<li><a href="#">Rektor jmenoval nové proděkany</a> <span>17. 2. 2021</span></li>
<li><a href="#">Univerzitní knihovna rozšiřuje výdejní okénko</a> <span>10. 2. 2021</span></li></ul>
<div class="events"><h3>Kalendář akcí</h3><p>18. 3. 2021 – Veletrh pracovních příležitostí (online)</p></div></aside></main>
<footer class="footer"><p>Univerzita Březno · Náměstí Svobody 1 · IČ 00000000</p><p>© 2021 Univerzita Březno · Poslední aktualizace: 10. 3. 2021</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="cs", title=title, published="2021-03-03",
        body_first=paras[0], body_last=paras[-1],
        absent=["Družice bude sledovat oxid dusičitý.", "Členové týmu s hotovou družicí v laboratoři kosmických technologií.",
                "Mgr. Jana Dvořáková, tisková mluvčí, tel. 000 000 123", "Den otevřených dveří proběhne online",
                "18. 3. 2021 – Veletrh pracovních příležitostí (online)", "Poslední aktualizace: 10. 3. 2021"],
        notes="Czech university newsroom. Date 'Publikováno: 3. 3. 2021' (day and month both 3, spaced Czech form); dcterms.modified and footer 'Poslední aktualizace: 10. 3. 2021' are modification dates; sidebar news and event dates. Perex excluded; media contact box excluded."))

@register
def p16():
    name = "sv_nyhetssajt_nyarsnatt"
    url = "https://www.norrlandsposten.example/nyheter/lokalt/a/Qx7Lm2/nyarsraketer-forbjuds-i-centrala-umestad"
    title = "Nyårsraketer förbjuds i centrala Umestad"
    paras = [
        "Polisen har beslutat att förbjuda användning av fyrverkerier i centrala Umestad under nyårsafton och nyårsnatten.",
        "Förbudet gäller innanför Ringleden och vid sjukhusområdet från klockan 18 på nyårsafton till klockan 06 på nyårsdagen.",
        "Enligt polisen har det under flera år inkommit klagomål om raketer som skjutits mot människor och bilar på Storgatan.",
        "– Vi vill att alla ska kunna fira nyår tryggt, och då krävs tydliga regler, säger polisområdeschef Maria Lindqvist.",
        "Kommunen ordnar i stället ett gemensamt fyrverkeri vid älvstranden klockan 00.00.",
        "Den som bryter mot förbudet kan dömas till penningböter.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Nyårsraketer förbjuds i centrala Umestad | Norrlandsposten</title>
<meta property="og:title" content="Nyårsraketer förbjuds i centrala Umestad">
<meta property="article:published_time" content="2022-12-30T23:20:00Z">
<meta property="article:modified_time" content="2022-12-31T07:10:00Z">
<style>{FILLER_CSS}</style>
</head>
<body>
<div class="cookie"><p>Vi använder kakor för att ge dig en bättre upplevelse och för att visa relevant annonsering.</p><button>Godkänn alla</button> <button>Anpassa</button></div>
<header class="site-header"><a class="logo" href="/">Norrlandsposten</a>
<nav class="nav-primary">{ul(["Nyheter","Sport","Kultur","Ledare","Debatt","Familj","E-tidning"], "", "/")}</nav>
<a class="login" href="/konto">Logga in</a> <a class="buy" href="/prenumerera">Köp prenumeration</a></header>
<main><article class="article">
<div class="article-top"><span class="label">Lokalt</span> <span class="label">Umestad</span></div>
<h1 class="article__headline">{title}</h1>
<p class="article__preamble">Polisen inför ett lokalt fyrverkeriförbud innanför Ringleden – kommunen ordnar ett gemensamt fyrverkeri vid älvstranden.</p>
<div class="article__byline"><span class="author">Erik Nordström</span> <span class="author-mail">erik.nordstrom@norrlandsposten.example</span></div>
<div class="article__dates"><span>Publicerad <time datetime="2022-12-30T23:20:00Z">2022-12-31 kl. 00.20</time></span> · <span>Uppdaterad <time datetime="2022-12-31T07:10:00Z">2022-12-31 kl. 08.10</time></span></div>
<figure><img src="/bilder/storgatan.jpg" alt=""><figcaption>Storgatan i Umestad en tidigare nyårsnatt. Foto: Arkiv</figcaption></figure>
<div class="article__body article-body">
{ps(paras[:3])}
<aside class="fact-box"><h3>Fakta: Så söker du tillstånd</h3><p>Den som vill skjuta fyrverkerier på allmän plats utanför förbudsområdet behöver tillstånd från polisen.</p></aside>
{ps(paras[3:])}
</div>
<div class="share"><a href="#">Dela på Facebook</a> <a href="#">Dela via e-post</a> <a href="#">Kopiera länk</a></div>
</article>
<section class="related"><h2>Läs också</h2>{ul(["Så blir vädret på nyårsafton","Bussarna går hela natten på nyår","Rekordmånga vill bli fosterföräldrar"], "related")}</section>
</main>
<aside class="sidebar"><div class="newsletter"><h3>Dagens nyheter i din mejl</h3><p>Prenumerera på vårt nyhetsbrev och få de viktigaste lokala nyheterna varje morgon.</p></div></aside>
<footer class="footer"><p>Ansvarig utgivare: Karin Ek · © 2022 Norrlandsposten AB</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="sv", title=title, published="2022-12-31",
        body_first=paras[0], body_last=paras[-1],
        absent=["Polisen inför ett lokalt fyrverkeriförbud innanför Ringleden – kommunen ordnar ett gemensamt fyrverkeri vid älvstranden.",
                "Storgatan i Umestad en tidigare nyårsnatt.", "Den som vill skjuta fyrverkerier på allmän plats utanför förbudsområdet behöver tillstånd från polisen.",
                "Så blir vädret på nyårsafton", "Prenumerera på vårt nyhetsbrev och få de viktigaste lokala nyheterna varje morgon."],
        notes="Swedish news site. Published 2022-12-31 kl. 00.20 local (CET) while all machine-readable times are UTC 'Z' on 2022-12-30 (23:20Z): publisher's day is 31 Dec. ISO-style visible dates with 'kl.'. Preamble, fact box and labels excluded."))
