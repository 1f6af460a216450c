from common import *  # noqa


def wp(p):
    L = p['L']
    hd = head(p, ['.site-header', '.main-navigation', '.entry-title', '.entry-meta', '.entry-content', '.widget',
                  '.comment-list', '#colophon', '.cat-links', '.post-navigation'])
    b = f'''<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">{e(L.get('skip', 'Skip to content'))}</a>
{cookie_html(p, 'cmplz-cookiebanner')}
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{e(p['site'])}</a></p>
<p class="site-description">{e(p.get('tagline', ''))}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">{e(L['menu'])}</button>{nav_html(p, 'menu', 'menu-item')}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{crumbs_html(p, ' » ', 'yoast-breadcrumbs')}
<article id="post-{len(p['name'])*311}" class="post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header"><span class="cat-links">{e(p.get('kicker', ''))}</span>
<h1 class="entry-title">{p['title_html']}</h1>
<div class="entry-meta">{p['date_html']}</div></header>
{lead_fig(p, 'post-thumbnail')}
<div class="entry-content">
{standfirst_html(p, 'p', 'has-large-font-size chapo')}
{body_html(p)}
</div>
<footer class="entry-footer"><span class="tags-links">{e(L['tags'])}: {', '.join('<a href="/tag/%d" rel="tag">%s</a>' % (i, e(t)) for i, t in enumerate(p.get('tags', [])))}</span>
{share_html(p, 'sharedaddy sd-sharing-enabled')}</footer>
{bio_html(p, 'author-bio')}
</article>
<nav class="navigation post-navigation"><div class="nav-links">{related_list(p, 'ul', 'jp-relatedposts')}</div></nav>
<div id="comments" class="comments-area">{comments_html(p, 'comment-list-wrap')}
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">{e(L.get('leave', 'Leave a comment'))}</h3><form><textarea name="comment"></textarea><input type="submit" value="{a(L.get('post', 'Post'))}"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search"><input type="search" placeholder="{a(L['search'])}"></form></section>
{newsletter_html(p, 'widget mc4wp-form')}
<section class="widget widget_recent_entries"><h2 class="widget-title">{e(L['most_read'])}</h2>{related_list(p, 'ol', 'recent')}</section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{footer_lines(p)}</div></footer></div>
<script src="/wp-includes/js/wp-embed.min.js?ver=6.5.2" id="wp-embed-js"></script>'''
    return htmldoc(p, hd, b, body_attrs=' class="post-template-default single single-post"')


def drupal(p):
    L = p['L']
    hd = head(p, ['.layout-container', '.region-header', '.block-system-breadcrumb-block', '.node--type-news',
                  '.field--name-body', '.field--name-field-lead', '.views-element-container', '.region-footer', '.menu--main'])
    b = f'''<a href="#main-content" class="visually-hidden focusable skip-link">{e(L.get('skip', 'Skip to main content'))}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
{cookie_html(p, 'eu-cookie-compliance-banner')}
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/portal/logo.svg" alt="{a(p['site'])}"></a><div class="site-name">{e(p['site'])}</div></div>
<nav role="navigation" id="block-main-menu" class="block block-menu menu--main">{nav_html(p, 'menu', 'menu-item')}</nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block-system-breadcrumb-block">{crumbs_html(p, ' / ')}</div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article role="article" class="node node--type-news node--view-mode-full">
<div class="node__header"><div class="field field--name-field-category">{e(p.get('kicker', ''))}</div>
<h1 class="page-title"><span class="field field--name-title">{p['title_html']}</span></h1>
<div class="node__meta">{p['date_html']}</div></div>
<div class="field field--name-field-lead">{e(p.get('standfirst', ''))}</div>
{lead_fig(p, 'field field--name-field-image')}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(p)}
</div>
{p.get('after_body', '')}
{share_html(p, 'block-social-sharing')}
</article>
{bio_html(p, 'field--name-field-contact')}
<div class="views-element-container block"><h2>{e(L['related'])}</h2>{related_list(p, 'ul', 'view-content')}</div>
</div></main>
<aside class="layout-sidebar-second">{newsletter_html(p, 'block-newsletter')}<div class="block"><h2>{e(L['most_read'])}</h2>{related_list(p, 'ol', 'popular')}</div></aside>
<footer role="contentinfo"><div class="region region-footer">{footer_lines(p)}</div></footer>
</div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"/","currentLanguage":"{p['lang']}","isFront":false}},"ajaxTrustedUrl":{{}}}}</script>'''
    return htmldoc(p, hd, b, html_attrs=' dir="ltr" prefix="og: https://ogp.me/ns#"' if not p.get('dir') else '',
                   body_attrs=' class="path-node page-node-type-news"')


