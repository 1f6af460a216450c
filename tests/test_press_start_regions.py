"""The start of a press release as offices of South Asia, the Gulf, Central and Eastern Europe and newswires write it:
datelines with a day but no year before a colon or a danda, a place and its country before a colon, a wire's name
between double hyphens, a time after the dated dateline's dash. Own short texts, each rule's case."""
from __future__ import annotations

import pytest

from feeds.normalise.dateline import split_dateline
from feeds.normalise.preamble import headline, read_date_line, split_preamble
from feeds.normalise.when import read_stated


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


@pytest.mark.parametrize("line, language, place, day", [
    ("Zlín 7. 3. 2026", "cs", "Zlín", "2026-03-07"),                  # a place, then a day with spaces, no comma
    ("Opole, 9.IV.2024 r.", "pl", "Opole", "2024-04-09"),             # the month in Roman figures
    ("Osijek, 4. ožujka 2026., 11.15 sati", "hr", "Osijek", "2026-03-04T11:15:00+01:00"),   # "hours" after the time
    # a Bikram Sambat day, then the Gregorian day in brackets, which the line is read by
    ("मिति: २०८२ असार ५ गते (२०२५ जून १९)", "ne", None, "2025-06-19"),
])
def test_date_lines_of_central_europe_and_south_asia(line: str, language: str, place: str | None, day: str) -> None:
    found = read_date_line(line, language, None, None)
    assert found is not None and found[0] == place and found[1].iso() == day


def test_a_roman_month_only_between_a_day_and_a_year() -> None:
    assert read_stated("3.XI.2023", "en") is not None
    assert read_stated("Part 3.XI.20234", "en") is None           # no year of four figures after the month


@pytest.mark.parametrize("paragraphs, language, title", [
    # a reference in an Indic script (its vowel signs are no word characters to Python) is no headline
    (["राज्य परिवहन निगम\nप्रेस विज्ञप्ति\nसंदर्भ: 77/परि/2026", "नई बसों का संचालन शुरू", "भोपाल, 3 मार्च 2026। निगम ने बसें शुरू कीं।"],
     "hi", "नई बसों का संचालन शुरू"),
    # a newswire's "Source:" line names whose release it is
    (["NEWS RELEASE", "Source: Harbour Cement Limited", "Harbour Cement lifts output by a fifth",
      "KARACHI, Pakistan, May 4, 2026 /Wire/ -- Harbour Cement raised output."], "en",
     "Harbour Cement lifts output by a fifth"),
    # Japanese "to the press", the date, the company and its securities code, then the headline
    (["報道関係各位\n2026年2月4日\n株式会社サンプル\n（東証スタンダード：9999）", "新型センサーの出荷を開始",
      "株式会社サンプルは、本日、新型センサーの出荷を開始しました。"], "ja", "新型センサーの出荷を開始"),
    # an embargo in Hungarian's spelling
    (["SAJTÓKÖZLEMÉNY\nEMBARGÓ: 2026. március 3., 9:00 óra", "Új híd épül a folyón",
      "Debrecen, 2026. március 3. – A város új hidat épít."], "hu", "Új híd épül a folyón"),
])
def test_preamble_lines_of_more_offices_are_no_headline(paragraphs: list[str], language: str, title: str) -> None:
    assert split_preamble(paragraphs, None, language).title == title
    assert headline(paragraphs, lambda: language) == title


def test_a_hungarian_embargo_is_read() -> None:
    pre = split_preamble(["SAJTÓKÖZLEMÉNY\nEMBARGÓ: 2026. március 3., 9:00 óra", "Új híd épül a folyón",
                          "Debrecen, 2026. március 3. – A város új hidat épít."], None, "hu")
    assert pre.embargo is not None and pre.embargo.iso() == "2026-03-03T09:00:00+01:00"


@pytest.mark.parametrize("line, language, place, stated", [
    ("Գյումրի, 2026 թ. մարտի 4", "hy", "Գյումրի", "2026-03-04"),        # a place in Armenian's capitals
    ("நாள்: 15.01.2026", "ta", None, "2026-01-15"),                        # Tamil "date:" (its vowel sign a mark)
    # a Bikram Sambat day in Latin letters, the Gregorian day in brackets, then the time
    ("Monday, 3 Falgun 2082 (15 February 2026), 11:00 AM NPT", "en", None, "2026-02-15T11:00:00+05:45"),
    # the day in Bengali's calendar, a slash, then the Gregorian day (which the line is read by)
    ("খুলনা, ২ চৈত্র ১৪৩২ / ১৬ মার্চ ২০২৬", "bn", "খুলনা", "2026-03-16"),
    # an Urdu time: "in the evening 5:15 o'clock", "in the morning 9 o'clock"
    ("تاریخ: 3 مارچ 2026، شام 5:15 بجے (PKT)", "ur", None, "2026-03-03T17:15:00+05:00"),
    ("تاریخ: 3 مارچ 2026، صبح 9 بجے (PKT)", "ur", None, "2026-03-03T09:00:00+05:00"),
])
def test_date_lines_of_other_eras_and_scripts(line: str, language: str, place: str | None, stated: str) -> None:
    found = read_date_line(line, language, None, None)
    assert found is not None and found[0] == place and found[1].iso() == stated


