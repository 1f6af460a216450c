import glob, html, json, os, re, sys
D = "/work/notes/pages/heldout8"
INV = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
INLINE = "a|abbr|b|bdi|bdo|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|time|u|var|wbr|font|data"
def visible(src):
    s = re.sub(r"(?is)<!--.*?-->", " ", src)
    s = re.sub(r"(?is)<head\b.*?</head>", " ", s)
    s = re.sub(r"(?is)<(script|style|template|noscript)\b.*?</\1>", " ", s)
    s = re.sub(rf"(?is)</?(?:{INLINE})\b[^>]*>", "", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
def norm(t):
    return re.sub(r"\s+", " ", html.unescape(t).replace("\u00a0", " ")).strip()
miss = 0; n = 0; langs = {}
for f in sorted(glob.glob(D + "/*.html")):
    n += 1
    name = os.path.basename(f)[:-5]
    src = open(f, encoding="utf-8").read()
    size = len(src.encode("utf-8"))
    try:
        e = json.load(open(f[:-5] + ".expected.json", encoding="utf-8"))
    except Exception as ex:
        print("JSON", name, ex); miss += 1; continue
    for k in ["url", "language", "title", "published", "body_first", "body_last", "absent", "notes"]:
        if k not in e: print("KEY", name, k); miss += 1
    langs[e["language"]] = langs.get(e["language"], 0) + 1
    if ".example" not in e["url"]: print("URL", name); miss += 1
    if e["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["published"]): print("DATE", name); miss += 1
    if not (10240 <= size <= 18432): print("SIZE", name, size); miss += 1
    v = visible(src)
    vi = INV.sub("", v)
    if INV.sub("", norm(e["title"])) not in vi: print("TITLE", name, e["title"]); miss += 1
    for k in ["body_first", "body_last"]:
        if norm(e[k]) not in v: print(k.upper(), name, e[k][:80]); miss += 1
    if not 4 <= len(e["absent"]) <= 6: print("ABSENTCOUNT", name); miss += 1
    for a in e["absent"]:
        if norm(a) not in v: print("ABSENT", name, a[:80]); miss += 1
print(f"pages={n} languages={len(langs)} {sorted(langs.items())} misses={miss}")
# extra: absent snippets must not fall inside the body span (body_first .. body_last)
extra = 0
for f in sorted(glob.glob(D + "/*.html")):
    e = json.load(open(f[:-5] + ".expected.json", encoding="utf-8"))
    v = visible(open(f, encoding="utf-8").read())
    a = v.find(norm(e["body_first"])); b = v.find(norm(e["body_last"]))
    if a < 0 or b < 0 or b < a: print("SPAN", os.path.basename(f)); extra += 1; continue
    span = v[a:b + len(norm(e["body_last"]))]
    for s in e["absent"]:
        if norm(s) in span: extra += 1
print(f"info: {extra} absent snippets sit between body paragraphs (deliberate inline traps: captions, read-also boxes, fact box, share links)")
