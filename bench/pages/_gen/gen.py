# Generator for labelled extractor test pages. Content lives in arts_*.py.
import json, re, html, os, sys, random, importlib, glob

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

UI = {
 'en': dict(home='Home', news='News', press='Press releases', about='About us', contact='Contact', search='Search', share='Share this article', related='Related articles', latest='Latest news', cookie='We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.', accept='Accept all', reject='Reject', comments='Comments', privacy='Privacy policy', imprint='Legal notice', rights='All rights reserved.', menu=['Topics','Services','Publications','Events','Careers','Media centre','Data & statistics','Jobs'], updated='Last updated', newsletter='Subscribe to our newsletter', readmore='Read more', print_='Print', back='Back to overview', tags='Tags'),
 'de': dict(home='Startseite', news='Aktuelles', press='Pressemitteilungen', about='Über uns', contact='Kontakt', search='Suche', share='Artikel teilen', related='Das könnte Sie auch interessieren', latest='Neueste Meldungen', cookie='Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service zu bieten. Weitere Informationen finden Sie in unserer Datenschutzerklärung.', accept='Alle akzeptieren', reject='Nur notwendige', comments='Kommentare', privacy='Datenschutz', imprint='Impressum', rights='Alle Rechte vorbehalten.', menu=['Themen','Service','Publikationen','Termine','Ministerium','Presse','Mediathek','Karriere'], updated='Zuletzt aktualisiert', newsletter='Newsletter abonnieren', readmore='Weiterlesen', print_='Drucken', back='Zurück zur Übersicht', tags='Schlagworte'),
 'fr': dict(home='Accueil', news='Actualités', press='Communiqués de presse', about='Qui sommes-nous', contact='Contact', search='Rechercher', share='Partager cet article', related='À lire aussi', latest='Dernières actualités', cookie='Ce site utilise des cookies pour améliorer votre expérience de navigation. Vous pouvez modifier vos préférences à tout moment.', accept='Tout accepter', reject='Tout refuser', comments='Commentaires', privacy='Politique de confidentialité', imprint='Mentions légales', rights='Tous droits réservés.', menu=['Thématiques','Démarches','Publications','Agenda','Le ministère','Presse','Vidéos','Recrutement'], updated='Mis à jour le', newsletter="S'abonner à la lettre d'information", readmore='Lire la suite', print_='Imprimer', back='Retour à la liste', tags='Mots-clés'),
 'es': dict(home='Inicio', news='Noticias', press='Notas de prensa', about='Quiénes somos', contact='Contacto', search='Buscar', share='Compartir', related='Noticias relacionadas', latest='Últimas noticias', cookie='Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.', accept='Aceptar', reject='Rechazar', comments='Comentarios', privacy='Política de privacidad', imprint='Aviso legal', rights='Todos los derechos reservados.', menu=['Temas','Trámites','Publicaciones','Agenda','Transparencia','Prensa','Multimedia','Empleo'], updated='Actualizado', newsletter='Suscríbete al boletín', readmore='Leer más', print_='Imprimir', back='Volver al listado', tags='Etiquetas'),
 'pt': dict(home='Início', news='Notícias', press='Comunicados', about='Sobre nós', contact='Contato', search='Pesquisar', share='Compartilhe', related='Leia também', latest='Últimas notícias', cookie='Utilizamos cookies para melhorar a sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade.', accept='Aceitar', reject='Recusar', comments='Comentários', privacy='Política de privacidade', imprint='Termos de uso', rights='Todos os direitos reservados.', menu=['Assuntos','Serviços','Publicações','Agenda','Acesso à informação','Imprensa','Vídeos','Concursos'], updated='Atualizado em', newsletter='Receba nossa newsletter', readmore='Leia mais', print_='Imprimir', back='Voltar', tags='Tags'),
 'it': dict(home='Home', news='Notizie', press='Comunicati stampa', about='Chi siamo', contact='Contatti', search='Cerca', share='Condividi', related='Potrebbe interessarti anche', latest='Ultime notizie', cookie='Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Chiudendo questo banner acconsenti all’uso dei cookie.', accept='Accetta', reject='Rifiuta', comments='Commenti', privacy='Privacy', imprint='Note legali', rights='Tutti i diritti riservati.', menu=['Argomenti','Servizi','Documenti','Eventi','Amministrazione','Stampa','Video','Bandi'], updated='Ultimo aggiornamento', newsletter='Iscriviti alla newsletter', readmore='Leggi tutto', print_='Stampa', back="Torna all'elenco", tags='Tag'),
 'nl': dict(home='Home', news='Nieuws', press='Persberichten', about='Over ons', contact='Contact', search='Zoeken', share='Deel dit bericht', related='Gerelateerd nieuws', latest='Laatste nieuws', cookie='Wij gebruiken cookies om onze website te verbeteren. Lees meer in onze cookieverklaring.', accept='Akkoord', reject='Weigeren', comments='Reacties', privacy='Privacyverklaring', imprint='Colofon', rights='Alle rechten voorbehouden.', menu=["Onderwerpen",'Loket','Publicaties','Agenda','Bestuur','Pers','Video','Vacatures'], updated='Laatst gewijzigd', newsletter='Meld je aan voor de nieuwsbrief', readmore='Lees meer', print_='Printen', back='Terug naar overzicht', tags='Tags'),
 'id': dict(home='Beranda', news='Berita', press='Siaran Pers', about='Tentang Kami', contact='Kontak', search='Cari', share='Bagikan', related='Berita Terkait', latest='Berita Terbaru', cookie='Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui penggunaan cookie.', accept='Setuju', reject='Tolak', comments='Komentar', privacy='Kebijakan Privasi', imprint='Disclaimer', rights='Hak cipta dilindungi undang-undang.', menu=['Profil','Layanan','Publikasi','Agenda','PPID','Media','Galeri','Karier'], updated='Diperbarui', newsletter='Berlangganan buletin', readmore='Selengkapnya', print_='Cetak', back='Kembali', tags='Tag'),
 'vi': dict(home='Trang chủ', news='Tin tức', press='Thông cáo báo chí', about='Giới thiệu', contact='Liên hệ', search='Tìm kiếm', share='Chia sẻ', related='Tin liên quan', latest='Tin mới nhất', cookie='Trang web sử dụng cookie để cải thiện trải nghiệm của bạn.', accept='Đồng ý', reject='Từ chối', comments='Bình luận', privacy='Chính sách bảo mật', imprint='Điều khoản', rights='Bản quyền thuộc về cơ quan chủ quản.', menu=['Thời sự','Kinh tế','Xã hội','Văn hóa','Pháp luật','Thế giới','Giáo dục','Sức khỏe'], updated='Cập nhật', newsletter='Đăng ký nhận bản tin', readmore='Xem thêm', print_='In bài', back='Quay lại', tags='Từ khóa'),
 'pl': dict(home='Strona główna', news='Aktualności', press='Komunikaty prasowe', about='O nas', contact='Kontakt', search='Szukaj', share='Udostępnij', related='Zobacz także', latest='Najnowsze wiadomości', cookie='Ta strona korzysta z plików cookies. Korzystając z niej, wyrażasz zgodę na ich używanie zgodnie z ustawieniami przeglądarki.', accept='Akceptuję', reject='Odrzuć', comments='Komentarze', privacy='Polityka prywatności', imprint='Deklaracja dostępności', rights='Wszelkie prawa zastrzeżone.', menu=['Urząd','Dla mieszkańca','Dla biznesu','Wydarzenia','BIP','Media','Galeria','Praca'], updated='Ostatnia aktualizacja', newsletter='Zapisz się do newslettera', readmore='Czytaj więcej', print_='Drukuj', back='Powrót do listy', tags='Tagi'),
 'sv': dict(home='Startsida', news='Nyheter', press='Pressmeddelanden', about='Om oss', contact='Kontakt', search='Sök', share='Dela', related='Relaterade nyheter', latest='Senaste nytt', cookie='Vi använder kakor för att förbättra webbplatsen. Genom att fortsätta godkänner du att vi använder kakor.', accept='Godkänn', reject='Neka', comments='Kommentarer', privacy='Integritetspolicy', imprint='Om webbplatsen', rights='Med ensamrätt.', menu=['Ämnen','Tjänster','Publikationer','Kalender','Organisation','Press','Film','Lediga jobb'], updated='Senast uppdaterad', newsletter='Prenumerera på nyhetsbrevet', readmore='Läs mer', print_='Skriv ut', back='Tillbaka', tags='Taggar'),
 'tr': dict(home='Ana Sayfa', news='Haberler', press='Basın Bültenleri', about='Hakkımızda', contact='İletişim', search='Ara', share='Paylaş', related='İlgili Haberler', latest='Son Dakika', cookie='Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.', accept='Kabul et', reject='Reddet', comments='Yorumlar', privacy='Gizlilik Politikası', imprint='Künye', rights='Tüm hakları saklıdır.', menu=['Gündem','Ekonomi','Spor','Dünya','Yaşam','Teknoloji','Kültür','Yazarlar'], updated='Güncelleme', newsletter='Bültene abone olun', readmore='Devamını oku', print_='Yazdır', back='Geri dön', tags='Etiketler'),
 'cs': dict(home='Úvod', news='Aktuality', press='Tiskové zprávy', about='O nás', contact='Kontakty', search='Hledat', share='Sdílet', related='Související články', latest='Nejnovější zprávy', cookie='Tento web používá soubory cookie. Dalším procházením webu vyjadřujete souhlas s jejich používáním.', accept='Přijmout vše', reject='Odmítnout', comments='Diskuse', privacy='Ochrana osobních údajů', imprint='Prohlášení o přístupnosti', rights='Všechna práva vyhrazena.', menu=['Ministerstvo','Témata','Dokumenty','Kalendář','Média','Dotace','Legislativa','Kariéra'], updated='Aktualizováno', newsletter='Odebírat novinky', readmore='Více', print_='Tisk', back='Zpět na přehled', tags='Štítky'),
 'ar': dict(home='الرئيسية', news='الأخبار', press='البيانات الصحفية', about='من نحن', contact='اتصل بنا', search='بحث', share='شارك', related='أخبار ذات صلة', latest='آخر الأخبار', cookie='يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.', accept='موافق', reject='رفض', comments='التعليقات', privacy='سياسة الخصوصية', imprint='شروط الاستخدام', rights='جميع الحقوق محفوظة.', menu=['الوزارة','الخدمات','المنشورات','الفعاليات','المركز الإعلامي','الإحصاءات','الوظائف','الأسئلة الشائعة'], updated='آخر تحديث', newsletter='اشترك في النشرة البريدية', readmore='اقرأ المزيد', print_='طباعة', back='عودة', tags='الوسوم'),
 'ru': dict(home='Главная', news='Новости', press='Пресс-релизы', about='О нас', contact='Контакты', search='Поиск', share='Поделиться', related='Читайте также', latest='Последние новости', cookie='Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.', accept='Принять', reject='Отклонить', comments='Комментарии', privacy='Политика конфиденциальности', imprint='Правовая информация', rights='Все права защищены.', menu=['Город','Жителям','Бизнесу','Афиша','Администрация','Пресс-центр','Фото','Вакансии'], updated='Обновлено', newsletter='Подписаться на рассылку', readmore='Подробнее', print_='Версия для печати', back='Назад к списку', tags='Теги'),
 'ja': dict(home='ホーム', news='ニュース', press='報道発表', about='会社概要', contact='お問い合わせ', search='検索', share='この記事をシェアする', related='関連記事', latest='最新ニュース', cookie='当サイトではCookieを使用しています。サイトの閲覧を続けることでCookieの使用に同意したものとみなされます。', accept='同意する', reject='拒否する', comments='コメント', privacy='プライバシーポリシー', imprint='サイトポリシー', rights='無断転載を禁じます。', menu=['政策','手続き','統計','イベント','組織案内','報道・広報','動画','採用情報'], updated='更新日', newsletter='メールマガジン登録', readmore='続きを読む', print_='印刷', back='一覧へ戻る', tags='タグ'),
 'th': dict(home='หน้าแรก', news='ข่าว', press='ข่าวประชาสัมพันธ์', about='เกี่ยวกับเรา', contact='ติดต่อเรา', search='ค้นหา', share='แชร์', related='ข่าวที่เกี่ยวข้อง', latest='ข่าวล่าสุด', cookie='เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน', accept='ยอมรับ', reject='ปฏิเสธ', comments='ความคิดเห็น', privacy='นโยบายความเป็นส่วนตัว', imprint='ข้อกำหนดการใช้งาน', rights='สงวนลิขสิทธิ์', menu=['เกี่ยวกับกรม','บริการ','เอกสารเผยแพร่','กิจกรรม','จัดซื้อจัดจ้าง','ข่าวสาร','วีดิทัศน์','ร่วมงานกับเรา'], updated='ปรับปรุงล่าสุด', newsletter='สมัครรับข่าวสาร', readmore='อ่านต่อ', print_='พิมพ์', back='ย้อนกลับ', tags='แท็ก'),
}

