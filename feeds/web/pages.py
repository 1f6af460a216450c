"""HTML pages: home (topics), topic listings with filters and paging, release permalinks, search, the
sources' health, error pages, and the security headers every response carries.

Every listing reads its filters with `filters.parse_filters`, so a page and its feed always show the same
releases; the feed links of a page are built from `Filters.query_string()`. Reads the store (and
`store.stats`), never writes. Templates live in `templates/`, the stylesheet and copy-button script in
`static/`.
"""
from __future__ import annotations

import re
from urllib.parse import urlencode
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import PurePath

from markupsafe import Markup, escape
from flask import Blueprint, Response, abort, current_app, render_template, request, send_from_directory
from werkzeug.exceptions import HTTPException

from ..config import Config, SourceConfig
from ..model import TopicMatch
from ..normalise.geo import gazetteer
from ..normalise.text import apart_from_body
from ..render import permalink
from ..urls import RELEASE_RULE, TOPIC_RULE, feed_url, subscribe_url
from ..store.stats import SourceHealth, latest_by_topic, source_flags, source_health
from ..normalise.classifier import APPLIED, LANGUAGE, Classifier
from .context import classifier, config, store, topic_names
from .filters import BadRequest, Filters, parse_filters

bp = Blueprint("pages", __name__)

PAGE_SIZE = 20          # releases per HTML page, unless `limit=` asks otherwise
MAX_PAGE = 10_000
# Scripts only from our own static files (the copy button): no inline script can run, nothing can frame us.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}
FEED_FORMATS = (("Atom", "atom", "application/atom+xml"), ("RSS", "rss", "application/rss+xml"),
                ("JSON Feed", "json", "application/feed+json"))


@dataclass(frozen=True)
class FeedLink:
    """One subscribe link: label (Atom, RSS, JSON Feed), media type, the feed's absolute URL (what readers
    fetch) and its subscribe page (what the site's buttons open: address, reader handoffs, preview)."""

    label: str
    mime: str
    url: str
    page: str = ""


def security_headers(response: Response) -> Response:
    """Add the security headers to any response (registered on the app by `create_app`)."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def feed_links(topic: str, filters: Filters | None = None) -> list[FeedLink]:
    """The subscribe links of a topic, with exactly the given filters."""
    canonical = filters.query_string() if filters else ""
    base = config().service.base_url
    return [FeedLink(label, mime, feed_url(base, topic, ext, canonical), subscribe_url(base, topic, ext, canonical))
            for label, ext, mime in FEED_FORMATS]


def _day(when: date) -> str:
    return f"{when.day} {when:%B %Y}"


def _ago(when: datetime | None, now: datetime) -> str:
    """'5 minutes ago', '3 days ago': how long since `when`, in plain words."""
    if when is None:
        return "never"
    seconds = int((now - when).total_seconds())
    if seconds < 60:
        return "just now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def _duration(start: datetime, end: datetime | None) -> str:
    if end is None:
        return "still running"
    seconds = (end - start).total_seconds()
    return f"{seconds:.1f} s" if seconds < 60 else f"{int(seconds // 60)} min {int(seconds % 60)} s"


@bp.app_template_filter("day")
def _day_filter(when: datetime) -> str:
    return _day(when)





@bp.app_template_filter("apart_from_body")
def _apart_from_body(summary: str, body_text: str) -> bool:
    return apart_from_body(summary, body_text)


@bp.app_template_filter("breakable")
def breakable(text: str) -> Markup:
    """A file name or address that may wrap after its separators (/ _ . - ...), never inside a word."""
    return Markup("<wbr>").join(escape(part) for part in re.split(r"(?<=[/\\_.\-:?&=])", text))


@bp.app_template_filter("pairs")
def _pairs(match: TopicMatch) -> list[tuple[str, str]]:
    return match.evidence()


@bp.app_template_filter("model_words")
def _model_words(match: TopicMatch) -> list[str]:
    return match.model_words()


@bp.app_context_processor
def _page_globals() -> dict[str, object]:
    return {"config": config(), "base": config().service.base_url, "site_feeds": feed_links("all")}


@bp.errorhandler(BadRequest)
def _bad_request(e: BadRequest) -> tuple[str, int]:
    return render_template("error.html", title="Bad request", message=str(e)), 400


def _page_number() -> int:
    raw = request.args.get("page", "1") or "1"
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise BadRequest(f"page must be a whole number from 1 to {MAX_PAGE}")
    return int(raw)


@dataclass(frozen=True)
class Listing:
    """One page of a filtered listing, with what its template needs for filters, paging and feeds."""

    topic: str
    filters: Filters
    items: list
    page: int
    has_next: bool
    feeds: list[FeedLink]
    total: int = 0            # releases matching the filters, all pages (topic pages show it)
    size: int = PAGE_SIZE

    @property
    def first(self) -> int:
        """The position of this page's first release in the whole listing (1-based)."""
        return (self.page - 1) * self.size + 1

    def chips(self, sources: tuple[SourceConfig, ...] = ()) -> list[tuple[str, str]]:
        """The active filters as (label, address of this listing without that one filter)."""
        names = {s.id: s.name for s in sources}
        pairs = self.filters.pairs()
        out = []
        for i, (key, value) in enumerate(pairs):
            if key == "limit":
                continue
            rest = urlencode(pairs[:i] + pairs[i + 1:])
            out.append((chip_label(key, value, names), request.path + (f"?{rest}" if rest else "")))
        return out

    @property
    def since_value(self) -> str:
        return self.filters.since.date().isoformat() if self.filters.since else ""

    @property
    def until_value(self) -> str:
        """The `until=` day as written (the filter holds the start of the day after it)."""
        return (self.filters.until - timedelta(days=1)).date().isoformat() if self.filters.until else ""

    @property
    def filtered(self) -> bool:
        return bool(self.filters.query_string())

    def page_url(self, page: int) -> str:
        canonical = self.filters.query_string()
        pairs = [p for p in (canonical, f"page={page}" if page > 1 else "") if p]
        return request.path + ("?" + "&".join(pairs) if pairs else "")