def typo3(p):
    L = p['L']
    hd = head(p, ['#page', '.header-top', '#mainnav', '.news-single', '.news-text-wrap', '.teaser-text', '.news-related',
                  '.paywall', '.footer-wrap', '.news-list-date'])
    b = f'''<!--TYPO3SEARCH_begin-->
<div id="page">{cookie_html(p, 'cc-window cc-banner')}
<div class="header-top"><a class="logo" href="/"><img src="/typo3conf/ext/site_kurier/Resources/Public/logo.png" alt="{a(p['site'])}"></a>
<div class="meta-links"><a href="/abo">{e(L.get('abo', 'Abo'))}</a> <a href="/login">Login</a> <a href="/epaper">E-Paper</a></div></div>
<nav id="mainnav">{nav_html(p, 'nav-main', 'first')}</nav>
<div class="container">{crumbs_html(p, ' &gt; ', 'rootline')}
<div id="content" class="row"><div class="col-md-8">
<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="header"><span class="news-kicker">{e(p.get('kicker', ''))}</span><h1 itemprop="headline">{p['title_html']}</h1></div>
<div class="news-list-date">{p['date_html']}</div>
{lead_fig(p, 'news-img-wrap')}
<div class="teaser-text" itemprop="description"><p>{e(p.get('standfirst', ''))}</p></div>
<div class="news-text-wrap" itemprop="articleBody">
{body_html(p, 'bodytext')}
</div>
{p.get('after_body', '')}
{share_html(p, 'news-share')}
<div class="news-related news-related-news"><h4>{e(L['related'])}</h4>{related_list(p)}</div>
</div></div></div>
<div class="col-md-4 sidebar">{newsletter_html(p, 'box nl-box')}<div class="box"><h4>{e(L['most_read'])}</h4>{related_list(p, 'ol', 'topnews')}</div></div></div></div>
<div class="footer-wrap">{footer_lines(p)}</div></div>
<!--TYPO3SEARCH_end-->'''
    return htmldoc(p, '<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n-->\n' + hd, b)


def joomla(p):
    L = p['L']
    hd = head(p, ['.container-header', '.mod-menu', '.item-page', '.article-info', '.com-content-article__body',
                  '.moduletable', '.pagenav', '.footer', '.mod-breadcrumbs'])
    b = f'''<div class="site-grid">{cookie_html(p, 'jb-cookie')}
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">{e(p['site'])}</a></div></div>
<div class="grid-child container-nav"><nav class="moduletable">{nav_html(p, 'mod-menu mod-list nav')}</nav></div></header>
<div class="grid-child container-component">{crumbs_html(p, ' / ', 'mod-breadcrumbs')}
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{p['lang']}">
<div class="page-header"><h2 itemprop="headline">{p['title_html']}</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">{e(L.get('details', 'Details'))}</dt>{p['date_html']}</dl>
{lead_fig(p, 'item-image')}
<div itemprop="articleBody" class="com-content-article__body">
{body_html(p)}
</div>
<ul class="tags list-inline">{''.join('<li class="list-inline-item"><a href="/tag/%d" class="btn btn-sm btn-info">%s</a></li>' % (i, e(t)) for i, t in enumerate(p.get('tags', [])))}</ul>
{share_html(p, 'social-share')}
<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/prev">&lt; {e(L.get('prev', 'Prev'))}</a> <a class="btn btn-sm btn-secondary next" href="/next">{e(L.get('next', 'Next'))} &gt;</a></span></nav>
</div>
{comments_html(p, 'jcomments')}
</main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">{e(L['related'])}</h3>{related_list(p, 'ul', 'mod-articles-category')}</div>
{newsletter_html(p, 'card acymailing_module')}</div>
<footer class="container-footer footer full-width"><div class="grid-child">{footer_lines(p)}</div></footer></div>'''
    return htmldoc(p, hd, b, body_attrs=' class="site com_content view-article layout-blog itemid-112"')


