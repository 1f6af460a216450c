"""Publication and modification dates: JSON-LD, meta, <time>, visible dates near the headline (read by the
project's one date grammar, normalise/when.py), htmldate's reading of the page, the URL; and the choice
between them by agreement and position.

Evidence, strongest first: the publisher's metadata (JSON-LD datePublished, meta elements, microdata)
is kept as given; when a date printed near the headline names the next or previous day, the metadata's
instant is shown in the offset the printed time of day implies, else in the usual zone of the page's
language and region ("en-US": New York; the lang tag's region, else the address's country code, else "US" for a
page in English or Spanish whose dates with slashes read only month first), if that
makes the days agree (a "Z" instant keeps its meaning, the publisher's calendar day comes back); a
UTC instant that the page's other metadata states with the publisher's offset is shown in that offset; one
the page does not print near its headline, in the zone of a language written in one zone ("de": Berlin) or of a
region given ("en-AU"), where that zone's day differs from UTC's; a metadata date that the page prints as its
update, beside a date it labels as the publication or an earlier one it prints unlabelled, loses to that date,
and so does one more than a day away from the publication date the page labels next to its headline.
Without metadata: a labelled date near the headline ("Veröffentlicht am 26. Januar 2022", "Data publikacji:
14.09.2023"), a `<time>` in the article, an unlabelled date next to the headline, htmldate (used also to break a
tie between a `<time>` and the headline's date), a date element elsewhere outside the page furniture, the URL,
and last a date next to the headline announced as the update ("Stand: 26.01.22, 14:30 Uhr": the only day the
page states for the article). A numeric date with a two-digit year is read only in an element that says it holds
a date ("<time>12/16/16 12:21pm</time>") or followed by a time of day ("09.03.24, 17:45 Uhr"): this century's
year, 70-99 the last. Dates announced as updates ("Mis à jour le", "Ostatnia modyfikacja") are otherwise never
the publication date, nor are the dates of a list of dated links (an archive column: "16 May 2023", "15 May
2023" side by side) or of links to other items each with its date beside it, nor a date inside a sentence of the
article past a byline's reach ("will be held on 14 June 2026 at the town hall": an event; it does not
corroborate htmldate either). The headline is the heading like the title, or the page's only `<h1>` of its own
when that comes first and the title's heading lies past a byline's reach after it (a title read from a heading
further on: a section of the text, a sidebar's box). Near the headline means by position: the first date under
it within a byline's reach, else the nearest date over it (not a top bar's date of the day further up, nor one
in or before the site's header or a menu), else the first date under it; the text of a column that holds the
headline is read even where the layout calls it a sidebar. Metadata values are returned as written; dates read
from the page's text as ISO 8601 (the calendar day as printed).

Part of feeds.sources.article (see its docstring); pure, like all of it.
"""
from __future__ import annotations

import copy
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml.html import HtmlElement

from ...normalise.when import find_stated, with_full_years
from ...normalise.zones import REGION_ZONES, usual_zone
from .common import (_DATE_CLASS, _DATE_LABEL, _DATE_PREFIX_RE, _META_MODIFIED, _META_PUBLISHED, _SKIP_TAGS, _text,
                     _UPDATED_PREFIX_RE, _URL_DATE_RE, _class_words, _clean, _in_content, _is_furniture, _select)
from .jsonld import _ld_text
from .metadata import _home_link_only
from .shortyears import _YEAR_RE, _era_marks_blanked, _short_year_written_whole, _timed_short_years_whole
from .sitename import _similar, _site_key

# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Seen:
    """A date printed on the page: ISO text, its calendar day, and whether a publication label announced it."""

    value: str
    day: date
    labelled: bool


