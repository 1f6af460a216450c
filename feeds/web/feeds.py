"""Feed endpoints: topic feeds (Atom, RSS, JSON Feed), OPML and health.

Filters and paging are parsed in `filters`; documents are rendered in `feeds.render`, cached and
answered (ETag, Last-Modified, 304, HEAD, gzip) by `feeds.cache`; data is read from `feeds.store`.
A feed is served under one canonical URL only (parameters in a fixed order): any other spelling is
redirected there (301), so the self link equals the document's address and caches see no duplicates.

Paging (RFC 5005): the head document links `first`, `last`, `next` and `prev-archive`; older pages
(`?before=CURSOR`) are archive documents (`fh:archive`, long cache lifetime) linking onwards to older
ones (`prev-archive`; the oldest says `fh:complete` instead); `?after=CURSOR` and `?page=last` page
towards newer releases. Cursors are keyset positions, so a reader walking back sees every release once
even while new ones arrive at the head.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

from flask import Blueprint, Response, redirect, request
from flask.blueprints import BlueprintSetupState
from werkzeug.wrappers import Response as WerkzeugResponse

from ..cache import CachedFeeds, Document, RenderCache, answer_environ, cache_key, make_document
from ..config import Config
from ..model import StoredRelease
from ..render import FeedInfo, render_atom, render_json, render_opml, render_rss
from ..store import Store
from ..urls import FEED_RULE, OPML_RULE, feed_url, topic_url
from .context import config, store, topic_names
from .filters import BadRequest, Filters, Page, canonical_query, parse_filters, parse_page

bp = Blueprint("feeds", __name__)
Renderer = Callable[[FeedInfo, list[StoredRelease], dict[str, str]], bytes]
FORMATS: dict[str, tuple[str, Renderer]] = {
    "atom": ("application/atom+xml; charset=utf-8", render_atom),
    "rss": ("application/rss+xml; charset=utf-8", render_rss),
    "json": ("application/feed+json; charset=utf-8", render_json),
}
ARCHIVE_MAX_AGE = 86400       # archive pages only change if an older release arrives or is edited
CACHE = "feeds.render_cache"
VERSION = "feeds.version_reader"
PRESENTED = "feeds.presented"     # when the config's part of every document last changed (Store.presented)


@bp.record_once
def _install_cache(state: BlueprintSetupState) -> None:
    """One render cache per app, and the middleware that answers its hits before Flask does."""
    app = state.app
    cache = RenderCache()
    app.extensions[CACHE] = cache
    archive: Store = app.extensions["feeds.store"]
    from . import pages          # the security headers every response carries, hits included
    extra = list(getattr(pages, "SECURITY_HEADERS", {}).items())
    version = archive.version_reader()
    app.extensions[VERSION] = version
    app.extensions[PRESENTED] = archive.presented(presentation(app.extensions["feeds.config"]),
                                                  datetime.now(timezone.utc))
    app.wsgi_app = CachedFeeds(app.wsgi_app, cache, version, extra)  # type: ignore[method-assign,attr-defined]


def plain(message: str, status: int) -> Response:
    return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain")


@bp.errorhandler(BadRequest)
def _bad_request(e: BadRequest) -> Response:
    return plain(f"Bad request: {e}", 400)


def _respond(doc: Document) -> Response:
    status, headers, body = answer_environ(doc, request.environ)
    response = Response(body, status=status)
    response.headers.clear()
    for name, value in headers:
        response.headers.add(name, value)
    if request.method == "HEAD":       # keep the Content-Length of the GET answer
        response.automatically_set_content_length = False
    return response


def _cached(render: Callable[[], Document]) -> Response:
    """The canonical document of this request, from the render cache or rendered once now."""
    cache: RenderCache = _app_extension(CACHE)
    version = _app_extension(VERSION)()            # read before rendering: a change during it is never hidden
    key = cache_key(request.path, request.query_string.decode("latin-1"))
    return _respond(cache.get_or_render(key, version, render))


def _app_extension(name: str) -> Any:
    from flask import current_app
    return current_app.extensions[name]


@dataclass(frozen=True)
class Window:
    """One page of a feed: its releases (newest first) and whether older / newer ones exist."""

    items: list[StoredRelease]
    cursors: list[tuple[Any, int]]
    older: bool
    newer: bool


def read_window(archive: Store, filters: Filters, page: Page, topic: str, page_size: int) -> Window:
    """The releases of one page, asking one more than needed to learn whether the walk goes on."""
    query = filters.query(topic, page_size)
    size = query.limit
    rows = archive.page(replace(query, limit=size + 1), before=page.before, after=page.after, oldest=page.oldest)
    if page.after is not None or page.oldest:
        more = len(rows) > size                      # rows are newest first: the extra one is the newest
        rows = rows[1:] if more else rows
        return Window([r for _, r in rows], [c for c, _ in rows], older=page.after is not None, newer=more)
    more = len(rows) > size
    rows = rows[:size]
    return Window([r for _, r in rows], [c for c, _ in rows], older=more, newer=page.before is not None)


def paging_links(base: str, filters: Filters, page: Page, window: Window) -> list[tuple[str, str]]:
    """RFC 5005 links of one page: paged-feed (first/last/next/previous) and archived-feed relations."""
    def url(p: Page) -> str:
        query = canonical_query(filters, p)
        return base + (f"?{query}" if query else "")
    links = [("first", url(Page())), ("last", url(Page(oldest=True)))]
    if window.older and window.cursors:
        older = url(Page(before=window.cursors[-1]))
        links.append(("next", older))
        if page.is_head or page.before is not None:
            links.append(("prev-archive", older))
    if window.newer and window.cursors:
        links.append(("previous", url(Page(after=window.cursors[0]))))
    if not page.is_head:
        links.append(("current", url(Page())))
    return links


def feed_document(cfg: Config, archive: Store, topic: str, fmt: str, filters: Filters, page: Page) -> Document:
    """Render one page of one feed, with its validators and headers."""
    names = {t.slug: t.name for t in cfg.topics}
    base = cfg.service.base_url
    window = read_window(archive, filters, page, topic, cfg.service.page_size)
    filtered = filters.query_string()
    query = canonical_query(filters, page)
    self_url = feed_url(base, topic, fmt, query)
    topic_name = "All releases" if topic == "all" else names[topic]
    is_archive = page.before is not None
    # Hubs only hear about unfiltered topic feeds (see feeds.websub), so only those advertise them.
    hubs = cfg.websub.hubs if page.is_head and not filtered else ()
    info = FeedInfo(
        title=f"{cfg.service.title}: {topic_name}",
        subtitle=f"{topic_name}: press releases" + (" (filtered)" if filtered else "")
        + (" (archive page)" if is_archive else ""),
        self_url=self_url,
        html_url=topic_url(base, topic, filtered),
        feed_key=f"{topic}?{filtered}",
        fallback_updated=archive.created(),
        base_url=base,
        links=tuple(paging_links(feed_url(base, topic, fmt), filters, page, window)),
        archive=is_archive,
        # The oldest archive page has no prev-archive to give: fh:complete says the walk back ends there.
        archive_complete=is_archive and not window.older,
        hubs=hubs,
        stylesheet=f"{base}/static/feed.xsl" if fmt != "json" else None,
    )
    content_type, render = FORMATS[fmt]
    body = render(info, window.items, names)
    link_headers = [f'<{hub}>; rel="hub"' for hub in hubs] + [f'<{self_url}>; rel="self"']
    max_age = ARCHIVE_MAX_AGE if is_archive else cfg.service.cache_max_age
    return make_document(body, content_type, last_changed(archive, window.items), max_age, link_headers)


def presentation(cfg: Config) -> str:
    """What the config puts into every document beside the releases (title, addresses, topic names,
    page size, hubs): when it changes, every document changes."""
    s = cfg.service
    return json.dumps([s.title, s.base_url, s.page_size, [(t.slug, t.name) for t in cfg.topics],
                       list(cfg.websub.hubs)], ensure_ascii=False)


def last_changed(archive: Store, items: list[StoredRelease]) -> datetime:
    """A document's Last-Modified: when the archive last changed what it shows. The newest `changed` of
    its releases (a release dated last week that arrived today moves it), and at least the last time a
    release left documents it was in and the last time the config's part of every document changed."""
    instants = [i.changed or i.first_seen for i in items]
    instants += [when for when in (archive.withdrawn(), _app_extension(PRESENTED)) if when is not None]
    return max(instants, default=archive.created())


