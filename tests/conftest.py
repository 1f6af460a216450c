"""Shared fixtures: a config written to a temporary folder, a real SQLite archive, the Flask app,
and a live server on 127.0.0.1 for readers (feedparser, newsboat) that talk real HTTP."""
from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from feeds.config import Config, load_config
from feeds.ingest import run_ingest
from feeds.store import Store
from feeds.web import create_app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sources" / "asean" / "asean-un-reaffirm-commitment-2018-04-10.txt"
SEED_TITLE = "ASEAN, UN reaffirm commitment to enhance cooperation"

TOPICS_TOML = """
[topics.peace-security]
name = "Peace and security"
keywords = ["peace and security", "political-security"]

[topics.counter-terrorism]
name = "Counter-terrorism"
keywords = ["counter-terrorism", "terrorism", "violent extremism"]

[topics.health]
name = "Health"
keywords = ["health", "vaccine"]

[topics.trade]
name = "Economic integration and trade"
keywords = ["trade", "economic cooperation", "tariffs"]
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(folder: Path, sources: dict[str, Path], port: int = 8000, extra: str = "",
                 topics: str = TOPICS_TOML, page_size: int = 50) -> Path:
    """A config.toml in `folder` with one folder source per entry of `sources` (id -> path)."""
    parts = [f"""[service]
title = "Test feeds"
base_url = "http://127.0.0.1:{port}"
database = "sqlite:///{folder / 'feeds.db'}"
page_size = {page_size}

[schedule]
every_minutes = 600
"""]
    for source_id, path in sources.items():
        parts.append(f"""[[sources]]
id = "{source_id}"
name = "{source_id.upper()} News"
kind = "folder"
path = "{path}"
""")
    parts.append(extra)
    parts.append(topics)
    path = folder / "config.toml"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


@dataclass
class Env:
    """A working service in a temporary folder: config, release folder, archive."""

    root: Path
    releases: Path
    config_path: Path
    config: Config
    store: Store

    def ingest(self):  # type: ignore[no-untyped-def]
        return run_ingest(self.config, self.store)

    def reload(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.config_path = write_config(self.root, {"asean": self.releases}, **kwargs)
        self.config = load_config(str(self.config_path), env={})


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    releases = tmp_path / "releases"
    releases.mkdir()
    shutil.copy(SEED, releases / "seed.txt")
    config_path = write_config(tmp_path, {"asean": releases})
    config = load_config(str(config_path), env={})
    store = Store.open(config.service.database)
    yield Env(tmp_path, releases, config_path, config, store)
    store.close()


@pytest.fixture
def client(env: Env):  # type: ignore[no-untyped-def]
    env.ingest()
    app = create_app(env.config, env.store)
    return app.test_client()


@dataclass
class Live:
    base: str
    env: Env


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    """The app served by waitress on 127.0.0.1, with the shipped demo releases ingested (one source per folder)."""
    from waitress.server import create_server
    port = free_port()
    releases = tmp_path / "releases"
    shutil.copytree(ROOT / "sources", releases)
    folders = {d.name: d for d in sorted(releases.iterdir()) if d.is_dir()}
    config_path = write_config(tmp_path, folders, port=port)
    config = load_config(str(config_path), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    # (`_quiet` is an argument of waitress.serve(), not of create_server(): passing it raises ValueError)
    server = create_server(create_app(config, store), host="127.0.0.1", port=port, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield Live(f"http://127.0.0.1:{port}", Env(tmp_path, releases, config_path, config, store))
    server.close()                     # stop listening; the loop ends once its last channel is gone
    for channel in list(server._map.values()):
        channel.close()
    thread.join(timeout=5)
    server.task_dispatcher.shutdown()
    store.close()
