"""Skeleton renderers. Each takes a page spec dict p and returns full HTML."""
import hashlib, html as H

def esc(s):
    return H.escape(s, quote=True)

def g(p, k, d=""):
    v = p.get(k)
    return d if v is None else v

def ul(items, cls="", li_cls="", link=True, base="/"):
    out = [f'<ul class="{cls}">' if cls else "<ul>"]
    for i, it in enumerate(items):
        slug = "".join(c for c in it.lower() if c.isalnum())[:18] or f"s{i}"
        a = f'<a href="{base}{slug}/">{esc(it)}</a>' if link else esc(it)
        out.append(f'<li class="{li_cls}">{a}</li>' if li_cls else f"<li>{a}</li>")
    out.append("</ul>")
    return "\n".join(out)

def paras(p, tag_cls=""):
    c = f' class="{tag_cls}"' if tag_cls else ""
    return "\n".join(x if x.lstrip().startswith("<") else f"<p{c}>{x}</p>" for x in p["paras"])

def figure(p, fig="figure", cap="figcaption", cls="wp-caption"):
    f = p.get("figure")
    if not f:
        return ""
    src, c = f
    return (f'<{fig} class="{cls}"><img src="{src}" alt="" width="800" height="450" loading="lazy">'
            f'<{cap}>{c}</{cap}></{fig}>')

def related(p, wrap="aside", cls="related", h="h3", item_cls="rel-item"):
    r = p.get("related") or []
    if not r:
        return ""
    out = [f'<{wrap} class="{cls}"><{h}>{esc(p.get("related_h", "Related"))}</{h}><ul>']
    for i, it in enumerate(r):
        t, d = (it if isinstance(it, tuple) else (it, ""))
        ds = f' <span class="rel-date">{esc(d)}</span>' if d else ""
        out.append(f'<li class="{item_cls}"><a href="/{p["name"][:6]}/rel-{i+1}">{esc(t)}</a>{ds}</li>')
    out.append(f"</ul></{wrap}>")
    return "\n".join(out)

def comments(p, cls="comments", h="h3"):
    cs = p.get("comments") or []
    if not cs:
        return ""
    out = [f'<section class="{cls}" id="comments"><{h}>{esc(p.get("comments_h", "Comments"))}</{h}><ol>']
    for i, (who, when, txt) in enumerate(cs):
        out.append(f'<li class="comment" id="comment-{1000+i}"><div class="comment-meta"><b class="fn">{esc(who)}</b> '
                   f'<span class="comment-date">{esc(when)}</span></div><div class="comment-body"><p>{txt}</p></div></li>')
    out.append("</ol></section>")
    return "\n".join(out)

def cookie(p, cls="cookie-banner"):
    c = p.get("cookie")
    if not c:
        return ""
    t, b = c
    return f'<div class="{cls}" role="dialog"><p>{t}</p><button type="button">{esc(b)}</button></div>'

def newsletter(p, cls="newsletter-box"):
    n = p.get("newsletter")
    if not n:
        return ""
    return (f'<div class="{cls}"><p>{n}</p><form action="/newsletter" method="post">'
            f'<input type="email" name="email" placeholder="e-mail"><button>OK</button></form></div>')

def bio(p, cls="author-box"):
    b = p.get("bio")
    return f'<div class="{cls}"><p>{b}</p></div>' if b else ""

def crumbs(p, sep=" / ", cls="breadcrumb"):
    b = p.get("breadcrumb") or []
    if not b:
        return ""
    return f'<nav class="{cls}">' + sep.join(f'<a href="/{i}/">{esc(x)}</a>' for i, x in enumerate(b)) + "</nav>"

