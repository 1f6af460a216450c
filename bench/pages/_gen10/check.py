#!/usr/bin/env python3
"""Self-check for heldout7: keys, visible-text containment, sizes."""
import glob, html, json, os, re, sys
D = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout7'))
KEYS = ['url', 'language', 'title', 'published', 'body_first', 'body_last', 'absent', 'notes']
INVIS = re.compile('[\u00ad\u200b\u200c\u200d\u2060\ufeff]')


def visible(doc):
    doc = re.sub(r'(?is)<!--.*?-->', ' ', doc)
    doc = re.sub(r'(?is)<(script|style|noscript|template)\b.*?</\1\s*>', ' ', doc)
    doc = re.sub(r'(?is)<head\b.*?</head>', ' ', doc)
    doc = re.sub(r'(?i)<br\s*/?>', ' ', doc)
    doc = re.sub(r'(?s)<[^>]+>', ' ', doc)
    doc = html.unescape(doc)
    return re.sub(r'\s+', ' ', doc).strip()


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


misses = 0
n = 0
for ej in sorted(glob.glob(os.path.join(D, '*.expected.json'))):
    n += 1
    name = os.path.basename(ej)[:-len('.expected.json')]
    hp = os.path.join(D, name + '.html')
    try:
        exp = json.load(open(ej, encoding='utf-8'))
    except Exception as ex:
        print('PARSE', name, ex); misses += 1; continue
    for k in KEYS:
        if k not in exp:
            print('KEY', name, k); misses += 1
    raw = open(hp, encoding='utf-8').read()
    size = len(raw.encode('utf-8'))
    if not 10 * 1024 <= size <= 18 * 1024:
        print('SIZE', name, size); misses += 1
    vis = visible(raw)
    vis_ni = INVIS.sub('', vis)
    if INVIS.sub('', norm(exp['title'])) not in vis_ni:
        print('TITLE', name, exp['title']); misses += 1
    for k in ('body_first', 'body_last'):
        if norm(exp[k]) not in vis:
            print(k.upper(), name, exp[k]); misses += 1
    if not 4 <= len(exp['absent']) <= 6:
        print('ABSENT_COUNT', name, len(exp['absent'])); misses += 1
    for s in exp['absent']:
        if norm(s) not in vis:
            print('ABSENT', name, s); misses += 1
    if exp['published'] is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', exp['published']):
        print('DATEFMT', name); misses += 1
print('pages checked: %d, misses: %d' % (n, misses))
sys.exit(1 if misses else 0)
