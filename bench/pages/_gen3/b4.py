from lib import *

def pt_next():
    nav = ul(['Últimas','Agro','Economia','Política','Clima','Cidades','Esportes','Vídeos'], 'menu_menu__Lk2Ab', '/')
    paras_ = [
     'A massa de ar polar que avançou sobre o Sudeste nesta segunda-feira provocou geada em lavouras de café de pelo menos 30 municípios do sul de Minas Gerais, segundo levantamento preliminar da Emater-MG.',
     'As temperaturas chegaram a -2,4 °C em Cambuquira e a -1,8 °C em Carmo de Minas, de acordo com estações meteorológicas particulares. Nas áreas mais baixas, os produtores relataram folhas queimadas e ponteiros secos, sobretudo em cafezais plantados no ano passado.',
     '“Ainda é cedo para falar em perda de produção, porque a colheita deste ano já está praticamente encerrada. O que preocupa é o impacto na florada e na safra de 2025”, explicou o agrônomo Rafael Mendes, da cooperativa regional.',
     'A Emater-MG orienta os cafeicultores a não fazer podas imediatamente após a geada e a aguardar de 30 a 60 dias para avaliar a real extensão dos danos. Técnicos devem visitar as propriedades atingidas ao longo da semana.',
     'A previsão do Instituto Nacional de Meteorologia indica que o frio intenso deve continuar pelo menos até quarta-feira, com possibilidade de nova geada nas áreas de serra.',
     'No mercado, os contratos futuros do café arábica subiram quase 3% na bolsa de Nova York logo após as primeiras imagens das lavouras congeladas circularem nas redes sociais.']
    data = {"props":{"pageProps":{"article":{"id":"b7e2c1a4-5f3d-4e8a-9c21-7a0d4f1e6b32","slug":"geada-atinge-lavouras-cafe-sul-de-minas","title":"Geada atinge lavouras de café no sul de Minas e preocupa produtores","seoTitle":"Geada no sul de Minas: cafezais são atingidos | Portal Cerrado","subtitle":"Temperaturas negativas queimaram folhas em cafezais de ao menos 30 municípios; Emater pede cautela antes de podas","publishedAt":"2024-08-13T02:40:00.000Z","updatedAt":"2024-08-13T10:15:00.000Z","author":{"name":"Juliana Prado","city":"Varginha"},"section":{"slug":"agro","name":"Agro"},"body":[{"type":"paragraph","text":p} for p in paras_]},"related":[{"title":"Café arábica fecha julho com alta de 12%","publishedAt":"2024-07-31T20:10:00.000Z"},{"title":"Seca prolongada antecipa colheita no Cerrado Mineiro","publishedAt":"2024-07-22T13:00:00.000Z"}]},"__N_SSP":True},"page":"/[section]/[slug]","query":{"section":"agro","slug":"geada-atinge-lavouras-cafe-sul-de-minas"},"buildId":"k3Hq9_x2VbLmN0pR7sTuW","isFallback":False,"gssp":True,"locale":"pt-BR","scriptLoader":[]}
    body = paras(paras_, 'article_paragraph__9xQ2w')
    foot = ul(['Quem somos','Expediente','Fale conosco','Anuncie','Política de privacidade','Termos de uso','Trabalhe conosco'], 'footer_links__Hh3kP', '/institucional/')
    html = f'''<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>Geada no sul de Minas: cafezais são atingidos | Portal Cerrado</title><meta name="description" content="Temperaturas negativas queimaram folhas em cafezais de ao menos 30 municípios."/><meta property="og:title" content="Geada queima cafezais no sul de Minas"/><meta property="og:type" content="article"/><meta property="article:published_time" content="2024-08-13T02:40:00.000Z"/><meta property="article:modified_time" content="2024-08-13T10:15:00.000Z"/><link rel="canonical" href="https://www.portalcerrado.example.com.br/agro/geada-atinge-lavouras-cafe-sul-de-minas"/><meta name="next-head-count" content="10"/><link rel="preload" href="/_next/static/css/8a1f3e2b9c4d5e6f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1f3e2b9c4d5e6f.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-4e7c1a9b2d3f5e60.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0e1f2a3b4c5d6e7f.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-9f8e7d6c5b4a3921.js" defer=""></script></head><body><div id="__next"><div class="layout_wrapper__3mK8z"><header class="header_header__Qw7Lp"><div class="header_top__P0aZx"><a href="/assine">Assine</a><a href="/entrar">Entrar</a></div><a class="header_logo__Zr5Tt" href="/">Portal Cerrado</a><nav class="menu_nav__Vb6Ye">{nav}</nav></header><main class="article_main__Fk1Qs"><nav class="breadcrumb_nav__Yh2Mi" aria-label="breadcrumb"><a href="/">Início</a><span> / </span><a href="/agro">Agro</a><span> / </span><span>Café</span></nav><article class="article_article__Xy4Ds"><span class="article_hat__Lp0Mn">Clima e lavouras</span><h1 class="article_title__Rt8Uv">Geada atinge lavouras de café no sul de Minas e preocupa produtores</h1><h2 class="article_subtitle__Ws3Ab">Temperaturas negativas queimaram folhas em cafezais de ao menos 30 municípios; Emater pede cautela antes de podas</h2><div class="article_meta__Cd5Ef"><span class="article_author__Gh6Ij">Por <strong>Juliana Prado</strong>, de Varginha (MG)</span><time dateTime="2024-08-13T02:40:00.000Z" class="article_date__Kl7Mn">12/08/2024 23h40</time><span class="article_updated__Op8Qr">Atualizado em 13/08/2024 07h15</span></div><figure class="article_figure__St9Uv"><img alt="Folhas de café cobertas de gelo" src="/_next/image?url=https%3A%2F%2Fcdn.portalcerrado.example.com.br%2F2024%2F08%2Fgeada-cafe.jpg&amp;w=1200&amp;q=75" width="1200" height="675" decoding="async"/><figcaption>Cafezal amanhece coberto de gelo em Cambuquira (MG) — Foto: Arquivo pessoal/Antônio Reis</figcaption></figure><div class="article_body__Wx0Yz">{body}</div><div class="article_share__Ab1Cd"><span>Compartilhe:</span><a href="https://wa.me/?text=x">WhatsApp</a><a href="#">Facebook</a><a href="#">Telegram</a></div></article><aside class="related_related__Ef2Gh"><h3>Leia também</h3><ul><li><a href="/agro/cafe-arabica-fecha-julho-com-alta">Café arábica fecha julho com alta de 12%</a><time>31/07/2024</time></li><li><a href="/agro/seca-antecipa-colheita-cerrado-mineiro">Seca prolongada antecipa colheita no Cerrado Mineiro</a><time>22/07/2024</time></li></ul></aside><section class="newsletter_box__Ij3Kl"><h3>Receba o boletim do agro</h3><p>Cotações, clima e as principais notícias do campo, toda manhã no seu e-mail.</p><form><input type="email" placeholder="Seu e-mail"/><button type="submit">Quero receber</button></form></section></main><footer class="footer_footer__Mn4Op">{foot}<p>© 2024 Portal Cerrado Comunicação Ltda. Todos os direitos reservados.</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>'''
    save('pt_nextjs_ssr_geada', html, {
     "url": "https://www.portalcerrado.example.com.br/agro/geada-atinge-lavouras-cafe-sul-de-minas",
     "language": "pt",
     "title": "Geada atinge lavouras de café no sul de Minas e preocupa produtores",
     "published": "2024-08-12",
     "body_first": "A massa de ar polar que avançou sobre o Sudeste nesta segunda-feira provocou geada em lavouras de café de pelo menos 30 municípios do sul de Minas Gerais, segundo levantamento preliminar da Emater-MG.",
     "body_last": "No mercado, os contratos futuros do café arábica subiram quase 3% na bolsa de Nova York logo após as primeiras imagens das lavouras congeladas circularem nas redes sociais.",
     "absent": ["Temperaturas negativas queimaram folhas em cafezais de ao menos 30 municípios; Emater pede cautela antes de podas", "Cafezal amanhece coberto de gelo em Cambuquira (MG)", "Café arábica fecha julho com alta de 12%", "Cotações, clima e as principais notícias do campo, toda manhã no seu e-mail."],
     "notes": "Next.js pages router SSR, minified single-line HTML, hashed CSS-module classes, __NEXT_DATA__ JSON repeating body and dates. Near-midnight: visible '12/08/2024 23h40' (Brasília, UTC-3) but <time datetime>, article:published_time and publishedAt are 2024-08-13T02:40Z; local day is 12 August. <title>=seoTitle differs from h1; og:title differs; hat 'Clima e lavouras' kicker; h2 subtitle not body."})

