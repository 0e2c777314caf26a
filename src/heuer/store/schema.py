"""The database schema as SQLAlchemy Core tables, portable across SQLite and PostgreSQL.

This is the *current* shape of the database. Migrations under ``migrations/versions``
are frozen copies of each step and must be kept in step with this module
(``tests/store/test_migrations.py`` compares the two).

Conventions: documents keep their sha256 text id; every other record has an integer
surrogate key, a ``seq`` (its position within its document) and ``created_at``;
children of a document go away with it (``ON DELETE CASCADE``). Lists are JSON.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

DOC_ID = sa.String(64)  # hex sha256


class UtcDateTime(sa.types.TypeDecorator[datetime]):
    """A timestamp that is always handed back timezone-aware, in UTC.

    PostgreSQL keeps the zone (``timestamp with time zone``); SQLite keeps naive UTC text.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _created_at() -> sa.Column[datetime]:
    return sa.Column(
        "created_at",
        UtcDateTime(),
        nullable=False,
        default=utcnow,
        server_default=sa.text("CURRENT_TIMESTAMP"),
    )


def _document_fk() -> sa.Column[str]:
    return sa.Column("document_id", DOC_ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def _json_list(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.JSON(), nullable=False)


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", DOC_ID, primary_key=True),
    sa.Column("path", sa.Text(), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("title", sa.Text()),
    sa.Column("outlet", sa.Text()),
    sa.Column("byline", sa.Text()),
    sa.Column("published", sa.Date()),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("text_chars", sa.Integer(), nullable=False),
    sa.Column("near_duplicate_of", DOC_ID, sa.ForeignKey("documents.id", ondelete="SET NULL")),
    sa.Column("minhash", sa.LargeBinary()),
    sa.Column(
        "ingested_at",
        UtcDateTime(),
        nullable=False,
        default=utcnow,
        server_default=sa.text("CURRENT_TIMESTAMP"),
    ),
    sa.Index(None, "published"),
    sa.Index(None, "outlet"),
    sa.Index(None, "near_duplicate_of"),
)

def _cited_record() -> list[sa.SchemaItem]:
    """What statements and figures share: the attribution chain, hedges and the cited sentence."""
    return [
        _json_list("via"),
        _json_list("hedges"),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        _created_at(),
        sa.UniqueConstraint("document_id", "seq"),
    ]


statements = sa.Table(
    "statements",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    _document_fk(),
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("content", sa.Text(), nullable=False),
    sa.Column("speaker_name", sa.Text()),
    sa.Column("speaker_type", sa.String(16)),
    sa.Column("speaker_mention", sa.Text()),
    sa.Column("cue", sa.Text()),
    *_cited_record(),
    sa.Index(None, "speaker_name"),
)

figures = sa.Table(
    "figures",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    _document_fk(),
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("value", sa.Float()),
    sa.Column("range_low", sa.Float()),
    sa.Column("range_high", sa.Float()),
    sa.Column("unit", sa.Text()),
    sa.Column("subject", sa.Text()),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("source", sa.Text()),
    *_cited_record(),
    sa.Index(None, "subject"),
    sa.Index(None, "unit"),
    sa.Index(None, "source"),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    _document_fk(),
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("label", sa.String(32), nullable=False),
    _json_list("aliases"),
    sa.Column("mentions", sa.Integer(), nullable=False),
    _created_at(),
    sa.UniqueConstraint("document_id", "seq"),
    sa.Index(None, "name", "label"),
    sa.Index(None, "label"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    _document_fk(),
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("date", sa.Date(), nullable=False),
    sa.Column("end_date", sa.Date()),
    sa.Column("date_text", sa.Text(), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("sentence", sa.Text(), nullable=False),
    sa.Column("span_start", sa.Integer(), nullable=False),
    sa.Column("span_end", sa.Integer(), nullable=False),
    _created_at(),
    sa.UniqueConstraint("document_id", "seq"),
    sa.Index(None, "date"),
)

DOCUMENT_CHILDREN = (statements, figures, entities, events)

# -- the claim ledger (derived from the records above; rebuilt incrementally) ----------------

ITEM_KIND = sa.String(16)  # "statement" | "figure"

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("kind", ITEM_KIND, nullable=False),
    sa.Column("summary", sa.Text(), nullable=False),
    sa.Column("value", sa.Float()),
    sa.Column("range_low", sa.Float()),
    sa.Column("range_high", sa.Float()),
    sa.Column("unit", sa.Text()),
    sa.Column("subject", sa.Text()),
    _created_at(),
    sa.Index(None, "kind"),
)

claim_members = sa.Table(
    "claim_members",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    sa.Column("item_kind", ITEM_KIND, nullable=False),
    sa.Column("item_id", sa.Integer(), nullable=False),
    _document_fk(),
    sa.Column("score", sa.Float(), nullable=False),
    _created_at(),
    sa.UniqueConstraint("item_kind", "item_id"),
    sa.Index(None, "claim_id"),
    sa.Index(None, "document_id"),
)

item_vectors = sa.Table(
    "item_vectors",
    metadata,
    sa.Column("item_kind", ITEM_KIND, primary_key=True),
    sa.Column("item_id", sa.Integer(), primary_key=True),
    sa.Column("embedder", sa.String(64), primary_key=True),
    _document_fk(),
    sa.Column("vector", sa.LargeBinary(), nullable=False),
    sa.Index(None, "document_id"),
)

conflicts = sa.Table(
    "conflicts",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("claim_a", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    sa.Column("claim_b", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),  # contradiction | refinement | different_subject | negation
    sa.Column("reason", sa.Text(), nullable=False),
    _created_at(),
    sa.UniqueConstraint("claim_a", "claim_b"),
    sa.Index(None, "claim_b"),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    _document_fk(),
    sa.Column("kind", sa.String(16), nullable=False),  # correction | retraction
    sa.Column("sentence", sa.Text(), nullable=False),
    sa.Column("replacement_claim", sa.Integer(), sa.ForeignKey("claims.id", ondelete="SET NULL")),
    _created_at(),
    sa.UniqueConstraint("claim_id", "document_id", "sentence"),
)

assertions = sa.Table(
    "assertions",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    _document_fk(),
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("sentence", sa.Text(), nullable=False),
    sa.Column("span_start", sa.Integer(), nullable=False),
    sa.Column("span_end", sa.Integer(), nullable=False),
    sa.Column("headline", sa.Boolean(), nullable=False),
    _created_at(),
    sa.UniqueConstraint("document_id", "seq"),
)

ledger_documents = sa.Table(  # documents whose own-voice sentences the ledger has read
    "ledger_documents",
    metadata,
    sa.Column("document_id", DOC_ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    _created_at(),
)

# -- what the user says: kept across re-runs, never derived ------------------------------------

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.Text(), nullable=False, unique=True),
    sa.Column("reliability", sa.String(1), nullable=False, server_default="F"),
    sa.Column("note", sa.Text()),
    sa.Column("graded_at", UtcDateTime()),
    _created_at(),
)

outlet_owners = sa.Table(
    "outlet_owners",
    metadata,
    sa.Column("outlet", sa.Text(), primary_key=True),
    sa.Column("owner", sa.Text(), nullable=False),
    _created_at(),
)

entity_overrides = sa.Table(
    "entity_overrides",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("action", sa.String(8), nullable=False),  # merge | split
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("other", sa.Text(), nullable=False),
    _created_at(),
)

claim_overrides = sa.Table(  # the analyst's "same claim" / "not this claim", by mention fingerprint
    "claim_overrides",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("action", sa.String(8), nullable=False),  # together | apart
    sa.Column("mention", sa.String(40), nullable=False),  # heuer.ledger.overrides.fingerprint
    sa.Column("mention_document", DOC_ID, nullable=False),  # no foreign key: outlives a re-ingested document
    sa.Column("anchor", sa.String(40), nullable=False),
    sa.Column("anchor_document", DOC_ID, nullable=False),
    sa.Column("label", sa.Text(), nullable=False),  # the mention as the analyst saw it
    _created_at(),
    sa.Index(None, "mention"),
    sa.Index(None, "anchor"),
)

# -- Analysis of Competing Hypotheses: cases the analysts build by hand ---------------------------

ach_cases = sa.Table(
    "ach_cases",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.Text(), nullable=False, unique=True),
    sa.Column("question", sa.Text()),
    _created_at(),
)

ach_case_documents = sa.Table(  # documents in scope (none: the whole store)
    "ach_case_documents",
    metadata,
    sa.Column("case_id", sa.Integer(), sa.ForeignKey("ach_cases.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("document_id", DOC_ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

ach_hypotheses = sa.Table(
    "ach_hypotheses",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("case_id", sa.Integer(), sa.ForeignKey("ach_cases.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("label", sa.Text(), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("prior", sa.Float()),
    sa.Column("merged_into", sa.Integer()),  # a duplicate merged into another hypothesis of the case
    sa.Column("position", sa.Integer(), nullable=False),
    _created_at(),
    sa.UniqueConstraint("case_id", "label"),
)

ach_relations = sa.Table(
    "ach_relations",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("case_id", sa.Integer(), sa.ForeignKey("ach_cases.id", ondelete="CASCADE"), nullable=False),
    sa.Column("first_id", sa.Integer(), sa.ForeignKey("ach_hypotheses.id", ondelete="CASCADE"), nullable=False),
    sa.Column("second_id", sa.Integer(), sa.ForeignKey("ach_hypotheses.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # duplicate | not_exclusive
    sa.Column("note", sa.Text()),
    _created_at(),
    sa.UniqueConstraint("first_id", "second_id", "kind"),
)

ach_evidence = sa.Table(
    "ach_evidence",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("case_id", sa.Integer(), sa.ForeignKey("ach_cases.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("kind", sa.String(16), nullable=False),  # claim | statement | figure | assumption | absence
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("item_kind", sa.String(16)),  # statement | figure: the sentence it links to
    sa.Column("item_id", sa.Integer()),
    sa.Column("document_id", DOC_ID, sa.ForeignKey("documents.id", ondelete="SET NULL")),
    sa.Column("relevance", sa.String(8), nullable=False, server_default="medium"),
    sa.Column("credibility_override", sa.Integer()),
    sa.Column("note", sa.Text()),
    sa.Column("position", sa.Integer(), nullable=False),
    _created_at(),
)

ach_ratings = sa.Table(
    "ach_ratings",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("evidence_id", sa.Integer(), sa.ForeignKey("ach_evidence.id", ondelete="CASCADE"), nullable=False),
    sa.Column("hypothesis_id", sa.Integer(), sa.ForeignKey("ach_hypotheses.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("analyst", sa.Text(), nullable=False),
    sa.Column("rating", sa.String(2), nullable=False),
    sa.Column("note", sa.Text()),
    sa.Column("rated_at", UtcDateTime(), nullable=False, default=utcnow),
    sa.UniqueConstraint("evidence_id", "hypothesis_id", "analyst"),
)

LEDGER_TABLES = (conflicts, corrections, claim_members, claims)
