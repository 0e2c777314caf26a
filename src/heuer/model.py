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
