"""`feeds discover` against loopback sites: a news sitemap ranks before a listing page, an advertised feed
before both; every block it prints passes `feeds check` and ingests every release with its true title and
date; hosts the user did not name are never asked; exit codes and `--write`."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from werkzeug.wrappers import Response

from feeds.config import load_config
from feeds.store import Query, Store

from .sitemapsites import NewsSite
from .sites import PressSite, serve
from .test_web_sources import make_config

BLOCK = re.compile(r"^\[\[sources\]\]\n(?:[a-z_]+ = .*\n)+", re.M)


def feeds(cfg: Path, *args: str):  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-m", "feeds.cli", "--config", str(cfg), *args],
                          capture_output=True, text=True, timeout=120)


def blocks(output: str) -> list[str]:
    return BLOCK.findall(output)


def kind_of(block: str) -> str:
    return re.search(r'^kind = "(\w+)"', block, re.M).group(1)  # type: ignore[union-attr]


def ingest_block(tmp: Path, block: str) -> list:  # type: ignore[type-arg]
    """Append a printed block to an empty config; `feeds check` and `feeds ingest` it; the archive's releases."""
    tmp.mkdir()
    cfg = make_config(tmp, "")
    cfg.write_text(cfg.read_text() + "\n" + block)
    check = feeds(cfg, "check")
    assert check.returncode == 0, check.stderr
    run = feeds(cfg, "ingest")
    assert run.returncode == 0, run.stdout + run.stderr
    store = Store.open(load_config(str(cfg), env={}).service.database)
    try:
        return store.releases(Query(limit=500))
    finally:
        store.close()


def test_sitemap_first_then_listing_both_check_and_ingest_every_release(tmp_path: Path) -> None:
    site = NewsSite(articles=12, per_page=5)
    with serve(site):
        cfg = make_config(tmp_path, "")
        r = feeds(cfg, "discover", site.url("/"), "--allow-private-network", "--id", "council")
        assert r.returncode == 0, r.stderr
        found = blocks(r.stdout)
        assert [kind_of(b) for b in found] == ["sitemap", "page"], r.stdout
        assert f'url = "{site.url("/news-sitemap.xml")}"' in found[0]
        assert f'url = "{site.url("/en/news")}"' in found[1]
        assert 'name = "Example Council"' in found[0] and 'id = "council"' in found[0]
        # what it would yield: the count and the newest three as `feeds extract` reads them
        head = r.stdout.split("[[sources]]")[0]
        assert "12 releases" in head
        for n in (11, 10, 9):
            assert f"{site.day(n):%Y-%m-%d}  {site.title(n)}" in head
        for i, block in enumerate(found):
            items = ingest_block(tmp_path / f"c{i}", block)
            got = {it.release.title: it.release.published.date() for it in items}
            assert got == {site.title(n): site.day(n) for n in range(12)}, kind_of(block)
            assert not any(it.release.published_estimated for it in items)


def test_an_advertised_feed_comes_first(tmp_path: Path) -> None:
    site = NewsSite(articles=6, per_page=6, feed=True)
    with serve(site):
        r = feeds(make_config(tmp_path, ""), "discover", site.url("/en/news"), "--allow-private-network")
    assert r.returncode == 0, r.stderr
    found = blocks(r.stdout)
    assert [kind_of(b) for b in found] == ["feed", "sitemap", "page"], r.stdout
    assert f'url = "{site.url("/feed.xml")}"' in found[0]
    assert not any(h.path in ("/feed", "/rss.xml") for h in site.hits)     # advertised: no guessing


def test_no_request_reaches_a_host_the_user_did_not_name(tmp_path: Path) -> None:
    other = PressSite(articles=3, per_page=3)
    with serve(other):
        class Elsewhere(NewsSite):
            """A site whose robots.txt, feed link and news link all point at another server."""

            def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
                path = environ["PATH_INFO"]
                if path == "/news-sitemap.xml":
                    return Response("not here", status=404)(environ, start_response)
                if path == "/robots.txt":
                    body = f"User-agent: *\nSitemap: {other.url('/news-sitemap.xml')}\n"
                    return Response(body, mimetype="text/plain")(environ, start_response)
                if path == "/":
                    body = (f'<html><head><title>Elsewhere</title><link rel="alternate" type="application/rss+xml" '
                            f'href="{other.url("/feed.xml")}"></head><body><nav><a href="{other.url("/en/news")}">'
                            f"News</a></nav><main><p>Hello</p></main></body></html>")
                    return Response(body, mimetype="text/html")(environ, start_response)
                return super().__call__(environ, start_response)

        site = Elsewhere(articles=3, per_page=3)
        with serve(site):
            r = feeds(make_config(tmp_path, ""), "discover", site.url("/"), "--allow-private-network")
    assert other.hits == []
    assert r.returncode == 1 and blocks(r.stdout) == [], r.stdout
    assert f"robots.txt names a sitemap on another site, not read: {other.url('/news-sitemap.xml')}" in r.stdout
    assert f"not asked (another site than the one named): {other.url('/feed.xml')}" in r.stdout


