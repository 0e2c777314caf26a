"""A case as JSON (export and import) and its matrix as CSV.

The JSON keeps hypotheses, relations, evidence with the sentence each item links to,
and every analyst's ratings, keyed by labels (H1, E1) so that it reads well and
imports into another store; a link whose sentence is not stored there becomes free
text that says so. The CSV is the matrix as the analyst sees it, one row per evidence
item, spreadsheet-formula safe.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.ach import persist
from heuer.ach.analysis import AchAnalysis
from heuer.errors import ConfigError, NotFoundError
from heuer.model import Case, EvidenceLink
from heuer.report.exports_cells import CellValue, safe_text
from heuer.report.exports_tabular import csv_text
from heuer.store.schema import ach_cases, documents

FORMAT = "heuer-ach-case"
VERSION = 1


def case_json(case: Case) -> str:
    labels = {h.id: h.label for h in case.hypotheses}
    evidence_labels = {e.id: e.label for e in case.evidence}
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": case.name,
        "question": case.question,
        "documents": list(case.documents),
        "hypotheses": [
            {"label": h.label, "text": h.text, "prior": h.prior,
             "merged_into": labels.get(h.merged_into) if h.merged_into else None}
            for h in case.hypotheses
        ],
        "relations": [
            {"first": labels[r.first], "second": labels[r.second], "kind": r.kind, "note": r.note}
            for r in case.relations
        ],
        "evidence": [
            {"label": e.label, "kind": e.kind, "text": e.text, "relevance": e.relevance,
             "credibility_override": e.credibility_override, "note": e.note,
             "link": e.link.to_dict() if e.link else None}
            for e in case.evidence
        ],
        "ratings": [
            {"evidence": evidence_labels[r.evidence_id], "hypothesis": labels[r.hypothesis_id],
             "analyst": r.analyst, "rating": r.rating, "note": r.note}
            for r in case.ratings
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_case_json(path: Path) -> dict[str, Any]:
    """The parsed file, or ConfigError naming the file and what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a JSON case export: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfigError(f"{path}: not a heuer ACH case export (no \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise ConfigError(f"{path}: case export version {data.get('version')!r}, this heuer reads {VERSION}")
    for key in ("name", "hypotheses", "evidence", "ratings"):
        if key not in data:
            raise ConfigError(f"{path}: case export has no {key!r}")
    return data


def _free_name(connection: Connection, name: str) -> str:
    taken = {row.name for row in connection.execute(sa.select(ach_cases.c.name))}
    if name not in taken:
        return name
    n = 2
    while f"{name} ({n})" in taken:
        n += 1
    return f"{name} ({n})"


def restore_case(connection: Connection, data: dict[str, Any], name: str | None = None) -> int:
    """Create the case of a parsed export in this store (one transaction, by the caller)."""
    try:
        case = persist.create_case(connection, _free_name(connection, name or data["name"]), data.get("question"))
        hypothesis_ids: dict[str, int] = {}
        for h in data["hypotheses"]:
            label = persist.add_hypothesis(connection, case, h["text"], label=h["label"], prior=h.get("prior"))
            hypothesis_ids[label] = persist.hypothesis_id(connection, case, label)
        evidence_ids: dict[str, int] = {}
        for e in data["evidence"]:
            link, kind, note = _link(connection, e)
            label = persist.add_evidence(connection, case, kind, e["text"], link=link,
                                         relevance=e.get("relevance", "medium"),
                                         credibility=e.get("credibility_override"), note=note)
            evidence_ids[e["label"]] = persist.evidence_id(connection, case, label)
        for r in data["ratings"]:
            persist.rate(connection, evidence_ids[r["evidence"]], hypothesis_ids[r["hypothesis"]], r["analyst"],
                         r["rating"], r.get("note"))
        for r in data.get("relations", []):
            persist.relate(connection, case, hypothesis_ids[r["first"]], hypothesis_ids[r["second"]], r["kind"],
                           r.get("note"))
        scope = [d for d in data.get("documents", []) if _stored(connection, d)]
        persist.set_scope(connection, case, scope)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"case export is malformed: {type(exc).__name__}: {exc}") from exc
    return case


def _stored(connection: Connection, document_id: str) -> bool:
    return connection.execute(sa.select(documents.c.id).where(documents.c.id == document_id)).first() is not None


def _link(connection: Connection, entry: dict[str, Any]) -> tuple[EvidenceLink | None, str, str | None]:
    link = entry.get("link")
    kind, note = entry["kind"], entry.get("note")
    if not link:
        return None, kind if kind in ("assumption", "absence") else "assumption", note
    try:
        if link["item_kind"] == "sentence":
            found = persist.document_sentence(connection, str(link.get("document_id")), int(link["item_id"]))
        else:
            found = persist.item_link(connection, link["item_kind"], int(link["item_id"]))
    except NotFoundError:
        found = None
    if found is None or found.document_id != link.get("document_id") or found.sentence != link.get("sentence"):
        why = f"linked sentence not in this store: {link.get('sentence', '')!r}"
        return None, "assumption", f"{note}; {why}" if note else why
    return found, kind, note


def matrix_csv(analysis: AchAnalysis) -> str:
    """The matrix: evidence, kind, weight, diagnosticity, then one column per hypothesis (ranked)."""
    ranked = analysis.ranked
    columns = ["evidence", "kind", "text", "credibility", "relevance", "weight", "diagnostic",
               *[safe_text(f"{h.hypothesis.label}: {h.hypothesis.text}") for h in ranked], "weight reasons"]
    rows: list[list[CellValue]] = []
    for row in analysis.evidence:
        weight = row.item.weight
        rows.append([row.item.label, row.item.kind, row.item.text, weight.credibility_grade if weight else None,
                     row.item.relevance, round(weight.total, 4) if weight else None, row.diagnostic,
                     *[row.ratings.get(h.hypothesis.label) or "" for h in ranked],
                     "; ".join(weight.reasons) if weight else ""])
    blank: list[CellValue] = [""] * 7
    rows += [
        [],
        ["inconsistency (count)", *blank[1:], *[h.inconsistency for h in ranked]],
        ["weighted inconsistency", *blank[1:], *[round(h.weighted, 4) for h in ranked]],
        ["posterior", *blank[1:], *[round(h.posterior, 4) for h in ranked]],
        ["rank", *blank[1:], *[h.rank for h in ranked]],
    ]
    return csv_text(columns, rows)
