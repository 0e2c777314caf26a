"""SQLite specifics: pragmas, files, concurrency, clear errors."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_samples import kyiv, seoul

from heuer.errors import StoreError
from heuer.store import Store, make_engine


def pragma(store: Store, name: str) -> object:
    with store.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    with Store.open(tmp_path / "heuer.db") as store:
        assert pragma(store, "journal_mode") == "wal"
        assert pragma(store, "foreign_keys") == 1
        assert pragma(store, "synchronous") == 1  # NORMAL
        assert pragma(store, "busy_timeout") == 10_000


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "heuer.db"
    with Store.open(f"sqlite:///{path}") as store:
        assert store.has_fts
    assert path.is_file()


def test_a_file_that_is_not_a_database_gives_a_clear_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 50)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "not a database" in message
    assert "\n" not in message


def test_a_folder_that_cannot_be_created_gives_store_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create folder"):
        make_engine(f"sqlite:///{tmp_path / 'file' / 'sub' / 'heuer.db'}")


def test_readers_are_not_blocked_and_writers_wait_while_a_save_is_in_progress(tmp_path: Path) -> None:
    path = tmp_path / "heuer.db"
    first, second, reader = Store.open(path), Store.open(path), Store.open(path)
    inside, release = threading.Event(), threading.Event()
    results: dict[str, bool] = {}

    def pause_before_figures(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO figures"):
            inside.set()
            release.wait(10)

    sa.event.listen(first.engine, "before_cursor_execute", pause_before_figures)
    writer = threading.Thread(target=lambda: results.update(seoul=first.save_extraction(seoul())))
    waiter = threading.Thread(target=lambda: results.update(kyiv=second.save_extraction(kyiv())))
    try:
        writer.start()
        assert inside.wait(10), "the first save never reached its figures"
        # the first save has written its document and statements but not committed
        started = time.monotonic()
        assert not reader.has_document(seoul().document.id)
        assert reader.stats()["statements"] == 0
        assert reader.search("troops") == []
        assert time.monotonic() - started < 2
        waiter.start()
        time.sleep(0.2)
        assert waiter.is_alive(), "the second writer should wait for the lock"
    finally:
        release.set()
        writer.join(10)
        waiter.join(15)
        for store in (first, second, reader):
            store.close()
    assert results == {"seoul": True, "kyiv": True}
    with Store.open(path) as store:
        assert store.stats()["documents"] == 2
        assert {h.document_id for h in store.search("soldiers")} == {seoul().document.id, kyiv().document.id}


def test_fts_index_stays_consistent_through_delete_and_vacuum(tmp_path: Path) -> None:
    with Store.open(tmp_path / "heuer.db") as store:
        store.save_extraction(seoul())
        store.save_extraction(kyiv())
        store.delete_document(seoul().document.id)
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM")
            for table in ("documents_fts", "statements_fts"):
                connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        assert {h.document_id for h in store.search("soldiers")} == {kyiv().document.id}
        assert store.search("troops") == []
        assert store.save_extraction(seoul())  # transactions still work on the pooled connection
        assert {h.document_id for h in store.search("troops")} == {seoul().document.id}
