"""Bytes to text: the one place that guesses encodings. Pure.

Order: valid UTF-8 is UTF-8; then a byte-order mark; then a charset the document declares
(HTTP header, <meta charset>, XML declaration); then detection limited to plausible encodings
(charset-normalizer restricted to Western and common legacy code pages). Binary data is refused.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import SkipFile

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Encodings worth guessing for press releases; anything else is more likely a wrong guess than a fact.
PLAUSIBLE = ("cp1252", "iso8859_15", "iso8859_2", "cp1250", "cp1251", "koi8_r", "mac_roman",
             "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr", "cp874", "cp1256", "iso8859_7")


def declared_charset(data: bytes) -> str | None:
    """The charset named by a <meta> tag or XML declaration in the first 4 KB, if Python knows it."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace")
    return _known(name)


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM shows NULs on every other byte; decide the byte order from where they are."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"BZh",
          b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00")


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")   # C0 controls but tab, newline, form feed and return


def looks_binary(text: str) -> bool:
    """Text with more than a few stray control characters (NULs included) is not a release; a few are
    tolerated (and removed later), so one bad byte does not lose a release."""
    if not text:
        return False
    sample = text[:8192]
    return len(_CONTROLS.findall(sample)) > max(8, len(sample) // 20)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data` to text, or raise SkipFile saying why it cannot be read.

    `declared` is an outside declaration (an HTTP charset); declarations inside the document are
    found here. A BOM beats every declaration; valid UTF-8 beats a declaration of a legacy code page
    only when the document has no explicit declaration at all.
    """
    if not data.strip():
        raise SkipFile("empty file")
    unicode_text = _marked_unicode(data)
    if unicode_text is not None:
        return _checked(unicode_text)
    if data.startswith(_MAGIC):
        raise SkipFile("binary file (an image, archive or other non-text format)")
    if looks_binary(data[:8192].decode("latin-1")):
        raise SkipFile("binary file (control characters)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for name in (_known(declared), declared_charset(data)):
        if name and name not in ("utf-8", "utf_8"):
            try:
                return _checked(data.decode(name))
            except (UnicodeDecodeError, LookupError):
                continue
    return _last_resort(data)


def _marked_unicode(data: bytes) -> str | None:
    """The text of a document in a Unicode encoding that says so: a BOM, or UTF-16 without one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace")
    utf16 = _utf16_without_bom(data)
    return data.decode(utf16, errors="replace") if utf16 else None


def _last_resort(data: bytes) -> str:
    """No declaration fits: a statistical guess, else mostly-UTF-8 text, else SkipFile."""
    guess = _guess(data)
    if guess is not None:
        return _checked(guess)
    # Mostly UTF-8 with a few stray bytes (a truncated or mixed file): keep what is readable.
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(3, len(text) // 100):
        return _checked(text)
    raise SkipFile("undecodable text (no plausible encoding)")


def _guess(data: bytes) -> str | None:
    """charset-normalizer's reading among plausible code pages; on a tie, the more common code page
    (PLAUSIBLE's order: a Western press release in cp1252 is likelier than one in cp1250)."""
    matches = [m for m in from_bytes(data, cp_isolation=list(PLAUSIBLE)) if m.encoding in PLAUSIBLE]
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 0.01]
    return str(min(tied, key=lambda m: PLAUSIBLE.index(m.encoding)))


def _checked(text: str) -> str:
    if looks_binary(text):
        raise SkipFile("binary file (control characters)")
    if not text.strip():
        raise SkipFile("empty file")
    return text
