"""`updated` instants are kept distinct by the writer, not by a unique index: concurrent workers on
PostgreSQL cannot see each other's uncommitted rows, and one collision must not fail a whole source.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_releases_updated", table_name="releases")
    op.create_index("ix_releases_updated", "releases", ["updated"])


def downgrade() -> None:
    op.drop_index("ix_releases_updated", table_name="releases")
    op.create_index("ix_releases_updated", "releases", ["updated"], unique=True)
