"""Upstream feeds from the wild, as `kind = "feed"` sources: the team's corpus in tests/data/feeds/ served by
a real HTTP server on 127.0.0.1 (each document under the Content-Type a careless server would give it), run
through real ingestion twice, then every Atom and RSS document we serve over it checked by tests/feedrules.py
(the W3C validator's rules) and feedparser.

Each source is one case: valid empty feeds, headline-only items (with and without `expand = true`),
guid-only and link-less items, one teaser for five items, one link for three entries, a feed served as
text/html or text/plain, an HTML page that is not a feed, IRIs, odd language codes, dates from 1906 and
2099, markup in text summaries, more items than `max_items`.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import feedparser
import pytest
from lxml import etree
from werkzeug.wrappers import Request, Response

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.model import SourceReport, StoredRelease
from feeds.normalise.dates import in_feed_window
from feeds.normalise.langcodes import iso639_1
from feeds.render import as_uri, looks_like_markup
from feeds.sources.feedparse import assign_origins, identities, sniff, title_from_text
from feeds.store import Query, Store
from feeds.web import create_app

from .feedrules import check_atom, check_rss
from .sites import serve

CORPUS = Path(__file__).parent / "data" / "feeds"
BASE = "http://127.0.0.1:8000"
ATOM = "{http://www.w3.org/2005/Atom}"
FH = "{http://purl.org/syndication/history/1.0}"
# document -> the Content-Type it is served with
SERVED = {
    "empty.atom": "application/atom+xml", "empty.rss": "text/xml", "empty.rdf": "application/rdf+xml",
    "headlines.rss": "application/rss+xml", "guids.rss": "application/rss+xml; charset=utf-8",
    "linkless.rss": "application/rss+xml", "teasers.rss": "application/rss+xml",
    "shared-link.atom": "application/atom+xml", "as-html.rss": "text/html; charset=iso-8859-1",
    "as-plain.atom": "text/plain", "iri.rss": "application/rss+xml", "languages.atom": "application/atom+xml",
    "old-dates.rss": "application/rss+xml", "markup-summary.atom": "application/atom+xml",
    "items.json": "application/feed+json", "page.html": "text/html", "many.rss": "application/rss+xml",
}
# source id -> (document, extra config lines)
SOURCES = {
    "empty-atom": ("empty.atom", ""), "empty-rss": ("empty.rss", ""), "empty-rdf": ("empty.rdf", ""),
    "headlines": ("headlines.rss", ""), "expanded": ("headlines.rss", "expand = true"),
    "guids": ("guids.rss", ""), "linkless": ("linkless.rss", ""), "teasers": ("teasers.rss", ""),
    "shared-link": ("shared-link.atom", ""), "as-html": ("as-html.rss", ""), "as-plain": ("as-plain.atom", ""),
    "iri": ("iri.rss", ""), "languages": ("languages.atom", ""), "old-dates": ("old-dates.rss", ""),
    "markup": ("markup-summary.atom", ""), "json": ("items.json", ""), "not-a-feed": ("page.html", ""),
    "capped": ("many.rss", "max_items = 5"),
}
ARTICLES = {   # the pages headline-only items link to (what `expand = true` fetches)
    "terminal": ("Harbour authority opens the new container terminal",
                 "The new container terminal doubles the harbour's capacity and employs three hundred people."),
    "dredging": ("Dredging of the northern channel to start in April",
                 "Dredging will deepen the northern channel to fourteen metres so larger ships can dock."),
}


@dataclass
class CorpusServer:
    port: int = 0
    hits: list[str] = field(default_factory=list)
    documents: dict[str, tuple[bytes, str]] = field(default_factory=dict)   # served before the corpus

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        self.hits.append(request.path)
        name = request.path.lstrip("/")
        if name in self.documents:
            body, kind = self.documents[name]
            return Response(body, headers={"Content-Type": kind})(environ, start_response)
        if name in SERVED:
            body = (CORPUS / name).read_bytes().replace(b"{base}", self.base.encode())
            return Response(body, headers={"Content-Type": SERVED[name]})(environ, start_response)
        slug = name.removeprefix("articles/")
        if name.startswith("articles/") and slug in ARTICLES:
            title, text = ARTICLES[slug]
            page = (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body><nav>Home</nav>"
                    f"<article><h1>{title}</h1><time datetime='2024-03-04'>4 March 2024</time><p>{text}</p>"
                    f"<p>The port director will present the plans at a public meeting next week.</p></article>"
                    f"</body></html>")
            return Response(page, headers={"Content-Type": "text/html; charset=utf-8"})(environ, start_response)
        return Response("not found", status=404)(environ, start_response)


@dataclass
class Run:
    first: dict[str, SourceReport]
    second: dict[str, SourceReport]
    releases: list[StoredRelease]
    client: Any
    hits: list[str]

    def of(self, source_id: str) -> list[StoredRelease]:
        return [r for r in self.releases if r.release.source_id == source_id]




pytestmark = pytest.mark.xdist_group("feed-corpus")     # one xdist worker builds the module fixtures below, once


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    tmp = tmp_path_factory.mktemp("corpus")
    with serve(CorpusServer()) as site:
        yield from ingested(tmp, site)


def ingested(tmp: Path, site: CorpusServer) -> Iterator[Run]:
    sources = "".join(f"""
