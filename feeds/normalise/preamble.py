"""The newswire preamble of a press release: what comes before the headline (release labels, release
numbers, embargo lines, date lines, a letterhead, a contact), the headline and a standfirst. Pure functions
over lines of text, for every format alike. The labels' patterns are labels.py's and the dateline opening the
first paragraph dateline.py's (`EMBARGO`, `is_label` and `split_dateline` are imported from here too).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .calendars import ERAS, arabic_clocks, ascii_digits, weekday_names
from .contacts import _ORG, EMAIL, PHONE
from .dateline import _CASELESS_START, _NOT_PLACES, _UP, _country, split_dateline
from .labels import _LABEL_WORDS, _META, EMBARGO, is_label
from .when import _WEEKDAY, UPDATED_WORDS, Stated, read_stated
from .zones import NAMED_TIME

_DATE_LINE_LEAD = re.compile(r"^(?P<place>[" + _UP + _CASELESS_START + r"]"
                             r"[\w'’.\-\u0300-\u036f" + _CASELESS_START + r"]*"
                             r"(?:[ \-][A-ZÀ-ÖØ-Þa-zЀ-ӿΆ-ώ" + _CASELESS_START + r"]"
                             r"[\w'’.\-" + _CASELESS_START + r"]*){0,3}"
                             r"(?:\s\((?-i:[A-ZÀ-Þ])[\w .]{0,20}\)(?=\s*,))?)"      # "Manaus (AM), ...": its state
                             r"(?:\s*[,，،፣]\s*|\s+(?=den\s+\d))(?P<date>.+)$")    # "Göteborg den 8 februari 2027"
# Arabic "القاهرة في 14 يوليو 2024", "القاهرة في: ..." ("Cairo, on ..."): a place of one word
_ARABIC_ON = re.compile(r"^(?P<place>[\u0621-\u064a]{2,20})\s+في\s*:?\s*(?P<date>\S.+)$")
_SENTENCE_END = re.compile(r"[.!?…»\"”。！？।॥۔։።။។]$")   # also the danda (Hindi...) and other scripts' full stops
# Scripts that end no sentence with a mark (Thai, Lao): a line in them says nothing by ending without one
_UNMARKED_SCRIPT = re.compile(r"[\u0e00-\u0eff]")


@dataclass(frozen=True)
class Preamble:
    """What the lines before the body said."""

    title: str | None
    standfirst: str | None
    labels: tuple[str, ...]
    embargo: Stated | None
    embargo_text: str | None
    date: Stated | None
    date_place: str | None           # the place of a date line above the headline ("Berlin, 26.01.2022")
    body: list[str]                  # paragraphs after the headline and standfirst
    contact_lines: tuple[str, ...] = ()   # a contact above the headline ("Contact: Jane Roe, ..."), its lines


@lru_cache(maxsize=4096)
def read_date_line(line: str, language: str | None, locale: str | None, zone: str | None
                   ) -> tuple[str | None, Stated] | None:
    """A line that is only a date ("12 March 2025", "Thursday 6 June 2024", "Paris, le 18 février 2025"):
    (place or None, the date); None for any other line. Pure, and remembered for the last 4,096 lines: a
    text file's preamble is read twice (for its headline, then by normalisation), each short line tried. A line
    labelled as an update ("Last updated: 3 April 2025", "最終更新日：令和7年4月3日") dates a change, not the
    release: no date line (the line stays in the text)."""
    if UPDATE_LINE.match(line):
        return None
    clean = _date_line_text(line)
    issued_on = _ISSUED_ON.match(clean) if len(clean) <= 160 else None
    if issued_on:       # "Issued by the Press Office on Monday, 3 March 2025": who issued it, then when
        stated = _whole_date(issued_on.group("date"), language, locale, zone, issued_on.group("who"))
        return (None, stated) if stated is not None else None
    if len(clean) > 90 or len(clean) < 6:
        return None
    stated = _whole_date(clean, language, locale, zone, None)
    if stated is not None:
        return _placed(clean, stated, language, locale, zone) or (None, stated)
    issued = _ISSUED_BY.search(clean)       # "18 JUN 2024 4:45PM by PIB Delhi": who issued it, where
    if issued:
        stated = _whole_date(clean[:issued.start()], language, locale, zone, issued.group("who"))
        if stated is not None:
            return None, stated
    m = _DATE_LINE_LEAD.match(clean) or _ARABIC_ON.match(clean)
    if m:
        place = m.group("place").strip()
        stated = _whole_date(m.group("date"), language, locale, zone, place)
        if stated is not None:
            return place, stated
        country = _country(m.group("date"))         # "San José, Costa Rica, 5 de marzo de 2025": its country too
        stated = _whole_date(m.group("date")[len(country):], language, locale, zone, place) if country else None
        if stated is not None and country is not None and not _WEEKDAY.search(country):
            return f"{place}, {country.strip(' ,')}", stated
    placed = _placed_after_or_bare(clean, clean == line.strip(" *_#"), language, locale, zone)
    if placed is not None:
        return placed
    other = _OTHER_CALENDAR.search(clean)
    if other:      # "Pokhara, 2081/11/05 (17 February 2025), 14:00 NPT": the date as the release also wrote it
        return read_date_line(clean[:other.start()] + other.group("date") + clean[other.end():], language, locale,
                              zone)
    return _bilingual_date_line(clean, language, locale, zone)


# A line opening with an update label ("Last updated: ...", "Stand: ...", "最終更新日：...", "更新日 2025年4月3日"),
# then a separator or a figure: the date of a change to the page, never the release's date line
UPDATE_LINE = re.compile(r"^[*_#\s]*(?:最終|last\s+|laatst\s+)?(?:" + UPDATED_WORDS + r")"
                          r"(?:\s+(?:on|le|am|el|il|op|em|w dniu|pada))?\s*(?:[:：\-–—|]|(?=\d))", re.IGNORECASE)


# "2025 m. liepos 15 d., Kaunas": the date, a comma, then the place (capitalised words, up to three); "Luleå
# 2026-09-10", "Aarhus 12.03.2026": a place, then a date of figures with no comma between (Nordic papers' way)
_PLACE_WORDS = r"[" + _UP + r"][\w'’.\-]+(?:\s[" + _UP + r"][\w'’.\-]+){0,2}"
_DATE_THEN_PLACE = re.compile(r"^(?P<date>\S.{5,60}?),\s*(?P<place>" + _PLACE_WORDS + r")$")
_PLACE_THEN_FIGURES = re.compile(r"^(?P<place>" + _PLACE_WORDS + r")\s+"
                                 r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4})$")   # "Brno 12. 1. 2026"


def _placed_after_or_bare(clean: str, whole: bool, language: str | None, locale: str | None, zone: str | None
                          ) -> tuple[str, Stated] | None:
    """(place, date) of a date line with its place after the date, or before a numeric date with no comma (a line
    written so, `whole`: no segments joined); None for any other line (a place is no label, "Pressmeddelande
    2023-11-28", no word opening a lead, "Update", and no byline, "Von Lukas Hofer · 12.02.2024")."""
    m = _DATE_THEN_PLACE.match(clean) or (_PLACE_THEN_FIGURES.match(clean) if whole else None)
    if m is None or is_label(m.group("place")) or _digit_in(m.group("place")) or _BYLINE.match(m.group("place")) \
            or m.group("place").lower() in _NOT_PLACES or _META.match(m.group("place")):
        return None
    stated = _whole_date(m.group("date"), language, locale, zone, m.group("place"))
    return (m.group("place"), stated) if stated is not None else None


_BYLINE = re.compile(r"(?:by|von|par|por|door|oleh|av|af|przez|di)\s", re.IGNORECASE)


def _digit_in(text: str) -> bool:
    return any(c.isdigit() for c in text)


# "Geneva/Genève, 12 March 2026": a place named in two languages; "12 March 2026 / 12 mars 2026": the date written
# in both; "Addis Ababa, 12 March 2026 (Megabit 3, 2018 E.C.)": the day in another calendar after it, in brackets
_TWO_NAMES = re.compile(r"^(?P<first>[^\W\d][\w'’.\- ]{1,30}?)\s?/\s?(?P<second>[^\W\d][\w'’.\- ]{1,30}?)(?=\s*,)")
_TWO_DATES = re.compile(r"\s+[/|]\s+")
# a year of another era than ours: Bengali's and Hijri's (14xx), Nepal's Bikram Sambat (2060-2099)
_ERA_YEAR = r"(?:1[34]\d\d|20[6-9]\d)"
YEAR_OF_ERA = re.compile(r"(?<!\d)" + _ERA_YEAR + r"(?!\d)")
_BRACKETED_DAY = re.compile(r"\s*\((?=[^()]*\d)[^()]{3,40}\)\s*$")


def _bilingual_date_line(clean: str, language: str | None, locale: str | None, zone: str | None
                         ) -> tuple[str | None, Stated] | None:
    """A date line of a bilingual or an intergovernmental office: its place named in two languages (the first name
    is the place), its date written in two languages (both must give the same day), or in another era's calendar
    (a year of it: Bengali's, Nepal's) and then in ours after a slash (the second read), or followed by the day in
    another calendar in brackets (left out); None when none of these reads."""
    names = _TWO_NAMES.match(clean)
    if names:
        found = read_date_line(names.group("first") + clean[names.end():], language, locale, zone)
        return (names.group(0).strip(), found[1]) if found and found[0] else None
    halves = _TWO_DATES.split(clean)
    if len(halves) == 2:
        first, second = (read_date_line(half, language, locale, zone) or read_date_line(half, None, locale, zone)
                         for half in halves)
        if first and second and first[1].when.date() == second[1].when.date():
            return first
        lead = _DATE_LINE_LEAD.match(halves[0]) if first is None and second and second[0] is None else None
        if lead and second and _few_words(lead.group("date")) and YEAR_OF_ERA.search(ascii_digits(lead.group("date"))):
            return lead.group("place").strip(), second[1]   # "ঢাকা, ১৫ ফাল্গুন ১৪৩১ / ২৮ ফেব্রুয়ারি ২০২৫"
    bracket = _BRACKETED_DAY.search(clean)
    if bracket and _digit_in(clean[:bracket.start()]):     # a day or a year before it: a date line
        return read_date_line(clean[:bracket.start()], language, locale, zone)
    return None


def _placed(clean: str, stated: Stated, language: str | None, locale: str | None, zone: str | None
            ) -> tuple[str, Stated] | None:
    """(place, date) of a date line read whole that opens with a place in Cyrillic or a script without capitals and
    a comma ("თბილისი, 2025 წლის 19 სექტემბერი", "Улаанбаатар, 2025 оны ..."), the date after it the same; None
    when it opens with no such place (a weekday: "Четверг, 6 июня 2024")."""
    m = _DATE_LINE_LEAD.match(clean) or _ARABIC_ON.match(clean)
    if m is None or not re.match(r"[Ѐ-ӿ" + _CASELESS_START + r"]", m.group("place")) \
            or not re.search(r"[,，،፣]|\sفي[\s:]", clean) \
            or m.group("place").lower() in weekday_names(language):
        return None
    again = _whole_date(m.group("date"), language, locale, zone, m.group("place"))
    return (m.group("place"), again) if again is not None and again.when.date() == stated.when.date() else None


def may_be_date_line(line: str) -> bool:
    """Whether `read_date_line` may find a date in `line` in some language: False when each way it reads a line
    stops before reading a date, whatever the language (too long or short, more than a few words beside the
    date). Pure and language-free: a reader need not know a text's language to tell such a line is no date."""
    clean = _date_line_text(line)
    issued_on = _ISSUED_ON.match(clean) if len(clean) <= 160 else None
    if issued_on:
        return _few_words(issued_on.group("date"))
    if len(clean) > 90 or len(clean) < 6:
        return False
    issued = _ISSUED_BY.search(clean)
    m = _DATE_LINE_LEAD.match(clean)
    if _few_words(clean) or (issued and _few_words(clean[:issued.start()])) or (m and _few_words(m.group("date"))):
        return True
    other = _OTHER_CALENDAR.search(clean)
    return other is not None and may_be_date_line(clean[:other.start()] + other.group("date") + clean[other.end():])


def _date_line_text(line: str) -> str:
    """A line as `read_date_line` reads it: without markup, label segments and the labels of a date and a time."""
    clean = _without_labels(line.strip(" *_#"))
    if len(_META_PAIRS.findall(clean)) > 1:
        clean = " ".join(_META_PAIRS.sub(" ", clean).split())     # "Date: 02/03/2025   Time: 4:15 p.m. PST"
    return clean


# "2081/11/05 (17 February 2025)": a date in another calendar (Nepal's, Iran's, Thailand's), then the Gregorian
# date in brackets, which the line is read by
# or in another script ("15 มกราคม 2568 (15 January 2025)")
# or the year first, a month's name and the day ("२०८१ साउन १२ गते (२०२४ जुलाई २७)": Nepal's Bikram Sambat)
_OTHER_CALENDAR = re.compile(r"(?:\b\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|(?<!\S)\d{1,2}\s+[^\x00-\u024f\s\d]+\s+\d{4}"
                             r"|(?<!\S)\d{4}\s+[^\x00-\u024f\s\d]+\s+\d{1,2}(?:\s+[^\x00-\u024f\s\d]{1,6})?"
                             # or its month in Latin letters, in a year of another era ("12 Baisakh 2082", Nepal's)
                             r"|(?<!\S)\d{1,2}\s+[^\W\d_]+\s+" + _ERA_YEAR + r"(?!\d))"
                             r"\s*\((?P<date>[^()\d]*\d[^()]{4,40})\)")


# "Date: ...  Time: ...": the labels of a date and a time given on one line
_META_PAIRS = re.compile(r"(?:^|(?<=\s))(?:date|time|heure|hora|fecha|datum|uhrzeit|zeit|ora|data|tanggal|waktu)"
                         r"\s*:\s*(?=\d)", re.IGNORECASE)
# "Issued by the Directorate of Information on Tuesday, 4 March 2025", "Publié par le Service de presse le 4 mars
# 2025": a line saying who issued the release, then when (its date line; who issued it is no place)
_ISSUED_ON = re.compile(r"^(?:issued|released|published|signed|publié|émis|diffusé|publicado|emitido|divulgado|"
                        r"herausgegeben|veröffentlicht)\s+(?:by|par|por|pelo|pela|von|vom)\s+(?P<who>[^\d]{2,100}?)"
                        r"\s+(?:on|le|el|em|no|am)\s+(?P<date>[^\W_][^:;]{5,50})$", re.IGNORECASE)
_ISSUED_BY = re.compile(r"\s+(?:by|par|por|von|oleh|da|door)\s+(?P<who>[^\d,;]{2,40})$", re.IGNORECASE)
# segments of a date line: "PRESS RELEASE | 12/02/2025", "PRESS RELEASE -- Tuesday, 4th March 2025", and a label
# before "Dated:" ("Ref: HNCP/PRO/312/2024 Dated: 14.08.2024")
_SEGMENT = re.compile(r"\s+(?:[|·•–—]|--)\s+|\s+(?=(?:dated?|datum|fecha|tanggal)\s*:)", re.IGNORECASE)


# "TIEDOTE 17.4.2025 klo 12.00": a label, then a figure (a date, else the release's number, which reads as no date)
_LABEL_THEN_FIGURE = re.compile(r"^[*_\s]*(?:" + _LABEL_WORDS + r")[*_\s]+(\d.*)$", re.IGNORECASE)
# "Kalvo Oyj Stock exchange release 6 November 2024 at 9:00 EET", "Nordbank ASA Børsmelding 12.03.2025": the issuer's
# name (up to five words, capitalised first), a label, then a figure (the line is a date line when it is a date)
_ISSUER_LABEL_FIGURE = re.compile(r"^[*_\s]*(?-i:[A-ZÀ-ÖØ-ÞЀ-Я0-9])\S*(?:\s+(?-i:[A-ZÀ-ÖØ-ÞЀ-Я0-9&])\S*){0,4}?\s+(?:"
                                  + _LABEL_WORDS + r")[*_\s:,–—-]+(\d.*)$", re.IGNORECASE)
# "Medienmitteilung vom 18. März 2025", "Communiqué du 3 mars 2025": a label, then "of" and the date
_LABEL_OF = re.compile(r"^(\S.{2,40}?)\s+(?:vom|von|du|del|de|of|dated|van|dell['’]|do|da)\s+(\d.*)$", re.IGNORECASE)


# "Date:" in the languages whose dates a reader may not read after it ("मिति: २०२५ जून १९", Nepali; Hindi, Bengali,
# Urdu, Persian, Arabic, Japanese, Korean)
_DATE_LABEL = re.compile(r"मिति|तिथि|दिनांक|तारीख|তারিখ|நாள்|திகதி|දිනය|مورخہ|تاریخ|التاريخ|日付|날짜")


def _without_labels(line: str) -> str:
    """A line of segments ("Persbericht | 27-01-2025 | 10:15", "MEDIA RELEASE · 12/02/2025", "FOR IMMEDIATE
    RELEASE — 12 March 2025", "For immediate release: March 12, 2025") without its label segments, the rest
    joined by spaces; any other line as it is."""
    labelled = re.match(r"^([^:]{3,40}):\s+(\S.*)$", line) or _LABEL_OF.match(line) \
        or re.match(r"^([^/]{3,40}?)\s+/\s+(\S.*)$", line)    # "TIEDOTE / PRESSMEDDELANDE 11.11.2025": two languages'
    if labelled and (is_label(labelled.group(1)) or _DATE_LABEL.fullmatch(labelled.group(1).strip())):
        return _without_labels(labelled.group(2))
    dated = _LABEL_THEN_FIGURE.match(line) or _ISSUER_LABEL_FIGURE.match(line)   # "TIEDOTE 17.4.2025 klo 12.00",
    #                                 "Pressmeddelande 2023-11-28", "Kalvo Oyj Stock exchange release 6 November 2024"
    if dated:
        return dated.group(1)
    parts = _SEGMENT.split(line)
    if len(parts) < 2:
        return line
    kept = [part for part in parts if not is_label(part)]
    return " ".join(kept) if kept else line


def _whole_date(text: str, language: str | None, locale: str | None, zone: str | None, place: str | None
                ) -> Stated | None:
    """The date when `text` is a date and nothing else (a few words at most besides)."""
    if not _few_words(text):
        return None
    return read_stated(text, language, locale, zone, place)


_LONG_WORD = re.compile(r"[^\W\d]{4,}")


def _few_words(text: str) -> bool:
    """At most four words of four letters or more: what a date line holds beside its date ("Thursday", a place);
    in scripts written without spaces, at most twelve letters beside the date's own ("深圳，2026年5月20日" is one,
    a paragraph opening with it none). A time's words count for none ("الساعة 10:00 صباحاً بتوقيت الإمارات": at 10:00 in
    the morning, the Emirates' time)."""
    if "\u0600" <= max(text, default="") < "\u0700":
        text = NAMED_TIME.sub(" ", arabic_clocks(text))
    unspaced = _UNSPACED_LETTERS.findall(_UNSPACED_DATE.sub(" ", text))
    return len(_LONG_WORD.findall(text)) <= 4 and len(unspaced) <= 12


_UNSPACED_LETTERS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u1780-\u17ff]")
_UNSPACED_DATE = re.compile(r"(?:" + ERAS + r")?\d*\s*[年년月월日일]|"
                            r"[（(][月火水木金土日월화수목금토일一二三四五六][)）]|"
                            r"[午上下][前後后午]|[時时시분分]|วันที่|พ\.ศ\.|[\u0e00-\u0e7f]+(?=\s*\d)")


