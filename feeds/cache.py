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
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
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

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"")


def make_document(body: bytes, content_type: str, last_modified: datetime, max_age: int,
                  links: Iterable[str] = ()) -> Document:
    digest = hashlib.blake2b(body, digest_size=16).hexdigest()
    # mtime=0: the gzip bytes depend on the body only, so every process sends the same variant.
    gzipped = gzip.compress(body, compresslevel=6, mtime=0) if len(body) >= GZIP_MIN_BYTES else None
    return Document(body=body, gzipped=gzipped, etag=f'"{digest}"',
                    last_modified=last_modified.astimezone(timezone.utc),
                    content_type=content_type, cache_control=f"public, max-age={max_age}", links=tuple(links),
                    last_modified_http=http_date(last_modified))


def http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(timezone.utc).replace(microsecond=0), usegmt=True)


def _etag_matches(header: str, etag: str) -> bool:
    """If-None-Match uses the weak comparison; either encoding of the document matches (same content)."""
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


def answer(doc: Document, method: str, if_none_match: str | None, if_modified_since: str | None,
           accept_encoding: str | None) -> tuple[int, Headers, bytes]:
    """(status, headers, body) for a GET or HEAD of `doc` with these request headers."""
    use_gzip = doc.gzipped is not None and accepts_gzip(accept_encoding or "")
    etag = doc.etag[:-1] + '-gz"' if use_gzip else doc.etag
    headers: Headers = [("ETag", etag), ("Last-Modified", doc.last_modified_http or http_date(doc.last_modified)),
                        ("Cache-Control", doc.cache_control), ("Vary", "Accept-Encoding")]
    headers += [("Link", link) for link in doc.links]
    if if_none_match is not None:
        fresh = _etag_matches(if_none_match, doc.etag)
    else:
        fresh = if_modified_since is not None and _not_modified_since(if_modified_since, doc.last_modified)
    if fresh:
        return 304, headers, b""
    body = doc.gzipped if use_gzip and doc.gzipped is not None else doc.body
    headers += [("Content-Type", doc.content_type), ("Content-Length", str(len(body)))]
    if use_gzip:
        headers.append(("Content-Encoding", "gzip"))
    return 200, headers, (b"" if method == "HEAD" else body)


STATUS_LINES = {200: "200 OK", 304: "304 Not Modified"}


def answer_environ(doc: Document, environ: dict[str, Any]) -> tuple[int, Headers, bytes]:
    return answer(doc, environ.get("REQUEST_METHOD", "GET"), environ.get("HTTP_IF_NONE_MATCH"),
                  environ.get("HTTP_IF_MODIFIED_SINCE"), environ.get("HTTP_ACCEPT_ENCODING"))


def cache_key(path: str, query: str) -> str:
    return f"{path}?{query}"


class RenderCache:
    """Rendered documents by key, each valid for one archive version; least recently used go first."""

    def __init__(self, max_bytes: int = 32 * 1024 * 1024, stripes: int = 64):
        self._entries: OrderedDict[str, tuple[int, Document]] = OrderedDict()
        self._bytes = 0
        self._max_bytes = max_bytes
        self._lock = threading.Lock()
        # One lock per stripe of keys: concurrent misses of one document wait for a single rendering.
        self._render_locks = [threading.Lock() for _ in range(stripes)]

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    def get(self, key: str, version: int) -> Document | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key: str, version: int, doc: Document) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[1].size
            if doc.size > self._max_bytes:
                return
            self._entries[key] = (version, doc)
            self._bytes += doc.size
            while self._bytes > self._max_bytes:
                _, (_, evicted) = self._entries.popitem(last=False)
                self._bytes -= evicted.size

    def get_or_render(self, key: str, version: int, render: Callable[[], Document]) -> Document:
        """The cached document, or `render()` once however many threads ask at the same time.
        `version` must be read before rendering, so a change during rendering is never hidden."""
        doc = self.get(key, version)
        if doc is not None:
            return doc
        with self._render_locks[hash(key) % len(self._render_locks)]:
            doc = self.get(key, version)
            if doc is None:
                doc = render()
                self.put(key, version, doc)
            return doc


class CachedFeeds:
    """WSGI middleware: answers GET/HEAD of an already rendered, still fresh document itself."""

    def __init__(self, app: Callable[..., Iterable[bytes]], cache: RenderCache, version: Callable[[], int],
                 extra_headers: Headers = ()):  # type: ignore[assignment]
        self.app = app
        self.cache = cache
        self.version = version
        self.extra_headers = list(extra_headers)    # what the app adds to every response (security headers)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            key = cache_key(environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""))
            if key in self.cache:
                doc = self.cache.get(key, self.version())
                if doc is not None:
                    status, headers, body = answer_environ(doc, environ)
                    start_response(STATUS_LINES[status], headers + self.extra_headers)
                    return [body]
        return self.app(environ, start_response)
