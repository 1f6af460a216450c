import json, os, sys, random
sys.path.insert(0, os.path.dirname(__file__))
from common import *
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev7")
SK = {
 'wp':   dict(art='article class="post-%d post type-post status-publish format-standard hentry"', body='div class="entry-content"', main='main id="main" class="site-main"', side='aside id="secondary" class="widget-area"', hdr='header id="masthead" class="site-header"', ftr='footer id="colophon" class="site-footer"'),
 'drupal': dict(art='article role="article" class="node node--type-article node--view-mode-full" data-history-node-id="%d"', body='div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item"', main='main role="main" class="layout-content"', side='aside class="layout-sidebar-second" role="complementary"', hdr='header role="banner" class="region region-header"', ftr='footer role="contentinfo" class="site-footer"'),
 'typo3': dict(art='div id="c%d" class="frame frame-default frame-type-news_newsdetail"', body='div class="news-text-wrap" itemprop="articleBody"', main='div id="content" class="main-section"', side='div class="sidebar col-md-4"', hdr='div id="page-header" class="header"', ftr='div id="page-footer" class="footer"'),
 'joomla': dict(art='div class="item-page" itemscope itemtype="https://schema.org/Article" data-id="%d"', body='div itemprop="articleBody" class="com-content-article__body"', main='div id="content" class="span9"', side='div id="aside" class="span3"', hdr='div class="header"', ftr='div class="footer"'),
 'next': dict(art='div class="ArticleLayout_root__x%d"', body='div class="ArticleBody_body__3kQ2a"', main='div id="__next"', side='div class="Rail_rail__9fQpL"', hdr='div class="Header_header__2Zk8u"', ftr='div class="Footer_footer__1Wm4c"'),
 'nuxt': dict(art='section class="article-detail" data-v-%dabc', body='div class="article-content" data-v-7f3c2a1e', main='div id="__nuxt"', side='div class="aside-col"', hdr='div class="top-bar"', ftr='div class="bottom"'),
 'gov': dict(art='div class="article content" id="art%d"', body='div class="article-text"', main='main id="content" class="page-main"', side='nav class="related-links" aria-label="Related"', hdr='header class="govheader"', ftr='footer class="govfooter"'),
 'sharepoint': dict(art='div class="ms-rtestate-field" id="ctl00_PlaceHolderMain_%d"', body='div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field"', main='div id="s4-bodyContainer"', side='div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"', hdr='div id="s4-titlerow" class="ms-dialogHidden"', ftr='div id="footer-sp" class="ms-footer"'),
 'ghost': dict(art='article class="article post tag-news featured" data-p="%d"', body='section class="gh-content gh-canvas"', main='main id="site-main" class="site-main"', side='aside class="read-more-wrap outer"', hdr='header id="gh-head" class="gh-head outer"', ftr='footer class="site-footer outer"'),
 'hugo': dict(art='article class="single" data-w="%d"', body='div class="content"', main='main class="container"', side='aside class="toc-and-more"', hdr='header class="site-header"', ftr='footer class="site-footer"'),
 'aem': dict(art='div class="cmp-container" id="container-%d"', body='div class="text cmp-text"', main='main class="root responsivegrid"', side='div class="aem-GridColumn aem-GridColumn--default--4"', hdr='div class="experiencefragment cmp-header"', ftr='div class="experiencefragment cmp-footer"'),
 'wix': dict(art='div id="comp-k%d" class="_2Hij5 _3bLYT"', body='div data-hook="post-description" class="_1XdmQ"', main='div id="SITE_CONTAINER"', side='div id="comp-side" class="_1vNJf"', hdr='header id="SITE_HEADER" class="_1UbcR"', ftr='footer id="SITE_FOOTER" class="_2Wpi3"'),
 'news': dict(art='div class="story" data-story-id="%d"', body='div class="story__text"', main='div class="page-wrap"', side='div class="rightcol"', hdr='div class="masthead"', ftr='div class="pagefooter"'),
}
def tagname(s): return s.split()[0]