def _canonical_redirect(path: str, query: str) -> WerkzeugResponse | None:
    """A 301 to the canonical URL when the request spelled its parameters another way."""
    if request.query_string.decode("latin-1") == query:
        return None
    target = config().service.base_url + path + (f"?{query}" if query else "")
    return redirect(target, code=301)


@bp.route(FEED_RULE, methods=["GET", "HEAD"])
def feed(topic: str, fmt: str) -> WerkzeugResponse:
    cfg = config()
    if fmt not in FORMATS:
        return plain(f"Not found: no feed format {fmt[:20]!r} (use .atom, .rss or .json)", 404)
    names = topic_names()
    if topic != "all" and topic not in names:
        return plain(f"Not found: no topic {topic[:60]!r}", 404)
    filters = parse_filters(request.args, cfg)
    page = parse_page(request.args)
    moved = _canonical_redirect(request.path, canonical_query(filters, page))
    if moved is not None:
        return moved
    archive = store()
    return _cached(lambda: feed_document(cfg, archive, topic, fmt, filters, page))


def opml_document(cfg: Config, archive: Store) -> Document:
    base = cfg.service.base_url
    feeds = [("All releases", feed_url(base, "all", "atom"), topic_url(base, "all"))]
    feeds += [(t.name, feed_url(base, t.slug, "atom"), topic_url(base, t.slug)) for t in cfg.topics]
    # The list changes only with the config: its Last-Modified is when the service first ran with this
    # config (remembered in the archive), never "now".
    created = archive.created()
    return make_document(render_opml(cfg.service.title, feeds, created), "text/x-opml; charset=utf-8",
                         max(created, _app_extension(PRESENTED)), cfg.service.cache_max_age)


