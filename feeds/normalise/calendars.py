"""What the date grammar (when.py) needs to read dates the way pages around the world print them, beyond
dateparser's languages, the Gregorian calendar's years and Latin digits. Pure but for one read of the package's
CLDR calendar names (`data/cldr-calendar.json`, written by scripts/cldr-calendar-names.py).

- Digits: `ascii_digits`, every script's decimal digits as 0-9, one character for one ("١٤" and "۱۴" as
  "14"), so positions in the text do not move.
- Month names in any language CLDR knows (CLDR's names as Babel ships them, read once into a package data file:
  loading Babel's whole locales here kept over a hundred of them in every ingesting process), for the languages
  dateparser does not read and for pages that declare no language. `cldr_day` reads a short text that is only a date
  ("14 września 2023", "2023. szeptember 14.", "14 ก.ย. 2566" once the year is the common era's): the page's
  language's names first; else a name must mean the same month in every one of the major written languages that spell
  it so ("listopad" is November in Polish, October in Croatian: no month). `cldr_day_among_words`, its lenient
  sibling, reads a date among other words in the release's language (Khmer, Kazakh), after dateparser.
  `month_language` names the one language that writes a month name so; `weekday_names` a language's weekday names.
- Other calendars and eras: `solar_hijri_as_gregorian` writes dates of the Solar Hijri calendar in Persian
  month names ("۲۳ شهریور ۱۴۰۲") as ISO days of the Gregorian calendar (the arithmetic calendar, 33-year
  cycles); `common_era` writes years of Thailand's Buddhist era, Japan's imperial eras and Taiwan's Republic
  as the common era's.
- East Asian dates and times: the day patterns (`EAST_ASIAN_DAY`, Mongolian numbered months), a time after
  its half of the day as a 24-hour clock (`half_day_clocks`: "午後2時30分" as "14:30"), the time and the zone
  words written after a date (`east_asian_time`, `zone_words_after`: "2025年3月12日 14時30分 (JST)").
"""
from __future__ import annotations

import re
import json
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

class _Digits(dict[int, int | str]):
    """A `str.translate` table of every Unicode decimal digit outside ASCII to its ASCII digit, each character
    looked up once, when first met (a table of all of Unicode would take a tenth of a second to build)."""

    def __missing__(self, code: int) -> int | str:
        char = chr(code)
        found: int | str = str(unicodedata.decimal(char)) if unicodedata.category(char) == "Nd" else code
        self[code] = found
        return found


@lru_cache(maxsize=1)
def _digit_table() -> _Digits:
    return _Digits()


def ascii_digits(text: str) -> str:
    """The text with every decimal digit written 0-9 ("١٤ سبتمبر ٢٠٢٣" as "14 سبتمبر 2023"); same length."""
    if text.isascii():
        return text
    return text.translate(_digit_table())


# The languages whose month names a page with no declared language is read in: the written languages of
# most of the world's news (a smaller set than CLDR's 300 also keeps a rare language's homograph out).
MAJOR_LANGUAGES = (
    "en", "fr", "es", "pt", "de", "it", "nl", "id", "vi", "ja", "ko", "zh", "th", "ms", "hi", "tr", "ru", "uk",
    "pl", "cs", "sk", "hu", "ro", "bg", "el", "hr", "sl", "sr", "sv", "da", "fi", "nb", "nn", "et", "lv", "lt",
    "he", "fa", "sw", "ar", "bn", "ca", "eu", "gl", "is", "ka", "hy", "az", "kk", "uz", "mk", "bs", "sq", "be",
    "ta", "te", "ml", "mr", "ur", "ne", "si", "km", "lo", "my", "am", "fil", "af", "zu", "cy", "ga", "mt", "lb",
    "gu", "kn", "pa", "mn", "ky", "tk", "ha", "yo", "ig", "so", "rw", "xh")


def _key(name: str) -> str:
    return " ".join(name.lower().rstrip(".").split())