def _published(doc: HtmlElement, meta: dict[str, str], article_ld: dict, title: str | None,
               selector: str | None, base: str | None, language: str | None = None) -> tuple[str | None, str | None]:
    """(date text, which evidence gave it): see the module's docstring for the order."""
    language = _month_first_page(_with_address_region(language, base), doc)
    if selector:
        for element in _select(doc, selector):
            value = element.get("datetime") or element.get("content") or _text(element)
            if value and value.strip():
                return value.strip(), "selector"
    near = _headline_date(doc, title, language)
    given = _metadata_date(doc, meta, article_ld, language)
    if given is not None:
        return _from_metadata(given, near, doc, meta, title, language)
    if near is not None and near.labelled:
        return near.value, "text"
    if value := _time_element(doc):
        if near is not None and _day(value) != near.day and _htmldate(doc, base) == near.day.isoformat():
            return near.value, "text"
        return value, "time"
    if near is not None:
        return near.value, "text"
    if value := _corroborated(_htmldate(doc, base), doc, base, language):
        return _or_update(value, "url" if value == _url_date(base) else "htmldate", doc, title, language)
    return _last_resort(doc, title, base, language)


def _or_update(value: str, source: str, doc: HtmlElement, title: str | None, language: str | None) -> tuple[str, str]:
    """(value, source), the source "updated" when the page prints the value's day next to the headline only as an
    update ("Actualizado: 14/06/2024"), no publication date anywhere: the only day the page gives, which a reader
    must know is the last change's."""
    day = _day(value)
    return value, "updated" if day is not None and day in _update_days(doc, title, language) else source


def _last_resort(doc: HtmlElement, title: str | None, base: str | None,
                 language: str | None) -> tuple[str | None, str | None]:
    """A date element outside the furniture, else the URL's date, else the update's date next to the headline
    (the only day the page states for the article: source "updated"), else none."""
    if value := _date_element(doc, language):
        return value, "text"
    if value := _url_date(base):
        return value, "url"
    if updates := _update_dates(doc, title, language):
        return updates[0].value, "updated"
    return None, None


def _with_address_region(language: str | None, base: str | None) -> str | None:
    """The page's language tag with the region its address names when the tag names none ("en" on
    news.example.com.au: "en-AU"), so that a time printed with no zone is read in that region's zone (and a
    numeric date in its order). Only a country code that ends the host and, with the language, makes a pair of
    `REGION_ZONES` (a language that country speaks): "en" on a .io or .de host stays "en". The USA's own
    endings (.edu, .gov, .mil, .us) name the USA."""
    if not language or "-" in language or not base:
        return language
    country = (urlsplit(base).hostname or "").rsplit(".", 1)[-1].lower()
    country = "us" if country in ("edu", "gov", "mil") else country
    return f"{language}-{country.upper()}" if f"{language.lower()}-{country}" in REGION_ZONES else language


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}(?![\d/])")


def _month_first_page(language: str | None, doc: HtmlElement) -> str | None:
    """"en-US" for a page in English (or Spanish) with no region whose dates with slashes are written month first:
    one of them reads only so ("02/27/2024": no 27th month) and none only day first ("27/02/2024"). Then
    "03/04/2024" beside it is 4 March, as the page writes its dates; else the tag unchanged."""
    if not language or language.lower() not in ("en", "es"):
        return language
    body = doc.find("body")
    orders = {int(first) <= 12 for first, second in _SLASHED.findall(_text(body) if body is not None else "")
              if (int(first) <= 12) != (int(second) <= 12)}
    return f"{language}-US" if orders == {True} else language


def _metadata_date(doc: HtmlElement, meta: dict[str, str], article_ld: dict,
                   language: str | None = None) -> tuple[str, str] | None:
    """JSON-LD datePublished (or dateCreated), the meta elements, microdata: (value as written, source)."""
    value = _ld_text(article_ld.get("datePublished")) or _ld_text(article_ld.get("dateCreated"))
    if _plausible_date(value):
        return value, "json-ld"
    for key in _META_PUBLISHED:
        if _plausible_date(meta.get(key)):
            return meta[key], "meta"
    if microdata := _itemprop_value(doc, "datepublished", language):
        return microdata, "meta"
    return None


