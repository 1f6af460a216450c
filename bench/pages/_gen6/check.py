#!/usr/bin/env python3
import json, re, html, glob, os, sys
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'dev6')
KEYS = ['url', 'language', 'title', 'published', 'body_first', 'body_last', 'absent', 'notes']
INV = dict.fromkeys(map(ord, '\u00ad\u200b\u200c\u200d\u2060\ufeff'), None)
INLINE = r'a|span|em|strong|b|i|abbr|time|font|small|sup|sub'
def visible(h):
    h = re.sub(r'(?is)<head\b.*?</head>', ' ', h)
    h = re.sub(r'(?is)<(script|style|template)\b.*?</\1>', ' ', h)
    h = re.sub(r'(?is)<!--.*?-->', ' ', h)
    h = re.sub(r'(?is)</?(?:%s)\b[^>]*>' % INLINE, '', h)
    h = re.sub(r'(?s)<[^>]+>', ' ', h)
    h = html.unescape(h)
    return re.sub(r'\s+', ' ', h).strip()
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
miss = 0; n = 0
for f in sorted(glob.glob(D + '/*.expected.json')):
    name = os.path.basename(f)[:-len('.expected.json')]
    n += 1
    try:
        e = json.load(open(f, encoding='utf-8'))
    except Exception as ex:
        print('PARSE', name, ex); miss += 1; continue
    for k in KEYS:
        if k not in e: print('KEY', name, k); miss += 1
    p = D + '/' + name + '.html'
    b = os.path.getsize(p)
    if not (10240 <= b <= 18432): print('SIZE', name, b); miss += 1
    v = visible(open(p, encoding='utf-8').read())
    vi = norm(v.translate(INV))
    if norm(e['title'].translate(INV)) not in vi: print('TITLE', name, e['title']); miss += 1
    for k in ['body_first', 'body_last']:
        if norm(e[k]) not in v: print(k.upper(), name, e[k]); miss += 1
    if not (4 <= len(e['absent']) <= 6): print('ABSENTCOUNT', name, len(e['absent'])); miss += 1
    for a in e['absent']:
        if norm(a) not in v: print('ABSENT', name, a); miss += 1
    if e['published'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', e['published']): print('DATE', name); miss += 1
print(f'{n} pages checked, {miss} misses')
sys.exit(1 if miss else 0)