@lru_cache(maxsize=1)
def _calendar_names() -> dict[str, Any]:
    """The package's CLDR calendar names: {"locales": {identifier: record number}, "names": [record, ...]}, each
    record {kind: {context: {width: [[number, name], ...]}}}."""
    text = resources.files("feeds.normalise").joinpath("data/cldr-calendar.json").read_text(encoding="utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


def _cldr_names(locale: str, kind: str, widths: tuple[str, ...] | None) -> list[tuple[int, str]]:
    """(number, name) of CLDR's month names of a locale (with `kind` "days", its weekday names): format then
    stand-alone names, in `widths` ("wide", "abbreviated"; every width when None: the table keeps every width
    of weekday names, the wide and abbreviated of months); none for a locale CLDR does not know. Babel resolves
    the identifier ("no" is "nb") without loading the locale."""
    from babel import Locale, UnknownLocaleError
    try:
        identifier = str(Locale.parse(locale))
    except (UnknownLocaleError, ValueError, TypeError):
        return []
    table = _calendar_names()
    number = table["locales"].get(identifier)
    if number is None:
        return []       # a locale newer than the table (scripts/cldr-calendar-names.py writes it again)
    found: list[tuple[int, str]] = []
    for context in ("format", "stand-alone"):
        by_width = table["names"][number][kind].get(context, {})
        for width in widths or tuple(by_width):
            found.extend((month, name) for month, name in by_width.get(width, ()))
    return found


def _cldr_table(locales: tuple[str, ...], abbreviated: bool, kind: str = "months") -> dict[str, int]:
    """The month names (or with `kind` "days", the weekday names) of CLDR's `locales` (format and stand-alone,
    wide and, with `abbreviated`, short), lower case without a final dot, each with its number; a name two of
    them give different numbers left out."""
    found: dict[str, int | None] = {}
    for locale in locales:
        for number, name in _cldr_names(locale, kind, ("wide", "abbreviated") if abbreviated else ("wide",)):
            key = _key(name)
            if len(key) >= 2 and not key.isdigit():
                found[key] = number if found.get(key, number) == number else None
    return {name: number for name, number in found.items() if number is not None}


# Month names a language writes beside CLDR's: Yoruba's numbered months ("Oṣù Karùn-ún", the fifth month), as
# common in its press as CLDR's traditional names ("Oṣù Ẹ̀bibi")
_NUMBERED_MONTHS = {"yo": ("oṣù kínní|oṣù kìíní|oṣù kinni", "oṣù kejì|oṣù keji", "oṣù kẹta|oṣù keta",
                           "oṣù kẹrin|oṣù kerin", "oṣù karùn-ún|oṣù karùn|oṣù karun", "oṣù kẹfà|oṣù kefa",
                           "oṣù keje", "oṣù kẹjọ|oṣù kejo", "oṣù kẹsàn-án|oṣù kẹsàn|oṣù kesan",
                           "oṣù kẹwàá|oṣù kẹwà|oṣù kewa", "oṣù kọkànlá|oṣù kokanla", "oṣù kejìlá|oṣù kejila")}


@lru_cache(maxsize=128)
def _language_months(language: str) -> dict[str, int]:
    """A language's month names, short ones too; for a language with no region, its regions' names too
    ("أيلول", the Levant's September, in Arabic), and the numbered names it writes beside them (Yoruba's); empty
    for a language CLDR does not know."""
    tag = language.replace("-", "_")
    regions = () if "_" in tag else tuple(name for name in _calendar_names()["locales"] if name.startswith(tag + "_"))
    numbered = {unicodedata.normalize("NFC", name): number
                for number, names in enumerate(_NUMBERED_MONTHS.get(tag.split("_")[0], ()), start=1)
                for name in names.split("|")}
    return {**_cldr_table((tag, *regions), abbreviated=True), **numbered, **_genitive_months(tag.split("_")[0])}


def _genitive_months(language: str) -> dict[str, int]:
    """Serbian's and Bosnian's month names in the genitive a date writes them in ("20. новембра 2023", "4. maja"),
    which CLDR gives in the nominative only ("новембар", "мај"): "-бар" / "-bar" as "-бра" / "-bra" (its "a"
    fleeting), else "-а" / "-a" added ("јануара"); the wide names only (a short name so lengthened may be a word)."""
    if language not in ("sr", "bs"):
        return {}
    found = {}
    for locale in (language, f"{language}_Cyrl", f"{language}_Latn"):
        for number, name in _cldr_names(locale, "months", ("wide",)):
            key = _key(name)
            cyrillic = any("\u0400" <= c <= "\u04ff" for c in key)
            fleeting, added = ("бар", "а") if cyrillic else ("bar", "a")
            found[key[:-2] + "р" + added if cyrillic and key.endswith(fleeting) else
                  key[:-2] + "r" + added if key.endswith(fleeting) else key + added] = number
    return found


@lru_cache(maxsize=128)
def _weekdays(language: str) -> frozenset[str]:
    """A language's weekday names (CLDR's, short ones too), lower case without a final dot."""
    return frozenset(_cldr_table((language.replace("-", "_").split("_")[0],), abbreviated=True, kind="days"))


@lru_cache(maxsize=32)
def weekday_names(language: str | None) -> frozenset[str]:
    """A language's weekday names in every width CLDR writes them ("четверг", "чт", "ч"), lower case as written."""
    return frozenset(name.lower() for _, name in _cldr_names((language or "en").split("-")[0], "days", None))


@lru_cache(maxsize=64)
def _weekday_pattern(language: str) -> re.Pattern[str] | None:
    """CLDR's wide weekday names of a language dateparser is not asked in first, as whole words ("Alhamis",
    "Ọjọ́ Ẹtì"); None for the languages of LANGUAGES (dateparser reads their weekdays; their short names may be
    a month's: Spanish "mar")."""
    base = language.split("-")[0].lower()
    if base in LANGUAGES:
        return None
    names = {unicodedata.normalize("NFC", name.lower()) for _, name in _cldr_names(base, "days", ("wide",))}
    names = {name for name in names if len(name) >= 3}
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?!\w),?",
                      re.IGNORECASE)