def ghost(p):
    L = p['L']
    hd = head(p, ['.gh-head', '.gh-head-menu', '.gh-article', '.gh-article-title', '.gh-content', '.gh-article-meta',
                  '.gh-read-next', '.gh-foot', '.kg-image-card', '.gh-subscribe'])
    b = f'''<div class="gh-site"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{e(p['site'])}</a></div>
<nav class="gh-head-menu">{nav_html(p, 'nav')}</nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">{e(L['subscribe'])}</a></div></div></header>
{cookie_html(p, 'cookie-notice')}
<main id="gh-main" class="gh-main"><article class="gh-article post tag-{p['slug_sec']}">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/{p['slug_sec']}/">{e(p.get('kicker', ''))}</a>
<h1 class="gh-article-title is-title">{p['title_html']}</h1>
{standfirst_html(p, 'p', 'gh-article-excerpt is-body')}
<div class="gh-article-meta"><div class="gh-article-author-image"><img src="/content/images/author.jpg" alt=""></div><div class="gh-article-meta-wrapper">{p['date_html']}</div></div>
{lead_fig(p, 'gh-article-image')}</header>
<section class="gh-content gh-canvas is-body">
{body_html(p)}
</section>
{share_html(p, 'gh-share gh-canvas')}
{bio_html(p, 'gh-author-card gh-canvas')}
</article>
{newsletter_html(p, 'gh-subscribe gh-outer')}
<section class="gh-read-next gh-canvas"><h3 class="gh-read-next-title">{e(L['related'])}</h3>{related_list(p, 'div', 'gh-read-next-feed')}</section>
{comments_html(p, 'gh-comments gh-canvas')}
</main>
<footer class="gh-foot outer"><div class="gh-foot-inner inner">{footer_lines(p)}<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/source.js?v=2b1c9a0e11"></script>'''
    return htmldoc(p, hd, b, body_attrs=' class="post-template tag-%s is-head-left-logo"' % p['slug_sec'])


def hugo(p):
    L = p['L']
    hd = head(p, ['.site-header', '.site-nav', '.post-single', '.post-header', '.post-content', '.post-meta',
                  '.post-footer', '.paginav', '.footer', '.toc'])
    b = f'''<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h">{e(p['site'])}</a></div>{nav_html(p, 'menu', '')}</nav></header>
{cookie_html(p, 'consent')}
<main class="main"><article class="post-single">
<header class="post-header">{crumbs_html(p, '&nbsp;»&nbsp;', 'breadcrumbs')}
<h1 class="post-title entry-hint-parent">{p['title_html']}</h1>
{standfirst_html(p, 'div', 'post-description')}
<div class="post-meta">{p['date_html']}</div></header>
{lead_fig(p, 'entry-cover')}
<div class="post-content">
{body_html(p)}
</div>
<footer class="post-footer"><ul class="post-tags">{''.join('<li><a href="/tags/%d/">%s</a></li>' % (i, e(t)) for i, t in enumerate(p.get('tags', [])))}</ul>
<nav class="paginav">{related_list(p, 'ul', 'paginav-list')}</nav>
{share_html(p, 'share-buttons')}</footer>
{comments_html(p, 'giscus')}
</article>
{newsletter_html(p, 'newsletter-box')}</main>
<footer class="footer">{footer_lines(p)}<span>Powered by <a href="https://gohugo.example/" rel="noopener noreferrer">Hugo</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">&uarr;</a>'''
    return htmldoc(p, '<meta name="generator" content="Hugo 0.125.4">\n' + hd, b, body_attrs=' class="" id="top"')


