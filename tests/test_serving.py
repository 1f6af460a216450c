"""Serving feeds to readers and caches: validators and 304s (also across two gunicorn processes), HEAD,
gzip, Cache-Control, canonical URLs, the render cache, the lang filter, xml:lang, the XSL stylesheet."""
from __future__ import annotations

import gzip
import json
import os
import re
import threading
import time
from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from feeds.cache import RenderCache, make_document
from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.store import Query
from feeds.web import create_app

from .conftest import Env, free_port, write_config
from .feedrules import check_atom, check_rss
from .feedtools import get, gunicorn, trade_releases, write_release

BASE = "http://127.0.0.1:8000"
DOCUMENTS = ["/feeds/all.atom", "/feeds/all.rss", "/feeds/all.json", "/feeds/trade.atom", "/opml",
             "/feeds/all.atom?source=asean", "/feeds/all.json?q=cooperation"]


def app_client(env: Env) -> Any:
    env.ingest()
    return create_app(env.config, env.store).test_client()


@pytest.mark.parametrize("path", DOCUMENTS)
def test_validators_give_304_without_body(client: Any, path: str) -> None:
    first = client.get(path)
    assert first.status_code == 200 and first.data
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert etag.startswith('"') and not etag.startswith('W/')            # strong
    assert first.headers["Cache-Control"] == "public, max-age=300"
    assert first.headers["Vary"] == "Accept-Encoding"
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == etag
    by_date = client.get(path, headers={"If-Modified-Since": modified})
    assert by_date.status_code == 304 and by_date.data == b""
    earlier = format_datetime(parsedate_to_datetime(modified).replace(year=2000), usegmt=True)
    assert client.get(path, headers={"If-Modified-Since": earlier}).status_code == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110): a stale tag means a full answer
    assert client.get(path, headers={"If-None-Match": '"stale"', "If-Modified-Since": modified}).status_code == 200


def test_last_modified_is_when_the_archive_changed_the_document_not_now(client: Any, env: Env) -> None:
    resp = client.get("/feeds/all.atom")
    [item] = env.store.releases(Query())
    # the release arrived now, though dated 2018: the document changed when it was stored
    assert item.changed == item.first_seen and item.release.published.year == 2018
    assert parsedate_to_datetime(resp.headers["Last-Modified"]) >= item.changed.replace(microsecond=0)
    time.sleep(1.1)
    assert client.get("/feeds/all.atom").headers["Last-Modified"] == resp.headers["Last-Modified"]


@pytest.mark.parametrize("path", ["/feeds/all.atom", "/feeds/trade.rss", "/feeds/all.json?source=asean"])
def test_a_late_arrival_reaches_an_if_modified_since_client(env: Env, path: str) -> None:
    """A release dated before the newest entry arrives later: Last-Modified moves (RFC 9110 8.8.2), so a
    client sending only If-Modified-Since gets the document with it, not a 304."""
    write_release(env.releases, "new.json", "Trade talks conclude", "2024-05-02T09:00:00Z",
                  "Ministers concluded the trade talks on tariffs.")
    env.ingest()
    client = create_app(env.config, env.store).test_client()
    first = client.get(path)
    modified = first.headers["Last-Modified"]
    assert client.get(path, headers={"If-Modified-Since": modified}).status_code == 304
    write_release(env.releases, "late.json", "Trade ministers sign the 2020 accord", "2020-03-01T09:00:00Z",
                  "Ministers signed the accord on trade and tariffs.")
    later = parsedate_to_datetime(modified) + timedelta(seconds=5)     # the arrival, seconds after the poll
    [report] = run_ingest(env.config, env.store, clock=lambda: later)
    assert report.new == 1
    answer = client.get(path, headers={"If-Modified-Since": modified})
    assert answer.status_code == 200 and b"Trade ministers sign the 2020 accord" in answer.data
    assert parsedate_to_datetime(answer.headers["Last-Modified"]) == later.replace(microsecond=0)
    assert answer.headers["ETag"] != first.headers["ETag"]
    # the newest entry is still the 2024 one: the document's newest entry date did not move
    newest = max(i.updated for i in env.store.releases(Query()))
    assert newest.year == 2024 and parsedate_to_datetime(answer.headers["Last-Modified"]) > newest
    assert client.get(path, headers={"If-Modified-Since": answer.headers["Last-Modified"]}).status_code == 304