BIG_CSS = """
:root{--brand:%(c)s;--text:#1d1d1b;--muted:#6b6b6b;--bg:#fff;--grid:1200px}
*,*::before,*::after{box-sizing:border-box}html{font-size:100%%;-webkit-text-size-adjust:100%%}
body{margin:0;font-family:%(f)s;color:var(--text);background:var(--bg);line-height:1.55}
a{color:var(--brand);text-decoration:none}a:hover,a:focus{text-decoration:underline}
.skip-link{position:absolute;left:-9999px;top:0}.skip-link:focus{left:0;z-index:1000;background:#fff;padding:.5rem}
.container{max-width:var(--grid);margin:0 auto;padding:0 1rem}
.site-header{border-bottom:4px solid var(--brand);background:#fff}.site-header .logo img{height:56px;width:auto}
.nav-main ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}.nav-main li{position:relative}
.nav-main a{display:block;padding:.9rem 1rem;font-weight:600;color:#222}.nav-main li:hover>ul{display:block}
.nav-main ul ul{display:none;position:absolute;top:100%%;left:0;background:#fff;min-width:260px;box-shadow:0 6px 18px rgba(0,0,0,.12);z-index:50}
.breadcrumb{font-size:.85rem;color:var(--muted);padding:.75rem 0}.breadcrumb ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.breadcrumb li+li::before{content:"\\203A";padding:0 .4rem}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1rem;z-index:9999;display:flex;gap:1rem;align-items:center}
.cookie-banner button{background:var(--brand);color:#fff;border:0;padding:.5rem 1rem;cursor:pointer}
.article-title,h1{font-size:2.1rem;line-height:1.2;margin:.5rem 0 1rem}.kicker,.overline{display:block;font-size:.9rem;text-transform:uppercase;letter-spacing:.06em;color:var(--brand)}
.meta,.byline,.entry-meta{font-size:.875rem;color:var(--muted)}.lead,.intro{font-size:1.2rem;font-weight:500}
.share{display:flex;gap:.5rem;margin:1.5rem 0}.share a{display:inline-flex;width:36px;height:36px;border-radius:50%%;background:#eee;align-items:center;justify-content:center}
.sidebar .widget{margin-bottom:2rem}.sidebar h2,.sidebar h3{font-size:1.1rem;border-bottom:1px solid #ddd;padding-bottom:.4rem}
.related{border-top:1px solid #ddd;margin-top:2rem;padding-top:1rem}.related ul{list-style:none;padding:0}.related li{margin:.6rem 0}
.comments{margin-top:2rem}.comment{border-left:3px solid #ddd;padding-left:1rem;margin:1rem 0}
.site-footer{background:#1d1d1b;color:#ccc;margin-top:3rem;padding:2rem 0;font-size:.875rem}.site-footer a{color:#fff}
.site-footer .cols{display:grid;grid-template-columns:repeat(4,1fr);gap:2rem}
figure{margin:1.5rem 0}figcaption{font-size:.85rem;color:var(--muted)}img{max-width:100%%;height:auto}
@media (max-width:800px){.site-footer .cols{grid-template-columns:1fr 1fr}.nav-main ul{display:none}.nav-main.open ul{display:block}h1{font-size:1.6rem}}
@media print{.site-header,.site-footer,.sidebar,.share,.cookie-banner{display:none}}
.visually-hidden,.sr-only{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}
"""

