"""Page and feed sources against a real HTTP server on 127.0.0.1: zero-config scraping, identity,
politeness (robots.txt, per-host delay, conditional requests), the private-network guard, faulty servers."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.model import RunRecord
from feeds.due import consecutive_failures, next_due
from feeds.sources.urls import canonical_url, url_identity
from feeds.store import Query, Store

from . import httpfaults
from .sites import PressSite, serve

TOPICS = """
[topics.trade]
name = "Trade"
keywords = ["trade", "tariffs"]

[topics.counter-terrorism]
name = "Counter-terrorism"
keywords = ["terrorist", "counter-terrorism"]

[topics.health]
name = "Health"
keywords = ["health", "vaccine"]
"""


def make_config(tmp: Path, sources: str, host_delay: float = 0.0, deadline: float = 5.0,
                database: str | None = None) -> Path:
    path = tmp / "config.toml"
    path.write_text(f"""[service]
base_url = "http://127.0.0.1:8000"
database = "{database or f'sqlite:///{tmp / "feeds.db"}'}"
host_delay = {host_delay}
fetch_deadline = {deadline}
contact_url = "https://feeds.example.org/contact"
{sources}
{TOPICS}""", encoding="utf-8")
    return path


def page_source(source_id: str, url: str, extra: str = "", private: bool = True) -> str:
    return f"""
[[sources]]
id = "{source_id}"
name = "{source_id} releases"
kind = "page"
url = "{url}"
allow_private_network = {"true" if private else "false"}
{extra}
"""


def feed_source(source_id: str, url: str) -> str:
    return f"""
