"""Normalisation is pure: the seed's layout, datelines, furniture, dates, sanitising, XML-safe text."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from feeds.config import SourceConfig, TopicConfig
from feeds.errors import SkipFile
from feeds.model import RawRelease
from feeds.normalise import normalise
from feeds.normalise.classifier import Classifier
from feeds.normalise.dates import find_date, parse_date, read_date
from feeds.normalise.html import paragraphs_from_html, plain_paragraphs, sanitise, text_of
from feeds.normalise.endmatter import split_end_matter
from feeds.normalise.when import PUBLISHED_LABEL, UPDATED_LABEL, find_stated, with_full_years
from feeds.normalise.zones import usual_zone
from feeds.normalise.press import split_dateline, strip_furniture
from feeds.normalise.text import summarise, xml_safe
from feeds.sources.formats import release_from_text

from .conftest import SEED, SEED_TITLE

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
SOURCE = SourceConfig(id="asean", name="ASEAN Secretariat News", kind="folder", path="/tmp")
TOPICS = Classifier((
    TopicConfig("peace-security", "Peace and security", ("peace and security",)),
    TopicConfig("counter-terrorism", "Counter-terrorism", ("counter-terrorism", "violent extremism")),
    TopicConfig("health", "Health", ("health", "vaccine")),
))


def seed_release():  # type: ignore[no-untyped-def]
    raw = release_from_text(SEED.read_text(encoding="utf-8"), "seed.txt", NOW)
    return normalise(raw, SOURCE, TOPICS, NOW, "http://127.0.0.1:8000")


def test_seed_release_reads_perfectly() -> None:
    r = seed_release()
    assert r.title == SEED_TITLE
    assert r.published == datetime(2018, 4, 10, tzinfo=timezone.utc)
    assert not r.published_estimated
    assert r.dateline == "JAKARTA"
    assert r.source_name == "ASEAN Secretariat News"
    assert r.body_text.startswith("The Secretariats of ASEAN and the United Nations held")
    assert r.body_text.endswith("at the margins of the UN General Assembly.")
    for furniture in ("View all photos", "Travel Page", "Source:", "10 Apr 2018", "JAKARTA, 10 April"):
        assert furniture not in r.body_text
        assert furniture not in r.body_html
    assert r.body_text.count(SEED_TITLE) == 0
    assert r.summary.startswith("The Secretariats") and len(r.summary) <= 300
    assert r.language == "en"
    assert {m.slug for m in r.topics} == {"peace-security", "counter-terrorism"}
    assert r.link is None


def test_normalisation_is_deterministic() -> None:
    assert seed_release() == seed_release()


def test_undated_release_gets_the_file_time_marked_estimated() -> None:
    mtime = datetime(2024, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    raw = RawRelease(origin="x.txt", title="Council meets", body_text="The council met on health.", modified=mtime)
    r = normalise(raw, SOURCE, TOPICS, NOW)
    assert r.published == mtime and r.published_estimated


def test_dateline_date_is_used_when_nothing_else_dates_the_release() -> None:
    raw = RawRelease(origin="x.txt", title="T", body_text="VIENTIANE, 3 March 2023 – The council met today.")
    r = normalise(raw, SOURCE, TOPICS, NOW)
    assert r.dateline == "VIENTIANE" and r.published == datetime(2023, 3, 3, tzinfo=timezone.utc)
    assert r.body_text == "The council met today."


@pytest.mark.parametrize("raw", [
    RawRelease(origin="a", title="", body_text="Body"),
    RawRelease(origin="a", title="   ", body_text="Body"),
    RawRelease(origin="a", title="Title", body_text=""),
    RawRelease(origin="a", title="Title", body_text="View all photos here.\n\nTravel Page"),
])
def test_no_title_or_no_body_is_skipped(raw: RawRelease) -> None:
    with pytest.raises(SkipFile):
        normalise(raw, SOURCE, TOPICS, NOW)


def test_forbidden_xml_characters_are_removed_everywhere() -> None:
    raw = RawRelease(origin="a", title="Ti\x00tle\x07 \ufffe", body_text="Bo\x01dy\x0b text\x1f here \uffff.")
    r = normalise(raw, SOURCE, TOPICS, NOW)
    for value in (r.title, r.body_text, r.body_html, r.summary):
        assert not any(ord(c) < 32 and c not in "\n\t\r" for c in value)
        assert "\ufffe" not in value and "\uffff" not in value
    assert r.title == "Title"


@pytest.mark.parametrize("hostile", [
    '<script>alert(1)</script><p>ok</p>',
    '<p onclick="alert(1)">ok</p>',
    '<a href="javascript:alert(1)">ok</a>',
    '<a href="java\nscript:alert(1)">ok</a>',
    '<a href="&#106;avascript:alert(1)">ok</a>',
    '<iframe src="http://evil"></iframe><p>ok</p>',
    '<style>p{}</style><p style="x">ok</p>',
    '<img src="data:image/png;base64,AAAA" onerror="alert(1)"><p>ok</p>',
    '<svg><script>alert(1)</script></svg><p>ok</p>',
    '<form action="http://x"><input></form><p>ok</p>',
    '<object data="x"></object><embed src="y"><p>ok</p>',
    '<!-- <script>alert(1)</script> --><p>ok</p>',
    '<base href="http://evil/"><meta http-equiv="refresh" content="0;url=http://evil"><p>ok</p>',
])
def test_sanitise_removes_executable_content(hostile: str) -> None:
    out = sanitise(hostile, "http://127.0.0.1:8000/releases/x")
    lowered = out.lower()
    for bad in ("<script", "onclick", "onerror", "javascript:", "<iframe", "<style", "style=", "data:", "<svg",
                "<form", "<object", "<embed", "<base", "<meta"):
        assert bad not in lowered, (bad, out)
    assert sanitise(out, "http://127.0.0.1:8000/releases/x") == out


def test_sanitise_makes_urls_absolute() -> None:
    out = sanitise('<p><a href="/news/1">a</a> <img src="img/x.png" alt=""></p>', "https://org.example/en/r/5")
    assert 'href="https://org.example/news/1"' in out and 'src="https://org.example/en/r/img/x.png"' in out


def test_html_paragraphs_and_titles_lose_markup() -> None:
    assert paragraphs_from_html("<div><p>One <b>two</b></p><ul><li>three</li></ul><script>x</script></div>") == \
        ["One two", "three"]
    assert text_of("<b>Big</b> &amp; <script>alert(1)</script>news") == "Big & news"


def test_summary_is_cut_at_a_word() -> None:
    long = "word " * 100
    s = summarise([long.strip()])
    assert len(s) <= 300 and s.endswith("…") and not s[:-1].endswith(" ") and "wor…" not in s


@pytest.mark.parametrize("text, expected", [
    ("10 Apr 2018", datetime(2018, 4, 10, tzinfo=timezone.utc)),
    ("April 10, 2018", datetime(2018, 4, 10, tzinfo=timezone.utc)),
    ("10 avril 2018", datetime(2018, 4, 10, tzinfo=timezone.utc)),
    ("le 1er mars 2021", datetime(2021, 3, 1, tzinfo=timezone.utc)),
    ("2021-03-02T08:00:00Z", datetime(2021, 3, 2, 8, tzinfo=timezone.utc)),
    ("2023-05-14T09:30:00+07:00", datetime(2023, 5, 14, 2, 30, tzinfo=timezone.utc)),
    ("Tue, 02 Mar 2021 08:00:00 GMT", datetime(2021, 3, 2, 8, tzinfo=timezone.utc)),
    ("31 February 2020", None),
    ("1850-01-01", None),
    ("2099-01-01", None),
    ("soon", None),
    ("10 April", None),
])
def test_dates(text: str, expected: datetime | None) -> None:
    assert parse_date(text, NOW) == expected


def test_date_in_running_text() -> None:
    assert find_date("Published on 4 June 2024 by the council", NOW) == datetime(2024, 6, 4, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, language, day", [
    ("Veröffentlicht am 26. Januar 2022 um 10:30 Uhr", "de", "2022-01-26"),
    ("Publié le 05/08/2022", "fr", "2022-08-05"),              # numeric dates are day-first...
    ("Released 08/05/2022", "en-US", "2022-08-05"),            # ...except in the USA's locales
    ("Geneva, 06/21/2022", "en", "2022-06-21"),                # ...or where only month-first names a day
    ("18.out.2023 às 23h58", "pt", "2023-10-18"),              # a month's abbreviation between dots
    ("Madrid, 3 de marzo de 2023", "es", "2023-03-03"),
    ("Data publikacji: 14.09.2023, godz. 12:05", "pl", "2023-09-14"),
    ("ngày 5 tháng 3 năm 2023", "vi", "2023-03-05"),
    ("2019年2月22日", None, "2019-02-22"),
    ("วันที่ 2 พฤศจิกายน 2565", None, "2022-11-02"),            # Thai years count in the Buddhist era
    ("公開日：令和5年3月20日", "ja", "2023-03-20"),                 # Japanese ones may in the imperial era
])
def test_dates_in_text_in_any_language_the_grammar_reads(text: str, language: str | None, day: str) -> None:
    found = [stated.when.date().isoformat() for _, stated in find_stated(text, language, language)]
    assert found == [day]


@pytest.mark.parametrize("text, instant", [
    ("Thứ ba, 12/9/2023, 07:30 (GMT+7)", "2023-09-12T07:30:00+07:00"),   # an offset after GMT, in brackets
    ("12 September 2023 07:30 UTC+8", "2023-09-12T07:30:00+08:00"),
    ("12.09.2023 07:30 (UTC+02:00)", "2023-09-12T07:30:00+02:00"),
    ("12 September 2023 07:30 GMT", "2023-09-12T07:30:00+00:00"),
    ("March 3, 2024 10:00 AM ET", "2024-03-03T10:00:00-05:00"),          # a US zone after AM/PM in capitals
    ("March 3, 2024 10:00 PM PT", "2024-03-03T22:00:00-08:00"),
])
def test_a_time_keeps_the_zone_written_after_it(text: str, instant: str) -> None:
    assert [stated.iso() for _, stated in find_stated(text, "en", "en")] == [instant]


@pytest.mark.parametrize("language, instant", [
    ("en-US", "2024-11-05T19:40:00-05:00"),      # the region's zone: New York
    ("en-AU", "2024-11-05T19:40:00+11:00"),      # Sydney, in summer time
    ("pt-PT", "2024-11-05T19:40:00+00:00"),      # Lisbon, not Sao Paulo (the usual zone of "pt")
    ("pt", "2024-11-05T19:40:00-03:00"),
    ("en", "2024-11-05T19:40:00+00:00"),         # no region: the language's usual zone, London
    ("en-DE", "2024-11-05T19:40:00+00:00"),      # a pair the table does not list: the language's zone
    ("pl", "2024-11-05T19:40:00+01:00"),         # a language of one zone: Warsaw
    ("ar", "2024-11-05T19:40:00+00:00"),         # a language of many zones and no region: UTC
])
def test_a_time_with_no_zone_is_in_the_zone_of_the_language_region(language: str, instant: str) -> None:
    assert [stated.iso() for _, stated in find_stated("5 November 2024, 19:40", language, language)] == [instant]


def test_usual_zone_reads_the_region_subtag() -> None:
    assert usual_zone("zh-Hant-TW") == "Asia/Taipei"     # a script subtag between language and region
    assert usual_zone("es_MX") == "America/Mexico_City"
    assert usual_zone("ja") == "Asia/Tokyo"             # a language written almost all in one zone
    assert usual_zone("ko-KR") == "Asia/Seoul"
    assert usual_zone("ar") is None                     # Morocco to the Gulf: no usual zone, the caller keeps UTC
    assert usual_zone("ar-AE") == "Asia/Dubai"          # unless the region names one
    assert usual_zone(None) is None


def test_a_numeric_date_that_names_no_day_either_way_is_none() -> None:
    assert list(find_stated("31/02/2022 and 13/13/2022 and 06.21.2022", "en", "en")) == []


def test_words_that_are_no_month_make_no_date() -> None:
    assert list(find_stated("posted 3 people 2020 and 12 items 2021")) == []
    assert read_date("26 Foo 2022") is None


def test_free_text_dates_are_read_by_the_one_grammar_in_the_release_language() -> None:
    assert read_date("26. Januar 2022", language="de") == datetime(2022, 1, 26, tzinfo=timezone.utc)
    assert read_date("14 września 2023", language="pl") == datetime(2023, 9, 14, tzinfo=timezone.utc)
    assert read_date("2019年2月22日") == datetime(2019, 2, 22, tzinfo=timezone.utc)    # not year 2000


def test_update_and_publication_labels_are_one_vocabulary() -> None:
    assert PUBLISHED_LABEL.fullmatch("Veröffentlicht am") and PUBLISHED_LABEL.fullmatch("Data publikacji")
    assert UPDATED_LABEL.fullmatch("Zuletzt aktualisiert am") and UPDATED_LABEL.fullmatch("Mis à jour le")
    assert not UPDATED_LABEL.fullmatch("Veröffentlicht am")
    # Turkish and Polish labels standing alone ("Yayınlanma: 14.03.2025", "Güncelleme: ...", "Dodano: ...")
    assert PUBLISHED_LABEL.fullmatch("Yayınlanma") and PUBLISHED_LABEL.fullmatch("Dodano")
    assert UPDATED_LABEL.fullmatch("Güncelleme") and not PUBLISHED_LABEL.fullmatch("Güncelleme")


@pytest.mark.parametrize("first, place", [
    ("JAKARTA, 10 April 2018 - The Secretariats", "JAKARTA"),
    ("GENEVA (5 May 2021) - Today", "GENEVA"),
    ("PORT MORESBY, Papua New Guinea, 2 June 2022 - The", "PORT MORESBY"),
    ("DAKAR, 3 mars 2021 – Le conseil", "DAKAR"),
    ("NEW YORK – The UN", "NEW YORK"),
    ("The meeting, 5 May 2021 - was held", None),
])
def test_datelines(first: str, place: str | None) -> None:
    assert split_dateline(first, NOW)[0] == place


def test_furniture_and_leading_matter() -> None:
    parts = strip_furniture(["T", "Source: Org", "For immediate release", "Body one.", "Body two.",
                             "View all photos here.", "Share", "Back to top"], "T", NOW)
    assert parts.paragraphs == ["Body one.", "Body two."] and parts.source_line == "Org"


def test_xml_safe_keeps_ordinary_text() -> None:
    assert xml_safe("a\tb\nc é ✓ 😀") == "a\tb\nc é ✓ 😀"


@pytest.mark.parametrize("fragment", [
    "<p>One</p><p>Two <b>three</b></p>",
    "<p>Line one<br>line two</p>",
    "<p>Line one</br>line two</p>",             # lxml reads </br> as a <br>
    "<p>Line one<BR/>line two</p><ul><li>a<br >b</li></ul>",
    "<p>A &lt;br&gt; written as text and a < br> that is no tag</p>",
    "<p>A line separator\u2028inside the text</p><p>and a second paragraph</p>",
    "<div>Loose text<p>then a paragraph</p>tail</div>",
])
def test_plain_paragraphs_equal_a_fresh_reading(fragment: str) -> None:
    """Reusing the keep_lines reading gives exactly what a second parse would."""
    assert plain_paragraphs(fragment, paragraphs_from_html(fragment, keep_lines=True)) == paragraphs_from_html(fragment)


@pytest.mark.parametrize("marker", ["(END)", "(انتهى)", "(Ende)"])
def test_agency_end_marker_in_brackets_ends_the_body(marker: str) -> None:
    found = split_end_matter(["The council opened the new library today.", "Entry is free.", marker, "AB / CD"])
    assert found.body == ["The council opened the new library today.", "Entry is free."]
    assert found.marker == marker


def test_a_sentence_ending_with_the_word_end_is_no_marker() -> None:
    found = split_end_matter(["The strike came to an end.", "(The end of the strike was announced at noon.)"])
    assert found.marker is None and len(found.body) == 2


def test_two_digit_year_read_only_after_a_publication_label() -> None:
    assert with_full_years("פורסם: 22.01.25, 21:40") == "פורסם: 22.01.2025, 21:40"
    assert with_full_years("Published 03/04/24") == "Published 03/04/2024"
    assert with_full_years("Version 22.01.25 fixes the score 3.1.25") == "Version 22.01.25 fixes the score 3.1.25"
    assert with_full_years("Published 22.01.2025") == "Published 22.01.2025"
