"""The shipped demo reads as its manifest (sources/EXPECTED.json) says, on the path the service takes: the
shipped config.toml (its sources, topics and learned model), the real ingestion into an archive, and the
feeds the app serves. EXPECTED.json is what the served feeds show; this fails when they differ."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest

from feeds.config import load_config
from feeds.ingest import run_ingest
from feeds.normalise.classifier import load_classifier
from feeds.store import Query, Store
from feeds.web import create_app

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "sources" / "EXPECTED.json").read_text(encoding="utf-8"))


class Served:
    """The shipped demo ingested with the shipped config, and what its feeds and archive show."""

    def __init__(self, tmp: Path) -> None:
        self.config = load_config(str(ROOT / "config.toml"), env={"FEEDS_DATABASE_URL": f"sqlite:///{tmp / 'demo.db'}"})
        self.store = Store.open(self.config.service.database)
        classifier = load_classifier(self.config)          # as `feeds ingest` and `feeds serve` build it
        reports = run_ingest(self.config, self.store, classifier=classifier)
        assert all(r.ok and not r.failed for r in reports), [r.summary() for r in reports]
        self.client = create_app(self.config, self.store, classifier).test_client()
        self.stored = {f"{i.release.source_id}/{i.release.origin}": i for i in self.store.releases(Query(limit=500))}

    def feed(self, topic: str) -> feedparser.FeedParserDict:
        response = self.client.get(f"/feeds/{topic}.atom")
        assert response.status_code == 200
        return feedparser.parse(response.data)


pytestmark = pytest.mark.xdist_group("demo")     # one xdist worker builds the module fixtures below, once


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    s = Served(tmp_path_factory.mktemp("demo"))
    yield s
    s.store.close()


def test_manifest_covers_enough_releases() -> None:
    assert len(EXPECTED) >= 26
    suffixes = {Path(p).suffix for p in EXPECTED}
    assert {".txt", ".md", ".json", ".html", ".pdf", ".docx"} <= suffixes
    assert {e["language"] for e in EXPECTED.values()} >= {"en", "fr"}
    assert any(e["date"] is None for e in EXPECTED.values())
    assert any(e.get("embargo_until") for e in EXPECTED.values())
    newswire = {e["language"] for e in EXPECTED.values() if e.get("contacts")}
    assert {"en", "fr"} <= newswire


def test_every_demo_file_is_in_the_archive_and_the_manifest(served: Served) -> None:
    assert set(served.stored) == set(EXPECTED)


def test_the_served_topic_feeds_are_the_manifests_topics(served: Served) -> None:
    # Each topic's feed lists exactly the releases the manifest puts in that topic, and every entry of
    # the all-releases feed carries exactly the manifest's topics as its categories.
    by_title = {e["title"]: e for e in EXPECTED.values()}
    everything = served.feed("all")
    assert sorted(e.title for e in everything.entries) == sorted(by_title)
    served_topics = {e.title: sorted(t.term for t in e.get("tags", [])) for e in everything.entries}
    assert served_topics == {title: sorted(e["topics"]) for title, e in by_title.items()}
    for topic in served.config.topics:
        listed = sorted(e.title for e in served.feed(topic.slug).entries)
        assert listed == sorted(t for t, e in by_title.items() if topic.slug in e["topics"]), topic.slug


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_demo_release(served: Served, rel: str) -> None:
    want = EXPECTED[rel]
    r = served.stored[rel].release
    assert r.title == want["title"]
    if want["date"] is None:
        assert r.published_estimated
    else:
        assert not r.published_estimated
        assert r.published.date().isoformat() == want["date"]
    assert (r.dateline or None) == want["dateline"]
    assert r.language == want["language"]
    assert sorted(m.slug for m in r.topics) == sorted(want["topics"])
    assert r.title not in r.body_text.split("\n\n")[0]
    for furniture in ("View all photos", "Travel Page", "Related news", "cookies", "Accept"):
        assert furniture not in r.body_text
    if "embargo_until" in want:       # newswire releases: embargo, end matter kept out of the body
        assert (r.embargo_until.isoformat() if r.embargo_until else None) == want["embargo_until"]
        assert [c["name"] for c in r.contacts] == want["contacts"]
        assert bool(r.notes) == want["notes"]
        for c in r.contacts:
            assert c["name"] not in r.body_text and (c["email"] or "") not in r.body_text
        for label in ("###", "PRESS RELEASE", "COMMUNIQUÉ", "EMBARGOED", "Fin\n"):
            assert label not in r.body_text
