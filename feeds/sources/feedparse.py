"""Upstream feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed) parsed from bytes we fetched ourselves. Pure.

The document says what it is, not the Content-Type header: old CMSs serve feeds as text/html or
text/plain, so the root element (or the JSON Feed `version`) decides. An HTML page is refused; a valid
feed with no items is a feed with no items, not an error.

XML is first checked with defusedxml (no entity declarations, no external entities: a "billion
laughs" or an XXE feed is refused), then read by feedparser from bytes, never from a URL. Entries
become RawReleases, to be normalised, sanitised and classified like any other release.

Item identity (the release's origin), the first that is present and that no other item of the document
shares: the item's own id (RSS guid, Atom id, JSON Feed id), its link, a hash of its title and date. An item
with no title gets one from the first sentence of its text. Nothing is dropped silently: what is not
read is listed in `FeedItems.dropped` with its reason, including the items beyond the cap.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from calendar import timegm
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from ..errors import SkipFile
from ..model import RawRelease
from ..normalise.html import text_of
from .urls import url_identity

# What a feed source asks for. The types with q=0.5 are what old CMSs send feeds as (accepted, then
# sniffed), and what the linked pages of `expand = true` are.
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "application/json", "text/html;q=0.5",
              "application/xhtml+xml;q=0.5", "text/plain;q=0.5")
MAX_ITEMS = 500
MAX_TITLE_FROM_TEXT = 120
_FEED_ROOTS = {"rss", "feed", "rdf", "channel"}     # local names (RDF is rdf:RDF; Atom 0.3 and 1.0 are feed)
_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\S)")


@dataclass
class FeedItems:
    """What one feed document held: the items read, and those not read with why (origin, reason)."""

    entries: list[RawRelease] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(timegm(value), timezone.utc)
    except (TypeError, ValueError, OverflowError):
        return None


def _http(link: Any) -> str | None:
    if not isinstance(link, str):
        return None
    link = link.strip()
    return link if link.lower().startswith(("http://", "https://")) else None


def identities(entry_id: str | None, link: str | None, title: str | None, date: str | None) -> list[str]:
    """The candidate origins of one item, best first: its own id, its link, a hash of title and date.
    An id that is an http(s) URL is named like a link, so an RSS guid equal to the link keeps the
    origin a link-only reader gave it."""
    out = []
    entry_id = (entry_id or "").strip()
    if entry_id:
        out.append(url_identity(entry_id) if _http(entry_id) else "id:" + entry_id[:1000])
    if _http(link):
        out.append(url_identity(link))   # type: ignore[arg-type]
    out.append("hash:" + _digest(title or "", date or ""))
    return out


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def assign_origins(candidates: list[list[str]], bodies: list[str]) -> list[str | None]:
    """Each item's origin: its first candidate that no other item of the document shares (so the choice
    does not depend on the order of the items); an item whose every candidate is shared is named by its
    last candidate and a hash of its text, and an exact repeat of an earlier item gets None."""
    # repeats once
    distinct = dict.fromkeys((tuple(item), body) for item, body in zip(candidates, bodies, strict=False))
    shared = Counter(c for item, _ in distinct for c in set(item))
    out: list[str | None] = []
    taken: set[str] = set()
    for item, body in zip(candidates, bodies, strict=False):
        origin = next((c for c in item if shared[c] == 1), None) or item[-1] + ":" + _digest(body)
        out.append(None if origin in taken else origin)
        taken.add(origin)
    return out


def title_from_text(text: str) -> str | None:
    """A title for an item that has none: the first sentence of its text, cut at a word boundary."""
    plain = text_of(text) if text else ""
    if not plain:
        return None
    first = _SENTENCE_END.split(plain, 1)[0]
    if len(first) > MAX_TITLE_FROM_TEXT:
        first = first[:MAX_TITLE_FROM_TEXT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return first


def sniff(body: bytes) -> str | None:
    """What the bytes are, whatever the header said: "json", "xml" (a feed root element), "html", or
    None for other XML and anything else."""
    head = body[:4096]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom):].decode(codec, "ignore").encode("utf-8")
            break
    head = head.lstrip()
    if head.startswith((b"{", b"[")):
        return "json"
    if not head.startswith(b"<"):
        return None
    # Skip the XML declaration, processing instructions, comments and the DOCTYPE to the root element.
    rest = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", b"", head, flags=re.DOTALL | re.IGNORECASE)
    m = _ROOT.search(rest)
    if m is None:
        return None
    name = m.group(2).decode("ascii").lower()
    if name in _FEED_ROOTS:
        return "xml"
    return "html" if name in ("html", "head", "body") else None


def entries_from_feed(body: bytes, content_type: str | None, url: str, limit: int = MAX_ITEMS) -> FeedItems:
    """The items of a feed document (at most `limit`; the rest are listed as dropped); SkipFile when
    it is not a feed we can read safely. `content_type` is only a hint: the document decides."""
    kind = sniff(body)
    if kind == "json" or (kind is None and (content_type or "").endswith("json")):
        return _json_feed(body, limit)
    if kind == "html":
        raise SkipFile(f"not a feed: the document is an HTML page (served as {content_type or 'no type'})")
    return _xml_feed(body, url, limit)


def _xml_body(e: Any) -> tuple[str | None, str]:
    """An entry's text and its type: the first content, else the summary."""
    content = e.get("content") or []
    if content:
        return content[0].get("value"), content[0].get("type", "text/html")
    return e.get("summary"), (e.get("summary_detail") or {}).get("type", "text/html")


