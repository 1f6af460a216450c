"""Shared helpers for the heldout4 page generator (stdlib only)."""
import json, os, random, html as H

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev5")
PAGES = []


def esc(s):
    return H.escape(s, quote=True)


def ul(items, cls="", item_cls="", link=True, prefix="/"):
    out = [f'<ul class="{cls}">'] if cls else ["<ul>"]
    for i, it in enumerate(items):
        if link:
            slug = "".join(c for c in it.lower().replace(" ", "-") if c.isalnum() or c == "-")[:30] or f"p{i}"
            out.append(f'<li class="{item_cls}"><a href="{prefix}{slug}/">{esc(it)}</a></li>' if item_cls
                       else f'<li><a href="{prefix}{slug}/">{esc(it)}</a></li>')
        else:
            out.append(f"<li>{esc(it)}</li>")
    out.append("</ul>")
    return "\n".join(out)


def paras(ps, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{p}</p>" for p in ps)


CSS_PROPS = ["margin:0 auto", "padding:.5rem 1rem", "display:flex", "font-size:.875rem", "line-height:1.5",
             "color:#1a1a1a", "background:#fff", "border-bottom:1px solid #e3e3e3", "max-width:1180px",
             "text-decoration:none", "font-weight:700", "letter-spacing:.02em", "grid-template-columns:2fr 1fr",
             "gap:24px", "position:relative", "overflow:hidden", "border-radius:4px", "box-shadow:0 1px 3px rgba(0,0,0,.12)",
             "transition:opacity .2s ease-in-out", "text-transform:uppercase", "list-style:none", "z-index:10"]


def css_block(prefix, n, seed):
    r = random.Random(seed)
    parts = []
    elems = ["header", "nav", "menu", "item", "link", "wrap", "grid", "card", "teaser", "footer", "col", "btn",
             "badge", "media", "caption", "meta", "aside", "widget", "title", "list", "icon", "overlay", "ad", "slot"]
    mods = ["", "--active", "--dark", "--sm", "--lg", "__inner", "__label", ":hover", "--sticky", "__img"]
    for i in range(n):
        sel = f".{prefix}-{r.choice(elems)}{r.choice(mods)}"
        props = ";".join(r.sample(CSS_PROPS, r.randint(2, 5)))
        parts.append(f"{sel}{{{props}}}")
    return "\n".join(parts)


def document(name, lang, title_tag, head_extra, body, css_prefix, dir_=None, min_size=11000, max_size=17200,
             html_attrs="", charset_first=True):
    d = f' dir="{dir_}"' if dir_ else ""
    n = 20
    import zlib
    min_size = min_size + zlib.crc32(name.encode()) % 3000
    while True:
        css = css_block(css_prefix, n, name)
        doc = (f'<!DOCTYPE html>\n<html lang="{lang}"{d}{html_attrs}>\n<head>\n<meta charset="utf-8">\n'
               f'<title>{title_tag}</title>\n'
               f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{head_extra}\n'
               f'<style>\n{css}\n</style>\n</head>\n{body}\n</html>\n')
        size = len(doc.encode("utf-8"))
        if size >= min_size or n > 400:
            break
        n += 6
    if size > max_size:
        raise SystemExit(f"{name}: too big {size}")
    return doc


def register(name, doc, exp):
    PAGES.append((name, doc, exp))


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for name, doc, exp in PAGES:
        with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        keys = ["url", "language", "title", "published", "body_first", "body_last", "absent", "notes"]
        exp = {k: exp[k] for k in keys}
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote", len(PAGES))


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def og(url, title, site, desc="", typ="article", extra=None):
    s = [f'<meta property="og:type" content="{typ}">', f'<meta property="og:url" content="{url}">',
         f'<meta property="og:title" content="{esc(title)}">', f'<meta property="og:site_name" content="{esc(site)}">']
    if desc:
        s.append(f'<meta property="og:description" content="{esc(desc)}">')
    for k, v in (extra or {}).items():
        s.append(f'<meta property="{k}" content="{esc(v)}">')
    return "\n".join(s)


def analytics(site_id):
    return ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            f"gtag('js',new Date());gtag('config','{site_id}',{{anonymize_ip:true}});</script>")
