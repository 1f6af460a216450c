"""Tests for feeds.http (the fetcher and its transport) against real servers on 127.0.0.1 (and nowhere else).

Normal answers come from pytest-httpserver; faulty ones from the raw-socket servers in
tests/httpfaults.py. Name resolution is always injected (no DNS). Tests of the address
guard either give the guard resolver answers and a dial spy that refuses to connect
anywhere but loopback, or point an un-opted-in fetch at a loopback server and check the
server saw nothing. Time is injected: sleeps return at once but are recorded.
"""
from __future__ import annotations

import gzip
import ipaddress
import socket
import ssl
import subprocess
import threading
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from feeds.http import (
    BadContentType,
    BadEncoding,
    BadScheme,
    BlockedAddress,
    ConnectionFailed,
    DeadlineExceeded,
    FetchError,
    Fetcher,
    FetchPolicy,
    HTTPStatusError,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    blocked_reason,
)
from tests import httpfaults as hf

HTML = b"<!doctype html><html><head><title>t</title></head><body><p>Hello</p></body></html>"
UA = "feeds-test/1.0 (+https://example.invalid/contact)"
# A global address that is never dialled: SpyFetcher reroutes it to the local server.
PUBLIC_STANDIN = "93.184.216.34"


# --------------------------------------------------------------------------- helpers


class ShiftedClock:
    """Real monotonic time plus everything "slept": sleeps return at once but are recorded."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return time.monotonic() + self.offset

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.offset += seconds


class FrozenClock(ShiftedClock):
    """Time stands still except when something sleeps."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 1000.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        self.now += seconds


