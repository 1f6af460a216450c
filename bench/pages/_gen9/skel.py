"""Skeleton builders. Each takes a spec dict s and returns a full HTML document."""
from fw import esc, ul, links, para_html, sprite, css_block
import json, hashlib
def hh(x): return int(hashlib.md5(x.encode()).hexdigest()[:8], 16)

def g(s, k, d=''):
    return s.get(k, d)

def head(s, prefix, extra='', charset=True, viewport=True):
    h = ['<head>']
    if charset: h.append('<meta charset="utf-8">')
    if viewport: h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append(f'<title>{esc(s["head_title"])}</title>')
    if g(s, 'desc'): h.append(f'<meta name="description" content="{esc(s["desc"])}">')
    h.append(f'<link rel="canonical" href="{s["url"]}">')
    for k, v in g(s, 'og', {}).items():
        attr = 'name' if k.startswith('twitter:') else 'property'
        h.append(f'<meta {attr}="{k}" content="{esc(v)}">')
    for k, v in g(s, 'meta', {}).items():
        h.append(f'<meta name="{k}" content="{esc(v)}">')
    if g(s, 'jsonld'):
        h.append('<script type="application/ld+json">' + json.dumps(s['jsonld'], ensure_ascii=False) + '</script>')
    h.append(f'<style>\n{css_block(prefix, 18, s["url"])}\n</style>')
    h.append(extra)
    h.append('</head>')
    return '\n'.join(h)

def doc(s, prefix, body, extra_head='', html_attrs=''):
    d = g(s, 'dir', 'ltr')
    return (f'<!DOCTYPE html>\n<html lang="{s["lang_tag"]}" dir="{d}"{html_attrs}>\n'
            + head(s, prefix, extra_head) + f'\n<body class="{prefix}">\n' + body + '\n</body>\n</html>\n')

def cookie(s, cls='cookie-banner'):
    if not g(s, 'cookie'): return ''
    t, b1, b2 = s['cookie']
    return (f'<div class="{cls}" role="dialog" aria-live="polite"><p>{t}</p>'
            f'<button type="button" class="{cls}__accept">{esc(b1)}</button>'
            f'<button type="button" class="{cls}__settings">{esc(b2)}</button></div>')

def comments_html(s, wrap='section', cls='comments'):
    if not g(s, 'comments'): return ''
    items = ''.join(
        f'<li class="{cls}__item" id="c{i+1}"><div class="{cls}__author"><strong>{esc(n)}</strong> '
        f'<span class="{cls}__date">{esc(d)}</span></div><div class="{cls}__text"><p>{esc(t)}</p></div>'
        f'<a class="{cls}__reply" href="#respond">{esc(g(s,"reply","Reply"))}</a></li>'
        for i, (n, d, t) in enumerate(s['comments']))
    return (f'<{wrap} class="{cls}" id="comments"><h3 class="{cls}__title">{esc(s["comments_h"])}</h3>'
            f'<ol class="{cls}__list">{items}</ol></{wrap}>')

def related_html(s, cls='related', hl='h3'):
    if not g(s, 'related'): return ''
    items = ''.join(
        f'<li class="{cls}__item"><a href="{s["url"].rsplit("/",2)[0]}/r{i}/">{esc(t)}</a>'
        + (f' <span class="{cls}__date">{esc(d)}</span>' if d else '') + '</li>'
        for i, (t, d) in enumerate(s['related']))
    return f'<div class="{cls}"><{hl} class="{cls}__heading">{esc(s["related_h"])}</{hl}><ul>{items}</ul></div>'

def newsletter(s, cls='newsletter'):
    if not g(s, 'news'): return ''
    h, t, b = s['news']
    return (f'<div class="{cls}"><h4>{esc(h)}</h4><p>{esc(t)}</p><form action="/newsletter" method="post">'
            f'<input type="email" name="email" placeholder="email@example.com"><button>{esc(b)}</button></form></div>')

def share(s, cls='share'):
    lab = g(s, 'share_label', 'Share')
    return (f'<div class="{cls}"><span class="{cls}__label">{esc(lab)}</span>'
            + ''.join(f'<a class="{cls}__btn {cls}__btn--{k}" href="#" aria-label="{k}"><svg width="18" height="18"><use href="#i-{k}"/></svg></a>'
                      for k in ("fb", "x", "wa", "mail", "print")) + '</div>')

def figure(s, cls='wp-caption', tag='figure', capt='figcaption'):
    if not g(s, 'caption'): return ''
    return (f'<{tag} class="{cls}"><img src="/media/{hh(s["url"])%99999}.jpg" width="960" height="540" alt="" loading="lazy">'
            f'<{capt} class="{cls}-text">{s["caption"]}</{capt}></{tag}>')

