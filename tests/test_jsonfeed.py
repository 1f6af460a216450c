"""JSON Feed 1.1 at /feeds/{topic}.json: the JSON Feed 1.1 schema (tests/data, checked with jsonschema)
and a real JSON Feed parser (the npm package feedsmith, run with the machine's Node.js) read what
Atom and RSS say: the same entries, filters and paging."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from lxml import etree

from .conftest import Env
from .feedtools import trade_releases

ROOT = Path(__file__).resolve().parent
SCHEMA = json.loads((ROOT / "data" / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
BASE = "http://127.0.0.1:8000"
A = "{http://www.w3.org/2005/Atom}"


def validate(data: bytes) -> dict[str, Any]:
    doc = json.loads(data)
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(doc)
    return doc


def feedsmith(data: bytes) -> dict[str, Any]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js (`node`) is not installed: the JSON Feed reader test needs it (apt-get install nodejs)")
    if not (ROOT / "js" / "node_modules" / "feedsmith" / "package.json").exists():
        pytest.fail("feedsmith is not installed: run scripts/setup.sh --test (npm install --prefix tests/js)")
    done = subprocess.run([node, str(ROOT / "js" / "read_jsonfeed.mjs")], input=data, capture_output=True,
                          timeout=60, cwd=ROOT / "js")
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return json.loads(done.stdout)


def test_schema_rejects_what_json_feed_forbids() -> None:
    with pytest.raises(jsonschema.ValidationError):
        validate(b'{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"title": "no id"}]}')
    with pytest.raises(jsonschema.ValidationError):
        validate(b'{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [], "unknown": 1}')


def test_every_topic_feed_passes_the_schema(client: Any, env: Env) -> None:
    for slug in ["all"] + [t.slug for t in env.config.topics]:
        resp = client.get(f"/feeds/{slug}.json")
        assert resp.status_code == 200
        assert resp.headers["Content-Type"] == "application/feed+json; charset=utf-8"
        doc = validate(resp.data)
        assert doc["feed_url"] == f"{BASE}/feeds/{slug}.json"


def test_json_feed_has_the_entries_of_atom_and_feedsmith_reads_them(env: Env) -> None:
    trade_releases(env.releases, 0, 3)
    env.ingest()
    from feeds.web import create_app
    client = create_app(env.config, env.store).test_client()
    data = client.get("/feeds/trade.json?source=asean&q=trade").data
    doc = validate(data)
    atom = etree.fromstring(client.get("/feeds/trade.atom?source=asean&q=trade").data)
    entries = atom.findall(A + "entry")
    assert [i["id"] for i in doc["items"]] == [e.findtext(A + "id") for e in entries]
    assert [i["title"] for i in doc["items"]] == [e.findtext(A + "title") for e in entries]
    assert len(doc["items"]) == 3                 # the seed speaks of cooperation, not of trade
    parsed = feedsmith(data)
    assert parsed["format"] == "json"
    feed = parsed["feed"]
    assert feed["title"] == doc["title"] and feed["feed_url"] == f"{BASE}/feeds/trade.json?source=asean&q=trade"
    assert [i["id"] for i in feed["items"]] == [i["id"] for i in doc["items"]]
    first = feed["items"][0]
    assert first["title"] == "Trade ministers meet, round 2"
    assert first["date_published"] == "2019-01-03T09:00:00+00:00"
    assert first["authors"][0]["name"] == "ASEAN News"
    assert "round 2" in first["content_html"] and first["url"].startswith(f"{BASE}/releases/")
    assert "Economic integration and trade" in first["tags"]


def test_paging_urls_are_in_the_json_feed(env: Env) -> None:
    trade_releases(env.releases, 0, 60)
    env.ingest()
    from feeds.web import create_app
    client = create_app(env.config, env.store).test_client()
    doc = validate(client.get("/feeds/trade.json").data)
    assert len(doc["items"]) == 50
    assert doc["next_url"].startswith(f"{BASE}/feeds/trade.json?before=")
    older = validate(client.get(doc["next_url"].removeprefix(BASE)).data)
    assert older["_feeds"]["archive"] is True and "next_url" not in older
    assert len(older["items"]) == 11
    assert feedsmith(json.dumps(older).encode())["feed"]["items"][0]["id"] == older["items"][0]["id"]
