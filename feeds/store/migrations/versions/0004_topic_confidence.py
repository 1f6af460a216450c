"""A release's topics keep the learned model's probability beside the rules' terms (NULL: rules only).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("release_topics", sa.Column("confidence", sa.Float(), nullable=True))
    # the classifier changed: re-classify the archive at the next ingestion
    op.execute("DELETE FROM meta WHERE key = 'topic_rules'")


def downgrade() -> None:
    with op.batch_alter_table("release_topics") as batch:
        batch.drop_column("confidence")