def nextjs(p):
    L = p['L']
    hd = head(p, ['.Header_root__x1', '.Nav_list__a9', '.Article_title__k2', '.Article_body__p0', '.Byline_root__q7',
                  '.Related_grid__z3', '.Footer_root__m1', '.Consent_banner__c4', '.Share_bar__s8'])
    state = p.get('state', {})
    b = f'''<div id="__next"><div class="Layout_wrapper__Zt1aQ">
{cookie_html(p, 'Consent_banner__c4Pq2')}
<header class="Header_root__x1Hq7"><a href="/" class="Header_logo__Kd9s1">{e(p['site'])}</a><nav>{nav_html(p, 'Nav_list__a9Lk2', 'Nav_item__b3')}</nav></header>
<main class="Layout_main__V2pQe">{crumbs_html(p, ' / ', 'Breadcrumb_root__u8R1f')}
<article class="Article_root__R6d2n"><div class="Article_kicker__P1x0s">{e(p.get('kicker', ''))}</div>
<h1 class="Article_title__k2Lm0">{p['title_html']}</h1>
{standfirst_html(p, 'p', 'Article_spot__J8w2c')}
<div class="Byline_root__q7Ty5">{p['date_html']}</div>
{lead_fig(p, 'Article_media__n4Ww1')}
<div class="Article_body__p0Xx3">
{body_html(p, 'Paragraph_p__s1Vd2')}
</div>
{share_html(p, 'Share_bar__s8Gg4')}
</article>
<section class="Related_grid__z3Rr8"><h2>{e(L['related'])}</h2>{related_list(p, 'ul', 'Related_list__g5')}</section>
{comments_html(p, 'Comments_root__h0Ee2')}
{newsletter_html(p, 'Newsletter_box__y7Ui9')}
</main>
<footer class="Footer_root__m1Nb6">{footer_lines(p)}</footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'''
    return htmldoc(p, hd + '\n<link rel="preload" href="/_next/static/css/9a1c0e2f.css" as="style">', b)


def nuxt(p):
    L = p['L']
    hd = head(p, ['.site-header', '.menu-bar', '.story-head', '.story-body', '.story-meta', '.trending', '.site-footer',
                  '.consent', '.social'])
    b = f'''<div id="__nuxt"><div id="__layout"><div class="app">
{cookie_html(p, 'consent')}
<header class="site-header"><a class="logo" href="/">{e(p['site'])}</a><nav class="menu-bar">{nav_html(p, 'menu')}</nav></header>
<div class="wrap">{crumbs_html(p, ' &gt; ', 'bc')}
<div class="story"><div class="story-head"><span class="story-cat">{e(p.get('kicker', ''))}</span><h1 class="story-title">{p['title_html']}</h1>
{standfirst_html(p, 'h2', 'story-synopsis')}
<div class="story-meta">{p['date_html']}</div></div>
{lead_fig(p, 'story-img')}
<div class="story-body">
{body_html(p)}
</div>
{share_html(p, 'social')}
</div>
<aside class="trending"><h3>{e(L['most_read'])}</h3>{related_list(p, 'ul', 'trend-list')}</aside>
{newsletter_html(p, 'nl')}
</div>
<footer class="site-footer">{footer_lines(p)}</footer></div></div></div>
<script>window.__NUXT__={json.dumps(p.get('state', {}), ensure_ascii=False)};</script>'''
    return htmldoc(p, hd, b)


