"""HTTP fetching for web and feed sources: the only place the service talks HTTP.

`Fetcher.fetch(url)` GETs one page the careful way a scraper on someone else's
server has to:

* it only speaks http and https, and only to public addresses unless the policy
  opts in to private networks. The host name is resolved once, every answer is
  vetted, and the socket is connected to the vetted IP itself, so nothing can
  resolve the name again behind our back (no DNS-rebinding gap). TLS still
  checks the certificate against the host name from the URL (SNI included);
* redirects are followed by hand, and every hop is checked again (scheme,
  address, robots.txt, loops, a maximum count);
* one deadline covers the whole request: looking up the name, connecting, the
  TLS handshake, the headers, every read of the body, retries and redirects.
  A server that trickles one byte a second still ends at the deadline;
* the body is capped after decompression, so a gzip bomb stops at the cap;
* the content type must be one the caller accepts (a missing one is sniffed);
* robots.txt is honoured (cached per origin for the Fetcher's life), and so is
  its Crawl-delay; requests to one host go one at a time, spaced by a delay;
* transient failures (connection refused or reset, 429, 5xx other than 501)
  are retried with exponential backoff and jitter, honouring Retry-After, all
  within the deadline.

Everything that goes wrong is a `FetchError` (with `.url` and a message in
plain words); its subclasses say what kind of thing went wrong.

Only the standard library does the HTTP (`socket`, `ssl`, `http.client`);
protego parses robots.txt. Time, sleeping, randomness and name resolution are
injected, so tests need neither the wall clock nor real DNS.
"""
from __future__ import annotations

import codecs
import email.utils
import http.client
import io
import ipaddress
import math
import random
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http import HTTPStatus
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from protego import Protego

from ..errors import FeedsError

__all__ = [
    "BadContentType",
    "BadEncoding",
    "BadScheme",
    "BlockedAddress",
    "ConnectionFailed",
    "DeadlineExceeded",
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "HTTPStatusError",
    "ResponseHeaders",
    "RobotsDisallowed",
    "TooLarge",
    "TooManyRedirects",
    "blocked_reason",
]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512 * 1024
_CHUNK = 64 * 1024
_BACKOFF_BASE = 0.5        # seconds before the first retry (then doubled each time), times a jitter of 0.5-1.5
_BACKOFF_CAP = 30.0
_SNIFF_BYTES = 1024
_TEXTUAL_SUFFIXES = ("+xml", "/xml", "+json", "/json")
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
)
_THIS_NETWORK = ipaddress.IPv4Network("0.0.0.0/8")

Resolver = Callable[..., Sequence[tuple[Any, Any, Any, Any, tuple[Any, ...]]]]


# --------------------------------------------------------------------------- errors


class FetchError(FeedsError):
    """A page could not be fetched. `url` is the URL concerned, `message` says why in plain words."""

    transient = False   # worth retrying (within the deadline)?

    def __init__(self, url: str, message: str) -> None:
        super().__init__(url, message)
        self.url = url
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.url}]"


class BlockedAddress(FetchError):
    """The host is (or resolves to) an address we must not connect to, e.g. a private network."""


class BadScheme(FetchError):
    """The URL (or a redirect) is not http or https."""


class TooManyRedirects(FetchError):
    """More redirects than the policy allows, or a redirect loop."""


class TooLarge(FetchError):
    """The body (after decompression) is larger than the policy allows."""


