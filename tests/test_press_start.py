"""The start of a press release in more of the world's conventions: weekday names of languages dateparser is not
asked first (CLDR's), numbered month names, a line saying who issued the release and when, a text file's underlined
headline, a letterhead naming a place in title case among its capitals. Own short texts, each rule's case."""
from __future__ import annotations

import pytest

from feeds.normalise.calendars import without_weekdays
from feeds.normalise.preamble import headline, read_date_line, split_preamble
from feeds.normalise.when import read_stated


@pytest.mark.parametrize("text, language, expected", [
    ("Laraba 4 ga Yuni, 2025", "ha", "2025-06-04"),              # Hausa: Wednesday the 4th of June
    ("Jumatatu, 9 Juni 2025", "sw", "2025-06-09"),               # Swahili: Monday
    ("Ọjọ́bọ, 12 Oṣù Kẹfà, 2025", "yo", "2025-06-12"),           # Yoruba: Thursday, the sixth month
    ("Ọjọ́ Àìkú, 1 Oṣù Kejìlá, 2024", "yo", "2024-12-01"),       # Yoruba: Sunday (two words), the twelfth month
    ("1 Oṣù Kínní 2026", "yo", "2026-01-01"),
])
def test_weekdays_and_numbered_months_of_more_languages(text: str, language: str, expected: str) -> None:
    stated = read_stated(text, language)
    assert stated is not None and stated.iso() == expected


def test_weekday_names_are_left_out_only_in_their_language_and_whole() -> None:
    assert without_weekdays("Laraba 4 ga Yuni, 2025", "ha") == "4 ga Yuni, 2025"
    assert without_weekdays("Laraba 4 ga Yuni, 2025", "sw") == "Laraba 4 ga Yuni, 2025"     # no Swahili weekday
    assert without_weekdays("Larabawa 4", "ha") == "Larabawa 4"                             # a word holding one
    assert without_weekdays("mar 12 2025", "es") == "mar 12 2025"       # dateparser's languages: left to it


def test_a_place_and_a_weekday_in_a_date_line_of_another_language() -> None:
    found = read_date_line("Zaria, Talata 3 ga Maris, 2026", "ha", None, None)
    assert found is not None and found[0] == "Zaria" and found[1].iso() == "2026-03-03"


def test_a_line_saying_who_issued_the_release_and_when_is_its_date_line() -> None:
    paragraphs = ["NATIONAL SEED COUNCIL\nPRESS STATEMENT\n"
                  "Issued by the Office of Public Affairs on Friday, 7 March 2025",
                  "COUNCIL APPROVES NEW SEED QUALITY RULES",
                  "Kaduna — The National Seed Council has approved new rules for certified maize seed."]
    pre = split_preamble(paragraphs, None, "en")
    assert pre.title == "COUNCIL APPROVES NEW SEED QUALITY RULES"
    assert pre.date is not None and pre.date.iso() == "2025-03-07"
    assert headline(paragraphs) == "COUNCIL APPROVES NEW SEED QUALITY RULES"
    assert read_date_line("Issued by the Office on Friday afternoon after the vote", "en", None, None) is None


def test_an_underlined_headline_of_a_text_file_is_the_headline_alone() -> None:
    paragraphs = ["HARBOUR AUTHORITY\nPRESS RELEASE",
                  "Harbour Dues Frozen for Small Fishing Boats\n===========================================",
                  "The Harbour Authority has frozen the dues paid by boats under twelve metres for another year."]
    pre = split_preamble(paragraphs, None, "en")
    assert pre.title == "Harbour Dues Frozen for Small Fishing Boats"
    assert pre.body[0].startswith("The Harbour Authority has frozen")
    # a rule of its own paragraph, or shorter than the line above, is no underline
    kept = split_preamble(["Harbour Dues Frozen", "First part of the story, told at length here.\n---",
                           "More."], None, "en")
    assert "---" in kept.body[0]


def test_a_letterhead_naming_a_place_in_title_case_among_capitals_is_no_headline() -> None:
    paragraphs = ["MINISTÈRE DES ROUTES DE LA Province DU LITTORAL\nDIRECTION DE LA COMMUNICATION",
                  "Le pont de Bonaberi rouvre à la circulation",
                  "Douala, 4 juin 2025 – Le pont de Bonaberi a rouvert ce matin après six semaines de travaux."]
    assert split_preamble(paragraphs, None, "fr").title == "Le pont de Bonaberi rouvre à la circulation"


