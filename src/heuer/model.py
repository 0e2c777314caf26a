"""The typed core data model of heuer, in one place.

Every stage speaks in these types: ingest produces :class:`Document`, extract
produces :class:`Extraction` (statements, figures, entities, events), the
store persists them and the report layer renders them. ``to_dict`` methods
produce exactly the JSON shape of the extraction output contract
(``schema_version`` 1).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

SCHEMA_VERSION = 1

PartyType = Literal["person", "organization", "group", "unknown"]
StatementKind = Literal["direct", "indirect"]


def content_id(raw: bytes) -> str:
    """A document's id: the sha256 of its raw input bytes."""
    return hashlib.sha256(raw).hexdigest()


@dataclass
class Document:
    """One ingested article: cleaned plain text plus metadata."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: date | None = None
    language: str = "en"
    kind: str = "text"  # text | html | url | feed | stdin
    near_duplicate_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "outlet": self.outlet,
            "byline": self.byline,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "text_chars": len(self.text),
        }


@dataclass
class Party:
    """Who a statement or figure is attributed to.

    ``name`` is the fullest name found in the document; ``mention`` keeps the
    words the text used at that place ("he", "the researcher", "Jia").
    """

    name: str
    type: PartyType = "unknown"
    mention: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "mention": self.mention}


@dataclass
class Statement:
    """An attributed statement: a direct quote or reported (indirect) speech."""

    kind: StatementKind
    content: str
    speaker: Party | None
    cue: str | None
    sentence: str
    span: tuple[int, int]
    via: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": self.content,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue,
            "via": list(self.via),
            "hedges": list(self.hedges),
            "sentence": self.sentence,
            "span": list(self.span),
        }


@dataclass
class Figure:
    """A reported quantity: a value or a range, what it counts, who says so."""

    value: float | None
    range: tuple[float, float] | None
    unit: str | None
    subject: str | None
    sentence: str
    span: tuple[int, int]
    text: str = ""  # the words of the number as written ("10,000 or so")
    source: str | None = None
    via: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        value: float | int | None = self.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        rng = None
        if self.range is not None:
            rng = [int(v) if float(v).is_integer() else v for v in self.range]
        return {
            "value": value,
            "range": rng,
            "unit": self.unit,
            "subject": self.subject,
            "text": self.text,
            "source": self.source,
            "via": list(self.via),
            "hedges": list(self.hedges),
            "sentence": self.sentence,
            "span": list(self.span),
        }


@dataclass
class Entity:
    """A named person, organisation or place with the aliases the text uses."""

    name: str
    label: str  # PERSON | ORG | GPE | LOC | NORP
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "aliases": list(self.aliases), "mentions": self.mentions}


@dataclass
class Event:
    """A dated happening; ``date``/``end`` are resolved against the publication date."""

    date: date
    text: str
    sentence: str
    span: tuple[int, int]
    end: date | None = None
    date_text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "text": self.text,
            "date_text": self.date_text,
            "sentence": self.sentence,
            "span": list(self.span),
        }


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    statements: list[Statement] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "document": self.document.to_dict(),
            "statements": [s.to_dict() for s in self.statements],
            "figures": [f.to_dict() for f in self.figures],
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
        }


@dataclass
class IngestOutcome:
    """What happened to one source during ingest."""

    source: str
    status: Literal["stored", "duplicate", "near_duplicate", "failed"]
    document_id: str | None = None
    error: str | None = None
    near_duplicate_of: str | None = None


# -- the claim ledger: what many documents say together ----------------------------------------

ConflictKind = Literal["contradiction", "refinement", "different_subject", "negation"]
MentionRole = Literal["attributed", "syndicated", "echo", "unattributed", "correction"]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass
class ClaimMention:
    """One place a claim appears, with the chain it came through.

    ``chain`` runs from the document's outlet family through the via parties to the
    origin; ``role`` says how the mention counts: ``attributed`` (names an origin),
    ``syndicated`` (a copy of another document), ``echo`` (no source, later than an
    earlier report), ``unattributed`` (no source, nothing earlier), ``correction``.
    """

    item_kind: str
    item_id: int
    document_id: str
    outlet: str | None
    family: str | None
    published: date | None
    title: str | None
    text: str
    sentence: str
    attributed_to: str | None
    origin: str | None
    via: list[str]
    hedges: list[str]
    role: MentionRole
    chain: list[str]
    copy_of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": f"{self.item_kind}:{self.item_id}",
            "document_id": self.document_id,
            "outlet": self.outlet,
            "family": self.family,
            "published": _day(self.published),
            "title": self.title,
            "text": self.text,
            "sentence": self.sentence,
            "attributed_to": self.attributed_to,
            "origin": self.origin,
            "via": list(self.via),
            "hedges": list(self.hedges),
            "role": self.role,
            "chain": list(self.chain),
            "copy_of": self.copy_of,
        }


@dataclass
class ClaimConflict:
    """Another claim that disagrees with (or refines, or only seems to rival) this one."""

    other: int
    kind: ConflictKind
    reason: str
    other_summary: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"other": self.other, "kind": self.kind, "reason": self.reason, "other_summary": self.other_summary}


@dataclass
class ClaimCorrection:
    """A later correction or retraction of the claim by an outlet."""

    document_id: str
    outlet: str | None
    published: date | None
    kind: Literal["correction", "retraction"]
    sentence: str
    replacement: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "outlet": self.outlet,
            "published": _day(self.published),
            "kind": self.kind,
            "sentence": self.sentence,
            "replacement": self.replacement,
        }


@dataclass
class Credibility:
    """Admiralty information credibility: 1 (confirmed) ... 5 (improbable), 6 (cannot be judged)."""

    grade: int
    label: str
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"grade": self.grade, "label": self.label, "reasons": list(self.reasons)}


@dataclass
class Claim:
    """Statements or figures from one or more documents that say the same thing."""

    id: int
    kind: Literal["statement", "figure"]
    summary: str
    mentions: list[ClaimMention]
    origins: list[str]
    independent_sources: int
    distinct_reports: int
    circular: bool
    first_reported: ClaimMention | None
    credibility: Credibility
    value: float | None = None
    range: tuple[float, float] | None = None
    unit: str | None = None
    subject: str | None = None
    status: Literal["standing", "corrected", "retracted"] = "standing"
    conflicts: list[ClaimConflict] = field(default_factory=list)
    corrections: list[ClaimCorrection] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return sorted({m.document_id for m in self.mentions})

    @property
    def contested(self) -> bool:
        return any(c.kind in ("contradiction", "negation") for c in self.conflicts)

    def to_dict(self) -> dict[str, Any]:
        first = self.first_reported
        return {
            "id": self.id,
            "kind": self.kind,
            "summary": self.summary,
            "value": self.value,
            "range": list(self.range) if self.range else None,
            "unit": self.unit,
            "subject": self.subject,
            "origins": list(self.origins),
            "independent_sources": self.independent_sources,
            "distinct_reports": self.distinct_reports,
            "circular": self.circular,
            "status": self.status,
            "first_reported": None if first is None else {
                "document_id": first.document_id, "outlet": first.outlet, "published": _day(first.published),
            },
            "credibility": self.credibility.to_dict(),
            "conflicts": [c.to_dict() for c in self.conflicts],
            "corrections": [c.to_dict() for c in self.corrections],
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class SourceRecord:
    """A party that makes claims, with the user's Admiralty reliability grade (A-F; F = cannot be judged)."""

    name: str
    kind: Literal["outlet", "person", "organization", "group", "unknown"]
    reliability: str = "F"
    note: str | None = None
    claims: int = 0
    mentions: int = 0
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "reliability": self.reliability,
            "note": self.note,
            "claims": self.claims,
            "mentions": self.mentions,
            "aliases": list(self.aliases),
        }


