"""Whole-second `updated` instants, and `releases.changed`: when the archive last changed what a
release shows in a document (its `Last-Modified`).

Stored instants lose their fraction of a second (feedparser and gofeed readers always saw them that
way); where two releases then share a second, the later ones move on by whole seconds, in their old
order, so `updated` stays distinct. `changed` starts as the later of the first ingestion and `updated`.
`instants` holds every second given to a release (writers reserve seconds there: see Writer._free_instant).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

from feeds.store.instants import spaced

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    op.add_column("releases", sa.Column("changed", sa.DateTime(), nullable=True))
    conn = op.get_bind()
    table = sa.table("releases", sa.column("pk", sa.Integer), sa.column("updated", sa.DateTime),
                     sa.column("first_seen", sa.DateTime), sa.column("changed", sa.DateTime))
    rows = conn.execute(sa.select(table.c.pk, table.c.updated).order_by(table.c.updated, table.c.pk)).all()
    moved = [{"key": pk, "instant": new} for (pk, old), (_, new) in zip(rows, spaced(rows), strict=False) if new != old]
    statement = (sa.update(table).where(table.c.pk == sa.bindparam("key"))
                 .values(updated=sa.bindparam("instant")))
    for start in range(0, len(moved), BATCH):
        conn.execute(statement, moved[start:start + BATCH])
    conn.execute(sa.update(table).values(changed=sa.case((table.c.updated > table.c.first_seen, table.c.updated),
                                                         else_=table.c.first_seen)))
    op.create_table("instants", sa.Column("instant", sa.DateTime(), primary_key=True))
    conn.execute(sa.text("INSERT INTO instants (instant) SELECT DISTINCT updated FROM releases"))


def downgrade() -> None:
    op.drop_table("instants")
    with op.batch_alter_table("releases") as batch:
        batch.drop_column("changed")
