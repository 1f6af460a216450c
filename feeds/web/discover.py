"""The sources page's "Add a source": discovery for an admin, from the browser (`/sources/add`).

Off (a plain 404) unless `service.admin_token` is set, like every admin action. The form carries the
token (a browser cannot send a Bearer header); it is compared in constant time, and a request without
the right one runs nothing. Discovery (`feeds.discover`, the same as `feeds discover`) fetches politely
through the safe fetcher; loopback and private sites only when `service.discover_private_network` is
true. Choosing a candidate writes nothing: the page shows its `[[sources]]` block to paste into the
config file (which stays the one source of truth), checked against the current config as `feeds check`
would check it.
"""
from __future__ import annotations

import hmac
import re
from pathlib import Path
from typing import TYPE_CHECKING

from flask import Blueprint, Response, render_template, request

from ..config import SLUG, parse_config
from ..errors import ConfigError
from .context import config

if TYPE_CHECKING:
    from ..discover import Candidate

bp = Blueprint("discover", __name__)


def _token_ok(given: str) -> bool:
    token = config().service.admin_token
    return bool(given) and hmac.compare_digest(given.encode("utf-8", "surrogateescape"), token.encode("utf-8"))


def check_block(block: str) -> list[str]:
    """The problems `feeds check` would report once the block is appended to the config ([] when none)."""
    path = config().path
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return [f"the config file could not be read to check the block: {e}"]
    try:
        parse_config(text.rstrip("\n") + "\n\n" + block, path)
    except ConfigError as e:
        return e.problems
    return []


def _form(status: int = 200, message: str = "", **values: object) -> tuple[str, int]:
    return render_template("add_source.html", message=message, found=None, blocks=[], **values), status


@bp.route("/sources/add", methods=["GET", "POST"])
def add_source() -> tuple[str, int] | Response:
    cfg = config()
    if not cfg.service.admin_token:      # off, as if it did not exist (like every admin URL)
        return Response("Not found\n", status=404, mimetype="text/plain")
    if request.method == "GET":
        return _form()
    url = request.form.get("url", "").strip()
    source_id = request.form.get("id", "").strip()
    name = request.form.get("name", "").strip()
    values = {"url": url, "source_id": source_id, "name": name}
    if not _token_ok(request.form.get("token", "")):
        return _form(403, "The admin token is missing or wrong: nothing was looked up.", **values)
    if not re.match(r"^https?://[^/\s]+", url) or len(url) > 2000:
        return _form(400, "Give the site's address, starting with http:// or https://.", **values)
    if source_id and not SLUG.match(source_id):
        return _form(400, "A source id is lower-case letters, digits and hyphens.", **values)
    private = cfg.service.discover_private_network
    # Imported here: discovery brings the whole extraction stack (lxml, feed and page readers), which a web
    # worker otherwise never loads (a few MiB of every worker's memory for an admin-only form).
    from ..discover import discover
    found = discover(url, cfg, private, source_id or None, name[:200] or None)
    blocks: list[tuple[Candidate, str, list[str]]] = []
    for c in found.working:
        block = c.block(found.source_id, found.site_name, private)
        blocks.append((c, block, check_block(block)))
    return render_template("add_source.html", message="", found=found, blocks=blocks, **values), 200
