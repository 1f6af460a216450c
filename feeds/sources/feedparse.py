"""Upstream feeds (RSS 1.0/2.0, Atom, JSON Feed) parsed from bytes we fetched ourselves. Pure.

XML is first checked with defusedxml (no entity declarations, no external entities: a "billion
laughs" or an XXE feed is refused), then read by feedparser from bytes, never from a URL. Entries
become RawReleases, to be normalised, sanitised and classified like any other release.
"""
from __future__ import annotations

import json
from calendar import timegm
from datetime import datetime, timezone
from typing import Any

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from ..errors import SkipFile
from ..model import RawRelease
from .urls import url_identity

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "application/json")
MAX_ENTRIES = 500


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(timegm(value), timezone.utc)
    except (TypeError, ValueError, OverflowError):
        return None


def _identity(link: str | None, entry_id: str | None, index: int) -> str | None:
    if link and link.startswith(("http://", "https://")):
        return url_identity(link)
    if entry_id:
        return "id:" + entry_id.strip()[:1000]
    return None


def entries_from_feed(body: bytes, content_type: str | None, url: str) -> list[RawRelease]:
    """The entries of a feed document; SkipFile when it is not a feed we can read safely."""
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{") or (content_type or "").endswith("json"):
        return _json_feed(body)
    return _xml_feed(body, url)


def _xml_feed(body: bytes, url: str) -> list[RawRelease]:
    try:
        defused_fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise SkipFile(f"feed refused: {e.__class__.__name__} (entity declarations are not allowed)") from e
    except Exception as e:   # noqa: BLE001 - ParseError and friends: feedparser may still read a sloppy feed
        if b"<!ENTITY" in body[:65536].upper():
            raise SkipFile("feed refused: entity declarations are not allowed") from e
    parsed = feedparser.parse(body, response_headers={"content-location": url}, sanitize_html=False,
                              resolve_relative_uris=True)
    if not parsed.entries and parsed.bozo:
        raise SkipFile(f"not a feed: {parsed.get('bozo_exception', 'unreadable')}")
    language = parsed.feed.get("language")
    out = []
    for i, e in enumerate(parsed.entries[:MAX_ENTRIES]):
        link = e.get("link")
        origin = _identity(link, e.get("id"), i)
        if origin is None:
            continue
        content = e.get("content") or []
        html = content[0].get("value") if content else e.get("summary")
        ctype = content[0].get("type", "text/html") if content else (e.get("summary_detail") or {}).get("type", "text/html")
        out.append(RawRelease(
            origin=origin,
            title=e.get("title"),
            # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed, warning
            published=_time(dict.get(e, "published_parsed")) or _time(dict.get(e, "updated_parsed")),
            updated=_time(dict.get(e, "updated_parsed")),
            body_html=html if html and ctype != "text/plain" else None,
            body_text=html if html and ctype == "text/plain" else None,
            url=link if link and link.startswith(("http://", "https://")) else None,
            topics=tuple(t.get("term", "") for t in e.get("tags", []) if t.get("term")),
            language=e.get("language") or language,
            author=e.get("author"),
        ))
    return out


def _json_feed(body: bytes) -> list[RawRelease]:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        raise SkipFile(f"not a JSON Feed: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise SkipFile("not a JSON Feed: no items")
    language = data.get("language") if isinstance(data.get("language"), str) else None
    out = []
    for i, item in enumerate(data["items"][:MAX_ENTRIES]):
        if not isinstance(item, dict):
            continue
        link = item.get("url") if isinstance(item.get("url"), str) else None
        entry_id = str(item.get("id")) if item.get("id") is not None else None
        origin = _identity(link, entry_id, i)
        if origin is None:
            continue
        html = item.get("content_html") if isinstance(item.get("content_html"), str) else None
        text = item.get("content_text") if isinstance(item.get("content_text"), str) else None
        tags = item.get("tags") if isinstance(item.get("tags"), list) else []
        authors = item.get("authors") if isinstance(item.get("authors"), list) else []
        out.append(RawRelease(
            origin=origin,
            title=item.get("title") if isinstance(item.get("title"), str) else None,
            published=item.get("date_published") if isinstance(item.get("date_published"), str) else None,
            updated=item.get("date_modified") if isinstance(item.get("date_modified"), str) else None,
            body_html=html,
            body_text=None if html else (text or (item.get("summary") if isinstance(item.get("summary"), str) else None)),
            url=link if link and link.startswith(("http://", "https://")) else None,
            topics=tuple(str(t) for t in tags if isinstance(t, (str, int))),
            language=item.get("language") if isinstance(item.get("language"), str) else language,
            author=next((a.get("name") for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)), None),
        ))
    return out
