"""A press release read to the newswire conventions, from its paragraphs (lines kept): preamble,
headline, standfirst, dateline, body, end matter, and the dates it states. Pure; used by
normalisation for every format and source kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .endmatter import Contact, split_end_matter
from .preamble import split_dateline, split_preamble
from .text import clean_line
from .when import Stated

_BLANK = re.compile(r"\n[ \t\u00a0]*\n\s*")


@dataclass(frozen=True)
class Newswire:
    title: str | None
    standfirst: str | None
    paragraphs: list[str]            # the body, one line per paragraph
    dateline: str | None
    dateline_date: Stated | None
    date: Stated | None              # a date line above the headline
    embargo: Stated | None
    notes: str
    contacts: tuple[Contact, ...]


def blocks(text: str) -> list[str]:
    """Paragraphs separated by blank lines, their lines kept (CR/LF normalised, lines stripped)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    out = []
    for block in _BLANK.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            out.append("\n".join(lines))
    return out


def read_newswire(paragraphs: list[str], title: str | None, language: str | None = None,
                  locale: str | None = None, zone: str | None = None) -> Newswire:
    pre = split_preamble(paragraphs, title, language, locale, zone)
    end = split_end_matter(pre.body)
    body = list(end.body)
    dateline = dateline_date = None
    if body:
        found = split_dateline(_flat(body[0]), language, locale, zone)
        if found is not None:
            dateline, dateline_date = found.place, found.date
            body[0] = found.rest
    flat = [_flat(p) for p in body]
    flat = [p for p in flat if p]
    if dateline is None and pre.date_place:
        dateline = pre.date_place
    return Newswire(pre.title, pre.standfirst, flat, dateline, dateline_date, pre.date, pre.embargo,
                    end.notes, end.contacts)


def _flat(paragraph: str) -> str:
    """A paragraph's lines as one line (a hyphen at a hard line break kept: it may be a real hyphen)."""
    return clean_line(" ".join(line.strip() for line in paragraph.split("\n")))