def read_embargo(line: str, language: str | None, locale: str | None, zone: str | None) -> Stated | None:
    """The end of the embargo an embargo line states. When the line does not read as a date as a whole, its
    words before the first figure ("EMBARGO: Divulgação permitida a partir de 00h01 ... de 15 de setembro de
    2026") only say that the embargo ends then: the date is read from the first figure on. A line stating the
    embargo again in a second language after a slash or a bar ("Julkaisuvapaa 12.11.2025 klo 10.00 / Publiceringsfritt
    12.11.2025 kl. 10.00") is read at its first statement."""
    if not EMBARGO.match(line):
        return None
    line = line.lstrip("> ")
    stated_twice = [part for part in re.split(r"\s+[/|]\s+", line) if EMBARGO.match(part)]
    line = stated_twice[0] if len(stated_twice) > 1 else line
    stated = read_stated(line, language, locale, zone)
    figure = re.search(r"\d", line) if stated is None else None
    return read_stated(line[figure.start():], language, locale, zone) if figure and figure.start() else stated


def _embargo_wrapped(lines: list[tuple[int, str]], k: int, language: str | None, locale: str | None,
                     zone: str | None) -> Stated | None:
    """The embargo the k-th line states, or, when it states none alone, with the next line of its paragraph if short
    and holding a figure: a line wrapped before its year ("FOR RELEASE AT 10:00 WAT, MONDAY 27 APRIL" over "2026")."""
    line = lines[k][1].strip(" *_#")
    stated = read_embargo(line, language, locale, zone)
    wrapped = lines[k + 1][1].strip(" *_#") if k + 1 < len(lines) and lines[k + 1][0] == lines[k][0] else ""
    if stated is None and len(wrapped) <= 40 and re.search(r"\d", wrapped):
        stated = read_embargo(line + " " + wrapped, language, locale, zone)
    return stated


