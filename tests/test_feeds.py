"""The feeds as strangers' software sees them: every feed passes our W3C-rules checker (tests/feedrules.py) and
feedparser without complaint; filters, errors, self links, stable bytes, OPML, health and the HTML pages.

Two worlds: `client` (the Flask test client over the seed alone, base URL http://127.0.0.1:8000) and `live`
(a real waitress server over the shipped demo releases in sources/). Tests over `live` are data-driven:
they iterate over whatever topics, sources and releases exist.
"""
from __future__ import annotations

import json
import re
import shutil
import urllib.error
import urllib.request
import uuid
from calendar import timegm
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

import feedparser
import pytest
from lxml import etree
from lxml import html as lxml_html

from feeds.store import Query
from feeds.web import create_app

from .conftest import ROOT, SEED_TITLE, Env, Live
from .feedrules import check_atom, check_rss, parse_rfc822, parse_rfc3339

BASE = "http://127.0.0.1:8000"            # base_url of the `env` fixture's config
ATOM_TYPE = "application/atom+xml; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
SEED_AUTHOR = "ASEAN News"                # conftest names a source "<ID> News"
SEED_DAY = (2018, 4, 10)
SEED_TOPICS = {"counter-terrorism", "peace-security", "trade"}   # of conftest's TOPICS_TOML
UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


# -- helpers -------------------------------------------------------------------------------------------------

def feed_paths(config: Any) -> list[str]:
    """Every feed the config publishes: `all` and each topic, in Atom and RSS."""
    return [f"/feeds/{t}.{fmt}" for t in ["all"] + [t.slug for t in config.topics] for fmt in ("atom", "rss")]


def is_atom(path: str) -> bool:
    return path.split("?", 1)[0].endswith(".atom")


ALL_RULES = None


def assert_valid(data: bytes, url: str, rules: tuple[str, ...] | None = ALL_RULES) -> feedparser.FeedParserDict:
    """Zero problems from our W3C-rules checker (or none of the given rule codes, e.g. ("[self]",)), and
    feedparser reads the document without setting bozo."""
    problems = (check_atom if is_atom(url) else check_rss)(data, url)
    if rules is not None:
        problems = [p for p in problems if p.split("]", 1)[0] + "]" in rules]
    assert problems == [], f"{url}: {len(problems)} problem(s):\n  " + "\n  ".join(problems[:20])
    return parse_ok(data, url)


def parse_ok(data: bytes, url: str) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, f"{url}: feedparser bozo: {parsed.get('bozo_exception')!r}"
    return parsed


def follow(client: Any, path: str) -> tuple[str, Any]:
    """GET `path`, following the service's canonical redirect (one 301 to base_url + the canonical spelling of
    the same URL). Returns the path the document was finally fetched from, and the response."""
    resp = client.get(path)
    if resp.status_code not in (301, 308):
        return path, resp
    location = resp.headers["Location"]
    assert location.startswith(BASE + "/"), f"{path}: redirect to {location!r} is not an absolute URL of ours"
    final = location[len(BASE):]
    assert final.split("?", 1)[0] == path.split("?", 1)[0], f"{path}: redirected to another feed {location!r}"
    resp = client.get(final)
    assert resp.status_code not in (301, 302, 307, 308), f"{path}: second redirect from {final}"
    return final, resp


def get_feed(client: Any, path: str, rules: tuple[str, ...] | None = ALL_RULES,
             canonical: bool = True) -> tuple[bytes, feedparser.FeedParserDict]:
    """The feed at `path` (answered directly when `canonical`, else after the canonical redirect), checked
    by feedrules against the URL it was fetched from (all rules, or only `rules`; () for none) and feedparser.
    Tests about one property check only the rules of that property: whole-document validity has its own
    tests, so one defect does not hide the others."""
    final, resp = follow(client, path) if not canonical else (path, client.get(path))
    assert resp.status_code == 200, (path, resp.status_code, resp.data[:300])
    assert resp.headers["Content-Type"] == (ATOM_TYPE if is_atom(path) else RSS_TYPE), path
    return resp.data, assert_valid(resp.data, BASE + final, rules)


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    """A real HTTP GET (for the live server)."""
    try:
        with urllib.request.urlopen(url, timeout=20) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, dict(e.headers.items()), e.read()


