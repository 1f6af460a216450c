"""Dates as other calendars, scripts and digits write them, for the one date grammar (`when`): East Asian dates and
times ("2025年3月12日 午後2時30分", "2025년 3월 12일 오후 2시"), Mongolian numbered months, eras (Thai Buddhist years,
Japanese imperial years, Taiwan's 民國 years), every script's decimal digits, and a day written with a CLDR month name
dateparser does not read (Khmer, Kazakh, Galician). Pure.
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# The languages dateparser reads every date in (after the release's own): a CLDR month name adds nothing to them
LANGUAGES = ("en", "fr", "es", "pt", "de", "it", "nl", "id", "vi")
_DATEPARSER_FIRST = frozenset(LANGUAGES)


# Mongolian "2025 оны 12 дугаар сарын 3" ("of the year 2025, of the 12th month, 3"): months are numbered
MONGOLIAN_DAY = re.compile(r"(\d{4})\s*оны\s*(\d{1,2})\s*(?:-?р|-?(?:дугаар|дүгээр))?\s*сарын\s*(\d{1,2})(?!\d)",
                            re.IGNORECASE)
CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# The time after an East Asian date: "14:00", "14時30分", "14时", "午後2時" / "下午2时" / "오후 2시 30분" (afternoon),
# "午前"/"上午"/"오전" (morning), after a weekday in brackets ("（水）", "(수)")
_EAST_ASIAN_TIME = re.compile(r"^\s*(?:[（(][^()（）]{1,3}[)）])?\s*(?:(?:香港|北京|台北|日本|澳門)[時时]間\s*)?"
                              r"(?:(?P<half>午前|午後|上午|下午|中午|晚上|오전|오후)\s*)?"
                              r"(?P<hour>\d{1,2})\s*(?::|時|时|시|点|點)\s*(?:(?P<minute>\d{2})\s*(?:分|분)?)?")


def east_asian_time(after: str) -> str | None:
    """"14:30" for the time written right after an East Asian date ("14時30分", "午後2時30分"), None when none is."""
    m = _EAST_ASIAN_TIME.match(after)
    if m is None:
        return None
    hour = int(m.group("hour"))
    if m.group("half") in ("午後", "下午", "晚上", "오후") and hour < 12:
        hour += 12
    if hour > 23:
        return None
    return f"{hour:02d}:{m.group('minute') or '00'}"


def zone_words_after(after: str) -> str:
    """The zone words after an East Asian date's time ("(JST)", "KST", "(北京时间)"), as text to read the zone from."""
    m = re.search(r"\b(?:JST|KST|HKT|SGT|UTC|GMT)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|北京时间|北京時間|日本時間|"
                  r"한국 시간|台北時間|香港時間|香港时间|澳門時間", after)
    if m is None:
        return ""
    return " " + {"北京时间": "+08:00", "北京時間": "+08:00", "台北時間": "+08:00", "日本時間": "+09:00",
                  "한국 시간": "+09:00", "香港時間": "+08:00", "香港时间": "+08:00", "澳門時間": "+08:00",
                  }.get(m.group(0), m.group(0))


# Every script's decimal digits (Arabic-Indic, Devanagari, Bengali, Thai, Lao, Khmer, Myanmar, ...) as ASCII ones
DIGITS = {code: str(int(chr(code))) for code in range(0x660, 0x1100) if chr(code).isdecimal()} | \
    {code: str(int(chr(code))) for code in range(0x17e0, 0x17ea)} | \
    {code: str(int(chr(code))) for code in range(0xff10, 0xff1a)}


def cldr_day(text: str, language: str | None) -> datetime | None:
    """A day written with a month name of the release's language that dateparser does not read ("ថ្ងៃទី25 ខែតុលា
    ឆ្នាំ2025" in Khmer, "2025 жылғы 17 сәуір" in Kazakh, "11:00 do 14 de xaneiro de 2026" in Galician): CLDR's month
    names (Babel), a day of one or two figures and a year of four, each once, and at most one time ("11:00");
    None otherwise."""
    months = cldr_months((language or "").split("-")[0].lower())
    lowered = text.lower()
    found = next(((name, number) for name, number in months if name in lowered), None)
    if found is None or "," in text or any(w[:1].isupper() and w.lower() != found[0] for w in text.split()):
        return None          # "Sørvik, 4. desember 2023": a place beside the date, read by the date line's rules
    month = found[1]
    years = YEAR.findall(text)
    times = re.findall(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)", text)
    days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", " ", text))
    if len(years) != 1 or len(days) != 1 or len(times) > 1:
        return None
    hour, minute = (int(times[0][0]), int(times[0][1])) if times else (0, 0)
    try:
        return datetime(int(years[0]), month, int(days[0]), hour, minute)
    except ValueError:
        return None


@lru_cache(maxsize=32)
def cldr_months(language: str) -> tuple[tuple[str, int], ...]:
    """CLDR's month names of a language (wide ones, format and stand-alone), lower case, the longest first; none
    for English and the languages dateparser is asked first (they need no second reading) or that CLDR lacks."""
    if not language or language in _DATEPARSER_FIRST:
        return ()
    from babel import Locale, UnknownLocaleError
    try:
        months = Locale.parse(language).months
    except (UnknownLocaleError, ValueError):
        return ()
    names = {str(name).lower(): number for context in ("format", "stand-alone")
             for number, name in months.get(context, {}).get("wide", {}).items() if len(str(name)) >= 3}
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


_THAI = re.compile(r"[\u0e00-\u0e7f]")
_BUDDHIST_YEAR = re.compile(r"(?<!\d)(25\d{2})(?!\d)")


_JAPANESE_ERA = re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s*年")
_ERA_START = {"令和": 2019, "平成": 1989}


_MINGUO = re.compile(r"(?:民國|民国)\s*(\d{1,3})\s*年")


def era_year(year: str) -> int:
    return 1 if year == "元" else int(year)     # 元年: the era's first year


def common_era(text: str, language: str | None) -> tuple[str, str | None]:
    """Years of other eras as common-era years: Thai dates count in the Buddhist era (2565 is 2022), Japanese
    ones may in the imperial era (令和5年 is 2023). (The text with common-era years, language.)"""
    text = _JAPANESE_ERA.sub(lambda m: f"{_ERA_START[m.group(1)] + era_year(m.group(2)) - 1}年", text)
    text = _MINGUO.sub(lambda m: f"{int(m.group(1)) + 1911}年", text)       # 民國114年 (Taiwan) is 2025
    if _THAI.search(text) or (language or "").lower().startswith("th"):
        return _BUDDHIST_YEAR.sub(lambda m: str(int(m.group(1)) - 543), text), language or "th"
    return text, language
