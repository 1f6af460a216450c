from common import *

# 17 Turkish news
doc = f'''<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<title>Kıyı kentinde tarihi çarşı restorasyonu tamamlandı - Son Dakika Haberleri | Ege Postası</title>
<meta property="og:title" content="Tarihi çarşı 3 yıllık restorasyonun ardından kapılarını açtı">
<meta name="datePublished" content="2023-04-21T09:12:00+03:00">
<meta name="dateModified" content="2023-04-21T09:12:00+03:00">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Kıyı kentinde tarihi çarşı restorasyonu tamamlandı","datePublished":"2023-04-21T09:12:00+03:00","articleSection":"Gündem"})}
</head>
<body>
<div class="kvkk-bar">Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz. <button>Kabul Et</button></div>
<header><a href="/" class="logo">Ege Postası</a><nav>{ul(["Gündem","Ekonomi","Spor","Dünya","Yaşam","Sağlık","Teknoloji","Yazarlar","Galeri"])}</nav></header>
<div class="doviz">Dolar 19,42 | Euro 21,30 | Altın 1.181 | BIST 4.512</div>
<main class="haber-detay">
<div class="breadcrumb"><a href="/">Ana Sayfa</a> / <a href="/gundem">Gündem</a> / <span>Tarihi çarşı restorasyonu tamamlandı</span></div>
<h1 class="haber-baslik">Kıyı kentinde tarihi çarşı restorasyonu tamamlandı</h1>
<h2 class="haber-spot">Üç yıl süren çalışmaların ardından 180 dükkanlık Bedesten Çarşısı yeniden ziyaretçilere açıldı.</h2>
<div class="haber-meta"><span class="yayin">Yayınlanma: 21.04.2023 09:12</span> <span class="guncelleme">Güncelleme: 21.04.2023 09:12</span> <span class="muhabir">Haber Merkezi</span></div>
<div class="haber-metni">
<p>Liman ilçesindeki 19. yüzyıldan kalma Bedesten Çarşısı, kapsamlı restorasyon çalışmalarının tamamlanmasının ardından dün düzenlenen törenle yeniden açıldı.</p>
<p>Belediye ve Kültür Varlıkları Bölge Kurulu işbirliğiyle yürütülen projede çarşının ahşap çatısı yenilendi, taş duvarları sağlamlaştırıldı ve tüm dükkanların cepheleri özgün haline uygun şekilde onarıldı.</p>
<p>Belediye Başkanı Selim Aydoğan, açılışta yaptığı konuşmada, "Bu çarşı kentimizin hafızasıdır. Esnafımızı yeniden evine kavuşturmanın mutluluğunu yaşıyoruz" dedi.</p>
<div class="ilgili-haber"><span>İLGİLİ HABER</span><a href="#">Kaleiçi'ndeki konaklar için koruma planı onaylandı</a></div>
<p>Çarşıda bakırcılık, kalaycılık ve sepet örücülüğü gibi geleneksel zanaatlara öncelik verilecek. Dükkanların yüzde 30'u genç zanaatkarlara uygun kira ile tahsis edildi.</p>
<p>Çarşı, hafta içi 09.00-20.00, hafta sonu ise 10.00-22.00 saatleri arasında ziyaret edilebilecek.</p>
</div>
<div class="etiketler"><a href="#">restorasyon</a> <a href="#">Bedesten</a> <a href="#">kültür mirası</a></div>
<div class="paylas">Paylaş: <a href="#">WhatsApp</a> <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Telegram</a></div>
<section class="yorumlar"><h3>Yorumlar (2)</h3><div class="yorum"><b>Ayşe K.</b><p>Çocukluğumun çarşısı, çok güzel olmuş emeği geçenlere teşekkürler.</p><span>21.04.2023 11:40</span></div><div class="yorum"><b>mehmet_35</b><p>Kiralar da uygun olsun bari.</p><span>22.04.2023 08:05</span></div></section>
<section class="benzer"><h3>Benzer Haberler</h3><ul><li><a href="#">Antik tiyatroda kazı sezonu başladı</a> <span>18.04.2023</span></li><li><a href="#">Sahil yolu yaz sezonu öncesi yenileniyor</a> <span>15.04.2023</span></li></ul></section>
</main>
{megafooter("2023 Ege Postası - Tüm hakları saklıdır", [("Kategoriler",["Gündem","Ekonomi","Spor","Dünya","Yaşam"]),("Kurumsal",["Künye","İletişim","Reklam","KVKK Aydınlatma Metni"])], ["Çerez Politikası"])}
</body></html>'''
page('tr_news_carsi', 'https://www.egepostasi.example/gundem/kiyi-kentinde-tarihi-carsi-restorasyonu-tamamlandi-h48211.html', 'tr',
 'Kıyı kentinde tarihi çarşı restorasyonu tamamlandı', '2023-04-21',
 'Liman ilçesindeki 19. yüzyıldan kalma Bedesten Çarşısı, kapsamlı restorasyon çalışmalarının tamamlanmasının ardından dün düzenlenen törenle yeniden açıldı.',
 'Çarşı, hafta içi 09.00-20.00, hafta sonu ise 10.00-22.00 saatleri arasında ziyaret edilebilecek.',
 ["Kaleiçi'ndeki konaklar için koruma planı onaylandı", 'Çocukluğumun çarşısı, çok güzel olmuş', 'Dolar 19,42 | Euro 21,30'],
 'Turkish news; og:title differs; <title> with "Son Dakika Haberleri" suffix; spot h2 excluded; DD.MM.YYYY dates; in-body İLGİLİ HABER; comments with dates; currency ticker.', doc)

