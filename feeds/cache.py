"""Rendered documents, their HTTP validators and conditional answers; the render cache. Standard library only.

A `Document` is one rendered feed (or OPML) with everything HTTP needs: a strong ETag (a hash of the
bytes, so two processes that render the same archive agree), `Last-Modified` (when the archive last
changed what the document shows, never the time of rendering), the gzip variant compressed once, and its headers.

`answer(document, ...)` is the pure HTTP logic: 200, 304 (If-None-Match first, else If-Modified-Since)
or HEAD, with gzip when the client accepts it. `RenderCache` keeps documents until the archive's change
counter (`Store.version`, kept in the database so every process and host agrees) moves on; concurrent
misses of one document render it once. `CachedFeeds` is WSGI middleware that answers cache hits before
the web framework is involved: most polls of a feed cost one indexed read of the counter.
"""
from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

Headers = list[tuple[str, str]]
GZIP_MIN_BYTES = 512          # smaller documents are sent as they are


@dataclass(frozen=True)
class Document:
    """A rendered document and its HTTP metadata. Build with `make_document`."""

    body: bytes
    gzipped: bytes | None
    etag: str                 # strong, quoted: '"<hash>"'; the gzip variant is '"<hash>-gz"'
    last_modified: datetime
    content_type: str
    cache_control: str
    links: tuple[str, ...] = field(default=())    # Link header values
    last_modified_http: str = ""                  # Last-Modified as an HTTP date, formatted once
    # validator_headers(self, False) and (self, True), built once: every answer about the document sends them
    validators: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    validators_gz: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"")


def make_document(body: bytes, content_type: str, last_modified: datetime, max_age: int,
                  links: Iterable[str] = ()) -> Document:
    digest = hashlib.blake2b(body, digest_size=16).hexdigest()
    # mtime=0: the gzip bytes depend on the body only, so every process sends the same variant.
    gzipped = gzip.compress(body, compresslevel=6, mtime=0) if len(body) >= GZIP_MIN_BYTES else None
    doc = Document(body=body, gzipped=gzipped, etag=f'"{digest}"',
                   last_modified=last_modified.astimezone(timezone.utc),
                   content_type=content_type, cache_control=f"public, max-age={max_age}", links=tuple(links),
                   last_modified_http=http_date(last_modified))
    return replace(doc, validators=tuple(validator_headers(doc, False)),
                   validators_gz=tuple(validator_headers(doc, True)))


def http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(timezone.utc).replace(microsecond=0), usegmt=True)


def _etag_matches(header: str, etag: str) -> bool:
    """If-None-Match uses the weak comparison; either encoding of the document matches (same content)."""
    if header == etag:                 # what a client sends back most of the time: its copy's tag, as given
        return True
    if header.strip() == "*":
        return True
    bare = etag.strip('"')
    for candidate in header.split(","):
        value = candidate.strip()
        if value.startswith("W/"):
            value = value[2:]
        value = value.strip('"')
        if value in (bare, bare + "-gz"):
            return True
    return False


def _not_modified_since(header: str, last_modified: datetime) -> bool:
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return False
    if since is None:
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=timezone.utc)
    return last_modified.replace(microsecond=0) <= since


def accepts_gzip(accept_encoding: str) -> bool:
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "x-gzip", "*"):
            q = params.strip()
            return not (q.startswith("q=") and _q_is_zero(q[2:]))
    return False


def _q_is_zero(value: str) -> bool:
    try:
        return float(value) == 0
    except ValueError:
        return False


def validator_headers(doc: Document, use_gzip: bool) -> Headers:
    """What every answer about `doc` carries, 304s included: its validators, caching and Link headers."""
    built = doc.validators_gz if use_gzip else doc.validators
    if built:
        return list(built)
    etag = doc.etag[:-1] + '-gz"' if use_gzip else doc.etag
    headers: Headers = [("ETag", etag), ("Last-Modified", doc.last_modified_http or http_date(doc.last_modified)),
                        ("Cache-Control", doc.cache_control), ("Vary", "Accept-Encoding")]
    return headers + [("Link", link) for link in doc.links]


