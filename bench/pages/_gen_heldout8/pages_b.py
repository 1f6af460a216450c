from common import *

@register
def p04():
    name = "ja_city_office_reiwa"
    url = "https://www.city.minamikawa.example/kurashi/gomi/2024021500012.html"
    title = "粗大ごみの戸別収集を4月から予約制に変更します"
    paras = [
        "市では、令和6年4月1日から粗大ごみの戸別収集をインターネットと電話による事前予約制に変更します。",
        "これまでは毎月第2水曜日に地区ごとの一斉収集を行っていましたが、収集日に出される量が年々増え、収集車の到着が夜間にずれ込む地区が出ていました。",
        "予約制への変更により、市民の皆さまは都合の良い日を選んで申し込むことができるようになります。",
        "予約は収集希望日の7日前までに、市の粗大ごみ受付サイトまたは粗大ごみ受付センターへの電話でお申し込みください。",
        "手数料は品目ごとに200円から1,000円で、市内のコンビニエンスストアで販売する粗大ごみ処理券を貼って出してください。",
        "高齢の方や障がいのある方で、住宅の外まで運び出すことが難しい場合は、申し込みの際にご相談ください。",
        "制度の詳細は、3月中旬に全戸配布する「ごみ分別ガイド」でもお知らせします。",
    ]
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>粗大ごみの戸別収集を4月から予約制に変更します｜南川市</title>
<meta name="keywords" content="粗大ごみ,予約,収集,南川市">
<style>{FILLER_CSS}</style>
</head>
<body>
<div id="tmp_wrapper">
<div class="cookie" id="cookie_policy"><p>当サイトでは、利便性の向上とアクセス解析のためにCookieを使用しています。</p><button>同意する</button></div>
<div id="tmp_header" class="site-header"><p id="tmp_hlogo"><a href="/">南川市</a></p>
<ul id="tmp_hnavi"><li><a href="/foreign/">Foreign Language</a></li><li><a href="/sitemap.html">サイトマップ</a></li><li><a href="#">文字サイズ 標準 拡大</a></li><li><a href="#">背景色変更</a></li></ul>
<div id="tmp_search"><input type="text" title="サイト内検索"><button>検索</button></div></div>
<div id="tmp_gnavi" class="nav-primary">{ul(["くらし・手続き","子育て・教育","健康・福祉","観光・文化","事業者の方へ","市政情報"], "", "/category/")}</div>
<div id="tmp_pankuzu" class="breadcrumb"><p><a href="/">ホーム</a> &gt; <a href="/kurashi/">くらし・手続き</a> &gt; <a href="/kurashi/gomi/">ごみ・リサイクル</a> &gt; 粗大ごみの戸別収集を4月から予約制に変更します</p></div>
<div id="tmp_wrap_main"><div id="tmp_main">
<div class="wrap_col_main"><div class="col_main">
<p id="tmp_update">更新日：令和6年3月1日</p>
<div id="tmp_contents">
<h1>粗大ごみの戸別収集を4月から予約制に変更します</h1>
<p class="keisai">掲載日：令和6年2月15日</p>
<h2>変更の内容</h2>
{ps(paras[:3])}
<h2>申し込み方法</h2>
{ps(paras[3:5])}
<table class="datatable"><caption>主な品目の手数料</caption><tr><th>品目</th><th>手数料</th></tr><tr><td>自転車</td><td>400円</td></tr><tr><td>たんす（高さ1m以上）</td><td>1,000円</td></tr><tr><td>布団（1枚）</td><td>200円</td></tr></table>
<h2>運び出しが難しい方へ</h2>
{ps(paras[5:])}
<div id="tmp_inquiry"><div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div><div id="tmp_inquiry_cnt"><p>環境部 ごみ減量推進課 収集係<br>〒000-0000 南川市本町一丁目1番1号<br>電話番号：0000-00-1234　ファクス番号：0000-00-1235</p></div></div>
<div id="tmp_feedback"><p>より良いウェブサイトにするためにアンケートにご協力ください。このページの情報は役に立ちましたか？</p></div>
</div></div></div>
<div class="wrap_col_nav sidebar"><div id="tmp_lnavi"><p class="lnavi_ttl">ごみ・リサイクル</p>
<ul><li><a href="#">家庭ごみの出し方</a></li><li><a href="#">資源物の回収日程（令和6年度）</a></li><li><a href="#">生ごみ処理機の購入補助</a></li><li><a href="#">クリーンセンターの見学</a></li></ul></div></div>
</div></div>
<div id="tmp_footer" class="footer"><ul><li><a href="#">このサイトについて</a></li><li><a href="#">個人情報の取り扱い</a></li><li><a href="#">ウェブアクセシビリティ方針</a></li><li><a href="#">リンク集</a></li></ul>
<address>南川市役所 法人番号0000000000000<br>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分（祝日・休日、年末年始を除く）</address>
<p id="tmp_copyright">Copyright © Minamikawa City. All Rights Reserved.</p></div>
</div>
</body></html>"""
    write(name, html, dict(url=url, language="ja", title=title, published="2024-02-15",
        body_first=paras[0], body_last=paras[-1],
        absent=["更新日：令和6年3月1日", "このページに関するお問い合わせ", "資源物の回収日程（令和6年度）",
                "当サイトでは、利便性の向上とアクセス解析のためにCookieを使用しています。",
                "より良いウェブサイトにするためにアンケートにご協力ください。"],
        notes="Japanese municipal CMS (tmp_* ids). No metadata at all; dates only in Japanese era calendar: 掲載日 令和6年2月15日 (= 2024-02-15, publication) and 更新日 令和6年3月1日 (update) shown first. Body contains an h2-sectioned text and a fee table (table kept as body but not used in snippets); a date 令和6年4月1日 inside the body is an event date."))

@register
def p05():
    name = "zh_nextjs_portal"
    url = "https://news.jiangcheng-daily.example/article/20221018/a8f31c0e"
    title = "江城地铁5号线南延段开通初期运营"
    title_html = "江城地铁5号线南延段\u200b开通初期运营"
    paras = [
        "10月18日上午9时，江城地铁5号线南延段正式开通初期运营，新增车站6座，线路全长增加11.4公里。",
        "南延段自既有的终点站青石桥站向南延伸，经过科技园、湖滨新城，终至南湖国际会展中心站。",
        "开通后，从市中心人民广场到会展中心的乘车时间由原来的约70分钟缩短至38分钟。",
        "据运营公司介绍，初期运营阶段工作日早高峰最小行车间隔为4分30秒，后续将根据客流情况逐步加密。",
        "当天上午，不少市民专程前来“打卡”新车站，湖滨新城站内以湖泊为主题的艺术墙吸引了大量乘客驻足拍照。",
        "运营公司提醒，南延段开通首月内各站将增派志愿者，乘客如有疑问可通过官方客服热线咨询。",
    ]
    state = {"props": {"pageProps": {"article": {"id": "a8f31c0e", "title": title, "publishTime": 1666055520000,
             "updateTime": 1666143000000, "source": "江城日报", "author": "记者 周文静", "channel": "城市"},
             "hotList": [{"title": "江城马拉松11月开跑 报名人数创新高", "time": "2022-10-17"}]}},
             "page": "/article/[date]/[id]", "query": {"date": "20221018", "id": "a8f31c0e"}, "buildId": "K9s2xQe_7TfLm", "isFallback": False}
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>江城地铁5号线南延段开通初期运营_城市频道_江城新闻网</title>
<meta name="description" content="新增车站6座，从人民广场到会展中心乘车时间缩短至38分钟。"/>
<meta property="og:title" content="江城地铁5号线南延段今日开通"/>
<link rel="preload" href="/_next/static/css/8a1f0c2e3b.css" as="style"/>
<style>{FILLER_CSS}</style>
</head><body><div id="__next"><div class="layout_wrap__x1a9">
<div class="cookie Consent_bar__3kq"><span>本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们的隐私政策。</span><button>我知道了</button></div>
<header class="Header_header__2bTz site-header"><a href="/" class="Header_logo__k1"><img src="/logo.png" alt="江城新闻网"/></a>
<nav class="nav-primary">{ul(["首页","时政","城市","经济","文化","体育","视频","专题"], "Header_nav__9c", "/channel/")}</nav></header>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/channel/city">城市</a> &gt; 正文</div>
<div class="Article_container__t7Y"><main class="Article_main__0Pq">
<h1 class="Article_title__ZsD">{title_html}</h1>
<div class="Article_info__Lw2"><span>2022-10-18 09:12</span><span>来源：江城日报</span><span>记者 周文静</span><span class="Article_share__Q1">分享到：微信 微博 QQ空间</span></div>
<div class="Article_summary__m2">【摘要】新增车站6座，从人民广场到会展中心乘车时间缩短至38分钟。</div>
<div class="Article_content__nC1 article-body">
{ps(paras[:3])}
<figure><img src="https://img.jiangcheng-daily.example/2022/1018/metro5.jpg" alt=""/><figcaption>10月18日，乘客在湖滨新城站候车。记者 李航 摄</figcaption></figure>
{ps(paras[3:])}
</div>
<div class="Article_editor__v8">（责任编辑：王晓）</div>
<div class="Article_statement__p4">【版权声明】凡注明“来源：江城日报”的作品，版权均属江城日报社所有，未经授权不得转载。</div>
<section class="Article_related__b3 related"><h3>相关阅读</h3><ul>
<li><a href="/article/20220930/c1">地铁5号线南延段完成空载试运行</a><span>2022-09-30</span></li>
<li><a href="/article/20220812/d2">湖滨新城首批学校9月开学</a><span>2022-08-12</span></li>
<li><a href="/article/20220705/e3">江城公交线网优化方案征求意见</a><span>2022-07-05</span></li></ul></section>
</main>
<aside class="Article_aside__r0 sidebar"><h3>热点排行</h3><ol><li>江城马拉松11月开跑 报名人数创新高</li><li>老城区20条背街小巷完成改造</li><li>今冬首场寒潮即将到来</li></ol>
<div class="newsletter"><p>扫码关注江城新闻网微信公众号，第一时间获取本地资讯。</p></div></aside></div>
<footer class="Footer_footer__h2 footer"><p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">违法和不良信息举报</a></p><p>Copyright © 2003-2022 江城新闻网 版权所有</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main-4c2e8f.js" async=""></script>
</body></html>"""
    write(name, html, dict(url=url, language="zh", title=title, published="2022-10-18",
        body_first=paras[0], body_last=paras[-1],
        absent=["【摘要】新增车站6座，从人民广场到会展中心乘车时间缩短至38分钟。", "10月18日，乘客在湖滨新城站候车。",
                "（责任编辑：王晓）", "地铁5号线南延段完成空载试运行", "扫码关注江城新闻网微信公众号，第一时间获取本地资讯。"],
        notes="Next.js SSR page with __NEXT_DATA__ (publishTime as epoch ms 1666055520000 = 2022-10-18 09:12 +08:00, i.e. 01:12 UTC same day). Visible date year-first '2022-10-18 09:12'. h1 contains a zero-width space; <title> uses underscore-joined channel/site; og:title is a different SEO headline. Summary, editor line and copyright statement are not body."))

