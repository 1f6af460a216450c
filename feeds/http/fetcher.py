"""The page fetcher: GET one page the careful way, through the vetted transport.

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

Imports: the other modules of feeds.http and the standard library.
"""
from __future__ import annotations

import http.client
import random
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin

from .address import Target, parse_url
from .content import (BodyRules, Decoder, Response, ResponseHeaders, accepts, binary_kind, is_textual, media_type,
                      parse_retry_after, size_text, sniff, sniffed_fits, status_message)
from .errors import (BadContentType, BadEncoding, FetchError, HTTPStatusError, TooLarge, TooManyRedirects)
from .robots import ROBOTS_MAX_BYTES, RobotsRules, agent_token, allowed, load_rules, refusal
from .transport import Deadline, DeadlineSocket, PinnedConnection, Resolver, VettedConnector, translate_errors

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_BACKOFF_BASE = 0.5        # seconds before the first retry (then doubled each time), times a jitter of 0.5-1.5
_BACKOFF_CAP = 30.0


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


# --------------------------------------------------------------------------- per-host state


@dataclass
class _HostState:
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_request: float | None = None


# --------------------------------------------------------------------------- the fetcher


class Fetcher(VettedConnector):
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
        super().__init__(policy.allow_private_network, resolver=resolver, ssl_context=ssl_context)
        self.policy = policy
        self._clock = clock
        self._sleep = sleep
        self._rng = rng
        self._agent = agent_token(policy.user_agent)
        self._lock = threading.Lock()
        self._hosts: dict[str, _HostState] = {}
        self._robots: dict[tuple[str, str, int], RobotsRules] = {}
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
        rules = BodyRules(self.policy.max_bytes, self.policy.accept)
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
        target = parse_url(url)
        return allowed(self._robots_rules(target), target, self._agent)

    def _check_robots(self, target: Target) -> None:
        """Raise RobotsDisallowed (or why robots.txt itself could not be had) unless robots.txt allows the URL."""
        rules = self._robots_rules(target)
        if not allowed(rules, target, self._agent):
            raise refusal(rules, target)

    # ----------------------------------------------------------------- redirects and retries

    def _follow(
        self, url: str, headers: Mapping[str, str], rules: BodyRules, *, check_robots: bool
    ) -> tuple[str, Response]:
        target = parse_url(url)
        deadline = Deadline(self._clock, self.policy.deadline)
        seen = {target.url}
        while True:
            if check_robots:
                self._check_robots(target)
            response = self._request_with_retries(target, headers, deadline, rules)
            if response.status not in REDIRECT_STATUSES:
                return target.url, response
            target = self._redirect_target(target, response, seen)

    def _redirect_target(self, current: Target, response: Response, seen: set[str]) -> Target:
        location = response.headers.get("Location", "").strip()
        if not location:
            raise HTTPStatusError(current.url, f"redirect ({response.status}) without a Location header",
                                  response.status)
        target = parse_url(urljoin(current.url, location), redirected_from=current.url)
        if target.url in seen:
            raise TooManyRedirects(target.url, f"redirect loop: {current.url} leads back to an earlier URL")
        if len(seen) > self.policy.max_redirects:
            raise TooManyRedirects(target.url, f"more than {self.policy.max_redirects} redirects")
        seen.add(target.url)
        return target

    def _request_with_retries(
        self, target: Target, headers: Mapping[str, str], deadline: Deadline, rules: BodyRules
    ) -> Response:
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

    def _retry_delay(self, error: FetchError, attempt: int, deadline: Deadline) -> float | None:
        """Seconds to wait before retrying, or None to give up (the caller re-raises `error`)."""
        if not error.transient or attempt >= self.policy.retries:
            return None
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None and retry_after >= deadline.remaining():
            raise HTTPStatusError(
                error.url,
                f"{error.message}; it asks us to come back in {retry_after:g} seconds, past our deadline",
                getattr(error, "status", 0), retry_after,
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
    def _host_turn(self, target: Target, deadline: Deadline) -> Iterator[None]:
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

    def _wait_politely(self, state: _HostState, target: Target, deadline: Deadline) -> None:
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
        self, target: Target, headers: Mapping[str, str], deadline: Deadline, rules: BodyRules
    ) -> Response:
        with translate_errors(target, deadline):
            sock = self.connect(target, deadline)
            try:
                conn = PinnedConnection(target, DeadlineSocket(sock, deadline))
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


    # ----------------------------------------------------------------- responses

    def _read_response(self, target: Target, response: http.client.HTTPResponse, rules: BodyRules) -> Response:
        status, reason = response.status, response.reason
        headers = ResponseHeaders(response.getheaders())
        if status in REDIRECT_STATUSES or status == 304:
            return Response(status, reason, headers)
        if status >= 300 or status < 200:
            raise HTTPStatusError(target.url, status_message(status, reason), status, parse_retry_after(headers))
        declared, charset = media_type(headers.get("Content-Type"))
        if declared and not accepts(declared, rules.accept):
            raise BadContentType(target.url, f"expected {', '.join(rules.accept)} but the server sent {declared}")
        body = self._read_body(target, response, headers, rules)
        content_type = self._check_body_type(target, declared, body, rules)
        return Response(status, reason, headers, body, content_type, charset)

    def _check_body_type(self, target: Target, declared: str | None, body: bytes, rules: BodyRules) -> str | None:
        if not rules.sniff or not body:
            return declared
        if declared:
            binary = binary_kind(body) if is_textual(declared) else None
            if binary:
                raise BadContentType(target.url, f"the server calls it {declared} but the body is {binary}")
            return declared
        sniffed = sniff(body)
        if sniffed is None or not sniffed_fits(sniffed, rules.accept):
            looks = f"looks like {sniffed}" if sniffed else "does not look like HTML, XML or JSON"
            raise BadContentType(target.url, f"no content type was sent and the body {looks}; "
                                             f"expected {', '.join(rules.accept)}")
        return sniffed

    def _read_body(
        self, target: Target, response: http.client.HTTPResponse, headers: Mapping[str, str], rules: BodyRules
    ) -> bytes:
        coding = headers.get("Content-Encoding", "")
        try:
            decoder = Decoder(coding)
        except ValueError:
            raise BadEncoding(target.url, f"the body uses an encoding we did not ask for: {coding}") from None
        too_large = f"the body is larger than the {size_text(rules.max_bytes)} limit"
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

    def _robots_rules(self, target: Target) -> RobotsRules:
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

    def _load_robots(self, target: Target) -> RobotsRules:
        """The origin's robots.txt rules, read up to 512 KB (what is beyond is ignored); honours Crawl-delay."""
        rules = BodyRules(ROBOTS_MAX_BYTES, ("*/*",), truncate=True, sniff=False)
        headers = self._request_headers("text/plain, */*;q=0.5", None, None)
        loaded = load_rules(lambda url: self._follow(url, headers, rules, check_robots=False)[1], target)
        delay = None if isinstance(loaded, (bool, FetchError)) else loaded.crawl_delay(self._agent)
        if delay:
            self._raise_host_delay(target.host, float(delay))
        return loaded
