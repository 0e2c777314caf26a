"""The source register: every party the ledger's claims trace through, with the user's grades.

Parties are the origins of claims, the via parties of chains and the outlets of the
documents. Reliability grades (Admiralty A-F) are the user's to set and live in the
``sources`` table; a party nobody has graded is F ("reliability cannot be judged").
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.grading import DEFAULT_RELIABILITY, check_reliability
from heuer.ledger.view import Ledger
from heuer.model import SourceRecord
from heuer.store.schema import sources


def grades(connection: Connection) -> dict[str, tuple[str, str | None]]:
    """Source name (case-folded) -> (reliability, note)."""
    rows = connection.execute(sa.select(sources.c.name, sources.c.reliability, sources.c.note))
    return {row.name.casefold(): (row.reliability, row.note) for row in rows}


def set_grade(connection: Connection, name: str, reliability: str, note: str | None = None) -> str:
    letter = check_reliability(reliability)
    existing = connection.execute(sa.select(sources.c.id).where(sources.c.name == name)).first()
    values = {"reliability": letter, "note": note, "graded_at": datetime.now(UTC)}
    if existing is None:
        connection.execute(sources.insert().values(name=name, **values))
    else:
        connection.execute(sources.update().where(sources.c.id == existing.id).values(**values))
    return letter


_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "group"}


def _kind(ledger: Ledger, name: str) -> str:
    """person / organization / group from the documents' tags; outlet when documents come from it."""
    if ledger.families.family(name) in ledger.outlet_families or ledger.families.is_outlet(name, set()):
        return "outlet"
    return _KINDS.get(ledger.resolver.label(name) or "", "unknown")


def register(ledger: Ledger, graded: dict[str, tuple[str, str | None]]) -> list[SourceRecord]:
    """Every party of the ledger, most claims first."""
    claim_count: Counter[str] = Counter()
    mention_count: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    for claim in ledger.claims:
        seen: set[str] = set()
        for mention in claim.mentions:
            parties = [(mention.family, "outlet")] if mention.family else []
            parties += [(ledger.resolver.canonical(v) or v, "unknown") for v in mention.via]
            if mention.origin:
                parties.append((mention.origin, "unknown"))
            parties = [(name, kind if kind == "outlet" else _kind(ledger, name)) for name, kind in parties]
            for name, kind in parties:
                if not name:
                    continue
                mention_count[name] += 1
                if kind == "outlet" or name not in kinds:
                    kinds[name] = kind
                if name not in seen:
                    claim_count[name] += 1
                    seen.add(name)
    groups = ledger.resolver.groups()
    records = []
    for name in claim_count:
        reliability, note = graded.get(name.casefold(), (DEFAULT_RELIABILITY, None))
        records.append(SourceRecord(
            name=name, kind=kinds.get(name, "unknown"), reliability=reliability, note=note,  # type: ignore[arg-type]
            claims=claim_count[name], mentions=mention_count[name],
            aliases=[a for a in groups.get(name, []) if a != name],
        ))
    records.sort(key=lambda r: (-r.claims, -r.mentions, r.name.casefold()))
    return records
