"""Syndicated duplicates: detection figures on generated pairs, and grouping through real ingestion."""
from __future__ import annotations

import json
import random
import struct
import subprocess
import sys
from pathlib import Path

import feedparser

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.normalise.duplicates import NUM_PERM, SEED, shingles, signature
from feeds.store import Query, Store
from feeds.web import create_app

from .conftest import ROOT, write_config

STATEMENT = """Joint statement on the protection of civilians in the border region

{date}

{furniture}

Officials from Viet Nam and Lao PDR, meeting with humanitarian agencies, expressed deep concern at the
attacks on villages in the border region, which have forced 12,000 people from their homes.

They called on all parties to the conflict to respect international humanitarian law, to allow relief
supplies to reach the displaced families and to return to the ceasefire agreed in March.

The two organisations will send a joint assessment mission next week and report to their members by 30 June.
"""
OTHER = """Ministers sign agreement cutting tariffs on rice

{date}

Trade ministers signed an agreement cutting tariffs on rice and maize. Exporters welcomed the deal.
"""


def _datasketch_signature(title: str, body: str) -> bytes:
    from datasketch import MinHash
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    m.update_batch([s.encode("utf-8") for s in shingles(title + "\n" + body)])
    return struct.pack(f"<{NUM_PERM}Q", *(int(v) for v in m.hashvalues))


def test_signatures_are_datasketchs_byte_for_byte() -> None:
    """Signatures are stored and compared with later ones: computed without datasketch, they must stay
    the values its MinHash gives (empty and one-word texts, every kind of white space and script)."""
    rng = random.Random(5)
    alphabet = "ab cd\u00e9 \u03a3\u03a9 \u6771\u4eac \u00a0\u2003\t\n-_.,1 \u0130\u0131\u00df\x1c\x85"
    texts = [("", ""), ("One", ""), ("Two words", ""), tuple(STATEMENT.split("\n", 1)), tuple(OTHER.split("\n", 1))]
    texts += [(t[:6], t[6:]) for t in ("".join(rng.choice(alphabet) for _ in range(rng.randrange(60)))
                                       for _ in range(300))]
    for title, body in texts:
        assert signature(title, body) == _datasketch_signature(title, body), (title, body)


def test_generated_pairs_meet_the_targets() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "duplicates"), "--json"], capture_output=True,
                         text=True, check=True, timeout=120)
    m = json.loads(out.stdout)
    print(f"duplicates grouped {m['recall']:.1%}, distinct wrongly grouped {m['false_rate']:.3%}")
    assert m["recall"] >= 0.95
    assert m["false_rate"] < 0.01


def _setup(tmp_path: Path, extra: str = "") -> tuple[Store, object]:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "statement.txt").write_text(STATEMENT.format(date="4 May 2024", furniture="Share this page"),
                                     encoding="utf-8")
    (a / "other.txt").write_text(OTHER.format(date="5 May 2024"), encoding="utf-8")
    (b / "joint.txt").write_text(STATEMENT.format(date="5 May 2024", furniture="News | Media centre")
                                 .replace("deep concern", "grave concern"), encoding="utf-8")
    topics = (ROOT / "config.toml").read_text(encoding="utf-8").split("# Topics:", 1)[1]
    path = write_config(tmp_path, {"a": a, "b": b}, topics="# Topics:" + topics)
    if extra:
        text = path.read_text(encoding="utf-8").replace('[schedule]', extra + '\n[schedule]', 1)
        path.write_text(text, encoding="utf-8")
    config = load_config(str(path), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    return store, config


def test_a_joint_statement_from_two_sources_appears_once_with_both_links(tmp_path: Path) -> None:
    store, config = _setup(tmp_path)
    client = create_app(config, store).test_client()
    for topic in ("all", "humanitarian", "peace-security"):
        for fmt in ("atom", "rss", "json"):
            body = client.get(f"/feeds/{topic}.{fmt}").data
            if fmt == "json":
                items = [i for i in json.loads(body)["items"] if "Joint statement" in i["title"]]
                assert len(items) == 1, (topic, fmt)
                assert items[0]["_feeds"]["also_published_by"][0]["source"] == "B News"
                assert "Also published by" in items[0]["content_html"]
                continue
            parsed = feedparser.parse(body)
            entries = [e for e in parsed.entries if "Joint statement" in e.title]
            assert len(entries) == 1, (topic, fmt)
            related = [link for link in entries[0].links if link.get("title") == "Also published by B News"]
            assert related and "/releases/" in related[0]["href"]
            assert "Also published by" in entries[0].get("content", [{"value": entries[0].summary}])[0]["value"] \
                or fmt == "rss"
    # Each copy keeps its own page, which names the other.
    copies = [i for i in store.releases(Query(limit=10))
              if "Joint statement" in i.release.title]
    assert len(copies) == 2 and len({c.entry_id for c in copies}) == 2
    for c in copies:
        page = client.get(f"/releases/{c.uuid}").get_data(as_text=True)
        assert "Also published by" in page
    # A source filter shows that source's copy.
    assert b"Joint statement" in client.get("/feeds/all.atom?source=b").data
    store.close()


def test_grouping_can_be_turned_off(tmp_path: Path) -> None:
    store, config = _setup(tmp_path, extra="group_duplicates = false")
    assert config.service.group_duplicates is False
    client = create_app(config, store).test_client()
    parsed = feedparser.parse(client.get("/feeds/all.atom").data)
    assert sum("Joint statement" in e.title for e in parsed.entries) == 2
    store.close()


def test_distinct_releases_are_not_grouped(tmp_path: Path) -> None:
    store, config = _setup(tmp_path)
    client = create_app(config, store).test_client()
    parsed = feedparser.parse(client.get("/feeds/all.atom").data)
    assert sum("tariffs on rice" in e.title for e in parsed.entries) == 1
    store.close()


def test_an_edit_that_makes_a_release_a_copy_groups_it(tmp_path: Path) -> None:
    store, config = _setup(tmp_path)
    client = create_app(config, store).test_client()
    assert sum("tariffs on rice" in e.title for e in feedparser.parse(client.get("/feeds/all.atom").data).entries) == 1
    # Source B publishes the rice agreement first as a stub, then edits it into a copy of A's release.
    b = tmp_path / "b"
    (b / "rice.txt").write_text("Rice agreement signed\n\n6 May 2024\n\nMinisters met today. Details to follow.\n",
                                encoding="utf-8")
    run_ingest(config, store)
    rice = [i for i in store.releases(Query(limit=10)) if "ice" in i.release.title and i.release.source_id == "b"]
    assert len(rice) == 1 and not rice[0].copies
    warmer = OTHER.format(date="6 May 2024").replace("Exporters welcomed", "Exporters warmly welcomed")
    (b / "rice.txt").write_text(warmer, encoding="utf-8")
    run_ingest(config, store)
    (edited,) = [i for i in store.releases(Query(limit=10)) if i.entry_id == rice[0].entry_id]
    assert [c.source_name for c in edited.copies] == ["A News"]          # grouped with A's release
    entries = feedparser.parse(client.get("/feeds/all.atom").data).entries
    assert sum("tariffs on rice" in e.title for e in entries) == 1       # shown once
    store.close()
