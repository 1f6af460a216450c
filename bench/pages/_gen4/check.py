import json, glob, os, re, html, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev4")
INV = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
def vis(doc):
    doc = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1>", " ", doc)
    doc = re.sub(r"(?s)<!--.*?-->", " ", doc)
    doc = re.sub(r"(?s)<[^>]+>", " ", doc)
    doc = html.unescape(doc)
    return re.sub(r"\s+", " ", doc).strip()
norm = lambda s: re.sub(r"\s+", " ", html.unescape(s)).strip()
miss = 0; n = 0
for f in sorted(glob.glob(D + "/*.html")):
    n += 1
    name = os.path.basename(f)[:-5]
    raw = open(f, encoding="utf-8").read()
    size = len(raw.encode())
    errs = []
    try:
        e = json.load(open(f"{D}/{name}.expected.json", encoding="utf-8"))
    except Exception as ex:
        print(name, "JSON", ex); miss += 1; continue
    for k in ["url","language","title","published","body_first","body_last","absent","notes"]:
        if k not in e: errs.append("key " + k)
    v = vis(raw)
    if norm(e["title"]).translate(INV) not in v.translate(INV): errs.append("title")
    for k in ["body_first", "body_last"]:
        if norm(e[k]) not in v: errs.append(k)
    if not 4 <= len(e["absent"]) <= 6: errs.append("absent count")
    for a in e["absent"]:
        if norm(a) not in v: errs.append("absent:" + a[:30])
    if not 10240 <= size <= 18432: errs.append(f"size {size}")
    if e["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["published"]): errs.append("date fmt")
    if ".example" not in e["url"]: errs.append("url")
    # body order sanity: first before last
    if norm(e["body_first"]) in v and norm(e["body_last"]) in v and v.index(norm(e["body_first"])) > v.rindex(norm(e["body_last"])): errs.append("order")
    if errs: miss += len(errs); print(name, errs)
print(f"{n} pages checked, {miss} misses")
