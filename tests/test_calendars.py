"""Dates as pages around the world print them (feeds/normalise/calendars.py, through the one date grammar):
month names of any language CLDR knows, with or without a declared language; year-first orders; other
scripts' digits; the Solar Hijri calendar and the Republic of China's years. Strings written for these tests."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from feeds.normalise.calendars import ascii_digits, cldr_day, month_number, solar_hijri_day
from feeds.normalise.when import find_stated, read_stated


def days(text: str, language: str | None) -> list[str]:
    return [stated.when.date().isoformat() for _, stated in find_stated(text, language, language)]


@pytest.mark.parametrize("text, language, day", [
    ("Opublikowano 14 września 2023", None, "2023-09-14"),          # no language declared: CLDR's names
    ("Δημοσιεύθηκε 3 Μαρτίου 2024", None, "2024-03-03"),
    ("Objavljeno 14 września 2023", "en", "2023-09-14"),            # a template's "en" over Polish text
    ("Közzétéve: 2023. szeptember 14.", "hu", "2023-09-14"),        # year first (Hungarian)
    ("2023. szept. 14. 10:30", "hu", "2023-09-14"),
    ("Paskelbta 2023 m. rugsėjo 14 d.", "lt", "2023-09-14"),        # Lithuanian: metai, diena
    ("Publicēts 2023. gada 14. septembris", "lv", "2023-09-14"),    # Latvian: year, day, month
    ("입력 2023년 9월 14일", "ko", "2023-09-14"),                     # Korean
    ("등록일 2023. 9. 14.", "ko", "2023-09-14"),
    ("14 ก.ย. 2566", "th", "2023-09-14"),                             # Thai: an abbreviation with dots, Buddhist year
    ("นายกฯ เปิดงาน 3 มี.ค. 2567 เวลา 10:30 น.", "th", "2024-03-03"),
    ("نُشر في ١٤ سبتمبر ٢٠٢٣", "ar", "2023-09-14"),                   # Arabic-Indic digits
    ("١٤ أيلول ٢٠٢٣", "ar", "2023-09-14"),                            # the Levant's month names, plain "ar"
    ("٢ تشرين الأول ٢٠٢٣", "ar", "2023-10-02"),                       # a month name of two words
    ("प्रकाशित: १४ सितंबर २०२३", "hi", "2023-09-14"),                # Devanagari digits
    ("۲۳ شهریور ۱۴۰۲", "fa", "2023-09-14"),                          # the Solar Hijri calendar
    ("中華民國112年9月14日", "zh-TW", "2023-09-14"),                  # the Republic of China's years
    ("本報2023年9月14日訊", "zh", "2023-09-14"),                       # a date glued to Chinese words
])
def test_dates_of_many_languages_scripts_and_calendars(text: str, language: str | None, day: str) -> None:
    assert days(text, language) == [day]


@pytest.mark.parametrize("text, language", [
    ("Objavljeno 14 listopad 2023", None),     # November in Polish and Czech, October in Croatian: no month
    ("14 rabbits 2023", None),
    ("15 ربيع الأول 1445", "ar"),              # the Hijri calendar (Umm al-Qura): not read, never misread
    ("14.09.23", "de"),                        # a two-digit year with no publication label
])
def test_what_no_language_makes_a_date_is_none(text: str, language: str | None) -> None:
    assert days(text, language) == []


def test_a_time_after_a_date_named_by_cldr_is_kept_in_the_language_zone() -> None:
    stated = read_stated("2023 m. rugsėjo 14 d. 10:15", "lt")
    assert stated is not None and stated.iso() == "2023-09-14T10:15:00+03:00"     # Vilnius, summer time


def test_a_line_with_more_than_a_date_is_no_date() -> None:
    # the next sentence's first word after the date: a dateline, not a date line
    assert cldr_day("30 de Setembro de 2026 – A", "pt") is None
    assert read_stated("14 września 2023 – Rada", None) is None
    assert cldr_day("czwartek, 14 września 2023", "pl") == datetime(2023, 9, 14)     # a weekday's name is a date's


def test_a_copyright_year_before_a_date_is_not_read_as_its_year() -> None:
    assert days("Copyright 2022. March 14, 2023", None) == ["2023-03-14"]


def test_month_names_come_from_cldr() -> None:
    assert month_number("września", "pl") == 9
    assert month_number("Września", None) == 9
    assert month_number("listopad", "hr") == 10 and month_number("listopad", "pl") == 11
    assert month_number("listopad", None) is None
    assert month_number("ก.ย.", "th") == 9


def test_other_scripts_digits_keep_their_places() -> None:
    text = "نُشر ١٤ / ۱۴ / १४ / ১৪ / 14"
    assert ascii_digits(text) == "نُشر 14 / 14 / 14 / 14 / 14" and len(ascii_digits(text)) == len(text)


@pytest.mark.parametrize("solar, gregorian", [
    ((1402, 1, 1), date(2023, 3, 21)),       # Nowruz
    ((1403, 1, 1), date(2024, 3, 20)),       # a day earlier: 29 February 2024 came between
    ((1403, 12, 30), date(2025, 3, 20)),     # the 30th of Esfand exists only in a leap year
    ((1404, 1, 1), date(2025, 3, 21)),
    ((1402, 10, 10), date(2023, 12, 31)),
    ((1399, 12, 30), date(2021, 3, 20)),
])
def test_solar_hijri_days(solar: tuple[int, int, int], gregorian: date) -> None:
    assert solar_hijri_day(*solar) == gregorian


def test_a_solar_hijri_day_that_does_not_exist_is_none() -> None:
    assert solar_hijri_day(1402, 7, 31) is None and solar_hijri_day(1402, 13, 1) is None


@pytest.mark.parametrize("text, language, day", [
    ("發布日期：112-10-05", "zh-TW", "2023-10-05"),      # Taiwan: the Republic's year without the era's name
    ("112年10月5日", "zh", "2023-10-05"),
])
def test_the_republics_years_without_the_eras_name_in_chinese(text: str, language: str, day: str) -> None:
    assert days(text, language) == [day]


def test_a_three_digit_year_is_read_only_in_chinese() -> None:
    assert days("Ticket 112-10-05 was closed in 2023", "en") == [] and days("112年10月5日", "ja") == []


def test_a_cjk_sentence_holding_a_date_is_no_date_line() -> None:
    assert read_stated("令和6年4月1日から、町立図書館の平日の開館時間を午後8時まで延長します。", "ja") is None
    stated = read_stated("掲載日：令和6年3月15日（金）", "ja")
    assert stated is not None and stated.iso() == "2024-03-15"
    # a dateline: its sentence after the dash is not counted
    stated = read_stated("深圳，2026年5月20日——深蓝智航科技有限公司今日发布新一代近海无人巡检船。", "zh")
    assert stated is not None and stated.iso() == "2026-05-20"


def test_filipino_times_with_no_zone_are_manilas() -> None:
    stated = read_stated("Mayo 20, 2024 10:15", "tl")
    assert stated is not None and stated.iso() == "2024-05-20T10:15:00+08:00"


@pytest.mark.parametrize("text, language, instant", [
    ("입력 2023.09.14. 오후 3:20", "ko", "2023-09-14T15:20:00+09:00"),      # 오후: afternoon (Korean)
    ("2023년 9월 14일 오전 9:05", "ko", "2023-09-14T09:05:00+09:00"),
    ("2023年9月14日 下午3:20", "zh", "2023-09-14T15:20:00+08:00"),          # 下午 (Chinese)
    ("2024年3月15日 午後3時20分", "ja", "2024-03-15T15:20:00+09:00"),       # 午後, and 時 分 for the clock
    ("2024年3月15日 10:00", "ja", "2024-03-15T10:00:00+09:00"),
])
def test_a_time_after_a_cjk_date_in_the_half_of_the_day(text: str, language: str, instant: str) -> None:
    assert [stated.iso() for _, stated in find_stated(text, language, language)] == [instant]


def test_a_time_after_a_cjk_date_with_no_known_zone_keeps_the_day_only() -> None:
    # no language, no zone named: Tokyo's, Seoul's and Beijing's clocks differ; London's is no guess for them
    assert [stated.iso() for _, stated in find_stated("2019年04月04日 09:00", None, None)] == ["2019-04-04"]
    assert [stated.iso() for _, stated in find_stated("2019年04月04日 09:00 JST", None, None)] \
        == ["2019-04-04T09:00:00+09:00"]


def test_a_time_on_a_page_declaring_no_language_is_in_the_zone_of_the_month_names_language() -> None:
    # "września" only Polish writes so: Warsaw's summer time; "September", many languages': no guess made here
    assert [stated.iso() for _, stated in find_stated("14 września 2023 o 10:30", None, None)] \
        == ["2023-09-14T10:30:00+02:00"]
    assert [stated.iso() for _, stated in find_stated("14 Σεπτεμβρίου 2023 10:30", None, None)] \
        == ["2023-09-14T10:30:00+03:00"]


def test_a_korean_time_after_the_half_of_the_day_keeps_its_minutes() -> None:
    # "오후 2시 30분": 2 o'clock 30 minutes in the afternoon (the hour word 시 before the minutes, 분 after them)
    from feeds.normalise.when import read_stated
    stated = read_stated("2025년 3월 12일 오후 2시 30분", "ko")
    assert stated is not None and stated.has_time
    assert stated.when.isoformat() == "2025-03-12T14:30:00+09:00"
    alone = read_stated("2025년 3월 12일 오전 9시", "ko")
    assert alone is not None and alone.when.isoformat() == "2025-03-12T09:00:00+09:00"


def test_month_names_come_from_the_package_table_without_loading_babel_locales() -> None:
    """Reading the names of English and its 100 regions, and of the major languages, loads no Babel locale
    (each stays in Babel's cache: over a hundred of them cost an ingesting process 80 MB)."""
    import subprocess
    import sys
    code = ("from babel import localedata\n"
            "from feeds.normalise.calendars import month_number, weekday_names\n"
            "assert month_number('września', None) == 9\n"
            "assert month_number('Sept', 'en') == 9 and month_number('أيلول', 'ar') == 9\n"
            "assert 'четверг' in weekday_names('ru')\n"
            "print(len(localedata._cache))\n")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "0"


@pytest.mark.parametrize("locale", ["en", "en_GB", "de", "pl", "ar_SY", "ja", "sw", "nb"])
def test_the_package_table_holds_babels_names(locale: str) -> None:
    """The table (scripts/cldr-calendar-names.py) gives the names Babel's CLDR data gives."""
    from babel import Locale

    from feeds.normalise.calendars import _cldr_names
    cldr = Locale.parse(locale)
    months = [item for context in ("format", "stand-alone") for width in ("wide", "abbreviated")
              for item in (cldr.months.get(context, {}).get(width) or {}).items()]
    assert _cldr_names(locale, "months", ("wide", "abbreviated")) == months
    assert {name for _, name in _cldr_names(locale, "days", None)} == {
        name for context in cldr.days.values() for names in context.values() for name in names.values()}


@pytest.mark.parametrize("half, hour, expected", [
    ("午前", 12, 0), ("午後", 12, 12), ("午前", 0, 0), ("午後", 0, 12),     # Japanese: 午前12時 midnight, 午後12時 noon
    ("오전", 12, 0), ("오후", 12, 12), ("오후", 3, 15), ("오전", 9, 9),      # Korean, the same convention
    ("上午", 12, 0), ("下午", 12, 12), ("中午", 12, 12), ("中午", 1, 13), ("晚上", 8, 20),
    ("صباحاً", 12, 0), ("مساءً", 4, 16), ("ظهراً", 1, 13),                   # Arabic's parts of the day, alike
    ("午後", 13, None), ("晚上", 12, None), ("中午", 5, None),              # no such hour in that half: unread
])
def test_the_half_of_the_days_hour_on_a_24_hour_clock(half: str, hour: int, expected: int | None) -> None:
    from feeds.normalise.calendars import half_day_hour
    assert half_day_hour(half, hour) == expected


@pytest.mark.parametrize("after, clock", [
    ("午前12時", "00:00"), ("午後12時30分", "12:30"), ("오전 12시", "00:00"), ("오후 12시 5분", "12:05"),
    ("（水）午後2時", "14:00"), ("中午12点", "12:00"), ("14時30分", "14:30"), ("晚上12点", None), ("午後13時", None),
])
def test_both_readers_of_east_asian_times_agree_on_noon_and_midnight(after: str, clock: str | None) -> None:
    from feeds.normalise.calendars import east_asian_time, half_day_clocks
    assert east_asian_time(after) == clock
    if clock is None:
        assert half_day_clocks(after) == after      # no clock read: the time stays as written
    elif "時30分" not in after:
        assert clock in half_day_clocks(after)      # the text reader writes the same clock


def test_a_japanese_midnight_embargo_is_the_start_of_its_day() -> None:
    stated = read_stated("2025年3月12日 午前12時 (JST)", "ja")
    assert stated is not None and stated.iso() == "2025-03-12T00:00:00+09:00"
    noon = read_stated("2025년 3월 12일 오후 12시", "ko")
    assert noon is not None and noon.iso() == "2025-03-12T12:00:00+09:00"


@pytest.mark.parametrize("text, language, day", [
    ("القاهرة، الأحد 3 شوال 1447 هـ الموافق 22 مارس 2026", "ar", "2026-03-22"),   # "corresponding to"
    ("12 ذو القعدة 1447هـ الموافق 29 أبريل 2026م", "ar", "2026-04-29"),            # م: a Gregorian year
    ("Sunday, 3 Shawwal 1447 AH / 22 March 2026", "en", "2026-03-22"),
])
def test_a_hijri_date_beside_its_gregorian_one_gives_the_gregorian_day(text: str, language: str, day: str) -> None:
    stated = read_stated(text, language)
    assert stated is not None and stated.iso() == day


def test_a_hijri_date_alone_gives_no_day() -> None:
    # the Hijri months are not converted: no Gregorian day is invented from "1446"
    assert read_stated("3 شوال 1446 هـ", "ar") is None


@pytest.mark.parametrize("text, instant", [
    ("الخميس 5 مارس 2026 – الساعة 9:30 صباحاً بتوقيت الإمارات", "2026-03-05T09:30:00+04:00"),   # the Emirates' time
    ("5 مارس 2026 الساعة 4 مساءً بتوقيت غرينتش", "2026-03-05T16:00:00+00:00"),                  # 4 in the evening
    ("5 مارس 2026، 12:00 ظهراً بتوقيت السعودية", "2026-03-05T12:00:00+03:00"),                  # noon
])
def test_arabic_times_with_their_part_of_the_day_and_a_countrys_time(text: str, instant: str) -> None:
    stated = read_stated(text, "ar")
    assert stated is not None and stated.iso() == instant


def test_an_arabic_date_line_with_its_place_and_time_reads_whole() -> None:
    from feeds.normalise.preamble import read_date_line
    found = read_date_line("الشارقة، الخميس 5 مارس 2026 – الساعة 9:30 صباحاً بتوقيت الإمارات", "ar", None, None)
    assert found is not None and (found[0], found[1].iso()) == ("الشارقة", "2026-03-05T09:30:00+04:00")
    # a sentence of as many words is no date line
    assert read_date_line("أعلنت الهيئة اليوم عن افتتاح المبنى الجديد في 5 مارس 2026 بحضور المسؤولين", "ar",
                          None, None) is None


@pytest.mark.parametrize("year, month, day, gregorian", [
    (2016, 1, 1, "2023-09-12"),      # Meskerem 1: the Ethiopian new year, after a leap year's six days of Pagume
    (2015, 13, 6, "2023-09-11"),     # Pagume 6 of a leap year
    (2018, 7, 3, "2026-03-12"),      # Megabit 3
])
def test_ethiopian_calendar_days(year: int, month: int, day: int, gregorian: str) -> None:
    from feeds.normalise.calendars import ethiopian_day
    found = ethiopian_day(year, month, day)
    assert found is not None and found.isoformat() == gregorian
    assert ethiopian_day(2016, 13, 6) is None       # no sixth day of Pagume in a common year


@pytest.mark.parametrize("text, language, day", [
    ("ሚያዝያ 10 ቀን 2018 ዓ.ም.", "am", "2026-04-18"),        # Amharic month names: the Ethiopian calendar
    ("Miyazya 10, 2018 E.C.", "en", "2026-04-18"),         # in Latin letters, with the era
    ("Tir 5, 2018", "en", None),                             # a Latin name without the era: no Ethiopian date
])
def test_dates_of_the_ethiopian_calendar(text: str, language: str, day: str | None) -> None:
    stated = read_stated(text, language)
    assert (stated.iso() if stated else None) == day
