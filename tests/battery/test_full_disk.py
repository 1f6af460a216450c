"""Full disk: the database's space runs out mid-ingest (SQLite's `max_page_count`, set by a test-only
connect hook), the failing sources report it, nothing is corrupted, the last good feeds are still
served byte for byte, and the next run with space catches up with nothing lost or duplicated."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, text

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.store import Store
from feeds.web import create_app

from ..feedtools import trade_releases
from .common import folder_config, record


def limit_pages(store: Store, extra_pages: int) -> int:
    """Every new connection of the store gets max_page_count = current size + `extra_pages`."""
    with store.engine.connect() as c:
        pages = int(c.execute(text("PRAGMA page_count")).scalar_one())
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
    return pages + extra_pages


def test_full_disk(tmp_path: Path) -> None:
    folders = {f"s{i}": tmp_path / f"s{i}" for i in range(4)}
    for i, folder in enumerate(folders.values()):
        folder.mkdir()
        trade_releases(folder, i * 100, 10)
    config = load_config(str(folder_config(tmp_path, folders)), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    client = create_app(config, store).test_client()
    good = {p: client.get(p).data for p in ("/feeds/all.atom", "/feeds/trade.rss", "/feeds/all.json")}
    for i, folder in enumerate(folders.values()):            # a big batch arrives
        trade_releases(folder, 1000 + i * 400, 150)
    full = Store.open(config.service.database)
    limit = limit_pages(full, 20)
    reports = run_ingest(config, full)
    failed = [r for r in reports if not r.ok]
    errors = [r.error or "" for r in failed]
    full.close()
    integrity = store.check()
    served = {p: client.get(p) for p in good}
    still_served = sum(r.status_code == 200 and r.data == good[p] for p, r in served.items())
    after_full = store.count()
    reports = run_ingest(config, store)                         # space again
    total = store.count()
    with store.engine.connect() as c:
        dups = c.execute(text("SELECT count(*) FROM (SELECT title FROM releases GROUP BY title HAVING count(*) > 1) d")
                         ).scalar_one()
    store.close()
    record("full disk", page_limit=limit, sources_failed=len(failed), integrity=integrity,
           last_good_feeds_served=f"{still_served}/{len(good)}", releases_while_full=after_full,
           releases_after=total, expected=40 + 600, lost=40 + 600 - total, duplicates=int(dups),
           catch_up_ok=all(r.ok for r in reports))
    assert failed and all("full" in e.lower() for e in errors), errors
    assert integrity == "ok"
    assert still_served == len(good)
    assert all(r.ok for r in reports) and total == 640 and dups == 0
