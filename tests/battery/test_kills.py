"""Process kills: SIGKILL and SIGTERM at random moments of `feeds ingest` (a real subprocess) over a
generated archive of folder sources and one page source, with edits between runs. After every kill the
database passes its integrity check, no acknowledged release is lost (acknowledged: the source's run
summary was logged, which happens after its commit), nothing is duplicated, stored validators (ETags)
never describe an article the archive does not hold, and the next complete run finishes the work.

It runs on both engines: on SQLite the file lock serialises runs; on PostgreSQL each source is leased
(a killed worker's leases run out after `schedule.lease_seconds`, 1 s here) and the integrity check is
the database answering. SQLite gets the issue's 50 SIGKILLs and 10 SIGTERMs; PostgreSQL, whose runs
also wait out the leases, a smaller share of the suite's time (the same 50 + 10 nightly)."""
from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from werkzeug.wrappers import Request, Response

from feeds.store import Store

from ..sites import PressSite, serve
from .common import ROOT, folder_config, record, size

SUMMARY = re.compile(r"source=(\S+) status=ok ")


class EtagSite(PressSite):
    """The fixture site, with strong ETags on every article (so validators get stored)."""

    def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
        request = Request(environ)
        if request.path.startswith("/en/2024/release-"):
            n = int(request.path.rsplit("-", 1)[1])
            body = self.article(n).encode()
            tag = hashlib.sha256(body).hexdigest()[:16]
            if request.headers.get("If-None-Match") == f'"{tag}"':
                return Response(status=304, headers={"ETag": f'"{tag}"'})(environ, start_response)
        return super().__call__(environ, start_response)


def write_file(folder: Path, source: str, n: int, version: int) -> str:
    title = f"Release {source} {n} version {version}"
    (folder / f"r{n:04d}.txt").write_text(
        f"{title}\n\n{1 + n % 28} March 2021\n\nGENEVA, {1 + n % 28} March 2021 - Trade ministers met, meeting {n} of "
        f"{source}, version {version}.\n\nA second paragraph for {source} {n}: {'details ' * (n % 7 + 3)}\n")
    return title


def check(url: str, versions: dict[tuple[str, str], list[str]], acked: dict[tuple[str, str], int]) -> dict[str, int]:
    store = Store.open(url)
    try:
        assert store.check() == "ok"
        with store.engine.connect() as c:
            dups = c.execute(text("SELECT count(*) FROM (SELECT source_id, title FROM releases GROUP BY source_id, "
                                  "title HAVING count(*) > 1) d")).scalar_one()
            rows = c.execute(text("SELECT o.source_id, o.origin, r.title FROM origins o JOIN releases r "
                                  "ON r.pk = o.release_pk")).all()
            states = c.execute(text("SELECT source_id, url FROM http_state WHERE url NOT LIKE 'feed:%'")).all()
    finally:
        store.close()
    stored = {(s, o): t for s, o, t in rows}
    lost = 0
    for key, index in acked.items():
        title = stored.get(key)
        if title is None or title not in versions[key][index:]:
            lost += 1
    ahead = sum(1 for s, u in states if (s, u) not in stored)
    return {"duplicates": int(dups), "lost": lost, "validators_ahead": ahead, "stored": len(stored)}