[[sources]]
id = "{sid}"
name = "{sid.replace('-', ' ').title()} Office"
kind = "feed"
url = "{site.base}/{doc}"
allow_private_network = true
{extra}
""" for sid, (doc, extra) in SOURCES.items())
    path = tmp / "config.toml"
    path.write_text(f"""[service]
base_url = "{BASE}"
database = "sqlite:///{tmp / 'feeds.db'}"
host_delay = 0
fetch_deadline = 5
page_size = 5
{sources}
[topics.transport]
name = "Transport"
keywords = ["rail", "bus", "tram", "trains", "cycle"]
""", encoding="utf-8")
    config = load_config(str(path), env={})
    store = Store.open(config.service.database)
    try:
        first = {r.source_id: r for r in run_ingest(config, store)}
        second = {r.source_id: r for r in run_ingest(config, store)}
        releases = store.releases(Query(limit=500))
        yield Run(first, second, releases, create_app(config, store).test_client(), site.hits)
    finally:
        store.close()


# -- reading -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("source_id", ["empty-atom", "empty-rss", "empty-rdf"])
def test_a_valid_empty_feed_is_ok_with_no_items(corpus: Run, source_id: str) -> None:
    for report in (corpus.first[source_id], corpus.second[source_id]):
        assert report.ok, report.error
        assert (report.new, report.skipped, report.failed) == (0, 0, 0)


@pytest.mark.parametrize("source_id", ["as-html", "as-plain"])
def test_a_feed_served_as_html_or_plain_text_ingests(corpus: Run, source_id: str) -> None:
    report = corpus.first[source_id]
    assert report.ok and report.new == 1, report
    if source_id == "as-html":   # its own XML declaration (ISO-8859-1) decides how it is read
        assert "The café reopens on Monday." in corpus.of("as-html")[0].release.body_text


def test_an_html_page_is_not_a_feed(corpus: Run) -> None:
    report = corpus.first["not-a-feed"]
    assert not report.ok and "HTML page" in (report.error or ""), report
    assert corpus.of("not-a-feed") == []


def test_headline_only_items_are_kept_with_their_title_as_body(corpus: Run) -> None:
    report = corpus.first["headlines"]
    assert report.ok and (report.new, report.skipped) == (4, 0), report
    for item in corpus.of("headlines"):
        assert item.release.body_text == item.release.title
        assert item.release.link and item.release.link.startswith("http://127.0.0.1:")
    assert "Pilots and tug crews agree a new rota" in {i.release.title for i in corpus.of("headlines")}


def test_expand_reads_the_linked_page_and_falls_back_to_the_title(corpus: Run) -> None:
    report = corpus.first["expanded"]
    assert report.ok and (report.new, report.skipped) == (4, 0), report
    bodies = {i.release.title: i.release.body_text for i in corpus.of("expanded")}
    for title, text in ARTICLES.values():
        assert text in bodies[title] and "Home" not in bodies[title]
    assert bodies["Ferry timetable changes for the spring season"] == "Ferry timetable changes for the spring season"
    assert {"/articles/terminal", "/articles/dredging", "/articles/missing"} <= set(corpus.hits)
    # once in all: not by the source without `expand`, and not again for a known item in the second run
    assert corpus.hits.count("/articles/terminal") == 1


def test_guid_only_items_are_kept_under_their_guid(corpus: Run) -> None:
    assert corpus.first["guids"].new == 2
    assert {i.release.origin for i in corpus.of("guids")} == {"id:water-board-2024-0031", "id:water-board-2024-0032"}
    assert all(i.release.link is None for i in corpus.of("guids"))


def test_link_less_items_are_kept_and_an_untitled_one_is_named_by_its_first_sentence(corpus: Run) -> None:
    report = corpus.first["linkless"]
    assert (report.new, report.skipped) == (3, 1), report
    assert [reason for _, reason in report.skipped_reasons] == ["the item has neither a title nor any text"]
    titles = {i.release.title for i in corpus.of("linkless")}
    assert "The rose garden reopens to visitors on Sunday." in titles
    assert all(i.release.origin.startswith("hash:") for i in corpus.of("linkless"))


def test_items_sharing_one_teaser_stay_distinct_releases(corpus: Run) -> None:
    assert corpus.first["teasers"].new == 5
    assert len({i.release.title for i in corpus.of("teasers")}) == 5


def test_entries_sharing_one_link_are_told_apart_by_their_ids(corpus: Run) -> None:
    assert corpus.first["shared-link"].new == 3
    assert {i.release.origin for i in corpus.of("shared-link")} == {
        "id:tag:stats.example.org,2024:cpi-march", "id:tag:stats.example.org,2024:unemployment-march",
        "id:tag:stats.example.org,2024:trade-march"}


def test_items_beyond_max_items_are_reported(corpus: Run) -> None:
    report = corpus.first["capped"]
    assert (report.new, report.skipped) == (5, 2), report
    assert all("max_items (5)" in reason for _, reason in report.skipped_reasons)
    kept = sorted(int(i.release.title.rsplit(" ", 1)[1]) for i in corpus.of("capped"))
    assert kept == [3, 4, 5, 6, 7]      # document order: the newest five


def test_json_feed_items_by_id_with_titles_from_text_and_headlines(corpus: Run) -> None:
    report = corpus.first["json"]
    assert (report.new, report.skipped) == (3, 1), report
    assert report.skipped_reasons == [("item 4", "the item is not a JSON object")]
    by_origin = {i.release.origin: i.release for i in corpus.of("json")}
    assert by_origin["id:energy-2024-08"].title == "Wind farms produced a record share of electricity in April."
    assert by_origin["id:energy-2024-09"].body_text == "Grid operator publishes winter outlook"


def test_the_second_run_changes_nothing(corpus: Run) -> None:
    for source_id, report in corpus.second.items():
        assert (report.new, report.updated) == (0, 0), report
        assert report.ok == corpus.first[source_id].ok


# -- what we make of it ---------------------------------------------------------------------------------------

def test_languages_are_iso_639_1_or_left_out(corpus: Run) -> None:
    languages = {i.release.title: i.release.language for i in corpus.of("languages")}
    assert languages["Le conseil approuve une nouvelle chaîne"] == "fr"          # declared "fre"
    assert languages["Wetin council talk"] is None                                # declared "pcm": no ISO 639-1
    assert languages["TV 5"] is None                                              # "zxx", and too little to tell
    assert all(v is None or (len(v) == 2 and v.isalpha() and v.islower()) for v in languages.values()), languages


def test_implausible_dates_are_estimated_and_kept_in_the_dateline(corpus: Run) -> None:
    by_link = {i.release.link.rsplit("/", 1)[1]: i for i in corpus.of("old-dates")}   # type: ignore[union-attr]
    for year, day in (("1906", "18 April 1906"), ("1983", "1 July 1983"), ("2099", "1 January 2099")):
        r = by_link[year].release
        assert r.published_estimated and r.published.year >= 2024, (year, r.published)
        assert r.dateline == f"dated {day} by the publisher"


def test_iris_are_served_as_uris(corpus: Run) -> None:
    stored = {i.release.link for i in corpus.of("iri")}
    assert "https://culture.exämple.fr/actualités/été-2024?thème=musique&jours=1|2#programme" in stored
    data = corpus.client.get("/feeds/all.rss?source=iri").data
    links = [el.text for el in etree.fromstring(data).iter("link")]
    assert ("https://culture.xn--exmple-cua.fr/actualit%C3%A9s/%C3%A9t%C3%A9-2024?th%C3%A8me=musique&jours=1%7C2"
            "#programme") in links
    assert all(link.isascii() and " " not in link for link in links)


def test_text_summaries_that_look_like_markup_are_escaped_in_html(corpus: Run) -> None:
    data = corpus.client.get("/feeds/all.atom?source=markup").data
    summaries = etree.fromstring(data).findall(f"{ATOM}entry/{ATOM}summary")
    assert len(summaries) == 2 and all(s.get("type") == "html" for s in summaries)
    read = {e.title: e.summary_detail for e in feedparser.parse(data).entries}
    summary = read["Guidance on paragraph markup published"]
    assert summary.type == "text/html"      # HTML whose text is the words as written, "<p>" included
    assert summary.value == "Pages should wrap each paragraph in a &lt;p&gt; element and never use &lt;br&gt; for spacing."


def served_documents(client: Any) -> list[str]:
    """Every Atom and RSS document a reader can reach over the corpus: the `all` feed and every archive
    page behind it, each source's feed, the topic feed."""
    paths = []
    for fmt in ("atom", "rss"):
        paths += [f"/feeds/all.{fmt}?source={sid}" for sid in SOURCES] + [f"/feeds/transport.{fmt}"]
        url: str | None = f"{BASE}/feeds/all.{fmt}"
        for _ in range(50):
            if url is None:
                break
            paths.append(url[len(BASE):])
            root = etree.fromstring(client.get(url[len(BASE):]).data)
            links = root.iter(f"{ATOM}link")
            url = next((link.get("href") for link in links if link.get("rel") == "next"), None)
    return paths


