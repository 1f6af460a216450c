"""Many processes on one archive: 3 ingestion workers and 2 web processes over several scheduling rounds,
on each engine (PostgreSQL: per-source leases; SQLite: the file lock). Every source is ingested exactly
once per round, nothing is duplicated, every feed stays valid, and a worker killed mid-run leaves
nothing half-written and its sources are picked up by the others."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from feeds.store import Store
from feeds.store.schema import leases, origins, releases, runs

from .conftest import free_port
from .feedrules import check_atom

# Rounds are 31 minutes apart on a clock that starts a day ago (`feeds ingest --now`): dates stay true.
T0 = (datetime.now(timezone.utc) - timedelta(days=1)).replace(microsecond=0)
SUBJECTS = ["trade ministers cut tariffs", "health ministers launch a vaccine drive",
            "the council condemns a terrorist attack", "floods displace villagers"]


def make_sources(root: Path, counts: dict[str, int]) -> None:
    for source, n in counts.items():
        folder = root / source
        folder.mkdir(parents=True)
        for i in range(n):
            subject = SUBJECTS[i % len(SUBJECTS)]
            (folder / f"r{i:04d}.txt").write_text(
                f"{source} release {i}: {subject}\n\n{10 + i % 18} March 2024\n\n"
                f"GENEVA, {10 + i % 18} March 2024 - Today {subject}. This is release {i} of {source}.\n\n"
                f"A second paragraph with details number {i * 7} for {source}.\n", encoding="utf-8")


def write(root: Path, database: str, port: int, counts: dict[str, int]) -> Path:
    sources = "".join(f'[[sources]]\nid = "{s}"\nname = "{s} news"\nkind = "folder"\npath = "{root / s}"\n\n'
                      for s in counts)
    path = root / "config.toml"
    path.write_text(f"""[service]
base_url = "http://127.0.0.1:{port}"
database = "{database}"

[schedule]
every_minutes = 30
lease_seconds = 8

{sources}
[topics.trade]
name = "Trade"
keywords = ["trade", "tariffs"]