def test_a_slash_between_two_days_that_are_no_other_eras() -> None:
    # the first half reads as no date and holds no year of another era: no date line of two calendars
    assert read_date_line("Kampala, Block 12 / 16 March 2026", "en", None, None) is None


def test_a_caseless_place_a_date_and_a_spaced_hyphen() -> None:
    found = split_dateline("ගාල්ල, 2026 මාර්තු 4 - නව පාලම අද විවෘත කෙරිණි.", "si")
    assert found is not None and found.place == "ගාල්ල" and found.rest == "නව පාලම අද විවෘත කෙරිණි."
    assert found.date is not None and found.date.iso() == "2026-03-04"


def test_local_times_named_in_more_languages_and_the_gulfs_ast() -> None:
    # Azerbaijani "(Gəncə vaxtı)" / "(Bakı vaxtı)": a place's time named after it; Turkish "saati" likewise
    stated = read_stated("3 mart 2026, saat 10:00 (Bakı vaxtı)", "az")
    assert stated is not None and stated.iso() == "2026-03-03T10:00:00+04:00"
    # Mexico's "hora del centro de México" in a dateline's bracket is its time, no newswire's name
    found = split_dateline("Monterrey, Nuevo León, 9 de marzo de 2026, 10:00 h (hora del centro de México).- "
                           "La empresa informó.", "es")
    assert found is not None and found.date is not None and found.date.iso() == "2026-03-09T10:00:00-06:00"
    # "AST" is Arabia's standard time where the office is in the Gulf, the Atlantic's elsewhere
    gulf = read_stated("09:00 AST, 3 March 2026", "en", None, "Asia/Riyadh")
    other = read_stated("09:00 AST, 3 March 2026", "en", None, "America/Halifax")
    assert gulf is not None and gulf.iso() == "2026-03-03T09:00:00+03:00"
    assert other is not None and other.iso() == "2026-03-03T09:00:00-04:00"


@pytest.mark.parametrize("text, language, stated", [
    ("3. децембра 2025.", "sr", "2025-12-03"),                 # Serbian Cyrillic months in the genitive
    ("14. јануара 2026. у 10.30 часова", "sr", "2026-01-14T10:30:00+01:00"),   # "at 10.30 hours"
    ("7. septembra 2025.", "sr", "2025-09-07"),               # and in Latin letters
])
def test_serbian_months_in_the_genitive(text: str, language: str, stated: str) -> None:
    found = read_stated(text, language)
    assert found is not None and found.iso() == stated


def test_the_genitive_is_derived_from_wide_names_only() -> None:
    from feeds.normalise.calendars import _genitive_months
    names = _genitive_months("sr")
    assert names["новембра"] == 11 and names["јануара"] == 1 and names["маја"] == 5
    assert "нова" not in names and _genitive_months("hr") == {}     # no short name lengthened; Croatian its own


def test_a_month_name_only_one_language_writes_in_ascii_letters_gives_the_time_its_zone() -> None:
    from feeds.normalise.calendars import month_language
    assert month_language("4. lipnja 2026., 9:30") == "hr"          # Croatian's June, ASCII letters
    assert month_language("4 September 2026 9:30") is None          # a name many languages share
    # a page declaring no language: the Croatian date's time is Zagreb's (+02:00 in June), not London's
    stated = read_stated("4. lipnja 2026., 9.30 sati", None)
    assert stated is not None and stated.iso() == "2026-06-04T09:30:00+02:00"


@pytest.mark.parametrize("line, alone", [
    ("最終更新日：令和7年4月3日", "令和7年4月3日"), ("更新日 2025年4月3日", "2025年4月3日"),
    ("Last updated: 3 April 2025", "3 April 2025"), ("Zuletzt aktualisiert am 3. April 2025", "3. April 2025"),
    ("Mis à jour le 3 avril 2025", "3 avril 2025"), ("Actualizado el 3 de abril de 2025", "3 de abril de 2025"),
    ("Stand: 03.04.2025", "03.04.2025"), ("**Aggiornato il 3 aprile 2025**", "3 aprile 2025"),
    ("Laatst bijgewerkt op 3 april 2025", "3 april 2025"),
])
def test_a_line_labelled_as_an_update_is_no_date_line(line: str, alone: str) -> None:
    assert read_date_line(line, None, None, None) is None
    assert read_date_line(alone, None, None, None) is not None      # the same date without the label: a date line


def test_an_update_line_neither_dates_the_release_nor_is_dropped_or_a_headline() -> None:
    after_body = split_preamble(["市は月曜日、旧市庁舎に新しい図書館を開館しました。", "問い合わせ先 市民課",
                                 "最終更新日：令和7年4月3日"], "市立図書館が新しく開館しました", "ja")
    assert after_body.date is None and after_body.body[-1] == "最終更新日：令和7年4月3日"
    above = split_preamble(["Last updated: 3 April 2025", "City opens new library",
                            "The city opened a new library on Monday in the old town hall."], None, "en")
    assert above.date is None and above.title == "City opens new library"
    dated = split_preamble(["3 April 2025", "City opens new library",
                            "The city opened a new library on Monday in the old town hall."], None, "en")
    assert dated.date is not None and dated.date.iso().startswith("2025-04-03")
