"""The start of a press release as offices of South Asia, the Gulf, Central and Eastern Europe and newswires write it:
datelines with a day but no year before a colon or a danda, a place and its country before a colon, a wire's name
between double hyphens, a time after the dated dateline's dash. Own short texts, each rule's case."""
from __future__ import annotations

import pytest

from feeds.normalise.dateline import split_dateline


@pytest.mark.parametrize("first, language, place, rest", [
    # a place in an Indic script, its day without the year, then a colon (Bengali) or a danda (Hindi)
    ("রাজশাহী, ৪ মার্চ: শহরের তিনটি স্কুলে নতুন পাঠাগার খোলা হয়েছে।", "bn", "রাজশাহী",
     "শহরের তিনটি স্কুলে নতুন পাঠাগার খোলা হয়েছে।"),
    ("भोपाल, 12 जून। राज्य सरकार ने नई बस सेवा शुरू की है।", "hi", "भोपाल", "राज्य सरकार ने नई बस सेवा शुरू की है।"),
    # a place in capitals, its day without the year, a colon (South Asian papers)
    ("NAGPUR, March 9: The civic body opened two new libraries.", "en", "NAGPUR",
     "The civic body opened two new libraries."),
    # a place in capitals and its country before a colon or a dash, no date
    ("MUSCAT, Oman: The ministry opened a new clinic.", "en", "MUSCAT, Oman", "The ministry opened a new clinic."),
    ("ABU DHABI, UAE – The fund announced a new round.", "en", "ABU DHABI, UAE", "The fund announced a new round."),
    # a wire's name in brackets between double hyphens, no date after it (a caseless place)
    ("부산--(가상뉴스)-- 해운사가 새 항로를 연다.", "ko", "부산", "해운사가 새 항로를 연다."),
])
def test_datelines_without_a_year_or_a_date(first: str, language: str, place: str, rest: str) -> None:
    found = split_dateline(first, language)
    assert found is not None and (found.place, found.date, found.rest) == (place, None, rest)


def test_a_wires_name_between_double_hyphens_and_the_date_after_it() -> None:
    found = split_dateline("AUSTIN, Texas--(FAKE WIRE)--Mar. 3, 2026 8:30 AM ET-- Widgetco, Inc. reported results.",
                           "en")
    assert found is not None and found.place == "AUSTIN, Texas" and found.rest == "Widgetco, Inc. reported results."
    assert found.date is not None and found.date.iso() == "2026-03-03T08:30:00-05:00"
    # what stands before the third double hyphen must read as a date
    assert split_dateline("AUSTIN--(FAKE WIRE)--Widgets and more-- Widgetco reported results.", "en") is None


def test_a_caseless_place_a_date_and_a_wire_in_slashes_before_double_hyphens() -> None:
    found = split_dateline("大阪, 2026年2月4日 /仮想ワイヤー/ -- 株式会社サンプルは新製品を発表しました。", "ja")
    assert found is not None and found.place == "大阪" and found.rest == "株式会社サンプルは新製品を発表しました。"
    assert found.date is not None and found.date.iso() == "2026-02-04"


def test_a_time_after_the_dated_datelines_dash() -> None:
    found = split_dateline("Nantes, le 5 mai 2026 – 18h00 – La société publie ses résultats.", "fr")
    assert found is not None and found.rest == "La société publie ses résultats."
    assert found.date is not None and found.date.iso() == "2026-05-05T18:00:00+02:00"
    # a figure that is no time stays in the sentence
    found = split_dateline("Nantes, le 5 mai 2026 – 18 salariés ont été recrutés.", "fr")
    assert found is not None and found.rest == "18 salariés ont été recrutés." and not found.date.has_time


def test_words_before_a_colon_that_are_no_dateline() -> None:
    assert split_dateline("CONTACT, Media: Jane Roe, press officer.", "en") is None    # a heading's word first
    # a sentence in title case before a colon, with a day: no dateline (capitals only)
    assert split_dateline("Meeting on March 9: The board met.", "en") is None
    # an Arabic-script word before a colon is as often a label's: no dateline
    assert split_dateline("ترجمان: ادارے نے نیا منصوبہ شروع کیا۔", "ur") is None
