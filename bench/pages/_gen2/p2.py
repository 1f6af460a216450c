from common import *

# 4 Wix-like, Spanish
paras = [
 "La cooperativa Cafés del Alto Sinú exportó por primera vez un contenedor completo de café especial a Japón, un hito que sus 212 familias socias llevaban casi una década persiguiendo.",
 "El lote, de 19,2 toneladas de café lavado de variedad castillo y caturra, salió el pasado viernes del puerto de Cartagena con destino a Yokohama.",
 "Según la gerente de la cooperativa, Luz Marina Petro, el precio pactado supera en un 38 % al de la bolsa de Nueva York.",
 "«No es solo el dinero. Es que por fin alguien al otro lado del mundo sabe de dónde viene nuestro café», explicó Petro.",
 "Para llegar hasta aquí, la cooperativa invirtió en secaderos solares, en un laboratorio de catación propio y en la certificación de sus fincas, con el apoyo de un programa de cooperación regional.",
 "La próxima meta es enviar dos contenedores en la cosecha de 2023.",
]
b = ''.join(f'<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">{p}</span></p>' for p in paras[:3])
b += '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&nbsp;</span></p>'
b += '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Diez años de trabajo</span></h2>'
b += ''.join(f'<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">{p}</span></p>' for p in paras[3:])
doc = f'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder">
<title>Noticias | Cafés del Alto Sinú</title>
<meta property="og:title" content="Noticias | Cafés del Alto Sinú">
<meta property="og:url" content="https://www.cafesaltosinu.example/noticias">
<meta property="og:site_name" content="Cafés del Alto Sinú">
<script type="application/json" id="wix-viewer-model">{{"siteFeaturesConfigs":{{"platform":{{"bootstrapData":{{"location":{{"externalBaseUrl":"https://www.cafesaltosinu.example"}}}}}}}},"site":{{"metaSiteId":"5c1f0e2a-77d1-4b3a-9a3e-0cc1d21e9f10","isResponsive":true}},"language":{{"userLanguage":"es"}},"requestUrl":"https://www.cafesaltosinu.example/noticias"}}</script>
<style id="css_masterPage">#comp-kx1a2b3c{{--shd:none;--rd:0px;--brw:0px;--bg:255,255,255,1}}#comp-lm9z8y7x{{width:980px;height:auto;min-height:40px}}.font_8{{font:normal normal normal 17px/1.6em avenir-lt-w01_35-light1475496,sans-serif;color:#3D3D3D}}.font_2{{font:normal normal bold 28px/1.3em "playfair display",serif;color:#1F3A2B}}.font_0{{font:normal normal bold 44px/1.2em "playfair display",serif}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div>
 <div data-testid="inline-content" class="hFQZVn"><div id="comp-kx1a2b3c" class="MW5IWV"><div data-testid="richTextElement" class="wixui-rich-text" id="comp-kx1a2b3d"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Cafés del Alto Sinú</span></p></div>
 <nav id="comp-kx1a2b3e" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">{''.join(f'<li class="itemDepth02233374943__root"><a class="itemDepth02233374943__container" href="/{x.lower()}"><span class="itemDepth02233374943__label">{x}</span></a></li>' for x in ["Inicio","Nosotros","Nuestro café","Tienda","Noticias","Contacto"])}</ul></nav></div></div>