def _short(line: str) -> bool:
    return len(line) <= 250


def split_preamble(paragraphs: list[str], title: str | None, language: str | None = None,
                   locale: str | None = None, zone: str | None = None) -> Preamble:
    """Read the preamble off the paragraphs of a release (each a string, lines separated by newlines).

    `title` is the headline a format already knows (a Markdown heading, an HTML h1, the largest type of a
    PDF, a Word Title): the lines that equal it are dropped. Without one, the headline is the first line
    that is not part of the preamble after its last label (a letterhead above a label is no headline)."""
    lines = _lines(paragraphs)
    kinds = _kinds(lines, title, language, locale, zone)
    # the headline: the given title, else the first text line after the last label/embargo/number line
    title_at = next((k for k, kind in enumerate(kinds) if kind == "title"), None)
    if title_at is None and not title:
        title_at = _headline_at(kinds, [line for _, line in lines], [block for block, _ in lines])
        if title_at is not None:
            title = _continued(lines, title_at)
    found = _preamble_items(lines, kinds, title_at, language, locale, zone)
    body = _body_after(lines, title_at, title, language, locale, zone)
    standfirst, body = _standfirst(body, language, locale, zone)
    return Preamble(title, standfirst, tuple(found.labels), found.embargo, found.embargo_text, found.date,
                    found.date_place, body, tuple(found.contact_lines))