def id_amp():
    body_ps = [
     'Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, terus turun dalam sepekan terakhir seiring mulai masuknya pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur.',
     'Berdasarkan pantauan pada Senin (19/8/2024), cabai rawit merah dijual Rp 32.000 per kilogram di tingkat pedagang grosir, turun dari Rp 48.000 per kilogram pada awal Agustus. Harga cabai merah keriting juga melemah menjadi Rp 28.000 per kilogram.',
     '<strong>Baca Juga:</strong> <a href="https://www.kabarpasar.example.co.id/amp/ekonomi/harga-bawang-merah-naik">Harga Bawang Merah Naik Jelang Musim Hujan</a>',
     'Ketua Asosiasi Pedagang Pasar Induk, Bambang Sutrisno, mengatakan pasokan cabai yang masuk ke Kramat Jati kini mencapai 90 ton per hari, hampir dua kali lipat dibandingkan bulan lalu.',
     '"Petani di Magelang dan Kediri sudah mulai panen besar. Kalau cuaca mendukung, harga masih bisa turun lagi sampai akhir bulan," ujarnya.',
     'Meski demikian, sejumlah pedagang eceran mengaku belum menurunkan harga karena masih memiliki stok yang dibeli dengan harga lama. Di pasar-pasar tradisional di Jakarta Selatan, cabai rawit merah masih dijual antara Rp 40.000 hingga Rp 45.000 per kilogram.',
     '<strong>Baca Juga:</strong> <a href="https://www.kabarpasar.example.co.id/amp/ekonomi/stok-beras-bulog-aman">Bulog Pastikan Stok Beras Aman hingga Akhir Tahun</a>',
     'Badan Pangan Nasional memperkirakan harga cabai akan relatif stabil hingga Oktober, sebelum berpotensi naik kembali saat musim hujan tiba.']
    ps = paras(body_ps)
    ps = ps.replace('<p><strong>Baca Juga', '<p class="baca-juga"><strong>Baca Juga')
    html = f'''<!doctype html>
<html ⚡ lang="id">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>Harga Cabai Rawit di Pasar Induk Turun Jelang Panen Raya - KabarPasar.com</title>
<link rel="canonical" href="https://www.kabarpasar.example.co.id/ekonomi/harga-cabai-rawit-turun-jelang-panen-raya">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="Harga Cabai Rawit Anjlok, Pasokan dari Jateng dan Jatim Melimpah">
<meta name="content_PublishedDate" content="2024-08-20 06:15:00">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.kabarpasar.example.co.id/ekonomi/harga-cabai-rawit-turun-jelang-panen-raya","headline":"Harga Cabai Rawit di Pasar Induk Turun Jelang Panen Raya","datePublished":"2024-08-20T06:15:00+07:00","dateModified":"2024-08-20T06:15:00+07:00","author":{"@type":"Person","name":"Dinda Kusuma"},"publisher":{"@type":"Organization","name":"KabarPasar.com","logo":{"@type":"ImageObject","url":"https://www.kabarpasar.example.co.id/img/logo.png"}},"image":["https://img.kabarpasar.example.co.id/2024/08/cabai-kramat-jati.jpg"]})}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Roboto,Arial,sans-serif;margin:0;color:#222}}.header{{background:#c40000;color:#fff;padding:10px 16px}}.title{{font-size:24px;line-height:1.3;margin:12px 16px}}.date{{font-size:12px;color:#777;margin:0 16px}}.content{{padding:0 16px;font-size:17px;line-height:1.7}}.baca-juga{{border-left:3px solid #c40000;padding-left:8px}}.tag a{{display:inline-block;background:#eee;padding:4px 8px;margin:2px;border-radius:3px;color:#333;text-decoration:none}}.footer{{background:#222;color:#bbb;padding:16px;font-size:12px}}</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">
 <ul class="sidebar-menu"><li><a href="/amp/">Beranda</a></li><li><a href="/amp/ekonomi">Ekonomi</a></li><li><a href="/amp/bisnis">Bisnis</a></li><li><a href="/amp/pertanian">Pertanian</a></li><li><a href="/amp/nasional">Nasional</a></li><li><a href="/amp/daerah">Daerah</a></li><li><a href="/amp/teknologi">Teknologi</a></li><li><a href="/amp/gaya-hidup">Gaya Hidup</a></li><li><a href="/amp/indeks">Indeks Berita</a></li></ul>
</amp-sidebar>
<header class="header"><button on="tap:sidebar.toggle" class="hamburger">☰</button> <a href="/amp/" class="logo">KabarPasar.com</a></header>
<div class="breadcrumb"><a href="/amp/">Home</a> » <a href="/amp/ekonomi">Ekonomi</a></div>
<amp-ad width="320" height="100" type="doubleclick" data-slot="/1234567/kabarpasar_amp_top"><div placeholder>Advertisement</div></amp-ad>
<article>
 <div class="kanal">Ekonomi</div>
 <h1 class="title">Harga Cabai Rawit di Pasar Induk Turun Jelang Panen Raya</h1>
 <div class="author">Dinda Kusuma - <span class="kabarpasar">KabarPasar.com</span></div>
 <div class="date">Selasa, 20 Agu 2024 06:15 WIB</div>
 <amp-social-share type="whatsapp" width="36" height="36"></amp-social-share><amp-social-share type="facebook" width="36" height="36" data-param-app_id="1234567890"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share>
 <figure><amp-img src="https://img.kabarpasar.example.co.id/2024/08/cabai-kramat-jati.jpg" width="640" height="360" layout="responsive" alt="Pedagang cabai di Pasar Induk Kramat Jati"></amp-img><figcaption>Pedagang menata cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur. (Foto: KabarPasar/Rizal Anwar)</figcaption></figure>
 <div class="content">
 <p><strong>Jakarta</strong> - {body_ps[0]}</p>
{ps.split("</p>",1)[1]}
 <p class="editor">(Editor: Hendra Wijaya)</p>
 </div>
 <div class="tag"><span>Tag:</span> <a href="/amp/tag/harga-cabai">harga cabai</a> <a href="/amp/tag/pasar-induk-kramat-jati">pasar induk kramat jati</a> <a href="/amp/tag/inflasi-pangan">inflasi pangan</a></div>
</article>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234567/kabarpasar_amp_mid"></amp-ad>
<section class="terkait"><h2>Berita Terkait</h2><ul><li><a href="/amp/ekonomi/harga-telur-ayam-stabil">Harga Telur Ayam Ras Stabil di Rp 27.000 per Kg</a> <span>Senin, 19 Agu 2024</span></li><li><a href="/amp/ekonomi/petani-cabai-magelang-panen">Petani Cabai Magelang Mulai Panen, Harga di Tingkat Petani Anjlok</a> <span>Jumat, 16 Agu 2024</span></li><li><a href="/amp/ekonomi/inflasi-juli-2024">BPS: Inflasi Juli 2024 Dipicu Harga Pangan</a> <span>Kamis, 1 Agu 2024</span></li></ul></section>
<section class="populer"><h2>Terpopuler</h2><ol><li><a href="/amp/nasional/jadwal-libur-nasional-2024">Jadwal Libur Nasional dan Cuti Bersama Sisa 2024</a></li><li><a href="/amp/bisnis/harga-emas-antam-hari-ini">Harga Emas Antam Hari Ini Naik Rp 5.000</a></li><li><a href="/amp/daerah/jalan-tol-baru-dibuka">Jalan Tol Baru Dibuka Gratis Selama Sepekan</a></li></ol></section>
<footer class="footer"><p><a href="/amp/redaksi">Redaksi</a> | <a href="/amp/pedoman-media-siber">Pedoman Media Siber</a> | <a href="/amp/kebijakan-privasi">Kebijakan Privasi</a> | <a href="/amp/kontak">Kontak</a> | <a href="/amp/karir">Karir</a></p><p>Copyright © 2024 KabarPasar.com. All Rights Reserved.</p></footer>
</body>
</html>'''
    save('id_amp_berita', html, {
     "url": "https://www.kabarpasar.example.co.id/amp/ekonomi/harga-cabai-rawit-turun-jelang-panen-raya",
     "language": "id",
     "title": "Harga Cabai Rawit di Pasar Induk Turun Jelang Panen Raya",
     "published": "2024-08-20",
     "body_first": "Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, terus turun dalam sepekan terakhir seiring mulai masuknya pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur.",
     "body_last": "Badan Pangan Nasional memperkirakan harga cabai akan relatif stabil hingga Oktober, sebelum berpotensi naik kembali saat musim hujan tiba.",
     "absent": ["Harga Bawang Merah Naik Jelang Musim Hujan", "(Editor: Hendra Wijaya)", "Pedagang menata cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur.", "Harga Telur Ayam Ras Stabil di Rp 27.000 per Kg"],
     "notes": "AMP page (html ⚡, amp-img, amp-ad, amp-sidebar, amp-boilerplate). Place-only dateline '<strong>Jakarta</strong> -' opens the first paragraph (excluded, same convention as datelines). Inline 'Baca Juga:' related links inside the body div are not body; editor sign-off not body. Visible 'Selasa, 20 Agu 2024 06:15 WIB' (abbreviated month); JSON-LD with +07:00 (UTC is 19 Aug 23:15); in-text date 'Senin (19/8/2024)'; related items dated 19/16/1 Aug. og:title differs; <title> has site suffix."})

