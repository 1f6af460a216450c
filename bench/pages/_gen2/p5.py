from common import *

# 11 Squarespace, Dutch
doc = f'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="nl-NL">
<head>
<meta charset="utf-8">
<title>Buurtmoestuin De Wilgenhoek wint provinciale groenprijs &mdash; Stichting Groen Dorp Ellerveen</title>
<meta property="og:site_name" content="Stichting Groen Dorp Ellerveen">
<meta property="og:title" content="Buurtmoestuin De Wilgenhoek wint provinciale groenprijs &mdash; Stichting Groen Dorp Ellerveen">
<meta itemprop="datePublished" content="2023-09-22T10:03:11+0200">
<meta itemprop="dateModified" content="2023-09-25T16:45:02+0200">
<meta itemprop="headline" content="Buurtmoestuin De Wilgenhoek wint provinciale groenprijs">
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"website":{{"id":"5f2a","siteTitle":"Stichting Groen Dorp Ellerveen","language":"nl-NL"}},"item":{{"title":"Buurtmoestuin De Wilgenhoek wint provinciale groenprijs","publishOn":1695369791000,"addedOn":1695366002000}}}};</script>
</head>
<body id="item-650d" class="header-overlay-alignment-center tweak-blog-item-width-narrow collection-type-blog-basic-grid view-item">
<div class="sqs-cookie-banner-v2"><p>Deze website gebruikt cookies om de gebruikerservaring te verbeteren.</p><button>Accepteren</button><button>Weigeren</button></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title-text"><a href="/">Stichting Groen Dorp Ellerveen</a></div>
<div class="header-nav"><nav class="header-nav-list">{''.join(f'<div class="header-nav-item header-nav-item--collection"><a href="/{x.lower()}">{x}</a></div>' for x in ["Over ons","Projecten","Nieuws","Agenda","Doe mee","Contact"])}</nav></div>
<div class="header-actions"><a class="btn btn--border" href="/doneer">Doneer</a></div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="650d">
<section class="page-section"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry category-projecten author-anouk-de-vries post-type-text article-index-1">
<div class="blog-item-top-wrapper">
<div class="blog-item-category-date-wrapper"><div class="blog-item-category-wrapper"><a href="/nieuws?category=Projecten" class="blog-item-category">Projecten</a></div>
<div class="blog-item-date-wrapper"><time class="dt-published date-highlight" datetime="2023-09-22">22 september 2023</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Buurtmoestuin De Wilgenhoek wint provinciale groenprijs</h1></div>
<div class="blog-item-author-profile-wrapper"><span class="blog-author-name">Anouk de Vries</span></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-650d"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">De buurtmoestuin De Wilgenhoek in Ellerveen heeft de Groene Pluim 2023 van de provincie gewonnen.</p>
<p class="" style="white-space:pre-wrap;">De jury noemde de tuin ‘een voorbeeld van hoe een verwaarloosd stuk grond in korte tijd een ontmoetingsplek voor alle generaties kan worden’. De prijs bestaat uit een bedrag van 7.500 euro en een kunstwerk van een regionale kunstenaar.</p>
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.example/content/v1/5f2a/wilgenhoek.jpg" alt="Vrijwilligers in de moestuin"><figcaption class="image-caption-wrapper"><p>Vrijwilligers oogsten pompoenen in De Wilgenhoek.</p></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Van braakliggend terrein naar tuin</h3>
<p class="" style="white-space:pre-wrap;">Vier jaar geleden lag het terrein achter de oude melkfabriek er nog verwaarloosd bij. Een groep omwonenden begon in 2019 met het opruimen van afval en het aanleggen van de eerste bakken.</p>
<p class="" style="white-space:pre-wrap;">Inmiddels telt de tuin 46 moestuinbakken, een kruidenspiraal, een bijenhotel en een overdekte zitplek. Elke zaterdagochtend komen er gemiddeld twintig vrijwilligers helpen.</p>
<p class="" style="white-space:pre-wrap;">‘We hebben nooit gedacht dat we een prijs zouden winnen,’ zegt coördinator Bram Hoekstra. ‘Het mooiste is dat mensen hier elkaar leren kennen.’</p>
<p class="" style="white-space:pre-wrap;">Het prijzengeld wordt gebruikt voor een regenwateropvang en een rolstoeltoegankelijk pad.</p>
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Blijf op de hoogte</h2><div class="newsletter-form-header-description"><p>Ontvang onze nieuwsbrief met nieuws over projecten in Ellerveen.</p></div><form><input type="email" placeholder="E-mailadres"><button>Aanmelden</button></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--tags">Tags: <a href="/nieuws?tag=moestuin">moestuin</a>, <a href="/nieuws?tag=prijs">prijs</a></div><div class="blog-share-action"><a class="share-button">Delen</a></div></div>
</article></div>
<section class="item-pagination item-pagination--prev-next"><a href="/nieuws/boomfeestdag" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Vorige</div><h2 class="item-pagination-title">Honderd nieuwe bomen tijdens Boomfeestdag</h2></a><a href="/nieuws/repaircafe" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Volgende</div><h2 class="item-pagination-title">Repair Café verhuist naar dorpshuis De Brink</h2></a></section>
</div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><p>Stichting Groen Dorp Ellerveen · KvK 00000000 · Dorpsstraat 12, Ellerveen</p><p><a href="/privacy">Privacyverklaring</a> · <a href="/anbi">ANBI-gegevens</a> · <a href="/contact">Contact</a></p></div></section></footer>
<script src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body></html>'''
page('nl_squarespace_moestuin', 'https://www.groendorpellerveen.example/nieuws/wilgenhoek-groene-pluim', 'nl',
 'Buurtmoestuin De Wilgenhoek wint provinciale groenprijs', '2023-09-22',
 'De buurtmoestuin De Wilgenhoek in Ellerveen heeft de Groene Pluim 2023 van de provincie gewonnen.',
 'Het prijzengeld wordt gebruikt voor een regenwateropvang en een rolstoeltoegankelijk pad.',
 ['Ontvang onze nieuwsbrief met nieuws over projecten in Ellerveen.', 'Repair Café verhuist naar dorpshuis De Brink', 'Deze website gebruikt cookies'],
 'Squarespace blog item; og:title includes site name with em-dash; content split across sqs-blocks with image caption; newsletter block inside e-content after body (excluded).', doc)

# 12 Indonesian news portal
doc = f'''<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Harga Cabai Rawit di Pasar Induk Naik Jadi Rp80 Ribu per Kg : Okenesia.example</title>
<meta name="title" content="Harga Cabai Rawit di Pasar Induk Naik Jadi Rp80 Ribu per Kg">
<meta name="content_PublishedDate" content="2024/03/04 21:15:00">
<meta name="dtk:publishdate" content="2024/03/04 21:15:00">
<meta property="og:title" content="Harga Cabai Rawit Naik Jadi Rp80 Ribu, Pedagang Mengeluh">
<meta name="keywords" content="cabai rawit, harga pangan, pasar induk">
</head>
<body>
<div class="topbar"><a href="/">Okenesia</a> <span>Senin, 04 Mar 2024</span> <a href="/login">Masuk</a> <a href="/daftar">Daftar</a></div>
<nav class="menu-utama">{ul(["News","Ekonomi","Megapolitan","Bola","Otomotif","Tekno","Lifestyle","Video","Indeks"])}</nav>
<div class="container"><div class="col-left">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/ekonomi">Ekonomi</a> / <a href="/ekonomi/bisnis">Bisnis</a></div>
<article class="detail">
<h1 class="detail__title">Harga Cabai Rawit di Pasar Induk Naik Jadi Rp80 Ribu per Kg</h1>
<div class="detail__author">Dwi Ayu Lestari - Okenesia Ekonomi</div>
<div class="detail__date">Senin, 04 Mar 2024 21:15 WIB</div>
<div class="detail__media"><figure><img src="/foto/cabai.jpg" alt="Pedagang cabai"><figcaption>Pedagang menata cabai rawit di Pasar Induk Kramat Jati, Jakarta. (Foto: Okenesia/Rizky Pratama)</figcaption></figure></div>
<div class="detail__body-text itp_bodycontent">
<p><strong>Jakarta</strong> - Harga cabai rawit merah di Pasar Induk Kramat Jati terus merangkak naik dalam sepekan terakhir.</p>
<p>Pada Senin (4/3/2024), harga cabai rawit merah dijual Rp80.000 per kilogram, naik dari Rp55.000 pada akhir Februari. Kenaikan juga terjadi pada cabai merah keriting yang kini dijual Rp65.000 per kilogram.</p>
<p>Salah seorang pedagang, Sutarno (52), mengatakan pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur berkurang karena curah hujan tinggi.</p>
<p>"Barangnya sedikit, banyak yang busuk di jalan. Pembeli juga jadi berkurang karena harganya mahal," kata Sutarno.</p>
<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/ekonomi/d-7220011/harga-beras-premium-tembus-rp16-ribu">Harga Beras Premium Tembus Rp16 Ribu, Ini Penyebabnya</a></div></td></tr></table>
<p>Kepala Dinas Ketahanan Pangan setempat menyatakan pihaknya akan menggelar operasi pasar di 12 titik mulai pekan depan untuk menekan harga.</p>
<p>Pemerintah juga mengimbau masyarakat agar tidak melakukan pembelian berlebihan menjelang bulan Ramadan.</p>
<div class="detail__body-tag"><span>Tag:</span><a href="#">cabai rawit</a><a href="#">harga pangan</a><a href="#">inflasi</a></div>
</div>
<div class="detail__share">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Salin link</a></div>
</article>
<div class="komentar"><h3>Komentar</h3><div class="kmt"><b>budi_s</b><p>Tiap mau puasa pasti naik, sudah biasa.</p><span>5 jam yang lalu</span></div></div>
</div>
<div class="col-right"><div class="box-terpopuler"><h3>Terpopuler</h3><ol><li><a href="#">Rupiah Dibuka Menguat ke Level Rp15.650 per Dolar AS</a></li><li><a href="#">Daftar Tarif Tol Trans Jawa Terbaru 2024</a></li><li><a href="#">Cara Cek Penerima Bansos Maret 2024</a></li></ol></div>
<div class="box-terbaru"><h3>Berita Terbaru</h3><ul><li><a href="#">Stok Gula Aman Jelang Lebaran</a> <span>Senin, 04 Mar 2024 20:40 WIB</span></li><li><a href="#">IHSG Ditutup Melemah 0,3 Persen</a> <span>Senin, 04 Mar 2024 16:10 WIB</span></li></ul></div></div>
</div>
{megafooter("2024 Okenesia.example - Seluruh hak cipta dilindungi", [("Kanal",["News","Ekonomi","Megapolitan","Bola","Otomotif","Tekno"]),("Informasi",["Redaksi","Pedoman Media Siber","Karir","Kotak Pos","Info Iklan"])], ["Privacy Policy","Disclaimer"])}
</body></html>'''
page('id_news_cabai', 'https://ekonomi.okenesia.example/bisnis/d-7220145/harga-cabai-rawit-di-pasar-induk-naik-jadi-rp80-ribu-per-kg', 'id',
 'Harga Cabai Rawit di Pasar Induk Naik Jadi Rp80 Ribu per Kg', '2024-03-04',
 'Jakarta - Harga cabai rawit merah di Pasar Induk Kramat Jati terus merangkak naik dalam sepekan terakhir.',
 'Pemerintah juga mengimbau masyarakat agar tidak melakukan pembelian berlebihan menjelang bulan Ramadan.',
 ['Harga Beras Premium Tembus Rp16 Ribu, Ini Penyebabnya', 'Tiap mau puasa pasti naik, sudah biasa.', 'Stok Gula Aman Jelang Lebaran'],
 'Detik-like Indonesian portal; og:title differs from h1; publish date in custom meta with slashes and visible "Senin, 04 Mar 2024 21:15 WIB"; "Baca juga" table inserted mid-body; tags inside body div; comment with relative time.', doc)

# 13 Vietnamese news
doc = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Hà Tĩnh: Nông dân trúng mùa bưởi Phúc Trạch nhưng giá giảm - Báo Đồng Bằng Online</title>
<meta property="og:title" content="Nông dân trúng mùa bưởi Phúc Trạch nhưng giá giảm">
<meta itemprop="datePublished" content="2023-09-12T07:30:00+07:00">
<meta name="pubdate" content="2023-09-12T00:30:00Z">
</head>
<body>
<header class="header"><div class="logo"><a href="/">Báo Đồng Bằng</a></div><div class="date-now">Thứ hai, 7/12/2026</div>
<nav class="main-nav">{ul(["Thời sự","Kinh tế","Xã hội","Pháp luật","Thế giới","Giáo dục","Sức khỏe","Thể thao","Giải trí"])}</nav></header>
<section class="page-detail"><div class="container flexbox">
<div class="sidebar-1">
<div class="header-content"><ul class="breadcrumb"><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kinh-te/nong-nghiep">Nông nghiệp</a></li></ul><span class="date">Thứ ba, 12/9/2023, 07:30 (GMT+7)</span></div>
<h1 class="title-detail">Hà Tĩnh: Nông dân trúng mùa bưởi Phúc Trạch nhưng giá giảm</h1>
<p class="description">Năng suất bưởi Phúc Trạch năm nay tăng khoảng 20%, song giá bán tại vườn giảm gần một nửa so với cùng kỳ.</p>
<article class="fck_detail">
<p class="Normal">Những ngày này, các nhà vườn ở xã Phúc Trạch, huyện Hương Khê tất bật thu hoạch bưởi để kịp bán cho thương lái.</p>
<p class="Normal">Ông Nguyễn Văn Hòa, chủ vườn bưởi gần 400 gốc, cho biết năm nay cây sai quả, trung bình mỗi gốc cho từ 80 đến 100 quả.</p>
<p class="Normal">"Được mùa nhưng giá chỉ còn 15.000 đến 20.000 đồng một quả, trong khi năm ngoái là 35.000 đồng. Trừ chi phí phân bón, công chăm sóc thì lãi không đáng bao nhiêu", ông Hòa nói.</p>
<table align="center" class="tplCaption"><tbody><tr><td><img alt="" src="/images/buoi.jpg"></td></tr><tr><td><p class="Image">Nông dân xã Phúc Trạch thu hoạch bưởi. Ảnh: <em>Đức Hùng</em></p></td></tr></tbody></table>
<p class="Normal">Theo Phòng Nông nghiệp huyện Hương Khê, toàn huyện hiện có hơn 2.600 ha bưởi, sản lượng năm nay ước đạt 36.000 tấn.</p>
<p class="Normal">Nguyên nhân giá giảm được cho là do nguồn cung bưởi từ các tỉnh phía Nam tăng mạnh, cùng với sức mua chậm lại.</p>
<p class="Normal">Huyện đang phối hợp với các doanh nghiệp đưa bưởi lên sàn thương mại điện tử và tìm kiếm thị trường tiêu thụ tại các thành phố lớn.</p>
<p class="Normal" style="text-align:right;"><strong>Đức Hùng</strong></p>
</article>
<div class="footer-content"><div class="box-tinlienquan"><h4>Tin liên quan</h4><ul><li><a href="#">Giá sầu riêng giảm mạnh, nông dân lo lắng</a> <span>10/9/2023</span></li><li><a href="#">Vải thiều Bắc Giang xuất khẩu sang Nhật Bản</a> <span>5/9/2023</span></li></ul></div>
<div class="social">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>
<div class="box-comment"><h4>Ý kiến bạn đọc (3)</h4><div class="cmt"><b>Minh Tuấn</b><p>Bưởi Phúc Trạch ngon nhất mà giá rẻ thế này thì tội nông dân quá.</p><span>2h trước</span></div></div></div>
</div>
<div class="sidebar-2"><div class="box-xemnhieu"><h3>Xem nhiều</h3><ol><li><a href="#">Giá xăng dầu hôm nay tiếp tục tăng</a></li><li><a href="#">Lịch nghỉ Tết Nguyên đán 2024 của học sinh</a></li><li><a href="#">Bão số 3 có thể đổ bộ vào Bắc Trung Bộ</a></li></ol></div></div>
</div></section>
{megafooter("1997-2023. Toàn bộ bản quyền thuộc Báo Đồng Bằng", [("Chuyên mục",["Thời sự","Kinh tế","Xã hội","Pháp luật","Thế giới"]),("Liên hệ",["Tòa soạn","Quảng cáo","Đường dây nóng"])], ["Điều khoản sử dụng","Chính sách bảo mật"])}
</body></html>'''
page('vi_news_buoi', 'https://baodongbang.example/ha-tinh-nong-dan-trung-mua-buoi-phuc-trach-nhung-gia-giam-4651022.html', 'vi',
 'Hà Tĩnh: Nông dân trúng mùa bưởi Phúc Trạch nhưng giá giảm', '2023-09-12',
 'Những ngày này, các nhà vườn ở xã Phúc Trạch, huyện Hương Khê tất bật thu hoạch bưởi để kịp bán cho thương lái.',
 'Huyện đang phối hợp với các doanh nghiệp đưa bưởi lên sàn thương mại điện tử và tìm kiếm thị trường tiêu thụ tại các thành phố lớn.',
 ['Giá sầu riêng giảm mạnh, nông dân lo lắng', 'Bưởi Phúc Trạch ngon nhất mà giá rẻ thế này', 'Lịch nghỉ Tết Nguyên đán 2024 của học sinh'],
 'VnExpress-like; header shows today\'s date (Thứ hai, 7/12/2026) as distractor; 07:30 +07 = 00:30Z; description lead excluded; caption table mid-body; author signature line after last sentence excluded; og:title lacks location prefix.', doc)
