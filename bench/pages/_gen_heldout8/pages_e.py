from common import *

def page(lang, doc_title, meta, banner, header, main, side, foot, dirattr=""):
    return f"""<!DOCTYPE html>
<html lang="{lang}"{dirattr}>
<head>
<meta charset="utf-8">
<title>{doc_title}</title>
{meta}
<style>{FILLER_CSS}</style>
</head>
<body>
{banner}
{header}
{main}
{side}
{foot}
</body></html>"""

@register
def p17():
    name = "fi_yleisradio_style"
    url = "https://uutiset.pohjanlahti-media.example/a/74-20041118"
    title = "Oulun kaupunginkirjasto pidentää aukioloaikojaan kesäkuusta alkaen"
    paras = [
        "Oulun pääkirjasto on kesäkuun alusta lähtien avoinna arkisin kello 21:een saakka, kertoo kaupungin sivistyspalvelut.",
        "Tähän asti kirjasto on sulkenut ovensa arkisin kello 20.",
        "Lisäksi neljä lähikirjastoa siirtyy niin sanottuun omatoimikirjastomalliin, jolloin asiakkaat pääsevät sisään kirjastokortilla ja PIN-koodilla myös henkilökunnan työajan ulkopuolella.",
        "Kirjastopalvelujen johtaja Aino Kettunen sanoo, että muutoksella vastataan erityisesti opiskelijoiden toiveisiin.",
        "– Iltaisin lukusalit ovat olleet täynnä, ja moni on toivonut, että voisi jäädä pidempään, Kettunen kertoo.",
        "Laajennettujen aukioloaikojen kustannukset ovat noin 85 000 euroa vuodessa.",
    ]
    main = f"""<main id="main"><article class="yle__article">
<header class="yle__article__header"><p class="yle__article__kicker">Oulu</p><h1 class="yle__article__heading">{title}</h1>
<p class="yle__article__lead">Pääkirjasto on jatkossa auki arkisin kello 21:een. Neljä lähikirjastoa muuttuu omatoimikirjastoiksi.</p>
<div class="yle__article__meta"><span>Sanna Mäkelä</span> <span>Julkaistu <time datetime="2023-06-06T09:41:22+03:00">6.6.2023 klo 9.41</time></span> | <span>Päivitetty <time datetime="2023-06-07T12:05:00+03:00">7.6.2023 klo 12.05</time></span></div></header>
<figure><img src="/kuvat/kirjasto.jpg" alt=""><figcaption>Pääkirjaston lukusali on iltaisin usein täynnä. Kuva: Sanna Mäkelä / Pohjanlahti</figcaption></figure>
<section class="yle__article__content article-body">
{ps(paras[:3])}
<div class="lue-myos"><b>Lue myös:</b> <a href="#">Kirjastojen lainausmäärät nousivat ennätykseen</a></div>
{ps(paras[3:])}
</section>
<div class="share"><a href="#">Jaa Facebookissa</a> <a href="#">Jaa X:ssä</a> <a href="#">Kopioi linkki</a></div>
<section class="comments"><h3>Keskustelu (2)</h3><div class="comment"><b>Lukutoukka</b> <span>6.6.2023 klo 10.12</span><p>Hienoa! Lukusalissa on illalla aina ollut tungosta.</p></div><div class="comment"><b>Mikko P.</b> <span>6.6.2023 klo 11.30</span><p>Entä viikonloput?</p></div></section>
</article></main>"""
    html = page("fi", "Oulun kaupunginkirjasto pidentää aukioloaikojaan kesäkuusta alkaen | Pohjanlahti-media",
        '<meta property="og:title" content="Kirjasto auki myöhempään – pääkirjasto kello 21:een">\n<meta name="description" content="Neljä lähikirjastoa muuttuu omatoimikirjastoiksi.">',
        '<div class="cookie"><p>Käytämme evästeitä sivuston toiminnan varmistamiseen ja analytiikkaan.</p><button>Hyväksy kaikki</button> <button>Vain välttämättömät</button></div>',
        f'<header class="site-header"><a class="logo" href="/">Pohjanlahti-media</a><nav class="nav-primary">{ul(["Uutiset","Urheilu","Kulttuuri","Alueet","Sää","Areena"], "", "/")}</nav></header>\n<nav class="breadcrumb"><a href="/">Etusivu</a> › <a href="/oulu">Oulu</a></nav>',
        main,
        f'<aside class="sidebar"><h3>Luetuimmat</h3>{ul(["Kesän ensimmäinen helle saapuu viikonloppuna","Tietyöt ruuhkauttavat Kemintietä","Kärpät julkisti uuden päävalmentajan"], "related")}<div class="newsletter"><p>Tilaa uutiskirje, niin saat Pohjois-Suomen tärkeimmät uutiset joka aamu.</p></div></aside>',
        '<footer class="footer"><p>© Pohjanlahti-media 2023 · Vastaava päätoimittaja Heikki Rautio · Tietosuojaseloste</p></footer>')
    write(name, html, dict(url=url, language="fi", title=title, published="2023-06-06",
        body_first=paras[0], body_last=paras[-1],
        absent=["Pääkirjasto on jatkossa auki arkisin kello 21:een.", "Pääkirjaston lukusali on iltaisin usein täynnä.",
                "Kirjastojen lainausmäärät nousivat ennätykseen", "Hienoa! Lukusalissa on illalla aina ollut tungosta.",
                "Tilaa uutiskirje, niin saat Pohjois-Suomen tärkeimmät uutiset joka aamu."],
        notes="Finnish public-broadcaster-style article. Dates in Finnish form '6.6.2023 klo 9.41' (day.month without zero padding, time with dot); 'Päivitetty 7.6.2023'. Kicker 'Oulu', lead paragraph excluded, og:title a different SEO headline."))