def test_head_has_the_headers_of_get_and_no_body(client: Any) -> None:
    full = client.get("/feeds/all.rss")
    head = client.head("/feeds/all.rss")
    assert head.status_code == 200 and head.data == b""
    assert head.headers["ETag"] == full.headers["ETag"]
    assert head.headers["Content-Length"] == str(len(full.data))


def test_gzip_when_accepted_only(client: Any) -> None:
    plain = client.get("/feeds/all.atom")
    packed = client.get("/feeds/all.atom", headers={"Accept-Encoding": "gzip, deflate"})
    assert "Content-Encoding" not in plain.headers
    assert packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.data) == plain.data
    assert packed.headers["ETag"] != plain.headers["ETag"]       # another representation, another strong tag
    refused = client.get("/feeds/all.atom", headers={"Accept-Encoding": "gzip;q=0"})
    assert "Content-Encoding" not in refused.headers
    # either tag revalidates: the content is the same
    assert client.get("/feeds/all.atom", headers={"Accept-Encoding": "gzip",
                                                  "If-None-Match": plain.headers["ETag"]}).status_code == 304


def test_a_change_of_the_archive_changes_the_validators(env: Env) -> None:
    client = app_client(env)
    first = client.get("/feeds/trade.atom")
    trade_releases(env.releases, 0, 1)
    env.ingest()
    second = client.get("/feeds/trade.atom", headers={"If-None-Match": first.headers["ETag"]})
    assert second.status_code == 200 and b"Trade ministers meet, round 0" in second.data
    assert second.headers["ETag"] != first.headers["ETag"]


@pytest.mark.parametrize("request_headers", [{}, {"Accept-Encoding": "gzip"}])
def test_a_cached_304_is_answered_before_flask_with_the_headers_flask_sends(env: Env,
                                                                           request_headers: dict[str, str]) -> None:
    """A matching conditional GET of a cached document is answered by the middleware in front of Flask (no
    request reaches Flask's routing) with exactly the headers Flask's own 304 carries; once the archive
    changes, the same request reaches Flask again and gets the new document."""
    env.ingest()
    first = create_app(env.config, env.store).test_client().get("/feeds/trade.atom", headers=request_headers)
    reached: list[str] = []
    conditionals = ({"If-None-Match": first.headers["ETag"]}, {"If-Modified-Since": first.headers["Last-Modified"]})
    for conditional in conditionals:
        app = create_app(env.config, env.store)          # an empty render cache: the first 304 is Flask's
        app.before_request(lambda: reached.append("flask") and None)
        client = app.test_client()
        headers = {**request_headers, **conditional}
        routed = len(reached)
        by_flask = client.get("/feeds/trade.atom", headers=headers)
        assert len(reached) == routed + 1
        before_flask = client.get("/feeds/trade.atom", headers=headers)
        assert by_flask.status_code == before_flask.status_code == 304
        assert len(reached) == routed + 1                # the second one never reached Flask
        assert sorted(before_flask.headers.items()) == sorted(by_flask.headers.items())
        assert before_flask.headers["ETag"] == first.headers["ETag"]
        assert {"ETag", "Last-Modified", "Cache-Control", "Vary", "Link", "Content-Security-Policy",
                "X-Content-Type-Options"} <= set(before_flask.headers.keys())
    trade_releases(env.releases, 0, 1)
    env.ingest()                                         # the archive's version moves on
    routed = len(reached)
    changed = client.get("/feeds/trade.atom", headers={**request_headers, "If-None-Match": first.headers["ETag"]})
    assert changed.status_code == 200 and len(reached) == routed + 1
    assert changed.headers["ETag"] != first.headers["ETag"]


@pytest.mark.parametrize("request_headers", [{}, {"Accept-Encoding": "gzip"}])
@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_a_cached_full_answer_is_the_one_flask_gives(env: Env, request_headers: dict[str, str], method: str) -> None:
    """A cached document's full answer (GET or HEAD, gzip or not) comes from the middleware, whose header
    lists are built once per document, with the very status, headers and bytes of Flask's own answer."""
    env.ingest()
    app = create_app(env.config, env.store)
    reached: list[str] = []
    app.before_request(lambda: reached.append("flask") and None)
    client = app.test_client()
    answers = [client.open("/feeds/trade.atom", method=method, headers=request_headers) for _ in range(3)]
    assert reached == ["flask"]                          # the first rendered it; the others never reached Flask
    for before_flask in answers[1:]:
        assert before_flask.status_code == answers[0].status_code == 200
        assert sorted(before_flask.headers.items()) == sorted(answers[0].headers.items())
        assert before_flask.data == answers[0].data
    assert ("Content-Encoding" in answers[0].headers) == bool(request_headers)


