"""The claim ledger (claims, members, vectors, conflicts, corrections) and what the user
sets by hand (source grades, outlet owners, entity merges and splits).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DOC_ID = sa.String(64)
NOW = sa.text("CURRENT_TIMESTAMP")
ITEM_KIND = sa.String(16)


def _created_at() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False)


def _document(table: str) -> list[sa.SchemaItem]:
    return [
        sa.Column("document_id", DOC_ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=f"fk_{table}_document_id_documents", ondelete="CASCADE"
        ),
    ]


def _claim_fk(table: str, column: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["claims.id"], name=f"fk_{table}_{column}_claims", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", ITEM_KIND, nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("range_low", sa.Float(), nullable=True),
        sa.Column("range_high", sa.Float(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
    )
    op.create_index("ix_claims_kind", "claims", ["kind"])

    op.create_table(
        "claim_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("item_kind", ITEM_KIND, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        *_document("claim_members"),
        sa.Column("score", sa.Float(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_claim_members"),
        _claim_fk("claim_members", "claim_id"),
        sa.UniqueConstraint("item_kind", "item_id", name="uq_claim_members_item_kind_item_id"),
    )
    op.create_index("ix_claim_members_claim_id", "claim_members", ["claim_id"])
    op.create_index("ix_claim_members_document_id", "claim_members", ["document_id"])

    op.create_table(
        "item_vectors",
        sa.Column("item_kind", ITEM_KIND, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("embedder", sa.String(64), nullable=False),
        *_document("item_vectors"),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("item_kind", "item_id", "embedder", name="pk_item_vectors"),
    )
    op.create_index("ix_item_vectors_document_id", "item_vectors", ["document_id"])

    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_a", sa.Integer(), nullable=False),
        sa.Column("claim_b", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_conflicts"),
        _claim_fk("conflicts", "claim_a"),
        _claim_fk("conflicts", "claim_b"),
        sa.UniqueConstraint("claim_a", "claim_b", name="uq_conflicts_claim_a_claim_b"),
    )
    op.create_index("ix_conflicts_claim_b", "conflicts", ["claim_b"])

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        *_document("corrections"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("replacement_claim", sa.Integer(), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
        _claim_fk("corrections", "claim_id"),
        _claim_fk("corrections", "replacement_claim", "SET NULL"),
        sa.UniqueConstraint(
            "claim_id", "document_id", "sentence", name="uq_corrections_claim_id_document_id_sentence"
        ),
    )

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("reliability", sa.String(1), server_default="F", nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("graded_at", sa.DateTime(timezone=True), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("name", name="uq_sources_name"),
    )

    op.create_table(
        "outlet_owners",
        sa.Column("outlet", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("outlet", name="pk_outlet_owners"),
    )

    op.create_table(
        "entity_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("other", sa.Text(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_entity_overrides"),
    )


def downgrade() -> None:
    for table in (
        "entity_overrides", "outlet_owners", "sources", "corrections", "conflicts",
        "item_vectors", "claim_members", "claims",
    ):
        op.drop_table(table)