def table(p):
    L = p['L']
    hd = head(p, ['table.main', 'td.nav', 'td.content', '.small', '.hdr', 'font.title', 'td.foot'], p.get('css', 600))
    navrows = ''.join('<tr><td class="nav"><a href="/%d.htm"><font face="Verdana" size="2">%s</font></a></td></tr>' % (i, e(n)) for i, n in enumerate(p['nav']))
    b = f'''<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#003366"><tr><td><font face="Verdana" size="5" color="#FFFFFF"><b>{e(p['site'])}</b></font><br><font face="Verdana" size="1" color="#CCCCCC">{e(p.get('tagline', ''))}</font></td></tr></table>
<table class="main" width="100%" border="0" cellpadding="6" cellspacing="0"><tr>
<td width="170" valign="top" bgcolor="#E8E8E8"><table width="100%" border="0">{navrows}</table>
<br><font face="Verdana" size="1"><b>{e(L['most_read'])}</b></font>{related_list(p, 'ul', 'small')}</td>
<td class="content" valign="top"><font face="Verdana" size="1">{crumbs_html(p, ' :: ', 'small')}</font><br>
<font class="title" face="Georgia" size="5"><b>{p['title_html']}</b></font><br>
<font face="Verdana" size="2"><i>{e(p.get('standfirst', ''))}</i></font><br>{p['date_html']}
{lead_fig(p, 'pic')}
<font face="Verdana" size="2">
{body_html(p)}
</font>
{p.get('after_body', '')}
<hr size="1" noshade>{share_html(p, 'small')}
{comments_html(p, 'guestbook')}
</td>
<td width="190" valign="top" bgcolor="#F5F5DC">{newsletter_html(p, 'small')}{bio_html(p, 'small')}</td></tr></table>
<table width="100%" bgcolor="#003366"><tr><td class="foot"><font face="Verdana" size="1" color="#FFFFFF">{footer_lines(p)}</font></td></tr></table>'''
    return '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n' + htmldoc(p, hd, b, body_attrs=' bgcolor="#FFFFFF" leftmargin="0" topmargin="0"')[16:]


def gov(p):
    L = p['L']
    hd = head(p, ['.gov-topbar', '.portal-header', '.portal-nav', '.content-wrapper', '.press-release', '.release-meta',
                  '.editor-content', '.contact-box', '.page-updated', '.portal-footer'])
    b = f'''<div class="gov-topbar"><span>{e(p.get('topbar', ''))}</span></div>
{cookie_html(p, 'cookie-info')}
<header class="portal-header"><a href="/" class="portal-logo"><img src="/img/emblem.svg" alt="" width="40"> {e(p['site'])}</a>
<form class="search" role="search"><input type="text" placeholder="{a(L['search'])}"></form></header>
<nav class="portal-nav">{nav_html(p, 'menu-main')}</nav>
<div class="content-wrapper">{crumbs_html(p, ' &gt; ', 'breadcrumbs')}
<h1 class="section-title">{e(p['section_h1'])}</h1>
<div class="press-release">
<h2 class="release-title">{p['title_html']}</h2>
<div class="release-meta">{p['date_html']}</div>
{standfirst_html(p, 'div', 'lead')}
{lead_fig(p, 'release-img')}
<div class="editor-content">
{body_html(p)}
</div>
{p.get('after_body', '')}
{bio_html(p, 'contact-box')}
{share_html(p, 'share-links')}
</div>
<div class="related-box"><h3>{e(L['related'])}</h3>{related_list(p)}</div>
{newsletter_html(p, 'subscribe-box')}
</div>
<footer class="portal-footer">{footer_lines(p)}</footer>'''
    return htmldoc(p, hd, b)


