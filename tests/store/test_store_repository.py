"""Saving extractions and reading them back."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from store_samples import bare, kyiv, seoul

from heuer.errors import NotFoundError, StoreError
from heuer.model import Figure
from heuer.store import Store

PG_URL = os.environ.get("HEUER_TEST_PG_URL")

EMPTY = {"documents": 0, "near_duplicates": 0, "statements": 0, "figures": 0, "entities": 0, "events": 0}


def test_saved_extraction_reads_back_equal(fresh_store: Store) -> None:
    for original in (seoul(), kyiv()):
        assert fresh_store.save_extraction(original) is True
        assert fresh_store.extraction(original.document.id) == original
        assert fresh_store.extraction(original.document.id).to_dict() == original.to_dict()


def test_saving_the_same_document_twice_changes_nothing(fresh_store: Store) -> None:
    assert fresh_store.save_extraction(seoul()) is True
    before = fresh_store.stats()
    assert fresh_store.save_extraction(seoul()) is False
    assert (
        fresh_store.stats()
        == before
        == {**EMPTY, "documents": 1, "statements": 2, "figures": 2, "entities": 3, "events": 1}
    )


def test_a_failure_while_inserting_figures_leaves_no_trace(fresh_store: Store) -> None:
    def fail_on_figures(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO FIGURES"):
            raise RuntimeError("disk on fire")

    sa.event.listen(fresh_store.engine, "before_cursor_execute", fail_on_figures)
    with pytest.raises(RuntimeError, match="disk on fire"):
        fresh_store.save_extraction(seoul())
    sa.event.remove(fresh_store.engine, "before_cursor_execute", fail_on_figures)

    assert not fresh_store.has_document(seoul().document.id)
    assert fresh_store.stats() == EMPTY
    assert fresh_store.search("troops") == []
    assert fresh_store.save_extraction(seoul()) is True  # and it can be saved afterwards


def test_a_record_the_database_rejects_gives_store_error_and_rolls_back(fresh_store: Store) -> None:
    extraction = seoul()
    extraction.figures.append(Figure(1.0, None, None, None, "s", (0, 1), via=[object()]))  # type: ignore[list-item]
    with pytest.raises(StoreError) as caught:
        fresh_store.save_extraction(extraction)
    assert fresh_store.name in str(caught.value)
    assert "\n" not in str(caught.value)
    assert fresh_store.stats() == EMPTY


def test_timestamps_are_utc(fresh_store: Store) -> None:
    fresh_store.save_extraction(seoul())
    (summary,) = fresh_store.document_summaries()
    assert summary.ingested_at.tzinfo is not None
    assert abs(datetime.now(UTC) - summary.ingested_at) < timedelta(minutes=5)


def test_document_is_found_by_full_id_or_unique_prefix(stocked: Store) -> None:
    doc = seoul().document
    assert stocked.document(doc.id) == doc
    assert stocked.document(doc.id[:6]) == doc
    assert stocked.document(doc.id[:10].upper()) == doc
    assert stocked.resolve(doc.id[:8]) == doc.id
    assert stocked.extraction(doc.id[:7]).document == doc


def test_document_lookup_errors(fresh_store: Store) -> None:
    fresh_store.save_extraction(bare("abcdef" + "0" * 58))
    fresh_store.save_extraction(bare("abcdef" + "1" * 58))
    with pytest.raises(NotFoundError, match="ambiguous"):
        fresh_store.document("abcdef")
    with pytest.raises(NotFoundError, match="at least 6"):
        fresh_store.document("abcde")
    with pytest.raises(NotFoundError, match="no document"):
        fresh_store.document("0123456789")
    with pytest.raises(NotFoundError, match="no document"):
        fresh_store.document("f" * 64)
    with pytest.raises(NotFoundError, match="no document"):
        fresh_store.document("abcdef%_")
    assert fresh_store.document("abcdef1").id == "abcdef" + "1" * 58
    assert not fresh_store.has_document("abcdef")


def test_documents_and_summaries_are_ordered_by_publication(stocked: Store) -> None:
    stocked.save_extraction(bare("0" * 64, "Undated"))
    stocked.save_extraction(bare("1" * 64, "Old", date(2020, 1, 1)))
    assert [d.title for d in stocked.documents()] == [
        "Old",
        "North Korea sent 12,000 troops to Russia, Seoul says",
        "Kursk: Kyiv disputes the figures",
        "Undated",
    ]
    summaries = stocked.document_summaries()
    assert [s.id for s in summaries] == [d.id for d in stocked.documents()]
    assert summaries[1].text_chars == len(seoul().document.text)
    assert summaries[2].kind == "url"
    assert len(stocked.document_summaries(limit=2)) == 2


def test_minhashes_lists_documents_that_have_one(stocked: Store) -> None:
    assert list(stocked.minhashes()) == [(seoul().document.id, b"\x01\x02seoul")]


def test_near_duplicate_must_point_at_a_stored_document(stocked: Store) -> None:
    copy = bare("2" * 64)
    copy.document.near_duplicate_of = "3" * 64
    with pytest.raises(StoreError, match="near duplicate"):
        stocked.save_extraction(copy)
    copy.document.near_duplicate_of = seoul().document.id
    assert stocked.save_extraction(copy)
    assert stocked.document("2" * 64).near_duplicate_of == seoul().document.id
    assert stocked.stats()["near_duplicates"] == 1


def test_deleting_a_document_deletes_its_records(stocked: Store) -> None:
    copy = bare("2" * 64)
    copy.document.near_duplicate_of = seoul().document.id
    stocked.save_extraction(copy)
    assert stocked.delete_document(seoul().document.id) is True
    assert stocked.delete_document(seoul().document.id) is False
    assert stocked.stats() == {
        "documents": 2,
        "near_duplicates": 0,
        "statements": 2,
        "figures": 1,
        "entities": 3,
        "events": 1,
    }
    assert stocked.document("2" * 64).near_duplicate_of is None
    assert all(hit.document_id != seoul().document.id for hit in stocked.search("troops"))


def test_open_uses_heuer_db_when_given_nothing(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HEUER_DB", str(tmp_path / "from-env" / "h.db"))
    with Store.open() as store:
        assert store.name == str(tmp_path / "from-env" / "h.db")
        store.save_extraction(seoul())
    assert (tmp_path / "from-env" / "h.db").exists()


@pytest.mark.skipif(
    not PG_URL,
    reason="set HEUER_TEST_PG_URL to a throwaway PostgreSQL database to run every store test on it too",
)
def test_postgresql_runs_when_configured(fresh_store: Store) -> None:
    assert fresh_store.engine.dialect.name in ("sqlite", "postgresql")