# what a date line in some language holds: a year, or a day beside a word ("15 maja", "June 6", "6. Juni")
_MAYBE_DATE = re.compile(r"\d{4}|\d{1,2}\.?\s+[^\W\d]|[^\W\d]\.?\s+\d{1,2}\b")


def headline(paragraphs: list[str], language: Callable[[], str | None] = lambda: None) -> str | None:
    """The headline `split_preamble(paragraphs, None, language())` finds, without reading the rest of the
    preamble (a file format's reader needs no more: normalisation reads the whole preamble, with the
    headline given). `language` is asked only when the answer may depend on it: when a short line down to
    four under the headline found without it is no date, label or embargo, holds what a date in some
    language holds (a date line in the text's language, "Lipowo, 15 maja 2025 r.") and is short enough to be
    read as a date line in some language (`may_be_date_line`: a headline "Ministers met in 2025 to review the
    programme" is none in any), so most texts are not detected for it (a test checks the answer is the one
    with the language on every tuning release)."""
    lines = _lines(paragraphs)
    texts, blocks = [line for _, line in lines], [b for b, _ in lines]
    kinds = _kinds(lines, None, None, None, None)
    at = _headline_at(kinds, texts, blocks)
    # the headline found and four lines under it: an office's letterhead of up to three lines can stand between it and
    # a date line that, read in the text's language, makes it all preamble ("पत्र सूचना कार्यालय" / ... / "08 फरवरी 2024")
    near = len(kinds) if at is None else at + 5
    if any(kind == "text" and _MAYBE_DATE.search(texts[k]) and may_be_date_line(texts[k])
           for k, kind in enumerate(kinds[:near])):
        detected = language()
        if detected is not None:
            at = _headline_at(_kinds(lines, None, detected, None, None), texts, blocks)
    return _continued(lines, at) if at is not None else None