# 18 Polish news
doc = f'''<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Nowa linia tramwajowa na Zabłocie. Pierwsze kursy we wrześniu - Gazeta Nadwiślańska</title>
<meta property="og:title" content="Nowa linia tramwajowa na Zabłocie. Pierwsze kursy we wrześniu">
<meta property="article:published_time" content="2024-06-17T06:00:00+02:00">
<meta property="article:modified_time" content="2024-06-18T13:21:00+02:00">
</head>
<body>
<div id="rodo-popup"><h3>Twoja prywatność</h3><p>Przetwarzamy Twoje dane osobowe zgodnie z RODO w celach statystycznych i marketingowych.</p><button>Przejdź do serwisu</button></div>
<header class="gn-header"><a class="gn-logo" href="/">Gazeta Nadwiślańska</a><nav>{ul(["Wiadomości","Kraków","Małopolska","Sport","Kultura","Biznes","Opinie","Pogoda"])}</nav><a href="/prenumerata" class="gn-sub">Subskrybuj</a></header>
<main class="gn-main"><article class="gn-article">
<div class="gn-breadcrumbs"><a href="/">Strona główna</a> › <a href="/krakow/">Kraków</a> › <a href="/krakow/komunikacja/">Komunikacja</a></div>
<h1>Nowa linia tramwajowa na Zabłocie. Pierwsze kursy we wrześniu</h1>
<div class="gn-meta"><span class="gn-author">Tomasz Wrona</span> <time datetime="2024-06-17T06:00:00+02:00">17 czerwca 2024, 6:00</time> <span class="gn-upd">Aktualizacja: 18.06.2024, 13:21</span></div>
<div class="gn-body">
<p class="gn-lead"><strong>Po dwóch latach budowy tramwaj na Zabłocie jest prawie gotowy. Miasto zapowiada, że pierwsi pasażerowie pojadą nową trasą 1 września.</strong></p>
<p>Nowa trasa ma 3,2 km długości i łączy rondo Grzegórzeckie z pętlą przy ulicy Lipowej.</p>
<p>Na trasie powstało sześć przystanków, w tym węzeł przesiadkowy przy stacji kolejowej Kraków Zabłocie. Według szacunków z nowej linii będzie korzystać nawet 18 tysięcy pasażerów dziennie.</p>
<h2>Opóźnienie o pół roku</h2>
<p>Pierwotnie tramwaj miał ruszyć jeszcze w marcu. Wykonawca tłumaczył opóźnienie kolizjami z nieujawnionymi sieciami podziemnymi.</p>
<div class="gn-newsletter"><p>Zapisz się na nasz newsletter i otrzymuj najważniejsze informacje z Krakowa prosto na skrzynkę.</p><input type="email"><button>Zapisz się</button></div>
<p>– Zależało nam, żeby wszystko było dopięte przed rozpoczęciem roku szkolnego – mówi rzeczniczka zarządu transportu Magdalena Sowa.</p>
<p>W sierpniu na trasie odbędą się jazdy próbne i szkolenia motorniczych.</p>
</div>
<div class="gn-tags"><a href="#">tramwaje</a> <a href="#">Zabłocie</a> <a href="#">inwestycje</a></div>
</article>
<aside class="gn-aside"><h3>Najczęściej czytane</h3><ol><li><a href="#">Upał w Krakowie. Synoptycy ostrzegają</a></li><li><a href="#">Wianki 2024: program i utrudnienia</a></li><li><a href="#">Remont al. Mickiewicza przesunięty</a></li></ol></aside>
<section class="gn-more"><h3>Zobacz także</h3><ul><li><a href="#">Nowe autobusy elektryczne wyjadą na ulice</a> <span>12.06.2024</span></li><li><a href="#">Bilety miesięczne zdrożeją od lipca</a> <span>05.06.2024</span></li></ul></section>
</main>
{megafooter("Gazeta Nadwiślańska 2024", [("Serwisy",["Kraków","Małopolska","Sport","Kultura","Biznes"]),("O nas",["Redakcja","Kontakt","Reklama","Regulamin","Polityka prywatności"])], ["Ustawienia prywatności"])}
</body></html>'''
page('pl_news_tramwaj', 'https://gazetanadwislanska.example/krakow/komunikacja/nowa-linia-tramwajowa-na-zablociu-pierwsze-kursy-we-wrzesniu/ar/c1-8812031', 'pl',
 'Nowa linia tramwajowa na Zabłocie. Pierwsze kursy we wrześniu', '2024-06-17',
 'Po dwóch latach budowy tramwaj na Zabłocie jest prawie gotowy.',
 'W sierpniu na trasie odbędą się jazdy próbne i szkolenia motorniczych.',
 ['Zapisz się na nasz newsletter i otrzymuj najważniejsze informacje', 'Upał w Krakowie. Synoptycy ostrzegają', 'Nowe autobusy elektryczne wyjadą na ulice'],
 'Polish news; bold lead paragraph inside body container counted as body start; newsletter box mid-body; modified date next day.', doc)

