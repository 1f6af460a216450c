"""Feed endpoints: topic feeds (Atom, RSS), OPML and health. Filters are parsed in `filters`, documents
rendered in `feeds.render`, data read from `feeds.store`.
"""
from __future__ import annotations

import json

from flask import Blueprint, Response, request

from ..ingest import FAILURES_BEFORE_BACKOFF, consecutive_failures, next_due
from ..render import FeedInfo, render_atom, render_opml, render_rss
from .context import config, request_url, store, topic_names
from .filters import BadRequest, parse_filters

bp = Blueprint("feeds", __name__)
FORMATS = {"atom": ("application/atom+xml; charset=utf-8", render_atom),
           "rss": ("application/rss+xml; charset=utf-8", render_rss)}


def plain(message: str, status: int) -> Response:
    return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain")


@bp.errorhandler(BadRequest)
def _bad_request(e: BadRequest) -> Response:
    return plain(f"Bad request: {e}", 400)


@bp.route("/feeds/<topic>.<fmt>")
def feed(topic: str, fmt: str) -> Response:
    cfg = config()
    if fmt not in FORMATS:
        return plain(f"Not found: no feed format {fmt[:20]!r} (use .atom or .rss)", 404)
    names = topic_names()
    if topic != "all" and topic not in names:
        return plain(f"Not found: no topic {topic[:60]!r}", 404)
    filters = parse_filters(request.args, cfg)
    items = store().releases(filters.query(topic, cfg.service.page_size))
    topic_name = "All releases" if topic == "all" else names[topic]
    canonical = filters.query_string()
    info = FeedInfo(
        title=f"{cfg.service.title}: {topic_name}",
        subtitle=f"{topic_name}: press releases" + (" (filtered)" if canonical else ""),
        self_url=request_url(),
        html_url=f"{cfg.service.base_url}/topics/{topic}" + (f"?{canonical}" if canonical else ""),
        feed_key=f"{topic}?{canonical}",
        fallback_updated=store().created(),
        base_url=cfg.service.base_url,
    )
    content_type, render = FORMATS[fmt]
    return Response(render(info, items, names), content_type=content_type)


@bp.route("/opml")
def opml() -> Response:
    cfg = config()
    base = cfg.service.base_url
    feeds = [("All releases", f"{base}/feeds/all.atom", f"{base}/topics/all")]
    feeds += [(t.name, f"{base}/feeds/{t.slug}.atom", f"{base}/topics/{t.slug}") for t in cfg.topics]
    return Response(render_opml(cfg.service.title, feeds, store().created()),
                    content_type="text/x-opml; charset=utf-8")


@bp.route("/health")
def health() -> Response:
    cfg = config()
    archive = store()
    try:
        database = {"ok": True, "releases": archive.count(), "version": archive.version()}
        runs = archive.last_runs()
    except Exception as e:   # health must answer even when the archive cannot
        database, runs = {"ok": False, "error": f"{e.__class__.__name__}: {e}"}, {}
    sources = {}
    for s in cfg.sources:
        run = runs.get(s.id)
        recent = archive.recent_runs(s.id, 20) if database["ok"] else []
        failures = consecutive_failures(recent)
        due = next_due(s, cfg, recent)
        sources[s.id] = {"name": s.name, "kind": s.kind, "address": s.url or s.path,
                         "consecutive_failures": failures,
                         "backing_off": failures >= FAILURES_BEFORE_BACKOFF,
                         "next_run": due.isoformat() if due else None,
                         "last_run": None if run is None else {
            "started": run.started.isoformat(), "finished": run.finished.isoformat() if run.finished else None,
            "status": run.status, "new": run.new, "updated": run.updated, "unchanged": run.unchanged,
            "skipped": run.skipped, "failed": run.failed, "error": run.error}}
    body = {"status": "ok" if database["ok"] else "error", "database": database, "sources": sources}
    return Response(json.dumps(body, indent=2, ensure_ascii=False) + "\n", status=200 if database["ok"] else 503,
                    mimetype="application/json")
