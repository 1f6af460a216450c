"""Releases that share an `updated` second are parted: each keeps a second of its own.

Concurrent PostgreSQL workers could give two releases one second (a reservation's answer was read from the
cursor's rowcount, which SQLAlchemy leaves at -1 for an INSERT, so a taken second looked free: see
Writer._reserve). Two entries with one `updated` make a feed document invalid to the W3C validator. Of
each such group the release stored first (lowest pk) keeps the second; each other one moves to the first
free second after it, reserved in `instants`, and its `changed` becomes now (what it shows did change).
Nothing else is touched; an archive without such groups is unchanged.

Revision ID: 0008
Revises: 0007
"""
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

from feeds.store.instants import ONE_SECOND, first_free

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

RELEASES = sa.table("releases", sa.column("pk", sa.Integer), sa.column("updated", sa.DateTime),
                    sa.column("changed", sa.DateTime))
INSTANTS = sa.table("instants", sa.column("instant", sa.DateTime))


def upgrade() -> None:
    conn = op.get_bind()
    shared = (sa.select(RELEASES.c.updated).group_by(RELEASES.c.updated)
              .having(sa.func.count() > 1).scalar_subquery())
    rows = conn.execute(sa.select(RELEASES.c.pk, RELEASES.c.updated).where(RELEASES.c.updated.in_(shared))
                        .order_by(RELEASES.c.updated, RELEASES.c.pk)).all()
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    kept = set()
    for pk, second in rows:
        if second not in kept:
            kept.add(second)           # the first release of the second keeps it
            continue
        free = _free_second(conn, second + ONE_SECOND)
        conn.execute(sa.insert(INSTANTS).values(instant=free))
        conn.execute(sa.update(RELEASES).where(RELEASES.c.pk == pk)
                     .values(updated=free, changed=sa.case((RELEASES.c.changed > now, RELEASES.c.changed), else_=now)))


def _free_second(conn: sa.Connection, start: datetime) -> datetime:
    """The first second at or after `start` that no release holds and no writer reserved."""
    def taken(begin: datetime, end: datetime) -> list[datetime]:
        reserved = conn.execute(sa.select(INSTANTS.c.instant).where(
            sa.and_(INSTANTS.c.instant >= begin, INSTANTS.c.instant < end))).scalars()
        used = conn.execute(sa.select(RELEASES.c.updated).where(
            sa.and_(RELEASES.c.updated >= begin, RELEASES.c.updated < end))).scalars()
        return [*reserved, *used]
    return first_free(start, taken, lambda second: True)


def downgrade() -> None:
    pass    # parted seconds stay parted: nothing to undo
