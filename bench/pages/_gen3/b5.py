from lib import *

def ko_gov():
    nav = ul(['뉴스','정책자료','브리핑룸','보도자료','사실은 이렇습니다','국민참여','정부기관'], 'gnb', '/')
    body = paras([
     '정부가 올여름 폭염에 대비해 에너지 취약계층의 냉방비 지원을 대폭 확대한다.',
     '산업통상자원부는 에너지바우처 하절기 지원 단가를 가구당 평균 5만 3천 원에서 7만 원으로 인상한다고 밝혔다.',
     '지원 대상은 기초생활수급 가구 가운데 노인, 영유아, 장애인 등이 포함된 약 114만 가구이다.',
     '바우처는 전기요금 고지서에서 자동으로 차감되며, 기존 수급 가구는 별도로 신청하지 않아도 그대로 혜택을 받을 수 있다.',
     '또한 정부는 무더위 쉼터 운영 시간을 오후 9시까지 연장하고, 독거노인 가구에 대한 안부 확인 전화를 주 2회로 늘리기로 했다.',
     '산업부 관계자는 “기록적인 폭염이 예상되는 만큼 취약계층이 냉방비 걱정 없이 여름을 날 수 있도록 지원하겠다”고 말했다.'])
    rel = ''.join(f'<li><a href="/briefing/pressReleaseView.do?newsId={i}">{t}</a><span class="date">{d}</span></li>' for i,(t,d) in enumerate([('전력 수급 대책 점검회의 개최','2024.07.19'),('여름철 전기요금 누진구간 완화 시행','2024.07.01'),('에너지 효율 가전제품 환급 사업 접수 시작','2024.06.24'),('취약계층 에너지 효율 개선 사업 추진','2024.06.10')],156640000))
    html = f'''<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>보도자료 | 여름철 폭염 대비 취약계층 냉방비 지원 확대 | 정책브리핑마당</title>
<meta property="og:title" content="[보도자료] 취약계층 냉방비 지원, 가구당 7만 원으로 늘린다">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-07-21T15:30:00Z">
<meta name="description" content="에너지바우처 하절기 지원 단가 인상, 무더위 쉼터 운영 시간 연장">
<link rel="stylesheet" href="/resources/css/common.css?v=20240701">
<script src="/resources/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div id="skipNav"><a href="#content">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<div class="top-banner">이 누리집은 대한민국 공식 전자정부 누리집입니다.</div>
<header id="header"><div class="inner"><h2 class="logo"><a href="/">정책브리핑마당</a></h2>
<nav id="gnb">{nav}</nav>
<div class="util"><a href="/member/login.do">로그인</a> <a href="/member/join.do">회원가입</a> <a href="/eng/">ENGLISH</a></div>
<form class="search" action="/search/search.do"><input type="text" name="query" title="검색어 입력" placeholder="검색어를 입력하세요"><button type="submit">검색</button></form></div></header>
<div id="container"><div class="inner">
<div class="location"><a href="/">홈</a> &gt; <a href="/briefing/">브리핑룸</a> &gt; <strong>보도자료</strong></div>
<div id="content" class="content">
<div class="view-title">
 <span class="cate">보도자료</span>
 <h1>여름철 폭염 대비 취약계층 냉방비 지원 확대</h1>
 <p class="sub-title">- 에너지바우처 하절기 지원 단가 7만 원으로 인상 -<br>- 무더위 쉼터 운영 시간 오후 9시까지 연장 -</p>
 <div class="info"><span class="dept">산업통상자원부</span><span class="regdate">등록일 2024-07-22 00:30</span><span class="hit">조회수 2,318</span></div>
 <div class="embargo">보도시점 : 2024. 7. 22.(월) 조간 (7. 21.(일) 12:00 이후 보도 가능)</div>
</div>
<div class="view-cont">
{body}
</div>
<div class="view-manager"><table><caption>담당 부서 정보</caption><tr><th>담당 부서</th><td>산업통상자원부 에너지복지과</td><th>책임자</th><td>과장 김민수 (044-203-0000)</td></tr><tr><th>담당자</th><td colspan="3">사무관 이지현 (044-203-0001)</td></tr></table></div>
<div class="view-file"><strong>첨부파일</strong><ul><li><a href="/files/0722_냉방비지원.hwp">0722(조간) 여름철 폭염 대비 취약계층 냉방비 지원 확대.hwp</a></li><li><a href="/files/0722_냉방비지원.pdf">0722(조간) 여름철 폭염 대비 취약계층 냉방비 지원 확대.pdf</a></li></ul></div>
<div class="notice-kogl">이 자료는 공공누리 제1유형에 따라 출처 표시 조건으로 자유롭게 이용할 수 있습니다.</div>
<div class="view-related"><h3>관련 보도자료</h3><ul>{rel}</ul></div>
<div class="btn-area"><a href="/briefing/pressReleaseList.do" class="btn-list">목록</a> <a href="javascript:window.print();" class="btn-print">인쇄</a></div>
</div>
<aside class="side"><h3>많이 본 뉴스</h3><ol><li><a href="/news/1">청년도약계좌 중도해지 요건 완화</a></li><li><a href="/news/2">하반기 달라지는 제도 총정리</a></li><li><a href="/news/3">장마철 침수 피해 예방 행동요령</a></li></ol>
<div class="satisfaction"><p>이 페이지에서 제공하는 정보에 만족하십니까?</p><label><input type="radio" name="s" value="5"> 매우만족</label> <label><input type="radio" name="s" value="3"> 보통</label> <label><input type="radio" name="s" value="1"> 불만족</label></div></aside>
</div></div>
<footer id="footer"><div class="inner"><ul class="f-menu"><li><a href="/policy/privacy.do"><strong>개인정보처리방침</strong></a></li><li><a href="/policy/copyright.do">저작권정책</a></li><li><a href="/policy/email.do">이메일무단수집거부</a></li><li><a href="/policy/access.do">웹접근성</a></li><li><a href="/sitemap.do">사이트맵</a></li></ul>
<address>(30112) 세종특별자치시 도움6로 11 정부세종청사 · 대표전화 110</address>
<p class="copy">COPYRIGHT © 2024 정책브리핑마당. ALL RIGHTS RESERVED.</p></div></footer>
</body>
</html>'''
    save('ko_gov_press_release_embargo', html, {
     "url": "https://www.briefing.example.go.kr/briefing/pressReleaseView.do?newsId=156645012",
     "language": "ko",
     "title": "여름철 폭염 대비 취약계층 냉방비 지원 확대",
     "published": "2024-07-22",
     "body_first": "정부가 올여름 폭염에 대비해 에너지 취약계층의 냉방비 지원을 대폭 확대한다.",
     "body_last": "산업부 관계자는 “기록적인 폭염이 예상되는 만큼 취약계층이 냉방비 걱정 없이 여름을 날 수 있도록 지원하겠다”고 말했다.",
     "absent": ["- 에너지바우처 하절기 지원 단가 7만 원으로 인상 -", "산업통상자원부 에너지복지과", "이 자료는 공공누리 제1유형에 따라 출처 표시 조건으로 자유롭게 이용할 수 있습니다.", "전력 수급 대책 점검회의 개최"],
     "notes": "Korean government briefing portal press release. Near-midnight KST: visible '등록일 2024-07-22 00:30' while article:published_time is 2024-07-21T15:30Z. Embargo line names 7. 22.(월) 조간 and '7. 21.(일) 12:00 이후 보도 가능' (earlier date). 'Cate' label 보도자료 and dash-framed sub-title lines are not body; contact table, attachment names (which repeat the title), KOGL licence line excluded. <title> has prefix '보도자료 |' and site suffix."})