JS_GTM = """<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-%s');</script>"""
JS_MATOMO = """<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['disableCookies']);
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="https://%s/matomo/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '%d']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  })();
</script>"""
JS_MISC = """<script>
document.addEventListener('DOMContentLoaded', function () {
  var btn = document.querySelector('.js-menu-toggle');
  if (btn) { btn.addEventListener('click', function () { document.querySelector('.nav-main').classList.toggle('open'); btn.setAttribute('aria-expanded', btn.getAttribute('aria-expanded') === 'true' ? 'false' : 'true'); }); }
  var cb = document.getElementById('cookie-accept');
  if (cb) { cb.addEventListener('click', function () { document.cookie = 'consent=1;path=/;max-age=31536000'; document.querySelector('.cookie-banner').style.display = 'none'; }); }
  if (document.cookie.indexOf('consent=1') > -1) { var b = document.querySelector('.cookie-banner'); if (b) b.style.display = 'none'; }
  document.querySelectorAll('a[data-share]').forEach(function (a) { a.addEventListener('click', function (e) { e.preventDefault(); window.open(a.href, 'share', 'width=600,height=450'); }); });
});
</script>"""



OLD_MENU_JS = """<script type="text/javascript">
var timeout = 500, closetimer = 0, ddmenuitem = 0;
function mopen(id) { mcancelclosetime(); if (ddmenuitem) ddmenuitem.style.visibility = 'hidden'; ddmenuitem = document.getElementById(id); if (ddmenuitem) ddmenuitem.style.visibility = 'visible'; }
function mclose() { if (ddmenuitem) ddmenuitem.style.visibility = 'hidden'; }
function mclosetime() { closetimer = window.setTimeout(mclose, timeout); }
function mcancelclosetime() { if (closetimer) { window.clearTimeout(closetimer); closetimer = null; } }
document.onclick = mclose;
function fontsize(d) { var b = document.getElementsByTagName('body')[0]; var s = parseInt(b.style.fontSize || 12); b.style.fontSize = (s + d) + 'px'; }
function bookmark(t, u) { if (window.sidebar) { window.sidebar.addPanel(t, u, ''); } else if (window.external) { window.external.AddFavorite(u, t); } }
</script>"""


def sitemap_block(a, L):
    rnd = random.Random(a['name'] + 'x')
    cols = []
    for k, m in enumerate(L['menu']):
        items = ''.join('<li><a href="/%s/%d.html">%s &middot; %d</a></li>' % (slug(m), j, esc(L['menu'][(k + j) % 8]), 2000 + rnd.randint(1, 999)) for j in range(8))
        cols.append('<div class="sm-col"><div class="sm-title">%s</div><ul>%s</ul></div>' % (esc(m), items))
    return '<div class="sitemap-footer" role="navigation">%s</div>' % ''.join(cols)


AMP_EXTRA = """<amp-consent id="consent" layout="nodisplay"><script type="application/json">{"consentInstanceId":"site-consent","consentRequired":true,"promptUI":"consent-ui","postPromptUI":"post-consent-ui"}</script><div id="consent-ui" class="consent-ui"><p>%s</p><button on="tap:consent.accept">%s</button><button on="tap:consent.reject">%s</button></div></amp-consent>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234567/amp_article_mpu" data-multi-size-validation="false"><div placeholder></div><div fallback></div></amp-ad>"""


def esc(s):
    return html.escape(s, quote=True)


def shyify(t, minlen=11, every=6):
    def f(m):
        w = m.group(0)
        if len(w) < minlen:
            return w
        parts = [w[i:i + every] for i in range(0, len(w), every)]
        return '&shy;'.join(esc(p) for p in parts)
    out = []
    for tok in re.split(r'(\s+)', t):
        if re.fullmatch(r'\w+', tok) and len(tok) >= minlen:
            out.append(f(re.match(r'.*', tok)))
        else:
            out.append(esc(tok))
    return ''.join(out)


def zwsp(t):
    # zero-width space after hyphens/slashes in long compounds, and one zero-width joiner
    return esc(t).replace('-', '-&#8203;').replace('/', '/\u200b')


def title_html(a):
    t = a['title']
    mode = a.get('title_mode')
    if mode == 'shy':
        h = shyify(t)
    elif mode == 'zw':
        h = zwsp(t)
    else:
        h = esc(t)
    return h


def nav(a, L, deep=True, cls='nav-main'):
    rnd = random.Random(a['name'])
    items = []
    for m in L['menu']:
        sub = ''
        if deep:
            subs = ''.join('<li><a href="/%s/%s-%d/">%s %d</a></li>' % (slug(m), slug(m), k, m, k) for k in range(1, rnd.randint(3, 7)))
            sub = '<ul class="sub-menu">%s</ul>' % subs
        items.append('<li class="menu-item"><a href="/%s/">%s</a>%s</li>' % (slug(m), esc(m), sub))
    return '<nav class="%s" aria-label="Main"><ul>%s</ul></nav>' % (cls, ''.join(items))


def slug(s):
    s = re.sub(r'[^\w]+', '-', s.lower(), flags=re.U).strip('-')
    return s or 'x'


def meta_head(a, L, title_tag):
    parts = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<title>%s</title>' % esc(title_tag)]
    if a.get('description', True):
        d = a['paras'][0]
        d = re.sub('<[^>]+>', '', d)[:155]
        parts.append('<meta name="description" content="%s">' % esc(d))
    if a.get('og', True):
        parts.append('<meta property="og:type" content="article">')
        parts.append('<meta property="og:title" content="%s">' % esc(a.get('og_title', a['title'])))
        parts.append('<meta property="og:url" content="%s">' % esc(a['url']))
        parts.append('<meta property="og:site_name" content="%s">' % esc(a['site']))
        parts.append('<meta property="og:image" content="%s">' % esc(a['url'].split('/')[0] + '//' + a['url'].split('/')[2] + '/media/og/' + slug(a['title'])[:40] + '.jpg'))
        parts.append('<meta name="twitter:card" content="summary_large_image">')
    if a.get('pubmeta'):
        parts.append('<meta property="article:published_time" content="%s">' % a['pubmeta'])
    if a.get('modmeta'):
        parts.append('<meta property="article:modified_time" content="%s">' % a['modmeta'])
    if a.get('extra_meta'):
        parts.append(a['extra_meta'])
    parts.append('<link rel="canonical" href="%s">' % esc(a['url']))
    parts.append('<link rel="icon" href="/favicon.ico">')
    parts.append('<link rel="stylesheet" href="/assets/css/main.min.css?v=%d">' % (len(a['name']) * 137))
    if a.get('jsonld'):
        parts.append('<script type="application/ld+json">%s</script>' % json.dumps(a['jsonld'], ensure_ascii=False, indent=1))
    parts.append('<style>%s</style>' % (BIG_CSS % dict(c=a.get('color', '#00507a'), f=a.get('font', 'Arial, Helvetica, sans-serif'))))
    parts.append(JS_GTM % a['name'][:6].upper())
    return '\n'.join(parts)


def jsonld_news(a):
    d = {"@context": "https://schema.org", "@type": a.get('ld_type', 'NewsArticle'), "headline": a.get('ld_headline', a['title']),
         "mainEntityOfPage": {"@type": "WebPage", "@id": a['url']},
         "publisher": {"@type": "Organization", "name": a['site'], "logo": {"@type": "ImageObject", "url": "https://" + a['url'].split('/')[2] + "/logo.png"}}}
    if a.get('ld_pub'):
        d['datePublished'] = a['ld_pub']
    if a.get('ld_mod'):
        d['dateModified'] = a['ld_mod']
    if a.get('author'):
        d['author'] = {"@type": "Person", "name": a['author']}
    return d


def related_html(a, L, tag='h3'):
    rel = a.get('related', [])
    if not rel:
        return ''
    lis = ''.join('<li><a href="/%s/">%s</a> <span class="date">%s</span></li>' % (slug(t)[:50], esc(t), esc(d)) for t, d in rel)
    return '<section class="related"><%s>%s</%s><ul>%s</ul></section>' % (tag, esc(L['related']), tag, lis)