def xml_of(data: bytes) -> etree._Element:
    return etree.fromstring(data, XML_PARSER)


def atom_self(data: bytes) -> str:
    links = xml_of(data).findall("{http://www.w3.org/2005/Atom}link[@rel='self']")
    assert len(links) == 1
    return links[0].get("href")


def rss_self(data: bytes) -> str:
    links = xml_of(data).findall("channel/{http://www.w3.org/2005/Atom}link[@rel='self']")
    assert len(links) == 1
    return links[0].get("href")


def epoch(struct: Any) -> int:
    return timegm(struct)


def app_client(env: Env) -> Any:
    env.ingest()
    return create_app(env.config, env.store).test_client()


def write_json_release(folder: Path, name: str, **fields: Any) -> None:
    (folder / name).write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")


# -- every feed is valid (seed) ------------------------------------------------------------------------------

def test_every_feed_is_valid_and_holds_its_topic(client: Any, env: Env) -> None:
    paths = feed_paths(env.config)
    assert len(paths) == 2 * (1 + len(env.config.topics))
    counts = env.store.topic_counts()
    for path in paths:
        _, parsed = get_feed(client, path)
        topic = path.split("/")[-1].rsplit(".", 1)[0]
        expected = env.store.count() if topic == "all" else counts.get(topic, 0)
        assert len(parsed.entries) == expected, path
        if topic != "all":
            assert (topic in SEED_TOPICS) == (expected == 1), path


def test_empty_feed_is_valid(client: Any) -> None:
    """A filter that matches nothing still gives a valid document. The W3C validator requires a feed-level
    <author> in an Atom feed without entries ("Missing feed element: author")."""
    for path in ("/feeds/all.atom?q=zebra", "/feeds/all.rss?q=zebra", "/feeds/all.atom?since=2030-01-01"):
        _, parsed = get_feed(client, path)
        assert parsed.entries == []


def test_seed_entry_in_atom(client: Any, env: Env) -> None:
    data, parsed = get_feed(client, "/feeds/all.atom", rules=("[self]", "[id]", "[date]", "[author]"))
    feed = parsed.feed
    assert feed.title == "Test feeds: All releases"
    assert UUID_URN.match(feed.id)
    assert [link.href for link in feed.links if link.rel == "self"] == [f"{BASE}/feeds/all.atom"]
    assert [link.href for link in feed.links
            if link.rel == "alternate" and link.get("type") == "text/html"] == [f"{BASE}/topics/all"]
    [e] = parsed.entries
    assert e.title == SEED_TITLE
    assert UUID_URN.match(e.id) and e.id != feed.id
    assert tuple(e.published_parsed[:3]) == SEED_DAY
    assert e.author == SEED_AUTHOR
    assert e.link == f"{BASE}/releases/{e.id.rsplit(':', 1)[-1]}"
    assert {t.term for t in e.tags} == SEED_TOPICS
    names = {t.slug: t.name for t in env.config.topics}
    for t in e.tags:
        assert t.scheme == f"{BASE}/topics/" and t.label == names[t.term]
    assert e.summary.strip() and e.summary.split()[0] in e.content[0].value
    assert e.content[0].type == "text/html"
    assert "Secretariat-to-Secretariat (S2S) Meeting" in e.content[0].value
    # the feed's updated is the newest entry change (one entry here), not the time of the request
    assert feed.updated == e.updated
    assert parse_rfc3339(feed.updated) <= datetime.now(timezone.utc)
    assert parse_rfc3339(e.updated) >= parse_rfc3339(e.published)


