"""Press releases keep their embargo, the publisher's offset of their date, their notes to editors and
their media contacts.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (("embargo_until", sa.DateTime()), ("published_offset", sa.Integer()), ("notes", sa.Text()),
           ("contacts", sa.Text()))


def upgrade() -> None:
    # NULL everywhere: stored releases have no embargo; files are read again (the reader version moved on)
    for name, kind in COLUMNS:
        op.add_column("releases", sa.Column(name, kind, nullable=True))
    op.create_index("ix_releases_embargo", "releases", ["embargo_until"])


def downgrade() -> None:
    op.drop_index("ix_releases_embargo", "releases")
    with op.batch_alter_table("releases") as batch:
        for name, _kind in COLUMNS:
            batch.drop_column(name)