def zh_news():
    nav = ''.join(f'<a href="/{p}/">{t}</a>' for p,t in [('news','首页'),('city','滨江'),('china','国内'),('world','国际'),('finance','财经'),('tech','科技'),('edu','教育'),('culture','文化'),('sports','体育'),('video','视频'),('epaper','数字报')])
    body = paras([
     '5月20日上午，滨江市首条无人驾驶公交线路——智行1号线正式开通试运营。',
     '该线路全长12.6公里，连接高铁滨江南站与滨江大学城，沿途设置站点18个，首批投入运营的无人驾驶公交车共10辆。',
     '试运营期间，每辆车上仍配备一名安全员，乘客可使用公交卡或手机扫码乘车，票价为2元。',
     '据滨江市交通运输局介绍，车辆搭载激光雷达、毫米波雷达和高清摄像头等设备，能够自动识别红绿灯、行人和非机动车，并在复杂路口完成减速让行。',
     '“以前从高铁站到学校要换乘两次，现在一趟车就到了。”在滨江大学读书的小李说。',
     '市交通运输局表示，将根据试运营情况逐步优化线路和班次，计划年内再开通两条无人驾驶公交线路。'])
    rel = ''.join(f'<li><a href="/city/2024-0{m}/{d}/content_{n}.htm">{t}</a><span>2024-0{m}-{d}</span></li>' for m,d,n,t in [(5,17,883012,'滨江地铁3号线二期工程进入铺轨阶段'),(5,12,881477,'滨江南站改造完成 新增出租车候客区'),(4,28,876254,'我市发布智能网联汽车道路测试新规'),(4,9,870031,'大学城片区新增公共自行车站点40个')])
    html = f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="无人驾驶,公交,滨江">
<meta name="description" content="5月20日上午，滨江市首条无人驾驶公交线路——智行1号线正式开通试运营。">
<meta name="publishdate" content="2024-05-20">
<meta name="contentid" content="20240520884105">
<meta name="source" content="江南日报">
<title>滨江市首条无人驾驶公交线路开通试运营_滨江新闻_江南网</title>
<link rel="stylesheet" href="//static.jiangnanwang.example.cn/css/article2019.css">
<script src="//static.jiangnanwang.example.cn/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">江南网 - 江南日报社主办</span><span class="fr"><a href="/app/">客户端下载</a> | <a href="/weibo/">官方微博</a> | <a href="/wx/">微信公众号</a></span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="//static.jiangnanwang.example.cn/img/logo.png" alt="江南网"></a><div class="search"><form action="//search.jiangnanwang.example.cn/"><input type="text" name="q"><input type="submit" value="搜索"></form></div></div>
<div class="nav w1200">{nav}</div>
<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/city/">滨江</a> &gt; 正文</div>
<div class="w1200 main clearfix">
<div class="left-col">
<div class="article">
 <h1 id="title">滨江市首条无人驾驶公交线路开通试运营</h1>
 <div class="info"><span class="time">2024年05月20日 09:30</span> <span class="source">来源：江南日报</span> <span class="author">记者 陈晓东 通讯员 周敏</span> <span class="fontsize">字号：<a href="javascript:;" class="big">大</a> <a href="javascript:;" class="mid">中</a> <a href="javascript:;" class="small">小</a></span></div>
 <div class="summary"><b>【摘要】</b>线路全长12.6公里，连接高铁站与大学城，试运营期间票价2元。</div>
 <div id="content" class="content">
 <p style="text-align:center"><img src="//img.jiangnanwang.example.cn/2024/05/20/bus01.jpg" alt=""></p>
 <p class="pic-desc" style="text-align:center">5月20日，市民在滨江南站体验无人驾驶公交车。记者 林峰 摄</p>
{body}
 <p class="editor">（责任编辑：王丽）</p>
 </div>
 <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
 <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
 <div class="copyright-note">版权声明：凡注明“来源：江南日报”的所有作品，版权均属于江南日报社，未经授权不得转载。</div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{rel}</ul></div>