def answer(doc: Document, method: str, if_none_match: str | None, if_modified_since: str | None,
           accept_encoding: str | None) -> tuple[int, Headers, bytes]:
    """(status, headers, body) for a GET or HEAD of `doc` with these request headers."""
    use_gzip = doc.gzipped is not None and accepts_gzip(accept_encoding or "")
    status = 304 if is_fresh(doc, if_none_match, if_modified_since) else 200
    return status, answer_headers(doc, status, use_gzip), answer_body(doc, status, method, use_gzip)


def answer_headers(doc: Document, status: int, use_gzip: bool) -> Headers:
    """The headers of `doc`'s answer: a 304 carries the validators, a 200 (or HEAD) also the entity's own."""
    headers = validator_headers(doc, use_gzip)
    if status == 304:
        return headers
    headers += [("Content-Type", doc.content_type), ("Content-Length", str(len(_entity(doc, use_gzip))))]
    if use_gzip:
        headers.append(("Content-Encoding", "gzip"))
    return headers


def answer_body(doc: Document, status: int, method: str, use_gzip: bool) -> bytes:
    return b"" if status == 304 or method == "HEAD" else _entity(doc, use_gzip)


def _entity(doc: Document, use_gzip: bool) -> bytes:
    return doc.gzipped if use_gzip and doc.gzipped is not None else doc.body


def is_fresh(doc: Document, if_none_match: str | None, if_modified_since: str | None) -> bool:
    """Whether the client's copy is current: If-None-Match decides when sent (RFC 9110), else If-Modified-Since."""
    if if_none_match is not None:
        return _etag_matches(if_none_match, doc.etag)
    return if_modified_since is not None and _not_modified_since(if_modified_since, doc.last_modified)


STATUS_LINES = {200: "200 OK", 304: "304 Not Modified"}


def answer_environ(doc: Document, environ: dict[str, Any]) -> tuple[int, Headers, bytes]:
    return answer(doc, environ.get("REQUEST_METHOD", "GET"), environ.get("HTTP_IF_NONE_MATCH"),
                  environ.get("HTTP_IF_MODIFIED_SINCE"), environ.get("HTTP_ACCEPT_ENCODING"))


def cache_key(path: str, query: str) -> str:
    return f"{path}?{query}"


STALE_SECONDS = 5.0      # how recently a document must have been current to stand in while its successor renders


class _Entry:
    """A cached document, the archive version it was rendered at, and when it was last seen current."""

    __slots__ = ("version", "doc", "seen")

    def __init__(self, version: int, doc: Document, seen: float):
        self.version, self.doc, self.seen = version, doc, seen