@pytest.mark.long
def test_kills(tmp_path: Path, database_url: str) -> None:
    rng = random.Random(7)
    sources = size(6, 10)
    per_source = size(40, 60)
    postgres = database_url.startswith("postgresql")
    kills, terms = (size(12, 60), size(3, 10)) if postgres else (size(50, 60), size(10, 10))
    folders = {f"f{i}": tmp_path / f"f{i}" for i in range(sources)}
    versions: dict[tuple[str, str], list[str]] = {}
    for sid, folder in folders.items():
        folder.mkdir()
        for n in range(per_source):
            versions[(sid, f"r{n:04d}.txt")] = [write_file(folder, sid, n, 0)]
    database = database_url
    site = EtagSite(articles=12, per_page=12)
    acked: dict[tuple[str, str], int] = {}      # (source, origin) -> first acceptable version index
    figures = {"sigkill": 0, "sigterm": 0, "completed": 0, "integrity_ok": 0, "lost": 0, "duplicates": 0,
               "validators_ahead": 0}
    with serve(site):
        extra = (f'[[sources]]\nid = "web"\nname = "Web"\nkind = "page"\nurl = "{site.url("/en/news")}"\n'
                 "allow_private_network = true\n")
        cfg = folder_config(tmp_path, folders, database=database)
        cfg.write_text(cfg.read_text().replace("[service]\n", "[service]\nhost_delay = 0.0\n", 1)
                       .replace("[schedule]\n", "[schedule]\nlease_seconds = 1\n", 1) + "\n" + extra)
        env = dict(os.environ, FEEDS_DATABASE_URL=database)
        command = [sys.executable, "-m", "feeds.cli", "-v", "--config", str(cfg), "ingest", "--wait", "30"]

        last = {"killed": False}

        def run(signal_at: float | None, sig: int) -> tuple[str, bool]:
            if postgres and last["killed"]:
                time.sleep(1.1)                    # a killed worker's leases run out (a finished run released its own)
            snapshot = {k: len(v) - 1 for k, v in versions.items()}
            proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    text=True)
            killed = False
            if signal_at is not None:
                try:
                    proc.wait(timeout=signal_at)
                except subprocess.TimeoutExpired:
                    proc.send_signal(sig)
                    killed = True
            _, err = proc.communicate(timeout=120)
            last["killed"] = killed
            for sid in SUMMARY.findall(err or ""):
                for key, index in snapshot.items():
                    if key[0] == sid:
                        acked[key] = max(acked.get(key, 0), index)
            return err or "", killed

        run(None, 0)                               # the first complete run stores everything
        started = time.monotonic()
        run(None, 0)                               # a run with nothing new: how long the killed runs last
        duration = max(0.5, time.monotonic() - started)
        figures["completed"] += 2
        rounds = 0
        while figures["sigkill"] < kills or figures["sigterm"] < terms:
            rounds += 1
            assert rounds < (kills + terms) * 5, "kills did not land"    # bounded
            for _ in range(rng.randrange(0, 6)):                          # edits between runs
                sid = rng.choice(list(folders))
                n = rng.randrange(per_source + 5)
                key = (sid, f"r{n:04d}.txt")
                versions.setdefault(key, []).append(write_file(folders[sid], sid, n, len(versions.get(key, []))))
            if rng.random() < 0.2:
                site.edits[rng.randrange(12)] = f"A correction, round {rounds}."
            sig = signal.SIGKILL if figures["sigkill"] < kills and (figures["sigterm"] >= terms or rng.random() < 0.83) \
                else signal.SIGTERM
            err, killed = run(rng.uniform(0.2, duration), sig)
            if killed:
                figures["sigkill" if sig == signal.SIGKILL else "sigterm"] += 1
            else:
                figures["completed"] += 1
            found = check(database, versions, acked)      # asserts PRAGMA integrity_check == "ok"
            figures["integrity_ok"] += 1
            for name in ("lost", "duplicates", "validators_ahead"):
                figures[name] += found[name]
            assert found["lost"] == found["duplicates"] == found["validators_ahead"] == 0, (found, err[-2000:])
        err, _ = run(None, 0)                       # the next complete run finishes the work
        assert "status=failed" not in err, err[-2000:]
        figures["completed"] += 1
        acked.update({k: len(v) - 1 for k, v in versions.items()})
        final = check(database, versions, acked)
    record(f"process kills ({'postgresql' if postgres else 'sqlite'})", **figures, releases=final["stored"], final_lost=final["lost"],
           run_seconds=round(duration, 2))
    assert final["lost"] == final["duplicates"] == final["validators_ahead"] == 0, final
    assert final["stored"] >= len(versions)
