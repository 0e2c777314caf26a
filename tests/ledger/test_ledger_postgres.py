"""The ledger on a real PostgreSQL server (HEUER_TEST_PG_URL, started by scripts/test.sh)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from ledger_lookup import one_claim

import heuer
from heuer import api
from heuer.ledger import read_ledger, update_ledger
from heuer.ledger.embedding import HashingEmbedder
from heuer.ledger.outlets import set_owner
from heuer.store import Store
from heuer.store.schema import metadata

PG_URL = os.environ.get("HEUER_TEST_PG_URL")
CORPUS = Path(__file__).resolve().parents[1] / "data" / "ledger"


@pytest.mark.skipif(PG_URL is None, reason="set HEUER_TEST_PG_URL (scripts/test.sh starts a server)")
def test_the_ledger_builds_and_reads_the_same_on_postgresql(tmp_path: Path) -> None:
    assert PG_URL is not None
    engine = sa.create_engine(PG_URL)
    with engine.begin() as connection:
        metadata.drop_all(connection)
        connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    report = heuer.ingest([str(p) for p in sorted(CORPUS.glob("*.txt"))], db=PG_URL)
    assert report.ok
    owners = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["outlet_owners"]
    with Store.open(PG_URL) as store:
        with store.writing("owners") as connection:
            for outlet, owner in owners.items():
                set_owner(connection, outlet, owner)
        first = update_ledger(store, HashingEmbedder())
        assert update_ledger(store, HashingEmbedder()).items == 0
        ledger = read_ledger(store)
    assert first.new_claims > 0
    wire = one_claim(ledger, "The NIS said 1,500 North Korean special forces were carried", kind="figure")
    assert wire.origins == ["National Intelligence Service"]
    assert any(m.role == "syndicated" for m in wire.mentions)  # the wire copies count as one report
    assert _shape(ledger) == _shape(_sqlite_ledger(tmp_path, owners))  # the same ledger as on SQLite
    wrong = one_claim(ledger, "committed some 15,000 soldiers", kind="figure", value=15000)
    assert wrong.status == "corrected"
    api.grade("National Intelligence Service", "B", PG_URL)
    assert {s.name: s.reliability for s in api.sources(PG_URL, update=False)}["National Intelligence Service"] == "B"
    other = next(c for c in ledger.claims if c.id != wire.id and c.kind == "figure")
    api.merge_claims(wire.id, other.id, PG_URL)  # the analyst's merge and split, on this server too
    merged = api.claim(wire.id, PG_URL, update=False)
    assert len(merged.mentions) == len(wire.mentions) + len(other.mentions)
    moved = other.mentions[0]
    new_id = api.split_claim(wire.id, f"{moved.item_kind}:{moved.item_id}", PG_URL)
    assert [m.item_id for m in api.claim(new_id, PG_URL, update=False).mentions] == [moved.item_id]


def _sqlite_ledger(tmp_path: Path, owners: dict[str, str]):  # noqa: ANN202
    db = tmp_path / "same.db"
    heuer.ingest([str(p) for p in sorted(CORPUS.glob("*.txt"))], db=db)
    with Store.open(db) as store:
        with store.writing("owners") as connection:
            for outlet, owner in owners.items():
                set_owner(connection, outlet, owner)
        update_ledger(store, HashingEmbedder())
        return read_ledger(store)


def _shape(ledger) -> list[tuple]:  # noqa: ANN001
    return sorted((c.kind, c.summary, c.independent_sources, c.distinct_reports, c.circular, tuple(c.origins),
                   len(c.mentions)) for c in ledger.claims)
