"""Analysis of Competing Hypotheses: cases, documents in scope, hypotheses, their relations,
evidence items and each analyst's ratings.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DOC_ID = sa.String(64)
NOW = sa.text("CURRENT_TIMESTAMP")


def _created_at() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False)


def _fk(table: str, column: str, target: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    name = target.split(".")[0]
    return sa.ForeignKeyConstraint([column], [target], name=f"fk_{table}_{column}_{name}", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "ach_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_ach_cases"),
        sa.UniqueConstraint("name", name="uq_ach_cases_name"),
    )
    op.create_table(
        "ach_case_documents",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.PrimaryKeyConstraint("case_id", "document_id", name="pk_ach_case_documents"),
        _fk("ach_case_documents", "case_id", "ach_cases.id"),
        _fk("ach_case_documents", "document_id", "documents.id"),
    )
    op.create_table(
        "ach_hypotheses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("prior", sa.Float(), nullable=True),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_ach_hypotheses"),
        _fk("ach_hypotheses", "case_id", "ach_cases.id"),
        sa.UniqueConstraint("case_id", "label", name="uq_ach_hypotheses_case_id_label"),
    )
    op.create_index("ix_ach_hypotheses_case_id", "ach_hypotheses", ["case_id"])
    op.create_table(
        "ach_relations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_ach_relations"),
        _fk("ach_relations", "case_id", "ach_cases.id"),
        _fk("ach_relations", "first_id", "ach_hypotheses.id"),
        _fk("ach_relations", "second_id", "ach_hypotheses.id"),
        sa.UniqueConstraint("first_id", "second_id", "kind", name="uq_ach_relations_first_id_second_id_kind"),
    )
    op.create_table(
        "ach_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("item_kind", sa.String(16), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("document_id", DOC_ID, nullable=True),
        sa.Column("relevance", sa.String(8), server_default="medium", nullable=False),
        sa.Column("credibility_override", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_ach_evidence"),
        _fk("ach_evidence", "case_id", "ach_cases.id"),
        _fk("ach_evidence", "document_id", "documents.id", ondelete="SET NULL"),
    )
    op.create_index("ix_ach_evidence_case_id", "ach_evidence", ["case_id"])
    op.create_table(
        "ach_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("hypothesis_id", sa.Integer(), nullable=False),
        sa.Column("analyst", sa.Text(), nullable=False),
        sa.Column("rating", sa.String(2), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ach_ratings"),
        _fk("ach_ratings", "evidence_id", "ach_evidence.id"),
        _fk("ach_ratings", "hypothesis_id", "ach_hypotheses.id"),
        sa.UniqueConstraint("evidence_id", "hypothesis_id", "analyst",
                            name="uq_ach_ratings_evidence_id_hypothesis_id_analyst"),
    )
    op.create_index("ix_ach_ratings_hypothesis_id", "ach_ratings", ["hypothesis_id"])


def downgrade() -> None:
    for table in ("ach_ratings", "ach_evidence", "ach_relations", "ach_hypotheses", "ach_case_documents", "ach_cases"):
        op.drop_table(table)
