"""WebSub: after `feeds ingest`, each configured hub hears (hub.mode=publish, hub.url=...) about exactly
the topic feeds that changed, and nothing when nothing changed; failures are retried; a hub on a
loopback address is refused without a connection unless allow_private_network is set. The hub is a
small receiver on 127.0.0.1 that records what it is told."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from feeds import cli
from feeds.config import load_config
from feeds.store import Query

from .conftest import Env, write_config
from .feedtools import trade_releases, write_release

BASE = "http://127.0.0.1:8000"


@dataclass
class Hub:
    url: str
    received: list[dict[str, list[str]]] = field(default_factory=list)
    connections: list[str] = field(default_factory=list)
    fail_next: int = 0                    # answer this many requests with 503 first

    def urls(self) -> list[str]:
        return sorted(r["hub.url"][0] for r in self.received)


@pytest.fixture
def hub() -> Iterator[Hub]:
    state = Hub("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            state.connections.append(self.path)
            length = int(self.headers.get("Content-Length", "0"))
            form = parse_qs(self.rfile.read(length).decode())
            if state.fail_next > 0:
                state.fail_next -= 1
                self.send_response(503)
                self.end_headers()
                return
            assert self.headers["Content-Type"] == "application/x-www-form-urlencoded"
            state.received.append(form)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hub"
    yield state
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def configure(env: Env, hub: Hub, allow: bool = True) -> str:
    extra = f'[websub]\nhubs = ["{hub.url}"]\nallow_private_network = {str(allow).lower()}\nretries = 2\n'
    env.config_path = write_config(env.root, {"asean": env.releases}, extra=extra, database=env.database)
    env.config = load_config(str(env.config_path), env={})
    return str(env.config_path)


def ingest(config_path: str) -> int:
    return cli.main(["--config", config_path, "ingest", "--wait", "5"])


def feeds_of(*slugs: str) -> list[str]:
    return sorted(f"{BASE}/feeds/{s}.{fmt}" for s in slugs for fmt in ("atom", "rss", "json"))


def test_changed_feeds_only_and_nothing_when_nothing_changed(env: Env, hub: Hub) -> None:
    path = configure(env, hub)
    assert ingest(path) == 0
    topics = sorted(m.slug for m in env.store.releases(Query())[0].release.topics)
    assert topics                                           # the seed is in some topics, not all
    assert len(topics) < len(env.config.topics)
    assert hub.urls() == feeds_of("all", *topics)
    assert all(r["hub.mode"] == ["publish"] for r in hub.received)

    hub.received.clear()
    assert ingest(path) == 0                                # nothing changed: nothing sent
    assert hub.received == [] and len(hub.connections) == len(feeds_of("all", *topics))

    write_release(env.releases, "vaccine.json", "Health ministers agree on vaccine stockpiles",
                  "2019-06-01T08:00:00Z", "The health ministers agreed on regional vaccine stockpiles.\n\nMore.")
    assert ingest(path) == 0
    assert hub.urls() == feeds_of("all", "health")          # trade, peace and the rest did not change


def test_failures_are_retried(env: Env, hub: Hub) -> None:
    path = configure(env, hub)
    hub.fail_next = 2                                       # the first two answers are 503
    assert ingest(path) == 0
    assert len(hub.received) == len(hub.connections) - 2
    assert f"{BASE}/feeds/all.atom" in hub.urls()


def test_a_loopback_hub_is_refused_without_allow_private_network(env: Env, hub: Hub) -> None:
    path = configure(env, hub, allow=False)
    trade_releases(env.releases, 0, 2)
    assert ingest(path) == 0                                # the run itself succeeds
    assert hub.connections == [] and hub.received == []     # and no connection was even tried
    assert env.store.count() == 3


def test_an_embargoed_release_is_announced_after_its_instant_not_before(env: Env, hub: Hub) -> None:
    import time
    from datetime import datetime, timedelta, timezone
    path = configure(env, hub)
    assert ingest(path) == 0
    hub.received.clear()
    until = (datetime.now(timezone.utc) + timedelta(seconds=2)).replace(microsecond=0)
    (env.releases / "embargoed.txt").write_text(
        f"PRESS RELEASE\n\nEMBARGOED UNTIL {until.isoformat()}\n\nHealth ministers agree on vaccine stockpiles\n\n"
        "JAKARTA – The health ministers agreed on regional vaccine stockpiles.\n\nMore follows.\n", encoding="utf-8")
    assert ingest(path) == 0
    assert hub.received == []                               # stored, but no feed shows it yet
    time.sleep(max(0.0, (until - datetime.now(timezone.utc)).total_seconds()) + 1.1)
    assert ingest(path) == 0                                # nothing new was read: the embargo passed
    assert hub.urls() == feeds_of("all", "health")
