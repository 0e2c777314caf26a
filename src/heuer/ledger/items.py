"""What the ledger works on: every stored statement and figure as one flat, typed item.

An item carries the record (content or figure), who it is attributed to, the chain it
came through and the facts of its document (outlet, date, syndicated-copy link) that
provenance needs, so the rest of the ledger never goes back to the database for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from heuer.store.schema import assertions, claim_members, documents, figures, statements

ItemKind = Literal["statement", "figure", "assertion"]
ItemKey = tuple[str, int]  # (kind, id)


@dataclass(frozen=True)
class LedgerItem:
    """One statement or figure with the facts of its document."""

    kind: ItemKind
    id: int
    document_id: str
    seq: int
    text: str  # statement content, or the figure's sentence
    sentence: str
    attributed_to: str | None  # speaker (statement) or source (figure), as the document names it
    cue: str | None
    via: tuple[str, ...]
    hedges: tuple[str, ...]
    outlet: str | None
    published: date | None
    near_duplicate_of: str | None
    title: str | None = None
    value: float | None = None
    range: tuple[float, float] | None = None
    unit: str | None = None
    subject: str | None = None
    figure_text: str = ""
    speaker_mention: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> ItemKey:
        return (self.kind, self.id)

    @property
    def low(self) -> float | None:
        return self.range[0] if self.range else self.value

    @property
    def high(self) -> float | None:
        return self.range[1] if self.range else self.value

    def label(self) -> str:
        """A short human label: the content of a statement, the number and subject of a figure."""
        if self.kind == "figure":
            return " ".join(part for part in (self.figure_text, self.subject) if part) or self.sentence
        return self.text


def figure_window(sentence: str, figure_text: str, before: int = 8, after: int = 10) -> str:
    """The words around a figure: what a figure claim says, without the rest of a long sentence."""
    where = sentence.find(figure_text) if figure_text else -1
    if where < 0:
        return sentence
    head = sentence[:where].split()[-before:]
    tail = sentence[where + len(figure_text):].split()[:after]
    return " ".join([*head, figure_text, *tail])


_DOC_COLUMNS = (
    documents.c.outlet,
    documents.c.published,
    documents.c.near_duplicate_of,
    documents.c.title,
)


def _rows_with_document(connection: Connection, table: sa.Table, where: sa.ColumnElement[bool] | None):  # noqa: ANN202
    """Rows of *table* with their document's facts, oldest document first, in document order."""
    query = sa.select(table, *_DOC_COLUMNS).join(documents, documents.c.id == table.c.document_id)
    if where is not None:
        query = query.where(where)
    return connection.execute(query.order_by(documents.c.published.nulls_last(), table.c.document_id, table.c.seq))


def _statement_items(connection: Connection, where: sa.ColumnElement[bool] | None) -> Iterator[LedgerItem]:
    for row in _rows_with_document(connection, statements, where):
        yield LedgerItem(
            kind="statement",
            id=row.id,
            document_id=row.document_id,
            seq=row.seq,
            text=row.content,
            sentence=row.sentence,
            attributed_to=row.speaker_name,
            cue=row.cue,
            via=tuple(row.via or ()),
            hedges=tuple(row.hedges or ()),
            outlet=row.outlet,
            published=row.published,
            near_duplicate_of=row.near_duplicate_of,
            title=row.title,
            speaker_mention=row.speaker_mention,
        )


def _figure_items(connection: Connection, where: sa.ColumnElement[bool] | None) -> Iterator[LedgerItem]:
    for row in _rows_with_document(connection, figures, where):
        rng = (row.range_low, row.range_high) if row.range_low is not None and row.range_high is not None else None
        yield LedgerItem(
            kind="figure",
            id=row.id,
            document_id=row.document_id,
            seq=row.seq,
            text=figure_window(row.sentence, row.text),
            sentence=row.sentence,
            attributed_to=row.source,
            cue=None,
            via=tuple(row.via or ()),
            hedges=tuple(row.hedges or ()),
            outlet=row.outlet,
            published=row.published,
            near_duplicate_of=row.near_duplicate_of,
            title=row.title,
            value=row.value,
            range=rng,
            unit=row.unit,
            subject=row.subject,
            figure_text=row.text,
        )


def _assertion_items(connection: Connection, where: sa.ColumnElement[bool] | None) -> Iterator[LedgerItem]:
    for row in _rows_with_document(connection, assertions, where):
        yield LedgerItem(
            kind="assertion",
            id=row.id,
            document_id=row.document_id,
            seq=row.seq,
            text=row.sentence,
            sentence=row.sentence,
            attributed_to=None,
            cue=None,
            via=(),
            hedges=(),
            outlet=row.outlet,
            published=row.published,
            near_duplicate_of=row.near_duplicate_of,
            title=row.title,
            extra={"headline": "yes"} if row.headline else {},
        )


_READERS = (
    ("statement", statements, _statement_items),
    ("figure", figures, _figure_items),
    ("assertion", assertions, _assertion_items),
)


def load_items(connection: Connection, *, unassigned_only: bool = False) -> list[LedgerItem]:
    """Every statement, figure and assertion (or only those not yet in a claim), oldest document first."""
    items: list[LedgerItem] = []
    for kind, table, reader in _READERS:
        where = None
        if unassigned_only:
            assigned = sa.select(claim_members.c.item_id).where(claim_members.c.item_kind == kind)
            where = table.c.id.not_in(assigned)
        items.extend(reader(connection, where))
    return items


def load_items_by_key(connection: Connection, keys: Iterable[ItemKey]) -> dict[ItemKey, LedgerItem]:
    """The items with these keys."""
    wanted: dict[str, list[int]] = {"statement": [], "figure": [], "assertion": []}
    for kind, item_id in keys:
        wanted[kind].append(item_id)
    found: dict[ItemKey, LedgerItem] = {}
    for kind, table, reader in _READERS:
        ids = wanted[kind]
        for start in range(0, len(ids), 500):
            for item in reader(connection, table.c.id.in_(ids[start : start + 500])):
                found[item.key] = item
    return found


def load_items_of_documents(connection: Connection, document_ids: Iterable[str]) -> list[LedgerItem]:
    """Every statement, figure and assertion of these documents."""
    wanted = sorted(set(document_ids))
    found: list[LedgerItem] = []
    for start in range(0, len(wanted), 500):
        for _, table, reader in _READERS:
            found.extend(reader(connection, table.c.document_id.in_(wanted[start : start + 500])))
    return found
