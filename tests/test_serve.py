"""`feeds serve` as the production server: gunicorn with several workers, the scheduler in exactly one
process (counted: 4 workers over 3 ticks give 3 ticks from one process and one run per source), a
graceful reload on SIGHUP and a clean stop on SIGTERM."""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from feeds.coordination import INGEST_NICENESS
from feeds.store import Store
from feeds.store.changes import wal_index_stamp

from .conftest import Env, free_port
from .feedtools import get, stop

TICK = re.compile(r"scheduler tick in process (\d+)")


def start_serve(config: Path, port: int, *extra: str) -> tuple[subprocess.Popen[bytes], Path]:
    log = config.parent / f"serve-{port}.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "feeds.cli", "--verbose", "--config", str(config), "serve",
                                 "--port", str(port), *extra], cwd=config.parent, stdout=subprocess.DEVNULL, stderr=err)
    return proc, log


def wait_for(check, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def page(port: int, path: str = "/health") -> bytes:
    try:
        status, _, body = get(f"http://127.0.0.1:{port}{path}", timeout=5)
    except OSError:
        return b""
    return body if status == 200 else b""


def answers(port: int) -> bool:
    return bool(page(port))


def ticks(log: Path) -> list[int]:
    return [int(pid) for pid in TICK.findall(log.read_text(errors="replace"))]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def thread_niceness(pid: int) -> list[int]:
    """The nice value of each thread of a process (Linux: field 19 of /proc/PID/task/TID/stat)."""
    out = []
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        try:
            out.append(int(stat.read_text().rsplit(")", 1)[1].split()[16]))
        except (OSError, IndexError):
            pass                      # a thread that ended meanwhile
    return out


@pytest.mark.long
@pytest.mark.sqlite_only
def test_four_workers_run_one_scheduler_through_a_reload(env: Env) -> None:
    """3 ticks with 4 workers come from one process, a dedicated child; SIGHUP reads the config again and
    replaces that child by exactly one other; SIGTERM stops everything with status 0."""
    text = env.config_path.read_text().replace("[schedule]\n", "[schedule]\ntick_seconds = 1\n")
    env.config_path.write_text(text)
    port = free_port()
    proc, log = start_serve(env.config_path, port, "--workers", "4")
    try:
        wait_for(lambda: answers(port), 60, "feeds serve to answer")
        seen = wait_for(lambda: (t := ticks(log)) and len(t) >= 3 and t, 30, "three scheduler ticks")
        workers = {int(p) for p in re.findall(r"Booting worker with pid: (\d+)", log.read_text())}
        assert len(workers) == 4
        assert b"<entry" in page(port, "/feeds/all.atom")               # the scheduler's ingestion shows
        scheduler = set(seen)
        assert len(scheduler) == 1, seen                                # one process ticks, whatever the workers
        assert not scheduler & workers and proc.pid not in scheduler    # a dedicated child, no worker
        # ingestion steps back for the readers: the scheduler's threads run at nice 10, the workers do not
        base = max(thread_niceness(proc.pid))
        assert max(thread_niceness(seen[0])) == max(base, INGEST_NICENESS)
        assert all(max(thread_niceness(w), default=base) == base for w in workers)
        first = seen[0]
        env.config_path.write_text(text.replace('title = "Test feeds"', 'title = "Reloaded feeds"'))
        proc.send_signal(signal.SIGHUP)
        wait_for(lambda: b"Reloaded feeds" in page(port, "/"), 60, "the reloaded config to show")
        second = wait_for(lambda: [p for p in ticks(log) if p != first], 30, "a tick of the new scheduler")[0]
        assert not alive(first)                                         # replaced, not doubled
        assert proc.poll() is None                                      # the arbiter stayed up
    finally:
        code = stop(proc, timeout=30)
    assert code == 0
    assert not alive(second), "the scheduler outlived the server"
    after_reload = ticks(log)[ticks(log).index(second):]
    assert set(after_reload) == {second}
    assert "scheduled ingestion skipped" not in log.read_text()         # no second scheduler met the lock
    store = Store.open(env.database)
    try:
        assert len(store.recent_runs("asean", 20)) == 1                 # one run over all ticks (every 600 min)
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_the_version_reader_sees_every_commit_at_once(env: Env) -> None:
    """The cached path reuses a version read while nothing was committed; 50 commits in a row (faster than
    the file system's clock ticks) are each seen at the next read."""
    reader = env.store.version_reader()
    other = Store.open(env.database)          # another process's writes look the same: a separate connection
    try:
        seen = [reader(), *commits_seen(other, 50, reader)]
    finally:
        other.close()
    assert seen == list(range(seen[0], seen[0] + 51))


def commits_seen(store: Store, commits: int, look):  # type: ignore[no-untyped-def]
    """What `look()` answers after each of `commits` commits to `store`, one after another."""
    seen = []
    for _ in range(commits):
        with store.engine.begin() as conn:
            store._bump_version(conn)
        seen.append(look())
    return seen


@pytest.mark.sqlite_only
def test_the_wal_index_stamp_follows_commits_while_connections_come_and_go(tmp_path: Path) -> None:
    """The cached path's stamp is SQLite's wal-index header, read from shared memory without a system call.
    It moves at every commit, also after every other connection closed and a new one opened the database
    afresh (a connection that finds itself alone truncates the -shm file; the last to close deletes it):
    the stamp's own connection keeps the file, so the map stays the memory writers update."""
    database = str(tmp_path / "archive.db")
    writer = Store.open(f"sqlite:///{database}")
    kept: list = []
    stamp = wal_index_stamp(database, lambda held: kept.append(held) or held)
    assert stamp is not None
    stamps = [stamp(), *commits_seen(writer, 3, stamp)]
    writer.close()                                  # every other connection gone ...
    fresh = Store.open(f"sqlite:///{database}")     # ... and a new one, as another process would open it
    try:
        stamps += commits_seen(fresh, 3, stamp)
    finally:
        fresh.close()
        for held in kept:
            held.close()
    assert len(set(stamps)) == len(stamps)          # a new header at every commit


@pytest.mark.sqlite_only
def test_the_wal_index_stamp_keeps_sqlites_lock_on_the_shared_memory(tmp_path: Path) -> None:
    """Closing any descriptor of a file drops every POSIX lock the process holds on it: the stamp must not close
    the -shm file it maps, or its guard connection (and every other connection of the worker) loses SQLite's
    lock on it, and another process opening the database alone truncates the file under the map (the worker
    then dies of SIGBUS: seen once in bench/battery's readers run)."""
    database = str(tmp_path / "archive.db")
    Store.open(f"sqlite:///{database}").close()
    kept: list = []
    stamp = wal_index_stamp(database, lambda held: kept.append(held) or held)
    assert stamp is not None
    try:
        inode = os.stat(database + "-shm").st_ino
        mine = [fields for fields in (line.split() for line in Path("/proc/locks").read_text().splitlines())
                if len(fields) >= 6 and fields[1] == "POSIX" and fields[4] == str(os.getpid())
                and fields[5].rsplit(":", 1)[-1] == str(inode)]
        assert mine, "the process holds no lock on the -shm file while the stamp maps it"
        assert stamp() == stamp()
    finally:
        for held in kept:
            held.close()


def test_no_wal_index_stamp_without_wal(tmp_path: Path) -> None:
    """A database in another journal mode has no wal-index: the stat of the WAL file serves instead."""
    database = tmp_path / "plain.db"
    sqlite3.connect(database).execute("CREATE TABLE t (x)").connection.close()
    assert wal_index_stamp(str(database)) is None


def test_the_arbiter_parses_the_topic_model_the_workers_then_share(tmp_path: Path) -> None:
    """`share_topic_model` (the arbiter, before it forks) leaves the parsed model where every worker's
    `load_classifier` finds it (no parsing of its own, so no copy of its own). A model that cannot be read
    is left to the workers, which report it as before."""
    from feeds.config import SHIPPED_MODEL
    from feeds.normalise.classifier import _parse_model, read_model
    from feeds.serve import share_topic_model
    model = tmp_path / "model.json"
    model.write_bytes(SHIPPED_MODEL.read_bytes())
    misses = _parse_model.cache_info().misses
    share_topic_model(str(model))
    assert _parse_model.cache_info().misses == misses + 1            # parsed in the arbiter...
    hits = _parse_model.cache_info().hits
    shared = read_model(str(model))                                  # ...and found by a worker's load_classifier
    assert _parse_model.cache_info().hits == hits + 1 and _parse_model.cache_info().misses == misses + 1
    model.write_bytes(SHIPPED_MODEL.read_bytes() + b"\n")             # a new file is parsed again, never stale
    assert read_model(str(model)) is not shared
    share_topic_model(str(tmp_path / "missing.json"))                 # no exception: the workers report it
    (tmp_path / "broken.json").write_text("{not json")
    share_topic_model(str(tmp_path / "broken.json"))
    share_topic_model("")