def test_seed_item_in_rss(client: Any, env: Env) -> None:
    atom_data, atom = get_feed(client, "/feeds/all.atom", rules=())
    _, rss = get_feed(client, "/feeds/all.rss", rules=("[self]", "[guid]", "[id]", "[date]"))
    assert rss.feed.title == atom.feed.title
    assert rss.feed.link == f"{BASE}/topics/all"
    assert rss.feed.subtitle
    [item], [entry] = rss.entries, atom.entries
    assert item.title == SEED_TITLE
    assert item.id == entry.id and not item.guidislink       # the guid is our urn:uuid id, isPermaLink="false"
    assert item.link == entry.link
    assert tuple(item.published_parsed[:3]) == SEED_DAY
    assert epoch(item.published_parsed) == epoch(entry.published_parsed)
    assert item.author == SEED_AUTHOR                         # dc:creator
    names = {t.slug: t.name for t in env.config.topics}
    assert {t.term for t in item.tags} == {names[s] for s in SEED_TOPICS}
    assert "Secretariat-to-Secretariat" in item.content[0].value
    assert item.summary.strip()
    # lastBuildDate is the Atom feed's updated (to the second)
    last_build = parse_rfc822(rss.feed.updated)
    assert last_build == parse_rfc3339(atom.feed.updated).replace(microsecond=0)


def test_feed_ids_are_permanent_and_canonical(client: Any) -> None:
    def feed_id(path: str) -> str:
        return get_feed(client, path, rules=(), canonical=False)[1].feed.id
    unfiltered = feed_id("/feeds/all.atom")
    assert feed_id("/feeds/all.atom") == unfiltered
    one = feed_id("/feeds/all.atom?q=cooperation&source=asean")
    assert one == feed_id("/feeds/all.atom?source=asean&q=cooperation") == feed_id("/feeds/all.atom?source=asean&q=Cooperation")
    assert one != unfiltered
    assert feed_id("/feeds/trade.atom") not in (unfiltered, one)


# -- filters -------------------------------------------------------------------------------------------------

def count(client: Any, path: str) -> int:
    return len(get_feed(client, path, rules=(), canonical=False)[1].entries)


def test_source_filter(client: Any) -> None:
    assert count(client, "/feeds/all.atom?source=asean") == 1
    assert count(client, "/feeds/all.rss?source=asean&source=asean") == 1
    for query in ("source=nope", "source=asean&source=nope", "source=ASEAN"):
        resp = client.get(f"/feeds/all.atom?{query}")
        assert resp.status_code == 400, query
        assert resp.mimetype == "text/plain" and b"unknown source" in resp.data


def test_words_filter(client: Any) -> None:
    for q in ("reaffirm", "reaffirm+commitment", "REAFFIRM%20Commitment", "Ursula", "Jen%C4%8Da", "S2S",
              "cooperation,+ASEAN!"):
        assert count(client, f"/feeds/all.atom?q={q}") == 1, q
    for q in ("reaffirm+zebra", "zebra", "reaffirmcommitment"):
        assert count(client, f"/feeds/all.atom?q={q}") == 0, q
    assert count(client, "/feeds/trade.rss?q=cooperation&source=asean") == 1
    assert count(client, "/feeds/health.rss?q=cooperation") == 0


def test_words_filter_folds_case_beyond_ascii(env: Env) -> None:
    """q= matches every word in the title or the body whatever its case: 'école' finds 'École'."""
    write_json_release(env.releases, "ecole.json", title="École de la paix : Élections au Niger",
                       published="2019-05-02T08:00:00Z",
                       body="NIAMEY, 2 mai 2019 – L'ÉCOLE de la paix a ouvert ses portes.\n\nDeuxième paragraphe.")
    client = app_client(env)
    assert count(client, "/feeds/all.atom?q=Niger") == 1          # the release is there
    for q in ("%C3%A9cole", "%C3%89COLE", "%C3%A9lections", "deuxi%C3%A8me", "DEUXI%C3%88ME"):
        assert count(client, f"/feeds/all.atom?q={q}") == 1, f"q={q} does not find the release"


def test_since_filter(client: Any) -> None:
    assert count(client, "/feeds/all.atom?since=2018-04-09") == 1
    assert count(client, "/feeds/all.atom?since=2018-04-10") == 1
    assert count(client, "/feeds/all.atom?since=2018-04-11") == 0
    assert count(client, "/feeds/all.atom?since=") == 1
    for bad in ("2018-4-10", "2018-02-30", "10/04/2018", "yesterday", "2018-04-10T00:00", "2018-13-01", "%C2%B2"):
        resp = client.get(f"/feeds/all.rss?since={bad}")
        assert resp.status_code == 400, bad
        assert resp.data.startswith(b"Bad request")


