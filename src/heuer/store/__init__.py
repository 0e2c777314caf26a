"""Persistence: SQLAlchemy Core schema, Alembic migrations and the :class:`Store` repository."""

from heuer.store.engine import make_engine
from heuer.store.records import (
    DocumentSummary,
    SearchHit,
    StoredEntity,
    StoredEvent,
    StoredFigure,
    StoredStatement,
)
from heuer.store.repository import Store

__all__ = [
    "DocumentSummary",
    "SearchHit",
    "Store",
    "StoredEntity",
    "StoredEvent",
    "StoredFigure",
    "StoredStatement",
    "make_engine",
]