</header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="dE3lVg" id="c1dmp"><div class="_2Vp6k"><section id="comp-lm9z8y7w" class="wixui-section"><div data-mesh-id="comp-lm9z8y7winlineContent" class="wixui-column-strip">
 <div id="comp-lm9z8y7v" class="KcpHeO tz5f0K comp-lm9z8y7v wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span style="letter-spacing:0.1em;" class="wixui-rich-text__text">NOTICIAS · EXPORTACIÓN</span></p></div>
 <div id="comp-lm9z8y7u" class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Nuestro café llega a Japón:</span><br class="wixui-rich-text__text"><span class="wixui-rich-text__text">primer contenedor de exportación directa</span></h1></div>
 <div id="comp-lm9z8y7t" class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span style="color:#8A8A8A;" class="wixui-rich-text__text">Publicado el 14 de noviembre de 2022 · Por Equipo de Comunicaciones</span></p></div>
 <div id="comp-lm9z8y7s" class="MazNVa comp-lm9z8y7s wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lm9z8y7s" class="HlRz5e BI8PVQ" data-image-info='{{"containerId":"comp-lm9z8y7s","displayMode":"fill"}}'><img src="https://static.wixstatic.example/media/a1b2c3_contenedor~mv2.jpg/v1/fill/w_980,h_551,al_c,q_85/contenedor.jpg" alt="contenedor en el puerto" style="width:980px;height:551px;object-fit:cover"></wow-image></div></div>
 <div id="comp-lm9z8y7r" class="KcpHeO tz5f0K comp-lm9z8y7r wixui-rich-text" data-testid="richTextElement">{b}</div>
 <div id="comp-lm9z8y7q" class="KcpHeO tz5f0K wixui-rich-text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Compartir en: Facebook · WhatsApp · X</span></p></div>
 <div id="comp-lm9z8y7p" class="KcpHeO tz5f0K wixui-rich-text"><h3 class="font_2 wixui-rich-text__text">Otras noticias</h3><p class="font_8 wixui-rich-text__text"><a href="/noticias/feria">Participamos en la Feria Cafés de Colombia Expo 2022</a> · 3 de octubre de 2022</p><p class="font_8 wixui-rich-text__text"><a href="/noticias/secaderos">Inauguramos 40 nuevos secaderos solares</a> · 21 de julio de 2022</p></div>