def amp(p):
    L = p['L']
    hd = head(p, ['.amp-header', '.amp-sidebar', '.amp-article', '.amp-title', '.amp-body', '.amp-meta', '.amp-related',
                  '.amp-footer', '.amp-consent'])
    hd = hd.replace('<style>', '<script async src="https://cdn.ampproject.example/v0.js"></script>\n<style amp-custom>')
    b = f'''<amp-consent id="consent" layout="nodisplay"><div class="amp-consent" id="consent-ui"><p>{e(p.get('cookie', ''))}</p><button on="tap:consent.accept">{e(L['accept'])}</button><button on="tap:consent.reject">{e(L['settings'])}</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{nav_html(p, 'amp-menu')}</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">&#9776;</button><a href="/">{e(p['site'])}</a></header>
<main><article class="amp-article">{crumbs_html(p, ' / ', 'amp-bc')}
<div class="amp-kicker">{e(p.get('kicker', ''))}</div>
<h1 class="amp-title">{p['title_html']}</h1>
<div class="amp-meta">{p['date_html']}</div>
{standfirst_html(p, 'p', 'amp-lead')}
<figure class="amp-lead-img"><amp-img src="{p['figure'][0]}" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>{e(p['figure'][1])}</figcaption></figure>
<div class="amp-body">
{body_html(p, '', 'amp')}
</div>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>
{share_html(p, 'amp-share')}
</article>
<section class="amp-related"><h3>{e(L['related'])}</h3>{related_list(p)}</section>
{newsletter_html(p, 'amp-nl')}</main>
<footer class="amp-footer">{footer_lines(p)}</footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics>'''
    return htmldoc(p, hd, b, html_attrs=' amp')


def aem(p):
    L = p['L']
    hd = head(p, ['.cmp-header', '.cmp-navigation', '.cmp-title', '.cmp-text', '.cmp-image', '.responsivegrid',
                  '.cmp-teaser', '.cmp-footer', '.cmp-breadcrumb', '.cmp-contentfragment'])
    b = f'''<div class="root responsivegrid"><div class="aem-Grid aem-Grid--12">
{cookie_html(p, 'onetrust-banner-sdk')}
<div class="header experiencefragment"><header class="cmp-header"><a class="cmp-header__logo" href="/">{e(p['site'])}</a><nav class="cmp-navigation">{nav_html(p, 'cmp-navigation__group', 'cmp-navigation__item')}</nav></header></div>
<div class="breadcrumb aem-GridColumn">{crumbs_html(p, ' ', 'cmp-breadcrumb')}</div>
<div class="text aem-GridColumn"><div class="cmp-text"><p class="eyebrow">{e(p.get('kicker', ''))}</p></div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h1 class="cmp-title__text">{p['title_html']}</h1></div></div>
<div class="text aem-GridColumn"><div class="cmp-text release-date">{p['date_html']}</div></div>
<div class="text aem-GridColumn"><div class="cmp-text subhead">{standfirst_html(p, 'p', 'cmp-text__subhead')}</div></div>
<div class="image aem-GridColumn">{lead_fig(p, 'cmp-image')}</div>
<div class="text aem-GridColumn"><div class="cmp-text" data-cmp-data-layer='{{"text-1":{{"@type":"core/wcm/components/text/v2/text"}}}}'>
{body_html(p)}
</div></div>
<div class="text aem-GridColumn"><div class="cmp-text media-contacts">{p.get('after_body', '')}</div></div>
<div class="teaser aem-GridColumn"><div class="cmp-teaser"><h3>{e(L['related'])}</h3>{related_list(p, 'ul', 'cmp-list')}</div></div>
{share_html(p, 'cmp-share aem-GridColumn')}
<div class="footer experiencefragment"><footer class="cmp-footer">{newsletter_html(p, 'cmp-form')}{footer_lines(p)}</footer></div>
</div></div>
<script src="/etc.clientlibs/corp/clientlibs/clientlib-site.lc-7f3a9-lc.min.js"></script>'''
    return htmldoc(p, hd, b)


def printview(p):
    L = p['L']
    hd = head(p, ['.print-header', '.print-article', '.print-meta', '.print-body', '.print-footer', '.noprint'], p.get('css', 1200))
    b = f'''<div class="noprint toolbar"><a href="javascript:window.print()">{e(L.get('print', 'Print'))}</a> | <a href="{a(p['url'])}">{e(L.get('back', 'Back'))}</a></div>
<div class="print-header"><img src="/gfx/logo-print.png" alt="{a(p['site'])}"><p class="print-url">{e(p['url'])}</p><p class="printed-on">{e(p['printed_on'])}</p></div>
<div class="print-article"><p class="print-section">{e(p.get('kicker', ''))}</p>
<h1>{p['title_html']}</h1>
<div class="print-meta">{p['date_html']}</div>
{standfirst_html(p, 'p', 'print-lead')}
{lead_fig(p, 'print-img')}
<div class="print-body">
{body_html(p)}
</div>
{p.get('after_body', '')}
{bio_html(p, 'print-author')}
</div>
<div class="print-related"><h3>{e(L['related'])}</h3>{related_list(p)}</div>
{comments_html(p, 'print-comments')}
<div class="print-footer">{footer_lines(p)}</div>
<div class="noprint">{cookie_html(p, 'cookie')}{newsletter_html(p, 'nl')}{share_html(p, 'share')}</div>'''
    return htmldoc(p, hd, b, body_attrs=' onload="window.print()"')


