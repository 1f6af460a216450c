"""Re-ingestion identity: three re-ingests, then a site's links moving from http to https and growing
tracking parameters and fragments, a feed's item links doing the same, whitespace-only edits and touches
of files, and real edits. No new entry except where content truly changed; no entry id ever changes."""
from __future__ import annotations

import json
import os
from pathlib import Path

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.store import Query, Store

from ..sites import PressSite, serve
from .common import folder_config, record


class MovingSite(PressSite):
    """The fixture site whose listing and feed links can move to https and grow tracking parameters."""

    scheme: str = "http"
    tracking: str = "utm_source=listing"

    def listing(self, page: int) -> str:
        html = super().listing(page)
        return html.replace('href="/en/2024/', f'href="{self.scheme}://127.0.0.1:{self.port}/en/2024/').replace(
            "?utm_source=listing", f"?{self.tracking}#top")

    def rss(self) -> str:
        return super().rss().replace(f"<link>http://127.0.0.1:{self.port}", f"<link>{self.scheme}://127.0.0.1:{self.port}")


def test_identity(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(20):
        (folder / f"r{n}.txt").write_text(f"Trade release {n}\n\n3 March 2021\n\nTrade ministers met, round {n}.\n\n"
                                          f"Second paragraph {n}.\n")
    (folder / "j.json").write_text(json.dumps({"title": "JSON release", "published": "2021-03-04",
                                               "body": "Ministers met about trade.", "url": "http://example.org/a?utm_medium=x"}))
    site = MovingSite(articles=6, per_page=6)
    with serve(site):
        extra = (f'[[sources]]\nid = "web"\nname = "Web"\nkind = "page"\nurl = "{site.url("/en/news")}"\n'
                 f'allow_private_network = true\n\n[[sources]]\nid = "feed"\nname = "Feed"\nkind = "feed"\n'
                 f'url = "{site.url("/feed.xml")}"\nallow_private_network = true\n')
        cfg = folder_config(tmp_path, {"files": folder})
        cfg.write_text(cfg.read_text().replace("[service]\n", "[service]\nhost_delay = 0.0\n", 1) + "\n" + extra)
        config = load_config(str(cfg), env={})
        store = Store.open(config.service.database)
        steps: list[tuple[str, dict[str, tuple[int, int]]]] = []
        ids: dict[tuple[str, str], str] = {}
        changed_ids = 0

        def ingest(step: str) -> dict[str, tuple[int, int]]:
            nonlocal changed_ids
            reports = {r.source_id: (r.new, r.updated) for r in run_ingest(config, store)}
            for item in store.releases(Query(limit=500)):
                key = (item.release.source_id, item.release.origin)
                if ids.setdefault(key, item.entry_id) != item.entry_id:
                    changed_ids += 1
            steps.append((step, reports))
            return reports
        try:
            first = ingest("first")
            assert first == {"files": (21, 0), "web": (6, 0), "feed": (6, 0)}, first
            for n in range(3):
                assert ingest(f"again {n}") == {"files": (0, 0), "web": (0, 0), "feed": (0, 0)}
            site.scheme, site.tracking = "https", "utm_campaign=x&fbclid=abc&utm_source=y"
            assert ingest("https and tracking") == {"files": (0, 0), "web": (0, 0), "feed": (0, 0)}
            for n in range(10):                     # whitespace-only edits and touches
                path = folder / f"r{n}.txt"
                text = path.read_text()
                path.write_text(text.replace("\n\n", "\n  \n\n") .replace(" met", "  met") + "\n\n" if n % 2
                                else text.replace("\n", "\r\n"))
            os.utime(folder / "r15.txt", (1e9, 1e9))
            assert ingest("whitespace edits") == {"files": (0, 0), "web": (0, 0), "feed": (0, 0)}
            (folder / "r3.txt").write_text((folder / "r3.txt").read_text().replace("round 3", "round three, corrected"))
            site.scheme = "http"                     # our test site speaks no TLS: edited articles are fetched over http
            site.edits[2] = "A correction was added."
            site.title = (lambda original: (lambda n: original(n) + (" (corrected)" if n == 2 else "")))(site.title)  # type: ignore[method-assign]
            assert ingest("real edits") == {"files": (0, 1), "web": (0, 1), "feed": (0, 1)}
            total = store.count()
        finally:
            store.close()
    record("re-ingestion identity", runs=len(steps), entries=total,
           new_after_first=sum(r[0] for _, rep in steps[1:] for r in rep.values()),
           updated_by_real_edits=sum(r[1] for r in steps[-1][1].values()), changed_ids=changed_ids)
    assert changed_ids == 0 and total == 33