def no_dns(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
    raise AssertionError(f"tests must not resolve names ({host})")


class FakeResolver:
    """Answers from a table, without any network; records every lookup."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.calls: list[str] = []

    def __call__(self, host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        self.calls.append(host)
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        answers = []
        for address in self.table[host]:
            if ":" in address:
                answers.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                answers.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return answers


def policy(**overrides: Any) -> FetchPolicy:
    settings: dict[str, Any] = {"user_agent": UA, "deadline": 2.0, "allow_private_network": True,
                                "host_delay": 0.0, "retries": 2}
    settings.update(overrides)
    return FetchPolicy(**settings)


def make_fetcher(timer: ShiftedClock | None = None, *, resolver: Any = no_dns,
                 cls: type[Fetcher] = Fetcher, ssl_context: ssl.SSLContext | None = None,
                 **overrides: Any) -> Fetcher:
    timer = timer or ShiftedClock()
    return cls(policy(**overrides), resolver=resolver, clock=timer.clock, sleep=timer.sleep,
               rng=lambda: 0.5, ssl_context=ssl_context)


class SpyFetcher(Fetcher):
    """Records every address it would dial; only PUBLIC_STANDIN is dialled (rerouted to a local port)."""

    def __init__(self, *args: Any, reroute_to: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dialled: list[str] = []
        self.reroute_to = reroute_to

    def _dial(self, family: int, sockaddr: tuple[Any, ...], timeout: float) -> socket.socket:
        self.dialled.append(sockaddr[0])
        if sockaddr[0] == PUBLIC_STANDIN and self.reroute_to is not None:
            return super()._dial(socket.AF_INET, ("127.0.0.1", self.reroute_to), timeout)
        raise AssertionError(f"the fetcher tried to connect to {sockaddr}")


def spy_fetcher(resolver: FakeResolver, port: int | None = None, **overrides: Any) -> SpyFetcher:
    timer = ShiftedClock()
    overrides.setdefault("allow_private_network", False)
    return SpyFetcher(policy(**overrides), resolver=resolver, clock=timer.clock, sleep=timer.sleep,
                      rng=lambda: 0.5, reroute_to=port)


def paths(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]


@pytest.fixture
def server(httpserver_ipv4: HTTPServer) -> HTTPServer:
    return httpserver_ipv4


# --------------------------------------------------------------------------- normal answers


def test_fetch_returns_body_and_metadata(server: HTTPServer) -> None:
    server.expect_request("/page").respond_with_data(
        HTML, content_type="text/html; charset=UTF-8",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 21 Oct 2015 07:28:00 GMT", "X-Thing": "yes"})
    result = make_fetcher().fetch(server.url_for("/page"), check_robots=False)
    assert result.status == 200 and not result.not_modified
    assert result.url == server.url_for("/page")
    assert result.body == HTML
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 21 Oct 2015 07:28:00 GMT"
    assert result.headers["x-thing"] == "yes" and result.headers["X-THING"] == "yes"
    assert "content-type" in result.headers


def test_request_headers_user_agent_accept_encoding(server: HTTPServer) -> None:
    server.expect_request("/").respond_with_data(HTML, content_type="text/html")
    make_fetcher().fetch(server.url_for("/"), check_robots=False)
    request = server.log[0][0]
    assert request.headers["User-Agent"] == UA
    assert request.headers["Accept"] == "text/html, application/xhtml+xml"
    assert request.headers["Accept-Encoding"] == "gzip, deflate"
    assert "If-None-Match" not in request.headers
    assert request.headers["Host"] == f"127.0.0.1:{server.port}"


def test_conditional_get_returns_not_modified(server: HTTPServer) -> None:
    server.expect_request("/feed", headers={"If-None-Match": '"abc"',
                                            "If-Modified-Since": "Wed, 21 Oct 2015 07:28:00 GMT"}
                          ).respond_with_data(b"", status=304, headers={"ETag": '"abc"'})
    result = make_fetcher().fetch(server.url_for("/feed"), etag='"abc"',
                                  last_modified="Wed, 21 Oct 2015 07:28:00 GMT", check_robots=False)
    assert result.status == 304 and result.not_modified
    assert result.body == b""
    assert result.etag == '"abc"'


def test_empty_200_is_returned_as_is(server: HTTPServer) -> None:
    server.expect_request("/empty").respond_with_data(b"", content_type="text/html")
    result = make_fetcher().fetch(server.url_for("/empty"), check_robots=False)
    assert result.status == 200 and result.body == b""


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize("encoding, compress", [
    ("gzip", gzip.compress),
    ("deflate", zlib.compress),      # as the RFC says: zlib-wrapped
    ("deflate", _raw_deflate),       # as some servers do: raw
])
def test_compressed_bodies_are_decoded(server: HTTPServer, encoding: str, compress: Any) -> None:
    server.expect_request("/z").respond_with_data(compress(HTML), content_type="text/html",
                                                  headers={"Content-Encoding": encoding})
    assert make_fetcher().fetch(server.url_for("/z"), check_robots=False).body == HTML


def test_multi_member_gzip_is_decoded(server: HTTPServer) -> None:
    server.expect_request("/z").respond_with_data(gzip.compress(HTML[:20]) + gzip.compress(HTML[20:]),
                                                  content_type="text/html", headers={"Content-Encoding": "gzip"})
    assert make_fetcher().fetch(server.url_for("/z"), check_robots=False).body == HTML


def test_chunked_body_is_read() -> None:
    with hf.FaultServer(hf.chunked([HTML[:10], HTML[10:40], HTML[40:]])) as fs:
        assert make_fetcher().fetch(fs.url("/c"), check_robots=False).body == HTML


# --------------------------------------------------------------------------- content type and charset


def test_lying_content_type_is_refused(server: HTTPServer) -> None:
    server.expect_request("/img").respond_with_data(HTML, content_type="image/png")
    with pytest.raises(BadContentType, match="image/png"):
        make_fetcher().fetch(server.url_for("/img"), check_robots=False)


def test_binary_body_declared_as_html_is_refused(server: HTTPServer) -> None:
    server.expect_request("/png").respond_with_data(b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="text/html")
    with pytest.raises(BadContentType, match="PNG"):
        make_fetcher().fetch(server.url_for("/png"), check_robots=False)


def test_feed_policy_accepts_feed_types_only(server: HTTPServer) -> None:
    rss = b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'
    server.expect_request("/rss").respond_with_data(rss, content_type="application/rss+xml")
    server.expect_request("/html").respond_with_data(HTML, content_type="text/html")
    fetcher = make_fetcher(accept=("application/rss+xml", "application/atom+xml", "application/xml", "text/xml"))
    assert fetcher.fetch(server.url_for("/rss"), check_robots=False).content_type == "application/rss+xml"
    with pytest.raises(BadContentType):
        fetcher.fetch(server.url_for("/html"), check_robots=False)
    assert server.log[0][0].headers["Accept"].startswith("application/rss+xml")


@pytest.mark.parametrize("body, accept, expected", [
    (HTML, ("text/html",), "text/html"),
    (b"\xef\xbb\xbf  <html><body>x</body></html>", ("text/html",), "text/html"),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', ("application/atom+xml",),
     "application/xml"),
    (b'{"version": "https://jsonfeed.org/version/1.1"}', ("application/feed+json",), "application/json"),
])
def test_missing_content_type_is_sniffed(body: bytes, accept: tuple[str, ...], expected: str) -> None:
    with hf.FaultServer(hf.respond(200, {}, body)) as fs:
        result = make_fetcher(accept=accept).fetch(fs.url(), check_robots=False)
    assert result.content_type == expected and result.body == body


@pytest.mark.parametrize("body, accept", [
    (b"\x89PNG\r\n\x1a\n" + bytes(50), ("text/html",)),
    (b"just some words", ("text/html",)),
    (HTML, ("application/rss+xml",)),
])
def test_missing_content_type_that_does_not_fit_is_refused(body: bytes, accept: tuple[str, ...]) -> None:
    with hf.FaultServer(hf.respond(200, {}, body)) as fs:
        with pytest.raises(BadContentType, match="no content type"):
            make_fetcher(accept=accept).fetch(fs.url(), check_robots=False)


def test_missing_content_type_and_empty_body_is_returned(server: HTTPServer) -> None:
    with hf.FaultServer(hf.respond(200, {}, b"")) as fs:
        result = make_fetcher().fetch(fs.url(), check_robots=False)
    assert result.body == b"" and result.content_type is None


@pytest.mark.parametrize("header, charset", [
    ("text/html; charset=klingon", None),                    # unknown: dropped, the caller sniffs
    ('text/html; charset="ISO-8859-1"', "iso-8859-1"),
    ("text/html;charset=utf-8", "utf-8"),
    ("text/html", None),
])
def test_charset_header(server: HTTPServer, header: str, charset: str | None) -> None:
    latin1 = "<html><body>café</body></html>".encode("latin-1")    # not UTF-8, whatever the header says
    server.expect_request("/c").respond_with_data(latin1, headers={"Content-Type": header})
    result = make_fetcher().fetch(server.url_for("/c"), check_robots=False)
    assert result.charset == charset
    assert result.body == latin1          # bytes untouched: decoding is the caller's business


# --------------------------------------------------------------------------- status codes and retries


def test_404_is_not_retried(server: HTTPServer) -> None:
    server.expect_request("/missing").respond_with_data("nope", status=404)
    timer = ShiftedClock()
    with pytest.raises(HTTPStatusError) as caught:
        make_fetcher(timer).fetch(server.url_for("/missing"), check_robots=False)
    assert caught.value.status == 404 and not caught.value.gone
    assert "404" in str(caught.value) and server.url_for("/missing") in str(caught.value)
    assert len(server.log) == 1 and timer.sleeps == []


def test_410_is_gone(server: HTTPServer) -> None:
    server.expect_request("/old").respond_with_data("gone", status=410)
    with pytest.raises(HTTPStatusError, match="removed") as caught:
        make_fetcher().fetch(server.url_for("/old"), check_robots=False)
    assert caught.value.gone and len(server.log) == 1


def test_500_is_retried_with_backoff_then_reported(server: HTTPServer) -> None:
    server.expect_request("/boom").respond_with_data("err", status=500)
    timer = ShiftedClock()
    with pytest.raises(HTTPStatusError) as caught:
        make_fetcher(timer, retries=2).fetch(server.url_for("/boom"), check_robots=False)
    assert caught.value.status == 500
    assert len(server.log) == 3
    assert timer.sleeps == [0.5, 1.0]      # 0.5 s doubled, jitter factor 0.5 + rng() = 1.0


def test_501_is_not_retried(server: HTTPServer) -> None:
    server.expect_request("/x").respond_with_data("no", status=501)
    with pytest.raises(HTTPStatusError):
        make_fetcher().fetch(server.url_for("/x"), check_robots=False)
    assert len(server.log) == 1


def test_503_with_retry_after_seconds_then_success(server: HTTPServer) -> None:
    server.expect_oneshot_request("/busy").respond_with_data("busy", status=503, headers={"Retry-After": "1"})
    server.expect_request("/busy").respond_with_data(HTML, content_type="text/html")
    timer = ShiftedClock()
    result = make_fetcher(timer).fetch(server.url_for("/busy"), check_robots=False)
    assert result.body == HTML
    assert timer.sleeps == [1.0]


def test_429_with_retry_after_http_date_relative_to_server_date() -> None:
    answer = hf.respond(429, {"Date": "Wed, 21 Oct 2015 07:28:00 GMT",
                              "Retry-After": "Wed, 21 Oct 2015 07:28:01 GMT"}, b"slow down")
    with hf.FaultServer(hf.sequence(answer, hf.respond(200, {"Content-Type": "text/html"}, HTML))) as fs:
        timer = ShiftedClock()
        assert make_fetcher(timer).fetch(fs.url(), check_robots=False).body == HTML
    assert timer.sleeps == [1.0]


def test_retry_after_beyond_deadline_gives_up_at_once(server: HTTPServer) -> None:
    server.expect_request("/later").respond_with_data(
        "busy", status=503, headers={"Retry-After": "Fri, 31 Dec 2100 23:59:59 GMT"})
    timer = ShiftedClock()
    with pytest.raises(HTTPStatusError, match="past our deadline") as caught:
        make_fetcher(timer, deadline=2.0).fetch(server.url_for("/later"), check_robots=False)
    assert caught.value.status == 503 and caught.value.retry_after > 1e9
    assert len(server.log) == 1 and timer.sleeps == []


def test_429_retry_after_seconds_beyond_deadline(server: HTTPServer) -> None:
    server.expect_request("/rl").respond_with_data("slow", status=429, headers={"Retry-After": "3600"})
    with pytest.raises(HTTPStatusError) as caught:
        make_fetcher().fetch(server.url_for("/rl"), check_robots=False)
    assert caught.value.status == 429 and caught.value.retry_after == 3600.0
    assert len(server.log) == 1


# --------------------------------------------------------------------------- redirects


def test_relative_redirects_are_followed(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_data("", status=301, headers={"Location": "b?x=1"})
    server.expect_request("/b").respond_with_data("", status=303, headers={"Location": "/final#frag"})
    server.expect_request("/final").respond_with_data(HTML, content_type="text/html")
    result = make_fetcher().fetch(server.url_for("/a"), check_robots=False)
    assert result.url == server.url_for("/final") and result.body == HTML
    assert paths(server) == ["/a", "/b", "/final"]


def test_too_many_redirects(server: HTTPServer) -> None:
    for i in range(4):
        server.expect_request(f"/r{i}").respond_with_data("", status=302, headers={"Location": f"/r{i + 1}"})
    server.expect_request("/r4").respond_with_data(HTML, content_type="text/html")
    assert make_fetcher(max_redirects=4).fetch(server.url_for("/r0"), check_robots=False).body == HTML
    server.clear_log()
    with pytest.raises(TooManyRedirects, match="more than 3 redirects"):
        make_fetcher(max_redirects=3).fetch(server.url_for("/r0"), check_robots=False)
    assert paths(server) == ["/r0", "/r1", "/r2", "/r3"]


def test_redirect_loop(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_data("", status=307, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=308, headers={"Location": "/a"})
    with pytest.raises(TooManyRedirects, match="loop"):
        make_fetcher().fetch(server.url_for("/a"), check_robots=False)
    assert paths(server) == ["/a", "/b"]


@pytest.mark.parametrize("location", ["ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)"])
def test_redirect_to_other_scheme_is_refused(server: HTTPServer, location: str) -> None:
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": location})
    with pytest.raises(BadScheme, match="redirected from"):
        make_fetcher().fetch(server.url_for("/a"), check_robots=False)


def test_redirect_without_location(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_data("", status=302)
    with pytest.raises(HTTPStatusError, match="Location"):
        make_fetcher().fetch(server.url_for("/a"), check_robots=False)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/", "file:///etc/passwd", "javascript:alert(1)",
                                 "data:text/html,hi", "//127.0.0.1/x", "gopher://127.0.0.1:70/"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(BadScheme) as caught:
        make_fetcher().fetch(url)
    assert caught.value.url == url


# --------------------------------------------------------------------------- faults


def test_connection_refused_is_retried_then_reported() -> None:
    timer = ShiftedClock()
    with hf.closed_port() as port:
        with pytest.raises(ConnectionFailed, match="refused"):
            make_fetcher(timer).fetch(f"http://127.0.0.1:{port}/", check_robots=False)
    assert timer.sleeps == [0.5, 1.0]


def test_stalled_server_ends_at_deadline() -> None:
    with hf.FaultServer(hf.stall()) as fs:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded, match="1-second deadline"):
            make_fetcher(deadline=1.0).fetch(fs.url(), check_robots=False)
        elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 1.8
    assert fs.connections == 1      # a deadline is not retried


def test_trickled_body_ends_at_deadline() -> None:
    with hf.FaultServer(hf.trickle(HTML, interval=1.0)) as fs:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            make_fetcher(deadline=1.5).fetch(fs.url(), check_robots=False)
        elapsed = time.monotonic() - started
    assert 1.4 <= elapsed < 2.3


def test_trickled_headers_end_at_deadline() -> None:
    with hf.FaultServer(hf.trickle_headers(interval=0.1)) as fs:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            make_fetcher(deadline=1.0).fetch(fs.url(), check_robots=False)
        elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 1.8


def test_reset_mid_body_is_retried_then_reported() -> None:
    with hf.FaultServer(hf.reset_mid_body()) as fs:
        with pytest.raises(ConnectionFailed):
            make_fetcher(retries=1).fetch(fs.url(), check_robots=False)
    assert fs.connections == 2


def test_body_shorter_than_content_length() -> None:
    short = hf.respond(200, {"Content-Type": "text/html", "Content-Length": "1000"}, HTML)
    with hf.FaultServer(short) as fs:
        with pytest.raises(ConnectionFailed, match="before the whole body"):
            make_fetcher(retries=0).fetch(fs.url(), check_robots=False)


def test_closed_without_answer_is_retried() -> None:
    with hf.FaultServer(hf.sequence(hf.raw(b""), hf.respond(200, {"Content-Type": "text/html"}, HTML))) as fs:
        assert make_fetcher().fetch(fs.url(), check_robots=False).body == HTML
    assert fs.connections == 2


def test_not_http_at_all() -> None:
    with hf.FaultServer(hf.raw(b"SSH-2.0-OpenSSH_9.0\r\n")) as fs:
        with pytest.raises(ConnectionFailed, match="valid HTTP"):
            make_fetcher().fetch(fs.url(), check_robots=False)
    assert fs.connections == 1


def test_100_mb_body_stops_at_cap_quickly() -> None:
    endless = hf.Endless(100 * 1024 * 1024)          # close-delimited, generated lazily
    with hf.FaultServer(endless) as fs:
        started = time.monotonic()
        with pytest.raises(TooLarge, match="1 MB"):
            make_fetcher(max_bytes=1024 * 1024).fetch(fs.url(), check_robots=False)
        elapsed = time.monotonic() - started
    assert elapsed < 2.0
    assert endless.sent < 20 * 1024 * 1024           # the server was cut off long before 100 MB


def test_declared_100_mb_is_refused_before_reading() -> None:
    endless = hf.Endless(100 * 1024 * 1024, content_length=True)
    with hf.FaultServer(endless) as fs:
        with pytest.raises(TooLarge, match="Content-Length: 104857600"):
            make_fetcher(max_bytes=1024 * 1024).fetch(fs.url(), check_robots=False)
    assert endless.sent < 20 * 1024 * 1024


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compression_bomb_stops_at_cap(encoding: str) -> None:
    bomb = hf.CompressedZeros(1024 * 1024 * 1024, encoding=encoding)    # 1 GB of zeros, ~1 MB compressed
    with hf.FaultServer(bomb) as fs:
        started = time.monotonic()
        with pytest.raises(TooLarge):
            make_fetcher(max_bytes=2 * 1024 * 1024).fetch(fs.url(), check_robots=False)
        elapsed = time.monotonic() - started
    assert elapsed < 3.0
    assert bomb.produced < 1024 * 1024 * 1024


def test_compressed_body_just_under_cap_is_fine(server: HTTPServer) -> None:
    body = b"<html>" + b"a" * (64 * 1024 - 6)
    server.expect_request("/z").respond_with_data(gzip.compress(body), content_type="text/html",
                                                  headers={"Content-Encoding": "gzip"})
    assert make_fetcher(max_bytes=64 * 1024).fetch(server.url_for("/z"), check_robots=False).body == body
    with pytest.raises(TooLarge):
        make_fetcher(max_bytes=64 * 1024 - 1).fetch(server.url_for("/z"), check_robots=False)


@pytest.mark.parametrize("encoding, body, match", [
    ("gzip", b"this is not gzip at all", "corrupt"),
    ("gzip", gzip.compress(HTML, mtime=0)[:-12], "incomplete"),     # mtime=0: the same test id on every xdist worker
    ("deflate", b"\x00\x01garbage that will not inflate", "corrupt"),
    ("br", b"\x1b\x00", "did not ask for"),
])
def test_bad_compressed_stream(server: HTTPServer, encoding: str, body: bytes, match: str) -> None:
    server.expect_request("/z").respond_with_data(body, content_type="text/html",
                                                  headers={"Content-Encoding": encoding})
    with pytest.raises(BadEncoding, match=match) as caught:
        make_fetcher().fetch(server.url_for("/z"), check_robots=False)
    assert isinstance(caught.value, FetchError)


# --------------------------------------------------------------------------- the address guard


@pytest.mark.parametrize("address, reason", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.0.0.1", "private"), ("172.16.5.4", "private"),
    ("192.168.1.5", "private"), ("fd00::1", "private"), ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"), ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("224.0.0.1", "multicast"),
    ("240.0.0.1", "reserved"), ("100.64.0.1", "not a public"), ("::ffff:10.0.0.1", "private"),
    ("::ffff:127.0.0.1", "loopback"), ("2002:a00:1::", "private"), ("64:ff9b::a00:1", "reserved"),
    ("not-an-ip", "not an IP"),
])
def test_blocked_reason_refuses_non_public(address: str, reason: str) -> None:
    assert reason in (blocked_reason(address) or "")


@pytest.mark.parametrize("address", ["8.8.8.8", PUBLIC_STANDIN, "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_blocked_reason_allows_public(address: str) -> None:
    assert blocked_reason(address) is None


@pytest.mark.parametrize("address, allowed", [
    ("127.0.0.1", True), ("::1", True), ("10.1.2.3", True), ("192.168.1.5", True), ("::ffff:127.0.0.1", True),
    ("169.254.169.254", False), ("0.0.0.0", False), ("224.0.0.1", False), ("fe80::1", False),
])
def test_private_opt_in_still_refuses_link_local_and_unspecified(address: str, allowed: bool) -> None:
    assert (blocked_reason(address, allow_private_network=True) is None) is allowed


@given(st.ip_addresses(v=4))
def test_ipv4_mapped_is_judged_as_ipv4(address: ipaddress.IPv4Address) -> None:
    mapped = ipaddress.IPv6Address(f"::ffff:{address}")
    for opt_in in (False, True):
        assert blocked_reason(str(mapped), allow_private_network=opt_in) == \
            blocked_reason(str(address), allow_private_network=opt_in)
    if blocked_reason(str(address)) is None:
        assert address.is_global


def test_loopback_literal_without_opt_in_is_refused_before_connecting() -> None:
    with hf.FaultServer(hf.respond(200, {"Content-Type": "text/html"}, HTML)) as fs:
        with pytest.raises(BlockedAddress, match="loopback"):
            make_fetcher(allow_private_network=False).fetch(fs.url(), check_robots=False)
        with pytest.raises(BlockedAddress):
            make_fetcher(allow_private_network=False).fetch(f"http://[::ffff:127.0.0.1]:{fs.port}/")
    assert fs.connections == 0 and fs.requests == []


@pytest.mark.parametrize("answer", ["127.0.0.1", "192.168.1.5", "::1", "::ffff:10.0.0.1"])
def test_name_resolving_to_non_public_address_is_refused(answer: str) -> None:
    resolver = FakeResolver({"evil.example": [answer]})
    with hf.FaultServer(hf.respond(200, {"Content-Type": "text/html"}, HTML)) as fs:
        fetcher = spy_fetcher(resolver, fs.port)
        with pytest.raises(BlockedAddress, match=f"evil.example resolves to {answer}"):
            fetcher.fetch(f"http://evil.example:{fs.port}/")    # robots.txt included: same guard
    assert fetcher.dialled == [] and fs.connections == 0
    assert resolver.calls == ["evil.example"]


def test_every_answer_is_vetted() -> None:
    resolver = FakeResolver({"mixed.example": [PUBLIC_STANDIN, "10.9.8.7"]})
    fetcher = spy_fetcher(resolver)
    with pytest.raises(BlockedAddress, match="10.9.8.7"):
        fetcher.fetch("http://mixed.example/", check_robots=False)
    assert fetcher.dialled == []


def test_redirect_to_private_address_is_refused_before_connecting(server: HTTPServer) -> None:
    server.expect_request("/start").respond_with_data("", status=302, headers={"Location": "http://10.0.0.1/admin"})
    resolver = FakeResolver({"www.example.com": [PUBLIC_STANDIN]})
    fetcher = spy_fetcher(resolver, server.port)
    with pytest.raises(BlockedAddress, match="private") as caught:
        fetcher.fetch(f"http://www.example.com:{server.port}/start", check_robots=False)
    assert caught.value.url == "http://10.0.0.1/admin"
    assert fetcher.dialled == [PUBLIC_STANDIN]          # 10.0.0.1 was never dialled
    assert paths(server) == ["/start"]


def test_redirect_to_name_resolving_private_is_refused(server: HTTPServer) -> None:
    server.expect_request("/start").respond_with_data(
        "", status=301, headers={"Location": "https://intranet.example/secret"})
    resolver = FakeResolver({"www.example.com": [PUBLIC_STANDIN], "intranet.example": ["192.168.1.5"]})
    fetcher = spy_fetcher(resolver, server.port)
    with pytest.raises(BlockedAddress, match="intranet.example resolves to 192.168.1.5"):
        fetcher.fetch(f"http://www.example.com:{server.port}/start", check_robots=False)
    assert fetcher.dialled == [PUBLIC_STANDIN]
    assert resolver.calls == ["www.example.com", "intranet.example"]


def test_resolves_once_and_connects_to_the_vetted_address(server: HTTPServer) -> None:
    server.expect_request("/p").respond_with_data(HTML, content_type="text/html")
    resolver = FakeResolver({"www.example.com": [PUBLIC_STANDIN]})
    fetcher = spy_fetcher(resolver, server.port)
    result = fetcher.fetch(f"http://www.example.com:{server.port}/p", check_robots=False)
    assert result.body == HTML
    assert resolver.calls == ["www.example.com"]        # http.client never resolved the name again
    assert fetcher.dialled == [PUBLIC_STANDIN]          # we dialled the IP we vetted
    assert server.log[0][0].headers["Host"] == f"www.example.com:{server.port}"
    # DNS rebinding: the next lookup answers loopback, and is refused.
    resolver.table["www.example.com"] = ["127.0.0.1"]
    with pytest.raises(BlockedAddress):
        fetcher.fetch(f"http://www.example.com:{server.port}/p", check_robots=False)
    assert fetcher.dialled == [PUBLIC_STANDIN]


def test_unknown_host_is_a_connection_failure() -> None:
    with pytest.raises(ConnectionFailed, match="could not look up nowhere.example"):
        make_fetcher(resolver=FakeResolver({})).fetch("http://nowhere.example/", check_robots=False)


def test_hung_resolver_ends_at_deadline() -> None:
    release = threading.Event()

    def hung(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        release.wait(5)
        return []

    started = time.monotonic()
    try:
        with pytest.raises(DeadlineExceeded, match="looking up"):
            make_fetcher(resolver=hung, deadline=0.5).fetch("http://slow.example/", check_robots=False)
    finally:
        release.set()
    assert time.monotonic() - started < 1.5


# --------------------------------------------------------------------------- TLS


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=feeds.test",
             "-addext", "subjectAltName=DNS:feeds.test"],
            check=True, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as error:
        pytest.skip(f"openssl could not make a test certificate: {error}")
    return cert, key


def tls_server(certificate: tuple[Path, Path], names: list[str]) -> hf.FaultServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    context.sni_callback = lambda sslobj, name, ctx: names.append(name)   # type: ignore[assignment,misc]
    return hf.FaultServer(hf.respond(200, {"Content-Type": "text/html"}, HTML), tls=context)


def test_https_uses_sni_and_verifies_against_the_url_host(certificate: tuple[Path, Path]) -> None:
    names: list[str] = []
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    resolver = FakeResolver({"feeds.test": ["127.0.0.1"]})
    with tls_server(certificate, names) as fs:
        result = make_fetcher(resolver=resolver, ssl_context=trusted).fetch(
            f"https://feeds.test:{fs.port}/", check_robots=False)
    assert result.body == HTML and result.url == f"https://feeds.test:{fs.port}/"
    assert names == ["feeds.test"]


def test_https_untrusted_certificate_is_refused(certificate: tuple[Path, Path]) -> None:
    resolver = FakeResolver({"feeds.test": ["127.0.0.1"]})
    with tls_server(certificate, []) as fs:
        with pytest.raises(ConnectionFailed, match="certificate"):
            make_fetcher(resolver=resolver).fetch(f"https://feeds.test:{fs.port}/", check_robots=False)
    assert fs.connections == 1        # not retried


def test_https_certificate_for_another_name_is_refused(certificate: tuple[Path, Path]) -> None:
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    resolver = FakeResolver({"other.test": ["127.0.0.1"]})
    with tls_server(certificate, []) as fs:
        with pytest.raises(ConnectionFailed, match="certificate"):
            make_fetcher(resolver=resolver, ssl_context=trusted).fetch(
                f"https://other.test:{fs.port}/", check_robots=False)


# --------------------------------------------------------------------------- robots.txt


def test_robots_disallowed_path_is_not_fetched(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private\n",
                                                           content_type="text/plain")
    server.expect_request("/public").respond_with_data(HTML, content_type="text/html")
    fetcher = make_fetcher()
    with pytest.raises(RobotsDisallowed):
        fetcher.fetch(server.url_for("/private/page"))
    assert fetcher.fetch(server.url_for("/public")).body == HTML
    assert not fetcher.robots_allowed(server.url_for("/private"))
    assert paths(server) == ["/robots.txt", "/public"]       # fetched once, cached; /private never asked for
    assert server.log[0][0].headers["User-Agent"] == UA


def test_robots_group_for_our_agent(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data(
        "User-agent: feeds-test\nDisallow: /\n\nUser-agent: *\nAllow: /\n", content_type="text/plain")
    assert not make_fetcher().robots_allowed(server.url_for("/news"))
    assert make_fetcher(user_agent="otherbot/2.0").robots_allowed(server.url_for("/news"))


@pytest.mark.parametrize("status", [500, 503, 429])
def test_robots_server_error_disallows_all(server: HTTPServer, status: int) -> None:
    server.expect_request("/robots.txt").respond_with_data("oops", status=status)
    timer = ShiftedClock()
    with pytest.raises(RobotsDisallowed):
        make_fetcher(timer, retries=1).fetch(server.url_for("/page"))
    assert paths(server) == ["/robots.txt", "/robots.txt"]   # retried once, page never fetched


@pytest.mark.parametrize("status", [404, 403, 410])
def test_robots_client_error_allows_all(server: HTTPServer, status: int) -> None:
    server.expect_request("/robots.txt").respond_with_data("no", status=status)
    server.expect_request("/page").respond_with_data(HTML, content_type="text/html")
    assert make_fetcher().fetch(server.url_for("/page")).body == HTML


def test_robots_unreachable_disallows_all() -> None:
    with hf.closed_port() as port:
        fetcher = make_fetcher(retries=0)
        assert not fetcher.robots_allowed(f"http://127.0.0.1:{port}/page")
        with pytest.raises(ConnectionFailed, match="robots.txt could not be fetched"):   # says why
            fetcher.fetch(f"http://127.0.0.1:{port}/page")


def test_robots_stall_costs_one_deadline_and_is_remembered() -> None:
    with hf.FaultServer(hf.stall()) as fs:
        fetcher = make_fetcher(deadline=0.5)
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded, match="robots.txt"):
            fetcher.fetch(fs.url("/a"))
        with pytest.raises(DeadlineExceeded, match="robots.txt"):
            fetcher.fetch(fs.url("/b"))
        elapsed = time.monotonic() - started
    assert elapsed < 1.2 and [r.path for r in fs.requests] == ["/robots.txt"]


def test_robots_redirect_is_followed_and_checked(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=301, headers={"Location": "/real-robots"})
    server.expect_request("/real-robots").respond_with_data("User-agent: *\nDisallow: /x\n")
    fetcher = make_fetcher()
    assert not fetcher.robots_allowed(server.url_for("/x"))
    assert fetcher.robots_allowed(server.url_for("/y"))


def test_robots_redirect_to_private_address_disallows(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=302, headers={"Location": "http://10.0.0.1/r"})
    fetcher = spy_fetcher(FakeResolver({"www.example.com": [PUBLIC_STANDIN]}), server.port)
    assert not fetcher.robots_allowed(f"http://www.example.com:{server.port}/page")
    assert fetcher.dialled == [PUBLIC_STANDIN]


def test_robots_beyond_512_kb_is_ignored(server: HTTPServer) -> None:
    robots = "User-agent: *\nDisallow: /early\n" + "#" * (600 * 1024) + "\nDisallow: /late\n"
    server.expect_request("/robots.txt").respond_with_data(robots, content_type="text/plain")
    fetcher = make_fetcher()
    assert not fetcher.robots_allowed(server.url_for("/early"))
    assert fetcher.robots_allowed(server.url_for("/late"))


def test_crawl_delay_raises_host_delay(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 3\n")
    server.expect_request("/p").respond_with_data(HTML, content_type="text/html")
    timer = FrozenClock()
    fetcher = make_fetcher(timer, host_delay=1.0)
    fetcher.fetch(server.url_for("/p"))
    fetcher.fetch(server.url_for("/p"))
    assert timer.sleeps == [3.0, 3.0]          # robots.txt, wait, page, wait, page


def test_crawl_delay_is_capped(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 86400\n")
    server.expect_request("/p").respond_with_data(HTML, content_type="text/html")
    timer = FrozenClock()
    make_fetcher(timer, host_delay=1.0, max_crawl_delay=60.0).fetch(server.url_for("/p"))
    assert timer.sleeps == [60.0]


# --------------------------------------------------------------------------- politeness


def test_requests_to_one_host_are_spaced(server: HTTPServer) -> None:
    timer = FrozenClock()
    seen_at: list[float] = []

    def answer(request: Any) -> Any:
        from werkzeug import Response
        seen_at.append(timer.now)
        return Response(HTML, content_type="text/html")

    server.expect_request("/p").respond_with_handler(answer)
    fetcher = make_fetcher(timer, host_delay=5.0)
    for _ in range(3):
        fetcher.fetch(server.url_for("/p"), check_robots=False)
    assert timer.sleeps == [5.0, 5.0]
    assert all(later - earlier >= 5.0 for earlier, later in zip(seen_at, seen_at[1:]))


def test_different_hosts_do_not_wait_for_each_other(server: HTTPServer) -> None:
    server.expect_request("/p").respond_with_data(HTML, content_type="text/html")
    timer = FrozenClock()
    resolver = FakeResolver({"a.test": ["127.0.0.1"], "b.test": ["127.0.0.1"]})
    fetcher = make_fetcher(timer, resolver=resolver, host_delay=5.0)
    fetcher.fetch(f"http://a.test:{server.port}/p", check_robots=False)
    fetcher.fetch(f"http://b.test:{server.port}/p", check_robots=False)
    assert timer.sleeps == []
    fetcher.fetch(f"http://a.test:{server.port}/p", check_robots=False)
    assert timer.sleeps == [5.0]


def test_retries_wait_for_the_host_delay_too(server: HTTPServer) -> None:
    server.expect_oneshot_request("/p").respond_with_data("busy", status=503)
    server.expect_request("/p").respond_with_data(HTML, content_type="text/html")
    timer = FrozenClock()
    make_fetcher(timer, host_delay=2.0, deadline=10.0).fetch(server.url_for("/p"), check_robots=False)
    assert timer.sleeps == [0.5, 1.5]           # backoff, then the rest of the host delay


def test_one_request_at_a_time_per_host() -> None:
    probe = hf.ConcurrencyProbe(hold=0.05)
    with hf.FaultServer(probe) as fs:
        fetcher = make_fetcher(deadline=5.0)
        errors: list[BaseException] = []

        def work() -> None:
            try:
                fetcher.fetch(fs.url(), check_robots=False)
            except BaseException as error:  # reported below
                errors.append(error)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
    assert errors == [] and fs.connections == 4
    assert probe.most == 1
