"""Response bodies and headers: decompression, media types and sniffing, Retry-After, status wording.

Pure functions and small value types; no I/O. Imports: the standard library.
"""
from __future__ import annotations

import codecs
import email.utils
import math
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from typing import Any

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


class Decoder:
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
class BodyRules:
    max_bytes: int
    accept: tuple[str, ...]
    truncate: bool = False    # robots.txt: keep the first max_bytes instead of failing
    sniff: bool = True        # check declared text types against binary signatures; sniff missing types


@dataclass(frozen=True)
class Response:
    status: int
    reason: str
    headers: ResponseHeaders
    body: bytes = b""
    content_type: str | None = None
    charset: str | None = None


def media_type(value: str | None) -> tuple[str | None, str | None]:
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


def accepts(media_type: str, accept: Iterable[str]) -> bool:
    for pattern in _media_patterns(accept):
        if pattern in ("*/*", media_type) or (pattern.endswith("/*") and media_type.startswith(pattern[:-1])):
            return True
    return False


def is_textual(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type.endswith(_TEXTUAL_SUFFIXES)


def binary_kind(body: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC:
        if body.startswith(magic):
            return kind
    return None


def sniff(body: bytes) -> str | None:
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


def sniffed_fits(sniffed: str, accept: Iterable[str]) -> bool:
    accepted = _media_patterns(accept)
    if "*/*" in accepted or accepts(sniffed, accepted):
        return True
    if sniffed == "text/html":
        return any(p in ("text/html", "application/xhtml+xml", "text/*") for p in accepted)
    if sniffed == "application/xml":
        return any(p.endswith(("+xml", "/xml")) for p in accepted)
    return any(p.endswith(("+json", "/json")) for p in accepted)


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
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
    when = http_date(value)
    if when is None:
        return None
    now = http_date(headers.get("Date", "")) or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def http_date(value: str) -> datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    return f"{n / 1024:g} KB" if n >= 1024 else f"{n} bytes"


def status_message(status: int, reason: str) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = reason or "unknown status"
    notes = {404: " (no such page)", 410: " (gone: the publisher removed the page for good)",
             429: " (too many requests: we are asked to slow down)"}
    return f"the server answered {status} {phrase}{notes.get(status, '')}"
