from lib import *


# 11 ------------------------------------------------------------- fi, AMP
def p11():
    name = "fi_amp_uutinen"
    url = "https://uutiset.pohjoisenradio.example/amp/uutiset/3-12984411"
    title = "Oulun kaupunginhallitus esittää Raatin uimahallin purkamista"
    first = "Oulun kaupunginhallitus esittää, että Raatin vuonna 1965 valmistunut uimahalli puretaan ja tilalle rakennetaan uusi liikuntakeskus Kaukovainiolle."
    last = "Valtuusto käsittelee esitystä lokakuun kokouksessaan."
    ps = [first,
          "Kaupunginhallitus äänesti asiasta maanantai-iltana äänin 8–5. Vähemmistö olisi halunnut selvittää vielä hallin peruskorjauksen, jonka kustannusarvio on noin 19 miljoonaa euroa.",
          "– Vanha halli on tullut elinkaarensa päähän. Uudessa keskuksessa olisi sekä kilpa-allas että terapia-altaat, perustelee kaupunginhallituksen puheenjohtaja.",
          "Uimaseurat ovat huolissaan siitä, että Kaukovainio on monelle nuorelle uimarille hankalan matkan päässä. Seurojen mukaan harjoitusvuoroja tarvitaan myös rakennusaikana, joka kestäisi arviolta kolme vuotta.",
          last]
    body = f"""<body>
<amp-analytics type="googleanalytics" config="/amp/analytics.json" data-credentials="include"></amp-analytics>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui"><p>Käytämme evästeitä sisällön ja mainonnan mittaamiseen.</p><button on="tap:consent.accept">Hyväksy</button><button on="tap:consent.reject">Hylkää</button></div></amp-consent>
<header class="amp-header"><a href="https://uutiset.pohjoisenradio.example/" class="amp-logo">Pohjoisen Radio Uutiset</a>
<button on="tap:sidebar.toggle" class="amp-menu-btn">Valikko</button></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="right"><nav>{ul(["Etusivu","Oulu","Lappi","Kainuu","Urheilu","Kulttuuri","Sää","Radio"],"amp-nav")}</nav></amp-sidebar>
<main class="amp-main"><article class="amp-article">
<p class="amp-article__section"><a href="/uutiset/oulu">Oulu</a></p>
<h1 class="amp-article__headline">{esc(title)}</h1>
<p class="amp-article__lead">Uusi liikuntakeskus rakennettaisiin Kaukovainiolle. Uimaseurat pelkäävät harjoitusvuorojen puolesta.</p>
<div class="amp-article__byline"><span>Anni Kärkkäinen</span> <span class="amp-article__time">julkaistu <time datetime="2024-09-12T07:05:00+03:00">12.9.2024 klo 7.05</time></span> <span class="amp-article__time">päivitetty <time datetime="2024-09-12T09:41:00+03:00">12.9.2024 klo 9.41</time></span></div>
<figure><amp-img src="/kuvat/raatin-uimahalli.jpg" width="1200" height="675" layout="responsive" alt="Raatin uimahalli"></amp-img><figcaption>Raatin uimahalli on palvellut oululaisia lähes kuusikymmentä vuotta. Kuva: Mikko Rahko</figcaption></figure>
<div class="amp-article__body">
{paras(ps[:3])}
<aside class="amp-article__embed"><p>Lue myös: Oulun uusi kirjasto avautuu keväällä</p></aside>
{paras(ps[3:])}
</div>
<div class="amp-share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><span>Jaa artikkeli</span></div>
</article>
<section class="amp-related"><h2>Luetuimmat</h2>{ul(["Liukkaat kelit yllättivät autoilijat Pohjois-Pohjanmaalla","Kärpät voitti kauden avausottelun","Revontulet näkyivät laajalti Lapissa","Ouluun tulee uusi yliopistokampus"],"amp-related__list")}</section>
<section class="amp-newsletter"><p>Tilaa viikon tärkeimmät uutiset sähköpostiisi joka perjantai.</p></section>
</main>
<footer class="amp-footer"><p>Vastaava päätoimittaja: Heikki Lappalainen</p>{ul(["Tietosuoja","Evästeasetukset","Saavutettavuus","Yhteystiedot"],"amp-footer__links")}<p>© Pohjoisen Radio 2024</p>
<a href="https://uutiset.pohjoisenradio.example/uutiset/3-12984411">Näytä tavallinen versio</a></footer>
</body>"""
    head = "\n".join(['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                      '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>',
                      '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>',
                      '<link rel="canonical" href="https://uutiset.pohjoisenradio.example/uutiset/3-12984411">',
                      jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-09-12T07:05:00+03:00",
                              "dateModified": "2024-09-12T09:41:00+03:00", "mainEntityOfPage": url, "inLanguage": "fi"}),
                      '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>'])
    doc = document(name, "fi", "Oulun kaupunginhallitus esittää Raatin uimahallin purkamista | Pohjoisen Radio", head, body, "amp", html_attrs=" ⚡")
    register(name, doc, dict(url=url, language="fi", title=title, published="2024-09-12", body_first=first, body_last=last,
        absent=["Uusi liikuntakeskus rakennettaisiin Kaukovainiolle.", "Lue myös: Oulun uusi kirjasto avautuu keväällä",
                "Raatin uimahalli on palvellut oululaisia lähes kuusikymmentä vuotta.", "Kärpät voitti kauden avausottelun",
                "Tilaa viikon tärkeimmät uutiset sähköpostiisi joka perjantai.", "Käytämme evästeitä sisällön ja mainonnan mittaamiseen."],
        notes="AMP page (html ⚡, amp-img, amp-consent, amp-sidebar). Dates 'julkaistu 12.9.2024 klo 7.05' / 'päivitetty ... klo 9.41' (Finnish "
              "day.month without zero padding, 'klo' with dot time) plus matching <time> and JSON-LD. 'Lue myös' embed inside body is not body."))