def comments_html(a, L):
    cs = a.get('comments', [])
    if not cs:
        return ''
    out = ['<section class="comments" id="comments"><h3>%d %s</h3><ol class="comment-list">' % (len(cs), esc(L['comments']))]
    for i, (who, when, txt) in enumerate(cs):
        out.append('<li class="comment" id="comment-%d"><div class="comment-author"><b>%s</b></div><div class="comment-meta"><time>%s</time></div><div class="comment-content"><p>%s</p></div><a class="reply" href="#respond">Reply</a></li>' % (1000 + i, esc(who), esc(when), esc(txt)))
    out.append('</ol><div id="respond"><form><textarea name="comment"></textarea><button type="submit">OK</button></form></div></section>')
    return ''.join(out)


def share_html(L):
    return '<div class="share"><span>%s:</span><a data-share href="https://www.facebook.com/sharer/sharer.php?u=">Facebook</a><a data-share href="https://twitter.com/intent/tweet?url=">X</a><a data-share href="https://www.linkedin.com/shareArticle?url=">LinkedIn</a><a href="mailto:?subject=">E-Mail</a><a href="javascript:window.print()">%s</a></div>' % (esc(L['share']), esc(L['print_']))


def body_html(a):
    out = []
    for p in a['paras']:
        if p.startswith('<'):
            out.append(p)
        else:
            out.append('<p>%s</p>' % p)
    return '\n'.join(out)


def footer(a, L, year):
    cols = []
    for k in range(4):
        lis = ''.join('<li><a href="/f/%d/%d">%s</a></li>' % (k, j, esc(L['menu'][(k + j) % len(L['menu'])])) for j in range(5))
        cols.append('<div class="col"><h4>%s</h4><ul>%s</ul></div>' % (esc(L['menu'][k]), lis))
    addr = a.get('address', '')
    return '<footer class="site-footer"><div class="container"><div class="cols">%s</div><p class="addr">%s</p><p><a href="/privacy">%s</a> | <a href="/legal">%s</a> | <a href="/contact">%s</a></p><p class="copy">© %s %s. %s</p></div></footer>' % (''.join(cols), esc(addr), esc(L['privacy']), esc(L['imprint']), esc(L['contact']), year, esc(a['site']), esc(L['rights']))


def cookie(L):
    return '<div class="cookie-banner" role="dialog" aria-live="polite"><p>%s</p><button id="cookie-accept">%s</button><button id="cookie-reject">%s</button></div>' % (esc(L['cookie']), esc(L['accept']), esc(L['reject']))


def sidebar(a, L):
    lat = a.get('sidebar', [])
    lis = ''.join('<li><span class="date">%s</span> <a href="/n/%s/">%s</a></li>' % (esc(d), slug(t)[:40], esc(t)) for t, d in lat)
    w = '<aside class="sidebar">'
    if lis:
        w += '<div class="widget widget-latest"><h2>%s</h2><ul>%s</ul></div>' % (esc(L['latest']), lis)
    w += '<div class="widget widget-newsletter"><h3>%s</h3><form><input type="email" placeholder="E-mail"><button>OK</button></form></div>'% esc(L['newsletter'])
    if a.get('tags'):
        w += '<div class="widget"><h3>%s</h3>%s</div>' % (esc(L['tags']), ' '.join('<a class="tag" href="/tag/%s/">%s</a>' % (slug(t), esc(t)) for t in a['tags']))
    return w + '</aside>'


def htmltag(a):
    la = a.get('html_lang', a['lang'])
    dirr = ' dir="rtl"' if a['lang'] == 'ar' else ''
    if la is None:
        return '<html%s>' % dirr
    return '<html lang="%s"%s>' % (la, dirr)


def kicker_html(a, cls='kicker'):
    return '<span class="%s">%s</span>' % (cls, esc(a['kicker'])) if a.get('kicker') else ''


def h1_inner(a):
    t = title_html(a)
    if a.get('h1_style'):
        t = '<style>.headline-%s{font-feature-settings:"kern";}</style>' % a['name'][:4] + t
    if a.get('date_in_h1'):
        t = '<span class="h-date">%s - </span>' % esc(a['date_in_h1']) + t
    if a.get('kicker') and a.get('kicker_in_h1'):
        t = '<span class="kicker">%s</span><span class="visually-hidden">: </span> ' % esc(a['kicker']) + t
    return t


def lead(a):
    return '<p class="lead">%s</p>' % a['lead'] if a.get('lead') else ''

# ---------------------------------------------------------------- templates

def t_wordpress(a, L):
    tt = a.get('title_tag') or '%s – %s' % (a['title'], a['site'])
    dv = a['date_html']
    head = meta_head(a, L, tt) + '\n<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1" media="all">\n<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.1" id="jquery-core-js"></script>'
    h1 = '<h1 class="entry-title">%s</h1>' % h1_inner(a)
    if a.get('kicker') and not a.get('kicker_in_h1'):
        h1 = '<div class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></div>' % (slug(a['kicker']), esc(a['kicker'])) + h1
    upd = '<p class="updated-line">%s</p>' % esc(a['updated']) if a.get('updated') else ''
    return f"""<!DOCTYPE html>
{htmltag(a)}
<head>
{head}
</head>
<body class="post-template-default single single-post postid-{len(a['paras'])*1311} single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="container">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(a['site'])}</a></p><p class="site-description">{esc(a.get('tagline',''))}</p></div>
<button class="menu-toggle js-menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
{nav(a, L)}
</div></header>
<div id="content" class="site-content container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{len(a['paras'])*1311}" class="post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header">{h1}
<div class="entry-meta">{dv}</div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/{slug(a['title'])[:30]}-1024x576.jpg" alt="" loading="lazy" width="1024" height="576"></div>
<div class="entry-content">
{lead(a)}
{body_html(a)}
{upd}
{a.get('after_body','')}
</div>
<footer class="entry-footer">{share_html(L)}</footer>
</article>
{related_html(a, L)}
{comments_html(a, L)}
</main></div>
{sidebar(a, L)}
</div>
{footer(a, L, a.get('copy_year','2024'))}
{cookie(L) if a.get('cookie', True) else ''}
{JS_MISC}
<script src="/wp-content/themes/{slug(a['site'])[:12]}/js/navigation.js?ver=1.0.4" id="theme-navigation-js"></script>
</div></body></html>"""


def t_typo3(a, L):
    tt = a.get('title_tag') or '%s - %s' % (a['site'], a['title'])
    head = '<!-- This website is powered by TYPO3 - inspiring people to share! TYPO3 is a free open source Content Management Framework -->\n' + meta_head(a, L, tt).replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="generator" content="TYPO3 CMS">')
    crumbs = ''.join('<li><a href="/%s/">%s</a></li>' % (slug(c), esc(c)) for c in a.get('crumbs', [L['home'], L['press']]))
    sec = a.get('section_h1')  # e.g. "Pressemitteilungen" as h1 before headline -> headline then h2
    if sec:
        heading = '<h1 class="section-title">%s</h1>\n<div class="c-article__header">%s<h2 class="c-article__title">%s</h2></div>' % (esc(sec), kicker_html(a, 'c-article__kicker') if not a.get('kicker_in_h1') else '', h1_inner(a))
    else:
        heading = '<div class="c-article__header">%s<h1 class="c-article__title">%s</h1></div>' % (kicker_html(a, 'c-article__kicker') if not a.get('kicker_in_h1') else '', h1_inner(a))
    upd = '<p class="c-article__updated">%s</p>' % esc(a['updated']) if a.get('updated') else ''
    return f"""<!DOCTYPE html>
{htmltag(a)}
<head>
{head}
</head>
<body id="p{len(a['name'])*73}" class="page-layout-2 lang-{a['lang']}">
<div id="wrapperOuter">
<h2 class="visually-hidden">Navigation und Service</h2>
<ul id="skiplinks"><li><a href="#content">Springe direkt zu: Inhalt</a></li><li><a href="#mainNav">Springe direkt zu: Hauptnavigation</a></li><li><a href="#search">Springe direkt zu: Suche</a></li></ul>
<header class="site-header"><div class="container">
<div class="logo"><a href="/" title="{esc(L['home'])}"><img src="/typo3conf/ext/sitepackage/Resources/Public/Images/logo.svg" alt="Logo: {esc(a['site'])}"></a></div>
<div id="search"><form action="/suche/"><label for="q">{esc(L['search'])}</label><input id="q" name="q"><button>{esc(L['search'])}</button></form></div>
<ul class="service-nav"><li><a href="/leichte-sprache/">Leichte Sprache</a></li><li><a href="/gebaerdensprache/">Gebärdensprache</a></li><li><a href="/en/">English</a></li></ul>
<div id="mainNav">{nav(a, L)}</div>
</div></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><div class="container"><span>Sie sind hier:</span><ol>{crumbs}<li class="active">{esc(a['title'][:60])}</li></ol></div></nav>
<main id="content" class="container">
<div class="row"><div class="col-main">
<!--TYPO3SEARCH_begin-->
<div id="c{len(a['paras'])*991}" class="frame frame-default frame-type-news_newsdetail">
<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="c-article__meta">{a['date_html']}</div>
{heading}
{lead(a)}
<div class="news-text-wrap" itemprop="articleBody">
{body_html(a)}
</div>
{upd}
{a.get('after_body','')}
</div></div></div>
<div class="c-share">{share_html(L)}</div>
<!--TYPO3SEARCH_end-->
<p><a class="back" href="/presse/">{esc(L['back'])}</a></p>
</div>
<div class="col-side">{sidebar(a, L)}{related_html(a, L, 'h2')}</div>
</div></main>
{footer(a, L, a.get('copy_year','2024'))}
{cookie(L) if a.get('cookie', True) else ''}
{JS_MATOMO % (a['url'].split('/')[2], len(a['name']))}
{JS_MISC}
</div></body></html>"""


