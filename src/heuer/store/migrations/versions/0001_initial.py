"""Documents and their extracted records: statements, figures, entities, events.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

DOC_ID = sa.String(64)
NOW = sa.text("CURRENT_TIMESTAMP")


def _child_key() -> list[sa.SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
    ]


def _child_tail(table: str) -> list[sa.SchemaItem]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=f"fk_{table}_document_id_documents", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("document_id", "seq", name=f"uq_{table}_document_id_seq"),
    ]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", DOC_ID, nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("byline", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_chars", sa.Integer(), nullable=False),
        sa.Column("near_duplicate_of", DOC_ID, nullable=True),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(
            ["near_duplicate_of"],
            ["documents.id"],
            name="fk_documents_near_duplicate_of_documents",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_index("ix_documents_near_duplicate_of", "documents", ["near_duplicate_of"])

    op.create_table(
        "statements",
        *_child_key(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("speaker_name", sa.Text(), nullable=True),
        sa.Column("speaker_type", sa.String(16), nullable=True),
        sa.Column("speaker_mention", sa.Text(), nullable=True),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("via", sa.JSON(), nullable=False),
        sa.Column("hedges", sa.JSON(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        *_child_tail("statements"),
    )
    op.create_index("ix_statements_speaker_name", "statements", ["speaker_name"])

    op.create_table(
        "figures",
        *_child_key(),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("range_low", sa.Float(), nullable=True),
        sa.Column("range_high", sa.Float(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("via", sa.JSON(), nullable=False),
        sa.Column("hedges", sa.JSON(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        *_child_tail("figures"),
    )
    op.create_index("ix_figures_subject", "figures", ["subject"])
    op.create_index("ix_figures_unit", "figures", ["unit"])
    op.create_index("ix_figures_source", "figures", ["source"])

    op.create_table(
        "entities",
        *_child_key(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("label", sa.String(32), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        *_child_tail("entities"),
    )
    op.create_index("ix_entities_name_label", "entities", ["name", "label"])
    op.create_index("ix_entities_label", "entities", ["label"])

    op.create_table(
        "events",
        *_child_key(),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("date_text", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        *_child_tail("events"),
    )
    op.create_index("ix_events_date", "events", ["date"])


def downgrade() -> None:
    for table in ("events", "entities", "figures", "statements", "documents"):
        op.drop_table(table)
