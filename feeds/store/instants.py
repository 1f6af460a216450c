"""Whole-second instants for `updated`: each release's own, no other release's. Pure (the archive's reads and
writes come in as functions).

Feed readers disagree about fractions of a second (SimplePie rounds them, feedparser and gofeed
truncate), so every `updated` is a whole second; distinct instants across the archive keep them
distinct within every document. A release's instant is the first free second at or after the one it
asks for (its publication for a new release, the time of an edit for an edited one); the store reserves
it in its `instants` table, so concurrent writers never take the same one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta

ONE_SECOND = timedelta(seconds=1)


def whole_second(when: datetime) -> datetime:
    """`when` without its fraction of a second (what feedparser and gofeed readers have always seen)."""
    return when.replace(microsecond=0)


def free_seconds(start: datetime, taken: Iterable[datetime], span: int) -> Iterator[datetime]:
    """The seconds of `span` seconds from `start` (a whole second) that are not `taken`, in order."""
    busy = set(taken)
    return (start + n * ONE_SECOND for n in range(span) if start + n * ONE_SECOND not in busy)


def first_free(start: datetime, taken: Callable[[datetime, datetime], Iterable[datetime]],
               take: Callable[[datetime], bool]) -> datetime:
    """The first second at or after `start` (a whole second) that `taken(from, until)` does not list and `take`
    gets (False: another writer took it meanwhile), looked for 64 seconds at a time, then twice as many."""
    span = 64
    while True:
        for second in free_seconds(start, taken(start, start + span * ONE_SECOND), span):
            if take(second):
                return second
        start, span = start + span * ONE_SECOND, span * 2


def spaced(instants: Iterable[tuple[int, datetime]]) -> Iterator[tuple[int, datetime]]:
    """(key, whole-second instant) for (key, instant) pairs sorted by (instant, key): each instant cut to
    its second, and moved on by whole seconds past the one before it where cutting made two the same."""
    previous: datetime | None = None
    for key, when in instants:
        second = whole_second(when)
        if previous is not None and second <= previous:
            second = previous + ONE_SECOND
        previous = second
        yield key, second
