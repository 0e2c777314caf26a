"""The store: save extractions and read them back, one database behind one object."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from os import PathLike
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from heuer import settings
from heuer.errors import NotFoundError, StoreError
from heuer.model import Document, Extraction
from heuer.store import migrate, rows, sqlite
from heuer.store import search as fallback
from heuer.store.engine import display_name, make_engine
from heuer.store.records import (
    DocumentSummary,
    SearchHit,
    StoredEntity,
    StoredEvent,
    StoredFigure,
    StoredStatement,
)
from heuer.store.schema import documents, entities, events, figures, statements
from heuer.store.sql import contains

MIN_PREFIX = 6
DEFAULT_MARK = ("[", "]")
_HEX = re.compile(r"[0-9a-f]+")


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Store:
    """A heuer database. Open with :meth:`Store.open`; use as a context manager or call :meth:`close`."""

    def __init__(self, engine: Engine, *, upgrade: bool = True) -> None:
        self.engine = engine
        self.name = display_name(engine.url)
        if upgrade:
            self._upgrade()
        with self._guard("open"), engine.connect() as connection:
            self.has_fts = engine.dialect.name == "sqlite" and sqlite.has_search(connection)

    @classmethod
    def open(cls, url_or_path: str | PathLike[str] | None = None, *, create: bool = True) -> Self:
        """Open (creating and migrating as needed) the database at a path or SQLAlchemy URL.

        None means ``$HEUER_DB`` or ``./heuer.db`` (see :func:`heuer.settings.db_url`).
        With ``create=False`` a SQLite file that does not exist is an error instead of a new
        empty database (for commands that only read).
        """
        url = settings.db_url(url_or_path)
        if not create:
            parsed = sa.make_url(url)
            if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:" \
                    and not parsed.query.get("uri") and not Path(parsed.database).expanduser().exists():
                raise StoreError(f"{parsed.database}: no such database (store documents first with 'heuer ingest')")
        engine = make_engine(url)
        try:
            return cls(engine)
        except BaseException:
            engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.name!r})"

    # -- plumbing --------------------------------------------------------------------------

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn database errors into one-line StoreErrors naming the database."""
        try:
            yield
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{self.name}: cannot {action}: {_reason(exc)}") from exc
        except TypeError as exc:  # a value the driver cannot store (psycopg adapts JSON itself)
            if "serializ" not in str(exc):
                raise
            raise StoreError(f"{self.name}: cannot {action}: {_reason(exc)}") from exc

    @contextmanager
    def _read(self, action: str) -> Iterator[Connection]:
        with self._guard(action), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        with self._guard(action), self.engine.connect() as connection:
            connection.execution_options(**{sqlite.WRITE_OPTION: True})
            with connection.begin():
                yield connection

    def reading(self, action: str) -> contextlib.AbstractContextManager[Connection]:
        """A connection for reads; database errors become StoreErrors saying what failed."""
        return self._read(action)

    def writing(self, action: str) -> contextlib.AbstractContextManager[Connection]:
        """A connection inside one write transaction (committed on exit, rolled back on error)."""
        return self._write(action)

    def _upgrade(self) -> None:
        with self._guard("open the database"):
            with self.engine.connect() as connection:
                revision = migrate.current(connection)
            if revision == migrate.head():
                return
            if revision is not None and not migrate.is_known(revision):
                raise StoreError(
                    f"{self.name}: the database has schema revision {revision}, newer than this heuer "
                    f"knows ({migrate.head()}); upgrade heuer"
                )
            migrate.upgrade(self.engine)

    # -- writing ---------------------------------------------------------------------------

    def save_extraction(self, extraction: Extraction, minhash: bytes | None = None) -> bool:
        """Store a document and everything extracted from it in one transaction.

        Returns False (and changes nothing) if a document with that id is already stored.
        """
        doc = extraction.document
        doc_id = doc.id
        steps: list[tuple[sa.Table, Callable[[str, int, Any], dict[str, Any]], list[Any]]] = [
            (statements, rows.statement_row, extraction.statements),
            (figures, rows.figure_row, extraction.figures),
            (entities, rows.entity_row, extraction.entities),
            (events, rows.event_row, extraction.events),
        ]
        try:
            with self._write(f"save document {doc_id[:12]}") as connection:
                if self._exists(connection, doc_id):
                    return False
                if doc.near_duplicate_of and not self._exists(connection, doc.near_duplicate_of):
                    raise StoreError(
                        f"{self.name}: cannot save document {doc_id[:12]}: it is marked a near duplicate of "
                        f"{doc.near_duplicate_of[:12]}, which is not in the store"
                    )
                connection.execute(documents.insert(), rows.document_row(doc, minhash))
                for table, to_row, records in steps:
                    if records:
                        connection.execute(
                            table.insert(),
                            [to_row(doc_id, seq, record) for seq, record in enumerate(records)],
                        )
        except StoreError as exc:
            # another writer may have stored the same document between our check and insert
            if isinstance(exc.__cause__, sa.exc.IntegrityError) and self.has_document(doc_id):
                return False
            raise
        return True

    def delete_document(self, doc_id: str) -> bool:
        """Delete a document and everything extracted from it; False if it was not there."""
        with self._write(f"delete document {doc_id[:12]}") as connection:
            result = connection.execute(documents.delete().where(documents.c.id == doc_id))
            return result.rowcount > 0

    # -- documents -------------------------------------------------------------------------

    @staticmethod
    def _exists(connection: Connection, doc_id: str) -> bool:
        query = sa.select(documents.c.id).where(documents.c.id == doc_id)
        return connection.execute(query).first() is not None

    def has_document(self, doc_id: str) -> bool:
        with self._read("read documents") as connection:
            return self._exists(connection, doc_id)

    def _resolve(self, connection: Connection, doc_id: str) -> str:
        wanted = doc_id.strip().lower()
        if len(wanted) < MIN_PREFIX:
            raise NotFoundError(
                f"{self.name}: document id {doc_id!r} is too short; give at least {MIN_PREFIX} characters"
            )
        if not _HEX.fullmatch(wanted):
            raise NotFoundError(f"{self.name}: no document {doc_id!r}")
        if len(wanted) == 64:
            if self._exists(connection, wanted):
                return wanted
            raise NotFoundError(f"{self.name}: no document {doc_id!r}")
        found = (
            connection.execute(
                sa.select(documents.c.id)
                .where(documents.c.id.startswith(wanted))
                .order_by(documents.c.id)
                .limit(2)
            )
            .scalars()
            .all()
        )
        if not found:
            raise NotFoundError(f"{self.name}: no document {doc_id!r}")
        if len(found) > 1:
            raise NotFoundError(f"{self.name}: document id {doc_id!r} is ambiguous; give more characters")
        return found[0]

    def resolve(self, doc_id: str) -> str:
        """The full id of the one document whose id is or starts with *doc_id* (>= 6 hex characters)."""
        with self._read("read documents") as connection:
            return self._resolve(connection, doc_id)

    def document(self, doc_id: str) -> Document:
        """The document with this id or unique id prefix; NotFoundError if none."""
        with self._read("read documents") as connection:
            full = self._resolve(connection, doc_id)
            row = connection.execute(sa.select(documents).where(documents.c.id == full)).one()
            return rows.to_document(row)

    def documents(self) -> list[Document]:
        """Every document with its text, oldest publication first. See :meth:`document_summaries`."""
        with self._read("read documents") as connection:
            query = sa.select(documents).order_by(documents.c.published.nulls_last(), documents.c.id)
            return [rows.to_document(row) for row in connection.execute(query)]

    def document_summaries(self, limit: int | None = None) -> list[DocumentSummary]:
        """Every document without its text (cheap listing), oldest publication first."""
        columns = [column for column in documents.c if column.name not in ("text", "minhash")]
        query = sa.select(*columns).order_by(documents.c.published.nulls_last(), documents.c.id).limit(limit)
        with self._read("read documents") as connection:
            return [rows.to_summary(row) for row in connection.execute(query)]

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        """``(document id, minhash)`` of every document that has one, streamed."""
        query = sa.select(documents.c.id, documents.c.minhash).where(documents.c.minhash.is_not(None))
        with self._read("read minhashes") as connection:
            for row in connection.execution_options(yield_per=1000).execute(query):
                yield row.id, bytes(row.minhash)

    def extraction(self, doc_id: str) -> Extraction:
        """A stored document and everything extracted from it, as model objects."""
        with self._read("read an extraction") as connection:
            full = self._resolve(connection, doc_id)
            document = rows.to_document(
                connection.execute(sa.select(documents).where(documents.c.id == full)).one()
            )

            def fetch(table: sa.Table) -> list[Any]:
                query = sa.select(table).where(table.c.document_id == full).order_by(table.c.seq)
                return list(connection.execute(query))

            return Extraction(
                document=document,
                statements=[rows.to_statement(row) for row in fetch(statements)],
                figures=[rows.to_figure(row) for row in fetch(figures)],
                entities=[rows.to_entity(row) for row in fetch(entities)],
                events=[rows.to_event(row) for row in fetch(events)],
            )

    # -- records across documents ----------------------------------------------------------

    @staticmethod
    def _cited(table: sa.Table, document: str | None) -> sa.Select[Any]:
        """Rows of *table* joined with the citing facts of their document."""
        query = sa.select(table, documents.c.title, documents.c.outlet, documents.c.published).join(
            documents, documents.c.id == table.c.document_id
        )
        if document:
            query = query.where(table.c.document_id.startswith(document.strip().lower(), autoescape=True))
        return query

    def statements(
        self,
        speaker: str | None = None,
        document: str | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[StoredStatement]:
        """Statements, filtered by case-insensitive substrings of speaker name and content;
        *document* is a document id or id prefix. Ordered by publication date, then position.
        """
        s = statements
        query = self._cited(s, document)
        if speaker:
            query = query.where(contains(s.c.speaker_name, speaker))
        if text:
            query = query.where(contains(s.c.content, text))
        query = query.order_by(documents.c.published.nulls_last(), s.c.document_id, s.c.seq).limit(limit)
        with self._read("read statements") as connection:
            return [
                StoredStatement(
                    row.id, row.document_id, rows.to_statement(row), row.title, row.outlet, row.published
                )
                for row in connection.execute(query)
            ]

    def figures(
        self,
        subject: str | None = None,
        unit: str | None = None,
        source: str | None = None,
        document: str | None = None,
        limit: int | None = None,
    ) -> list[StoredFigure]:
        """Figures, filtered by case-insensitive substrings of subject, unit and source;
        *document* is a document id or id prefix. Ordered by publication date, then position.
        """
        f = figures
        query = self._cited(f, document)
        for column, needle in ((f.c.subject, subject), (f.c.unit, unit), (f.c.source, source)):
            if needle:
                query = query.where(contains(column, needle))
        query = query.order_by(documents.c.published.nulls_last(), f.c.document_id, f.c.seq).limit(limit)
        with self._read("read figures") as connection:
            return [
                StoredFigure(
                    row.id, row.document_id, rows.to_figure(row), row.title, row.outlet, row.published
                )
                for row in connection.execute(query)
            ]

    def entities(self, label: str | None = None, name: str | None = None) -> list[StoredEntity]:
        """Entities aggregated over documents by (name, label): mentions summed, aliases
        unioned. *label* and *name* are case-insensitive substrings; *name* also matches aliases.
        Most mentioned first.
        """
        e = entities
        query = sa.select(e.c.document_id, e.c.name, e.c.label, e.c.aliases, e.c.mentions)
        if label:
            query = query.where(contains(e.c.label, label))
        if name:
            query = query.where(
                sa.or_(contains(e.c.name, name), contains(sa.cast(e.c.aliases, sa.Text()), name))
            )
        needle = name.casefold() if name else None
        groups: dict[tuple[str, str], tuple[set[str], list[int], set[str]]] = {}
        with self._read("read entities") as connection:
            for row in connection.execute(query):
                aliases = list(row.aliases or [])
                if (
                    needle
                    and needle not in row.name.casefold()
                    and not any(needle in a.casefold() for a in aliases)
                ):
                    continue  # the JSON text matched, not an alias
                alias_set, mentions, docs = groups.setdefault((row.name, row.label), (set(), [0], set()))
                alias_set.update(aliases)
                mentions[0] += row.mentions
                docs.add(row.document_id)
        found = [
            StoredEntity(name, label, tuple(sorted(alias_set)), mentions[0], len(docs))
            for (name, label), (alias_set, mentions, docs) in groups.items()
        ]
        found.sort(key=lambda entity: (-entity.mentions, entity.name.casefold(), entity.label))
        return found

    def events(
        self,
        start: date | None = None,
        end: date | None = None,
        document: str | None = None,
        limit: int | None = None,
    ) -> list[StoredEvent]:
        """Events overlapping ``[start, end]`` (either may be open), ordered by date."""
        v = events
        query = self._cited(v, document)
        if start is not None:
            query = query.where(sa.func.coalesce(v.c.end_date, v.c.date) >= start)
        if end is not None:
            query = query.where(v.c.date <= end)
        query = query.order_by(v.c.date, v.c.end_date.nulls_first(), v.c.document_id, v.c.seq).limit(limit)
        with self._read("read events") as connection:
            return [
                StoredEvent(row.id, row.document_id, rows.to_event(row), row.title, row.outlet, row.published)
                for row in connection.execute(query)
            ]

    # -- search and counts -----------------------------------------------------------------

    def search(self, query: str, limit: int = 50, *, mark: tuple[str, str] = DEFAULT_MARK) -> list[SearchHit]:
        """Documents and statements matching every word or "quoted phrase" of *query*, best first.

        User input is never parsed as search syntax (``NIS OR``, ``"12,000"`` and stray quotes
        are fine); ``word*`` matches a prefix on SQLite. *mark* surrounds matches in snippets.
        """
        with self._read("search") as connection:
            if self.has_fts:
                return sqlite.search(connection, query, limit, mark)
            return fallback.search(connection, query, limit, mark)

    def stats(self) -> dict[str, int]:
        """How many documents, near duplicates, statements, figures, distinct entities and events."""
        count = sa.func.count()
        distinct_entities = sa.select(entities.c.name, entities.c.label).group_by(
            entities.c.name, entities.c.label
        )
        queries = {
            "documents": sa.select(count).select_from(documents),
            "near_duplicates": sa.select(count).where(documents.c.near_duplicate_of.is_not(None)),
            "statements": sa.select(count).select_from(statements),
            "figures": sa.select(count).select_from(figures),
            "entities": sa.select(count).select_from(distinct_entities.subquery()),
            "events": sa.select(count).select_from(events),
        }
        with self._read("count records") as connection:
            return {key: int(connection.execute(query).scalar_one()) for key, query in queries.items()}
