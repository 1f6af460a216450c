"""Years in the page's dates the grammar would miss. Two-digit years, written whole where the page says the number
is a date: the text of an element that says it holds a date ("12/16/16 12:21pm" in a `<time>`), and a numeric date
followed by a time of day ("26.01.22, 14:30 Uhr"). Elsewhere a two-digit year is never read (a version, a score, a
reference number). And an era's mark between a date's month and its year (the Thai "15 มกราคม พ.ศ. 2569"), blanked.

Part of feeds.sources.article (see its docstring); pure, like all of it; used by its dates module.
"""
from __future__ import annotations

import re

from lxml.html import HtmlElement

from .common import _SKIP_TAGS, _class_words, _text

_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

# a numeric date with a two-digit year: day or month, separator, month or day, the same separator, year
_SHORT_YEAR_DAY = r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})"
_SHORT_YEAR_DATE = re.compile(_SHORT_YEAR_DAY + r"(?![\d./-])")
_DATE_WORDS = re.compile(r"date|publish|posted|stamp")


def _short_year_written_whole(element: HtmlElement) -> str | None:
    """The text of an element that says it holds a date (a `<time>`, microdata datePublished or dateCreated, a
    class or id that says date, never an update's) when that text is short and prints one numeric date with a
    two-digit year and no whole year ("12/16/16 12:21pm", "26.01.22, 14:30"), with the year written whole (00-69:
    this century, 70-99: the last, as POSIX reads "%y"); else None. The element says what the number is; elsewhere
    a two-digit year is never read (a version, a score, a reference number)."""
    if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
        return None
    if element.tag != "time" and not re.search(r"date(?:published|created)", (element.get("itemprop") or "").lower()):
        words = " ".join(_class_words(element))
        if not _DATE_WORDS.search(words) or re.search(r"update|modif|chang", words):
            return None
    text = _text(element)
    matches = _SHORT_YEAR_DATE.findall(text) if len(text) <= 40 and not _YEAR_RE.search(text) else []
    if len(matches) != 1:
        return None
    return _SHORT_YEAR_DATE.sub(_year_whole, text)


def _year_whole(m: re.Match[str]) -> str:
    """A `_SHORT_YEAR_DAY` match with its year written whole: 00-69 this century, 70-99 the last (as POSIX reads
    "%y")."""
    year = m.group(4)
    return f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(2)}{'20' if int(year) < 70 else '19'}{year}"


_TIMED_SHORT_YEAR = re.compile(_SHORT_YEAR_DAY
                               + r"(?=,?\s*(?:[^\W\d_]{1,3}\.?\s+|[-|·•]\s*)?\d{1,2}[:.h]\d{2}(?![\d.]))")


def _timed_short_years_whole(text: str) -> str:
    """The text with the two-digit year of a numeric date followed by a time of day written whole ("26.01.22,
    14:30 Uhr", "01/26/22 2:30 PM", "26.01.22 kl. 14.30": a day and a time, never a version or a score): this
    century's year, 70-99 the last."""
    return _TIMED_SHORT_YEAR.sub(_year_whole, text)


_ERA_MARK = re.compile(r"(?<=[^\W\d_] )(?:พ\.\s?ศ\.|ค\.\s?ศ\.)(?= ?\d{4}(?!\d))")


def _era_marks_blanked(text: str) -> str:
    """The text with the Thai era's marks between a month's name and a year ("15 มกราคม พ.ศ. 2569": of the
    Buddhist era; "ค.ศ.": of the common era) blanked, each by as many spaces: the grammar reads the day whole (the
    Buddhist year as the common one), and every date keeps its place in the text."""
    return _ERA_MARK.sub(lambda m: " " * len(m.group(0)), text)
