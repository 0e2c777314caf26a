"""Alembic migrations: old databases upgrade on open; migrations match schema.py."""

from __future__ import annotations

import tomllib
from pathlib import Path, PurePosixPath

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from heuer.errors import StoreError
from heuer.settings import db_url
from heuer.store import Store, make_engine, migrate
from heuer.store.schema import metadata
from heuer.store.sqlite import is_search_object

ROOT = Path(__file__).resolve().parents[2]
DOC_ID = "c0ffee" + "0" * 58


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and name is not None and is_search_object(name))


def test_opening_an_old_database_upgrades_it_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(db_url(path))
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        assert migrate.current(connection) == "0001"
        connection.execute(
            sa.text(
                "INSERT INTO documents (id, path, kind, title, language, text, text_chars)"
                " VALUES (:id, 'old.txt', 'text', 'An old report', 'en', :text, 21)"
            ),
            {"id": DOC_ID, "text": "Some 12,000 troops..."},
        )
        connection.execute(
            sa.text(
                "INSERT INTO statements (document_id, seq, kind, content, via, hedges, sentence, span_start, span_end)"
                " VALUES (:id, 0, 'direct', 'We saw the convoy', '[]', '[]', 'We saw the convoy.', 0, 18)"
            ),
            {"id": DOC_ID},
        )
    engine.dispose()

    with Store.open(path) as store:
        with store.engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()
        assert store.document(DOC_ID).title == "An old report"
        assert store.extraction(DOC_ID).statements[0].content == "We saw the convoy"
        assert store.has_fts
        assert [(h.kind, h.document_id) for h in store.search("12,000")] == [("document", DOC_ID)]
        assert [(h.kind, h.statement_id) for h in store.search("convoy")] == [("statement", 1)]


def test_migrations_build_exactly_the_schema_in_schema_py(store_url: str) -> None:
    with Store.open(store_url) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _include_name}
        )
        assert compare_metadata(context, metadata) == []


def test_migrations_downgrade_and_upgrade_again(tmp_path: Path) -> None:
    path = tmp_path / "heuer.db"
    Store.open(path).close()
    engine = make_engine(db_url(path))
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        assert sa.inspect(connection).get_table_names() == ["alembic_version"]
    engine.dispose()
    with Store.open(path) as store:
        assert store.has_fts and store.stats()["documents"] == 0


def test_a_database_from_a_newer_heuer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "heuer.db"
    Store.open(path).close()
    engine = make_engine(db_url(path))
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this heuer"):
        Store.open(path)


def test_revisions_form_one_line() -> None:
    assert migrate.revisions() == ["0001", "0002", "0003", "0004", "0005", "0006"]
    assert migrate.head() == "0006"


def test_every_migration_file_is_package_data() -> None:
    """A non-editable install only carries the migration files pyproject lists as package data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    globs = [PurePosixPath(g) for g in config["tool"]["setuptools"]["package-data"]["heuer"]]
    package = ROOT / "src" / "heuer"
    files = [p for p in (package / "store" / "migrations").rglob("*.py") if "__pycache__" not in p.parts]
    assert files
    for file in files:
        relative = PurePosixPath(file.relative_to(package).as_posix())
        assert any(relative.parent == g.parent and relative.match(g.name) for g in globs), relative
