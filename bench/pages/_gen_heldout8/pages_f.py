from common import *
from pages_e import page

def std_side(items, news):
    return f'<aside class="sidebar"><h3>Most read</h3>{ul(items, "related")}<div class="newsletter"><p>{news}</p></div></aside>'

@register
def p21():
    name = "el_eidiseis_kykladon"
    url = "https://www.kykladikos-typos.example/topika/2023/11/09/neo-liman-naxou"
    title = "Ξεκινούν τα έργα επέκτασης του λιμανιού της Νάξου"
    paras = [
        "Υπογράφηκε την Πέμπτη η σύμβαση για την επέκταση του λιμανιού της Νάξου, ένα έργο που συζητείται στο νησί εδώ και σχεδόν είκοσι χρόνια.",
        "Το έργο προβλέπει νέο κρηπίδωμα μήκους 180 μέτρων, ώστε να μπορούν να δένουν ταυτόχρονα δύο μεγάλα επιβατηγά πλοία.",
        "Ο δήμαρχος δήλωσε ότι η επέκταση θα μειώσει τις καθυστερήσεις που παρατηρούνται κάθε καλοκαίρι στις αφίξεις και αναχωρήσεις.",
        "Ο συνολικός προϋπολογισμός ανέρχεται σε 14,6 εκατομμύρια ευρώ και καλύπτεται από το Ταμείο Ανάκαμψης.",
        "Οι εργασίες αναμένεται να ολοκληρωθούν σε 30 μήνες, χωρίς να διακοπεί η λειτουργία του λιμανιού.",
    ]
    main = f"""<main class="container"><article class="post">
<div class="breadcrumb"><a href="/">Αρχική</a> / <a href="/topika">Τοπικά</a></div>
<span class="post-cat">Τοπικά</span>
<h1 class="post-title">{title}</h1>
<div class="post-meta">Πέμπτη 9 Νοεμβρίου 2023 · 19:48 | Σύνταξη: Μαρίνα Κουτσή</div>
<figure><img src="/uploads/naxos-limani.jpg" alt=""><figcaption>Το λιμάνι της Νάξου τον περασμένο Αύγουστο. Φωτογραφία: Αρχείο</figcaption></figure>
<div class="post-content article-body">
{ps(paras)}
</div>
<div class="share">Μοιραστείτε: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Viber</a></div>
<section class="related"><h3>Διαβάστε επίσης</h3>{ul(["Νέα δρομολόγια προς Αμοργό από τον Δεκέμβριο","Κλειστά τα σχολεία λόγω θυελλωδών ανέμων"], "related")}</section>
<section class="comments"><h3>Σχόλια</h3><p><b>Γιώργος</b> 10/11/2023 09:15 — Επιτέλους! Ας ελπίσουμε να τελειώσει στην ώρα του.</p></section>
</article></main>"""
    html = page("el", "Ξεκινούν τα έργα επέκτασης του λιμανιού της Νάξου - Κυκλαδικός Τύπος",
        '<meta property="og:title" content="Νάξος: Υπογράφηκε η σύμβαση για το νέο λιμάνι">\n<meta property="og:updated_time" content="2023-11-10T08:30:00+02:00">',
        '<div class="cookie"><p>Χρησιμοποιούμε cookies για να σας προσφέρουμε καλύτερη εμπειρία περιήγησης.</p><button>Αποδοχή</button></div>',
        f'<header class="site-header"><a class="logo" href="/">Κυκλαδικός Τύπος</a><nav class="nav-primary">{ul(["Ειδήσεις","Τοπικά","Πολιτική","Οικονομία","Αθλητικά","Πολιτισμός","Καιρός"], "", "/")}</nav></header>',
        main,
        std_side(["Μποφόρ 8 στο Αιγαίο την Παρασκευή","Νέος παιδικός σταθμός στη Χώρα"], "Εγγραφείτε στο ενημερωτικό δελτίο για τα νέα των Κυκλάδων."),
        '<footer class="footer"><p>© 2023 Κυκλαδικός Τύπος. Με την επιφύλαξη παντός δικαιώματος.</p></footer>')
    write(name, html, dict(url=url, language="el", title=title, published="2023-11-09",
        body_first=paras[0], body_last=paras[-1],
        absent=["Το λιμάνι της Νάξου τον περασμένο Αύγουστο.", "Νέα δρομολόγια προς Αμοργό από τον Δεκέμβριο",
                "Επιτέλους! Ας ελπίσουμε να τελειώσει στην ώρα του.", "Εγγραφείτε στο ενημερωτικό δελτίο για τα νέα των Κυκλάδων.",
                "Χρησιμοποιούμε cookies για να σας προσφέρουμε καλύτερη εμπειρία περιήγησης."],
        notes="Greek island news site. Only og:updated_time (10 Nov) in metadata; visible 'Πέμπτη 9 Νοεμβρίου 2023' in Greek genitive month. Comment dated 10/11/2023 (day-first). og:title different SEO headline."))