def _lines(paragraphs: list[str]) -> list[tuple[int, str]]:
    """The non-blank lines of the paragraphs, stripped, each with its paragraph's index; a line of two labelled
    segments ("보도시점: 2025. 9. 4.(목) 12:00 / 배포: 2025. 9. 3.(수)": embargo and issue date) as two lines."""
    return [(i, part) for i, para in enumerate(paragraphs) for line in _without_underlines(para.split("\n"))
            for part in _segments(line.strip())]


_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")


def _without_underlines(lines: list[str]) -> list[str]:
    """The non-blank lines of a paragraph without those underlining the line above ("Headline" over "========", a
    text file's heading, as Markdown's setext headings write it): a line of "=" or "-" alone, at least as long as
    four fifths of the line above it. A rule of its own paragraph or under a longer line stays."""
    kept = []
    for k, line in enumerate(lines):
        above = lines[k - 1].strip() if k else ""
        if line.strip() and not (above and not _UNDERLINE.match(above) and _UNDERLINE.match(line)
                                 and len(line.strip()) >= 0.8 * len(above)):
            kept.append(line)
    return kept


_TWO_LABELLED = re.compile(r"^(?P<first>[^\W\d][^/|:：\d]{0,19}[:：]\s*[^/|]{4,60}?)\s+[/|]\s+"
                           r"(?P<second>[^\W\d][^/|:：\d]{0,19}[:：]\s*[^/|]{4,60})$")


def _segments(line: str) -> list[str]:
    m = _TWO_LABELLED.match(line) if len(line) <= 140 else None
    if m is None or not (EMBARGO.match(m.group("first")) or EMBARGO.match(m.group("second"))):
        return [line]        # only an embargo's segment beside another ("Tel: ... | E-mail: ..." stays one line)
    return [m.group("first"), m.group("second")]


