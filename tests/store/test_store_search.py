"""Full-text search: FTS5 on SQLite, substring fallback elsewhere; user input never raises."""

from __future__ import annotations

import pytest
from store_samples import kyiv, seoul

from heuer.store import Store
from heuer.store.sqlite import fts_query

SEOUL = seoul().document.id
KYIV = kyiv().document.id


@pytest.fixture(params=["fts", "fallback"])
def searchable(request: pytest.FixtureRequest, stocked: Store) -> Store:
    """The stocked store, searched with FTS5 (SQLite) and with the portable fallback."""
    if request.param == "fallback":
        stocked.has_fts = False
    elif not stocked.has_fts:
        pytest.skip("no FTS5 on this backend")
    return stocked


def test_search_finds_documents_and_statements(searchable: Store) -> None:
    hits = searchable.search("troops")
    assert {(h.kind, h.document_id) for h in hits} == {("document", SEOUL), ("statement", SEOUL)}
    statement_hit = next(h for h in hits if h.kind == "statement")
    assert statement_hit.statement_id == searchable.statements(text="troops")[0].id
    assert statement_hit.title == "North Korea sent 12,000 troops to Russia, Seoul says"
    assert "[troops]" in statement_hit.snippet
    assert hits == sorted(hits, key=lambda h: h.rank)


@pytest.mark.parametrize(
    ("query", "documents"),
    [
        ("12,000", {SEOUL}),
        ('he said "no', {KYIV}),
        ("NIS", {SEOUL}),
        ("NIS NOT", {SEOUL}),  # NOT is a word to find ("We will not..."), not an operator
        ("Kursk OR Seoul", set()),
        ('"North Korean soldiers"', {KYIV}),
        ("zürich", {KYIV}),
        ("ZÜRICH", {KYIV}),
        ("kursk soldiers", {KYIV}),
        ("kursk troops", set()),
    ],
)
def test_tricky_input_is_searched_literally(searchable: Store, query: str, documents: set[str]) -> None:
    assert {h.document_id for h in searchable.search(query)} == documents


@pytest.mark.parametrize(
    "query",
    ["", "   ", '"', '""', "NIS OR", "OR", "*", "-", "NEAR(", "title:", "AND", "a' OR 1=1 --", "%", "\\"],
)
def test_junk_input_does_not_raise(searchable: Store, query: str) -> None:
    assert isinstance(searchable.search(query), list)


def test_search_limit_and_marks(searchable: Store) -> None:
    assert len(searchable.search("soldiers", limit=1)) == 1
    assert searchable.search("soldiers", limit=0) == []
    hit = searchable.search("Kursk", mark=("<b>", "</b>"))[0]
    assert "<b>Kursk</b>" in hit.snippet


def test_prefix_search_with_fts(stocked: Store) -> None:
    if not stocked.has_fts:
        pytest.skip("prefix queries need FTS5")
    assert {h.document_id for h in stocked.search("Kur*")} == {KYIV}


def test_fts_query_quotes_everything() -> None:
    assert fts_query("NIS OR") == '"NIS" "OR"'
    assert fts_query('he said "no') == '"he" "said" "no"'
    assert fts_query('"North Korean" troop*') == '"North Korean" "troop"*'
    assert fts_query("12,000") == '"12,000"'
    assert fts_query('" * -') is None