# 19 Swahili
doc = f'''<!DOCTYPE html>
<html lang="sw">
<head>
<meta charset="utf-8">
<title>Wakulima wa Pwani wapokea mbegu bora za mihogo | Sauti ya Pwani</title>
<meta property="og:title" content="Wakulima wa Pwani wapokea mbegu bora za mihogo">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/wp-content/themes/jnews/style.css">
</head>
<body class="single-post">
<div class="jeg_topbar"><span class="jeg_top_date">Jumatatu, Desemba 7, 2026</span> <a href="#">Facebook</a> <a href="#">Instagram</a></div>
<header class="jeg_header"><div class="jeg_logo"><a href="/">Sauti ya Pwani</a></div><nav class="jeg_main_menu">{ul(["Nyumbani","Habari","Kilimo","Biashara","Michezo","Afya","Burudani","Makala"])}</nav></header>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content">
<div class="jeg_breadcrumbs"><span><a href="/">Nyumbani</a></span> <i class="fa fa-angle-right"></i> <span><a href="/kilimo/">Kilimo</a></span></div>
<div class="entry-header"><div class="jeg_meta_category"><a href="/kilimo/">Kilimo</a></div>
<h1 class="jeg_post_title">Wakulima wa Pwani wapokea mbegu bora za mihogo</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">Na <a href="/author/amina/">Amina Salim</a></div><div class="jeg_meta_date"><a href="#">Agosti 14, 2023</a></div><div class="jeg_meta_comment"><a href="#comments">0</a></div></div></div></div>
<div class="jeg_featured featured_image"><img src="/wp-content/uploads/2023/08/mihogo.jpg" alt=""><p class="wp-caption-text">Wakulima wakipanda vipandikizi vya mihogo katika kijiji cha Mwembeni.</p></div>
<div class="entry-content no-share"><div class="content-inner">
<p>Zaidi ya wakulima 3,000 katika kaunti ya Kilindi wamepokea vipandikizi vya mbegu bora za mihogo zinazostahimili magonjwa.</p>
<p>Mbegu hizo zimetolewa na idara ya kilimo ya kaunti kwa ushirikiano na taasisi ya utafiti wa kilimo, kama sehemu ya mpango wa kupambana na ugonjwa wa batobato ulioathiri mashamba mengi mwaka jana.</p>
<p>Afisa wa kilimo wa kaunti, Bw. Hamisi Juma, alisema mbegu hizo mpya zinaweza kutoa mavuno mara mbili ya mbegu za kienyeji.</p>
<p>"Tunataka kila mkulima apate angalau gunia moja la vipandikizi kabla ya msimu wa mvua za vuli," alisema.</p>
<div class="jeg_post_tags"><span>Tags:</span> <a href="#">mihogo</a> <a href="#">kilimo</a> <a href="#">Kilindi</a></div>
</div></div>
<div class="jeg_share_bottom_container">Shiriki: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Twitter</a></div>
<div class="jeg_postblock_related"><h3>Habari Zinazohusiana</h3><ul><li><a href="#">Bei ya mahindi yashuka sokoni Mombasa</a> <span>Agosti 10, 2023</span></li><li><a href="#">Wavuvi walalamikia uhaba wa samaki</a> <span>Agosti 2, 2023</span></li></ul></div>
<div id="comments"><h3>Acha Maoni</h3><form><textarea placeholder="Maoni yako"></textarea><button>Tuma Maoni</button></form></div>
</div>
<div class="jeg_sidebar"><div class="widget"><h3>Habari Mpya</h3>{ul(["Serikali yatangaza bei mpya za mafuta","Timu ya taifa yashinda mechi ya kirafiki","Shule mpya ya sekondari yafunguliwa Lamu"])}</div></div>
</div></div>
{megafooter("2023 Sauti ya Pwani - Haki zote zimehifadhiwa", [("Sehemu",["Habari","Kilimo","Biashara","Michezo","Afya"]),("Kuhusu",["Kuhusu Sisi","Wasiliana Nasi","Tangaza Nasi","Sera ya Faragha"])], ["Masharti"])}
<script src="/wp-content/themes/jnews/assets/js/main.js"></script>
</body></html>'''
page('sw_wordpress_mihogo', 'https://sautiyapwani.example/kilimo/wakulima-wa-pwani-wapokea-mbegu-bora-za-mihogo/', 'sw',
 'Wakulima wa Pwani wapokea mbegu bora za mihogo', '2023-08-14',
 'Zaidi ya wakulima 3,000 katika kaunti ya Kilindi wamepokea vipandikizi vya mbegu bora za mihogo zinazostahimili magonjwa.',
 '"Tunataka kila mkulima apate angalau gunia moja la vipandikizi kabla ya msimu wa mvua za vuli," alisema.',
 ['Bei ya mahindi yashuka sokoni Mombasa', 'Serikali yatangaza bei mpya za mafuta', 'Wakulima wakipanda vipandikizi vya mihogo'],
 'WordPress JNews theme, Swahili; no metadata dates; visible "Agosti 14, 2023" only; topbar shows today\'s date; last sentence is a quote with attribution.', doc)