@register
def p22():
    name = "de_at_ministerium_jaenner"
    url = "https://www.bmlrt-land.example/presse/aussendungen/2020/foerderung-almwege"
    title = "Neue Förderung für die Sanierung von Almwegen"
    paras = [
        "Das Land stellt in den kommenden drei Jahren insgesamt 6,5 Millionen Euro für die Sanierung von Almwegen zur Verfügung.",
        "Gefördert werden Maßnahmen an bestehenden Wegen, etwa die Erneuerung von Wasserableitungen, Brücken und Stützmauern nach Unwetterschäden.",
        "Antragsberechtigt sind Agrargemeinschaften, Weggenossenschaften und einzelne Almbewirtschafterinnen und Almbewirtschafter.",
        "Der Fördersatz beträgt bis zu 60 Prozent der anerkannten Kosten, bei Schäden durch Naturkatastrophen bis zu 80 Prozent.",
        "Anträge können ab 1. März bei den Bezirksbauernkammern eingebracht werden.",
    ]
    main = f"""<div id="s4-workspace"><div id="s4-bodyContainer"><div class="ms-webpartzone"><div class="ms-rtestate-field">
<div class="breadcrumb"><a href="/">Startseite</a> &gt; <a href="/presse">Presse</a> &gt; <a href="/presse/aussendungen">Presseaussendungen</a> &gt; 2020</div>
<main class="content"><div class="pressetext">
<p class="rubrik">Presseaussendung</p>
<h1>{title}</h1>
<p class="lead"><strong>Landesrätin Huber: „Unsere Almen brauchen sichere Zufahrten – 6,5 Millionen Euro bis 2022“</strong></p>
<div class="article-body">
<p>Wien, am 15. Jänner 2020 – {paras[0]}</p>
{ps(paras[1:])}
</div>
<p class="rueckfragen"><strong>Rückfragehinweis:</strong> Pressestelle, Mag. Stefan Leitner, Tel.: +43 1 000 00 00</p>
<p class="ots">Presseaussendung Nr. 04/2020</p>
</div>
<div class="downloads"><h3>Downloads</h3><ul><li><a href="#">Förderrichtlinie Almwege (PDF, 412 KB)</a></li><li><a href="#">Antragsformular (PDF, 98 KB)</a></li></ul></div>
<p class="stand">Stand: 20.01.2020</p>
</main></div></div></div></div>"""
    html = page("de", "Neue Förderung für die Sanierung von Almwegen - Bundesministerium für Land und Regionen",
        '<meta name="description" content="Presseaussendung vom 15. Jänner 2020">\n<meta name="GENERATOR" content="Microsoft SharePoint">\n<meta http-equiv="X-UA-Compatible" content="IE=10">',
        '<div class="cookie"><p>Diese Website verwendet ausschließlich technisch notwendige Cookies.</p><button>Verstanden</button></div>',
        f'<div id="suiteBar" class="ms-dialogHidden"><a href="#">Barrierefreiheit</a> | <a href="#">Leichte Sprache</a> | <a href="#">English</a></div><header class="site-header"><a class="logo" href="/">Bundesministerium für Land und Regionen</a><nav class="nav-primary">{ul(["Themen","Förderungen","Service","Presse","Ministerium"], "", "/")}</nav></header>',
        main,
        '<aside class="sidebar"><h3>Aktuelle Aussendungen</h3><ul><li><a href="#">Bilanz der Schutzwaldoffensive 2019</a> 08.01.2020</li><li><a href="#">Neue Regionalförderperiode startet</a> 19.12.2019</li></ul><div class="newsletter"><p>Presseaussendungen per E-Mail abonnieren</p></div></aside>',
        '<footer class="footer"><p>Impressum · Datenschutz · Barrierefreiheitserklärung · © 2020</p></footer>')
    write(name, html, dict(url=url, language="de", title=title, published="2020-01-15",
        body_first=paras[0], body_last=paras[-1],
        absent=["Landesrätin Huber: „Unsere Almen brauchen sichere Zufahrten – 6,5 Millionen Euro bis 2022“",
                "Rückfragehinweis:", "Förderrichtlinie Almwege (PDF, 412 KB)", "Stand: 20.01.2020", "Bilanz der Schutzwaldoffensive 2019"],
        notes="Austrian ministry press release on a SharePoint-like portal. Only date of publication is in the dateline 'Wien, am 15. Jänner 2020 –' (Austrian month name Jänner) inside the first paragraph (dateline excluded from body_first) and in meta description; 'Stand: 20.01.2020' is a last-modified note. Rubrik 'Presseaussendung' above h1."))

