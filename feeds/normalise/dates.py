"""Dates as sources give them, to timezone-aware UTC datetimes. Pure (`now` is passed in).

Machine formats are read here: ISO 8601 / RFC 3339, RFC 822, and the user's formats (`date_formats`).
Dates written in words or numbers ("10 April 2018", "26. Januar 2022", "26.01.2022", "le 3 mars 2021")
are read by the project's one date grammar, `when.read_stated`. Dates that cannot be true (31 February,
before 1900, more than two days in the future) are refused.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from .when import DATE_TEXT, find_stated, read_stated

# Date text inside running text: "10 April 2018", "April 10, 2018", "2018-04-10", "26.01.2022" (see `when`).
DATE_IN_TEXT = DATE_TEXT
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
EARLIEST = datetime(1900, 1, 1, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=2)
FEED_EARLIEST = datetime(1990, 1, 1, tzinfo=timezone.utc)
FEED_FUTURE_SLACK = timedelta(days=1)


def _to_utc(value: datetime, tz: tzinfo) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(timezone.utc)


def plausible(value: datetime, now: datetime) -> bool:
    return EARLIEST <= value <= now + FUTURE_SLACK


def in_feed_window(value: datetime, now: datetime) -> bool:
    """Can a feed carry this date as a release's date? Feed validators call anything before 1990 or more
    than a day ahead implausible: such a date stays the publisher's (in the release's page) while the
    release is dated, estimated, by when it was found."""
    return FEED_EARLIEST <= value <= now + FEED_FUTURE_SLACK


def parse_date(value: str | datetime | None, now: datetime, tz: tzinfo = timezone.utc,
               formats: tuple[str, ...] = (), language: str | None = None) -> datetime | None:
    """Parse one date value to aware UTC, or None when it is missing, unreadable or implausible.

    A date with no time is midnight UTC of that day; a time with no zone is in `tz`.
    """
    result = read_date(value, tz, formats, language)
    return result if result is not None and plausible(result, now) else None


def read_date(value: str | datetime | None, tz: tzinfo = timezone.utc, formats: tuple[str, ...] = (),
              language: str | None = None) -> datetime | None:
    """Parse one date value to aware UTC as written, plausible or not; None when missing or unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _to_utc(value, tz)
    text = " ".join(str(value).split())[:200]
    if not text:
        return None
    if not _HAS_TIME.search(text):
        tz = timezone.utc   # a bare calendar day stays that day: midnight UTC, not a shifted instant
    if _impossible_iso_day(text):
        return None     # "2021-13-01" is no day at all; guessing "13 January" would invent one
    return _with_formats(text, formats, tz) or _iso(text, tz) or _rfc822(text) or _free_text(text, tz, language)


def _with_formats(text: str, formats: tuple[str, ...], tz: tzinfo) -> datetime | None:
    for fmt in formats:
        try:
            return _to_utc(datetime.strptime(text, fmt), tz)
        except ValueError:
            continue
    return None


def _impossible_iso_day(text: str) -> bool:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?!\d)", text)
    if not m:
        return False
    try:
        date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return True
    return False


def _iso(text: str, tz: tzinfo) -> datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return _to_utc(datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1)), tz)
    except ValueError:
        return None


def _rfc822(text: str) -> datetime | None:
    if not re.match(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{2}:\d{2}", text):
        return None
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return _to_utc(value, timezone.utc)


def _free_text(text: str, tz: tzinfo, language: str | None) -> datetime | None:
    """A date in words or numbers, by the one date grammar; a time with no zone is in `tz`."""
    stated = read_stated(text, language, None, _zone_name(tz))
    return stated.utc if stated is not None else None


def _zone_name(tz: tzinfo) -> str:
    return tz.key if isinstance(tz, ZoneInfo) else "UTC"


def find_date(text: str, now: datetime, tz: tzinfo = timezone.utc, language: str | None = None) -> datetime | None:
    """The first plausible date written in running text (e.g. "Published on 4 June 2024")."""
    for _, stated in find_stated(text[:5000], language, None, _zone_name(tz)):
        if plausible(stated.utc, now):
            return stated.utc
    return None
