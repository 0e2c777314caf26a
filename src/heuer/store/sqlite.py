"""Everything SQLite-specific: connection pragmas, real transactions, case folding, FTS5 search.

No other module of the store writes SQLite-only SQL (the FTS5 schema itself lives in
migration ``0002``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from heuer.store.records import SearchHit
from heuer.store.search import parse
from heuer.store.sql import fold

BUSY_TIMEOUT_MS = 10_000
SEARCH_TABLES = ("documents_fts", "statements_fts")  # and their FTS5 shadow tables, map and view
WRITE_OPTION = "heuer_write"  # execution option: start the transaction with BEGIN IMMEDIATE


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


@compiles(fold, "sqlite")
def _fold_sqlite(element: fold, compiler: SQLCompiler, **kw: Any) -> str:
    return f"heuer_fold({compiler.process(element.clauses, **kw)})"


def configure(engine: Engine, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Per-connection pragmas and explicit BEGIN, so transactions (DDL included) are real."""

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()
        dbapi_connection.create_function("heuer_fold", 1, _casefold, deterministic=True)

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":  # e.g. for VACUUM
            return
        connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE_OPTION) else "BEGIN")


def is_search_object(name: str) -> bool:
    """Whether a table or view belongs to the FTS5 machinery (not part of the portable schema)."""
    return name.startswith(SEARCH_TABLES)


def has_search(connection: Connection) -> bool:
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents_fts', 'statements_fts')"
    ).scalar()
    return found == 2


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word or "quoted phrase" becomes
    a quoted FTS5 string, all of them required; ``word*`` stays a prefix query. Operators
    (AND, OR, NOT, NEAR, ``column:``) are taken as plain words. None if nothing is searchable.
    """
    terms = ['"' + term + '"' + ("*" if prefix else "") for term, prefix in parse(text)]
    return " ".join(terms) if terms else None


# the typed columns of both kinds of search hit
_HIT_COLUMNS = {
    "document_id": sa.String,
    "statement_id": sa.Integer,
    "title": sa.Text,
    "outlet": sa.Text,
    "published": sa.Date,
    "snippet": sa.Text,
    "rank": sa.Float,
}

_DOCUMENT_HITS = sa.text(
    """
    SELECT d.id AS document_id, NULL AS statement_id, d.title AS title, d.outlet AS outlet,
           d.published AS published,
           snippet(documents_fts, -1, :open, :close, '…', :tokens) AS snippet,
           bm25(documents_fts, 4.0, 1.0) AS rank
    FROM documents_fts
    JOIN documents_fts_map AS m ON m.fts_rowid = documents_fts.rowid
    JOIN documents AS d ON d.id = m.document_id
    WHERE documents_fts MATCH :query
    ORDER BY rank LIMIT :limit
    """
).columns(**_HIT_COLUMNS)

_STATEMENT_HITS = sa.text(
    """
    SELECT s.document_id AS document_id, s.id AS statement_id, d.title AS title, d.outlet AS outlet,
           d.published AS published,
           snippet(statements_fts, -1, :open, :close, '…', :tokens) AS snippet,
           bm25(statements_fts, 2.0, 1.0, 0.5) AS rank
    FROM statements_fts
    JOIN statements AS s ON s.id = statements_fts.rowid
    JOIN documents AS d ON d.id = s.document_id
    WHERE statements_fts MATCH :query
    ORDER BY rank LIMIT :limit
    """
).columns(**_HIT_COLUMNS)


def search(
    connection: Connection, query: str, limit: int, mark: tuple[str, str], tokens: int = 16
) -> list[SearchHit]:
    """FTS5 search over documents and statements, best (lowest bm25) first."""
    match = fts_query(query)
    if match is None or limit <= 0:
        return []
    params = {"query": match, "limit": limit, "open": mark[0], "close": mark[1], "tokens": tokens}
    hits: list[SearchHit] = []
    for kind, sql in (("document", _DOCUMENT_HITS), ("statement", _STATEMENT_HITS)):
        for row in connection.execute(sql, params):
            published: date | None = row.published
            hits.append(
                SearchHit(
                    kind=kind,
                    document_id=row.document_id,
                    statement_id=row.statement_id,
                    title=row.title,
                    outlet=row.outlet,
                    published=published,
                    snippet=row.snippet or "",
                    rank=float(row.rank),
                )
            )
    hits.sort(key=lambda hit: hit.rank)
    return hits[:limit]
