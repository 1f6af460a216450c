"""HTML pages: the topic index, topic listings, release permalinks and error pages (Jinja templates)."""
from __future__ import annotations

import re

from flask import Blueprint, Response, abort, render_template, request
from werkzeug.exceptions import HTTPException

from ..render import permalink
from .context import config, store, topic_names
from .filters import BadRequest, parse_filters

bp = Blueprint("pages", __name__)


@bp.errorhandler(BadRequest)
def _bad_request(e: BadRequest) -> tuple[str, int]:
    return render_template("error.html", config=config(), title="Bad request", message=str(e)), 400


@bp.route("/")
def index() -> str:
    cfg = config()
    counts = store().topic_counts()
    topics = [(t.slug, t.name, counts.get(t.slug, 0)) for t in cfg.topics]
    return render_template("index.html", config=cfg, topics=topics, total=store().count())


@bp.route("/topics/<topic>")
def topic_page(topic: str) -> str:
    cfg = config()
    names = topic_names()
    if topic != "all" and topic not in names:
        abort(404)
    filters = parse_filters(request.args, cfg)
    items = store().releases(filters.query(topic, cfg.service.page_size))
    canonical = filters.query_string()
    return render_template("topic.html", config=cfg, topic=topic, name=names.get(topic, "All releases"),
                           items=items, names=names, suffix=f"?{canonical}" if canonical else "",
                           base=cfg.service.base_url)


@bp.route("/releases/<uuid>")
def release_page(uuid: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", uuid):
        abort(404)
    item = store().release_by_uuid(uuid)
    if item is None:
        abort(404)
    cfg = config()
    return render_template("release.html", config=cfg, item=item, names=topic_names(),
                           permalink=permalink(cfg.service.base_url, item))


@bp.app_errorhandler(404)
def not_found(e: HTTPException) -> tuple[str, int]:
    return render_template("404.html", config=config()), 404


@bp.app_errorhandler(405)
def not_allowed(e: HTTPException) -> Response:
    return Response("Method not allowed\n", status=405, mimetype="text/plain")


@bp.app_errorhandler(500)
def server_error(e: HTTPException) -> Response:
    return Response("Internal error: the service could not answer this request\n", status=500,
                    mimetype="text/plain")