CHIP_LABELS = {"q": "Words", "since": "From", "until": "Until", "lang": "Language", "country": "Country"}


def chip_label(key: str, value: str, source_names: dict[str, str]) -> str:
    if key == "source":
        return f"Source: {source_names.get(value, value)}"
    return f"{CHIP_LABELS.get(key, key)}: {value.upper() if key == 'country' else value}"


def _listing(topic: str, count: bool = False) -> Listing:
    """The releases of `topic` ('all': every one) under the request's filters, one page of them."""
    cfg = config()
    filters = parse_filters(request.args, cfg)
    page, size = _page_number(), filters.limit or PAGE_SIZE
    query = replace(filters.query(topic, size), limit=size + 1, offset=(page - 1) * size)
    items = store().releases(query)
    total = store().count_matching(query) if count else 0
    return Listing(topic, filters, items[:size], page, len(items) > size, feed_links(topic, filters), total, size)


@bp.route("/")
def index() -> str:
    cfg = config()
    counts = store().topic_counts()
    slugs = ["all"] + [t.slug for t in cfg.topics]
    latest = latest_by_topic(store(), slugs)
    topics = [("all", "All releases", store().count())]
    topics += [(t.slug, t.name, counts.get(t.slug, 0)) for t in cfg.topics]
    return render_template("index.html", topics=topics, latest=latest, feeds={s: feed_links(s) for s in slugs})


@bp.route(TOPIC_RULE)
def topic_page(topic: str) -> str:
    names = topic_names()
    if topic != "all" and topic not in names:
        abort(404)
    listing = _listing(topic, count=True)
    return render_template("topic.html", name=names.get(topic, "All releases"), listing=listing, names=names,
                           sources=config().sources, page_feeds=listing.feeds)


@bp.route("/search")
def search() -> str:
    listing = _listing("all")
    searched = bool(listing.filters.words or listing.filters.sources or listing.filters.since
                    or listing.filters.until)
    return render_template("search.html", listing=listing, names=topic_names(), sources=config().sources,
                           searched=searched, query=request.args.get("q", ""),
                           page_feeds=listing.feeds if searched else None)


@bp.route(RELEASE_RULE)
def release_page(uuid: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", uuid):
        abort(404)
    item = store().release_by_uuid(uuid)
    if item is None:
        abort(404)
    cfg = config()
    names = topic_names()
    follow = [(names[m.slug], feed_links(m.slug)) for m in item.release.topics if m.slug in names]
    whys = [why(m, names.get(m.slug, m.slug), classifier(), item.release.language) for m in item.release.topics]
    return render_template("release.html", item=item, names=names, follow=follow, whys=whys,
                           permalink=permalink(cfg.service.base_url, item), country_name=gazetteer().name)


# How sure the model is, in words, from its probability (the first threshold reached).
SURENESS = ((0.9, "almost certainly"), (0.75, "very likely"), (0.5, "likely"), (0.0, "possibly"))
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German",
                  "ar": "Arabic", "ru": "Russian", "zh": "Chinese"}


@dataclass(frozen=True)
class Why:
    """Why a release is in one topic, as the release page tells a reader."""

    slug: str
    name: str
    found: list[tuple[str, str]]      # (keyword, where: "title", "body" or "title and the body")
    named_by_source: bool
    model: str                        # classifier.APPLIED, LANGUAGE, or "" (no model for this topic)
    sure: str = ""                    # the model's confidence in words ("very likely")
    chance: int = 0                   # ... and in tenths ("8 in 10")
    words: tuple[str, ...] = ()       # the words that weighed most for the model
    language: str = ""                # the release's language, named, when the model did not know it