@register
def p18():
    name = "tr_haber_portali"
    url = "https://www.egekiyisi-haber.example/yerel/izmir-korfezi-nde-deniz-salyasi-uyarisi-h4471902.html"
    title = "İzmir Körfezi'nde deniz salyası uyarısı"
    paras = [
        "İzmir Körfezi'nde son günlerde artan deniz suyu sıcaklığıyla birlikte deniz salyası oluşumu gözlendiğini açıklayan bilim insanları, belediyeleri acil önlem almaya çağırdı.",
        "Dokuz Eylül Üniversitesi Deniz Bilimleri Enstitüsü'nden Prof. Dr. Selin Aydemir, körfezin iç kısmında su sıcaklığının 28 dereceyi aştığını söyledi.",
        "Aydemir, atık su arıtma tesislerinin kapasitesinin artırılmaması halinde sorunun önümüzdeki yazlarda daha da büyüyebileceğini belirtti.",
        "Büyükşehir belediyesi ise deniz yüzeyindeki müsilajın temizlenmesi için dört teknenin görevlendirildiğini duyurdu.",
        "Balıkçılar da ağlara yapışan salya nedeniyle son bir haftada av miktarının yarı yarıya düştüğünü ifade etti.",
        "Uzmanlar, vatandaşların salya görülen bölgelerde denize girmemesi konusunda uyarıda bulundu.",
    ]
    main = f"""<div class="container"><main class="news-detail">
<div class="breadcrumb"><a href="/">Ana Sayfa</a> &gt; <a href="/yerel">Yerel</a> &gt; Çevre</div>
<h1 class="news-title">{title}</h1>
<h2 class="news-spot">Körfezde su sıcaklığı 28 dereceyi aştı; bilim insanları arıtma kapasitesinin artırılmasını istiyor.</h2>
<div class="news-info"><span class="source">Kaynak: Ege Kıyısı Haber Merkezi</span> <span class="date">Giriş: 17 Ağustos 2022 Çarşamba 10:24</span> <span class="date">Güncelleme: 17 Ağustos 2022 Çarşamba 14:02</span></div>
<figure><img src="/resimler/salya.jpg" alt=""><figcaption>Körfezin iç kısmında su yüzeyinde biriken müsilaj (Fotoğraf: DHA)</figcaption></figure>
<div class="news-content article-body">
{ps(paras[:3])}
<div class="ilgili"><strong>İLGİLİ HABER</strong> <a href="#">Körfez'de toplu balık ölümleri araştırılıyor</a></div>
{ps(paras[3:])}
</div>
<div class="tags">Etiketler: <a href="#">İzmir</a> <a href="#">müsilaj</a> <a href="#">çevre</a></div>
<div class="share"><a href="#">Facebook'ta Paylaş</a> <a href="#">Twitter'da Paylaş</a> <a href="#">WhatsApp</a></div>
<div class="comments"><h3>Yorumlar</h3><div><b>ahmet35</b> <span>17.08.2022 11:45</span><p>Her yaz aynı sorun, kalıcı çözüm bekliyoruz.</p></div></div>
</main>"""
    html = page("tr", "İzmir Körfezi'nde deniz salyası uyarısı - Ege Kıyısı Haber",
        '<meta property="og:title" content="Bilim insanlarından İzmir Körfezi için salya uyarısı">\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"İzmir Körfezi\'nde deniz salyası uyarısı","datePublished":"2022-08-17T10:24:00+03:00","dateModified":"2022-08-17T14:02:00+03:00"}</script>',
        '<div class="cookie"><p>Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.</p><button>Kabul Et</button></div>',
        f'<div class="topbar"><span>18 Ağustos 2022 Perşembe</span> <span>İzmir 33°C</span> <span>Dolar 18,10</span></div>\n<header class="site-header"><a class="logo" href="/">Ege Kıyısı Haber</a><nav class="nav-primary">{ul(["Gündem","Yerel","Ekonomi","Spor","Magazin","Sağlık","Yazarlar"], "", "/")}</nav></header>',
        main,
        f'<aside class="sidebar"><h3>Çok Okunanlar</h3>{ul(["Karşıyaka vapur seferleri yeniden başladı","Kemeraltı çarşısında restorasyon tamamlandı","Hafta sonu hava nasıl olacak?"], "related")}<div class="newsletter"><p>E-bülten aboneliği ile günün öne çıkan haberleri e-postanıza gelsin.</p></div></aside></div>',
        '<footer class="footer"><p>Copyright © 2022 Ege Kıyısı Haber - Tüm hakları saklıdır. Haberlerin izinsiz kullanılması yasaktır.</p></footer>')
    write(name, html, dict(url=url, language="tr", title=title, published="2022-08-17",
        body_first=paras[0], body_last=paras[-1],
        absent=["Körfezde su sıcaklığı 28 dereceyi aştı; bilim insanları arıtma kapasitesinin artırılmasını istiyor.",
                "Körfezin iç kısmında su yüzeyinde biriken müsilaj (Fotoğraf: DHA)", "Körfez'de toplu balık ölümleri araştırılıyor",
                "Her yaz aynı sorun, kalıcı çözüm bekliyoruz.", "E-bülten aboneliği ile günün öne çıkan haberleri e-postanıza gelsin."],
        notes="Turkish news portal. Visible 'Giriş: 17 Ağustos 2022 Çarşamba 10:24' (date then weekday) and 'Güncelleme' same day; top bar shows today's date 18 Ağustos. Spot (deck) is an h2 under the h1. og:title is a different SEO headline. Apostrophe in headline."))