def _kinds(lines: list[tuple[int, str]], title: str | None, language: str | None, locale: str | None,
           zone: str | None) -> list[str]:
    """What each of the first short lines is: title, embargo, label, date, update or text."""
    kinds: list[str] = []
    for k, (_, line) in enumerate(lines[:40]):
        if not _short(line):
            break
        stripped = line.strip(" *_#")
        if title and (_fold(stripped) == _fold(title) or _title_lines(lines, k, title) > 1):
            kinds.append("title")
        elif EMBARGO.match(stripped):
            kinds.append("embargo")
        elif (is_label(stripped) or _REFERENCE.match(stripped)) \
                and not (_LABEL_THEN_FIGURE.match(stripped) and read_date_line(stripped, language, locale, zone)):
            kinds.append("label")       # not a label and its date ("Pressmeddelande 2023-11-28"): a date line
        elif read_date_line(stripped, language, locale, zone):
            kinds.append("date")
        elif UPDATE_LINE.match(stripped):
            kinds.append("update")      # "Last updated: 3 April 2025": no headline, no date line; kept in the body
        elif _META.match(stripped):
            kinds.append("contact" if _CONTACT_META.match(stripped) else "label")
        elif kinds and kinds[-1] == "contact" and lines[k][0] == lines[k - 1][0] \
                and (EMAIL.search(stripped) or PHONE.search(stripped)):
            kinds.append("contact")        # the number and address under "Contact: Jane Roe, Press Officer"
        else:
            kinds.append("text")
    return kinds


# A release's reference in any language: a word and a colon ("编号：", "Lamba:", "ቁጥር፡", "Réf. :"), then a code of
# no spaces holding a figure, a letter and a slash or a hyphen ("IDCO/BJ/2024/031", "CP-2025-114"; a date "Date:
# 03/04/2025" or a telephone number "Tel: 0803-555-0142" is none); or such a code alone in capitals ("IP/26/1187").
# A label, no headline.
# The word and the code may hold an Indic script's vowel signs ("क्रमांक: 1482/जसं/2025"), no word characters to Python.
_REFERENCE = re.compile(r"^(?:(?:[^\W\d]|[\u0900-\u0dff]){1,15}\.?\s?[:：፡]\s*(?=\S*\d)(?=\S*[/\-])"
                        r"(?=\S*[^\W\d_])\w[\w/.\-\u0900-\u0dff]{3,40}"
                        r"|(?=\S*\d)(?=\S*/)[A-Z][A-Z0-9/.\-]{4,30})$")


@dataclass
class _Items:
    """What the preamble lines say: labels, the embargo and the release date."""

    labels: list[str] = field(default_factory=list)
    embargo: Stated | None = None
    embargo_text: str | None = None
    date: Stated | None = None
    date_place: str | None = None
    contact_lines: list[str] = field(default_factory=list)


def _preamble_items(lines: list[tuple[int, str]], kinds: list[str], title_at: int | None, language: str | None,
                    locale: str | None, zone: str | None) -> _Items:
    items = _Items()
    for k, kind in enumerate(kinds):
        line = lines[k][1].strip(" *_#")
        if kind == "label":
            items.labels.append(line)
        elif kind == "contact" and (title_at is None or k < title_at):
            items.contact_lines.append(_CONTACT_META.sub("", line, count=1))
        elif kind == "embargo":
            items.embargo_text = line
            items.embargo = items.embargo or _embargo_wrapped(lines, k, language, locale, zone)
        elif kind == "date" and (title_at is None or k < title_at + 3) and items.date is None:
            following = lines[k + 1][1].strip(" *_#") if k + 1 < len(lines) else ""
            timed = _TIME_ONLY.match(following)
            time_text = timed.group(1) if timed else following if time_line(following, language) else None
            found = read_date_line(line + " " + time_text, language, locale, zone) if time_text else None
            found = found or read_date_line(line, language, locale, zone)
            if found:
                items.date_place, items.date = found
    return items


def time_line(line: str, language: str | None = None) -> bool:
    """A short line that states a time of day and no date ("香港時間下午4時30分", "16:30 Uhr MEZ", "4:30 p.m. ET"):
    the time of the date line above it."""
    if not line or len(line) > 40 or re.search(r"\d{4}|\d[./-]\d{1,2}[./-]\d", line) or not re.search(r"\d", line):
        return False
    east = bool(re.search(r"[\u3040-\u9fff\uac00-\ud7af]", line))
    stated = read_stated(("2000年1月1日 " if east else "1 January 2000 ") + line, language)
    return stated is not None and stated.has_time


def _body_after(lines: list[tuple[int, str]], title_at: int | None, title: str | None, language: str | None,
                locale: str | None, zone: str | None) -> list[str]:
    """The body: paragraphs after the headline's (and its continuation lines), without preamble lines."""
    title_end = -1 if title_at is None else title_at + max(1, _title_lines(lines, title_at, title or "")) - 1
    first_block = lines[title_at][0] if title_at is not None else -1
    body_lines: dict[int, list[str]] = {}
    for g, (block, line) in enumerate(lines):
        if g <= title_end:
            continue
        if block <= first_block + 3 and not body_lines and _is_preamble_line(line, title, language, locale, zone):
            continue
        body_lines.setdefault(block, []).append(line)
    return ["\n".join(kept) for _, kept in sorted(body_lines.items())]


def _standfirst(body: list[str], language: str | None, locale: str | None,
                zone: str | None) -> tuple[str | None, list[str]]:
    """(standfirst, the rest): short lines between the headline and a first paragraph that opens with a
    dateline, or one short line that ends no sentence, above a longer paragraph (not a line in a script
    whose sentences end without a mark, Thai or Lao: there it is the first sentence)."""
    lead = next((k for k in range(min(3, len(body))) if split_dateline(" ".join(body[k].split("\n")), language,
                                                                      locale, zone)), None)
    if lead and all(len(b) <= 250 and not _LABELLED.match(b) for b in body[:lead]):
        return "\n".join(body[:lead]), body[lead:]
    if not lead and len(body) >= 2 and len(body[0]) <= 250 and "\n" not in body[0] \
            and not _SENTENCE_END.search(body[0]) and not _UNMARKED_SCRIPT.search(body[0]) \
            and not _LABELLED.match(body[0]) and len(body[1]) > len(body[0]):
        return body[0], body[1:]
    return None, body