# 12 ------------------------------------------------------------- tr, ad-heavy portal
def p12():
    name = "tr_haber_portali"
    url = "https://www.egehaberhatti.example/izmir/izmirde-metro-seferleri-yeniden-duzenlendi-haberi-418822"
    title = "İzmir'de metro seferleri yeniden düzenlendi: Yoğun saatlerde 4 dakikada bir"
    h1 = "İzmir'de metro seferleri yeniden\u200b düzenlendi: Yoğun saatlerde 4 dakikada bir"
    first = "İzmir Metro AŞ, pazartesi gününden itibaren geçerli olacak yeni sefer tarifesini açıkladı."
    last = "Yeni tarifeye ilişkin ayrıntılı bilgiye şirketin internet sitesi ve mobil uygulaması üzerinden ulaşılabiliyor."
    ps = [first + " Buna göre sabah 07.00–09.30 ve akşam 17.00–19.30 saatleri arasında trenler 4 dakikada bir hareket edecek.",
          "Şirketten yapılan açıklamada, düzenlemenin özellikle Evka 3 ile Fahrettin Altay arasındaki hatta artan yolcu yoğunluğu nedeniyle yapıldığı belirtildi. Hafta sonları ise sefer aralığı 7 dakika olarak uygulanacak.",
          "Yolcu derneklerinden bazı temsilciler kararı olumlu karşılarken, gece seferlerinin saat 00.30'da sona ermesinin yeterli olmadığını dile getirdi.",
          "Metro AŞ yetkilileri, yaz aylarında gece seferlerinin uzatılmasının değerlendirileceğini söyledi. " + last]
    ad = lambda n: f'<div class="ad-slot" id="div-gpt-ad-{n}"><span class="ad-label">REKLAM</span></div>'
    body = f"""<body class="detail-page">
<div class="kvkk-bar"><p>Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası sayfamızı inceleyebilirsiniz.</p><a href="#" class="kvkk-close">Tamam</a></div>
{ad("masthead")}
<div class="top-strip"><span class="doviz">USD 34,92 · EUR 36,15 · ALTIN 2.988</span> <span class="hava">İzmir 14°</span></div>
<header class="site-header"><a class="logo" href="/">Ege Haber Hattı</a><nav class="main-nav">{ul(["Son Dakika","Gündem","İzmir","Ekonomi","Spor","Magazin","Sağlık","Yaşam","Video","Foto Galeri","Yazarlar"],"nav-list")}</nav></header>
<div class="breaking"><span>SON DAKİKA</span> <a href="#">Bornova'da iş yerinde yangın: Ekipler müdahale ediyor</a></div>
<div class="container"><div class="breadcrumb"><a href="/">Ana Sayfa</a> / <a href="/izmir">İzmir</a> / <span>Haber</span></div>
<div class="row"><div class="col-main"><article class="news-detail">
<h1 class="news-title">{esc(h1)}</h1>
<h2 class="news-spot">Yeni tarife pazartesi başlıyor. Hafta sonu sefer aralığı 7 dakika olacak.</h2>
<div class="news-info"><span class="source">Kaynak: Ege Haber Hattı</span> <span class="date">14 Şubat 2025 Cuma 09:30</span> <span class="upd">Güncelleme: 14.02.2025 11:02</span></div>
{ad("inarticle-1")}
<div class="news-image"><img src="/uploads/2025/02/izmir-metro.jpg" alt="İzmir metro"><span class="img-caption">Fahrettin Altay istasyonu (Arşiv)</span></div>
<div class="news-content" property="articleBody">
<p>{ps[0]}</p>
{ad("inarticle-2")}
<p>{ps[1]}</p>
<div class="ilgili-haber"><b>İLGİLİ HABER:</b> <a href="#">İzmir'de toplu ulaşıma yüzde 30 zam</a></div>
<p>{ps[2]}</p>
{ad("inarticle-3")}
<p>{ps[3]}</p>
</div>
<div class="tags"><a href="#">metro</a> <a href="#">izmir</a> <a href="#">ulaşım</a></div>
<div class="share-buttons"><a href="#">Facebook'ta Paylaş</a> <a href="#">X'te Paylaş</a> <a href="#">WhatsApp</a></div>
<div class="comments"><h3>Yorumlar (2)</h3>
<div class="comment"><b>Ahmet K.</b> <span class="c-date">14.02.2025 10:12</span><p>Gece seferleri de uzatılsın artık.</p></div>
<div class="comment"><b>Selin</b> <span class="c-date">14.02.2025 12:40</span><p>Sabahları hâlâ çok kalabalık.</p></div></div>
</article>
<div class="next-news"><h3>Sıradaki Haber</h3><a href="#">Karşıyaka'da yeni kent parkı hizmete açıldı</a> <span>13 Şubat 2025</span></div></div>
<aside class="col-side">{ad("sidebar-1")}<div class="widget"><h3>Çok Okunanlar</h3>{ul(["Kemeraltı'nda restorasyon çalışmaları tamamlandı","Göztepe'de teknik direktör değişikliği","Ege'de kar yağışı uyarısı","Çeşme'de turizm sezonu erken açılıyor"],"most-read")}</div>
<div class="widget namaz"><h3>Namaz Vakitleri</h3><p>İmsak 06:12 · Akşam 18:27</p></div></aside></div></div>
<footer class="site-footer">{ul(["Künye","İletişim","Gizlilik Politikası","Çerez Politikası","KVKK","RSS"],"footer-nav")}<p>© 2025 Ege Haber Hattı. Tüm hakları saklıdır. Haberlerin kaynak gösterilmeden kullanılması yasaktır.</p></footer>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</body>"""
    head = "\n".join([og(url, "İzmir metro yeni sefer saatleri 2025 - Son dakika İzmir haberleri", "Ege Haber Hattı"),
                      '<meta name="datePublished" content="2025-02-14T09:30:00+03:00">', '<meta name="dateModified" content="2025-02-14T11:02:00+03:00">'])
    doc = document(name, "tr", "İzmir metro yeni sefer saatleri 2025 - Son dakika İzmir haberleri | Ege Haber Hattı", head, body, "ehh")
    register(name, doc, dict(url=url, language="tr", title=title, published="2025-02-14", body_first=first, body_last=last,
        absent=["Yeni tarife pazartesi başlıyor.", "İLGİLİ HABER:", "Gece seferleri de uzatılsın artık.", "Karşıyaka'da yeni kent parkı hizmete açıldı",
                "Bornova'da iş yerinde yangın: Ekipler müdahale ediyor", "Fahrettin Altay istasyonu (Arşiv)"],
        notes="Ad-heavy Turkish portal: ad slots between paragraphs, 'İLGİLİ HABER' inline related link inside body, breaking-news ticker. "
              "h1 contains a zero-width space (expected title without it). SEO og:title/<title> differ from headline. Visible date "
              "'14 Şubat 2025 Cuma 09:30' plus meta name=datePublished; comments and next-news with other dates."))