def test_non_canonical_parameter_order_redirects_to_the_canonical_url(client: Any) -> None:
    resp = client.get("/feeds/all.atom?q=Cooperation&source=asean&utm_source=x")
    assert resp.status_code == 301
    assert resp.headers["Location"] == f"{BASE}/feeds/all.atom?source=asean&q=cooperation"
    final = client.get("/feeds/all.atom?source=asean&q=cooperation")
    assert final.status_code == 200
    assert check_atom(final.data, f"{BASE}/feeds/all.atom?source=asean&q=cooperation") == []
    assert client.get("/opml?x=1").status_code == 301


def test_render_cache_renders_concurrent_misses_once() -> None:
    cache = RenderCache()
    calls: list[int] = []
    start = threading.Barrier(8)

    def render() -> Any:
        calls.append(1)
        time.sleep(0.05)        # a slow rendering, so that the other threads really wait for it
        return make_document(b"<feed/>" * 100, "application/atom+xml", _when(), 300)

    results: list[Any] = []

    def worker() -> None:
        start.wait(timeout=5)
        results.append(cache.get_or_render("/feeds/all.atom?", 7, render))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert len(results) == 8 and len(calls) == 1
    assert all(r is results[0] for r in results)
    cache.get_or_render("/feeds/all.atom?", 8, render)          # the archive changed: render again
    assert len(calls) == 2


def test_render_cache_serves_the_recent_previous_document_while_its_successor_renders() -> None:
    """Stale while revalidate: a request arriving while another renders the new version's document gets the
    previous one, if it was current moments ago; an old one is never served, and nobody is served stale
    when no rendering is under way."""
    now = [100.0]
    cache = RenderCache(stale_seconds=5.0, clock=lambda: now[0])
    old = make_document(b"<feed>1</feed>" * 50, "application/atom+xml", _when(), 300)
    new = make_document(b"<feed>2</feed>" * 50, "application/atom+xml", _when(), 300)
    key = "/feeds/all.atom?"
    cache.put(key, 1, old)
    rendering, release = threading.Event(), threading.Event()

    def slow_render() -> Any:
        rendering.set()
        assert release.wait(timeout=10)
        return new

    results: list[Any] = []
    renderer = threading.Thread(target=lambda: results.append(cache.get_or_render(key, 2, slow_render)))
    renderer.start()
    assert rendering.wait(timeout=10)
    now[0] += 4.0                                            # old was current 4 s ago: it stands in
    assert cache.get_or_render(key, 2, lambda: pytest.fail("rendered twice")) is old
    now[0] += 2.0                                            # 6 s ago: too old, this request waits for the new one
    waiting: list[Any] = []
    waiter = threading.Thread(target=lambda: waiting.append(cache.get_or_render(key, 2, lambda: old)))
    waiter.start()
    waiter.join(timeout=0.2)
    assert waiting == []
    release.set()
    renderer.join(timeout=10)
    waiter.join(timeout=10)
    assert results == [new] and waiting == [new]
    # no rendering under way: a newer version is rendered by the request itself, never answered stale
    assert cache.get_or_render(key, 3, lambda: old) is old and cache.get(key, 3) is old


def test_render_cache_is_bounded_in_bytes() -> None:
    cache = RenderCache(max_bytes=10_000)
    for n in range(20):
        cache.put(f"k{n}", 1, make_document(bytes([n % 256]) * 1000, "text/plain", _when(), 1))
    assert "k19" in cache and "k0" not in cache


def _when() -> Any:
    from datetime import datetime, timezone
    return datetime(2020, 1, 1, tzinfo=timezone.utc)