def _headline_at(kinds: list[str], lines: list[str], blocks: list[int] | None = None) -> int | None:
    """Where the headline is, without a title given: the first text line after the last label or embargo
    line; a letterhead (capitals, or short lines above a date line, or a line in capitals and the short
    lines of its paragraph: "POLICÍA LOCAL DE VALENCIA / Gabinete de Comunicación") is passed over when a
    line follows."""
    body = next((k for k in range(len(kinds)) if kinds[k] == "text" and len(lines[k]) > 60
                 and _SENTENCE_END.search(lines[k])), len(kinds))   # labels below the first paragraph: end matter
    strong = [k for k, kind in enumerate(kinds) if kind in ("label", "embargo", "contact") and k < body]
    start = strong[-1] + 1 if strong else 0
    texts = [k for k in range(start, len(kinds)) if kinds[k] == "text"]
    dates = [k for k in range(start, len(kinds)) if kinds[k] == "date"]
    letterhead_passed = False     # short lines above a date line were the letterhead: a headline in capitals follows
    if texts and dates:
        before = [k for k in texts if k < dates[0]]
        after = [k for k in texts if k > dates[0]]
        if before and after and all(len(lines[k]) <= 60 for k in before) \
                and not _SENTENCE_END.search(lines[after[0]]):
            texts = after
            letterhead_passed = True
    if _organisation_under_label(texts, strong, lines, blocks):
        texts = texts[1:]         # "NOTA DE PRENSA / Hospital Universitario ...", then the headline's paragraph
    texts = _after_dated_letterhead(texts, kinds, lines, blocks)
    if texts and strong and _SENTENCE_END.search(lines[texts[0]]):
        # "Headline / Published: ... / Ref: ... / First sentence.": the headline is above the labels
        # "LABEL / Headline / Ref: ... / date / First sentence.": between the labels, else above them
        above = [k for k in range(strong[-1]) if kinds[k] == "text" and not _SENTENCE_END.search(lines[k])
                 and not _capitals(lines[k])]
        between = [k for k in above if k > strong[0]]
        if between or above:
            texts = between or above
    lower = [k for k in texts if not _nearly_capitals(lines[k])]
    if lower and texts[0] != lower[0] and not letterhead_passed and not _lead_after_headline(texts, lower, lines) \
            and all(_nearly_capitals(lines[k]) for k in texts if k < lower[0]):
        head_block = blocks[texts[0]] if blocks else None
        later = [k for k in lower if blocks is None or blocks[k] != head_block]
        if later and blocks and blocks.count(blocks[later[0]]) == 1 and not _SENTENCE_END.search(lines[later[0]]) \
                and all(len(lines[k]) <= 60 and not _SENTENCE_END.search(lines[k]) for k in lower if k < later[0]):
            lower = later             # the office under the organisation's name in capitals: the letterhead's
        texts = lower
    return texts[0] if texts else None


def _lead_after_headline(texts: list[int], lower: list[int], lines: list[str]) -> bool:
    """Whether the first line not in capitals is the lead under a headline in capitals: a sentence (it ends with a
    stop) right under the one line in capitals ("MWANZA — Hospitali ... pekee." under "HOSPITALI YAZINDUA ...")."""
    return lower[0] == texts[1] and bool(_SENTENCE_END.search(lines[lower[0]])) and len(lines[lower[0]]) > 80


def _after_dated_letterhead(texts: list[int], kinds: list[str], lines: list[str], blocks: list[int] | None
                            ) -> list[int]:
    """The text lines without those closing a paragraph of label, date and embargo lines ("報道発表資料 / 令和7年6月10日
    / みなと川市 環境局", "보 도 자 료 / 보도시점: ... / 배포: ... / 국립한강생태연구원": the issuing office under its
    release's label and date) when a paragraph of its own follows, opening with a line that ends no sentence: the
    headline's. Short lines only; a paragraph holding a label and no date or embargo keeps its lines (its headline)."""
    if not blocks or not texts:
        return texts
    head = blocks[texts[0]]
    same = [k for k in range(len(kinds)) if blocks[k] == head]
    dated = any(kinds[k] in ("date", "embargo") for k in same if k < texts[0])
    labelled = any(kinds[k] in ("label", "embargo") for k in same if k < texts[0])
    closing = [k for k in texts if blocks[k] == head]
    later = [k for k in texts if blocks[k] != head]
    if not (dated and labelled and later) \
            or any(len(lines[k]) > 60 or _SENTENCE_END.search(lines[k]) for k in closing) \
            or _SENTENCE_END.search(lines[later[0]]) or closing != [k for k in same if k >= closing[0]]:
        return texts
    return later


