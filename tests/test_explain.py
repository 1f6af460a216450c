"""Explanations (`feeds explain`, the release page), country= and lang= on every format and page, and
translations linked to each other — through real folder ingestion and the real app."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import feedparser
import pytest
from lxml import etree

from feeds.cli import main
from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.store import Query, Store
from feeds.web import create_app

from .conftest import ROOT, SEED, write_config

EN = """---
title: Mekong ministers agree joint plan against floods in Viet Nam and Cambodia
date: 2024-06-03
---
Ministers from Viet Nam and Cambodia agreed on 3 June a plan with 14 measures and 250 sirens to reduce flood risk.

The plan will cost 36 million dollars over 5 years and includes early warning bulletins.
"""
FR = """---
title: Les ministres du Mékong adoptent un plan contre les inondations au Viet Nam et au Cambodge
date: 2024-06-03
---
Les ministres du Viet Nam et du Cambodge ont adopté le 3 juin un plan de 14 mesures et 250 sirènes contre les crues.

Le plan coûtera 36 millions de dollars sur 5 ans et prévoit des bulletins d'alerte précoce.
"""


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    releases = tmp_path / "releases"
    (releases / "en").mkdir(parents=True)
    (releases / "fr").mkdir()
    shutil.copy(SEED, releases / "seed.txt")
    (releases / "en" / "floods.md").write_text(EN, encoding="utf-8")
    (releases / "fr" / "floods.md").write_text(FR, encoding="utf-8")
    topics = (ROOT / "config.toml").read_text(encoding="utf-8").split("# Topics:", 1)[1]
    path = write_config(tmp_path, {"asean": releases}, topics="# Topics:" + topics, classifier=None)
    config = load_config(str(path), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    yield path, config, store
    store.close()


def _by_title(store: Store, start: str):  # type: ignore[no-untyped-def]
    return next(i for i in store.releases(Query(limit=50)) if i.release.title.startswith(start))


def test_explain_prints_topics_terms_where_countries_language(setup, capsys) -> None:  # type: ignore[no-untyped-def]
    path, config, store = setup
    seed = _by_title(store, "ASEAN, UN")
    for given in (seed.entry_id, seed.uuid):
        assert main(["--config", str(path), "explain", given]) == 0
        out = capsys.readouterr().out
        assert "counter-terrorism (Counter-terrorism): rules score" in out
        assert "learned model: " in out and "% sure, from the words: " in out
        assert "counter-terrorism (body)" in out and "violent extremism (body)" in out
        assert "language: en" in out and "countries: none" in out       # the seed names Jakarta, no country
        assert "duplicates group: none" in out
    assert main(["--config", str(path), "explain", "not-an-id"]) == 2
    assert main(["--config", str(path), "explain", "00000000-0000-0000-0000-000000000000"]) == 1


def test_release_page_shows_why(setup) -> None:  # type: ignore[no-untyped-def]
    path, config, store = setup
    client = create_app(config, store).test_client()
    seed = _by_title(store, "ASEAN, UN")
    page = client.get(f"/releases/{seed.uuid}").get_data(as_text=True)
    assert "Topic scores" in page
    # the text first, then why each topic, collapsed, in a reader's words: which words, where, how sure
    assert page.index('<div class="body">') < page.index('<section class="why"') < page.index("Topic scores")
    why = page.split('<details class="why-topic" id="why-counter-terrorism">', 1)[1].split("</details>", 1)[0]
    assert "<summary>Why is this in Counter-terrorism?</summary>" in why
    assert "<mark>violent extremism</mark> in the body" in why
    assert re.search(r"reads it as <strong>(almost certainly|very likely|likely|possibly)</strong> about "
                     r"Counter-terrorism \(about \d+ in 10\), mostly because of the words <mark>", why)
    assert "learned model" not in page and "% sure" not in page


def test_translations_are_linked_on_pages_and_in_feeds(setup) -> None:  # type: ignore[no-untyped-def]
    path, config, store = setup
    en, fr = _by_title(store, "Mekong ministers"), _by_title(store, "Les ministres")
    assert en.release.language == "en" and fr.release.language == "fr"
    assert [t.entry_id for t in en.translations] == [fr.entry_id]
    assert [t.entry_id for t in fr.translations] == [en.entry_id]
    client = create_app(config, store).test_client()
    page = client.get(f"/releases/{en.uuid}").get_data(as_text=True)
    assert 'hreflang="fr"' in page
    head = etree.HTML(page).find("head")
    (alternate,) = [link for link in head.iter("link") if link.get("hreflang") == "fr"]
    assert alternate.get("rel") == "alternate" and alternate.get("href").endswith(f"/releases/{fr.uuid}")
    root = etree.fromstring(client.get("/feeds/all.atom").data)
    a = "{http://www.w3.org/2005/Atom}"
    entry = next(e for e in root.iter(a + "entry") if e.findtext(a + "id") == en.entry_id)
    assert entry.get("{http://www.w3.org/XML/1998/namespace}lang") in (None, "en")
    alternates = [link for link in entry.iter(a + "link") if link.get("hreflang") == "fr"]
    assert alternates and alternates[0].get("rel") == "alternate" and fr.uuid in alternates[0].get("href")
    rss = etree.fromstring(client.get("/feeds/all.rss").data)
    assert any(link.get("hreflang") == "fr" for link in rss.iter(a + "link"))


@pytest.mark.parametrize("fmt", ["atom", "rss", "json"])
def test_country_and_lang_filters_on_every_feed_format(setup, fmt: str) -> None:  # type: ignore[no-untyped-def]
    path, config, store = setup
    client = create_app(config, store).test_client()

    def titles(query: str) -> set[str]:
        response = client.get(f"/feeds/all.{fmt}?{query}")
        assert response.status_code == 200, response.data
        if fmt == "json":
            return {i["title"][:12] for i in json.loads(response.data)["items"]}
        return {e.title[:12] for e in feedparser.parse(response.data).entries}
    assert titles("country=vn") == {"Mekong minis", "Les ministre"}
    assert titles("country=kh") == {"Mekong minis", "Les ministre"}
    assert titles("lang=fr") == {"Les ministre"}
    assert titles("lang=en&country=kh") == {"Mekong minis"}
    assert titles("country=fr") == set()
    assert client.get(f"/feeds/all.{fmt}?country=zz").status_code == 400
    assert client.get(f"/feeds/all.{fmt}?country=VN").status_code == 301   # canonical: lower case


def test_country_and_lang_filters_on_pages(setup) -> None:  # type: ignore[no-untyped-def]
    path, config, store = setup
    client = create_app(config, store).test_client()
    page = client.get("/topics/all?country=kh&lang=fr").get_data(as_text=True)
    assert "Les ministres du Mékong" in page and "ASEAN, UN reaffirm" not in page
    page = client.get("/topics/disaster-management?country=vn").get_data(as_text=True)
    assert "Mekong ministers" in page
    assert client.get("/topics/all?country=nowhere").status_code == 400