def _with_stated_offset(value: str, doc: HtmlElement, meta: dict[str, str]) -> str:
    """A UTC instant ("Z", "+00:00") that the page's other evidence (the meta elements, microdata, a
    `<time datetime>`) states as the same instant with another offset, shown in that offset: the
    publisher's own clock, so its calendar day. The instant itself never changes; unchanged otherwise."""
    instant = _instant(value)
    if instant is None or instant.utcoffset() != timedelta(0):
        return value
    stated = [meta.get(key) for key in _META_PUBLISHED]
    stated += [element.get("content") or element.get("datetime") for element in doc.xpath("//*[@itemprop]")
               if "datepublished" in (element.get("itemprop") or "").lower().split()]
    stated += [element.get("datetime") for element in doc.iter() if _is_time(element)]
    for other in stated:
        local = _instant(other)
        if local is not None and local == instant and local.utcoffset() != timedelta(0):
            return (other or "").strip()
    return value


def _instant(value: str | None) -> datetime | None:
    """An ISO 8601 instant with its offset, or None (no time zone, or not ISO 8601)."""
    if not value or "T" not in value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _day(value: str) -> date | None:
    """The calendar day an ISO 8601 value names, as written (no conversion)."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _in_publisher_day(value: str, near: _Seen | None, language: str | None) -> str:
    """The metadata's instant, shown in the publisher's offset when the headline's printed date is the day
    before or after the one the instant names as written (typically a "Z" instant just after local
    midnight): the offset the printed time of day implies (the page prints "Dec. 22, 2016, 6:47 p.m." for
    00:47Z on the 23rd: -06:00), else the usual zone of the page's language and region; unchanged when neither gives the
    printed day. The instant itself never changes."""
    written = _day(value)
    if near is None and written is not None:
        return _in_language_zone(value, language)
    if near is None or written is None or abs(near.day - written) != timedelta(days=1):
        return value
    try:
        instant = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    if instant.tzinfo is None:
        return value
    if (local := _at_printed_time(instant, near)) is not None:
        return local.isoformat()
    zone = usual_zone(language)
    local = instant.astimezone(ZoneInfo(zone)) if zone is not None else None
    if local is not None and local.date() == near.day:
        return local.isoformat()
    return (_nearest_offset_on(instant, near.day) or value) if near.labelled else value


def _nearest_offset_on(instant: datetime, day: date) -> str | None:
    """A UTC instant shown in the whole-hour offset nearest to UTC (UTC-12 to UTC+14) whose wall clock puts it on
    the day a publication label prints beside the headline ("Posted on: March 4, 2024" for 07:30Z on the 5th:
    23:30 at -08:00), where the usual zone of the page's language does not: the publisher's clock, whatever its
    zone. None for another offset than UTC's or no such offset. The instant itself never changes."""
    if instant.utcoffset() != timedelta(0):
        return None
    for hours in sorted(range(-12, 15), key=abs):
        local = instant.astimezone(timezone(timedelta(hours=hours)))
        if local.date() == day:
            return local.isoformat()
    return None


# Languages written in zones hours apart (English, Spanish, Portuguese, French, Arabic, Russian: their usual zone
# is only their largest press's): a UTC instant on such a page is shown in a zone only when a region is known.
_SPREAD_LANGUAGES = frozenset({"en", "es", "pt", "fr", "ar", "ru"})


def _in_language_zone(value: str, language: str | None) -> str:
    """A UTC instant ("Z", "+00:00") that the page does not print near its headline, shown in the zone its
    language and region are written in (a page in German: Berlin, "en-US": New York): the publisher's calendar
    day, not UTC's (23:30Z on 26 January is 00:30 on the 27th in Berlin). Only where that zone is the writers'
    own: a language of one zone, or a region given; as written otherwise, and where the day is the same. The
    instant itself never changes."""
    instant = _instant(value)
    tag = (language or "").lower()
    zone = usual_zone(language)
    if instant is None or instant.utcoffset() != timedelta(0) or zone is None or (
            tag.split("-")[0] in _SPREAD_LANGUAGES and tag not in REGION_ZONES):
        return value
    local = instant.astimezone(ZoneInfo(zone))
    return local.isoformat() if local.date() != instant.date() else value