def ja_table():
    news = ''.join(f'<tr><td class="date" nowrap>{d}</td><td><a href="/kisha/{i}.html">{t}</a></td></tr>\n' for i,(d,t) in enumerate([
      ('令和6年9月27日','秋の農作業安全確認運動を実施します'),('令和6年9月20日','県産米「みのりの雫」の出荷が始まりました'),('令和6年9月13日','鳥インフルエンザ防疫演習を実施しました'),('令和6年9月6日','農業大学校オープンキャンパスの開催について')],200))
    html = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<meta name="keywords" content="森林,ボランティア,募集,みどり県">
<title>報道発表資料：「ふるさと森林ボランティア」の参加者を募集します／みどり県</title>
<link rel="stylesheet" href="/common/css/base.css" type="text/css">
<script type="text/javascript" src="/common/js/fontsize.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#333333" link="#0033CC" vlink="#663399" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" summary="ヘッダー">
<tr><td><a href="#contents"><img src="/common/img/spacer.gif" width="1" height="1" alt="本文へ移動" border="0"></a></td></tr>
<tr><td bgcolor="#2E7D32"><table width="100%" border="0" cellspacing="0" cellpadding="6"><tr>
<td><a href="/"><img src="/common/img/logo.gif" width="220" height="48" alt="みどり県" border="0"></a></td>
<td align="right"><font size="2" color="#FFFFFF">文字サイズ <a href="javascript:fsc('s')"><font color="#FFFFFF">小</font></a> <a href="javascript:fsc('m')"><font color="#FFFFFF">中</font></a> <a href="javascript:fsc('l')"><font color="#FFFFFF">大</font></a> ｜ <a href="/sitemap.html"><font color="#FFFFFF">サイトマップ</font></a> ｜ <a href="/foreign/"><font color="#FFFFFF">Foreign Language</font></a></font></td>
</tr></table></td></tr>
<tr><td><table width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#CCCCCC"><tr bgcolor="#E8F5E9" align="center">
<td><a href="/kurashi/">くらし・環境</a></td><td><a href="/kenko/">健康・福祉</a></td><td><a href="/kyoiku/">教育・文化</a></td><td><a href="/sangyo/">産業・しごと</a></td><td><a href="/machi/">まちづくり</a></td><td><a href="/kensei/">県政情報</a></td>
</tr></table></td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><font size="2"><a href="/">トップページ</a> &gt; <a href="/kensei/">県政情報</a> &gt; <a href="/kisha/">報道発表資料</a> &gt; 「ふるさと森林ボランティア」の参加者を募集します</font></td></tr>
<tr valign="top">
<td width="200" bgcolor="#F1F8E9">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td><b>農林水産部</b></td></tr>
<tr><td><a href="/nourin/nosei/">農政課</a></td></tr>
<tr><td><a href="/nourin/shinrin/">森林整備課</a></td></tr>
<tr><td><a href="/nourin/suisan/">水産振興課</a></td></tr>
<tr><td><a href="/nourin/chikusan/">畜産課</a></td></tr>
<tr><td><a href="/nourin/ninaite/">担い手支援課</a></td></tr>
<tr><td><br><b>関連リンク</b></td></tr>
<tr><td><a href="/nourin/shinrin/volunteer.html">森林ボランティア活動の紹介</a></td></tr>
<tr><td><a href="/nourin/shinrin/kankyozei.html">森林環境税について</a></td></tr>
</table>
</td>
<td width="760"><a name="contents"></a>
<table width="100%" border="0" cellspacing="0" cellpadding="10">
<tr><td>
<p align="right"><font size="2">令和6年10月1日<br>みどり県農林水産部森林整備課</font></p>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#2E7D32"><font color="#FFFFFF" size="4"><b>「ふるさと森林ボランティア」の参加者を募集します</b></font></td></tr></table>
<p>県では、県民の皆さんに森林づくりへの理解を深めていただくため、下草刈りや間伐などの作業を体験する「ふるさと森林ボランティア」を実施します。</p>
<p>今年度は、県内3か所の県有林で計6回の活動を予定しています。作業は森林インストラクターが丁寧に指導しますので、初めての方でも安心してご参加いただけます。</p>
<p>活動日は11月9日（土曜日）から12月14日（土曜日）までの土曜日で、各回とも午前9時30分から午後3時までです。小学生以上であればどなたでも参加でき、小学生は保護者の同伴が必要です。</p>
<p>参加費は無料で、軍手やヘルメットなどの用具は県で用意します。昼食と飲み物は各自でお持ちください。</p>
<p>申込みは、10月25日（金曜日）までに、県ホームページの電子申請フォームまたははがきでお願いします。応募多数の場合は抽選とし、結果は11月1日までにお知らせします。</p>
<p>昨年度は延べ214人の方に参加いただき、約3.5ヘクタールの森林で下草刈りを行いました。</p>
<table width="100%" border="1" cellspacing="0" cellpadding="6" bordercolor="#999999" summary="問い合わせ先">
<tr><td bgcolor="#EEEEEE" width="120"><font size="2">問い合わせ先</font></td><td><font size="2">みどり県農林水産部森林整備課　森林活用担当<br>電話：0123-45-6789（直通）　ファクス：0123-45-6790<br>メール：shinrin@pref.midori.example.lg.jp</font></td></tr>
</table>
<p><font size="2"><a href="/kisha/files/r6_forest_volunteer.pdf">実施要領（PDF形式：182KB）</a></font></p>
<p><font size="2">PDFファイルをご覧いただくには、Adobe Acrobat Reader が必要です。</font></p>
<hr size="1" noshade>
<p><font size="2"><b>最近の報道発表資料</b></font></p>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
{news}</table>
<p align="right"><font size="2">最終更新日：令和6年10月3日</font></p>
</td></tr>
</table>
</td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="8" align="center" bgcolor="#2E7D32">
<tr><td align="center"><font size="2" color="#FFFFFF"><a href="/policy/"><font color="#FFFFFF">サイトポリシー</font></a> ｜ <a href="/privacy/"><font color="#FFFFFF">個人情報の取り扱い</font></a> ｜ <a href="/accessibility/"><font color="#FFFFFF">ウェブアクセシビリティ方針</font></a> ｜ <a href="/link/"><font color="#FFFFFF">リンク集</font></a><br>
みどり県庁　〒900-8570　みどり市中央1丁目2番3号　電話：0123-45-1111（代表）<br>
法人番号：1234567890123<br>
Copyright (C) Midori Prefecture. All Rights Reserved.</font></td></tr>
</table>
</body>
</html>'''
    save('ja_table_layout_reiwa_sjis', html, {
     "url": "http://www.pref.midori.example.lg.jp/kisha/r6/1001_forest_volunteer.html",
     "language": "ja",
     "title": "「ふるさと森林ボランティア」の参加者を募集します",
     "published": "2024-10-01",
     "body_first": "県では、県民の皆さんに森林づくりへの理解を深めていただくため、下草刈りや間伐などの作業を体験する「ふるさと森林ボランティア」を実施します。",
     "body_last": "昨年度は延べ214人の方に参加いただき、約3.5ヘクタールの森林で下草刈りを行いました。",
     "absent": ["みどり県農林水産部森林整備課　森林活用担当", "PDFファイルをご覧いただくには、Adobe Acrobat Reader が必要です。", "秋の農作業安全確認運動を実施します", "森林環境税について"],
     "notes": "Old prefectural government page: HTML 4.01 table layout, <font> tags, file encoded in Shift_JIS (declared via http-equiv). Headline is a bold <font> in a table cell (no h1). Dates only in Japanese era form: '令和6年10月1日' (Reiwa 6 = 2024) and '最終更新日：令和6年10月3日'; event dates in text (11月9日, 10月25日) without year; news list with 令和6年9月 dates. <title> has '報道発表資料：' prefix and '／みどり県' suffix. Contact table and PDF notice excluded."}, encoding='shift_jis', kind=3)

def vi_blogger():
    arch = ''.join(f"<li class='archivedate'><a class='post-count-link' href='https://lenxuongtaybac.example.blogspot.com/{y}/'>{y}</a> <span class='post-count' dir='ltr'>({n})</span></li>" for y,n in [(2024,14),(2023,37),(2022,41),(2021,29)])
    body = '<br />\n'.join([
     'Sáng 10/3, tại thành phố Điện Biên Phủ, Lễ hội hoa ban năm 2024 đã chính thức khai mạc với màn trình diễn nghệ thuật của hơn 500 diễn viên, nghệ nhân đến từ các dân tộc Thái, Mông, Khơ Mú.',
     '',
     'Theo Ban tổ chức, trong 4 ngày diễn ra lễ hội, thành phố đã đón hơn 30.000 lượt khách, tăng gần gấp đôi so với năm trước. Các khách sạn, nhà nghỉ ở trung tâm gần như kín phòng vào dịp cuối tuần.',
     '',
     'Năm nay hoa ban nở muộn hơn mọi năm khoảng một tuần do thời tiết ấm, nhưng đến những ngày lễ hội thì các con đường lên đồi A1 và khu vực hồ Pá Khoang đã trắng màu hoa. Mình đi dạo từ sáng sớm, sương còn đọng trên cánh hoa, cảm giác rất khác so với xem ảnh trên mạng.',
     '',
     'Ngoài các chương trình văn nghệ, lễ hội còn có thi người đẹp hoa ban, chợ phiên ẩm thực Tây Bắc và các trò chơi dân gian như ném còn, đẩy gậy, kéo co. Món mình thích nhất là xôi nếp nương ăn với chẳm chéo, giá chỉ 15.000 đồng một gói.',
     '',
     'Nếu các bạn định đi năm sau, nên đặt phòng trước ít nhất hai tuần và chuẩn bị áo ấm vì buổi tối ở Điện Biên khá lạnh. Từ Hà Nội có thể đi xe khách giường nằm khoảng 10 tiếng hoặc bay thẳng chỉ hơn một tiếng.',
     '',
     'Hẹn gặp lại mọi người trong bài viết tiếp theo về cung đường Mường Lay – Sìn Hồ!'])
    html = f'''<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://lenxuongtaybac.example.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://lenxuongtaybac.example.blogspot.com/2024/03/le-hoi-hoa-ban-dien-bien-2024.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Lên Xuống Tây Bắc - Atom" href="https://lenxuongtaybac.example.blogspot.com/feeds/posts/default" />