</div>
<div class="right-col">
<div class="box"><h3>热点排行</h3><ol><li><a href="/city/a1.htm">2024年滨江中考招生政策发布</a></li><li><a href="/city/a2.htm">端午小长假滨江旅游攻略</a></li><li><a href="/city/a3.htm">滨江公积金贷款额度调整</a></li><li><a href="/city/a4.htm">老城区12条道路将改造</a></li></ol></div>
<div class="box"><h3>图片新闻</h3><p><a href="/photo/b1.htm">初夏时节 江滩湿地百鸟翔集</a></p><p><a href="/photo/b2.htm">第五届滨江龙舟邀请赛开赛</a></p></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/law/">法律声明</a> | <a href="/jobs/">招聘信息</a></p>
<p>江南网版权所有 © 2005-2024 未经授权禁止复制或建立镜像</p><p>互联网新闻信息服务许可证：32120170000 违法和不良信息举报电话：0510-00000000</p><p>滨ICP备05000000号</p></div>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?0123456789abcdef";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</body>
</html>'''
    save('zh_news_portal', html, {
     "url": "http://www.jiangnanwang.example.cn/city/2024-05/20/content_884105.htm",
     "language": "zh",
     "title": "滨江市首条无人驾驶公交线路开通试运营",
     "published": "2024-05-20",
     "body_first": "5月20日上午，滨江市首条无人驾驶公交线路——智行1号线正式开通试运营。",
     "body_last": "市交通运输局表示，将根据试运营情况逐步优化线路和班次，计划年内再开通两条无人驾驶公交线路。",
     "absent": ["线路全长12.6公里，连接高铁站与大学城，试运营期间票价2元。", "5月20日，市民在滨江南站体验无人驾驶公交车。", "（责任编辑：王丽）", "滨江地铁3号线二期工程进入铺轨阶段"],
     "notes": "Chinese provincial news portal (classic CMS, content_NNN.htm URL). Date '2024年05月20日 09:30' + meta publishdate; first body sentence itself begins with '5月20日上午'. Photo caption is a <p> inside the content div (not body); 【摘要】 summary, editor sign-off （责任编辑：…）, print/close links, copyright note excluded. <title> uses '_' separated channel and site names. Copyright range 2005-2024."})

def ar_news():
    nav = ul(['الرئيسية','محليات','اقتصاد','عربي ودولي','رياضة','ثقافة وفنون','تكنولوجيا','منوعات','مقالات'], 'main-menu', '/section/')
    body_ps = [
     'افتتحت هيئة المياه والكهرباء اليوم الأحد أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في المنطقة، بطاقة إنتاجية تبلغ 120 ألف متر مكعب يومياً.',
     'وتقع المحطة على الساحل الشرقي، وتعتمد على حقل من الألواح الشمسية تبلغ مساحته نحو 300 هكتار، إلى جانب بطاريات لتخزين الطاقة تتيح تشغيلها خلال ساعات الليل.',
     'وقال المدير العام للهيئة المهندس خالد المنصوري إن المحطة ستوفر مياه الشرب لنحو 400 ألف نسمة، وستخفض انبعاثات الكربون بما يعادل 180 ألف طن سنوياً.',
     'وأضاف أن تكلفة إنتاج المتر المكعب الواحد انخفضت بنسبة 40 في المئة مقارنة بالمحطات التقليدية التي تعمل بالغاز.',
     'ويأتي افتتاح المحطة قبل أيام من بداية شهر رمضان، الذي يشهد عادة ارتفاعاً في استهلاك المياه.',
     'ومن المقرر أن تبدأ الهيئة العام المقبل أعمال توسعة المحطة لرفع طاقتها الإنتاجية إلى 200 ألف متر مكعب يومياً.']
    body = f'<p><strong>الخليج اليوم – دبي:</strong> {body_ps[0]}</p>\n' + paras(body_ps[1:])
    html = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة | الخليج اليوم</title>
<meta property="og:title" content="محطة تحلية عملاقة تعمل بالشمس تبدأ التشغيل">
<meta property="og:locale" content="ar_AR">
<meta itemprop="datePublished" content="2024-03-10T11:20:00+04:00">
<meta itemprop="dateModified" content="2024-03-10T13:05:00+04:00">
<link rel="canonical" href="https://www.khaleejtoday.example.ae/local/2024/03/10/1784523">
<link rel="stylesheet" href="/assets/css/rtl.min.css?v=3.2">
</head>
<body class="rtl article-page">
<div class="top-bar"><span class="today">الأحد 10 مارس 2024 - 29 شعبان 1445 هـ</span> <span class="weather">دبي 27°</span> <a href="/en/">English</a></div>
<header class="site-header"><a href="/" class="logo">الخليج اليوم</a><nav>{nav}</nav><form action="/search"><input type="search" name="q" placeholder="ابحث في الموقع"></form></header>
<div class="breaking"><span>عاجل:</span> <a href="/local/2024/03/10/1784530">مركز الفلك: غداً الإثنين أول أيام شهر رمضان المبارك</a></div>
<main class="container">
<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/section/محليات/">محليات</a></div>
<article class="article">
 <h1 class="article-title">افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة</h1>
 <div class="article-meta"><span class="author">دبي - سارة الحمادي</span> <time datetime="2024-03-10T11:20:00+04:00">الأحد 10 مارس 2024 11:20 ص</time> <span class="updated">آخر تحديث: 10 مارس 2024 01:05 م</span></div>
 <figure class="main-image"><img src="/uploads/2024/03/10/desal-solar.jpg" alt=""><figcaption>جانب من حقل الألواح الشمسية المخصص لتشغيل المحطة (الخليج اليوم)</figcaption></figure>
 <div class="article-body">
{body}
 </div>
 <div class="tags"><span>الكلمات المفتاحية:</span> <a href="/tag/تحلية">تحلية المياه</a> <a href="/tag/طاقة-شمسية">الطاقة الشمسية</a> <a href="/tag/رمضان">رمضان</a></div>
 <div class="share"><span>شارك:</span> <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a></div>
</article>
<section class="read-also"><h3>اقرأ أيضاً</h3><ul>
<li><a href="/local/2024/03/07/1783901">خطة لخفض الفاقد في شبكات المياه بنسبة 15%</a> <span>7 مارس 2024</span></li>
<li><a href="/economy/2024/03/04/1783120">ارتفاع الطلب على الكهرباء 6% خلال الربع الأول</a> <span>4 مارس 2024</span></li>
<li><a href="/local/2024/02/26/1781544">إطلاق مبادرة لترشيد استهلاك المياه في المدارس</a> <span>26 فبراير 2024</span></li></ul></section>
<section class="comments"><h3>التعليقات</h3><div class="comment"><b>أبو أحمد</b> <span>منذ 3 ساعات</span><p>خطوة ممتازة، نتمنى أن تنعكس على فواتير المياه.</p></div></section>
</main>
<aside class="most-read"><h3>الأكثر قراءة</h3><ol><li><a href="/local/1">مواعيد الدوام الرسمي خلال شهر رمضان</a></li><li><a href="/local/2">أسعار الوقود لشهر مارس</a></li><li><a href="/sport/3">المنتخب يتأهل إلى الدور الحاسم</a></li></ol></aside>
<footer class="site-footer"><ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/advertise">أعلن معنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">شروط الاستخدام</a></li></ul><p>جميع الحقوق محفوظة © 2024 الخليج اليوم</p></footer>
<script src="/assets/js/app.min.js?v=3.2"></script>
</body>
</html>'''
    save('ar_news_rtl_hijri', html, {
     "url": "https://www.khaleejtoday.example.ae/local/2024/03/10/1784523",
     "language": "ar",
     "title": "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة",
     "published": "2024-03-10",
     "body_first": "افتتحت هيئة المياه والكهرباء اليوم الأحد أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في المنطقة، بطاقة إنتاجية تبلغ 120 ألف متر مكعب يومياً.",
     "body_last": "ومن المقرر أن تبدأ الهيئة العام المقبل أعمال توسعة المحطة لرفع طاقتها الإنتاجية إلى 200 ألف متر مكعب يومياً.",
     "absent": ["جانب من حقل الألواح الشمسية المخصص لتشغيل المحطة", "مركز الفلك: غداً الإثنين أول أيام شهر رمضان المبارك", "خطة لخفض الفاقد في شبكات المياه بنسبة 15%", "خطوة ممتازة، نتمنى أن تنعكس على فواتير المياه."],
     "notes": "Arabic RTL news site (Gulf). Top bar shows the Gregorian + Hijri date '29 شعبان 1445 هـ' (same day). Article date 'الأحد 10 مارس 2024 11:20 ص' (ص/م = AM/PM) and itemprop meta with +04:00. Bold dateline-like source tag 'الخليج اليوم – دبي:' opens the first paragraph (excluded). Breaking-news ticker, read-also with dates, a comment ('منذ 3 ساعات'). og:title differs."})