def footer_lines(s):
    return ''.join(f'<p>{x}</p>' for x in g(s, 'footer', []))

def sidebar(s, cls='widget'):
    if not g(s, 'side'): return ''
    h, items = s['side']
    return f'<section class="{cls}"><h3 class="{cls}-title">{esc(h)}</h3>' + ul(links(items, '/t/')) + '</section>'

def tags(s, cls='tags'):
    if not g(s, 'tags'): return ''
    return f'<div class="{cls}"><span>{esc(g(s,"tags_label","Tags"))}:</span> ' + ' '.join(
        f'<a rel="tag" href="/tag/{i}/">{esc(t)}</a>' for i, t in enumerate(s['tags'])) + '</div>'

def crumbs(s, sep='›', cls='breadcrumb'):
    if not g(s, 'crumbs'): return ''
    c = s['crumbs']
    parts = [f'<a href="/{"x/"*i}">{esc(t)}</a>' for i, t in enumerate(c[:-1])] + [f'<span>{esc(c[-1])}</span>']
    return f'<nav class="{cls}" aria-label="breadcrumb">' + f' <span class="sep">{sep}</span> '.join(parts) + '</nav>'

def nav(s, cls='main-nav'):
    return f'<nav class="{cls}">' + ul(links(s['nav']), cls + '__list') + '</nav>'

# ------------------------------------------------------------------ A: WordPress news theme
def wp(s):
    p = 'wp'
    body = f'''{sprite()}
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{esc(g(s,'skip','Skip to content'))}</a>
<div class="top-bar"><div class="container">{g(s,'topbar')}</div></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(s['site'])}</a></p>
<p class="site-description">{esc(g(s,'tagline'))}</p></div>
<nav id="site-navigation" class="main-navigation">{ul(links(s['nav']), 'menu', 'menu-item')}</nav></header>
{g(s,'ticker')}
<div id="content" class="site-content"><div class="td-crumb-container">{crumbs(s,'»','td-crumbs')}</div>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{hh(s['url'])%90000}" class="post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header">{('<div class="td-category"><a href="/c/">'+esc(s['kicker'])+'</a></div>') if g(s,'kicker') else ''}
<h1 class="entry-title">{s['h1_html']}</h1>
{('<p class="td-post-sub-title">'+s['standfirst']+'</p>') if g(s,'standfirst') else ''}
<div class="entry-meta">{s['meta_html']}</div></header>
{figure(s, 'wp-caption aligncenter', 'figure', 'figcaption')}
{share(s, 'td-social-sharing')}
<div class="entry-content">
{para_html(s['paras'])}
</div>
<footer class="entry-footer">{tags(s,'tags-links')}</footer>
{g(s,'author_box')}
</article>
{related_html(s,'jp-relatedposts','h3')}
{comments_html(s,'div','comment-area')}
</main></div>
<aside id="secondary" class="widget-area">{sidebar(s)}{newsletter(s,'widget widget_newsletter')}{g(s,'side_extra')}</aside>
</div>
<footer id="colophon" class="site-footer"><nav class="footer-navigation">{ul(links(g(s,'footnav',[])))}</nav>
<div class="site-info">{footer_lines(s)}</div></footer>
{cookie(s,'cmplz-cookiebanner')}
</div>
<script>var wpData={{"ajaxurl":"/wp-admin/admin-ajax.php","nonce":"8f3a1c"}};</script>'''
    return doc(s, p, body, '<link rel="stylesheet" href="/wp-content/themes/newsmag/style.css?ver=6.4.3">')