def css_pad(p, need):
    """Deterministic, plausible CSS used to pad pages to a realistic size."""
    props = ["margin:0 auto", "padding:.75rem 1rem", "font-size:1.0625rem", "line-height:1.55", "color:#1d1d1f",
             "background:#fff", "border-bottom:1px solid #e3e3e3", "display:flex", "gap:1.25rem",
             "max-width:72rem", "font-weight:600", "text-decoration:none", "letter-spacing:.01em"]
    sels = ["header", "nav", ".menu", ".menu li", ".menu a", "article", "aside", "footer", ".footer a", ".share",
            ".share a", ".related li", ".btn", ".card", ".card__title", ".card__meta", ".grid", ".col", ".teaser",
            ".meta", ".byline", ".tag", ".pagination", ".search input", ".skip-link", "figure", "figcaption"]
    pre = p.get("cssprefix", "site")
    out, i = [], 0
    seed = int(hashlib.md5(p["name"].encode()).hexdigest(), 16)
    while sum(len(x) for x in out) < need:
        s = sels[(i + seed) % len(sels)]
        a = props[(i * 3 + seed) % len(props)]
        b = props[(i * 7 + seed // 7) % len(props)]
        mq = i % 9 == 8
        rule = f".{pre} {s}{{{a};{b}}}"
        if mq:
            rule = f"@media (max-width:{640 + (i % 4) * 128}px){{{rule}}}"
        out.append(rule + "\n")
        i += 1
    return "".join(out)

def finish(p, doc, lo=10500, hi=17500):
    n = len(doc.encode("utf-8"))
    lo = p.get("target") or lo + int(hashlib.md5(p["name"].encode()).hexdigest()[-6:], 16) % 4500
    if n < lo:
        need = lo - n + 200
        kind = p.get("pad") or ["css", "svg", "js"][int(hashlib.md5(p["name"].encode()).hexdigest(), 16) % 3]
        if kind == "css":
            pad = css_pad(p, need)
            doc = doc.replace("</head>", f"<style id=\"theme-extra\">\n{pad}</style>\n</head>", 1)
        elif kind == "svg":
            doc = doc.replace("<body", "<body", 1)
            i = doc.index(">", doc.index("<body")) + 1
            doc = doc[:i] + "\n" + svg_pad(p, need) + doc[i:]
        else:
            doc = doc.replace("</body>", js_pad(p, need) + "\n</body>", 1)
    return doc

def svg_pad(p, need):
    icons = ["search", "menu", "close", "facebook", "x", "whatsapp", "mail", "print", "chevron-left", "chevron-right",
             "play", "camera", "clock", "user", "rss", "instagram", "youtube", "linkedin", "arrow-up", "download"]
    out, i = [], 0
    seed = int(hashlib.md5(p["name"].encode()).hexdigest()[:8], 16)
    while sum(len(x) for x in out) < need:
        a, b, c = (seed >> (i % 11)) % 19 + 1, (i * 7) % 23 + 1, (seed + i * 13) % 17 + 2
        out.append(f'<symbol id="icon-{icons[i % len(icons)]}{"" if i < len(icons) else i}" viewBox="0 0 24 24"><path d="M{a} {b}h{c}v{a%9+2}H{b%11+1}z m{c%5+1} {a%7+1}l{b%6+2} {c%4+3}-{a%5+1} {b%3+1}"/></symbol>\n')
        i += 1
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">\n' + "".join(out) + "</svg>"

def js_pad(p, need):
    import json
    keys = ["pageType", "section", "subsection", "contentId", "wordCount", "hasVideo", "paywall", "adSlots", "abTest", "consentVersion"]
    seed = int(hashlib.md5(p["name"].encode()).hexdigest()[:8], 16)
    slots, i = [], 0
    while len(json.dumps(slots)) < need - 300:
        slots.append({"id": f"div-gpt-ad-{seed % 9973}-{i}", "path": f"/2291{seed % 1000}/{p['lang']}/article/slot{i}",
                      "sizes": [[300, 250], [320, 100]] if i % 2 else [[728, 90], [970, 250]], "lazy": i > 1,
                      "targeting": {"pos": f"pos{i}", "kw": ["article", p["lang"]], "refresh": 30 + i}})
        i += 1
    dl = {k: None for k in keys}
    dl.update({"pageType": "article", "contentId": seed % 100000, "adSlots": len(slots), "consentVersion": "2.2"})
    return ("<script>window.dataLayer=window.dataLayer||[];dataLayer.push(" + json.dumps(dl) + ");\n"
            "window.adConfig=" + json.dumps(slots) + ";</script>")

def head_common(p, extra_css=""):
    return (f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{p["title_tag"]}</title>\n{g(p, "head")}\n'
            f'<link rel="canonical" href="{p["url"]}">\n<style>{extra_css}</style>')

def htmlopen(p, extra=""):
    d = f' dir="{p["dir"]}"' if p.get("dir") else ""
    return f'<!DOCTYPE html>\n<html lang="{p["lang_attr"] if p.get("lang_attr") else p["lang"]}"{d}{extra}>\n<head>\n'

def share(p, cls="share", labels=("Facebook", "X", "WhatsApp", "E-mail")):
    s = p.get("share_h", "")
    return (f'<div class="{cls}">{esc(s)} ' + " ".join(f'<a href="#share-{l.lower()}" rel="nofollow">{l}</a>' for l in labels)
            + "</div>")

def footer_cols(p, cls="footer-cols"):
    cols = p.get("footer_cols") or []
    out = [f'<div class="{cls}">']
    for h, items in cols:
        out.append(f'<div class="col"><h4>{esc(h)}</h4>{ul(items)}</div>')
    out.append("</div>")
    return "\n".join(out)

def kick(p, tag="span", cls="kicker"):
    k = p.get("kicker")
    return f'<{tag} class="{cls}">{k}</{tag}>' if k else ""

def stand(p, tag="p", cls="standfirst"):
    s = p.get("standfirst")
    return f'<{tag} class="{cls}">{s}</{tag}>' if s else ""


# ---------------------------------------------------------------- skeletons

def wordpress(p):
    body = f"""<body class="post-template-default single single-post postid-{4000+len(p['name'])*37} single-format-standard">
<a class="skip-link screen-reader-text" href="#content">{esc(p.get('skip','Skip to content'))}</a>
{cookie(p, 'cmplz-cookiebanner')}
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(p['site'])}</a></p>
<p class="site-description">{esc(p.get('tagline',''))}</p></div>
<nav id="site-navigation" class="main-navigation">{ul(p['nav'], 'menu', 'menu-item')}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{crumbs(p, ' &raquo; ', 'yoast-breadcrumbs')}
{g(p,'pre')}
<article id="post-{len(p['name'])*37}" class="post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header">{kick(p,'span','cat-links')}
<h1 class="entry-title">{p['headline']}</h1>
<div class="entry-meta">{p['date_html']} {g(p,'author_html')}</div></header>
{stand(p,'div','entry-summary')}
{figure(p,'figure','figcaption','wp-block-image')}
<div class="entry-content">
{paras(p)}
{g(p,'after_body')}
</div>
<footer class="entry-footer">{share(p,'sharedaddy sd-sharing-enabled')}</footer>
</article>
{bio(p,'author-info')}
{related(p,'div','jp-relatedposts','h3','jp-relatedposts-post')}
{comments(p,'comments-area','h2')}
</main></div>
<aside id="secondary" class="widget-area">{newsletter(p,'widget widget_mc4wp_form_widget')}
<section class="widget widget_categories"><h2 class="widget-title">{esc(p.get('cats_h','Categories'))}</h2>{ul(p['nav'][1:])}</section></aside>
</div>
<footer id="colophon" class="site-footer">{footer_cols(p,'footer-widgets')}<div class="site-info">{p['footer']}</div></footer>
</div>
<script>var wpApiSettings={{"root":"/wp-json/","nonce":"a1b2c3d4e5"}};</script>
</body></html>"""
    doc = htmlopen(p) + head_common(p, "body{font-family:Georgia,serif}.entry-title{font-size:2.2rem}") + \
        '\n<meta name="generator" content="WordPress 6.4.3">\n</head>\n' + body
    return finish(p, doc)


def drupal(p):
    body = f"""<body class="path-node page-node-type-{p.get('nodetype','news')}">
<a href="#main-content" class="visually-hidden focusable skip-link">{esc(p.get('skip','Skip to main content'))}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/site/logo.svg" alt="{esc(p['site'])}"></a><div class="site-name">{esc(p['site'])}</div></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation">{ul(p['nav'],'menu menu--main','menu-item')}</nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system">{crumbs(p,' › ','breadcrumb')}</div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title">{p['headline']}</span></h1></div>
<article role="article" class="node node--type-{p.get('nodetype','news')} node--view-mode-full">
<div class="node__meta">{g(p,'author_html')}<div class="field field--name-field-date field--type-datetime">{p['date_html']}</div></div>
{kick(p,'div','field field--name-field-category')}
{stand(p,'div','field field--name-field-lead')}
{figure(p,'div','div class="field--name-field-caption"','field field--name-field-image')}
<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{paras(p)}
</div>{g(p,'after_body')}</div>
</article>
{share(p,'block-addtoany')}
</div></div>
<aside class="layout-sidebar-second" role="complementary">{related(p,'div','views-element-container block-views-blocknews-related','h2','views-row')}
{newsletter(p,'block block-simplenews')}</aside>
</main>
<footer role="contentinfo"><div class="region region-footer">{footer_cols(p,'menu--footer')}<p class="copyright">{p['footer']}</p></div></footer>
</div></div>
{cookie(p,'eu-cookie-compliance-banner')}
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"/","currentLanguage":"{p['lang']}"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
</body></html>"""
    doc = htmlopen(p) + head_common(p, ".page-title{font-size:2rem}") + \
        '\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n</head>\n' + body
    doc = doc.replace('<div class="field--name-field-caption">', '<div class="field--name-field-caption">')
    doc = doc.replace('</div class="field--name-field-caption">', '</div>')
    return finish(p, doc)


def typo3(p):
    body = f"""<body id="p{70+len(p['name'])}">
{cookie(p,'cc-window cc-banner')}
<div class="page">
<header class="page-header"><div class="container"><a class="logo" href="/" title="{esc(p['site'])}"><img src="/fileadmin/templates/img/logo.png" alt="{esc(p['site'])}"></a>
<form class="search" action="/suche/"><input type="search" name="q"></form></div>
<nav class="mainnav">{ul(p['nav'],'nav-level-1','nav-item')}</nav></header>
<div class="container">{crumbs(p,' &gt; ','rootline')}
<div class="row"><main class="col-md-8 maincontent">
<!--TYPO3SEARCH_begin-->
<div id="c{1200+len(p['name'])*3}" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="header">{kick(p,'p','news-category')}<h1 itemprop="headline">{p['headline']}</h1></div>
<div class="footer"><p>{p['date_html']} {g(p,'author_html')}</p></div>
{stand(p,'div','lead')}
{figure(p,'figure','figcaption','news-img-wrap')}
<div class="news-text-wrap" itemprop="articleBody">
{paras(p,'bodytext')}
</div>
{g(p,'after_body')}
{share(p,'news-share')}
<div class="news-backlink-wrap"><a href="../">{esc(p.get('back','Back'))}</a></div>
</div></div></div>
<!--TYPO3SEARCH_end-->
</main>
<aside class="col-md-4 sidebar">{related(p,'div','news-related news-related-news','h4','news-list-item')}
{newsletter(p,'frame frame-newsletter')}</aside></div></div>
<footer class="page-footer">{footer_cols(p,'footer-nav')}<p>{p['footer']}</p></footer>
</div>
</body></html>"""
    doc = htmlopen(p) + """<!--
\tThis website is powered by TYPO3 - inspiring people to share!
\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->\n""" + head_common(p, ".news-single h1{font-size:1.9rem}") + '\n<meta name="generator" content="TYPO3 CMS">\n</head>\n' + body
    return finish(p, doc)


def joomla(p):
    body = f"""<body class="site com_content view-article no-layout no-task itemid-{100+len(p['name'])}">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="{esc(p['site'])}">{esc(p['site'])}</span></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post"><input name="searchword" class="inputbox search-query" type="search"></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="moduletable_menu">{ul(p['nav'],'nav menu nav-pills mod-list','item-10')}</div></nav>
<div class="moduletable">{crumbs(p,' » ','breadcrumb')}</div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{g(p,'pre')}
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{p['lang']}">
<div class="page-header">{kick(p,'p','category-name')}<h2 itemprop="headline">{p['headline']}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">{esc(p.get('details','Details'))}</dt>{p['date_html']}{g(p,'author_html')}</dl>
{stand(p,'p','intro lead')}
{figure(p,'div','p class="img_caption"','pull-none item-image')}
<div itemprop="articleBody">
{paras(p)}
</div>
{g(p,'after_body')}
<ul class="pager pagenav"><li class="previous"><a href="#prev">&lt; {esc(p.get('prev','Prev'))}</a></li><li class="next"><a href="#next">{esc(p.get('next','Next'))} &gt;</a></li></ul>
</div>
{comments(p,'jcomments','h4')}
</main>
<div id="aside" class="span3">{related(p,'div','moduletable relateditems','h3','')}{newsletter(p,'moduletable acymailing')}</div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container">{footer_cols(p)}<p class="pull-right"><a href="#top" id="back-top">↑</a></p><p>{p['footer']}</p></div></footer>
{cookie(p,'jb-cookie-decline')}
</body></html>"""
    doc = htmlopen(p) + head_common(p, ".item-page h2{font-size:1.8em}") + '\n<meta name="generator" content="Joomla! - Open Source Content Management">\n</head>\n' + body
    doc = doc.replace('</p class="img_caption">', '</p>')
    return finish(p, doc)


def nextjs(p):
    import json
    state = {"props": {"pageProps": {"article": p.get("next_state", {}), "locale": p["lang"]}}, "page": "/[section]/[slug]",
             "query": {"section": p.get("breadcrumb", ["x", "news"])[-1].lower(), "slug": p["url"].rsplit("/", 1)[-1]},
             "buildId": "k9Qz3WcXr0pT_lmN2", "isFallback": False, "gssp": True, "scriptLoader": []}
    cls = p.get("cssprefix", "c")
    body = f"""<body><div id="__next">
<div class="{cls}-layout_root__Xk2p">{cookie(p,cls+'-consent_banner__q8Zr')}
<header class="{cls}-header_wrap__1fG7"><a class="{cls}-header_logo__9dKe" href="/">{esc(p['site'])}</a>
<nav class="{cls}-nav_list__Lq0c">{ul(p['nav'],cls+'-nav_items__a1',cls+'-nav_item__b2')}</nav></header>
<main class="{cls}-article_main__T4hs"><article class="{cls}-article_article__Rq7n">
{crumbs(p,' · ',cls+'-crumbs_root__z0')}
<div class="{cls}-article_head__0pQe">{kick(p,'span',cls+'-article_hat__88Lm')}<h1 class="{cls}-article_title__3wVb">{p['headline']}</h1>
{stand(p,'h2',cls+'-article_subtitle__Wnq1')}
<div class="{cls}-article_meta__v7Dh">{g(p,'author_html')}{p['date_html']}</div></div>
{figure(p,'figure','figcaption',cls+'-media_figure__Yy2')}
<div class="{cls}-article_body__Hq2K" data-testid="article-body">
{paras(p, cls+'-article_paragraph__m1Xr')}
</div>{g(p,'after_body')}
{share(p,cls+'-share_bar__p0')}
</article>
<aside class="{cls}-sidebar_root__Bb4">{related(p,'section',cls+'-mostread_root__k3','h2',cls+'-mostread_item__k4')}{newsletter(p,cls+'-nl_box__u9')}</aside>
{comments(p,cls+'-comments_root__Zx1','h3')}
</main>
<footer class="{cls}-footer_root__Ee3">{footer_cols(p,cls+'-footer_cols__r2')}<p>{p['footer']}</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/webpack-8f2c1b7e.js" defer></script>
</body></html>"""
    doc = htmlopen(p) + head_common(p, "") + '\n<link rel="preload" href="/_next/static/css/2c4e8a1d.css" as="style">\n</head>\n' + body
    return finish(p, doc)


def nuxt(p):
    import json
    st = json.dumps(p.get("next_state", {}), ensure_ascii=False)
    body = f"""<body><div id="__nuxt"><div id="__layout"><div class="app" data-v-4a1c2e>
{cookie(p,'consent-bar')}
<header class="app-header" data-v-4a1c2e><a href="/" class="brand nuxt-link-active">{esc(p['site'])}</a>
<nav class="app-nav">{ul(p['nav'],'app-nav__list','app-nav__item')}</nav></header>
<div class="page-article" data-v-77d0b1>{crumbs(p,' / ','crumbs')}
<div class="article-header" data-v-77d0b1>{kick(p,'div','article-header__rubric')}<h1 class="article-header__title">{p['headline']}</h1>
<div class="article-header__meta">{p['date_html']} {g(p,'author_html')}</div>{stand(p,'p','article-header__lead')}</div>
{figure(p,'figure','figcaption','article-figure')}
<div class="article-content" data-v-77d0b1>
{paras(p,'article-content__p')}
</div>{g(p,'after_body')}
{share(p,'article-share')}
{related(p,'section','article-related','h3','article-related__item')}
{newsletter(p,'subscribe-card')}
{comments(p,'article-comments','h3')}
</div>
<footer class="app-footer">{footer_cols(p,'app-footer__cols')}<small>{p['footer']}</small></footer>
</div></div></div>
<script>window.__NUXT__={{layout:"default",data:[{{article:{st}}}],fetch:{{}},error:null,serverRendered:true,routePath:"{p['url'].split('.example',1)[-1].split('/',1)[-1]}"}};</script>
<script src="/_nuxt/runtime.3c9a.js" defer></script>
</body></html>"""
    doc = htmlopen(p, ' data-n-head-ssr') + head_common(p, "") + '\n</head>\n' + body
    return finish(p, doc)


def amp(p):
    body = f"""<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui">{cookie(p,'consent-inner')}</div></amp-consent>
<header class="amp-header"><a href="/" class="amp-logo">{esc(p['site'])}</a>
<button on="tap:sidebar1.toggle" class="hamburger">☰</button></header>
<amp-sidebar id="sidebar1" layout="nodisplay" side="left"><nav>{ul(p['nav'],'amp-menu')}</nav></amp-sidebar>
<main class="amp-main"><article class="amp-article">
{crumbs(p,' / ','amp-crumbs')}
{kick(p,'div','amp-rubric')}
<h1 class="amp-title">{p['headline']}</h1>
<div class="amp-meta">{p['date_html']} {g(p,'author_html')}</div>
{stand(p,'p','amp-lead')}
{('<figure class="amp-fig"><amp-img src="'+p['figure'][0]+'" width="800" height="450" layout="responsive"></amp-img><figcaption>'+p['figure'][1]+'</figcaption></figure>') if p.get('figure') else ''}
<div class="amp-body">
{paras(p)}
</div>{g(p,'after_body')}
<div class="amp-share"><amp-social-share type="vkontakte" width="40" height="40"></amp-social-share><amp-social-share type="telegram" width="40" height="40"></amp-social-share></div>
</article>
{related(p,'section','amp-related','h2','amp-related-item')}
{newsletter(p,'amp-subscribe')}
</main>
<footer class="amp-footer">{footer_cols(p,'amp-fcols')}<p>{p['footer']}</p></footer>
<amp-analytics type="metrika"><script type="application/json">{{"vars":{{"counterId":"88001122"}}}}</script></amp-analytics>
</body></html>"""
    doc = (f'<!doctype html>\n<html ⚡ lang="{p["lang"]}">\n<head>\n' + head_common(p, "") +
           '\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
           '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n'
           '</head>\n' + body)
    doc = doc.replace("<style>", "<style amp-custom>", 1)
    return finish(p, doc)


def table_old(p):
    navrows = "".join(f'<tr><td class="navcell"><a href="/nav{i}.html"><font size="2">{esc(x)}</font></a></td></tr>' for i, x in enumerate(p['nav']))
    rel = "".join(f'<tr><td><font size="1">&#8226; <a href="/rel{i}.html">{esc(t if isinstance(t,str) else t[0])}</a></font></td></tr>' for i, t in enumerate(p.get('related') or []))
    ps = "\n".join(f'<p><font face="Verdana" size="2">{x}</font></p>' for x in p['paras'])
    body = f"""<body bgcolor="#ffffff" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
{cookie(p,'cookiebar')}
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="{p.get('color','#003366')}" height="70">
<font color="#ffffff" size="5" face="Arial"><b>&nbsp;{esc(p['site'])}</b></font></td></tr>
<tr><td bgcolor="#dddddd"><font size="1">&nbsp;{crumbs(p,' &gt; ','crumb')}</font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr>
<td width="170" valign="top" bgcolor="#eeeeee"><table width="100%" cellpadding="3">{navrows}</table></td>
<td valign="top">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td>
{kick(p,'font class="kicker" size="2" color="#990000"','')}
<font face="Arial" size="4"><b class="headline">{p['headline']}</b></font><br>
<font size="1" color="#666666">{p['date_html']} {g(p,'author_html')}</font>
</td></tr><tr><td>
{stand(p,'p','lead')}
{('<table align="right" width="260"><tr><td><img src="'+p['figure'][0]+'" width="250"></td></tr><tr><td><font size="1"><i>'+p['figure'][1]+'</i></font></td></tr></table>') if p.get('figure') else ''}
{ps}
{g(p,'after_body')}
</td></tr></table>
<p><font size="1"><a href="javascript:window.print()">{esc(p.get('print','Print'))}</a> | <a href="javascript:history.back()">{esc(p.get('back','Back'))}</a></font></p>
</td>
<td width="200" valign="top" bgcolor="#f7f7f7"><b><font size="2">{esc(p.get('related_h',''))}</font></b><table>{rel}</table>
{newsletter(p,'nlbox')}</td>
</tr></table>
<table width="100%" bgcolor="#003366"><tr><td align="center"><font color="#ffffff" size="1">{p['footer']}</font></td></tr></table>
</body></html>"""
    doc = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n'
           f'<html lang="{p["lang"]}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           f'<title>{p["title_tag"]}</title>\n{g(p,"head")}\n<style>td{{font-family:Verdana,Arial}}</style>\n</head>\n' + body)
    doc = doc.replace('</font class="kicker" size="2" color="#990000">', '</font><br>')
    doc = doc.replace('<font class="kicker" size="2" color="#990000" class="">', '<font class="kicker" size="2" color="#990000">')
    return finish(p, doc)


def gov(p):
    body = f"""<body class="gov-page">
<div class="gov-topbar"><span>{esc(p.get('gov_top',''))}</span></div>
{cookie(p,'gov-cookie-notice')}
<header class="gov-header"><div class="gov-logo"><a href="/"><img src="/assets/coat-of-arms.svg" alt=""> <span>{esc(p['site'])}</span></a></div>
<nav class="gov-service-nav"><a href="/a11y">{esc(p.get('a11y','Accessibility'))}</a> <a href="/en">English</a></nav></header>
<nav class="gov-mainnav">{ul(p['nav'],'gov-menu')}</nav>
<div class="gov-wrap">{crumbs(p,' › ','gov-breadcrumb')}
<div class="gov-grid"><main class="gov-content" id="content">
{g(p,'pre')}<div class="gov-pr-head">{kick(p,'p','gov-doctype')}<h1 class="gov-title">{p['headline']}</h1>
<dl class="gov-meta">{p['date_html']}{g(p,'author_html')}</dl></div>
{stand(p,'p','gov-lead')}
{figure(p,'figure','figcaption','gov-figure')}
<div class="gov-text">
{paras(p)}
</div>
{g(p,'after_body')}
{share(p,'gov-share')}
</main>
<aside class="gov-aside">{related(p,'div','gov-related','h2','gov-related-item')}{newsletter(p,'gov-subscribe')}</aside></div></div>
<footer class="gov-footer">{footer_cols(p,'gov-footer-cols')}<p>{p['footer']}</p></footer>
</body></html>"""
    doc = htmlopen(p) + head_common(p, ".gov-title{font-size:2rem}") + "\n</head>\n" + body
    return finish(p, doc)


def newswire(p):
    body = f"""<body class="release-page">
{cookie(p,'onetrust-banner-sdk')}
<header class="wire-header"><a class="wire-logo" href="/">{esc(p['site'])}</a>
<nav class="wire-nav">{ul(p['nav'],'wire-menu')}</nav><a class="wire-cta" href="/send">{esc(p.get('cta','Send a release'))}</a></header>
<div class="wire-container">{crumbs(p,' &gt; ','wire-crumbs')}
<main class="release-body"><header class="release-header">{kick(p,'p','release-type')}
<h1 class="release-title">{p['headline']}</h1>{stand(p,'h2','release-subtitle')}
<p class="release-meta">{p['date_html']}{g(p,'author_html')}</p></header>
{figure(p,'figure','figcaption','release-media')}
<section class="release-text">
{paras(p)}
</section>
{g(p,'after_body')}
{share(p,'release-share')}
</main>
<aside class="release-sidebar">{related(p,'div','more-releases','h3','more-releases-item')}{newsletter(p,'wire-alerts')}</aside></div>
<footer class="wire-footer">{footer_cols(p,'wire-footer-links')}<p>{p['footer']}</p></footer>
</body></html>"""
    doc = htmlopen(p) + head_common(p, "") + "\n</head>\n" + body
    return finish(p, doc)


def ghost(p):
    body = f"""<body class="post-template tag-{p.get('tag','news')}"><div class="viewport">
{cookie(p,'gh-cookie')}
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{esc(p['site'])}</a></div>
<nav class="gh-head-menu">{ul(p['nav'],'nav','nav-item')}</nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">{esc(p.get('subscribe','Subscribe'))}</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas">{kick(p,'section','article-tag post-card-primary-tag')}
<h1 class="article-title">{p['headline']}</h1>{stand(p,'p','article-excerpt')}
<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta">{g(p,'author_html')}<div class="byline-meta-content">{p['date_html']}</div></div></div></div>
{figure(p,'figure','figcaption','article-image')}</header>
<section class="gh-content gh-canvas">
{paras(p)}
</section>{g(p,'after_body')}
</article>
{newsletter(p,'footer-cta outer')}
{comments(p,'article-comments gh-canvas','h2')}
</main>
<aside class="read-more-wrap outer">{related(p,'div','read-more inner','h2','post-card')}</aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">{p['footer']}</section>{footer_cols(p,'site-footer-nav')}<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div></body></html>"""
    doc = htmlopen(p) + head_common(p, ".article-title{font-size:2.6rem}") + '\n<meta name="generator" content="Ghost 5.79">\n</head>\n' + body
    return finish(p, doc)


def liveblog(p):
    ups = []
    for t, h, txt in p["updates"]:
        ups.append(f'<article class="lb-post"><header class="lb-post-head"><time class="lb-time">{t}</time>'
                   + (f'<h3>{h}</h3>' if h else "") + f'</header><div class="lb-post-body">{txt}</div></article>')
    body = f"""<body class="liveblog-page">
{cookie(p,'consent-popup')}
<header class="nh-header"><a class="nh-logo" href="/">{esc(p['site'])}</a><nav class="nh-nav">{ul(p['nav'],'nh-menu')}</nav></header>
<div class="nh-container">{crumbs(p,' / ','nh-crumbs')}
<main class="nh-main"><div class="nh-live-badge">{esc(p.get('live_badge','LIVE'))}</div>
<h1 class="nh-title">{p['headline']}</h1>
<div class="nh-meta">{p['date_html']} {g(p,'author_html')}</div>
{stand(p,'div','nh-summary')}
{figure(p,'figure','figcaption','nh-figure')}
<div class="nh-intro">{paras(p)}</div>
<div class="liveblog-feed" id="feed">
{"".join(ups)}
</div>
{g(p,'after_body')}
{share(p,'nh-share')}
</main>
<aside class="nh-aside">{related(p,'div','nh-related','h2','nh-related-item')}{newsletter(p,'nh-nl')}</aside></div>
<footer class="nh-footer">{footer_cols(p,'nh-fcols')}<p>{p['footer']}</p></footer>
</body></html>"""
    doc = htmlopen(p) + head_common(p, "") + "\n</head>\n" + body
    return finish(p, doc)


def squarespace(p):
    body = f"""<body id="collection-5f2a1b" class="header-overlay-alignment-center tweak-blog-item-width-medium view-item collection-type-blog">
{cookie(p,'sqs-cookie-banner-v2')}
<div class="Site" data-nc-base="header"><header class="Header Header--top"><div class="Header-inner"><div class="Header-branding"><a href="/" class="Header-branding-logo">{esc(p['site'])}</a></div>
<nav class="Header-nav">{ul(p['nav'],'Header-nav-inner','Header-nav-item')}</nav></div></header>
<main class="Main Main--blog-item"><section class="Main-content">
<article class="BlogItem hentry" id="article-{len(p['name'])}">
<div class="BlogItem-meta">{p['date_html']}{g(p,'author_html')}</div>
<h1 class="BlogItem-title" data-content-field="title">{p['headline']}</h1>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{figure(p,'div','p class="image-caption"','sqs-block image-block')}
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
{stand(p,'h3','intro')}
{paras(p)}
</div></div>
{g(p,'after_body')}
{newsletter(p,'sqs-block newsletter-block')}
</div></div></div>
<div class="BlogItem-share">{share(p,'Share-buttons')}</div>
</article>
<nav class="BlogItem-pagination">{related(p,'div','BlogItem-pagination-inner','h4','BlogItem-pagination-link')}</nav>
</section></main>
<footer class="Footer"><div class="sqs-layout">{footer_cols(p,'Footer-blocks')}<p>{p['footer']}</p></div></footer></div>
<script>Static.SQUARESPACE_CONTEXT = {{"website":{{"id":"5f2a1b0c","siteTitle":"{esc(p['site'])}"}},"templateId":"52a74dafe4b073a80cd253c5"}};</script>
</body></html>"""
    doc = htmlopen(p) + head_common(p, "") + "\n<!-- This is Squarespace. -->\n</head>\n" + body
    doc = doc.replace('</p class="image-caption">', '</p>')
    return finish(p, doc)


def aem(p):
    body = f"""<body class="page basicpage" id="page-{len(p['name'])}">
{cookie(p,'cmp-cookie-consent')}
<div class="root container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="header experiencefragment aem-GridColumn aem-GridColumn--default--12"><header class="cmp-header"><a class="cmp-header__logo" href="/">{esc(p['site'])}</a>
<nav class="cmp-navigation">{ul(p['nav'],'cmp-navigation__group','cmp-navigation__item')}</nav></header></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12">{crumbs(p,' › ','cmp-breadcrumb')}</div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title">{kick(p,'p','cmp-title__eyebrow')}<h1 class="cmp-title__text">{p['headline']}</h1></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text cmp-text--meta">{p['date_html']} {g(p,'author_html')}</div>
{stand(p,'div','cmp-text cmp-text--lead')}
{figure(p,'div','span class="cmp-image__title"','cmp-image')}
<div class="cmp-text" data-cmp-data-layer='{{"text-{len(p['name'])}":{{"@type":"core/wcm/components/text/v2/text"}}}}'>
{paras(p)}
</div>{g(p,'after_body')}{share(p,'cmp-share')}</div>
<div class="aem-GridColumn aem-GridColumn--default--4">{related(p,'div','cmp-list','h3','cmp-list__item')}{newsletter(p,'cmp-form cmp-newsletter')}</div>
<div class="footer experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-footer">{footer_cols(p,'cmp-footer__cols')}<p>{p['footer']}</p></footer></div>
</div></div></div>
<script>window.adobeDataLayer = window.adobeDataLayer || [];</script>
</body></html>"""
    doc = htmlopen(p) + head_common(p, "") + "\n</head>\n" + body
    doc = doc.replace('</span class="cmp-image__title">', '</span>')
    return finish(p, doc)


def hugo(p):
    body = f"""<body class="single">
<header class="site-head"><div class="wrap"><a class="brand" href="/">{esc(p['site'])}</a><nav class="site-nav">{ul(p['nav'],'nav-list')}</nav></div></header>
{cookie(p,'consent')}
<main class="wrap"><article class="post h-entry">
<header class="post-header">{kick(p,'p','post-section')}<h1 class="post-title p-name">{p['headline']}</h1>
<div class="post-meta">{p['date_html']} {g(p,'author_html')}</div></header>
{stand(p,'p','post-summary')}
{figure(p,'figure','figcaption','post-cover')}
<div class="post-content e-content">
{paras(p)}
</div>
{g(p,'after_body')}
<footer class="post-footer">{share(p,'share-links')}</footer>
</article>
{bio(p,'author-card')}
{related(p,'section','see-also','h2','see-also-item')}
{newsletter(p,'subscribe-form')}
</main>
<footer class="site-foot"><div class="wrap">{footer_cols(p,'foot-cols')}<p>{p['footer']}</p></div></footer>
</body></html>"""
    doc = htmlopen(p) + head_common(p, "") + '\n<meta name="generator" content="Hugo 0.121.2">\n</head>\n' + body
    return finish(p, doc)


def paywall(p):
    body = f"""<body class="article-page regional">
{cookie(p,'sp_message_container')}
<div class="topbar"><span class="topbar-date">{p.get('topbar_date','')}</span> <a href="/epaper">{esc(p.get('epaper','E-Paper'))}</a> <a href="/abo">{esc(p.get('abo','Abo'))}</a> <a href="/login">Login</a></div>
<header class="masthead"><a class="logo" href="/">{esc(p['site'])}</a></header>
<nav class="ressorts">{ul(p['nav'],'ressort-list')}</nav>
<div class="page-wrap">{crumbs(p,' › ','breadcrumbs')}
<main class="article-main">{g(p,'pre')}<article class="article-detail" data-premium="true">
<header class="article-head">{kick(p,'span','article-dachzeile')}<h1 class="article-headline">{p['headline']}</h1>
{stand(p,'p','article-teaser')}
<div class="article-info">{g(p,'author_html')} {p['date_html']}</div></header>
{figure(p,'figure','figcaption','article-figure')}
<div class="article-text">
{paras(p,'article-p')}
</div>
{g(p,'after_body')}
{share(p,'article-share')}
</article>
{comments(p,'article-comments','h3')}
</main>
<aside class="sidebar">{related(p,'div','meistgelesen','h3','ml-item')}{newsletter(p,'nl-teaser')}</aside></div>
<footer class="site-footer">{footer_cols(p,'footer-links')}<p>{p['footer']}</p></footer>
</body></html>"""
    doc = htmlopen(p) + head_common(p, "") + "\n</head>\n" + body
    return finish(p, doc)


SKELETONS = {f.__name__: f for f in [wordpress, drupal, typo3, joomla, nextjs, nuxt, amp, table_old, gov, newswire,
                                      ghost, liveblog, squarespace, aem, hugo, paywall]}
