"""The project's one multilingual date grammar for press releases: date lines, datelines, embargo lines.

Backed by dateparser (CLDR month and weekday names in every language it knows), with what press
releases add: zone words ("MEZ", "Uhr", "heure de Paris", "local time"), "09h00" and "9 h" times,
numeric dates read day-first or month-first by the source's locale ("en-US" is month-first; every
other locale and language is day-first). Pure: no I/O, `now` is not needed (a year must be stated).

`read_stated(text, language, locale)` gives a `Stated`: the instant with the publisher's own offset
(a fixed-offset tzinfo) and whether a time of day was stated. A bare day stays that calendar day. A time
stated with no zone is in the source's zone, else the usual zone of the language's region ("en-US": New
York, `usual_zone`), else the language's ("en": London). `find_stated` finds every whole date in running text
(`DATE_TEXT` the candidates); `PUBLISHED_LABEL` and `UPDATED_LABEL` are the words that announce a date's role.
What dateparser does not read (other digits, calendars and eras, CLDR's month names of other languages, East
Asian dates and times) is calendars.py's.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Literal
from functools import lru_cache
from zoneinfo import ZoneInfo

from .calendars import (EAST_ASIAN_DAY, ERAS, HALF_DAY, LANGUAGES, MONGOLIAN_DAY, YEAR, arabic_clocks, ascii_digits,
                        cldr_day, cldr_day_among_words, common_era, east_asian_time, ethiopian_as_gregorian,
                        gregorian_beside_hijri, half_day_clocks, month_language, solar_hijri_as_gregorian,
                        without_weekdays, zone_words_after)
from .zones import (PLACE_TIME, PLACE_ZONES, RESTATED, UNKNOWN_PLACE_TIME, US_TIME_ZONE, US_ZONE, US_ZONES, ZONE_WORDS,
                    adjectival_time, fixed_zone, named_local_time, place_zone_name, usual_zone)


_TIME = re.compile(r"\b(\d{1,2})\s*(?::|h|\.(?=\d{2}\s*(?:uhr|h\b|horas?\b|heures?\b|hrs?\b)))\s*(\d{2})?\b(?!\s*%)"
                   r"|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)"
                   r"|\b\d{1,2}\s*(?:uhr|h)\b", re.IGNORECASE)
_NOISE = re.compile(
    r"\b(?:uhr|horas?|hrs?|hs|heures?|o'clock|ore|jam|pukul|giờ|à|um|a las|às|alle|om|le|am|el|on|at|du|del|de la|"
    r"vom|klo|kl|godz|pagi|ng|issued|published|released|a les|ata|ás|saat|plkst|kell)\b\.?|เวลา|"
    # Turkish: a time's case ending and "until", "may not be published" ("10.00'a kadar yayımlanamaz")
    r"(?<=\d)['’](?:[ae]|y[ae]|[dt][ae]n?)\b(?:\s+kadar)?(?:\s+yay[ıi]mlanamaz|\s+yay[ıi]nlanamaz)?|"
    r"\(|\)|\b(?:local time|heure locale|hora local|ortszeit|ora locale|lokale tijd|waktu setempat|"
    r"по местному времени|местного времени|жергілікті уақыт(?:пен)?|mahalliy vaqt(?: bilan)?)\b",
    re.IGNORECASE)
# "pukul 10.00", "om 10.00 uur", "ore 10.00", "10.00 WIB": a time written with a dot (read as "10:00")
# "klo 12.00" (Finnish), "godz. 12.00" (Polish), "10.00 pagi" (Malay: in the morning)
# "เวลา 10.00 น." (Thai: "time", "o'clock")
_DOTTED_TIME = re.compile(r"\b(pukul|jam|ore|om|um|kl\.?|klo|godz\.?|saat|plkst\.?|kell|เวลา)\s+(\d{1,2})\.(\d{2})\b"
                          r"|(?<![\d.])\b(\d{1,2})\.(\d{2})(?=\s*(?:(?:uur|uhr|wib|wita|wit|pagi|"
                          r"sati|sata|časova|часова|часа)\b|น\.|นาฬิกา))",      # South Slavic "9.30 sati" (hours)
                          re.IGNORECASE)


@dataclass(frozen=True)
class Stated:
    """A date as a release states it: `when` carries the publisher's offset; `has_time` says whether a time
    of day was stated (if not, `when` is midnight of that calendar day, offset +00:00)."""

    when: datetime
    has_time: bool

    @property
    def utc(self) -> datetime:
        return self.when.astimezone(timezone.utc)

    def iso(self) -> str:
        return self.when.isoformat() if self.has_time else self.when.date().isoformat()


def month_first(locale: str | None) -> bool:
    """Numeric dates ("03/04/2025") are month-first only in the USA's locales."""
    return bool(locale and locale.replace("_", "-").lower() in {"en-us", "es-us", "en-ph", "en-fm", "en-mh"})