def without_weekdays(text: str, language: str | None) -> str:
    """A short date text without the weekday names of its language (CLDR's wide names: "Litinin 12 ga Janairu,
    2026" as "12 ga Janairu, 2026", Hausa), for the languages dateparser is not asked first (see `_weekday_pattern`);
    the text as it is otherwise."""
    pattern = _weekday_pattern(language) if language else None
    if pattern is None:
        return text
    return " ".join(pattern.sub(" ", unicodedata.normalize("NFC", text)).split())


@lru_cache(maxsize=1)
def _any_language_months() -> dict[str, int]:
    """The wide month names of the major languages (no region's own), each with its month's number."""
    return _cldr_table(MAJOR_LANGUAGES, abbreviated=False)


@lru_cache(maxsize=1)
def _month_languages() -> dict[str, str]:
    """The wide month names that only one of the major languages writes so, each with that language."""
    found: dict[str, str | None] = {}
    for language in MAJOR_LANGUAGES:
        for name in _cldr_table((language,), abbreviated=False):
            found[name] = language if found.get(name, language) == language else None
    return {name: language for name, language in found.items() if language is not None}


def month_language(text: str) -> str | None:
    """The language of the first month name in a short text that only one major language writes so
    ("września": Polish; "srpnja": Croatian, in ASCII letters too), for a date on a page that declares no language:
    its time is that language's. A name many languages share ("September") names none."""
    languages = _month_languages()
    return next((languages[key] for token in _TOKEN.findall(text) if (key := _key(token)) in languages), None)


def month_number(word: str, language: str | None, anywhere: bool = True) -> int | None:
    """The month a word names in the page's language (CLDR's names, short ones too; a regional tag's own,
    then its language's), else, with `anywhere`, in the major languages (a page declaring none, or the wrong
    one: a template's "en" over Polish text)."""
    key = _key(word)
    if language:
        tag = language.replace("_", "-")
        for candidate in dict.fromkeys((tag, tag.split("-")[0].lower())):
            if (number := _language_months(candidate).get(key)) is not None:
                return number
    return _any_language_months().get(key) if anywhere else None


def _named_months(tokens: list[str], language: str | None, anywhere: bool) -> tuple[int, list[tuple[int, int]]]:
    """(words per name, [(where, month)]) of the month names among the tokens: names of two words first
    ("تشرين الأول"), else of one."""
    pairs = [f"{first} {second}" for first, second in zip(tokens, tokens[1:], strict=False)]
    for width, names in ((2, pairs), (1, tokens)):
        named = [(i, m) for i, name in enumerate(names) if (m := month_number(name, language, anywhere)) is not None]
        if named:
            return width, named
    return 1, []


