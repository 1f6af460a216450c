"""The identity decision as a table: what storing one item does, for every kind of case; and the
copy-grouping decision (which stored copy a new release joins, and which copy heads a group).

`decide` is pure; the end-to-end behaviour (ids kept, aliases, edits) is tested through ingestion in
test_ingest.py and the battery; this table pins the rules themselves.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from feeds.normalise.duplicates import signature
from feeds.store.decide import Incoming, Known, KnownItem, Outcome, decide, needs_twin
from feeds.store.groups import best_copy, group_head

TITLE, BODY, HASH = "Ministers meet in Jakarta", "body-1", "content-1"


def incoming(origin: str = "a.txt", content_hash: str = HASH, title: str = TITLE, body_hash: str = BODY,
             estimated: bool = False) -> Incoming:
    return Incoming(origin, content_hash, title, body_hash, estimated)


def item(item_hash: str = HASH, release_origin: str = "a.txt", release_title: str = TITLE, release_body: str = BODY,
         release_hash: str = HASH, estimated: bool = False) -> KnownItem:
    return KnownItem(item_hash, release_origin, release_title, release_body, release_hash, estimated)


CASES = [
    # name, known, incoming, outcome, report counter
    ("new", Known(), incoming(), Outcome.NEW, "new"),
    ("late arrival: an older date is still new", Known(), incoming(origin="old.txt"), Outcome.NEW, "new"),
    ("unchanged", Known(item()), incoming(), Outcome.UNCHANGED, "unchanged"),
    ("edited", Known(item()), incoming(content_hash="content-2", body_hash="body-2"), Outcome.EDITED, "updated"),
    ("undated edit keeps its first estimate", Known(item(estimated=True)),
     incoming(content_hash="content-2", body_hash="body-2", estimated=True), Outcome.EDITED_UNDATED, "updated"),
    ("a dated edit of an undated release takes the date", Known(item(estimated=True)),
     incoming(content_hash="content-2", estimated=False), Outcome.EDITED, "updated"),
    ("changed back to what its release holds", Known(item(item_hash="content-0")), incoming(),
     Outcome.REVERTED, "unchanged"),
    ("alias: a twin (same folded title and body) of a stored release", Known(twin=True),
     incoming(origin="b.txt", title="MINISTERS  meet in Jakarta"), Outcome.ALIAS, "unchanged"),
    ("same body, other title: not a twin", Known(twin=False), incoming(origin="b.txt", title="Other"),
     Outcome.NEW, "new"),
    ("unchanged alias", Known(item(release_origin="a.txt")), incoming(origin="b.txt"), Outcome.UNCHANGED, "unchanged"),
    ("edited alias leaves its release", Known(item(release_origin="a.txt")),
     incoming(origin="b.txt", content_hash="content-2", body_hash="body-2"), Outcome.DETACHED_NEW, "new"),
    ("edited alias that is another release's twin", Known(item(release_origin="a.txt"), twin=True),
     incoming(origin="b.txt", content_hash="content-2", body_hash="body-2"), Outcome.DETACHED_ALIAS, "unchanged"),
    ("an alias with a new link but the same title and body stays", Known(item(release_origin="a.txt")),
     incoming(origin="b.txt", content_hash="content-3"), Outcome.EDITED, "updated"),
]


@pytest.mark.parametrize(("name", "known", "given", "outcome", "report"), CASES, ids=[c[0] for c in CASES])
def test_decide(name: str, known: Known, given: Incoming, outcome: Outcome, report: str) -> None:
    assert decide(known, given) is outcome
    assert outcome.report == report


def test_twin_lookup_only_when_the_item_is_unknown_or_leaves_its_release() -> None:
    assert needs_twin(None, incoming())
    assert not needs_twin(item(), incoming(content_hash="content-2", body_hash="body-2"))   # the first item edited
    assert needs_twin(item(release_origin="a.txt"), incoming(origin="b.txt", body_hash="body-2"))
    assert not needs_twin(item(release_origin="a.txt"), incoming(origin="b.txt"))


# --------------------------------------------------------------------------- copy grouping

STORY = ("Ministers agree on a regional vaccine stockpile",
         "The health ministers of the region agreed on Tuesday to build a shared stockpile of vaccines, "
         "to be managed from Jakarta and drawn on by any member facing an outbreak. The stockpile opens in May.")
OTHER = ("Port authority opens a new container terminal",
         "The port authority opened its third container terminal, doubling capacity for ships from the west "
         "coast; the terminal is run by a private operator under a thirty-year concession.")
MINE = signature(*STORY)
SAME = signature(*STORY)
NEAR = signature(STORY[0], STORY[1] + " Journalists may call the press office.")
FAR = signature(*OTHER)

COPY_CASES = [
    ("no candidates", [], None),
    ("only an unrelated release", [(7, FAR, None)], None),
    ("a copy not yet grouped", [(7, FAR, None), (8, NEAR, None)], (8, None)),
    ("a copy in a group keeps the group", [(8, NEAR, 3)], (8, 3)),
    ("the most similar of two copies", [(8, NEAR, None), (9, SAME, 2)], (9, 2)),
]


@pytest.mark.parametrize(("name", "candidates", "expected"), COPY_CASES, ids=[c[0] for c in COPY_CASES])
def test_best_copy(name: str, candidates: list[tuple[int, bytes, int | None]],
                   expected: tuple[int, int | None] | None) -> None:
    assert best_copy(MINE, candidates) == expected


def test_group_head_is_the_earliest_copy_then_the_lowest_pk() -> None:
    day = datetime(2024, 5, 2, 9, tzinfo=timezone.utc)
    later = datetime(2024, 5, 3, 9, tzinfo=timezone.utc)
    assert group_head([(5, later), (9, day)]) == 9
    assert group_head([(9, day), (5, day), (7, later)]) == 5