def why(match: TopicMatch, name: str, topics: Classifier, language: str | None) -> Why:
    """A reader's explanation of one topic match: which keywords and where, whether the source named it,
    and how sure the learned model was and from which words (or why it had no say)."""
    places: dict[str, list[str]] = {}
    for term, where in match.evidence():
        if where in ("title", "body") and where not in places.setdefault(term, []):
            places[term].append(where)
    found = [(term, " and the ".join(where)) for term, where in places.items() if where]
    named = any(w == "source" for _, w in match.evidence())
    if match.confidence is None:      # the model had no say: say why, when it is the language
        how = LANGUAGE if topics.applies(match.slug, language) == LANGUAGE else ""
        return Why(match.slug, name, found, named, how, language=LANGUAGE_NAMES.get(language or "", language or ""))
    p = match.confidence or 0.0
    sure = next(words for floor, words in SURENESS if p >= floor)
    return Why(match.slug, name, found, named, APPLIED, sure, max(1, round(p * 10)), tuple(match.model_words()))


@dataclass(frozen=True)
class SourceView:
    """One source as the sources page shows it."""

    source: SourceConfig
    health: SourceHealth
    flags: list[str]
    address: str
    last_run_ago: str
    last_run_took: str
    last_failure_ago: str
    chart: "Chart"


@dataclass(frozen=True)
class Chart:
    """A small bar chart of releases per week, drawn as SVG by the template."""

    bars: list[tuple[float, float, float, int, str]]   # x, y, height, count, week label
    width: int
    height: int
    total: int
    peak: int
    label: str


def weekly_chart(health: SourceHealth, width: int = 260, height: int = 48) -> Chart:
    """Bars scaled to the busiest week (a week with no release gets a hairline so the axis stays readable)."""
    peak = max(health.weekly, default=0)
    step = width / max(len(health.weekly), 1)
    bars = []
    for i, count in enumerate(health.weekly):
        h = max(1.0, (height - 2) * count / peak) if peak else 1.0
        week = health.weeks_start + timedelta(weeks=i)
        bars.append((round(i * step + 1, 1), round(height - h, 1), round(h, 1), count, f"week of {_day(week)}"))
    total = sum(health.weekly)
    label = (f"{total} release{'s' if total != 1 else ''} published in the {len(health.weekly)} weeks since "
             f"{_day(health.weeks_start)}" + (f"; at most {peak} in one week" if peak else ""))
    return Chart(bars, width, height, total, peak, label)


def _address(source: SourceConfig) -> str:
    """Where a source's releases come from, as a public page may say it: the URL, or a folder's own name
    (never the server's absolute path)."""
    return source.url or f"folder {PurePath(source.path).name}/"


def _source_view(source: SourceConfig, health: SourceHealth, now: datetime) -> SourceView:
    run = health.last_run
    return SourceView(
        source=source, health=health, flags=source_flags(health), address=_address(source),
        last_run_ago=_ago(run.started if run else None, now),
        last_run_took=_duration(run.started, run.finished) if run else "",
        last_failure_ago=_ago(health.last_failure.started if health.last_failure else None, now),
        chart=weekly_chart(health))


def _now() -> datetime:
    """The clock of the pages; tests may set `app.config["FEEDS_NOW"]` to a fixed instant."""
    fixed = current_app.config.get("FEEDS_NOW")
    return fixed if fixed is not None else datetime.now(timezone.utc)


def source_views(cfg: Config, now: datetime) -> list[SourceView]:
    health = source_health(store(), [s.id for s in cfg.sources], now)
    views = [_source_view(s, health[s.id], now) for s in cfg.sources]
    return sorted(views, key=lambda v: (not v.flags, v.source.name.lower()))   # trouble first


@bp.route("/sources")
def sources_page() -> str:
    views = source_views(config(), _now())
    return render_template("sources.html", views=views, flagged=sum(1 for v in views if v.flags))


@bp.route("/favicon.ico")
def favicon() -> Response:
    return send_from_directory(current_app.static_folder or "static", "favicon.svg", mimetype="image/svg+xml",
                               max_age=86400)


@bp.app_errorhandler(404)
def not_found(e: HTTPException) -> tuple[str, int]:
    return render_template("404.html"), 404


@bp.app_errorhandler(405)
def not_allowed(e: HTTPException) -> Response:
    return Response("Method not allowed\n", status=405, mimetype="text/plain")


@bp.app_errorhandler(500)
def server_error(e: HTTPException) -> Response:
    return Response("Internal error: the service could not answer this request\n", status=500,
                    mimetype="text/plain")