_TOKEN = re.compile(r"[^\W\d_][^\s\d,;:/()]*")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DAY = re.compile(r"(?<![\d:.])(\d{1,2})(?![\d:])")
_CLOCK = re.compile(r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)")


# Words a date may have besides its month and weekday: "de" and "of" between its parts, "2023 m. rugsėjo 14 d."
# (lt: metai, diena), "2023. gada" (lv), "року", "года", "г." (of the year), Thai "น." (o'clock)
_DATE_WORDS = frozenset({"de", "del", "di", "do", "da", "du", "of", "the", "m", "d", "g", "r", "г", "р", "gada",
                         "року", "года", "godine", "roku", "vuonna", "ngày", "tháng", "năm", "น", "ro", "ka",
                         # before the time: "o 10:30" (pl), "u" (hr), "в", "о" (ru, uk), "kl.", "klo", "godz.", "saat"
                         "o", "u", "в", "о", "kl", "klo", "godz", "saat", "lúc", "às", "um", "at", "à",
                         # after it: South Slavic "hours" ("9.30 sati"), and Serbian Cyrillic "at" ("у 12.00 часова")
                         "sati", "sata", "časova", "часова", "часа", "у",
                         # "on" before the day: Arabic "في 21 جانفي 2026" (the Maghreb's month names, CLDR's only)
                         "في"})


def cldr_day(text: str, language: str | None) -> datetime | None:
    """The date (and time of day "HH:MM", if any) of a short text that is only a date naming its month in
    words, read with CLDR's month names: one month name, one year (1900-2099), one day number that is no part
    of the time, and no other word but a weekday's name or a word of dates (`_DATE_WORDS`: "de", "m.", "gada");
    None otherwise or when the day does not exist ("Lichinga, 30 de Setembro de 2026 – A": the next sentence's
    first word is no date's)."""
    years = YEAR.findall(text)
    if len(text) > 80 or len(years) != 1:
        return None
    tokens = [token.rstrip(".") for token in _TOKEN.findall(text)]
    width, named = _named_months(tokens, language, anywhere=False)      # the page's language first
    if not named:
        width, named = _named_months(tokens, language, anywhere=True)
    if len({m for _, m in named}) != 1:
        return None
    spans = {i + k for i, _ in named for k in range(width)}
    weekdays = _weekdays(language or "en")
    if any(token.lower() not in _DATE_WORDS and token.lower() not in weekdays
           for i, token in enumerate(tokens) if i not in spans):
        return None
    clock = _CLOCK.search(text)
    days = _DAY.findall(YEAR.sub(" ", _CLOCK.sub(" ", text)))
    if len(days) != 1:
        return None
    return _day_at(years[0], named[0][1], days[0], (clock.group(1), clock.group(2)) if clock else None)


def cldr_day_among_words(text: str, language: str | None) -> datetime | None:
    """A day written with a month name of the release's language that dateparser does not read, among other
    words ("ថ្ងៃទី25 ខែតុលា ឆ្នាំ2025" in Khmer, "2025 жылғы 17 сәуір" in Kazakh, "11:00 do 14 de xaneiro de 2026" in
    Galician): `cldr_day`'s lenient sibling, read after dateparser. CLDR's wide month names, a day of one or two
    figures and a year of four, each once, and at most one time ("11:00"); None otherwise."""
    months = _wide_months((language or "").split("-")[0].lower())
    lowered = text.lower()
    found = next(((name, number) for name, number in months if name in lowered), None)
    if found is None or "," in text or any(w[:1].isupper() and w.lower() != found[0] for w in text.split()):
        return None          # "Sørvik, 4. desember 2023": a place beside the date, read by the date line's rules
    years = YEAR.findall(text)
    times = re.findall(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)", text)
    days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", " ", text))
    if len(years) != 1 or len(days) != 1 or len(times) > 1:
        return None
    return _day_at(years[0], found[1], days[0], times[0] if times else None)


def _day_at(year: str, month: int, day: str, clock: tuple[str, str] | None) -> datetime | None:
    """The day at the clock's (hour, minute) figures, else at midnight; None when the day does not exist."""
    hour, minute = (int(clock[0]), int(clock[1])) if clock else (0, 0)
    try:
        return datetime(int(year), month, int(day), hour, minute)
    except ValueError:
        return None


