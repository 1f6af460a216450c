#!/usr/bin/env python3
"""Build heldout7 pages: python3 gen.py"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from skeletons import SKELETONS  # noqa: E402


def build(pages):
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for p in pages:
        p.setdefault('slug_sec', 'news')
        p.setdefault('css', 1500)
        doc = SKELETONS[p['skel']](p)
        target = random.Random(p['name'] + 'size').randint(10900, 15800)
        p['css'] = max(200, p['css'] + target - len(doc.encode('utf-8')))
        doc = SKELETONS[p['skel']](p)
        path = os.path.join(OUT, p['name'] + '.html')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(doc)
        fst, lst = first_last(p)
        bt = ' '.join(body_texts(p) + [x for en in p.get('entries', []) for x in en[1]])
        for sn in p['absent']:
            assert sn not in bt, (p['name'], 'absent snippet inside body', sn)
        exp = {
            'url': p['url'], 'language': p['lang'], 'title': p['title'], 'published': p['published'],
            'body_first': fst, 'body_last': lst, 'absent': p['absent'], 'notes': p['notes'],
        }
        with open(os.path.join(OUT, p['name'] + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write('\n')
        rows.append((p['name'], p['lang'], p['published'], len(doc.encode('utf-8')), p['skel_desc']))
    return rows


if __name__ == '__main__':
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    allp = []
    for mod in ('pages_a', 'pages_b', 'pages_c'):
        try:
            m = __import__(mod)
        except ImportError:
            continue
        allp.extend(m.PAGES)
    rows = build(allp)
    for r in rows:
        print('%-28s %-3s %-11s %6d  %s' % (r[0], r[1], r[2], r[3], r[4]))
    json.dump(rows, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rows.json'), 'w'), ensure_ascii=False)
