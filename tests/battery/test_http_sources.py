"""Faulty HTTP sources: every server behaviour of tests/httpfaults.py at once, beside 20 healthy sites,
in one ingestion run. Each faulty source fails with a reason, every healthy one is ingested in full, every
fetch is timed against its deadline (reported), and no request goes to a private address: sources without
the opt-in that point at, or redirect to, loopback servers leave those servers untouched."""
from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

import pytest

from feeds.http import fetcher as fetch_module

from .. import httpfaults
from ..sites import PressSite, serve
from ..test_web_sources import feed_source, ingest, make_config, page_source
from .common import record

DEADLINE = 2.0


def test_faulty_and_healthy_sources_together(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    faults = {
        **httpfaults.standard_faults(),
        "trickle-headers": httpfaults.trickle_headers(0.2),
        "to-metadata": httpfaults.respond(302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
        "gzip-bomb": httpfaults.CompressedZeros(),
        "garbage": httpfaults.raw(b"\x00\x01garbage that is not HTTP\r\n\r\n"),
    }
    timings: list[tuple[str, float]] = []
    real_fetch = fetch_module.Fetcher.fetch

    def timed(self, url, *args, **kwargs):  # type: ignore[no-untyped-def]
        t = time.monotonic()
        try:
            return real_fetch(self, url, *args, **kwargs)
        finally:
            timings.append((url, time.monotonic() - t))
    monkeypatch.setattr(fetch_module.Fetcher, "fetch", timed)
    with ExitStack() as stack:
        servers = {name: stack.enter_context(httpfaults.FaultServer(h)) for name, h in faults.items()}
        guarded = stack.enter_context(httpfaults.FaultServer(httpfaults.respond(200, {"Content-Type": "text/html"}, b"x")))
        sites = [stack.enter_context(serve(PressSite(articles=3, per_page=3))) for _ in range(20)]
        dead = stack.enter_context(httpfaults.closed_port())
        sources = "".join(page_source(name, s.url("/news")) for name, s in servers.items())
        sources += page_source("refused", f"http://127.0.0.1:{dead}/news")
        sources += page_source("no-opt-in", guarded.url("/news"), private=False)
        sources += page_source("no-opt-in-localhost", f"http://localhost:{guarded.port}/news", private=False)
        sources += page_source("no-opt-in-v6", f"http://[::ffff:127.0.0.1]:{guarded.port}/news", private=False)
        sources += "".join(page_source(f"healthy-{i}", s.url("/en/news")) if i % 2 else
                           feed_source(f"healthy-{i}", s.url("/feed.xml")) for i, s in enumerate(sites))
        cfg = make_config(tmp_path, sources, deadline=DEADLINE)
        cfg.write_text(cfg.read_text().replace("[service]", "[service]\nfetch_max_bytes = 1048576"))
        reports, items = ingest(cfg)
        private_requests = guarded.connections
    healthy = [r for sid, r in reports.items() if sid.startswith("healthy")]
    faulty = [r for sid, r in reports.items() if not sid.startswith("healthy")]
    within = sum(elapsed <= DEADLINE + 0.5 for _, elapsed in timings)
    record("faulty http sources", faulty=len(faulty), faulty_reported=sum(not r.ok and bool(r.error) for r in faulty),
           healthy=len(healthy), healthy_complete=sum(r.ok and r.new == 3 for r in healthy),
           releases=len(items), requests_to_private=private_requests, fetches=len(timings),
           within_deadline=f"{within}/{len(timings)}",
           slowest_fetch_s=round(max((e for _, e in timings), default=0), 2))
    assert all(r.ok and r.new == 3 for r in healthy), [r.summary() for r in healthy if not (r.ok and r.new == 3)]
    assert all(not r.ok and r.error for r in faulty), [r.summary() for r in faulty if r.ok]
    assert private_requests == 0
    assert len(items) == 60