def _first_language(language: str | None) -> str:
    """The language dateparser is asked first: the release's ("pt-BR" as "pt"), else English."""
    return (language or "en").split("-")[0].lower()


def _zone_of(text: str, language: str | None, place: str | None, fallback: str | None) -> tuple[tzinfo, str]:
    """(zone, text without its zone words): a zone of the USA, a fixed offset or abbreviation named in the text,
    else a named place's local time, else the zone of `place` (the dateline's), else `fallback` (the source's
    zone), else the release language's usual zone."""
    us = US_ZONE.search(text)
    if us:
        return ZoneInfo(US_ZONES[us.group(1)[0] + "T"]), text[:us.start(1)] + text[us.end(1):]
    lowered = text.lower()
    worded = _zone_word(text, lowered, place, fallback)
    if worded is not None:
        return worded
    m = re.search(r"(?<![\d.])([+-])(\d{2}):?(\d{2})\b", text)
    if m and _TIME.search(text[:m.start()]):
        return fixed_zone(f"{m.group(1)}{m.group(2)}:{m.group(3)}"), text[:m.start()] + text[m.end():]
    for name, zone in PLACE_ZONES.items():
        if re.search(r"\b" + re.escape(name) + r"\b", lowered):
            return ZoneInfo(zone), re.sub(r"(?i)\b(?:heure|horário|hora|time|zeit|ora)\s+(?:de|of|di)?\s*" + name + r"|"
                                          + name + r"\s+time", " ", text)
    named = named_local_time(text, language) or adjectival_time(text, language)
    if named is not None:
        return named
    text = UNKNOWN_PLACE_TIME.sub(" ", text)     # "(heure de Cotonou)": a place the database does not know
    for candidate in (place, fallback):
        if candidate:
            try:
                return ZoneInfo(candidate), text
            except (KeyError, ValueError):
                pass
    usual = usual_zone(language or "en")
    return (ZoneInfo(usual) if usual else timezone.utc), text


def _zone_word(text: str, lowered: str, place: str | None, fallback: str | None) -> tuple[tzinfo, str] | None:
    """(zone, text without it) for the first zone abbreviation or word in the text ("CET", "GMT+3"), else None."""
    for word, offset in ZONE_WORDS.items():
        m = re.search(r"(?<![\w])" + word + r"(?![\w])", lowered)
        if m:
            rest = text[:m.start()] + " " + text[m.end():]
            off = re.match(r"\s*([+-]\d{1,2})(?::?(\d{2}))?", rest[m.start():])
            if off and word in ("gmt", "utc"):
                h = int(off.group(1))
                return timezone(timedelta(hours=h, minutes=(int(off.group(2) or 0)) * (1 if h >= 0 else -1))), \
                    PLACE_TIME.sub(" ", rest[:m.start()] + rest[m.start() + off.end():])
            if word == "ast" and _arabian(place, fallback):
                offset = "+03:00"       # "09:00 AST" of an office in the Gulf: Arabia Standard Time
            return fixed_zone(offset), PLACE_TIME.sub(" ", RESTATED.sub(" ", rest))
    return None


# The zones whose standard time is Arabia's (AST, +03:00), not the Atlantic's the abbreviation means elsewhere
_ARABIA = frozenset({"Asia/Qatar", "Asia/Riyadh", "Asia/Kuwait", "Asia/Bahrain", "Asia/Aden", "Asia/Baghdad"})