def _at_printed_time(instant: datetime, near: _Seen) -> datetime | None:
    """The instant in the fixed offset (a whole quarter hour, UTC-12 to UTC+14) at which its wall clock reads
    the printed date and time to the minute; None when the page prints no time or no such offset exists."""
    if len(near.value) <= 10:
        return None
    try:
        printed = datetime.fromisoformat(near.value).replace(tzinfo=None)
    except ValueError:
        return None
    utc = instant.astimezone(timezone.utc).replace(tzinfo=None)
    quarters = round((printed - utc) / timedelta(minutes=15))
    if not -48 <= quarters <= 56:
        return None
    offset = timedelta(minutes=15 * quarters)
    if (utc + offset).replace(second=0, microsecond=0) != printed.replace(second=0, microsecond=0):
        return None
    local = instant.astimezone(timezone(offset))
    return local if local.date() == near.day else None


def _corroborated(day: str | None, doc: HtmlElement, base: str | None, language: str | None) -> str | None:
    """htmldate's day when the page prints it somewhere (read by the one grammar) other than inside a sentence
    of prose (an event the article tells of, `_in_running_text`), or the URL says it: alone, htmldate also
    guesses (a copyright year becomes 1 January, an event's day the publication's)."""
    if day is None or day == _url_date(base):
        return day
    body = doc.find("body")
    text = _text(body)[:20000] if body is not None else ""
    return day if any(stated.when.date().isoformat() == day and not _in_running_text(text, match.start(), match.end())
                      for match, stated in find_stated(text, language, language)) else None


_HTMLDATE_MAX_ELEMENTS = 10_000


def _htmldate(doc: HtmlElement, base: str | None) -> str | None:
    """htmldate's reading of the page (publication date, not the last update), YYYY-MM-DD; None if none.
    It gets a copy of the tree and the page's URL as text (it never fetches anything given a tree). Not run on
    pages of over 10,000 elements: its copy and text search would cost more than the rest of the extraction."""
    if sum(1 for _ in islice(doc.iter(), _HTMLDATE_MAX_ELEMENTS + 1)) > _HTMLDATE_MAX_ELEMENTS:
        return None
    from htmldate import find_date
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return find_date(copy.deepcopy(doc), extensive_search=True, original_date=True, url=base or "",
                             deferred_url_extractor=True)
        except (ValueError, TypeError, OverflowError):
            return None


def _is_time(element: HtmlElement) -> bool:
    """<time datetime> or a custom element like <relative-time datetime>."""
    tag = element.tag
    return (isinstance(tag, str) and (tag == "time" or (tag.endswith("-time") or tag.startswith("time-")))
            and _plausible_date(element.get("datetime")))


def _plausible_date(value: str | None) -> bool:
    """Whether a machine-readable date value looks like a date (a year, no run of many digits)."""
    return bool(value and len(value) < 80 and re.search(r"(?:19|20)\d{2}", value)
                and not re.search(r"\d{9,}", value))


def _modified(meta: dict[str, str], article_ld: dict) -> str | None:
    """The modification date: JSON-LD dateModified, else the meta elements."""
    value = _ld_text(article_ld.get("dateModified"))
    if _plausible_date(value):
        return value
    return next((meta[key] for key in _META_MODIFIED if _plausible_date(meta.get(key))), None)


def _itemprop_value(doc: HtmlElement, name: str, language: str | None = None) -> str | None:
    """A date given by microdata (itemprop=name): its content/datetime attribute as written, or the first date
    its text prints, read by the one grammar (<span itemprop="datePublished">Dec. 13, 2016, 12:31 PM UTC /
    Updated ...</span>: a text that says more than a date is no machine value)."""
    for element in doc.xpath("//*[@itemprop]"):
        if name in (element.get("itemprop") or "").lower().split():
            value = element.get("content") or element.get("datetime")
            if _plausible_date(value):
                return (value or "").strip()
            if not value and (found := _find_date(_text(element)[:200], False, language)):
                return found[0].value
    return None