# 13 ------------------------------------------------------------- id, WordPress news with 'Baca juga'
def p13():
    name = "id_wordpress_berita"
    url = "https://www.kabarnusantara.example/daerah/d-7731204/banjir-rob-rendam-pesisir-semarang"
    title = "Banjir Rob Rendam Pesisir Semarang, Ratusan Warga Mengungsi"
    first = "Banjir rob kembali merendam sejumlah permukiman di pesisir utara Kota Semarang, Jawa Tengah, pada Kamis (16/1/2025) sore."
    last = "Warga diimbau tetap waspada dan segera melapor ke posko terdekat jika membutuhkan bantuan."
    ps = [first + " Ketinggian air di beberapa titik mencapai 70 sentimeter.",
          "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Semarang mengatakan, sedikitnya 340 warga dari Kelurahan Tambak Lorok dan Bandarharjo terpaksa mengungsi ke balai kelurahan dan masjid terdekat.",
          "\"Air mulai naik sekitar pukul 15.00 WIB dan terus meningkat hingga magrib. Kami sudah mendirikan dapur umum untuk para pengungsi,\" ujarnya saat ditemui di lokasi.",
          "Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), fenomena pasang maksimum air laut diperkirakan masih akan terjadi hingga Minggu (19/1/2025). Kondisi ini diperparah oleh penurunan muka tanah di kawasan pesisir yang mencapai 10 sentimeter per tahun.",
          "Pemerintah kota telah mengerahkan 12 pompa portabel untuk mempercepat surutnya genangan. " + last]
    body = f"""<body class="single single-post">
<div id="gdpr-cookie" class="cookie-notice"><p>Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.</p><button>Setuju</button></div>
<header id="masthead" class="site-header"><div class="header-top"><span class="tanggal">Jumat, 17 Januari 2025</span> <a href="/indeks/">Indeks Berita</a></div>
<div class="site-branding"><a href="/" rel="home" class="custom-logo-link">KabarNusantara</a></div>
<nav id="site-navigation" class="main-navigation">{ul(["Home","Nasional","Daerah","Ekonomi","Internasional","Olahraga","Otomotif","Tekno","Hiburan","Indeks"],"menu","menu-item")}</nav></header>
<div id="content" class="site-content"><div class="breadcrumbs"><a href="/">Home</a> » <a href="/daerah/">Daerah</a> » <span>Jawa Tengah</span></div>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-7731204" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="byline">Dimas Pratama - kabarnusantara</span><span class="posted-on"><time class="entry-date published">Kamis, 16 Jan 2025 20:15 WIB</time></span></div></header>
<div class="post-thumbnail"><figure class="wp-caption"><img src="/wp-content/uploads/2025/01/rob-semarang.jpg" alt=""><figcaption class="wp-caption-text">Warga melintasi genangan rob di Tambak Lorok, Semarang. (Foto: Dimas Pratama/kabarnusantara)</figcaption></figure></div>
<div class="entry-content">
<p><strong>Semarang</strong> - {ps[0]}</p>
<p>{ps[1]}</p>
<p class="baca-juga"><strong>Baca juga:</strong> <a href="#">Tanggul Laut Semarang-Demak Ditargetkan Rampung 2026</a></p>
<p>{ps[2]}</p>
<p>{ps[3]}</p>
<p class="baca-juga"><strong>Baca juga:</strong> <a href="#">BMKG: Waspada Gelombang Tinggi di Laut Jawa Sepekan ke Depan</a></p>
<p>{ps[4]}</p>
<p class="editor">(dmp/ams)</p>
</div>
<footer class="entry-footer"><span class="tags-links">Tag: <a href="#">banjir rob</a>, <a href="#">semarang</a>, <a href="#">bpbd</a></span>
<div class="share">Bagikan: <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Telegram</a></div></footer>
</article>
<div class="related-posts"><h3>Berita Terkait</h3>{ul(["Rob Setinggi Lutut Genangi Pelabuhan Tanjung Emas","Warga Pekalongan Keluhkan Banjir yang Tak Kunjung Surut","Pemkot Semarang Siapkan Rp 20 Miliar untuk Normalisasi Sungai"],"related-list")}</div>
<div id="comments" class="comments-area"><h3 class="comments-title">Komentar</h3><p class="no-comments">Belum ada komentar. Jadilah yang pertama berkomentar!</p></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Terpopuler</h2>{ul(["Harga Beras Naik Jelang Ramadan","Jadwal KRL Solo-Jogja Berubah Mulai Februari","Timnas U-20 Kalahkan Vietnam 2-1","Gempa M 5,2 Guncang Selatan Jawa"],"popular-list")}</section></aside></div>
<footer id="colophon" class="site-footer">{ul(["Redaksi","Pedoman Media Siber","Kontak","Karir","Disclaimer"],"footer-menu")}<p class="copyright">Copyright © 2025 KabarNusantara. All rights reserved.</p></footer>
<script src="/wp-content/themes/kabar/js/main.js?ver=2.1"></script>
</body>"""
    head = "\n".join(['<meta name="generator" content="WordPress 6.5.5">', og(url, title + " - KabarNusantara", "KabarNusantara"),
                      '<meta name="publishdate" content="2025/01/16 20:15:03">'])
    doc = document(name, "id", title + " - KabarNusantara", head, body, "kn")
    register(name, doc, dict(url=url, language="id", title=title, published="2025-01-16", body_first=first, body_last=last,
        absent=["Tanggul Laut Semarang-Demak Ditargetkan Rampung 2026", "Warga melintasi genangan rob di Tambak Lorok, Semarang.",
                "Rob Setinggi Lutut Genangi Pelabuhan Tanjung Emas", "Belum ada komentar. Jadilah yang pertama berkomentar!", "Jumat, 17 Januari 2025",
                "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."],
        notes="Indonesian WordPress news theme (detik-like). Dateline '<strong>Semarang</strong> - ' excluded. Two 'Baca juga:' paragraphs inside "
              "entry-content are related links, not body; editor initials '(dmp/ams)' are a sign-off. Visible date 'Kamis, 16 Jan 2025 20:15 WIB' "
              "and meta publishdate '2025/01/16 20:15:03'; header shows crawl date 'Jumat, 17 Januari 2025'."))