@bp.route(OPML_RULE, methods=["GET", "HEAD"])
def opml() -> WerkzeugResponse:
    cfg = config()
    moved = _canonical_redirect(request.path, "")
    if moved is not None:
        return moved
    archive = store()
    return _cached(lambda: opml_document(cfg, archive))


@bp.route("/health")
def health() -> Response:
    cfg = config()
    archive = store()
    try:
        database: dict[str, object] = {"ok": True, "releases": archive.count(), "embargoed": archive.embargoed(),
                                       "version": archive.version()}
        runs = archive.last_runs()
    except Exception as e:   # health must answer even when the archive cannot
        database, runs = {"ok": False, "error": f"{e.__class__.__name__}: {e}"}, {}
    sources = {}
    for s in cfg.sources:
        run = runs.get(s.id)
        sources[s.id] = {"name": s.name, "kind": s.kind, "last_run": None if run is None else {
            "started": run.started.isoformat(), "finished": run.finished.isoformat() if run.finished else None,
            "status": run.status, "new": run.new, "updated": run.updated, "unchanged": run.unchanged,
            "skipped": run.skipped, "failed": run.failed, "error": run.error,
            "items": [{"what": what, "origin": origin, "reason": reason} for what, origin, reason in run.listed()],
            "items_not_listed": max(0, run.skipped + run.failed - len(run.listed()))}}
    body = {"status": "ok" if database["ok"] else "error", "database": database, "sources": sources}
    return Response(json.dumps(body, indent=2, ensure_ascii=False) + "\n", status=200 if database["ok"] else 503,
                    mimetype="application/json")