@pytest.mark.parametrize("value, entries", [("1", 1), ("2", 1), ("500", 1)])
def test_limit_accepted(client: Any, value: str, entries: int) -> None:
    assert count(client, f"/feeds/all.atom?limit={value}") == entries


@pytest.mark.parametrize("value", ["0", "501", "abc", "-1", "1.5", "1e2", "%205", "5x", "99999999999999999999",
                                   "%C2%B2", "1" * 5000], ids=lambda v: v if len(v) < 30 else f"{len(v)} digits")
def test_limit_refused(client: Any, value: str) -> None:
    resp = client.get(f"/feeds/all.atom?limit={value}")
    assert resp.status_code == 400, (resp.status_code, resp.data[:200])
    assert b"limit" in resp.data


@pytest.mark.parametrize("path", ["/feeds/nope.atom", "/feeds/ALL.atom", "/feeds/Trade.rss", "/feeds/all.atom.rss",
                                  "/feeds/%00.atom", "/feeds/" + "x" * 3000 + ".rss"])
def test_unknown_topic_is_404(client: Any, path: str) -> None:
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("path", ["/feeds/all.xml", "/feeds/all.ATOM", "/feeds/all.", "/feeds/all",
                                  "/feeds/trade.rss2", "/feeds/all.atom2", "/feeds/all.html"])
def test_unknown_format_is_404(client: Any, path: str) -> None:
    assert client.get(path).status_code == 404


ODD_QUERIES = [
    "q=" + "word+" * 200, "q=" + "x" * 501, "q=" + "a" * 500, "q=%F0%9F%98%80", "q=%00", "q=%FF%FE%FD",
    "q=a&q=b", "q=%3Cscript%3Ealert(1)%3C/script%3E", "q=%27%22%3B--", "q=%25%5F%5C", "q=_", "q=%",
    "source=", "source=%00", "source=" + "s" * 2000, "limit=", "limit=5&limit=abc", "limit=%00", "since=",
    "since=0001-01-01", "since=9999-12-31", "until=2018-04-10", "until=9999-12-31", "until=0001-01-01",
    "since=2018-04-11&until=2018-04-10", "x=1", "q=caf%C3%A9&q=%E6%97%A5%E6%9C%AC", "%FF=%FF", "&&&", "q",
    "q=a+" * 11, "limit=%EF%BC%95",
]


@pytest.mark.parametrize("query", ODD_QUERIES, ids=lambda q: q[:40])
def test_odd_parameters_never_give_a_500(client: Any, query: str) -> None:
    for path in ("/feeds/all.atom", "/feeds/trade.rss", "/topics/all"):
        final, resp = follow(client, f"{path}?{query}")
        assert resp.status_code in (200, 400), (path, query, resp.status_code, resp.data[:200])
        if resp.status_code == 200 and path.startswith("/feeds/"):
            parse_ok(resp.data, final)
            xml_of(resp.data)
            assert (atom_self(resp.data) if is_atom(path) else rss_self(resp.data)) == BASE + final


# -- self links ----------------------------------------------------------------------------------------------

SPELLINGS = ["source=asean", "q=cooperation&source=asean", "source=asean&q=cooperation", "q=ASEAN%20UN",
             "q=asean+un", "limit=5&since=2018-01-01", "since=2018-04-10&limit=5", "source=asean&source=asean",
             "q=cooperation&utm_source=x%26y", "q=Jen%C4%8Da", "q=jen%C4%8Da", "Q=x&q=s2s"]


@pytest.mark.parametrize("query", SPELLINGS)
@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_filtered_self_link_is_the_requested_url(client: Any, query: str, fmt: str) -> None:
    """A filtered feed is answered at its URL (or, for another spelling of the same filters, after one 301 to
    the canonical spelling), and its self link is exactly the URL the document was fetched from, query
    string included: feedrules compares them."""
    final, resp = follow(client, f"/feeds/all.{fmt}?{query}")
    assert resp.status_code == 200
    url = BASE + final
    assert "?" in final
    assert (atom_self if fmt == "atom" else rss_self)(resp.data) == url
    parsed = assert_valid(resp.data, url, rules=("[self]", "[link]", "[duplicate-link]"))
    assert len(parsed.entries) == 1
    assert client.get(final).status_code == 200          # the canonical URL is answered directly
    if "Link" in resp.headers:                            # an HTTP Link header, when sent, agrees
        assert f'<{url}>; rel="self"' in resp.headers["Link"]