def th_gov():
    nav = ul(['หน้าหลัก','เกี่ยวกับรัฐบาล','ข่าวทำเนียบรัฐบาล','นโยบายรัฐบาล','ติดต่อ','แผนผังเว็บไซต์'], 'nav-menu', '/th/')
    body = paras([
     'นายกรัฐมนตรีเป็นประธานเปิดตัวโครงการ “หนึ่งชุมชน หนึ่งเส้นทางท่องเที่ยว” ที่ทำเนียบรัฐบาล เพื่อกระจายรายได้จากการท่องเที่ยวสู่ชุมชนทั่วประเทศ',
     'โครงการนี้จะคัดเลือกชุมชนท่องเที่ยวต้นแบบจำนวน 100 แห่งใน 77 จังหวัด เพื่อพัฒนาเส้นทางท่องเที่ยวเชิงวัฒนธรรมและธรรมชาติ',
     'แต่ละชุมชนจะได้รับงบประมาณสนับสนุนไม่เกิน 500,000 บาท สำหรับปรับปรุงสิ่งอำนวยความสะดวก ฝึกอบรมมัคคุเทศก์ท้องถิ่น และทำการตลาดออนไลน์',
     'นายกรัฐมนตรีกล่าวว่า รัฐบาลต้องการให้นักท่องเที่ยวได้สัมผัสวิถีชีวิตที่แท้จริงของคนไทย และให้รายได้ตกถึงมือชาวบ้านโดยตรง',
     'ทั้งนี้ ชุมชนที่สนใจสามารถยื่นใบสมัครผ่านสำนักงานการท่องเที่ยวและกีฬาจังหวัดได้ตั้งแต่วันที่ 1 กุมภาพันธ์ ถึง 31 มีนาคม 2568'])
    rel = ''.join(f'<div class="news-item"><a href="/th/content/{n}">{t}</a><p class="date">{d}</p></div>' for n,t,d in [(90412,'นายกรัฐมนตรีประชุมคณะกรรมการนโยบายการท่องเที่ยวแห่งชาติ','14 มกราคม 2568'),(90388,'ครม. เห็นชอบมาตรการกระตุ้นการท่องเที่ยวเมืองรอง','13 มกราคม 2568'),(90301,'รัฐบาลเชิญชวนเที่ยวงานเทศกาลดอกไม้เมืองหนาว','9 มกราคม 2568')])
    html = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>รัฐบาลเปิดตัวโครงการหนึ่งชุมชน หนึ่งเส้นทางท่องเที่ยว กระจายรายได้สู่ 100 ชุมชน - ข่าวทำเนียบรัฐบาล</title>
