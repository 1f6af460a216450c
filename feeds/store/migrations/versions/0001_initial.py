"""The first archive schema: meta, releases, origins, release_topics, runs.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "releases",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entry_id", sa.String(100), nullable=False, unique=True),
        sa.Column("source_id", sa.String(100), nullable=False),
        sa.Column("source_name", sa.Text, nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("link", sa.Text),
        sa.Column("published", sa.DateTime, nullable=False),
        sa.Column("published_estimated", sa.Boolean, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("dateline", sa.Text),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("body_text", sa.Text, nullable=False),
        sa.Column("body_html", sa.Text, nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("given_topics", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_releases_published", "releases", ["published", "pk"])
    op.create_index("ix_releases_source_published", "releases", ["source_id", "published", "pk"])
    op.create_index("ix_releases_source_body", "releases", ["source_id", "body_hash"])
    op.create_index("ix_releases_updated", "releases", ["updated"], unique=True)
    op.create_table(
        "origins",
        sa.Column("source_id", sa.String(100), primary_key=True),
        sa.Column("origin", sa.String(2000), primary_key=True),
        sa.Column("release_pk", sa.Integer, sa.ForeignKey("releases.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "release_topics",
        sa.Column("release_pk", sa.Integer, sa.ForeignKey("releases.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("topic", sa.String(100), primary_key=True),
        sa.Column("published", sa.DateTime, nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("terms", sa.Text, nullable=False),
    )
    op.create_index("ix_release_topics_topic_published", "release_topics", ["topic", "published", "release_pk"])
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.String(100), nullable=False),
        sa.Column("started", sa.DateTime, nullable=False),
        sa.Column("finished", sa.DateTime),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("new", sa.Integer, nullable=False),
        sa.Column("updated", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("details", sa.Text),
    )
    op.create_index("ix_runs_source", "runs", ["source_id", "id"])


def downgrade() -> None:
    for table in ("runs", "release_topics", "origins", "releases", "meta"):
        op.drop_table(table)
