"""What the store hands back: model objects plus the ids and document facts needed to cite them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from heuer.model import Event, Figure, Statement


@dataclass(frozen=True)
class DocumentSummary:
    """A document without its text, for listings."""

    id: str
    path: str
    kind: str
    title: str | None
    outlet: str | None
    byline: str | None
    published: date | None
    language: str
    text_chars: int
    near_duplicate_of: str | None
    ingested_at: datetime


@dataclass(frozen=True)
class StoredStatement:
    id: int
    document_id: str
    statement: Statement
    title: str | None
    outlet: str | None
    published: date | None


@dataclass(frozen=True)
class StoredFigure:
    id: int
    document_id: str
    figure: Figure
    title: str | None
    outlet: str | None
    published: date | None


@dataclass(frozen=True)
class StoredEvent:
    id: int
    document_id: str
    event: Event
    title: str | None
    outlet: str | None
    published: date | None


@dataclass(frozen=True)
class StoredEntity:
    """One entity (name + label) aggregated over every document that mentions it."""

    name: str
    label: str
    aliases: tuple[str, ...]  # union over documents, sorted
    mentions: int  # summed over documents
    documents: int  # how many documents mention it


@dataclass(frozen=True)
class SearchHit:
    """A full-text match. ``rank``: lower is better (bm25 on SQLite; 0.0 where unranked)."""

    kind: Literal["document", "statement"]
    document_id: str
    statement_id: int | None
    title: str | None
    outlet: str | None
    published: date | None
    snippet: str
    rank: float
