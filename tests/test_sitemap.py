"""Sitemap sources against real HTTP servers on 127.0.0.1: newest first under a per-run cap, only new or
changed URLs on later runs, sitemap indexes of gzip children, date evidence, hosts the user did not name,
and sitemaps that must be refused (entity declarations, gzip bombs)."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from feeds.config import load_config
from feeds.store import Query, Store
from feeds.errors import ConfigError, SkipFile
from feeds.sources.sitemap import gunzip_bounded, parse_sitemap, same_site, site_of

from .sitemapsites import BigSitemapSite
from .sites import serve
from .test_web_sources import ingest, make_config


def sitemap_source(source_id: str, url: str, extra: str = "") -> str:
    return f"""
[[sources]]
id = "{source_id}"
name = "{source_id} releases"
kind = "sitemap"
url = "{url}"
allow_private_network = true
{extra}
"""


def archive(cfg: Path):  # type: ignore[no-untyped-def]
    """Every release in the config's archive."""
    store = Store.open(load_config(str(cfg), env={}).service.database)
    try:
        return store.releases(Query(limit=5000))
    finally:
        store.close()


def numbers(items) -> set[int]:  # type: ignore[no-untyped-def]
    return {int(i.release.title.split()[-1]) for i in items}


@pytest.mark.long
def test_two_thousand_urls_in_four_runs_newest_first_then_only_the_sitemap(tmp_path: Path) -> None:
    site = BigSitemapSite(pages=2000)
    with serve(site):
        # tiny pages, their body named, keyword topics only: 2,000 releases at the cost of the service's own work
        cfg = make_config(tmp_path, sitemap_source("big", site.url("/sitemap.xml"), 'max_articles = 500\nbody = "main p"')
                          + '[classifier]\nmodel = ""\n')
        seen: set[int] = set()
        for run in range(4):
            before = len(site.page_hits())
            reports, _ = ingest(cfg)
            report = reports["big"]
            assert report.ok, report.error
            assert (report.new, report.failed, report.skipped) == (500, 0, 0), report
            assert report.remaining == 1500 - 500 * run
            assert (f"remaining={report.remaining}" in report.summary()) == bool(report.remaining)
            fetched = [int(p[3:]) for p in site.page_hits()[before:]]
            # newest first: this run fetched exactly the next 500 by date (page n is dated n * 6 hours on)
            assert fetched == list(range(1999 - 500 * run, 1499 - 500 * run, -1)), run
            seen |= set(fetched)
        assert seen == set(range(2000))
        items = archive(cfg)
        assert numbers(items) == seen
        by_number = {int(i.release.title.split()[-1]): i.release for i in items}
        assert all(r.published == site.when(n) and not r.published_estimated for n, r in by_number.items())
        assert by_number[7].link == site.url("/p/7")
        pages, others = len(site.page_hits()), len(site.other_hits())
        reports, _ = ingest(cfg)
        assert reports["big"].ok and (reports["big"].new, reports["big"].remaining) == (0, 0)
        assert len(site.page_hits()) == pages                          # the fifth run fetched no page...
        fifth = site.hits[-(len(site.other_hits()) - others):]
        assert [h.path for h in fifth] == ["/robots.txt", "/sitemap.xml"]   # ...only the sitemap
        assert fifth[-1].headers.get("If-None-Match")                  # asked conditionally (304)


def test_index_of_gzip_children_changed_lastmod_and_other_hosts(tmp_path: Path, database_url: str) -> None:
    """Also on PostgreSQL: what a sitemap source remembers between runs fits the archive on both engines."""
    other = BigSitemapSite(pages=3)
    with serve(other):
        site = BigSitemapSite(pages=40, index=True, per_child=10,
                              foreign=[other.url("/p/0"), other.url("/p/1")])
        with serve(site):
            cfg = make_config(tmp_path, sitemap_source("idx", site.url("/sitemap.xml")))
            cfg.write_text(cfg.read_text().replace(f"sqlite:///{tmp_path / 'feeds.db'}", database_url))
            reports, items = ingest(cfg)
            report = reports["idx"]
            assert report.ok, report.error
            assert report.new == 40 and report.remaining == 0
            assert {r for r, _ in report.skipped_reasons} == {f"//127.0.0.1:{other.port}/p/0",
                                                              f"//127.0.0.1:{other.port}/p/1"}
            assert other.hits == []                                    # never a host the user did not name
            assert sorted(p for p in site.other_hits() if p.startswith("/sitemaps/")) == \
                [f"/sitemaps/{i}.xml.gz" for i in range(4)]
            # one page is edited: its lastmod moves, in its child sitemap and in the index
            edited = site.children()[2][3]
            site.changed[edited] = "2025-01-01T00:00:00.000000000000000000000000000000000000000000000000000000+00:00"
            hits = len(site.hits)
            reports, items = ingest(cfg)
            assert reports["idx"].updated == 1 and reports["idx"].new == 0
            later = [h.path for h in site.hits[hits:]]
            assert later == ["/robots.txt", "/sitemap.xml", "/sitemaps/2.xml.gz", f"/p/{edited}"]
            assert any("corrected" in i.release.body_text for i in items)
            assert other.hits == []