@register
def p19():
    name = "vi_bao_dien_tu"
    url = "https://vnbaomoi.example/thoi-su/ha-noi-thi-diem-lan-duong-rieng-cho-xe-buyt-4512877.html"
    title = "Hà Nội thí điểm làn đường riêng cho xe buýt trên đường Nguyễn Trãi"
    paras = [
        "Từ ngày 1/10, Hà Nội sẽ thí điểm tổ chức làn đường ưu tiên dành riêng cho xe buýt trên tuyến đường Nguyễn Trãi, đoạn từ Ngã Tư Sở đến Khuất Duy Tiến.",
        "Theo Sở Giao thông vận tải, làn ưu tiên nằm sát dải phân cách giữa và được phân tách bằng vạch sơn kết hợp dải phân cách mềm.",
        "Trong khung giờ cao điểm sáng và chiều, các phương tiện khác không được đi vào làn này, trừ xe cứu thương, xe cứu hỏa và xe làm nhiệm vụ.",
        "Đơn vị vận hành dự kiến thời gian di chuyển của các tuyến buýt qua đoạn đường sẽ giảm khoảng 15%.",
        "Sau ba tháng thí điểm, cơ quan chức năng sẽ đánh giá hiệu quả trước khi quyết định mở rộng sang các tuyến khác.",
    ]
    main = f"""<section class="section page-detail"><div class="container">
<div class="breadcrumb"><a href="/thoi-su">Thời sự</a> <a href="/giao-thong">Giao thông</a></div>
<span class="date">Thứ năm, 15/9/2022, 20:30 (GMT+7)</span>
<h1 class="title-detail">{title}</h1>
<p class="description">Làn ưu tiên dài khoảng 3 km, áp dụng trong giờ cao điểm, các phương tiện khác đi vào sẽ bị xử phạt.</p>
<article class="fck_detail article-body">
{ps(paras[:2], "Normal")}
<figure class="tplCaption"><img src="/images/lan-buyt.jpg" alt=""><figcaption><p class="Image">Xe buýt di chuyển trên đường Nguyễn Trãi. Ảnh: Ngọc Thành</p></figcaption></figure>
{ps(paras[2:], "Normal")}
<p class="Normal author" style="text-align:right;"><strong>Minh Anh</strong></p>
</article>
<div class="box-tinlienquan related"><h3>Tin liên quan</h3><ul><li><a href="#">Hà Nội chi hơn 200 tỷ đồng sửa chữa cầu Thăng Long</a></li><li><a href="#">Tuyến metro Nhổn - ga Hà Nội chạy thử đoạn trên cao</a></li></ul></div>
<div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">Chia sẻ Zalo</a> <a href="#">Sao chép liên kết</a></div>
<div class="box_comment comments"><h3>Ý kiến (1)</h3><div><b>Hoàng Long</b><p>Nên mở rộng sớm cho đường Giải Phóng nữa.</p><span>21h05 ngày 15/9</span></div></div>
</div></section>"""
    html = page("vi", "Hà Nội thí điểm làn đường riêng cho xe buýt trên đường Nguyễn Trãi - VnBáo Mới",
        '<meta name="pubdate" content="2022-09-15T20:30:00+07:00">\n<meta property="og:title" content="Làn riêng cho xe buýt trên đường Nguyễn Trãi">',
        '<div class="cookie"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.</p><button>Đồng ý</button></div>',
        f'<header class="site-header"><a class="logo" href="/">VnBáo Mới</a><span class="time-now">Thứ sáu, 16/9/2022</span><nav class="nav-primary">{ul(["Thời sự","Thế giới","Kinh doanh","Giải trí","Thể thao","Pháp luật","Giáo dục","Sức khỏe"], "", "/")}</nav></header>',
        main,
        f'<aside class="sidebar"><h3>Xem nhiều</h3>{ul(["Giá xăng giảm lần thứ ba liên tiếp","Thời tiết Hà Nội chuyển lạnh cuối tuần","Học sinh được nghỉ Tết Nguyên đán 2023 bao nhiêu ngày?"], "related")}<div class="newsletter"><p>Đăng ký nhận bản tin để cập nhật tin tức mới nhất mỗi ngày.</p></div></aside>',
        '<footer class="footer"><p>© Copyright 1997-2022 VnBáo Mới, All rights reserved. Giấy phép số 000/GP-BTTTT.</p></footer>')
    write(name, html, dict(url=url, language="vi", title=title, published="2022-09-15",
        body_first=paras[0], body_last=paras[-1],
        absent=["Làn ưu tiên dài khoảng 3 km, áp dụng trong giờ cao điểm, các phương tiện khác đi vào sẽ bị xử phạt.",
                "Xe buýt di chuyển trên đường Nguyễn Trãi.", "Hà Nội chi hơn 200 tỷ đồng sửa chữa cầu Thăng Long",
                "Nên mở rộng sớm cho đường Giải Phóng nữa.", "Đăng ký nhận bản tin để cập nhật tin tức mới nhất mỗi ngày."],
        notes="Vietnamese news layout: the date line 'Thứ năm, 15/9/2022, 20:30 (GMT+7)' comes BEFORE the h1; day-first without zero padding. Header shows today 16/9/2022. Author name in bold right-aligned last paragraph is a sign-off, not body. Body starts with an event date '1/10'. Only non-standard meta 'pubdate'."))

