"""Shared fixtures: a config written to a temporary folder, a real archive, the Flask app, and a live
server on 127.0.0.1 for readers (feedparser, newsboat) that talk real HTTP.

Every test that uses an archive (through `database_url`: `env`, `client`, `live`...) runs once per
engine: SQLite, and PostgreSQL in a fresh database of the cluster named by FEEDS_TEST_POSTGRES_URL
(scripts/test.sh starts one). FEEDS_TEST_ENGINES=sqlite limits a quick local run to SQLite; a test
marked `sqlite_only` is about SQLite itself (its file lock, its pragmas) and runs on SQLite alone.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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


def engines() -> list[str]:
    return [e.strip() for e in os.environ.get("FEEDS_TEST_ENGINES", "sqlite,postgresql").split(",") if e.strip()]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `long` (a minute or more) run first, in their order; the rest keep theirs. On the
    parallel workers of scripts/test.sh they then overlap the many short tests instead of finishing last."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_url" in metafunc.fixturenames:
        chosen = ["sqlite"] if metafunc.definition.get_closest_marker("sqlite_only") else engines()
        metafunc.parametrize("database_url", chosen, indirect=True)


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database in the test cluster; dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    base = os.environ.get("FEEDS_TEST_POSTGRES_URL")
    if not base:
        pytest.fail("FEEDS_TEST_POSTGRES_URL is not set: run the tests with scripts/test.sh, which starts a "
                    "throwaway PostgreSQL, or set FEEDS_TEST_ENGINES=sqlite for a SQLite-only run")
    name = "t_" + uuid.uuid4().hex[:16]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The archive's URL: a SQLite file in the test's folder, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'feeds.db'}"
    else:
        with postgres_database() as url:
            yield url


def write_config(folder: Path, sources: dict[str, Path], port: int = 8000, extra: str = "",
                 topics: str = TOPICS_TOML, page_size: int = 50, database: str | None = None,
                 classifier: str | None = "") -> Path:
    """A config.toml in `folder` with one folder source per entry of `sources` (id -> path).

    `classifier` is the `[classifier] model` key: "" (the default) is keyword rules alone; None leaves
    the key out, so the shipped learned model is configured: it applies only to topics defined exactly
    as the shipped ones (test taxonomies are their own: a few keywords under the shipped slugs, on
    their rules alone either way)."""
    database = database or f"sqlite:///{folder / 'feeds.db'}"
    parts = [f"""[service]
title = "Test feeds"
base_url = "http://127.0.0.1:{port}"
database = "{database}"
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
    if classifier is not None:
        parts.append(f'[classifier]\nmodel = "{classifier}"\n')
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
    database: str = ""

    def ingest(self):  # type: ignore[no-untyped-def]
        return run_ingest(self.config, self.store)

    def reload(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("database", self.database or None)
        self.config_path = write_config(self.root, {"asean": self.releases}, **kwargs)
        self.config = load_config(str(self.config_path), env={})


@pytest.fixture
def env(tmp_path: Path, database_url: str) -> Iterator[Env]:
    releases = tmp_path / "releases"
    releases.mkdir()
    shutil.copy(SEED, releases / "seed.txt")
    config_path = write_config(tmp_path, {"asean": releases}, database=database_url)
    config = load_config(str(config_path), env={})
    store = Store.open(config.service.database)
    yield Env(tmp_path, releases, config_path, config, store, database_url)
    store.close()


@pytest.fixture
def client(env: Env):  # type: ignore[no-untyped-def]
    env.ingest()
    app = create_app(env.config, env.store)
    return app.test_client()


@contextmanager
def serve_app(app, port: int) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Serve a WSGI app on 127.0.0.1:port in a thread (werkzeug's threaded server); stopped cleanly afterwards.

    Each answer is read whole and its iterable closed before werkzeug sends it: when a client (a browser
    leaving a page) drops the connection mid-answer, werkzeug does not close the iterable, and a static
    file's handle would be left to the garbage collector (a ResourceWarning in whatever test runs next)."""
    from werkzeug.serving import make_server

    def whole(environ, start_response):  # type: ignore[no-untyped-def]
        answer = app(environ, start_response)
        try:
            return [b"".join(answer)]
        finally:
            if hasattr(answer, "close"):
                answer.close()
    server = make_server("127.0.0.1", port, whole, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass
class Live:
    base: str
    env: Env


@pytest.fixture
def live(tmp_path: Path, database_url: str) -> Iterator[Live]:
    """The app served on 127.0.0.1 (`serve_app`), with the shipped demo releases ingested (one source per folder)."""
    port = free_port()
    releases = tmp_path / "releases"
    shutil.copytree(ROOT / "sources", releases)
    folders = {d.name: d for d in sorted(releases.iterdir()) if d.is_dir()}
    config_path = write_config(tmp_path, folders, port=port, database=database_url)
    config = load_config(str(config_path), env={})
    store = Store.open(config.service.database)
    run_ingest(config, store)
    with serve_app(create_app(config, store), port):
        yield Live(f"http://127.0.0.1:{port}", Env(tmp_path, releases, config_path, config, store, database_url))
    store.close()