def _arabian(place: str | None, fallback: str | None) -> bool:
    """Whether the evidence of where the office is (its dateline's zone, else the source's or the release's) is a
    zone of Arabia Standard Time."""
    return (place or fallback) in _ARABIA


def _clean_time(text: str) -> str:
    text = re.sub(r"\b(\d{1,2})\s*h\s*(\d{2})\b", r"\1:\2", text, flags=re.IGNORECASE)      # 09h00, 9 h 30
    text = re.sub(r"\b(\d{1,2})\.(\d{2})\s*(?=uhr|h\b|horas|heures|hrs)", r"\1:\2", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(\d{1,2})\s*(?:h|uhr|horas|heures)\b", r"\1:00", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\b\.?", _twelve_hour, text, flags=re.IGNORECASE)
    text = re.sub(r"\bika-(?=\d)", "", text, flags=re.IGNORECASE)         # "Ika-5 ng Setyembre 2025" (Tagalog)
    text = re.sub(r"(\d)\.\s+(?=[A-Za-zÀ-ÿ])", r"\1 ", text)   # "26. Januar 2022"
    # "17 marca 2026 r." (Polish: roku, "of the year"), "12 марта 2025 г." (Russian: года), Ukrainian "р.",
    # Kazakh "ж.", Uzbek "y."
    text = re.sub(r"(?<=\d{4})\s*(?:(?:r|г|р|ж|y)\.|-?yil\b)(?!\w)", " ", text)
    text = re.sub(r"(?<=\d)\s*(?:น\.|นาฬิกา)", " ", text)    # Thai "10.00 น.": o'clock
    # Latvian months in the locative a date line writes them in ("2026. gada 12. martā": on the 12th of March)
    # and the dative an embargo's "until" takes ("līdz 2026. gada 12. martam")
    text = re.sub(r"\b(janvār|februār|aprīl|septembr|oktobr|novembr|decembr)(?:ī|im)\b", r"\1is", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"\b(mart|maij|jūnij|jūlij|august)(?:ā|am)\b", r"\1s", text, flags=re.IGNORECASE)
    text = re.sub(r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.)", " ", text)    # Thai "พ.ศ. 2568", "ค.ศ.": of the Buddhist, common era
    return _NOISE.sub(" ", text)


def _colon_time(m: re.Match) -> str:
    return f"{m.group(1)} {m.group(2)}:{m.group(3)}" if m.group(1) else f"{m.group(4)}:{m.group(5)}"


def _twelve_hour(m: re.Match) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    return f" {hour:02d}:{m.group(2) or '00'} "


@lru_cache(maxsize=1)
def _parser():
    """dateparser, with the data of every language loaded now (once per process, a few seconds): a process
    that forks workers loads it before forking, and no single date pays for it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import dateparser
        dateparser.parse("31 February 2021", languages=list(LANGUAGES),
                         settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return dateparser


def _parse_words(text: str, language: str | None, locale: str | None) -> datetime | None:
    """The date dateparser reads in `text` (a release's language first, then every other one)."""
    return _parse_cached(text, _first_language(language), month_first(locale))


_ENGLISH_MONTHS = {name: i for i, (full, short) in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may", "may"), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")), start=1) for name in (full, short)}
_ENGLISH_DAY = re.compile(r"(\d{1,2}) ([A-Za-z]{3,9}) ((?:19|20)\d{2})")