[[sources]]
id = "{source_id}"
name = "{source_id} feed"
kind = "feed"
url = "{url}"
allow_private_network = true
"""


def ingest(config_path: Path):  # type: ignore[no-untyped-def]
    config = load_config(str(config_path), env={})
    store = Store.open(config.service.database)
    try:
        return {r.source_id: r for r in run_ingest(config, store)}, store.releases(Query(limit=500))
    finally:
        store.close()


def test_zero_config_page_source_ingests_every_article_then_fetches_none_again(tmp_path: Path) -> None:
    with serve(PressSite()) as site:
        cfg = make_config(tmp_path, page_source("council", site.url("/en/news")))
        reports, items = ingest(cfg)
        report = reports["council"]
        assert report.ok, report.error
        assert (report.new, report.failed) == (30, 0)
        by_title = {i.release.title: i.release for i in items}
        for n in range(30):
            r = by_title[site.title(n)]
            assert r.published.date() == site.day(n), n
            assert r.link == site.url(f"/en/2024/release-{n}?utm_source=listing")   # as the listing gave it
            assert r.dateline == "GENEVA"
            assert "cookies" not in r.body_text and "Related news" not in r.body_text
            assert r.body_text.startswith("Today ")
        assert {m.slug for m in by_title[site.title(1)].topics} == {"counter-terrorism"}
        assert not any(h.path.startswith("/private/") for h in site.hits)     # robots.txt obeyed
        assert all("feeds/" in h.headers.get("User-Agent", "") and "feeds.example.org/contact" in h.headers["User-Agent"]
                   for h in site.hits)
        first_run_articles = len(site.article_hits())
        assert first_run_articles == 30
        reports, items2 = ingest(cfg)
        assert reports["council"].unchanged == 30 and reports["council"].new == 0
        assert len(site.article_hits()) == first_run_articles                # no article fetched again
        assert {i.entry_id for i in items2} == {i.entry_id for i in items}


def test_article_urls_ending_in_a_slash_are_fetched_and_linked_as_given(tmp_path: Path, database_url: str) -> None:
    """The site answers 404 to a slash-less article path: every article is still ingested at once, linked
    with its slash, and an unchanged second run fetches nothing."""
    with serve(PressSite(articles=12, per_page=6, slash=True)) as site:
        cfg = make_config(tmp_path, page_source("council", site.url("/en/news")), database=database_url)
        reports, items = ingest(cfg)
        report = reports["council"]
        assert report.ok, report.error
        assert (report.new, report.failed) == (12, 0)
        assert {i.release.link for i in items} == {site.url(site.article_path(n)) for n in range(12)}
        assert all(h.path.endswith("/") for h in site.article_hits()) and len(site.article_hits()) == 12
        reports, again = ingest(cfg)
        assert (reports["council"].unchanged, reports["council"].new) == (12, 0)
        assert len(site.article_hits()) == 12
        assert {i.entry_id: i.release.link for i in again} == {i.entry_id: i.release.link for i in items}


def test_an_archive_with_slashless_links_gets_the_published_links_back(tmp_path: Path, database_url: str) -> None:
    """An archive written when links were stored in their canonical form: the next run links each
    article as the listing gives it, same id, same content hash as a fresh fetch, nothing fetched."""
    from sqlalchemy import update
    from feeds.normalise.identity import relinked_hash
    from feeds.store.schema import origins, releases
    with serve(PressSite(articles=6, per_page=6, slash=True)) as site:
        cfg = make_config(tmp_path, page_source("council", site.url("/en/news")), database=database_url)
        _, items = ingest(cfg)
        store = Store.open(database_url)
        try:
            with store.engine.begin() as c:      # what the canonical-link version stored
                for i in items:
                    old_link = i.release.link.rstrip("/")
                    old_hash = relinked_hash(i.release, [], old_link)
                    c.execute(update(releases).where(releases.c.entry_id == i.entry_id)
                              .values(link=old_link, content_hash=old_hash))
                    c.execute(update(origins).where(origins.c.origin == i.release.origin).values(content_hash=old_hash))
            version = store.version()
        finally:
            store.close()
        fetched = len(site.article_hits())
        reports, after = ingest(cfg)
        assert (reports["council"].unchanged, reports["council"].new, reports["council"].updated) == (6, 0, 0)
        assert len(site.article_hits()) == fetched
        want = {i.entry_id: (i.release.link, i.release.content_hash, i.updated) for i in items}
        assert {i.entry_id: (i.release.link, i.release.content_hash, i.updated) for i in after} == want
        store = Store.open(database_url)
        try:
            assert store.version() > version
        finally:
            store.close()


def test_changed_listing_entry_refetches_that_article_only(tmp_path: Path) -> None:
    site = PressSite(articles=6, per_page=6)
    with serve(site):
        cfg = make_config(tmp_path, page_source("council", site.url("/en/news")))
        ingest(cfg)
        before = len(site.article_hits())
        site.edits[2] = "A correction was added to this release."
        original = site.title
        site.title = lambda n: original(n) + (" (corrected)" if n == 2 else "")  # type: ignore[method-assign]
        reports, items = ingest(cfg)
        assert reports["council"].updated == 1 and reports["council"].unchanged == 5
        assert len(site.article_hits()) == before + 1
        ids = {i.release.origin: i.entry_id for i in items}
        assert len(ids) == 6


def test_per_host_delay_is_kept(tmp_path: Path) -> None:
    site = PressSite(articles=4, per_page=4)
    with serve(site):
        cfg = make_config(tmp_path, page_source("council", site.url("/en/news")), host_delay=0.3)
        reports, _ = ingest(cfg)
        assert reports["council"].new == 4
        times = [h.at for h in site.hits]
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert len(gaps) >= 5 and min(gaps) >= 0.27, gaps


def test_robots_disallow_all_means_nothing_is_fetched(tmp_path: Path) -> None:
    site = PressSite(articles=3, per_page=3, robots="User-agent: *\nDisallow: /\n")
    with serve(site):
        reports, items = ingest(make_config(tmp_path, page_source("council", site.url("/en/news"))))
        assert not reports["council"].ok and "robots" in (reports["council"].error or "").lower()
        assert [h.path for h in site.hits] == ["/robots.txt"] and items == []


def test_selectors_when_given(tmp_path: Path) -> None:
    site = PressSite(articles=3, per_page=3)
    with serve(site):
        extra = 'links = "li.item h3 a"\ntitle = "h1"\nremove = ["p.date"]\ninclude = ["/release-[01]$"]'
        reports, items = ingest(make_config(tmp_path, page_source("council", site.url("/en/news"), extra)))
        assert reports["council"].new == 2
        assert {i.release.title for i in items} == {site.title(0), site.title(1)}


@pytest.mark.parametrize("path", ["/feed.xml", "/atom.xml", "/feed.json"])
def test_feed_sources_are_renormalised_and_classified(tmp_path: Path, path: str) -> None:
    site = PressSite(articles=5)
    with serve(site):
        reports, items = ingest(make_config(tmp_path, feed_source("agency", site.url(path))))
        assert reports["agency"].ok and reports["agency"].new == 5, reports["agency"]
        by_title = {i.release.title: i.release for i in items}
        r = by_title[site.title(2)]
        assert r.published.date() == site.day(2)
        assert r.dateline == "GENEVA" and r.body_text.startswith("Today health ministers")
        assert {m.slug for m in r.topics} == {"health"}
        assert r.link == site.url("/en/2024/release-2")
        reports, _ = ingest(make_config(tmp_path, feed_source("agency", site.url(path))))
        assert reports["agency"].new == 0 and reports["agency"].updated == 0


def test_entity_bomb_feed_is_refused(tmp_path: Path) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title>'
            b"<item><title>&c;</title><link>http://127.0.0.1/x</link><description>x</description></item></channel></rss>")
    handler = httpfaults.respond(200, {"Content-Type": "application/rss+xml"}, bomb)
    with httpfaults.FaultServer(handler) as server:
        reports, items = ingest(make_config(tmp_path, feed_source("bomb", server.url("/feed.xml"))))
    assert not reports["bomb"].ok and "entit" in (reports["bomb"].error or "").lower() and items == []


def test_private_address_refused_without_opt_in(tmp_path: Path) -> None:
    site = PressSite(articles=2)
    with serve(site):
        reports, items = ingest(make_config(tmp_path, page_source("council", site.url("/en/news"), private=False)))
        assert not reports["council"].ok and "127.0.0.1" in (reports["council"].error or "")
        assert site.hits == [] and items == []


def test_faulty_servers_cost_other_sources_nothing(tmp_path: Path) -> None:
    """Every faulty behaviour at once, beside a healthy site: each ends by its deadline and is reported."""
    faults = httpfaults.standard_faults()
    servers = {name: httpfaults.FaultServer(h) for name, h in faults.items()}
    site = PressSite(articles=3, per_page=3)
    try:
        for s in servers.values():
            s.__enter__()
        with serve(site), httpfaults.closed_port() as dead:
            sources = "".join(page_source(name, s.url("/news")) for name, s in servers.items())
            sources += page_source("refused", f"http://127.0.0.1:{dead}/news")
            sources += page_source("healthy", site.url("/en/news"))
            cfg = make_config(tmp_path, sources, deadline=2.0)
            text = cfg.read_text().replace("[service]", "[service]\nfetch_max_bytes = 1048576")
            cfg.write_text(text)
            started = time.monotonic()
            reports, items = ingest(cfg)
            elapsed = time.monotonic() - started
    finally:
        for s in servers.values():
            s.__exit__(None, None, None)
    assert reports["healthy"].ok and reports["healthy"].new == 3
    for name in list(faults) + ["refused"]:
        assert not reports[name].ok, name
        assert reports[name].error, name
    # robots.txt and the listing each get at most one deadline per fault (plus the healthy site's work)
    assert elapsed < 2.0 * 2 * len(faults) + 20
    assert all(i.release.source_id == "healthy" for i in items)


def test_failures_back_off_after_three_runs(tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone
    config = load_config(str(make_config(tmp_path, page_source("x", "http://127.0.0.1:9/news"))), env={})
    source = config.sources[0]
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    run = lambda status, minutes: RunRecord("x", t0 + timedelta(minutes=minutes), t0, status, 0, 0, 0, 0, 0, None)  # noqa: E731
    assert next_due(source, config, []) is None
    ok = [run("ok", 0)]
    assert next_due(source, config, ok) == t0 + timedelta(minutes=30)
    three = [run("failed", 60), run("failed", 30), run("failed", 0)]
    assert consecutive_failures(three) == 3
    assert next_due(source, config, three) == t0 + timedelta(minutes=60 + 60)
    four = [run("failed", 90)] + three
    assert next_due(source, config, four) == t0 + timedelta(minutes=90 + 120)


@pytest.mark.parametrize("a, b", [
    ("http://example.org/news/1", "https://example.org/news/1"),
    ("https://Example.ORG:443/news/1/", "https://example.org/news/1"),
    ("https://example.org/news/1?utm_source=x&utm_medium=y", "https://example.org/news/1"),
    ("https://example.org/news/1#top", "https://example.org/news/1"),
    ("https://example.org/news/1?id=2&fbclid=abc", "https://example.org/news/1?id=2"),
])
def test_one_release_never_becomes_two(a: str, b: str) -> None:
    assert url_identity(a) == url_identity(b)


def test_distinct_articles_stay_distinct() -> None:
    assert url_identity("https://example.org/news/1?id=2") != url_identity("https://example.org/news/1?id=3")
    assert canonical_url("https://example.org/News") != canonical_url("https://example.org/news")


def test_extract_previews_a_url(tmp_path: Path) -> None:
    site = PressSite(articles=2)
    with serve(site):
        cfg = make_config(tmp_path, page_source("council", site.url("/en/news")))
        r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(cfg), "extract",
                            site.url("/en/2024/release-1"), "--source", "council"],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        d = json.loads(r.stdout)
        assert d["title"] == site.title(1) and d["published"].startswith(site.day(1).isoformat())
        assert d["topics"] == ["counter-terrorism"] and d["link"] == site.url("/en/2024/release-1")
        # without the source's opt-in, a loopback URL is refused and never requested
        hits = len(site.hits)
        r = subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(cfg), "extract",
                            site.url("/en/2024/release-0")], capture_output=True, text=True, timeout=60)
        assert r.returncode == 1 and "error" in json.loads(r.stdout) and len(site.hits) == hits
