"""The data model: frozen dataclasses shared by every room. Standard library only.

`RawRelease` is what a source found, as found (strings, maybe missing pieces).
`Release` is what normalisation made of it: validated, every datetime timezone-aware UTC.
`SourceReport` is what one ingestion run of one source did.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class FileFingerprint:
    """What identifies a folder file's version without reading it: its stat, and the hash of its bytes.
    `context` names the settings it was read under (a change there means: read it again)."""

    size: int
    mtime_ns: int
    inode: int
    sha256: str
    context: str

    def same_stat(self, other: "FileFingerprint") -> bool:
        return (self.size, self.mtime_ns, self.inode, self.context) == (other.size, other.mtime_ns, other.inode,
                                                                        other.context)


@dataclass(frozen=True)
class RawRelease:
    """A release as a source found it, before normalisation."""

    origin: str                      # path relative to the source folder, or the article URL
    title: str | None = None
    published: str | datetime | None = None   # date text as found, or an aware datetime
    updated: str | datetime | None = None
    body_text: str | None = None     # plain text, paragraphs separated by blank lines
    body_html: str | None = None     # HTML fragment (unsanitised); used when body_text is None
    url: str | None = None           # the release's own URL, when known
    topics: tuple[str, ...] = ()     # topics or tags named by the source (slugs or names)
    language: str | None = None      # as declared by the source (e.g. <html lang>)
    author: str | None = None
    modified: datetime | None = None # file modification time: the estimate when no date is stated
    dateline: str | None = None      # when the source gives it separately
    source_line: str | None = None   # a "Source: ..." line found by the source parser
    file: FileFingerprint | None = None   # folder files: recorded with the origin once stored
    date_hint: str | datetime | None = None   # a publication date stated outside the page (a news sitemap's
                                              # news:publication_date): used only when the release states none
    date_hint_from: str | None = None   # who stated date_hint: "sitemap" (the default) or "listing"
    listing_title: str | None = None    # the title a listing page gave its link to this file (evidence)
    date_source: str | None = None   # which evidence gave `published` ("json-ld", "meta", "time", "text", ...)
    summary: str | None = None       # a standfirst the source printed apart from the body (an HTML page's lead
                                     # under the headline): the release's summary, never its body


@dataclass(frozen=True)
class TopicMatch:
    """Why a release is in a topic: the terms that matched, where, and the score."""

    slug: str
    score: int
    terms: tuple[str, ...]
    where: tuple[str, ...] = ()      # "title", "body", "source" or "model" for each term
    confidence: float | None = None  # the learned model's probability, when a model covers the topic

    def evidence(self) -> list[tuple[str, str]]:
        """(term, where) of the rules and the source; where is '' when an older archive did not record it."""
        where = tuple(self.where) + ("",) * (len(self.terms) - len(self.where))
        return [(term, w) for term, w in zip(self.terms, where, strict=False) if w != "model"]

    def model_words(self) -> list[str]:
        """The words that weighed most for the topic in the learned model."""
        return [term for term, w in zip(self.terms, self.where, strict=False) if w == "model"]


@dataclass(frozen=True)
class Release:
    """A normalised release. Every datetime is timezone-aware UTC."""

    source_id: str
    source_name: str
    origin: str
    title: str
    link: str | None                 # the release's own URL, None means: use our permalink
    published: datetime
    published_estimated: bool
    dateline: str | None
    summary: str
    body_text: str                   # paragraphs separated by blank lines
    body_html: str                   # sanitised HTML
    language: str | None
    topics: tuple[TopicMatch, ...]
    content_hash: str                # hash of the fields a reader sees (title, date, body, link)
    body_hash: str                   # hash of the body alone: one entry per body within a source
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 codes of the countries it is about (derived, like topics)
    embargo_until: datetime | None = None   # not shown anywhere before this instant (UTC)
    notes: str = ""                  # notes to editors and "About ..." text after the body (never matched)
    contacts: tuple[dict, ...] = ()  # media contacts: {name, role, email, phone, text}
    published_offset: int | None = None   # the publisher's UTC offset in minutes, when a time was stated
    stated: str | None = None        # the date as the release prints it (ISO 8601 with its offset, or a bare
                                     # day): before an embargo it differs from `published`; not archived
    date_source: str | None = None   # which evidence gave the date (see DATE_SOURCES in normalise); None when
                                     # estimated; not archived


@dataclass
class SourceReport:
    """What one run of one source did. Mutable while the run goes on."""

    source_id: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    error: str | None = None         # why the source as a whole failed, in plain words
    skipped_reasons: list[tuple[str, str]] = field(default_factory=list)   # (origin, reason)
    failures: list[tuple[str, str]] = field(default_factory=list)          # (origin, reason)
    remaining: int = 0               # items left for later runs by a per-run cap (sitemap sources)

    @property
    def ok(self) -> bool:
        return self.error is None

    def summary(self) -> str:
        status = "ok" if self.ok else "failed"
        line = (f"source={self.source_id} status={status} new={self.new} updated={self.updated} "
                f"unchanged={self.unchanged} skipped={self.skipped} failed={self.failed}")
        if self.remaining:
            line += f" remaining={self.remaining}"
        if self.error:
            line += f" error={self.error!r}"
        return line


@dataclass(frozen=True)
class Skipped:
    """Something a source found but could not understand: never fatal, always reported."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Related:
    """Another release linked to a stored one: a copy published by another source, or a translation."""

    entry_id: str
    title: str
    source_name: str
    link: str | None
    language: str | None

    @property
    def uuid(self) -> str:
        return self.entry_id.rsplit(":", 1)[-1]


@dataclass(frozen=True)
class StoredRelease:
    """A release as the archive holds it: the Release plus its permanent id and change dates."""

    entry_id: str
    release: Release
    updated: datetime
    first_seen: datetime
    changed: datetime | None = None          # when the archive last changed what this entry shows
    copies: tuple[Related, ...] = ()         # the same release published by other sources (earliest first)
    translations: tuple[Related, ...] = ()   # the same release in other languages, from the same source
    duplicate_of: str | None = None          # entry id of the group's earliest copy, when this is a later one

    @property
    def uuid(self) -> str:
        return self.entry_id.rsplit(":", 1)[-1]


@dataclass(frozen=True)
class RunRecord:
    """One stored ingestion run of one source."""

    source_id: str
    started: datetime
    finished: datetime | None
    status: str                      # "running", "ok", "failed"
    new: int
    updated: int
    unchanged: int
    skipped: int
    failed: int
    error: str | None
    skipped_items: tuple[tuple[str, str], ...] = ()   # (origin, reason) of the first skipped items
    failed_items: tuple[tuple[str, str], ...] = ()    # (origin, reason) of the first failed items

    def listed(self, limit: int = 20) -> list[tuple[str, str, str]]:
        """(what, origin, reason) of up to `limit` skipped, then failed, items ("skipped" or "failed")."""
        items = [("skipped", o, r) for o, r in self.skipped_items] + [("failed", o, r) for o, r in self.failed_items]
        return items[:limit]


@dataclass(frozen=True)
class Unchanged:
    """A release the source knows is unchanged without reading it again (e.g. a known article URL, a folder
    file whose fingerprint is the stored one)."""

    origin: str
    link: str | None = None          # the release's address as the source gives it now (page sources)
    file: FileFingerprint | None = None   # a file touched but not changed: its new fingerprint, to record


@dataclass(frozen=True)
class Failed:
    """One item of a source that could not be fetched (the source as a whole still ran)."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Backlog:
    """How many items a source left for later runs because of its per-run cap (reported, not an item)."""

    remaining: int