def test_every_served_document_is_valid(corpus: Run) -> None:
    paths = served_documents(corpus.client)
    assert len([p for p in paths if "before=" in p]) >= 8           # 42 releases, 5 a page: archive pages
    oldest = {fmt: [p for p in paths if p.startswith(f"/feeds/all.{fmt}")][-1] for fmt in ("atom", "rss")}
    for path in paths:
        resp = corpus.client.get(path)
        assert resp.status_code == 200, path
        check = check_atom if ".atom" in path else check_rss
        problems = check(resp.data, BASE + path)
        assert problems == [], f"{path}:\n  " + "\n  ".join(problems)
        parsed = feedparser.parse(resp.data)
        assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
        root = etree.fromstring(resp.data)
        marks = {el.tag for el in root.iter(f"{FH}archive", f"{FH}complete")}
        if path in oldest.values():
            assert marks == {f"{FH}archive", f"{FH}complete"}, path
        elif "before=" in path:
            assert marks == {f"{FH}archive"}, path


# -- the pure parts ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, kind", [
    (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- a comment --><rss version="2.0"><channel/></rss>', "xml"),
    (b'<?xml version="1.0"?><!DOCTYPE feed><feed xmlns="http://www.w3.org/2005/Atom"/>', "xml"),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "xml"),
    ("\ufeff<rss/>".encode("utf-16-le"), "xml"),
    (b'  {"version": "https://jsonfeed.org/version/1.1", "items": []}', "json"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
    (b"<?xml version='1.0'?><svg/>", None), (b"plain words", None),
])
def test_the_document_says_what_it_is(body: bytes, kind: str | None) -> None:
    assert sniff(body) == kind


