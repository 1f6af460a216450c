"""Bytes to text: UTF-8 first, BOMs, declarations, plausible legacy code pages; binary refused."""
from __future__ import annotations

import codecs

import pytest

from feeds.errors import SkipFile
from feeds.sources.decode import decode_bytes

TEXT = "Minister’s “statement” — café, naïve, 10 avril 2018"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
])
def test_encodings_read_correctly(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_cp1252_file_with_curly_quotes_and_longer_text() -> None:
    body = ("The Council’s “regional framework” was adopted — unanimously — on Monday.\n\n" * 20)
    assert decode_bytes(body.encode("cp1252")) == body


def test_declared_charset_is_used_when_not_utf8() -> None:
    html = '<html><head><meta charset="iso-8859-2"></head><body>Łódź</body></html>'
    assert "Łódź" in decode_bytes(html.encode("iso-8859-2"))


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    html = '<meta charset="windows-1252"><p>café</p>'
    assert "café" in decode_bytes(html.encode("utf-8"))


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\n ", "empty"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
])
def test_unreadable_bytes_are_skipped_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(SkipFile) as info:
        decode_bytes(data)
    assert reason in str(info.value)


def test_truncated_utf8_keeps_the_readable_text() -> None:
    data = ("Press release about trade " * 50).encode() + "é".encode()[:1]
    assert decode_bytes(data).startswith("Press release about trade")
