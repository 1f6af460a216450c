"""What every view needs from the app: the config, the store and the topic classifier, kept in
`app.extensions`."""
from __future__ import annotations

import threading
from collections.abc import Callable

from flask import current_app, request

from ..config import Config
from ..normalise.classifier import Classifier
from ..store import Store


# Starts an ingestion run in the background (LockBusy when another run holds the lock); the composition
# roots hand in feeds.ingest.start_in_background, so web/ never imports ingest.
IngestTrigger = Callable[[Config, Store, "list[str] | None", Classifier], threading.Thread]
TRIGGER = "feeds.trigger"


def config() -> Config:
    return current_app.extensions["feeds.config"]


def store() -> Store:
    return current_app.extensions["feeds.store"]


def classifier() -> Classifier:
    return current_app.extensions["feeds.classifier"]


def topic_names() -> dict[str, str]:
    return {t.slug: t.name for t in config().topics}


def request_url() -> str:
    """The exact public URL of this request (base_url + path + query string as sent)."""
    query = request.query_string.decode("latin-1")
    return config().service.base_url + request.path + (f"?{query}" if query else "")