# ------------------------------------------------------------------ B: Drupal
def drupal(s):
    p = 'dr'
    body = f'''<a href="#main-content" class="visually-hidden focusable skip-link">{esc(g(s,'skip','Skip to main content'))}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="region region-header"><div id="block-sitebranding" class="block block-system"><a href="/" rel="home" class="site-logo">{esc(s['site'])}</a></div>
{g(s,'topbar')}
<nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main">{ul(links(s['nav']),'menu','menu-item')}</nav></header>
<div class="region region-breadcrumb">{crumbs(s,'/','breadcrumb')}</div>
{cookie(s,'eu-cookie-compliance-banner')}
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div id="block-pagetitle" class="block block-core block-page-title-block">{('<div class="field--name-field-section">'+esc(s['kicker'])+'</div>') if g(s,'kicker') else ''}
<h1 class="page-title"><span class="field field--name-title field--type-string">{s['h1_html']}</span></h1></div>
<article role="article" about="{s['url']}" class="node node--type-article node--view-mode-full">
<div class="node__meta">{s['meta_html']}</div>
<div class="node__content">
{('<div class="field field--name-field-lead">'+s['standfirst']+'</div>') if g(s,'standfirst') else ''}
{figure(s,'field field--name-field-image','div','div')}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{para_html(s['paras'])}
</div>
{tags(s,'field field--name-field-tags')}
{share(s,'addtoany')}
</div></article>
{g(s,'author_box')}
{comments_html(s,'section','comment-wrapper')}
</div></div>
<aside class="layout-sidebar-second" role="complementary">{related_html(s,'views-element-container block-views','h2')}{sidebar(s,'block block-views')}{newsletter(s,'block block-simplenews')}</aside>
</main>
<footer role="contentinfo" class="region region-footer">{ul(links(g(s,'footnav',[])),'menu')}{footer_lines(s)}</footer>
</div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"/","currentLanguage":"{s['lang_tag']}"}},"ajaxTrustedUrl":[]}}</script>'''
    return doc(s, p, body)

# ------------------------------------------------------------------ C: TYPO3 / news extension
def typo3(s):
    p = 't3'
    body = f'''<div id="container">
<header id="header"><div class="logo"><a href="/">{esc(s['site'])}</a></div>{g(s,'topbar')}
<form class="search" action="/suche"><input type="search" name="q"><button>{esc(g(s,'search','Search'))}</button></form>
<nav id="mainnav">{ul(links(s['nav']),'nav-level-1')}</nav></header>
<div id="breadcrumb">{crumbs(s,'>','breadcrumb-list')}</div>
<div id="page-body"><main id="content">
<!--TYPO3SEARCH_begin-->
<div id="c{hh(s['url'])%9000}" class="frame frame-default frame-type-news_pi1 frame-layout-0">
<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="news-list-date-row">{s['meta_html']}</div>
<div class="header">{('<p class="news-kicker">'+esc(s['kicker'])+'</p>') if g(s,'kicker') else ''}<h1 itemprop="headline">{s['h1_html']}</h1></div>
{('<div class="teaser-text" itemprop="description"><p>'+s['standfirst']+'</p></div>') if g(s,'standfirst') else ''}
<div class="news-img-wrap">{figure(s,'mediaelement','div','p')}</div>
<div class="news-text-wrap" itemprop="articleBody">
{para_html(s['paras'])}
</div>
{g(s,'author_box')}
<div class="news-backlink-wrap"><a href="/news/">{esc(g(s,'back','Back'))}</a></div>
{share(s,'shariff')}
{related_html(s,'news-related-wrap','h4')}
</div></div></div>
<!--TYPO3SEARCH_end-->
</main>
<aside id="sidebar">{sidebar(s,'frame frame-sidebar')}{newsletter(s,'frame newsletter-box')}{g(s,'side_extra')}</aside></div>
<footer id="footer"><div class="footer-links">{ul(links(g(s,'footnav',[])))}</div><div class="footer-address">{footer_lines(s)}</div></footer>
{cookie(s,'cookie-consent')}
</div>'''
    return doc(s, p, body, '<meta name="generator" content="TYPO3 CMS">')

# ------------------------------------------------------------------ D: Joomla (page heading h1 = section, article title in h2)
def joomla(s):
    p = 'jm'
    body = f'''<div class="site-grid">
<header class="header container-header full-width">{g(s,'topbar')}
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span>{esc(s['site'])}</span></a>
<div class="site-description">{esc(g(s,'tagline'))}</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md">{ul(links(s['nav']),'mod-menu mod-list nav','nav-item')}</nav></div></header>
<div class="grid-child container-component">
{crumbs(s,'/','mod-breadcrumbs__wrapper')}
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{s['lang_tag']}">
<div class="page-header"><h1>{esc(s['section_h1'])}</h1></div>
<div class="page-header"><h2 itemprop="headline">{s['h1_html']}</h2></div>
<dl class="article-info text-muted">{s['meta_html']}</dl>
{('<p class="lead">'+s['standfirst']+'</p>') if g(s,'standfirst') else ''}
{figure(s,'item-image','figure','figcaption')}
<div itemprop="articleBody" class="com-content-article__body">
{para_html(s['paras'])}
</div>
{tags(s,'tags list-inline')}
<ul class="pagination"><li><a href="#">&laquo; {esc(g(s,'prev','Prev'))}</a></li><li><a href="#">{esc(g(s,'next','Next'))} &raquo;</a></li></ul>
</div></main>
</div>
<div class="grid-child container-sidebar-right">{related_html(s,'moduletable relateditems','h3')}{sidebar(s,'moduletable')}{newsletter(s,'moduletable acymailing')}{g(s,'side_extra')}</div>
<footer class="container-footer footer full-width"><div class="grid-child">{ul(links(g(s,'footnav',[])))}{footer_lines(s)}</div></footer>
{cookie(s,'cookiesDirective')}
</div>
<script src="/media/templates/site/cassiopeia/js/template.min.js" defer></script>'''
    return doc(s, p, body, '<meta name="generator" content="Joomla! - Open Source Content Management">')