@dataclass
class TimelineReport:
    """One document reporting a dated event: when it was published (reported date) and its sentence."""

    document_id: str
    outlet: str | None
    published: date | None
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"document_id": self.document_id, "outlet": self.outlet, "published": _day(self.published),
                "sentence": self.sentence}


@dataclass
class TimelineEntry:
    """A dated event across documents: the event date apart from the dates it was reported."""

    date: date
    end: date | None
    text: str
    date_text: str
    reports: list[TimelineReport]
    claims: list[int] = field(default_factory=list)

    @property
    def first_reported(self) -> date | None:
        days = [r.published for r in self.reports if r.published]
        return min(days) if days else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "end": _day(self.end),
            "text": self.text,
            "date_text": self.date_text,
            "first_reported": _day(self.first_reported),
            "reports": [r.to_dict() for r in self.reports],
            "claims": list(self.claims),
        }


# -- Analysis of Competing Hypotheses -------------------------------------------------------------

Rating = Literal["CC", "C", "N", "I", "II", "NA"]
Relevance = Literal["low", "medium", "high"]
EvidenceKind = Literal["claim", "statement", "figure", "assumption", "absence"]
RelationKind = Literal["duplicate", "not_exclusive"]


@dataclass
class Hypothesis:
    """One competing explanation in a case; ``merged_into`` is set when it was merged as a duplicate."""

    id: int
    case_id: int
    label: str
    text: str
    prior: float | None = None
    merged_into: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "text": self.text, "prior": self.prior,
                "merged_into": self.merged_into}


