"""Misbehaving HTTP servers on 127.0.0.1 for tests: a raw-socket server whose handler decides what to send.

`FaultServer(handler)` accepts connections on 127.0.0.1 (never any other address), reads each
request head and hands the connection to `handler(conn, request, stop)`. The handlers below
stall, trickle, reset, lie, or stream endless and compressed bodies, generated lazily.
Everything is bounded: handlers stop when `stop` is set or after `MAX_SECONDS`, sockets
time out after `IO_TIMEOUT`, and `stop()` closes every socket and joins every thread.
"""
from __future__ import annotations

import socket
import ssl
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

MAX_SECONDS = 10.0       # no handler runs longer than this
IO_TIMEOUT = 5.0         # per socket operation on the server side
_BLOCK = 64 * 1024


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)   # lower-case names


Handler = Callable[[socket.socket, Request, threading.Event], None]


class FaultServer:
    """A threaded raw-socket server on 127.0.0.1. Use as a context manager."""

    def __init__(self, handler: Handler, *, tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.tls = tls
        self.requests: list[Request] = []
        self.connections = 0          # accepted TCP connections
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> FaultServer:
        self._listener.listen(16)
        self._listener.settimeout(0.05)
        accept = threading.Thread(target=self._accept_loop, name="faultserver-accept", daemon=True)
        self._threads.append(accept)
        accept.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(IO_TIMEOUT + 1)
        self._listener.close()

    def _accept_loop(self) -> None:
        started = time.monotonic()
        while not self._stop.is_set() and time.monotonic() - started < MAX_SECONDS * 3:
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
            worker = threading.Thread(target=self._serve, args=(conn,), name="faultserver-conn", daemon=True)
            with self._lock:
                self._threads.append(worker)
            worker.start()

    def _serve(self, raw: socket.socket) -> None:
        conn = raw
        try:
            raw.settimeout(IO_TIMEOUT)
            if self.tls is not None:
                conn = self.tls.wrap_socket(raw, server_side=True)
            request = read_request(conn)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
            self.handler(conn, request, self._stop)
        except (OSError, ValueError) as error:   # the client went away, or TLS failed: expected in fault tests
            with self._lock:
                self.errors.append(error)
        finally:
            conn.close()
            raw.close()


def read_request(conn: socket.socket) -> Request | None:
    """Read one request head (bounded to 64 KB)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return None
        data += chunk
        if len(data) > 65536:
            return None
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    first, *lines = head.split("\r\n")
    method, path, _ = first.split(" ", 2)
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Request(method, path, headers)


@contextmanager
def closed_port() -> Iterator[int]:
    """A 127.0.0.1 port where nothing listens (held bound, so nobody else takes it): connecting is refused."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        holder.bind(("127.0.0.1", 0))
        yield holder.getsockname()[1]
    finally:
        holder.close()


# --------------------------------------------------------------------------- sending


def head(status: int = 200, headers: Iterable[tuple[str, str]] | dict[str, str] = (), reason: str = "X") -> bytes:
    pairs = headers.items() if isinstance(headers, dict) else headers
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in pairs), "Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _expired(stop: threading.Event, started: float) -> bool:
    return stop.is_set() or time.monotonic() - started > MAX_SECONDS


# --------------------------------------------------------------------------- handlers


def respond(status: int = 200, headers: dict[str, str] | None = None, body: bytes = b"",
            *, content_length: bool = True) -> Handler:
    """A complete answer, sent exactly as given (plus Content-Length unless told not to)."""
    fields = dict(headers or {})
    if content_length and "Content-Length" not in fields:
        fields["Content-Length"] = str(len(body))

    def handler(conn: socket.socket, request: Request, stop: threading.Event) -> None:
        conn.sendall(head(status, fields) + body)

    return handler


def sequence(*handlers: Handler) -> Handler:
    """The n-th connection gets the n-th handler; the last one repeats."""
    count = [0]
    lock = threading.Lock()

    def handler(conn: socket.socket, request: Request, stop: threading.Event) -> None:
        with lock:
            index = min(count[0], len(handlers) - 1)
            count[0] += 1
        handlers[index](conn, request, stop)

    return handler


def raw(data: bytes) -> Handler:
    """Send these bytes (not necessarily HTTP), then close."""

    def handler(conn: socket.socket, request: Request, stop: threading.Event) -> None:
        conn.sendall(data)

    return handler


def stall() -> Handler:
    """Accept and read the request, then never answer."""

    def handler(conn: socket.socket, request: Request, stop: threading.Event) -> None:
        stop.wait(MAX_SECONDS)

    return handler


def trickle(body: bytes, interval: float = 1.0) -> Handler:
    """Headers at once, then the body one byte per `interval` seconds."""

    def handler(conn: socket.socket, request: Request, stop: threading.Event) -> None:
        conn.sendall(head(200, {"Content-Type": "text/html", "Content-Length": str(len(body))}))
        started = time.monotonic()
        for i in range(len(body)):
            if _expired(stop, started):
                return
            conn.sendall(body[i:i + 1])
            stop.wait(interval)

    return handler