# ------------------------------------------------------------------ E: old table layout
def table(s):
    p = 'tb'
    navcells = ''.join(f'<td class="navcell"><a href="/{i}.htm"><font color="#ffffff">{esc(t)}</font></a></td>' for i, t in enumerate(s['nav']))
    rel = ''.join(f'<tr><td class="rel"><img src="/img/dot.gif" width="5" height="5"> <a href="/n{i}.htm">{esc(t)}</a> <font size="1" color="#999999">{esc(d)}</font></td></tr>' for i, (t, d) in enumerate(s['related']))
    body = f'''<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#0b3d2e" height="90"><table width="100%"><tr><td><font size="6" color="#ffffff"><b>{esc(s['site'])}</b></font><br><font size="2" color="#cfe8dd">{esc(g(s,'tagline'))}</font></td><td align="left">{g(s,'topbar')}</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#14634a"><table cellpadding="6"><tr>{navcells}</tr></table></td></tr>
<tr><td width="700" valign="top" bgcolor="#ffffff">
<table width="100%" cellpadding="10"><tr><td>
<font size="2" color="#777777">{crumbs(s,'&gt;','path')}</font>
{('<div class="rotitr"><font color="#a00000" size="2">'+esc(s['kicker'])+'</font></div>') if g(s,'kicker') else ''}
<div class="titr"><font size="5"><b>{s['h1_html']}</b></font></div>
{('<div class="lead"><font size="3" color="#333333">'+s['standfirst']+'</font></div>') if g(s,'standfirst') else ''}
<table width="100%"><tr><td class="newsdate"><font size="2" color="#666666">{s['meta_html']}</font></td></tr></table>
{figure(s,'pic','div','div')}
<div class="body">
{para_html(s['paras'])}
</div>
{share(s,'tools')}
</td></tr></table>
{comments_html(s,'div','opinions')}
</td>
<td width="280" valign="top" bgcolor="#eef5f2"><table width="100%" cellpadding="6"><tr><td bgcolor="#14634a"><font color="#ffffff"><b>{esc(s['related_h'])}</b></font></td></tr>{rel}</table>
{sidebar(s,'box')}{g(s,'side_extra')}</td></tr>
<tr><td colspan="2" bgcolor="#0b3d2e" align="center"><font size="1" color="#cfe8dd">{'<br>'.join(g(s,'footer',[]))}</font></td></tr>
</table>'''
    return doc(s, p, body)

# ------------------------------------------------------------------ F: Next.js SSR
def nextjs(s):
    p = 'nx'
    state = json.dumps(s.get('next_state', {}), ensure_ascii=False)
    body = f'''<div id="__next"><div class="Layout_wrap__k3Jd9">
{cookie(s,'ConsentBar_bar__9xQ2a')}
<header class="Header_header__Zp1mQ"><div class="Header_inner__v8w2T"><a class="Header_logo__1Qx7s" href="/">{esc(s['site'])}</a>{g(s,'topbar')}
<nav class="Header_nav__h7Yk2">{ul(links(s['nav']),'Header_list__aa8Q1')}</nav></div></header>
<main class="Article_main__X2kLq">
{crumbs(s,'/','Breadcrumb_root__f0s1L')}
<article class="Article_article__Wm3nP">
<div class="ArticleHeader_root__pQ1bT">{('<span class="ArticleHeader_kicker__s9Qd4">'+esc(s['kicker'])+'</span>') if g(s,'kicker') else ''}
<h1 class="ArticleHeader_title__x7Kp0">{s['h1_html']}</h1>
{('<p class="ArticleHeader_lead__c1Fz8">'+s['standfirst']+'</p>') if g(s,'standfirst') else ''}
<div class="ArticleHeader_meta__u3Vn6">{s['meta_html']}</div></div>
{figure(s,'ArticleImage_figure__oO2i5','figure','figcaption')}
<div class="ArticleBody_body__3kZfX">
{para_html(s['paras'])}
</div>
{share(s,'ShareBar_root__r8Pn0')}
{g(s,'author_box')}
</article>
{related_html(s,'Related_root__b2Lm7','h2')}
{comments_html(s,'section','Comments_root__q0Pz1')}
</main>
<aside class="Sidebar_root__nN3c5">{sidebar(s,'Sidebar_box__w1Zz8')}{newsletter(s,'Newsletter_root__dd4Ke')}{g(s,'side_extra')}</aside>
<footer class="Footer_root__g6HhE">{ul(links(g(s,'footnav',[])))}{footer_lines(s)}</footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{state}</script>
<script src="/_next/static/chunks/main-5f1e2c9a.js" defer></script>'''
    return doc(s, p, body, '<link rel="preload" href="/_next/static/css/8a1b2c.css" as="style">')

