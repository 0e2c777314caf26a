"""Shared helpers for the rule tests (test_rules_*.py): run the extractor, compare records exactly.

A statement is compared as the tuple ``S(kind, speaker, content, cue, via, hedges)``;
``ANY`` (from unittest.mock) stands in for a field a test does not pin down (mostly
the cue, whose exact words are the extractor's choice). Texts are short, original
news-style snippets; the spaCy pipeline is loaded once per process by heuer.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple
from unittest.mock import ANY

import heuer
from heuer.extract.entities import EntityTable, build_entity_table
from heuer.extract.nlp import load_nlp
from heuer.extract.pipeline import extract as extract_document
from heuer.model import Document, Extraction, content_id

__all__ = ["ANY", "S", "Sp", "article_extraction", "balanced", "cases", "entity", "events", "figure_units", "figures", "run",
           "speakers",
           "speakers_by_content", "statements", "unquoted"]

QUOTE_MARKS = "“”\"‘’'«»„"


class S(NamedTuple):
    """One statement as the tests compare it."""

    kind: str
    speaker: str | None
    content: str
    cue: Any = ANY
    via: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()


class Sp(NamedTuple):
    """A speaker as the tests compare it: canonical name, type and the words used."""

    name: str
    type: Any = ANY
    mention: Any = ANY


def run(text: str, *, published: date | None = None, outlet: str | None = None, title: str | None = None,
        byline: str | None = None) -> Extraction:
    """Extract ``text`` through the public API (or the pipeline, when a byline is needed)."""
    if byline is None:
        return heuer.extract_text(text, title=title, outlet=outlet, published=published)
    doc = Document(id=content_id(text.encode("utf-8")), path="<text>", text=text, title=title, outlet=outlet,
                   byline=byline, published=published)
    return extract_document(doc, load_nlp())


def cases(table: dict[str, Any]) -> list[Any]:
    """The values of a ``{case id: (args...) or pytest.param(...)}`` table, for parametrize."""
    return list(table.values())


def statements(ex: Extraction) -> list[S]:
    """The statements of an extraction in the contract's shape (``to_dict``), as tuples."""
    out = []
    for s in ex.to_dict()["statements"]:
        out.append(S(s["kind"], s["speaker"]["name"] if s["speaker"] else None, s["content"], s["cue"],
                     tuple(s["via"]), tuple(s["hedges"])))
    return out


def speakers_by_content(ex: Extraction) -> dict[str, str | None]:
    """Each statement's content with its speaker's name."""
    return {s.content: s.speaker for s in statements(ex)}


def speakers(ex: Extraction) -> list[Sp]:
    return [Sp(s["speaker"]["name"], s["speaker"]["type"], s["speaker"]["mention"]) if s["speaker"] else None
            for s in ex.to_dict()["statements"]]


def entity(ex: Extraction, name: str) -> dict[str, Any] | None:
    """The entity record called ``name`` (canonical name), or None."""
    return next((e for e in ex.to_dict()["entities"] if e["name"] == name), None)


def article_labels(data_set: str, article: str) -> EntityTable:
    """The entity table of one development article under tests/data (for tagger mistakes only a real article
    shows)."""
    path = Path(__file__).parents[1] / "data" / data_set / article
    return build_entity_table(load_nlp()(path.read_text(encoding="utf-8")))


def article_extraction(data_set: str, article: str) -> Extraction:
    """The extraction of one development article under tests/data (for parser mistakes only a real article
    shows)."""
    path = Path(__file__).parents[1] / "data" / data_set / article
    return run(path.read_text(encoding="utf-8"))


def events(ex: Extraction) -> list[tuple[str, str | None, str]]:
    """(date, end, date_text) of every event."""
    return [(e["date"], e["end"], e["date_text"]) for e in ex.to_dict()["events"]]


def figures(ex: Extraction) -> list[tuple[Any, ...]]:
    """(value, range, unit, source, via, hedges) of every figure."""
    return [(f["value"], f["range"], f["unit"], f["source"], tuple(f["via"]), tuple(f["hedges"]))
            for f in ex.to_dict()["figures"]]


def figure_sources(ex: Extraction, value: Any) -> list[str | None]:
    """The source of every figure of ``value``, in text order."""
    return [f[3] for f in figures(ex) if f[0] == value]


def figure_units(ex: Extraction, value: Any) -> list[str | None]:
    """The unit of every figure of ``value``, in text order."""
    return [f[2] for f in figures(ex) if f[0] == value]


def unquoted(text: str) -> str:
    """``text`` without quotation marks, single-spaced: for contents whose mark style is free."""
    return " ".join(re.sub(f"[{QUOTE_MARKS}]", " ", text).split())


def balanced(text: str) -> bool:
    """Every curly or guillemet opening mark in ``text`` has its closing mark."""
    return text.count("“") == text.count("”") and text.count("«") == text.count("»")
