"""Writing the archive within one transaction (`Store.writer` opens it): `Writer.save` stores a normalised
release as `decide` rules (new, edited, alias...), reserving its distinct `updated` second; the rest keeps
what ingestion remembers (file fingerprints, URL validators) and re-classification's topic writes."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import BindParameter, Connection, Engine, and_, bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..model import FileFingerprint, Release, TopicMatch
from .groups import on_edit, on_new, refresh
from .decide import Incoming, Known, KnownItem, Outcome, decide, needs_twin, twins
from .instants import first_free, whole_second
from .rows import inserted_pk as _inserted_pk, stored as _stored
from .schema import http_state, instants, origins, release_topics, releases



class Archive(Protocol):
    """What a Writer needs of the Store that opened it."""

    @property
    def engine(self) -> Engine: ...
    @property
    def is_sqlite(self) -> bool: ...
    def get_meta(self, key: str, conn: Connection | None = None) -> str | None: ...
    def set_meta(self, conn: Connection, key: str, value: str) -> None: ...

# The statements of saving a release, built once (with bound parameters): building a statement costs
# more than SQLite takes to run it.
_SOURCE: BindParameter[Any] = bindparam("b_source_id")
_ORIGIN: BindParameter[Any] = bindparam("b_origin")
_THIS_ORIGIN = and_(origins.c.source_id == _SOURCE, origins.c.origin == _ORIGIN)
_KNOWN_ITEM = (select(origins.c.release_pk, origins.c.content_hash, releases.c.origin, releases.c.title,
                      releases.c.body_hash, releases.c.content_hash.label("release_hash"),
                      releases.c.published_estimated)
               .join(releases, releases.c.pk == origins.c.release_pk).where(_THIS_ORIGIN))
_TWINS = (select(releases.c.pk, releases.c.title, releases.c.body_hash)
          .where(and_(releases.c.source_id == _SOURCE, releases.c.body_hash == bindparam("b_body_hash")))
          .order_by(releases.c.pk))
_TAKEN = select(instants.c.instant).where(and_(instants.c.instant >= bindparam("b_start"),
                                               instants.c.instant < bindparam("b_end")))
_INSERT_RELEASE, _INSERT_ORIGIN, _INSERT_TOPIC = insert(releases), insert(origins), insert(release_topics)
_REMEMBER_FILE = update(origins).where(_THIS_ORIGIN)
_KNOWS = select(origins.c.release_pk).where(_THIS_ORIGIN)
# A reservation answers with the second it took, or nothing when another writer has it: RETURNING, not the
# cursor's rowcount, which SQLAlchemy leaves at -1 for an INSERT (every second looked free: two releases of
# concurrent PostgreSQL workers could share one).
_RESERVE_SQLITE = sqlite_insert(instants).on_conflict_do_nothing().returning(instants.c.instant)
_RESERVE_POSTGRESQL = postgresql_insert(instants).on_conflict_do_nothing().returning(instants.c.instant)

EMBARGO_NEXT = "embargo_next"   # meta key: the next embargo instant still ahead ("" when none)
WITHDRAWN = "withdrawn"    # meta key: when a release last left a document (an edit, a topic lost)


class Writer:
    """Writes within one transaction (see Store.writer); `save` applies what `decide` rules."""

    def __init__(self, store: Archive, conn: Connection):
        self.store = store
        self.conn = conn
        self.changed = False
        self.withdrawn: datetime | None = None    # a release left documents it was in (see _withdrawn)
        self._side: Connection | None = None     # PostgreSQL: reserves `updated` seconds (see _reserve)

    def _free_instant(self, when: datetime) -> datetime:
        """An `updated` instant for a release, no other release's: the first whole second at or after
        `when` that no release holds or a writer reserved (see feeds.store.instants), reserved now."""
        return first_free(whole_second(when), self._taken, self._reserve)

    def _taken(self, start: datetime, end: datetime) -> Iterable[datetime]:
        """The seconds from `start` until `end` that releases hold or writers reserved."""
        return self.conn.execute(_TAKEN, {"b_start": start, "b_end": end}).scalars()

    def _reserve(self, second: datetime) -> bool:
        """Take `second` for a release of this transaction; False when another writer has it. PostgreSQL:
        in a committed statement of its own, seen at once by concurrent writers (a reservation whose
        release is rolled back stays, unused). SQLite has one writer at a time: in this transaction."""
        if self.store.is_sqlite:
            return self.conn.execute(_RESERVE_SQLITE, {"instant": second}).first() is not None
        if self._side is None:
            self._side = self.store.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        return self._side.execute(_RESERVE_POSTGRESQL, {"instant": second}).first() is not None

    def close(self) -> None:
        if self._side is not None:
            self._side.close()
            self._side = None

    def save(self, release: Release, entry_id: str, given_topics: str, now: datetime,
             file: FileFingerprint | None = None) -> Outcome:
        """Store one normalised release as `decide` rules (see feeds.store.decide); returns the Outcome.
        `file`: the fingerprint of the folder file it was read from, remembered with its origin (written with
        the origin's row when that is new: one statement less per new file).

        `Outcome.report` names the run report's counter: 'new', 'updated' or 'unchanged'.
        """
        incoming = Incoming(release.origin, release.content_hash, release.title, release.body_hash,
                            release.published_estimated)
        pk, item = self._known_item(release)
        twin = self._twin_of(release) if needs_twin(item, incoming) else None
        outcome = decide(Known(item, twin is not None), incoming)
        if outcome.detaches:
            self._forget_origin(release)
        if outcome in (Outcome.ALIAS, Outcome.DETACHED_ALIAS):
            # Same source, same folded title and body: one release; remember this item as its alias.
            self.conn.execute(_INSERT_ORIGIN, dict(source_id=release.source_id, origin=release.origin,
                                                   release_pk=twin, content_hash=release.content_hash,
                                                   **_file_columns(file)))
        elif outcome in (Outcome.NEW, Outcome.DETACHED_NEW):
            self._insert(release, entry_id, given_topics, now, file)
        else:
            if outcome is not Outcome.UNCHANGED:
                assert pk is not None and item is not None
                self._apply_change(pk, item, outcome, release, given_topics, now)
            if file is not None:
                self.remember_file(release.source_id, release.origin, file)
        return outcome

    def _known_item(self, release: Release) -> tuple[int | None, KnownItem | None]:
        """The release pk this item's origin names, with what `decide` needs of both; (None, None) if unknown."""
        row = self.conn.execute(_KNOWN_ITEM, {"b_source_id": release.source_id, "b_origin": release.origin}).first()
        if row is None:
            return None, None
        return row.release_pk, KnownItem(row.content_hash, row.origin, row.title, row.body_hash, row.release_hash,
                                         bool(row.published_estimated))

    def _forget_origin(self, release: Release) -> None:
        self.conn.execute(origins.delete().where(and_(origins.c.source_id == release.source_id,
                                                      origins.c.origin == release.origin)))

    def _insert(self, release: Release, entry_id: str, given_topics: str, now: datetime,
                file: FileFingerprint | None) -> None:
        c = self.conn
        updated = self._free_instant(release.published)
        pk = _inserted_pk(c.execute(_INSERT_RELEASE, dict(
            entry_id=entry_id, first_seen=now, changed=now,
            **_columns(release, release.published, updated, given_topics))))
        self._note_embargo(release.embargo_until, now)
        c.execute(_INSERT_ORIGIN, dict(source_id=release.source_id, origin=release.origin, release_pk=pk,
                                       content_hash=release.content_hash, **_file_columns(file)))
        self._write_topics(pk, release.published, release.topics)
        on_new(c, pk, release)
        self.changed = True

    def _twin_of(self, release: Release) -> int | None:
        """The pk of a release of the same source with the same folded title and body, if any."""
        rows = self.conn.execute(_TWINS, {"b_source_id": release.source_id, "b_body_hash": release.body_hash})
        return next((row.pk for row in rows if twins(row.title, row.body_hash, release.title, release.body_hash)),
                    None)

    def _apply_change(self, pk: int, item: KnownItem, outcome: Outcome, release: Release, given_topics: str,
                      now: datetime) -> None:
        """A known item whose content changed: remember its new hash; rewrite its release when it is an edit."""
        c = self.conn
        c.execute(update(origins).where(and_(origins.c.source_id == release.source_id,
                                             origins.c.origin == release.origin))
                  .values(content_hash=release.content_hash))
        if outcome is Outcome.REVERTED:
            return                 # another file of the same release changed back to it
        published = release.published
        if outcome is Outcome.EDITED_UNDATED:   # an undated file keeps its first estimate
            published = c.execute(select(releases.c.published).where(releases.c.pk == pk)).scalar_one()
        self._write(pk, release, published, self._free_instant(now), given_topics, now)
        self._withdrawn(now)      # an edited release may have left documents (a topic, a language, a search)
        self.changed = True

    def _write(self, pk: int, release: Release, published: datetime, updated: datetime, given_topics: str,
               now: datetime) -> None:
        values = _columns(release, published, updated, given_topics)
        values.pop("origin")                       # the first origin stays the release's name
        self._note_embargo(release.embargo_until, now)
        self.conn.execute(update(releases).where(releases.c.pk == pk).values(changed=now, **values))
        self.conn.execute(release_topics.delete().where(release_topics.c.release_pk == pk))
        self._write_topics(pk, published, release.topics)
        on_edit(self.conn, pk, release, published)

    def _note_embargo(self, until: datetime | None, now: datetime) -> None:
        """Remember the nearest embargo ahead: readers see the archive change at that instant."""
        if until is None or until <= now:
            return
        due = self.store.get_meta(EMBARGO_NEXT, self.conn)
        if not due or datetime.fromisoformat(due) <= now or until < datetime.fromisoformat(due):
            self.store.set_meta(self.conn, EMBARGO_NEXT, until.isoformat())

    def _withdrawn(self, now: datetime) -> None:
        """Remember when a release last left documents it was in: their Last-Modified is at least that.
        Written to the archive at commit (Store._mark_changes), not here: the meta row is every worker's."""
        self.withdrawn = now if self.withdrawn is None else max(self.withdrawn, now)

    def relink(self, source_id: str, origin: str, link: str,
               rehash: Callable[[Release, list[str], str], str], now: datetime) -> bool:
        """Give a stored release the link its publisher gives (an archive that stored another spelling of
        it): its id and `updated` stay, its content hash becomes `rehash(release, tags, link)`, the hash
        it has with that link. True when something changed."""
        row = self.conn.execute(select(releases).join(origins, origins.c.release_pk == releases.c.pk).where(
            and_(origins.c.source_id == source_id, origins.c.origin == origin, releases.c.origin == origin,
                 releases.c.link != link))).mappings().first()
        if row is None:
            return False
        pk = row["pk"]
        content_hash = rehash(_stored(row, ()).release, [t for t in row["given_topics"].split(",") if t], link)
        self.conn.execute(update(releases).where(releases.c.pk == pk)
                          .values(link=link, content_hash=content_hash, changed=now))
        self.conn.execute(update(origins).where(and_(origins.c.source_id == source_id, origins.c.origin == origin))
                          .values(content_hash=content_hash))
        self.changed = True
        return True

    def _write_topics(self, pk: int, published: datetime, topics: Sequence[TopicMatch]) -> None:
        rows = [dict(release_pk=pk, topic=m.slug, published=published, score=m.score, confidence=m.confidence,
                     terms=json.dumps(list(zip(m.terms, m.where, strict=False)), ensure_ascii=False)) for m in topics]
        if rows:
            self.conn.execute(_INSERT_TOPIC, rows)     # one statement for all

    def stored_texts(self, after: int = 0, limit: int | None = None
                     ) -> list[tuple[int, str, str, str, str, datetime, str | None]]:
        """(pk, source_id, title, body_text, given_topics, published, language) of the releases after pk `after`, in pk
        order, at most `limit` of them: for re-classification, a batch at a time."""
        stmt = (select(releases.c.pk, releases.c.source_id, releases.c.title, releases.c.body_text,
                       releases.c.given_topics, releases.c.published, releases.c.language)
                .where(releases.c.pk > after).order_by(releases.c.pk).limit(limit))
        return [tuple(r) for r in self.conn.execute(stmt)]  # type: ignore[misc]

    def fingerprints(self, source_id: str, origins_: Sequence[str]) -> dict[str, FileFingerprint]:
        """The recorded file fingerprints of those origins of a source that have one."""
        o = origins
        rows = self.conn.execute(select(o.c.origin, o.c.file_size, o.c.file_mtime_ns, o.c.file_inode, o.c.file_hash,
                                        o.c.file_context)
                                 .where(and_(o.c.source_id == source_id, o.c.origin.in_(list(origins_)),
                                             o.c.file_hash.is_not(None))))
        return {r[0]: FileFingerprint(int(r[1]), int(r[2]), int(r[3]), r[4], r[5]) for r in rows}

    def remember_file(self, source_id: str, origin: str, fp: FileFingerprint) -> None:
        """Record the fingerprint of a stored file (nothing when the origin is not stored)."""
        self.conn.execute(_REMEMBER_FILE, dict(b_source_id=source_id, b_origin=origin, **_file_columns(fp)))

    def knows(self, source_id: str, origin: str) -> bool:
        return self.conn.execute(_KNOWS, {"b_source_id": source_id, "b_origin": origin}).first() is not None

    def url_state(self, source_id: str, url: str) -> tuple[str | None, str | None, str | None, datetime] | None:
        """(etag, last_modified, marker, checked) remembered for a URL of a web source."""
        row = self.conn.execute(select(http_state.c.etag, http_state.c.last_modified, http_state.c.marker,
                                       http_state.c.checked)
                                .where(and_(http_state.c.source_id == source_id, http_state.c.url == url))).first()
        return None if row is None else (row[0], row[1], row[2], row[3])

    def remember_url(self, source_id: str, url: str, etag: str | None, last_modified: str | None,
                     marker: str | None, now: datetime) -> None:
        values = dict(etag=etag, last_modified=last_modified, marker=marker, checked=now)
        where = and_(http_state.c.source_id == source_id, http_state.c.url == url)
        if self.conn.execute(update(http_state).where(where).values(**values)).rowcount == 0:
            self.conn.execute(insert(http_state).values(source_id=source_id, url=url, **values))

    def refresh_facets(self, pk: int, countries: Sequence[str]) -> None:
        """Set a stored release's countries, and group it with its copies and translations if it predates
        grouping (re-classification: not an edit, so nothing a reader sees as a change)."""
        row = self.conn.execute(select(releases).where(releases.c.pk == pk)).mappings().one()
        release = _stored(row, ()).release
        refresh(self.conn, pk, Release(**{**release.__dict__, "countries": tuple(countries)}))

    def replace_topics(self, pk: int, published: datetime, topics: Sequence[TopicMatch], now: datetime) -> bool:
        """Set a release's topics; True when they differ from what was stored."""
        old = {r[0] for r in self.conn.execute(select(release_topics.c.topic)
                                                .where(release_topics.c.release_pk == pk))}
        self.conn.execute(release_topics.delete().where(release_topics.c.release_pk == pk))
        self._write_topics(pk, published, topics)
        new = {m.slug for m in topics}
        if old == new:
            return False
        self.conn.execute(update(releases).where(releases.c.pk == pk).values(changed=now))
        if old - new:
            self._withdrawn(now)
        self.changed = True
        return True


def _file_columns(fp: FileFingerprint | None) -> dict[str, object]:
    """An origin's columns that remember its file (none when it is not a file's)."""
    if fp is None:
        return {}
    return dict(file_size=fp.size, file_mtime_ns=fp.mtime_ns, file_inode=fp.inode, file_hash=fp.sha256,
                file_context=fp.context)


def _columns(release: Release, published: datetime, updated: datetime, given_topics: str) -> dict[str, object]:
    return dict(
        source_id=release.source_id, source_name=release.source_name, origin=release.origin, title=release.title,
        link=release.link, published=published, published_estimated=release.published_estimated,
        updated=updated, dateline=release.dateline, summary=release.summary, body_text=release.body_text,
        body_html=release.body_html, language=release.language, given_topics=given_topics,
        content_hash=release.content_hash, body_hash=release.body_hash,
        embargo_until=release.embargo_until, published_offset=release.published_offset,
        notes=release.notes or None,
        contacts=json.dumps(list(release.contacts), ensure_ascii=False) if release.contacts else None,
    )
