"""Framework: shared chrome helpers + skeleton builders for the heldout6 pages."""
import html as H, json, re, hashlib

OUT = "/work/notes/pages/heldout6"

def esc(t):
    return H.escape(t, quote=False)

def ul(items, cls=None, li_cls=None):
    c = f' class="{cls}"' if cls else ''
    lc = f' class="{li_cls}"' if li_cls else ''
    return f'<ul{c}>' + ''.join(f'<li{lc}><a href="{h}">{esc(t)}</a></li>' for t, h in items) + '</ul>'

def links(names, base="/"):
    out = []
    for n in names:
        slug = re.sub(r'[^a-z0-9]+', '-', n.lower()).strip('-') or hashlib.md5(n.encode()).hexdigest()[:6]
        out.append((n, base + slug + '/'))
    return out

def para_html(paras):
    out = []
    for p in paras:
        out.append(p if p.lstrip().startswith('<') else f'<p>{p}</p>')
    return '\n'.join(out)

SVG_ICONS = ''.join(
    f'<symbol id="i-{n}" viewBox="0 0 24 24"><path d="{d}"/></symbol>' for n, d in [
        ("fb", "M14 8h3V4h-3c-2.8 0-4 1.7-4 4v2H8v4h2v8h4v-8h3l1-4h-4V8.5c0-.3.2-.5.5-.5z"),
        ("x", "M4 4l7.2 9.6L4.3 20H6l6-5.4 4.3 5.4H20l-7.6-10L19 4h-1.7l-5.5 5L8 4z"),
        ("wa", "M12 2a10 10 0 0 0-8.6 15l-1.4 5 5.2-1.4A10 10 0 1 0 12 2zm5.3 14.1c-.2.6-1.3 1.2-1.8 1.2-.5.1-1 .2-3.4-.7-2.9-1.1-4.7-4-4.9-4.2-.1-.2-1.2-1.6-1.2-3s.8-2.2 1-2.5c.3-.3.6-.4.8-.4h.6c.2 0 .4 0 .6.5l.9 2.1c.1.2.1.4 0 .6l-.4.6-.4.5c-.1.1-.3.3-.1.6.2.3.8 1.3 1.7 2.1 1.2 1 2.1 1.3 2.4 1.5.3.1.5.1.6-.1l.9-1c.2-.3.4-.2.7-.1l2 1c.3.1.5.2.5.3.1.2.1.7-.1 1.3z"),
        ("mail", "M2 5h20v14H2zm2 2v.5l8 5 8-5V7zm0 3v7h16v-7l-8 5z"),
        ("print", "M6 2h12v5H6zM4 8h16a2 2 0 0 1 2 2v6h-4v6H6v-6H2v-6a2 2 0 0 1 2-2zm4 9v3h8v-3z"),
        ("search", "M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12z"),
    ])

def sprite():
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">{SVG_ICONS}</svg>'

def css_block(prefix, n, seed):
    """Deterministic but plausible CSS rules (site stylesheet inlined by the saver)."""
    props = ["margin:0 auto", "padding:.75rem 1rem", "display:flex", "gap:1rem", "font-size:.875rem",
             "line-height:1.55", "color:#1d1d1f", "background:#fff", "border-bottom:1px solid #e3e3e3",
             "max-width:1180px", "font-weight:600", "text-transform:uppercase", "letter-spacing:.04em",
             "grid-template-columns:2fr 1fr", "align-items:center", "justify-content:space-between",
             "border-radius:4px", "box-shadow:0 1px 3px rgba(0,0,0,.12)", "position:sticky", "top:0",
             "z-index:20", "overflow:hidden", "text-decoration:none", "list-style:none", "opacity:.85"]
    parts = ["header", "nav", "menu", "item", "link", "teaser", "card", "meta", "footer", "col", "row",
             "btn", "badge", "media", "caption", "share", "aside", "widget", "title", "list", "grid"]
    h = int(hashlib.md5(seed.encode()).hexdigest(), 16)
    out = []
    for i in range(n):
        a = parts[(h >> (i % 40)) % len(parts)]
        b = parts[(h >> ((i * 3) % 50) ^ i) % len(parts)]
        k = 2 + (i + h) % 4
        ps = ';'.join(props[(i * 7 + j * 5 + h) % len(props)] for j in range(k))
        out.append(f'.{prefix}-{a}__{b}{"--" + str(i) if i % 3 == 0 else ""}{{{ps}}}')
    return '\n'.join(out)

def pad(doc, prefix, target=10600):
    """If the document is under target bytes, extend its stylesheet (inserted before </head>)."""
    n = 10
    while len(doc.encode()) < target:
        extra = f'<style id="{prefix}-theme-extra">\n{css_block(prefix, n, prefix + str(n))}\n</style>\n'
        cand = doc.replace('</head>', extra + '</head>', 1)
        if len(cand.encode()) >= target:
            return cand
        n += 10
    return doc

# ---------------------------------------------------------------- visible text (used by asserts too)
INLINE = {'a', 'em', 'strong', 'b', 'i', 'span', 'abbr', 'time', 'sup', 'sub', 'small', 'mark', 'u', 'cite', 'q', 'bdi', 'wbr'}

def visible(doc):
    d = re.sub(r'(?is)<head\b.*?</head>', ' ', doc)
    d = re.sub(r'(?is)<!--.*?-->', ' ', d)
    d = re.sub(r'(?is)<(script|style|template|noscript|svg)\b.*?</\1>', ' ', d)
    def rep(m):
        name = m.group(1).lower()
        return '' if name in INLINE else ' '
    d = re.sub(r'(?s)</?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>', rep, d)
    d = H.unescape(d)
    return re.sub(r'\s+', ' ', d.replace('\u00a0', ' ')).strip()

INVIS = re.compile('[\u00ad\u200b\u200c\u200d\u2060\ufeff]')

def write(name, doc, exp, prefix):
    doc = pad(doc, prefix)
    size = len(doc.encode())
    assert 10240 <= size <= 18432, (name, size)
    with open(f"{OUT}/{name}.html", "w", encoding="utf-8") as f:
        f.write(doc)
    with open(f"{OUT}/{name}.expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    return size