@pytest.mark.parametrize("paragraph, language, place, day", [
    ("ባሕር ዳር፡- የከተማው ውሃ ቢሮ አዲስ የውሃ ማከፋፈያ ጣቢያ ከፈተ።", "am", "ባሕር ዳር", None),   # Amharic: wordspace and dash
    ("وهران في 3 جوان 2025 – أعلنت البلدية عن افتتاح سوق جديدة.", "ar", "وهران", "2025-06-03"),  # "on"; Maghreb's June
    ("厦门，5月9日——市港口管理局今天公布了新的航线。", "zh", "厦门", None),   # no year
])
def test_datelines_of_more_scripts(paragraph: str, language: str, place: str, day: str | None) -> None:
    from feeds.normalise.dateline import split_dateline
    found = split_dateline(paragraph, language)
    assert found is not None and found.place == place
    assert (found.date.iso() if found.date else None) == day
    assert split_dateline("ስልክ፡ +251 11 555 0000", None) is None     # "Telephone:": a label's colon, no place


@pytest.mark.parametrize("line, language, expected", [
    ("EMBARGO: not before 2 June 2026, 14:00 CEST (12:00 UTC)", "en", "2026-06-02T14:00:00+02:00"),
    ("EMBARGOED UNTIL 08:00 UTC (10:00 CEST), Friday 5 June 2026", "en", "2026-06-05T08:00:00+00:00"),
    ("Embargo līdz 2026. gada 2. septembra plkst. 09.00 (Latvijas laiks)", "lv", "2026-09-02T09:00:00+03:00"),
])
def test_an_embargo_restated_in_a_second_zone_or_a_country_s_time(line: str, language: str, expected: str) -> None:
    assert _embargo_iso(line, language) == expected


def _embargo_iso(line: str, language: str) -> str | None:
    from feeds.normalise.preamble import read_embargo
    stated = read_embargo(line, language, None, None)
    return stated.iso() if stated is not None else None


def test_a_reference_line_in_any_language_is_no_headline() -> None:
    for reference in ("参考号：MPA/PR/2025/014", "Nambari: WMA/TK/12/2025", "HR/25/0412"):
        paragraphs = ["PRESS RELEASE\n" + reference, "Port fees cut for coastal ferries",
                      "The port authority has cut the fees paid by coastal ferries by a fifth this year."]
        assert split_preamble(paragraphs, None, "en").title == "Port fees cut for coastal ferries"
    # a date or a telephone number after its label is no reference
    pre = split_preamble(["NEWS RELEASE\nDate: 03/06/2025", "Port fees cut", "The port cut its fees by a fifth."],
                         None, "en")
    assert pre.date is not None and pre.date.iso() == "2025-06-03"


def test_a_label_in_two_languages_before_the_date() -> None:
    found = read_date_line("COMMUNIQUÉ / PRESS RELEASE 14.10.2025", "fr", None, None)
    assert found is not None and found[1].iso() == "2025-10-14"


@pytest.mark.parametrize("line, language, place, day", [
    ("2026 m. kovo 3 d., Klaipėda", "lt", "Klaipėda", "2026-03-03"),      # the date, then its place
    ("4 March 2026, Windhoek", "en", "Windhoek", "2026-03-04"),
    ("Umeå 2026-03-04", "sv", "Umeå", "2026-03-04"),                       # a place and a date of figures, no comma
    ("Tampere 4.3.2026", "fi", "Tampere", "2026-03-04"),
])
def test_a_date_line_with_its_place_after_the_date_or_before_figures(line: str, language: str, place: str,
                                                                     day: str) -> None:
    found = read_date_line(line, language, None, None)
    assert found is not None and found[0] == place and found[1].iso() == day


def test_a_label_or_a_lead_word_before_figures_is_no_place() -> None:
    assert read_date_line("Pressmeddelande 2026-03-04", "sv", None, None)[0] is None    # type: ignore[index]
    for line in ("Update 2026-03-04", "Von Lukas Hofer · 12.02.2024", "By Ana Ruiz 12.02.2024"):
        found = read_date_line(line, "de", None, None)
        assert found is None or found[0] is None, line        # a lead's word, a byline: no place


