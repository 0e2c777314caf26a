"""The ACH workflow on the real article of the worked example (../shared/examples/nk-troops),
with the five hypotheses of the seed story."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import heuer
from heuer import api
from heuer.ach import api as ach
from heuer.cli import app

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "examples" / "nk-troops"
ARTICLE = EXAMPLE / "bne-2024-10-31-nk-troops.txt"

SCRIPT = {
    "name": "nk-motive",
    "question": "Why did North Korea send troops to Russia?",
    "analyst": "seed analyst",
    "hypotheses": [
        {"label": "H1", "text": "A pragmatic bilateral deal: troops for Russian economic support"},
        {"label": "H2", "text": "A quid pro quo for Russian military technology"},
        {"label": "H3", "text": "Combat experience for future aggression against South Korea or Japan"},
        {"label": "H4", "text": "A coordinated distraction that helps China move against Taiwan"},
        {"label": "H5", "text": "A token gesture with no real battlefield role"},
    ],
    "evidence": [
        {"find": "North Korea needs economic support", "relevance": "high",
         "ratings": {"H1": "CC", "H2": "N", "H3": "N", "H4": "N", "H5": "C"}},
        {"find": "improved Russian weapons technology", "relevance": "medium",
         "ratings": {"H1": "N", "H2": "CC", "H3": "C", "H4": "N", "H5": "N"}},
        {"find": "gain combat experience", "relevance": "medium",
         "ratings": {"H1": "N", "H2": "N", "H3": "CC", "H4": "N", "H5": "I"}},
        {"find": "didn't think so", "relevance": "medium",
         "ratings": {"H1": "N", "H2": "N", "H3": "N", "H4": "II", "H5": "N"}},
        {"find": "1,500 North Korean special forces", "relevance": "high",
         "ratings": {"H1": "C", "H2": "C", "H3": "C", "H4": "N", "H5": "I"}},
        {"find": "deployed in the Kursk region", "relevance": "medium",
         "ratings": {"H1": "C", "H2": "C", "H3": "C", "H4": "N", "H5": "I"}},
        {"text": "North Korea has not publicly acknowledged any deployment", "kind": "absence",
         "ratings": {"H1": "N", "H2": "N", "H3": "N", "H4": "N", "H5": "N"}},
    ],
}


@pytest.fixture(scope="module")
def nk_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ARTICLE.exists():
        pytest.skip(f"{ARTICLE} is not here")
    db = tmp_path_factory.mktemp("nk") / "nk.db"
    assert heuer.ingest([str(ARTICLE)], db=db).ok
    ach.case_from_script(SCRIPT, db, embedder="hashing")
    return db


def test_the_seed_story_case_links_every_item_to_the_article(nk_db: Path) -> None:
    case = ach.case("nk-motive", nk_db)
    assert [h.label for h in case.active_hypotheses] == ["H1", "H2", "H3", "H4", "H5"]
    linked = [e for e in case.evidence if e.link is not None]
    assert len(linked) == 6
    assert any("1,500 North Korean special forces" in e.link.sentence for e in linked)
    assert len(case.ratings) == 7 * 5


def test_the_matrix_ranks_by_least_inconsistency(nk_db: Path) -> None:
    analysis = ach.ach("nk-motive", nk_db)
    by_label = {h.hypothesis.label: h for h in analysis.hypotheses}
    assert by_label["H4"].inconsistency == 1  # Jia did not think it a distraction for China
    assert by_label["H5"].inconsistency == 3  # numbers and deployment reports do not fit a token gesture
    assert analysis.ranked[-1].hypothesis.label == "H5"
    assert analysis.leader is not None and analysis.leader.hypothesis.label in ("H1", "H2", "H3")
    assert not analysis.evidence[-1].diagnostic  # the absence fits every hypothesis the same
    report = ach.sensitivity("nk-motive", nk_db)
    assert report.leader == analysis.leader.hypothesis.label
    assert report.tied == [h.hypothesis.label for h in analysis.ranked if h.rank == 1]


def test_the_cli_shows_the_matrix_and_sensitivity(nk_db: Path) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["ach", "nk-motive", "--team", "--db", str(nk_db)])
    assert shown.exit_code == 0, shown.output
    assert "H5" in shown.output and "non-diagnostic" in shown.output
    assert "weighted" in shown.output
    sens = runner.invoke(app, ["ach", "sensitivity", "nk-motive", "--db", str(nk_db)])
    assert sens.exit_code == 0, sens.output
    assert "leader" in sens.output
    brief = api.brief(nk_db, embedder="hashing")
    assert "Competing hypotheses: nk-motive" in brief.markdown
