"""Every ``heuer`` command through its real entry point, on real files and real SQLite databases.

Commands that load the language model (ingest, extract, demo) and the error paths run as
subprocesses, exactly as a user types them. The read-only listings run in-process through
typer's CliRunner against a database the subprocess ingest wrote, to keep the suite fast.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import ARTICLES, DEMO, heuer_env, query, sha256
from click.testing import Result
from typer.testing import CliRunner

import heuer
from heuer.cli import app

COMMANDS = ["ingest", "extract", "quotes", "figures", "entities", "timeline", "search", "documents", "brief", "demo",
            "claims", "claim", "conflicts", "sources", "grade", "outlet", "export",
            "case", "hypothesis", "evidence", "rate", "ach"]
DOCUMENT_FIELDS = {"id", "path", "title", "outlet", "byline", "published", "language", "text_chars"}
STATEMENT_FIELDS = {"kind", "content", "speaker", "cue", "via", "hedges", "sentence", "span"}
FIGURE_FIELDS = {"value", "range", "unit", "subject", "source", "via", "hedges", "sentence", "span"}
EVENT_FIELDS = {"date", "end", "text", "sentence"}
ENTITY_FIELDS = {"name", "label", "aliases", "mentions"}


def demo(prefix: str) -> Path:
    (path,) = [p for p in DEMO if p.name.startswith(prefix)]
    return path


def article(name: str) -> Path:
    (path,) = [p for p in ARTICLES if p.name == name]
    return path


@pytest.fixture(scope="module")
def demo_ingest(tmp_path_factory: pytest.TempPathFactory, run_heuer):
    """``heuer ingest DEMO_FOLDER --include '*.txt' --db story.db``, run once for the module."""
    db = tmp_path_factory.mktemp("cli") / "story.db"
    proc = run_heuer("ingest", heuer.demo_corpus_dir(), "--include", "*.txt", "--db", db)
    return db, proc


@pytest.fixture(scope="module")
def demo_db(demo_ingest) -> Path:
    db, proc = demo_ingest
    assert proc.returncode == 0, proc.stderr
    return db


def invoke(*args: str | Path) -> Result:
    """Run a command in-process; a wide terminal so that table cells are not folded."""
    return CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "250"})


def ok_json(*args: str | Path) -> list:
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.output
    value = json.loads(result.stdout)
    assert isinstance(value, list)
    return value


def ok_table(*args: str | Path) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert not result.stdout.lstrip().startswith(("[", "{")), "a table, not JSON"
    return result.stdout


# -- ingest ---------------------------------------------------------------------------------------

def test_ingest_a_folder_stores_it_and_prints_a_summary(demo_ingest) -> None:
    db, proc = demo_ingest
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "stored 5, near-duplicates 1, already stored 0, failed 0" in proc.stderr
    assert "Traceback" not in proc.stderr
    rows = query(db, "SELECT id, path, near_duplicate_of FROM documents")
    assert sorted((i, p) for i, p, _ in rows) == sorted((sha256(p), str(p)) for p in DEMO)  # SCENARIO.md left out
    links = {i: n for i, _, n in rows if n}
    assert links == {sha256(demo("varnia-03")): sha256(demo("varnia-02"))}


def test_ingest_again_with_json_says_duplicate_for_each(demo_db: Path, run_heuer) -> None:
    proc = run_heuer("ingest", *DEMO, "--db", demo_db, "--json")
    assert proc.returncode == 0, proc.stderr
    outcomes = json.loads(proc.stdout)
    assert [(o["source"], o["status"], o["document_id"]) for o in outcomes] == [
        (str(p), "duplicate", sha256(p)) for p in DEMO]
    assert query(demo_db, "SELECT count(*) FROM documents") == [(6,)]


def test_ingest_names_a_junk_file_on_one_line_and_stores_the_good_ones(tmp_path: Path, run_heuer) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    good = [article("interview-fire-chief.txt"), article("wire-caldera-quota-talks.txt")]
    for path in good:
        shutil.copy(path, folder / path.name)
    junk = folder / "scan [draft] 2031-03-10.txt"  # binary bytes, a long path and brackets in the name
    junk.write_bytes(bytes(range(256)) * 16)
    db = tmp_path / "mixed.db"
    proc = run_heuer("ingest", folder, "--db", db)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    failed = [line for line in proc.stderr.splitlines() if "failed:" in line]
    assert len(failed) == 1, proc.stderr
    assert failed[0].startswith(f"failed: {junk}: "), failed[0]
    assert "binary" in failed[0]
    assert "stored 2, near-duplicates 0, already stored 0, failed 1" in proc.stderr
    assert sorted(i for (i,) in query(db, "SELECT id FROM documents")) == sorted(sha256(p) for p in good)


def test_ingest_from_stdin_with_metadata_options(tmp_path: Path, run_heuer) -> None:
    text = ("Floods reach Tollin\n\nThe interior ministry said on Monday that 40 people had been evacuated "
            "from the old town of Tollin.\n")
    db = tmp_path / "stdin.db"
    proc = run_heuer("ingest", "-", "--db", db, "--outlet", "Tollin Gazette", "--published", "2031-04-02", "--json",
                     input=text)
    assert proc.returncode == 0, proc.stderr
    (outcome,) = json.loads(proc.stdout)
    assert outcome["status"] == "stored"
    assert query(db, "SELECT outlet, published, kind FROM documents") == [("Tollin Gazette", "2031-04-02", "stdin")]
    assert query(db, "SELECT value, unit FROM figures") == [(40.0, "people")]


def test_a_wrong_published_date_is_a_clean_usage_error(tmp_path: Path, run_heuer) -> None:
    db = tmp_path / "never.db"
    proc = run_heuer("ingest", demo("varnia-01"), "--db", db, "--published", "2031-02-30")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "--published" in proc.stderr and "'2031-02-30'" in proc.stderr and "YYYY-MM-DD" in proc.stderr
    assert proc.stdout == ""
    assert not db.exists()  # refused before anything was opened
    result = invoke("timeline", "--db", db, "--from", "10/03/2031")
    assert result.exit_code == 2 and "--from" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback


def test_a_db_that_is_not_a_database_is_one_error_line(tmp_path: Path, run_heuer) -> None:
    notes = tmp_path / "field notes, not a database" / "notes.db"
    notes.parent.mkdir()
    notes.write_text("Met the source at the harbour on Tuesday.\n" * 200, encoding="utf-8")
    before = notes.read_bytes()

    proc = run_heuer("quotes", "--db", notes)
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"error: {notes}: ") and "not a database" in lines[0]

    proc = run_heuer("ingest", article("interview-fire-chief.txt"), "--db", notes)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and errors[0].startswith(f"error: {notes}: "), proc.stderr
    assert notes.read_bytes() == before  # the user's file is left alone


# -- extract --------------------------------------------------------------------------------------

def check_contract(obj: dict, path: Path) -> None:
    assert obj["schema_version"] == 1
    assert {"document", "statements", "figures", "entities", "events"} <= set(obj)
    doc = obj["document"]
    assert DOCUMENT_FIELDS <= set(doc)
    assert (doc["id"], doc["path"], doc["language"]) == (sha256(path), str(path), "en")
    assert isinstance(doc["text_chars"], int) and doc["text_chars"] > 0
    for st in obj["statements"]:
        assert STATEMENT_FIELDS <= set(st)
        assert st["kind"] in {"direct", "indirect"}
        assert st["speaker"] is None or st["speaker"]["type"] in {"person", "organization", "group", "unknown"}
        start, end = st["span"]
        assert 0 <= start < end <= doc["text_chars"]
    for fig in obj["figures"]:
        assert FIGURE_FIELDS <= set(fig)
        assert (fig["value"] is None) != (fig["range"] is None)
    for event in obj["events"]:
        assert EVENT_FIELDS <= set(event)
    for entity in obj["entities"]:
        assert ENTITY_FIELDS <= set(entity)


def test_extract_jsonl_writes_exactly_one_contract_object_per_document(run_heuer) -> None:
    inputs = [demo("varnia-01"), article("interview-fire-chief.txt"), demo("varnia-06")]
    proc = run_heuer("extract", *inputs, "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.endswith("\n")
    lines = proc.stdout.splitlines()
    assert len(lines) == len(inputs)
    objects = [json.loads(line) for line in lines]
    for obj, path in zip(objects, inputs, strict=True):
        check_contract(obj, path)
    first = objects[0]
    assert (first["document"]["outlet"], first["document"]["published"]) == ("The Meridian Post", "2031-03-10")
    assert any(f["value"] == 8000 and f["unit"] == "troops" for f in first["figures"])
    assert any((s["speaker"] or {}).get("name") == "Dusan Peltrov" for s in first["statements"])


def test_extract_with_a_junk_file_keeps_stdout_clean(tmp_path: Path, run_heuer) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02" * 500)
    inputs = [article("press-release-valtrea.txt"), junk, article("science-migraine-trial.txt")]
    proc = run_heuer("extract", *inputs)  # jsonl is the default
    assert proc.returncode == 1
    objects = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["document"]["path"] for o in objects] == [str(inputs[0]), str(inputs[2])]
    failed = [line for line in proc.stderr.splitlines() if "failed:" in line]
    assert len(failed) == 1 and failed[0].startswith(f"failed: {junk}: "), proc.stderr


# -- listings -------------------------------------------------------------------------------------

def test_quotes(demo_db: Path) -> None:
    rows = ok_json("quotes", "--db", demo_db, "--speaker", "Peltrov")
    assert rows and {r["speaker"]["name"] for r in rows} == {"Dusan Peltrov"}
    assert {"id", "document_id", "outlet", "published"} | STATEMENT_FIELDS <= set(rows[0])
    assert any(r["content"].startswith("There are no Varnian soldiers on Kestrel soil") for r in rows)
    assert len(ok_json("quotes", "--db", demo_db, "-n", "4")) == 4
    table = ok_table("quotes", "--db", demo_db, "--speaker", "Peltrov")
    assert f"{len(rows)} statements" in table and "Dusan Peltrov" in table


def test_figures(demo_db: Path) -> None:
    rows = ok_json("figures", "--db", demo_db, "--unit", "troops")
    assert rows and all("troops" in r["unit"] for r in rows)
    assert any(r["value"] == 8000 and r["document_id"] == sha256(demo("varnia-01")) for r in rows)
    nsb = ok_json("figures", "--db", demo_db, "--source", "National Security Bureau")
    assert any(r["value"] == 10000 and r["via"] == ["Halvenian media"] for r in nsb)
    table = ok_table("figures", "--db", demo_db, "--unit", "troops")
    assert f"{len(rows)} figures" in table and "8,000" in table


def test_entities(demo_db: Path) -> None:
    people = ok_json("entities", "--db", demo_db, "--label", "PERSON")
    assert people and {e["label"] for e in people} == {"PERSON"}
    assert any(e["name"] == "Selin Achterberg" and "Achterberg" in e["aliases"] for e in people)
    assert "Defence Intelligence Directorate" in {e["name"] for e in ok_json("entities", "--db", demo_db, "--name", "DID")}
    assert len(ok_json("entities", "--db", demo_db, "--limit", "3")) == 3
    table = ok_table("entities", "--db", demo_db, "--label", "PERSON")
    assert "Selin Achterberg" in table


def test_timeline(demo_db: Path) -> None:
    rows = ok_json("timeline", "--db", demo_db, "--from", "2031-03-09", "--to", "2031-03-10")
    dates = [r["date"] for r in rows]
    assert dates and dates == sorted(dates) and set(dates) <= {"2031-03-09", "2031-03-10"}
    assert any(r["date"] == "2031-03-09" and r["date_text"] == "on Sunday"
               and r["document_id"] == sha256(demo("varnia-01")) for r in rows)
    table = ok_table("timeline", "--db", demo_db, "--from", "2031-03-09", "--to", "2031-03-10")
    assert f"{len(rows)} events" in table and "2031-03-09" in table and "on Sunday" in table


def test_documents(demo_db: Path) -> None:
    rows = ok_json("documents", "--db", demo_db)
    assert sorted(r["id"] for r in rows) == sorted(sha256(p) for p in DEMO)
    links = {r["id"]: r["near_duplicate_of"] for r in rows}
    assert links[sha256(demo("varnia-03"))] == sha256(demo("varnia-02"))
    table = ok_table("documents", "--db", demo_db)
    assert "6 documents" in table
    copy_row = next(line for line in table.splitlines() if sha256(demo("varnia-03"))[:10] in line)
    assert sha256(demo("varnia-02"))[:10] in copy_row  # the near-duplicate column names the original


def test_search(demo_db: Path) -> None:
    hits = ok_json("search", "interpreter", "--db", demo_db)
    assert hits and hits[0]["document_id"] == sha256(demo("varnia-01"))
    assert "[interpreter]" in hits[0]["snippet"]
    table = ok_table("search", "interpreter", "--db", demo_db)
    assert "matches for 'interpreter'" in table
    assert "[interpreter]" in table  # the highlighted word is shown, not swallowed as console markup


# -- brief, demo, help ----------------------------------------------------------------------------

def test_brief_writes_markdown_and_html(demo_db: Path, tmp_path: Path) -> None:
    md, html = tmp_path / "md" / "story.md", tmp_path / "story.html"
    result = invoke("brief", "--db", demo_db, "--markdown", md, "--html", html, "--title", "Varnia desk brief")
    assert result.exit_code == 0, result.output
    assert f"wrote {md} and {html}" in result.stderr
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Varnia desk brief\n")
    assert "## Who said what" in text and "## Citations" in text and "Dusan Peltrov" in text
    page = html.read_text(encoding="utf-8")
    assert "Varnia desk brief" in page and 'id="c1"' in page


def test_demo_ingests_the_corpus_prints_a_summary_and_writes_a_brief(tmp_path: Path, run_heuer) -> None:
    proc = run_heuer("demo", "--db", "demo.db", "--out", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "6 documents stored (1 near-duplicates) in demo.db" in proc.stderr
    for title in ("who said what", "figures", "entities (top 15)", "timeline"):
        assert title in proc.stdout
    assert (tmp_path / "out" / "brief.md").read_text(encoding="utf-8").startswith(
        "# Exercise scenario: Varnian troops in Kestrel (fictional)")
    assert (tmp_path / "out" / "brief.html").stat().st_size > 0
    assert query(tmp_path / "demo.db", "SELECT count(*) FROM documents") == [(6,)]


def test_the_tests_cover_every_command() -> None:
    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    registered |= {g.name for g in app.registered_groups}
    assert registered == set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_has_an_example(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout


def test_installed_console_script_lists_every_command() -> None:
    script = Path(sys.executable).with_name("heuer.exe" if sys.platform == "win32" else "heuer")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable} (heuer not installed in this environment)")
    proc = subprocess.run([str(script), "--help"], capture_output=True, text=True, encoding="utf-8",
                          env=heuer_env(), timeout=120)
    assert proc.returncode == 0, proc.stderr
    for command in COMMANDS:
        assert command in proc.stdout