# 14 ------------------------------------------------------------- vi, near-midnight (UTC previous day)
def p14():
    name = "vi_bao_dien_tu"
    url = "https://vnthoisu.example/ha-noi-mo-them-ba-tuyen-buyt-dien-noi-san-bay-noi-bai-4823310.html"
    title = "Hà Nội mở thêm ba tuyến buýt điện nối sân bay Nội Bài"
    first = "Từ ngày 15/12, ba tuyến xe buýt điện mới sẽ kết nối sân bay Nội Bài với khu vực Cầu Giấy, Long Biên và Hà Đông, với tần suất 15-20 phút mỗi chuyến."
    last = "Hành khách có thể thanh toán bằng thẻ vé điện tử hoặc quét mã QR ngay trên xe."
    ps = [first,
          "Theo Sở Giao thông Vận tải Hà Nội, các tuyến mới có tổng chiều dài gần 110 km, sử dụng 54 xe buýt điện thân thiện với môi trường. Giá vé lượt dự kiến từ 9.000 đến 15.000 đồng tùy quãng đường.",
          "Ông Nguyễn Văn Hùng, đại diện đơn vị vận hành, cho biết xe được trang bị wifi, cổng sạc điện thoại và khu vực để hành lý. \"Chúng tôi kỳ vọng các tuyến này sẽ giảm áp lực cho taxi và xe công nghệ vào giờ cao điểm\", ông nói.",
          "Hiện Hà Nội có khoảng 150 tuyến buýt trợ giá, trong đó hơn 20 tuyến sử dụng xe điện. Thành phố đặt mục tiêu đến năm 2030 toàn bộ xe buýt mới sẽ dùng năng lượng sạch.",
          last]
    body = f"""<body>
<div class="cookie-popup"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.</p><button>Đồng ý</button></div>
<header class="header-web"><div class="container"><a class="logo" href="/">VnThờiSự</a><span class="time-now">Thứ hai, 2/12/2024</span>
<nav class="main-nav">{ul(["Mới nhất","Thời sự","Góc nhìn","Thế giới","Kinh doanh","Giải trí","Thể thao","Pháp luật","Giáo dục","Sức khỏe","Đời sống"],"parent")}</nav></div></header>
<section class="section page-detail"><div class="container flexbox"><div class="sidebar-1">
<div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul>
<span class="date">Thứ hai, 2/12/2024, 06:00 (GMT+7)</span></div>
<h1 class="title-detail">{esc(title)}</h1>
<p class="description">Ba tuyến buýt điện mới chạy từ sân bay Nội Bài vào nội thành, dự kiến vận hành từ giữa tháng 12.</p>
<article class="fck_detail">
<figure class="tplCaption"><img src="/images/2024/12/buyt-dien.jpg" alt=""><figcaption><p class="Image">Xe buýt điện chạy thử nghiệm trên đường Võ Nguyên Giáp. Ảnh: Ngọc Thành</p></figcaption></figure>
{paras(ps,"Normal")}
<p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p>
</article>
<div class="box-tinlienquan"><h3>Xem thêm</h3>{ul(["Cao tốc Bắc - Nam qua Thanh Hóa thông xe trước Tết","Hà Nội cấm xe tải vào nội đô giờ cao điểm","Metro Nhổn - ga Hà Nội chạy thêm chuyến cuối tuần"],"list-news")}</div>
<div class="box-comment"><h3>Ý kiến (3)</h3>
<div class="comment_item"><span class="nickname">Trần Hoa</span><p class="full_content">Mong có thêm tuyến đi Gia Lâm nữa.</p><span class="time-com">2/12/2024 07:14</span></div>
<div class="comment_item"><span class="nickname">Lê Quang</span><p class="full_content">Giá vé như vậy là hợp lý.</p><span class="time-com">1 giờ trước</span></div></div>
</div>
<div class="sidebar-2"><div class="box-most-read"><h3>Xem nhiều</h3>{ul(["Giá vàng hôm nay tăng mạnh","Thời tiết Hà Nội chuyển rét","Kết quả xổ số miền Bắc","Lịch nghỉ Tết Nguyên đán 2025"],"list-news")}</div>
<div class="box-newsletter"><p>Nhận bản tin sáng mỗi ngày qua email</p></div></div></div></section>
<footer class="footer"><p>Tổng biên tập: Phạm Văn Long</p><p>Giấy phép số 548/GP-BTTTT cấp ngày 24/8/2021</p>{ul(["Liên hệ","Quảng cáo","Điều khoản sử dụng","Chính sách bảo mật"],"footer-links")}<p>© Copyright 1997-2024 VnThờiSự</p></footer>
</body>"""
    head = "\n".join([og(url, title + " - VnThờiSự", "VnThờiSự"),
                      '<meta itemprop="datePublished" content="2024-12-01T23:00:00Z">',
                      '<meta name="pubdate" content="2024-12-01T23:00:00Z">',
                      jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-12-01T23:00:00Z",
                              "dateModified": "2024-12-02T01:32:00Z", "inLanguage": "vi"})])
    doc = document(name, "vi", title + " - VnThờiSự", head, body, "vn")
    register(name, doc, dict(url=url, language="vi", title=title, published="2024-12-02", body_first=first, body_last=last,
        absent=["Ba tuyến buýt điện mới chạy từ sân bay Nội Bài vào nội thành, dự kiến vận hành từ giữa tháng 12.",
                "Xe buýt điện chạy thử nghiệm trên đường Võ Nguyên Giáp.", "Mong có thêm tuyến đi Gia Lâm nữa.",
                "Hà Nội cấm xe tải vào nội đô giờ cao điểm", "Giấy phép số 548/GP-BTTTT cấp ngày 24/8/2021", "Nhận bản tin sáng mỗi ngày qua email"],
        notes="Vietnamese news (VnExpress-like). Visible 'Thứ hai, 2/12/2024, 06:00 (GMT+7)' (day/month). All machine dates are UTC "
              "2024-12-01T23:00:00Z, i.e. the previous calendar day; expected = publisher day 2024-12-02. Author name paragraph right-aligned at the "
              "end is a sign-off. Licence date 24/8/2021 and copyright range in footer."))


# 15 ------------------------------------------------------------- ja, municipal press release, Reiwa dates
def p15():
    name = "ja_shiyakusho_houdou"
    url = "https://www.city.minamikawa.example.lg.jp/soshiki/kankyo/houdou/r7/0327.html"
    title = "市内全小中学校の体育館に空調設備を整備します"
    first = "南川市は、熱中症対策と災害時の避難所機能の強化を目的として、市内の全小中学校42校の体育館に空調設備を整備します。"
    last = "整備の進捗状況は、市ホームページで随時お知らせします。"
    ps = [first + "令和7年度から3か年で順次工事を行い、令和9年度中の完了を目指します。",
          "近年、夏季の気温上昇により、体育館での授業や部活動を中止・短縮する事例が増えています。また、体育館は大規模災害時に避難所として使用されることから、空調の整備が課題となっていました。",
          "事業費は約38億円を見込んでおり、国の交付金や緊急防災・減災事業債を活用します。工事は授業への影響を抑えるため、主に夏休み期間に実施します。",
          "初年度は、避難所としての利用が多い中学校14校を優先して整備します。",
          last]
    body = f"""<body>
<div id="tmp_wrapper">
<noscript><p>このサイトではJavaScriptを使用したコンテンツ・機能を提供しています。</p></noscript>
<div id="tmp_cookie"><p>本サイトでは、利便性向上のためクッキー（Cookie）を使用しています。</p><button>同意する</button></div>
<div id="tmp_header"><div class="container"><div id="tmp_hlogo"><p><a href="/"><span>南川市</span></a></p></div>
<ul id="tmp_hnavi_s"><li><a href="/moji.html">文字サイズ・色合い変更</a></li><li><a href="/foreign/">Foreign Language</a></li><li><a href="/sitemap.html">サイトマップ</a></li></ul>
<div id="tmp_search"><form action="/search/"><input type="text" name="q" title="サイト内検索"><button>検索</button></form></div></div>
<div id="tmp_gnavi">{ul(["くらし・手続き","子育て・教育","健康・福祉","観光・文化","事業者向け","市政情報"],"gnavi")}</div></div>
<div id="tmp_pankuzu"><p><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/houdou/">報道発表資料</a> &gt; <a href="/shisei/houdou/r7/">令和7年度</a></p></div>
<div id="tmp_wrap_main" class="column_lnavi"><div id="tmp_main"><div class="wrap_col_main"><div class="col_main">
<p id="tmp_print"><a href="javascript:void(0);" onclick="print();">印刷用ページを表示する</a></p>
<p id="tmp_update">掲載日：令和7年3月27日更新</p>
<div id="tmp_contents">
<div class="houdou_label">報道発表資料</div>
<h1>{esc(title)}</h1>
<p class="houdou_date">令和7年3月27日<br>南川市教育委員会<br>教育施設課</p>
<h2>概要</h2>
<p>{ps[0]}</p>
<h2>背景</h2>
<p>{ps[1]}</p>
<h2>事業の内容</h2>
<p>{ps[2]}</p>
<table class="datatable"><caption>整備計画</caption><tr><th>年度</th><th>対象</th></tr><tr><td>令和7年度</td><td>中学校14校</td></tr><tr><td>令和8年度</td><td>小学校14校</td></tr><tr><td>令和9年度</td><td>小学校14校</td></tr></table>
<p>{ps[3]}</p>
<p>{ps[4]}</p>
<div class="box_faq"><h2>お問い合わせ</h2><p>教育委員会 教育施設課 施設整備係<br>電話番号：0123-45-6789　ファクス番号：0123-45-6790</p></div>
</div>
<div id="tmp_inquiry"><div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div><div id="tmp_inquiry_cnt"><p>教育委員会 教育施設課</p><p>〒999-0001 南川市本町1丁目1番1号</p></div></div>
<div id="tmp_feedback"><p>このページの情報は役に立ちましたか？</p><button>役に立った</button><button>役に立たなかった</button></div>
</div></div></div>
<div id="tmp_lnavi"><div id="tmp_lnavi_ttl"><p>報道発表資料（令和7年度）</p></div>{ul(["令和7年4月1日　新たな子育て応援アプリの配信を開始します","令和7年3月26日　南川さくらまつりを開催します","令和7年3月25日　市役所本庁舎の窓口時間が変わります"],"lnavi")}</div></div></div>
<div id="tmp_footer"><div class="container"><p>南川市役所　〒999-0001 南川市本町1丁目1番1号　電話：0123-45-1111（代表）</p><p>開庁時間：午前8時30分から午後5時15分まで（土曜日・日曜日・祝日・年末年始を除く）</p>
{ul(["このサイトについて","個人情報の取り扱い","ウェブアクセシビリティ","リンク集"],"fnavi")}<p lang="en">Copyright © Minamikawa City. All Rights Reserved.</p></div></div></div>
</body>"""
    head = '<meta name="keywords" content="報道発表,体育館,空調">\n<meta name="description" content="南川市の報道発表資料です。">'
    doc = document(name, "ja", "市内全小中学校の体育館に空調設備を整備します - 南川市ホームページ", head, body, "tmp")
    register(name, doc, dict(url=url, language="ja", title=title, published="2025-03-27", body_first=first, body_last=last,
        absent=["掲載日：令和7年3月27日更新", "このページの情報は役に立ちましたか？", "教育委員会 教育施設課 施設整備係",
                "本サイトでは、利便性向上のためクッキー（Cookie）を使用しています。", "令和7年3月26日　南川さくらまつりを開催します", "印刷用ページを表示する"],
        notes="Japanese municipal site (typical CMS-8341-style tmp_* ids). Only Japanese-era dates: '掲載日：令和7年3月27日更新' and the release date "
              "'令和7年3月27日' (Reiwa 7 = 2025). No machine-readable date. Body is split by h2 sub-headings (概要/背景/事業の内容) and contains a table; "
              "inquiry box after body. Side navigation lists other releases with era dates. body_first is the first sentence (ends with 。)."))