def test_lang_filter_and_xml_lang_per_entry(env: Env) -> None:
    write_release(env.releases, "fr.json", "Coopération commerciale : accord sur les tarifs",
                  "2019-03-01T10:00:00Z", "Les ministres ont signé un accord de coopération commerciale. "
                  "Le commerce entre les deux pays va croître.\n\nDeuxième paragraphe en français.",
                  language="fr")
    client = app_client(env)
    atom = client.get("/feeds/all.atom")
    root = etree.fromstring(atom.data)
    langs = [e.get("{http://www.w3.org/XML/1998/namespace}lang") for e in root.iter("{http://www.w3.org/2005/Atom}entry")]
    assert sorted(langs) == ["en", "fr"]
    only_fr = client.get("/feeds/all.atom?lang=fr")
    fr_root = etree.fromstring(only_fr.data)
    assert fr_root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert len(fr_root.findall("{http://www.w3.org/2005/Atom}entry")) == 1
    assert check_atom(only_fr.data, f"{BASE}/feeds/all.atom?lang=fr") == []
    rss = client.get("/feeds/all.rss?lang=fr")
    assert b"<language>fr</language>" in rss.data
    assert check_rss(rss.data, f"{BASE}/feeds/all.rss?lang=fr") == []
    assert client.get("/feeds/all.json?lang=FR").status_code == 301          # canonical: lower case
    assert client.get("/feeds/all.atom?lang=e%20n").status_code == 400


def test_entries_link_original_permalink_and_publisher_feed(client: Any) -> None:
    rss = etree.fromstring(client.get("/feeds/all.rss").data)
    item = rss.find("channel/item")
    assert item.find("source").get("url") == f"{BASE}/feeds/all.rss?source=asean"
    assert item.findtext("source") == "ASEAN News"
    atom = etree.fromstring(client.get("/feeds/all.atom").data)
    entry = atom.find("{http://www.w3.org/2005/Atom}entry")
    rels = {link.get("rel"): link.get("href") for link in entry.findall("{http://www.w3.org/2005/Atom}link")}
    assert rels["alternate"].startswith(BASE + "/releases/") or rels.get("related", "").startswith(BASE + "/releases/")


def test_stylesheet_makes_a_readable_page_and_keeps_feeds_valid(client: Any) -> None:
    with client.get("/static/feed.xsl") as xsl:        # same origin as the feeds
        assert xsl.status_code == 200
        transform = etree.XSLT(etree.fromstring(xsl.data))
    for fmt, check in (("atom", check_atom), ("rss", check_rss)):
        data = client.get(f"/feeds/all.{fmt}").data
        assert f'<?xml-stylesheet type="text/xsl" href="{BASE}/static/feed.xsl"?>'.encode() in data
        assert check(data, f"{BASE}/feeds/all.{fmt}") == []
        page = str(transform(etree.fromstring(data)))
        assert "ASEAN, UN reaffirm commitment" in page
        assert "To subscribe, copy its address into your feed reader" in page
        assert f"{BASE}/feeds/all.{fmt}" in page


def test_hub_and_self_are_advertised_in_documents_and_headers(env: Env) -> None:
    env.config_path = write_config(env.root, {"asean": env.releases},
                                   extra='[websub]\nhubs = ["https://hub.example.org/"]\n', database=env.database)
    env.config = load_config(str(env.config_path), env={})
    client = app_client(env)
    resp = client.get("/feeds/all.atom")
    links = resp.headers.getlist("Link")
    assert '<https://hub.example.org/>; rel="hub"' in links and f'<{BASE}/feeds/all.atom>; rel="self"' in links
    assert b'<link rel="hub" href="https://hub.example.org/"/>' in resp.data
    assert check_atom(resp.data, f"{BASE}/feeds/all.atom") == []
    rss = client.get("/feeds/all.rss")
    assert b'<atom:link rel="hub" href="https://hub.example.org/"/>' in rss.data
    assert check_rss(rss.data, f"{BASE}/feeds/all.rss") == []
    assert b'"hubs"' in client.get("/feeds/all.json").data
    # a filtered feed is never announced to the hub, so it does not advertise it
    assert b'rel="hub"' not in client.get("/feeds/all.atom?source=asean").data


