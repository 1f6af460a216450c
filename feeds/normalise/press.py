"""What makes press releases special: repeated titles, `Source:` lines, datelines, release numbers
and trailing page furniture. Pure functions over lists of paragraphs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .dates import DATE_IN_TEXT, parse_date
from .text import fold
from .when import PUBLISHED_LABEL, UPDATED_LABEL

_PLACE_CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40}?"
_PLACE_TITLE = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+){0,3}"
_DASH = r"\s*(?:[-–—:]+|\|)\s*"
# "JAKARTA, 10 April 2018 -", "GENEVA (10 May 2021) –", "Vientiane, 3 March 2023 —", "NEW YORK –"
_DATELINE_WITH_DATE = re.compile(
    r"^(?P<place>" + _PLACE_CAPS + "|" + _PLACE_TITLE + r")"
    r"(?:\s*,\s*[A-Z][A-Za-z .]{1,30}?)?"                 # optional country: "DILI, Timor-Leste, ..."
    r"\s*(?:,|\()\s*(?P<date>(?i:" + DATE_IN_TEXT.pattern + r"))\s*\)?" + _DASH,
)
_DATELINE_PLACE_ONLY = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-Þ]{3,}(?:[ \-][A-ZÀ-ÖØ-Þ]{2,}){0,3})"
                                  r"(?:\s*\([^)]{1,30}\))?" + _DASH)
_SOURCE_LINE = re.compile(r"^(?:source|publisher|source\s*:\s*)\s*:\s*(?P<name>.{2,120})$", re.IGNORECASE)
_RELEASE_NUMBER = re.compile(r"^(?:press release|communiqué(?: de presse)?|news release)?"
                             r"\s*(?:no\.?|n°|number|ref\.?)\s*[:.]?\s*[\w/.\-]{1,30}$", re.IGNORECASE)
# "Published on 4 June 2024", "Date: 10 April 2018", "Publié le 3 mars 2021": a date line, not text.
_DATE_LINE = re.compile(r"^(?:(?:" + PUBLISHED_LABEL.pattern + "|" + UPDATED_LABEL.pattern + r")\s*:?\s*)?"
                        r"(?i:" + DATE_IN_TEXT.pattern + r")\.?$", re.IGNORECASE)
_FOR_IMMEDIATE = re.compile(r"^(?:for immediate release|pour diffusion immédiate|embargoed until .{0,60})\.?$",
                            re.IGNORECASE)
# Lines that are never part of the release text when they close it.
_FURNITURE = re.compile(
    r"^(?:view (?:all|more) (?:photos|pictures|images)(?: here)?|travel page|back to top|print(?: this page)?|"
    r"share(?: this)?(?: on \w+)?|tweet|download(?: the)? (?:pdf|full (?:statement|release|text)|photos?).*|"
    r"related (?:news|articles|releases|stories)|read more|more news|photos?|gallery|tags?:.*|"
    r"-+ ?ends? ?-+|#{3}|\*{3}|ends?|fin|voir (?:toutes )?les photos.*|imprimer|partager|retour en haut)\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PressParts:
    paragraphs: list[str]
    dateline: str | None
    dateline_date: datetime | None
    source_line: str | None


def _same_title(paragraph: str, title: str) -> bool:
    return fold(paragraph) == fold(title)


def split_dateline(first: str, now: datetime) -> tuple[str | None, datetime | None, str]:
    """Split a leading dateline off the first paragraph: (place, date, rest)."""
    m = _DATELINE_WITH_DATE.match(first)
    if m:
        when = parse_date(m.group("date"), now)
        place = m.group("place").strip(" ,")
        if when is not None and (place.isupper() or len(place.split()) <= 3):
            return place.upper(), when, first[m.end():].strip()
    m = _DATELINE_PLACE_ONLY.match(first)
    if m and len(first) > m.end():
        return m.group("place").strip(), None, first[m.end():].strip()
    return None, None, first


def strip_furniture(paragraphs: list[str], title: str, now: datetime) -> PressParts:
    """Remove the repeated title, `Source:` and release-number lines, the dateline and trailing furniture."""
    paras = list(paragraphs)
    source_line = None
    # Leading matter: repeated title, Source: line, "For immediate release", release numbers, bare date lines.
    while paras:
        head = paras[0]
        if _same_title(head, title) or _FOR_IMMEDIATE.match(head) or _RELEASE_NUMBER.match(head):
            paras.pop(0)
            continue
        m = _SOURCE_LINE.match(head)
        if m:
            source_line = m.group("name").strip()
            paras.pop(0)
            continue
        if len(head) <= 80 and _DATE_LINE.match(head.strip()):
            paras.pop(0)
            continue
        break
    while paras and (_FURNITURE.match(paras[-1]) or _SOURCE_LINE.match(paras[-1])):
        paras.pop()
    dateline = dateline_date = None
    if paras:
        dateline, dateline_date, rest = split_dateline(paras[0], now)
        if dateline is not None:
            if rest:
                paras[0] = rest
            else:
                paras.pop(0)
    return PressParts(paras, dateline, dateline_date, source_line)