def _time_element(doc: HtmlElement) -> str | None:
    """`<time datetime>` of the article: inside <article>/<main> if any, publication date first."""
    scopes = list(doc.iter("article", "main"))
    times = [t for scope in scopes for t in scope.iter() if _is_time(t) and not _elsewhere(t)]
    if not times:
        times = [t for t in doc.iter() if _is_time(t) and not _elsewhere(t)]
    if not times:
        return None

    def rank(t: HtmlElement) -> int:
        words = " ".join(_class_words(t)) + " " + (t.get("itemprop") or "").lower()
        if t.get("pubdate") is not None or "publish" in words:
            return 0
        if re.search(r"update|modif", words):
            return 2
        return 1

    return min(times, key=rank).get("datetime").strip()


_OTHER_ITEMS = frozenset({"comment", "comments", "related", "sidebar", "widget", "teaser", "teasers", "recommended",
                          "popular", "latest", "more", "reply", "replies"})


def _elsewhere(element: HtmlElement) -> bool:
    """Whether an element is in the page furniture or among other items (comments, related articles,
    sidebars and their widgets), whose dates are not the article's."""
    return _is_furniture(element) or any(map(_other_items, element.iterancestors()))


_OWN_META = frozenset({"entry", "post", "article", "story"})


def _other_items(element: HtmlElement) -> bool:
    """Whether an element's class or id names other items (comments, related articles, sidebars and their
    widgets), not the article's own byline: "entry-meta social-comments-above" is the article's byline with a
    comment counter, "comment-meta" a comment's."""
    words = set(_class_words(element))
    if not words & _OTHER_ITEMS:
        return False
    own = "byline" in words or ("meta" in words and bool(words & _OWN_META))
    return not own or bool(words & {"comment", "reply"})


def _headline_date(doc: HtmlElement, title: str | None, language: str | None) -> _Seen | None:
    """A date printed next to the headline (after it: 1000 characters, before it: 300), a labelled one
    first, else a date in a label/value pair ("<dt>Published</dt><dd>..."), else the first unlabelled one."""
    before, after = _text_around_title(doc, title)
    before = before[-300:]
    if found := _nearest_date(before, after, True, language):
        return found
    if found := _labelled_date(doc, language):
        return found
    return _nearest_date(before, after, False, language)


def _from_metadata(given: tuple[str, str], near: _Seen | None, doc: HtmlElement, meta: dict[str, str],
                   title: str | None, language: str | None) -> tuple[str, str]:
    """The metadata's date as (value, source), shown in the publisher's day; or the headline's date labelled
    as the publication when the page prints the metadata's date as the update, or when the metadata names
    another day more than one day away (a page that labels its publication "Veröffentlicht am 6. Februar 2024"
    means that day; a content system may write its last save as the publication; a day apart is a zone's). The
    metadata's day is compared in the publisher's day (22:45 EST on the 26th, written 03:45Z on the 27th, is no
    update printed for the 27th)."""
    value = _in_publisher_day(_with_stated_offset(given[0], doc, meta), near, language)
    if near is not None and (_printed_as_update(value, near, doc, title, language)
                             or near.labelled and _days_apart(value, near.day) > 1):
        return near.value, "text"
    return value, given[1]


def _days_apart(value: str, day: date) -> int:
    """How many days the calendar day an ISO 8601 value names lies from `day` (0 when it names none)."""
    written = _day(value)
    return abs((written - day).days) if written is not None else 0


def _printed_as_update(value: str, near: _Seen, doc: HtmlElement, title: str | None,
                       language: str | None) -> bool:
    """Whether a metadata date is the update the page prints next to the headline, beside another day it
    labels as the publication ("Publié le 02 février 2024 | Mis à jour le 05 février 2024") or prints with no
    label before the update's day ("26.01.2022 | Aktualisiert am 03.02.2022": a page is published before it is
    updated)."""
    day = _day(value)
    return day is not None and day != near.day and (near.labelled or near.day < day) \
        and day in _update_days(doc, title, language)


