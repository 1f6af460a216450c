"""Tests for feeds.sources.article: article extraction from HTML and listing pages."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from feeds.sources.article import (
    Article,
    ArticleRules,
    extract_article,
    find_links,
    find_next_page,
)

DATA = Path(__file__).parent / "data" / "article"


def fixture(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def paragraphs(text: str | None) -> list[str]:
    assert text is not None
    return text.split("\n\n")


def page(body: str, head: str = "", lang: str = "") -> str:
    """A small HTML document around a body."""
    lang_attr = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{lang_attr}><head>{head}</head><body>{body}</body></html>"


PROSE = (
    "<p>The council agreed on Tuesday to extend the programme for another three years, after a review "
    "found that it had reduced the number of incidents in every member state.</p>"
    "<p>The extension will be financed from the regular budget, and the secretariat will report on "
    "progress to the council at each of its annual meetings from next year on.</p>"
)


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------


def test_json_ld_template() -> None:
    article = extract_article(fixture("jsonld.html"),
                              url="https://mrbc.example.org/news/2018/04/water-sharing-framework?x=1")
    assert article.title == "Ministers agree regional water-sharing framework"
    assert article.published == "2018-04-10T09:30:00+07:00"
    assert article.date_source == "json-ld"
    assert article.modified == "2018-04-11T08:00:00+07:00"
    assert article.author == "Lan Nguyen, Sok Dara"
    assert article.language == "en-GB"
    assert article.url == "https://mrbc.example.org/news/2018/04/water-sharing-framework"
    assert article.body_text is not None and article.body_html is not None
    assert article.body_text.startswith("VIENTIANE — Ministers from the four member countries")
    assert "<h2>Next steps</h2>" in article.body_html
    assert '<a href="https://mrbc.example.org/docs/framework">' in article.body_html
    assert "<li>First meeting of the joint committee in January.</li>" in article.body_html
    for furniture in ("Privacy", "© 2018", "Posted 10 April", "About"):
        assert furniture not in article.body_text


def test_opengraph_template_drops_banner_share_bar_aside_and_script() -> None:
    article = extract_article(fixture("opengraph.html"), url="https://relief.example.org/press/x")
    assert article.title == "Relief convoys reach flooded districts"
    assert article.published == "2019-08-02T14:00:00Z"
    assert article.date_source == "meta"
    assert article.modified == "2019-08-03T10:15:00Z"
    assert article.url == "https://relief.example.org/press/relief-convoys-reach-flooded-districts"
    assert article.language == "en-US"
    assert article.author == "Press Office"
    body = paragraphs(article.body_text)
    assert len(body) == 3
    assert body[0].startswith("Twelve trucks carrying food")
    assert body[2].endswith("as the water recedes.")
    for noise in ("cookies", "Share on", "Related news", "do not extract", "Donate", "Geneva"):
        assert noise not in (article.body_text or "")


def test_bare_html_with_visible_date() -> None:
    article = extract_article(fixture("bare.html"))
    assert article.title == "Forum opens regional office in Suva"
    assert article.published == "2020-03-12"      # dates read from the text come as ISO 8601, the day as printed
    assert article.date_source == "text"
    assert article.url is None and article.language is None and article.modified is None
    body = paragraphs(article.body_text)
    assert len(body) == 3
    assert body[0].startswith("The Pacific Islands Cooperation Forum opened")


def test_french_page() -> None:
    article = extract_article(fixture("french.html"), url="https://sahel.example.org/actualites/x")
    assert article.title == "L'Observatoire publie son rapport annuel"
    assert article.published == "2018-04-10"
    assert article.date_source == "text"
    assert article.language == "fr"
    assert article.body_text is not None
    assert article.body_text.startswith("L'Observatoire du Sahel pour la Paix a publié")
    assert "Accueil" not in article.body_text


def test_page_that_cannot_be_read_gives_an_empty_article() -> None:
    for html in ("", "   \n"):
        article = extract_article(html)
        assert article == Article(None, None, None, None, None, None, None, None, None)


def test_plain_text_and_fragments_and_xml_declarations_are_read() -> None:
    assert extract_article("Just a line of text.").body_text == "Just a line of text."
    fragment = extract_article("<p>First paragraph.</p><p>Second paragraph.</p>")
    assert fragment.body_text == "First paragraph.\n\nSecond paragraph."
    xml = extract_article("<?xml version='1.0' encoding='utf-8'?><html><body><h1>X</h1>"
                          "<p>Hello from an XHTML file.</p></body></html>")
    assert xml.title == "X"
    assert xml.body_text == "Hello from an XHTML file."


def test_article_is_frozen_and_extraction_repeatable() -> None:
    html = fixture("opengraph.html")
    first = extract_article(html, url="https://relief.example.org/press/x")
    assert extract_article(html, url="https://relief.example.org/press/x") == first
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.title = "changed"  # type: ignore[misc]


# --------------------------------------------------------------------------------------------
# Title
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("head", "expected"), [
    ("<title>Council extends programme | Pacific Council</title>", "Council extends programme"),
    ("<title>Council extends programme – Pacific Council</title>", "Council extends programme"),
    ("<title>Council extends programme · Pacific Council</title>", "Council extends programme"),
    ('<title>Pacific Council: Council extends programme</title>'
     '<meta property="og:site_name" content="Pacific Council">', "Council extends programme"),
    ("<title>Breaking: council extends programme for three more years</title>",
     "Breaking: council extends programme for three more years"),
    ("<title>Council extends programme - a review found that it works in every member state</title>",
     "Council extends programme - a review found that it works in every member state"),
])
def test_title_from_title_element_without_site_name(head: str, expected: str) -> None:
    assert extract_article(page(PROSE, head)).title == expected


def test_title_prefers_json_ld_then_h1_then_og_title() -> None:
    ld = ('<script type="application/ld+json">{"@type": "PressRelease", '
          '"headline": "Structured headline"}</script>')
    og = '<meta property="og:title" content="Social title">'
    h1 = "<h1>Visible headline of the release</h1>"
    assert extract_article(page("<h1>Visible release headline</h1>" + PROSE, ld + og)).title == "Structured headline"
    assert extract_article(page(h1 + PROSE, og)).title == "Visible headline of the release"
    # the page's one <h1> of five words or more wins over metadata titles that no heading prints (rewritten for
    # search); beside a heading that prints the JSON-LD headline, the structured headline stays
    assert extract_article(page(h1 + PROSE, ld + og)).title == "Visible headline of the release"
    printed = "<h2>Structured headline</h2>"
    assert extract_article(page(h1 + printed + PROSE, ld + og)).title == "Structured headline"
    assert extract_article(page(PROSE, og + "<title>Other | Site</title>")).title == "Social title"


def test_a_social_title_printed_nowhere_loses_to_a_heading_telling_the_same_story() -> None:
    og = '<meta property="og:title" content="Council extends its safety programme">'
    body = "<h1>News</h1><h2>Programme on road safety extended by the council for three years</h2>" + PROSE
    assert extract_article(page(body, og)).title == "Programme on road safety extended by the council for three years"
    # a heading about something else is no evidence: the social title stays
    other = "<h1>News</h1><h2>Harbour ferries keep their summer timetable until October</h2>" + PROSE
    assert extract_article(page(other, og)).title == "Council extends its safety programme"


def test_a_box_heading_over_links_is_no_headline_and_an_articles_own_header_names_no_site() -> None:
    box = ('<div class="other"><h3>Recent press releases</h3><ul><li><a href="/a">Road works on the northern '
           'bypass start in May</a></li><li><a href="/b">New opening hours at the county archive</a></li></ul></div>')
    headline = '<p><strong>County museums open on Sundays all through the winter</strong></p>'
    menu = "<nav><a href='/news'>News</a> <a href='/about'>About</a></nav>"
    assert extract_article(page(menu + "<h1>News</h1>" + box + headline + PROSE)).title == \
        "County museums open on Sundays all through the winter"
    # no metadata: a short <h1> in the article's own <header> is its headline, not a name the page's header gives
    ghost = ("<header><a href='/'>Harbour Voice</a></header><main><article><header><h1>Tram sets passenger record"
             "</h1></header>" + PROSE + "</article></main><section><h2>Ferry terminal opens in Svendby</h2></section>")
    assert extract_article(page(ghost)).title == "Tram sets passenger record"


def test_h1_that_matches_the_metadata_gives_the_printed_form() -> None:
    head = ("<title>Council’s plan “approved” | Pacific Council</title>"
            "<meta property=\"og:title\" content=\"Council's plan &quot;approved&quot;\">")
    article = extract_article(page("<h1>Council’s plan “approved”</h1>" + PROSE, head))
    assert article.title == "Council’s plan “approved”"


def test_logo_and_section_headings_are_not_the_title() -> None:
    body = ('<h1 class="site-logo"><a href="/">Pacific Council</a></h1><h1>News</h1>'
            + "<article><h2>Council extends programme</h2>" + PROSE + "</article>")
    head = "<title>Council extends programme | Pacific Council</title>"
    assert extract_article(page(body, head)).title == "Council extends programme"


def test_a_data_tables_title_row_loses_to_the_printed_part_of_the_title_element() -> None:
    body = ('<div class="headline">Library lends out tools from May</div>' + PROSE
            + "<table><tr><th>Title</th><td>Tool catalogue 2024 (PDF)</td></tr></table>")
    head = "<title>Library lends out tools from May | News | Town of Arlen</title>"
    assert extract_article(page(body, head)).title == "Library lends out tools from May"


def test_a_banners_bold_site_name_is_not_the_headline_of_a_page_without_headings() -> None:
    banner = '<table><tr><td><font size="5"><b>Pacific Regional Council</b></font></td></tr></table>'
    headline = ('<p><font size="2">News release</font><br><font size="4"><b>Council extends the coastal programme'
                "</b></font><br></p>")
    footer = "<p><font size=\"1\">© Pacific Regional Council 2024 | Harbour Street</font></p>"
    # no <title>, no metadata: the first bold line of its own, after a kicker's line; the banner prints the
    # name the copyright line gives: the site's
    assert extract_article(page(banner + headline + PROSE + footer)).title == "Council extends the coastal programme"
    # <title> names only a page and a section the page does not print, and the site
    head = "<title>Print view - Releases - Pacific Regional Council</title>"
    assert extract_article(page(banner + headline + PROSE + footer, head)).title == \
        "Council extends the coastal programme"
    # a banner name that no copyright line gives stays the first bold line
    assert extract_article(page(banner + headline + PROSE)).title == "Pacific Regional Council"


def test_title_selector_wins() -> None:
    html = page('<h1>Heading</h1><div class="release-title">Selected title</div>' + PROSE)
    article = extract_article(html, rules=ArticleRules(title=".release-title"))
    assert article.title == "Selected title"


# --------------------------------------------------------------------------------------------
# JSON-LD
# --------------------------------------------------------------------------------------------


def test_json_ld_tolerates_cdata_comments_trailing_commas_and_lists() -> None:
    script = """<script type="application/ld+json">//<![CDATA[
    [{"@type": "BreadcrumbList", "itemListElement": []},
     {"@type": "http://schema.org/PressRelease", "headline": "Tolerant headline",
      "datePublished": "2018-04-10", "author": {"@type": "Organization", "name": "Secretariat"},},
    ]
    //]]></script>"""
    article = extract_article(page(PROSE, script))
    assert article.title == "Tolerant headline"
    assert article.published == "2018-04-10"
    assert article.date_source == "json-ld"
    assert article.author == "Secretariat"


