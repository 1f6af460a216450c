"""The archive's facets and groups: countries, syndicated copies, translations (SQLAlchemy Core).

Written at ingest within the source's transaction (`on_new`, `on_edit`, `refresh`), read with the
releases (`facets_of`), and turned into query conditions (`narrow`). Copies of one release across
sources share `duplicate_group`, the pk of the earliest copy (by publication, then pk); translations
within one source share `translation_group`, the pk of the first one stored. Grouping never touches
entry ids or content hashes: each copy keeps its own id and page.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from datetime import datetime, timedelta

from sqlalchemy import BindParameter, Connection, Select, and_, bindparam, exists, insert, or_, select, update
from sqlalchemy.sql import ColumnElement

from ..model import Related, Release, StoredRelease
from ..normalise.duplicates import THRESHOLD, WINDOW_DAYS, signature, similarity
from ..normalise.translations import are_translations
from .schema import release_countries, release_groups, release_topics, released, releases


@dataclass(frozen=True)
class Facets:
    countries: tuple[str, ...] = ()
    copies: tuple[Related, ...] = ()
    translations: tuple[Related, ...] = ()
    duplicate_of: str | None = None


# Statements run for every release stored, built once (with bound parameters): building one costs more
# than SQLite takes to run it.
_PK: BindParameter[Any] = bindparam("b_pk")
_SOURCE: BindParameter[Any] = bindparam("b_source_id")
_FROM: BindParameter[Any] = bindparam("b_from")
_UNTIL: BindParameter[Any] = bindparam("b_until")
_CLEAR_COUNTRIES = release_countries.delete().where(release_countries.c.release_pk == _PK)
_INSERT_COUNTRY, _INSERT_GROUP = insert(release_countries), insert(release_groups)
_COPY_CANDIDATES = (
    select(release_groups.c.release_pk, release_groups.c.signature, release_groups.c.duplicate_group)
    .join(releases, releases.c.pk == release_groups.c.release_pk)
    .where(releases.c.source_id != _SOURCE, releases.c.pk != _PK, releases.c.published >= _FROM,
           releases.c.published <= _UNTIL))
_SAME_DAY = (
    select(releases.c.pk, releases.c.origin, releases.c.link, releases.c.language, releases.c.body_text,
           release_groups.c.translation_group)
    .join(release_groups, release_groups.c.release_pk == releases.c.pk)
    .where(releases.c.source_id == _SOURCE, releases.c.pk != _PK, releases.c.published >= _FROM,
           releases.c.published < _UNTIL)
    .order_by(releases.c.pk))


def write_countries(conn: Connection, pk: int, published: datetime, countries: Sequence[str],
                    new: bool = False) -> None:
    """Set a release's countries (a `new` release has none to clear), in one statement."""
    if not new:
        conn.execute(_CLEAR_COUNTRIES, {"b_pk": pk})
    rows = [dict(release_pk=pk, country=code, published=published) for code in sorted(set(countries))]
    if rows:
        conn.execute(_INSERT_COUNTRY, rows)


# The copy-grouping decision, pure (the SQL around it reads candidates and writes the result).

def best_copy(sig: bytes, candidates: Sequence[tuple[int, bytes, int | None]]) -> tuple[int, int | None] | None:
    """The candidate (pk, its group) most similar to `sig`, at THRESHOLD or above; None when none is.

    Candidates are (pk, signature, duplicate group) of releases from other sources near in time; on a
    tie the later candidate wins (they come in the order the archive gives)."""
    best, best_score = None, THRESHOLD
    for other, other_sig, group in candidates:
        score = similarity(sig, other_sig)
        if score >= best_score:
            best, best_score = (other, group), score
    return best


def group_head(members: Sequence[tuple[int, datetime]]) -> int:
    """The head of a copy group: the earliest copy by publication, then by pk."""
    return min(members, key=lambda m: (m[1], m[0]))[0]


def _copy_candidates(conn: Connection, release: Release, published: datetime,
                     pk: int) -> list[tuple[int, bytes, int | None]]:
    window = timedelta(days=WINDOW_DAYS)
    rows = conn.execute(_COPY_CANDIDATES, {"b_source_id": release.source_id, "b_pk": pk,
                                           "b_from": published - window, "b_until": published + window})
    return [(r[0], r[1], r[2]) for r in rows]


