"""The ledger on the bundled demo corpus (src/heuer/demo_corpus): no over-merging of one story's claims.

Six fictional articles about one reported deployment share their topic words in nearly
every sentence ("Varnian troops", "Kestrel"), so text similarity alone would put most of
them into one claim. The rules that keep them apart: a denial never joins the claim it
denies; a statement with a different count (1,200 special forces, 2,000 dollars a month,
ages 19 to 26) does not join a claim about thousands of troops; a question is no assertion.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import heuer
from heuer.api import demo_corpus_dir
from heuer.ledger import read_ledger, update_ledger
from heuer.model import Claim
from heuer.store import Store

DENIAL = "there are no Varnian troops in Kestrel"  # Dusan Peltrov, March 17
TROOP_REPORTS = ("thousands of Varnian troops have arrived", "approximately 8,000 Varnian troops had arrived")
OTHER_CLAIMS = {
    "pay per soldier": "pays around 2,000 dollars a month for each Varnian soldier",
    "special forces shipped": "carried 1,200 Varnian special forces",
    "soldiers' ages": "mostly aged between 19 and 26",
}
# SCENARIO.md: the most repeated report, the DID's troop count, is in five of the six articles
# (01 headline, headline quote and body; 02 and its near-copy 03; 04; 06 "up from approximately
# 8,000"): seven sentences. One more leaves room for a paraphrase; fifteen is a merge of claims.
MOST_MENTIONS = 8


@pytest.fixture(scope="module")
def demo_claims(tmp_path_factory: pytest.TempPathFactory, embedder) -> list[Claim]:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    report = heuer.ingest([str(p) for p in sorted(Path(demo_corpus_dir()).glob("*.txt"))], db=db)
    assert report.ok, [o.error for o in report.failed]
    with Store.open(db) as store:
        update_ledger(store, embedder)
        return read_ledger(store).claims


def _holding(claims: list[Claim], words: str, kind: str = "statement") -> list[Claim]:
    return [c for c in claims if any(m.item_kind == kind and words in m.text for m in c.mentions)]


def _troop_claim(claims: list[Claim]) -> Claim:
    found = _holding(claims, TROOP_REPORTS[1])
    assert found, "the DID's report of approximately 8,000 troops is in no claim"
    return found[0]


def test_the_denial_is_no_member_of_the_claim_it_denies(demo_claims: list[Claim]) -> None:
    denial_claims = _holding(demo_claims, DENIAL)
    assert denial_claims, "Peltrov's denial is in no claim"
    for claim in denial_claims:
        reports = [m.text for m in claim.mentions if any(words in m.text for words in TROOP_REPORTS)]
        assert not reports, (claim.summary, reports)
    troops = _troop_claim(demo_claims)
    denial_ids = {c.id for c in denial_claims}
    between = [c for c in troops.conflicts if c.other in denial_ids]
    assert all(c.kind == "negation" for c in between), between


def test_other_claims_about_the_troops_do_not_join_the_troops_arrived_claim(demo_claims: list[Claim]) -> None:
    troops = _troop_claim(demo_claims)
    for what, words in OTHER_CLAIMS.items():
        assert not any(words in m.text for m in troops.mentions), f"{what} joined {troops.summary!r}"
    assert not any(m.text.rstrip().endswith("?") or "? " in m.text for m in troops.mentions), \
        "a question headline joined as an assertion of the claim"


def test_the_denying_spokesman_is_no_origin_of_the_troops_arrived_claim(demo_claims: list[Claim]) -> None:
    troops = _troop_claim(demo_claims)
    assert "Dusan Peltrov" not in troops.origins, troops.origins


def test_no_claim_gathers_a_whole_story(demo_claims: list[Claim]) -> None:
    biggest = max(demo_claims, key=lambda c: len(c.mentions))
    assert len(biggest.mentions) <= MOST_MENTIONS, (biggest.summary, [m.text[:80] for m in biggest.mentions])