def _xml_feed(body: bytes, url: str, limit: int) -> FeedItems:
    try:
        defused_fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise SkipFile(f"feed refused: {error.__class__.__name__} (entity declarations are not allowed)") from error
    except Exception as error:   # noqa: BLE001 - ParseError and friends: feedparser may still read a sloppy feed
        if b"<!ENTITY" in body[:65536].upper():
            raise SkipFile("feed refused: entity declarations are not allowed") from error
    # The type we tell feedparser is what the document is (an XML feed), not what the server called it:
    # otherwise every parse is flagged and an empty feed looks like junk.
    parsed = feedparser.parse(body, response_headers={"content-location": url, "content-type": "application/xml"},
                              sanitize_html=False, resolve_relative_uris=True)
    if not parsed.entries and not parsed.get("version"):
        raise SkipFile(f"not a feed: {parsed.get('bozo_exception') or 'no RSS, RDF or Atom root element'}")
    language = parsed.feed.get("language")
    items = FeedItems()
    origins = assign_origins(
        [identities(e.get("id"), _http(e.get("link")), e.get("title"),
                    dict.get(e, "published") or dict.get(e, "updated"))
         for e in parsed.entries], [_xml_body(e)[0] or "" for e in parsed.entries])
    for i, (e, origin) in enumerate(zip(parsed.entries, origins, strict=False)):
        html, ctype = _xml_body(e)
        link = _http(e.get("link"))
        date = dict.get(e, "published") or dict.get(e, "updated")
        title = e.get("title") or None
        if origin is None:
            items.dropped.append((f"item {i + 1}", "an exact repeat of an earlier item of the feed"))
            continue
        if len(items.entries) >= limit:
            items.dropped.append((origin, f"beyond the source's max_items ({limit})"))
            continue
        has_text = bool(html and text_of(html))
        title = title if title and text_of(title) else (title_from_text(html) if html and has_text else None)
        if title is None:
            items.dropped.append((origin, "the item has neither a title nor any text"))
            continue
        items.entries.append(RawRelease(
            origin=origin,
            title=title,
            # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed, warning
            published=_time(dict.get(e, "published_parsed")) or _time(dict.get(e, "updated_parsed")) or date,
            updated=_time(dict.get(e, "updated_parsed")),
            body_html=html if has_text and ctype != "text/plain" else None,
            body_text=html if has_text and ctype == "text/plain" else None,
            url=link,
            topics=tuple(t.get("term", "") for t in e.get("tags", []) if t.get("term")),
            language=e.get("language") or language,
            author=e.get("author"),
        ))
    return items


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _json_item(item: Any) -> tuple[list[str], str] | None:
    """A JSON Feed item's candidate origins and text; None when it is not an object."""
    if not isinstance(item, dict):
        return None
    link = _http(item.get("url")) or _http(item.get("external_url"))
    entry_id = str(item.get("id")) if isinstance(item.get("id"), (str, int)) else None
    text = _str(item.get("content_html")) or _str(item.get("content_text")) or _str(item.get("summary")) or ""
    return identities(entry_id, link, _str(item.get("title")), _str(item.get("date_published"))), text


def _json_feed(body: bytes, limit: int) -> FeedItems:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        raise SkipFile(f"not a JSON Feed: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise SkipFile("not a JSON Feed: no items")
    language = _str(data.get("language"))
    items = FeedItems()
    drafts = [_json_item(item) for item in data["items"]]
    origins = assign_origins([d[0] for d in drafts if d], [d[1] for d in drafts if d])
    chosen = iter(origins)
    for i, (item, draft) in enumerate(zip(data["items"], drafts, strict=False)):
        if draft is None:
            items.dropped.append((f"item {i + 1}", "the item is not a JSON object"))
            continue
        origin = next(chosen)
        link = _http(item.get("url")) or _http(item.get("external_url"))
        html = _str(item.get("content_html"))
        text = None if html else (_str(item.get("content_text")) or _str(item.get("summary")))
        title = _str(item.get("title"))
        if origin is None:
            items.dropped.append((f"item {i + 1}", "an exact repeat of an earlier item of the feed"))
            continue
        if len(items.entries) >= limit:
            items.dropped.append((origin, f"beyond the source's max_items ({limit})"))
            continue
        has_text = bool((html and text_of(html)) or (text and text.strip()))
        title = title if title and text_of(title) else (title_from_text(html or text or "") if has_text else None)
        if title is None:
            items.dropped.append((origin, "the item has neither a title nor any text"))
            continue
        tags = item.get("tags") if isinstance(item.get("tags"), list) else []
        authors = item.get("authors") if isinstance(item.get("authors"), list) else []
        items.entries.append(RawRelease(
            origin=origin,
            title=title,
            published=_str(item.get("date_published")),
            updated=_str(item.get("date_modified")),
            body_html=html if has_text else None,
            body_text=text if has_text else None,
            url=link,
            topics=tuple(str(t) for t in tags if isinstance(t, (str, int))),
            language=_str(item.get("language")) or language,
            author=next((a.get("name") for a in authors
                         if isinstance(a, dict) and isinstance(a.get("name"), str)), None),
        ))
    return items