<meta content='Lễ hội hoa ban Điện Biên 2024 thu hút hơn 30.000 lượt khách' property='og:title'/>
<title>Lên Xuống Tây Bắc: Lễ hội hoa ban Điện Biên 2024 thu hút hơn 30.000 lượt khách</title>
<style id='page-skin-1' type='text/css'><!--
body {{font: normal normal 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #333333; background: #eeeeee none repeat scroll top left;}}
.date-header span {{background-color: #bbbbbb; color: #ffffff; padding: 0.4em; letter-spacing: 3px; margin: inherit;}}
.post-body {{font-size: 110%; line-height: 1.4; position: relative;}}
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css' />
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Thanh điều hướng'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}</script><div id="navbar-iframe-container"></div></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://lenxuongtaybac.example.blogspot.com/'>Lên Xuống Tây Bắc</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Nhật ký những chuyến đi vùng núi phía Bắc của một giáo viên mê xê dịch</span></p></div></div>
</div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul><li><a href='https://lenxuongtaybac.example.blogspot.com/'>Trang chủ</a></li><li><a href='https://lenxuongtaybac.example.blogspot.com/p/gioi-thieu.html'>Giới thiệu</a></li><li><a href='https://lenxuongtaybac.example.blogspot.com/search/label/Kinh%20nghi%E1%BB%87m'>Kinh nghiệm</a></li><li><a href='https://lenxuongtaybac.example.blogspot.com/search/label/L%E1%BB%85%20h%E1%BB%99i'>Lễ hội</a></li><li><a href='https://lenxuongtaybac.example.blogspot.com/p/lien-he.html'>Liên hệ</a></li></ul></div></div></div></div>
<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>Thứ Hai, 11 tháng 3, 2024</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/hoa-ban.jpg' itemprop='image_url'/>
<meta content='7301234567890123456' itemprop='blogId'/>
<meta content='4412345678901234567' itemprop='postId'/>
<a name='4412345678901234567'></a>
<h3 class='post-title entry-title' itemprop='name'>
Lễ hội hoa ban Điện Biên 2024 thu hút hơn 30.000 lượt khách
</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-4412345678901234567' itemprop='description articleBody'>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s1600/hoa-ban.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1080" data-original-width="1620" height="427" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/w640-h427/hoa-ban.jpg" width="640" /></a></div><div class="separator" style="clear: both; text-align: center;"><i>Hoa ban nở trắng trên đồi A1 sáng ngày khai mạc</i></div><br />
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/01234567890123456789' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/01234567890123456789' rel='author' title='author profile'><span itemprop='name'>Cô giáo Thu Hà</span></a></span></span>
<span class='post-timestamp'>vào lúc <meta content='https://lenxuongtaybac.example.blogspot.com/2024/03/le-hoi-hoa-ban-dien-bien-2024.html' itemprop='url'/><a class='timestamp-link' href='https://lenxuongtaybac.example.blogspot.com/2024/03/le-hoi-hoa-ban-dien-bien-2024.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2024-03-11T21:45:00+07:00'>21:45</abbr></a></span>
<span class='post-comment-link'><a class='comment-link' href='#comment-form'>2 nhận xét</a></span>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Nhãn: <a href='https://lenxuongtaybac.example.blogspot.com/search/label/%C4%90i%E1%BB%87n%20Bi%C3%AAn' rel='tag'>Điện Biên</a>, <a href='https://lenxuongtaybac.example.blogspot.com/search/label/L%E1%BB%85%20h%E1%BB%99i' rel='tag'>Lễ hội</a></span></div>
</div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>2 nhận xét:</h4>
<div class='comments-content'><ol>
<li class='comment'><p class='comment-header'><cite class='user'>Minh Tuấn</cite> <span class='datetime secondary-text'>12 tháng 3, 2024 lúc 08:14</span></p><p class='comment-content'>Ảnh đẹp quá cô ơi! Năm sau em nhất định phải lên một lần.</p></li>
<li class='comment'><p class='comment-header'><cite class='user'>Lan Phương</cite> <span class='datetime secondary-text'>14 tháng 3, 2024 lúc 20:02</span></p><p class='comment-content'>Cho mình hỏi xe khách từ bến Mỹ Đình đi mấy giờ vậy ạ?</p></li>
</ol></div>
<p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/7301234567890123456/4412345678901234567'>Đăng nhận xét</a></p></div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://lenxuongtaybac.example.blogspot.com/2024/03/muong-lay-sin-ho.html' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span> <span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://lenxuongtaybac.example.blogspot.com/2024/02/tet-cua-nguoi-mong.html' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span> <a class='home-link' href='https://lenxuongtaybac.example.blogspot.com/'>Trang chủ</a></div>
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>
<div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>Giới thiệu về tôi</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/01234567890123456789'>Cô giáo Thu Hà</a></dt><dd class='profile-textblock'>Giáo viên tiếng Anh ở Hà Nội, cứ nghỉ hè là xách ba lô lên núi.</dd></dl></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'>{arch}</ul></div></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul><li><a href='https://lenxuongtaybac.example.blogspot.com/2023/10/ha-giang-mua-tam-giac-mach.html'>Hà Giang mùa tam giác mạch: lịch trình 4 ngày 3 đêm</a></li><li><a href='https://lenxuongtaybac.example.blogspot.com/2023/09/mu-cang-chai-lua-chin.html'>Mù Cang Chải mùa lúa chín có gì?</a></li></ul></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Chủ đề Đơn giản. Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1601900224-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY5x';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d7301234567890123456','//lenxuongtaybac.example.blogspot.com/2024/03/le-hoi-hoa-ban-dien-bien-2024.html','7301234567890123456');_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '7301234567890123456', 'title': 'L\\xean Xu\\u1ed1ng T\\xe2y B\\u1eafc', 'pageType': 'item', 'postId': '4412345678901234567', 'pageName': 'L\\u1ec5 h\\u1ed9i hoa ban \\u0110i\\u1ec7n Bi\\xean 2024 thu h\\xfat h\\u01a1n 30.000 l\\u01b0\\u1ee3t kh\\xe1ch', 'languageDirection': 'ltr'}}}}]);</script>
</body>
</html>'''
    save('vi_blogger_le_hoi', html, {
     "url": "https://lenxuongtaybac.example.blogspot.com/2024/03/le-hoi-hoa-ban-dien-bien-2024.html",
     "language": "vi",
     "title": "Lễ hội hoa ban Điện Biên 2024 thu hút hơn 30.000 lượt khách",
     "published": "2024-03-11",
     "body_first": "Sáng 10/3, tại thành phố Điện Biên Phủ, Lễ hội hoa ban năm 2024 đã chính thức khai mạc với màn trình diễn nghệ thuật của hơn 500 diễn viên, nghệ nhân đến từ các dân tộc Thái, Mông, Khơ Mú.",
     "body_last": "Hẹn gặp lại mọi người trong bài viết tiếp theo về cung đường Mường Lay – Sìn Hồ!",
     "absent": ["Hoa ban nở trắng trên đồi A1 sáng ngày khai mạc", "Cho mình hỏi xe khách từ bến Mỹ Đình đi mấy giờ vậy ạ?", "Hà Giang mùa tam giác mạch: lịch trình 4 ngày 3 đêm", "Giáo viên tiếng Anh ở Hà Nội, cứ nghỉ hè là xách ba lô lên núi."],
     "notes": "Blogger classic 'Simple' template. h1 is the blog name; the post headline is an h3.post-title. Body is <br />-separated text (no <p>), image caption as an italic div at the top of post-body. Date header 'Thứ Hai, 11 tháng 3, 2024' plus abbr.published title 2024-03-11T21:45+07:00 (time-only visible '21:45'); text mentions 'Sáng 10/3' (event day before publication); comments dated 12 and 14 March; archive years."})

def pl_hugo():
    nav = ul([('Aktualności','/posts/'),('Wydarzenia','/wydarzenia/'),('O nas','/o-nas/'),('Członkostwo','/czlonkostwo/'),('Regulamin','/regulamin/'),('Kontakt','/kontakt/')], 'menu', '/')
    body = '''<p>Po dwóch latach przerwy wracają nasze sobotnie warsztaty lutowania dla dzieci i młodzieży w wieku od 10 do 15 lat.</p>