def trickle_headers(interval: float = 0.2) -> Handler:
    """A status line, then header bytes one at a time, forever (bounded)."""

    def handler(conn: socket.socket, request: Request, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        started = time.monotonic()
        while not _expired(stop, started):
            conn.sendall(b"X")
            stop.wait(interval)

    return handler


def reset_mid_body(total: int = 10_000, sent: int = 1_000) -> Handler:
    """Promise `total` bytes, send `sent`, then reset the connection (RST)."""

    def handler(conn: socket.socket, request: Request, stop: threading.Event) -> None:
        conn.sendall(head(200, {"Content-Type": "text/html", "Content-Length": str(total)}) + b"a" * sent)
        time.sleep(0.05)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return handler


class Endless:
    """A lazily generated body of `total` bytes (default 100 MB); records how much was actually sent."""

    def __init__(self, total: int = 100 * 1024 * 1024, *, content_length: bool = False,
                 content_type: str = "text/html") -> None:
        self.total = total
        self.content_length = content_length
        self.content_type = content_type
        self.sent = 0

    def __call__(self, conn: socket.socket, request: Request, stop: threading.Event) -> None:
        fields = {"Content-Type": self.content_type}
        if self.content_length:
            fields["Content-Length"] = str(self.total)
        conn.sendall(head(200, fields))
        block = b"<p>" + b"a" * (_BLOCK - 3)
        started = time.monotonic()
        while self.sent < self.total and not _expired(stop, started):
            piece = block[: self.total - self.sent]
            conn.sendall(piece)
            self.sent += len(piece)


class CompressedZeros:
    """A gzip (or deflate) bomb: `total` zero bytes (default 1 GB), compressed as it is sent."""

    def __init__(self, total: int = 1024 * 1024 * 1024, *, encoding: str = "gzip") -> None:
        self.total = total
        self.encoding = encoding
        self.produced = 0      # uncompressed bytes compressed so far
        self.sent = 0          # compressed bytes sent

    def __call__(self, conn: socket.socket, request: Request, stop: threading.Event) -> None:
        wbits = 16 + zlib.MAX_WBITS if self.encoding == "gzip" else zlib.MAX_WBITS
        compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
        conn.sendall(head(200, {"Content-Type": "text/html", "Content-Encoding": self.encoding}))
        zeros = bytes(1024 * 1024)
        started = time.monotonic()
        while self.produced < self.total and not _expired(stop, started):
            piece = compressor.compress(zeros) + compressor.flush(zlib.Z_SYNC_FLUSH)
            self.produced += len(zeros)
            conn.sendall(piece)
            self.sent += len(piece)
        conn.sendall(compressor.flush())


def chunked(parts: Iterable[bytes], headers: dict[str, str] | None = None) -> Handler:
    """A Transfer-Encoding: chunked answer."""
    chunks = list(parts)

    def handler(conn: socket.socket, request: Request, stop: threading.Event) -> None:
        fields = {"Content-Type": "text/html", **(headers or {}), "Transfer-Encoding": "chunked"}
        out = head(200, fields)
        for part in chunks:
            out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
        conn.sendall(out + b"0\r\n\r\n")

    return handler


class ConcurrencyProbe:
    """Answers slowly and records the most connections it served at once."""

    def __init__(self, hold: float = 0.05) -> None:
        self.hold = hold
        self.active = 0
        self.most = 0
        self._lock = threading.Lock()

    def __call__(self, conn: socket.socket, request: Request, stop: threading.Event) -> None:
        with self._lock:
            self.active += 1
            self.most = max(self.most, self.active)
        try:
            stop.wait(self.hold)
            body = b"<html>ok</html>"
            conn.sendall(head(200, {"Content-Type": "text/html", "Content-Length": str(len(body))}) + body)
        finally:
            with self._lock:
                self.active -= 1


def standard_faults() -> dict[str, Handler]:
    """One server behaviour per fault of the page-sources issue, each a fresh handler: stall, trickle,
    reset, 5xx and 429 with Retry-After, 4xx, empty and lying answers, a redirect loop, a redirect to a
    private address and a 100 MB body."""
    return {
        "stall": stall(),
        "trickle": trickle(b"<html>" + b"x" * 200, interval=0.5),
        "reset": reset_mid_body(),
        "error500": respond(500, {"Content-Type": "text/html"}, b"oops"),
        "busy503": respond(503, {"Retry-After": "120", "Content-Type": "text/html"}, b"busy"),
        "slow429": respond(429, {"Retry-After": "120"}, b"slow down"),
        "gone410": respond(410, {"Content-Type": "text/html"}, b"gone"),
        "missing404": respond(404, {"Content-Type": "text/html"}, b"missing"),
        "empty200": respond(200, {"Content-Type": "text/html"}, b""),
        "liar": respond(200, {"Content-Type": "image/png"}, b"<html><body>hi</body></html>"),
        "loop": respond(302, {"Location": "/news"}, b""),
        "to-private": respond(302, {"Location": "http://10.0.0.1/news"}, b""),
        "huge": Endless(100 * 1024 * 1024),
    }
