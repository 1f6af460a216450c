"""The archive: SQLAlchemy Core over SQLite (default) or PostgreSQL. The only room that speaks SQL.

Contract: every datetime in and out is timezone-aware UTC. Releases are never deleted. An entry id
is written once, when a release is first stored, and never changed. Ingestion writes in batches, one
transaction each (`Store.writer`), so a killed run leaves every release either as it was or as written.

Rooms inside: schema, migrations (Alembic), writer (writes within one transaction), rows (row <-> model),
decide (the identity decision, pure: `Writer.save` applies it), groups (copies and translations),
instants, leases, search (full text), stats, changes (whether the archive changed, cheaply, for the
cached path), protocol (what the other rooms need from the archive).
Imports: model, errors, normalise (identity and grouping helpers), SQLAlchemy;
never sources, ingest, the network edge or the web.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (Connection, Engine, and_, bindparam, create_engine, event, func, insert, or_, select,
                        text, tuple_, update)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..model import RunRecord, SourceReport, StoredRelease, TopicMatch
from . import groups
from . import migrate, search
from .changes import files_stamp, unless_changed, wal_index_stamp
from .rows import inserted_pk as _inserted_pk, stored as _stored
from .writer import EMBARGO_NEXT, WITHDRAWN, Writer
from .schema import UTCDateTime, meta, release_topics, released, releases, runs


@dataclass(frozen=True)
class Query:
    """What a feed or page asks of the archive. Every filter is optional."""

    topic: str | None = None                  # None: every release
    sources: tuple[str, ...] = ()
    words: tuple[str, ...] = ()               # each word in the title or the body
    since: datetime | None = None             # published at or after
    until: datetime | None = None             # published before
    limit: int = 50
    offset: int = 0                           # releases to pass over first: HTML paging
    language: str | None = None               # this language or one of its variants ("en" finds "en-GB")
    countries: tuple[str, ...] = ()           # about any of these countries (ISO 3166-1 alpha-2, upper case)
    collapse_duplicates: bool = False         # show a release published by several sources once (earliest copy)
    at: datetime | None = None                # the instant embargoes are judged at (None: now)


# A keyset cursor: (published, pk) of a release. Pages start strictly after or before one, so they do
# not shift when releases arrive (unlike an offset).
Cursor = tuple[datetime, int]


TRANSIENT_SQLSTATES = {"40001", "40P01"}      # serialization failure, deadlock detected


# Reads during an ingestion: every commit empties each reader connection's page cache (SQLite, WAL mode),
# so without these a reader copies every page back through read() calls after each batch. Memory-mapped
# reads take the database's pages straight from the OS's file cache (read only: SQLite writes through
# its own calls, so a killed process cannot leave a half-written page through the map), and a larger page
# cache (an upper bound, filled on demand) holds the pages a feed touches between commits. Only processes that
# serve readers use them: a process that only ingests (`feeds ingest`, the scheduler's process) would map
# every page it touches into its own memory (an archive of 10,000 releases: some 70 MB more at its peak).
SQLITE_READ_PRAGMAS = ("PRAGMA mmap_size=268435456", "PRAGMA cache_size=-8192")     # 256 MiB, 8 MiB


def _transient(error: SQLAlchemyError) -> bool:
    """A conflict between concurrent writers rather than a fault of the data."""
    orig = getattr(error, "orig", None)
    if getattr(orig, "sqlstate", None) in TRANSIENT_SQLSTATES:
        return True
    return "database is locked" in str(orig or error)


def _casefold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def make_engine(url: str, readers: bool = True) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and a busy timeout, and its folder is made;
    with `readers` (a process that serves them) memory-mapped reads and a larger page cache too."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA synchronous=NORMAL")
            for pragma in SQLITE_READ_PRAGMAS if readers else ():
                cursor.execute(pragma)
            cursor.close()
            # SQLite's lower() and LIKE fold ASCII only: searches use Python's full Unicode case folding.
            dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """The archive. Create with `Store.open(url)`; close with `close()`."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._side_connections: list[Any] = []     # the version readers' own connections, closed with the store
        self._side_lock = threading.Lock()

    @classmethod
    def open(cls, url: str, now: datetime | None = None, upgrade: bool = True, readers: bool = True) -> "Store":
        """Open the archive at `url`, bringing its schema up to date (see feeds.store.migrate). `readers`:
        this process serves readers (see SQLITE_READ_PRAGMAS); False for a process that only ingests."""
        try:
            store = cls(make_engine(url, readers))
            if upgrade:
                migrate.upgrade(store.engine)
            with store.engine.begin() as conn:
                search.create_index(conn)
            with store.engine.begin() as conn:
                if conn.execute(select(meta.c.value).where(meta.c.key == "created")).first() is None:
                    created = (now or datetime.now(timezone.utc)).isoformat()
                    conn.execute(insert(meta).values(key="created", value=created))
                    conn.execute(insert(meta).values(key="version", value="0"))
        except SQLAlchemyError as e:
            raise StoreError(f"cannot open the database: {e.__class__.__name__}: {e}") from e
        return store

    def close(self) -> None:
        with self._side_lock:
            for conn in self._side_connections:
                conn.close()
            self._side_connections.clear()
        self.engine.dispose()

    def _keep(self, conn: Any) -> Any:
        with self._side_lock:
            self._side_connections.append(conn)
        return conn

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    # -- meta -------------------------------------------------------------------------------------

    def get_meta(self, key: str, conn: Connection | None = None) -> str | None:
        with self._reading(conn) as c:
            row = c.execute(select(meta.c.value).where(meta.c.key == key)).first()
        return None if row is None else row[0]

    def set_meta(self, conn: Connection, key: str, value: str) -> None:
        if conn.execute(update(meta).where(meta.c.key == key).values(value=value)).rowcount == 0:
            conn.execute(insert(meta).values(key=key, value=value))

    def version(self) -> int:
        """The archive's change counter: it grows whenever any release is added or changed."""
        return int(self.get_meta("version") or 0)

    def created(self) -> datetime:
        value = self.get_meta("created")
        return datetime.fromisoformat(value) if value else datetime(1970, 1, 1, tzinfo=timezone.utc)

    @contextmanager
    def _reading(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
            return
        try:
            with self.engine.connect() as c:
                yield c
        except SQLAlchemyError as e:
            raise StoreError(f"database read failed: {e.__class__.__name__}") from e

    @contextmanager
    def writer(self) -> Iterator["Writer"]:
        """One transaction: commit on success, roll back on any error."""
        w: Writer | None = None
        try:
            with self.engine.begin() as conn:
                w = Writer(self, conn)
                yield w
                self._mark_changes(conn, w)
        except SQLAlchemyError as e:
            raise StoreError(f"database write failed: {e.__class__.__name__}: {e}", transient=_transient(e)) from e
        finally:
            if w is not None:
                w.close()

    def _mark_changes(self, conn: Connection, w: "Writer") -> None:
        """Just before a writer's commit: the version goes up and the time a release left documents is
        kept. These meta rows are shared by every worker, so they are written last (each row lock held
        for the commit only, not the whole batch) and in one order (version, then withdrawn)."""
        if w.changed:
            self._bump_version(conn)
        if w.withdrawn is not None:
            self._upsert_meta(conn, WITHDRAWN, w.withdrawn.isoformat())

    def _bump_version(self, conn: Connection) -> None:
        """Version + 1. The row is read locked (FOR UPDATE), so a concurrent writer's bump is counted, not
        overwritten (PostgreSQL; SQLite has one writer at a time)."""
        value = conn.execute(select(meta.c.value).where(meta.c.key == "version").with_for_update()).scalar()
        conn.execute(update(meta).where(meta.c.key == "version").values(value=str(int(value or 0) + 1)))

    def _upsert_meta(self, conn: Connection, key: str, value: str) -> None:
        """Set a meta row, made if missing, in one statement (two workers may make it at once)."""
        insert_ = sqlite_insert if self.is_sqlite else postgresql_insert
        conn.execute(insert_(meta).values(key=key, value=value)
                     .on_conflict_do_update(index_elements=[meta.c.key], set_={"value": value}))

    # -- reading releases ---------------------------------------------------------------------------

    def _filtered(self, q: Query):  # type: ignore[no-untyped-def]
        """The statement selecting the releases of `q` (no order, no limit), and the (published, pk)
        columns to order and page it by: a topic's own index when there is a topic."""
        rt = release_topics
        if q.topic:
            published, pk = rt.c.published, rt.c.release_pk
            stmt = select(releases).join(rt, rt.c.release_pk == releases.c.pk).where(rt.c.topic == q.topic)
        else:
            published, pk = releases.c.published, releases.c.pk
            stmt = select(releases)
        stmt = stmt.where(released(q.at))
        if q.since:
            stmt = stmt.where(published >= q.since)
        if q.until:
            stmt = stmt.where(published < q.until)
        if q.sources:
            stmt = stmt.where(releases.c.source_id.in_(q.sources))
        if q.language:
            stmt = stmt.where(or_(func.lower(releases.c.language) == q.language,
                                  func.lower(releases.c.language).like(q.language + "-%")))
        stmt = groups.narrow(stmt, q.countries, q.collapse_duplicates, q.topic, q.sources)
        if q.words:
            stmt = stmt.where(search.matches(self.engine.dialect.name, q.words))
        return stmt, published, pk

    def _items(self, stmt) -> list[tuple[Cursor, StoredRelease]]:  # type: ignore[no-untyped-def]
        with self._reading(None) as conn:
            rows = conn.execute(stmt).mappings().all()
            topics = self._topics_of(conn, [r["pk"] for r in rows])
            facets = groups.facets_of(conn, [r["pk"] for r in rows])
        return [((r["published"], r["pk"]),
                 groups.with_facets(_stored(r, topics.get(r["pk"], ())), facets.get(r["pk"])))
                for r in rows]

    def releases(self, q: Query) -> list[StoredRelease]:
        """Releases matching the query, newest published first (`q.offset` passes over the first ones)."""
        stmt, published, pk = self._filtered(q)
        stmt = stmt.order_by(published.desc(), pk.desc()).limit(q.limit)
        if q.offset:
            stmt = stmt.offset(q.offset)
        return [item for _, item in self._items(stmt)]

    def count_matching(self, q: Query) -> int:
        """How many releases match the query (all of them: limit and offset do not apply)."""
        stmt, _, _ = self._filtered(q)
        with self._reading(None) as conn:
            return int(conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one())

    def page(self, q: Query, before: Cursor | None = None, after: Cursor | None = None,
             oldest: bool = False) -> list[tuple[Cursor, StoredRelease]]:
        """Up to `q.limit` releases matching the query, newest first, each with its keyset cursor.

        `before`: only releases older than that cursor (the next page); `after`: only newer ones, the
        `q.limit` closest to it (the previous page); `oldest`: the oldest `q.limit` (the last page).
        """
        stmt, published, pk = self._filtered(q)
        key = tuple_(published, pk)
        ascending = after is not None or oldest
        if before is not None:
            stmt = stmt.where(key < tuple_(bindparam(None, before[0], UTCDateTime()), before[1]))
        if after is not None:
            stmt = stmt.where(key > tuple_(bindparam(None, after[0], UTCDateTime()), after[1]))
        stmt = stmt.order_by(published.asc(), pk.asc()) if ascending else stmt.order_by(published.desc(), pk.desc())
        out = self._items(stmt.limit(q.limit))
        return out[::-1] if ascending else out

    def version_reader(self) -> Callable[[], int]:
        """A reader of `version()` for hot paths (every feed request asks it): one plain DBAPI connection
        per thread, outside any pool or transaction, so each read is one round trip and sees the latest
        commit of any process. On SQLite a read is skipped while nothing was committed (see `changes`)."""
        database = self.engine.url.database
        if self.engine.dialect.name == "postgresql":
            import psycopg
            conninfo = self.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
            return self._thread_reader(lambda: psycopg.connect(conninfo, autocommit=True, connect_timeout=10),
                                       psycopg.Error)
        if not self.is_sqlite or not database or database == ":memory:":
            return self.current_version
        read = self._thread_reader(lambda: sqlite3.connect(database, timeout=30, check_same_thread=False),
                                   sqlite3.Error)
        return unless_changed(read, wal_index_stamp(database, self._keep) or files_stamp((database + "-wal",)))

    def _thread_reader(self, connect: Callable[[], Any], errors: type[Exception]) -> Callable[[], int]:
        local = threading.local()

        def read() -> int:
            try:
                conn = getattr(local, "conn", None)
                if conn is None:
                    conn = local.conn = self._keep(connect())
                rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('version', 'embargo_next')")
                            .fetchall())
            except errors as e:
                local.conn = None
                raise StoreError(f"database read failed: {e.__class__.__name__}") from e
            return self._judged(int(rows.get("version") or 0), rows.get(EMBARGO_NEXT))
        return read

    def current_version(self) -> int:
        """`version()`, read with the least overhead: render caches ask it at every request."""
        with self._reading(None) as conn:
            rows: dict[str, str] = dict(conn.exec_driver_sql(
                "SELECT key, value FROM meta WHERE key IN ('version', 'embargo_next')").fetchall())
        return self._judged(int(rows.get("version") or 0), rows.get(EMBARGO_NEXT))

    def release_by_uuid(self, uuid: str) -> StoredRelease | None:
        with self._reading(None) as conn:
            row = conn.execute(select(releases).where(and_(releases.c.entry_id == f"urn:uuid:{uuid}", released(None)))
                               ).mappings().first()
            if row is None:
                return None
            topics = self._topics_of(conn, [row["pk"]])
            facets = groups.facets_of(conn, [row["pk"]])
        return groups.with_facets(_stored(row, topics.get(row["pk"], ())), facets.get(row["pk"]))

    def _topics_of(self, conn: Connection, pks: Sequence[int]) -> dict[int, tuple[TopicMatch, ...]]:
        out: dict[int, list[TopicMatch]] = {}
        if not pks:
            return {}
        rows = conn.execute(select(release_topics).where(release_topics.c.release_pk.in_(pks))
                            .order_by(release_topics.c.release_pk, release_topics.c.topic))
        for r in rows.mappings():
            pairs = json.loads(r["terms"])
            out.setdefault(r["release_pk"], []).append(
                TopicMatch(r["topic"], r["score"], tuple(p[0] for p in pairs), tuple(p[1] for p in pairs),
                           r["confidence"]))
        return {k: tuple(v) for k, v in out.items()}

    def topic_counts(self) -> dict[str, int]:
        with self._reading(None) as conn:
            rows = conn.execute(select(release_topics.c.topic, func.count())
                                .join(releases, releases.c.pk == release_topics.c.release_pk)
                                .where(released(None)).group_by(release_topics.c.topic))
            return {topic: count for topic, count in rows}

    def count(self) -> int:
        with self._reading(None) as conn:
            return int(conn.execute(select(func.count()).select_from(releases).where(released(None))).scalar_one())

    def embargoed(self, now: datetime | None = None) -> int:
        """How many stored releases wait for their embargo."""
        with self._reading(None) as conn:
            return int(conn.execute(select(func.count()).select_from(releases)
                                    .where(releases.c.embargo_until > (now or _now()))).scalar_one())

    def pass_embargoes(self, now: datetime) -> int:
        """The archive after `now`: when an embargo has passed since the last write, the archive counts as
        changed at that instant (the version moves on, so no cached document outlives an embargo) and
        the next embargo ahead is remembered. Returns the version."""
        with self.engine.begin() as conn:
            due = conn.execute(select(meta.c.value).where(meta.c.key == EMBARGO_NEXT)).scalar()
            if due and datetime.fromisoformat(due) <= now:
                ahead = conn.execute(select(func.min(releases.c.embargo_until))
                                     .where(releases.c.embargo_until > now)).scalar()
                self.set_meta(conn, EMBARGO_NEXT, ahead.isoformat() if ahead else "")
                self._bump_version(conn)
            return int(conn.execute(select(meta.c.value).where(meta.c.key == "version")).scalar() or 0)

    def _judged(self, version: int, due: str | None) -> int:
        """The version a reader reports: moved on when an embargo is due (see pass_embargoes)."""
        if due and datetime.fromisoformat(due) <= _now():
            return self.pass_embargoes(_now())
        return version

    def count_upto(self, pk: int) -> int:
        """How many releases have a pk of at most `pk`."""
        with self._reading(None) as conn:
            return int(conn.execute(select(func.count()).select_from(releases).where(releases.c.pk <= pk)).scalar_one())

    def withdrawn(self) -> datetime | None:
        """When a release last left documents it was in (an edit, a lost topic): see Writer._withdrawn."""
        value = self.get_meta(WITHDRAWN)
        return datetime.fromisoformat(value) if value else None

    def presented(self, fingerprint: str, now: datetime) -> datetime:
        """When what the service says around the releases (its title, addresses, topic names: the
        `fingerprint`) last changed: remembered in the archive, so every process and restart agrees."""
        if self.get_meta("presentation") != fingerprint:
            try:
                with self.engine.begin() as conn:
                    self.set_meta(conn, "presentation", fingerprint)
                    self.set_meta(conn, "presented", now.isoformat())
            except SQLAlchemyError:
                pass    # processes starting together: another one wrote it first
        value = self.get_meta("presented")
        return datetime.fromisoformat(value) if value else self.created()

    def newest_change(self) -> datetime | None:
        with self._reading(None) as conn:
            return conn.execute(select(func.max(releases.c.updated))).scalar_one()

    def last_runs(self) -> dict[str, RunRecord]:
        """The latest run of every source that has run."""
        latest = select(runs.c.source_id, func.max(runs.c.id).label("id")).group_by(runs.c.source_id).subquery()
        stmt = select(runs).join(latest, and_(runs.c.id == latest.c.id))
        with self._reading(None) as conn:
            return {r["source_id"]: _run(r) for r in conn.execute(stmt).mappings()}

    def recent_runs(self, source_id: str, limit: int = 10) -> list[RunRecord]:
        """The source's latest runs, newest first."""
        stmt = select(runs).where(runs.c.source_id == source_id).order_by(runs.c.id.desc()).limit(limit)
        with self._reading(None) as conn:
            return [_run(r) for r in conn.execute(stmt).mappings()]

    def check(self) -> str:
        """'ok', or what the database's own integrity check says."""
        with self._reading(None) as conn:
            if self.is_sqlite:
                return str(conn.execute(text("PRAGMA integrity_check")).scalar_one())
            conn.execute(text("SELECT 1"))
            return "ok"

    # -- runs ---------------------------------------------------------------------------------------

    def close_stale_runs(self, source_id: str, now: datetime) -> int:
        """Mark the source's runs still 'running' as failed: their process died (the caller holds the source)."""
        with self.engine.begin() as conn:
            return int(conn.execute(update(runs).where(and_(runs.c.source_id == source_id, runs.c.status == "running"))
                                    .values(status="failed", finished=now,
                                            error="interrupted: the ingesting process stopped before the end "
                                                  "(nothing of that run was kept)")).rowcount)

    def start_run(self, source_id: str, now: datetime) -> int:
        with self.engine.begin() as conn:
            return _inserted_pk(conn.execute(insert(runs).values(source_id=source_id, started=now, status="running")))

    def finish_run(self, run_id: int, report: SourceReport, now: datetime) -> None:
        details = json.dumps({"skipped": [{"origin": o, "reason": r} for o, r in report.skipped_reasons[:200]],
                              "failed": [{"origin": o, "reason": r} for o, r in report.failures[:200]]})
        with self.engine.begin() as conn:
            conn.execute(update(runs).where(runs.c.id == run_id).values(
                finished=now, status="ok" if report.ok else "failed", new=report.new, updated=report.updated,
                unchanged=report.unchanged, skipped=report.skipped, failed=report.failed, error=report.error,
                details=details))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _run(row) -> RunRecord:  # type: ignore[no-untyped-def]
    details = _details(row["details"])
    return RunRecord(source_id=row["source_id"], started=row["started"], finished=row["finished"],
                     status=row["status"], new=row["new"], updated=row["updated"], unchanged=row["unchanged"],
                     skipped=row["skipped"], failed=row["failed"], error=row["error"],
                     skipped_items=details.get("skipped", ()), failed_items=details.get("failed", ()))


def _details(text: str | None) -> dict[str, tuple[tuple[str, str], ...]]:
    """The skipped and failed items a run recorded (JSON in runs.details), as (origin, reason) pairs."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return {key: tuple((str(i.get("origin", "")), str(i.get("reason", ""))) for i in data.get(key, ())
                       if isinstance(i, dict))
            for key in ("skipped", "failed") if isinstance(data, dict)}