<p>Pierwsze zajęcia odbędą się 19 października w naszej pracowni przy ulicy Tymienieckiego. Uczestnicy zbudują od podstaw prosty miernik wilgotności gleby do doniczki, który zapala diodę, gdy roślina potrzebuje podlania. Wszystkie części, narzędzia i okulary ochronne zapewniamy na miejscu.</p>
<h2 id="jak-się-zapisać">Jak się zapisać?</h2>
<p>Liczba miejsc jest ograniczona do dwunastu osób na jedne zajęcia, bo przy każdym stanowisku chcemy mieć opiekuna. Zapisy prowadzimy przez formularz na stronie wydarzenia – decyduje kolejność zgłoszeń. Udział jest bezpłatny dzięki wsparciu z budżetu obywatelskiego miasta.</p>
<p>Dzieci do 13. roku życia muszą przyjść z rodzicem lub opiekunem, który może zostać w pracowni na czas zajęć. Dla dorosłych mamy w tym czasie kawę i stół z projektami członków, którymi można się pobawić.</p>
<h2 id="dlaczego-lutowanie">Dlaczego lutowanie?</h2>
<p>Z doświadczenia wiemy, że nic tak nie wciąga jak chwila, w której własnoręcznie zmontowany układ pierwszy raz działa. W poprzednich edycjach kilkoro uczestników wróciło do nas później jako wolontariusze, a jedna osoba prowadzi dziś własne zajęcia w szkole.</p>
<p>Jeśli chcesz pomóc jako opiekun stanowiska, napisz do nas – szczególnie przydadzą się osoby, które mają cierpliwość do tłumaczenia prawa Ohma po raz piąty.</p>'''
    html = f'''<!DOCTYPE html>