def english_day(text: str) -> datetime | None:
    """The day of a text that is exactly "17 Sep 2019" or "17 September 2019" (an English month name or
    its three-letter abbreviation), read without dateparser: what dateparser reads in English, the most
    common date line by far. None for anything else (dateparser reads it)."""
    m = _ENGLISH_DAY.fullmatch(text)
    month = _ENGLISH_MONTHS.get(m.group(2).lower()) if m else None
    if m is None or month is None:
        return None
    try:
        return datetime(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse_cached(text: str, first: str, mdy: bool) -> datetime | None:
    """`_parse_words`, once per distinct (text, first language, day order) in a process: a release's date
    line is read several times (its raw form, then its normalised form), and releases share dates. Pure:
    every part of a whole date is required, so nothing depends on the day it runs."""
    found = english_day(text) if first == "en" else None
    return found if found is not None else dateparser_day(text, first, mdy)


# Languages a detector names by a code dateparser files under another: a macrolanguage under its usual member
# (py3langid's "no" is Bokmål, written "nb" in CLDR), a regional variety under its language.
_DATEPARSER_CODES = {"no": "nb", "ary": "ar", "arz": "ar", "gom": "kok", "uzs": "uz", "wuu": "zh", "iw": "he",
                     "in": "id", "ji": "yi", "jw": "jv"}


@lru_cache(maxsize=1)
def _dateparser_languages() -> frozenset[str]:
    from dateparser.data import language_order
    return frozenset(language_order)


def dateparser_language(code: str) -> str | None:
    """The code dateparser knows `code`'s language by ("no" as "nb"), None for a language it does not know (a
    date is then read in LANGUAGES only: asking it for an unknown language fails the whole reading)."""
    code = _DATEPARSER_CODES.get(code, code)
    return code if code in _dateparser_languages() else None


def dateparser_day(text: str, first: str, mdy: bool) -> datetime | None:
    """The date dateparser reads in `text`, in language `first`, else in any of LANGUAGES; numeric dates
    month-first when `mdy`."""
    dateparser = _parser()
    first = dateparser_language(first) or "en"
    settings = {"DATE_ORDER": "MDY" if mdy else "DMY", "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                "PARSERS": ["absolute-time"]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for languages in ([first], [first] + [lang for lang in LANGUAGES if lang != first]):
            try:
                found = dateparser.parse(text, languages=languages, settings=settings)
            except (ValueError, OverflowError, TypeError, AttributeError):
                found = None
            if found is not None:
                return found
    return None


# "10:00 CET / 09:00 GMT", "11:00 CEST (09:00 UTC)": one instant stated in two zones; the first is read
_RESTATED_TIME = re.compile(r"(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[A-Za-z]{2,5})\s*(?:[/|]\s*|\(\s*(?=[^()]*\)))"
                            r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[A-Za-z]{2,5}\b\)?", re.IGNORECASE)


# Lithuanian "10 val.", "10.30 val." (hours, after the time)
_HOURS_AFTER = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*val\.(?!\w)")


def _prepared(text: str, language: str | None) -> tuple[str, str | None]:
    """A short text made ready for reading: one line of at most 160 characters, times written with a colon
    ("10.00 WIB", "0001 GMT", "10 val."), one instant stated in two zones read in the first ("10:00 CET / 09:00
    GMT"), years of the common era, "18.out.2023" as "18 out 2023"; and its language when it declares none but
    names a month only one language writes so (its time is then that language's zone's)."""
    text = _RESTATED_TIME.sub(r"\1", " ".join(text.split())[:160])
    text = _HOURS_AFTER.sub(lambda m: f"{m.group(1)}:{m.group(2) or '00'}", text)     # Lithuanian "10 val."
    text, language = common_era(_DOTTED_TIME.sub(_colon_time, _military_time(text)), language)
    if language is None and _TIME.search(text):
        language = month_language(text)     # "14 września 2023 o 10:30" on a page declaring no language: Warsaw
    text = _ROMAN_MONTH.sub(lambda m: f"{m.group(1)}.{_ROMAN.index(m.group(2)) + 1}.{m.group(3)}", text)
    return _DOTTED_MONTH.sub(r"\1 \2 \3", text), language      # "18.out.2023" (Brazil's newspapers)


# "3.XI.2023", "3. XI. 2023": the month in Roman figures (Central and Eastern Europe's way), read as "3.11.2023"
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = re.compile(r"(?<![\w.])(\d{1,2})\.\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?(\d{4})(?!\d)")


def read_stated(text: str | None, language: str | None = None, locale: str | None = None,
                zone: str | None = None, place: str | None = None) -> Stated | None:
    """The date (and time, and zone) stated in a short text such as "Sperrfrist: 14. März 2025, 10:00 Uhr
    MEZ" or "Madrid, 26 de enero de 2022"; None when it states no whole date (day, month and year).

    `zone` is the source's configured zone, used for a stated time with no zone; `place` a dateline
    place whose local time is meant."""
    if not text:
        return None
    text = arabic_clocks(half_day_clocks(gregorian_beside_hijri(ethiopian_as_gregorian(
        solar_hijri_as_gregorian(ascii_digits(text))))))
    instant = _iso_instant(text)
    if instant is not None:
        return instant
    text, language = _prepared(text, language)
    if not YEAR.search(text):
        return None
    text = MONGOLIAN_DAY.sub(lambda d: f"{d.group(1)}年{d.group(2)}月{d.group(3)}日", text)
    m = EAST_ASIAN_DAY.search(text)
    if m and len(_WIDE.findall(text[:m.start()] + _DATELINE_REST.sub("", text[m.end():]))) > 12:
        return None         # a sentence holding a date ("令和5年7月1日から、粗大ごみの収集..."), no date line
    if m:
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        clock, zone_words = east_asian_time(text[m.end():]), zone_words_after(text[m.end():])
        if clock is None or not (zone_words or zone or (language or "")[:2] in ("ja", "zh", "ko")):
            # the day as written: a time in no zone stated or known (no East Asian language) would shift it
            return Stated(datetime(day.year, day.month, day.day, tzinfo=timezone.utc), False)
        text = f"{day.isoformat()} {clock}{zone_words}"
    numeric = _numeric_day(text, locale)
    if numeric is False:
        return None         # "2021-13-01", "31.02.2021": no day at all; reading it another way would invent one
    has_time = bool(_TIME.search(re.sub(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", " ", text)))
    tz, rest = _zone_of(text, language, _place_zone(place, language), zone) if has_time else (timezone.utc, text)
    rest = _strip_words(re.sub(r"\(?\b(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?", " ", rest, flags=re.IGNORECASE))
    cleaned = without_weekdays(_clean_time(rest), language)     # "Litinin 12 ga Janairu, 2026" (Hausa)
    # CLDR's strict reading first, then dateparser's, then CLDR's month names among other words (Khmer, Kazakh)
    found = cldr_day(cleaned, language) or _parse_words(cleaned, language, locale) or \
        cldr_day_among_words(cleaned, language)
    if found is None:
        return None
    if numeric is not None:
        found = found.replace(year=numeric.year, month=numeric.month, day=numeric.day)
    if not has_time:
        return Stated(datetime(found.year, found.month, found.day, tzinfo=timezone.utc), False)
    local = found.replace(tzinfo=None)
    aware = local.replace(tzinfo=tz)
    offset = aware.utcoffset() or timedelta(0)
    return Stated(local.replace(tzinfo=timezone(offset)), True)


_DOTTED_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\.([^\W\d_]{3,9})\.(\d{4})(?!\d)")
_ISO_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")


# "0001 GMT", "1400 hrs CET": a time of four digits before "hrs" or a zone
_MILITARY = re.compile(r"(?<![\d:.,/-])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:hrs?\.?|h\b|(?:"
                       + "|".join(ZONE_WORDS) + r")\b))", re.IGNORECASE)


def _military_time(text: str) -> str:
    """"0001 GMT 3 March 2025" as "00:01 GMT 3 March 2025", when the text has its year elsewhere (a year is
    never read as a time)."""
    m = _MILITARY.search(text)
    if m is None or not YEAR.search(text[:m.start()] + " " + text[m.end():]):
        return text
    return f"{text[:m.start()]}{m.group(1)}:{m.group(2)}{text[m.end():]}"


def _iso_instant(text: str) -> Stated | None:
    """An ISO 8601 date and time with its offset and nothing else ("2025-03-12T09:30:00+07:00"), in that offset."""
    text = text.strip()
    if not _ISO_INSTANT.fullmatch(text):
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return Stated(when, True) if when.utcoffset() is not None else None


# A dateline's sentence after its dash ("深圳，2026年5月20日——深蓝智航科技...": the date ends at the dash)
_DATELINE_REST = re.compile(r"^\s*(?:——|—|–|－|-{1,2}).*", re.DOTALL)
_WIDE_LETTERS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"     # kana, CJK ideographs, Hangul
_WIDE = re.compile(r"[" + _WIDE_LETTERS + r"]")


_ISO_DAY = re.compile(r"(?<!\d)(\d{4})(?:-|\.\s)(\d{1,2})(?:-|\.\s)(\d{1,2})(?!\d)")     # 2023-09-14, 2023. 9. 14
_NUMERIC_DAY = re.compile(r"(?<![\d.])(\d{1,2})(?:[./-]|\.\s)(\d{1,2})(?:[./-]|\.\s)(\d{4})(?!\d)")   # 2. 5. 2023


def _numeric_day(text: str, locale: str | None) -> date | Literal[False] | None:
    """The day of an all-numeric date in the text, read strictly (year-month-day, or day-month-year, or
    month-day-year in the USA's locales); False when it names no real day; None when there is none."""
    m = _ISO_DAY.search(text)
    if m:
        parts = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    else:
        m = _NUMERIC_DAY.search(text)
        if not m:
            return None
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        us = "-" not in (locale or "") and bool(US_TIME_ZONE.search(text))   # "03/11/2025 2:15 PM EDT": in the USA
        parts = (year, first, second) if month_first(locale) or us else (year, second, first)
        if not month_first(locale) and not us and "/" in m.group(0) and second > 12 >= first:
            parts = (year, first, second)   # "06/21/2022": no day-first reading, the month-first one is the only one
    try:
        return date(*parts)
    except ValueError:
        return False


def _place_zone(place: str | None, language: str | None = None) -> str | None:
    """The zone of a named place ("Paris", "PIB Delhi": a known place's name in it)."""
    if not place:
        return None
    lowered = place.strip().lower()
    return PLACE_ZONES.get(lowered) or next(
        (zone for name, zone in PLACE_ZONES.items() if re.search(r"\b" + re.escape(name) + r"\b", lowered)),
        None) or place_zone_name(" ".join(lowered.split()), language)


_LEAD = re.compile(
    r"^\s*(?:(?:strictly|embargo(?:ed)?|embargad[oa]s?|embargat[oa]|(?:bajo|sob|sotto|onder) embargo|"
    r"embargoed until|under embargo until|sous embargo jusqu'au|embargo jusqu'au|"
    r"sperrfrist(?:\s+bis)?|embargo hasta|embargo até|embargo fino al|embargo tot|embargo hingga|"
    r"not for (?:publication|release|broadcast)[^:]*?(?:until|before)|hold for release until|"
    r"release (?:time|date)|publication date|for release(?: on)?|date de (?:publication|diffusion)|"
    r"fecha de publicación|data de publicação|data di pubblicazione|publicatiedatum|veröffentlicht am|"
    r"published|posted|dated?|issued|released|publié|publicado|veröffentlicht|pubblicato|gepubliceerd|"
    r"diterbitkan|publisert|publicerad|publiceret|julkaistu|julkaistavissa|opublikowano|zveřejněno|"
    r"do(?=\s+\d)|aos(?=\s+\d)|a(?=\s+\d)|ata(?:\s+[aá]s)?|fins\s+a(?:l|ls|\s+les)?|"
    r"sehingga|until|till|jusqu'au|jusqu’au|bis|hasta el|hasta las?|hasta|até|fino alle|fino al|tot|hingga|"
    r"date|time|heure|fecha|datum|data|hora|uhrzeit|ora|tanggal|ngày|"
    r"den(?=\s+\d))\b[^\d\w]*|"
    r"(?:วันที่|ณ วันที่|日付|发布日期|發佈日期|發布日期|发布时间|發布時間|日期|발표일|배포(?:\s?일시)?|дата|от(?=\s+\d)|"
    r"до(?=\s+\d)|эмбарго|ембарго|解禁(?:日時)?|報道解禁|엠바고|보도\s?시점|보도\s?일시|tarih|ημερομηνία|"
    r"दिनांक|तारीख़?|তারিখ|تاریخ|التاريخ|תאריך)\s*[:：]?\s*)+",
    re.IGNORECASE)          # "Dresden, den 4. April 2025", Thai "วันที่ 15 มกราคม 2568" ("date"), Russian "от 12 марта"
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|"
    r"mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|senin|"
    r"selasa|rabu|kamis|jumat|sabtu|minggu|isnin|khamis|jumaat|ahad)\b,?", re.IGNORECASE)


def _strip_words(text: str) -> str:
    text = _LEAD.sub("", text)
    text = _WEEKDAY.sub(" ", text)
    text = re.sub(r"^\s*(?:,|:|-|–)\s*", "", text)
    return re.sub(r"\s*[,;]\s*", " ", text).strip(" .:-–—")


# Where dates are written in running text, in any language the grammar reads: candidates only (a day, a word
# or a number for the month, a year), each confirmed by `read_stated` (dateparser knows the month names).
_MONTH_WORD = (r"(?:[^\W\d_][^\s\d,.;:/()]{2,14}\.?"    # a letter, then anything but spaces and digits
               r"|[\u0e40-\u0e44]?[\u0e01-\u0e2e][\u0e31-\u0e4e]?\.[\u0e01-\u0e2e]\.)")    # Thai: ก.ย., มี.ค.
DATE_TEXT = re.compile(
    r"(?:(?<![\w/.-])|(?<=[" + _WIDE_LETTERS + r"]))"    # after a space, or glued to kana, CJK or Hangul
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?,?\s+(?=\d))?"      # "11:42 22 January 2027"
    r"(?:"
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"     # 2022-01-26T10:00+01:00
    r"|\d{1,2}(?:st|nd|rd|th|er|º|o)?\.?\s+(?:de\s+)?" + _MONTH_WORD + r"(?:\s+[\u0600-\u06ff]{3,})?"  # تشرين الأول
    r",?\s+(?:de\s+|del\s+)?\d{4}"                                                                  # 26. Januar
    r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"                              # January 26, 2022
    r"|\d{4}\.\s+gada\s+\d{1,2}\.\s+" + _MONTH_WORD +                        # 2023. gada 14. septembris (lv)
    r"|\d{4}(?:\.|\s+m\.)\s+" + _MONTH_WORD + r"\s+\d{1,2}(?:\.|\s+d\.)?(?!,?\s*\d{4})"   # 2023. szept. 14.
    r"|\d{4}\.\s\d{1,2}\.\s\d{1,2}\.?"                                                # 2023. 9. 14. (ko)
    r"|\d{1,2}\.[^\W\d_]{3,9}\.\d{4}"                                                   # 18.out.2023
    r"|\d{1,2}(?:[./-]|\.\s)\d{1,2}(?:[./-]|\.\s)\d{4}"  # 26.01.2022, 2. 5. 2023
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}"                                                          # 2022/01/26
    r"|1[01]\d([-/.])\d{1,2}\1\d{1,2}(?![\d.])"                          # 112-10-05 (Taiwan: the Republic's year)
    r"|(?:\d{4}|1[01]\d|(?:" + ERAS + r")\s*(?:\d{1,3}|元))"                                     # 令和5年3月20日
    r"\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"                                        # 2023년 9월 14일
    r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm|,)\s+\d{4}"
    r")(?:(?:\.?,?\s*|\s+[·|–—]\s+)"                                              # "... · 12:30 h"
    r"(?:(?:at|à|um|a las|às|alle|om|o|godz\.|pukul|lúc|kl\.?|klo)\s+"                          # kl. 08.00
    r"|(?:" + HALF_DAY + r")\s*)?"                                                     # 오후 3:20
    r"\d{1,2}(?:[:.h]|\s*[時时点點]\s*)\d{2}(?:\s*(?:uhr|h|分))?"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?\)?|\s*\(?(?-i:[A-Z]{2,5})\)?)?)?"  # a time
    r"(?:(?![\w/-])|(?=[" + _WIDE_LETTERS + r"]))",     # before a space, or glued to kana, CJK or Hangul
    re.IGNORECASE)