# The languages dateparser reads every date in (after the release's own): when.py asks it in these, and
# `cldr_day_among_words` leaves them to it (a CLDR month name adds nothing to them)
LANGUAGES = ("en", "fr", "es", "pt", "de", "it", "nl", "id", "vi")


@lru_cache(maxsize=32)
def _wide_months(language: str) -> tuple[tuple[str, int], ...]:
    """A language's wide month names of three letters or more (format and stand-alone), lower case as written,
    the longest first; none for the languages dateparser reads every date in (LANGUAGES: they need no second
    reading) or that CLDR lacks."""
    if not language or language in LANGUAGES:
        return ()
    names = {name.lower(): number for number, name in _cldr_names(language, "months", ("wide",)) if len(name) >= 3}
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


# The Solar Hijri calendar's months as Persian writes them (Iran; the first six have 31 days, then five of 30)
_PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                   "بهمن", "اسفند")
_SOLAR_HIJRI = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_PERSIAN_MONTHS) + r"|امرداد)\s+(1[34]\d{2})(?!\d)")


def solar_hijri_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (the arithmetic calendar: 8 leap years in 33), or None."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    try:
        return date.fromordinal(days - 365)     # the count above starts a year before `date`'s ordinals
    except (ValueError, OverflowError):
        return None


def solar_hijri_as_gregorian(text: str) -> str:
    """The text with each Solar Hijri date in Persian words ("23 شهریور 1402", digits already ASCII) written as
    the ISO day it is ("2023-09-14"); unchanged when there is none."""
    def iso(m: re.Match[str]) -> str:
        month = 4 if m.group(2) == "امرداد" else _PERSIAN_MONTHS.index(m.group(2))
        found = solar_hijri_day(int(m.group(3)), month + 1, int(m.group(1)))
        return found.isoformat() if found else m.group(0)
    return _SOLAR_HIJRI.sub(iso, text) if max(text, default="") >= "\u0600" else text


# The Ethiopian calendar's months (thirteen: twelve of 30 days, Pagume of 5 or 6), as Amharic writes them (with
# common spellings) and in Latin letters: "መጋቢት 3 ቀን 2018 ዓ.ም." ("Megabit 3, 2018 E.C.": 12 March 2026)
_ETHIOPIAN_MONTHS = (("መስከረም",), ("ጥቅምት",), ("ኅዳር", "ህዳር"), ("ታኅሣሥ", "ታህሳስ", "ታኅሳስ"), ("ጥር",), ("የካቲት",),
                     ("መጋቢት",), ("ሚያዝያ",), ("ግንቦት",), ("ሰኔ",), ("ሐምሌ", "ሓምሌ"), ("ነሐሴ", "ነሃሴ"),
                     ("ጳጉሜ", "ጳጉሜን"))
_ETHIOPIAN_LATIN = ("meskerem", "tikimt|tiqimt|tekemt", "hidar|hedar", "tahsas|tahisas", "tir|ter", "yekatit",
                    "megabit|maggabit", "miyazya|miyazia", "ginbot|genbot", "sene", "hamle|hamle", "nehase|nehasse",
                    "pagume|pagumen")
_ETHIOPIAN_MONTH = {name: k + 1 for k, names in enumerate(_ETHIOPIAN_MONTHS) for name in names}
_ETHIOPIAN_LATIN_MONTH = {name: k + 1 for k, names in enumerate(_ETHIOPIAN_LATIN) for name in names.split("|")}
_GEEZ_MONTH = "|".join(_ETHIOPIAN_MONTH)
_ERA_EC = r"(?:\s*(?:ዓ\.?\s*ም\.?|E\.\s?C\.?|EC\b))"
_ETHIOPIAN_DAY = re.compile(
    r"(?:(?P<month>" + _GEEZ_MONTH + r")\s*(?P<day>\d{1,2})(?:\s*ቀን)?|(?P<day2>\d{1,2})\s*(?P<month2>" + _GEEZ_MONTH
    + r"))\s*[,፣]?\s*(?P<year>(?:19|20)\d{2})" + _ERA_EC + r"?"
    r"|(?i:(?P<latin>" + "|".join(_ETHIOPIAN_LATIN) + r"))\s+(?P<day3>\d{1,2}),?\s+(?P<year3>(?:19|20)\d{2})" + _ERA_EC)