class DeadlineExceeded(FetchError):
    """The request did not finish within the policy's deadline."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx, 5xx, or a 3xx we cannot follow)."""

    def __init__(self, url: str, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(url, message)
        self.status = status
        self.retry_after = retry_after    # seconds the server asked us to wait, if it said

    @property
    def gone(self) -> bool:
        """410: the publisher removed the page for good."""
        return self.status == 410

    @property
    def transient(self) -> bool:  # type: ignore[override]
        return self.status == 429 or (500 <= self.status <= 599 and self.status != 501)


class BadContentType(FetchError):
    """The response is not of a type the caller accepts (or does not look like what it claims)."""


class BadEncoding(FetchError):
    """The body's Content-Encoding is unsupported, or the compressed stream is broken."""


class RobotsDisallowed(FetchError):
    """robots.txt does not allow us to fetch this URL."""


class ConnectionFailed(FetchError):
    """No usable connection: refused, reset, unresolvable name, TLS failure, not HTTP."""

    def __init__(self, url: str, message: str, *, transient: bool = False) -> None:
        super().__init__(url, message)
        self.transient = transient


# --------------------------------------------------------------------------- policy and result


@dataclass(frozen=True)
class FetchPolicy:
    """How carefully to fetch. One policy per kind of source; see the module docstring."""

    user_agent: str = "feeds/0.1 (+https://github.com/feeds; press release feed service)"
    deadline: float = 30.0              # total seconds per request: connect, all reads, retries, redirects
    max_bytes: int = 10 * 1024 * 1024   # cap on the body after decompression
    max_redirects: int = 5
    allow_private_network: bool = False  # permit loopback and private addresses (tests, intranets)
    host_delay: float = 1.0             # seconds between requests to one host (one at a time per host)
    retries: int = 2                    # extra attempts for transient failures
    accept: tuple[str, ...] = ("text/html", "application/xhtml+xml")   # media types; "text/*", "*/*" and ";q=" work
    max_crawl_delay: float = 60.0       # robots.txt Crawl-delay is honoured up to this many seconds

    def __post_init__(self) -> None:
        if self.deadline <= 0 or self.max_bytes <= 0:
            raise ValueError("deadline and max_bytes must be positive")
        if self.max_redirects < 0 or self.retries < 0 or self.host_delay < 0 or self.max_crawl_delay < 0:
            raise ValueError("max_redirects, retries, host_delay and max_crawl_delay must not be negative")
        if not self.user_agent.strip() or any(c in self.user_agent for c in "\r\n"):
            raise ValueError("user_agent must be one non-empty line")


class ResponseHeaders(Mapping[str, str]):
    """Read-only response headers with case-insensitive names; repeated fields are joined with ", "."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        fields: dict[str, tuple[str, str]] = {}
        for name, value in pairs:
            key = name.lower()
            if key in fields:
                fields[key] = (fields[key][0], f"{fields[key][1]}, {value}")
            else:
                fields[key] = (name, value)
        self._fields = fields

    def __getitem__(self, name: str) -> str:
        return self._fields[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._fields

    def __iter__(self) -> Iterator[str]:
        return (original for original, _ in self._fields.values())

    def __len__(self) -> int:
        return len(self._fields)

    def __repr__(self) -> str:
        return f"ResponseHeaders({dict(self.items())!r})"


@dataclass(frozen=True)
class FetchResult:
    """A successful fetch. `body` is decompressed; `content_type` is declared, or sniffed when none was sent."""

    url: str                           # final URL, after redirects
    status: int                        # 2xx, or 304 when not modified
    headers: Mapping[str, str]         # ResponseHeaders: case-insensitive
    body: bytes                        # b"" on 304
    content_type: str | None           # media type without parameters, lower case
    charset: str | None                # declared charset, if Python knows it (else None)
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


# --------------------------------------------------------------------------- addresses


def blocked_reason(address: str, *, allow_private_network: bool = False) -> str | None:
    """Why we must not connect to `address` (an IP string), or None when it is fine.

    Never allowed: unspecified, "this network", multicast, link-local (cloud metadata lives
    there), reserved (which includes NAT64). Without the opt-in also refused: loopback,
    private, and anything else that is not globally routable. An IPv4-mapped IPv6 address
    is judged as the IPv4 address it is; 6to4 and Teredo ones by their embedded IPv4 too.
    """
    try:
        outer = ipaddress.ip_address(address)
    except ValueError:
        return "not an IP address"
    if isinstance(outer, ipaddress.IPv6Address) and outer.ipv4_mapped:
        outer = outer.ipv4_mapped
    for ip in (outer, *_embedded_ipv4(outer)):
        reason = _never_allowed(ip) or (None if allow_private_network else _not_public(ip))
        if reason:
            return reason
    return None


def _embedded_ipv4(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    found = [ip.sixtofour, *(ip.teredo or ())]
    return [v4 for v4 in found if v4 is not None]


def _never_allowed(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if ip.is_loopback:    # ::1 sits in the reserved ::/8; loopback is judged by _not_public
        return None
    if ip.is_unspecified or (isinstance(ip, ipaddress.IPv4Address) and ip in _THIS_NETWORK):
        return "an unspecified address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_reserved:
        return "a reserved address"
    return None


def _not_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_private or (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local):
        return "a private network address"
    if not ip.is_global:
        return "not a public internet address"
    return None


def _ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


# --------------------------------------------------------------------------- URLs


@dataclass(frozen=True)
class _Target:
    """One URL, taken apart for a request."""

    url: str      # normalised: no fragment, no user info, path percent-encoded
    scheme: str
    host: str     # lower case, IDNA, no brackets
    port: int
    path: str     # request target: path and query

    @property
    def origin(self) -> tuple[str, str, int]:
        return (self.scheme, self.host, self.port)

    @property
    def default_port(self) -> int:
        return 443 if self.scheme == "https" else 80

    @property
    def netloc(self) -> str:
        return _netloc(self.scheme, self.host, self.port)


def _netloc(scheme: str, host: str, port: int) -> str:
    bracketed = f"[{host}]" if ":" in host else host
    return bracketed if port == (443 if scheme == "https" else 80) else f"{bracketed}:{port}"


def _parse_url(url: str, *, redirected_from: str | None = None) -> _Target:
    text = url.strip()
    via = f" (redirected from {redirected_from})" if redirected_from else ""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise FetchError(text, f"not a valid URL{via}: {error}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        what = f"a {scheme}: URL" if scheme else "a URL without a scheme"
        raise BadScheme(text, f"only http and https can be fetched, not {what}{via}")
    if not parts.hostname:
        raise FetchError(text, f"the URL has no host name{via}")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(text, f"the host name is not valid{via}") from None
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/?%:@!$&'()*+,;=-._~")
    port = port or (443 if scheme == "https" else 80)
    normalised = urlunsplit((scheme, _netloc(scheme, host, port), path, query, ""))
    return _Target(normalised, scheme, host, port, path + (f"?{query}" if query else ""))


# --------------------------------------------------------------------------- deadline-bound sockets


class _Deadline:
    """An absolute deadline on the injected clock; it starts when the first request does."""

    def __init__(self, clock: Callable[[], float], seconds: float) -> None:
        self._clock = clock
        self.seconds = seconds
        self._at: float | None = None

    @property
    def started(self) -> bool:
        return self._at is not None

    def start(self) -> None:
        if self._at is None:
            self._at = self._clock() + self.seconds

    def remaining(self) -> float:
        return math.inf if self._at is None else self._at - self._clock()

    def lock_timeout(self) -> float:
        """A timeout for Lock.acquire: wait forever (-1) before the start."""
        return -1 if self._at is None else max(0.0, self.remaining())

    def exceeded(self, url: str, doing: str = "") -> DeadlineExceeded:
        suffix = f" ({doing})" if doing else ""
        return DeadlineExceeded(url, f"gave up: no complete answer within the {self.seconds:g}-second deadline{suffix}")


class _DeadlineHit(TimeoutError):
    """Raised before a socket operation when the deadline has already passed."""


class _DeadlineSocket:
    """The connected socket as http.client sees it: every send and receive is bounded by the deadline.

    Closing it does nothing: the request that opened the real socket closes it.
    """

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def _arm(self) -> None:
        remaining = self._deadline.remaining()
        if remaining <= 0:
            raise _DeadlineHit("deadline passed")
        self._sock.settimeout(remaining)

    def sendall(self, data: bytes) -> None:
        self._arm()
        self._sock.sendall(data)

    def recv_into(self, buffer: Any) -> int:
        self._arm()
        return self._sock.recv_into(buffer)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        if mode != "rb":
            raise ValueError("only binary reading is supported")
        return io.BufferedReader(_SocketReader(self))

    def settimeout(self, value: float | None) -> None:
        """Ignored: the deadline sets the timeout before each operation."""

    def close(self) -> None:
        """Ignored: see the class docstring."""


class _SocketReader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket) -> None:
        super().__init__()
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._sock.recv_into(buffer)


class _PinnedConnection(http.client.HTTPConnection):
    """An HTTPConnection over a socket we connected (to a vetted IP); it never resolves or connects itself."""

    def __init__(self, target: _Target, sock: _DeadlineSocket) -> None:
        super().__init__(target.host, target.port)
        self.default_port = target.default_port   # so the Host header omits a default port
        self.sock = sock

    def connect(self) -> None:
        raise http.client.NotConnected("a pinned connection cannot reconnect")


# --------------------------------------------------------------------------- bodies


class _Decoder:
    """Incremental gzip/deflate/identity decoding; each call returns at most `limit` bytes (compressed kinds)."""

    def __init__(self, coding: str) -> None:
        coding = coding.strip().lower()
        if coding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise ValueError(f"unsupported content encoding {coding!r}")
        self._gzip = coding in ("gzip", "x-gzip")
        self._deflate_undecided = coding == "deflate"
        self._obj: Any = zlib.decompressobj(16 + zlib.MAX_WBITS) if self._gzip else None
        self._held = b""          # input kept until we know what to do with it
        self._seen = False        # any input at all?
        self._trailing = False    # past the end of the stream: ignore the rest

    @property
    def identity(self) -> bool:
        return self._obj is None and not self._deflate_undecided

    def decode(self, data: bytes, limit: int) -> bytes:
        if self.identity:
            return data
        self._seen = self._seen or bool(data)
        data, self._held = self._held + data, b""
        if self._deflate_undecided:
            if len(data) < 2:
                self._held = data
                return b""
            zlib_header = data[0] & 0x0F == 8 and ((data[0] << 8) | data[1]) % 31 == 0
            self._obj = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
            self._deflate_undecided = False
        out = bytearray()
        while data and not self._trailing and len(out) < limit:
            if self._obj.eof and not self._next_member(data):
                break
            out += self._obj.decompress(data, limit - len(out))
            data = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail
        self._held = b"" if self._trailing else data
        return bytes(out)

    def _next_member(self, data: bytes) -> bool:
        """After a gzip member another may follow (True: go on); anything else after the end is ignored."""
        if self._gzip and data.startswith(b"\x1f\x8b"):
            self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
            return True
        if not (self._gzip and data == b"\x1f"):   # a lone first magic byte: wait for the next chunk
            self._trailing = True
        return False

    def finish(self) -> None:
        """Raise zlib.error if the compressed stream stopped before its end."""
        if self.identity or not self._seen:
            return
        if self._deflate_undecided or not self._obj.eof:
            raise zlib.error("the compressed body ends before the compressed stream does")


@dataclass(frozen=True)
class _BodyRules:
    max_bytes: int
    accept: tuple[str, ...]
    truncate: bool = False    # robots.txt: keep the first max_bytes instead of failing
    sniff: bool = True        # check declared text types against binary signatures; sniff missing types


@dataclass(frozen=True)
class _Response:
    status: int
    reason: str
    headers: ResponseHeaders
    body: bytes = b""
    content_type: str | None = None
    charset: str | None = None


def _media_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) from a Content-Type value; an unknown charset becomes None."""
    if not value:
        return None, None
    kind, *params = value.split(";")
    charset = None
    for param in params:
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("\"'").lower() or None
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = None
    return kind.strip().lower() or None, charset


def _media_patterns(accept: Iterable[str]) -> list[str]:
    """The media types of an accept list, without parameters ("text/html;q=0.5" -> "text/html")."""
    return [p.split(";")[0].strip().lower() for p in accept]


def _accepts(media_type: str, accept: Iterable[str]) -> bool:
    for pattern in _media_patterns(accept):
        if pattern in ("*/*", media_type) or (pattern.endswith("/*") and media_type.startswith(pattern[:-1])):
            return True
    return False


def _is_textual(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type.endswith(_TEXTUAL_SUFFIXES)


def _binary_kind(body: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC:
        if body.startswith(magic):
            return kind
    return None


def _sniff(body: bytes) -> str | None:
    """A media type for a body sent without one: HTML, XML or JSON by its first bytes, else None."""
    head = body[:_SNIFF_BYTES]
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            head = head[len(bom):].replace(b"\x00", b"")
            break
    head = head.lstrip().lower()
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")):
        return "application/xml"
    if head.startswith(b"<") and len(head) > 1 and (head[1:2].isalpha() or head[1:2] == b"!"):
        return "text/html"
    if head.startswith((b"{", b"[")):
        return "application/json"
    return None


def _sniffed_fits(sniffed: str, accept: Iterable[str]) -> bool:
    accepted = _media_patterns(accept)
    if "*/*" in accepted or _accepts(sniffed, accepted):
        return True
    if sniffed == "text/html":
        return any(p in ("text/html", "application/xhtml+xml", "text/*") for p in accepted)
    if sniffed == "application/xml":
        return any(p.endswith(("+xml", "/xml")) for p in accepted)
    return any(p.endswith(("+json", "/json")) for p in accepted)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a Retry-After header (delay-seconds or an HTTP date), or None."""
    value = headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = None
    if seconds is not None:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    when = _http_date(value)
    if when is None:
        return None
    now = _http_date(headers.get("Date", "")) or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _http_date(value: str) -> datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    return f"{n / 1024:g} KB" if n >= 1024 else f"{n} bytes"


def _status_message(status: int, reason: str) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = reason or "unknown status"
    notes = {404: " (no such page)", 410: " (gone: the publisher removed the page for good)",
             429: " (too many requests: we are asked to slow down)"}
    return f"the server answered {status} {phrase}{notes.get(status, '')}"


def _detached(error: FetchError) -> FetchError:
    """The error without its traceback and chained errors, fit to be kept in a cache."""
    error.__cause__ = error.__context__ = None
    return error.with_traceback(None)


def _agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against: "feeds" in "feeds/0.1 (...)"."""
    return user_agent.strip().split()[0].split("/")[0] or "*"


# --------------------------------------------------------------------------- per-host state


@dataclass
class _HostState:
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_request: float | None = None


_ALLOW_ALL = True
_RobotsRules = Protego | bool | FetchError    # a FetchError: robots.txt unavailable, so disallow all


# --------------------------------------------------------------------------- the fetcher


class Fetcher:
    """Fetches pages under a FetchPolicy. Thread-safe; keeps per-host timing and robots.txt for its life.

    `resolver` is called like socket.getaddrinfo(host, port, type=SOCK_STREAM); `clock` is a
    monotonic clock in seconds; `sleep` sleeps; `rng` returns a float in [0, 1) for jitter.
    `ssl_context` defaults to ssl.create_default_context() (certificates verified).
    """

    def __init__(
        self,
        policy: FetchPolicy,
        *,
        resolver: Resolver = socket.getaddrinfo,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.policy = policy
        self._resolver = resolver
        self._clock = clock
        self._sleep = sleep
        self._rng = rng
        self._ssl_context = ssl_context or ssl.create_default_context()
        self._agent = _agent_token(policy.user_agent)
        self._lock = threading.Lock()
        self._hosts: dict[str, _HostState] = {}
        self._robots: dict[tuple[str, str, int], _RobotsRules] = {}
        self._robots_locks: dict[tuple[str, str, int], threading.Lock] = {}

    # ----------------------------------------------------------------- public

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = True,
    ) -> FetchResult:
        """GET `url` under the policy; raise a FetchError subclass when that fails."""
        rules = _BodyRules(self.policy.max_bytes, self.policy.accept)
        headers = self._request_headers(", ".join(self.policy.accept) or "*/*", etag, last_modified)
        final_url, response = self._follow(url, headers, rules, check_robots=check_robots)
        return FetchResult(
            url=final_url,
            status=response.status,
            headers=response.headers,
            body=response.body,
            content_type=response.content_type,
            charset=response.charset,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    def robots_allowed(self, url: str) -> bool:
        """Does the origin's robots.txt let our user agent fetch `url`? Fetched once per origin."""
        target = _parse_url(url)
        rules = self._robots_rules(target)
        if isinstance(rules, (bool, FetchError)):
            return rules is _ALLOW_ALL
        return rules.can_fetch(target.url, self._agent)

    def _check_robots(self, target: _Target) -> None:
        """Raise RobotsDisallowed unless robots.txt allows the URL.

        When robots.txt could not be fetched because the origin itself is off limits, unreachable
        or too slow, the page would fare no better: that error is raised instead (same class).
        """
        if self.robots_allowed(target.url):
            return
        rules = self._robots_rules(target)
        if not isinstance(rules, FetchError):
            raise RobotsDisallowed(target.url, "robots.txt does not allow us to fetch this page")
        same_origin = _parse_url(rules.url).origin == target.origin
        if same_origin and isinstance(rules, (BlockedAddress, ConnectionFailed, DeadlineExceeded)):
            raise type(rules)(target.url, f"robots.txt could not be fetched: {rules.message}")
        raise RobotsDisallowed(target.url, f"robots.txt is unavailable ({rules.message}), "
                                           "so the whole site is off limits for now")

    # ----------------------------------------------------------------- redirects and retries

    def _follow(
        self, url: str, headers: Mapping[str, str], rules: _BodyRules, *, check_robots: bool
    ) -> tuple[str, _Response]:
        target = _parse_url(url)
        deadline = _Deadline(self._clock, self.policy.deadline)
        seen = {target.url}
        while True:
            if check_robots:
                self._check_robots(target)
            response = self._request_with_retries(target, headers, deadline, rules)
            if response.status not in REDIRECT_STATUSES:
                return target.url, response
            target = self._redirect_target(target, response, seen)

    def _redirect_target(self, current: _Target, response: _Response, seen: set[str]) -> _Target:
        location = response.headers.get("Location", "").strip()
        if not location:
            raise HTTPStatusError(current.url, f"redirect ({response.status}) without a Location header",
                                  response.status)
        target = _parse_url(urljoin(current.url, location), redirected_from=current.url)
        if target.url in seen:
            raise TooManyRedirects(target.url, f"redirect loop: {current.url} leads back to an earlier URL")
        if len(seen) > self.policy.max_redirects:
            raise TooManyRedirects(target.url, f"more than {self.policy.max_redirects} redirects")
        seen.add(target.url)
        return target

    def _request_with_retries(
        self, target: _Target, headers: Mapping[str, str], deadline: _Deadline, rules: _BodyRules
    ) -> _Response:
        attempt = 0
        while True:
            try:
                with self._host_turn(target, deadline):
                    return self._request_once(target, headers, deadline, rules)
            except FetchError as error:
                delay = self._retry_delay(error, attempt, deadline)
                if delay is None:
                    raise
            self._sleep(delay)
            attempt += 1

    def _retry_delay(self, error: FetchError, attempt: int, deadline: _Deadline) -> float | None:
        """Seconds to wait before retrying, or None to give up (the caller re-raises `error`)."""
        if not error.transient or attempt >= self.policy.retries:
            return None
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None and retry_after >= deadline.remaining():
            raise HTTPStatusError(
                error.url,
                f"{error.message}; it asks us to come back in {retry_after:g} seconds, past our deadline",
                getattr(error, "status"), retry_after,
            ) from error
        backoff = min(_BACKOFF_CAP, _BACKOFF_BASE * 2**attempt) * (0.5 + self._rng())
        delay = retry_after if retry_after is not None else backoff
        return delay if delay < deadline.remaining() else None

    # ----------------------------------------------------------------- politeness

    def _host_state(self, host: str) -> _HostState:
        with self._lock:
            return self._hosts.setdefault(host, _HostState(self.policy.host_delay))

    def _raise_host_delay(self, host: str, seconds: float) -> None:
        state = self._host_state(host)
        with self._lock:
            state.delay = max(state.delay, min(seconds, self.policy.max_crawl_delay))

    @contextmanager
    def _host_turn(self, target: _Target, deadline: _Deadline) -> Iterator[None]:
        """Hold the host's single request slot, after waiting out its delay; starts the deadline."""
        state = self._host_state(target.host)
        if not state.lock.acquire(timeout=deadline.lock_timeout()):
            raise deadline.exceeded(target.url, "waiting for an earlier request to the same host")
        try:
            self._wait_politely(state, target, deadline)
            deadline.start()
            try:
                yield
            finally:
                state.last_request = self._clock()
        finally:
            state.lock.release()

    def _wait_politely(self, state: _HostState, target: _Target, deadline: _Deadline) -> None:
        if state.last_request is None:
            return
        wait = state.last_request + state.delay - self._clock()
        if wait <= 0:
            return
        if wait >= deadline.remaining():
            raise deadline.exceeded(target.url, f"the host wants {state.delay:g} seconds between requests")
        self._sleep(wait)

    # ----------------------------------------------------------------- one request

    def _request_headers(self, accept: str, etag: str | None, last_modified: str | None) -> dict[str, str]:
        headers = {
            "User-Agent": self.policy.user_agent,
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    def _request_once(
        self, target: _Target, headers: Mapping[str, str], deadline: _Deadline, rules: _BodyRules
    ) -> _Response:
        with self._translate_errors(target, deadline):
            sock = self._connect(target, deadline)
            try:
                conn = _PinnedConnection(target, _DeadlineSocket(sock, deadline))
                conn.putrequest("GET", target.path, skip_accept_encoding=True)
                for name, value in headers.items():
                    conn.putheader(name, value)
                conn.endheaders()
                response = conn.getresponse()
                try:
                    return self._read_response(target, response, rules)
                finally:
                    response.close()
                    conn.close()
            finally:
                sock.close()

    @contextmanager
    def _translate_errors(self, target: _Target, deadline: _Deadline) -> Iterator[None]:
        """Turn socket, TLS and http.client exceptions into FetchErrors with plain messages."""
        where = f"{target.host} port {target.port}"
        try:
            yield
        except TimeoutError:
            raise deadline.exceeded(target.url) from None
        except ssl.SSLCertVerificationError as error:
            raise ConnectionFailed(target.url, f"the TLS certificate of {target.host} could not be verified: "
                                               f"{error.verify_message or error.reason}") from None
        except ssl.SSLError as error:
            raise ConnectionFailed(target.url, f"the TLS handshake with {where} failed: {error.reason}") from None
        except http.client.IncompleteRead:
            raise ConnectionFailed(target.url, "the connection closed before the whole body arrived",
                                   transient=True) from None
        except http.client.RemoteDisconnected:
            raise ConnectionFailed(target.url, f"{where} closed the connection without answering",
                                   transient=True) from None
        except http.client.HTTPException as error:
            raise ConnectionFailed(target.url, f"{where} did not answer with valid HTTP "
                                               f"({type(error).__name__})") from None
        except ConnectionRefusedError:
            raise ConnectionFailed(target.url, f"could not connect to {where}: connection refused",
                                   transient=True) from None
        except OSError as error:
            raise ConnectionFailed(target.url, f"the connection to {where} failed: "
                                               f"{error.strerror or error}", transient=True) from None

    # ----------------------------------------------------------------- connecting

    def _connect(self, target: _Target, deadline: _Deadline) -> socket.socket:
        """Resolve once, vet every answer, connect to a vetted IP; wrap in TLS for https."""
        failure: OSError = ConnectionRefusedError("no address accepted the connection")
        for family, sockaddr in self._vetted_addresses(target, deadline):
            remaining = deadline.remaining()
            if remaining <= 0:
                raise _DeadlineHit("deadline passed")
            try:
                sock = self._dial(family, sockaddr, remaining)
            except TimeoutError:
                raise
            except OSError as error:
                failure = error
                continue
            return self._wrap_tls(sock, target, deadline) if target.scheme == "https" else sock
        raise failure

    def _vetted_addresses(self, target: _Target, deadline: _Deadline) -> list[tuple[int, tuple[Any, ...]]]:
        literal = _ip_literal(target.host)
        if literal is not None:
            family = socket.AF_INET6 if literal.version == 6 else socket.AF_INET
            answers: list[tuple[int, tuple[Any, ...]]] = [(family, (target.host, target.port))]
        else:
            answers = [(info[0], info[4]) for info in self._resolve(target, deadline)]
        vetted: list[tuple[int, tuple[Any, ...]]] = []
        for family, sockaddr in answers:
            address = str(sockaddr[0])
            reason = "not an internet address" if family not in (socket.AF_INET, socket.AF_INET6) else \
                blocked_reason(address, allow_private_network=self.policy.allow_private_network)
            if reason:
                raise BlockedAddress(target.url, self._blocked_message(target.host, address, reason))
            if (family, sockaddr) not in vetted:
                vetted.append((family, sockaddr))
        if not vetted:
            raise ConnectionFailed(target.url, f"{target.host} has no addresses")
        return vetted

    def _blocked_message(self, host: str, address: str, reason: str) -> str:
        where = address if host == address else f"{host} resolves to {address}"
        hint = "" if self.policy.allow_private_network else " (allow_private_network permits private and loopback)"
        return f"refused to connect: {where}, which is {reason}{hint}"

    def _resolve(self, target: _Target, deadline: _Deadline) -> Sequence[tuple[Any, ...]]:
        """Call the resolver in a helper thread so that a hung lookup still ends at the deadline."""
        outcome: list[Any] = []

        def lookup() -> None:
            try:
                outcome.append(self._resolver(target.host, target.port, type=socket.SOCK_STREAM))
            except Exception as error:  # handed to the caller below
                outcome.append(error)

        worker = threading.Thread(target=lookup, name=f"resolve {target.host}", daemon=True)
        worker.start()
        worker.join(max(0.0, deadline.remaining()))
        if not outcome:
            raise deadline.exceeded(target.url, f"looking up {target.host}")
        if isinstance(outcome[0], socket.gaierror):
            raise ConnectionFailed(target.url, f"could not look up {target.host}: {outcome[0].strerror}")
        if isinstance(outcome[0], Exception):
            raise outcome[0]
        return outcome[0]

    def _dial(self, family: int, sockaddr: tuple[Any, ...], timeout: float) -> socket.socket:
        """Open a TCP connection to an already vetted socket address. The one place a socket connects."""
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(sockaddr)
        except BaseException:
            sock.close()
            raise
        return sock

    def _wrap_tls(self, sock: socket.socket, target: _Target, deadline: _Deadline) -> socket.socket:
        try:
            remaining = deadline.remaining()
            if remaining <= 0:
                raise _DeadlineHit("deadline passed")
            sock.settimeout(remaining)
            return self._ssl_context.wrap_socket(sock, server_hostname=target.host)
        except BaseException:
            sock.close()
            raise

    # ----------------------------------------------------------------- responses

    def _read_response(self, target: _Target, response: http.client.HTTPResponse, rules: _BodyRules) -> _Response:
        status, reason = response.status, response.reason
        headers = ResponseHeaders(response.getheaders())
        if status in REDIRECT_STATUSES or status == 304:
            return _Response(status, reason, headers)
        if status >= 300 or status < 200:
            raise HTTPStatusError(target.url, _status_message(status, reason), status, _retry_after(headers))
        declared, charset = _media_type(headers.get("Content-Type"))
        if declared and not _accepts(declared, rules.accept):
            raise BadContentType(target.url, f"expected {', '.join(rules.accept)} but the server sent {declared}")
        body = self._read_body(target, response, headers, rules)
        content_type = self._check_body_type(target, declared, body, rules)
        return _Response(status, reason, headers, body, content_type, charset)

    def _check_body_type(self, target: _Target, declared: str | None, body: bytes, rules: _BodyRules) -> str | None:
        if not rules.sniff or not body:
            return declared
        if declared:
            binary = _binary_kind(body) if _is_textual(declared) else None
            if binary:
                raise BadContentType(target.url, f"the server calls it {declared} but the body is {binary}")
            return declared
        sniffed = _sniff(body)
        if sniffed is None or not _sniffed_fits(sniffed, rules.accept):
            looks = f"looks like {sniffed}" if sniffed else "does not look like HTML, XML or JSON"
            raise BadContentType(target.url, f"no content type was sent and the body {looks}; "
                                             f"expected {', '.join(rules.accept)}")
        return sniffed

    def _read_body(
        self, target: _Target, response: http.client.HTTPResponse, headers: Mapping[str, str], rules: _BodyRules
    ) -> bytes:
        coding = headers.get("Content-Encoding", "")
        try:
            decoder = _Decoder(coding)
        except ValueError:
            raise BadEncoding(target.url, f"the body uses an encoding we did not ask for: {coding}") from None
        too_large = f"the body is larger than the {_size(rules.max_bytes)} limit"
        if decoder.identity and response.length is not None and response.length > rules.max_bytes \
                and not rules.truncate:
            raise TooLarge(target.url, f"{too_large} (Content-Length: {response.length})")
        body = bytearray()
        received = 0
        while chunk := response.read(_CHUNK):
            received += len(chunk)
            try:
                body += decoder.decode(chunk, rules.max_bytes - len(body) + 1)
            except zlib.error as error:
                raise BadEncoding(target.url, f"the {coding} body is corrupt: {error}") from None
            if len(body) > rules.max_bytes or received > rules.max_bytes:
                if rules.truncate:
                    return bytes(body[: rules.max_bytes])
                raise TooLarge(target.url, too_large)
        if response.length:   # http.client does not complain when a Content-Length body is cut short
            raise http.client.IncompleteRead(bytes(body), response.length)
        try:
            decoder.finish()
        except zlib.error as error:
            raise BadEncoding(target.url, f"the {coding} body is incomplete: {error}") from None
        return bytes(body)

    # ----------------------------------------------------------------- robots.txt

    def _robots_rules(self, target: _Target) -> _RobotsRules:
        with self._lock:
            cached = self._robots.get(target.origin)
            origin_lock = self._robots_locks.setdefault(target.origin, threading.Lock())
        if cached is not None:
            return cached
        with origin_lock:
            with self._lock:
                cached = self._robots.get(target.origin)
            if cached is None:
                cached = self._load_robots(target)
                with self._lock:
                    self._robots[target.origin] = cached
        return cached

    def _load_robots(self, target: _Target) -> _RobotsRules:
        """2xx: parse; 4xx: allow all; 429, 5xx, network or safety failure: disallow all.

        More redirects than allowed count as "no robots.txt" (RFC 9309). The file is read
        up to 512 KB; what is beyond is ignored.
        """
        url = urlunsplit((target.scheme, target.netloc, "/robots.txt", "", ""))
        rules = _BodyRules(ROBOTS_MAX_BYTES, ("*/*",), truncate=True, sniff=False)
        headers = self._request_headers("text/plain, */*;q=0.5", None, None)
        try:
            _, response = self._follow(url, headers, rules, check_robots=False)
        except HTTPStatusError as error:
            return _ALLOW_ALL if 400 <= error.status <= 499 and error.status != 429 else _detached(error)
        except TooManyRedirects:
            return _ALLOW_ALL
        except FetchError as error:
            return _detached(error)
        if response.status == 304:
            return _ALLOW_ALL
        parser = Protego.parse(response.body.decode("utf-8", errors="replace").lstrip("\ufeff"))
        delay = parser.crawl_delay(self._agent)
        if delay:
            self._raise_host_delay(target.host, float(delay))
        return parser
