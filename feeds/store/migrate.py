"""Schema migrations (Alembic): bring any archive to the current schema without losing a row.

A new, empty database gets the current schema at once and is stamped with the newest revision. A
database made before migrations existed (tables but no `alembic_version`) is stamped with the first
revision and upgraded. Every migration only adds (tables, indexes, columns), so upgrading while
readers run is safe; `feeds serve` and `feeds ingest` upgrade automatically, `feeds db upgrade` on demand.
"""
from __future__ import annotations

import time
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from .schema import metadata

FIRST = "0001"


def _alembic(conn: Connection) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = conn
    return cfg


def head() -> str:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return str(ScriptDirectory.from_config(cfg).get_current_head())


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


MIGRATION_LOCK = 7_362_115_004   # PostgreSQL advisory lock key: one migrating process at a time
ATTEMPTS = 5


def upgrade(engine: Engine, target: str = "head") -> tuple[str | None, str | None]:
    """Bring the archive to `target`; returns (revision before, revision after).

    Processes starting together may race to create a new archive: PostgreSQL serialises them with an
    advisory lock; on SQLite the loser of the race finds the tables made and tries again."""
    for attempt in range(ATTEMPTS):
        try:
            return _upgrade(engine, target)
        except (OperationalError, IntegrityError, ProgrammingError):
            if attempt == ATTEMPTS - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def _upgrade(engine: Engine, target: str) -> tuple[str | None, str | None]:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        tables = set(inspect(conn).get_table_names())
        before = MigrationContext.configure(conn).get_current_revision()
        cfg = _alembic(conn)
        if before is None and "releases" not in tables:
            if target == "head":
                metadata.create_all(conn)
                command.stamp(cfg, "head")
            else:
                command.upgrade(cfg, target)
        else:
            if before is None:
                command.stamp(cfg, FIRST)
            command.upgrade(cfg, target)
        after = MigrationContext.configure(conn).get_current_revision()
    return before, after
