"""Self-check for heldout6: keys, visible-text presence, sizes. Independent HTMLParser-based visible text."""
import json, os, re, sys, glob
from html.parser import HTMLParser
D = '/work/notes/pages/heldout6'
KEYS = ["url", "language", "title", "published", "body_first", "body_last", "absent", "notes"]
SKIP = {'head', 'script', 'style', 'noscript', 'template', 'svg', 'title'}
INLINE = {'a', 'em', 'strong', 'b', 'i', 'span', 'abbr', 'time', 'sup', 'sub', 'small', 'mark', 'u', 'cite', 'q', 'bdi', 'wbr', 'font'}
INVIS = re.compile('[\u00ad\u200b\u200c\u200d\u2060\ufeff]')

class V(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in SKIP: self.skip += 1
        elif t not in INLINE: self.out.append(' ')
    def handle_endtag(self, t):
        if t in SKIP: self.skip = max(0, self.skip - 1)
        elif t not in INLINE: self.out.append(' ')
    def handle_startendtag(self, t, a):
        if t not in INLINE: self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def norm(s): return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()

def visible(html):
    v = V(); v.feed(html); v.close(); return norm(''.join(v.out))

misses = []; n = 0
for jf in sorted(glob.glob(D + '/*.expected.json')):
    name = os.path.basename(jf)[:-len('.expected.json')]; n += 1
    hf = f'{D}/{name}.html'
    try:
        e = json.load(open(jf, encoding='utf-8'))
    except Exception as x:
        misses.append((name, 'json', str(x))); continue
    for k in KEYS:
        if k not in e: misses.append((name, 'missing key', k))
    if not os.path.exists(hf): misses.append((name, 'no html', '')); continue
    raw = open(hf, encoding='utf-8').read(); size = len(raw.encode())
    if not (10 * 1024 <= size <= 18 * 1024): misses.append((name, 'size', size))
    vis = visible(raw); vis_i = INVIS.sub('', vis)
    if norm(INVIS.sub('', e['title'])) not in vis_i: misses.append((name, 'title', e['title']))
    for k in ('body_first', 'body_last'):
        if norm(e[k]) not in vis: misses.append((name, k, e[k]))
    if not (4 <= len(e['absent']) <= 6): misses.append((name, 'absent count', len(e['absent'])))
    for a in e['absent']:
        if norm(a) not in vis: misses.append((name, 'absent', a))
    p = e['published']
    if p is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', p): misses.append((name, 'published fmt', p))
    if '.example' not in e['url']: misses.append((name, 'url', e['url']))
    if vis.find(norm(e['body_first'])) > vis.find(norm(e['body_last'])): misses.append((name, 'order', ''))
print(f'pages checked: {n}; misses: {len(misses)}')
for m in misses: print('MISS', *m)
sys.exit(1 if misses else 0)