class RenderCache:
    """Rendered documents by key, each valid for one archive version; least recently used go first.

    While one thread renders a document for a new version, other requests for it get the previous
    version's document if that one was still current less than `stale_seconds` ago (stale while
    revalidate, as caches may do within max-age anyway): during an ingestion, whose every batch moves
    the version on, readers do not queue behind each rendering. With no recent document they wait for
    the rendering, which happens once however many ask."""

    def __init__(self, max_bytes: int = 32 * 1024 * 1024, stripes: int = 64, stale_seconds: float = STALE_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._bytes = 0
        self._max_bytes = max_bytes
        self._stale_seconds = stale_seconds
        self._clock = clock
        self._lock = threading.Lock()
        # One lock per stripe of keys: concurrent misses of one document wait for a single rendering.
        self._render_locks = [threading.Lock() for _ in range(stripes)]
        self._rendering: set[str] = set()       # keys being rendered now (under self._lock)

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    def get(self, key: str, version: int) -> Document | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.version != version:
                return None
            entry.seen = self._clock()
            self._entries.move_to_end(key)
            return entry.doc

    def recent(self, key: str, version: int) -> Document | None:
        """The document of an older version while its successor is being rendered, if it was current
        less than `stale_seconds` ago."""
        with self._lock:
            entry = self._entries.get(key) if key in self._rendering else None
        if entry is None or entry.version >= version or self._clock() - entry.seen >= self._stale_seconds:
            return None
        return entry.doc

    def put(self, key: str, version: int, doc: Document) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.doc.size
            if doc.size > self._max_bytes:
                return
            self._entries[key] = _Entry(version, doc, self._clock())
            self._bytes += doc.size
            while self._bytes > self._max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= evicted.doc.size

    def get_or_render(self, key: str, version: int, render: Callable[[], Document]) -> Document:
        """The cached document, or `render()` once however many threads ask at the same time (those
        arriving during the rendering may get the recent previous document instead, see the class).
        `version` must be read before rendering, so a change during rendering is never hidden."""
        doc = self.get(key, version)
        if doc is not None:
            return doc
        lock = self._render_locks[hash(key) % len(self._render_locks)]
        if not lock.acquire(blocking=False):
            stale = self.recent(key, version)
            if stale is not None:
                return stale
            lock.acquire()
        try:
            doc = self.get(key, version)
            if doc is None:
                with self._lock:
                    self._rendering.add(key)
                try:
                    doc = render()
                finally:
                    with self._lock:
                        self._rendering.discard(key)
                self.put(key, version, doc)
            return doc
        finally:
            lock.release()


class CachedFeeds:
    """WSGI middleware: answers GET/HEAD of an already rendered, still fresh document itself, before the
    web framework builds a request, routes it or reads the archive (beyond the version, see `Store.version_reader`).

    A document is fresh while the archive's version is the one it was rendered at; the config is fixed for
    the life of an app (a reload builds a new app and a new cache), so the version alone keys it. Answers
    carry exactly the headers the framework's path sends (`answer` plus `extra_headers`, the headers the
    app adds to every response), 304s included."""

    def __init__(self, app: Callable[..., Iterable[bytes]], cache: RenderCache, version: Callable[[], int],
                 extra_headers: Headers = ()):  # type: ignore[assignment]
        self.app = app
        self.cache = cache
        self.version = version
        self.extra_headers = list(extra_headers)    # what the app adds to every response (security headers)
        self._gzip: dict[str, bool] = {}            # accepts_gzip by Accept-Encoding value (few distinct ones)
        self._built: dict[tuple[Any, ...], tuple[tuple[str, str], ...]] = {}   # see _headers

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if method in ("GET", "HEAD"):
            key = cache_key(environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""))
            if key in self.cache:
                doc = self.cache.get(key, self.version())
                if doc is not None:
                    use_gzip = doc.gzipped is not None and self._accepts_gzip(environ.get("HTTP_ACCEPT_ENCODING") or "")
                    fresh = is_fresh(doc, environ.get("HTTP_IF_NONE_MATCH"), environ.get("HTTP_IF_MODIFIED_SINCE"))
                    status = 304 if fresh else 200
                    start_response(STATUS_LINES[status], self._headers(doc, status, use_gzip))
                    return [answer_body(doc, status, method, use_gzip)]
        return self.app(environ, start_response)

    def _headers(self, doc: Document, status: int, use_gzip: bool) -> Headers:
        """`answer_headers` and the app's own headers, built once per document and kind of answer (a fresh
        list each time: a server may change what it is given). The key holds everything the headers are
        made of: the validators (the ETag is a hash of the body, so the lengths follow), the content type."""
        key = (doc.validators, doc.content_type, status, use_gzip)
        built = self._built.get(key)
        if built is None:
            built = tuple(answer_headers(doc, status, use_gzip) + self.extra_headers)
            if len(self._built) >= 1024:     # bounded: documents come and go with the archive's versions
                self._built.clear()
            self._built[key] = built
        return list(built)

    def _accepts_gzip(self, accept_encoding: str) -> bool:
        known = self._gzip.get(accept_encoding)
        if known is None:
            known = accepts_gzip(accept_encoding)
            if len(self._gzip) < 256:        # bounded: clients choose the header
                self._gzip[accept_encoding] = known
        return known
