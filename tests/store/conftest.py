"""Fixtures for the store tests: real databases, empty or stocked with ``store_samples``.

Every test that uses ``store_url`` or ``fresh_store`` runs against a SQLite file in
``tmp_path`` and, when ``HEUER_TEST_PG_URL`` is set, also against that PostgreSQL
database. That database must be a throwaway one: each test drops heuer's tables in it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_samples import kyiv, seoul

from heuer.store import Store
from heuer.store.schema import metadata

PG_URL = os.environ.get("HEUER_TEST_PG_URL")

# PostgreSQL joins the parameters only when configured, so an ordinary run prints one skip
# (test_store_repository.py::test_postgresql_runs_when_configured), not one per test.
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


def _reset_postgres(url: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            metadata.drop_all(connection)
            connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A path (SQLite) or URL (PostgreSQL) of an empty database."""
    if request.param == "sqlite":
        return str(tmp_path / "heuer.db")
    assert PG_URL is not None
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def fresh_store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as store:
        yield store


@pytest.fixture
def stocked(fresh_store: Store) -> Store:
    """A store holding the Seoul and Kyiv extractions."""
    assert fresh_store.save_extraction(seoul(), minhash=b"\x01\x02seoul")
    assert fresh_store.save_extraction(kyiv())
    return fresh_store