def _update_days(doc: HtmlElement, title: str | None, language: str | None) -> set[date]:
    """The days printed next to the headline after an update label ("Mis à jour le 05 février 2024")."""
    return {seen.day for seen in _update_dates(doc, title, language)}


def _update_dates(doc: HtmlElement, title: str | None, language: str | None) -> list[_Seen]:
    """The dates printed next to the headline after an update label ("Mis à jour le 05 février 2024", "Stand:
    26.01.22, 14:30 Uhr"), over it first, as ISO text."""
    before, after = _text_around_title(doc, title)
    found = []
    for text in (before[-_OVERLINE_REACH:], after[:_BYLINE_REACH]):
        text = _era_marks_blanked(_timed_short_years_whole(text))
        for match, stated in find_stated(text, language, language):
            if _UPDATED_PREFIX_RE.search(text[max(0, match.start() - 40):match.start()]):
                found.append(_Seen(stated.iso(), stated.when.date(), False))
    return found


_BYLINE_REACH = 300   # characters after the headline where a byline's date is printed (a lead may come first)
_OVERLINE_REACH = 150  # characters before it where a date line over the headline is printed


def _nearest_date(before: str, after: str, prefixed: bool, language: str | None) -> _Seen | None:
    """The first date after the headline, unless it lies past the byline's reach and a date is printed just
    over the headline (then a related item's date at the end of a short article); else the last date
    before the headline (the nearest: a top bar's date of the day comes before the article's date)."""
    below = _find_date(after, prefixed, language, prose_from=_BYLINE_REACH)
    above = _find_date(before, prefixed, language, last=True)
    if below is not None and (below[1] <= _BYLINE_REACH or above is None
                              or len(before) - above[1] > _OVERLINE_REACH):
        return below[0]
    return above[0] if above is not None else None


def _date_element(doc: HtmlElement, language: str | None) -> str | None:
    """A date in an element whose class says date, outside the page furniture and a site's header, and not an
    update's."""
    for element in doc.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            continue
        words = " ".join(_class_words(element))
        if _DATE_CLASS.search(words) and not re.search(r"update|modif|chang", words) and not _elsewhere(element) \
                and not any(map(_headed_by_class, element.iterancestors())):
            text = _short_year_written_whole(element) or _text(element)
            if len(text) < 200 and (found := _find_date(text, False, language)):
                return found[0].value
    return None


def _labelled_date(doc: HtmlElement, language: str | None) -> _Seen | None:
    """A date in a label/value pair: <dt>Published</dt><dd>10 April 2018</dd>, table rows alike."""
    for label in doc.iter("dt", "th", "label", "strong", "b"):
        text = _text(label).rstrip(":： ")
        if not text or len(text) > 40 or not _DATE_LABEL.fullmatch(text) or _is_furniture(label):
            continue
        value = label.getnext()
        candidates = [label.tail or ""] + ([_text(value)] if value is not None else [])
        for candidate in candidates:
            if candidate.strip() and (found := _find_date(_clean(candidate)[:100], False, language)):
                return _Seen(found[0].value, found[0].day, True)
    return None


def _text_around_title(doc: HtmlElement, title: str | None) -> tuple[str, str]:
    """The visible text before and after the title (its heading, or where the page prints it)."""
    body = doc.find("body")
    if body is None:
        return "", ""
    anchor = _headline_anchor(body, title)
    before: list[str] = []
    after: list[str] = []
    size = 0
    holders = frozenset(anchor.iterancestors()) if anchor is not None else frozenset()
    seen = False
    for chunk, kind in _text_chunks(body, anchor, holders):
        if kind == "headline":
            before, after, size, seen = after, [], 0, True
            continue
        if kind == "masthead":
            if anchor is not None and not seen:
                after, size = [], 0
            continue
        after.append(chunk)
        size += len(chunk)
        if size > (1000 if anchor is not None and before else 30000):
            break
    if anchor is not None:
        return _clean(" ".join(before))[-300:], _clean(" ".join(after))[:1000]
    text = _clean(" ".join(after))
    position = _find_title(text, title) if title else None
    if position is None:
        return "", text[:1000]
    return text[max(0, position[0] - 300):position[0]], text[position[1]:position[1] + 1000]