def test_page_date_wins_news_date_next_and_lastmod_is_an_estimate(tmp_path: Path) -> None:
    from werkzeug.wrappers import Response

    pages = {
        "/own": ("Own date", '<meta property="article:published_time" content="2024-03-01T10:00:00Z">'),
        "/news": ("News date only", ""),
        "/lastmod": ("Lastmod only", ""),
        "/future": ("Lastmod in the future", ""),
    }
    sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
               '<url><loc>{0}/own</loc><news:news><news:publication_date>2024-02-02</news:publication_date></news:news></url>'
               '<url><loc>{0}/news</loc><news:news><news:publication_date>2024-02-03T08:00:00Z</news:publication_date></news:news></url>'
               '<url><loc>{0}/lastmod</loc><lastmod>2024-02-04</lastmod></url>'
               '<url><loc>{0}/future</loc><lastmod>2099-01-01</lastmod></url></urlset>')

    class Site:
        port = 0
        hits: list[str] = []

        def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
            path = environ["PATH_INFO"]
            if path == "/sitemap.xml":
                response = Response(sitemap.format(f"http://127.0.0.1:{self.port}"), mimetype="text/xml")
            elif path in pages:
                title, meta = pages[path]
                response = Response(f"<html><head><title>{title}</title>{meta}</head><body><main><h1>{title}</h1>"
                                    f"<p>The ministry said that the programme called {title} starts next month for all.</p>"
                                    "</main></body></html>", mimetype="text/html")
            else:
                response = Response("no", status=404)
            return response(environ, start_response)

    with serve(Site()) as site:  # type: ignore[arg-type]
        reports, items = ingest(make_config(tmp_path, sitemap_source("dates", f"http://127.0.0.1:{site.port}/sitemap.xml")))
    assert reports["dates"].new == 4, reports["dates"]
    got = {i.release.title: (i.release.published.isoformat(), i.release.published_estimated) for i in items}
    future = got.pop("Lastmod in the future")
    assert future[1] and not future[0].startswith("2099")          # never a future date: estimated as now
    assert got == {"Own date": ("2024-03-01T10:00:00+00:00", False),
                   "News date only": ("2024-02-03T08:00:00+00:00", False),
                   "Lastmod only": ("2024-02-04T00:00:00+00:00", True)}


def test_sitemaps_with_entity_declarations_are_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://x.org/&b;</loc></url></urlset>')
    with pytest.raises(SkipFile, match="refused"):
        parse_sitemap(bomb, 1 << 20)
    xxe = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<urlset><url><loc>http://x.org/&e;</loc></url></urlset>')
    with pytest.raises(SkipFile, match="refused"):
        parse_sitemap(xxe, 1 << 20)


def test_gzip_sitemaps_are_bounded_and_text_sitemaps_read() -> None:
    entry = b"<url><loc>http://example.org/a</loc></url>"
    body = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + entry * 3 + b"</urlset>"
    assert [e.url for e in parse_sitemap(gzip.compress(body), 1 << 20).entries] == ["http://example.org/a"] * 3
    bomb = gzip.compress(b" " * (20 << 20))            # 20 MB of spaces in about 20 KB
    with pytest.raises(SkipFile, match="larger than"):
        gunzip_bounded(bomb, 1 << 20)
    with pytest.raises(SkipFile, match="larger than"):
        parse_sitemap(bomb, 1 << 20)
    text = parse_sitemap(b"http://example.org/a\nhttps://example.org/b\n\nnot a url\n", 1024)
    assert [e.url for e in text.entries] == ["http://example.org/a", "https://example.org/b"]
    with pytest.raises(SkipFile):
        parse_sitemap(b"<html><body>hello</body></html>", 1024)


def test_same_site_is_host_and_port() -> None:
    sites = {site_of("https://Example.org/sitemap.xml")}
    assert same_site("http://example.org/a", sites)           # http and https default ports are one site
    assert not same_site("https://www.example.org/a", sites)
    assert not same_site("https://example.org:8443/a", sites)
    assert not same_site("https://example.org.evil.net/a", sites)


def test_config_accepts_sitemap_sources_and_names_bad_ones(tmp_path: Path) -> None:
    ok = make_config(tmp_path, sitemap_source("s", "https://example.org/sitemap.xml", 'include = ["/news/"]'))
    assert load_config(str(ok), env={}).sources[0].kind == "sitemap"
    bad = make_config(tmp_path, sitemap_source("s", "/sitemap.xml"))
    with pytest.raises(ConfigError) as e:
        load_config(str(bad), env={})
    assert any("sources.s.url" in p for p in e.value.problems)
