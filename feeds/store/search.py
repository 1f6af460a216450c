"""Full-text search for `q=`: each engine's own index, so a search never scans the archive.

SQLite: an FTS5 table over title and body (external content, kept in step by triggers), tokenizer
unicode61 (Unicode case folding, accents kept). PostgreSQL: a GIN index on
to_tsvector('simple', title || ' ' || body_text) ('simple': no stemming, any language). On both,
every word of the query must start a word of the title or the body ("terror" finds "terrorism").
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, ColumnElement, func, literal_column, select, text

from .schema import releases

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS releases_fts USING fts5("
    "title, body_text, content='releases', content_rowid='pk', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS releases_fts_insert AFTER INSERT ON releases BEGIN "
    "INSERT INTO releases_fts(rowid, title, body_text) VALUES (new.pk, new.title, new.body_text); END",
    "CREATE TRIGGER IF NOT EXISTS releases_fts_delete AFTER DELETE ON releases BEGIN "
    "INSERT INTO releases_fts(releases_fts, rowid, title, body_text) "
    "VALUES ('delete', old.pk, old.title, old.body_text); END",
    "CREATE TRIGGER IF NOT EXISTS releases_fts_update AFTER UPDATE OF title, body_text ON releases BEGIN "
    "INSERT INTO releases_fts(releases_fts, rowid, title, body_text) "
    "VALUES ('delete', old.pk, old.title, old.body_text); "
    "INSERT INTO releases_fts(rowid, title, body_text) VALUES (new.pk, new.title, new.body_text); END",
)
_POSTGRES_DDL = (
    "CREATE INDEX IF NOT EXISTS ix_releases_fts ON releases "
    "USING gin (to_tsvector('simple', title || ' ' || body_text))",
)
_WORD = re.compile(r"^\w+$")


def create_index(conn: Connection) -> None:
    """Create the engine's search index (idempotent); a new SQLite index is filled from the archive."""
    if conn.dialect.name == "sqlite":
        fresh = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'releases_fts'")).first() is None
        for statement in _SQLITE_DDL:
            conn.execute(text(statement))
        if fresh:
            conn.execute(text("INSERT INTO releases_fts(releases_fts) VALUES ('rebuild')"))
    elif conn.dialect.name == "postgresql":
        for statement in _POSTGRES_DDL:
            conn.execute(text(statement))


def _words(words: tuple[str, ...]) -> list[str]:
    return [w for w in words if _WORD.match(w)]


def matches(dialect: str, words: tuple[str, ...]) -> ColumnElement[bool]:
    """A condition on `releases`: every word starts a word of the title or the body."""
    clean = _words(words)
    if not clean:
        return literal_column("1") == literal_column("1")
    if dialect == "sqlite":
        query = " AND ".join(f'"{w}"*' for w in clean)
        hits: Any = select(literal_column("rowid")).select_from(text("releases_fts")).where(
            text("releases_fts MATCH :fts_query").bindparams(fts_query=query))
        return releases.c.pk.in_(hits)
    if dialect == "postgresql":
        query = " & ".join(f"'{w}':*" for w in clean)
        document = func.to_tsvector(literal_column("'simple'"), releases.c.title + " " + releases.c.body_text)
        return document.op("@@")(func.to_tsquery(literal_column("'simple'"), query))
    raise ValueError(f"no full-text search for {dialect}")