def t_drupal(a, L):
    tt = a.get('title_tag') or '%s | %s' % (a['title'], a['site'])
    head = meta_head(a, L, tt).replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">') + '\n<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"%s\\/","currentPath":"node\\/%d","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"%s"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxPageState":{"libraries":"classy\\/base,classy\\/messages,core\\/normalize,eu_cookie_compliance\\/eu_cookie_compliance_default,system\\/base","theme":"govtheme","theme_token":null},"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":false,"popup_hide_agreed":false,"popup_clicking_confirmation":false,"popup_scrolling_confirmation":false,"popup_html_info":"","use_mobile_message":false,"popup_height":"auto","popup_width":"100%%","popup_delay":1000,"popup_link":"\\/privacy","popup_link_new_window":true,"popup_position":false,"fixed_top_position":true,"popup_language":"%s","store_consent":false,"better_support_for_screen_readers":false,"cookie_name":"","reload_page":false,"domain":"","domain_all_sites":false,"popup_eu_only_js":false,"cookie_lifetime":100,"cookie_session":0,"set_cookie_session_zero_on_disagree":0,"disagree_do_not_show_popup":false,"method":"opt_in","automatic_cookies_removal":true,"allowed_cookies":"","withdraw_markup":"","withdraw_enabled":false,"reload_options":0,"reload_routes_list":"","withdraw_button_on_info_popup":false,"cookie_categories":[],"cookie_categories_details":[],"enable_save_preferences_button":true,"cookie_value_disagreed":"0","cookie_value_agreed_show_thank_you":"1","cookie_value_agreed":"2","containing_element":"body","settings_tab_enabled":false,"open_by_default":true},"user":{"uid":0,"permissionsHash":"%s"}}</script>' % (a['lang'], len(a['name']) * 4711, a['lang'], a['lang'], 'a' * 12 + a['name'][:8])
    kick = '<div class="field field--name-field-news-type field--type-entity-reference field--label-hidden field__item">%s</div>' % esc(a['kicker']) if a.get('kicker') and not a.get('kicker_in_h1') else ''
    heading_tag = 'h1'
    pre = ''
    if a.get('section_h1'):
        pre = '<h1 class="page-header">%s</h1>' % esc(a['section_h1'])
        heading_tag = 'h2'
    upd = '<div class="field field--name-changed"><div class="field__label">%s</div><div class="field__item">%s</div></div>' % (esc(L['updated']), esc(a['updated'])) if a.get('updated') else ''
    return f"""<!DOCTYPE html>
{htmltag(a)[:-1]} dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head>
{head}
</head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header">
<div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/{a['lang']}" rel="home" class="site-logo"><img src="/themes/custom/govtheme/logo.svg" alt="{esc(L['home'])}"></a><div class="site-name"><a href="/{a['lang']}" rel="home">{esc(a['site'])}</a></div></div>
<div class="language-switcher-language-url block block-language" role="navigation"><ul class="links"><li><a href="/en">English</a></li><li><a href="/fr">Français</a></li><li><a href="/es">Español</a></li></ul></div>
</div></header>
<div class="region region-primary-menu">{nav(a, L, cls='menu menu--main nav-main')}</div>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">{esc(L['home'])}</a></li><li><a href="/news">{esc(L['news'])}</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
{pre}
<div id="block-govtheme-content" class="block block-system block-system-main-block">
<div data-history-node-id="{len(a['name'])*4711}" class="node node--type-news node--view-mode-full">
{kick}
<{heading_tag} class="page-title"><span class="field field--name-title field--type-string">{h1_inner(a)}</span></{heading_tag}>
<div class="node__meta">{a['date_html']}</div>
<div class="node__content">
<div class="field field--name-field-summary">{lead(a)}</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(a)}
</div>
{a.get('after_body','')}
{upd}
<div class="field field--name-field-tags"><div class="field__label">{esc(L['tags'])}</div>{''.join('<div class="field__item"><a href="/taxonomy/term/%d">%s</a></div>' % (i, esc(t)) for i, t in enumerate(a.get('tags', [])))}</div>
</div></div></div>
{share_html(L)}
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">{sidebar(a, L)}{related_html(a, L, 'h2')}</div></aside>
</main>
{footer(a, L, a.get('copy_year','2024'))}
</div></div>
{cookie(L) if a.get('cookie', True) else ''}
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/core/misc/drupal.js?v=9.5.3"></script>
{JS_MISC}
</body></html>"""