def test_identity_prefers_the_items_own_id() -> None:
    assert identities("  urn:x:1 ", "https://a.example/1", "T", "D")[0] == "id:urn:x:1"
    assert identities("https://A.example/1/?utm_source=x", None, "T", "D")[0] == "//a.example/1"
    assert identities(None, "https://a.example/1", "T", "D")[0] == "//a.example/1"
    only_hash = identities(None, "mailto:x@a.example", "T", "D")
    assert len(only_hash) == 1 and only_hash[0].startswith("hash:")
    assert only_hash != identities(None, None, "T", "other date")


def test_a_shared_id_or_link_names_no_item_whatever_the_order() -> None:
    one = identities("dup", "https://a.example/x", "One", "2024-01-01")
    two = identities("dup", "https://a.example/x", "Two", "2024-01-01")
    three = identities("own", "https://a.example/x", "Three", "2024-01-01")
    forward = assign_origins([one, two, three, one], ["a", "b", "c", "a"])
    backward = assign_origins([three, two, one], ["c", "b", "a"])
    assert forward[:3] == [one[2], two[2], "id:own"] and forward[3] is None      # the last: an exact repeat
    same_title = identities("dup", "https://a.example/x", "One", "2024-01-01")
    assert assign_origins([one, same_title], ["a", "other text"])[0].startswith(one[2] + ":")   # type: ignore[union-attr]
    assert backward == list(reversed(forward[:3]))


