"""Sitemap sources: the articles a site lists in its sitemap (or sitemap index), with their dates.

Pure parts (`parse_sitemap`, `gunzip_bounded`, `same_site`, `newest_first`) turn bytes into entries;
`scan_sitemap` fetches through the one safe `Fetcher` and yields raw releases like the page source.

Rules, all conservative:
* XML is read with defusedxml and no DTD at all (no entity expansion, no external entities); a gzip
  sitemap is decompressed up to the fetcher's size cap (`service.fetch_max_bytes`), never further.
* A sitemap index is followed one level: its child sitemaps are read, an index inside it is not.
* Only URLs on the sitemap's own site (the host and port of `url`, or of where it redirected) are
  fetched: the sitemap protocol allows no others, and we never reach a host the user did not name.
* Date evidence: `news:publication_date` is the publication date when the page states none;
  `lastmod` is only a modification time, so a page without a date of its own gets it *estimated*.
* Later runs fetch only new URLs and URLs whose `lastmod` changed. At most `max_articles` pages are
  fetched per run, newest first; the rest wait for the next runs (reported as `remaining`). A
  sitemap whose every URL is done is asked for conditionally (ETag / Last-Modified), and a child
  whose `lastmod` in the index has not moved is not fetched at all.
"""
from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from ..config import SourceConfig
from ..errors import SkipFile, SourceError
from ..model import Backlog, Failed, RawRelease, Skipped, Unchanged
from ..http import FetchError, Fetcher, FetchResult, RobotsDisallowed
from .urls import canonical_url, url_identity
from .web import PAGE_TYPES, WebMemory, _marker, _wanted, release_from_page

log = logging.getLogger(__name__)
SITEMAP_TYPES = ("application/xml", "text/xml", "application/gzip", "application/x-gzip",
                 "application/octet-stream", "text/plain")
MAX_CHILDREN = 200          # child sitemaps of an index fetched per run (the others wait for the next runs)
MAX_ENTRIES = 50_000        # URLs per sitemap document (the protocol's own limit)
DONE = "done"               # marker of a sitemap document whose every URL was handled
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class SitemapEntry:
    """One `<url>` (or, in an index, one `<sitemap>`), as found."""

    url: str
    lastmod: str | None = None
    published: str | None = None      # news:publication_date
    title: str | None = None          # news:title

    @property
    def marker(self) -> str | None:
        """What tells a later run that the entry changed (hashed: the archive keeps 64 characters)."""
        return _marker(self.lastmod or self.published)

    @property
    def when(self) -> datetime | None:
        return w3c_date(self.published) or w3c_date(self.lastmod)


@dataclass(frozen=True)
class Sitemap:
    entries: tuple[SitemapEntry, ...] = ()    # article URLs (a urlset, or a text sitemap)
    children: tuple[SitemapEntry, ...] = ()   # child sitemaps (a sitemap index)

    @property
    def is_index(self) -> bool:
        return bool(self.children)


# --------------------------------------------------------------------------- pure parts


def w3c_date(text: str | None) -> datetime | None:
    """A W3C datetime (`2024-01-05`, `2024-01-05T09:00:00+01:00`, `...Z`) as aware UTC, else None."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Decompress gzip `data`, never producing more than `limit` bytes (SkipFile beyond it, or if corrupt)."""
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decoder.decompress(data, limit + 1)
    except zlib.error as e:
        raise SkipFile(f"the gzip sitemap is corrupt: {e}") from e
    if len(out) > limit or decoder.unconsumed_tail:
        raise SkipFile(f"the gzip sitemap is larger than {limit} bytes once decompressed")
    return out


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element: Element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return " ".join(child.text.split())
    return None


