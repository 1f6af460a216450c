from common import *

# 6 Chinese gov portal
doc = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>青川市出台支持新能源汽车充电设施建设若干措施_青川市人民政府门户网站</title>
<meta name="SiteName" content="青川市人民政府门户网站">
<meta name="SiteDomain" content="www.qingchuan.gov.cn.example">
<meta name="ColumnName" content="政务要闻">
<meta name="ColumnType" content="要闻动态">
<meta name="ArticleTitle" content="青川市出台支持新能源汽车充电设施建设若干措施">
<meta name="PubDate" content="2024-01-15 17:32">
<meta name="ContentSource" content="市发展改革委">
<meta name="Keywords" content="新能源汽车,充电桩,措施">
<link href="/images/2021/css/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/2021/js/jquery.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">欢迎访问青川市人民政府门户网站！</span><span class="fr"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁体</a> | <a href="#">English</a> | <a href="#">移动版</a></span></div></div>
<div class="header"><div class="w1200"><div class="logo"><img src="/images/2021/logo.png" alt="青川市人民政府" /></div><div class="search"><input type="text" value="请输入关键词" /><button>搜索</button></div></div></div>
<div class="nav"><ul class="w1200">{''.join(f'<li><a href="#">{x}</a></li>' for x in ["首页","走进青川","政务公开","政务服务","互动交流","专题专栏","数据开放"])}</ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zwyw/">政务要闻</a></div>
<div class="article">
<h1 class="arti_title">青川市出台支持新能源汽车充电设施建设若干措施</h1>
<h2 class="arti_sub">到2026年全市公共充电桩将超过1.2万个</h2>
<div class="arti_metas"><span>发布时间：2024-01-15 17:32</span><span>来源：市发展改革委</span><span>浏览次数：<em id="hits">3562</em></span><span class="font">字号：<a href="javascript:fontSize(18)">大</a> <a href="javascript:fontSize(16)">中</a> <a href="javascript:fontSize(14)">小</a></span></div>
<div class="arti_content" id="zoom">
<p style="text-indent:2em;">近日，青川市人民政府办公室印发《青川市支持新能源汽车充电基础设施建设的若干措施》（以下简称《措施》），从规划布局、用地保障、电力接入、财政补贴等方面提出18条具体举措。</p>
<p style="text-indent:2em;">《措施》明确，到2026年，全市建成公共充电桩1.2万个以上，实现城区“两公里充电服务圈”全覆盖，高速公路服务区和乡镇充电设施覆盖率均达到100%。</p>
<p style="text-indent:2em;"><strong>一、加强规划引导。</strong>将充电设施纳入国土空间规划，新建住宅小区停车位100%建设充电设施或预留安装条件，新建公共停车场配建充电设施比例不低于20%。</p>
<p style="text-indent:2em;"><strong>二、加大财政支持。</strong>对新建的公共直流快充桩，按照充电功率给予每千瓦200元的一次性建设补贴，单个项目补贴最高不超过300万元。</p>
<p style="text-indent:2em;"><strong>三、优化电力接入。</strong>供电企业对充电设施报装实行“一站式”服务，低压项目接电时间压缩至5个工作日以内。</p>
<p style="text-indent:2em;">市发展改革委有关负责人表示，下一步将会同相关部门加快配套细则的制定，确保各项政策尽快落地见效。</p>
<div class="editor">（责任编辑：刘晓雯）</div>
</div>
<div class="arti_share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="arti_btns"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="relate"><h3>相关链接</h3><ul><li><a href="#">我市召开新能源汽车产业发展推进会</a><span>2024-01-10</span></li><li><a href="#">2023年全市新能源汽车销量同比增长46%</a><span>2024-01-08</span></li><li><a href="#">关于公开征求《充电设施建设若干措施（征求意见稿）》意见的公告</a><span>2023-11-20</span></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200"><div class="links"><select><option>国务院部门网站</option></select><select><option>省政府网站</option></select><select><option>市级部门网站</option></select><select><option>县区政府网站</option></select></div>
<p>主办：青川市人民政府办公室　承办：青川市大数据中心</p><p>网站标识码：0000000001　<a href="#">X ICP备00000000号</a>　<a href="#">X公网安备 00000000000000号</a></p><p>建议使用1920×1080分辨率浏览本站</p>
<div class="jiucuo"><a href="#"><img src="/images/jiucuo.png" alt="政府网站找错" /></a><a href="#"><img src="/images/dzjg.png" alt="党政机关" /></a></div></div></div>
<script type="text/javascript">function fontSize(s){{document.getElementById('zoom').style.fontSize=s+'px';}} $(function(){{ $.get('/api/hits?id=2024011500123', function(d){{ $('#hits').text(d); }}); }});</script>
{JSPAD}
</body></html>'''
page('zh_city_gov_portal', 'http://www.qingchuan.gov.cn.example/zwgk/zwyw/202401/t20240115_2024011500123.html', 'zh',
 '青川市出台支持新能源汽车充电设施建设若干措施', '2024-01-15',
 '近日，青川市人民政府办公室印发《青川市支持新能源汽车充电基础设施建设的若干措施》（以下简称《措施》），从规划布局、用地保障、电力接入、财政补贴等方面提出18条具体举措。',
 '市发展改革委有关负责人表示，下一步将会同相关部门加快配套细则的制定，确保各项政策尽快落地见效。',
 ['（责任编辑：刘晓雯）', '我市召开新能源汽车产业发展推进会', '欢迎访问青川市人民政府门户网站！', '【打印本页】'],
 'Chinese gov portal (TRS-like): <title> with _site suffix; PubDate meta; h2 subtitle excluded from title; editor line after body excluded; related links with dates; XHTML transitional.', doc)

# 7 Japanese news
doc = f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>路線バス、運転手不足で3割減便へ　来春から　北浜交通 | 潮見新報デジタル</title>
<meta property="og:title" content="路線バス、運転手不足で3割減便へ　来春から　北浜交通">
<meta property="og:site_name" content="潮見新報デジタル">
<meta name="description" content="北浜交通は、運転手不足を理由に来年4月から路線バスを約3割減便すると発表した。">
{jsonld({"@context":"http://schema.org","@type":"NewsArticle","headline":"路線バス、運転手不足で3割減便へ　来春から　北浜交通","datePublished":"2023-07-03T18:05:00+09:00","dateModified":"2023-07-03T21:40:00+09:00","author":{"@type":"Organization","name":"潮見新報"}})}
</head>
<body>
<div id="consent" class="consent-banner">当サイトではサービス向上のためにCookieを利用しています。引き続き閲覧することで、Cookieの利用に同意したものとみなされます。<button>同意する</button></div>
<header class="l-header"><div class="l-header__logo"><a href="/">潮見新報デジタル</a></div>
<nav class="l-gnav"><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in ["トップ","地域","社会","政治","経済","スポーツ","くらし","おくやみ"])}</ul></nav>
<div class="l-header__member"><a href="/login">ログイン</a><a href="/subscribe" class="btn">会員登録</a></div></header>
<div class="l-container">
<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/local/">地域</a></li><li>北浜交通、路線バス3割減便へ</li></ol>
<main class="l-main">
<article class="article">
<div class="article__header">
<p class="article__category">地域 / 交通</p>
<h1 class="article__title">路線バス、運転手不足で3割減便へ　来春から　北浜交通</h1>
<div class="article__date"><time datetime="2023-07-03T18:05">2023年7月3日 18時05分</time><span class="update">（最終更新 7月3日 21時40分）</span></div>
</div>
<figure class="article__photo"><img src="/img/20230703bus.jpg" alt=""><figcaption>減便が予定されている北浜交通の路線バス＝潮見市中央町で（資料写真）</figcaption></figure>
<div class="article__body">
<p>北浜交通（潮見市）は3日、運転手不足を理由に、来年4月から路線バスの運行本数を平日で約3割減らすと発表した。</p>
<p>対象は潮見市と周辺4町を走る38路線のうち27路線。特に日中の便と土日祝日の便を中心に見直すという。</p>
<p>同社によると、運転手は2019年度の212人から現在は164人に減少。時間外労働の上限規制が来年4月からバス運転手にも適用されることもあり、現行のダイヤを維持することが難しくなったという。</p>
<div class="ad-inline"><span class="ad-label">広告</span><div class="ad-slot" id="div-gpt-ad-inline1"></div></div>
<p>会見した山崎俊介社長は「地域の皆さまにはご不便をおかけし、大変申し訳ない。運転手の確保に全力を尽くす」と述べた。</p>
<aside class="related-inline"><p class="related-inline__label">関連記事</p><a href="/local/20230511-001/">鉄道の赤字ローカル線、存廃議論始まる</a></aside>
<p>潮見市の担当者は「通院や通学に影響が出ないよう、会社と協議していきたい」と話している。</p>
</div>
<div class="article__share"><span>この記事をシェアする</span><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">はてなブックマーク</a></div>
</article>
<section class="ranking"><h2>アクセスランキング</h2><ol><li><a href="#">夏祭り、4年ぶりに花火復活　潮見港</a></li><li><a href="#">高校野球県大会　組み合わせ決まる</a></li><li><a href="#">大雨で一時避難指示　市内3地区</a></li><li><a href="#">新市庁舎の設計案、市民投票へ</a></li><li><a href="#">老舗旅館が閉館　創業120年</a></li></ol></section>
<section class="latest"><h2>新着記事</h2><ul><li><a href="#">梅雨前線が北上、週末にかけて大雨のおそれ</a><time>7月3日 20時12分</time></li><li><a href="#">市議会、新図書館の予算案を可決</a><time>7月3日 19時30分</time></li><li><a href="#">中学生が考案、地元食材の新メニュー</a><time>7月3日 17時48分</time></li></ul></section>
</main>
</div>
<footer class="l-footer"><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in ["会社案内","個人情報保護方針","著作権について","広告掲載","お問い合わせ","購読申し込み"])}</ul><p class="copyright">Copyright © 潮見新報社 All rights reserved. 記事・写真の無断転載を禁じます。</p></footer>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}}; googletag.cmd.push(function() {{ googletag.defineSlot('/1234/shiomi/article_inline', [300, 250], 'div-gpt-ad-inline1').addService(googletag.pubads()); googletag.enableServices(); }});</script>
{CSS}
</body></html>'''
page('ja_regional_news', 'https://www.shiomi-shimpo.example/local/20230703-004/', 'ja',
 '路線バス、運転手不足で3割減便へ　来春から　北浜交通', '2023-07-03',
 '北浜交通（潮見市）は3日、運転手不足を理由に、来年4月から路線バスの運行本数を平日で約3割減らすと発表した。',
 '潮見市の担当者は「通院や通学に影響が出ないよう、会社と協議していきたい」と話している。',
 ['鉄道の赤字ローカル線、存廃議論始まる', '減便が予定されている北浜交通の路線バス', 'アクセスランキング', '当サイトではサービス向上のためにCookieを利用しています。'],
 'Japanese regional news; title with full-width spaces; breadcrumb last differs; in-body related link and ad label; photo caption before body; last-updated time; latest-news times as distractors.', doc)