def liveblog(p):
    L = p['L']
    hd = head(p, ['.site-top', '.site-nav', '.live-header', '.live-badge', '.key-points', '.live-entry', '.entry-time',
                  '.live-feed', '.site-foot'])
    entries = []
    for t, txt in p['entries']:
        entries.append('<div class="live-entry"><div class="entry-time"><time>%s</time></div><div class="entry-body">%s</div></div>' % (
            e(t), ''.join('<p>%s</p>' % e(x) for x in txt)))
    b = f'''{cookie_html(p, 'consent-banner')}
<div class="site-top"><a href="/" class="brand">{e(p['site'])}</a><nav class="site-nav">{nav_html(p, 'nav')}</nav></div>
<main>{crumbs_html(p, ' / ')}
<header class="live-header"><span class="live-badge">{e(p.get('kicker', ''))}</span><h1>{p['title_html']}</h1>
<div class="live-meta">{p['date_html']}</div></header>
{lead_fig(p, 'live-lead-img')}
<section class="live-summary">
{body_html(p)}
</section>
<section class="live-feed">
{''.join(entries)}
</section>
{p.get('after_body', '')}
{share_html(p, 'share-bar')}
<section class="more"><h3>{e(L['related'])}</h3>{related_list(p)}</section>
{newsletter_html(p, 'nl-signup')}
</main>
<footer class="site-foot">{footer_lines(p)}</footer>'''
    return htmldoc(p, hd, b)


def wix(p):
    L = p['L']
    hd = head(p, ['#SITE_HEADER', '#comp-kx1', '[data-testid="richTextElement"]', '.blog-post-title-font', '.post-metadata',
                  '#SITE_FOOTER', '.wixui-rich-text', '.wixui-button', '[data-hook="post-description"]'])
    bp = []
    for i, x in enumerate(p['body']):
        t = text_of(x)
        if isinstance(x, tuple) and x[0] == 'h':
            bp.append('<h2 class="wixui-rich-text__text"><span style="font-weight:bold;">%s</span></h2>' % e(x[1]))
        elif t is not None:
            bp.append('<p class="font_8 wixui-rich-text__text" style="line-height:1.7em;"><span class="wixui-rich-text__text">%s</span></p>' % e(t))
        elif x[0] == 'fig':
            bp.append('<div data-hook="figure-IMAGE"><wow-image><img src="%s" alt=""></wow-image><span data-hook="image-caption">%s</span></div>' % (x[1], e(x[2])))
    b = f'''<div id="SITE_CONTAINER"><div id="main_MF"><div id="BACKGROUND_GROUP"></div>
{cookie_html(p, 'consent-banner-root')}
<header id="SITE_HEADER" class="wixui-header"><div id="comp-kx1" data-testid="richTextElement"><p class="font_0"><span>{e(p['site'])}</span></p></div>
<nav id="comp-menu" aria-label="Site">{nav_html(p, 'wixui-dropdown-menu', 'wixui-dropdown-menu__item')}</nav></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div data-hook="post-page">
<div data-hook="post-category" class="post-metadata">{e(p.get('kicker', ''))}</div>
<h1 class="blog-post-title-font" data-hook="post-title"><span class="post-title">{p['title_html']}</span></h1>
<div class="post-metadata" data-hook="post-metadata">{p['date_html']}</div>
<div data-hook="post-description"><div data-id="rich-content-viewer" class="rich-content">
{standfirst_html(p, 'p', 'font_7 wixui-rich-text__text')}
{''.join(bp)}
</div></div>
<div data-hook="post-footer">{share_html(p, 'wixui-share')}</div>
<div data-hook="recent-posts"><h2>{e(L['related'])}</h2>{related_list(p, 'ul', 'recent-posts-list')}</div>
{comments_html(p, 'comments-widget')}
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">{newsletter_html(p, 'wixui-form')}{footer_lines(p)}</footer></div></div>
<script type="application/json" id="wix-warmup-data">{{"appsWarmupData":{{}},"ssrSucceeded":true}}</script>'''
    return htmldoc(p, hd, b)


