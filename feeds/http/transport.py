"""Transport: one vetted connection at a time, bounded by one deadline.

`VettedConnector` resolves a host once, vets every answer against the address policy and connects
the socket to a vetted IP itself, so nothing can resolve the name again behind our back (no
DNS-rebinding gap); TLS still checks the certificate against the URL's host name (SNI included).
`PinnedConnection` speaks HTTP over that socket and never connects on its own; `DeadlineSocket`
bounds every send and receive by the request's deadline. `post_form` is the one other request the
service makes (a WebSub publish ping), through the same connector.

Imports: feeds.http.errors, feeds.http.address, the standard library.
"""
from __future__ import annotations

import http.client
import io
import math
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlencode

from .address import Target, blocked_reason, ip_literal, parse_url
from .errors import BlockedAddress, ConnectionFailed, DeadlineExceeded

Resolver = Callable[..., Sequence[tuple[Any, Any, Any, Any, tuple[Any, ...]]]]


class Deadline:
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


class DeadlineHit(TimeoutError):
    """Raised before a socket operation when the deadline has already passed."""


class DeadlineSocket:
    """The connected socket as http.client sees it: every send and receive is bounded by the deadline.

    Closing it does nothing: the request that opened the real socket closes it.
    """

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def _arm(self) -> None:
        remaining = self._deadline.remaining()
        if remaining <= 0:
            raise DeadlineHit("deadline passed")
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
    def __init__(self, sock: DeadlineSocket) -> None:
        super().__init__()
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._sock.recv_into(buffer)


class PinnedConnection(http.client.HTTPConnection):
    """An HTTPConnection over a socket we connected (to a vetted IP); it never resolves or connects itself."""

    def __init__(self, target: Target, sock: DeadlineSocket) -> None:
        super().__init__(target.host, target.port)
        self.default_port = target.default_port   # so the Host header omits a default port
        self.sock = sock

    def connect(self) -> None:
        raise http.client.NotConnected("a pinned connection cannot reconnect")


@contextmanager
def translate_errors(target: Target, deadline: Deadline) -> Iterator[None]:
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


# --------------------------------------------------------------------------- connecting


class VettedConnector:
    """Opens TCP (and TLS) connections to vetted addresses only; the one place a socket connects.

    `resolver` is called like socket.getaddrinfo(host, port, type=SOCK_STREAM); `ssl_context`
    defaults to ssl.create_default_context() (certificates verified).
    """

    def __init__(self, allow_private_network: bool, *, resolver: Resolver = socket.getaddrinfo,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.allow_private_network = allow_private_network
        self._resolver = resolver
        self._ssl_context = ssl_context or ssl.create_default_context()

    def connect(self, target: Target, deadline: Deadline) -> socket.socket:
        """Resolve once, vet every answer, connect to a vetted IP; wrap in TLS for https."""
        failure: OSError = ConnectionRefusedError("no address accepted the connection")
        for family, sockaddr in self._vetted_addresses(target, deadline):
            remaining = deadline.remaining()
            if remaining <= 0:
                raise DeadlineHit("deadline passed")
            try:
                sock = self._dial(family, sockaddr, remaining)
            except TimeoutError:
                raise
            except OSError as error:
                failure = error
                continue
            return self._wrap_tls(sock, target, deadline) if target.scheme == "https" else sock
        raise failure

    def _vetted_addresses(self, target: Target, deadline: Deadline) -> list[tuple[int, tuple[Any, ...]]]:
        literal = ip_literal(target.host)
        if literal is not None:
            literal_family = socket.AF_INET6 if literal.version == 6 else socket.AF_INET
            answers: list[tuple[int, tuple[Any, ...]]] = [(literal_family, (target.host, target.port))]
        else:
            answers = [(info[0], info[4]) for info in self._resolve(target, deadline)]
        vetted: list[tuple[int, tuple[Any, ...]]] = []
        for family, sockaddr in answers:
            address = str(sockaddr[0])
            reason = "not an internet address" if family not in (socket.AF_INET, socket.AF_INET6) else \
                blocked_reason(address, allow_private_network=self.allow_private_network)
            if reason:
                raise BlockedAddress(target.url, self._blocked_message(target.host, address, reason))
            if (family, sockaddr) not in vetted:
                vetted.append((family, sockaddr))
        if not vetted:
            raise ConnectionFailed(target.url, f"{target.host} has no addresses")
        return vetted

    def _blocked_message(self, host: str, address: str, reason: str) -> str:
        where = address if host == address else f"{host} resolves to {address}"
        hint = "" if self.allow_private_network else " (allow_private_network permits private and loopback)"
        return f"refused to connect: {where}, which is {reason}{hint}"

    def _resolve(self, target: Target, deadline: Deadline) -> Sequence[tuple[Any, ...]]:
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

    def _wrap_tls(self, sock: socket.socket, target: Target, deadline: Deadline) -> socket.socket:
        try:
            remaining = deadline.remaining()
            if remaining <= 0:
                raise DeadlineHit("deadline passed")
            sock.settimeout(remaining)
            return self._ssl_context.wrap_socket(sock, server_hostname=target.host)
        except BaseException:
            sock.close()
            raise


# --------------------------------------------------------------------------- a form POST (WebSub)


def post_form(url: str, fields: Mapping[str, str], *, allow_private_network: bool = False, timeout: float = 10.0,
              user_agent: str = "feeds-websub", connector: VettedConnector | None = None,
              clock: Callable[[], float] = time.monotonic, max_bytes: int = 64 * 1024) -> int:
    """POST `fields` form-encoded to `url` through the vetted connector; the HTTP status.

    The address policy is the fetcher's (a refused address raises BlockedAddress before any
    connection); one deadline of `timeout` seconds covers the lookup, connection and answer; at most
    `max_bytes` of the answer are read. Redirects are not followed. Failures raise FetchError.
    """
    target = parse_url(url)
    connector = connector or VettedConnector(allow_private_network)
    deadline = Deadline(clock, timeout)
    deadline.start()
    body = urlencode(fields).encode("ascii")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "User-Agent": user_agent, "Connection": "close"}
    with translate_errors(target, deadline):
        sock = connector.connect(target, deadline)
        try:
            conn = PinnedConnection(target, DeadlineSocket(sock, deadline))
            conn.request("POST", target.path, body=body, headers=headers)
            response = conn.getresponse()
            try:
                response.read(max_bytes)
                return response.status
            finally:
                response.close()
                conn.close()
        finally:
            sock.close()