def test_a_dateline_whose_date_ends_at_a_slash_between_spaces() -> None:
    from feeds.normalise.dateline import split_dateline
    found = split_dateline("KUMASI, Ghana, June 2, 2026 / Ashanti Cocoa Ltd said on Tuesday it would build a plant.")
    assert found is not None and found.place == "KUMASI, Ghana" and found.date is not None
    assert found.date.iso() == "2026-06-02" and found.rest.startswith("Ashanti Cocoa Ltd")
    # a slash in a sentence after no date opens no dateline
    assert split_dateline("Kumasi, buyers / sellers met on Tuesday to agree prices.") is None


def test_a_date_after_the_place_and_its_dash_is_the_dateline_s() -> None:
    from feeds.normalise.dateline import split_dateline
    found = split_dateline("Kigali, Rwanda – 3 June 2026: The ministry opened a new clinic in Musanze.", "en")
    assert found is not None and found.place == "Kigali, Rwanda" and found.date is not None
    assert found.date.iso() == "2026-06-03" and found.rest == "The ministry opened a new clinic in Musanze."
    # words with a year before a colon are no date: the paragraph stays whole
    kept = split_dateline("KIGALI – Budget 2026: The ministry opened a new clinic.", "en")
    assert kept is not None and kept.date is None and kept.rest.startswith("Budget 2026:")


def test_a_printed_page_s_sidebar_beside_the_headline_is_read_after_the_text() -> None:
    from feeds.sources.pdflayout import _text_columns
    left = ["Harbour trust", "Otters return", "to the harbour", "after forty years", "PORT ELLERY, 4 June 2025 – The",
            "trust counted forty otters this", "spring, the most since 1985.", "Volunteers walked the shore",
            "at dawn for six weeks.", "The survey ran from March", "to May and will run again.",
            "It cost 40,000 pounds.", "###"]
    side = ["Press contact", "Ana Ruiz, press officer", "ana@trust.example", "Other news"]
    placed = [(text, 10.0, 760.0 - 20 * k, 750.0 - 20 * k, 46.0, 300.0) for k, text in enumerate(left)]
    placed += [(text, 10.0, 745.0 - 15 * k, 735.0 - 15 * k, 354.0, 540.0) for k, text in enumerate(side)]
    placed.sort(key=lambda line: (-round(line[2]), line[4]))
    assert [line[0] for line in _text_columns(placed, 612.0)] == [*left, *side]


def test_a_place_and_a_full_stop_opening_the_lead_is_its_dateline_when_the_letterhead_names_it() -> None:
    from feeds.normalise.newswire import read_newswire
    lead = ("Mwanza. Bodi ya Maji ya Ziwa imetangaza kuwa huduma ya maji itarejea kesho asubuhi katika kata zote "
            "za jiji baada ya matengenezo.")
    paragraphs = ["BODI YA MAJI YA ZIWA\nS.L.P 220, Mwanza · Simu: +255 28 555 0100", "TAARIFA KWA UMMA",
                  "Huduma ya maji kurejea kesho", lead, "Wananchi wanaombwa kuhifadhi maji."]
    wire = read_newswire(paragraphs, None, "sw")
    assert wire.dateline == "Mwanza" and wire.paragraphs[0].startswith("Bodi ya Maji ya Ziwa imetangaza")
    # the same lead under a letterhead naming no such place keeps its first words
    paragraphs[0] = "BODI YA MAJI YA ZIWA\nS.L.P 220 · Simu: +255 28 555 0100"
    wire = read_newswire(paragraphs, None, "sw")
    assert wire.dateline is None and wire.paragraphs[0].startswith("Mwanza. Bodi")