# The words that announce a date's role, in one place: the article extractor, the press-release reader and this
# grammar use them. A publication label before a date makes it the publication date; an update label makes it
# a modification date, never the publication date.
PUBLISHED_WORDS = (
    r"published|posted|released|issued|dated|date(?: of)?(?: publication| published| issued| released)?|publication"
    r"(?: date)?|release date|publié(?:e)?|mis en ligne|date de (?:publication|parution|diffusion)|publicado|fecha"
    r"(?: de publicación)?|publicación|veröffentlicht|erschienen|datum|pubblicato|data(?: di pubblicazione)?|"
    r"gepubliceerd|geplaatst|opublikowano|data publikacji|diterbitkan|dipublikasikan|diposting|tanggal|ngày đăng|"
    r"publicerad|publiceret|publisert|julkaistu|zveřejněno|publikováno|yayınlanma tarihi|yayınlanma|"
    r"yayın tarihi|dodano|"
    r"опубликовано|дата публикации|פורסם|đăng"
    r"(?: lúc| ngày)?|公開日|配信日|配信開始日|掲載日|発表日|発行日|日付|"
    r"közzétéve|megjelent|paskelbta|publicēts|δημοσιεύθηκε|δημοσίευση|опубліковано|objavljeno|публикувано|publicat|"
    r"udgivet|تاريخ النشر|نُشر(?: في)?|نشر في|تاریخ انتشار|منتشر شده|प्रकाशित|প্রকাশিত|게시일|등록일|입력|작성일|발행일|"
    r"发布时间|发布日期|發布日期|發佈日期|發布時間|发表时间|發表時間|เผยแพร่")