def test_self_link_of_a_raw_non_ascii_query(client: Any) -> None:
    """A client that sends UTF-8 bytes unescaped (…?q=Jenča): the document's self link is its URL as a URI
    (percent-encoded UTF-8), never mojibake."""
    final, resp = follow(client, "/feeds/all.atom?q=Jenča")
    assert resp.status_code == 200
    assert atom_self(resp.data) == BASE + final
    assert final.isascii() and "%C4%8D" in final.upper()


# -- stable documents ----------------------------------------------------------------------------------------

def test_feed_bytes_do_not_change_while_nothing_changes(client: Any, env: Env) -> None:
    paths = feed_paths(env.config) + ["/feeds/all.atom?q=zebra", "/feeds/all.rss?source=asean"]
    first = {p: client.get(p).data for p in paths}
    second = {p: client.get(p).data for p in paths}
    assert first == second
    reports = env.ingest()                                    # nothing changed on disk
    assert all(r.new == r.updated == 0 for r in reports)
    assert {p: client.get(p).data for p in paths} == first
    # an empty feed's updated is a fixed instant too (the archive's creation), not "now"
    empty = xml_of(first["/feeds/all.atom?q=zebra"]).findtext("{http://www.w3.org/2005/Atom}updated")
    assert parse_rfc3339(empty) == env.store.created().replace(microsecond=0)


def test_feed_updated_follows_a_change(env: Env) -> None:
    client = app_client(env)
    rules = ("[feed-updated]", "[duplicate-updated]", "[date]", "[id]")
    _, before = get_feed(client, "/feeds/all.atom", rules)
    _, rss_before = get_feed(client, "/feeds/all.rss", rules)
    seed = env.releases / "seed.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("in Jakarta yesterday", "in Jakarta on Monday"),
                    encoding="utf-8")
    [report] = env.ingest()
    assert report.updated == 1
    data, after = get_feed(client, "/feeds/all.atom", rules)
    _, rss_after = get_feed(client, "/feeds/all.rss", rules)
    [e0], [e1] = before.entries, after.entries
    assert e1.id == e0.id and e1.published == e0.published
    assert "on Monday" in e1.content[0].value
    assert parse_rfc3339(e1.updated) > parse_rfc3339(e0.updated)
    assert after.feed.updated == e1.updated
    assert rss_after.entries[0].id == rss_before.entries[0].id
    assert parse_rfc822(rss_after.feed.updated) == parse_rfc3339(e1.updated).replace(microsecond=0)
    assert client.get("/feeds/all.atom").data == data


def test_page_size_and_limit(env: Env) -> None:
    for f in sorted((ROOT / "sources" / "asean").glob("*.txt")):
        if f.read_bytes() != (env.releases / "seed.txt").read_bytes():
            shutil.copy(f, env.releases / f.name)
    env.reload(page_size=2)
    client = app_client(env)
    total = env.store.count()
    assert total >= 2, "needs at least two releases in sources/asean"
    newest = [s.entry_id for s in env.store.releases(Query(limit=500))]
    for fmt in ("atom", "rss"):
        _, parsed = get_feed(client, f"/feeds/all.{fmt}", rules=("[self]",))
        assert [e.id for e in parsed.entries] == newest[:2]
        _, parsed = get_feed(client, f"/feeds/all.{fmt}?limit=1", rules=("[self]",))
        assert [e.id for e in parsed.entries] == newest[:1]
        _, parsed = get_feed(client, f"/feeds/all.{fmt}?limit=3", rules=("[self]",))
        assert [e.id for e in parsed.entries] == newest[:3]
        _, parsed = get_feed(client, f"/feeds/all.{fmt}?limit=500", rules=("[self]",))
        assert len(parsed.entries) == total
        dates = [epoch(e.published_parsed) for e in parsed.entries]
        assert dates == sorted(dates, reverse=True)


