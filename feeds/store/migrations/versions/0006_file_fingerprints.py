"""Folder files keep a fingerprint with their origin (size, mtime_ns, inode, content hash, reading context),
so an unchanged file is not read again.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = (("file_size", sa.BigInteger()), ("file_mtime_ns", sa.BigInteger()), ("file_inode", sa.BigInteger()),
           ("file_hash", sa.String(64)), ("file_context", sa.String(16)))


def upgrade() -> None:
    # NULL everywhere: every file is read once more at the next run, and its fingerprint recorded then
    for name, kind in COLUMNS:
        op.add_column("origins", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("origins") as batch:
        for name, _kind in COLUMNS:
            batch.drop_column(name)
