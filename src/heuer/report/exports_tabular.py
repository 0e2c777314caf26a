"""The claim ledger as JSON and CSV: claims, their mentions, stored figures and the source register.

Each function returns the text and, given a *path*, also writes it there (UTF-8).
JSON keeps every field of the model (``Claim.to_dict``); CSV flattens to one row per
claim, mention, figure or source, for spreadsheets and newsroom tools.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from heuer.model import Claim, ClaimMention, SourceRecord
from heuer.report.exports_cells import CellValue, PathArg, cell, joined, write_text
from heuer.store.records import StoredFigure

EXPORT_VERSION = 1
CLAIMS_SCHEMA = "heuer-claims"
SOURCES_SCHEMA = "heuer-sources"

CLAIM_COLUMNS = (
    "id", "kind", "summary", "value", "range_low", "range_high", "unit", "subject",
    "independent_sources", "distinct_reports", "mentions", "circular", "status",
    "credibility_grade", "credibility_label", "credibility_reasons", "origins",
    "first_reported_outlet", "first_reported_date", "documents", "conflicts",
)
MENTION_COLUMNS = (
    "claim_id", "document_id", "outlet", "family", "published", "role", "origin",
    "chain", "via", "hedges", "sentence",
)
FIGURE_COLUMNS = (
    "figure_id", "document_id", "outlet", "published", "value", "range_low", "range_high",
    "unit", "subject", "text", "source", "via", "hedges", "sentence",
)
SOURCE_COLUMNS = ("name", "kind", "reliability", "note", "claims", "mentions", "aliases")


def _finish(text: str, path: PathArg | None) -> str:
    if path is not None:
        write_text(text, path)
    return text


def _json_text(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def write_json(payload: dict[str, Any], path: PathArg | None = None) -> str:
    """A JSON document as the exports write it (indented, UTF-8), to *path* when given."""
    return _finish(_json_text(payload), path)


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[CellValue]]) -> str:
    """CSV with a header and every cell written by :func:`cell` (numbers as numbers, text defused)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return buffer.getvalue()


# -- JSON -----------------------------------------------------------------------------------------

def claims_json(claims: Iterable[Claim], path: PathArg | None = None) -> str:
    """``{"schema": "heuer-claims", "version": 1, "claims": [Claim.to_dict(), ...]}``."""
    payload = {"schema": CLAIMS_SCHEMA, "version": EXPORT_VERSION, "claims": [c.to_dict() for c in claims]}
    return _finish(_json_text(payload), path)


def sources_json(sources: Iterable[SourceRecord], path: PathArg | None = None) -> str:
    """``{"schema": "heuer-sources", "version": 1, "sources": [SourceRecord.to_dict(), ...]}``."""
    payload = {"schema": SOURCES_SCHEMA, "version": EXPORT_VERSION, "sources": [s.to_dict() for s in sources]}
    return _finish(_json_text(payload), path)


# -- CSV ------------------------------------------------------------------------------------------

def _claim_row(claim: Claim) -> list[CellValue]:
    low, high = claim.range if claim.range else (None, None)
    first = claim.first_reported
    return [
        claim.id, claim.kind, claim.summary, claim.value, low, high, claim.unit, claim.subject,
        claim.independent_sources, claim.distinct_reports, len(claim.mentions), claim.circular, claim.status,
        claim.credibility.grade, claim.credibility.label, joined(claim.credibility.reasons),
        joined(claim.origins), first.outlet if first else None, first.published if first else None,
        len(claim.documents), joined(f"{c.kind}:{c.other}" for c in claim.conflicts),
    ]


def _mention_row(claim_id: int, mention: ClaimMention) -> list[CellValue]:
    return [
        claim_id, mention.document_id, mention.outlet, mention.family, mention.published, mention.role,
        mention.origin, joined(mention.chain, " > "), joined(mention.via), joined(mention.hedges), mention.sentence,
    ]


def _figure_row(stored: StoredFigure) -> list[CellValue]:
    figure = stored.figure
    low, high = figure.range if figure.range else (None, None)
    return [
        stored.id, stored.document_id, stored.outlet, stored.published, figure.value, low, high,
        figure.unit, figure.subject, figure.text, figure.source, joined(figure.via), joined(figure.hedges),
        figure.sentence,
    ]


def _source_row(source: SourceRecord) -> list[CellValue]:
    return [source.name, source.kind, source.reliability, source.note, source.claims, source.mentions,
            joined(source.aliases)]


def claims_csv(claims: Iterable[Claim], path: PathArg | None = None) -> str:
    """One row per claim (:data:`CLAIM_COLUMNS`); conflicts as ``kind:other_id``."""
    return _finish(csv_text(CLAIM_COLUMNS, (_claim_row(c) for c in claims)), path)


def mentions_csv(claims: Iterable[Claim], path: PathArg | None = None) -> str:
    """One row per mention of every claim (:data:`MENTION_COLUMNS`); chains as ``a > b > c``."""
    rows = (_mention_row(c.id, m) for c in claims for m in c.mentions)
    return _finish(csv_text(MENTION_COLUMNS, rows), path)


def figures_csv(figures: Iterable[StoredFigure], path: PathArg | None = None) -> str:
    """One row per stored figure (:data:`FIGURE_COLUMNS`), as ``api.figures`` returns them."""
    return _finish(csv_text(FIGURE_COLUMNS, (_figure_row(f) for f in figures)), path)


def sources_csv(sources: Iterable[SourceRecord], path: PathArg | None = None) -> str:
    """One row per party of the source register (:data:`SOURCE_COLUMNS`)."""
    return _finish(csv_text(SOURCE_COLUMNS, (_source_row(s) for s in sources)), path)