def _regroup_copies(conn: Connection, members: set[int]) -> None:
    """Point every member at the earliest copy (by publication, then pk)."""
    rows = conn.execute(select(releases.c.pk, releases.c.published).where(releases.c.pk.in_(members))).all()
    head = group_head([(r[0], r[1]) for r in rows])
    # Lock the group rows in one order (pk) before changing them, so concurrent workers grouping copies
    # of the same release wait for each other instead of deadlocking (a no-op on SQLite).
    conn.execute(select(release_groups.c.release_pk).where(release_groups.c.release_pk.in_(members))
                 .order_by(release_groups.c.release_pk).with_for_update())
    conn.execute(update(release_groups).where(release_groups.c.release_pk.in_(members)).values(duplicate_group=head))


def group_copies(conn: Connection, pk: int, release: Release, published: datetime, sig: bytes) -> int | None:
    """Join the release to the group of its most similar copy from another source; the group's head."""
    best = best_copy(sig, _copy_candidates(conn, release, published, pk))
    if best is None:
        return None
    other, group = best
    members = {pk, other}
    if group is not None:
        members |= {r[0] for r in conn.execute(select(release_groups.c.release_pk)
                                               .where(release_groups.c.duplicate_group == group))}
    _regroup_copies(conn, members)
    return conn.execute(select(release_groups.c.duplicate_group).where(release_groups.c.release_pk == pk)).scalar()


def group_translations(conn: Connection, pk: int, origin: str, release: Release, published: datetime) -> None:
    """Link the release to a translation of it: same source, same day, another language."""
    day = published.replace(hour=0, minute=0, second=0, microsecond=0)
    rows = conn.execute(_SAME_DAY, {"b_source_id": release.source_id, "b_pk": pk, "b_from": day,
                                    "b_until": day + timedelta(days=1)})
    mine = (origin, release.link or "", release.language or "", release.body_text)
    for other, o_origin, o_link, o_lang, o_body, group in rows:
        if are_translations(mine, (o_origin, o_link or "", o_lang or "", o_body)):
            head = group if group is not None else other
            conn.execute(update(release_groups).where(release_groups.c.release_pk.in_({pk, other}))
                         .values(translation_group=head))
            return


def on_new(conn: Connection, pk: int, release: Release) -> None:
    """Facets and groups of a newly stored release."""
    write_countries(conn, pk, release.published, release.countries, new=True)
    sig = signature(release.title, release.body_text)
    conn.execute(_INSERT_GROUP, dict(release_pk=pk, signature=sig))
    group_copies(conn, pk, release, release.published, sig)
    group_translations(conn, pk, release.origin, release, release.published)


def on_edit(conn: Connection, pk: int, release: Release, published: datetime) -> None:
    """An edited release: new countries and signature. Groups it is in stay (an edit is not a new
    release, and a reader's feed must not reshuffle); a release in no group joins one when the edit made
    it a copy or a translation of another."""
    write_countries(conn, pk, published, release.countries)
    sig = signature(release.title, release.body_text)
    row = conn.execute(select(release_groups.c.duplicate_group, release_groups.c.translation_group)
                       .where(release_groups.c.release_pk == pk)).first()
    if row is None:
        conn.execute(_INSERT_GROUP, dict(release_pk=pk, signature=sig))
    else:
        conn.execute(update(release_groups).where(release_groups.c.release_pk == pk).values(signature=sig))
    if row is None or row[0] is None:
        group_copies(conn, pk, release, published, sig)
    if row is None or row[1] is None:
        group_translations(conn, pk, release.origin, release, published)


def refresh(conn: Connection, pk: int, release: Release) -> None:
    """Re-derive the facets of a stored release (rules changed, or an archive from before facets)."""
    write_countries(conn, pk, release.published, release.countries)
    if conn.execute(select(release_groups.c.release_pk).where(release_groups.c.release_pk == pk)).first() is None:
        sig = signature(release.title, release.body_text)
        conn.execute(_INSERT_GROUP, dict(release_pk=pk, signature=sig))
        group_copies(conn, pk, release, release.published, sig)
        group_translations(conn, pk, release.origin, release, release.published)


