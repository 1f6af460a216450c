"""`normalise`: a RawRelease in, a Release out (the package's one pipeline; see the package docstring). Pure.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from ..config import SourceConfig
from ..errors import SkipFile
from ..model import RawRelease, Release
from .classifier import Classifier
from .dates import in_feed_window, read_date
from .html import html_from_paragraphs, paragraphs_from_html, plain_paragraphs, sanitise, text_of
from .geo import countries
from .identity import body_hash, content_hash, press_parts
from .language import detect
from .newswire import Newswire, blocks, read_newswire
from .press import strip_furniture
from .when import Stated
from .text import bounded, fold, join_paragraphs, summarise

MAX_TITLE = 300


def _title(raw: RawRelease) -> str:
    title = text_of(raw.title or "")
    if not title:
        raise SkipFile("no title")
    if len(title) > MAX_TITLE:
        cut = title[:MAX_TITLE - 1].rsplit(" ", 1)[0]
        title = cut + "…"
    return title


def _safe_link(url: str | None) -> str | None:
    if not url:
        return None
    url = "".join(url.split())
    return url if url.lower().startswith(("http://", "https://")) else None


def normalise(raw: RawRelease, source: SourceConfig, classifier: Classifier, now: datetime,
              base_url: str = "") -> Release:
    """Make a Release of `raw`, or raise SkipFile saying why it is not a release. `classifier` places it
    in topics (the one the composition root built: `classifier.load_classifier`)."""
    if raw.body_text is not None:
        given_blocks = blocks(raw.body_text)
    elif raw.body_html is not None:
        given_blocks = paragraphs_from_html(raw.body_html, keep_lines=True)
    else:
        given_blocks = []
    zone = source.timezone if source.timezone and source.timezone != "UTC" else None
    hint_language = detect(((raw.title or "") + "\n" + "\n".join(given_blocks))[:3000], raw.language)
    wire = read_newswire(given_blocks, text_of(raw.title) if raw.title else None, hint_language,
                         source.locale or None, zone, _safe_link(raw.url))
    title = _title(raw)
    found = wire.paragraphs
    parts = strip_furniture(found, title, now)
    paragraphs = bounded(parts.paragraphs)
    if not paragraphs and given_blocks and fold(" ".join(given_blocks)) == fold(title):
        paragraphs = [title]      # a headline-only item (a feed gives its title as its text): the title is all
    if not paragraphs:
        raise SkipFile("no body text")
    link = _safe_link(raw.url)
    when = _dating(raw, source, wire, parts.dateline_date, now)
    published, estimated, offset, given_date, embargo = (when.published, when.estimated, when.offset,
                                                         when.given_date, when.embargo)
    body_text = join_paragraphs(paragraphs)
    # An HTML body keeps its structure (lists, links) unless furniture had to be cut out of it;
    # then, like a text body, it becomes escaped paragraphs. Either way nothing unsafe survives.
    body_html = ""
    if (raw.body_text is None and raw.body_html is not None
            and paragraphs == plain_paragraphs(raw.body_html, given_blocks)):
        body_html = sanitise(raw.body_html, link or base_url or None)
    if not body_html:
        body_html = html_from_paragraphs(paragraphs)
    dateline = wire.dateline or parts.dateline or (text_of(raw.dateline) if raw.dateline else None) or None
    if given_date is not None:
        dateline = f"{dateline + ' · ' if dateline else ''}dated {given_date.day} {given_date:%B %Y} by the publisher"
    language = detect(title + "\n" + body_text, raw.language)
    matches = classifier.classify(title, body_text, tuple(raw.topics) + tuple(source.topics), language)
    return Release(
        source_id=source.id,
        source_name=source.name,
        origin=raw.origin,
        title=title,
        link=link,
        published=published,
        published_estimated=estimated,
        dateline=dateline,
        summary=text_of(raw.summary or "") or wire.standfirst or summarise(paragraphs),
        body_text=body_text,
        body_html=body_html,
        language=language,
        topics=matches,
        content_hash=content_hash(title, published, estimated, body_text, link, dateline, language,
                                  sorted(raw.topics),
                                  press_parts(embargo, offset, wire.notes, tuple(c.as_dict() for c in wire.contacts))),
        body_hash=body_hash(body_text),
        countries=countries(title, body_text),
        embargo_until=embargo,
        notes=wire.notes,
        contacts=tuple(c.as_dict() for c in wire.contacts),
        published_offset=offset,
        stated=when.printed,
        date_source=when.source,
    )


def _with_offset(value: str | datetime | None, utc: datetime | None) -> datetime | None:
    """The date a format gives, in the offset it was written with (ISO 8601 text or an aware datetime)."""
    if utc is None:
        return None
    written = value
    if isinstance(value, str):
        try:
            written = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return utc
    if isinstance(written, datetime) and written.tzinfo is not None and written.utcoffset() is not None:
        return utc.astimezone(written.tzinfo)
    return utc


# Where a release's date comes from, as `feeds extract` says (`date_source`): the article extractor's evidence
# ("selector", "json-ld", "meta", "time", "htmldate", "text", "url", or "updated": the only day the page states
# for the article is its update's), a date line above the headline ("date line"),
# the dateline ("dateline"), the embargo, a news sitemap, the listing page that links a PDF or Word file, or the
# format's own date field ("source": front matter, JSON, a feed entry).
DATE_SOURCES = ("selector", "json-ld", "meta", "time", "htmldate", "text", "url", "updated", "date line", "dateline",
                "embargo", "sitemap", "listing", "source")


def _date_source(wire: Newswire, dateline_date: datetime | None, given: str | None) -> str:
    """Which evidence `stated_date` took (it prefers a date line, then the dateline, then the format's date)."""
    if wire.date is not None:
        return "date line"
    if wire.dateline_date is not None or dateline_date is not None:
        return "dateline"
    return given or "source"


def stated_date(wire: Newswire, given: datetime | None, dateline_date: datetime | None) -> Stated | None:
    """The date the release states: a date line above the headline, else the dateline's, else the one its
    format gives (front matter, page metadata); a day-only text date takes the format's time that day."""
    text = wire.date or wire.dateline_date
    if text is None and dateline_date is not None:
        text = Stated(dateline_date, False)
    if text is None:
        return Stated(given, given.time() != datetime.min.time() or given.utcoffset() != timezone.utc.utcoffset(None)) \
            if given is not None else None
    if not text.has_time and given is not None and given.date() == text.when.date() \
            and given.time() != datetime.min.time():
        return Stated(given, True)
    return text


@dataclass(frozen=True)
class _Dating:
    """When a release was published, as `normalise` decides it from what the publisher stated."""

    published: datetime
    estimated: bool                  # no usable stated date: dated when found
    offset: int | None               # the publisher's UTC offset in minutes, when they stated a time
    given_date: datetime | None      # a stated date kept out of feeds (outside their window): shown in the dateline
    embargo: datetime | None
    printed: str | None              # the stated date as the publisher gave it (ISO)
    source: str | None               # which evidence gave the date (DATE_SOURCES); None when estimated


def _embargo_day(stated: Stated, embargo: Stated) -> bool:
    """A day stated without a time that is the embargo's own day (in the embargo's offset): the release
    is of that day, and the embargo says at what time (a page that prints "10 July 2025" and "Embargoed
    until 00:01 BST, 10 July 2025" is published at 00:01 BST)."""
    return not stated.has_time and stated.when.date() == embargo.when.date()


def _dating(raw: RawRelease, source: SourceConfig, wire: Newswire, dateline_date: datetime | None,
            now: datetime) -> _Dating:
    tz = ZoneInfo(source.timezone) if source.timezone and source.timezone != "UTC" else timezone.utc
    given = read_date(raw.published, tz, source.date_formats, raw.language)
    stated = stated_date(wire, _with_offset(raw.published, given), dateline_date)
    evidence = _date_source(wire, dateline_date, raw.date_source) if stated is not None else None
    embargo = wire.embargo.utc if wire.embargo is not None else None
    if wire.embargo is not None and (stated is None or _embargo_day(stated, wire.embargo)):
        stated, evidence = wire.embargo, "embargo"
    given_date = stated.utc if stated is not None else None
    printed = stated.iso() if stated is not None else None
    # An embargoed release appears at its embargo instant, dated then unless it states a later date.
    if embargo is not None and given_date is not None and given_date < embargo:
        given_date = embargo
        stated, evidence = wire.embargo, "embargo"
    # A date outside the window feeds accept (before 1990, over a day ahead) is not the release's date in
    # feeds: it stays in the dateline as the publisher gave it, and the release is dated (estimated) when found.
    # A date stated outside the page (a news sitemap's, a listing's) counts only after the page's own and the
    # dateline's.
    # An embargoed release's future date is its date: it is shown from then on, not before.
    hint = read_date(raw.date_hint, tz, source.date_formats)
    published = next((d for d in (given_date, hint) if d is not None
                      and (in_feed_window(d, now) or (embargo is not None and d == embargo))), None)
    if published is not None:
        evidence = evidence if published == given_date else (raw.date_hint_from or "sitemap")
        given_date = None
    estimated = published is None
    if published is None:
        evidence = None
        published = (raw.modified or now).astimezone(timezone.utc)
        published = published if in_feed_window(published, now) else now.astimezone(timezone.utc)
    offset = None
    if not estimated and stated is not None and stated.has_time and published == stated.utc:
        delta = stated.when.utcoffset()
        offset = int(delta.total_seconds() // 60) if delta is not None else None
    return _Dating(published, estimated, offset, given_date, embargo, printed, evidence)
