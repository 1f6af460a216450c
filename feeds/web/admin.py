"""Admin actions over HTTP (`POST /admin/ingest`, `POST /admin/ingest/<source>`) and `/openapi.yaml`.

Off unless `service.admin_token` is set: then every admin URL is a plain 404, as if it did not exist.
On, a request must carry `Authorization: Bearer <token>`; the token is compared in constant time
(`hmac.compare_digest`), so timing tells an attacker nothing about how much of a guess was right.
Missing credentials are a 401 (with `WWW-Authenticate`), wrong ones a 403.

An accepted request calls the app's ingestion trigger (`create_app(..., trigger=...)`, in practice
`feeds.ingest.start_in_background`), which claims the run at once the way cron and the scheduler do (the
file lock on SQLite, per-source leases on a server database) and runs it in a background thread: the
answer is 202; if another run holds the lock it is 409 and nothing starts; an app built without a
trigger answers 503. The request body is never read. This module imports nothing from ingest.
"""
from __future__ import annotations

import hmac
import json
import logging
from pathlib import Path

from flask import Blueprint, Response, current_app, request

from ..errors import LockBusy
from .context import TRIGGER, classifier, config, store

log = logging.getLogger(__name__)
bp = Blueprint("admin", __name__)
RUNS = "feeds.admin_runs"          # app.extensions: the background ingestion threads (tests join them)


def _json(body: dict[str, object], status: int, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body) + "\n", status=status, mimetype="application/json", headers=headers or {})


def _denied() -> Response | None:
    """None when the request may act; otherwise the answer (404 when admin actions are off)."""
    token = config().service.admin_token
    if not token:
        return Response("Not found\n", status=404, mimetype="text/plain")
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return _json({"error": "admin token required (Authorization: Bearer TOKEN)"}, 401,
                     {"WWW-Authenticate": 'Bearer realm="feeds admin"'})
    # compare_digest wants two str of ASCII or two bytes: bytes take any header value without raising
    if not hmac.compare_digest(given.strip().encode("utf-8", "surrogateescape"), token.encode("utf-8")):
        return _json({"error": "wrong admin token"}, 403)
    return None


def _start(source_ids: list[str] | None) -> Response:
    cfg = config()
    trigger = current_app.extensions.get(TRIGGER)
    if trigger is None:
        return _json({"error": "this service was started without ingestion"}, 503)
    try:
        thread = trigger(cfg, store(), source_ids, classifier())
    except LockBusy as e:
        return _json({"error": str(e)}, 409)
    current_app.extensions.setdefault(RUNS, []).append(thread)
    names = source_ids or [s.id for s in cfg.sources]
    return _json({"status": "started", "sources": names}, 202)


@bp.route("/admin/ingest", methods=["POST"])
def ingest_all() -> Response:
    return _denied() or _start(None)


@bp.route("/admin/ingest/<source_id>", methods=["POST"])
def ingest_one(source_id: str) -> Response:
    denied = _denied()
    if denied is not None:
        return denied
    if config().source(source_id) is None:
        return _json({"error": f"no source {source_id[:60]!r}"}, 404)
    return _start([source_id])


SPEC = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"


@bp.route("/openapi.yaml", methods=["GET", "HEAD"])
def openapi() -> Response:
    """The OpenAPI 3 description of this HTTP interface (docs/openapi.yaml in the repository)."""
    try:
        body = SPEC.read_bytes()
    except OSError:
        return Response("Not found: this installation has no API description\n", status=404, mimetype="text/plain")
    return Response(body, mimetype="application/yaml", headers={"Cache-Control": "public, max-age=3600"})
