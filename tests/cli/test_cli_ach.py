"""The ACH commands end to end: case, hypothesis, evidence, rate, ach (matrix, sensitivity, suggest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import heuer
from heuer import api
from heuer.cli import app

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def fails(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 1, result.output
    return result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli-ach") / "cli.db"
    heuer.ingest([str(p) for p in sorted(api.demo_corpus_dir().glob("varnia-0[45]*.txt"))], db=path)
    api.update_claims(path, embedder="hashing")
    return str(path)


def test_a_case_from_the_command_line(db: str, tmp_path: Path) -> None:
    run("case", "new", "motive", "-q", "Why would Varnia send troops?", "--db", db)
    assert "H1" in run("hypothesis", "add", "motive", "Economic deal", "--db", db)
    run("hypothesis", "add", "motive", "Technology quid pro quo", "--db", db)
    run("hypothesis", "add", "motive", "Token gesture", "--db", db)
    fuel = next(c.id for c in api.claims(db, update=False) if any("fuel oil" in m.sentence for m in c.mentions))
    assert "E1" in run("evidence", "add", "motive", "--claim", str(fuel), "--relevance", "high", "--db", db)
    assert "E2" in run("evidence", "add", "motive", "--text", "No casualties reported", "--kind", "absence", "--db", db)
    run("rate", "motive", "E1", "H1=CC", "H2=N", "H3=I", "--analyst", "dana", "--db", db)
    run("rate", "motive", "E2", "*=N", "--analyst", "dana", "--db", db)

    listed = json.loads(run("case", "list", "--json", "--db", db))
    assert [(c["name"], c["hypotheses"], c["evidence"]) for c in listed] == [("motive", 3, 2)]
    shown = run("case", "show", "motive", "--db", db)
    assert "fuel oil" in shown and "Lirn Today" in shown

    matrix = run("ach", "motive", "--analyst", "dana", "--db", db, "--csv", str(tmp_path / "m.csv"))
    assert "E1" in matrix and "non-diagnostic" in matrix and "#1 H1" in matrix
    assert (tmp_path / "m.csv").read_text(encoding="utf-8").startswith("evidence,kind,text")
    data = json.loads(run("ach", "motive", "--json", "--db", db))
    assert data["leader"] == "H1" and [h["label"] for h in data["hypotheses"]] == ["H1", "H2", "H3"]
    assert data["hypotheses"][-1]["inconsistency"] == 1

    sensitivity = json.loads(run("ach", "sensitivity", "motive", "--json", "--db", db))
    # H1 and H2 have no inconsistent item: they share the lead, and no removal changes that
    assert sensitivity["leader"] == "H1" and sensitivity["tied"] == ["H1", "H2"]
    assert sensitivity["overturning_set"] == []

    suggestions = run("ach", "suggest", "motive", "--analyst", "eli", "--suggester", "hashing", "--db", db)
    assert "not saved" in suggestions
    assert {r.analyst for r in heuer.ach.api.case("motive", db).ratings} == {"dana"}
    run("ach", "suggest", "motive", "--analyst", "eli", "--suggester", "hashing", "--accept", "--db", db)
    assert {r.analyst for r in heuer.ach.api.case("motive", db).ratings} == {"dana", "eli"}

    run("case", "export", "motive", str(tmp_path / "case.json"), "--db", db)
    assert "motive copy" in run("case", "import", str(tmp_path / "case.json"), "--name", "motive copy", "--db", db)
    run("hypothesis", "duplicate", "motive", "H1", "H2", "--db", db)
    assert "merged into H1" in run("case", "show", "motive", "--db", db)


def test_mistakes_get_one_clear_line(db: str) -> None:
    assert "no case 'nothing'" in fails("ach", "nothing", "--db", db)
    run("case", "new", "other", "--db", db)
    run("hypothesis", "add", "other", "Something", "--db", db)
    run("evidence", "add", "other", "--text", "An assumption", "--db", db)
    assert "H1=C" in fails("rate", "other", "E1", "H1", "--analyst", "dana", "--db", db)
    assert "--analyst" in fails("rate", "other", "E1", "H1=C", "--db", db)
    assert "not one of CC" not in fails("rate", "other", "E9", "H1=C", "--analyst", "d", "--db", db)
    assert "heuer ach [matrix|sensitivity|suggest] CASE" in fails("ach", "too", "many", "words", "--db", db)
