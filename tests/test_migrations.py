"""Schema migrations and archive copies, on both engines: nothing lost, ids and dates kept, feeds
byte-identical after `feeds db copy`."""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, inspect, select, text

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.store import Query, Store, make_engine, migrate
from feeds.store.schema import instants, meta, origins, release_topics, releases, runs
from feeds.web import create_app

from .conftest import ROOT, write_config

OLD_TABLES = (meta, releases, origins, release_topics, runs)   # the schema of revision 0001
LATER_COLUMNS = {"release_topics": {"confidence"},     # columns of those tables added since
                 "releases": {"changed", "embargo_until", "published_offset", "notes", "contacts"},
                 "origins": {"file_size", "file_mtime_ns", "file_inode", "file_hash", "file_context"}}


def demo_archive(tmp: Path) -> tuple[Path, str]:
    """The shipped demo releases ingested into a SQLite archive; returns (config path, database URL)."""
    releases_dir = tmp / "releases"
    shutil.copytree(ROOT / "sources", releases_dir)
    folders = {d.name: d for d in sorted(releases_dir.iterdir()) if d.is_dir()}
    url = f"sqlite:///{tmp / 'demo.db'}"
    config_path = write_config(tmp, folders, database=url)
    config = load_config(str(config_path), env={})
    store = Store.open(url)
    run_ingest(config, store)
    store.close()
    return config_path, url


def snapshot(url: str) -> dict[str, tuple]:  # type: ignore[type-arg]
    store = Store.open(url)
    try:
        return {i.entry_id: (i.release.title, i.release.published, i.updated, i.release.body_text,
                             tuple(m.slug for m in i.release.topics)) for i in store.releases(Query(limit=500))}
    finally:
        store.close()


def test_upgrading_a_database_of_the_previous_schema_keeps_everything(tmp_path: Path, database_url: str) -> None:
    config_path, demo = demo_archive(tmp_path)
    want = snapshot(demo)
    # A database at revision 0001 with the demo's rows in it, as the previous version left it.
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0001")
    assert migrate.current(engine) == "0001"
    assert "http_state" not in inspect(engine).get_table_names()
    source = make_engine(demo)
    with source.connect() as s, engine.begin() as d:
        for table in OLD_TABLES:
            later = LATER_COLUMNS.get(table.name, set())
            rows = [{k: v for k, v in r.items() if k not in later} for r in s.execute(select(table)).mappings()]
            d.execute(insert(table), rows)
        if d.dialect.name == "postgresql":
            d.execute(text("SELECT setval(pg_get_serial_sequence('releases', 'pk'), (SELECT max(pk) FROM releases))"))
            d.execute(text("SELECT setval(pg_get_serial_sequence('runs', 'id'), (SELECT max(id) FROM runs))"))
    source.dispose()
    engine.dispose()
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(config_path), "db", "upgrade",
                        "--url", database_url], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "0001 -> " + migrate.head() in r.stdout
    assert snapshot(database_url) == want
    # the upgraded archive works: search (a new index), and a re-ingest adds nothing and changes no id
    config = load_config(str(write_config(tmp_path, {d.name: d for d in sorted((tmp_path / "releases").iterdir())
                                                     if d.is_dir()}, database=database_url)), env={})
    store = Store.open(database_url)
    try:
        assert store.releases(Query(words=("jakarta",)))
        reports = run_ingest(config, store)
        assert sum(r.new for r in reports) == 0 and all(r.ok for r in reports)
        assert {i.entry_id for i in store.releases(Query(limit=500))} == set(want)
    finally:
        store.close()


def test_fractional_instants_become_distinct_whole_seconds(tmp_path: Path, database_url: str) -> None:
    """An archive of revision 0004 kept `updated` with made-up fractions of a second; at 0005 they are cut
    to whole seconds, ties moved on by seconds in their old order, and `changed` is filled."""
    _, demo = demo_archive(tmp_path)
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0004")
    source = make_engine(demo)
    with source.connect() as s:
        rows = [{k: v for k, v in r.items() if k not in LATER_COLUMNS["releases"]}
                for r in s.execute(select(releases).order_by(releases.c.pk)).mappings()]
    source.dispose()
    base = rows[0]["updated"].replace(microsecond=0)
    fractions = [634752, 12, 999999, 500000]    # the old writer's offsets: one second for all four
    for row, micro in zip(rows, fractions):
        row["updated"] = base.replace(microsecond=micro)
    with engine.begin() as d:
        d.execute(insert(releases), rows)
    engine.dispose()
    old_order = [r["pk"] for r in sorted(rows, key=lambda r: (r["updated"], r["pk"]))]
    store = Store.open(database_url)
    try:
        assert migrate.current(store.engine) == migrate.head()
        with store.engine.connect() as c:
            after = c.execute(select(releases.c.pk, releases.c.updated, releases.c.changed, releases.c.first_seen)
                              .order_by(releases.c.updated, releases.c.pk)).all()
            reserved = set(c.execute(select(instants.c.instant)).scalars())
    finally:
        store.close()
    assert [r.pk for r in after] == old_order
    assert all(r.updated.microsecond == 0 for r in after)
    assert len({r.updated for r in after}) == len(after)
    by_pk = {r.pk: r for r in after}
    tied = [row["pk"] for row in sorted(rows[:4], key=lambda r: r["updated"])]
    moved = [by_pk[pk].updated for pk in tied]
    assert moved[0] == base and moved == sorted(moved) and moved[-1] - base < timedelta(seconds=len(rows))
    assert all(r.changed == max(r.updated, r.first_seen) for r in after)
    assert reserved == {r.updated for r in after}        # every second in use is reserved