@pytest.mark.parametrize("line, language, expected", [
    ("Divulgação sob embargo até às 09h00 de 3 de março de 2026", "pt", "2026-03-03T09:00:00-03:00"),
    ("Publicación embargada hasta las 10:00 del 3 de marzo de 2026", "es", "2026-03-03T10:00:00+01:00"),
    ("Diffusion autorisée à partir du 3 mars 2026 à 10 h", "fr", "2026-03-03T10:00:00+01:00"),
    ("Veröffentlichung frei ab 3. März 2026, 10:00 Uhr", "de", "2026-03-03T10:00:00+01:00"),
    ("Da non pubblicare prima delle ore 10:00 del 3 marzo 2026", "it", "2026-03-03T10:00:00+01:00"),
    ("Niet publiceren vóór 3 maart 2026, 10.00 uur", "nl", "2026-03-03T10:00:00+01:00"),
    ("Julkaisuvapaa 3.3.2026 klo 10.00", "fi", "2026-03-03T10:00:00+02:00"),          # "free to publish"
    ("Publiceringsfritt 2026-03-03 kl. 10.00", "sv", "2026-03-03T10:00:00+01:00"),
    ("Må først offentliggøres 3. marts 2026 kl. 10.00", "da", "2026-03-03T10:00:00+01:00"),
    ("Kan publiseres fra 3. mars 2026 kl. 10.00", "nb", "2026-03-03T10:00:00+01:00"),
    ("Do publikacji po 3 marca 2026 r., godz. 10.00", "pl", "2026-03-03T10:00:00+01:00"),
    ("For release on 3 March 2026 at 10:00 GMT", "en", "2026-03-03T10:00:00+00:00"),
    ("NEWS RELEASE | FOR RELEASE AT 10:00 GMT, 3 MARCH 2026", "en", "2026-03-03T10:00:00+00:00"),   # after a label
])
def test_a_line_saying_when_the_release_may_be_published_is_its_embargo(line: str, language: str,
                                                                       expected: str) -> None:
    assert _embargo_iso(line, language) == expected


def test_a_publishing_phrase_without_a_figure_or_inside_a_sentence_is_no_embargo() -> None:
    from feeds.normalise.labels import EMBARGO
    for line in ("For release", "Publiceringsfritt", "Julkaisuvapaa", "Kan offentliggøres",
                 "The figures are for release at 10:00 on 3 March", "Our statement for release on request",
                 "Publicación autorizada del informe anual 2025", "Veröffentlichung am 5. März: neue Studie"):
        assert not EMBARGO.match(line), line
    pre = split_preamble(["PRESS RELEASE\nFor release", "Port fees cut", "The port cut its fees."], None, "en")
    assert pre.embargo is None and pre.labels == ("PRESS RELEASE", "For release")


def test_an_embargo_stated_in_two_languages_under_a_letterhead() -> None:
    paragraphs = ["Itä-Hämeen Jätehuolto / Östra Tavastlands Avfallshantering\nTIEDOTE / PRESSMEDDELANDE 2.3.2026\n"
                  "Julkaisuvapaa 3.3.2026 klo 10.00 (Suomen aikaa) / Publiceringsfritt 3.3.2026 kl. 10.00 (finsk tid)",
                  "Biokaasulaitos valmistuu syksyllä",
                  "Jätehuoltoyhtiön hallitus on päättänyt rakentaa biokaasulaitoksen Heinolaan."]
    pre = split_preamble(paragraphs, None, "fi")
    assert pre.embargo is not None and pre.embargo.iso() == "2026-03-03T10:00:00+02:00"
    assert [pre.title, headline(paragraphs)] == ["Biokaasulaitos valmistuu syksyllä"] * 2   # the letterhead no title


def test_an_embargo_line_wrapped_before_its_year() -> None:
    paragraphs = ["Harbour Bank\nFOR RELEASE AT 09:00 GMT, TUESDAY 3 MARCH\n2026", "Harbour Bank opens ten branches",
                  "ACCRA, March 3, 2026 / Harbour Bank has opened ten branches in the north."]
    pre = split_preamble(paragraphs, "Harbour Bank opens ten branches", "en")
    assert pre.embargo is not None and pre.embargo.iso() == "2026-03-03T09:00:00+00:00"
    # a line under it holding no figure is not read with it: no year, no embargo read
    pre = split_preamble(["FOR RELEASE AT 09:00 GMT, TUESDAY 3 MARCH\nHarbour Bank", "Harbour Bank opens ten branches",
                          "Harbour Bank has opened ten branches."], "Harbour Bank opens ten branches", "en")
    assert pre.embargo is None and pre.embargo_text == "FOR RELEASE AT 09:00 GMT, TUESDAY 3 MARCH"
