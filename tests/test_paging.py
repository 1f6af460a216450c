"""RFC 5005 paging and archives: a reader walking next / prev-archive sees every release of a topic
exactly once, even while releases arrive; previous/last walk the other way; every page is valid."""
from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from feeds.store import Query
from feeds.web import create_app

from .conftest import Env, write_config
from .feedrules import check_atom, check_rss
from .feedtools import trade_releases

BASE = "http://127.0.0.1:8000"
A = "{http://www.w3.org/2005/Atom}"
FH = "{http://purl.org/syndication/history/1.0}"


def paged_client(env: Env, count: int, page_size: int = 4) -> Any:
    env.config_path = write_config(env.root, {"asean": env.releases}, page_size=page_size, database=env.database)
    from feeds.config import load_config
    env.config = load_config(str(env.config_path), env={})
    trade_releases(env.releases, 0, count)
    env.ingest()
    return create_app(env.config, env.store).test_client()


def topic_titles(env: Env) -> set[str]:
    return {i.release.title for i in env.store.releases(Query(topic="trade", limit=10_000))}


def fetch(client: Any, url: str) -> tuple[etree._Element, Any]:
    resp = client.get(url.removeprefix(BASE))
    assert resp.status_code == 200, (url, resp.status_code, resp.data[:200])
    return etree.fromstring(resp.data), resp


def links(root: etree._Element) -> dict[str, str]:
    parent = root.find("channel") if root.tag == "rss" else root
    return {link.get("rel"): link.get("href") for link in parent.findall(A + "link")}


def titles(root: etree._Element) -> list[str]:
    if root.tag == "rss":
        return [t.text for t in root.iterfind("channel/item/title")]
    return [t.text for t in root.iterfind(f"{A}entry/{A}title")]


def test_walking_prev_archive_sees_every_release_once_while_releases_arrive(env: Env) -> None:
    client = paged_client(env, 11)
    expected = topic_titles(env)
    assert len(expected) == 12                   # 11 and the seed, which speaks of economic cooperation
    url, seen, pages = f"{BASE}/feeds/trade.atom", [], 0
    while url and pages < 20:
        root, resp = fetch(client, url)
        assert check_atom(resp.data, url) == [], url
        seen += titles(root)
        pages += 1
        if pages == 1:                          # new releases arrive while the reader walks back
            trade_releases(env.releases, 100, 3)
            env.ingest()
            assert root.find(FH + "archive") is None
            assert "prev-archive" in links(root) and links(root)["first"] == url
        else:
            assert root.find(FH + "archive") is not None
            assert resp.headers["Cache-Control"] == "public, max-age=86400"
            assert links(root)["current"] == f"{BASE}/feeds/trade.atom"
        if pages == 2:                          # and again, later
            trade_releases(env.releases, 200, 2)
            env.ingest()
        url = links(root).get("prev-archive")
    assert pages == 3                            # 12 releases, 4 a page
    assert len(seen) == len(set(seen)) == 12
    assert set(seen) == expected
    head, _ = fetch(client, f"{BASE}/feeds/trade.atom")
    assert titles(head)[0] == "Trade ministers meet, round 201"     # the new ones are at the head


def test_previous_and_last_walk_back_to_the_head(env: Env) -> None:
    client = paged_client(env, 9)
    root, resp = fetch(client, f"{BASE}/feeds/trade.rss")
    last = links(root)["last"]
    assert last == f"{BASE}/feeds/trade.rss?page=last"
    url, seen = last, []
    for _ in range(10):
        page, resp = fetch(client, url)
        assert check_rss(resp.data, url) == [], url
        seen = titles(page) + seen
        url = links(page).get("previous")
        if url is None:
            break
    assert len(seen) == len(set(seen)) == 10 and set(seen) == topic_titles(env)
    assert seen[0] == "Trade ministers meet, round 8" and seen[-2] == "Trade ministers meet, round 0"


def test_cursors_keep_filters_and_a_bad_cursor_is_a_400(env: Env) -> None:
    client = paged_client(env, 6, page_size=2)
    root, _ = fetch(client, f"{BASE}/feeds/trade.atom?q=ministers")
    nxt = links(root)["next"]
    assert re.fullmatch(rf"{BASE}/feeds/trade.atom\?q=ministers&before=\d{{8}}T\d{{12}}Z-\d+", nxt)
    assert client.get("/feeds/trade.atom?before=yesterday").status_code == 400
    assert client.get("/feeds/trade.atom?before=20190101T000000000000Z-1&after=20190101T000000000000Z-1"
                      ).status_code == 400
    assert client.get("/feeds/trade.atom?page=2").status_code == 400


def test_json_feed_pages_with_next_url(env: Env) -> None:
    client = paged_client(env, 7, page_size=3)
    url, seen = f"{BASE}/feeds/trade.json", []
    for _ in range(10):
        resp = client.get(url.removeprefix(BASE))
        assert resp.status_code == 200 and resp.mimetype == "application/feed+json"
        doc = json.loads(resp.data)
        assert doc["feed_url"] == url
        seen += [item["title"] for item in doc["items"]]
        url = doc.get("next_url")
        if url is None:
            break
    assert len(seen) == len(set(seen)) == 8 and set(seen) == topic_titles(env)
