"""Portable full-text search fallback: every term must occur (case-insensitively) somewhere.

Used where FTS5 is not available (PostgreSQL for now). Unranked: rank is 0.0.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.store.records import SearchHit
from heuer.store.schema import documents, statements
from heuer.store.sql import contains

_QUERY_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w")


def parse(query: str) -> list[tuple[str, bool]]:
    """The words and "quoted phrases" of what a user typed, as ``(term, is_prefix)``.

    Quotes are dropped (an unbalanced one too), a word ending in ``*`` is a prefix,
    and terms without a single letter or digit are left out. Nothing is an operator.
    """
    found = []
    for match in _QUERY_TERM.finditer(query):
        phrase, word = match.group(1), match.group(2)
        prefix = phrase is None and word.endswith("*")
        term = " ".join((phrase if phrase is not None else word.rstrip("*")).replace('"', " ").split())
        if _WORD.search(term):
            found.append((term, prefix))
    return found


def terms(query: str) -> list[str]:
    """The terms of a query, for substring matching."""
    return [term for term, _prefix in parse(query)]


def snippet(text: str, needles: list[str], mark: tuple[str, str], width: int = 60) -> str:
    """A short window of *text* around the first needle, with that needle marked."""
    folded = text.casefold()
    for needle in needles:
        at = folded.find(needle.casefold())
        if at < 0 or len(folded) != len(text):  # casefold changed lengths: cannot map back
            continue
        end = at + len(needle)
        start, stop = max(0, at - width), min(len(text), end + width)
        before = ("…" if start > 0 else "") + text[start:at]
        after = text[end:stop] + ("…" if stop < len(text) else "")
        return " ".join(f"{before}{mark[0]}{text[at:end]}{mark[1]}{after}".split())
    return " ".join(text[: 2 * width].split()) + ("…" if len(text) > 2 * width else "")


def _all_terms(columns: list[sa.ColumnElement[Any]], needles: list[str]) -> sa.ColumnElement[bool]:
    return sa.and_(*(sa.or_(*(contains(column, needle) for column in columns)) for needle in needles))


def search(connection: Connection, query: str, limit: int, mark: tuple[str, str]) -> list[SearchHit]:
    needles = terms(query)
    if not needles or limit <= 0:
        return []
    hits: list[SearchHit] = []
    d, s = documents, statements
    doc_query = (
        sa.select(d.c.id, d.c.title, d.c.outlet, d.c.published, d.c.text)
        .where(_all_terms([d.c.title, d.c.text], needles))
        .order_by(d.c.published.desc().nulls_last(), d.c.id)
        .limit(limit)
    )
    for row in connection.execute(doc_query):
        hits.append(
            SearchHit(
                "document",
                row.id,
                None,
                row.title,
                row.outlet,
                row.published,
                snippet(row.text, needles, mark),
                0.0,
            )
        )
    statement_query = (
        sa.select(s.c.id, s.c.document_id, s.c.content, d.c.title, d.c.outlet, d.c.published)
        .join(d, d.c.id == s.c.document_id)
        .where(_all_terms([s.c.content, s.c.speaker_name, s.c.sentence], needles))
        .order_by(d.c.published.desc().nulls_last(), s.c.document_id, s.c.seq)
        .limit(limit)
    )
    for row in connection.execute(statement_query):
        hits.append(
            SearchHit(
                "statement",
                row.document_id,
                row.id,
                row.title,
                row.outlet,
                row.published,
                snippet(row.content, needles, mark),
                0.0,
            )
        )
    return hits[:limit]
