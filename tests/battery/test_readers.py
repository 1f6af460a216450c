"""Readers during ingestion: 8 concurrent clients read feeds from the live server (`feeds serve
--no-ingest`, the README's server: gunicorn workers on 127.0.0.1) while `feeds ingest` (a separate
process, like cron) stores thousands of releases. Every
answer is a valid feed of a consistent snapshot (each source's run is one transaction, so a source is
seen with all of its releases or none), with 0 server errors and 0 "database is locked"."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from feeds.config import load_config
from feeds.store import Store

from ..conftest import free_port
from ..feedrules import check_atom
from ..feedtools import get, stop, wait_healthy
from .common import ROOT, folder_config, percentile, record

CLIENTS = 8


def write_source(folder: Path, sid: str, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        (folder / f"r{n:04d}.json").write_text(json.dumps({
            "title": f"{sid} release {n} on trade", "published": f"20{10 + n % 14}-{1 + n % 12:02d}-{1 + n % 28:02d}T09:00:00Z",
            "body": f"Ministers of {sid} met about trade and tariffs, meeting {n}.\n\nSecond paragraph {n}."}))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path, int, int]]:
    sources, per_source = 50, 100           # the 5,000 releases, in CI too (about 20 s)
    folders = {f"s{i:02d}": tmp_path / f"s{i:02d}" for i in range(sources)}
    for sid, folder in folders.items():
        write_source(folder, sid, per_source)
    port = free_port()
    cfg = folder_config(tmp_path, folders, port=port, page_size=100)
    Store.open(load_config(str(cfg), env={}).service.database).close()     # the schema, before the workers
    with (tmp_path / "serve.log").open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "feeds.cli", "--config", str(cfg), "serve", "--no-ingest",
                                 "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
    try:
        wait_healthy(port, proc, 60, "feeds serve", tmp_path / "serve.log")
        yield f"http://127.0.0.1:{port}", cfg, sources, per_source
    finally:
        stop(proc, timeout=30)


@pytest.mark.long
def test_readers_during_ingestion(server) -> None:  # type: ignore[no-untyped-def]
    base, cfg, sources, per_source = server
    budget = 2000
    ingest = subprocess.Popen([sys.executable, "-m", "feeds.cli", "--config", str(cfg), "ingest"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    lock = threading.Lock()
    latencies: list[float] = []
    problems: list[str] = []
    counts = {"requests": 0, "during_ingest": 0, "server_errors": 0, "locked": 0, "invalid": 0, "inconsistent": 0}
    started = time.monotonic()

    def take() -> int | None:
        with lock:
            if counts["requests"] >= budget or time.monotonic() - started > 300:
                return None
            counts["requests"] += 1
            counts["during_ingest"] += ingest.poll() is None
            return counts["requests"]

    def client(k: int) -> None:
        while (n := take()) is not None:
            sid = f"s{(n * 7 + k) % sources:02d}"
            kind = n % 3
            path = (f"/feeds/all.json?source={sid}&limit=500", "/feeds/all.atom", "/feeds/trade.rss")[kind]
            t = time.monotonic()
            try:
                status, _, body = get(base + path, timeout=60)
            except OSError as e:
                with lock:
                    problems.append(f"{path}: {e}")
                continue
            elapsed = time.monotonic() - t
            bad = None
            if status >= 500:
                bad = "server_errors"
            elif b"database is locked" in body:
                bad = "locked"
            elif status != 200:
                bad = "invalid"
            elif kind == 0:
                items = json.loads(body)["items"]
                if len(items) not in (0, per_source):
                    bad = "inconsistent"
            elif kind == 1:
                if check_atom(body, base + path):
                    bad = "invalid"
            else:
                etree.fromstring(body)
            with lock:
                latencies.append(elapsed)
                if bad:
                    counts[bad] += 1
                    problems.append(f"{path}: {bad} ({status}) {body[:200]!r}")
    threads = [threading.Thread(target=client, args=(k,)) for k in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(400)
    out, err = ingest.communicate(timeout=600)
    stored_during = counts["requests"]
    record("readers during ingestion", clients=CLIENTS, releases=sources * per_source, **counts,
           p50_ms=round(percentile(latencies, 50) * 1000, 1), p99_ms=round(percentile(latencies, 99) * 1000, 1),
           ingest_ok=ingest.returncode == 0)
    assert ingest.returncode == 0, err[-2000:]
    assert problems == [], problems[:10]
    assert stored_during > 0 and counts["during_ingest"] > 0
