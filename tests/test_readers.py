"""A real feed reader against the live server: newsboat, headless (see /work/shared/TOOLS.md).

newsboat fetches the all-releases Atom feed, the biggest topic's RSS feed and a filtered feed, then we read
its cache (SQLite) and its log: every item has our title, link, id, date and publisher, and the log holds no
error about our feeds. newsboat exits 0 even when a feed fails and silently replaces a date it cannot parse
by the time of fetching, so only the cache and the log tell the truth.

newsboat is required: CI installs it (Debian package `newsboat`). Without it these tests fail, never skip.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import urllib.request
from calendar import timegm
from contextlib import closing
from pathlib import Path
from typing import Any

import feedparser
import pytest

from feeds.store import Query

from .conftest import SEED_TITLE, Live

pytestmark = pytest.mark.newsboat

NEWSBOAT_TIMEOUT = 60          # seconds, for one whole reload of three feeds on 127.0.0.1
SEED_EPOCH = timegm((2018, 4, 10, 0, 0, 0))     # 2018-04-10T00:00:00Z as newsboat stores pubDate


def newsboat() -> str:
    path = shutil.which("newsboat")
    if path is None:
        pytest.fail("newsboat is not installed: these tests need it (apt-get install -y newsboat sqlite3); "
                    "CI installs it, so a missing binary is a broken test machine, not a reason to skip")
    return path


def final_url(url: str) -> tuple[str, feedparser.FeedParserDict]:
    """The URL the service answers for `url` after any canonical redirect, and the document there."""
    with urllib.request.urlopen(url, timeout=20) as resp:
        assert resp.status == 200, url
        return resp.url, feedparser.parse(resp.read())


def run_newsboat(home: Path, urls: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """One headless reload; returns (rss_feed rows, rss_item rows, log lines)."""
    home.mkdir(exist_ok=True)
    (home / "urls").write_text("".join(f"{u}\n" for u in urls), encoding="utf-8")
    (home / "config").write_text("download-timeout 20\nreload-threads 3\n", encoding="utf-8")
    log = home / "newsboat.log"
    log.unlink(missing_ok=True)
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
           "LC_ALL": "C.UTF-8", "TERM": "dumb"}
    try:
        done = subprocess.run(
            [newsboat(), "-u", str(home / "urls"), "-c", str(home / "cache.db"), "-C", str(home / "config"),
             "-x", "reload", "-l", "4", "-d", str(log)],
            env=env, cwd=home, stdin=subprocess.DEVNULL, capture_output=True, timeout=NEWSBOAT_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"newsboat did not finish a reload within {NEWSBOAT_TIMEOUT} s: {e.stderr!r}")
    assert done.returncode == 0, f"newsboat exited {done.returncode}: {done.stderr.decode(errors='replace')}"
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []
    with closing(sqlite3.connect(f"file:{home / 'cache.db'}?mode=ro", uri=True)) as db:
        db.row_factory = sqlite3.Row
        feeds = [dict(r) for r in db.execute("select rssurl, url, title from rss_feed")]
        items = [dict(r) for r in db.execute(
            "select feedurl, title, url, guid, pubDate, author, content, unread, deleted from rss_item")]
    return feeds, items, lines


def our_feeds(live: Live) -> dict[str, feedparser.FeedParserDict]:
    """The three feeds newsboat reads, by their canonical URL: all (Atom), the biggest topic (RSS), and the
    seed's source filtered by a word of the seed (Atom)."""
    config, store = live.env.config, live.env.store
    counts = store.topic_counts()
    assert config.topics, "the live config has no topics"
    topic = max(config.topics, key=lambda t: counts.get(t.slug, 0))
    source = "asean" if config.source("asean") else config.sources[0].id
    wanted = [f"{live.base}/feeds/all.atom", f"{live.base}/feeds/{topic.slug}.rss",
              f"{live.base}/feeds/all.atom?source={source}&q=cooperation"]
    return dict(final_url(u) for u in wanted)


def log_problems(lines: list[str], base: str) -> list[str]:
    return [line for line in lines
            if "ERROR" in line or "CRITICAL" in line or ("WARN" in line and base in line)]


def test_newsboat_reads_our_feeds(live: Live, tmp_path: Path) -> None:
    docs = our_feeds(live)
    feeds, items, log = run_newsboat(tmp_path / "home", list(docs))
    assert log_problems(log, live.base) == [], "newsboat logged errors:\n" + "\n".join(log_problems(log, live.base))

    # every feed fetched, with our title and our HTML page as its link
    by_url = {f["rssurl"]: f for f in feeds}
    assert set(by_url) == set(docs)
    for url, doc in docs.items():
        assert by_url[url]["title"] == doc.feed.title, url
        assert by_url[url]["url"] == doc.feed.link, url

    # one item per release (newsboat keeps one item per id across feeds), each from a feed that holds it
    holders: dict[str, set[str]] = {}
    for url, doc in docs.items():
        assert doc.entries, f"{url} is empty: nothing for newsboat to show"
        for e in doc.entries:
            holders.setdefault(e.id, set()).add(url)
    assert sorted(i["guid"] for i in items) == sorted(holders), "newsboat's items are not our ids"

    base_url = live.env.config.service.base_url
    releases = {s.entry_id: s for s in live.env.store.releases(Query(limit=500))}
    for item in items:
        guid = item["guid"]
        assert guid.startswith("urn:uuid:"), guid
        assert item["feedurl"] in holders[guid]
        s = releases[guid]
        r = s.release
        assert item["title"] == r.title, guid
        assert item["url"] == (r.link or f"{base_url}/releases/{s.uuid}"), \
            f"{r.title!r}: newsboat opens {item['url']!r}, not the release's own link"
        assert item["pubDate"] == int(r.published.timestamp()), \
            f"{r.title!r}: newsboat dated it {item['pubDate']} (a date it cannot parse becomes the fetch time)"
        assert item["author"] == r.source_name, r.title
        assert item["content"].strip(), r.title
        assert item["unread"] == 1 and item["deleted"] == 0

    # the seed, as a person sees it in newsboat
    [seed] = [i for i in items if i["title"] == SEED_TITLE]
    assert seed["pubDate"] == SEED_EPOCH
    assert seed["author"] == live.env.config.source("asean").name == "ASEAN News"
    assert "Secretariat-to-Secretariat" in seed["content"]


def test_newsboat_second_reload_adds_nothing(live: Live, tmp_path: Path) -> None:
    """Ids and dates are stable: a second reload of unchanged feeds gives the same items, no duplicates."""
    docs = our_feeds(live)
    home = tmp_path / "home"
    _, first, _ = run_newsboat(home, list(docs))
    _, second, log = run_newsboat(home, list(docs))
    assert log_problems(log, live.base) == []
    key = sorted((i["guid"], i["title"], i["url"], i["pubDate"]) for i in first)
    assert sorted((i["guid"], i["title"], i["url"], i["pubDate"]) for i in second) == key
    assert len({i["guid"] for i in second}) == len(second)
