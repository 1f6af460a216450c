"""Ingestion into a real SQLite archive: identity, change, nothing lost, bad files, topic re-classification,
source isolation and the run lock."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from feeds.errors import LockBusy
from feeds.coordination import ingest_lock, lock_path
from feeds.ingest import run_ingest
from feeds.store import Query
from feeds.store.schema import releases

from .conftest import SEED_TITLE, Env, write_config


def snapshot(env: Env) -> dict[str, tuple[str, str, str]]:
    return {i.release.origin: (i.entry_id, i.updated.isoformat(), i.release.content_hash)
            for i in env.store.releases(Query(limit=500))}


def rows(env: Env) -> int:
    with env.store.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(releases)).scalar_one())


def test_first_ingest_stores_the_seed(env: Env) -> None:
    [report] = env.ingest()
    assert (report.new, report.updated, report.unchanged, report.skipped, report.failed) == (1, 0, 0, 0, 0)
    [item] = env.store.releases(Query(topic="counter-terrorism"))
    assert item.release.title == SEED_TITLE and item.entry_id.startswith("urn:uuid:")
    # a new release's change date is its publication (the first free whole second from it)
    assert item.updated == item.release.published and item.updated.microsecond == 0
    assert env.store.releases(Query(topic="health")) == []


def test_ingesting_twice_changes_nothing(env: Env) -> None:
    env.ingest()
    before, version = snapshot(env), env.store.version()
    [report] = env.ingest()
    assert (report.new, report.updated, report.unchanged) == (0, 0, 1)
    assert snapshot(env) == before and env.store.version() == version and rows(env) == 1


def test_touching_a_file_is_not_a_change(env: Env) -> None:
    env.ingest()
    before = snapshot(env)
    os.utime(env.releases / "seed.txt", (time.time() + 100, time.time() + 100))
    env.ingest()
    assert snapshot(env) == before


def test_editing_a_file_updates_its_one_entry_in_place(env: Env) -> None:
    env.ingest()
    [(origin, (entry_id, updated, _))] = snapshot(env).items()
    path = env.releases / "seed.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("yesterday", "on Monday"), encoding="utf-8")
    [report] = env.ingest()
    assert report.updated == 1 and report.new == 0
    [(origin2, (entry_id2, updated2, _))] = snapshot(env).items()
    assert origin2 == origin and entry_id2 == entry_id and updated2 > updated
    assert "on Monday" in env.store.releases(Query())[0].release.body_text


def test_whitespace_only_edit_is_not_a_change(env: Env) -> None:
    env.ingest()
    before = snapshot(env)
    path = env.releases / "seed.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(". ", ".  ").replace("\n\n", "\n\n\n"), encoding="utf-8")
    env.ingest()
    assert snapshot(env) == before


def test_deleting_a_file_loses_nothing(env: Env) -> None:
    env.ingest()
    before = snapshot(env)
    (env.releases / "seed.txt").unlink()
    [report] = env.ingest()
    assert report.ok and snapshot(env) == before


def test_two_identical_files_make_one_entry(env: Env) -> None:
    shutil.copy(env.releases / "seed.txt", env.releases / "copy-of-seed.txt")
    [report] = env.ingest()
    assert report.new == 1 and report.unchanged == 1 and rows(env) == 1
    env.ingest()
    assert rows(env) == 1


def test_a_title_differing_only_in_case_and_spacing_is_the_same_release(env: Env) -> None:
    seed = (env.releases / "seed.txt").read_text(encoding="utf-8")
    (env.releases / "copy.txt").write_text(seed.replace(SEED_TITLE, "  " + SEED_TITLE.upper().replace(" ", "   "), 1),
                                           encoding="utf-8")
    [report] = env.ingest()
    assert report.new == 1 and rows(env) == 1


NOTICE_BODY = "The office is closed on the public holiday.\n\nIt opens again the following working day.\n"


def write_notices(folder: Path, *titles: str) -> None:
    for n, title in enumerate(titles):
        (folder / f"notice-{n}.txt").write_text(f"{title}\n\n12 May 2024\n\n{NOTICE_BODY}", encoding="utf-8")


def test_same_body_different_titles_are_two_releases_in_every_feed(env: Env) -> None:
    import feedparser
    from feeds.web import create_app
    write_notices(env.releases, "Office closed for Vesak Day", "Office closed for Labour Day")
    [report] = env.ingest()
    assert report.new == 3 and report.unchanged == 0 and rows(env) == 3
    client = create_app(env.config, env.store).test_client()
    for fmt in ("atom", "rss"):
        parsed = feedparser.parse(client.get(f"/feeds/all.{fmt}").data)
        titles = {e.title for e in parsed.entries}
        assert {"Office closed for Vesak Day", "Office closed for Labour Day"} <= titles, fmt
        assert len({e.id for e in parsed.entries}) == 3
    items = client.get("/feeds/all.json").get_json()["items"]
    assert {"Office closed for Vesak Day", "Office closed for Labour Day"} <= {i["title"] for i in items}
    [again] = env.ingest()
    assert (again.new, again.unchanged) == (0, 3) and rows(env) == 3


def test_an_alias_with_another_title_becomes_its_own_release(env: Env) -> None:
    """An archive written when twins were matched on the body alone: the second notice was stored as an
    alias of the first. The next ingestion makes it a release of its own, with the id any new item gets."""
    from feeds.normalise.identity import mint_entry_id
    from feeds.store.schema import origins
    write_notices(env.releases, "Office closed for Vesak Day")
    env.ingest()
    [first] = [i for i in env.store.releases(Query()) if i.release.origin == "notice-0.txt"]
    pk = env.store.engine.connect().execute(select(releases.c.pk).where(releases.c.entry_id == first.entry_id)).scalar_one()
    with env.store.engine.begin() as c:      # what the body-only rule stored for a second title
        c.execute(origins.insert().values(source_id="asean", origin="notice-1.txt", release_pk=pk,
                                          content_hash=first.release.content_hash))
    write_notices(env.releases, "Office closed for Vesak Day", "Office closed for Labour Day")
    version = env.store.version()
    [report] = env.ingest()
    assert report.new == 1 and env.store.version() > version
    by_origin = {i.release.origin: i for i in env.store.releases(Query())}
    assert by_origin["notice-1.txt"].release.title == "Office closed for Labour Day"
    assert by_origin["notice-1.txt"].entry_id == mint_entry_id("asean", "notice-1.txt")
    assert by_origin["notice-0.txt"].entry_id == first.entry_id
    assert by_origin["notice-0.txt"].release.title == "Office closed for Vesak Day"
    [again] = env.ingest()
    assert again.new == 0 and rows(env) == 3


def test_ids_depend_on_source_and_origin_only(env: Env) -> None:
    env.ingest()
    [first] = env.store.releases(Query())
    (env.releases / "other.txt").write_text("Another release\n\nThe council met on trade.\n", encoding="utf-8")
    env.ingest()
    ids = {i.release.origin: i.entry_id for i in env.store.releases(Query())}
    assert ids["seed.txt"] == first.entry_id and len(set(ids.values())) == 2


BAD_FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.md": b"\n\n   \n",
    "binary.txt": bytes(range(256)) * 8,
    "image.html": b"\x89PNG\r\n\x1a\n" + bytes(500),
    "bad.json": b"{not json",
    "list.json": b"[1, 2, 3]",
    "no-title.json": b'{"body": "text without a title"}',
    "controls.txt": "Title\x01\x02\x03\n\nBody \x00 text".encode(),
    "hostile.html": b"<html><head><title>Hostile</title></head><body><article><p>Text one is here.</p>"
                    b"<script>alert(1)</script><p onclick='x()'>Text two <a href='javascript:alert(1)'>link</a></p>"
                    b"<iframe src='http://evil'></iframe></article></body></html>",
    "deep.json": b'{"title": "Deep", "body": "x", "a": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "notes.docx": b"PK\x03\x04 whatever",
}


def test_bad_files_never_break_a_run_or_a_feed(env: Env) -> None:
    for name, data in BAD_FILES.items():
        (env.releases / name).write_bytes(data)
    [report] = env.ingest()
    assert report.ok and report.failed == 0
    reasons = dict(report.skipped_reasons)
    for name in ("empty.txt", "blank.md", "binary.txt", "image.html", "bad.json", "list.json", "no-title.json",
                 "notes.docx"):
        assert name in reasons, name
    titles = {i.release.title: i for i in env.store.releases(Query())}
    assert SEED_TITLE in titles
    hostile = titles["Hostile"].release
    assert "<script" not in hostile.body_html and "onclick" not in hostile.body_html
    assert "javascript:" not in hostile.body_html and "<iframe" not in hostile.body_html
    assert "Text two" in hostile.body_text
    controls = titles.get("Title")
    assert controls is not None and "\x00" not in controls.release.body_text


def test_a_link_out_of_the_folder_is_never_read(env: Env, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret title\n\nSecret body that must not be read.\n", encoding="utf-8")
    (env.releases / "link.txt").symlink_to(secret)
    [report] = env.ingest()
    assert "link.txt" in dict(report.skipped_reasons)
    assert all("Secret" not in i.release.title for i in env.store.releases(Query()))


def test_a_missing_folder_fails_its_source_only(env: Env, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "r.txt").write_text("Other release\n\nAbout trade.\n", encoding="utf-8")
    config_path = write_config(env.root, {"gone": tmp_path / "nope", "asean": env.releases, "other": other}, database=env.database)
    from feeds.config import load_config
    config = load_config(str(config_path), env={})
    reports = {r.source_id: r for r in run_ingest(config, env.store)}
    assert not reports["gone"].ok and "does not exist" in (reports["gone"].error or "")
    assert reports["asean"].new == 1 and reports["other"].new == 1
    runs = env.store.last_runs()
    assert runs["gone"].status == "failed" and runs["asean"].status == "ok"


def test_changed_topic_rules_reclassify_the_archive(env: Env) -> None:
    env.ingest()
    assert env.store.releases(Query(topic="health")) == []
    updated_before = snapshot(env)
    env.reload(topics='[topics.health]\nname = "Health"\nkeywords = ["jakarta"]\n')
    env.ingest()
    [item] = env.store.releases(Query(topic="health"))
    assert item.release.title == SEED_TITLE
    assert snapshot(env) == updated_before       # re-classifying is not an edit: ids and dates stay


def test_exclude_phrases_do_not_count(env: Env) -> None:
    (env.releases / "supply.txt").write_text(
        "Ministers agree on energy\n\nThe agreement improves security of supply for the region.\n", encoding="utf-8")
    env.reload(topics='[topics.security]\nname = "Security"\nkeywords = ["security"]\nexclude = ["security of supply"]\n')
    env.ingest()
    titles = {i.release.title for i in env.store.releases(Query(topic="security"))}
    assert "Ministers agree on energy" not in titles


@pytest.mark.sqlite_only
def test_lock_keeps_two_runs_apart(env: Env) -> None:
    path = lock_path(env.config.service.database)
    with ingest_lock(path):
        with pytest.raises(LockBusy) as info:
            with ingest_lock(path, wait=0.3):
                pass
        assert str(os.getpid()) in str(info.value)
        r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(env.config_path), "ingest", "--wait", "0"],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 1 and "another ingestion run" in r.stderr
    with ingest_lock(path, wait=0):
        pass


@pytest.mark.long
def test_cli_ingest_reports_and_exit_codes(env: Env, tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "feeds.cli", "--config", str(env.config_path), "ingest"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "source=asean status=ok new=1 updated=0 unchanged=0 skipped=0 failed=0" in r.stdout
    config_path = write_config(env.root, {"asean": env.releases, "gone": tmp_path / "missing"}, database=env.database)
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(config_path), "ingest"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "source=gone status=failed" in r.stdout and "source=asean status=ok" in r.stdout
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(config_path), "ingest", "--source", "nope"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2


def test_cli_extract_prints_json_lines(env: Env) -> None:
    (env.releases / "vaccine.json").write_text(json.dumps({
        "title": "Health ministers agree on vaccine stockpile", "published": "2021-03-02T08:00:00Z",
        "body": "Health ministers agreed to build a regional vaccine stockpile.", "url": "https://example.org/r/1"}))
    r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(env.config_path), "extract",
                        str(env.releases / "seed.txt"), str(env.releases / "vaccine.json")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    seed, vaccine = (json.loads(line) for line in r.stdout.splitlines())
    for key in ("title", "published", "published_estimated", "dateline", "summary", "body_text", "body_html",
                "language", "topics", "link"):
        assert key in seed
    assert seed["title"] == SEED_TITLE and seed["published"].startswith("2018-04-10") and seed["dateline"] == "JAKARTA"
    assert "counter-terrorism" in seed["topics"] and "health" not in seed["topics"]
    assert vaccine["topics"] == ["health"] and vaccine["link"] == "https://example.org/r/1"
    assert vaccine["published"] == "2021-03-02T08:00:00+00:00"
    # which evidence gave the date: the JSON file's own field; the text file's date line ("10 Apr 2018")
    assert (vaccine["date_source"], seed["date_source"]) == ("source", "date line")


def test_concurrent_writers_never_leave_two_releases_on_one_second(env: Env) -> None:
    """Two writers store releases stated at the same instant at once (PostgreSQL workers do: neither sees
    the other's uncommitted row). After both commit, their `updated` seconds differ."""
    import threading
    from datetime import datetime, timezone
    from feeds.model import RawRelease
    from feeds.normalise import normalise
    from feeds.normalise.classifier import load_classifier
    from feeds.normalise.identity import mint_entry_id
    source = env.config.sources[0]
    classifier = load_classifier(env.config)
    now = datetime.now(timezone.utc)

    def release(n: int):  # type: ignore[no-untyped-def]
        raw = RawRelease(origin=f"same-{n}.txt", title=f"Council session {n}", published="2024-05-02T09:00:00Z",
                         body_text=f"The council met for session {n}.")
        return normalise(raw, source, classifier, now)

    outcomes: list[str] = []

    def second_writer() -> None:
        with env.store.writer() as w:
            outcomes.append(w.save(release(2), mint_entry_id(source.id, "same-2.txt"), "", now).report)

    with env.store.writer() as w:
        outcomes.append(w.save(release(1), mint_entry_id(source.id, "same-1.txt"), "", now).report)
        other = threading.Thread(target=second_writer)
        other.start()
        other.join(timeout=3)      # PostgreSQL: done, committed; SQLite: waits for this transaction
    other.join(timeout=60)
    assert outcomes == ["new", "new"]
    updated = [i.updated for i in env.store.releases(Query()) if i.release.title.startswith("Council session")]
    assert len(updated) == 2 and len(set(updated)) == 2 and all(u.microsecond == 0 for u in updated)


def test_a_second_another_writer_reserved_is_refused(env: Env) -> None:
    """A writer that asks for a second another writer already took is told so (and moves on): the answer
    comes from the insert's RETURNING, not from the cursor's rowcount (-1 for an INSERT under SQLAlchemy,
    which once made every second look free to concurrent PostgreSQL workers)."""
    from datetime import datetime, timezone
    second = datetime(2024, 5, 2, 9, 0, tzinfo=timezone.utc)
    with env.store.writer() as first:
        assert first._reserve(second) is True
        assert first._reserve(second) is False                   # taken: by this writer, too
        if not env.store.is_sqlite:                               # PostgreSQL: another transaction at once
            with env.store.writer() as other:
                assert other._reserve(second) is False
                assert other._free_instant(second) == datetime(2024, 5, 2, 9, 0, 1, tzinfo=timezone.utc)


def _reserve_many(database_url: str, count: int) -> list[str]:
    """In a process of its own: `count` releases' seconds asked for the same instant, one transaction each."""
    from datetime import datetime, timezone
    from feeds.store import Store
    store = Store.open(database_url)
    try:
        taken = []
        for _ in range(count):
            with store.writer() as w:
                taken.append(w._free_instant(datetime(2024, 5, 2, 9, 0, tzinfo=timezone.utc)).isoformat())
        return taken
    finally:
        store.close()


def test_writers_in_three_processes_never_take_one_second_twice(env: Env) -> None:
    """Three processes ask for the same instant 30 times each, at once (PostgreSQL workers storing releases
    of one day do): 90 distinct seconds."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(3, mp_context=multiprocessing.get_context("spawn")) as pool:
        answers = [f.result(timeout=120) for f in [pool.submit(_reserve_many, env.database, 30) for _ in range(3)]]
    taken = [second for answer in answers for second in answer]
    assert len(taken) == 90 and len(set(taken)) == 90


def test_concurrent_edits_neither_wait_for_each_other_nor_lose_a_version(env: Env) -> None:
    """Two writers each edit a release at once (PostgreSQL workers on different sources do). The archive's
    shared meta rows (version, withdrawn) are written at commit, so the second writer does not wait for
    the first one's whole batch (waiting on a row lock cost workers their leases), and both version bumps
    count. SQLite has one writer at a time: there the second waits, and both still count."""
    import threading
    from datetime import datetime, timezone
    from feeds.model import RawRelease
    from feeds.normalise import normalise
    from feeds.normalise.classifier import load_classifier
    from feeds.normalise.identity import mint_entry_id
    source = env.config.sources[0]
    now = datetime.now(timezone.utc)
    classifier = load_classifier(env.config)

    def release(n: int, words: str):  # type: ignore[no-untyped-def]
        raw = RawRelease(origin=f"edit-{n}.txt", title=f"Council session {n}", published="2024-05-02T09:00:00Z",
                         body_text=f"The council met for session {n}. {words}")
        return normalise(raw, source, classifier, now)

    with env.store.writer() as w:
        for n in (1, 2):
            w.save(release(n, "First text."), mint_entry_id(source.id, f"edit-{n}.txt"), "", now)
    before = env.store.version()
    outcomes: list[str] = []
    second_done = threading.Event()

    def second_writer() -> None:
        with env.store.writer() as w:
            outcomes.append(w.save(release(2, "Edited."), mint_entry_id(source.id, "edit-2.txt"), "", now).report)
        second_done.set()

    with env.store.writer() as w:
        outcomes.append(w.save(release(1, "Edited."), mint_entry_id(source.id, "edit-1.txt"), "", now).report)
        other = threading.Thread(target=second_writer)
        other.start()
        finished_while_first_open = second_done.wait(timeout=20 if not env.store.is_sqlite else 1)
    other.join(timeout=60)
    assert outcomes == ["updated", "updated"]
    assert finished_while_first_open != env.store.is_sqlite
    assert env.store.version() == before + 2
    assert env.store.withdrawn() is not None and env.store.withdrawn() >= now
