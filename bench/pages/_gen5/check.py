"""Self-check for heldout4 pages."""
import json, os, re, html, glob, sys
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev5")
KEYS = ["url", "language", "title", "published", "body_first", "body_last", "absent", "notes"]
INVIS = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
BLOCK = r"(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|main|figure|figcaption|blockquote|dd|dt|dl|time|span|button|form|label|option|select|title|hr|a|img|input|strong|b|em|i|font|small|cite|sup|sub|abbr|mark|u|q|s|bdi|ins|del|code)"

def visible(raw):
    t = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1>", " ", raw)
    t = re.sub(r"(?is)<head\b.*?</head>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?is)</?" + r"(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|main|figure|figcaption|blockquote|dd|dt|dl|hr|form|button|option|select|label|input|img)\b[^>]*>", " ", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = html.unescape(t)
    return " ".join(t.split())

def norm(s):
    return " ".join(s.split())

misses = 0; n = 0; langs = set(); rows = []
for hp in sorted(glob.glob(D + "/*.html")):
    name = os.path.basename(hp)[:-5]; n += 1
    jp = D + "/" + name + ".expected.json"
    try:
        e = json.load(open(jp, encoding="utf-8"))
    except Exception as ex:
        print("MISS", name, "json", ex); misses += 1; continue
    for k in KEYS:
        if k not in e:
            print("MISS", name, "key", k); misses += 1
    raw = open(hp, encoding="utf-8").read()
    size = len(raw.encode("utf-8"))
    if not (10240 <= size <= 18432):
        print("MISS", name, "size", size); misses += 1
    vis = visible(raw); visi = vis.translate(INVIS)
    if norm(e["title"]).translate(INVIS) not in visi:
        print("MISS", name, "title"); misses += 1
    for k in ["body_first", "body_last"]:
        if norm(e[k]) not in vis:
            print("MISS", name, k, e[k][:60]); misses += 1
    if not (4 <= len(e["absent"]) <= 6):
        print("MISS", name, "absent count", len(e["absent"])); misses += 1
    for a in e["absent"]:
        if norm(a) not in vis:
            print("MISS", name, "absent", a[:60]); misses += 1
        if norm(a) in norm(e["body_first"]) or norm(a) in norm(e["body_last"]):
            print("WARN", name, "absent inside body sentence", a[:40])
    p = e["published"]
    if p is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", p):
        print("MISS", name, "published format"); misses += 1
    langs.add(e["language"])
    rows.append((name, e["language"], p, size))
print(f"pages={n} languages={len(langs)} ({', '.join(sorted(langs))}) misses={misses}")
if "--table" in sys.argv:
    for r in rows: print("|", " | ".join(map(str, r)), "|")