<meta property="og:title" content="เปิดตัวโครงการ หนึ่งชุมชน หนึ่งเส้นทางท่องเที่ยว">
<link rel="stylesheet" href="/themes/gov/css/style.css?v=25680110">
</head>
<body class="page-news">
<div class="gov-top">เว็บไซต์รัฐบาลไทย | Thai Government <a href="/en/">EN</a> <a href="/th/">TH</a> <span>ขนาดตัวอักษร ก- ก ก+</span></div>
<header><div class="logo"><a href="/th/"><img src="/themes/gov/img/logo.png" alt="สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี"></a></div><nav>{nav}</nav></header>
<div class="breadcrumb"><a href="/th/">หน้าหลัก</a> » <a href="/th/news">ข่าวทำเนียบรัฐบาล</a> » <span>ข่าวนายกรัฐมนตรี</span></div>
<main><div class="container"><div class="row"><div class="col-md-9">
<div class="news-detail">
 <div class="section-label">ข่าวทำเนียบรัฐบาล</div>
 <h1 class="Circular headline">รัฐบาลเปิดตัวโครงการ “หนึ่งชุมชน หนึ่งเส้นทางท่องเที่ยว” กระจายรายได้สู่ 100 ชุมชนทั่วประเทศ</h1>
 <div class="date-line">วันพุธที่ 15 มกราคม 2568</div>
 <div class="time-line">เวลา 14:20 น.</div>
 <div class="news-img"><img src="/uploads/2568/01/15/cbt-launch.jpg" alt=""><p class="img-caption">นายกรัฐมนตรีและผู้แทนชุมชนร่วมถ่ายภาพในพิธีเปิดตัวโครงการ ณ ตึกสันติไมตรี</p></div>
 <div class="news-body">
{body}
 <p class="source">ที่มา : สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี</p>
 <p class="source">ภาพ : กองการสื่อสารองค์กร</p>
 </div>
 <div class="news-meta">ผู้เข้าชม 1,482 ครั้ง | อัปเดต 16/01/2568 09:12</div>
 <div class="share"><a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">X</a> <a href="#">พิมพ์</a></div>