def test_json_ld_graph_picks_the_article_not_the_website() -> None:
    script = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Council site", "datePublished": "2001-01-01"},
      {"@type": ["ReportageNewsArticle"], "headline": "Graph headline",
       "datePublished": "2019-05-06T10:00:00Z", "inLanguage": "fr-FR"}]}</script>"""
    article = extract_article(page(PROSE, script))
    assert (article.title, article.published, article.language) == (
        "Graph headline", "2019-05-06T10:00:00Z", "fr-FR")


def test_broken_json_ld_is_ignored() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
            '<meta property="og:title" content="Fallback title">'
            '<meta property="article:published_time" content="2020-01-02T03:04:05Z">')
    article = extract_article(page(PROSE, head))
    assert article.title == "Fallback title"
    assert (article.published, article.date_source) == ("2020-01-02T03:04:05Z", "meta")


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("written, lang, day", [
    ("10 April 2018", "", "2018-04-10"), ("April 10, 2018", "", "2018-04-10"), ("10 Apr 2018", "", "2018-04-10"),
    ("Apr. 10, 2018", "", "2018-04-10"), ("10 avril 2018", "", "2018-04-10"), ("1er avril 2018", "", "2018-04-01"),
    ("2018-04-10", "", "2018-04-10"), ("10.04.2018", "", "2018-04-10"), ("10/04/2018", "", "2018-04-10"),
    ("10. April 2018", "de", "2018-04-10"), ("10 de abril de 2018", "es", "2018-04-10"),
    ("10 kwietnia 2018", "pl", "2018-04-10"), ("10 april 2018", "nl", "2018-04-10"),
])
def test_visible_dates_near_the_title(written: str, lang: str, day: str) -> None:
    html = page(f'<h1>Council extends programme</h1><div class="x">{written}</div>' + PROSE, lang=lang)
    article = extract_article(html)
    assert article.published == day      # read by the one date grammar, as ISO 8601: the day as printed
    assert article.date_source == "text"


def test_visible_date_with_a_time_keeps_the_local_time() -> None:
    html = page('<h1>Council extends programme</h1><div class="x">10 April 2018 14:30</div>' + PROSE)
    assert extract_article(html).published.startswith("2018-04-10T14:30:00")


def test_numeric_dates_are_month_first_only_in_the_usa() -> None:
    html = page('<h1>Council extends programme</h1><div class="x">04/10/2018</div>' + PROSE)
    assert extract_article(html).published == "2018-10-04"
    assert extract_article(html.replace("<html>", '<html lang="en-US">')).published == "2018-04-10"


def test_a_time_with_no_zone_is_in_the_zone_of_the_page_region() -> None:
    html = page('<h1>Council extends programme</h1><div class="x">5 November 2024, 7:40 pm</div>' + PROSE,
                lang="en")
    assert extract_article(html).published == "2024-11-05T19:40:00+00:00"     # "en": London
    assert extract_article(html.replace('lang="en"', 'lang="en-US"')).published == "2024-11-05T19:40:00-05:00"
    # no region in the lang tag: the address's country code names it, when the language is spoken there
    assert extract_article(html, "https://news.example.com.au/a").published == "2024-11-05T19:40:00+11:00"
    assert extract_article(html, "https://news.example.io/a").published == "2024-11-05T19:40:00+00:00"
    assert extract_article(html.replace('lang="en"', 'lang="en-GB"'),
                           "https://news.example.com.au/a").published == "2024-11-05T19:40:00+00:00"


def test_dated_links_side_by_side_are_an_archive_but_a_lone_dated_link_is_the_date() -> None:
    archive = ('<p><a href="/2018/04/09/">9 April 2018</a><br><a href="/2018/04/08/">8 April 2018</a></p>'
               '<h1>Council extends programme</h1>')
    assert extract_article(page(archive + PROSE)).published is None
    permalink = '<h1>Council extends programme</h1><p class="x"><a href="/council-extends">10 April 2018</a></p>'
    assert extract_article(page(permalink + PROSE)).published == "2018-04-10"


def test_an_event_date_in_the_prose_past_the_byline_is_not_the_publication() -> None:
    event = "<p>The next review will take place on 3 June 2025 at the council's offices.</p>"
    assert extract_article(page("<h1>Council extends programme</h1>" + PROSE + event)).published is None
    # the same date as a line of its own (a byline's, a closing date line) is the page's date
    line = "<p>Council press office</p><p>3 June 2025</p>"
    assert extract_article(page("<h1>Council extends programme</h1>" + PROSE + line)).published == "2025-06-03"
    # a date opening its sentence (a dateline) or after a name is no event
    dateline = "<p>GENEVA, 3 June 2025 - The council agreed on a review of the whole programme.</p>"
    assert extract_article(page("<h1>Council extends programme</h1>" + PROSE + dateline)).published == "2025-06-03"


def test_weekday_and_time_zone_words_around_a_date() -> None:
    html = page("<h1>Council extends programme</h1><p>Tuesday, April 10, 2018 at 10:30 AM EST The</p>"
                + PROSE)
    assert extract_article(html).published == "2018-04-10T10:30:00-05:00"


def test_published_label_wins_over_updated_and_other_dates() -> None:
    html = page("<h1>Council extends programme</h1>"
                "<p>Updated 12 April 2018 · Published on 10 April 2018</p>" + PROSE)
    assert extract_article(html).published == "2018-04-10"


def test_labelled_date_in_a_definition_list() -> None:
    html = page("<h1>Council extends programme</h1>" + PROSE
                + "<dl><dt>Reference</dt><dd>PR/2018/12</dd>"
                  "<dt>Date of publication</dt><dd>10 April 2018</dd></dl>")
    assert extract_article(html).published == "2018-04-10"


def test_meta_dates_in_several_vocabularies() -> None:
    for name in ("dc.date", "parsely-pub-date", "sailthru.date", "pubdate"):
        head = f'<meta name="{name}" content="2017-03-04">'
        article = extract_article(page(PROSE, head))
        assert (article.published, article.date_source) == ("2017-03-04", "meta"), name
    itemprop = page('<span itemprop="datePublished" content="2016-02-03T10:00:00Z"></span>' + PROSE)
    assert extract_article(itemprop).published == "2016-02-03T10:00:00Z"


def test_json_ld_wins_over_meta_and_garbage_meta_is_skipped() -> None:
    head = ('<meta property="article:published_time" content="2016-12-22148243245100018:47:31">'
            '<meta name="dc.date" content="2017-01-01">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
            ' "datePublished": "2018-02-02"}</script>')
    assert extract_article(page(PROSE, head)).published == "2018-02-02"
    without_ld = head[:head.index("<script")]
    assert extract_article(page(PROSE, without_ld)).published == "2017-01-01"


def test_time_element_in_the_article_not_in_the_footer() -> None:
    html = page("<article><h1>Title of release</h1>"
                '<time class="updated" datetime="2018-04-11T08:00:00Z">11 April</time>'
                '<time pubdate datetime="2018-04-10T08:00:00Z">10 April</time>' + PROSE
                + '</article><footer><time datetime="2023-01-01">Today</time></footer>')
    article = extract_article(html)
    assert (article.published, article.date_source) == ("2018-04-10T08:00:00Z", "time")


def test_time_element_in_the_article_header() -> None:
    html = page('<header class="site"><time datetime="2024-01-01">Today</time></header>'
                '<article><header><h1>Title of release</h1><time datetime="2018-04-10">10 April</time>'
                "</header>" + PROSE + "</article>")
    assert extract_article(html).published == "2018-04-10"


def test_date_from_the_url_as_last_resort() -> None:
    article = extract_article(page(PROSE), url="https://example.org/news/2018/04/10/council-extends")
    assert (article.published, article.date_source) == ("2018-04-10", "url")
    assert extract_article(page(PROSE), url="https://example.org/news/council").published is None


def test_date_selector_reads_datetime_or_text() -> None:
    html = page('<span class="d" data-x="1">10 April 2018</span>'
                '<time class="t" datetime="2018-04-09">9 April</time>' + PROSE)
    assert extract_article(html, rules=ArticleRules(date=".t")).published == "2018-04-09"
    article = extract_article(html, rules=ArticleRules(date=".d"))
    assert (article.published, article.date_source) == ("10 April 2018", "selector")


# --------------------------------------------------------------------------------------------
# Body
# --------------------------------------------------------------------------------------------


def test_body_selector_and_remove_rules() -> None:
    html = page('<div class="main"><p>Keep this paragraph of the release.</p>'
                '<div class="ad">Buy our product now</div><p>And this one too.</p></div>' + PROSE)
    rules = ArticleRules(body=".main", remove=(".ad",))
    article = extract_article(html, rules=rules)
    assert article.body_text == "Keep this paragraph of the release.\n\nAnd this one too."
    assert "Buy our" not in (article.body_html or "")


def test_invalid_selectors_fall_back_to_the_heuristics() -> None:
    html = page("<h1>Council extends programme</h1>" + PROSE)
    article = extract_article(html, rules=ArticleRules(title="[[[", body="p:::nope"))
    assert article.title == "Council extends programme"
    assert (article.body_text or "").startswith("The council agreed on Tuesday")


def test_double_line_breaks_make_paragraphs() -> None:
    html = page("<h1>Release</h1><div>First line<br>second line<br><br>"
                "Second paragraph, long enough to be kept as the body of this release.<br><br>Third.</div>")
    article = extract_article(html)
    assert article.body_text == ("First line\nsecond line\n\nSecond paragraph, long enough to be kept"
                                 " as the body of this release.\n\nThird.")
    assert "\n\n\n" not in (article.body_text or "")
    assert article.body_html is not None and article.body_html.count("<p>") == 3


def test_headed_boxes_closing_the_article_are_not_body_but_a_later_section_is() -> None:
    text = ('<div class="copy">' + PROSE + "<p>The secretariat will publish the first report next spring.</p></div>")
    box = '<div class="box"><h3>About the council</h3><p>The council brings together twelve member states.</p></div>'
    body = extract_article(page("<main><h1>Council extends programme</h1>" + text + box + "</main>")).body_text
    assert body is not None and "twelve member states" not in body and body.endswith("next spring.")
    # a heading over more text than a box holds, or a box with the article's text after it, stays
    longer = box.replace("twelve member states.", "twelve member states. " + "It meets twice a year in spring. " * 6)
    body = extract_article(page("<main><h1>Council extends programme</h1>" + text + longer + "</main>")).body_text
    assert body is not None and "twelve member states" in body
    autumn = "The council will meet again in the autumn to review the whole budget. " * 3
    more = f'<div class="copy"><p>{autumn}</p></div>'
    body = extract_article(page("<main><h1>Council extends programme</h1>" + text + box + more + "</main>")).body_text
    assert body is not None and "twelve member states" in body


def test_closing_credit_and_update_lines_are_not_body() -> None:
    closing = ("<p>Ostatnia aktualizacja: 7 października 2024 – dodano zdjęcia.</p>"   # an update notice in Polish
               "<p>（责任编辑：王丽）</p>")
    body = paragraphs(extract_article(page("<h1>Council extends programme</h1>" + PROSE + closing)).body_text)
    assert body[-1].startswith("The extension will be financed")
    sentence = "<p>Source: the secretariat, which will publish the full review in May after the council has met.</p>"
    body = paragraphs(extract_article(page("<h1>Council extends programme</h1>" + PROSE + sentence)).body_text)
    assert body[-1].startswith("Source: the secretariat")      # a sentence after the label is the article's


def test_labelled_date_lines_after_the_text_are_not_body_but_dates_alone_and_sentences_stay() -> None:
    lines = ("<p>Last updated 09/03/2026</p>"          # "updated" is an update label, not "up" + "dated"
             "<p>Published: 20 October 2025</p>"
             "<p>Ask the transport team, who answer every weekday, for the full timetable of the winter.</p>")
    body = extract_article(page("<main><h1>Council extends programme</h1>" + PROSE + lines + "</main>")).body_text
    assert body is not None and "Last updated" not in body and "Published:" not in body
    assert body.endswith("for the full timetable of the winter.")
    entries = "<p>12 March 2024</p><p>The council met again and agreed the budget for the programme's first year.</p>"
    body = extract_article(page("<main><h1>Council extends programme</h1>" + PROSE + entries + "</main>")).body_text
    assert body is not None and "12 March 2024" in body          # a date alone (a chronology's entry) stays


def test_a_closing_bold_line_is_not_body_but_a_closing_bold_sentence_stays() -> None:
    for closing, text, kept in (("<p><b>{}</b></p>", "More news from the region on our site", False),
                                ("<h3>{}</h3>", "Other recent releases", False),
                                ("<p><b>{}</b></p>", "The programme starts on 1 May.", True)):
        html = page("<main><h1>Council extends programme</h1>" + PROSE + closing.format(text) + "</main>")
        body = extract_article(html).body_text
        assert body is not None and (text in body) is kept


def test_a_read_also_insert_is_not_body_but_a_labelled_link_to_a_document_or_address_stays() -> None:
    inserts = ('<p><b>Read also:</b> <a href="/news/ferry-fares">Ferry fares frozen for another year</a></p>'
               '<p>Report: <a href="/files/review.pdf">Review 2024</a></p>'                # a short link: kept
               '<p>Press office: <a href="mailto:press@council.example">Write to the press office today</a></p>')
    body = extract_article(page("<div class='content'><h1>Council extends programme</h1>" + PROSE + inserts
                                + PROSE.replace("council", "board") + "</div>"), "https://council.example/news/a").body_text
    assert body is not None and "Ferry fares" not in body
    assert "Review 2024" in body and "Write to the press office today" in body


def test_body_does_not_start_with_the_title_or_a_date_line() -> None:
    html = page("<article><h1>Council extends programme</h1><p>Published on 10 April 2018</p>"
                + PROSE + "</article>")
    article = extract_article(html)
    assert article.title == "Council extends programme"
    assert article.body_text is not None
    assert article.body_text.startswith("The council agreed on Tuesday")


def test_hidden_blocks_are_not_body() -> None:
    html = page('<h1>Title of the release</h1><div class="post-content">' + PROSE
                + '<p style="display: none">Invisible tracking paragraph nobody can read on the page.</p>'
                  '<div hidden><p>Another hidden paragraph with enough words to look like prose.</p></div>'
                  "</div>")
    body = extract_article(html).body_text or ""
    assert "The council agreed on Tuesday" in body
    assert "Invisible" not in body and "Another hidden" not in body


def test_control_characters_and_lone_surrogates_are_dropped() -> None:
    html = "<html><body><p>Text\x00 with\x01 controls \ud800 inside.</p></body></html>"
    article = extract_article(html)
    assert article.body_text == "Text with controls inside."


def test_body_printed_twice_is_kept_once() -> None:
    twice = (f'<div itemprop="articleBody">{PROSE}</div>' * 2)
    article = extract_article(page("<h1>Title of the release</h1>" + twice))
    assert (article.body_text or "").count("The council agreed on Tuesday") == 1


def test_links_are_made_absolute_against_base_href() -> None:
    html = page('<article><h1>T</h1><p>Read the <a href="docs/report.pdf">report</a> published by the '
                'council today, together with its annexes and the statements of the delegations.</p>'
                + PROSE + "</article>",
                '<base href="https://cdn.example.org/press/">')
    article = extract_article(html, url="https://example.org/news/x")
    assert '<a href="https://cdn.example.org/press/docs/report.pdf">report</a>' in (article.body_html or "")


def test_canonical_and_language_fallbacks() -> None:
    head = ('<link rel="canonical" href="/news/x">'
            '<meta property="og:locale" content="fr_FR">')
    article = extract_article(page(PROSE, head), url="https://example.org/news/x?utm_source=feed")
    assert article.url == "https://example.org/news/x"
    assert article.language == "fr-FR"
    assert extract_article(page(PROSE, '<link rel="canonical" href="/x">')).url is None


# --------------------------------------------------------------------------------------------
# Listing pages
# --------------------------------------------------------------------------------------------

LISTING_URL = "https://www.asean.example.org/news"


def test_find_links_on_a_listing_page() -> None:
    assert find_links(fixture("listing.html"), LISTING_URL) == [
        "https://www.asean.example.org/news/2018/04/12/summit-opens-in-singapore",
        "https://www.asean.example.org/news/2018/04/10/asean-un-reaffirm-commitment",
        "https://www.asean.example.org/news/2018/04/09/ministers-meet-on-trade",
        "https://www.asean.example.org/news/2018/04/08/disaster-drill-held",
    ]


def test_find_links_with_a_selector_keeps_any_site() -> None:
    links = find_links(fixture("listing.html"), LISTING_URL, selector=".news-item h3")
    assert links == [
        "https://www.asean.example.org/news/2018/04/10/asean-un-reaffirm-commitment",
        "https://www.asean.example.org/news/2018/04/09/ministers-meet-on-trade",
        "https://www.asean.example.org/news/2018/04/08/disaster-drill-held",
        "https://other.example.com/news/2018/04/07/syndicated",
    ]


def test_find_links_groups_repeated_items_and_skips_stray_links() -> None:
    items = "".join(
        f'<div class="card"><h3><a href="/press/release-{n}">Release number {n} about the programme</a>'
        f'</h3></div>' for n in range(1, 6))
    html = page('<div class="intro"><a href="/press">All press releases</a> '
                '<a href="/events/annual-meeting">Annual meeting</a></div>' + items
                + '<p><a href="/login">Log in</a> <a href="/press/release-3">Read more</a> '
                  '<a href="/en/news">News</a> <a href="/page/2">2</a></p>')
    links = find_links(html, "https://example.org/press")
    assert links == [f"https://example.org/press/release-{n}" for n in range(1, 6)]


def test_find_links_in_article_headers_of_a_blog_style_listing() -> None:
    posts = "".join(
        f'<article class="post"><header class="entry-header"><h2 class="entry-title">'
        f'<a href="/2019/05/0{n}/post-{n}/">Post number {n} of the blog</a></h2></header>'
        f'<div class="entry-summary"><p>Summary.</p></div>'
        f'<footer class="entry-footer"><a href="/category/news/">News</a></footer></article>'
        for n in range(1, 4))
    html = page('<header class="site-header"><a href="/2019/05/01/pinned-post/">Pinned in the header</a>'
                "</header><main>" + posts + "</main>")
    assert find_links(html, "https://blog.example.org/") == [
        f"https://blog.example.org/2019/05/0{n}/post-{n}/" for n in range(1, 4)]


def test_find_links_keeps_read_more_links_when_they_are_the_only_links() -> None:
    items = "".join(
        f'<div class="item"><h3>Release {n} about the programme</h3><p>Summary of release {n}.</p>'
        f'<a class="more" href="/archives/{1000 + n}">Read more</a></div>' for n in range(1, 4))
    links = find_links(page(items), "https://example.org/archives")
    assert links == [f"https://example.org/archives/{1000 + n}" for n in range(1, 4)]


def test_find_next_page_from_link_rel_next() -> None:
    assert find_next_page(fixture("listing.html"), LISTING_URL) == "https://www.asean.example.org/news?page=2"


@pytest.mark.parametrize("pager", [
    '<a rel="next" href="/news?page=2">2</a>',
    '<div class="pagination"><a href="/news?page=1">1</a><a href="/news?page=2">Suivant</a></div>',
    '<nav aria-label="pagination"><a href="/news?page=2" aria-label="Next page">›</a></nav>',
    '<ul class="pager"><li class="next"><a href="/news?page=2">→</a></li></ul>',
    '<div class="pagination"><span class="current">1</span> <a href="/news?page=2">2</a> '
    '<a href="/news?page=3">3</a></div>',
    '<p><a href="/news?page=2">Next page</a></p>',
])
def test_find_next_page_pagers(pager: str) -> None:
    html = page("<main>" + PROSE + pager + "</main>")
    assert find_next_page(html, "https://example.org/news") == "https://example.org/news?page=2"


def test_find_next_page_none_and_selector() -> None:
    html = page('<main>' + PROSE + '<a href="/news/other">» Other story</a></main>'
                '<div class="more"><a href="/archive/2">older</a></div>')
    assert find_next_page(html, "https://example.org/news") is None
    assert find_next_page(html, "https://example.org/news", selector=".more") == \
        "https://example.org/archive/2"
    own = page('<link rel="next" href="/news">')
    assert find_next_page(own, "https://example.org/news/") is None


@pytest.mark.parametrize(("page", "first"), [
    ("<html><body><main><article><h1>Library opens on Sundays</h1><div class='entry-content'><p class='intro'>"
     "From next month the town library opens on Sundays from ten to four.</p><p>The council agreed the longer "
     "hours after a survey of readers, and two more librarians will be hired for the weekend shifts.</p></div>"
     "</article></main></body></html>",
     "From next month the town library opens on Sundays"),            # inside the body's container
    ("<html><body><main><article><header><h1>Museum reopens its east wing</h1><p class='standfirst'>The city "
     "museum reopens its east wing on Saturday after two years of work on the roof, with the textile collection "
     "back on show.</p></header><div class='entry-content'><p>Photos: Ana Ruiz</p></div></article></main>"
     "</body></html>",
     "The city museum reopens its east wing on Saturday"),            # longer than the body found
])
def test_a_lead_that_is_the_text_stays_body_and_is_no_standfirst(page: str, first: str) -> None:
    article = extract_article(page)
    assert article.summary is None
    assert (article.body_text or "").startswith(first)


def test_a_lead_under_the_headline_is_the_standfirst_not_body() -> None:
    page = ("<html><body><main><article><header><h1>Library opens on Sundays</h1>"
            "<p class='intro'>From next month the town library opens on Sundays from ten to four.</p></header>"
            "<div class='entry-content'><p>The council agreed the longer hours after a survey of readers, and two "
            "more librarians will be hired for the weekend shifts.</p><p>The reading room and the children's "
            "corner will be open; the archive stays closed at weekends.</p></div></article></main></body></html>")
    article = extract_article(page)
    assert article.summary == "From next month the town library opens on Sundays from ten to four."
    assert (article.body_text or "").startswith("The council agreed")
    assert "From next month" not in (article.body_text or "")


@pytest.mark.parametrize(("heading", "title"), [
    ('<span class="tag">Verkehr</span><span class="sr-only">: </span> Neue Fähre fährt ab Mai stündlich',
     "Neue Fähre fährt ab Mai stündlich"),                     # a separator only screen readers read
    ('<span class="overline">Santé</span> Le centre de vaccination ferme en juillet',
     "Le centre de vaccination ferme en juillet"),              # the class calls it a kicker
    ('<span>Storm</span> warning issued for the whole coast',
     "Storm warning issued for the whole coast"),               # a plain span: part of the headline
    ('<span class="kicker">Update</span> Roads reopen',
     "Update Roads reopen"),                                    # too little would remain
])
def test_a_kicker_marked_by_its_markup_leaves_the_title_without_metadata(heading: str, title: str) -> None:
    page = (f"<html><body><main><article><h1>{heading}</h1><p>The council said so on Monday after a long "
            "meeting with residents and the operators of the service.</p><p>More details will follow next "
            "week.</p></article></main></body></html>")
    assert extract_article(page).title == title


def test_a_kicker_that_the_metadata_title_holds_stays() -> None:
    page = ("<html><head><meta property='og:title' content='Santé : Le centre de vaccination ferme en juillet'>"
            "</head><body><main><article><h1><span class='overline'>Santé</span> : Le centre de vaccination ferme "
            "en juillet</h1><p>Le centre fermera ses portes à la fin du mois de juillet, a annoncé la mairie.</p>"
            "</article></main></body></html>")
    assert extract_article(page).title == "Santé : Le centre de vaccination ferme en juillet"


def test_an_h1_linking_only_to_the_home_page_is_the_sites_heading() -> None:
    name, headline = "Harbour News of the Northern Isles", "Ferry timetable changes for the winter season"
    expected = {"https://harbour-news.example.com/": headline, "/": headline,
                "/2025/ferry": name}        # a link to a page of the site: the heading may be the headline
    for href, title in expected.items():
        page = (f"<html><body><div id='top'><h1><a href='{href}'>{name}</a></h1></div><main><article>"
                f"<h2>{headline}</h2><p>From November the first ferry leaves at seven, half an hour later than "
                "in summer, the operator said.</p></article></main></body></html>")
        assert extract_article(page).title == title, href


def test_a_marked_kicker_leaves_the_first_heading_under_a_section_heading() -> None:
    page = ("<html><body><nav><a href='/aktuelles/'>Aktuelles</a></nav><main><h1>Aktuelles</h1>"
            "<h2><span class='dachzeile'>Stadtwerke</span> Neue Wasserleitung für die Altstadt</h2><p>Die Stadtwerke "
            "verlegen ab Montag eine neue Leitung unter der Hauptstraße, teilte die Stadt mit.</p></main>"
            "</body></html>")
    assert extract_article(page).title == "Neue Wasserleitung für die Altstadt"


def test_a_short_h1_ending_the_breadcrumb_is_a_section_only_beside_a_headline() -> None:
    trail = "<nav class='breadcrumb'><ol><li><a href='/'>Home</a></li><li>{last}</li></ol></nav>"
    text = ("<p>The council approved the budget on Tuesday with a large majority, the mayor said after the "
            "meeting.</p>")
    sidebar = "<aside><h2>More from the town hall this week and last</h2></aside>"
    # the h1 is the headline itself, the breadcrumb's last item: a heading further on (the sidebar's) is no headline
    alone = f"<html><body>{trail.format(last='Budget approved')}<main><h1>Budget approved</h1>{text}</main>{sidebar}"
    assert extract_article(alone + "</body></html>").title == "Budget approved"
    # the breadcrumb ends with the section that the h1 prints, and a headline is printed beside it
    beside = (f"<html><body>{trail.format(last='Council news')}<main><h1>Council news</h1>"
              f"<h2>Town council approves next year's budget</h2>{text}</main>{sidebar}</body></html>")
    assert extract_article(beside).title == "Town council approves next year's budget"
    # a folder of the page's address names the section too; a short h1 that names none stays
    folder = f"<html><body><main><h1>Council news</h1><h2>Town council approves next year's budget</h2>{text}</main>"
    assert extract_article(folder + "</body></html>", "https://town.example.org/council-news/budget").title \
        == "Town council approves next year's budget"
    assert extract_article(folder + "</body></html>", "https://town.example.org/news/budget").title == "Council news"


def test_a_us_address_ending_makes_slashed_dates_month_first() -> None:
    page = ("<html lang='en'><body><main><h1>Campus shuttle adds a late evening route</h1><p>Posted 03/04/2024</p>"
            "<p>The campus shuttle will run a late route on weeknights starting next week, the transit office "
            "said.</p></main></body></html>")
    assert extract_article(page, "https://news.northfield.example.edu/shuttle").published == "2024-03-04"
    assert extract_article(page, "https://www.city.example.gov/shuttle").published == "2024-03-04"
    assert extract_article(page, "https://news.northfield.example.edu.au/shuttle").published == "2024-04-03"
    assert extract_article(page, "https://news.northfield.example.org/shuttle").published == "2024-04-03"


def test_a_two_digit_year_is_read_only_in_an_element_that_holds_a_date() -> None:
    head = "<h1>Council extends programme</h1>"
    for element in ('<time>26.01.22, 14:30</time>', '<span itemprop="datePublished">26.01.22</span>',
                    '<span class="post-date">26.01.22</span>'):
        html = page(head + f"<p>Council press office {element}</p>" + PROSE, lang="de")
        assert extract_article(html).published.startswith("2022-01-26")
    # the same digits in plain text, or in an element of the update, are no date (a version, a reference number)
    for element in ("<span>26.01.22</span>", '<span class="date-modified">26.01.22</span>',
                    '<time>Version 26.01.22 of 3.4.22</time>'):
        assert extract_article(page(head + f"<p>{element}</p>" + PROSE, lang="de")).published is None
    # month first where the page writes so; a year from 70 on is the last century's
    assert extract_article(page(head + "<p><time>12/16/98 9:40am</time></p>" + PROSE, lang="en-US")).published \
        == "1998-12-16T09:40:00-05:00"


def test_a_byline_that_counts_comments_is_the_articles_byline() -> None:
    head = "<h1>Council extends programme</h1>"
    byline = '<div class="entry-meta social-comments-above"><span class="date">10 April 2018</span></div>'
    assert extract_article(page(head + byline + PROSE)).published == "2018-04-10"
    # a comment's own line is a comment's, even right under the headline
    comment = '<div class="comment-meta"><span class="date">12 April 2018</span></div>'
    line = "<p>Council press office</p><p>10 April 2018</p>"
    assert extract_article(page(head + comment + PROSE + line)).published == "2018-04-10"


def test_the_headline_date_is_read_at_the_pages_own_h1_when_the_title_names_a_heading_further_on() -> None:
    from feeds.sources.article.common import _parse
    from feeds.sources.article.dates import _published
    related = "<aside class='box'><h3>Harbour works begin next spring</h3><p>2 March 2019</p></aside>"
    html = page("<h1>Council extends the reading programme</h1><p class='by'>Town office, 10 April 2018</p>"
                + PROSE + "<h2>Harbour works begin next spring</h2><p>The harbour works begin on 2 March 2019 "
                "and last a year.</p>" + PROSE + related)
    doc = _parse(html)
    # a title that names the text's section heading (a title read wrong): the date is still the headline's
    assert _published(doc, {}, {}, "Harbour works begin next spring", None, None, "en") == ("2018-04-10", "text")
    # a section's name printed as the h1 right over the headline stays a section's name: the headline's heading
    section = page("<p class='top'>Friday, 13 April 2018</p><h1>Newsroom</h1><h2>Council extends the reading "
                   "programme</h2><p>Published 10 April 2018</p>" + PROSE)
    assert _published(_parse(section), {}, {}, "Council extends the reading programme", None, None, "en") \
        == ("2018-04-10", "text")


def test_a_utc_instant_printed_nowhere_is_shown_in_the_zone_of_the_pages_language() -> None:
    head = '<meta property="article:published_time" content="2024-03-14T23:40:00Z">'
    body = "<h1>Council extends programme</h1>" + PROSE
    assert extract_article(page(body, head, lang="de")).published == "2024-03-15T00:40:00+01:00"
    assert extract_article(page(body, head, lang="ja")).published == "2024-03-15T08:40:00+09:00"
    assert extract_article(page(body, head, lang="en-AU")).published == "2024-03-15T10:40:00+11:00"
    # the same day in the zone: as written
    assert extract_article(page(body, head, lang="en-US")).published == "2024-03-14T23:40:00Z"
    # a language written in zones hours apart, with no region, keeps the instant as written; so does an offset
    assert extract_article(page(body, head, lang="en")).published == "2024-03-14T23:40:00Z"
    assert extract_article(page(body, head, lang="es")).published == "2024-03-14T23:40:00Z"
    offset = '<meta property="article:published_time" content="2024-03-14T23:40:00-05:00">'
    assert extract_article(page(body, offset, lang="de")).published == "2024-03-14T23:40:00-05:00"


def test_a_metadata_date_printed_as_the_update_after_an_unlabelled_day_loses_to_that_day() -> None:
    head = '<meta property="article:published_time" content="2024-02-12T09:15:00+01:00">'
    line = "<p>Von Tom Reiter · 06.02.2024, 16:20 Uhr · Aktualisiert am 12.02.2024, 09:15 Uhr</p>"
    html = page("<h1>Council extends programme</h1>" + line + PROSE, head, lang="de")
    assert extract_article(html).published == "2024-02-06T16:20:00+01:00"
    # an unlabelled day after the update's is no publication: the metadata stands
    later = "<p>Aktualisiert am 12.02.2024 · 14.02.2024</p>"
    assert extract_article(page("<h1>Council extends programme</h1>" + later + PROSE, head, lang="de")).published \
        == "2024-02-12T09:15:00+01:00"


def test_a_labelled_publication_day_wins_over_a_metadata_day_more_than_a_day_away() -> None:
    line = "<p>Published on 10 April 2018</p>"
    for meta_day, published in (("2018-04-18T09:00:00+02:00", "2018-04-10"),
                                ("2018-04-11T01:00:00+02:00", "2018-04-11T01:00:00+02:00")):
        head = f'<meta property="article:published_time" content="{meta_day}">'
        assert extract_article(page("<h1>Council extends programme</h1>" + line + PROSE, head)).published == published
    # an unlabelled date beside the headline does not overrule the metadata
    head = '<meta property="article:published_time" content="2018-04-18T09:00:00+02:00">'
    html = page("<h1>Council extends programme</h1><p>10 April 2018</p>" + PROSE, head)
    assert extract_article(html).published == "2018-04-18T09:00:00+02:00"


def test_a_date_of_the_day_over_the_sites_header_or_menu_is_not_the_headlines() -> None:
    lead = "<p>" + "A long standfirst that tells the story in a few more words than a byline would hold. " * 4 + "</p>"
    article = "<main><h1>Council extends programme</h1>" + lead + "<p>By Jo Lee · 12 February 2024</p>" + PROSE
    for top in ("<div class='bar'>Thursday, 15 February 2024</div><header><a href='/'>Gazette</a></header>",
                "<header><span>Thursday, 15 February 2024</span> <a href='/'>Gazette</a></header>",
                "<div class='bar'>Thursday, 15 February 2024</div><nav><a href='/news'>News</a></nav>"):
        assert extract_article(page(top + article + "</main>")).published == "2024-02-12"
    # a date line between the menu and the headline is the headline's
    line = "<nav><a href='/news'>News</a></nav><main><p>12 February 2024</p><h1>Council extends programme</h1>"
    assert extract_article(page(line + lead + PROSE + "</main>")).published == "2024-02-12"


def test_a_list_of_other_items_with_their_dates_is_not_the_headlines_date() -> None:
    items = ("<ul><li><a href='/a'>Harbour works begin next spring</a> 30 January 2024</li>"
             "<li><a href='/b'>New ferry for the islands</a> 22 January 2024</li></ul>")
    html = page("<h1>Council extends programme</h1>" + items + "<p>Press office · 12 February 2024</p>" + PROSE)
    assert extract_article(html).published == "2024-02-12"
    # one item alone, or items whose text says more than a date beside the link, are read as before
    one = "<ul><li><a href='/a'>Harbour works begin next spring</a> 30 January 2024</li></ul>"
    assert extract_article(page("<h1>Council extends programme</h1>" + one + PROSE)).published == "2024-01-30"


def test_a_two_digit_year_followed_by_a_time_is_a_day() -> None:
    for line, published in (("Von Paula Lenz | 09.03.24, 17:45 Uhr", "2024-03-09T17:45:00+01:00"),
                            ("Paula Lenz · 09.03.24 um 17:45", "2024-03-09T17:45:00+01:00")):
        html = page(f"<h1>Council extends programme</h1><p>{line}</p>" + PROSE, lang="de")
        assert extract_article(html).published == published
    # with no time after it, a version or a reference number stays what it is
    html = page("<h1>Council extends programme</h1><p>Fahrplan 09.03.24 ab sofort</p>" + PROSE, lang="de")
    assert extract_article(html).published is None


def test_an_update_date_is_the_pages_date_only_when_it_prints_no_other() -> None:
    head = "<h1>Council extends programme</h1>"
    html = page(head + "<p>Stand: 18.04.25, 11:20 Uhr</p>" + PROSE, lang="de")
    assert extract_article(html).published == "2025-04-18T11:20:00+02:00"
    both = page(head + "<p>Stand: 18.04.25, 11:20 Uhr · veröffentlicht am 14.04.2025</p>" + PROSE, lang="de")
    assert extract_article(both).published == "2025-04-14"
    # an address that names a day names the publication's
    assert extract_article(html, "https://town.example/2025/04/15/programme").published == "2025-04-15"


def test_the_metadata_day_is_compared_with_the_update_in_the_publishers_day() -> None:
    head = '<meta property="article:published_time" content="2022-01-27T03:45:00Z">'
    line = "<p>Jan 26, 2022 / 10:45 PM EST / Updated Jan 27, 2022 / 9:00 AM EST</p>"
    html = page("<h1>Council extends programme</h1>" + line + PROSE, head, lang="en-US")
    assert extract_article(html).published == "2022-01-26T22:45:00-05:00"
