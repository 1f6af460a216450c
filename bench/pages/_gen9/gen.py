import sys, json, re
sys.path.insert(0, '/work/notes/pages/heldout6_gen')
from fw import write, visible, INVIS
from skel import SKELETONS
import importlib

def run(mods):
    rows = []
    for m in mods:
        for s in importlib.import_module(m).PAGES:
            d = SKELETONS[s['skel']](s)
            vis = visible(d)
            # sanity
            assert s['first'] in vis, (s['name'], 'first')
            assert s['last'] in vis, (s['name'], 'last')
            exp = dict(url=s['url'], language=s['lang'], title=s['title'], published=s['published'],
                       body_first=s['first'], body_last=s['last'], absent=s['absent'], notes=s['notes'])
            size = write(s['name'], d, exp, s.get('prefix', s['skel'])[:3])
            rows.append((s['name'], s['lang'], s['published'], size, s['skel'] + (' / ' + s['skin'] if s.get('skin') else '')))
    return rows

if __name__ == '__main__':
    mods = sys.argv[1:] or ['pages1', 'pages2', 'pages3']
    rows = run(mods)
    json.dump(rows, open('/work/notes/pages/heldout6_gen/rows.json', 'w'), ensure_ascii=False)
    for r in rows: print(*r, sep='\t')
