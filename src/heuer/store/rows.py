"""Turn model objects into table rows and back."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Row

from heuer.model import Document, Entity, Event, Figure, Party, Statement
from heuer.store.records import DocumentSummary


def document_row(document: Document, minhash: bytes | None) -> dict[str, Any]:
    return {
        "id": document.id,
        "path": document.path,
        "kind": document.kind,
        "title": document.title,
        "outlet": document.outlet,
        "byline": document.byline,
        "published": document.published,
        "language": document.language,
        "text": document.text,
        "text_chars": len(document.text),
        "near_duplicate_of": document.near_duplicate_of,
        "minhash": minhash,
    }


def statement_row(document_id: str, seq: int, statement: Statement) -> dict[str, Any]:
    speaker = statement.speaker
    return {
        "document_id": document_id,
        "seq": seq,
        "kind": statement.kind,
        "content": statement.content,
        "speaker_name": speaker.name if speaker else None,
        "speaker_type": speaker.type if speaker else None,
        "speaker_mention": speaker.mention if speaker else None,
        "cue": statement.cue,
        **_cited(statement),
    }


def _cited(record: Statement | Figure) -> dict[str, Any]:
    """The columns statements and figures share: chain, hedges and the cited sentence."""
    return {
        "via": list(record.via),
        "hedges": list(record.hedges),
        "sentence": record.sentence,
        "span_start": record.span[0],
        "span_end": record.span[1],
    }


def figure_row(document_id: str, seq: int, figure: Figure) -> dict[str, Any]:
    low, high = figure.range if figure.range is not None else (None, None)
    return {
        "document_id": document_id,
        "seq": seq,
        "value": figure.value,
        "range_low": low,
        "range_high": high,
        "unit": figure.unit,
        "subject": figure.subject,
        "text": figure.text,
        "source": figure.source,
        **_cited(figure),
    }


def entity_row(document_id: str, seq: int, entity: Entity) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "seq": seq,
        "name": entity.name,
        "label": entity.label,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
    }


def event_row(document_id: str, seq: int, event: Event) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "seq": seq,
        "date": event.date,
        "end_date": event.end,
        "date_text": event.date_text,
        "text": event.text,
        "sentence": event.sentence,
        "span_start": event.span[0],
        "span_end": event.span[1],
    }


def to_document(row: Row[Any]) -> Document:
    return Document(
        id=row.id,
        path=row.path,
        text=row.text,
        title=row.title,
        outlet=row.outlet,
        byline=row.byline,
        published=row.published,
        language=row.language,
        kind=row.kind,
        near_duplicate_of=row.near_duplicate_of,
    )


def to_summary(row: Row[Any]) -> DocumentSummary:
    return DocumentSummary(
        id=row.id,
        path=row.path,
        kind=row.kind,
        title=row.title,
        outlet=row.outlet,
        byline=row.byline,
        published=row.published,
        language=row.language,
        text_chars=row.text_chars,
        near_duplicate_of=row.near_duplicate_of,
        ingested_at=row.ingested_at,
    )


def to_statement(row: Row[Any]) -> Statement:
    speaker = None
    if row.speaker_name is not None:
        speaker = Party(
            name=row.speaker_name, type=row.speaker_type or "unknown", mention=row.speaker_mention
        )
    return Statement(
        kind=row.kind,
        content=row.content,
        speaker=speaker,
        cue=row.cue,
        sentence=row.sentence,
        span=(row.span_start, row.span_end),
        via=list(row.via or []),
        hedges=list(row.hedges or []),
    )


def to_figure(row: Row[Any]) -> Figure:
    has_range = row.range_low is not None and row.range_high is not None
    return Figure(
        value=row.value,
        range=(row.range_low, row.range_high) if has_range else None,
        unit=row.unit,
        subject=row.subject,
        sentence=row.sentence,
        span=(row.span_start, row.span_end),
        text=row.text,
        source=row.source,
        via=list(row.via or []),
        hedges=list(row.hedges or []),
    )


def to_entity(row: Row[Any]) -> Entity:
    return Entity(name=row.name, label=row.label, aliases=list(row.aliases or []), mentions=row.mentions)


def to_event(row: Row[Any]) -> Event:
    return Event(
        date=row.date,
        text=row.text,
        sentence=row.sentence,
        span=(row.span_start, row.span_end),
        end=row.end_date,
        date_text=row.date_text,
    )