# 16 ------------------------------------------------------------- zh, government portal
def p16():
    name = "zh_zhengfu_menhu"
    url = "https://www.qingshan.gov.example/zwgk/gzdt/bmdt/202410/t20241030_5521873.html"
    title = "我市启动秋冬季大气污染综合治理攻坚行动"
    first = "10月30日，市生态环境局召开新闻发布会，宣布正式启动2024—2025年秋冬季大气污染综合治理攻坚行动。"
    last = "市生态环境局提醒广大市民，如发现露天焚烧、工地扬尘等问题，可拨打12345热线进行举报。"
    ps = [first,
          "据介绍，本次攻坚行动将持续至2025年3月底，重点围绕工业企业深度治理、柴油货车污染管控、扬尘精细化管理和秸秆综合利用四个方面展开。",
          "行动期间，全市将对87家重点涉气企业实施差异化管控，对施工工地严格落实“六个百分之百”要求，并在主要道路增加机械化清扫频次。",
          "市生态环境局有关负责人表示，今年1至9月，全市PM2.5平均浓度为34微克/立方米，同比下降5.6%，但秋冬季仍是污染高发期，防控形势依然严峻。",
          last]
    body = f"""<body>
<div class="top"><div class="w1200"><span>欢迎访问青山市人民政府门户网站</span><span class="fr"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">繁體</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="青山市人民政府"></a><div class="search"><input type="text" placeholder="请输入关键字"><a href="#">搜索</a></div></div></div>
<div class="nav"><div class="w1200">{ul(["首页","政务公开","政务服务","互动交流","走进青山","专题专栏"],"navlist")}</div></div>
<div class="w1200 main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzdt/">工作动态</a> &gt; <a href="/zwgk/gzdt/bmdt/">部门动态</a></div>
<div class="article">
<div class="article-title">{esc(title)}</div>
<div class="article-info"><span>发布时间：2024-10-30 17:45</span><span>来源：市生态环境局</span><span>浏览次数：<em id="hits">1286</em></span>
<span class="font-size">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="article-content TRS_Editor" id="zoom">
<div class="TRS_Editor">
{paras(ps)}
</div></div>
<div class="article-foot"><p class="editor">（责任编辑：王晓丽）</p>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div></div>
<div class="xgwz"><h3>相关文章</h3><ul><li><a href="#">市生态环境局开展夏季臭氧污染防治专项检查</a><span>2024-07-15</span></li><li><a href="#">我市空气质量优良天数比例同比提升</a><span>2024-06-05</span></li><li><a href="#">关于做好秸秆禁烧工作的通知</a><span>2024-09-20</span></li></ul></div>
</div></div>
<div class="footer"><div class="w1200">{ul(["网站地图","联系我们","隐私声明","网站纠错"],"flinks")}
<p>主办单位：青山市人民政府办公室　承办单位：青山市大数据中心</p><p>网站标识码：1234000001　<a href="#">某ICP备12345678号</a>　<a href="#">某公网安备 12340202000123号</a></p></div></div>
<script>var _trs_uv_=1;document.getElementById('hits').innerHTML='1286';</script>
</body>"""
    head = "\n".join(['<meta name="SiteName" content="青山市人民政府">', '<meta name="SiteDomain" content="www.qingshan.gov.example">',
                      '<meta name="SiteIDCode" content="1234000001">', '<meta name="ColumnName" content="部门动态">', f'<meta name="ArticleTitle" content="{title}">',
                      '<meta name="PubDate" content="2024-10-30 17:45">', '<meta name="ContentSource" content="市生态环境局">',
                      '<meta http-equiv="X-UA-Compatible" content="IE=edge">'])
    doc = document(name, "zh-CN", "我市启动秋冬季大气污染综合治理攻坚行动_部门动态_青山市人民政府", head, body, "gov")
    register(name, doc, dict(url=url, language="zh", title=title, published="2024-10-30", body_first=first, body_last=last,
        absent=["（责任编辑：王晓丽）", "市生态环境局开展夏季臭氧污染防治专项检查", "欢迎访问青山市人民政府门户网站", "【打印本页】",
                "主办单位：青山市人民政府办公室"],
        notes="Chinese government portal (TRS CMS style): headline in div.article-title (no h1), <title> has '_栏目_站名' suffix. "
              "Chinese gov meta tags (PubDate '2024-10-30 17:45', ArticleTitle). Visible '发布时间：2024-10-30 17:45' year-first. "
              "Responsible-editor line, print/close links, related articles with other dates."))