[topics.health]
name = "Health"
keywords = ["health", "vaccine"]
""", encoding="utf-8")
    return path


def feeds_cmd(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "feeds.cli", "--config", str(config), *args]


def start_workers(config: Path, now: datetime, n: int = 3) -> list[subprocess.Popen[str]]:
    return [subprocess.Popen(feeds_cmd(config, "ingest", "--due", "--now", now.isoformat(), "--wait", "600"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(n)]


def finish(workers: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    out = []
    for w in workers:
        stdout, stderr = w.communicate(timeout=900)
        out.append((w.returncode, stdout + stderr))
    return out


def runs_between(store: Store, start: datetime, end: datetime) -> dict[str, list[str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(runs.c.source_id, runs.c.status, runs.c.started)).all()
    found: dict[str, list[str]] = {}
    for source_id, status, started in rows:
        started = started.replace(tzinfo=timezone.utc)
        if start <= started < end:
            found.setdefault(source_id, []).append(status)
    return found


def check_archive(store: Store, expected_releases: int) -> None:
    with store.engine.connect() as conn:
        if store.is_sqlite:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        total = conn.execute(select(func.count()).select_from(releases)).scalar()
        distinct = conn.execute(select(func.count(func.distinct(releases.c.entry_id)))).scalar()
        origin_rows = conn.execute(select(func.count()).select_from(origins)).scalar()
    assert total == distinct == expected_releases
    assert origin_rows == expected_releases


class Readers:
    """Polls both web processes for feeds while the workers run; collects every problem."""

    def __init__(self, bases: list[str], public: str):
        self.bases = bases
        self.public = public          # base_url: both processes stand behind one public address
        self.problems: list[str] = []
        self.requests = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        paths = ["/feeds/all.atom", "/feeds/trade.atom", "/feeds/health.atom"]
        while not self.stop.is_set() and self.requests < 2000:
            for base in self.bases:
                for path in paths:
                    url = base + path
                    try:
                        with urllib.request.urlopen(url, timeout=30) as resp:
                            body = resp.read()
                        problems = check_atom(body, self.public + path)
                        if problems:
                            self.problems.append(f"{url}: {problems[:2]}")
                    except OSError as e:
                        self.problems.append(f"{url}: {e}")
                    self.requests += 1
            self.stop.wait(0.2)


def wait_ready(base: str) -> None:
    for _ in range(100):
        try:
            with urllib.request.urlopen(base + "/health", timeout=5) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{base} did not start")


def running_holder_pid(store: Store, source_id: str, lock_file: Path) -> int | None:
    """The pid of the process ingesting `source_id` now, if one is."""
    with store.engine.connect() as conn:
        running = conn.execute(select(runs.c.id).where(runs.c.source_id == source_id, runs.c.status == "running")).first()
        if running is None:
            return None
        if store.is_sqlite:
            text_pid = lock_file.read_text().strip() if lock_file.exists() else ""
            return int(text_pid) if text_pid.isdigit() else None
        holder = conn.execute(select(leases.c.holder).where(leases.c.source_id == source_id)).scalar()
    return int(holder.rsplit(":", 1)[1]) if holder else None


@pytest.mark.long
def test_three_workers_two_web_processes_and_a_kill(tmp_path: Path, database_url: str) -> None:
    counts = {"alpha": 30, "beta": 30, "gamma": 30, "delta": 30, "big": 500}
    make_sources(tmp_path, counts)
    ports = [free_port(), free_port()]
    config = write(tmp_path, database_url, ports[0], counts)
    store = Store.open(database_url)
    webs = [subprocess.Popen(feeds_cmd(config, "serve", "--no-ingest", "--port", str(p)),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            for p in ports]
    readers = Readers([f"http://127.0.0.1:{p}" for p in ports], f"http://127.0.0.1:{ports[0]}")
    try:
        for p in ports:
            wait_ready(f"http://127.0.0.1:{p}")
        readers.thread.start()
        expected = sum(counts.values())
        for round_no in range(3):
            now = T0 + timedelta(minutes=31 * round_no)
            if round_no:
                for source in counts:       # an edit per source between rounds
                    path = tmp_path / source / "r0001.txt"
                    path.write_text(path.read_text() + f"\nEdited in round {round_no}.\n", encoding="utf-8")
            results = finish(start_workers(config, now))
            assert all(code == 0 for code, _ in results), results
            per_source = runs_between(store, now, now + timedelta(minutes=30))
            assert per_source == {s: ["ok"] for s in counts}, per_source     # exactly once per round
            check_archive(store, expected)
        # Round 4: kill the worker that is ingesting the big source, mid-run.
        now = T0 + timedelta(minutes=31 * 3)
        (tmp_path / "big" / "r9999.txt").write_text("A late big release\n\nThe council met on trade.\n", encoding="utf-8")
        expected += 1
        workers = start_workers(config, now)
        lock_file = Path(database_url.removeprefix("sqlite:///") + ".ingest.lock")
        victim = None
        deadline = time.monotonic() + 60
        while victim is None and time.monotonic() < deadline:
            victim = running_holder_pid(store, "big", lock_file)
            if victim is None:
                time.sleep(0.05)
        assert victim is not None and victim in {w.pid for w in workers}, "no worker was seen ingesting 'big'"
        os.kill(victim, signal.SIGKILL)
        finish(workers)
        check_archive(store, expected - 1 if _big_missing(store) else expected)
        if not store.is_sqlite:
            time.sleep(8.5)                 # the dead worker's lease expires (SQLite: its file lock went with it)
        results = finish(start_workers(config, now + timedelta(minutes=1), n=2))
        assert all(code == 0 for code, _ in results), results
        check_archive(store, expected)
        statuses = runs_between(store, now, now + timedelta(minutes=30))["big"]
        assert statuses.count("ok") == 1 and statuses.count("failed") == 1, statuses   # the killed run, marked
    finally:
        readers.stop.set()
        if readers.thread.is_alive():
            readers.thread.join(timeout=60)
        for web in webs:
            os.killpg(web.pid, signal.SIGTERM)
            web.wait(timeout=30)
        store.close()
    assert readers.requests > 0 and readers.problems == [], readers.problems[:5]


def _big_missing(store: Store) -> bool:
    with store.engine.connect() as conn:
        return conn.execute(select(releases.c.pk).where(releases.c.title == "A late big release")).first() is None