def build(d, seed):
    sk = SK[d['skel']]
    r = random.Random(seed)
    host = d['url'].split('/')[2]
    h = []
    h.append('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' % (d['lang'], ' dir="rtl"' if d.get('rtl') else ''))
    h.append('<title>%s</title>\n' % E(d['head_title']))
    h.append(d.get('meta', ''))
    h.append('\n<link rel="stylesheet" href="https://%s/assets/css/main.%x.css">\n<style>\n%s\n</style>\n' % (host, r.randint(1<<20, 1<<28), css(seed, d.get('font', 'Georgia,serif'), d.get('color', '#b00'))))
    h.append('<script>%s</script>\n</head>\n<body class="%s">\n' % (tracker(seed, host), d.get('bodycls', 'single')))
    if d.get('cookie'):
        h.append('<div class="cookie" id="cookie-consent" role="dialog"><p>%s</p><button class="btn">%s</button> <button class="btn">%s</button></div>\n' % (E(d['cookie'][0]), E(d['cookie'][1]), E(d['cookie'][2])))
    h.append('<%s><div class="wrap"><a class="logo" href="/">%s</a>%s\n<nav class="nav">%s</nav></div></%s>\n' % (sk['hdr'], E(d['site']), d.get('topline', ''), ul(d['nav'], 'menu'), tagname(sk['hdr'])))
    h.append('<%s><div class="wrap">\n' % sk['main'])
    if d.get('crumbs'):
        h.append('<nav class="crumbs" aria-label="breadcrumb"><ol>%s</ol></nav>\n' % ''.join('<li><a href="#">%s</a></li>' % E(c) for c in d['crumbs']))
    h.append('<div class="main">\n')
    art = sk['art'] % r.randint(1000, 99999) if '%d' in sk['art'] else sk['art']
    h.append('<%s>\n' % art)
    h.append(d.get('pre_head', ''))
    if d.get('kicker'):
        h.append('<span class="kicker">%s</span>\n' % E(d['kicker']))
    h.append(d['headline_html'] + '\n')
    if d.get('standfirst'):
        h.append('<p class="lead standfirst"><strong>%s</strong></p>\n' % E(d['standfirst']))
    h.append(d.get('byline_html', '') + '\n')
    if d.get('share'):
        h.append('<div class="share">%s</div>\n' % ''.join('<a href="#">%s</a>' % E(s) for s in d['share']))
    if d.get('caption'):
        h.append('<figure class="wp-caption"><img src="https://%s/media/%x.jpg" alt="" width="760" height="430"><figcaption class="caption">%s</figcaption></figure>\n' % (host, r.randint(1<<20, 1<<30), E(d['caption'])))
    ps = list(d['body'])
    if d.get('pullquote'):
        ps.insert(min(2, len(ps)), None)
    inner = []
    if d.get('dateline_html'):
        ps[0] = d['dateline_html'] + ps[0]
    for p in ps:
        if p is None:
            inner.append('<blockquote class="pullquote"><p>%s</p></blockquote>' % E(d['pullquote']))
        elif p.startswith('<'):
            inner.append(p)
        else:
            inner.append('<p>%s</p>' % p)
    if d.get('inline_related'):
        inner.insert(len(inner) - 1, '<div class="inline-related"><span>%s</span> <a href="#">%s</a></div>' % (E(d['inline_related'][0]), E(d['inline_related'][1])))
    h.append('<%s>\n%s\n</%s>\n' % (sk['body'], '\n'.join(inner), tagname(sk['body'])))
    h.append(d.get('after_body', ''))
    if d.get('tags'):
        h.append('<div class="tags">%s</div>\n' % ' '.join('<a rel="tag" href="#">%s</a>' % E(t) for t in d['tags']))
    if d.get('authorbox'):
        h.append('<div class="author-box"><img src="/a.jpg" alt=""><p class="bio">%s</p></div>\n' % E(d['authorbox']))
    h.append('</%s>\n' % tagname(art))
    if d.get('related'):
        h.append('<section class="rel"><h3>%s</h3><ul>%s</ul></section>\n' % (E(d['related'][0]), ''.join('<li><a href="#">%s</a> <span class="date">%s</span></li>' % (E(a), E(b)) for a, b in d['related'][1])))
    if d.get('newsletter'):
        h.append('<div class="newsletter-box"><h4>%s</h4><p>%s</p><form><input type="email" placeholder="e-mail"><button class="btn">OK</button></form></div>\n' % (E(d['newsletter'][0]), E(d['newsletter'][1])))
    if d.get('comments'):
        h.append('<section id="comments" class="comments"><h3>%s</h3><ol>%s</ol></section>\n' % (E(d['comments'][0]), ''.join('<li class="comment"><div class="comment-meta"><b>%s</b> <span>%s</span></div><div class="comment-body"><p>%s</p></div></li>' % (E(a), E(b), E(c)) for a, b, c in d['comments'][1])))
    h.append('</div>\n')
    side = d.get('side')
    if side:
        h.append('<%s><h3>%s</h3>%s</%s>\n' % (sk['side'], E(side[0]), ''.join('<div class="teaser"><a href="#">%s</a></div>' % E(x) for x in side[1]), tagname(sk['side'])))
    h.append('</div></%s>\n' % tagname(sk['main']))
    fcols = ''.join('<div class="fcol"><h5>%s</h5>%s</div>' % (E(t), ul(items)) for t, items in d['footer'])
    h.append('<%s><div class="wrap">%s<p class="copy">%s</p></div></%s>\n' % (sk['ftr'], fcols, E(d['copyright']), tagname(sk['ftr'])))
    h.append(d.get('tail', ''))
    h.append('</body>\n</html>\n')
    return ''.join(h)

def main():
    from pages import PAGES
    for i, d in enumerate(PAGES):
        if d.get('raw'):
            out = d['raw']
        else:
            out = build(d, i + 11)
        out = pad_to(out, i + 5)
        open(os.path.join(OUT, d['name'] + '.html'), 'w', encoding='utf-8').write(out)
        exp = {k: d['exp'][k] for k in ['url', 'language', 'title', 'published', 'body_first', 'body_last', 'absent', 'notes']}
        json.dump(exp, open(os.path.join(OUT, d['name'] + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(PAGES))
if __name__ == '__main__':
    main()
