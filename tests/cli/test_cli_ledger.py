"""The ledger commands end to end: claims, claim, conflicts, sources, grade, outlet, entities merge."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import RunHeuer

CORPUS = Path(__file__).resolve().parents[1] / "data" / "ledger"


def test_ledger_commands_on_the_corpus(run_heuer: RunHeuer, tmp_path: Path) -> None:
    db = tmp_path / "story.db"
    files = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    assert run_heuer("ingest", *files, "--db", db).returncode == 0
    owner = run_heuer("outlet", "The Lowmoor Herald", "Everly Media Group", "--db", db)
    assert owner.returncode == 0, owner.stderr

    listed = run_heuer("claims", "--db", db, "--embedder", "hashing", "--json", "--min-mentions", "2")
    assert listed.returncode == 0, listed.stderr
    assert "new claims" in listed.stderr  # the first read builds the ledger
    claims = json.loads(listed.stdout)
    assert claims and all(len(c["mentions"]) >= 2 for c in claims)
    counts = [c["independent_sources"] for c in claims]
    assert counts == sorted(counts, reverse=True)
    four = next(c for c in claims if c["kind"] == "figure" and c["value"] == 4)
    assert four["origins"] == ["National Intelligence Service"] and four["distinct_reports"] == 1
    assert four["circular"]  # three outlets print one wire story: it looks corroborated, it is one source

    circular = json.loads(run_heuer("claims", "--db", db, "--embedder", "hashing", "--circular", "--json").stdout)
    assert circular and all(c["circular"] for c in circular)

    tree = run_heuer("claim", str(four["id"]), "--db", db, "--embedder", "hashing")
    assert tree.returncode == 0, tree.stderr
    assert "origin: National Intelligence Service" in tree.stdout and "[syndicated]" in tree.stdout

    conflicts = json.loads(run_heuer("conflicts", "--db", db, "--embedder", "hashing", "--json").stdout)
    assert any(p["kind"] == "contradiction" for p in conflicts)

    graded = run_heuer("grade", "National Intelligence Service", "B", "--db", db, "--note", "track record")
    assert graded.returncode == 0, graded.stderr
    register = json.loads(run_heuer("sources", "--db", db, "--embedder", "hashing", "--json").stdout)
    nis = next(s for s in register if s["name"] == "National Intelligence Service")
    assert nis["reliability"] == "B" and nis["note"] == "track record"

    bad = run_heuer("grade", "National Intelligence Service", "Q", "--db", db)
    assert bad.returncode == 1 and "not one of A, B, C, D, E, F" in bad.stderr
    missing = run_heuer("claim", "99999", "--db", db, "--embedder", "hashing")
    assert missing.returncode == 1 and "no claim 99999" in missing.stderr

    exported = run_heuer("export", "--db", db, "--out", tmp_path / "out", "--embedder", "hashing")
    assert exported.returncode == 0, exported.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["claims.claimreview.jsonld", "claims.csv", "claims.json", "entities.ftm.jsonl", "figures.csv",
                     "mentions.csv", "misp-tags.json", "provenance.gexf", "provenance.graphml", "sources.csv",
                     "sources.json"]
    reviews = json.loads((tmp_path / "out" / "claims.claimreview.jsonld").read_text(encoding="utf-8"))
    first = reviews["@graph"][0]
    assert first["@type"] == "ClaimReview" and "firstAppearance" in first["itemReviewed"]
    tags = json.loads((tmp_path / "out" / "misp-tags.json").read_text(encoding="utf-8"))
    assert any(t.startswith("admiralty-scale:information-credibility=") for t in tags["claims"][0]["tags"])
    assert "National Intelligence Service" in (tmp_path / "out" / "claims.csv").read_text(encoding="utf-8")
    bad_format = run_heuer("export", "--db", db, "--format", "pdf", "--embedder", "hashing")
    assert bad_format.returncode == 1 and "unknown export format 'pdf'" in bad_format.stderr

    merged = run_heuer("entities", "merge", "South Korea's spy agency", "National Intelligence Service", "--db", db)
    assert merged.returncode == 0, merged.stderr
    groups = json.loads(run_heuer("entities", "--merged", "--json", "--db", db).stdout)
    assert "South Korea's spy agency" in groups["National Intelligence Service"]
    assert "NIS" in groups["National Intelligence Service"]
