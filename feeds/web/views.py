"""HTTP views: topic feeds (Atom, RSS), HTML pages, OPML, health. Request parsing lives here, rendering in
`feeds.render`, data in `feeds.store`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..config import Config
from ..render import FeedInfo, permalink, render_atom, render_opml, render_rss
from ..store import Query, Store

bp = Blueprint("feeds", __name__)
FORMATS = {"atom": ("application/atom+xml; charset=utf-8", render_atom),
           "rss": ("application/rss+xml; charset=utf-8", render_rss)}
MAX_WORDS = 10


class BadRequest(Exception):
    """A query parameter that cannot be understood: a 400 with this message."""


@dataclass(frozen=True)
class Filters:
    sources: tuple[str, ...]
    words: tuple[str, ...]
    since: datetime | None
    until: datetime | None
    limit: int | None

    def query_string(self) -> str:
        """Canonical, fixed-order query string of these filters."""
        pairs: list[tuple[str, str]] = [("source", s) for s in self.sources]
        if self.words:
            pairs.append(("q", " ".join(self.words)))
        if self.since:
            pairs.append(("since", self.since.date().isoformat()))
        if self.until:
            pairs.append(("until", (self.until - timedelta(days=1)).date().isoformat()))
        if self.limit:
            pairs.append(("limit", str(self.limit)))
        return urlencode(pairs)


def _config() -> Config:
    return current_app.extensions["feeds.config"]


def _store() -> Store:
    return current_app.extensions["feeds.store"]


def _day(name: str) -> datetime | None:
    value = request.args.get(name)
    if value is None or value == "":
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise BadRequest(f"{name} must be a date written YYYY-MM-DD")
    try:
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    except ValueError as e:
        raise BadRequest(f"{name}: {e}") from e


def parse_filters(config: Config) -> Filters:
    known = {s.id for s in config.sources}
    sources = tuple(sorted(set(request.args.getlist("source"))))
    for s in sources:
        if s not in known:
            raise BadRequest(f"unknown source {s[:60]!r}")
    q = request.args.get("q", "")
    words = tuple(w for w in re.findall(r"\w+", q.lower()) if w)
    if len(words) > MAX_WORDS or len(q) > 500:
        raise BadRequest(f"q: at most {MAX_WORDS} words")
    limit = None
    if "limit" in request.args:
        raw = request.args["limit"]
        if not raw.isdigit() or not 1 <= int(raw) <= 500:
            raise BadRequest("limit must be a whole number from 1 to 500")
        limit = int(raw)
    until = _day("until")
    return Filters(sources, words, _day("since"), until + timedelta(days=1) if until else None, limit)


def _topic_names(config: Config) -> dict[str, str]:
    return {t.slug: t.name for t in config.topics}


def _self_url(config: Config) -> str:
    query = request.query_string.decode("latin-1")
    return config.service.base_url + request.path + (f"?{query}" if query else "")


@bp.errorhandler(BadRequest)
def _bad_request(e: BadRequest) -> Response:
    return Response(f"Bad request: {e}\n", status=400, mimetype="text/plain")


@bp.route("/feeds/<topic>.<fmt>")
def feed(topic: str, fmt: str) -> Response:
    config = _config()
    if fmt not in FORMATS:
        return Response(f"Not found: no feed format {fmt[:20]!r} (use .atom or .rss)\n", 404, mimetype="text/plain")
    names = _topic_names(config)
    if topic != "all" and topic not in names:
        return Response(f"Not found: no topic {topic[:60]!r}\n", 404, mimetype="text/plain")
    filters = parse_filters(config)
    items = _store().releases(Query(topic=None if topic == "all" else topic, sources=filters.sources,
                                    words=filters.words, since=filters.since, until=filters.until,
                                    limit=filters.limit or config.service.page_size))
    topic_name = "All releases" if topic == "all" else names[topic]
    canonical = filters.query_string()
    html_url = f"{config.service.base_url}/topics/{topic}" + (f"?{canonical}" if canonical else "")
    info = FeedInfo(
        title=f"{config.service.title}: {topic_name}",
        subtitle=f"{topic_name}: press releases" + (" (filtered)" if canonical else ""),
        self_url=_self_url(config),
        html_url=html_url,
        feed_key=f"{topic}?{canonical}",
        fallback_updated=_store().created(),
        base_url=config.service.base_url,
    )
    content_type, render = FORMATS[fmt]
    return Response(render(info, items, names), content_type=content_type)


@bp.route("/opml")
def opml() -> Response:
    config = _config()
    base = config.service.base_url
    feeds = [("All releases", f"{base}/feeds/all.atom", f"{base}/topics/all")]
    feeds += [(t.name, f"{base}/feeds/{t.slug}.atom", f"{base}/topics/{t.slug}") for t in config.topics]
    body = render_opml(config.service.title, feeds, _store().created())
    return Response(body, content_type="text/x-opml; charset=utf-8")


@bp.route("/health")
def health() -> Response:
    config = _config()
    store = _store()
    try:
        database = {"ok": True, "releases": store.count(), "version": store.version()}
    except Exception as e:   # health must answer even when the archive cannot
        database = {"ok": False, "error": f"{e.__class__.__name__}: {e}"}
    runs = store.last_runs() if database["ok"] else {}
    sources = {}
    for s in config.sources:
        run = runs.get(s.id)
        sources[s.id] = {"name": s.name, "kind": s.kind, "last_run": None if run is None else {
            "started": run.started.isoformat(), "finished": run.finished.isoformat() if run.finished else None,
            "status": run.status, "new": run.new, "updated": run.updated, "unchanged": run.unchanged,
            "skipped": run.skipped, "failed": run.failed, "error": run.error}}
    status = 200 if database["ok"] else 503
    return Response(_json({"status": "ok" if database["ok"] else "error", "database": database,
                           "sources": sources}), status=status, mimetype="application/json")


def _json(data: object) -> str:
    import json
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@bp.route("/")
def index() -> str:
    config = _config()
    counts = _store().topic_counts()
    topics = [(t.slug, t.name, counts.get(t.slug, 0)) for t in config.topics]
    return render_template("index.html", config=config, topics=topics, total=_store().count())


@bp.route("/topics/<topic>")
def topic_page(topic: str) -> str:
    config = _config()
    names = _topic_names(config)
    if topic != "all" and topic not in names:
        abort(404)
    filters = parse_filters(config)
    items = _store().releases(Query(topic=None if topic == "all" else topic, sources=filters.sources,
                                    words=filters.words, since=filters.since, until=filters.until,
                                    limit=filters.limit or config.service.page_size))
    canonical = filters.query_string()
    suffix = f"?{canonical}" if canonical else ""
    return render_template("topic.html", config=config, topic=topic, name=names.get(topic, "All releases"),
                           items=items, names=names, suffix=suffix, base=config.service.base_url)


@bp.route("/releases/<uuid>")
def release_page(uuid: str) -> str:
    if not re.fullmatch(r"[0-9a-f-]{36}", uuid):
        abort(404)
    item = _store().release_by_uuid(uuid)
    if item is None:
        abort(404)
    config = _config()
    return render_template("release.html", config=config, item=item, names=_topic_names(config),
                           permalink=permalink(config.service.base_url, item))


@bp.app_errorhandler(404)
def not_found(e: HTTPException) -> tuple[str, int]:
    return render_template("404.html", config=_config()), 404


@bp.app_errorhandler(405)
def not_allowed(e: HTTPException) -> Response:
    return Response("Method not allowed\n", status=405, mimetype="text/plain")


@bp.app_errorhandler(500)
def server_error(e: HTTPException) -> Response:
    return Response("Internal error: the service could not answer this request\n", status=500,
                    mimetype="text/plain")