def test_entries_on_one_day_have_distinct_updated(env: Env) -> None:
    for n in range(3):
        write_json_release(env.releases, f"same-day-{n}.json", title=f"Same day release number {n}",
                           published="2018-04-10T00:00:00Z", body=f"Body of release {n} about trade.\n\nEnd.")
    client = app_client(env)
    for path in ("/feeds/all.atom", "/feeds/trade.atom", "/feeds/all.rss"):
        _, parsed = get_feed(client, path, rules=("[duplicate-updated]", "[feed-updated]", "[date]"))
        assert len(parsed.entries) >= 3


# -- hostile or unusual releases -----------------------------------------------------------------------------

def test_release_with_its_own_link(env: Env) -> None:
    """The release's URL is the entry's one alternate link (what readers open); our copy is rel="related"."""
    write_json_release(env.releases, "linked.json", title="Ministers agree new trade corridor",
                       published="2019-05-02T08:00:00Z", url="https://example.org/news/2019/corridor",
                       body="BANGKOK, 2 May 2019 – Ministers agreed a trade corridor.\n\nMore to follow.")
    client = app_client(env)
    [item] = [s for s in env.store.releases(Query(limit=500)) if s.release.link]
    permalink = f"{BASE}/releases/{item.uuid}"
    data, atom = get_feed(client, "/feeds/all.atom", rules=("[duplicate-link]", "[link]", "[missing]"))
    [entry] = [e for e in atom.entries if e.id == item.entry_id]
    assert entry.link == "https://example.org/news/2019/corridor"
    rels = sorted((link.get("rel", "alternate"), link.href) for link in entry.links)
    assert rels == [("alternate", "https://example.org/news/2019/corridor"), ("related", permalink)]
    _, rss = get_feed(client, "/feeds/all.rss", rules=("[link]",))
    [rss_item] = [e for e in rss.entries if e.id == item.entry_id]
    assert rss_item.link == "https://example.org/news/2019/corridor"


