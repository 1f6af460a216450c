"""Golden pages: tests/data/pages/NAME.html beside NAME.expected.json, one pair per extraction failure class
(see tests/data/pages/README.md), each run through `feeds extract FILE --url URL` in-process, as a user runs it.

NAME.expected.json holds: url (the page's own address), title, published (the publisher's calendar day
YYYY-MM-DD, or null when the page states no date), optionally published_stated (the exact
`published_stated`, with the publisher's offset), date_source (which evidence must win), body_first and
body_last (the body's first and last sentences), absent (text that must not be in the body, optional), present
(text that must be in the body, optional), dateline (the place the release was issued from, optional),
summary (the release's summary, optional: a standfirst the page prints under the headline).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from feeds.cli import main

PAGES = Path(__file__).parent / "data" / "pages"
CASES = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))


def ws(text: str | None) -> str:
    return " ".join((text or "").split())


def test_every_golden_page_has_both_files() -> None:
    assert len(CASES) >= 8
    assert sorted(p.stem for p in PAGES.glob("*.html")) == CASES


@pytest.mark.parametrize("name", CASES)
def test_golden_page(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)       # no config.toml here: the preview's default settings
    monkeypatch.delenv("FEEDS_CONFIG", raising=False)
    assert main(["extract", str(PAGES / f"{name}.html"), "--url", expected["url"]]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["title"] == expected["title"]
    stated = found["published_stated"]
    assert (stated[:10] if stated else None) == expected["published"]
    if "published_stated" in expected:
        assert stated == expected["published_stated"]
    assert found["published_estimated"] is (expected["published"] is None)
    assert found["date_source"] == expected["date_source"]
    body = ws(found["body_text"])
    assert body.startswith(ws(expected["body_first"]))
    assert body.endswith(ws(expected["body_last"]))
    for snippet in expected.get("absent", ()):
        assert ws(snippet) not in body
    for snippet in expected.get("present", ()):
        assert ws(snippet) in body
    if "dateline" in expected:
        assert found["dateline"] == expected["dateline"]
    if "summary" in expected:
        assert found["summary"] == expected["summary"]
