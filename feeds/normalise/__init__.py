"""Normalisation: a RawRelease in, a Release out. Pure: no I/O, `now` is passed in.

Press-release layout (repeated title, `Source:` lines, datelines, furniture) is understood here,
for every format and every source kind, so folder files and scraped pages are treated alike.

Imports: model, errors, config (topic definitions) and the text libraries; never the store, the
network edge, sources or the web.
"""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from ..config import SourceConfig
from ..errors import SkipFile
from ..model import RawRelease, Release
from .classifier import Classifier
from .dates import in_feed_window, read_date
from .html import html_from_paragraphs, paragraphs_from_html, sanitise, text_of
from .geo import countries
from .identity import body_hash, content_hash
from .language import detect
from .press import strip_furniture
from .text import bounded, fold, join_paragraphs, split_paragraphs, summarise

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
    title = _title(raw)
    if raw.body_text is not None:
        found = split_paragraphs(raw.body_text)
    elif raw.body_html is not None:
        found = paragraphs_from_html(raw.body_html)
    else:
        found = []
    tz = ZoneInfo(source.timezone) if source.timezone and source.timezone != "UTC" else timezone.utc
    parts = strip_furniture(found, title, now)
    paragraphs = bounded(parts.paragraphs)
    if not paragraphs and found and fold(" ".join(found)) == fold(title):
        paragraphs = [title]      # a headline-only item (a feed gives its title as its text): the title is all
    if not paragraphs:
        raise SkipFile("no body text")
    link = _safe_link(raw.url)
    given_date = read_date(raw.published, tz, source.date_formats)
    # A date outside the window feeds accept (before 1990, over a day ahead) is not the release's date in
    # feeds: it stays in the dateline as the publisher gave it, and the release is dated (estimated) when found.
    # A date stated outside the page (a news sitemap's) counts only after the page's own and the dateline's.
    hint = read_date(raw.date_hint, tz, source.date_formats)
    published = next((d for d in (given_date, parts.dateline_date, hint) if d is not None and in_feed_window(d, now)),
                     None)
    if published is not None:
        given_date = None
    estimated = published is None
    if published is None:
        published = (raw.modified or now).astimezone(timezone.utc)
        published = published if in_feed_window(published, now) else now.astimezone(timezone.utc)
    body_text = join_paragraphs(paragraphs)
    # An HTML body keeps its structure (lists, links) unless furniture had to be cut out of it;
    # then, like a text body, it becomes escaped paragraphs. Either way nothing unsafe survives.
    body_html = ""
    if raw.body_text is None and raw.body_html is not None and paragraphs == found:
        body_html = sanitise(raw.body_html, link or base_url or None)
    if not body_html:
        body_html = html_from_paragraphs(paragraphs)
    dateline = parts.dateline or (text_of(raw.dateline) if raw.dateline else None) or None
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
        summary=summarise(paragraphs),
        body_text=body_text,
        body_html=body_html,
        language=language,
        topics=matches,
        content_hash=content_hash(title, published, estimated, body_text, link, dateline, language,
                                  sorted(raw.topics)),
        body_hash=body_hash(body_text),
        countries=countries(title, body_text),
    )