</div>
<div class="related-news"><h2>ข่าวที่เกี่ยวข้อง</h2>{rel}</div>
</div>
<div class="col-md-3 sidebar"><div class="box"><h3>ข่าวล่าสุด</h3><ul><li><a href="/th/content/90455">โฆษกรัฐบาลแถลงผลการประชุม ครม.</a></li><li><a href="/th/content/90451">รัฐบาลเตือนประชาชนระวังฝุ่น PM2.5</a></li><li><a href="/th/content/90447">เปิดลงทะเบียนเกษตรกรรับเงินช่วยเหลือ</a></li></ul></div>
<div class="box"><h3>ศูนย์บริการประชาชน</h3><p>สายด่วน 1111 ตลอด 24 ชั่วโมง</p></div></div>
</div></div></main>
<footer><p>สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี ทำเนียบรัฐบาล ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300</p><p><a href="/th/policy">นโยบายเว็บไซต์</a> | <a href="/th/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/th/security">นโยบายการรักษาความมั่นคงปลอดภัย</a> | <a href="/th/sitemap">แผนผังเว็บไซต์</a></p><p>Copyright © 2025 สำนักเลขาธิการนายกรัฐมนตรี</p></footer>
</body>
</html>'''
    save('th_gov_buddhist_era', html, {
     "url": "https://www.thaigov.example.go.th/th/content/90460",
     "language": "th",
     "title": "รัฐบาลเปิดตัวโครงการ “หนึ่งชุมชน หนึ่งเส้นทางท่องเที่ยว” กระจายรายได้สู่ 100 ชุมชนทั่วประเทศ",
     "published": "2025-01-15",
     "body_first": "นายกรัฐมนตรีเป็นประธานเปิดตัวโครงการ “หนึ่งชุมชน หนึ่งเส้นทางท่องเที่ยว” ที่ทำเนียบรัฐบาล เพื่อกระจายรายได้จากการท่องเที่ยวสู่ชุมชนทั่วประเทศ",
     "body_last": "ทั้งนี้ ชุมชนที่สนใจสามารถยื่นใบสมัครผ่านสำนักงานการท่องเที่ยวและกีฬาจังหวัดได้ตั้งแต่วันที่ 1 กุมภาพันธ์ ถึง 31 มีนาคม 2568",
     "absent": ["นายกรัฐมนตรีและผู้แทนชุมชนร่วมถ่ายภาพในพิธีเปิดตัวโครงการ ณ ตึกสันติไมตรี", "ที่มา : สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี", "ครม. เห็นชอบมาตรการกระตุ้นการท่องเที่ยวเมืองรอง", "สายด่วน 1111 ตลอด 24 ชั่วโมง"],
     "notes": "Thai government news page. Only Buddhist Era dates: 'วันพุธที่ 15 มกราคม 2568' (BE 2568 = 2025), update '16/01/2568' numeric BE; no machine-readable date at all. Thai has no sentence punctuation: each body paragraph is one sentence, body_first/last are whole paragraphs. Source/photo credit lines inside the body div are excluded. <title> text differs from h1 (no quotes, shorter)."})

def tr_gov():
    nav = ul(['Ana Sayfa','Bakanlık','Haberler','Duyurular','Mevzuat','Destekler','E-Hizmetler','İletişim'], 'navbar-nav', '/Sayfalar/')
    body = paras([
     'Tarım ve Orman Bakanlığı, fındık bahçelerinde ciddi verim kayıplarına yol açan kahverengi kokarcayla mücadele kapsamında üreticilere yönelik yeni bir destek paketi açıkladı.',
     'Paket kapsamında, zararlının doğal düşmanı olan samuray arısının üretimi için Samsun ve Ordu\'daki biyolojik mücadele laboratuvarlarının kapasitesi iki katına çıkarılacak.',
     'Bu yıl doğaya 3 milyon samuray arısı salınması hedefleniyor.',
     'Ayrıca feromon tuzağı kullanan üreticilere dekar başına 150 lira destek ödemesi yapılacak.',
     'Bakanlık yetkilileri, kahverengi kokarcanın son üç yılda Karadeniz kıyı şeridinde hızla yayıldığını ve bazı bahçelerde ürünün yüzde 30\'una kadar zarar verdiğini belirtti.',
     'Destek başvuruları 1 Mart\'tan itibaren il ve ilçe tarım müdürlükleri aracılığıyla alınacak.'])
    others = ''.join(f'<div class="haber-item"><span class="tarih">{d}</span><a href="/Haber/{n}">{t}</a></div>' for n,d,t in [(5812,'24.02.2025','Çiftçilere mazot ve gübre desteği ödemeleri hesaplara yatırıldı'),(5807,'21.02.2025','Orman yangınlarına karşı 2025 eylem planı açıklandı'),(5799,'18.02.2025','Kırsal kalkınma yatırımlarında başvuru süresi uzatıldı')])
    html = f'''<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>T.C. Tarım ve Orman Bakanlığı - Haber Detay</title>
<meta property="og:title" content="Kahverengi kokarcayla mücadelede yeni dönem">
<link rel="stylesheet" href="/Content/css/site.min.css?v=1.8.3">
<script src="/Scripts/jquery-3.7.1.min.js"></script>
</head>
<body>
<div class="ust-bar"><div class="container"><a href="https://www.turkiye.example.gov.tr">e-Devlet</a> | <a href="/Sayfalar/Bilgi-Edinme">Bilgi Edinme</a> | <a href="/Sayfalar/CIMER">CİMER</a> | <a href="/en">EN</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/Content/img/logo.png" alt="T.C. Tarım ve Orman Bakanlığı"><span>T.C. TARIM VE ORMAN BAKANLIĞI</span></a><nav class="navbar">{nav}</nav></div></header>
<div class="sayfa-baslik"><div class="container"><h1>Haberler</h1><ol class="breadcrumb"><li><a href="/">Ana Sayfa</a></li><li><a href="/Haberler">Haberler</a></li><li class="active">Haber Detay</li></ol></div></div>
<section class="icerik"><div class="container"><div class="row"><div class="col-lg-8">
<div class="haber-detay">
 <h2 class="haber-baslik">Fındık Bahçelerinde Kahverengi Kokarcayla Mücadele İçin Yeni Destek Paketi</h2>
 <div class="haber-bilgi"><span><i class="fa fa-calendar"></i> 26.02.2025</span> <span><i class="fa fa-refresh"></i> Güncelleme: 27.02.2025 10:42</span> <span><i class="fa fa-eye"></i> 3.905</span></div>
 <div class="haber-resim"><img src="/Haberler/Resimler/2025/kahverengi-kokarca.jpg" alt="Kahverengi kokarca"><p class="resim-alti">Fındık yaprağı üzerinde kahverengi kokarca (Halyomorpha halys)</p></div>
 <div class="haber-metin">
{body}
 </div>
 <div class="paylas">Paylaş: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
