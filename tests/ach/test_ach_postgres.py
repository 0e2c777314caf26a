"""ACH cases on a real PostgreSQL server (HEUER_TEST_PG_URL, started by scripts/test.sh)."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

import heuer
from heuer import api
from heuer.ach import api as ach
from heuer.store.schema import metadata

PG_URL = os.environ.get("HEUER_TEST_PG_URL")


@pytest.mark.skipif(PG_URL is None, reason="set HEUER_TEST_PG_URL (scripts/test.sh starts a server)")
def test_a_case_is_stored_scored_and_deleted_on_postgresql() -> None:
    assert PG_URL is not None
    engine = sa.create_engine(PG_URL)
    with engine.begin() as connection:
        metadata.drop_all(connection)
        connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    corpus = sorted(api.demo_corpus_dir().glob("varnia-0[46]*.txt"))
    assert heuer.ingest([str(p) for p in corpus], db=PG_URL).ok
    api.update_claims(PG_URL, embedder="hashing")
    fuel = next(c.id for c in api.claims(PG_URL, update=False) if any("fuel oil" in m.sentence for m in c.mentions))
    ach.new_case("motive", PG_URL)
    ach.add_hypothesis("motive", "Economic deal", PG_URL)
    ach.add_hypothesis("motive", "Token gesture", PG_URL)
    ach.add_evidence("motive", PG_URL, claim=fuel, relevance="high")
    ach.add_evidence("motive", PG_URL, text="No casualties reported", kind="absence")
    ach.rate("motive", "E1", {"H1": "CC", "H2": "I"}, "ana", PG_URL)
    ach.rate("motive", "E1", {"H1": "C", "H2": "II"}, "ben", PG_URL)
    ach.rate("motive", "E1", {"H1": "C"}, "ana", PG_URL)  # a second rating replaces the first
    ach.rate("motive", "E2", {"*": "N"}, "ana", PG_URL)
    analysis = ach.ach("motive", PG_URL)
    assert analysis.leader is not None and analysis.leader.hypothesis.label == "H1"
    assert analysis.evidence[0].ratings == {"H1": "C", "H2": "I"}  # consensus of ana I and ben II: median I
    assert analysis.evidence[0].item.link is not None and "fuel oil" in analysis.evidence[0].item.link.sentence
    assert [(d.evidence, d.hypothesis) for d in analysis.disagreements] == [("E1", "H2")]
    ach.delete_case("motive", PG_URL)
    assert ach.cases(PG_URL) == []