# ------------------------------------------------------------------ G: Nuxt SSR
def nuxt(s):
    p = 'nu'
    body = f'''<div id="__nuxt"><div id="__layout"><div class="app">
<div class="top-strip">{g(s,'topbar')}</div>
<header class="site-head" data-v-3f2a1b><a href="/" class="brand" data-v-3f2a1b>{esc(s['site'])}</a>
<nav class="cats" data-v-3f2a1b>{ul(links(s['nav']),'cats__list')}</nav></header>
<div class="page-detail" data-v-7c1d2e>
{crumbs(s,'›','bread')}
<div class="detail__main" data-v-7c1d2e>
<div class="detail__header"><div class="detail__meta">{s['meta_html']}</div>
{('<div class="detail__kicker">'+esc(s['kicker'])+'</div>') if g(s,'kicker') else ''}
<h1 class="detail__title">{s['h1_html']}</h1></div>
{('<h2 class="detail__sapo">'+s['standfirst']+'</h2>') if g(s,'standfirst') else ''}
{g(s,'paywall_top')}
<div class="detail__content" data-role="content">
{figure(s,'detail__fig','figure','figcaption')}
{para_html(s['paras'])}
</div>
{g(s,'paywall_bottom')}
{g(s,'author_box')}
{tags(s,'detail__tags')}
{share(s,'detail__share')}
</div>
<div class="detail__aside">{related_html(s,'box-related','h3')}{sidebar(s,'box-most')}{newsletter(s,'box-newsletter')}</div>
{comments_html(s,'div','box-comment')}
</div>
<footer class="site-foot">{ul(links(g(s,'footnav',[])))}{footer_lines(s)}</footer>
{cookie(s,'consent')}
</div></div></div>
<script>window.__NUXT__={json.dumps(s.get('nuxt_state',{}), ensure_ascii=False)};</script>'''
    return doc(s, p, body)

# ------------------------------------------------------------------ H: AMP
AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
              '<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>'
              '<script async src="https://cdn.ampproject.org/v0.js"></script>'
              '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>'
              '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
              '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>')

def amp(s):
    p = 'amp'
    shares = ''.join(f'<amp-social-share type="{t}" width="36" height="36"></amp-social-share>' for t in ('facebook', 'twitter', 'whatsapp', 'email'))
    body = f'''<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui"><p>{s['cookie'][0]}</p><button on="tap:consent.accept">{esc(s['cookie'][1])}</button><button on="tap:consent.reject">{esc(s['cookie'][2])}</button></div></amp-consent>
<amp-sidebar id="menu" layout="nodisplay" side="left">{ul(links(s['nav']),'side-menu')}</amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle" class="hamburger">☰</button><a class="amp-logo" href="/">{esc(s['site'])}</a></header>
{g(s,'topbar')}
<main class="amp-main"><article class="amp-article">
{crumbs(s,'›','amp-crumb')}
{('<div class="amp-kicker">'+esc(s['kicker'])+'</div>') if g(s,'kicker') else ''}
<h1 class="amp-title">{s['h1_html']}</h1>
{('<h2 class="amp-spot">'+s['standfirst']+'</h2>') if g(s,'standfirst') else ''}
<div class="amp-meta">{s['meta_html']}</div>
<figure class="amp-fig"><amp-img src="/i/{hh(s['url'])%9999}.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>{s['caption']}</figcaption></figure>
<div class="amp-share">{shares}</div>
<div class="amp-body">
{para_html(s['paras'])}
</div>
{tags(s,'amp-tags')}
</article>
{related_html(s,'amp-related','h3')}
{newsletter(s,'amp-nl')}
</main>
<footer class="amp-footer">{ul(links(g(s,'footnav',[])))}{footer_lines(s)}</footer>'''
    return doc(s, p, body, AMP_BOILER + f'<style amp-custom>{css_block("amp", 30, s["url"])}</style>', ' amp')