HOSTILE_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Hostile page | Site</title>
<meta property="og:title" content="Hostile page with relative links and scripts">
<meta property="article:published_time" content="2019-01-15T10:00:00Z">
</head><body><article><h1>Hostile page with relative links and scripts</h1>
<p>Read <a href="/news/other">the other release</a>, <a href="other.html">this one</a> and <a href="#top">top</a>.</p>
<p><img src="/img/photo.jpg" alt="photo" onerror="alert(1)"> <a href="javascript:alert(1)">click</a>
<a href="JaVaScRiPt&#x3a;alert(2)">again</a> <span onclick="alert(1)">x</span> <a href="//cdn.example.org/x">cdn</a></p>
<script>alert(1)</script><iframe src="https://evil.example/"></iframe><style>p{color:red}</style>
<p>Trade ministers met. <a href="mailto:press@example.org">press office</a> and
<a href="https://example.org/full">full text</a> <img srcset="a.jpg 1x, b.jpg 2x" src="https://example.org/c.jpg" alt=""></p>
</article></body></html>"""


HTML_RULES = ("[relative-url]", "[html-script]", "[html-event]", "[html-javascript]", "[html-element]",
              "[html-style]", "[html-parse]", "[html-empty]", "[html-in-text]", "[xml]", "[xml-char]", "[empty]")


def test_hostile_html_is_sanitised_in_every_format(env: Env) -> None:
    (env.releases / "hostile.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    client = app_client(env)
    for path in ("/feeds/all.atom", "/feeds/all.rss", "/feeds/trade.atom", "/feeds/trade.rss"):
        _, parsed = get_feed(client, path, rules=HTML_RULES)
        assert any(e.title == "Hostile page with relative links and scripts" for e in parsed.entries), path


def test_characters_xml_forbids_do_not_break_feeds(env: Env) -> None:
    write_json_release(env.releases, "controls.json", title="Control\x01 characters\x0b in a \ufffe title",
                       published="2019-05-02T08:00:00Z",
                       body="Bell \x07 and NUL-free controls \x1b[0m in the body.\n\nForm\x0cfeed and trade.")
    client = app_client(env)
    for path in ("/feeds/all.atom", "/feeds/all.rss"):
        _, parsed = get_feed(client, path, rules=("[xml]", "[xml-char]", "[encoding]", "[empty]", "[missing]"))
        assert any(e.title.startswith("Control") for e in parsed.entries)


# -- OPML, health, pages -------------------------------------------------------------------------------------

def test_opml(client: Any, env: Env) -> None:
    resp = client.get("/opml")
    assert resp.status_code == 200
    assert resp.mimetype in ("text/x-opml", "text/xml", "application/xml")
    root = xml_of(resp.data)
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/title").strip() == env.config.service.title
    assert parse_rfc822(root.findtext("head/dateCreated")) is not None
    outlines = root.findall("body/outline")
    assert len(outlines) == 1 + len(env.config.topics)
    urls = [o.get("xmlUrl") for o in outlines]
    assert len(set(urls)) == len(urls)
    assert f"{BASE}/feeds/all.atom" in urls
    for t in env.config.topics:
        assert f"{BASE}/feeds/{t.slug}.atom" in urls
    for o in outlines:
        assert o.get("text", "").strip() and o.get("type") == "rss"
        assert o.get("htmlUrl", "").startswith(f"{BASE}/")
        url = o.get("xmlUrl")
        assert url.startswith(BASE)
        get_feed(client, url[len(BASE):])
        page = client.get(o.get("htmlUrl")[len(BASE):])
        assert page.status_code == 200


def test_health(client: Any, env: Env) -> None:
    resp = client.get("/health")
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    body = json.loads(resp.data)
    assert set(body) == {"status", "database", "sources"}
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["database"]["releases"] == env.store.count() == 1
    assert isinstance(body["database"]["version"], int) and body["database"]["version"] >= 1
    assert set(body["sources"]) == {s.id for s in env.config.sources}
    asean = body["sources"]["asean"]
    assert asean["name"] == SEED_AUTHOR and asean["kind"] == "folder"
    run = asean["last_run"]
    assert run["status"] == "ok" and run["new"] == 1 and run["failed"] == 0 and run["error"] is None
    assert datetime.fromisoformat(run["started"]) <= datetime.fromisoformat(run["finished"])


def test_index_page(client: Any, env: Env) -> None:
    resp = client.get("/")
    assert resp.status_code == 200 and resp.mimetype == "text/html"
    doc = lxml_html.fromstring(resp.data)
    alternates = {(el.get("type"), el.get("href")) for el in doc.xpath("//head/link[@rel='alternate']")}
    assert ("application/atom+xml", f"{BASE}/feeds/all.atom") in alternates
    assert ("application/rss+xml", f"{BASE}/feeds/all.rss") in alternates
    hrefs = {a.get("href") for a in doc.xpath("//body//a[@href]")}
    for path in feed_paths(env.config):       # each feed's button opens its subscribe page
        assert f"{BASE}{path.replace('/feeds/', '/subscribe/', 1)}" in hrefs, path
    assert any(h.endswith("/opml") for h in hrefs)


def test_topic_page_autodiscovery(client: Any, env: Env) -> None:
    for slug in ["all"] + [t.slug for t in env.config.topics]:
        resp = client.get(f"/topics/{slug}?source=asean")
        assert resp.status_code == 200
        doc = lxml_html.fromstring(resp.data)
        alternates = {(el.get("type"), el.get("href")) for el in doc.xpath("//head/link[@rel='alternate']")}
        assert ("application/atom+xml", f"{BASE}/feeds/{slug}.atom?source=asean") in alternates
        assert ("application/rss+xml", f"{BASE}/feeds/{slug}.rss?source=asean") in alternates
    assert client.get("/topics/nope").status_code == 404


def test_release_page(client: Any) -> None:
    _, parsed = get_feed(client, "/feeds/all.atom", rules=())
    uid = parsed.entries[0].id.rsplit(":", 1)[-1]
    resp = client.get(f"/releases/{uid}")
    assert resp.status_code == 200
    doc = lxml_html.fromstring(resp.data)
    assert doc.findtext(".//h1").strip() == SEED_TITLE
    body = doc.text_content()
    assert "The Secretariats of ASEAN and the United Nations held a regional Secretariat-to-Secretariat" in body
    assert "ASEAN Community Vision 2025" in body
    assert f"urn:uuid:{uid}" in body
    for missing in (str(uuid.uuid4()), uid.upper(), uid[:-1], "nope", uid + "0"):
        assert client.get(f"/releases/{missing}").status_code == 404, missing


# -- the shipped demo releases over real HTTP ----------------------------------------------------------------

def live_feed(live: Live, path: str, validate: bool = True) -> tuple[bytes, feedparser.FeedParserDict]:
    status, headers, data = fetch(live.base + path)
    assert status == 200, (path, status, data[:300])
    assert headers["Content-Type"] == (ATOM_TYPE if is_atom(path) else RSS_TYPE)
    return data, (assert_valid if validate else parse_ok)(data, live.base + path)


def test_live_every_feed_is_valid(live: Live) -> None:
    config, store = live.env.config, live.env.store
    page = config.service.page_size
    counts = store.topic_counts()
    assert store.count() > 0
    for path in feed_paths(config):
        data, parsed = live_feed(live, path)
        topic = path.split("/")[-1].rsplit(".", 1)[0]
        expected = store.releases(Query(topic=None if topic == "all" else topic, limit=page))
        assert len(expected) == min(page, store.count() if topic == "all" else counts.get(topic, 0))
        assert [e.id for e in parsed.entries] == [s.entry_id for s in expected], path
        for e, s in zip(parsed.entries, expected):
            assert e.title == s.release.title
            assert e.author == s.release.source_name
            assert epoch(e.published_parsed) == int(s.release.published.timestamp())
            assert e.link == (s.release.link or f"{config.service.base_url}/releases/{s.uuid}"), e.title
            if topic != "all":      # Atom category term is the slug; RSS category text is the topic's name
                names = {t.slug: t.name for t in config.topics}
                assert (topic if is_atom(path) else names[topic]) in {t.term for t in e.tags}, (path, e.title)


def test_live_demo_titles_are_served(live: Live) -> None:
    expected_file = ROOT / "sources" / "EXPECTED.json"
    _, parsed = live_feed(live, "/feeds/all.atom?limit=500", validate=False)
    titles = {e.title for e in parsed.entries}
    assert len(titles) == live.env.store.count()
    if expected_file.exists():
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        missing = {v["title"] for v in expected.values() if v.get("title")} - titles
        assert not missing, missing


def test_live_filters(live: Live) -> None:
    """source=, since= and q= over the demo archive (document validity is test_live_every_feed_is_valid's job)."""
    config, store = live.env.config, live.env.store
    everything = store.releases(Query(limit=500))
    for source in config.sources:
        _, parsed = live_feed(live, f"/feeds/all.rss?source={source.id}&limit=500", validate=False)
        ids = [s.entry_id for s in everything if s.release.source_id == source.id]
        assert [e.id for e in parsed.entries] == ids
        assert {e.author for e in parsed.entries} <= {source.name}
    if len(config.sources) >= 2:
        a, b = config.sources[0].id, config.sources[1].id
        _, parsed = live_feed(live, f"/feeds/all.atom?source={b}&source={a}&limit=500", validate=False)
        assert {e.id for e in parsed.entries} == {s.entry_id for s in everything if s.release.source_id in (a, b)}
    # since: every entry published on or after the day, and none left out
    day = sorted(s.release.published for s in everything)[len(everything) // 2].date()
    _, parsed = live_feed(live, f"/feeds/all.atom?since={day.isoformat()}&limit=500", validate=False)
    assert {e.id for e in parsed.entries} == {s.entry_id for s in everything if s.release.published.date() >= day}
    # q: a word of each title finds its release, and every result holds every word
    for s in everything[:12]:
        words = [w for w in re.findall(r"\w+", s.release.title) if len(w) > 5][:2]
        _, parsed = live_feed(live, "/feeds/all.atom?limit=500&q=" + "+".join(quote(w) for w in words),
                              validate=False)
        assert s.entry_id in {e.id for e in parsed.entries}, words
        for e in parsed.entries:
            text = (e.title + " " + e.content[0].value).lower()
            assert all(w.lower() in text for w in words), (words, e.title)


def test_live_opml_feeds_answer(live: Live) -> None:
    status, _, data = fetch(live.base + "/opml")
    assert status == 200
    outlines = xml_of(data).findall("body/outline")
    assert len(outlines) == 1 + len(live.env.config.topics)
    for o in outlines:
        assert o.get("xmlUrl").startswith(live.base + "/feeds/")
        live_feed(live, o.get("xmlUrl")[len(live.base):])