@register
def p20():
    name = "id_portal_berita_wib"
    url = "https://news.kabarnusantara.example/read/2023/03/27/164500/pasar-takjil-ramadan-kembali-dibuka-di-bandung"
    title = "Pasar Takjil Ramadan Kembali Dibuka di Alun-alun Bandung"
    paras = [
        "Pemerintah Kota Bandung kembali membuka Pasar Takjil Ramadan di kawasan Alun-alun setelah tiga tahun tidak digelar.",
        "Sebanyak 120 pedagang usaha mikro ikut meramaikan pasar yang buka setiap hari mulai pukul 15.00 hingga menjelang waktu berbuka puasa.",
        "Kepala Dinas Koperasi dan UKM Kota Bandung, Rina Kartika, mengatakan para pedagang dipilih melalui seleksi untuk memastikan kebersihan dan keamanan pangan.",
        "\"Kami juga melarang penggunaan kantong plastik sekali pakai, jadi pengunjung diimbau membawa wadah sendiri,\" ujar Rina.",
        "Pada hari pertama, ratusan warga sudah memadati area pasar sejak sore, terutama di lapak kolak pisang dan es buah.",
        "Pasar Takjil Ramadan dijadwalkan berlangsung hingga sehari sebelum Idul Fitri.",
    ]
    main = f"""<div class="container"><main class="detail">
<div class="breadcrumb"><a href="/">Home</a> » <a href="/regional">Regional</a> » <a href="/regional/jawa-barat">Jawa Barat</a></div>
<article class="detail__article">
<div class="detail__header"><h1 class="detail__title">{title}</h1>
<div class="detail__author">Dewi Lestari - kabarNusantara</div><div class="detail__date">Senin, 27 Mar 2023 16:45 WIB</div></div>
<figure class="detail__media-image"><img src="/foto/takjil.jpg" alt=""><figcaption class="detail__media-caption">Warga berburu takjil di Alun-alun Bandung, Senin (27/3/2023). (Foto: Dewi Lestari/kabarNusantara)</figcaption></figure>
<div class="detail__body-text itp_bodycontent article-body">
<p><strong>Bandung</strong> - {paras[0]}</p>
{ps(paras[1:3])}
<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="#">Jadwal Imsakiyah Kota Bandung Ramadan 2023</a></div></td></tr></table>
{ps(paras[3:])}
<div class="detail__body-tag"><a href="#">ramadan</a> <a href="#">takjil</a> <a href="#">bandung</a></div>
<p class="editor">(dls/ang)</p>
</div>
<div class="share">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Salin Link</a></div>
</article>
<section class="related"><h3>Berita Terkait</h3>{ul(["Harga Cabai di Pasar Kosambi Naik Jelang Lebaran","Jalur Mudik Nagreg Mulai Dipadati Kendaraan"], "related")}</section>
<section class="comments"><h3>Komentar</h3><p><b>Ujang S.</b> Semoga parkirnya juga diatur biar tidak macet.</p></section>
</main>"""
    html = page("id", "Pasar Takjil Ramadan Kembali Dibuka di Alun-alun Bandung",
        '<meta name="publishdate" content="2023/03/27 16:45:00">\n<meta property="og:title" content="Pasar Takjil Ramadan Kembali Dibuka di Alun-alun Bandung">\n<meta name="dtk:publishdate" content="2023/03/27 16:45:00">',
        '<div class="cookie"><p>Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.</p><button>Setuju</button></div>',
        f'<header class="site-header"><a class="logo" href="/">kabarNusantara</a><nav class="nav-primary">{ul(["News","Regional","Finance","Sport","Oto","Travel","Food","Hikmah"], "", "/")}</nav></header>',
        main,
        f'<aside class="sidebar"><h3>Terpopuler</h3>{ul(["Jadwal Buka Puasa Hari Ini untuk Wilayah Jawa Barat","Tarif Tol Cipularang Naik Mulai April"], "related")}<div class="newsletter"><p>Dapatkan berita pilihan setiap hari langsung di email Anda.</p></div></aside></div>',
        '<footer class="footer"><p>Copyright @ 2023 kabarNusantara. All right reserved</p></footer>')
    write(name, html, dict(url=url, language="id", title=title, published="2023-03-27",
        body_first=paras[0], body_last=paras[-1],
        absent=["Warga berburu takjil di Alun-alun Bandung, Senin (27/3/2023).", "Jadwal Imsakiyah Kota Bandung Ramadan 2023",
                "(dls/ang)", "Semoga parkirnya juga diatur biar tidak macet.", "Dapatkan berita pilihan setiap hari langsung di email Anda."],
        notes="Indonesian portal. Dateline 'Bandung -' in bold at the start of the first paragraph is excluded from body_first. Visible 'Senin, 27 Mar 2023 16:45 WIB'; meta publishdate in slash form 2023/03/27. 'Baca juga' link table and editor initials '(dls/ang)' are inside the body container but not body."))
