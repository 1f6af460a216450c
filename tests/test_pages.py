"""The HTML pages through Flask's test client, on a real SQLite archive: what each page shows, that
listings and their feeds share one filter vocabulary, paging, security headers, the sources page's
flags, and the read-only questions of `feeds.store.stats`."""
from __future__ import annotations

import re
from html import unescape
import shutil
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.store import Query, Store
from feeds.store.stats import source_flags, source_health, weekly_counts, week_start
from feeds.web import create_app

from .conftest import ROOT, Env, write_config

UUID = re.compile(r"/releases/([0-9a-f-]{36})")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, Store]]:
    """A test client over the shipped demo sources (module-wide: the pages only read)."""
    tmp = tmp_path_factory.mktemp("demo")
    shutil.copytree(ROOT / "sources", tmp / "releases")
    folders = {d.name: d for d in sorted((tmp / "releases").iterdir()) if d.is_dir()}
    config = load_config(str(write_config(tmp, folders)), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    yield create_app(config, store).test_client(), store
    store.close()


def text_of(response) -> str:  # type: ignore[no-untyped-def]
    return response.get_data(as_text=True)


def titles(html: str) -> list[str]:
    return [unescape(t) for t in re.findall(r'class="release-title"[^>]*><a href="[^"]+">([^<]+)</a>', html)]


@pytest.mark.parametrize("path", ["/", "/topics/all", "/search?q=health", "/sources", "/feeds/all.atom",
                                  "/static/copy.js", "/no-such-page", "/topics/all?since=bad"])
def test_security_headers_on_every_response(client, path: str) -> None:  # type: ignore[no-untyped-def]
    with client.get(path) as response:               # closed: a static file response holds the file open
        headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_home_shows_topics_counts_latest_and_subscribe_links(demo) -> None:  # type: ignore[no-untyped-def]
    client, store = demo
    html = text_of(client.get("/"))
    counts = store.topic_counts()
    assert f"{counts['health']} releases" in html
    for ext in ("atom", "rss", "json"):
        assert f'href="http://127.0.0.1:8000/feeds/health.{ext}"' in html
    assert 'data-copy="http://127.0.0.1:8000/feeds/health.atom"' in html
    assert 'href="/opml"' in html
    assert '<link rel="icon"' in html and 'rel="alternate" type="application/feed+json"' in html
    newest = store.releases(Query(topic="health", limit=1))[0]
    assert f"/releases/{newest.uuid}" in html


def test_topic_feed_links_carry_exactly_the_filters(demo) -> None:  # type: ignore[no-untyped-def]
    client, _ = demo
    html = text_of(client.get("/topics/all?until=2024-12-31&q=&source=mekong-council&since=2021-01-01&page=1"))
    canonical = "source=mekong-council&amp;since=2021-01-01&amp;until=2024-12-31"
    assert f'<link rel="alternate" type="application/atom+xml" title="Test feeds: All releases (filtered) (Atom)" ' \
           f'href="http://127.0.0.1:8000/feeds/all.atom?{canonical}">' in html
    assert f'class="btn btn-primary" href="http://127.0.0.1:8000/feeds/all.atom?{canonical}"' in html
    assert 'value="2021-01-01"' in html and 'value="2024-12-31"' in html
    assert re.search(r'value="mekong-council" checked', html)
    shown = titles(html)
    feed = client.get("/feeds/all.atom?source=mekong-council&since=2021-01-01&until=2024-12-31").get_data(as_text=True)
    assert re.findall(r"<title>([^<]+)</title>", feed)[1:] == shown


def test_paging_walks_the_whole_listing_once(demo) -> None:  # type: ignore[no-untyped-def]
    client, store = demo
    seen: list[str] = []
    url = "/topics/all?limit=7"
    while url:
        html = text_of(client.get(url))
        page = titles(html)
        assert 0 < len(page) <= 7
        seen += page
        older = re.search(r'href="([^"]+)" rel="next"', html)
        url = older.group(1).replace("&amp;", "&") if older else ""
    assert seen == [r.release.title for r in store.releases(Query(limit=500))]
    assert 'rel="prev"' in text_of(client.get("/topics/all?limit=7&page=2"))


def test_bad_parameters_answer_400_in_the_site_style(demo) -> None:  # type: ignore[no-untyped-def]
    client, _ = demo
    for url in ("/topics/all?page=0", "/topics/all?page=x", "/search?since=yesterday", "/topics/all?source=nope"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "<h1>Bad request</h1>" in text_of(response) and 'aria-label="Main"' in text_of(response)


def test_unknown_pages_get_the_404_page(demo) -> None:  # type: ignore[no-untyped-def]
    client, _ = demo
    for url in ("/topics/nope", "/releases/not-a-uuid", "/releases/00000000-0000-0000-0000-000000000000", "/x"):
        response = client.get(url)
        assert response.status_code == 404
        assert "Page not found" in text_of(response)


def test_release_page_shows_date_source_and_why(demo) -> None:  # type: ignore[no-untyped-def]
    client, store = demo
    item = store.releases(Query(topic="counter-terrorism", limit=1))[0]
    html = text_of(client.get(f"/releases/{item.uuid}"))
    match = next(m for m in item.release.topics if m.slug == "counter-terrorism")
    assert f"<mark>{match.terms[0]}</mark>" in html
    assert item.release.source_name in html and f"{item.release.published.year}" in html
    assert 'href="http://127.0.0.1:8000/feeds/counter-terrorism.atom"' in html     # follow the topic


def test_search_finds_words_across_the_archive(demo) -> None:  # type: ignore[no-untyped-def]
    client, store = demo
    html = text_of(client.get("/search?q=flood"))
    expected = [r.release.title for r in store.releases(Query(words=("flood",), limit=500))]
    assert expected and titles(html) == expected
    assert 'href="http://127.0.0.1:8000/feeds/all.atom?q=flood"' in html
    assert titles(text_of(client.get("/search"))) == []                # an empty search lists nothing


def test_sources_page_names_the_failed_source_its_error_and_time(env: Env) -> None:
    broken = env.root / "gone"
    shutil.copytree(env.releases, broken)
    env.config_path = write_config(env.root, {"asean": env.releases, "gone": broken}, database=env.database)
    env.config = load_config(str(env.config_path), env={})
    env.ingest()
    shutil.rmtree(broken)
    env.ingest()
    html = text_of(create_app(env.config, env.store).test_client().get("/sources"))
    assert "1 of 2 sources needs attention" in html
    first = html.index('id="source-gone"')
    assert first < html.index('id="source-asean"')                      # trouble first
    assert "The last run failed." in html and "does not exist or is not a folder" in html
    run = env.store.last_runs()["gone"]
    assert f'datetime="{run.started.isoformat()}"' in html


def _md(folder: Path, name: str, title: str, body: str, date: str | None) -> None:
    front = f"title: {title}\n" + (f"date: {date}\n" if date else "")
    (folder / name).write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")


def test_a_sharp_fall_of_real_dates_is_flagged(env: Env) -> None:
    for i in range(6):
        _md(env.releases, f"dated-{i}.md", f"Dated release {i}", f"Ministers met on day {i} to agree.", f"2024-03-0{i + 1}")
    env.ingest()
    health = source_health(env.store, ["asean"], datetime(2024, 3, 20, tzinfo=timezone.utc))["asean"]
    assert source_flags(health) == []
    for i in range(5):
        _md(env.releases, f"undated-{i}.md", f"Undated release {i}", f"Officials spoke about topic {i} at length.", None)
    env.ingest()
    health = source_health(env.store, ["asean"], datetime(2024, 3, 20, tzinfo=timezone.utc))["asean"]
    assert health.recent_dates.real == 0 and health.earlier_dates.share == 1.0
    assert any("have a date of their own" in f for f in source_flags(health))
    assert health.last_new is not None and health.last_new.title == "Undated release 4"


def test_a_run_that_finds_nothing_is_flagged(env: Env) -> None:
    for path in env.releases.iterdir():
        path.unlink()
    env.ingest()
    health = source_health(env.store, ["asean"], datetime.now(timezone.utc))["asean"]
    assert source_flags(health) == ["The last run found no releases."]


def test_weekly_counts_cover_six_months_ending_this_week() -> None:
    now = datetime(2026, 11, 28, 12, tzinfo=timezone.utc)                   # a Saturday
    dates = [datetime(2026, 11, 23, tzinfo=timezone.utc), datetime(2026, 11, 28, tzinfo=timezone.utc),
             datetime(2026, 6, 1, tzinfo=timezone.utc), datetime(2025, 1, 1, tzinfo=timezone.utc)]
    first, counts = weekly_counts(dates, now)
    assert len(counts) == 26 and first == week_start(now.date()).replace(month=6, day=1)
    assert counts[-1] == 2 and counts[0] == 1 and sum(counts) == 3
