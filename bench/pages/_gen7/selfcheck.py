import json, os, re, html, glob, sys
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev7")
KEYS = ["url", "language", "title", "published", "body_first", "body_last", "absent", "notes"]
INV = re.compile('[\u00ad\u200b\u200c\u200d\u2060\ufeff]')
def visible(src):
    s = re.sub(r'(?is)<head\b.*?</head>', ' ', src)
    s = re.sub(r'(?is)<(script|style|noscript|template)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()
def norm(t): return re.sub(r'\s+', ' ', t).strip()
def main():
  pass
miss = 0; n = 0; langs = set(); rows = []
for f in sorted(glob.glob(D + '/*.expected.json')):
    name = os.path.basename(f)[:-len('.expected.json')]
    n += 1
    try:
        e = json.load(open(f, encoding='utf-8'))
    except Exception as ex:
        print('PARSE', name, ex); miss += 1; continue
    for k in KEYS:
        if k not in e: print('KEY', name, k); miss += 1
    langs.add(e['language'])
    if e['published'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', e['published']):
        print('DATEFMT', name); miss += 1
    if not (4 <= len(e['absent']) <= 6): print('ABSENTCOUNT', name); miss += 1
    src = open(os.path.join(D, name + '.html'), encoding='utf-8').read()
    size = len(src.encode('utf-8'))
    if not (10240 <= size <= 18000): print('SIZE', name, size); miss += 1
    vis = visible(src); visi = INV.sub('', vis)
    if INV.sub('', norm(e['title'])) not in visi: print('TITLE', name, e['title']); miss += 1
    for k in ['body_first', 'body_last']:
        if norm(e[k]) not in vis: print(k.upper(), name, e[k][:60]); miss += 1
    for a in e['absent']:
        if norm(a) not in vis: print('ABSENT', name, a); miss += 1
    rows.append((name, e['language'], e['published'], size))
print('pages', n, 'languages', len(langs), sorted(langs), 'misses', miss)
if '--rows' in sys.argv:
    for r in rows: print('|'.join(map(str, r)))