def t_sharepoint(a, L):
    tt = a.get('title_tag') or '%s - %s' % (a['site'], a['title'])
    head = meta_head(a, L, tt).replace('<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=10"><meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="Content-type" content="text/html; charset=utf-8">') + '\n<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\\u002fnews",webAbsoluteUrl:"https:\\u002f\\u002f' + a['url'].split('/')[2] + '\\u002fnews",siteAbsoluteUrl:"https:\\u002f\\u002f' + a['url'].split('/')[2] + '",serverRequestPath:"\\u002fnews\\u002fPages\\u002f' + a['name'] + '.aspx",layoutsUrl:"_layouts\\u002f15",webTitle:"News",webTemplate:"53",tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"_layouts\\u002f15\\u002fimages\\u002fsiteicon.png",webLanguage:1033,currentLanguage:1033,currentUICultureName:"en-US",currentCultureName:"' + a.get('culture', 'en-US') + '",clientServerTimeDelta:new Date("2023-01-01T00:00:00.0000000Z") - new Date(),siteClientTag:"2$$15.0.5023.1000",crossDomainPhotosEnabled:false,webUIVersion:15,webPermMasks:{High:16,Low:196673},pageListId:"{' + 'b3f1e9a2-55c1-4c3e-9d1a-7e2f0c9d1a11' + '}",pageItemId:' + str(len(a['name']) * 17) + ',pagePersonalizationScope:1,alertsEnabled:true,siteServerRelativeUrl:"\\u002f",allowSilverlightPrompt:\'True\'};</script>'
    crumbs = '<span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap"><span><a class="ms-sitemapdirectional" href="/">%s</a></span><span> &gt; </span><span><a class="ms-sitemapdirectional" href="/news">%s</a></span><span> &gt; </span><span class="ms-sitemapdirectional">%s</span></span>' % (esc(L['home']), esc(L['news']), esc(a['title'][:50]))
    paras = '\n'.join('<div>%s</div>' % p if not p.startswith('<') else p for p in a['paras'])
    heading = '<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">%s</span></h1>' % h1_inner(a)
    if a.get('section_h1'):
        heading = '<h1 id="pageTitle" class="ms-core-pageTitle">%s</h1><div class="article-header"><h2 class="article-title">%s</h2></div>' % (esc(a['section_h1']), h1_inner(a))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
{htmltag(a).replace('<html', '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office"')}
<head>
{head}
</head>
<body>
<form method="post" action="./{a['name']}.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZSwgTWljcm9zb2Z0LlNoYXJlUG9pbnQsIFZlcnNpb249MTUuMC4wLjAsIEN1bHR1cmU9bmV1dHJhbCwgUHVibGljS2V5VG9rZW49NzFlOWJjZTExMWU5NDI5YwFkAgMPZBYMAgEPZBYEBSZnXzMwYjkyYTY3XzJmNWFfNGYxNl9iNmI0X2Q1Y2U1MzE5NmM1YQ8PFgQeC1BhcmFtVmFsdWVzMroBAAEAAAD/////AQAAAAAAAAAMAgAAAF" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="ms-designer-ribbon"><div id="suiteBarDelta" class="ms-dialogHidden ms-fullWidth noindex"></div></div>
<div class="header-wrapper"><div class="ms-table ms-fullWidth"><div class="tableCol-75"><a id="ctl00_onetidProjectPropertyTitleGraphic" href="/"><img id="ctl00_onetidHeadbnnr2" src="/SiteAssets/logo.png" alt="{esc(a['site'])}" /></a></div>
<div class="tableCol-25"><div id="searchInputBox"><input type="text" title="{esc(L['search'])}" class="ms-srch-sb-prompt" /></div></div></div>
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation">{nav(a, L, deep=False, cls='ms-core-listMenu-horizontalBox nav-main')}</div></div>
<div id="DeltaPlaceHolderPageTitleInTitleArea" class="breadcrumb">{crumbs}</div>
<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation"><ul class="root ms-core-listMenu-root static">{''.join('<li class="static"><a class="static menu-item" href="/news/Pages/{0}.aspx"><span class="menu-item-text">{1}</span></a></li>'.format(slug(t)[:30], esc(t)) for t, d in a.get('sidebar', []))}</ul></div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="article article-right">
{heading}
<div class="article-date">{a['date_html']}</div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">
{lead(a)}
{paras}
</div>
{a.get('after_body','')}
<div class="ms-PageLastModified">{esc(a.get('updated',''))}</div>
</div>
{related_html(a, L, 'h3')}
</div></div></div>
{footer(a, L, a.get('copy_year','2024'))}
</div></div>
{cookie(L) if a.get('cookie', True) else ''}
</form>
<script type="text/javascript">//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;var _spWebPartComponents = new Object();
function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002fnews', 1440000); return true; }}
//]]></script>
{JS_MISC}
</body></html>"""


def t_bootstrap(a, L):
    tt = a.get('title_tag') or '%s | %s' % (a['title'], a['site'])
    head = meta_head(a, L, tt) + '\n<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css" rel="stylesheet" crossorigin="anonymous">'
    cards = ''.join('<div class="col-md-4"><div class="card h-100"><img class="card-img-top" src="/img/thumb/%d.jpg" alt=""><div class="card-body"><h5 class="card-title"><a href="/news/%s">%s</a></h5><p class="card-text"><small class="text-muted">%s</small></p></div></div></div>' % (i, slug(t)[:40], esc(t), esc(d)) for i, (t, d) in enumerate(a.get('related', [])))
    rel = '<section class="mt-5"><h3 class="h5">%s</h3><div class="row g-3">%s</div></section>' % (esc(L['related']), cards) if cards else ''
    k = '<p class="text-uppercase small fw-bold text-primary mb-1">%s</p>' % esc(a['kicker']) if a.get('kicker') and not a.get('kicker_in_h1') else ''
    htag = 'h2' if a.get('section_h1') else 'h1'
    pre = '<h1 class="display-6 border-bottom pb-2 mb-4">%s</h1>' % esc(a['section_h1']) if a.get('section_h1') else ''
    upd = '<p class="text-muted small fst-italic">%s</p>' % esc(a['updated']) if a.get('updated') else ''
    return f"""<!doctype html>
{htmltag(a)}
<head>
{head}
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container"><a class="navbar-brand" href="/">{esc(a['site'])}</a>
<button class="navbar-toggler js-menu-toggle" type="button" data-bs-toggle="collapse" data-bs-target="#navbarMain"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarMain"><ul class="navbar-nav me-auto">{''.join('<li class="nav-item"><a class="nav-link" href="/%s">%s</a></li>' % (slug(m), esc(m)) for m in L['menu'])}</ul>
<form class="d-flex" role="search"><input class="form-control me-2" type="search" placeholder="{esc(L['search'])}"></form></div></div></nav>
<div class="container my-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">{esc(L['home'])}</a></li><li class="breadcrumb-item"><a href="/news">{esc(L['news'])}</a></li><li class="breadcrumb-item active" aria-current="page">{esc(a.get('crumb_last', L['press']))}</li></ol></nav>
<div class="row">
<div class="col-lg-8">
{pre}
{k}
<{htag} class="fw-bold">{h1_inner(a)}</{htag}>
<div class="text-muted mb-3">{a['date_html']}</div>
<img src="/uploads/{slug(a['title'])[:30]}.jpg" class="img-fluid rounded mb-3" alt="">
{lead(a)}
<div class="article-body">
{body_html(a)}
</div>
{upd}
{a.get('after_body','')}
{share_html(L)}
{rel}
{comments_html(a, L)}
</div>
<div class="col-lg-4">{sidebar(a, L)}</div>
</div></div>
{footer(a, L, a.get('copy_year','2024'))}
{cookie(L) if a.get('cookie', True) else ''}
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/js/bootstrap.bundle.min.js"></script>
{JS_MISC}
</body></html>"""


def t_divsoup(a, L):
    # old custom CMS: tables, no semantic tags, h1 is the site logo, headline is an h2/div
    tt = a.get('title_tag') or '%s :: %s' % (a['site'], a['title'])
    head = meta_head(a, L, tt)
    menu = ' | '.join('<a href="/index.php?cat=%d" class="menulink">%s</a>' % (i, esc(m)) for i, m in enumerate(L['menu']))
    side = ''.join('<tr><td class="sidelink"><font size="1" color="#888888">%s</font><br><a href="/index.php?id=%d">%s</a></td></tr>' % (esc(d), 9000 + i, esc(t)) for i, (t, d) in enumerate(a.get('sidebar', [])))
    htag = a.get('headline_tag', 'h2')
    k = '<div class="rubrik">%s</div>' % esc(a['kicker']) if a.get('kicker') and not a.get('kicker_in_h1') else ''
    paras = '\n'.join(('<div class="txt">%s</div><br>' % p) if not p.startswith('<') else p for p in a['paras'])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
{htmltag(a)}
<head>
{head}
<script type="text/javascript" src="/js/swfobject.js"></script>
<script type="text/javascript">function popup(u){{window.open(u,'pop','width=500,height=400,scrollbars=yes');}}</script>
{OLD_MENU_JS}
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<div id="wrap"><div id="top">
<h1 id="logo"><a href="/"><img src="/img/logo.gif" alt="{esc(a['site'])}" border="0"></a></h1>
<div id="topmenu">{menu}</div></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="180" valign="top" class="leftcol"><div class="box"><div class="boxtitle">{esc(L['latest'])}</div><table width="100%">{side}</table></div>
<div class="box"><div class="boxtitle">{esc(L['newsletter'])}</div><input type="text" size="14"> <input type="submit" value="OK"></div></td>
<td valign="top" class="maincol">
<div class="path"><a href="/">{esc(L['home'])}</a> &raquo; <a href="/index.php?cat=1">{esc(L['news'])}</a></div>
{k}
<{htag} class="headline">{h1_inner(a)}</{htag}>
<div class="datum">{a['date_html']}</div>
{lead(a)}
<div class="textbody">
{paras}
</div>
{a.get('after_body','')}
<div class="updated">{esc(a.get('updated',''))}</div>
<div class="tools"><a href="javascript:popup('/print.php')">{esc(L['print_'])}</a> | <a href="/send.php">E-mail</a> | <a href="javascript:history.back()">{esc(L['back'])}</a></div>
{related_html(a, L, 'div')}
{comments_html(a, L)}
</td></tr></table>
{sitemap_block(a, L)}
<div id="footer">{esc(a.get('address',''))}<br>Copyright © {a.get('copy_year','2024')} {esc(a['site'])}. {esc(L['rights'])} | <a href="/privacy">{esc(L['privacy'])}</a></div>
</div>
{cookie(L) if a.get('cookie', False) else ''}
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));</script>
<script type="text/javascript">try {{ var pageTracker = _gat._getTracker("UA-{len(a['name'])*12345}-1"); pageTracker._trackPageview(); }} catch(err) {{}}</script>
</body></html>"""


