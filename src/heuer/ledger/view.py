"""The ledger as the analyst reads it: claims with provenance, conflicts, corrections and credibility.

Claims and their members are stored; everything else here is derived on read from
them, the documents, the outlet map, the entity resolver and the user's overrides,
so a new grade, owner or merge shows at once without rebuilding anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from heuer.ingest.dedup import NearDuplicateIndex
from heuer.ledger import persist
from heuer.ledger.credibility import assess
from heuer.ledger.entities import EntityResolver, load_resolver
from heuer.ledger.items import load_items
from heuer.ledger.outlets import OutletFamilies, load_families
from heuer.ledger.provenance import ProvenanceTracer
from heuer.model import Claim, ClaimConflict, ClaimCorrection
from heuer.store import Store
from heuer.store.schema import documents


@dataclass
class Ledger:
    claims: list[Claim]
    families: OutletFamilies
    resolver: EntityResolver
    outlet_families: set[str] = field(default_factory=set)
    by_id: dict[int, Claim] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {claim.id: claim for claim in self.claims}

    def claim(self, claim_id: int) -> Claim | None:
        return self.by_id.get(claim_id)


def read_ledger(store: Store) -> Ledger:
    """Every claim with its provenance, conflicts, corrections and credibility."""
    with store.reading("read the ledger") as connection:
        claim_rows = persist.claim_rows(connection)
        members = persist.members_by_claim(connection)
        conflict_rows = persist.conflict_rows(connection)
        correction_rows = persist.correction_rows(connection)
        items = {item.key: item for item in load_items(connection)}
        families = load_families(connection)
        resolver = load_resolver(connection)
        doc_rows = connection.execute(
            sa.select(documents.c.id, documents.c.outlet, documents.c.published, documents.c.near_duplicate_of,
                      documents.c.byline, documents.c.text)
        ).all()
    outlet_of = {row.id: row.outlet for row in doc_rows}
    published = {row.id: row.published for row in doc_rows}
    copy_of = copies_of_originals(doc_rows, near_duplicate_pairs(store))
    resolver.learn_aliases(item.sentence for item in items.values() if item.kind != "figure")
    resolver.learn_place_bodies(item.sentence for item in items.values())
    resolver.learn_regions(item.sentence for item in items.values())
    resolver.learn_described_bodies(item.sentence for item in items.values())
    resolver.learn_appositions(item.sentence for item in items.values())
    resolver.learn_place_kinds(item.sentence for item in items.values())
    resolver.learn_descriptions(
        (item.speaker_mention, item.attributed_to) for item in items.values()
        if item.speaker_mention and item.attributed_to
    )
    resolver.learn_titles(
        (item.sentence, item.attributed_to) for item in items.values()
        if item.kind == "statement" and item.attributed_to and item.attributed_to[:1].isupper()
    )
    released = {row.id for row in doc_rows if is_press_release(row.byline, row.text)}
    tracer = ProvenanceTracer(families, resolver, outlet_of, copy_of, released)
    tracer.learn_citations([item for item in items.values() if item.kind == "figure"])
    tracer.learn_common_words(item.sentence for item in items.values())
    tracer.learn_documents({row.id: row.text or "" for row in doc_rows}, items.values())

    corrections: dict[int, list[ClaimCorrection]] = {}
    correction_sentences: dict[str, set[str]] = {}
    for claim_id, document_id, kind, sentence, replacement in correction_rows:
        corrections.setdefault(claim_id, []).append(
            ClaimCorrection(document_id, outlet_of.get(document_id), published.get(document_id), kind,  # type: ignore[arg-type]
                            sentence, replacement)
        )
        correction_sentences.setdefault(document_id, set()).add(sentence)
    note_sentences = {s for sentences in correction_sentences.values() for s in sentences}

    traced = {}
    for claim_id, row in claim_rows.items():
        claim_items = [items[key] for key, _ in members.get(claim_id, []) if key in items]
        if claim_items:
            traced[claim_id] = (row, tracer.trace(claim_items, note_sentences))
    independent = {claim_id: len(p.origins) for claim_id, (_, p) in traced.items()}

    conflicts: dict[int, list[ClaimConflict]] = {}
    for a, b, kind, reason in conflict_rows:
        if a in traced and b in traced:
            conflicts.setdefault(a, []).append(ClaimConflict(b, kind, reason, traced[b][0].summary))  # type: ignore[arg-type]
            conflicts.setdefault(b, []).append(ClaimConflict(a, kind, reason, traced[a][0].summary))  # type: ignore[arg-type]

    claims: list[Claim] = []
    for claim_id, (row, provenance) in traced.items():
        own_corrections = corrections.get(claim_id, [])
        own_conflicts = conflicts.get(claim_id, [])
        status = _status(own_corrections, provenance.mentions, families)
        credibility = assess(
            independent[claim_id], provenance.origins, provenance.distinct_reports, provenance.circular,
            own_conflicts, independent, own_corrections, status,
        )
        rng = (row.range_low, row.range_high) if row.range_low is not None and row.range_high is not None else None
        claims.append(Claim(
            id=claim_id, kind=row.kind, summary=row.summary,  # type: ignore[arg-type]
            mentions=provenance.mentions, origins=provenance.origins,
            independent_sources=len(provenance.origins), distinct_reports=provenance.distinct_reports,
            circular=provenance.circular, first_reported=provenance.first_reported, credibility=credibility,
            value=row.value, range=rng, unit=row.unit, subject=row.subject, status=status,  # type: ignore[arg-type]
            conflicts=own_conflicts, corrections=own_corrections,
        ))
    claims.sort(key=lambda c: (-c.independent_sources, -c.distinct_reports, -len(c.mentions), c.id))
    outlet_families = {f for f in (families.family(o) for o in outlet_of.values()) if f}
    return Ledger(claims, families, resolver, outlet_families)


def _status(corrections: list[ClaimCorrection], mentions: list, families: OutletFamilies) -> str:
    """Retracted or corrected when the outlets that put it right were the only ones to report it."""
    if not corrections:
        return "standing"
    fixing = {families.family(c.outlet) for c in corrections}
    elsewhere = [m for m in mentions if m.role == "attributed" and m.family not in fixing]
    if elsewhere:
        return "standing"
    return "retracted" if any(c.kind == "retraction" for c in corrections) else "corrected"


_PRESS_RELEASE = re.compile(
    r"\b(?:press\s+(?:office|release|team)|news\s+release|for\s+immediate\s+release|media\s+(?:contact|enquiries|inquiries))\b",
    re.IGNORECASE,
)


def is_press_release(byline: str | None, text: str) -> bool:
    """A document its issuer published itself: its own voice is the issuer speaking, not a reporter."""
    return bool(_PRESS_RELEASE.search(byline or "")) or bool(_PRESS_RELEASE.search(text[:400] + " " + text[-600:]))


def near_duplicate_pairs(store: Store) -> list[tuple[str, str]]:
    """Every pair of near-duplicate documents (ingest links each copy to one other only)."""
    signatures = list(store.minhashes())
    index = NearDuplicateIndex(signatures)
    return [(doc, other) for doc, signature in signatures for other in index.matches(signature) if other != doc]


def copies_of_originals(doc_rows: list, pairs: list[tuple[str, str]] = ()) -> dict[str, str]:
    """Copy -> original for every group of near-duplicate documents.

    Ingest links a copy to whichever copy it stored first; here the original of a group
    is the one published first, and on the same day the one whose outlet the other
    copies credit (a wire agency named in their byline or text).
    """
    by_id = {row.id: row for row in doc_rows}
    parent = {row.id: row.id for row in doc_rows}

    def find(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    links = [(row.id, row.near_duplicate_of) for row in doc_rows if row.near_duplicate_of] + list(pairs)
    for doc, other in links:
        if doc in parent and other in parent and find(doc) != find(other):
            parent[find(doc)] = find(other)
    groups: dict[str, list[str]] = {}
    for doc in parent:
        groups.setdefault(find(doc), []).append(doc)
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue

        def credited_by_others(doc: str, members: list[str] = members) -> int:
            outlet = (by_id[doc].outlet or "").strip()
            if not outlet:
                return 0
            return sum(outlet in f"{by_id[o].byline or ''} {by_id[o].text[:3000]}" for o in members if o != doc)

        original = min(members, key=lambda d: (by_id[d].published is None, by_id[d].published or date.min,
                                                -credited_by_others(d), by_id[d].near_duplicate_of is not None, d))
        for doc in members:
            if doc != original:
                out[doc] = original
    return out