def ethiopian_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a date of the Ethiopian calendar (its epoch: 29 August 8 of the Julian calendar; a leap
    year every four, Pagume then of six days), or None when there is no such day."""
    if not 1 <= month <= 13 or not 1 <= day <= (30 if month < 13 else 5 + (year % 4 == 3)):
        return None
    try:
        return date.fromordinal(2795 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day)
    except (ValueError, OverflowError):
        return None


def ethiopian_as_gregorian(text: str) -> str:
    """The text with each date of the Ethiopian calendar written as the ISO day it is ("መጋቢት 3 ቀን 2018 ዓ.ም." as
    "2026-03-12"): its months in Amharic, or in Latin letters with the era ("Megabit 3, 2018 E.C."); digits
    already ASCII; unchanged when there is none."""
    def iso(m: re.Match[str]) -> str:
        if m.group("latin"):
            month = _ETHIOPIAN_LATIN_MONTH[m.group("latin").lower()]
            day, year = m.group("day3"), m.group("year3")
        else:
            month = _ETHIOPIAN_MONTH[m.group("month") or m.group("month2")]
            day, year = m.group("day") or m.group("day2"), m.group("year")
        found = ethiopian_day(int(year), month, int(day))
        return found.isoformat() if found else m.group(0)
    if not (re.search(r"[\u1200-\u137f]", text) or re.search(r"E\.\s?C\.?|\bEC\b", text)):
        return text
    return _ETHIOPIAN_DAY.sub(iso, text)


# A Hijri (Islamic) date written beside its Gregorian one, the Hijri first: "7 رمضان 1445 هـ الموافق 17 مارس 2024",
# "1 صفر 1446هـ الموافق 5 أغسطس 2024م", "25 Jumada Al-Awwal 1447 AH / 16 November 2025" (الموافق: "corresponding to";
# م after a year: of the Gregorian calendar)
_HIJRI_BESIDE = re.compile(r"(?<!\d)\d{1,2}\s+[^\d/،,]{2,30}?\s+1[34]\d{2}\s*(?:هـ|ه(?!\w)|AH\b|A\.H\.|H\b)\.?"
                           r"\s*(?:الموافق\s*(?:لـ|ل)?|/|،|,|–|-)?\s*(?=[^\W_]{0,12}\s*,?\s*\d)")
_GREGORIAN_MARK = re.compile(r"(?<!\d)(\d{4})\s*م(?!\w)")


def gregorian_beside_hijri(text: str) -> str:
    """The text without a Hijri date written before its Gregorian equivalent, and without the "م" that marks a
    Gregorian year ("1 صفر 1446هـ الموافق 5 أغسطس 2024م" as "5 أغسطس 2024"); a Hijri date standing alone is
    left as it is (then no Gregorian day is read: the calendars' months are not converted)."""
    if not re.search(r"1[34]\d{2}\s*(?:هـ|ه|AH|A\.H\.|H\b)", text):
        return text
    found = _HIJRI_BESIDE.sub(" ", text)
    return _GREGORIAN_MARK.sub(r"\1", found) if YEAR.search(found) else text


# East Asian dates: "2025年3月12日" (Japanese, Chinese), "2025년 3월 12일" (Korean); Mongolian numbers its months:
# "2025 оны 12 дугаар сарын 3" ("of the year 2025, of the 12th month, 3")
EAST_ASIAN_DAY = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
MONGOLIAN_DAY = re.compile(r"(\d{4})\s*оны\s*(\d{1,2})\s*(?:-?р|-?(?:дугаар|дүгээр))?\s*сарын\s*(\d{1,2})(?!\d)",
                           re.IGNORECASE)
# The half of the day Korean, Japanese and Chinese write before a time: 오전, 午前, 上午 the morning; 오후, 午後, 下午
# the afternoon ("오후 3:20", "午後3時20分", "下午3:20": 15:20); Chinese also 中午 (noon) and 晚上 (evening)
HALF_DAY = "오전|오후|午前|午後|上午|下午"
_MORNING = frozenset({"오전", "午前", "上午", "صباحاً", "صباحا", "ص", "صبح"})
_AFTERNOON = frozenset({"오후", "午後", "下午", "عصراً", "عصرا", "مساءً", "مساء", "م", "سہ پہر", "شام"})
_NOON = frozenset({"中午", "ظهراً", "ظهرا", "دوپہر"})
_HALF_DAY_TIME = re.compile(r"(" + HALF_DAY + r"|中午|晚上)\s*(\d{1,2})(?:\s*[:時时点點시]\s*(\d{1,2})\s*[分분]?)?")


def half_day_hour(half: str, hour: int) -> int | None:
    """The hour on a 24-hour clock of `hour` written after its half of the day, None when that half has no such
    hour. The convention Japanese and Korean offices use (and Chinese ones for 上午/下午): the morning's twelve
    hours are 0-11 and the afternoon's 12-23, counting 12 as 0, so 午前12時 / 오전 12시 / 午前0時 is midnight
    (00:00) and 午後12時 / 오후 12시 / 午後0時 is noon (12:00); Arabic's morning and evening words (صباحاً, مساءً)
    alike. Noon's words (中午, ظهراً) hold 11 and 12 as written and 1-2 as 13-14; 晚上 (evening) 6-11 as 18-23,
    other hours left unread (晚上12点: midnight of which day? The day is kept as written)."""
    if half in _MORNING or half in _AFTERNOON:
        return None if hour > 12 else hour % 12 + (12 if half in _AFTERNOON else 0)
    if half in _NOON:
        return hour if hour in (11, 12) else hour + 12 if 1 <= hour <= 2 else None
    if half == "晚上":
        return hour + 12 if 6 <= hour <= 11 else None
    return None


def half_day_clocks(text: str) -> str:
    """The text with each time written after its half of the day as a 24-hour clock ("午後3時20分" as "15:20",
    "午前12時" as "00:00", "午後12時" as "12:00": see `half_day_hour`); a time the half cannot hold stays as
    written. The one reader of the half of the day: `east_asian_time` reads its text through it."""
    def clock(m: re.Match[str]) -> str:
        hour = half_day_hour(m.group(1), int(m.group(2)))
        minute = int(m.group(3) or 0)
        return m.group(0) if hour is None or minute > 59 else f"{hour:02d}:{minute:02d}"
    return _HALF_DAY_TIME.sub(clock, text)


# An Arabic time: "الساعة 10:00 صباحاً" ("at the hour 10:00 in the morning"), "الساعة 3 مساءً", "4:30 م": the hour
# word, or a clock followed by its part of the day (صباحاً/ص the morning; ظهراً noon; عصراً, مساءً/م the afternoon
# and evening), read by `half_day_hour` as the East Asian halves are
_ARABIC_HALF = r"صباحاً|صباحا|ص(?!\w)|ظهراً|ظهرا|عصراً|عصرا|مساءً|مساء|م(?!\w)"
_ARABIC_CLOCK = re.compile(r"(?:(?:في\s+)?(?:ال)?ساعة\s+(\d{1,2})(?::(\d{2}))?(?:\s*(" + _ARABIC_HALF + r"))?"
                           r"|(?<!\d)(\d{1,2}):(\d{2})\s*(" + _ARABIC_HALF + r"))")


def arabic_clocks(text: str) -> str:
    """The text with each Arabic time as a 24-hour clock ("الساعة 10:00 صباحاً" as "10:00", "الساعة 3 مساءً" as
    "15:00"); a time whose hour its part of the day cannot hold stays as written."""
    def clock(m: re.Match[str]) -> str:
        hour, minute = int(m.group(1) or m.group(4)), int(m.group(2) or m.group(5) or 0)
        half = m.group(3) or m.group(6)
        read = half_day_hour(half, hour) if half else hour
        return m.group(0) if read is None or read > 23 or minute > 59 else f"{read:02d}:{minute:02d}"
    def urdu(m: re.Match[str]) -> str:
        hour, minute = half_day_hour(m.group(1), int(m.group(2))), int(m.group(3) or 0)
        return m.group(0) if hour is None or minute > 59 else f"{hour:02d}:{minute:02d}"
    if max(text, default="") < "\u0600":
        return text
    return _URDU_CLOCK.sub(urdu, _ARABIC_CLOCK.sub(clock, text))


# An Urdu time: its part of the day, the clock, "o'clock" ("شام 4:30 بجے": 16:30; صبح the morning, دوپہر noon,
# سہ پہر the afternoon, شام the evening)
_URDU_CLOCK = re.compile(r"(صبح|دوپہر|سہ پہر|شام)\s+(\d{1,2})(?::(\d{2}))?\s*بجے")


# The time after an East Asian date: "14:00", "14時30分", "14时", "午後2時" / "下午2时" / "오후 2시 30분" (the half of
# the day read by `half_day_clocks`), after a weekday in brackets ("（水）", "(수)") and a place's time ("香港時間")
_EAST_ASIAN_TIME = re.compile(r"^\s*(?:[（(][^()（）]{1,3}[)）])?\s*(?:(?:香港|北京|台北|日本|澳門)[時时]間\s*)?"
                              r"(?P<hour>\d{1,2})\s*(?::|時|时|시|点|點)\s*(?:(?P<minute>\d{2})\s*(?:分|분)?)?")


def east_asian_time(after: str) -> str | None:
    """"14:30" for the time written right after an East Asian date ("14時30分", "午後2時30分"), None when none is."""
    m = _EAST_ASIAN_TIME.match(half_day_clocks(after))
    if m is None:
        return None
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# The zones East Asian releases name in their own words after a time, with their offsets
_EAST_ASIAN_ZONES = {"北京时间": "+08:00", "北京時間": "+08:00", "日本時間": "+09:00", "한국 시간": "+09:00",
                     "台北時間": "+08:00", "香港時間": "+08:00", "香港时间": "+08:00", "澳門時間": "+08:00"}
_ZONE_AFTER = re.compile(r"\b(?:JST|KST|HKT|SGT|UTC|GMT)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|"
                         + "|".join(map(re.escape, _EAST_ASIAN_ZONES)))


def zone_words_after(after: str) -> str:
    """The zone words after an East Asian date's time ("(JST)", "KST", "(北京时间)"), as text to read the zone from:
    an abbreviation as written, a zone named in words as its offset ("+08:00"); "" when there are none."""
    m = _ZONE_AFTER.search(after)
    if m is None:
        return ""
    return " " + _EAST_ASIAN_ZONES.get(m.group(0), m.group(0))


_THAI = re.compile(r"[\u0e00-\u0e7f]")
_BUDDHIST_YEAR = re.compile(r"(?<!\d)(25\d{2})(?!\d)")
# Taiwan's dates in the Republic's years without the era's name: "112-10-05", "112年10月5日" (2023), in Chinese
_REPUBLIC_NUMERIC = re.compile(r"(?<![\d.])(1[01]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])")
_REPUBLIC_YEAR = re.compile(r"(?<!\d)(1[01]\d)(?=\s*年\s*\d{1,2}\s*月)")
# The eras named before a year, with the common-era year of their first (元年): Japan's imperial eras, and the
# Republic of China's (民國, Taiwan)
_ERA_START = {"令和": 2019, "平成": 1989, "民國": 1912, "民国": 1912}
ERAS = "|".join(_ERA_START)
_ERA_YEAR = re.compile(r"(" + ERAS + r")\s*(\d{1,3}|元)\s*年")


def common_era(text: str, language: str | None) -> tuple[str, str | None]:
    """Years of other eras as common-era years: Thai dates count in the Buddhist era (2565 is 2022), Japanese
    ones may in the imperial era (令和5年 is 2023), Taiwan's in the Republic's (民國112年 is 2023; in Chinese also
    without the era's name, "112-10-05", "112年10月5日"). (The text with common-era years, language: "th" for a
    Thai text declaring none.)"""
    text = _ERA_YEAR.sub(lambda m: f"{_ERA_START[m.group(1)] + _era_year(m.group(2)) - 1}年", text)
    if (language or "").lower().startswith("zh"):
        text = _REPUBLIC_NUMERIC.sub(lambda m: f"{int(m.group(1)) + 1911}-{m.group(3)}-{m.group(4)}", text)
        text = _REPUBLIC_YEAR.sub(lambda m: str(int(m.group(1)) + 1911), text)
    if _THAI.search(text) or (language or "").lower().startswith("th"):
        return _BUDDHIST_YEAR.sub(lambda m: str(int(m.group(1)) - 543), text), language or "th"
    return text, language


def _era_year(year: str) -> int:
    """The year of an era as a number ("元", its first year, is 1)."""
    return 1 if year == "元" else int(year)