def newswire(p):
    L = p['L']
    hd = head(p, ['.nw-header', '.nw-nav', '.release-body', '.release-header', '.release-meta', '.nw-sidebar', '.nw-footer',
                  '.contact-info', '.multimedia'])
    b = f'''{cookie_html(p, 'nw-cookies')}
<div class="nw-header"><a href="/" class="nw-logo">{e(p['site'])}</a><nav class="nw-nav">{nav_html(p, 'nw-menu')}</nav></div>
<div class="container">{crumbs_html(p, ' › ')}
<div class="row"><div class="col-main"><header class="release-header"><p class="release-type">{e(p.get('kicker', ''))}</p>
<h1>{p['title_html']}</h1>
{standfirst_html(p, 'h2', 'release-subtitle')}
<div class="release-meta">{p['date_html']}</div></header>
{lead_fig(p, 'multimedia')}
<section class="release-body">
{body_html(p)}
</section>
{p.get('after_body', '')}
{share_html(p, 'release-share')}
</div>
<aside class="nw-sidebar"><h3>{e(L['related'])}</h3>{related_list(p)}{newsletter_html(p, 'nw-alerts')}</aside></div></div>
<footer class="nw-footer">{footer_lines(p)}</footer>'''
    return htmldoc(p, hd, b)


def portal(p):
    """Generic Asian/ME news portal div soup with ids."""
    L = p['L']
    hd = head(p, ['#header', '#gnb', '#container', '#articleTitle', '#articleBody', '.article_info', '#aside', '#footer',
                  '.ranking', '.reporter_area', '.copyright'])
    b = f'''<div id="wrap">{cookie_html(p, 'layer_cookie')}
<div id="header"><h1 class="logo"><a href="/">{e(p['site'])}</a></h1><div id="gnb">{nav_html(p, 'gnb_list')}</div></div>
<div id="container"><div id="content">{crumbs_html(p, ' &gt; ', 'location')}
<div class="article_head"><p class="section_name">{e(p.get('kicker', ''))}</p>
<h2 id="articleTitle" class="tit_article">{p['title_html']}</h2>
{standfirst_html(p, 'h3', 'sub_title')}
<div class="article_info">{p['date_html']}</div></div>
{lead_fig(p, 'article_photo')}
<div id="articleBody" class="article_body">
{body_html(p)}
</div>
{p.get('after_body', '')}
{bio_html(p, 'reporter_area')}
{share_html(p, 'sns_share')}
{comments_html(p, 'cmt_area')}
<div class="related_news"><h3>{e(L['related'])}</h3>{related_list(p)}</div></div>
<div id="aside"><div class="ranking"><h3>{e(L['most_read'])}</h3>{related_list(p, 'ol', 'rank_list')}</div>{newsletter_html(p, 'nl_box')}</div></div>
<div id="footer">{footer_lines(p)}</div></div>'''
    return htmldoc(p, hd, b)


SKELETONS = dict(wp=wp, drupal=drupal, typo3=typo3, joomla=joomla, ghost=ghost, hugo=hugo, nextjs=nextjs, nuxt=nuxt,
                 table=table, gov=gov, amp=amp, aem=aem, printview=printview, liveblog=liveblog, wix=wix,
                 newswire=newswire, portal=portal)