@register
def p06():
    name = "ko_news_input_modified"
    url = "https://www.hanbit-ilbo.example/news/articleView.html?idxno=731204"
    title = "제주 해녀 박물관, 개관 15년 만에 전면 새단장"
    paras = [
        "제주해녀박물관이 개관 15년 만에 전시실을 전면 개편하고 3일 다시 문을 열었다.",
        "박물관은 지난해 9월부터 약 10개월 동안 휴관하며 상설전시실 세 곳의 동선과 전시물을 새로 구성했다.",
        "새 전시실에는 해녀들이 직접 사용하던 물옷과 테왁, 망사리 등 유물 400여 점이 시대별로 배치됐다.",
        "특히 구좌읍 하도리 해녀 20여 명의 구술을 담은 영상 공간이 새로 마련돼 관람객들의 눈길을 끌었다.",
        "박물관 측은 외국인 관람객을 위해 영어와 중국어, 일본어 음성 안내 서비스도 도입했다고 밝혔다.",
        "관람료는 성인 1100원으로 종전과 같으며, 매주 월요일은 휴관한다.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>제주 해녀 박물관, 개관 15년 만에 전면 새단장 - 한빛일보</title>
<meta property="og:title" content="제주 해녀 박물관, 개관 15년 만에 전면 새단장 - 한빛일보">
<meta property="article:published_time" content="2021-07-03T11:20:00+09:00">
<meta property="article:modified_time" content="2021-07-04T15:05:00+09:00">
<meta property="og:site_name" content="한빛일보">
<style>{FILLER_CSS}</style>
</head>
<body>
<div id="user-wrap">
<div class="cookie"><p>이 웹사이트는 서비스 개선을 위해 쿠키를 사용합니다.</p><button>확인</button></div>
<header id="header" class="site-header"><div class="header-top"><span>2021년 7월 5일 월요일</span> <a href="#">로그인</a> <a href="#">회원가입</a></div>
<h2 class="logo"><a href="/">한빛일보</a></h2>
<nav class="nav-primary">{ul(["정치","경제","사회","문화","스포츠","오피니언","지역","포토"], "", "/news/articleList.html?sc=")}</nav></header>
<div id="user-container"><div class="float-center">
<div class="breadcrumb"><a href="/">홈</a> &gt; <a href="#">문화</a> &gt; <a href="#">전시</a></div>
<section class="article-view-header"><header class="article-view-header">
<h3 class="heading">{title}</h3>
<h4 class="subheading">전시 유물 400여 점 재배치…해녀 구술 영상관 신설</h4>
<ul class="infomation"><li><i class="icon-user"></i> 고은비 기자</li><li><i class="icon-clock"></i> 입력 2021.07.03 11:20</li><li>수정 2021.07.04 15:05</li><li>댓글 2</li></ul>
</header></section>
<section class="article-body"><article id="article-view-content-div" itemprop="articleBody">
<figure class="photo-layout"><img src="/news/photo/202107/731204_1.jpg" alt=""><figcaption>3일 새 단장을 마치고 재개관한 제주해녀박물관 상설전시실. 사진=고은비 기자</figcaption></figure>
{ps(paras)}
</article>
<div class="view-copyright">저작권자 © 한빛일보 무단전재 및 재배포 금지</div>
<div class="view-editors"><p>고은비 기자 다른기사 보기</p></div>
<div class="share"><a href="#">페이스북</a> <a href="#">트위터</a> <a href="#">카카오톡</a> <a href="#">URL복사</a></div></section>
<section class="related"><h3>관련기사</h3><ul><li><a href="#">제주 해녀문화, 국가무형문화재 지정 5주년 기념행사</a></li><li><a href="#">해녀 고령화 심각…70대 이상이 절반 넘어</a></li></ul></section>
<section id="comments" class="comments"><h3>댓글 2</h3><ul>
<li><b>바다사랑</b> <span>2021-07-04 09:12</span><p>어릴 때 가 보고 안 가봤는데 이번 여름에 꼭 가봐야겠네요.</p></li>
<li><b>jejuro</b> <span>2021-07-04 13:40</span><p>음성 안내 서비스 좋네요.</p></li></ul></section>
</div>
<aside class="sidebar"><h3>많이 본 뉴스</h3><ol><li>장마 시작…주말 남부지방 최대 150㎜</li><li>도심 공원 야간 개장 연장</li><li>여름 휴가철 항공권 가격 비교</li></ol></aside>
</div>
<footer class="footer"><p>제호: 한빛일보 · 발행인: 홍길동 · 청소년보호책임자: 김철수</p><p>Copyright © 2021 한빛일보. All rights reserved.</p></footer>
</div>
</body></html>"""
    write(name, html, dict(url=url, language="ko", title=title, published="2021-07-03",
        body_first=paras[0], body_last=paras[-1],
        absent=["전시 유물 400여 점 재배치…해녀 구술 영상관 신설", "3일 새 단장을 마치고 재개관한 제주해녀박물관 상설전시실.",
                "저작권자 © 한빛일보 무단전재 및 재배포 금지", "어릴 때 가 보고 안 가봤는데 이번 여름에 꼭 가봐야겠네요.",
                "해녀 고령화 심각…70대 이상이 절반 넘어"],
        notes="Korean news CMS (articleView.html style). Headline is an h3 (logo is h2, no h1); subheading h4 excluded. Dates '입력 2021.07.03 11:20' (published) vs '수정 2021.07.04 15:05' (modified), header shows today 2021-07-05, comments 07-04. og:title includes site name."))

@register
def p07():
    name = "ru_amp_br_headline"
    url = "https://amp.volzhskiy-vestnik.example/news/2023/02/14/teplo-vernuli-v-doma"
    title = "В Заречном районе вернули тепло в 38 домов после аварии на теплотрассе"
    paras = [
        "Подачу тепла в 38 многоквартирных домов Заречного района восстановили во вторник к шести часам вечера, сообщили в городской теплосетевой компании.",
        "Авария произошла ночью на магистральной трубе диаметром 500 миллиметров у пересечения улиц Садовой и Лесозаводской.",
        "Без отопления остались около четырёх тысяч жителей, а также две школы и детская поликлиника, занятия в школах были отменены.",
        "Аварийные бригады работали при морозе минус 22 градуса и заменили повреждённый участок трубы длиной около восьми метров.",
        "В администрации района сообщили, что в школах занятия возобновятся в обычном режиме в среду.",
        "Жителей, у которых батареи остаются холодными, просят обращаться в единую дежурно-диспетчерскую службу по номеру 112.",
    ]
    html = f"""<!doctype html>
<html ⚡ lang="ru">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>Тепло вернули в 38 домов — Волжский вестник</title>
<link rel="canonical" href="https://www.volzhskiy-vestnik.example/news/2023/02/14/teplo-vernuli-v-doma">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"В Заречном районе вернули тепло в 38 домов после аварии на теплотрассе","datePublished":"2023-02-14T18:05:00+03:00","image":["https://www.volzhskiy-vestnik.example/img/teplo.jpg"],"publisher":{{"@type":"Organization","name":"Волжский вестник"}}}}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>{FILLER_CSS}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><div class="cookie">Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием.</div></amp-consent>
<header class="site-header"><a href="/" class="logo">Волжский вестник</a>
<amp-sidebar id="menu" layout="nodisplay"><nav class="nav-primary">{ul(["Новости","Город","Происшествия","ЖКХ","Спорт","Афиша"], "", "/rubric/")}</nav></amp-sidebar></header>
<main>
<article class="article">
<div class="rubric">ЖКХ</div>
<h1 class="article__title">В Заречном районе вернули тепло<br>в 38 домов после аварии на теплотрассе</h1>
<div class="article__meta"><time datetime="2023-02-14T18:05:00+03:00">14 февраля 2023, 18:05</time> · <span>Текст: Ирина Селезнёва</span></div>
<amp-img src="/img/teplo.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>
<p class="caption">Ремонт на улице Садовой. Фото: пресс-служба теплосетевой компании</p>
<div class="article__body article-body">
{ps(paras[:4])}
<blockquote class="article__quote">«Это одна из самых серьёзных аварий за последние пять лет»</blockquote>
{ps(paras[4:])}
</div>
<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</article>
<section class="related"><h2>Читайте также</h2><ul>
<li><a href="#">Морозы до минус 30 ожидаются в регионе на выходных</a> <span>13 февраля 2023</span></li>
<li><a href="#">Капремонт теплосетей: какие улицы перекопают летом</a> <span>9 февраля 2023</span></li></ul></section>
<div class="newsletter"><p>Подписывайтесь на наш канал в Telegram — все главные новости города в одном месте.</p></div>
</main>
<footer class="footer"><p>Сетевое издание «Волжский вестник». Свидетельство о регистрации СМИ Эл № ФС 00-00000. 16+</p><p>© 2008–2023 Волжский вестник</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="ru", title=title, published="2023-02-14",
        body_first=paras[0], body_last=paras[-1],
        absent=["Ремонт на улице Садовой.", "Капремонт теплосетей: какие улицы перекопают летом",
                "Морозы до минус 30 ожидаются в регионе на выходных",
                "Подписывайтесь на наш канал в Telegram — все главные новости города в одном месте.",
                "Мы используем файлы cookie."],
        notes="AMP page (amp-img, amp-consent, amp-sidebar). Headline in h1 is split with <br> (expected title joins with a space); <title> is a shortened SEO title with site name. Rubric 'ЖКХ' kicker. An unattributed pull quote sits between body paragraphs; not used as an absent snippet since extractors may keep it. Date in Russian genitive month with time and +03:00 datetime."))