UPDATED_WORDS = (
    r"(?:last )?updated|(?:last )?modified|last edited|mis à jour|modifié|actualizado|actualización|"
    r"(?:zuletzt )?aktualisiert|geändert|stand|aggiornato|atualizado|atualização|bijgewerkt|gewijzigd|"
    r"zaktualizowano|(?:ostatnia )?aktualizacja|ostatnia modyfikacja|diperbarui|cập nhật|uppdaterad|opdateret|"
    r"oppdatert|päivitetty|"
    r"aktualizováno|güncellendi|güncelleme tarihi|güncelleme|обновлено|עודכן|更新时间|更新時間|更新于|更新於|更新日?|"
    r"frissítve|módosítva|atnaujinta|atjaunots|atjaunināts|ενημερώθηκε|τελευταία ενημέρωση|оновлено|ažurirano|"
    r"актуализирано|actualizat|آخر تحديث|تم التحديث|تحديث|به‌روزرسانی|بروزرسانی|अपडेट|अद्यतन|수정|업데이트|"
    r"แก้ไข|ปรับปรุง")
PUBLISHED_LABEL = re.compile(r"(?:" + PUBLISHED_WORDS + r")(?:\s+(?:on|le|am|el|il|op|em|w dniu|pada))?", re.IGNORECASE)
UPDATED_LABEL = re.compile(r"(?:" + UPDATED_WORDS + r")(?:\s+(?:on|le|am|el|il|op|em|w dniu|pada))?", re.IGNORECASE)


