"""The shipped demo releases read as their manifest (sources/EXPECTED.json) says, through the real folder
sources and normalisation, with the shipped config's topics."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from feeds.config import load_config
from feeds.normalise import normalise
from feeds.sources.folder import release_from_file

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "sources" / "EXPECTED.json").read_text(encoding="utf-8"))
CONFIG = load_config(str(ROOT / "config.toml"), env={})
NOW = datetime(2026, 11, 28, tzinfo=timezone.utc)


def _normalised(rel: str):  # type: ignore[no-untyped-def]
    path = ROOT / "sources" / rel
    source = next(s for s in CONFIG.sources if path.resolve().is_relative_to(s.path))
    raw = release_from_file(path, Path(source.path))
    return normalise(raw, source, CONFIG.topics, NOW, CONFIG.service.base_url)


def test_manifest_covers_enough_releases() -> None:
    assert len(EXPECTED) >= 26
    suffixes = {Path(p).suffix for p in EXPECTED}
    assert {".txt", ".md", ".json", ".html", ".pdf", ".docx"} <= suffixes
    assert {e["language"] for e in EXPECTED.values()} >= {"en", "fr"}
    assert any(e["date"] is None for e in EXPECTED.values())
    assert any(e.get("embargo_until") for e in EXPECTED.values())
    newswire = {e["language"] for e in EXPECTED.values() if e.get("contacts")}
    assert {"en", "fr"} <= newswire


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_demo_release(rel: str) -> None:
    want = EXPECTED[rel]
    r = _normalised(rel)
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