# 17 ------------------------------------------------------------- ko, headline split by <br>, UTC previous day
def p17():
    name = "ko_news_br_title"
    url = "https://news.hanbitilbo.example/article/2024071800201"
    title = "장마 끝나자 폭염 시작… 서울 올해 첫 폭염경보"
    first = "서울에 올해 첫 폭염경보가 내려졌다."
    last = "기상청은 다음 주 초반까지 무더위가 이어질 것으로 내다봤다."
    ps = [first,
          "기상청은 18일 오전 10시를 기해 서울 동남·동북권에 발효 중이던 폭염주의보를 폭염경보로 강화한다고 밝혔다. 폭염경보는 하루 최고 체감온도 35도 이상인 상태가 이틀 이상 계속될 것으로 예상될 때 내려진다.",
          "이날 서울의 낮 최고기온은 34도까지 오를 것으로 예보됐다. 습도가 높아 체감온도는 이보다 1∼2도가량 높을 전망이다.",
          "서울시는 무더위 쉼터 4천여 곳의 운영 시간을 오후 9시까지 연장하고, 폭염 취약계층 안부 확인을 강화하기로 했다.",
          "기상청 관계자는 “한낮에는 야외 활동을 자제하고 충분한 물을 마셔야 한다”고 당부했다. " + last]
    body = f"""<body>
<div id="cookieConsent" class="consent"><p>본 사이트는 서비스 개선을 위해 쿠키를 사용합니다.</p><button>확인</button></div>
<header class="gnb_wrap"><div class="inner"><h1 class="logo"><a href="/">한빛일보</a></h1>
<nav class="gnb">{ul(["정치","경제","사회","국제","문화","스포츠","오피니언","포토","전국"],"gnb_list")}</nav>
<div class="util"><a href="#">로그인</a> <a href="#">구독신청</a></div></div></header>
<div class="container"><div class="article_head">
<div class="location"><a href="/society/">사회</a> &gt; <a href="/society/weather/">날씨</a></div>
<h2 class="tit_view">장마 끝나자 폭염 시작…<br>서울 올해 첫 폭염경보</h2>
<div class="info_view"><span class="txt_info">이지은 기자</span> <span class="txt_info">입력 2024.07.18. 00:20</span> <span class="txt_info">수정 2024.07.18. 09:10</span>
<span class="tool"><button>글씨크기</button><button>인쇄</button><button>공유</button></span></div></div>
<div class="article_view"><section itemprop="articleBody" class="news_view">
<figure class="photo"><img src="/photo/2024/07/18/heat.jpg" alt=""><figcaption>17일 오후 서울 광화문광장 분수대에서 어린이들이 물놀이를 하고 있다. 연합뉴스</figcaption></figure>
{paras(ps)}
<p class="byline">이지은 기자 jieun@hanbitilbo.example</p>
<p class="copyright">ⓒ 한빛일보, 무단 전재 및 재배포 금지</p>
</section>
<div class="reaction"><span>좋아요 128</span> <span>슬퍼요 3</span> <span>화나요 9</span></div>
<div class="relation_news"><strong>관련 기사</strong>{ul(["온열질환자 벌써 500명 넘어… 작년보다 빨라","전력 수요 역대 최고치 경신 전망","제주 첫 열대야… 밤에도 25도 웃돌아"],"list_relation")}</div>
<div class="cmt_area"><strong>댓글 5</strong><div class="cmt"><span class="name">sky***</span> <span class="date">2024.07.18 07:41</span><p>벌써부터 이러면 8월은 어떻게 버티나요</p></div></div></div>
<aside class="aside"><div class="box_rank"><h3>많이 본 뉴스</h3><ol>{''.join(f'<li><a href="#">{t}</a></li>' for t in ["금리 인하 기대감에 코스피 반등","수도권 아파트 거래량 석 달째 증가","국가대표 선발전 결과 발표"])}</ol></div></aside></div>
<footer class="footer"><p>서울특별시 중구 세종대로 000 · 등록번호 서울 아00000 · 발행인 김한빛 · 편집인 박서준</p>{ul(["회사소개","광고안내","고충처리인","개인정보처리방침","청소년보호정책"],"f_menu")}<p>Copyright © 한빛일보. All rights reserved.</p></footer>
</body>"""
    head = "\n".join([og(url, "장마 끝나자 폭염 시작… 서울 올해 첫 폭염경보 | 한빛일보", "한빛일보", extra={"article:published_time": "2024-07-17T15:20:00Z"}),
                      jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "장마 끝나자 폭염 시작… 서울 올해 첫 폭염경보",
                              "datePublished": "2024-07-17T15:20:00Z", "dateModified": "2024-07-18T00:10:00Z"})])
    doc = document(name, "ko", "장마 끝나자 폭염 시작… 서울 올해 첫 폭염경보 | 한빛일보", head, body, "hb")
    register(name, doc, dict(url=url, language="ko", title=title, published="2024-07-18", body_first=first, body_last=last,
        absent=["17일 오후 서울 광화문광장 분수대에서 어린이들이 물놀이를 하고 있다.", "ⓒ 한빛일보, 무단 전재 및 재배포 금지", "이지은 기자 jieun@hanbitilbo.example",
                "온열질환자 벌써 500명 넘어… 작년보다 빨라", "벌써부터 이러면 8월은 어떻게 버티나요", "본 사이트는 서비스 개선을 위해 쿠키를 사용합니다."],
        notes="Korean daily: the only h1 is the site logo; the headline is h2.tit_view split by <br> ('…<br>서울'), expected joined with one space. "
              "Visible '입력 2024.07.18. 00:20' KST (year-first) while article:published_time and JSON-LD are 2024-07-17T15:20:00Z (UTC, previous day): "
              "expected 2024-07-18. Byline/email and copyright lines inside articleBody are sign-offs."))


