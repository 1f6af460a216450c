from common import *
import json as J

# 37 Substack-like newsletter post
pre = {"post":{"id":140221,"title":"The quiet collapse of the local bus","subtitle":"Ridership is back. Drivers are not.","post_date":"2023-03-02T13:01:44.512Z","audience":"everyone","canonical_url":"https://transitnotes.substack.example/p/the-quiet-collapse-of-the-local-bus"},"pub":{"name":"Transit Notes","author_name":"Ruth Adeyemi"}}
doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The quiet collapse of the local bus - by Ruth Adeyemi</title>
<meta property="og:title" content="The quiet collapse of the local bus">
<meta property="og:description" content="Ridership is back. Drivers are not.">
<meta name="author" content="Ruth Adeyemi">
<script>window._preloads = JSON.parse({J.dumps(J.dumps(pre))})</script>
</head>
<body>
<div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">Transit Notes</a><div class="buttons"><button class="button primary">Subscribe</button><button class="button">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published" dir="auto">The quiet collapse of the local bus</h1><h3 class="subtitle" dir="auto">Ridership is back. Drivers are not.</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="/profile/ruth">Ruth Adeyemi</a></div><div class="pencraft pc-reset">Mar 02, 2023</div></div>
<div class="post-ufi"><a class="like-button">142</a> <a class="comment-button">37</a> <a class="share-button">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>Last month I stood at a stop in Dunmore for 48 minutes waiting for a bus that, according to the timetable, runs every fifteen.</p>
<p>It never came. Neither did the next one. When a bus finally arrived, the driver apologised and said two of her colleagues had called in sick and there was nobody to cover.</p>
<p>This is now normal across much of the region, and it is not because people have stopped riding. Passenger numbers on most routes are back to where they were before the pandemic. What is missing is drivers.</p>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="subscription-widget-title">Transit Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><input type="email" placeholder="Type your email…"><button>Subscribe</button></div></div>
<h2>Why nobody wants the job</h2>
<p>I spoke to eleven current and former drivers for this piece. The story they told was remarkably consistent: split shifts that stretch a working day to thirteen hours, abuse from passengers, and pay that has fallen behind warehouse and delivery work.</p>
<blockquote><p>"I loved driving. I didn't love being at the depot at 5am and getting home at 7pm for eight hours' pay," one former driver told me.</p></blockquote>
<p>Operators say they are raising wages, and some are. But training a new driver takes months, and many leave within the first year.</p>
<h2>What would help</h2>
<p>There is no single fix, but the drivers I spoke to kept coming back to the same two things: fewer split shifts and somewhere decent to take a break.</p>
<p>Neither is glamorous, and neither will make a ribbon-cutting photo. But without them, the next timetable will be just as fictional as the last one.</p>
</div></div>
<div class="post-footer"><div class="subscribe-footer"><p>Thanks for reading Transit Notes! Subscribe for free to receive new posts and support my work.</p><button>Subscribe</button></div>
<div class="post-ufi"><a class="like-button">142 Likes</a> <a>37 Comments</a> <a>Share</a></div></div>
</article>
<div class="comments-section"><h4>Discussion about this post</h4><div class="comment"><a class="comment-author">Tom H.</a> <span class="comment-date">Mar 2, 2023</span><p>Same story in our town. The 42 has been "temporarily" hourly for two years.</p></div><div class="comment"><a class="comment-author">Lena K.</a> <span class="comment-date">Mar 3, 2023</span><p>Great piece. The split shift point is so under-discussed.</p></div></div>
<div class="post-list"><h4>Ready for more?</h4><div><a href="#">Why the tram extension keeps getting cheaper on paper</a> <span>Feb 16, 2023</span></div><div><a href="#">A fare cap, one year on</a> <span>Jan 30, 2023</span></div></div>
</div></div></div>
<div class="footer-wrap"><p>© 2023 Ruth Adeyemi</p><p><a href="#">Privacy</a> ∙ <a href="#">Terms</a> ∙ <a href="#">Collection notice</a></p><p><a href="#">Start Writing</a> <a href="#">Get the app</a></p><p>Substack is the home for great culture</p></div></div>
</body></html>'''
page('en_substack_bus', 'https://transitnotes.substack.example/p/the-quiet-collapse-of-the-local-bus', 'en',
 'The quiet collapse of the local bus', '2023-03-02',
 'Last month I stood at a stop in Dunmore for 48 minutes waiting for a bus that, according to the timetable, runs every fifteen.',
 'But without them, the next timetable will be just as fictional as the last one.',
 ['Transit Notes is a reader-supported publication.', 'Same story in our town.', 'A fare cap, one year on'],
 'Substack-like newsletter; <title> "title - by author"; subtitle h3 excluded; subscription widget mid-body; date only visible (Mar 02, 2023) and in JSON-string preloads; comments with dates.', doc)

# 38 Korean news
KO_LD = jsonld({'@context':'https://schema.org','@type':'NewsArticle','headline':'"폐교가 캠핑장으로"…농촌 빈 학교의 변신','datePublished':'2024-10-27T14:51:00Z','dateModified':'2024-10-27T23:30:00Z'})
doc = f'''<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>"폐교가 캠핑장으로"…농촌 빈 학교의 변신 - 한빛일보</title>
<meta property="og:title" content="&quot;폐교가 캠핑장으로&quot;…농촌 빈 학교의 변신">
<meta property="article:published_time" content="2024-10-27T23:51:00+09:00">
<meta name="article:modified_time" content="2024-10-28T08:30:00+09:00">
{KO_LD}
</head>
<body>
<header id="header"><div class="top"><a href="/" class="logo">한빛일보</a><span class="today">2026년 12월 7일 월요일</span><a href="/login">로그인</a> <a href="/join">회원가입</a></div>
<nav class="gnb">{ul(["정치","경제","사회","국제","문화","스포츠","연예","오피니언","지역"])}</nav></header>
<div id="container"><div class="article-wrap">
<div class="article-head"><p class="section-name">사회 &gt; 지역</p>
<h1 class="headline">"폐교가 캠핑장으로"…농촌 빈 학교의 변신</h1>
<p class="sub-headline">- 전남 10곳 폐교 활용 캠핑장 운영…주말 예약률 90%<br>- 지역 주민 일자리·소득 창출 효과도</p>
<div class="byline"><span class="reporter">정민수 기자</span><span class="date">입력 2024.10.27 23:51</span><span class="date">수정 2024.10.28 08:30</span></div>
<div class="util"><button>글자크기</button><button>인쇄</button><button>공유</button></div></div>
<div class="article-body" id="article-view-content-div" itemprop="articleBody">
<figure class="photo"><img src="/news/photo/202410/camp.jpg" alt=""><figcaption>전남 한 폐교를 리모델링한 캠핑장 전경. [사진=한빛군 제공]</figcaption></figure>
<p>학생이 없어 문을 닫은 농촌 학교들이 캠핑장으로 다시 태어나고 있다.</p>
<p>27일 전라남도에 따르면 도내 폐교 10곳이 캠핑장으로 리모델링돼 운영 중이며, 주말 예약률은 평균 90%를 넘는 것으로 나타났다.</p>
<p>운동장에는 텐트 사이트가, 교실에는 샤워실과 취사장이 들어섰다. 일부 캠핑장은 옛 교실을 그대로 살려 '추억의 교실' 체험 공간으로 꾸몄다.</p>
<p class="ad-box">[광고]</p>
<p>캠핑장 운영은 대부분 마을협동조합이 맡고 있어 주민 일자리 창출 효과도 크다. 한 캠핑장에서만 주민 8명이 관리인과 매점 직원으로 일하고 있다.</p>
<p>전남도 관계자는 "내년까지 폐교 5곳을 추가로 캠핑장이나 체험시설로 바꿀 계획"이라고 말했다.</p>
<p class="copyright">정민수 기자 minsu@hanbit.example<br>&lt;저작권자 © 한빛일보, 무단 전재 및 재배포 금지&gt;</p>
</div>
<div class="tags">#폐교 #캠핑장 #농촌</div>
<div class="relation"><h3>관련기사</h3><ul><li><a href="#">학령인구 감소로 올해 폐교 33곳…역대 최다</a></li><li><a href="#">농촌 빈집 활용한 '한 달 살기' 인기</a></li></ul></div>
<div class="most"><h3>많이 본 뉴스</h3><ol><li><a href="#">수능 D-20…막판 학습 전략은</a></li><li><a href="#">서울 아파트값 3주 연속 상승</a></li><li><a href="#">단풍 절정 이번 주말…주요 명산 인파</a></li></ol></div>
</div></div>
<footer id="footer">{ul(["회사소개","광고안내","제휴문의","개인정보처리방침","청소년보호정책","이메일무단수집거부"])}<p>한빛일보 | 등록번호 서울 아00000 | 발행·편집인 홍길동 | 청소년보호책임자 김영희</p><p>Copyright © 2024 한빛일보. All rights reserved.</p></footer>
</body></html>'''
page('ko_news_camping', 'https://www.hanbitilbo.example/news/articleView.html?idxno=308811', 'ko',
 '"폐교가 캠핑장으로"…농촌 빈 학교의 변신', '2024-10-27',
 '학생이 없어 문을 닫은 농촌 학교들이 캠핑장으로 다시 태어나고 있다.',
 '전남도 관계자는 "내년까지 폐교 5곳을 추가로 캠핑장이나 체험시설로 바꿀 계획"이라고 말했다.',
 ['학령인구 감소로 올해 폐교 33곳…역대 최다', '저작권자 © 한빛일보, 무단 전재 및 재배포 금지', '전남 한 폐교를 리모델링한 캠핑장 전경.'],
 'Korean ndsoft-like news; title with quotes and ellipsis char; 입력 23:51 KST (14:51Z) -> 2024-10-27, 수정 next day; JSON-LD dateModified in UTC still on 27th; multi-line sub-headline excluded; reporter/copyright line inside body div excluded; header shows today.', doc)