def _headline_anchor(body: HtmlElement, title: str | None) -> HtmlElement | None:
    """The heading that prints the headline: the first `<h1>`-`<h3>` like the title; but the page's only
    `<h1>` of its own when that comes first and the title's heading is past a byline's reach after it (the
    title found is then a heading further on: a section of the text, a sidebar's box, whose dates are not the
    headline's; a section's name printed as the `<h1>` right over the headline stays a section's name)."""
    if not title:
        return None
    headings = list(body.iter("h1", "h2", "h3"))
    anchor = next((h for h in headings if _similar(_text(h), title)), None)
    if anchor is None or anchor.tag == "h1":
        return anchor
    own = [h for h in headings if h.tag == "h1" and _own_heading(h)]
    if len(own) != 1 or headings.index(own[0]) > headings.index(anchor):
        return anchor
    after = _clean(" ".join(chunk for chunk, _ in _text_chunks(body, None, frozenset(own[0].iterancestors()))))
    start = _find_title(after, _text(own[0]))
    return own[0] if start is not None and _find_title(after[start[1]:start[1] + _BYLINE_REACH], title) is None \
        else anchor


def _own_heading(heading: HtmlElement) -> bool:
    """Whether an `<h1>` may print the article's headline: it has text, and is not the site's (a logo, one link
    to the home page), nor in the page furniture, nor the alternative headline."""
    text = _text(heading)
    return bool(text) and not _home_link_only(heading, text) and not _is_furniture(heading) \
        and "alternativeheadline" not in (heading.get("itemprop") or "").lower() \
        and not any("logo" in _class_words(e) for e in heading.iter() if isinstance(e.tag, str))


def _find_title(text: str, title: str) -> tuple[int, int] | None:
    """Where the page's text prints the title (comparing letters and digits only), or None."""
    key = _site_key(re.sub(r"^\s*[\[(][^\])]{1,20}[\])]\s*", "", title))[:30]
    if len(key) < 8:
        return None
    letters: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        if char.isalnum() or char == "_":
            letters.append(char.lower())
            positions.append(index)
    found = "".join(letters).find(key)
    if found < 0:
        return None
    return positions[found], positions[found + len(key) - 1] + 1


def _is_dated_link(element: HtmlElement) -> bool:
    """A link whose text is a short date-like line ("March 2, 2024", "02.03.2024"): with others like it
    under one parent it is a list of links to other days or items (an archive), not the article's date."""
    if element.tag != "a":
        return False
    text = _text(element)
    return len(text) <= 40 and len(text.split()) <= 5 and bool(_YEAR_RE.search(text))


def _is_dated_item(element: HtmlElement) -> bool:
    """A list item holding a link to another item and a short date beside it ("<li><a>Buses run more often</a>
    20.01.2022</li>"): with others like it in one list, a list of other items (related, most read), whose dates
    are theirs, not the article's."""
    if element.tag != "li":
        return False
    links = [a for a in element.iter("a") if len(_text(a).split()) >= 2]
    if len(links) != 1:
        return False
    rest = _text(element).replace(_text(links[0]), " ", 1)
    return len(rest.strip()) <= 40 and bool(_YEAR_RE.search(rest))