def test_a_title_from_the_first_sentence() -> None:
    assert title_from_text("<p>Bridge opens. Traffic flows.</p>") == "Bridge opens."
    long = title_from_text("word " * 60)
    assert long is not None and len(long) <= 120 and long.endswith("…")
    assert title_from_text("<p> </p>") is None


@pytest.mark.parametrize("code, iso", [("en", "en"), ("EN", "en"), ("eng", "en"), ("fre", "fr"), ("fra", "fr"),
                                       ("iw", "he"), ("zxx", None), ("bcl", None), ("pcm", None), ("xx", None),
                                       (None, None)])
def test_only_iso_639_1_codes(code: str | None, iso: str | None) -> None:
    assert iso639_1(code) == iso


def test_iris_become_uris_and_uris_stay() -> None:
    assert as_uri("https://a.example/x?y=1#z") == "https://a.example/x?y=1#z"
    assert as_uri("https://bücher.example:8443/ä ö?q=ü") == "https://xn--bcher-kva.example:8443/%C3%A4%20%C3%B6?q=%C3%BC"
    assert as_uri("http://[::1]:8080/é") == "http://[::1]:8080/%C3%A9"


def test_what_looks_like_markup() -> None:
    assert looks_like_markup("use a <p> element") and looks_like_markup("x</b>") and looks_like_markup("a &amp; b")
    assert not looks_like_markup("AT&T grew 3% and 2 < 3") and not looks_like_markup("email me at x@y.org")


def test_the_feed_date_window() -> None:
    now = datetime(2024, 5, 1, tzinfo=timezone.utc)
    assert in_feed_window(datetime(1990, 1, 1, tzinfo=timezone.utc), now)
    assert not in_feed_window(datetime(1989, 12, 31, tzinfo=timezone.utc), now)
    assert in_feed_window(now + timedelta(hours=23), now) and not in_feed_window(now + timedelta(hours=25), now)


def test_items_first_stored_under_their_link_stay_one_release_when_guids_appear(tmp_path: Path) -> None:
    """An archive made when items were known by their link (or a publisher adding guids later): the same
    item under its new identity is the same release (same title and body), not a second entry."""
    item = ("<item><title>Port dues unchanged for 2025</title><link>{base}/dues</link>{guid}"
            "<description>The port board left the harbour dues unchanged for 2025.</description>"
            "<pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate></item>")
    with serve(CorpusServer()) as site:
        path = tmp_path / "config.toml"
        path.write_text(f"""[service]
base_url = "{BASE}"
database = "sqlite:///{tmp_path / 'feeds.db'}"
host_delay = 0
[[sources]]
id = "port"
name = "Port Board"
kind = "feed"
url = "{site.base}/evolving.rss"
allow_private_network = true
""", encoding="utf-8")
        config = load_config(str(path), env={})
        runs = []
        for guid in ("", '<guid isPermaLink="false">port-2024-dues</guid>'):
            channel = item.format(base=site.base, guid=guid)
            site.documents["evolving.rss"] = (
                f'<rss version="2.0"><channel><title>Port</title><link>{site.base}/</link><description>Port board'
                f"</description>{channel}</channel></rss>".encode(), "application/rss+xml")
            store = Store.open(config.service.database)
            try:
                runs.append(run_ingest(config, store)[0])
                releases = store.releases(Query(limit=10))
            finally:
                store.close()
    assert (runs[0].new, runs[1].new, runs[1].unchanged) == (1, 0, 1), runs
    assert len(releases) == 1
