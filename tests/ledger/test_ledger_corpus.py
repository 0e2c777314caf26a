"""The ledger on the labelled corpus: echo chains, independent sources, conflicts, corrections."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ledger_lookup import SHARED, one_claim

import heuer
from heuer import api
from heuer.ledger import read_ledger, update_ledger
from heuer.ledger.embedding import HashingEmbedder
from heuer.store import Store

NIS = "National Intelligence Service"
EXPECTED = json.loads((Path(__file__).resolve().parents[1] / "data" / "ledger" / "expected.json").read_text("utf-8"))


def test_syndicated_wire_copies_are_one_report_and_one_source(ledger) -> None:
    claim = one_claim(ledger, "The NIS said 1,500 North Korean special forces were carried", kind="figure")
    assert claim.origins == [NIS]
    assert claim.independent_sources == 1
    outlets = {m.outlet for m in claim.mentions}
    assert {"Halvard News Agency", "The Everly Tribune", "Bayside Chronicle"} <= outlets
    wire_copies = [m for m in claim.mentions if m.outlet in ("The Everly Tribune", "Bayside Chronicle")
                   and "were carried" in m.sentence]
    assert len(wire_copies) == 2 and all(m.role == "syndicated" for m in wire_copies)  # three copies of one wire story ...
    label = next(c for c in EXPECTED["claims"] if c["id"] == "special-forces-1500")
    want = label["distinct_reports"] if SHARED.is_dir() else label["corpus_only"]["distinct_reports"]
    assert claim.distinct_reports == want  # ... are one report among the claim's labelled reports
    assert claim.first_reported is not None and claim.first_reported.outlet == "Halvard News Agency"


def test_paraphrases_across_outlets_are_one_claim_traced_to_one_agency(ledger) -> None:
    claim = one_claim(ledger, "North Korea could send about 12,000 troops in total", kind="figure", value=12000)
    sentences = " ".join(m.sentence for m in claim.mentions)
    assert "some 12,000 soldiers" in sentences  # The Everly Tribune's own words
    assert "around 12,000 North Korean troops" in sentences  # Northwind's
    assert NIS in claim.origins
    reports = {m.family for m in claim.mentions if m.role != "syndicated"}
    assert len(reports) >= 4


def test_circular_corroboration_is_flagged_and_kept_at_possibly_true(ledger) -> None:
    claim = one_claim(ledger, "The first of them, 1,500 special forces", kind="figure", value=1500)
    for c in (claim,):
        assert c.distinct_reports >= 2
        assert c.circular, c.summary
        assert c.credibility.grade == 3
        assert any("circular" in reason and NIS in reason for reason in c.credibility.reasons)


def test_publisher_family_counts_as_one_report(ledger) -> None:
    claim = one_claim(ledger, "the force could eventually number some 12,000 soldiers", kind="statement")
    families = {m.family for m in claim.mentions}
    assert "Everly Media Group" in families
    assert "The Lowmoor Herald" not in families


def test_rival_totals_are_contradictions_and_a_subset_is_not(ledger) -> None:
    twelve = one_claim(ledger, "North Korea could send about 12,000 troops in total", kind="figure", value=12000)
    kinds = {ledger.claim(k.other).value: k.kind for k in twelve.conflicts}
    assert kinds.get(15000) == "contradiction"
    assert kinds.get(4) == "different_subject"
    if SHARED.is_dir():  # the shared example's analyst: "10,000 or so"
        jia = one_claim(ledger, "10,000 or so", kind="figure", value=10000)
        assert any(k.kind == "contradiction" and ledger.claim(k.other).value in (12000, 15000) for k in jia.conflicts)
    special = one_claim(ledger, "The NIS said 1,500 North Korean special forces were carried", kind="figure")
    assert not any(k.kind == "contradiction" for k in special.conflicts)


def test_a_correction_marks_the_wrong_figure_and_points_to_the_right_one(ledger) -> None:
    wrong = one_claim(ledger, "committed some 15,000 soldiers", kind="figure", value=15000)
    assert wrong.status == "corrected"
    assert wrong.credibility.grade == 5
    (correction,) = wrong.corrections
    assert correction.outlet == "Daily Kestrel" and correction.kind == "correction"
    assert ledger.claim(correction.replacement).value == 12000


def test_a_retraction_withdraws_the_claim(ledger) -> None:
    withdrawn = one_claim(ledger, "had already taken part in fighting inside Ukraine", kind="statement")
    assert withdrawn.status == "retracted"
    assert withdrawn.credibility.grade == 5
    assert any("retracted by Northwind Broadcasting" in r for r in withdrawn.credibility.reasons)


def test_an_outlet_citing_an_outlet_is_followed_to_the_origin(ledger) -> None:
    claim = one_claim(ledger, "the Daily Kestrel reported on Wednesday", kind="statement")
    citing = [m for m in claim.mentions if "Daily Kestrel reported" in m.sentence]
    assert citing and all("Daily Kestrel" not in (m.origin or "") for m in citing)
    assert "Daily Kestrel" not in claim.origins


def test_unattributed_later_mentions_are_echoes_that_add_no_source(ledger) -> None:
    claim = one_claim(ledger, "North Korea could send about 12,000 troops in total", kind="figure", value=12000)
    blog = [m for m in claim.mentions if m.outlet == "Ridge Notes"]
    assert blog and all(m.role == "echo" and m.origin is None for m in blog)


def test_ledger_update_is_incremental(ingested_db: Path, tmp_path: Path, embedder) -> None:
    db = tmp_path / "incremental.db"
    shutil.copy(ingested_db, db)
    with Store.open(db) as store:
        first = update_ledger(store, embedder)
        assert first.items > 100 and first.new_claims > 0
        again = update_ledger(store, embedder)
        assert again.items == 0  # nothing new: nothing embedded or matched
        before = {c.id: len(c.mentions) for c in read_ledger(store).claims}
    extra = tmp_path / "late.txt"
    extra.write_text(
        "Pyongyang troop figure repeated\n\nBy Ines Marlow\nThe Harbour Ledger\nNovember 5, 2024\n\n"
        "South Korea's National Intelligence Service said North Korea could send about 12,000 troops in total.\n",
        encoding="utf-8",
    )
    heuer.ingest([str(extra)], db=db)
    with Store.open(db) as store:
        late = update_ledger(store, embedder)
        assert 1 <= late.items <= 4
        after = read_ledger(store)
    grown = [c for c in after.claims if c.id in before and len(c.mentions) > before[c.id]]
    assert any(c.value == 12000 for c in grown)
    assert set(before) <= {c.id for c in after.claims}  # no claim renumbered


def test_user_merge_of_two_names_survives_a_rebuild(writable_ledger: Path) -> None:
    with Store.open(writable_ledger) as store:
        claim = one_claim(read_ledger(store), "committed some 15,000 soldiers", kind="figure", value=15000)
        spelled = claim.origins[0]
    api.merge_entities(spelled, NIS, writable_ledger)
    with Store.open(writable_ledger) as store:
        ledger = read_ledger(store)
    assert one_claim(ledger, "committed some 15,000 soldiers", kind="figure", value=15000).origins == [NIS]
    api.split_entities(spelled, NIS, writable_ledger)  # a later split wins over the rules, not over a merge
    with Store.open(writable_ledger) as store:
        assert NIS in one_claim(read_ledger(store), "committed some 15,000 soldiers", kind="figure").origins


def test_a_reliability_grade_never_changes_credibility(writable_ledger: Path) -> None:
    before = {c.id: c.credibility.grade for c in api.claims(writable_ledger, update=False)}
    assert api.grade(NIS, "a", writable_ledger) == "A"
    after = {c.id: c.credibility.grade for c in api.claims(writable_ledger, update=False)}
    assert before == after
    register = {s.name: s for s in api.sources(writable_ledger, update=False)}
    assert register[NIS].reliability == "A"
    assert register["Halvard News Agency"].reliability == "F" and register["Halvard News Agency"].kind == "outlet"


def test_the_lexical_fallback_builds_a_ledger_too(ingested_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "lexical.db"
    shutil.copy(ingested_db, db)
    with Store.open(db) as store:
        report = update_ledger(store, HashingEmbedder())
        ledger = read_ledger(store)
    assert report.embedder == "hashing-v1"
    claim = one_claim(ledger, "organised into four brigades", kind="figure", value=4)
    assert claim.origins == [NIS] and claim.independent_sources == 1
    assert {"Halvard News Agency", "Bayside Chronicle"} <= {m.outlet for m in claim.mentions}


def test_the_brief_shows_corroboration_conflicts_and_events_across_documents(writable_ledger: Path) -> None:
    result = api.brief(writable_ledger, title="NK troops")
    md = result.markdown
    for heading in ("## Corroboration across documents", "## Conflicts", "## Events across documents"):
        assert heading in md
    corroboration = md.split("## Corroboration across documents")[1].split("## Conflicts")[0]
    assert "circular" in corroboration and NIS in corroboration
    conflicts = md.split("## Conflicts")[1].split("## Events across documents")[0]
    assert "**contradiction**" in conflicts and "15,000" in conflicts
    events = md.split("## Events across documents")[1]
    assert "Halvard News Agency (2024-10-18)" in events  # reported date kept apart from the event date
    assert 'id="corroboration"' in result.html and 'id="conflicts"' in result.html


def test_events_reported_by_several_outlets_are_one_timeline_entry(writable_ledger: Path) -> None:
    entries = api.event_timeline(writable_ledger, update=False)
    assert entries == sorted(entries, key=lambda e: (e.date, e.end or e.date))
    shipped = [e for e in entries if "Vladivostok" in e.text and len(e.reports) >= 3]
    assert shipped, [(e.date, e.text) for e in entries]
    entry = shipped[0]
    assert entry.date.isoformat() == "2024-10-08" and entry.end and entry.end.isoformat() == "2024-10-13"
    assert entry.first_reported and entry.first_reported.isoformat() == "2024-10-18"
    assert entry.claims


def test_a_failed_update_leaves_the_ledger_as_it_was_and_a_rerun_completes(
    ingested_db: Path, tmp_path: Path, embedder, monkeypatch
) -> None:
    from heuer.ledger import persist, update

    db = tmp_path / "crash.db"
    shutil.copy(ingested_db, db)

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    with monkeypatch.context() as patch:
        patch.setattr(update.persist, "save_conflicts", crash)
        with Store.open(db) as store:
            try:
                update_ledger(store, embedder)
            except Exception as exc:  # the store reports it as a StoreError or lets it through
                assert "power cut" in str(exc)
            else:
                raise AssertionError("the update should have failed")
            with store.reading("check") as connection:
                assert persist.claim_rows(connection) == {}
                assert persist.assignments(connection) == {}
    with Store.open(db) as store:
        report = update_ledger(store, embedder)
        ledger = read_ledger(store)
    assert report.new_claims > 0
    assert sum(len(c.mentions) for c in ledger.claims) == report.new_claims + report.joined


def test_the_source_register_tells_outlets_people_and_organisations_apart(ledger_db: Path) -> None:
    register = {s.name: s for s in api.sources(ledger_db, update=False)}
    assert register["Halvard News Agency"].kind == "outlet"
    assert register[NIS].kind == "organization"
    assert register["Priyanka Solberg"].kind == "person"
    assert all(s.reliability == "F" for s in register.values())  # nobody graded yet: cannot be judged


def test_the_kremlin_dismissal_is_a_negation_of_the_deployment_claims(ledger) -> None:
    dismissal = [c for c in ledger.claims if "Kremlin" in c.origins and any(
        "fake news" in m.sentence and m.item_kind == "statement" for m in c.mentions)]
    assert dismissal, "the dismissal is not a statement"
    negated = {ledger.claim(k.other).summary for c in dismissal for k in c.conflicts if k.kind == "negation"}
    assert any("Russia" in summary for summary in negated), negated
    assert any(c.contested for c in dismissal)
