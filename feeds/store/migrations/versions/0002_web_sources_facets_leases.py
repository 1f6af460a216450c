"""Web sources' memory (http_state), countries and groups of releases, per-source leases, full-text search.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from feeds.store import search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _missing(name: str) -> bool:
    return name not in sa.inspect(op.get_bind()).get_table_names()


def upgrade() -> None:
    if _missing("release_countries"):
        op.create_table(
            "release_countries",
            sa.Column("release_pk", sa.Integer, sa.ForeignKey("releases.pk", ondelete="CASCADE"), primary_key=True),
            sa.Column("country", sa.String(2), primary_key=True),
            sa.Column("published", sa.DateTime, nullable=False),
        )
        op.create_index("ix_release_countries_country_published", "release_countries",
                        ["country", "published", "release_pk"])
    if _missing("release_groups"):
        op.create_table(
            "release_groups",
            sa.Column("release_pk", sa.Integer, sa.ForeignKey("releases.pk", ondelete="CASCADE"), primary_key=True),
            sa.Column("signature", sa.LargeBinary, nullable=False),
            sa.Column("duplicate_group", sa.Integer),
            sa.Column("translation_group", sa.Integer),
        )
        op.create_index("ix_release_groups_duplicate", "release_groups", ["duplicate_group"])
        op.create_index("ix_release_groups_translation", "release_groups", ["translation_group"])
    if _missing("http_state"):
        op.create_table(
            "http_state",
            sa.Column("source_id", sa.String(100), primary_key=True),
            sa.Column("url", sa.String(2000), primary_key=True),
            sa.Column("etag", sa.Text),
            sa.Column("last_modified", sa.Text),
            sa.Column("marker", sa.String(64)),
            sa.Column("checked", sa.DateTime, nullable=False),
        )
    if _missing("leases"):
        op.create_table(
            "leases",
            sa.Column("source_id", sa.String(100), primary_key=True),
            sa.Column("holder", sa.String(200)),
            sa.Column("expires", sa.DateTime, nullable=False),
        )
    search.create_index(op.get_bind())
    # Countries and groups of the releases already stored are derived by the next ingestion's
    # re-classification: forget the fingerprint of the rules so that it runs.
    op.execute("DELETE FROM meta WHERE key = 'topic_rules'")


def downgrade() -> None:
    for table in ("leases", "http_state", "release_groups", "release_countries"):
        op.drop_table(table)
