import json, os, re
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'dev3')

def slug(s):
    s = re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
    return s or 'x'

def ul(items, cls='menu', base='/', li_cls=None):
    """items: list of labels or (label, href)."""
    out = [f'<ul class="{cls}">']
    for it in items:
        if isinstance(it, tuple):
            lab, href = it
        else:
            lab, href = it, base + slug(it) + '/'
        lc = f' class="{li_cls}"' if li_cls else ''
        out.append(f'  <li{lc}><a href="{href}">{lab}</a></li>')
    out.append('</ul>')
    return '\n'.join(out)

def paras(ps, cls=None):
    c = f' class="{cls}"' if cls else ''
    return '\n'.join(f'<p{c}>{p}</p>' for p in ps)

def save(name, html, label, encoding='utf-8'):
    with open(os.path.join(OUT, name + '.html'), 'w', encoding=encoding) as f:
        f.write(html)
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(label, f, ensure_ascii=False, indent=1)
        f.write('\n')

def jsonld(d):
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + '</script>'

import random
ICONS = ['search','menu','close','chevron-down','chevron-right','arrow-left','arrow-right','facebook','x','linkedin','instagram','youtube','mail','print','share','calendar','clock','user','download','external','phone','location','play','plus','minus','check','info','warning','home','rss']
def sprite(nbytes, seed):
    r = random.Random(seed)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">']
    i = 0; size = 0
    while size < nbytes:
        name = ICONS[i % len(ICONS)] + ('' if i < len(ICONS) else f'-{i//len(ICONS)}')
        pts = ' '.join(f'{"M" if k==0 else r.choice("LLCQ")}{r.randint(0,24)}.{r.randint(0,99):02d} {r.randint(0,24)}.{r.randint(0,99):02d}' for k in range(r.randint(8,16)))
        sym = f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path fill="currentColor" d="{pts}Z"/></symbol>'
        out.append(sym); size += len(sym); i += 1
    out.append('</svg>')
    return '\n'.join(out)

_save0 = save
def save(name, html, label, encoding='utf-8'):
    b = len(html.encode(encoding))
    if b < 10200:
        m = re.search(r'<body[^>]*>', html)
        html = html[:m.end()] + '\n' + sprite(10600 - b, name) + html[m.end():]
    _save0(name, html, label, encoding)

PROPS = ['margin:0 auto','padding:{a}px {b}px','font-size:{a}px','line-height:1.{b}','color:#{h}','background:#{h}','border-bottom:1px solid #{h}','display:flex','display:block','gap:{a}px','max-width:{c}px','font-weight:{w}','text-decoration:none','letter-spacing:.0{b}em','position:relative','z-index:{a}','border-radius:{a}px','transition:opacity .{b}s ease','grid-template-columns:repeat({g},1fr)']
def css_pad(html, nbytes, r):
    classes = sorted(set(c for cl in re.findall(r'class=["\']([^"\']+)', html) for c in cl.split() if re.match(r'^[A-Za-z_-][\w-]*$', c)))
    out = ['<style id="critical-css">']; size = 0
    if not classes: classes = ['wrap']
    while size < nbytes:
        c = r.choice(classes)
        sel = '.' + c + r.choice(['', ' a', ' li', ':hover', ' > *', ' p', ' img'])
        decl = ';'.join(r.choice(PROPS).format(a=r.randint(1,40), b=r.randint(1,9), c=r.choice([640,720,960,1140,1200,1280]), h='%06x' % r.randint(0,0xffffff), w=r.choice([400,500,600,700]), g=r.randint(2,4)) for _ in range(r.randint(2,5)))
        rule = f'{sel}{{{decl}}}'
        if r.random() < .15:
            rule = f'@media (max-width:{r.choice([480,768,992])}px){{{rule}}}'
        out.append(rule); size += len(rule)
    out.append('</style>')
    return ''.join(out)

def script_pad(nbytes, r, name):
    gid = ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(7))
    s = ["<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-" + gid + "');</script>"]
    cfg = {"version": f"{r.randint(1,9)}.{r.randint(0,30)}.{r.randint(0,99)}", "consent": {"necessary": True, "analytics": False, "marketing": False, "vendors": []}, "features": {}, "slots": []}
    i = 0
    while len(json.dumps(cfg)) < nbytes - 400:
        cfg["features"][f"flag_{r.randint(100,999)}_{i}"] = r.choice([True, False, r.randint(0, 5000)])
        if i % 3 == 0:
            cfg["slots"].append({"id": f"div-gpt-ad-{r.randint(10**12,10**13)}-{i}", "sizes": [[300, 250], [r.choice([320,728,970]), r.choice([50,90,250])]], "targeting": {"pos": r.choice(["top","mid","bottom","rail"]), "refresh": r.randint(0, 60)}})
        if i % 4 == 0:
            cfg["consent"]["vendors"].append({"id": r.randint(1, 1200), "purposes": sorted(r.sample(range(1, 11), 3))})
        i += 1
    s.append('<script id="site-config" type="application/json">' + json.dumps(cfg) + '</script>')
    return '\n'.join(s)

def save(name, html, label, encoding='utf-8', kind=None):
    b = len(html.encode(encoding))
    target = 10000 + (hash_(name) % 1500)
    if b < target:
        r = random.Random(name)
        need = target - b
        kind = hash_(name) % 3 if kind is None else kind
        parts = {'css': 0, 'script': 0, 'sprite': 0}
        if kind == 0: parts['css'] = need
        elif kind == 1: parts['css'] = need // 2; parts['script'] = need - need // 2
        elif kind == 2: parts['script'] = need // 2; parts['sprite'] = need - need // 2
        else: parts['script'] = need
        if parts['css'] > 300:
            html = html.replace('</head>', css_pad(html, parts['css'], r) + '\n</head>', 1)
        if parts['script'] > 300:
            i = html.rfind('</body>')
            html = html[:i] + script_pad(parts['script'], r, name) + '\n' + html[i:]
        if parts['sprite'] > 300:
            m = re.search(r'<body[^>]*>', html)
            html = html[:m.end()] + '\n' + sprite(parts['sprite'], name) + html[m.end():]
    _save0(name, html, label, encoding)

import zlib
def hash_(s): return zlib.crc32(s.encode())