# ------------------------------------------------------------------ I: government / police / municipal portal
def gov(s):
    p = g(s, 'prefix', 'gv')
    title_block = (f'<h1 class="{p}-section-title">{esc(s["section_h1"])}</h1>\n<{s.get("title_tag","h2")} class="{p}-headline">{s["h1_html"]}</{s.get("title_tag","h2")}>'
                   if g(s, 'section_h1') else f'<h1 class="{p}-headline">{s["h1_html"]}</h1>')
    body = f'''<a class="{p}-skip" href="#main">{esc(g(s,'skip','Skip to content'))}</a>
{cookie(s, p + '-cookie')}
<div class="{p}-utility">{g(s,'topbar')}</div>
<header class="{p}-header"><a class="{p}-logo" href="/"><span>{esc(s['site'])}</span></a>
<form class="{p}-search" role="search"><label>{esc(g(s,'search','Search'))}<input type="search"></label></form></header>
<nav class="{p}-nav">{ul(links(s['nav']), p + '-nav__list')}</nav>
{crumbs(s,'&gt;', p + '-breadcrumb')}
<div class="{p}-layout">
<nav class="{p}-subnav">{sidebar(s, p + '-subnav__box')}</nav>
<main id="main" class="{p}-main">
{title_block}
<div class="{p}-pagemeta">{s['meta_html']}</div>
{('<p class="'+p+'-lead">'+s['standfirst']+'</p>') if g(s,'standfirst') else ''}
{figure(s, p + '-figure','figure','figcaption')}
<div class="{p}-content">
{para_html(s['paras'])}
</div>
{g(s,'author_box')}
<div class="{p}-tools">{share(s, p + '-share')}</div>
{g(s,'feedback')}
{g(s,'bottom_meta')}
</main>
<aside class="{p}-aside">{related_html(s, p + '-related','h2')}{newsletter(s, p + '-subscribe')}{g(s,'side_extra')}</aside>
</div>
<footer class="{p}-footer">{ul(links(g(s,'footnav',[])))}{footer_lines(s)}</footer>'''
    return doc(s, p, body)

# ------------------------------------------------------------------ J: newswire
def newswire(s):
    p = 'nw'
    body = f'''<div class="nw-ticker"><span class="nw-ticker__label">{esc(g(s,'ticker_label','LIVE'))}</span>{g(s,'topbar')}</div>
<header class="nw-header"><a href="/" class="nw-logo">{esc(s['site'])}</a><nav class="nw-nav">{ul(links(s['nav']))}</nav>
<div class="nw-login"><a href="/login">{esc(g(s,'login','Login'))}</a></div></header>
{crumbs(s,'/','nw-crumbs')}
<div class="nw-wrap"><main class="nw-story" id="story">
{('<div class="nw-category">'+esc(s['kicker'])+'</div>') if g(s,'kicker') else ''}
<h1 class="nw-headline">{s['h1_html']}</h1>
<div class="nw-dateline">{s['meta_html']}</div>
{figure(s,'nw-photo','div','p')}
<div class="nw-text">
{para_html(s['paras'])}
</div>
<div class="nw-keywords">{tags(s,'nw-kw')}</div>
{g(s,'author_box')}
{share(s,'nw-share')}
</main>
<aside class="nw-side">{related_html(s,'nw-latest','h3')}{sidebar(s,'nw-box')}{g(s,'side_extra')}</aside></div>
<footer class="nw-footer">{ul(links(g(s,'footnav',[])))}{footer_lines(s)}</footer>
{cookie(s,'nw-gdpr')}'''
    return doc(s, p, body)

