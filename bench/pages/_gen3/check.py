import json, os, sys, re, glob, html, datetime
from html.parser import HTMLParser
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'dev3')
BLOCK = set('p div li ul ol h1 h2 h3 h4 h5 h6 br tr td th table section article header footer nav aside main figure figcaption blockquote dt dd dl form span button label option time a strong em b i small'.split())
INV = dict.fromkeys(map(ord, '\u00ad\u200b\u200c\u200d\u2060\ufeff'), None)
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.skip=0; s.out=[]; s.inbody=False
    def handle_starttag(s, t, a):
        if t in ('script','style','noscript','template','head'): s.skip+=1
        if t in BLOCK and t not in ('a','span','strong','em','b','i','small','time'): s.out.append(' ')
    def handle_endtag(s, t):
        if t in ('script','style','noscript','template','head'): s.skip-=1
        if t in BLOCK and t not in ('a','span','strong','em','b','i','small','time'): s.out.append(' ')
    def handle_data(s, d):
        if s.skip<=0: s.out.append(d)
def norm(t): return re.sub(r'\s+', ' ', html.unescape(t).translate(INV)).strip()
def visible(h):
    p=P(); p.feed(h); return norm(''.join(p.out))
bad=0; n=0
for jf in sorted(glob.glob(os.path.join(D,'*.expected.json'))):
    name=os.path.basename(jf)[:-14]; n+=1
    lab=json.load(open(jf,encoding='utf-8'))
    raw=open(os.path.join(D,name+'.html'),'rb').read()
    m=re.search(rb'charset=["\']?([A-Za-z0-9_-]+)',raw[:2000]); enc=m.group(1).decode() if m else 'utf-8'
    h=raw.decode(enc)
    v=visible(h); errs=[]
    for k in ('url','language','title','published','body_first','body_last','absent','notes'):
        if k not in lab: errs.append('missing '+k)
    if lab.get('published') is not None:
        try: datetime.date.fromisoformat(lab['published'])
        except Exception: errs.append('bad date')
    for k in ('title','body_first','body_last'):
        s=norm(lab[k])
        if s!=lab[k].strip(): errs.append(f'{k} label has invisible/extra ws')
        if s not in v: errs.append(f'{k} not visible: {s[:70]}')
    if not (2<=len(lab['absent'])<=4): errs.append('absent count')
    for a in lab['absent']:
        if norm(a) not in v: errs.append(f'absent not visible: {a[:60]}')
    i1=v.find(norm(lab['body_first'])); i2=v.find(norm(lab['body_last']))
    if i1>=0 and i2>=0 and i2<i1: errs.append('body_last before body_first')
    sz=len(raw)
    if not (9500<=sz<=19000): errs.append(f'size {sz}')
    print(f"{'OK ' if not errs else 'ERR'} {name:32s} {lab['language']} {sz:6d} {lab['published']}")
    for e in errs: print('    ',e); bad+=1
print(n,'pages', bad,'errors')