def t_amp(a, L):
    tt = a.get('title_tag') or '%s - %s' % (a['title'], a['site'])
    head = meta_head(a, L, tt).replace('<style>', '<style amp-custom>')
    hl = '<html ⚡ lang="%s">' % a['lang'] if a.get('html_lang', a['lang']) else '<html amp>'
    k = '<div class="amp-kicker">%s</div>' % esc(a['kicker']) if a.get('kicker') and not a.get('kicker_in_h1') else ''
    upd = '<p class="amp-updated">%s</p>' % esc(a['updated']) if a.get('updated') else ''
    paras = body_html(a).replace('<img ', '<amp-img layout="responsive" width="16" height="9" ')
    rel = ''.join('<li><a href="/amp/%s">%s</a><span> · %s</span></li>' % (slug(t)[:40], esc(t), esc(d)) for t, d in a.get('related', []))
    return f"""<!doctype html>
{hl}
<head>
{head}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{nav(a, L, deep=False)}</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger">☰</button><a href="/" class="amp-logo">{esc(a['site'])}</a></header>
<main>
<article class="amp-article">
{k}
<h1 class="amp-title">{h1_inner(a)}</h1>
<div class="amp-byline">{a['date_html']}</div>
<amp-img src="/img/{slug(a['title'])[:30]}.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>
{lead(a)}
<div class="amp-body">
{paras}
</div>
{upd}
{a.get('after_body','')}
<div class="amp-share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
</article>
<section class="amp-related"><h2>{esc(L['related'])}</h2><ul>{rel}</ul></section>
</main>
{sitemap_block(a, L)}
{AMP_EXTRA % (esc(L['cookie']), esc(L['accept']), esc(L['reject']))}
<footer class="amp-footer"><p>© {a.get('copy_year','2024')} {esc(a['site'])}. {esc(L['rights'])}</p><p><a href="{esc(a['url'])}">Non-AMP</a> · <a href="/privacy">{esc(L['privacy'])}</a></p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-{a['name'][:8].upper()}","config":{{"G-{a['name'][:8].upper()}":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body></html>"""


def t_newsmag(a, L):
    # modern newspaper: <main><article>, header with kicker, lots of teasers, "Latest news" h2 before article
    tt = a.get('title_tag') or '%s | %s' % (a['title'], a['site'])
    head = meta_head(a, L, tt) + '\n<link rel="preload" href="/fonts/serif-bold.woff2" as="font" type="font/woff2" crossorigin>\n<script>window.__INITIAL_STATE__={"page":{"type":"article","section":"%s","paywall":false,"ads":{"slots":["top","mpu1","mpu2","sky"]}},"user":{"loggedIn":false}};</script>' % esc(a.get('kicker', 'news'))
    ticker = ''.join('<li><a href="/t/%d">%s</a></li>' % (i, esc(t)) for i, (t, d) in enumerate(a.get('sidebar', [])[:3]))
    ticker_h = '<div class="ticker"><h2 class="ticker-title">%s</h2><ul>%s</ul></div>' % (esc(L['latest']), ticker) if ticker else ''
    k = '<p class="overline">%s</p>' % esc(a['kicker']) if a.get('kicker') and not a.get('kicker_in_h1') else ''
    upd = '<p class="article-updated">%s</p>' % esc(a['updated']) if a.get('updated') else ''
    author = '<p class="byline">%s</p>' % esc(a['byline']) if a.get('byline') else ''
    most = ''.join('<li><span class="rank">%d</span><a href="/m/%d">%s</a><time>%s</time></li>' % (i + 1, i, esc(t), esc(d)) for i, (t, d) in enumerate(a.get('sidebar', [])))
    return f"""<!DOCTYPE html>
{htmltag(a)}
<head>
{head}
</head>
<body class="article-page">
<div id="ad-top" class="ad-slot" data-slot="top" aria-hidden="true"></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><svg width="180" height="40" role="img" aria-label="{esc(a['site'])}"><text x="0" y="30">{esc(a['site'])}</text></svg></a>
{nav(a, L, deep=False)}
<a class="subscribe" href="/abo">{esc(L['newsletter'])}</a></div></header>
{ticker_h}
<main class="container"><div class="layout-grid">
<article class="article" data-article-id="{len(a['name'])*77}">
<header class="article-header">
{k}
<h1 class="article-title">{h1_inner(a)}</h1>
{lead(a)}
{author}
<div class="article-meta">{a['date_html']}</div>
</header>
<figure class="article-figure"><img src="/images/{slug(a['title'])[:30]}.jpg" alt="" width="1200" height="675"><figcaption>{esc(a.get('caption',''))}</figcaption></figure>
<div class="article-body" itemprop="articleBody">
{body_html(a)}
</div>
{upd}
{a.get('after_body','')}
{share_html(L)}
</article>
<aside class="rail"><section class="most-read"><h2>{esc(a.get('most_read_title', L['latest']))}</h2><ol>{most}</ol></section><div class="ad-slot" data-slot="mpu1"></div></aside>
</div>
{related_html(a, L, 'h2')}
{comments_html(a, L)}
</main>
{footer(a, L, a.get('copy_year','2024'))}
{cookie(L) if a.get('cookie', True) else ''}
{JS_MISC}
</body></html>"""


def t_joomla(a, L):
    tt = a.get('title_tag') or '%s - %s' % (a['title'], a['site'])
    head = meta_head(a, L, tt).replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="generator" content="Joomla! - Open Source Content Management">') + '\n<script src="/media/jui/js/jquery.min.js?4f1a2b"></script>\n<script src="/media/system/js/caption.js?4f1a2b"></script>\n<script>jQuery(window).on("load", function() { new JCaption("img.caption"); });</script>'
    mods = ''.join('<li class="mostread-item"><a href="/index.php/%s">%s</a> <span class="mod-articles-category-date">%s</span></li>' % (slug(t)[:40], esc(t), esc(d)) for t, d in a.get('sidebar', []))
    k = '<dd class="category-name">%s: <a href="/index.php/%s">%s</a></dd>' % (esc(L['news']), slug(a['kicker']), esc(a['kicker'])) if a.get('kicker') else ''
    return f"""<!DOCTYPE html>
{htmltag(a)}
<head>
{head}
</head>
<body class="site com_content view-article no-layout no-task itemid-{len(a['name'])*31}">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/logo.png" alt="{esc(a['site'])}"></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">{esc(L['search'])}</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="{esc(L['search'])} ..."><input type="hidden" name="task" value="search"></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{''.join('<li class="item-%d"><a href="/index.php/%s">%s</a></li>' % (100 + i, slug(m), esc(m)) for i, m in enumerate(L['menu']))}</ul></div></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>{esc(L['home'])}</li><li><a href="/index.php/{slug(L['news'])}" class="pathway">{esc(L['news'])}</a></li></ul></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{a['lang']}">
<div class="page-header"><h2 itemprop="headline">{h1_inner(a)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="?tmpl=component&amp;print=1" rel="nofollow">{esc(L['print_'])}</a></li><li class="email-icon"><a href="/component/mailto/?tmpl=component">E-mail</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>{k}<dd class="published">{a['date_html']}</dd><dd class="hits"><span class="icon-eye-open"></span> {esc(L['readmore'])}: {len(a['name'])*97}</dd></dl>
<div itemprop="articleBody">
{lead(a)}
{body_html(a)}
</div>
{a.get('after_body','')}
<dl class="article-info muted"><dd class="modified">{esc(a.get('updated',''))}</dd></dl>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{esc(a.get('related',[('', '')])[0][0])}" href="/index.php/prev" rel="prev">&lt; Prev</a></li><li class="next"><a href="/index.php/next" rel="next">Next &gt;</a></li></ul>
</div>
{comments_html(a, L)}
</main>
<div id="aside" class="span3"><div class="well"><h3 class="page-header">{esc(L['latest'])}</h3><ul class="mostread mod-list">{mods}</ul></div>{related_html(a, L, 'h3')}</div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p><p>&copy; {a.get('copy_year','2024')} {esc(a['site'])}</p></div></footer>
{cookie(L) if a.get('cookie', True) else ''}
{JS_MISC}
</body></html>"""