def narrow(stmt: Select, countries: Sequence[str], collapse: bool, topic: str | None,
           sources: Sequence[str]) -> Select:
    """Add the country filter and, when `collapse`, hide later copies whose group head is shown too."""
    if countries:
        stmt = stmt.where(releases.c.pk.in_(select(release_countries.c.release_pk)
                                            .where(release_countries.c.country.in_(list(countries)))))
    if collapse:
        rg = release_groups.alias("copy_group")
        conditions: list[ColumnElement[bool]] = [rg.c.release_pk == releases.c.pk, rg.c.duplicate_group.is_not(None),
                                                 rg.c.duplicate_group != releases.c.pk]
        if topic:
            rt = release_topics.alias("head_topics")
            conditions.append(exists(select(rt.c.release_pk).where(rt.c.release_pk == rg.c.duplicate_group,
                                                                   rt.c.topic == topic)))
        if sources:
            head = releases.alias("head")
            conditions.append(exists(select(head.c.pk).where(head.c.pk == rg.c.duplicate_group,
                                                             head.c.source_id.in_(list(sources)))))
        if countries:
            rc = release_countries.alias("head_countries")
            conditions.append(exists(select(rc.c.release_pk).where(rc.c.release_pk == rg.c.duplicate_group,
                                                                   rc.c.country.in_(list(countries)))))
        stmt = stmt.where(~exists(select(rg.c.release_pk).where(and_(*conditions)).correlate(releases)))
    return stmt


def facets_of(conn: Connection, pks: Sequence[int]) -> dict[int, Facets]:
    """Countries, copies and translations of the given releases."""
    if not pks:
        return {}
    countries: dict[int, list[str]] = {}
    for pk, code in conn.execute(select(release_countries.c.release_pk, release_countries.c.country)
                                 .where(release_countries.c.release_pk.in_(pks))
                                 .order_by(release_countries.c.country)):
        countries.setdefault(pk, []).append(code)
    groups = {r[0]: (r[1], r[2]) for r in conn.execute(
        select(release_groups.c.release_pk, release_groups.c.duplicate_group, release_groups.c.translation_group)
        .where(release_groups.c.release_pk.in_(pks)))}
    dup_ids = {g[0] for g in groups.values() if g[0] is not None}
    tr_ids = {g[1] for g in groups.values() if g[1] is not None}
    members: list[tuple[int, int | None, int | None, Related]] = []
    if dup_ids or tr_ids:
        rows = conn.execute(
            select(releases.c.pk, release_groups.c.duplicate_group, release_groups.c.translation_group,
                   releases.c.entry_id, releases.c.title, releases.c.source_name, releases.c.link,
                   releases.c.language)
            .join(release_groups, release_groups.c.release_pk == releases.c.pk)
            .where(and_(or_(release_groups.c.duplicate_group.in_(dup_ids or {-1}),
                            release_groups.c.translation_group.in_(tr_ids or {-1})), released()))
            .order_by(releases.c.published, releases.c.pk))
        members = [(r[0], r[1], r[2], Related(r[3], r[4], r[5], r[6], r[7])) for r in rows]
    by_pk = {m[0]: m[3] for m in members}
    # Each group's members once, in order (a document asks for up to hundreds of releases whose groups
    # may hold thousands of members: no scan of every member per release).
    by_dup: dict[int, list[tuple[int, Related]]] = {}
    by_tr: dict[int, list[tuple[int, Related]]] = {}
    for member_pk, member_dup, member_tr, related in members:
        if member_dup is not None:
            by_dup.setdefault(member_dup, []).append((member_pk, related))
        if member_tr is not None:
            by_tr.setdefault(member_tr, []).append((member_pk, related))
    out = {}
    for pk in pks:
        dup, tr = groups.get(pk, (None, None))
        copies = tuple(r for m, r in by_dup.get(dup, ()) if m != pk) if dup is not None else ()
        translations = tuple(r for m, r in by_tr.get(tr, ()) if m != pk) if tr is not None else ()
        head = by_pk.get(dup) if dup is not None and dup != pk else None
        out[pk] = Facets(tuple(countries.get(pk, ())), copies, translations, head.entry_id if head else None)
    return out


def with_facets(stored: StoredRelease, facets: Facets | None) -> StoredRelease:
    if facets is None:
        return stored
    return replace(stored, release=replace(stored.release, countries=facets.countries), copies=facets.copies,
                   translations=facets.translations, duplicate_of=facets.duplicate_of)
