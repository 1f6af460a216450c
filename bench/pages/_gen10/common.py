#!/usr/bin/env python3
"""Generator for heldout7 pages. Content lives in pages_*.py; skeletons here."""
import html, json, os, random, re, sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout7')
OUT = os.path.normpath(OUT)


def e(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- sentences
def _split(t):
    t = t.strip()
    parts = []
    cur = ''
    i = 0
    while i < len(t):
        ch = t[i]
        cur += ch
        if ch in '。！？':
            # swallow closing quotes
            while i + 1 < len(t) and t[i + 1] in '」』”"）)':
                i += 1
                cur += t[i]
            parts.append(cur.strip()); cur = ''
        elif ch in '.!?' and i + 1 < len(t):
            j = i + 1
            while j < len(t) and t[j] in '"”»«\')’':
                j += 1
            if j < len(t) and t[j] == ' ' and not (i > 0 and t[i - 1].isdigit()):
                cur += t[i + 1:j]
                i = j
                parts.append(cur.strip()); cur = ''
        i += 1
    if cur.strip():
        parts.append(cur.strip())
    return parts


def text_of(item):
    if isinstance(item, str):
        return item
    if item[0] == 'dl':
        return item[2]
    if item[0] in ('quote', 'li'):
        return item[1]
    return None


def body_texts(p):
    return [t for t in (text_of(x) for x in p['body']) if t]


def first_last(p):
    ts = body_texts(p)
    f = p.get('first') or _split(ts[0])[0]
    l = p.get('last') or _split(ts[-1])[-1]
    return f, l


# ---------------------------------------------------------------- css padding
PROPS = ['margin:0 auto', 'padding:0 16px', 'display:flex', 'display:block', 'display:none', 'font-size:14px',
         'font-size:1.125rem', 'line-height:1.55', 'color:#1b1b1b', 'color:#6b6b6b', 'background:#fff',
         'background:#f4f4f2', 'border-bottom:1px solid #e2e2e2', 'font-weight:700', 'text-transform:uppercase',
         'letter-spacing:.04em', 'max-width:1180px', 'gap:12px', 'align-items:center', 'justify-content:space-between',
         'position:relative', 'position:sticky;top:0', 'z-index:40', 'width:100%', 'height:auto', 'list-style:none',
         'text-decoration:none', 'border-radius:3px', 'overflow:hidden', 'grid-template-columns:2fr 1fr',
         'display:grid', 'font-family:Georgia,serif', 'font-family:Arial,Helvetica,sans-serif', 'opacity:.85']


def css_pad(p, names, target):
    rnd = random.Random(p['name'])
    out = []
    size = 0
    k = 0
    while size < target:
        n = names[k % len(names)]
        suffix = ['', ' a', ' li', ':hover', ' > div', ' h3', ' img', ' span', ' p', '--active'][(k // len(names)) % 10]
        sel = n + suffix
        decl = ';'.join(rnd.sample(PROPS, rnd.randint(2, 5)))
        r = '%s{%s}' % (sel, decl)
        if k % 9 == 8:
            r = '@media (max-width:%dpx){%s}' % (rnd.choice([480, 640, 768, 1024]), r)
        out.append(r)
        size += len(r) + 1
        k += 1
    return '\n'.join(out)


# ---------------------------------------------------------------- shared bits
def body_html(p, pcls='', figwrap='figure'):
    out = []
    pc = (' class="%s"' % pcls) if pcls else ''
    for x in p['body']:
        if isinstance(x, str):
            out.append('<p%s>%s</p>' % (pc, e(x)))
        elif x[0] == 'dl':
            out.append('<p%s><strong class="dateline">%s</strong> %s</p>' % (pc, e(x[1]), e(x[2])))
        elif x[0] == 'h':
            out.append('<h2>%s</h2>' % e(x[1]))
        elif x[0] == 'quote':
            out.append('<blockquote><p>%s</p></blockquote>' % e(x[1]))
        elif x[0] == 'li':
            out.append('<ul><li>%s</li></ul>' % e(x[1]))
        elif x[0] == 'fig':
            if figwrap == 'amp':
                out.append('<figure><amp-img src="%s" width="800" height="450" layout="responsive" alt=""></amp-img>'
                           '<figcaption>%s</figcaption></figure>' % (x[1], e(x[2])))
            else:
                out.append('<figure class="wp-block-image"><img src="%s" alt="" loading="lazy" width="800" height="450">'
                           '<figcaption>%s</figcaption></figure>' % (x[1], e(x[2])))
        elif x[0] == 'pull':
            out.append('<aside class="pullquote"><p>%s</p></aside>' % e(x[1]))
        elif x[0] == 'also':
            out.append('<div class="inline-related"><span>%s</span> <a href="%s">%s</a></div>' % (e(x[1]), x[3], e(x[2])))
        elif x[0] == 'ad':
            out.append('<div class="ad-slot" data-slot="%s"><span class="ad-label">%s</span></div>' % (x[1], e(x[2])))
        elif x[0] == 'raw':
            out.append(x[1])
    return '\n'.join(out)


def head(p, extra_css_names, target_css=None):
    rnd = random.Random(p['name'] + 'h')
    t = target_css if target_css is not None else p.get('css', rnd.randint(2500, 5200))
    m = []
    m.append('<meta charset="utf-8">')
    m.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    m.append('<title>%s</title>' % e(p['head_title']))
    if p.get('desc'):
        m.append('<meta name="description" content="%s">' % a(p['desc']))
    if p.get('og_title'):
        m.append('<meta property="og:title" content="%s">' % a(p['og_title']))
        m.append('<meta property="og:type" content="article">')
        m.append('<meta property="og:url" content="%s">' % a(p['url']))
        m.append('<meta property="og:site_name" content="%s">' % a(p['site']))
    m.append('<link rel="canonical" href="%s">' % a(p['url']))
    if p.get('meta'):
        m.append(p['meta'])
    m.append('<style>\n%s\n</style>' % css_pad(p, extra_css_names, t))
    return '\n'.join(m)


def ldjson(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def related_list(p, ul='ul', cls='related', item_cls=''):
    ic = (' class="%s"' % item_cls) if item_cls else ''
    out = ['<%s class="%s">' % (ul, cls)]
    for i, r in enumerate(p.get('related', [])):
        t, d = (r if isinstance(r, tuple) else (r, ''))
        ds = (' <span class="date">%s</span>' % e(d)) if d else ''
        out.append('<li%s><a href="/%s/%d">%s</a>%s</li>' % (ic, p['slug_sec'], 1000 + i * 37, e(t), ds))
    out.append('</%s>' % ul)
    return '\n'.join(out)


def comments_html(p, wrap_cls='comments'):
    if not p.get('comments'):
        return ''
    L = p['L']
    out = ['<section class="%s" id="comments"><h3>%s (%d)</h3><ol>' % (wrap_cls, e(L['comments']), len(p['comments']))]
    for n, w, t in p['comments']:
        out.append('<li class="comment"><div class="comment-meta"><b class="fn">%s</b> <span class="when">%s</span></div>'
                   '<div class="comment-content"><p>%s</p></div><a class="reply" href="#">%s</a></li>' % (
                       e(n), e(w), e(t), e(L.get('reply', 'Reply'))))
    out.append('</ol></section>')
    return '\n'.join(out)


def nav_html(p, cls='nav', item_cls=''):
    ic = (' class="%s"' % item_cls) if item_cls else ''
    return '<ul class="%s">' % cls + ''.join('<li%s><a href="/%s/">%s</a></li>' % (
        ic, re.sub(r'\W+', '-', n.lower()).strip('-') or 'x', e(n)) for n in p['nav']) + '</ul>'


def crumbs_html(p, sep=' › ', cls='breadcrumb'):
    if not p.get('crumbs'):
        return ''
    parts = ['<a href="/">%s</a>' % e(p['crumbs'][0])] + ['<a href="/%d/">%s</a>' % (i, e(c)) for i, c in enumerate(p['crumbs'][1:-1])]
    parts.append('<span>%s</span>' % e(p['crumbs'][-1]))
    return '<nav class="%s" aria-label="breadcrumb">%s</nav>' % (cls, sep.join(parts))


def cookie_html(p, cls='cookie-banner'):
    if not p.get('cookie'):
        return ''
    L = p['L']
    return ('<div class="%s" role="dialog"><p>%s</p><button type="button">%s</button> '
            '<button type="button">%s</button></div>') % (cls, e(p['cookie']), e(L['accept']), e(L['settings']))


def newsletter_html(p, cls='newsletter'):
    if not p.get('newsletter'):
        return ''
    t, d = p['newsletter']
    return ('<div class="%s"><h4>%s</h4><p>%s</p><form action="/nl" method="post"><input type="email" name="email" '
            'placeholder="e-mail"><button>%s</button></form></div>') % (cls, e(t), e(d), e(p['L']['subscribe']))


def share_html(p, cls='share'):
    L = p['L']
    return '<div class="%s"><span>%s</span> <a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a> <a href="#mail">E-Mail</a></div>' % (cls, e(L['share']))


def lead_fig(p, cls='lead-image'):
    if not p.get('figure'):
        return ''
    src, cap = p['figure']
    return '<figure class="%s"><img src="%s" alt="" width="1200" height="675"><figcaption>%s</figcaption></figure>' % (cls, src, e(cap))


def footer_lines(p):
    return ''.join('<p>%s</p>' % e(x) for x in p.get('footer', []))


def bio_html(p, cls='author-box'):
    if not p.get('bio'):
        return ''
    return '<div class="%s"><img src="/img/author-%s.jpg" alt="" width="64" height="64"><p>%s</p></div>' % (cls, p['name'], e(p['bio']))


def standfirst_html(p, tag='p', cls='standfirst'):
    if not p.get('standfirst'):
        return ''
    return '<%s class="%s">%s</%s>' % (tag, cls, e(p['standfirst']), tag)


def kicker_html(p, cls='kicker'):
    return ('<span class="%s">%s</span>' % (cls, e(p['kicker']))) if p.get('kicker') else ''


def htmldoc(p, headhtml, bodyhtml, html_attrs='', body_attrs=''):
    d = (' dir="%s"' % p['dir']) if p.get('dir') else ''
    return '<!DOCTYPE html>\n<html lang="%s"%s%s>\n<head>\n%s\n</head>\n<body%s>\n%s\n</body>\n</html>\n' % (
        p.get('html_lang', p['lang']), d, html_attrs, headhtml, body_attrs, bodyhtml)