# ------------------------------------------------------------------ K: live blog
def liveblog(s):
    p = 'lb'
    entries = ''.join(
        f'<div class="lb-post" id="post-{i}"><div class="lb-post__time"><time datetime="{iso}">{esc(tv)}</time></div>'
        + (f'<h3 class="lb-post__title">{esc(ti)}</h3>' if ti else '') + f'<div class="lb-post__body">{para_html(ps)}</div></div>'
        for i, (iso, tv, ti, ps) in enumerate(s['entries']))
    body = f'''{cookie(s,'lb-cookie')}
<header class="lb-top"><a class="lb-logo" href="/">{esc(s['site'])}</a><nav>{ul(links(s['nav']),'lb-nav')}</nav>{g(s,'topbar')}</header>
{crumbs(s,'/','lb-crumbs')}
<main class="lb-main"><article class="lb-article">
<div class="lb-badge">{esc(s['kicker'])}</div>
<h1 class="lb-title">{s['h1_html']}</h1>
<div class="lb-meta">{s['meta_html']}</div>
{('<p class="lb-lead">'+s['standfirst']+'</p>') if g(s,'standfirst') else ''}
{figure(s,'lb-figure','figure','figcaption')}
<div class="lb-intro">{para_html(s['paras'])}</div>
<div class="lb-feed" data-live="true">{entries}</div>
{share(s,'lb-share')}
</article>
<aside class="lb-aside">{related_html(s,'lb-related','h2')}{newsletter(s,'lb-nl')}{sidebar(s,'lb-box')}</aside></main>
<footer class="lb-footer">{ul(links(g(s,'footnav',[])))}{footer_lines(s)}</footer>'''
    return doc(s, p, body)

# ------------------------------------------------------------------ L: print view
def printview(s):
    p = 'pr'
    body = f'''<div class="print-header"><img src="/img/logo-print.png" alt="{esc(s['site'])}" width="180"><span class="print-site">{esc(s['site'])}</span>
<a href="javascript:window.print()" class="print-btn">{esc(g(s,'print_label','Print'))}</a> <a href="{s['url']}" class="print-close">{esc(g(s,'back','Back'))}</a></div>
<div class="print-url">{esc(s['url'])}</div>
<div class="print-article">
{('<p class="print-rubrika">'+esc(s['kicker'])+'</p>') if g(s,'kicker') else ''}
<h1>{s['h1_html']}</h1>
<p class="print-meta">{s['meta_html']}</p>
{('<p class="print-perex"><strong>'+s['standfirst']+'</strong></p>') if g(s,'standfirst') else ''}
{figure(s,'print-img','div','p')}
<div class="print-text">
{para_html(s['paras'])}
</div>
{g(s,'author_box')}
{related_html(s,'print-related','h3')}
</div>
<div class="print-footer">{footer_lines(s)}</div>
<script>window.addEventListener('load',function(){{setTimeout(function(){{window.print()}},600)}});</script>'''
    return doc(s, p, body, '<meta name="robots" content="noindex, follow"><link rel="stylesheet" media="print" href="/css/print.css">')

# ------------------------------------------------------------------ M: Ghost / Hugo minimal blog
def blog(s):
    p = g(s, 'prefix', 'gh')
    body = f'''<div class="site-wrapper">
<header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">{esc(s['site'])}</a>
<nav class="gh-head-menu">{ul(links(s['nav']),'nav')}</nav>{g(s,'topbar')}</div></header>
<main id="site-main" class="site-main">
<article class="article post {g(s,'post_cls','tag-news')}">
<header class="article-header gh-canvas">
{crumbs(s,'/','post-crumbs')}
{('<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/x/">'+esc(s['kicker'])+'</a></span></section>') if g(s,'kicker') else ''}
<h1 class="article-title">{s['h1_html']}</h1>
{('<p class="article-excerpt">'+s['standfirst']+'</p>') if g(s,'standfirst') else ''}
<div class="article-byline"><div class="article-byline-content">{s['meta_html']}</div></div>
{figure(s,'article-image','figure','figcaption')}
</header>
<section class="gh-content gh-canvas">
{para_html(s['paras'])}
</section>
{g(s,'author_box')}
{share(s,'post-share')}
</article>
{newsletter(s,'footer-cta')}
{comments_html(s,'section','article-comments gh-canvas')}
<aside class="read-more-wrap">{related_html(s,'read-more','h2')}{sidebar(s,'tag-cloud')}</aside>
</main>
<footer class="site-footer outer"><div class="inner">{ul(links(g(s,'footnav',[])))}{footer_lines(s)}</div></footer>
{cookie(s,'cc-window')}
</div>'''
    return doc(s, p, body, g(s, 'gen_meta', '<meta name="generator" content="Ghost 5.75">'))