@register
def p08():
    name = "ar_rtl_hijri"
    url = "https://www.alwaha-news.example/local/2024/01/07/water-desalination-plant"
    title = "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي"
    paras = [
        "افتتحت وزارة المياه صباح اليوم الأحد محطة جديدة لتحلية مياه البحر في مدينة الساحل الشرقي بطاقة إنتاجية تبلغ 120 ألف متر مكعب يوميا.",
        "وقال وزير المياه خلال حفل الافتتاح إن المحطة ستغطي احتياجات أكثر من 300 ألف نسمة في المدينة والقرى المجاورة لها.",
        "وأوضح أن المحطة تعتمد على تقنية التناضح العكسي، وتستهلك طاقة أقل بنحو 30 في المئة مقارنة بالمحطات القديمة.",
        "وأضاف أن جزءا من احتياجات المحطة من الكهرباء سيأتي من حقل للطاقة الشمسية يجري إنشاؤه بالقرب منها.",
        "وبلغت تكلفة المشروع نحو 450 مليون دولار، واستغرق تنفيذه ثلاث سنوات بمشاركة شركات محلية ودولية.",
        "ومن المتوقع أن تبدأ المرحلة الثانية من المشروع في منتصف العام المقبل لرفع الطاقة الإنتاجية إلى الضعف.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>الواحة نيوز | افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي</title>
<meta name="description" content="المحطة بطاقة 120 ألف متر مكعب يوميا وتخدم أكثر من 300 ألف نسمة">
<meta property="og:title" content="افتتاح محطة جديدة لتحلية المياه">
<meta itemprop="datePublished" content="2024-01-07">
<style>{FILLER_CSS} body{{direction:rtl;text-align:right}}</style>
</head>
<body>
<div class="cookie" id="cookies"><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.</p><button>موافق</button></div>
<div class="topbar"><span class="hijri">الأحد 25 جمادى الآخرة 1445</span> - <span class="greg">الأحد 7 يناير 2024</span></div>
<header class="site-header"><a class="logo" href="/">الواحة نيوز</a>
<nav class="nav-primary">{ul(["الرئيسية","محليات","عربي ودولي","اقتصاد","رياضة","ثقافة","منوعات","فيديو"], "", "/section/")}</nav></header>
<div class="breadcrumb"><a href="/">الرئيسية</a> &lsaquo; <a href="/local">محليات</a></div>
<div class="container"><main class="main-col">
<article class="news-details">
<h1 class="news-title">{title}</h1>
<div class="news-meta"><span class="author">الساحل الشرقي - خالد المنصوري</span> <span class="date">نشر في: الأحد 7 يناير 2024 - 10:35 ص</span></div>
<figure><img src="/uploads/2024/01/plant.jpg" alt=""><figcaption>جانب من محطة التحلية الجديدة خلال حفل الافتتاح (الواحة نيوز)</figcaption></figure>
<div class="news-body article-body">
{ps(paras[:3])}
<div class="read-also"><strong>اقرأ أيضا:</strong> <a href="#">ارتفاع استهلاك المياه في فصل الصيف بنسبة 18 في المئة</a></div>
{ps(paras[3:])}
</div>
<div class="tags">الوسوم: <a href="#">المياه</a> <a href="#">التحلية</a> <a href="#">الطاقة الشمسية</a></div>
<div class="share">شارك الخبر: <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a></div>
</article>
<section class="related"><h2>أخبار ذات صلة</h2><ul>
<li><a href="#">خطة لخفض الفاقد في شبكات المياه بحلول 2026</a> <span>3 يناير 2024</span></li>
<li><a href="#">توقيع عقد إنشاء حقل الطاقة الشمسية الثاني</a> <span>28 ديسمبر 2023</span></li></ul></section>
<section class="comments"><h3>التعليقات (1)</h3><ul><li><b>أبو سالم</b> <span>7 يناير 2024</span><p>خطوة ممتازة ونتمنى أن تصل المياه إلى كل القرى.</p></li></ul></section>
</main>
<aside class="sidebar"><h3>الأكثر قراءة</h3>{ul(["انخفاض درجات الحرارة مع نهاية الأسبوع","افتتاح معرض الكتاب بمشاركة 40 دولة","المنتخب يستعد لبطولة آسيا"], "related")}
<div class="newsletter"><p>اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا.</p></div></aside></div>
<footer class="footer"><p>جميع الحقوق محفوظة © الواحة نيوز 2024</p></footer>
</body></html>"""
    write(name, html, dict(url=url, language="ar", title=title, published="2024-01-07",
        body_first=paras[0], body_last=paras[-1],
        absent=["جانب من محطة التحلية الجديدة خلال حفل الافتتاح (الواحة نيوز)", "ارتفاع استهلاك المياه في فصل الصيف بنسبة 18 في المئة",
                "خطوة ممتازة ونتمنى أن تصل المياه إلى كل القرى.", "اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا.",
                "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك."],
        notes="RTL Arabic news site. Top bar shows Hijri date (25 Jumada al-Akhirah 1445) next to the Gregorian; byline 'نشر في: الأحد 7 يناير 2024'. Only metadata is itemprop datePublished (date only). <title> starts with site name; og:title shortened. 'Read also' box inside body excluded."))