def parse_sitemap(body: bytes, max_bytes: int) -> Sitemap:
    """A sitemap, sitemap index or text sitemap (gzip or not). SkipFile when it is none we can read safely."""
    if body[:2] == b"\x1f\x8b":
        body = gunzip_bounded(body, max_bytes)
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"<"):
        lines = stripped.decode("utf-8", errors="replace").splitlines()
        urls = [line.strip() for line in lines if line.strip().startswith(("http://", "https://"))]
        if not urls:
            raise SkipFile("not a sitemap: neither XML nor a list of URLs")
        return Sitemap(entries=tuple(SitemapEntry(u) for u in urls[:MAX_ENTRIES]))
    try:
        root = defused_fromstring(stripped, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise SkipFile(f"sitemap refused: {e.__class__.__name__} (no DTD or entity declarations allowed)") from e
    except Exception as e:   # noqa: BLE001 - ParseError and friends from the XML parser
        raise SkipFile(f"not a sitemap: {e}") from e
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise SkipFile(f"not a sitemap: the document is a <{kind}>")
    item = "url" if kind == "urlset" else "sitemap"
    found = []
    for element in root:
        if _local(element.tag) != item:
            continue
        loc = _child_text(element, "loc")
        if loc and loc.startswith(("http://", "https://")):
            found.append(SitemapEntry(loc, _child_text(element, "lastmod"),
                                      _child_text(element, "publication_date"), _child_text(element, "title")))
        if len(found) >= MAX_ENTRIES:
            break
    return Sitemap(entries=tuple(found)) if kind == "urlset" else Sitemap(children=tuple(found))


def site_of(url: str) -> tuple[str, int]:
    """The site a URL belongs to: host (lower case) and port (http and https default ports are one)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower(), 0)
    except ValueError:
        return (host, -1)
    return (host, 0 if port == _DEFAULT_PORTS.get(parts.scheme.lower()) else port)


def same_site(url: str, sites: Iterable[tuple[str, int]]) -> bool:
    return site_of(url) in set(sites)


def newest_first(entries: Iterable[SitemapEntry]) -> list[SitemapEntry]:
    """Entries with a date newest first; entries without one after them, in the sitemap's order."""
    listed = list(entries)
    dated = sorted((e for e in listed if e.when), key=lambda e: e.when, reverse=True)  # type: ignore[arg-type,return-value]
    return dated + [e for e in listed if not e.when]


def release_with_hints(raw: RawRelease, entry: SitemapEntry, now: datetime) -> RawRelease:
    """What the sitemap adds to a page: its news title and publication date when the page has none, and
    `lastmod` as the modification time (an estimate when the page states no date; never a future one)."""
    lastmod = w3c_date(entry.lastmod)
    return replace(raw, title=raw.title or entry.title, date_hint=entry.published,
                   modified=raw.modified or (lastmod if lastmod and lastmod <= now else None))


# --------------------------------------------------------------------------- fetching


@dataclass
class _Document:
    """One sitemap document read in this run, and what became of its URLs."""

    key: str                  # memory key
    index_lastmod: str | None
    result: FetchResult | None
    entries: tuple[SitemapEntry, ...] = ()
    open_items: int = 0       # URLs left for later or failed: the document is not done

    def remember(self, memory: WebMemory) -> None:
        if self.result is None:
            return
        marker = done_marker(self.index_lastmod) if not self.open_items else "open"
        memory.remember(self.key, self.result.etag, self.result.last_modified, marker)


def done_marker(index_lastmod: str | None) -> str:
    """The marker of a document whose every URL was handled (with its lastmod in the index, hashed)."""
    return f"{DONE} {_marker(index_lastmod) or ''}".strip()


def _key(url: str) -> str:
    return "sitemap:" + url_identity(url)


def _fetch_sitemap(url: str, key: str, fetcher: Fetcher, memory: WebMemory, max_bytes: int
                   ) -> tuple[FetchResult | None, Sitemap]:
    """Fetch and parse one sitemap; (None, empty) when a done sitemap answered 304 Not Modified.
    FetchError or SkipFile when it cannot be read."""
    state = memory.state(key)
    done = state is not None and (state.marker or "").startswith(DONE)
    result = fetcher.fetch(url, etag=state.etag if state and done else None,
                           last_modified=state.last_modified if state and done else None)
    if result.not_modified:
        return None, Sitemap()
    return result, parse_sitemap(result.body, max_bytes)


def read_sitemaps(source: SourceConfig, fetcher: Fetcher, memory: WebMemory, max_bytes: int
                  ) -> tuple[list[_Document], set[tuple[str, int]], list[Skipped | Failed]]:
    """The sitemap documents to look at this run (the source's, or the children of its index), the sites
    whose URLs may be fetched, and what went wrong with child sitemaps. SourceError when the source's own
    sitemap cannot be read."""
    try:
        result, sitemap = _fetch_sitemap(source.url, _key(source.url), fetcher, memory, max_bytes)
    except (FetchError, SkipFile) as e:
        raise SourceError(f"sitemap {source.url} could not be read: {e}") from e
    sites = {site_of(source.url)} | ({site_of(result.url)} if result else set())
    root = _Document(_key(source.url), None, result, sitemap.entries)
    if not sitemap.is_index:
        return [root], sites, []
    problems: list[Skipped | Failed] = []
    documents, fetched = [root], 0
    for child in newest_first(sitemap.children):
        key = _key(child.url)
        if not same_site(child.url, sites):
            problems.append(Skipped(key, "the child sitemap is on another site than the index: not fetched"))
            continue
        state = memory.state(key)
        if child.lastmod and state is not None and state.marker == done_marker(child.lastmod):
            continue      # unchanged since every URL of it was handled
        if fetched == MAX_CHILDREN:
            root.open_items += 1      # the index is not done: the next run reads the children left
            continue
        fetched += 1
        try:
            child_result, child_map = _fetch_sitemap(child.url, key, fetcher, memory, max_bytes)
        except (FetchError, SkipFile) as e:
            problems.append(Failed(key, f"child sitemap could not be read: {e}"))
            root.open_items += 1
            continue
        if child_map.is_index:
            problems.append(Skipped(key, "a sitemap index inside a sitemap index: not followed (one level only)"))
        documents.append(_Document(key, child.lastmod, child_result, child_map.entries))
    if root.open_items:
        log.info("source=%s the index is not done: %d child sitemaps failed or wait for the next runs",
                 source.id, root.open_items)
    return documents, sites, problems


def fetch_entry(entry: SitemapEntry, source: SourceConfig, fetcher: Fetcher, now: datetime,
                etag: str | None = None, last_modified: str | None = None) -> tuple[FetchResult, RawRelease | None]:
    """Fetch one listed page and read it (None on 304); SkipFile when it is not a readable web page."""
    result = fetcher.fetch(entry.url, etag=etag, last_modified=last_modified)
    if result.not_modified:
        return result, None
    if result.content_type not in PAGE_TYPES:
        raise SkipFile(f"not a web page ({result.content_type})")
    return result, release_with_hints(release_from_page(result, entry.url, source), entry, now)


def _fetched(entry: SitemapEntry, source: SourceConfig, fetcher: Fetcher, memory: WebMemory, now: datetime,
             owner: dict[str, _Document]) -> RawRelease | Skipped | Unchanged | Failed:
    """One new or changed sitemap URL, fetched and remembered (a failure leaves its sitemap open)."""
    origin = url_identity(entry.url)
    state = memory.state(origin)
    try:
        result, raw = fetch_entry(entry, source, fetcher, now, state.etag if state else None,
                                  state.last_modified if state else None)
    except RobotsDisallowed as e:
        return Skipped(origin, f"robots.txt does not allow it: {e}")
    except FetchError as e:
        owner[origin].open_items += 1
        return Failed(origin, str(e))
    except SkipFile as e:
        memory.remember(origin, None, None, entry.marker)
        return Skipped(origin, str(e))
    memory.remember(origin, result.etag, result.last_modified, entry.marker)
    return Unchanged(origin) if raw is None else raw


def scan_sitemap(source: SourceConfig, fetcher: Fetcher, memory: WebMemory, now: datetime,
                 max_bytes: int) -> Iterator[RawRelease | Skipped | Unchanged | Failed | Backlog]:
    """The releases of a `sitemap` source: new and changed URLs, newest first, at most `max_articles`."""
    documents, sites, problems = read_sitemaps(source, fetcher, memory, max_bytes)
    yield from problems
    owner: dict[str, _Document] = {}
    todo: list[SitemapEntry] = []
    for document in documents:
        for entry in document.entries:
            origin = url_identity(entry.url)
            if origin in owner or not _wanted(canonical_url(entry.url), source):
                continue
            owner[origin] = document
            if not same_site(entry.url, sites):
                yield Skipped(origin, "listed on another site than the sitemap's: not fetched")
                continue
            state = memory.state(origin)
            if state is not None and state.marker == entry.marker:
                yield Unchanged(origin)
            else:
                todo.append(entry)
    ordered = newest_first(todo)
    for entry in ordered[source.max_articles:]:
        owner[url_identity(entry.url)].open_items += 1
    for entry in ordered[: source.max_articles]:
        yield _fetched(entry, source, fetcher, memory, now, owner)
    documents[0].open_items += sum(d.open_items for d in documents[1:])   # an index is done when its children are
    for document in documents:
        document.remember(memory)
    if len(ordered) > source.max_articles:
        yield Backlog(len(ordered) - source.max_articles)