def t_nextjs(a, L):
    # React SSR: hashed class names, no semantic article tag, full article duplicated in __NEXT_DATA__ JSON
    tt = a.get('title_tag') or '%s | %s' % (a['title'], a['site'])
    head = meta_head(a, L, tt) + '\n<link rel="preload" href="/_next/static/css/8a1f0c2e7b3d.css" as="style"><link rel="stylesheet" href="/_next/static/css/8a1f0c2e7b3d.css" data-n-g="">\n<noscript data-n-css=""></noscript><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-9b312e20a4e32339.js" defer></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer></script><script src="/_next/static/chunks/main-f11614d8aa7ee555.js" defer></script><script src="/_next/static/chunks/pages/_app-891652dd44e1e4e1.js" defer></script>'
    h = 'sc-%s' % slug(a['name'])[:4]
    paras = '\n'.join(('<p class="%s-3 kxPqRz">%s</p>' % (h, p)) if not p.startswith('<') else p for p in a['paras'])
    data = {"props": {"pageProps": {"article": {"id": len(a['name']) * 10007, "headline": a['title'], "kicker": a.get('kicker'), "publishedAt": a.get('ld_pub'), "updatedAt": a.get('ld_mod'), "body": [{"type": "paragraph", "text": plain(p)} for p in a['paras']], "related": [{"title": t, "date": d} for t, d in a.get('related', [])]}, "navigation": L['menu']}, "__N_SSP": True}, "page": "/[section]/[slug]", "query": {"section": "news", "slug": a['url'].rstrip('/').split('/')[-1]}, "buildId": "xK2f9_aQ1", "isFallback": False, "gssp": True, "locale": a['lang'], "scriptLoader": []}
    k = '<div class="%s-1 dGhXaE">%s</div>' % (h, esc(a['kicker'])) if a.get('kicker') and not a.get('kicker_in_h1') else ''
    rel = ''.join('<a class="%s-9 lmNoPq" href="/news/%s"><div class="%s-10">%s</div><div class="%s-11">%s</div></a>' % (h, slug(t)[:40], h, esc(t), h, esc(d)) for t, d in a.get('related', []))
    side = ''.join('<li class="%s-12"><a href="/n/%s">%s</a><span>%s</span></li>' % (h, slug(t)[:30], esc(t), esc(d)) for t, d in a.get('sidebar', []))
    upd = '<div class="%s-6 aBcDeF">%s</div>' % (h, esc(a['updated'])) if a.get('updated') else ''
    return f"""<!DOCTYPE html>
{htmltag(a)}
<head>
{head}
</head>
<body>
<div id="__next"><div class="{h}-0 jZfGhT">
<div class="{h}-20 header__Wrap"><a href="/" class="{h}-21" aria-label="{esc(a['site'])}"><svg viewBox="0 0 200 40" width="200" height="40"><path d="M0 0h40v40H0z"/></svg></a>
<div class="{h}-22">{''.join('<a class="%s-23" href="/%s">%s</a>' % (h, slug(m), esc(m)) for m in L['menu'])}</div><button class="{h}-24">{esc(L['search'])}</button></div>
<div class="{h}-2 pQrStU">
{k}
<h1 class="{h}-4 hEaDlN">{h1_inner(a)}</h1>
<div class="{h}-5 mEtAdT">{a['date_html']}</div>
<div class="{h}-7 fIgUrE"><img alt="" src="/_next/image?url=%2Fuploads%2F{slug(a['title'])[:20]}.jpg&amp;w=1200&amp;q=75" width="1200" height="675" decoding="async"></div>
<div class="{h}-8 bOdYtX">
{lead(a)}
{paras}
</div>
{upd}
{a.get('after_body','')}
<div class="{h}-13 sHaRe"><span>{esc(L['share'])}</span><a href="https://www.facebook.com/sharer/sharer.php">f</a><a href="https://twitter.com/intent/tweet">x</a><a href="https://wa.me/?text=">w</a></div>
<div class="{h}-14"><div class="{h}-15">{esc(L['related'])}</div><div class="{h}-16">{rel}</div></div>
<div class="{h}-17"><div class="{h}-18">{esc(L['latest'])}</div><ul>{side}</ul></div>
</div>
<div class="{h}-30 fOoTeR"><div>{esc(a.get('address',''))}</div><div>© {a.get('copy_year','2024')} {esc(a['site'])}. {esc(L['rights'])}</div><a href="/privacy">{esc(L['privacy'])}</a></div>
{cookie(L) if a.get('cookie', True) else ''}
</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>
</body></html>"""


TEMPLATES = dict(wordpress=t_wordpress, typo3=t_typo3, drupal=t_drupal, sharepoint=t_sharepoint, bootstrap=t_bootstrap, divsoup=t_divsoup, amp=t_amp, newsmag=t_newsmag, joomla=t_joomla, nextjs=t_nextjs)


def visible_text(h):
    h = re.sub(r'(?is)<(script|style|noscript)[^>]*>.*?</\1>', ' ', h)
    h = re.sub(r'(?is)<head>.*?</head>', ' ', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    h = html.unescape(h).replace('\xad', '').replace('\u200b', '')
    return re.sub(r'\s+', ' ', h)


def plain(s):
    s = re.sub(r'<[^>]+>', '', s)
    return re.sub(r'\s+', ' ', html.unescape(s)).strip()


def split_sents(text, lang):
    if lang in ('ja',):
        return [s + '。' for s in text.split('。') if s.strip()]
    if lang == 'th':
        return [text]
    parts = re.split(r'(?<=[.!?؟»“"])(?<!\b\d\.)(?<!\b\d\d\.)(?<!\b[a-z]\.[a-z]\.)(?<!\bDr\.)(?<!\bProf\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bNr\.)(?<!\bSt\.)\s+(?=[A-ZÀ-ÝĀ-ſА-ЯΑ-Ω„«“"0-9\u0600-\u06FF])', text)
    return parts


def build(a):
    L = UI[a['lang']]
    if a.get('jsonld') is None and (a.get('ld_pub') or a.get('ld_mod')):
        a['jsonld'] = jsonld_news(a)
    h = TEMPLATES[a['tpl']](a, L)
    body_paras = [plain(p) for p in a['paras'] if not re.match(r'<(h\d|figure|blockquote|ul|table|div)', p)]
    bf = a.get('body_first') or split_sents(body_paras[0], a['lang'])[0]
    bl = a.get('body_last') or split_sents(body_paras[-1], a['lang'])[-1]
    if a.get('lead') and not a.get('body_first'):
        bf = split_sents(plain(a['lead']), a['lang'])[0]
    exp = dict(url=a['url'], language=a['lang'], title=a['title'], published=a['published'], body_first=bf, body_last=bl, absent=a['absent'], notes=a['notes'])
    d = os.path.join(OUT, a['split'])
    with open(os.path.join(d, a['name'] + '.html'), 'w', encoding='utf-8') as f:
        f.write(h)
    with open(os.path.join(d, a['name'] + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    # checks
    vt = visible_text(h)
    probs = []
    for k in ('title', 'body_first', 'body_last'):
        if re.sub(r'\s+',' ',exp[k]) not in vt:
            probs.append(k)
    for s in exp['absent']:
        if s not in vt:
            probs.append('absent:' + s)
    if probs:
        print('PROBLEM', a['name'], probs)
    return len(h)


if __name__ == '__main__':
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    mods = sys.argv[1:] or sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'arts_*.py')))
    n = 0
    for m in mods:
        mod = importlib.import_module(m)
        for a in mod.ARTS:
            size = build(a)
            n += 1
            print('%-8s %-40s %6d' % (a['split'], a['name'], size))
    print(n, 'pages')
