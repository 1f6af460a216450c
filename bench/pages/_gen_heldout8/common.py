import json, os, re
OUT = "/work/notes/pages/heldout8"
PAGES = []

def register(fn):
    PAGES.append(fn)
    return fn

def ul(items, cls="", href="/"):
    c = f' class="{cls}"' if cls else ""
    lis = "".join(f'<li><a href="{href}{re.sub(r"[^a-z0-9]+","-",i.lower()).strip("-") or "x"}">{i}</a></li>' for i in items)
    return f"<ul{c}>{lis}</ul>"

def ps(paras, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{p}</p>" for p in paras)

FILLER_CSS = """
.site-header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;border-bottom:1px solid #e5e5e5}
.site-header .logo img{height:36px;width:auto}.nav-primary ul{display:flex;gap:18px;list-style:none;margin:0;padding:0}
.nav-primary a{color:#222;text-decoration:none;font-weight:600;font-size:15px}.nav-primary a:hover{color:#c00}
.breadcrumb{font-size:13px;color:#777;margin:12px 0}.breadcrumb li{display:inline}.breadcrumb li+li:before{content:" / "}
.article-body p{font-size:18px;line-height:1.6;margin:0 0 1.1em}.article-body figure{margin:24px 0}
.article-body figcaption{font-size:13px;color:#666}.share a{display:inline-block;width:32px;height:32px;border-radius:50%}
.sidebar{width:300px;float:right}.sidebar h3{font-size:14px;text-transform:uppercase;letter-spacing:.05em}
.related li{margin-bottom:10px}.footer{background:#111;color:#ddd;padding:32px 24px;font-size:13px}.footer a{color:#ddd}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.2);padding:16px;z-index:999}
.newsletter{background:#f4f1ea;padding:20px;border-radius:4px}.comments li{border-top:1px solid #eee;padding:12px 0}
@media (max-width:768px){.sidebar{float:none;width:auto}.nav-primary ul{flex-wrap:wrap}.article-body p{font-size:17px}}
"""

def pad(html, target=10600, seed="site"):
    """add non-visible configuration script until the page reaches target bytes"""
    n = len(html.encode("utf-8"))
    if n >= target:
        return html
    slots = []
    i = 0
    while n + len(json.dumps(slots)) + 120 < target:
        i += 1
        slots.append({"id": f"{seed}-slot-{i}", "sizes": [[300, 250], [300, 600], [728, 90]][: 1 + i % 3],
                      "targeting": {"pos": f"p{i}", "sect": seed, "refresh": i % 2 == 0}, "lazy": True})
    block = f'<script type="application/json" id="ad-config">{json.dumps(slots)}</script>\n'
    return html.replace("</body>", block + "</body>", 1)

def write(name, html, exp, target=None):
    html = pad(html, target or (10500 + (sum(name.encode()) * 37) % 4200), name)
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    keys = ["url", "language", "title", "published", "body_first", "body_last", "absent", "notes"]
    exp = {k: exp[k] for k in keys}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