@register
def p23():
    name = "fr_ch_communique_canton"
    url = "https://www.vd-etat.example/actualites/communiques/2017/03/02/nouvelle-ligne-de-bus-lausanne-epalinges"
    title = "Une nouvelle ligne de bus reliera Lausanne à Épalinges dès décembre"
    paras = [
        "Le Conseil d’État a validé mercredi le financement d’une nouvelle ligne de bus à haute fréquence entre la gare de Lausanne et le centre d’Épalinges.",
        "La ligne desservira notamment le site hospitalier et le nouveau quartier des Croisettes, où près de 2000 habitants sont attendus d’ici 2020.",
        "Les bus circuleront toutes les sept minutes et demie aux heures de pointe et toutes les quinze minutes en soirée.",
        "Le coût d’exploitation annuel, estimé à 3,1 millions de francs, sera partagé entre le Canton et les communes concernées.",
        "La mise en service est prévue avec le changement d’horaire du 10 décembre 2017.",
    ]
    main = f"""<main id="content"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/actualites">Actualités</a></li><li>Communiqués de presse</li></ol>
<div class="communique">
<p class="type">Communiqué de presse</p>
<p class="emetteur">Département des infrastructures et des ressources humaines</p>
<h2 class="titre">{title}</h2>
<div class="texte article-body">
<p><strong>Lausanne, le 2 mars 2017</strong></p>
{ps(paras)}
</div>
<div class="renseignements"><p><strong>Renseignements :</strong> DIRH, Sylvie Rochat, cheffe de service, 021 000 00 00</p></div>
<div class="annexes"><p>Annexe : plan de la ligne (PDF)</p></div>
<p class="bureau">Bureau d’information et de communication de l’État</p>
</div></div>
<div class="col-md-4 sidebar"><h3>Autres communiqués</h3><ul><li><a href="#">Rénovation de l’école professionnelle de Vevey : crédit accordé</a> <span>01.03.2017</span></li><li><a href="#">Bilan 2016 des contrôles routiers</a> <span>28.02.2017</span></li></ul>
<div class="newsletter"><p>Abonnez-vous aux communiqués du Conseil d’État par courriel.</p></div></div></div></main>"""
    html = page("fr", "Communiqués de presse - État de Vaud",
        '<meta name="date" content="2017-03-02">\n<meta name="robots" content="index,follow">',
        '<div class="cookie"><p>En poursuivant votre navigation, vous acceptez l’utilisation de cookies à des fins statistiques.</p><button>OK</button></div>',
        f'<header class="site-header"><a class="logo" href="/">État de Vaud</a><nav class="nav-primary">{ul(["Thèmes","Autorités","Prestations","Actualités","Publications"], "", "/")}</nav></header>',
        main, "",
        '<footer class="footer"><p>© 2017 État de Vaud · Mentions légales · Accessibilité · Contact</p></footer>')
    write(name, html, dict(url=url, language="fr", title=title, published="2017-03-02",
        body_first=paras[0], body_last=paras[-1],
        absent=["Communiqué de presse", "Département des infrastructures et des ressources humaines", "Renseignements :",
                "Rénovation de l’école professionnelle de Vevey : crédit accordé", "Abonnez-vous aux communiqués du Conseil d’État par courriel."],
        notes="Swiss cantonal press release: <title> is generic ('Communiqués de presse - État de Vaud'), headline in an h2, no h1, no og. Date in dateline paragraph 'Lausanne, le 2 mars 2017' (excluded from body) and meta name=date; sidebar dates Swiss form 01.03.2017. Body mentions future dates (décembre 2017, 2020)."))