</div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer"><div class="_C0cVf"></div><div data-testid="inline-content" class="hFQZVn"><div id="comp-kx9f8e7d" class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Cooperativa Cafés del Alto Sinú · Vereda El Palmar, Tierralta, Córdoba, Colombia</p><p class="font_8 wixui-rich-text__text">Suscríbete a nuestro boletín y recibe noticias de cada cosecha.</p><p class="font_8 wixui-rich-text__text">© 2022 por Cafés del Alto Sinú. Creado con Wix.com</p></div></div></footer>
</div></div></div></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a class="_2Hkuq" href="//www.wix.example/lpviral/enviral?utm_campaign=vir_wixad_live"><span>Este sitio se creó con Wix. Crea tu propio sitio hoy mismo.</span><span class="wsCde">Comenzar</span></a></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js"></script>
<script type="application/json" id="wix-warmup-data">{{"platform":{{"ssrPropsUpdates":[],"ssrStyleUpdates":[]}},"pages":{{"c1dmp":{{"title":"Noticias"}}}}}}</script>
</body></html>'''
page('es_wix_cooperativa', 'https://www.cafesaltosinu.example/noticias', 'es',
 'Nuestro café llega a Japón: primer contenedor de exportación directa', '2022-11-14',
 paras[0], paras[-1],
 ['Compartir en: Facebook · WhatsApp · X', 'Inauguramos 40 nuevos secaderos solares', 'Suscríbete a nuestro boletín', 'Este sitio se creó con Wix.'],
 'Wix-generated markup, meaningless classes, no semantic article; <title>/og:title generic "Noticias | site"; headline split over two spans with <br> (joined with space); kicker in caps; date only in visible byline; no metadata date.', doc)

# 5 Korean ministry
doc = f'''<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>보도자료 상세 | 알림·소식 | 해양수산자원부</title>
<meta name="title" content="해양수산자원부">
<link rel="stylesheet" href="/css/common.css"><link rel="stylesheet" href="/css/sub.css">
<script src="/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div id="skipNav"><a href="#contents">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<div id="wrap">
<div id="header"><div class="top_util"><ul><li><a href="/main.do">홈</a></li><li><a href="/sitemap.do">사이트맵</a></li><li><a href="/eng/main.do">ENGLISH</a></li></ul></div>
<h1 class="logo"><a href="/main.do"><img src="/images/common/logo.png" alt="해양수산자원부"></a></h1>
<div id="gnb"><ul>{''.join(f'<li><a href="#">{x}</a><ul class="depth2">' + ''.join(f'<li><a href="#">{y}</a></li>' for y in ys) + '</ul></li>' for x, ys in [("정책·정보",["수산정책","어촌·어항","해양환경","해운·물류","해양레저","연구개발"]),("알림·소식",["보도자료","설명자료","공지사항","포토뉴스","카드뉴스","영상자료","입법·행정예고"]),("정보공개",["정보공개제도","사전정보공개","정보목록","공공데이터 개방","예산·재정"]),("국민참여",["국민신문고","정책제안","민원안내","자주 묻는 질문","청렴신고센터"]),("기관소개",["장관 소개","조직도","직원 검색","소속기관","오시는 길"])])}</ul></div></div>
<div id="container"><div class="lnb"><h2>알림·소식</h2><ul><li class="on"><a href="/news/press.do">보도자료</a></li><li><a href="/news/explain.do">설명자료</a></li><li><a href="/news/notice.do">공지사항</a></li><li><a href="/news/photo.do">포토뉴스</a></li><li><a href="/news/card.do">카드뉴스</a></li></ul></div>
<div id="contents">
<div class="location"><span class="home">홈</span> &gt; <span>알림·소식</span> &gt; <strong>보도자료</strong></div>
<h3 class="sub_tit">보도자료</h3>
<div class="board_view">
<table class="view_tbl" summary="보도자료 상세보기: 제목, 담당부서, 등록일, 조회수, 첨부파일, 내용">
<caption>보도자료 상세</caption>
<colgroup><col style="width:15%"><col style="width:35%"><col style="width:15%"><col style="width:35%"></colgroup>
<tbody>
<tr><th scope="row">제목</th><td colspan="3" class="tit">연안 어촌 50곳에 '수산물 공동 냉동창고' 짓는다</td></tr>
<tr><th scope="row">담당부서</th><td>어촌어항정책과</td><th scope="row">등록일</th><td>2023.11.08</td></tr>
<tr><th scope="row">보도일시</th><td>2023.11.09(목) 조간</td><th scope="row">조회수</th><td>1,284</td></tr>
<tr><th scope="row">첨부파일</th><td colspan="3"><ul class="file_list"><li><a href="/file/down.do?id=88121">231109(조간) 수산물 공동 냉동창고 건립(어촌어항정책과).hwpx</a></li><li><a href="/file/down.do?id=88122">231109(조간) 수산물 공동 냉동창고 건립(어촌어항정책과).pdf</a></li></ul></td></tr>
<tr><td colspan="4" class="view_cont">
<div class="sub_title">- 2027년까지 총 1,250억 원 투입, 어가 소득 연 8% 향상 기대 -</div>
<p>해양수산자원부는 어촌의 수산물 보관·유통 여건을 개선하기 위해 2027년까지 전국 연안 어촌 50곳에 수산물 공동 냉동창고를 건립한다고 밝혔다.</p>
<p>그동안 소규모 어촌에서는 냉동·냉장 시설이 부족해 어획물을 곧바로 헐값에 넘기는 경우가 많았다. 이번 사업은 어촌계가 공동으로 운영하는 저온 저장시설을 지어 출하 시기를 조절할 수 있도록 하는 것이 핵심이다.</p>
<p>해양수산자원부는 내년 상반기 중 1차 대상지 12곳을 선정하고, 개소당 최대 25억 원(국비 70%)을 지원할 계획이다. 대상지 선정 시에는 어획량, 접근성, 운영 주체의 역량 등을 종합적으로 평가한다.</p>
<p>또한 냉동창고와 연계해 온라인 직거래 플랫폼 입점, 포장·가공 교육 등도 함께 지원해 어업인들이 제값을 받을 수 있도록 할 방침이다.</p>
<p>한편, 해양수산자원부는 지난해 시범사업으로 전남 완도군과 경북 울진군 등 3곳에 공동 냉동창고를 먼저 지었으며, 이들 지역에서는 가격 하락기에 물량을 보관했다가 출하해 어가 평균 소득이 약 8% 늘어난 것으로 나타났다. 시범사업 지역 어업인들의 만족도 조사에서도 응답자의 87%가 “계속 이용하겠다”라고 답했다.</p>
<p>김도윤 어촌어항정책관은 “공동 냉동창고가 어촌의 소득을 높이고 청년 어업인이 정착하는 기반이 되기를 기대한다”라고 말했다.</p>
<p class="contact">담당: 어촌어항정책과 사무관 박지현(044-200-0000)</p>
</td></tr>
</tbody></table>
<div class="kogl"><img src="/images/common/kogl_type1.png" alt="공공누리 제1유형"> 해양수산자원부의 저작물은 "공공누리" 출처표시 조건에 따라 이용할 수 있습니다.</div>
<div class="view_nav"><dl class="prev"><dt>이전글</dt><dd><a href="/news/press.do?id=5521">해양쓰레기 수거 실적 역대 최대…올해 14만 톤 수거</a><span class="date">2023.11.07</span></dd></dl><dl class="next"><dt>다음글</dt><dd><a href="/news/press.do?id=5523">원양어선 선원 복지 개선 방안 발표</a><span class="date">2023.11.10</span></dd></dl></div>
<div class="btn_area"><a href="/news/press.do" class="btn_list">목록</a></div>
</div>
<div class="related_policy"><h4>관련 정책</h4><ul><li><a href="#">어촌뉴딜 300 사업</a></li><li><a href="#">수산물 유통구조 개선 종합대책</a></li><li><a href="#">청년 어업인 정착 지원</a></li></ul></div>
<div class="satisfaction"><p>이 페이지에서 제공하는 정보에 만족하십니까?</p><ul><li><label><input type="radio" name="s" value="5">매우 만족</label></li><li><label><input type="radio" name="s" value="4">만족</label></li><li><label><input type="radio" name="s" value="3">보통</label></li><li><label><input type="radio" name="s" value="2">불만족</label></li></ul><button>평가하기</button></div>
</div></div>
<div id="footer"><div class="f_links"><ul><li><a href="#" class="privacy">개인정보처리방침</a></li><li><a href="#">저작권정책</a></li><li><a href="#">이메일무단수집거부</a></li><li><a href="#">찾아오시는 길</a></li></ul></div>
<address>(30110) 세종특별자치시 다솜2로 00 정부세종청사 5동 | 대표전화 044-200-0000</address><p class="copy">COPYRIGHT © MINISTRY OF OCEANS AND FISHERY RESOURCES. ALL RIGHTS RESERVED.</p>
<div class="family_site"><select title="관련기관 바로가기"><option>관련기관 바로가기</option><option>국립수산과학원</option><option>한국어촌어항공단</option><option>해양환경공단</option><option>국립해양조사원</option></select></div></div>
</div>
<script src="/js/common.js"></script>
{JSPAD}
<script>$(function(){{ $('.gnb li').hover(function(){{ $(this).addClass('on'); }}); }});</script>
</body></html>'''
page('ko_ministry_board_table', 'https://www.mofr.go.kr.example/news/press.do?mode=view&id=5522', 'ko',
 "연안 어촌 50곳에 '수산물 공동 냉동창고' 짓는다", '2023-11-08',
 '해양수산자원부는 어촌의 수산물 보관·유통 여건을 개선하기 위해 2027년까지 전국 연안 어촌 50곳에 수산물 공동 냉동창고를 건립한다고 밝혔다.',
 '담당: 어촌어항정책과 사무관 박지현(044-200-0000)',
 ['해양쓰레기 수거 실적 역대 최대', '이 페이지에서 제공하는 정보에 만족하십니까?', '공공누리', '보도자료 상세'],
 'Korean gov board view: title in table cell (not h1), <title> generic; 등록일 2023.11.08 vs 보도일시 2023.11.09 embargo (chose registration date = first publication on page); subtitle line excluded; contact line kept as last; prev/next with dates; no metadata.', doc)
