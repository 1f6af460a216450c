"""Normalising in worker processes (feeds.parallel): answers in the items' order, a SkipFile as an answer, a
crash raised at its item, and no worker outliving a killed `feeds ingest`; a second run then stores the rest."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from feeds.errors import SkipFile
from feeds.model import RawRelease, Release, Skipped
from feeds.parallel import AHEAD, normalised
from feeds.store import Query, Store

from .conftest import write_config
from .test_ingest_scale import bench_module

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def _title_or_skip(raw: RawRelease, now: datetime) -> Release:
    """A stand-in normaliser: it reports its process, and skips or crashes as the title says."""
    if raw.title == "skip":
        raise SkipFile("no body text")
    if raw.title == "crash":
        raise ValueError("a bug")
    return f"{raw.origin} {os.getpid()}"  # type: ignore[return-value]


def _items(count: int) -> list[RawRelease | Skipped]:
    items: list[RawRelease | Skipped] = []
    for n in range(count):
        items.append(Skipped(f"s{n}", "unreadable") if n % 7 == 3 else
                     RawRelease(origin=f"r{n}", title="skip" if n % 11 == 5 else f"t{n}", body_text="x"))
    return items


@pytest.mark.parametrize("workers", [0, 2])
def test_answers_come_in_the_items_order(workers: int) -> None:
    items = _items(5 * AHEAD * max(workers, 1))
    got = list(normalised(iter(items), _title_or_skip, lambda: NOW, workers))
    assert [item for item, _ in got] == items
    for item, answer in got:
        if isinstance(item, Skipped):
            assert answer is None
        elif item.title == "skip":
            assert isinstance(answer, SkipFile) and str(answer) == "no body text"
        else:
            assert isinstance(answer, str) and answer.startswith(f"{item.origin} ")
    processes = [a.split()[1] for _, a in got if isinstance(a, str)]
    here = str(os.getpid())
    if workers:      # the first release is normalised here (loading what the workers then share), the rest there
        assert processes[0] == here and here not in processes[1:]
    else:
        assert set(processes) == {here}


def test_a_crash_in_a_worker_is_raised_at_its_item() -> None:
    items = _items(40)
    items[30] = RawRelease(origin="r30", title="crash", body_text="x")
    got = normalised(iter(items), _title_or_skip, lambda: NOW, 2)
    for _ in range(30):
        next(got)
    with pytest.raises(ValueError, match="a bug"):
        next(got)
    got.close()


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status        # a zombie has exited: only its parent's reaping is left


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_workers_exit_when_the_ingesting_process_is_killed_and_the_next_run_stores_the_rest(tmp_path: Path) -> None:
    releases = tmp_path / "releases"
    bench_module().generate(releases, 600)
    config = write_config(tmp_path, {"bench": releases}, classifier=None)
    env = dict(os.environ, FEEDS_CONFIG=str(config))
    cli = [sys.executable, "-m", "feeds.cli", "ingest", "--workers", "2"]
    proc = subprocess.Popen(cli, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(workers := _children(proc.pid)) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert len(workers) >= 2, "the run started its workers"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
    finally:
        if proc.poll() is None:
            proc.kill()
    done = subprocess.run(cli, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    store = Store.open(f"sqlite:///{tmp_path / 'feeds.db'}")
    try:
        stored = [i.release.origin for i in store.releases(Query(limit=1000))]
    finally:
        store.close()
    assert sorted(stored) == sorted(p.relative_to(releases).as_posix() for p in releases.rglob("*.txt"))