@dataclass
class HypothesisRelation:
    """Two hypotheses marked as duplicates (merged) or as not mutually exclusive."""

    first: int
    second: int
    kind: RelationKind
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"first": self.first, "second": self.second, "kind": self.kind, "note": self.note}


@dataclass
class EvidenceLink:
    """Where a ledger-backed evidence item comes from: the sentence to click through to.

    ``item_kind`` "sentence" is a sentence in the outlet's own words (no statement or figure
    was extracted from it); its ``item_id`` is the sentence's character offset in the document.
    """

    item_kind: Literal["statement", "figure", "sentence"]
    item_id: int
    document_id: str
    sentence: str
    outlet: str | None = None
    published: date | None = None
    claim_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"item_kind": self.item_kind, "item_id": self.item_id, "document_id": self.document_id,
                "sentence": self.sentence, "outlet": self.outlet, "published": _day(self.published),
                "claim_id": self.claim_id}


@dataclass
class EvidenceWeight:
    """How much an evidence item counts, factor by factor, with the reasons shown in the matrix.

    ``total`` = credibility x relevance x independence x standing.
    """

    credibility_grade: int | None
    credibility: float
    relevance: float
    independence: float
    standing: float
    origin: str | None
    reasons: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.credibility * self.relevance * self.independence * self.standing

    def to_dict(self) -> dict[str, Any]:
        return {"credibility_grade": self.credibility_grade, "credibility": self.credibility,
                "relevance": self.relevance, "independence": self.independence, "standing": self.standing,
                "total": self.total, "origin": self.origin, "reasons": list(self.reasons)}


@dataclass
class EvidenceItem:
    """A row of the ACH matrix: a ledger claim, statement or figure, or a free-text assumption
    or absence of evidence."""

    id: int
    case_id: int
    kind: EvidenceKind
    text: str
    relevance: Relevance = "medium"
    credibility_override: int | None = None
    note: str | None = None
    link: EvidenceLink | None = None
    weight: EvidenceWeight | None = None
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "kind": self.kind, "text": self.text, "relevance": self.relevance,
                "credibility_override": self.credibility_override, "note": self.note,
                "link": self.link.to_dict() if self.link else None,
                "weight": self.weight.to_dict() if self.weight else None}


@dataclass
class CellRating:
    """One analyst's consistency rating of one evidence item against one hypothesis."""

    evidence_id: int
    hypothesis_id: int
    analyst: str
    rating: Rating
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"evidence_id": self.evidence_id, "hypothesis_id": self.hypothesis_id, "analyst": self.analyst,
                "rating": self.rating, "note": self.note}


@dataclass
class Case:
    """An ACH case: documents in scope (none = the whole store), hypotheses, evidence and ratings."""

    id: int
    name: str
    question: str | None = None
    documents: list[str] = field(default_factory=list)
    hypotheses: list[Hypothesis] = field(default_factory=list)
    relations: list[HypothesisRelation] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    ratings: list[CellRating] = field(default_factory=list)

    @property
    def active_hypotheses(self) -> list[Hypothesis]:
        return [h for h in self.hypotheses if h.merged_into is None]

    @property
    def analysts(self) -> list[str]:
        return sorted({r.analyst for r in self.ratings})

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "question": self.question, "documents": list(self.documents),
                "hypotheses": [h.to_dict() for h in self.hypotheses],
                "relations": [r.to_dict() for r in self.relations],
                "evidence": [e.to_dict() for e in self.evidence],
                "ratings": [r.to_dict() for r in self.ratings]}