</div>
</div>
<div class="col-lg-4"><div class="yan-kutu"><h3>Diğer Haberler</h3>{others}</div>
<div class="yan-kutu"><h3>Duyurular</h3><ul><li><a href="/Duyuru/1">2025 Yılı Hayvancılık Destekleri Başvuru Takvimi</a></li><li><a href="/Duyuru/2">Kiraz İhracatı Ön Kayıt Duyurusu</a></li></ul></div>
<div class="yan-kutu alo"><h3>ALO 180</h3><p>Gıda, tarım ve ormancılık ile ilgili tüm soru ve şikâyetleriniz için 7/24 ALO 180 hattını arayabilirsiniz.</p></div></div>
</div></div></section>
<footer class="footer"><div class="container"><div class="row"><div class="col"><h4>Kurumsal</h4><ul><li><a href="/Sayfalar/Tarihce">Tarihçe</a></li><li><a href="/Sayfalar/Teskilat">Teşkilat Şeması</a></li><li><a href="/Sayfalar/Stratejik-Plan">Stratejik Plan</a></li></ul></div>
<div class="col"><h4>Bağlantılar</h4><ul><li><a href="/Sayfalar/KVKK">Kişisel Verilerin Korunması</a></li><li><a href="/Sayfalar/Erisilebilirlik">Erişilebilirlik</a></li><li><a href="/Sayfalar/Site-Haritasi">Site Haritası</a></li></ul></div></div>
<p>Üniversiteler Mah. Dumlupınar Bulvarı No:161 Çankaya/ANKARA · Tel: +90 312 000 00 00</p><p>© 2025 T.C. Tarım ve Orman Bakanlığı. Tüm hakları saklıdır.</p></div></footer>
<div class="cerez-uyari">Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için <a href="/Sayfalar/Cerez-Politikasi">Çerez Politikası</a>'nı inceleyebilirsiniz. <button>Kabul Et</button></div>
</body>
</html>'''
    save('tr_gov_haber_detay', html, {
     "url": "https://www.tarimorman.example.gov.tr/Haber/5820/findik-bahcelerinde-kahverengi-kokarca",
     "language": "tr",
     "title": "Fındık Bahçelerinde Kahverengi Kokarcayla Mücadele İçin Yeni Destek Paketi",
     "published": "2025-02-26",
     "body_first": "Tarım ve Orman Bakanlığı, fındık bahçelerinde ciddi verim kayıplarına yol açan kahverengi kokarcayla mücadele kapsamında üreticilere yönelik yeni bir destek paketi açıkladı.",
     "body_last": "Destek başvuruları 1 Mart'tan itibaren il ve ilçe tarım müdürlükleri aracılığıyla alınacak.",
     "absent": ["Fındık yaprağı üzerinde kahverengi kokarca (Halyomorpha halys)", "Çiftçilere mazot ve gübre desteği ödemeleri hesaplara yatırıldı", "Gıda, tarım ve ormancılık ile ilgili tüm soru ve şikâyetleriniz için 7/24 ALO 180 hattını arayabilirsiniz.", "Sitemizde çerezler kullanılmaktadır."],
     "notes": "Turkish ministry (ASP.NET-style). h1 is the section heading 'Haberler'; the headline is h2.haber-baslik. <title> is generic 'T.C. Tarım ve Orman Bakanlığı - Haber Detay' (no headline); og:title is a different phrase. Numeric day-first '26.02.2025' with 'Güncelleme: 27.02.2025 10:42'; sidebar news dated 24/21/18.02.2025; no metadata dates."})

def sw_ngo():
    nav = ul(['Mwanzo','Kuhusu Sisi','Miradi Yetu','Habari','Machapisho','Shiriki','Wasiliana Nasi'], 'menu', '/')
    body = paras([
     'Zaidi ya wakulima 300 wa mwani kutoka vijiji vya pwani ya kusini mwa Unguja wamepata mafunzo ya mbinu mpya za kilimo cha mwani katika maji ya kina kirefu.',
     'Mafunzo hayo ya siku tano yaliandaliwa na shirika la Bahari Yetu kwa kushirikiana na Wizara ya Uchumi wa Buluu na Uvuvi.',
     'Wakulima wengi wa mwani, ambao kwa asilimia kubwa ni wanawake, wamekuwa wakipata hasara kutokana na ongezeko la joto la maji karibu na fukwe, hali inayosababisha mwani kufa kabla ya kuvunwa.',
     '“Kwa kutumia kamba ndefu zinazowekwa kwenye maji ya kina kirefu, mwani hukua haraka zaidi na kwa ubora bora,” alisema Bi. Mwanaisha Hamad, mratibu wa mradi huo.',
     'Mmoja wa washiriki, Bi. Zuhura Juma kutoka kijiji cha Paje, alisema mafunzo hayo yamempa matumaini mapya ya kuongeza kipato cha familia yake.',
     'Shirika hilo linapanga kupanua mafunzo hayo hadi kisiwa cha Pemba mwishoni mwa mwaka huu.'])
    html = f'''<!DOCTYPE html>