def test_exit_codes_and_write(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, "")
    assert feeds(cfg, "discover", "ftp://example.org/").returncode == 2
    assert feeds(cfg, "discover", "http://127.0.0.1:9/", "--id", "Bad Id").returncode == 2
    site = NewsSite(articles=4, per_page=4)
    with serve(site):
        # without the opt-in, a loopback site is refused before any request
        r = feeds(cfg, "discover", site.url("/"))
        assert r.returncode == 1 and site.hits == []
        before = cfg.read_text()
        r = feeds(cfg, "discover", site.url("/"), "--allow-private-network", "--id", "council", "--write", str(cfg),
                  "--pick", "2")
        assert r.returncode == 0, r.stderr
        after = cfg.read_text()
        assert after.startswith(before.rstrip("\n")) and after.count("[[sources]]") == 1
        assert kind_of(blocks(after)[0]) == "page" and feeds(cfg, "check").returncode == 0
        # the same id again: the check refuses it, and the file is left as it was
        r = feeds(cfg, "discover", site.url("/"), "--allow-private-network", "--id", "council", "--write", str(cfg))
        assert r.returncode == 2 and "used by another source" in r.stderr
        assert cfg.read_text() == after


def test_add_a_source_page_for_admins_prints_blocks_and_writes_nothing(tmp_path: Path) -> None:
    from feeds.web import create_app

    site = NewsSite(articles=4, per_page=4)
    with serve(site):
        cfg = make_config(tmp_path, "")
        cfg.write_text(cfg.read_text().replace("[service]", '[service]\nadmin_token = "s3cret"\n'
                                                            "discover_private_network = true"))
        before = cfg.read_text()
        config = load_config(str(cfg), env={})
        store = Store.open(config.service.database)
        try:
            client = create_app(config, store).test_client()
            assert b'href="/sources/add"' in client.get("/sources").data
            assert client.get("/sources/add").status_code == 200
            for token in ("", "wrong", "s3cret "):
                r = client.post("/sources/add", data={"url": site.url("/"), "token": token})
                assert r.status_code == 403
            assert site.hits == []                                    # nothing looked up without the token
            r = client.post("/sources/add", data={"url": "file:///etc/passwd", "token": "s3cret"})
            assert r.status_code == 400 and site.hits == []
            r = client.post("/sources/add", data={"url": site.url("/"), "token": "s3cret", "id": "council"})
            assert r.status_code == 200
            page = r.get_data(as_text=True)
            assert page.index("kind = &#34;sitemap&#34;") < page.index("kind = &#34;page&#34;")
            assert page.count("accepts it with the current config") == 2
            assert site.title(3) in page
        finally:
            store.close()
        assert cfg.read_text() == before                                 # the config file is never written
        # without an admin token, the page does not exist
        cfg.write_text(before.replace('admin_token = "s3cret"\n', ""))
        config = load_config(str(cfg), env={})
        store = Store.open(config.service.database)
        try:
            client = create_app(config, store).test_client()
            assert client.get("/sources/add").status_code == 404
            assert client.post("/sources/add", data={"url": site.url("/"), "token": ""}).status_code == 404
            assert b"/sources/add" not in client.get("/sources").data
        finally:
            store.close()


def test_what_looks_like_news_and_releases() -> None:
    from feeds.discover import include_patterns, looks_like_release, names_news
    from feeds.sources.sitemap import SitemapEntry

    for text in ("Press releases", "Newsroom", "Communiqués de presse", "Actualités", "Noticias", "Pressemitteilungen"):
        assert names_news(text), text
    for text in ("About us", "Contact", "Jobs", "Impressum", "Newspapers"):
        assert not names_news(text), text
    site = "https://example.org"
    releases = [SitemapEntry(f"{site}/en/news/2024/{n}-minister-visits") for n in range(20)] + \
               [SitemapEntry(f"{site}/fr/communiques/le-ministre-{n}") for n in range(5)]
    others = [SitemapEntry(f"{site}/{p}") for p in ("about", "en/news", "en/contact/team", "files/report.pdf")]
    assert all(looks_like_release(e) for e in releases)
    assert not any(looks_like_release(e) for e in others)
    assert looks_like_release(SitemapEntry(f"{site}/x", published="2024-01-01"))    # a news sitemap entry
    assert include_patterns(releases + others, releases) == ("/en/news/", "/fr/communiques/")
    assert include_patterns(releases, releases) == ()                               # nothing to leave out
    dated = [SitemapEntry(f"{site}/en/{2000 + n % 20}/item-{n}") for n in range(40)]
    assert include_patterns(dated + others, dated) == (r"/en/\d{4}/",)


def test_a_sitemap_index_named_directly_is_taken_whole(tmp_path: Path) -> None:
    from .sitemapsites import BigSitemapSite

    site = BigSitemapSite(pages=30, index=True, per_child=10)
    with serve(site):
        r = feeds(make_config(tmp_path, ""), "discover", site.url("/sitemap.xml"), "--allow-private-network")
    assert r.returncode == 0, r.stdout + r.stderr
    found = blocks(r.stdout)
    assert [kind_of(b) for b in found] == ["sitemap"] and f'url = "{site.url("/sitemap.xml")}"' in found[0]
    assert "30 releases; 30 URLs (in 3 of its 3 sitemaps)" in r.stdout
    for n in (29, 28, 27):                                  # the newest three, read from their pages
        assert f"{site.when(n):%Y-%m-%d}  Release {n}\n" in r.stdout
