"""Plain-text helpers for normalisation: XML-safe characters, whitespace, paragraphs, summaries. Pure."""
from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 forbids: C0 controls except tab/newline/return, surrogates, U+FFFE and U+FFFF.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# C1 controls and other invisible troublemakers that readers show as boxes.
_INVISIBLE = re.compile("[\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\w+", re.UNICODE)


def xml_safe(text: str) -> str:
    """Remove every character XML 1.0 forbids (and invisible controls); keep everything else."""
    text = _XML_FORBIDDEN.sub("", text)
    return _INVISIBLE.sub(lambda m: "\n" if m.group() in "\u2028\u2029" else "", text)


def clean_line(text: str) -> str:
    """One line of text: XML-safe, NFC, inner whitespace collapsed to single spaces."""
    text = unicodedata.normalize("NFC", xml_safe(text))
    return _SPACES.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; lines inside a paragraph are joined with a space."""
    text = xml_safe(text).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = (clean_line(p) for p in _BLANK_LINES.split(text))
    return [p for p in paragraphs if p]


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def summarise(paragraphs: list[str], limit: int = 300) -> str:
    """The first paragraph, cut at a word boundary to at most `limit` characters (with an ellipsis)."""
    if not paragraphs:
        return ""
    first = paragraphs[0]
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def apart_from_body(summary: str, body_text: str) -> bool:
    """Whether a summary is not the body's own opening (`summarise`'s cut): a standfirst the reader sees
    nowhere else, so a page showing the body shows it too."""
    start = summary.removesuffix("…").strip()
    return bool(start) and not body_text.startswith(start)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def fold(text: str) -> str:
    """Text for matching: lower case, every run of non-word characters (hyphens, line breaks...) one space."""
    return " " + " ".join(words(text)) + " "


MAX_BODY_CHARS = 200_000   # ten times the longest real press release; beyond it is a data dump, not prose


def bounded(paragraphs: list[str], limit: int = MAX_BODY_CHARS) -> list[str]:
    """The paragraphs, cut to at most `limit` characters in all (at a word boundary, with an ellipsis).

    Every later step (topics, language, hashes, storage, every feed document) costs time in proportion
    to the body: one hostile 10 MB line must not cost seconds at each of them.
    """
    out: list[str] = []
    left = limit
    for p in paragraphs:
        if len(p) <= left:
            out.append(p)
            left -= len(p) + 2
            continue
        if left > 20:
            cut = p[: left - 1]
            space = cut.rfind(" ")
            out.append((cut[:space] if space > left // 2 else cut).rstrip() + "…")
        break
    return out