<html lang="sw-TZ">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wakulima wa mwani Zanzibar wapata mafunzo ya kilimo cha kisasa – Bahari Yetu</title>
<meta property="og:title" content="Mafunzo ya kilimo cha mwani kwa wakulima 300">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-14T07:00:00+00:00">
<meta property="article:modified_time" content="2024-06-20T12:31:00+00:00">
<link rel="stylesheet" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
{jsonld({"@context":"https://schema.org","@type":"BlogPosting","headline":"Wakulima wa mwani Zanzibar wapata mafunzo ya kilimo cha kisasa","datePublished":"2024-06-14T10:00:00+03:00","dateModified":"2024-06-20T15:31:00+03:00","inLanguage":"sw-TZ","publisher":{"@type":"Organization","name":"Bahari Yetu"}})}
</head>
<body class="post-template-default single single-post right-sidebar nav-float-right separate-containers">
<a class="screen-reader-text skip-link" href="#content">Ruka hadi maudhui</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="/" rel="home">Bahari Yetu</a></p><p class="site-description">Shirika la Uhifadhi wa Bahari na Maendeleo ya Jamii za Pwani</p></div>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation grid-container">{nav}</div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-884" class="post-884 post type-post status-publish format-standard category-habari">
<div class="inside-article">
<header class="entry-header">
<h1 class="entry-title">Wakulima wa mwani Zanzibar wapata mafunzo ya kilimo cha kisasa</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-06-14T10:00:00+03:00">Imechapishwa: 14 Juni 2024</time></span> <span class="byline">na <span class="author vcard"><a class="url fn n" href="/author/mawasiliano/">Idara ya Mawasiliano</a></span></span></div>
</header>
<div class="featured-image page-header-image-single"><img src="/wp-content/uploads/2024/06/mwani-paje.jpg" alt="Wakulima wa mwani baharini"><p class="wp-caption-text">Wakulima wa mwani wakifanya mazoezi ya kufunga kamba katika ufukwe wa Paje. Picha: Bahari Yetu</p></div>
<div class="entry-content">
{body}
<p class="donate-note"><em>Unaweza kusaidia kazi yetu kwa kutoa mchango kupitia ukurasa wetu wa Changia.</em></p>
</div>
<footer class="entry-meta"><span class="cat-links">Kategoria: <a href="/category/habari/">Habari</a></span> <span class="tags-links">Vitambulisho: <a href="/tag/mwani/">mwani</a>, <a href="/tag/zanzibar/">Zanzibar</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="/2024/05/28/siku-ya-mazingira/" rel="prev">Maandalizi ya Siku ya Mazingira Duniani yaanza</a></div><div class="nav-next"><a href="/2024/06/25/matumbawe-mnemba/" rel="next">Utafiti mpya kuhusu matumbawe ya Mnemba</a></div></nav></footer>
</div>
</article>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget"><h2 class="widget-title">Habari za Karibuni</h2><ul><li><a href="/2024/06/25/matumbawe-mnemba/">Utafiti mpya kuhusu matumbawe ya Mnemba</a> <span class="post-date">25 Juni 2024</span></li><li><a href="/2024/05/28/siku-ya-mazingira/">Maandalizi ya Siku ya Mazingira Duniani yaanza</a> <span class="post-date">28 Mei 2024</span></li><li><a href="/2024/05/10/wavuvi-kizimkazi/">Wavuvi wa Kizimkazi wakabidhiwa vifaa vya usalama</a> <span class="post-date">10 Mei 2024</span></li></ul></aside>
<aside class="widget"><h2 class="widget-title">Jiunge na Jarida Letu</h2><p>Pokea habari za miradi yetu kila mwezi kwa barua pepe.</p><form><input type="email" placeholder="Barua pepe yako"><button>Jiunge</button></form></aside>
<aside class="widget"><h2 class="widget-title">Tufuate</h2><p><a href="#">Facebook</a> · <a href="#">Instagram</a> · <a href="#">YouTube</a></p></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><p>Bahari Yetu · S.L.P. 1234, Zanzibar, Tanzania · Simu: +255 24 000 0000 · info@bahariyetu.example.or.tz</p><div class="copyright-bar">© 2024 Bahari Yetu · Imejengwa kwa GeneratePress</div></div></footer></div>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body>
</html>'''
    save('sw_ngo_wordpress_habari', html, {
     "url": "https://www.bahariyetu.example.or.tz/2024/06/14/wakulima-wa-mwani-mafunzo/",
     "language": "sw",
     "title": "Wakulima wa mwani Zanzibar wapata mafunzo ya kilimo cha kisasa",
     "published": "2024-06-14",
     "body_first": "Zaidi ya wakulima 300 wa mwani kutoka vijiji vya pwani ya kusini mwa Unguja wamepata mafunzo ya mbinu mpya za kilimo cha mwani katika maji ya kina kirefu.",
     "body_last": "Shirika hilo linapanga kupanua mafunzo hayo hadi kisiwa cha Pemba mwishoni mwa mwaka huu.",
     "absent": ["Wakulima wa mwani wakifanya mazoezi ya kufunga kamba katika ufukwe wa Paje.", "Unaweza kusaidia kazi yetu kwa kutoa mchango kupitia ukurasa wetu wa Changia.", "Utafiti mpya kuhusu matumbawe ya Mnemba", "Pokea habari za miradi yetu kila mwezi kwa barua pepe."],
     "notes": "Swahili NGO site on WordPress/GeneratePress. Visible Swahili date 'Imechapishwa: 14 Juni 2024' plus JSON-LD (+03:00) and article:published_time (UTC); modified 20 June; sidebar with later dates (25 Juni). A donation appeal in italics inside entry-content is not body."})

for f in (ko_gov, zh_news, ar_news, th_gov, tr_gov, sw_ngo): f()