# 18 ------------------------------------------------------------- ar, RTL newswire, Arabic-Indic digits
def p18():
    name = "ar_wakala_anba"
    url = "https://www.wakalat-alkhaleej.example/ar/news/economy/2024/11/10/new-container-berth-eastern-port"
    title = "هيئة الموانئ تعلن افتتاح رصيف جديد للحاويات بطاقة مليوني حاوية سنوياً"
    first = "أعلنت هيئة الموانئ اليوم افتتاح رصيف جديد للحاويات في ميناء الساحل الشرقي بطاقة استيعابية تبلغ مليوني حاوية نمطية سنوياً، في إطار خطتها لتعزيز مكانة الميناء مركزاً إقليمياً للتجارة والخدمات اللوجستية."
    last = "وأكدت الهيئة أن الرصيف سيبدأ استقبال أولى السفن التجارية مطلع الشهر المقبل."
    ps = [first,
          "وقال رئيس الهيئة في كلمة خلال حفل الافتتاح إن المشروع نُفذ على مدى ثلاثين شهراً باستثمارات بلغت نحو ١٫٢ مليار دولار، ويضم ثماني رافعات جسرية تعمل بالطاقة الكهربائية.",
          "وأضاف أن الرصيف الجديد يتيح استقبال أكبر سفن الحاويات في العالم بغاطس يصل إلى ثمانية عشر متراً، ما يسهم في خفض زمن انتظار السفن بنسبة تصل إلى أربعين في المئة.",
          "ويأتي المشروع ضمن برنامج تطوير البنية التحتية للنقل البحري الذي يشمل أيضاً توسعة المنطقة اللوجستية المجاورة وربطها بشبكة السكك الحديدية.",
          last]
    body = f"""<body class="rtl">
<div class="cookies-bar"><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح.</p><button>موافق</button></div>
<header class="site-header"><div class="top-bar"><span class="today">الأحد ١٠ نوفمبر ٢٠٢٤ م - ٨ جمادى الأولى ١٤٤٦ هـ</span> <a href="/en/">English</a> <a href="/fr/">Français</a></div>
<a class="logo" href="/ar/">وكالة أنباء الخليج</a>
<nav class="main-menu">{ul(["الرئيسية","محليات","اقتصاد","دولي","رياضة","ثقافة","صور","فيديو","بيانات صحفية"],"menu")}</nav></header>
<div class="ticker"><strong>عاجل:</strong> <span>مجلس الوزراء يعقد جلسته الأسبوعية برئاسة ولي العهد</span></div>
<main class="container"><div class="breadcrumb"><a href="/ar/">الرئيسية</a> / <a href="/ar/news/economy/">اقتصاد</a></div>
<article class="news-item">
<h1 class="news-title">{esc(title)}</h1>
<div class="news-meta"><span class="city">الدمام</span> <span class="date">الأحد ١٠ نوفمبر ٢٠٢٤ - ١١:٣٥ ص</span> <span class="cat">اقتصاد</span></div>
<figure class="news-image"><img src="/media/2024/11/port.jpg" alt=""><figcaption>رافعات جسرية على الرصيف الجديد في ميناء الساحل الشرقي</figcaption></figure>
<div class="news-body">
<p><strong>الدمام ١٠ نوفمبر (واخ) –</strong> {ps[0]}</p>
{paras(ps[1:])}
<p class="end">(انتهى)</p>
<p class="code">ع ر / م ح</p>
</div>
<div class="share-bar"><span>شارك الخبر:</span> <a href="#">واتساب</a> <a href="#">إكس</a> <a href="#">فيسبوك</a> <a href="#">نسخ الرابط</a></div>
</article>
<section class="related"><h2>أخبار ذات صلة</h2>
<div class="rel-item"><a href="#">ارتفاع حجم المناولة في الموانئ بنسبة ١٢٪ خلال الربع الثالث</a><span>٠٥ نوفمبر ٢٠٢٤</span></div>
<div class="rel-item"><a href="#">توقيع اتفاقية لإنشاء منطقة لوجستية متكاملة</a><span>٢٨ أكتوبر ٢٠٢٤</span></div>
<div class="rel-item"><a href="#">الخطوط الملاحية تضيف ثلاث خدمات جديدة</a><span>١٩ أكتوبر ٢٠٢٤</span></div></section>
<aside class="most-read"><h2>الأكثر قراءة</h2>{ul(["أسعار النفط تستقر قرب ٧٥ دولاراً","إطلاق منصة رقمية لخدمات المستثمرين","افتتاح معرض الكتاب الدولي الأسبوع المقبل"],"list")}</aside></main>
<footer class="site-footer"><div class="newsletter"><p>اشترك في النشرة الإخبارية اليومية</p><input type="email" placeholder="البريد الإلكتروني"></div>
{ul(["من نحن","اتصل بنا","سياسة الخصوصية","شروط الاستخدام","خريطة الموقع"],"footer-links")}<p>جميع الحقوق محفوظة © ٢٠٢٤ وكالة أنباء الخليج</p></footer>
</body>"""
    head = "\n".join([og(url, "هيئة الموانئ تفتتح رصيفاً جديداً للحاويات - وكالة أنباء الخليج", "وكالة أنباء الخليج"),
                      '<meta name="description" content="افتتاح رصيف جديد للحاويات بطاقة مليوني حاوية سنوياً">'])
    doc = document(name, "ar", "هيئة الموانئ تفتتح رصيفاً جديداً للحاويات - وكالة أنباء الخليج", head, body, "wam", dir_="rtl")
    register(name, doc, dict(url=url, language="ar", title=title, published="2024-11-10", body_first=first, body_last=last,
        absent=["رافعات جسرية على الرصيف الجديد في ميناء الساحل الشرقي", "(انتهى)", "مجلس الوزراء يعقد جلسته الأسبوعية برئاسة ولي العهد",
                "ارتفاع حجم المناولة في الموانئ بنسبة ١٢٪ خلال الربع الثالث", "اشترك في النشرة الإخبارية اليومية"],
        notes="Arabic RTL news agency. All dates in Arabic-Indic digits: 'الأحد ١٠ نوفمبر ٢٠٢٤ - ١١:٣٥ ص', plus Hijri date in the top bar "
              "('٨ جمادى الأولى ١٤٤٦ هـ'); no machine-readable date. Dateline 'الدمام ١٠ نوفمبر (واخ) –' excluded; '(انتهى)' and editor codes "
              "are end-of-wire markers, not body. og:title is a shorter paraphrase."))


# 19 ------------------------------------------------------------- he, two-digit year
def p19():
    name = "he_news_site"
    url = "https://www.yedion-hadarom.example/articles/0,7340,L-6640218,00.html"
    title = "בעקבות הגשמים: נחל הבשור זרם לראשונה מזה שלוש שנים"
    first = "הגשמים העזים שירדו בסוף השבוע בנגב הובילו לשיטפון בנחל הבשור, שזרם אמש לראשונה מזה שלוש שנים."
    last = "ברשות הטבע והגנים ממליצים להגיע לצפות בזרימה רק מנקודות התצפית המסומנות."
    ps = [first + " מאות מטיילים הגיעו לגדות הנחל כדי לצפות במים הזורמים.",
          "לפי נתוני השירות ההידרולוגי, ספיקת השיא בנחל הגיעה ל־120 מטר מעוקב לשנייה, והמים הגיעו עד לאזור החוף בצפון רצועת עזה.",
          "במשטרה ובכוחות ההצלה הזהירו מפני כניסה לאפיקי נחלים ומעבר בכבישים מוצפים. בשני מקרים נדרשו כוחות חילוץ לחלץ רכבים שנתקעו במים באזור אשכול.",
          "החקלאים באזור מסרו כי הגשם הגיע בעיתוי טוב לגידולי החורף, אך בכמה שדות נגרמו נזקים לתשתיות ההשקיה.",
          last]
    body = f"""<body dir="rtl">
<div class="cookie-notice"><p>אתר זה עושה שימוש בעוגיות לצורך שיפור חוויית הגלישה.</p><button>אישור</button></div>
<header class="mainHeader"><a class="logo" href="/">ידיעות הדרום</a><nav class="mainNav">{ul(["חדשות","כלכלה","ספורט","תרבות","בריאות","באר שבע","אשדוד","אילת","דעות"],"navList")}</nav></header>
<div class="layoutContainer"><div class="mainColumn"><article class="ArticleComponent">
<div class="ArticleHeaderComponent"><div class="kicker">שיטפונות בנגב</div>
<h1 class="mainTitle">{esc(title)}</h1>
<h2 class="subTitle">מאות מטיילים נהרו לגדות הנחל. המשטרה מזהירה מכניסה לאפיקי נחלים</h2>
<div class="authorWrapper"><span class="authorName">נועה ברק</span> <span class="date">פורסם: 22.01.25, 21:40</span> <span class="date">עודכן: 23.01.25, 07:15</span></div></div>
<div class="ArticleImageComponent"><img src="/images/besor.jpg" alt=""><span class="imageCredit">נחל הבשור בזרימה, אמש (צילום: יוסי כהן)</span></div>
<div class="ArticleBodyComponent">
{paras(ps[:2],"text_editor_paragraph")}
<div class="connectedArticles"><span>עוד באתר:</span> <a href="#">התחזית: עוד גשם בדרך לדרום</a></div>
{paras(ps[2:],"text_editor_paragraph")}
</div>
<div class="shareButtons"><button>שתפו בפייסבוק</button><button>שתפו בוואטסאפ</button></div>
<div class="talkbacks"><h3>תגובות</h3><div class="talkback"><span class="num">1.</span> <b>מלכה מאופקים</b> <span>23.01.25</span><p>מראה מדהים, שווה את הנסיעה</p></div></div>
</article></div>
<aside class="sideColumn"><div class="box"><h3>הנקראות ביותר</h3>{ul(["עיריית באר שבע מאשרת תקציב שיא","מכבי ת״א ניצחה בדרבי","תור של שעות בכניסה לאילת","הסופרמרקטים הזולים בדרום"],"mostRead")}</div>
<div class="newsletterBox"><p>הרשמו לניוזלטר הבוקר של ידיעות הדרום</p></div></aside></div>
<footer class="footer">{ul(["אודות","צור קשר","תנאי שימוש","מדיניות פרטיות","הצהרת נגישות"],"footerLinks")}<p>כל הזכויות שמורות © 2025 ידיעות הדרום</p></footer>
</body>"""
    head = og(url, title, "ידיעות הדרום")
    doc = document(name, "he", title + " | ידיעות הדרום", head, body, "ynt", dir_="rtl")
    register(name, doc, dict(url=url, language="he", title=title, published="2025-01-22", body_first=first, body_last=last,
        absent=["מאות מטיילים נהרו לגדות הנחל. המשטרה מזהירה מכניסה לאפיקי נחלים", "נחל הבשור בזרימה, אמש", "התחזית: עוד גשם בדרך לדרום",
                "מראה מדהים, שווה את הנסיעה", "הרשמו לניוזלטר הבוקר של ידיעות הדרום", "עודכן: 23.01.25, 07:15"],
        notes="Hebrew RTL news (ynet-like). Dates only visible with two-digit years: 'פורסם: 22.01.25, 21:40' and 'עודכן: 23.01.25, 07:15' "
              "(day.month.yy). Kicker 'שיטפונות בנגב' above h1, h2 subtitle is standfirst, 'עוד באתר' box inside the body is a related link."))


