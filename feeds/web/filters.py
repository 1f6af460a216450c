"""The one filter vocabulary of feeds and pages: parsing query parameters into a store Query.

Every feed format and every HTML listing reads its filters here, so `source`, `q`, `lang`, `country`, `since`,
`until` and `limit` mean the same everywhere; `Filters.query_string()` is the canonical, fixed-order form.
Feeds also take one paging parameter (`before=CURSOR`, `after=CURSOR` or `page=last`), parsed by
`parse_page`: a keyset cursor names a release's (published, pk), so pages never shift as releases arrive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from ..config import Config
from ..normalise.geo import gazetteer
from ..store import Cursor, Query

MAX_WORDS = 10
LANG = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$")
CURSOR = re.compile(r"^(\d{8}T\d{6})(\d{6})Z-(\d{1,18})$")
# The canonical order of every parameter a feed URL may carry; anything else is dropped by the redirect.
PARAMETERS = ("source", "q", "lang", "country", "since", "until", "limit", "before", "after", "page")


class BadRequest(Exception):
    """A query parameter that cannot be understood: a 400 with this message."""


@dataclass(frozen=True)
class Filters:
    sources: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    since: datetime | None = None        # published at or after (a day's start)
    until: datetime | None = None        # published before (the start of the day after `until=`)
    limit: int | None = None
    lang: str | None = None              # a language tag, lowercased ("en", "fr", "pt-br")
    countries: tuple[str, ...] = ()      # ISO 3166-1 alpha-2 codes, upper case, sorted (`country=`, repeatable)
    collapse: bool = False               # `service.group_duplicates`: copies of one release shown once

    def query_string(self) -> str:
        """Canonical, fixed-order query string of these filters."""
        return urlencode(self.pairs())

    def pairs(self) -> list[tuple[str, str]]:
        """The filters as (name, value) pairs in the canonical order."""
        pairs: list[tuple[str, str]] = [("source", s) for s in self.sources]
        if self.words:
            pairs.append(("q", " ".join(self.words)))
        if self.lang:
            pairs.append(("lang", self.lang))
        pairs += [("country", c.lower()) for c in self.countries]
        if self.since:
            pairs.append(("since", self.since.date().isoformat()))
        if self.until:
            pairs.append(("until", (self.until - timedelta(days=1)).date().isoformat()))
        if self.limit:
            pairs.append(("limit", str(self.limit)))
        return pairs

    def query(self, topic: str, page_size: int) -> Query:
        return Query(topic=None if topic == "all" else topic, sources=self.sources, words=self.words,
                     since=self.since, until=self.until, limit=self.limit or page_size, language=self.lang,
                     countries=self.countries, collapse_duplicates=self.collapse)


@dataclass(frozen=True)
class Page:
    """Which page of a feed: the head (newest), older than a cursor, newer than one, or the oldest."""

    before: Cursor | None = None
    after: Cursor | None = None
    oldest: bool = False

    @property
    def is_head(self) -> bool:
        return self.before is None and self.after is None and not self.oldest

    def pairs(self) -> list[tuple[str, str]]:
        if self.before is not None:
            return [("before", cursor_token(self.before))]
        if self.after is not None:
            return [("after", cursor_token(self.after))]
        return [("page", "last")] if self.oldest else []


def cursor_token(cursor: Cursor) -> str:
    """A cursor as URL text: published (UTC, to the microsecond) and pk, e.g. 20180410T093000000000Z-42."""
    published, pk = cursor
    return f"{published.strftime('%Y%m%dT%H%M%S%f')}Z-{pk}"


def parse_cursor(token: str, name: str) -> Cursor:
    m = CURSOR.match(token)
    if not m:
        raise BadRequest(f"{name} must be a cursor taken from a feed link")
    try:
        published = datetime.strptime(m.group(1) + m.group(2), "%Y%m%dT%H%M%S%f").replace(tzinfo=timezone.utc)
    except ValueError as e:
        raise BadRequest(f"{name}: {e}") from e
    return published, int(m.group(3))


def parse_page(args: MultiDict[str, str]) -> Page:
    """The paging parameter of a feed URL: at most one of before=, after= and page=last."""
    given = [name for name in ("before", "after", "page") if args.get(name)]
    if len(given) > 1:
        raise BadRequest("give at most one of before, after and page")
    if args.get("page") and args["page"] != "last":
        raise BadRequest("page can only be 'last'")
    return Page(before=parse_cursor(args["before"], "before") if args.get("before") else None,
                after=parse_cursor(args["after"], "after") if args.get("after") else None,
                oldest=args.get("page") == "last")


def canonical_query(filters: Filters, page: Page) -> str:
    """The one query string a feed document is served under: filters, then the page, in a fixed order."""
    return urlencode(filters.pairs() + page.pairs())


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
        if not re.fullmatch(r"[0-9]{1,3}", raw) or not 1 <= int(raw) <= 500:
            raise BadRequest("limit must be a whole number from 1 to 500")
        limit = int(raw)
    lang = args.get("lang", "").strip().lower() or None
    if lang is not None and not LANG.match(lang):
        raise BadRequest("lang must be a language tag such as en, fr or pt-br")
    since, until = _day(args, "since"), _day(args, "until")
    if until is not None:
        if until.year >= 9999:
            raise BadRequest("until is too far in the future")
        until += timedelta(days=1)
    if since and until and since >= until:
        raise BadRequest("since must be on or before until")
    countries = parse_countries(args.getlist("country"))
    return Filters(sources, words, since, until, limit, lang, countries, config.service.group_duplicates)


def parse_countries(values: list[str]) -> tuple[str, ...]:
    """`country=` values: ISO 3166-1 alpha-2 codes of the gazetteer, any case (`country=vn&country=la`)."""
    known = gazetteer().countries
    codes = set()
    for value in values:
        code = value.strip().upper()
        if not code:
            continue
        if code not in known:
            raise BadRequest(f"country must be an ISO 3166-1 alpha-2 code such as vn or la, not {value[:20]!r}")
        codes.add(code)
    if len(codes) > 20:
        raise BadRequest("country: at most 20 countries")
    return tuple(sorted(codes))
