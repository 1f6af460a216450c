import json, os, sys, importlib
sys.path.insert(0, os.path.dirname(__file__))
from skel import SKELETONS
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev4")
KEYS = ["url", "language", "title", "published", "body_first", "body_last", "absent", "notes"]
pages = []
for m in ["pages1", "pages2", "pages3", "pages4"]:
    try:
        pages += importlib.import_module(m).PAGES
    except ModuleNotFoundError:
        pass
rows = []
for p in pages:
    doc = SKELETONS[p["skel"]](p)
    open(f"{OUT}/{p['name']}.html", "w", encoding="utf-8").write(doc)
    exp = {"url": p["url"], "language": p["lang"], "title": p["title"], "published": p["published"],
           "body_first": p["body_first"], "body_last": p["body_last"], "absent": p["absent"],
           "notes": f"Skeleton: {p['skel']}. " + p["notes"]}
    json.dump(exp, open(f"{OUT}/{p['name']}.expected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    rows.append((p["name"], p["lang"], p["published"], len(doc.encode()), p["skel"]))
json.dump(rows, open(os.path.join(os.path.dirname(__file__), "rows.json"), "w"))
print(len(pages), "pages")