def test_releases_sharing_a_second_are_parted(tmp_path: Path, database_url: str) -> None:
    """An archive of revision 0007 in which concurrent PostgreSQL workers gave three releases one `updated`
    second (and one of the seconds after it is another release's): at 0008 the first stored keeps it, the
    others move to the next free seconds, reserved, with `changed` now; every other release is untouched."""
    from datetime import datetime, timezone
    _, demo = demo_archive(tmp_path)
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0007")
    source = make_engine(demo)
    with source.connect() as s:
        rows = [dict(r) for r in s.execute(select(releases).order_by(releases.c.pk)).mappings()]
    source.dispose()
    base = rows[0]["updated"]
    for row in rows[1:3]:
        row["updated"] = base                              # three releases on one second
    rows[3]["updated"] = base + timedelta(seconds=1)      # the next second is another release's
    with engine.begin() as d:
        d.execute(insert(releases), rows)
        d.execute(insert(instants), [{"instant": u} for u in {r["updated"] for r in rows}])
    engine.dispose()
    before = datetime.now(timezone.utc).replace(microsecond=0)
    store = Store.open(database_url)
    try:
        assert migrate.current(store.engine) == migrate.head()
        with store.engine.connect() as c:
            after = {r.pk: r for r in c.execute(select(releases.c.pk, releases.c.updated, releases.c.changed))}
            reserved = set(c.execute(select(instants.c.instant)).scalars())
    finally:
        store.close()
    first, second, third = (rows[n]["pk"] for n in range(3))
    assert after[first].updated == base and after[first].changed == rows[0]["changed"]
    assert after[second].updated == base + timedelta(seconds=2) and after[third].updated == base + timedelta(seconds=3)
    assert all(after[pk].changed >= before for pk in (second, third))
    assert all(after[r["pk"]].updated == r["updated"] and after[r["pk"]].changed == r["changed"] for r in rows[3:])
    assert len({r.updated for r in after.values()}) == len(after)
    assert {r.updated for r in after.values()} <= reserved


def test_a_database_made_before_migrations_is_adopted(tmp_path: Path, database_url: str) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    store = Store.open(database_url)
    try:
        assert migrate.current(store.engine) == migrate.head()
        assert "leases" in inspect(store.engine).get_table_names()
    finally:
        store.close()


def _documents(config_path: Path, url: str) -> dict[str, bytes]:
    config = load_config(str(config_path), env={"FEEDS_DATABASE_URL": url})
    store = Store.open(url)
    try:
        client = create_app(config, store).test_client()
        paths = [f"/feeds/{t}.{f}" for t in ["all"] + [t.slug for t in config.topics] for f in ("atom", "rss", "json")]
        paths += ["/opml", "/feeds/all.atom?q=trade", "/feeds/all.atom?limit=3"]
        out = {}
        for path in paths:
            resp = client.get(path)
            assert resp.status_code == 200, path
            out[path] = resp.data
        return out
    finally:
        store.close()


def test_db_copy_keeps_every_feed_byte_identical(tmp_path: Path, database_url: str) -> None:
    config_path, demo = demo_archive(tmp_path)
    target = database_url if not database_url.startswith("sqlite") else f"sqlite:///{tmp_path / 'copy.db'}"
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(config_path), "db", "copy", demo, target],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert snapshot(target) == snapshot(demo)
    before, after = _documents(config_path, demo), _documents(config_path, target)
    assert before.keys() == after.keys()
    for path in before:
        assert before[path] == after[path], path
    # copying again into a non-empty archive is refused, and changes nothing
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(config_path), "db", "copy", demo, target],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and "empty" in r.stderr
    # the copy goes on: a new release gets a fresh key after the copied ones
    _ingest_one_more(config_path, target)


def _ingest_one_more(config_path: Path, url: str) -> None:
    config = load_config(str(config_path), env={"FEEDS_DATABASE_URL": url})
    first = config.sources[0]
    Path(first.path, "zz-new.txt").write_text("A brand new release\n\nThe council met on trade today.\n",
                                              encoding="utf-8")
    store = Store.open(url)
    try:
        reports = run_ingest(config, store)
        assert sum(r.new for r in reports) == 1 and all(r.ok for r in reports)
    finally:
        store.close()
