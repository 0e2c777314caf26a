"""Reading and writing the ledger's tables (claims, members, vectors, conflicts, corrections)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.ledger.items import ItemKey, LedgerItem
from heuer.store.schema import claim_members, claims, conflicts, corrections, item_vectors


def assignments(connection: Connection) -> dict[ItemKey, int]:
    """Which claim every assigned item belongs to."""
    query = sa.select(claim_members.c.item_kind, claim_members.c.item_id, claim_members.c.claim_id)
    return {(row.item_kind, row.item_id): row.claim_id for row in connection.execute(query)}


def founders(connection: Connection) -> dict[int, ItemKey]:
    """The first item of every claim (the one that founded it)."""
    first = (
        sa.select(claim_members.c.claim_id, sa.func.min(claim_members.c.id).label("first"))
        .group_by(claim_members.c.claim_id)
        .subquery()
    )
    query = sa.select(claim_members.c.claim_id, claim_members.c.item_kind, claim_members.c.item_id).join(
        first, first.c.first == claim_members.c.id
    )
    return {row.claim_id: (row.item_kind, row.item_id) for row in connection.execute(query)}


def vectors(connection: Connection, embedder: str) -> dict[ItemKey, np.ndarray]:
    query = sa.select(item_vectors.c.item_kind, item_vectors.c.item_id, item_vectors.c.vector).where(
        item_vectors.c.embedder == embedder
    )
    return {
        (row.item_kind, row.item_id): np.frombuffer(row.vector, dtype=np.float32)
        for row in connection.execution_options(yield_per=5000).execute(query)
    }


def save_vectors(connection: Connection, embedder: str, items: list[LedgerItem], matrix: np.ndarray) -> None:
    rows = [
        {
            "item_kind": item.kind,
            "item_id": item.id,
            "embedder": embedder,
            "document_id": item.document_id,
            "vector": matrix[row].astype(np.float32).tobytes(),
        }
        for row, item in enumerate(items)
    ]
    for start in range(0, len(rows), 2000):
        connection.execute(item_vectors.insert(), rows[start : start + 2000])


def _claim_values(item: LedgerItem) -> dict[str, object]:
    """The claim row a founding item gives: its label, and for a figure its value, unit and subject."""
    values: dict[str, object] = {"kind": item.kind, "summary": item.label()[:500], "value": None,
                                 "range_low": None, "range_high": None, "unit": None, "subject": None}
    if item.kind == "figure":
        values |= {
            "value": item.value,
            "range_low": item.range[0] if item.range else None,
            "range_high": item.range[1] if item.range else None,
            "unit": item.unit,
            "subject": item.subject,
        }
    return values


def new_claim(connection: Connection, item: LedgerItem) -> int:
    return int(connection.execute(claims.insert().values(**_claim_values(item))).inserted_primary_key[0])


def refound_claim(connection: Connection, claim: int, founder: LedgerItem) -> None:
    """Describe *claim* by a new first item (its founder left it)."""
    connection.execute(claims.update().where(claims.c.id == claim).values(**_claim_values(founder)))


def add_members(connection: Connection, members: Iterable[tuple[int, LedgerItem, float]]) -> None:
    rows = [
        {"claim_id": claim, "item_kind": item.kind, "item_id": item.id, "document_id": item.document_id,
         "score": score}
        for claim, item, score in members
    ]
    for start in range(0, len(rows), 2000):
        connection.execute(claim_members.insert(), rows[start : start + 2000])


def save_conflicts(connection: Connection, found: dict[tuple[int, int], tuple[str, str]]) -> int:
    """Insert conflicts not yet recorded; returns how many were new."""
    if not found:
        return 0
    known = {
        (row.claim_a, row.claim_b) for row in connection.execute(sa.select(conflicts.c.claim_a, conflicts.c.claim_b))
    }
    rows = [
        {"claim_a": a, "claim_b": b, "kind": kind, "reason": reason}
        for (a, b), (kind, reason) in found.items()
        if (a, b) not in known
    ]
    if rows:
        connection.execute(conflicts.insert(), rows)
    return len(rows)


def save_correction(
    connection: Connection, claim: int, document_id: str, kind: str, sentence: str, replacement: int | None
) -> None:
    exists = connection.execute(
        sa.select(corrections.c.id).where(
            corrections.c.claim_id == claim,
            corrections.c.document_id == document_id,
            corrections.c.sentence == sentence,
        )
    ).first()
    if exists is None:
        connection.execute(
            corrections.insert().values(
                claim_id=claim, document_id=document_id, kind=kind, sentence=sentence, replacement_claim=replacement
            )
        )


def drop_empty_claims(connection: Connection) -> int:
    """Claims whose every member went away with a deleted document."""
    empty = sa.select(claims.c.id).where(~sa.exists().where(claim_members.c.claim_id == claims.c.id))
    return connection.execute(claims.delete().where(claims.c.id.in_(empty))).rowcount or 0


@dataclass(frozen=True)
class ClaimRow:
    id: int
    kind: str
    summary: str
    value: float | None
    range_low: float | None
    range_high: float | None
    unit: str | None
    subject: str | None


def claim_rows(connection: Connection) -> dict[int, ClaimRow]:
    return {
        row.id: ClaimRow(row.id, row.kind, row.summary, row.value, row.range_low, row.range_high, row.unit,
                         row.subject)
        for row in connection.execute(sa.select(claims).order_by(claims.c.id))
    }


def members_by_claim(connection: Connection) -> dict[int, list[tuple[ItemKey, float]]]:
    out: dict[int, list[tuple[ItemKey, float]]] = {}
    query = sa.select(claim_members).order_by(claim_members.c.claim_id, claim_members.c.id)
    for row in connection.execute(query):
        out.setdefault(row.claim_id, []).append(((row.item_kind, row.item_id), row.score))
    return out


def conflict_rows(connection: Connection) -> list[tuple[int, int, str, str]]:
    query = sa.select(conflicts.c.claim_a, conflicts.c.claim_b, conflicts.c.kind, conflicts.c.reason)
    return [(r.claim_a, r.claim_b, r.kind, r.reason) for r in connection.execute(query.order_by(conflicts.c.id))]


def correction_rows(connection: Connection) -> list[tuple[int, str, str, str, int | None]]:
    query = sa.select(corrections).order_by(corrections.c.id)
    return [
        (r.claim_id, r.document_id, r.kind, r.sentence, r.replacement_claim) for r in connection.execute(query)
    ]
