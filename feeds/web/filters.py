"""The one filter vocabulary of feeds and pages: parsing query parameters into a store Query.

Every feed format and every HTML listing reads its filters here, so `source`, `q`, `since`, `until`
and `limit` mean the same everywhere; `Filters.query_string()` is the canonical, fixed-order form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from ..config import Config
from ..store import Query

MAX_WORDS = 10


class BadRequest(Exception):
    """A query parameter that cannot be understood: a 400 with this message."""


@dataclass(frozen=True)
class Filters:
    sources: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    since: datetime | None = None        # published at or after (a day's start)
    until: datetime | None = None        # published before (the start of the day after `until=`)
    limit: int | None = None

    def query_string(self) -> str:
        """Canonical, fixed-order query string of these filters."""
        pairs: list[tuple[str, str]] = [("source", s) for s in self.sources]
        if self.words:
            pairs.append(("q", " ".join(self.words)))
        if self.since:
            pairs.append(("since", self.since.date().isoformat()))
        if self.until:
            pairs.append(("until", (self.until - timedelta(days=1)).date().isoformat()))
        if self.limit:
            pairs.append(("limit", str(self.limit)))
        return urlencode(pairs)

    def query(self, topic: str, page_size: int) -> Query:
        return Query(topic=None if topic == "all" else topic, sources=self.sources, words=self.words,
                     since=self.since, until=self.until, limit=self.limit or page_size)


def _day(args: MultiDict[str, str], name: str) -> datetime | None:
    value = args.get(name)
    if value is None or value == "":
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise BadRequest(f"{name} must be a date written YYYY-MM-DD")
    try:
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    except ValueError as e:
        raise BadRequest(f"{name}: {e}") from e


def parse_filters(args: MultiDict[str, str], config: Config) -> Filters:
    known = {s.id for s in config.sources}
    sources = tuple(sorted({s for s in args.getlist("source") if s}))
    for s in sources:
        if s not in known:
            raise BadRequest(f"unknown source {s[:60]!r}")
    q = args.get("q", "")
    if len(q) > 500:
        raise BadRequest("q is too long (at most 500 characters)")
    words = tuple(dict.fromkeys(w for w in re.findall(r"\w+", q.lower()) if w))
    if len(words) > MAX_WORDS:
        raise BadRequest(f"q: at most {MAX_WORDS} words")
    limit = None
    if args.get("limit"):
        raw = args["limit"]
        if not raw.isdigit() or not 1 <= int(raw) <= 500:
            raise BadRequest("limit must be a whole number from 1 to 500")
        limit = int(raw)
    since, until = _day(args, "since"), _day(args, "until")
    if until is not None:
        until += timedelta(days=1)
    if since and until and since >= until:
        raise BadRequest("since must be on or before until")
    return Filters(sources, words, since, until, limit)
