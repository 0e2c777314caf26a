"""Own-voice sentences (headlines, unattributed claims) as ledger items.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DOC_ID = sa.String(64)
NOW = sa.text("CURRENT_TIMESTAMP")


def upgrade() -> None:
    op.create_table(
        "assertions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("headline", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assertions"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_assertions_document_id_documents", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("document_id", "seq", name="uq_assertions_document_id_seq"),
    )
    op.create_table(
        "ledger_documents",
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_ledger_documents"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_ledger_documents_document_id_documents", ondelete="CASCADE"
        ),
    )


def downgrade() -> None:
    op.drop_table("ledger_documents")
    op.drop_table("assertions")