# 20 ------------------------------------------------------------- ru, Bitrix regional
def p20():
    name = "ru_bitrix_region"
    url = "https://www.volga-vesti.example/news/society/v-samare-otkroyut-novuyu-naberezhnuyu/"
    title = "В Самаре откроют пятую очередь набережной к началу лета"
    first = "Работы на пятой очереди набережной Самары выйдут на финишную прямую в апреле, а открыть её для горожан планируют к 1 июня."
    last = "Жителей просят с пониманием отнестись к временным ограничениям движения на улице Лесной."
    ps = [first + " Об этом сообщили в областном министерстве строительства.",
          "Новый участок протяжённостью 2,4 километра соединит действующую набережную с парком имени Щорса. Здесь появятся велодорожки, спортивные площадки, амфитеатр у воды и причал для речных трамвайчиков.",
          "«Мы учли предложения, которые жители оставили на общественных обсуждениях: будет больше тени, питьевые фонтанчики и удобные спуски к пляжам», — рассказал министр строительства региона.",
          "Стоимость работ составляет около 3,7 миллиарда рублей. Сейчас строители укладывают покрытие и монтируют освещение, параллельно идёт высадка более 600 деревьев.",
          last]
    body = f"""<body>
<div id="panel"></div>
<div class="cookie-warning" id="cookie-warning"><p>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p><span class="close">×</span></div>
<div class="page-wrapper"><header class="header"><div class="header__top"><span class="header__date">Суббота, 8 марта</span> <span class="header__weather">Самара −2°</span> <span class="header__rates">USD 88,45 EUR 95,30</span></div>
<a href="/" class="header__logo">Волжские вести</a><div class="header__age">16+</div>
<nav class="header__menu">{ul(["Новости","Общество","Экономика","Происшествия","Спорт","Культура","Мнения","Спецпроекты"],"menu")}</nav></header>
<div class="content"><div class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><a href="/">Главная</a> / <a href="/news/">Новости</a> / <a href="/news/society/">Общество</a></div>
<div class="news-detail">
<div class="news-detail__top"><span class="news-detail__rubric">Общество</span> <span class="news-date-time">5 марта 2025, 23:10</span> <span class="views">👁 2 417</span></div>
<h1 class="news-detail__title">{esc(title)}</h1>
<div class="news-detail__anons">Новый участок длиной 2,4 км соединит набережную с парком имени Щорса.</div>
<div class="news-detail__picture"><img src="/upload/iblock/3f2/naberezhnaya.jpg" alt=""><div class="news-detail__picture-caption">Так будет выглядеть амфитеатр у воды. Визуализация: минстрой региона</div></div>
<div class="news-detail__text">
{paras(ps)}
</div>
<div class="news-detail__author">Текст: Ирина Соколова</div>
<div class="news-detail__tags">Теги: <a href="#">набережная</a>, <a href="#">благоустройство</a></div>
<div class="ya-share2" data-services="vkontakte,odnoklassniki,telegram,whatsapp"><span>Поделиться:</span> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
<div class="subscribe-tg"><p>Подписывайтесь на наш канал в Telegram — главные новости региона без задержек</p></div>
</div>
<div class="news-comments"><h3>Комментарии (2)</h3><div class="comment"><b>Андрей</b> <span>6 марта 2025, 08:12</span><p>Хорошо бы ещё туалеты поставить, а то на старой очереди их не хватает.</p></div></div>
<div class="news-list"><h3>Читайте также</h3><div class="news-item"><span class="news-date-time">5 марта 2025, 18:40</span> <a href="#">В Тольятти начали ремонт Южного шоссе</a></div>
<div class="news-item"><span class="news-date-time">4 марта 2025, 12:05</span> <a href="#">Самарский зоопарк объявил конкурс имён для медвежат</a></div></div></div>
<footer class="footer"><p>Сетевое издание «Волжские вести». Свидетельство о регистрации ЭЛ № ФС 77-00000 от 14.05.2019</p>{ul(["О редакции","Реклама","Контакты","Политика конфиденциальности"],"footer__menu")}<p>© 2008–2025 Волжские вести</p></footer></div>
<script>BX.setJSList(['/bitrix/js/main/core/core.js']);</script>
</body>"""
    head = "\n".join(['<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', og(url, title, "Волжские вести",
                      extra={"article:published_time": "2025-03-05T20:10:00+00:00"}),
                      '<link href="/bitrix/cache/css/s1/main/template_styles.css?17411" type="text/css" rel="stylesheet">'])
    doc = document(name, "ru", title + " — Волжские вести", head, body, "bx")
    register(name, doc, dict(url=url, language="ru", title=title, published="2025-03-05", body_first=first, body_last=last,
        absent=["Новый участок длиной 2,4 км соединит набережную с парком имени Щорса.", "Так будет выглядеть амфитеатр у воды.",
                "Текст: Ирина Соколова", "В Тольятти начали ремонт Южного шоссе", "Подписывайтесь на наш канал в Telegram",
                "Хорошо бы ещё туалеты поставить, а то на старой очереди их не хватает."],
        notes="1C-Bitrix regional news site. Visible '5 марта 2025, 23:10' (Samara time, UTC+4); article:published_time 2025-03-05T20:10:00+00:00 "
              "is the same day in UTC. Header shows crawl-day 'Суббота, 8 марта' without a year; related items and comment carry 4-6 March dates; "
              "registration certificate date 14.05.2019 in footer."))


for f in [p11, p12, p13, p14, p15, p16, p17, p18, p19, p20]:
    f()