def _text_chunks(root: HtmlElement, anchor: HtmlElement | None,
                 holders: frozenset[HtmlElement]) -> Iterator[tuple[str, str]]:
    """Visible text chunks in document order, each (text, "text"); ("", "headline") for the anchor, and
    ("", "masthead") where a navigation menu or, with an anchor, the site's header was (what comes before it, a
    top bar's date of the day, is no part of the article). Not the text of those, footer, aside and other items
    (comments, related, sidebars), unless they hold the anchor (`holders`: a column that the layout calls
    "sidebar-1" may hold the article)."""
    for element in root:
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            pass
        elif element not in holders and (element.tag == "nav" or anchor is not None and _site_header(element)):
            yield "", "masthead"
        elif element not in holders and (element.tag in ("footer", "aside") or _other_items(element)
                                         or _is_dated_link(element) and sum(map(_is_dated_link, root)) > 1
                                         or _is_dated_item(element) and sum(map(_is_dated_item, root)) > 1):
            pass
        elif element is anchor:
            yield "", "headline"
        elif (whole := _short_year_written_whole(element)) is not None:
            yield whole, "text"
        else:
            if element.text:
                yield element.text, "text"
            yield from _text_chunks(element, anchor, holders)
        if element.tail:
            yield element.tail, "text"


def _headed_by_class(element: HtmlElement) -> bool:
    """Whether an element is a site's header by its class ("td-header-wrap", "site-header"): outside `<article>`
    and `<main>`, no headline (`<h1>`, `<h2>`) in it; its date is the day's ("miércoles, 5 junio 2024"), not the
    article's."""
    return "header" in _class_words(element) and not _in_content(element) \
        and next(element.iter("h1", "h2"), None) is None


def _site_header(element: HtmlElement) -> bool:
    """Whether an element is the site's header: a `<header>` (or role="banner") outside `<article>` and `<main>`."""
    return (element.tag == "header" or element.get("role") == "banner") \
        and not _in_content(element)


def _find_date(text: str, prefixed: bool, language: str | None,
               last: bool = False, prose_from: int | None = None) -> tuple[_Seen, int] | None:
    """The first date written in a text, or with `last` the last one, with where it starts (`last`: where it
    ends); with `prefixed`, only one after "Published", "Veröffentlicht am"...; skipping dates announced as
    updates, and from `prose_from` on, unlabelled dates inside a sentence of prose (`_in_running_text`); read by
    the one date grammar, numeric dates day-first unless the page's locale is month-first ("en-US"), a labelled
    one's two-digit year as this century's ("פורסם: 22.01.25")."""
    found = None
    text = _era_marks_blanked(_timed_short_years_whole(with_full_years(text)))
    for match, stated in find_stated(text, language, language):
        preceding = text[max(0, match.start() - 40):match.start()]
        if _UPDATED_PREFIX_RE.search(preceding):
            continue
        labelled = bool(_DATE_PREFIX_RE.search(preceding))
        if not labelled and prose_from is not None and match.start() >= prose_from \
                and _in_running_text(text, match.start(), match.end()):
            continue
        if labelled or not prefixed:
            found = _Seen(stated.iso(), stated.when.date(), labelled), match.end() if last else match.start()
            if not last:
                return found
    return found


_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
_WORD = re.compile(r"[^\W\d_]+")


def _in_running_text(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] sits inside a sentence of prose: three words or more of its sentence
    before it, the last a lower-case word ("akan diadakan pada 14 Jun 2026", "findet am 3. Mai 2024"), and after
    it the sentence ends or goes on in lower case or after a comma ("... di dewan orang ramai.", "im Rathaus
    statt."): an event the article tells of, not the day it was published. A byline's date follows a name ("By
    Jane Doe 14 June 2026"), a dateline's opens its sentence ("BERLIN, 26. Januar 2022 –"); a script without
    letter case never reads as prose here (kept)."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    words = _WORD.findall(text[opening:start])
    if len(words) < 3 or not words[-1].islower() or not text[:start].rstrip().endswith(words[-1]):
        return False
    going_on = re.match(r"\s*([.!?。！？,]|[^\W\d_]+)", text[end:end + 60])
    return going_on is not None and (going_on.group(1) in ".!?。！？," or going_on.group(1).islower())


def _url_date(url: str | None) -> str | None:
    """A date in the URL's path (/2018/04/10/, 2018-04-10, 20180410) as YYYY-MM-DD."""
    if not url:
        return None
    match = _URL_DATE_RE.search(urlsplit(url).path)
    return "-".join(match.groups()) if match else None