def test_304_across_two_gunicorn_processes_and_freshness_from_the_database(env: Env, tmp_path: Path) -> None:
    env.ingest()
    port_a, port_b = free_port(), free_port()
    config_path = write_config(env.root, {"asean": env.releases}, port=port_a, database=env.database)
    with gunicorn(config_path, port_a), gunicorn(config_path, port_b):
        a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
        tags = {}
        for path in ["/feeds/all.atom", "/feeds/all.rss", "/feeds/all.json", "/feeds/trade.atom", "/opml"]:
            status, headers, body = get(a + path)
            assert status == 200 and body
            tags[path] = headers["ETag"]
            status, headers2, body = get(b + path, {"If-None-Match": headers["ETag"]})
            assert (status, body) == (304, b""), path
            status, _, body = get(b + path, {"If-Modified-Since": headers["Last-Modified"]})
            assert (status, body) == (304, b""), path
            status, _, _ = get(a + path, {"If-None-Match": headers["ETag"]})          # and A's cache hit
            assert status == 304
        # the archive changes in another process (this one): both servers see it at once
        trade_releases(env.releases, 0, 1)
        env.ingest()
        for server in (a, b):
            status, headers, body = get(server + "/feeds/trade.atom", {"If-None-Match": tags["/feeds/trade.atom"]})
            assert status == 200 and b"Trade ministers meet, round 0" in body
        assert get(b + "/opml", {"If-None-Match": tags["/opml"]})[0] == 304



def test_a_release_leaving_a_feed_moves_its_last_modified(env: Env) -> None:
    """An edit takes a release out of the trade feed: what the document shows changed, so an
    If-Modified-Since client gets 200, though every release still in it is as old as before."""
    write_release(env.releases, "a.json", "Trade talks open", "2024-05-02T09:00:00Z", "Talks on trade and tariffs.")
    write_release(env.releases, "b.json", "Trade fair planned", "2024-05-01T09:00:00Z", "A fair for trade.")
    env.ingest()
    client = create_app(env.config, env.store).test_client()
    first = client.get("/feeds/trade.atom")
    modified = first.headers["Last-Modified"]
    write_release(env.releases, "a.json", "Talks open", "2024-05-02T09:00:00Z", "Talks on fishing quotas.")
    later = parsedate_to_datetime(modified) + timedelta(seconds=5)
    [report] = run_ingest(env.config, env.store, clock=lambda: later)
    assert report.updated == 1
    answer = client.get("/feeds/trade.atom", headers={"If-Modified-Since": modified})
    assert answer.status_code == 200 and b"Trade talks open" not in answer.data and b"Trade fair planned" in answer.data
    assert parsedate_to_datetime(answer.headers["Last-Modified"]) == later.replace(microsecond=0)


FRACTION = re.compile(r"\d\d:\d\d:\d\d[.,]\d")


def test_whole_seconds_in_every_feed_and_updated_distinct_in_each(env: Env) -> None:
    """Dates with fractions (a stated one, file times) come out as whole seconds; releases stated at one
    instant keep distinct `updated` values in every document; published is the stated second."""
    for n in range(4):      # four releases stated at the very same instant
        write_release(env.releases, f"same-{n}.json", f"Trade council meets, session {n}", "2024-05-02T09:00:00Z",
                      f"Ministers met on trade in session {n}.")
    write_release(env.releases, "fraction.json", "Trade report published", "2024-05-03T10:20:30.750Z",
                  "The trade report is published.")
    undated = env.releases / "undated.txt"
    undated.write_text("Tariff notice\n\nTariffs on rice are cut on trade grounds.\n", encoding="utf-8")
    os.utime(undated, (1714000000.625, 1714000000.625))        # an estimated date from a fractional mtime
    env.ingest()
    client = create_app(env.config, env.store).test_client()
    for path in ("/feeds/all.atom", "/feeds/all.rss", "/feeds/all.json", "/feeds/trade.atom"):
        body = client.get(path).data
        assert not FRACTION.search(body.decode()), path
        if path.endswith(".atom"):
            assert check_atom(body, f"{BASE}{path}") == [], path
            root = etree.fromstring(body)
            updated = [e.findtext("{http://www.w3.org/2005/Atom}updated") for e in root.iter("{http://www.w3.org/2005/Atom}entry")]
            assert len(updated) == len(set(updated)), path
        elif path.endswith(".rss"):
            assert check_rss(body, f"{BASE}{path}") == [], path
        else:
            items = json.loads(body)["items"]
            assert len({i["date_modified"] for i in items}) == len(items)
            stated = [i for i in items if i["title"] == "Trade report published"]
            assert stated[0]["date_published"] == "2024-05-03T10:20:30+00:00"
            same = sorted(i["date_modified"] for i in items if i["title"].startswith("Trade council meets"))
            assert same == [f"2024-05-02T09:00:0{n}+00:00" for n in range(4)]
