"""ACH through the library API on a real store: cases, evidence linked to ledger claims,
blind rating, merges, independence, import/export, suggestions, sensitivity and the brief."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

import heuer
from heuer import api
from heuer.ach import api as ach
from heuer.ach.estimative import SCALE
from heuer.errors import ConfigError, NotFoundError

HYPOTHESES = [
    "Varnia sends troops for economic support",
    "Varnia sends troops for military technology",
    "Varnia wants combat experience for a later war",
]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled exercise corpus, ingested once, with its claim ledger (lexical embedder: fast)."""
    db = tmp_path_factory.mktemp("ach") / "corpus.db"
    report = heuer.ingest([str(p) for p in sorted(api.demo_corpus_dir().glob("*.txt"))], db=db)
    assert report.ok
    api.update_claims(db, embedder="hashing")
    return db


@pytest.fixture
def db(corpus_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "case.db"
    shutil.copy(corpus_db, copy)
    return copy


def _claim_with(db: Path, phrase: str) -> int:
    for claim in api.claims(db, update=False):
        if any(phrase in m.sentence for m in claim.mentions):
            return claim.id
    raise AssertionError(f"no claim mentions {phrase!r}")


def _three_hypotheses(db: Path, name: str = "motive") -> None:
    ach.new_case(name, db, question="Why would Varnia send troops?")
    assert [ach.add_hypothesis(name, text, db) for text in HYPOTHESES] == ["H1", "H2", "H3"]


def test_a_case_holds_hypotheses_and_evidence_linked_to_the_sentence(db: Path) -> None:
    _three_hypotheses(db)
    fuel = _claim_with(db, "180,000 tonnes of fuel oil")
    assert ach.add_evidence("motive", db, claim=fuel, relevance="high") == "E1"
    assert ach.add_evidence("motive", db, text="No Varnian casualties reported in a month", kind="absence") == "E2"
    case = ach.case("motive", db)
    first = case.evidence[0]
    assert first.kind == "claim" and first.relevance == "high"
    assert first.link is not None and "180,000 tonnes of fuel oil" in first.link.sentence
    assert first.link.outlet == "Lirn Today"
    assert case.evidence[1].kind == "absence" and case.evidence[1].link is None
    summary = {c.name: c for c in ach.cases(db)}["motive"]
    assert (summary.hypotheses, summary.evidence) == (3, 2)


def test_bad_input_gets_a_clear_error(db: Path) -> None:
    _three_hypotheses(db)
    with pytest.raises(ConfigError, match="already a case"):
        ach.new_case("motive", db)
    with pytest.raises(ConfigError, match="exactly one"):
        ach.add_evidence("motive", db, claim=1, text="both")
    with pytest.raises(NotFoundError, match="no claim 999999"):
        ach.add_evidence("motive", db, claim=999999)
    with pytest.raises(ConfigError, match="'assumption' or an 'absence'"):
        ach.add_evidence("motive", db, text="free", kind="rumour")
    ach.add_evidence("motive", db, text="An assumption")
    with pytest.raises(ValueError, match="not one of CC, C, N, I, II, NA"):
        ach.rate("motive", "E1", {"H1": "X"}, "dana", db)
    with pytest.raises(NotFoundError, match="hypotheses: H1, H2, H3"):
        ach.rate("motive", "E1", {"H9": "C"}, "dana", db)
    with pytest.raises(NotFoundError, match="no case 'nothing'"):
        ach.ach("nothing", db)


def test_scores_follow_the_ratings_and_rank_by_least_inconsistency(db: Path) -> None:
    _three_hypotheses(db)
    for text in ("Fuel shipments tripled", "Satellite launches failed twice", "Elite units were sent"):
        ach.add_evidence("motive", db, text=text)
    ach.rate("motive", "E1", {"H1": "CC", "H2": "N", "H3": "I"}, "dana", db)
    ach.rate("motive", "E2", {"H1": "N", "H2": "C", "H3": "N"}, "dana", db)
    ach.rate("motive", "E3", {"*": "I"}, "dana", db)  # the same against every hypothesis
    analysis = ach.ach("motive", db)
    by_label = {h.hypothesis.label: h for h in analysis.hypotheses}
    # free-text items weigh 1 (medium credibility x medium relevance): H3 = -1 (E1) -1 (E3), others -1 (E3)
    assert by_label["H3"].weighted == pytest.approx(-2.0)
    assert by_label["H1"].weighted == pytest.approx(-1.0)
    assert [h.hypothesis.label for h in analysis.ranked] == ["H1", "H2", "H3"]
    assert [h.rank for h in analysis.ranked] == [1, 1, 3]
    assert by_label["H3"].inconsistency == 2
    assert [e.diagnostic for e in analysis.evidence] == [True, True, False]
    assert sum(h.posterior for h in analysis.hypotheses) == pytest.approx(1.0)
    assert by_label["H1"].posterior > by_label["H2"].posterior > by_label["H3"].posterior
    assert all(h.likelihood in {t.term for t in SCALE} for h in analysis.hypotheses)


def test_items_tracing_to_one_origin_share_one_vote(db: Path) -> None:
    _three_hypotheses(db)
    claim = _claim_with(db, "180,000 tonnes of fuel oil")
    ach.add_evidence("motive", db, claim=claim)
    ach.add_evidence("motive", db, claim=claim)
    ach.add_evidence("motive", db, text="An unrelated assumption")
    for item in ("E1", "E2"):
        ach.rate("motive", item, {"H1": "C", "H2": "I", "H3": "N"}, "dana", db)
    ach.rate("motive", "E3", {"H1": "N", "H2": "N", "H3": "I"}, "dana", db)
    analysis = ach.ach("motive", db)
    weights = {e.item.label: e.item.weight for e in analysis.evidence}
    assert weights["E1"].independence == pytest.approx(0.5)
    assert weights["E2"].independence == pytest.approx(0.5)
    assert weights["E3"].independence == 1.0
    assert any("one vote shared" in r and "E2" in r for r in weights["E1"].reasons)
    by_label = {h.hypothesis.label: h for h in analysis.hypotheses}
    # two echoes of one claim count as one item: H2 is hit once (credibility x medium relevance), not twice
    assert by_label["H2"].weighted == pytest.approx(-weights["E1"].credibility * weights["E1"].relevance * 1.0)


def test_blind_rating_hides_the_others_until_the_analyst_has_rated(db: Path) -> None:
    _three_hypotheses(db)
    ach.add_evidence("motive", db, text="First item")
    ach.add_evidence("motive", db, text="Second item")
    for item in ("E1", "E2"):
        ach.rate("motive", item, {"H1": "C", "H2": "I", "H3": "N"}, "ana", db)
    ach.rate("motive", "E1", {"H1": "I", "H2": "I", "H3": "N"}, "ben", db)
    view = ach.ach("motive", db, analyst="ben")
    assert not view.complete
    assert view.evidence[0].others == {"ana": {"H1": "C", "H2": "I", "H3": "N"}}  # ben finished E1
    assert view.evidence[1].others == {}  # ...but not E2
    assert view.disagreements == []
    ach.rate("motive", "E2", {"*": "N"}, "ben", db)
    view = ach.ach("motive", db, analyst="ben")
    assert view.complete and view.evidence[1].others
    assert view.disagreements and view.disagreements[0].evidence in ("E1", "E2")
    team = ach.ach("motive", db)
    assert team.view == "team" and team.analysts == ["ana", "ben"]
    assert {(d.evidence, d.hypothesis) for d in team.disagreements} == {("E1", "H1"), ("E2", "H1"), ("E2", "H2")}


def test_duplicates_merge_keeping_ratings_and_overlaps_get_their_own_odds(db: Path) -> None:
    _three_hypotheses(db)
    ach.add_hypothesis("motive", "Varnia is paid for its soldiers", db)
    ach.add_evidence("motive", db, text="Payments per soldier")
    ach.rate("motive", "E1", {"H4": "CC", "H2": "N", "H3": "I"}, "ana", db)  # H1 unrated by ana
    ach.relate_hypotheses("motive", "H1", "H4", "duplicate", db)
    analysis = ach.ach("motive", db)
    assert [h.hypothesis.label for h in analysis.hypotheses] == ["H1", "H2", "H3"]
    assert analysis.evidence[0].ratings["H1"] == "CC"  # kept from the merged duplicate
    assert "H4 merged in as a duplicate" in analysis.hypotheses[0].relations
    ach.relate_hypotheses("motive", "H1", "H2", "not_exclusive", db)
    analysis = ach.ach("motive", db)
    own = {h.hypothesis.label: h.own_odds for h in analysis.hypotheses}
    assert own == {"H1": True, "H2": True, "H3": False}
    ach.unmerge_hypothesis("motive", "H4", db)
    assert len(ach.ach("motive", db).hypotheses) == 4


def test_case_json_round_trip_and_matrix_csv(db: Path, tmp_path: Path) -> None:
    _three_hypotheses(db)
    ach.add_evidence("motive", db, claim=_claim_with(db, "180,000 tonnes of fuel oil"))
    ach.add_evidence("motive", db, text="=HYPERLINK(\"http://x\")", kind="assumption")
    ach.rate("motive", "E1", {"H1": "CC", "H2": "N", "H3": "N"}, "ana", db, note="fuel is money")
    ach.rate("motive", "E2", {"*": "NA"}, "ana", db)
    exported = ach.export_case("motive", tmp_path / "case.json", db)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "heuer-ach-case" and len(data["ratings"]) == 6
    again = ach.import_case(exported, db)
    assert again.name == "motive (2)"
    assert [h.text for h in again.hypotheses] == HYPOTHESES
    assert again.evidence[0].link is not None and again.evidence[0].kind == "claim"
    assert {(r.rating, r.note) for r in again.ratings} == {(r["rating"], r["note"]) for r in data["ratings"]}
    elsewhere = ach.import_case(exported, tmp_path / "empty.db")  # a store without those articles
    assert elsewhere.evidence[0].kind == "assumption" and "not in this store" in (elsewhere.evidence[0].note or "")
    matrix = ach.export_matrix_csv("motive", tmp_path / "matrix.csv", db)
    rows = list(csv.reader(matrix.open(encoding="utf-8")))
    assert rows[0][:3] == ["evidence", "kind", "text"]
    assert rows[2][2].startswith("'=")  # defused for spreadsheets
    (tmp_path / "bad.json").write_text("{\"format\": \"something else\"}", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.json: not a heuer ACH case export"):
        ach.import_case(tmp_path / "bad.json", db)


def test_suggestions_are_never_saved_until_accepted(db: Path) -> None:
    _three_hypotheses(db)
    ach.add_evidence("motive", db, text="Varnia denies sending any troops for economic support")
    proposals = ach.suggest("motive", db, analyst="ana", suggester="hashing")
    assert len(proposals) == 3 and all(p.reason for p in proposals)
    assert ach.case("motive", db).ratings == []
    accepted = ach.accept_suggestions("motive", "ana", db, suggester="hashing")
    saved = ach.case("motive", db).ratings
    assert len(saved) == 3 and {r.analyst for r in saved} == {"ana"}
    assert all(r.note and r.note.startswith("accepted suggestion") for r in saved)
    assert [r.rating for r in saved] == [p.rating for p in accepted]
    assert ach.suggest("motive", db, analyst="ana", suggester="hashing") == []  # nothing left unrated


def test_sensitivity_names_the_items_and_sources_that_could_change_the_lead(db: Path) -> None:
    _three_hypotheses(db)
    claim = _claim_with(db, "180,000 tonnes of fuel oil")
    ach.add_evidence("motive", db, claim=claim)
    ach.add_evidence("motive", db, text="Elite units were sent")
    ach.rate("motive", "E1", {"H1": "C", "H2": "II", "H3": "II"}, "ana", db)
    ach.rate("motive", "E2", {"H1": "I", "H2": "C", "H3": "C"}, "ana", db)
    report = ach.sensitivity("motive", db)
    assert report.leader == "H1"
    assert report.overturning_set == ["E1"] and report.overturned_by in ("H2", "H3")
    assert [c.evidence for c in report.critical][:1] == ["E1"]
    assert len(report.sources) == 1 and report.sources[0].evidence == ["E1"]
    assert report.sources[0].inverted[0] != "H1"  # if that source deceives us, H1 loses the lead


def test_the_brief_gains_an_ach_section_in_icd_203_language(db: Path, tmp_path: Path) -> None:
    _three_hypotheses(db)
    ach.add_evidence("motive", db, claim=_claim_with(db, "180,000 tonnes of fuel oil"))
    ach.rate("motive", "E1", {"H1": "CC", "H2": "N", "H3": "I"}, "ana", db)
    result = api.brief(db, markdown_path=tmp_path / "b.md", html_path=tmp_path / "b.html", embedder="hashing")
    md = result.markdown
    assert "## Competing hypotheses: motive" in md
    assert "| almost no chance | remote | 1-5% |" in md
    section = result.data.ach[0]
    assert len(section.judgements) == 3
    likelihood_words = [t.term for t in SCALE]
    for sentence in section.judgements:
        assert any(term in sentence for term in likelihood_words)
        assert "confidence" not in sentence
    assert "confidence" in section.confidence
    assert "high confidence" not in section.confidence  # one analyst: nobody has checked the ratings
    assert not any(term in section.confidence for term in likelihood_words)
    assert 'class="r r-CC"' in result.html  # the matrix as a heat map


def test_the_demo_builds_a_full_case_on_the_exercise_corpus(tmp_path: Path) -> None:
    result = api.demo(tmp_path / "demo.db", tmp_path, embedder="hashing")
    case = ach.case("varnia-motive", tmp_path / "demo.db")
    assert len(case.active_hypotheses) == 5
    assert len(case.evidence) == 14
    assert sum(1 for e in case.evidence if e.link is not None) == 12
    assert len(case.ratings) == 14 * 5 and case.analysts == ["demo analyst"]
    analysis = ach.ach("varnia-motive", tmp_path / "demo.db")
    ranked = [h.hypothesis.label for h in analysis.ranked]
    assert ranked[-1] == "H5"  # the token-gesture hypothesis meets the most inconsistent evidence
    assert any(not e.diagnostic for e in analysis.evidence)  # the denial fits every hypothesis
    assert "Competing hypotheses: varnia-motive" in result.markdown_path.read_text(encoding="utf-8")
