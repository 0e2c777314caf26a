"""The analyst's claim overrides: mentions put in one claim or kept apart by hand.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

DOC_ID = sa.String(64)
NOW = sa.text("CURRENT_TIMESTAMP")


def upgrade() -> None:
    op.create_table(
        "claim_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("mention", sa.String(40), nullable=False),
        sa.Column("mention_document", DOC_ID, nullable=False),
        sa.Column("anchor", sa.String(40), nullable=False),
        sa.Column("anchor_document", DOC_ID, nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claim_overrides"),
    )
    op.create_index("ix_claim_overrides_mention", "claim_overrides", ["mention"])
    op.create_index("ix_claim_overrides_anchor", "claim_overrides", ["anchor"])


def downgrade() -> None:
    op.drop_index("ix_claim_overrides_anchor", table_name="claim_overrides")
    op.drop_index("ix_claim_overrides_mention", table_name="claim_overrides")
    op.drop_table("claim_overrides")