# A publication label, then a numeric date with a two-digit year ("פורסם: 22.01.25, 21:40", "Published 22/01/25")
_LABELLED_SHORT_YEAR = re.compile(r"(?<!\w)(?P<label>(?:" + PUBLISHED_LABEL.pattern + r")\s*[:\-–|]?\s*)"
                                  r"(?P<day>\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep))(?P<year>\d{2})(?![\d./])",
                                  re.IGNORECASE)

_SHORT_YEAR = re.compile(r"\d([./])\d{1,2}\1\d{2}(?![\d./])")


def with_full_years(text: str) -> str:
    """The text with the two-digit year of a numeric date right after a publication label written whole
    ("פורסם: 22.01.25" as "פורסם: 22.01.2025"): a page that labels the date as its publication's means a day of
    this century. Elsewhere a two-digit year is never read (a version, a score, a reference number)."""
    if not _SHORT_YEAR.search(text):
        return text
    return _LABELLED_SHORT_YEAR.sub(lambda m: f"{m.group('label')}{m.group('day')}20{m.group('year')}", text)


def find_stated(text: str, language: str | None = None, locale: str | None = None, zone: str | None = None
                ) -> Iterator[tuple[re.Match[str], Stated]]:
    """Every whole date written in `text` (any language the grammar reads, numeric ones day-first unless the
    locale is month-first), with where it is: (match, date). A time with no zone is in `zone`, else in the
    language's usual zone (see `read_stated`)."""
    for match in DATE_TEXT.finditer(ascii_digits(text)):      # the same positions in `text`
        stated = read_stated(match.group(0), language, locale, zone)
        if stated is not None:
            yield match, stated
