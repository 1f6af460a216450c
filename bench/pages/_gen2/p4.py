from common import *

# 8 live blog, English
entries = [
 ("14:52", "Crews expect to reopen the northbound carriageway by the evening rush hour, according to the highways agency."),
 ("13:30", "The council has opened the leisure centre on Tanner Street as a rest centre for residents who were evacuated. Hot drinks and blankets are available."),
 ("12:05", "Police have confirmed that no one was seriously injured. Two people were treated at the scene for minor cuts."),
 ("11:20", "Engineers are now on site assessing the damage to the bridge parapet. A spokesperson said it was too early to say how long repairs would take."),
]
ent = ''.join(f'<article class="lb-post" id="post-{i}"><header class="lb-post__meta"><time class="lb-post__time" datetime="2024-03-09T{t}:00+00:00">{t}</time><span class="lb-post__author">Priya Nandakumar</span></header><div class="lb-post__body"><p>{x}</p></div></article>' for i,(t,x) in enumerate(entries))
doc = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Live: Harbour Road closed after lorry hits Kelby bridge – updates | Northgate Evening Post</title>
<meta property="og:title" content="Harbour Road closed after lorry hits Kelby bridge – live updates">
{jsonld({"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Harbour Road closed after lorry hits Kelby bridge","coverageStartTime":"2024-03-09T09:41:00+00:00","coverageEndTime":"2024-03-09T18:00:00+00:00","datePublished":"2024-03-09T09:41:00+00:00","dateModified":"2024-03-09T14:52:00+00:00","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Carriageway to reopen","datePublished":"2024-03-09T14:52:00+00:00"}]})}
</head>
<body class="liveblog">
<div class="cmp-banner" role="dialog"><p>We and our 143 partners store and access information on your device. You can accept or manage your choices by clicking below.</p><button>I ACCEPT</button><button>MORE OPTIONS</button></div>
<header class="masthead"><a class="masthead__logo" href="/">Northgate Evening Post</a>
<nav class="primary-nav">{ul(["News","Sport","What's On","Property","Jobs","Motors","Announcements","Puzzles"])}</nav></header>
<div class="breaking-ticker"><span>BREAKING</span> <a href="/news/council-tax-2024/">Council tax to rise by 4.99% after budget vote</a></div>
<main class="page">
<div class="lb-header">
<span class="lb-badge">LIVE</span>
<h1 class="lb-title">Harbour Road closed after lorry hits Kelby bridge</h1>
<p class="lb-standfirst">Diversions are in place and drivers are being asked to avoid the area.</p>
<div class="lb-byline">By <a href="/authors/priya">Priya Nandakumar</a> &middot; <span class="lb-started">Started <time datetime="2024-03-09T09:41:00+00:00">09:41, 9 MAR 2024</time></span> &middot; <span class="lb-updated">Updated 14:52, 9 MAR 2024</span></div>
</div>
<section class="lb-summary"><h2>Key points</h2><ul><li>Harbour Road is closed in both directions between the Kelby roundabout and Mill Lane.</li><li>A lorry struck the railway bridge shortly after 9am.</li><li>Rail services between Northgate and Kelby are suspended while the bridge is inspected.</li></ul></section>
<div class="lb-feed" aria-live="polite">
{ent}
<div class="ad-container"><span>Advertisement</span><div id="mpu-2"></div></div>
<article class="lb-post" id="post-9"><header class="lb-post__meta"><time class="lb-post__time" datetime="2024-03-09T09:41:00+00:00">09:41</time><span class="lb-post__author">Priya Nandakumar</span></header><div class="lb-post__body"><p>Good morning and welcome to our live coverage after a lorry hit the railway bridge on Harbour Road in Kelby. We will bring you the latest updates on closures and diversions throughout the day.</p></div></article>
</div>
<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<section class="more-news"><h2>More On</h2><ul><li><a href="#">Kelby bridge strike: second incident this year</a> <span>2 days ago</span></li><li><a href="#">Rail replacement buses for weekend engineering works</a> <span>5 days ago</span></li><li><a href="#">Plans to raise height of low bridges stalled, says councillor</a> <span>12 Jan 2024</span></li></ul></section>
</main>
{megafooter("Northgate Evening Post 2024", [("Sections",["News","Sport","What's On","Property","Jobs"]),("Help",["Contact us","Complaints","Advertise with us","Syndication"]),("Legal",["Privacy notice","Cookie notice","Terms and conditions"])], ["How to complain","Corrections"])}
</body></html>'''
page('en_liveblog_bridge', 'https://www.northgate-evening-post.example/news/live-harbour-road-closed-lorry-bridge-2024-03-09', 'en',
 'Harbour Road closed after lorry hits Kelby bridge', '2024-03-09',
 'Harbour Road is closed in both directions between the Kelby roundabout and Mill Lane.',
 'We will bring you the latest updates on closures and diversions throughout the day.',
 ['Kelby bridge strike: second incident this year', 'Council tax to rise by 4.99% after budget vote', 'We and our 143 partners store and access information'],
 'Live blog, reverse-chronological entries; judgement: body = key points + entries in page order (first = first key point, last = last sentence of the oldest entry at bottom); LIVE badge and og:title "– live updates" variant; started/updated times; ad slot between entries.', doc)

# 9 Portuguese paywall teaser
doc = f'''<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>Preço do açaí dispara 60% e afeta batedores em Belém - Economia - Jornal do Tocantins-Pará</title>
<meta property="og:title" content="Preço do açaí dispara 60% e afeta batedores em Belém">
<meta name="description" content="Seca prolongada reduziu a safra no Marajó; consumidores já sentem no bolso.">
<meta property="article:published_time" content="2023-10-18T23:58:00-03:00">
<meta property="article:section" content="Economia">
<meta property="article:content_tier" content="locked">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":"Preço do açaí dispara 60% e afeta batedores em Belém","datePublished":"2023-10-19T02:58:00Z","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}})}
</head>
<body>
<header class="topo"><a class="marca" href="/">Jornal do Tocantins-Pará</a><nav>{ul(["Últimas","Política","Economia","Polícia","Esportes","Cultura","Opinião","Assine"])}</nav><a class="btn-assine" href="/assine">Assine por R$ 1,90</a></header>
<nav class="trilha"><a href="/">Início</a> › <a href="/economia/">Economia</a></nav>
<main>
<article class="materia">
<span class="chapeu">CRISE NA SAFRA</span>
<h1 class="titulo">Preço do açaí dispara 60% e afeta batedores em Belém</h1>
<h2 class="linha-fina">Seca prolongada reduziu a safra no Marajó; consumidores já sentem no bolso</h2>
<div class="autoria"><span class="autor">Renata Queiroz</span><span class="local">Belém</span><time datetime="2023-10-18T23:58:00-03:00">18.out.2023 às 23h58</time><span class="atualizado">Atualizado: 19.out.2023 às 10h15</span></div>
<div class="conteudo">
<p>O litro do açaí médio, vendido a R$ 20 em agosto, já chega a R$ 32 nas batedeiras dos bairros do Guamá e da Terra Firme, em Belém.</p>
<p>A alta, de 60% em pouco mais de dois meses, é atribuída à estiagem que atinge as ilhas do Marajó desde julho e reduziu a oferta do fruto nas feiras da capital.</p>
<p>Na Feira do Açaí, no Ver-o-Peso, a rasa (cesto de cerca de 14 kg) passou de R$ 150 para até R$ 280 na última semana, segundo comerciantes ouvidos pela reportagem.</p>
<div class="paywall">
<p class="paywall__fade">“A gente compra caro e não consegue repassar tudo. O cliente some”, diz o batedor Raimundo...</p>
<div class="paywall__box"><h3>Continue lendo com acesso ilimitado.</h3><p>Assinantes têm acesso a todo o conteúdo do site e do aplicativo.</p><a class="btn" href="/assine">Assine por R$ 1,90 no primeiro mês</a><p>Já é assinante? <a href="/login">Faça login</a></p></div>
</div>
</div>
</article>
<aside class="mais-lidas"><h3>Mais lidas</h3><ol><li><a href="#">Chuva forte alaga avenidas de Belém nesta quarta</a></li><li><a href="#">Paysandu anuncia novo técnico para 2024</a></li><li><a href="#">Concurso da prefeitura tem 1.200 vagas; veja como se inscrever</a></li><li><a href="#">Círio 2023 reúne 2,5 milhões de fiéis, estima organização</a></li></ol></aside>
</main>
{megafooter("Jornal do Tocantins-Pará 2023. Todos os direitos reservados.", [("Editorias",["Política","Economia","Polícia","Esportes","Cultura"]),("Jornal",["Quem somos","Expediente","Fale conosco","Anuncie","Trabalhe conosco"]),("Assinatura",["Assine","Central do assinante","Perguntas frequentes"])], ["Termos de uso","Política de privacidade"])}
<script>window.__PAYWALL__ = {{"meter":0,"limit":3,"locked":true}};</script>
</body></html>'''
page('pt_paywall_acai', 'https://www.jornaltocantinspara.example/economia/2023/10/preco-do-acai-dispara-60-e-afeta-batedores-em-belem.html', 'pt',
 'Preço do açaí dispara 60% e afeta batedores em Belém', '2023-10-18',
 'O litro do açaí médio, vendido a R$ 20 em agosto, já chega a R$ 32 nas batedeiras dos bairros do Guamá e da Terra Firme, em Belém.',
 'Na Feira do Açaí, no Ver-o-Peso, a rasa (cesto de cerca de 14 kg) passou de R$ 150 para até R$ 280 na última semana, segundo comerciantes ouvidos pela reportagem.',
 ['Continue lendo com acesso ilimitado.', 'Chuva forte alaga avenidas de Belém nesta quarta', 'Assine por R$ 1,90 no primeiro mês'],
 'Paywall teaser; truncated faded sentence inside paywall box excluded (judgement: last complete free sentence); published 23:58 -03:00 = next day UTC in JSON-LD -> publisher day 2023-10-18; chapéu kicker and linha-fina excluded.', doc)

# 10 Medium-like, Italian
doc = f'''<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Perché le biblioteche di quartiere sono tornate di moda | by Chiara Benvenuti | Città Aperte | Medium</title>
<meta property="og:title" content="Perché le biblioteche di quartiere sono tornate di moda">
<meta property="og:description" content="Tre anni dopo la riapertura, i numeri di Porta Sole raccontano un’altra storia.">
<meta property="article:published_time" content="2023-06-11T07:14:22.918Z">
<meta name="author" content="Chiara Benvenuti">
<script>window.__APOLLO_STATE__ = {{"Post:9f3ab21c77e4":{{"id":"9f3ab21c77e4","title":"Perché le biblioteche di quartiere sono tornate di moda","firstPublishedAt":1686467662918,"latestPublishedAt":1686554062918,"readingTime":4.2,"clapCount":318,"collection":{{"__ref":"Collection:cittaaperte"}}}}}};</script>
</head>
<body>
<div id="root"><div class="a b c"><div class="l ae"><nav class="bh bi bj"><div class="h k"><a href="/" aria-label="Homepage" class="ag ah">Medium</a><div class="ce"><input placeholder="Search"></div><a href="/new-story" class="bw">Write</a><a href="/m/signin" class="bw">Sign in</a></div></nav>
<div class="ca cb"><a href="/citta-aperte" class="ev">Città Aperte</a> <span class="ew">·</span> <a class="fx" href="/citta-aperte/follow">Follow publication</a></div>
<article><div class="l"><section><div class="fi fj fk fl fm">
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ab cn"></div></div></div>
<h1 id="c7a1" class="pw-post-title gd ge gf be gg gh gi gj gk" data-testid="storyTitle">Perché le biblioteche di quartiere sono tornate di moda</h1>
<h2 id="1b2e" class="pw-subtitle-paragraph hb hc hd be b he hf" >Tre anni dopo la riapertura, i numeri di Porta Sole raccontano un’altra storia.</h2>
<div class="speechify-ignore ab cp"><div class="hv hw"><a href="/@chiarabenvenuti" rel="noopener follow"><img alt="Chiara Benvenuti" class="l fi by" src="https://miro.medium.example/v2/resize:fill:88:88/1*xyz.jpeg" width="44" height="44"></a><div class="ab"><span class="be b bf z bh"><a href="/@chiarabenvenuti" class="af ag">Chiara Benvenuti</a></span> · <span><button class="bk">Follow</button></span></div>
<div class="ab q hr ik"><span class="be b bf z dv"><span data-testid="storyReadTime">4 min read</span><span> · </span><span data-testid="storyPublishDate">Jun 11, 2023</span></span></div></div>
<div class="bm ab"><span class="pw-multi-vote-count">318</span> <span class="pw-responses-count">12</span> <button aria-label="Listen">Listen</button> <button aria-label="Share">Share</button></div></div>
<p id="3f10" class="pw-post-body-paragraph mk ml fq mm b mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh fj bk" data-selectable-paragraph="">Quando nel 2020 il Comune ha riaperto la biblioteca di Porta Sole, in molti l’hanno considerata un’operazione nostalgica.</p>
<p id="8ad2" class="pw-post-body-paragraph mk ml fq mm b mn mo mp" data-selectable-paragraph="">Oggi i prestiti sono 41.000 l’anno, il triplo rispetto al 2019, e la sala studio è piena dalle nove del mattino fino alla chiusura. Ma a sorprendere non sono solo i numeri.</p>
<h2 id="f1e4" class="ni nj fq be nk nl nm nn" data-selectable-paragraph="">Un salotto pubblico</h2>
<p id="0c77" class="pw-post-body-paragraph mk ml fq mm b mn" data-selectable-paragraph="">Chi frequenta Porta Sole non viene soltanto a prendere libri. Ci sono i corsi di italiano per stranieri, il gruppo di lettura del giovedì, i pensionati che leggono i quotidiani e gli studenti che non hanno uno spazio tranquillo a casa.</p>
<blockquote class="ok ol om"><p id="a61b" class="on oo fq be op" data-selectable-paragraph="">«Qui nessuno ti chiede di consumare qualcosa per restare», mi ha detto una ragazza al secondo piano.</p></blockquote>
<p id="d90a" class="pw-post-body-paragraph mk ml fq mm b" data-selectable-paragraph="">È questa, forse, la chiave: in una città dove quasi ogni spazio al chiuso ha un prezzo d’ingresso, la biblioteca resta uno dei pochi luoghi davvero gratuiti.</p>
<figure class="oq or os"><div class="ox"><picture><img alt="" class="bh md oy c" width="700" height="467" src="https://miro.medium.example/v2/resize:fit:1400/1*abc.jpeg"></picture></div><figcaption class="oz pa pb" data-selectable-paragraph="">La sala studio al secondo piano, un martedì mattina. Foto dell’autrice.</figcaption></figure>
<h2 id="c2d3" class="ni nj fq be nk" data-selectable-paragraph="">E adesso?</h2>
<p id="55ee" class="pw-post-body-paragraph mk ml fq mm b" data-selectable-paragraph="">Il Comune ha annunciato l’apertura di altre due biblioteche di quartiere entro il 2025. La domanda è se riusciranno a replicare quello che a Porta Sole è nato quasi per caso.</p>
<p id="77aa" class="pw-post-body-paragraph mk ml fq mm b" data-selectable-paragraph="">Io, intanto, ci torno ogni settimana.</p>
</div></section></div></article>
<div class="pc pd"><div class="ab"><a href="/tag/biblioteche" class="pe">Biblioteche</a><a href="/tag/citta" class="pe">Città</a><a href="/tag/cultura" class="pe">Cultura</a></div></div>
<div class="qa qb"><h2 class="be qc">Written by Chiara Benvenuti</h2><p>1.2K Followers · Writer for Città Aperte</p><p>Giornalista, scrive di città, spazi pubblici e di chi li abita.</p></div>
<div class="qd"><h2>Responses (12)</h2><div class="qe"><p>Bellissimo pezzo, anche a Bologna succede la stessa cosa nelle biblioteche di quartiere.</p><span>Jun 12, 2023</span></div></div>
<div class="qf"><h2>More from Città Aperte</h2><ul><li><a href="#">Il mercato coperto che nessuno voleva</a> · May 28, 2023</li><li><a href="#">Dieci anni di piste ciclabili: un bilancio</a> · Apr 2, 2023</li></ul></div>
<footer class="qg"><a href="#">Help</a> <a href="#">Status</a> <a href="#">About</a> <a href="#">Careers</a> <a href="#">Blog</a> <a href="#">Privacy</a> <a href="#">Terms</a> <a href="#">Text to speech</a></footer>
</div></div></div>
</body></html>'''
page('it_medium_biblioteche', 'https://medium.example/citta-aperte/perch%C3%A9-le-biblioteche-di-quartiere-sono-tornate-di-moda-9f3ab21c77e4', 'it',
 'Perché le biblioteche di quartiere sono tornate di moda', '2023-06-11',
 'Quando nel 2020 il Comune ha riaperto la biblioteca di Porta Sole, in molti l’hanno considerata un’operazione nostalgica.',
 'Io, intanto, ci torno ogni settimana.',
 ['Bellissimo pezzo, anche a Bologna', 'Il mercato coperto che nessuno voleva', 'Giornalista, scrive di città, spazi pubblici e di chi li abita.'],
 'Medium-like atomic classes; <title> includes author, publication, Medium; subtitle h2 excluded; English UI date "Jun 11, 2023" on Italian article; Apollo state with epoch ms; responses/bio/more-from after.', doc)