<html lang="pl" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Warsztaty lutowania dla dzieci wracają do Hackerspace Łódź | Hackerspace Łódź</title>
<meta name="keywords" content="warsztaty, dzieci, elektronika">
<meta name="description" content="Po dwóch latach przerwy wracają nasze sobotnie warsztaty lutowania dla dzieci i młodzieży w wieku od 10 do 15 lat.">
<meta name="author" content="Zespół HSŁ">
<link rel="canonical" href="https://hackerspace-lodz.example.pl/posts/2024/warsztaty-lutowania-dla-dzieci/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.121.1">
<meta property="og:title" content="Warsztaty lutowania dla dzieci wracają!">
<meta property="og:description" content="Po dwóch latach przerwy wracają nasze sobotnie warsztaty lutowania dla dzieci i młodzieży w wieku od 10 do 15 lat.">
<meta property="og:type" content="article">
<meta property="og:url" content="https://hackerspace-lodz.example.pl/posts/2024/warsztaty-lutowania-dla-dzieci/">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="2024-10-03T18:00:00+02:00">
<meta property="article:modified_time" content="2024-10-07T09:30:00+02:00">
{jsonld({"@context":"https://schema.org","@type":"BlogPosting","headline":"Warsztaty lutowania dla dzieci wracają do Hackerspace Łódź","name":"Warsztaty lutowania dla dzieci wracają do Hackerspace Łódź","description":"Po dwóch latach przerwy wracają nasze sobotnie warsztaty lutowania dla dzieci i młodzieży w wieku od 10 do 15 lat.","wordCount":"262","inLanguage":"pl","datePublished":"2024-10-03T18:00:00+02:00","dateModified":"2024-10-07T09:30:00+02:00","author":{"@type":"Person","name":"Zespół HSŁ"},"mainEntityOfPage":{"@type":"WebPage","@id":"https://hackerspace-lodz.example.pl/posts/2024/warsztaty-lutowania-dla-dzieci/"}})}
<noscript><style>#theme-toggle,.top-link{{display:none}}</style></noscript>
</head>
<body id="top">
<script>if(localStorage.getItem("pref-theme")==="dark"){{document.body.classList.add("dark")}}</script>
<header class="header">
<nav class="nav"><div class="logo"><a href="https://hackerspace-lodz.example.pl/" accesskey="h" title="Hackerspace Łódź (Alt + H)">Hackerspace Łódź</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">◐</button></div></div>
{nav}
</nav>
</header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="https://hackerspace-lodz.example.pl/">Strona główna</a>&nbsp;»&nbsp;<a href="https://hackerspace-lodz.example.pl/posts/">Aktualności</a></div>
<h1 class="post-title entry-hint-parent">Warsztaty lutowania dla dzieci wracają do Hackerspace Łódź</h1>
<div class="post-meta"><span title='2024-10-03 18:00:00 +0200 CEST'>3 października 2024</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;262 słów&nbsp;·&nbsp;Zespół HSŁ&nbsp;|&nbsp;<a href="https://git.hackerspace-lodz.example.pl/www/strona/src/branch/main/content/posts/2024/warsztaty-lutowania-dla-dzieci.md" rel="noopener noreferrer" target="_blank">Zaproponuj zmianę</a></div>
</header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Spis treści</span></summary><div class="inner"><ul><li><a href="#jak-się-zapisać" aria-label="Jak się zapisać?">Jak się zapisać?</a></li><li><a href="#dlaczego-lutowanie" aria-label="Dlaczego lutowanie?">Dlaczego lutowanie?</a></li></ul></div></details></div>
<figure class="entry-cover"><img loading="eager" src="https://hackerspace-lodz.example.pl/posts/2024/warsztaty-lutowania-dla-dzieci/cover.jpg" alt="Dzieci przy stołach z lutownicami"><p>Warsztaty z 2022 roku. Fot. Kasia W.</p></figure>
<div class="post-content">
{body}
<p class="lastmod"><em>Ostatnia aktualizacja: 7 października 2024 – dodano informację o opiekunach.</em></p>
</div>
<footer class="post-footer">
<ul class="post-tags"><li><a href="https://hackerspace-lodz.example.pl/tags/warsztaty/">Warsztaty</a></li><li><a href="https://hackerspace-lodz.example.pl/tags/dzieci/">Dzieci</a></li><li><a href="https://hackerspace-lodz.example.pl/tags/elektronika/">Elektronika</a></li></ul>
<nav class="paginav"><a class="prev" href="https://hackerspace-lodz.example.pl/posts/2024/nowa-drukarka-3d/"><span class="title">« Poprzednia</span><br><span>Mamy nową drukarkę 3D – i zasady korzystania z niej</span></a>
<a class="next" href="https://hackerspace-lodz.example.pl/posts/2024/dzien-otwarty-wrzesien/"><span class="title">Następna »</span><br><span>Relacja z dnia otwartego 14 września</span></a></nav>
<div class="share-buttons"><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/?text=x">X</a> <a target="_blank" rel="noopener noreferrer" aria-label="share on facebook" href="https://facebook.com/sharer/sharer.php?u=x">Facebook</a> <a target="_blank" rel="noopener noreferrer" aria-label="share on telegram" href="https://telegram.me/share/url?text=x">Telegram</a></div>
</footer>
</article>
</main>
<footer class="footer">
<span>&copy; 2024 <a href="https://hackerspace-lodz.example.pl/">Hackerspace Łódź</a></span> · Stowarzyszenie Hackerspace Łódź, KRS 0000123456 ·
<span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"),menu.onscroll=function(){{localStorage.setItem("menu-scroll-position",menu.scrollLeft)}}),document.querySelectorAll('a[href^="#"]').forEach(e=>{{e.addEventListener("click",function(e){{e.preventDefault();var t=this.getAttribute("href").substr(1);window.matchMedia("(prefers-reduced-motion: reduce)").matches?document.querySelector(`[id='${{decodeURIComponent(t)}}']`).scrollIntoView():document.querySelector(`[id='${{decodeURIComponent(t)}}']`).scrollIntoView({{behavior:"smooth"}}),t==="top"?history.replaceState(null,null," "):history.pushState(null,null,`#${{t}}`)}})}})</script>
</body>
</html>'''
    save('pl_hugo_papermod', html, {
     "url": "https://hackerspace-lodz.example.pl/posts/2024/warsztaty-lutowania-dla-dzieci/",
     "language": "pl",
     "title": "Warsztaty lutowania dla dzieci wracają do Hackerspace Łódź",
     "published": "2024-10-03",
     "body_first": "Po dwóch latach przerwy wracają nasze sobotnie warsztaty lutowania dla dzieci i młodzieży w wieku od 10 do 15 lat.",
     "body_last": "Jeśli chcesz pomóc jako opiekun stanowiska, napisz do nas – szczególnie przydadzą się osoby, które mają cierpliwość do tłumaczenia prawa Ohma po raz piąty.",
     "absent": ["Ostatnia aktualizacja: 7 października 2024 – dodano informację o opiekunach.", "Mamy nową drukarkę 3D – i zasady korzystania z niej", "Warsztaty z 2022 roku.", "Zaproponuj zmianę"],
     "notes": "Hugo + PaperMod theme. Visible Polish genitive month '3 października 2024' (title attr has CEST timestamp). A 'last updated' note in italics inside post-content (7 października) is not body; TOC, cover caption, prev/next with 'dzień otwarty 14 września' are not body. Event date '19 października' in text. Body contains h2 subheadings. Meta description equals body_first. <title> has site suffix; og:title differs."})

for f in (pt_next, id_amp, ja_table, vi_blogger, pl_hugo): f()