# ------------------------------------------------------------------ N: Wix / Squarespace style builder
def wix(s):
    wrapp = lambda x: x if x.startswith('<') else '<p class="mm8Nw _1j-51">' + x + '</p>'
    p = 'wx'
    def d(i): return f'comp-l{i:03d}x{hh(s["url"])%97}'
    paras = '\n'.join(
        f'<div data-hook="rcv-block{i}" class="_2PHJq public-DraftStyleDefault-ltr">{wrapp(x)}</div>'
        for i, x in enumerate(s['paras']))
    body = f'''<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="xU8fqS"><div id="{d(1)}" class="wixui-rich-text"><p class="font_0"><a href="/">{esc(s['site'])}</a></p></div>
<nav id="{d(2)}" class="StylableHorizontalMenu" aria-label="Site">{ul(links(s['nav']),'itemDepth02233374943__root')}</nav>{g(s,'topbar')}</header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="blog-post-page">
<div data-hook="post-page"><article data-hook="post" class="blog-post-page-font">
<div data-hook="post-header" class="_1Bt8b">{crumbs(s,'›','blog-breadcrumbs')}
<div class="post-metadata"><span data-hook="user-name">{esc(g(s,'author','Admin'))}</span> <span data-hook="time-ago" class="post-metadata__date">{s['meta_html']}</span> <span data-hook="time-to-read">{esc(g(s,'readtime',''))}</span></div></div>
<h1 data-hook="post-title" class="blog-post-title-font _3vIGW">{s['h1_html']}</h1>
<div data-hook="post-description" class="post-content__body"><div class="_6SyeS"><div data-rich-content-viewer="true">
{('<div data-hook="rcv-block-lead"><h2 class="_1Xgm2">'+s['standfirst']+'</h2></div>') if g(s,'standfirst') else ''}
{figure(s,'_3JFoZ','figure','figcaption')}
{paras}
</div></div></div>
{tags(s,'post-tags')}
{share(s,'post-footer__share')}
</article></div>
{related_html(s,'recent-posts','h2')}
{comments_html(s,'section','comments-widget')}
</div></div></main>
<footer id="SITE_FOOTER"><div class="wixui-rich-text">{footer_lines(s)}</div>{newsletter(s,'wixui-form')}</footer>
{cookie(s,'consent-banner-root')}
</div></div></div>
<script type="application/json" id="wix-warmup-data">{{"appsWarmupData":{{"blog":{{"postPageRenderingType":"ssr","instanceId":"a1b2c3d4"}}}}}}</script>'''
    return doc(s, p, body, '<meta name="generator" content="Wix.com Website Builder">')

# ------------------------------------------------------------------ O: AEM / SiteVision component grid
def aem(s):
    p = g(s, 'prefix', 'cmp')
    if p == 'sv':
        col = lambda inner, n: f'<div class="sv-layout sv-column-{n} sv-template-layout">{inner}</div>'
        port = lambda cls, inner: f'<div class="sv-portlet sv-{cls}-portlet">{inner}</div>'
    else:
        col = lambda inner, n: f'<div class="aem-GridColumn aem-GridColumn--default--{n}">{inner}</div>'
        port = lambda cls, inner: f'<div class="{cls} cmp-{cls} aem-GridColumn">{inner}</div>'
    body = f'''<div class="root responsivegrid"><div class="aem-Grid aem-Grid--12">
{cookie(s,'cmp-consent')}
{port('header', '<a class="logo" href="/">' + esc(s['site']) + '</a>' + g(s,'topbar') + nav(s,'cmp-navigation'))}
{port('breadcrumb', crumbs(s,'›','cmp-breadcrumb__list'))}
{col(port('title', (('<p class="cmp-title__kicker">'+esc(s['kicker'])+'</p>') if g(s,'kicker') else '') + '<h1 class="cmp-title__text">' + s['h1_html'] + '</h1>') +
     port('meta', '<div class="cmp-pressrelease__meta">' + s['meta_html'] + '</div>') +
     (port('teaser', '<p class="cmp-text__lead">' + s['standfirst'] + '</p>') if g(s,'standfirst') else '') +
     port('image', figure(s,'cmp-image','figure','figcaption')) +
     port('text', '<div class="cmp-text">' + para_html(s['paras']) + '</div>') +
     g(s,'author_box') + port('share', share(s,'cmp-share')), 8)}
{col(port('related', related_html(s,'cmp-list','h2')) + port('contact', g(s,'side_extra')) + port('newsletter', newsletter(s,'cmp-form')), 4)}
{port('footer', ul(links(g(s,'footnav',[]))) + footer_lines(s))}
</div></div>
<script src="/etc.clientlibs/site/clientlibs/clientlib-site.min.js"></script>'''
    return doc(s, p, body)

SKELETONS = dict(wp=wp, drupal=drupal, typo3=typo3, joomla=joomla, table=table, nextjs=nextjs, nuxt=nuxt,
                 amp=amp, gov=gov, newswire=newswire, liveblog=liveblog, printview=printview, blog=blog,
                 wix=wix, aem=aem)
