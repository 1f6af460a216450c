"""The Flask app: feeds, HTML pages, OPML and health. Reads the store; never scrapes or ingests (the one
exception: an admin's "Add a source" runs discovery, which fetches a site politely and stores nothing).

`create_app(config, store, trigger)` is the factory; nothing is created at import time (see `feeds.wsgi`
for that). An admin's "ingest now" calls the `trigger` it was given (`feeds.ingest.start_in_background`
in the composition roots: cli, wsgi).

Imports: config, errors, model, store, render, cache, urls, discover (the admin's "Add a source"),
normalise.geo; never ingest, coordination or schedule (tests/test_architecture.py enforces it).
"""
from __future__ import annotations

from flask import Flask

from ..config import Config
from ..normalise.classifier import Classifier, load_classifier
from ..store import Store
from .context import TRIGGER, IngestTrigger


def create_app(config: Config, store: Store | None = None, classifier: Classifier | None = None,
               trigger: IngestTrigger | None = None) -> Flask:
    """The app for `config`, over `store` and with the topic `classifier` (the release page says how it
    placed a release; admin ingestion uses it); each is made from the config when not given. `trigger`
    starts an admin's ingestion run (without one, admin ingestion answers 503)."""
    app = Flask(__name__)
    app.config["JSON_SORT_KEYS"] = False
    app.extensions["feeds.config"] = config
    app.extensions["feeds.classifier"] = classifier or load_classifier(config)
    app.extensions["feeds.store"] = store or Store.open(config.service.database)
    app.extensions[TRIGGER] = trigger
    from . import admin, discover, feeds, pages, subscribe
    app.register_blueprint(feeds.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(subscribe.bp)         # a subscribe page per feed: what the site's feed buttons open
    app.register_blueprint(admin.bp)             # admin actions (off without a token) and /openapi.yaml
    app.register_blueprint(discover.bp)          # "Add a source" (admin only): discovery, prints blocks to paste
    app.after_request(pages.security_headers)    # every response: CSP, nosniff, no framing
    return app
