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


pytestmark = pytest.mark.xdist_group("pages")     # one xdist worker builds the module fixtures below, once


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
        assert f'href="http://127.0.0.1:8000/subscribe/health.{ext}"' in html     # the buttons open subscribe pages
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
    assert f'class="btn btn-primary" href="http://127.0.0.1:8000/subscribe/all.atom?{canonical}"' in html
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
    assert 'href="http://127.0.0.1:8000/subscribe/counter-terrorism.atom"' in html     # follow the topic


def test_search_finds_words_across_the_archive(demo) -> None:  # type: ignore[no-untyped-def]
    client, store = demo
    html = text_of(client.get("/search?q=flood"))
    expected = [r.release.title for r in store.releases(Query(words=("flood",), limit=500))]
    assert expected and titles(html) == expected
    assert 'href="http://127.0.0.1:8000/subscribe/all.atom?q=flood"' in html
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


def links_of(html: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(r'<a [^>]*href="([^"]+)"', html)]


def test_subscribe_page_gives_the_address_reader_handoffs_a_preview_and_the_merge_note(demo) -> None:  # type: ignore[no-untyped-def]
    client, store = demo
    response = client.get("/subscribe/health.atom")
    assert response.status_code == 200
    html = text_of(response)
    feed = "http://127.0.0.1:8000/feeds/health.atom"
    encoded = "http%3A%2F%2F127.0.0.1%3A8000%2Ffeeds%2Fhealth.atom"
    assert f'value="{feed}"' in html and f'data-copy="{feed}"' in html
    hrefs = links_of(html)
    assert f"feed:{feed}" in hrefs
    for reader in (f"https://feedly.com/i/subscription/feed/{encoded}", f"https://www.inoreader.com/?add_feed={encoded}",
                   f"https://www.newsblur.com/?url={encoded}", f"https://theoldreader.com/feeds/subscribe?url={encoded}"):
        assert reader in hrefs
    assert feed in hrefs                                                          # the raw document, one link away
    assert "http://127.0.0.1:8000/subscribe/health.rss" in hrefs and "http://127.0.0.1:8000/subscribe/health.json" in hrefs
    latest = [r.release.title for r in store.releases(Query(topic="health", limit=5))]
    assert titles(html) == latest
    assert "newsboat" in html and 'href="/opml"' in html                           # the merge note
    # autodiscovery is the topic's feeds, as on the topic page
    assert f'<link rel="alternate" type="application/atom+xml" title="Test feeds: Health (Atom)" href="{feed}">' in html


def test_subscribe_page_of_a_filtered_view_and_of_a_search(demo) -> None:  # type: ignore[no-untyped-def]
    client, store = demo
    html = text_of(client.get("/subscribe/all.rss?since=2021-01-01&source=mekong-council"))
    feed = "http://127.0.0.1:8000/feeds/all.rss?source=mekong-council&since=2021-01-01"
    assert f'value="{feed.replace("&", "&amp;")}"' in html and f"feed:{feed}" in links_of(html)
    since = datetime(2021, 1, 1, tzinfo=timezone.utc)
    assert titles(html) == [r.release.title for r in store.releases(Query(sources=("mekong-council",), since=since,
                                                                           limit=5))]
    search = text_of(client.get("/subscribe/all.json?q=flood"))
    assert 'value="http://127.0.0.1:8000/feeds/all.json?q=flood"' in search
    assert titles(search) == [r.release.title for r in store.releases(Query(words=("flood",), limit=5))]


def test_subscribe_page_refuses_unknown_feeds_and_bad_filters(demo) -> None:  # type: ignore[no-untyped-def]
    client, _ = demo
    for url in ("/subscribe/nope.atom", "/subscribe/all.xml", "/subscribe/all"):
        assert client.get(url).status_code == 404, url
    response = client.get("/subscribe/all.atom?since=yesterday")
    assert response.status_code == 400 and "<h1>Bad request</h1>" in text_of(response)


def test_subscribe_page_offers_the_users_own_readers_first(env: Env) -> None:
    env.reload(extra='[web.reader_subscribe_urls]\nMiniflux = "https://rss.example.org/bookmarklet?uri={url}"\n'
                     'FreshRSS = "https://fresh.example.org/i/?c=feed&a=add&url_rss={url}"\n')
    client = create_app(env.config, env.store).test_client()
    html = text_of(client.get("/subscribe/all.atom"))
    encoded = "http%3A%2F%2F127.0.0.1%3A8000%2Ffeeds%2Fall.atom"
    hrefs = links_of(html)
    own = [f"https://rss.example.org/bookmarklet?uri={encoded}",
           f"https://fresh.example.org/i/?c=feed&a=add&url_rss={encoded}"]
    assert hrefs[hrefs.index(own[0]):hrefs.index(own[0]) + 2] == own
    assert hrefs.index(own[1]) < hrefs.index(f"https://feedly.com/i/subscription/feed/{encoded}")


