"""WebSub publishing: after an ingestion run, tell each configured hub which topic feeds changed.

`announce(config, store)` wraps a run (a one-line hook in `feeds ingest` and the scheduler): it notes
a mark of every unfiltered topic feed's head document before the run, compares after it, and sends
`hub.mode=publish` / `hub.url=<feed>` for exactly the feeds whose head changed (Atom, RSS and JSON
Feed of each changed topic), retrying failures with a short backoff. Nothing is sent when nothing
changed. Requests go through the network edge (`feeds.http.post_form`): the hub's name is resolved
once, every address vetted by the fetcher's policy and the socket connected to the vetted address, so
hubs on loopback, private or otherwise non-public addresses are refused before any connection is made
unless `[websub] allow_private_network = true` (tests, intranets).

Imports: config, store, http, the standard library. Never raises into the
ingestion run: a hub that cannot be told is logged.
"""
from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from .config import Config
from .http import BadScheme, BlockedAddress, FetchError, post_form
from .urls import feed_urls
from .store import Query
from .store.protocol import ReadStorage, Storage

log = logging.getLogger(__name__)
ANNOUNCED = "websub_announced"     # meta key: when the hubs were last told (embargoes judged then)
TIMEOUT = 10.0


def topic_slugs(config: Config) -> list[str]:
    return ["all"] + [t.slug for t in config.topics]


def feed_marks(config: Config, store: ReadStorage, at: datetime | None = None) -> dict[str, str]:
    """topic -> a hash of its head document's entries (ids and change dates): what a hub would fetch
    (embargoes judged at `at`, None: now)."""
    marks = {}
    for slug in topic_slugs(config):
        items = store.releases(Query(topic=None if slug == "all" else slug, limit=config.service.page_size, at=at))
        text = "\n".join(f"{i.entry_id} {i.updated.isoformat()}" for i in items)
        marks[slug] = hashlib.sha256(text.encode()).hexdigest()
    return marks


def changed_topics(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return [slug for slug, mark in after.items() if before.get(slug) != mark]


def publish(hub: str, feed_url: str, allow_private_network: bool) -> int:
    """One publish request through the network edge's vetted connector; the HTTP status."""
    return post_form(hub, {"hub.mode": "publish", "hub.url": feed_url},
                     allow_private_network=allow_private_network, timeout=TIMEOUT)


def notify(hub: str, feed_url: str, allow_private_network: bool, retries: int,
           sleep: Callable[[float], None] = time.sleep) -> bool:
    """Tell `hub` that `feed_url` changed, retrying errors and 5xx/429 answers; True when it accepted."""
    for attempt in range(retries + 1):
        try:
            status = publish(hub, feed_url, allow_private_network)
        except (BlockedAddress, BadScheme) as e:
            log.warning("websub hub=%s refused: %s", hub, e)
            return False
        except FetchError as e:
            log.info("websub hub=%s url=%s attempt=%d error=%s", hub, feed_url, attempt + 1, e)
        else:
            if 200 <= status < 300:
                return True
            log.info("websub hub=%s url=%s attempt=%d status=%d", hub, feed_url, attempt + 1, status)
            if status < 500 and status != 429:
                return False
        if attempt < retries:
            sleep(min(0.5 * 2 ** attempt, 8.0))
    log.warning("websub hub=%s url=%s not told after %d attempts", hub, feed_url, retries + 1)
    return False


def notify_all(config: Config, urls: list[str], sleep: Callable[[float], None] = time.sleep) -> int:
    """Notify every hub of every URL; how many notifications were accepted."""
    ws = config.websub
    return sum(notify(hub, url, ws.allow_private_network, ws.retries, sleep) for hub in ws.hubs for url in urls)


@contextmanager
def announce(config: Config, store: Storage) -> Iterator[None]:
    """Wrap one ingestion run: afterwards, the hubs hear about exactly the topic feeds it changed."""
    if not config.websub.hubs:
        yield
        return
    # Embargoes are judged as at the last announcement: a release whose embargo passed since then is a
    # change this run announces (at the first run after the instant), though no ingestion brought it.
    last = store.get_meta(ANNOUNCED)
    before = feed_marks(config, store, datetime.fromisoformat(last) if last else None)
    yield
    try:
        now = datetime.now(timezone.utc)
        changed = changed_topics(before, feed_marks(config, store, now))
        with store.engine.begin() as conn:
            store.set_meta(conn, ANNOUNCED, now.isoformat())
        if changed:
            accepted = notify_all(config, feed_urls(config.service.base_url, changed))
            log.info("websub changed=%s notified=%d", ",".join(changed), accepted)
    except Exception:   # the run itself succeeded: a failed announcement must not undo or hide it
        log.exception("websub announcement failed")