# An organisation's or an office's word beyond the contact reader's: Italian, Spanish, French and German public
# offices ("Dipartimento del territorio", "Repubblica e Cantone ..."), and in Arabic, Urdu, Persian, Hebrew, Hindi and
# Bengali ("لاہور پولیس": Lahore's police; "وزارة", "משרד": a ministry; "विश्वविद्यालय": a university)
_CASELESS_OFFICE = re.compile(
    r"(?i:dipartiment|departament|départ|departement|\bcanton|kanton|repubblica|república|république|direzione|"
    r"sezione|servizio|divisione|provincia|province|prefettura|préfecture|landkreis)|"
    r"پولیس|شرطة|وزارت|وزارة|وزارتِ|هيئة|ہیئت|جامعة|یونیورسٹی|دانشگاه|بلدية|بلدیہ|محکمہ|اتھارٹی|کارپوریشن|شركة|"
    r"مؤسسة|مجلس|سازمان|شهرداری|משטרת|משרד|עיריית|אוניברסיטת|רשות|פוליס|पुलिस|मंत्रालय|विश्वविद्यालय|निगम|"
    r"कार्यालय|प्राधिकरण|विभाग|পুলিশ|মন্ত্রণালয়|বিশ্ববিদ্যালয়|কর্তৃপক্ষ|কর্পোরেশন|অধিদপ্তর")


def _organisation_under_label(texts: list[int], strong: list[int], lines: list[str],
                              blocks: list[int] | None) -> bool:
    """Whether the first text line is an organisation's name right under the last label, in its paragraph (a line
    of up to 80 characters naming an office, a hospital, a university, or two of them: "Dipartimento ... – Cantone
    ..."), with a paragraph of its own below opening with a line that ends no sentence: the letterhead under the
    label, the headline below."""
    if not (blocks and strong and len(texts) > 1 and texts[0] == strong[-1] + 1):
        return False
    first, second = texts[0], texts[1]
    return blocks[first] == blocks[strong[-1]] and blocks[second] != blocks[first] and len(lines[first]) <= 80 \
        and bool(_ORG.search(lines[first]) or _CASELESS_OFFICE.search(lines[first])) \
        and not _SENTENCE_END.search(lines[first]) \
        and not _SENTENCE_END.search(lines[second])


def _title_lines(lines: list[tuple[int, str]], at: int, title: str) -> int:
    """How many lines of one paragraph, from line `at`, make up `title` together (a headline wrapped over
    lines: "Grundwasser in Süddeutschland erholt sich / langsamer als gedacht"); 0 when they do not."""
    whole = _fold(title)
    block, joined = lines[at][0], ""
    for count, (other_block, line) in enumerate(lines[at:at + 6], start=1):
        joined = _fold(joined + " " + line)
        if other_block != block or not whole.startswith(joined):
            return 0
        if joined == whole:
            return count
    return 0


def _capitals(line: str) -> bool:
    letters = "".join(filter(str.isalpha, line))
    return bool(letters) and all(map(str.isupper, letters))


def _nearly_capitals(line: str) -> bool:
    """A line in capitals, or of five words or more all in capitals but one in five at most (a letterhead naming a
    state in title case among its capitals: "MINISTÈRE DES MINES DE LA Province DU NORD"); a line of text is told
    apart at its first few words."""
    if _capitals(line):
        return True
    words = line.split()
    misses, allowed = 0, len(words) // 5
    for word in words if len(words) >= 5 else ():
        if not word.isupper() and any(map(str.isalpha, word)):
            misses += 1
            if misses > allowed:
                return False
    return len(words) >= 5


WRAPPED = 100     # characters: a text whose longest line is no longer than this is hard-wrapped


def _continued(lines: list[tuple[int, str]], at: int) -> str:
    """The headline line, with the lines of its paragraph that continue it (a hard-wrapped headline: the
    next line starts in lower case, or the text is hard-wrapped (its other paragraphs' lines no longer than
    100 characters), both lines fit that width, and the next line's first word would not have fitted on the
    line above, which ends no sentence)."""
    block, text = lines[at]
    width = max((len(line) for other, line in lines if other != block), default=0)   # of the other paragraphs
    parts = [text.strip(" *_#")]
    previous = text
    for other_block, line in lines[at + 1:]:
        if other_block != block or not (line[:1].islower() or _wrapped(previous, line, width)):
            break
        parts.append(line.strip(" *_#"))
        previous = line
    return " ".join(parts)


def _wrapped(previous: str, line: str, width: int) -> bool:
    """Whether `line` continues `previous` in a text hard-wrapped at `width`: both fit it, the line above ends
    no sentence, and the next line's first word would not have fitted on it."""
    first_word = line.split(" ", 1)[0]
    return len(previous) <= width <= WRAPPED and len(line) <= width \
        and len(previous) + 1 + len(first_word) > width and not _SENTENCE_END.search(previous)


_CONTACT_META = re.compile(r"^(?:media |press )?contacts?\s*:\s*", re.IGNORECASE)
_TIME_ONLY = re.compile(r"^(?:time|hora|heure|uhrzeit|zeit|ora|waktu)\s*:\s*(.{3,30})$", re.IGNORECASE)
_LABELLED = re.compile(r"^[\w ]{2,20}:")


def _is_preamble_line(line: str, title: str | None, language: str | None, locale: str | None,
                      zone: str | None) -> bool:
    s = line.strip(" *_#")
    if title and _fold(s) == _fold(title):
        return True
    if not _short(s):
        return False
    return bool(EMBARGO.match(s) or is_label(s) or read_date_line(s, language, locale, zone))


def is_preamble_line(line: str) -> bool:
    """A release label, number, embargo or date line (in any language, read without a language's hints)."""
    return _is_preamble_line(line, None, None, None, None)


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[*_#]", "", text).split()).casefold()
