"""Per-source leases: which worker is ingesting which source, across processes and hosts.

A lease is a row (source_id, holder, expires). Claiming is one conditional UPDATE, portable across
SQLite and PostgreSQL: it succeeds only when nobody holds the source or the holder's lease expired
(a worker that died mid-run loses its sources after the timeout). Each claim, renewal and release is
its own short transaction, so other workers see it at once.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, insert, or_, update
from sqlalchemy.exc import IntegrityError

from .schema import leases


def claim(engine: Engine, source_id: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take the source's lease for `holder` until now + ttl; False when another live worker holds it."""
    try:
        with engine.begin() as conn:
            conn.execute(insert(leases).values(source_id=source_id, holder=holder, expires=now + ttl))
        return True
    except IntegrityError:
        pass   # the row exists: take it over only if it is free or expired
    with engine.begin() as conn:
        result = conn.execute(
            update(leases)
            .where(and_(leases.c.source_id == source_id,
                        or_(leases.c.holder.is_(None), leases.c.expires < now, leases.c.holder == holder)))
            .values(holder=holder, expires=now + ttl))
        return result.rowcount == 1


def renew(engine: Engine, source_id: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Extend a lease we hold; False when it was lost (expired and taken by another worker)."""
    with engine.begin() as conn:
        result = conn.execute(update(leases).where(and_(leases.c.source_id == source_id, leases.c.holder == holder))
                              .values(expires=now + ttl))
        return result.rowcount == 1


def release(engine: Engine, source_id: str, holder: str) -> None:
    with engine.begin() as conn:
        conn.execute(update(leases).where(and_(leases.c.source_id == source_id, leases.c.holder == holder))
                     .values(holder=None))
