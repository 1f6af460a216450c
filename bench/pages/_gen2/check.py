import json, os, re, html, glob, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'dev2')
def visible(s):
    s = re.sub(r'(?is)<(script|style|template|head)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?is)<!--.*?-->', ' ', s)
    s = re.sub(r'(?s)<[^>]+>', ' ', s)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()
def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0; n = 0
from collections import Counter
langs = Counter()
for f in sorted(glob.glob(D + '/*.expected.json')):
    name = os.path.basename(f)[:-14]
    lab = json.load(open(f, encoding='utf-8'))
    n += 1
    langs[lab['language']] += 1
    assert set(lab) == {'url','language','title','published','body_first','body_last','absent','notes'}, name
    raw = open(D + '/' + name + '.html', encoding='utf-8').read()
    size = len(raw.encode())
    v = visible(raw)
    errs = []
    if not (8000 <= size <= 25000): errs.append(f'size {size}')
    if lab['published'] is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', lab['published']): errs.append('date fmt')
    for k in ('title','body_first','body_last'):
        if norm(lab[k]) not in v: errs.append(f'{k} not visible: {lab[k][:60]}')
    i0 = v.find(norm(lab['body_first'])); i1 = v.find(norm(lab['body_last']))
    if i0 >= 0 and i1 >= 0:
        end = i1 + len(norm(lab['body_last']))
        if i1 < i0: errs.append('last before first')
        if v.count(norm(lab['body_first'])) > 1: errs.append('body_first occurs twice')
        if v.count(norm(lab['body_last'])) > 1: errs.append('body_last occurs twice')
        if not (2 <= len(lab['absent']) <= 4): errs.append('absent count')
        for a in lab['absent']:
            a = norm(a)
            if a not in v: errs.append(f'absent not on page: {a[:50]}')
            else:
                for m in re.finditer(re.escape(a), v):
                    if i0 <= m.start() < end: print('  WARN in-body insert:', name, a[:40])
    if errs:
        bad += 1; print(name, size, errs)
    else:
        print(name, size, 'ok')
print(n, 'pages', bad, 'bad', dict(langs))