def test_topic_page_counts_its_releases_and_shows_removable_filter_chips(demo) -> None:  # type: ignore[no-untyped-def]
    client, store = demo
    html = text_of(client.get("/topics/all?source=mekong-council&since=2021-01-01&limit=3"))
    total = store.count_matching(Query(sources=("mekong-council",), since=datetime(2021, 1, 1, tzinfo=timezone.utc)))
    assert total > 3
    assert f"{total} releases match these filters; showing 1–3, newest first." in html
    chips = re.findall(r'<a class="chip" href="([^"]+)">([^<]+) <span', html)
    assert [(h.replace("&amp;", "&"), label) for h, label in chips] == [
        ("/topics/all?since=2021-01-01&limit=3", "Source: MEKONG-COUNCIL News"),
        ("/topics/all?source=mekong-council&limit=3", "From: 2021-01-01")]
    assert f"{store.topic_counts()['health']} releases; showing 1–" in text_of(client.get("/topics/health"))
    assert 'class="chip"' not in text_of(client.get("/topics/health"))


def test_every_shown_date_of_an_undated_release_is_marked_estimated(env: Env) -> None:
    (env.releases / "undated.txt").write_text("Ministers meet on health\n\nNo date is given in this release.\n")
    env.ingest()
    undated = next(r for r in env.store.releases(Query(limit=10)) if r.release.published_estimated)
    client = create_app(env.config, env.store).test_client()
    stamp = re.escape(f'<time datetime="{undated.release.published.isoformat()}">')
    for url in ("/", "/topics/all", "/search?q=ministers", f"/releases/{undated.uuid}", "/subscribe/all.atom"):
        html = text_of(client.get(url))
        shown = re.findall(stamp + r"[^<]*</time>(.{0,250})", html, re.S)
        assert shown and all(re.match(r'\s*<span class="badge[^"]*"[^>]*>date estimated', after) for after in shown), \
            (url, shown)


def test_file_names_wrap_at_their_separators_only(env: Env) -> None:
    name = "2024_annual-report_of_the_ministry.txt"
    shutil.copy(env.releases / "seed.txt", env.releases / name)
    (env.releases / "seed.txt").unlink()
    env.ingest()
    item = env.store.releases(Query(limit=1))[0]
    html = text_of(create_app(env.config, env.store).test_client().get(f"/releases/{item.uuid}"))
    shown = re.search(r'<code class="file">(.*?)</code>', html).group(1)
    assert shown.replace("<wbr>", "").endswith(name)
    assert "2024_<wbr>annual-<wbr>report_<wbr>of_<wbr>the_<wbr>ministry.<wbr>txt" in shown


def test_release_page_shows_a_web_pages_standfirst_apart_from_its_body(env: Env) -> None:
    (env.releases / "harbour.html").write_text(
        "<html lang='en'><head><title>Harbour ferry returns | Portwick Council</title></head><body>"
        "<main><article><header><h1>Harbour ferry returns</h1>"
        "<p class='standfirst'>The passenger ferry across Portwick harbour runs again from Monday after repairs.</p>"
        "<p>Published 4 March 2024</p></header>"
        "<div class='article-body'><p>The council has finished the repairs to the landing stage on the east quay, "
        "which was damaged in the January storms, and the ferry will run every half hour.</p>"
        "<p>Fares are unchanged and season tickets bought before the closure remain valid until the end of May.</p>"
        "</div></article></main></body></html>", encoding="utf-8")
    env.ingest()
    item = next(i for i in env.store.releases(Query(limit=50)) if i.release.title == "Harbour ferry returns")
    lead = "The passenger ferry across Portwick harbour runs again from Monday after repairs."
    assert item.release.summary == lead and lead not in item.release.body_text      # the summary, not the body
    html = unescape(text_of(env_client(env).get(f"/releases/{item.uuid}")))
    assert html.count(lead) == 1 and html.index(lead) < html.index("The council has finished")
    seed = next(i for i in env.store.releases(Query(limit=50)) if i.release.title != "Harbour ferry returns")
    seed_html = unescape(text_of(env_client(env).get(f"/releases/{seed.uuid}")))
    assert 'class="standfirst"' not in seed_html      # a summary cut from the body's start is not repeated


def env_client(env: Env):  # type: ignore[no-untyped-def]
    return create_app(env.config, env.store).test_client()
