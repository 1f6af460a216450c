"""The archive's tables (SQLAlchemy Core). Portable SQL: SQLite by default, PostgreSQL by URL.

Every datetime in and out is timezone-aware UTC (`UTCDateTime` stores naive UTC, returns aware UTC).
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (BigInteger, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text, TypeDecorator, or_)


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:  # type: ignore[no-untyped-def]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:  # type: ignore[no-untyped-def]
        return None if value is None else value.replace(tzinfo=timezone.utc)


metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

releases = Table(
    "releases", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", String(100), nullable=False, unique=True),
    Column("source_id", String(100), nullable=False),
    Column("source_name", Text, nullable=False),
    Column("origin", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("link", Text),
    Column("published", UTCDateTime, nullable=False),
    Column("published_estimated", Boolean, nullable=False),
    Column("updated", UTCDateTime, nullable=False),
    Column("first_seen", UTCDateTime, nullable=False),
    # when the archive last changed what the release shows (new, edited, re-classified,
    # relinked): feed documents' Last-Modified (NULL only before revision 0005 filled it)
    Column("changed", UTCDateTime, nullable=True),
    Column("dateline", Text),
    Column("summary", Text, nullable=False),
    Column("body_text", Text, nullable=False),
    Column("body_html", Text, nullable=False),
    Column("language", String(16)),
    Column("given_topics", Text, nullable=False, default=""),   # tags the source named, comma-separated
    Column("content_hash", String(64), nullable=False),
    Column("body_hash", String(64), nullable=False),
    Column("embargo_until", UTCDateTime, nullable=True),     # shown nowhere before this instant
    Column("published_offset", Integer, nullable=True),     # the publisher's UTC offset (minutes) of `published`
    Column("notes", Text, nullable=True),                   # notes to editors, "About ..." (never matched)
    Column("contacts", Text, nullable=True),                # JSON: [{name, role, email, phone, text}]
    Index("ix_releases_published", "published", "pk"),
    Index("ix_releases_source_published", "source_id", "published", "pk"),
    Index("ix_releases_source_body", "source_id", "body_hash"),
    Index("ix_releases_updated", "updated"),
    Index("ix_releases_embargo", "embargo_until"),   # distinct whole seconds, chosen by Writer._free_instant
)

# Every `updated` second ever given to a release. Writers reserve a second here before they use it, on
# PostgreSQL in a committed statement of its own, so concurrent workers never pick the same one (they
# cannot see each other's uncommitted releases); a reservation whose release was rolled back stays, unused.
instants = Table(
    "instants", metadata,
    Column("instant", UTCDateTime, primary_key=True),
)

origins = Table(
    "origins", metadata,
    Column("source_id", String(100), primary_key=True),
    Column("origin", String(2000), primary_key=True),
    Column("release_pk", Integer, ForeignKey("releases.pk", ondelete="CASCADE"), nullable=False),
    Column("content_hash", String(64), nullable=False),
    # A folder file's fingerprint when it was last read (NULL: never recorded, or not a file): an unchanged
    # file is not read again (feeds.sources.folder). `file_context` names the settings it was read under.
    Column("file_size", BigInteger),
    Column("file_mtime_ns", BigInteger),
    Column("file_inode", BigInteger),
    Column("file_hash", String(64)),
    Column("file_context", String(16)),
)

release_topics = Table(
    "release_topics", metadata,
    Column("release_pk", Integer, ForeignKey("releases.pk", ondelete="CASCADE"), primary_key=True),
    Column("topic", String(100), primary_key=True),
    Column("published", UTCDateTime, nullable=False),   # copied from the release: topic feeds read one index
    Column("score", Integer, nullable=False),
    Column("terms", Text, nullable=False),              # JSON: [[term, where], ...]
    Column("confidence", Float, nullable=True),         # the learned model's probability (NULL: rules only)
    Index("ix_release_topics_topic_published", "topic", "published", "release_pk"),
)

# The countries a release is about (ISO 3166-1 alpha-2), derived at ingest like its topics.
release_countries = Table(
    "release_countries", metadata,
    Column("release_pk", Integer, ForeignKey("releases.pk", ondelete="CASCADE"), primary_key=True),
    Column("country", String(2), primary_key=True),
    Column("published", UTCDateTime, nullable=False),   # copied from the release, as in release_topics
    Index("ix_release_countries_country_published", "country", "published", "release_pk"),
)

# Groups found at ingest: copies of one release across sources (`duplicate_group`, the pk of the earliest
# copy) and translations of one release within a source (`translation_group`, the pk of the first one
# stored). NULL: in no group. `signature` is the release's MinHash (feeds.normalise.duplicates).
release_groups = Table(
    "release_groups", metadata,
    Column("release_pk", Integer, ForeignKey("releases.pk", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    Column("duplicate_group", Integer),
    Column("translation_group", Integer),
    Index("ix_release_groups_duplicate", "duplicate_group"),
    Index("ix_release_groups_translation", "translation_group"),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", String(100), nullable=False),
    Column("started", UTCDateTime, nullable=False),
    Column("finished", UTCDateTime),
    Column("status", String(16), nullable=False),
    Column("new", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("details", Text),                            # JSON: skipped files and their reasons
    Index("ix_runs_source", "source_id", "id"),
)

# What web sources remember per URL between runs: validators, the listing's words about it, when checked.
http_state = Table(
    "http_state", metadata,
    Column("source_id", String(100), primary_key=True),
    Column("url", String(2000), primary_key=True),       # url identity (scheme-less) or "feed:" + identity
    Column("etag", Text),
    Column("last_modified", Text),
    Column("marker", String(64)),
    Column("checked", UTCDateTime, nullable=False),
)

# Per-source leases of ingestion workers (see feeds.store.leases).
leases = Table(
    "leases", metadata,
    Column("source_id", String(100), primary_key=True),
    Column("holder", String(200)),
    Column("expires", UTCDateTime, nullable=False),
)


def released(at: datetime | None = None):  # type: ignore[no-untyped-def]
    """The condition every reading of releases goes through: no embargo, or an embargo passed at `at`
    (None: now). An embargoed release is stored at once but shown nowhere before its instant."""
    return or_(releases.c.embargo_until.is_(None), releases.c.embargo_until <= (at or datetime.now(timezone.utc)))
