"""The analyst's merges and splits of claims: applied at once, and still holding after a document is
deleted and ingested again (its mentions get new ids and are matched afresh)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledger_lookup import one_claim
from typer.testing import CliRunner

import heuer
from heuer import api
from heuer.cli import app
from heuer.errors import ConfigError, NotFoundError
from heuer.ledger import read_ledger, update_ledger
from heuer.model import Claim
from heuer.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "data" / "ledger"

SCARCE = "interpreters are so scarce that everyone in his unit has had to become one"
ECHO = "half the time the two sides cannot understand each other"
BLOG = CORPUS / "ridge-notes-2024-11-04-blog.txt"


def _ledger(db: Path, embedder) -> list[Claim]:  # noqa: ANN001
    with Store.open(db) as store:
        update_ledger(store, embedder)
        return read_ledger(store).claims


def _holding(claims: list[Claim], sentence_part: str) -> Claim:
    found = [c for c in claims if any(sentence_part in m.sentence for m in c.mentions)]
    assert len(found) == 1, [(c.id, c.summary) for c in found]
    return found[0]


def _ingest_again(db: Path, path: Path) -> None:
    """Delete the document of *path* and ingest the file again: its items come back with new ids."""
    with Store.open(db) as store:
        doc = next(d for d in store.document_summaries() if Path(d.path).name == path.name)
        assert store.delete_document(doc.id)
    report = heuer.ingest([str(path)], db=db)
    assert report.ok and report.stored == 1


def test_a_merged_loose_echo_joins_the_claim_and_stays_merged_after_a_reingest(
        writable_ledger: Path, embedder) -> None:  # noqa: ANN001
    claims = _ledger(writable_ledger, embedder)
    scarce, echo = _holding(claims, SCARCE), _holding(claims, ECHO)
    assert scarce.id != echo.id  # the matcher misses this loose echo (a known gap of tests/test_ledger_expected.py)

    moved = api.merge_claims(scarce.id, echo.id, writable_ledger)

    assert moved == len(echo.mentions)
    claims = _ledger(writable_ledger, embedder)
    merged = _holding(claims, ECHO)
    assert merged.id == scarce.id and all(c.id != echo.id for c in claims)
    keys = {(m.item_kind, m.item_id) for m in merged.mentions}
    assert keys == {(m.item_kind, m.item_id) for m in (*scarce.mentions, *echo.mentions)}
    assert set(merged.origins) == set(scarce.origins) | set(echo.origins)
    assert merged.distinct_reports > scarce.distinct_reports

    _ingest_again(writable_ledger, BLOG)
    claims = _ledger(writable_ledger, embedder)
    again = _holding(claims, ECHO)
    assert again.id == scarce.id
    assert any(SCARCE in m.sentence for m in again.mentions)


def test_a_split_mention_leaves_its_claim_and_does_not_rejoin_it_after_a_reingest(
        writable_ledger: Path, embedder) -> None:  # noqa: ANN001
    _ledger(writable_ledger, embedder)
    claim = one_claim(read_ledger_of(writable_ledger), "Almost everything we know about the size of this force")
    assert len(claim.mentions) >= 2  # the wire copy in two outlets
    leaving = next(m for m in claim.mentions if "lowmoor" in _path_of(writable_ledger, m.document_id))

    new_id = api.split_claim(claim.id, f"{leaving.item_kind}:{leaving.item_id}", writable_ledger)

    claims = _ledger(writable_ledger, embedder)
    by_id = {c.id: c for c in claims}
    assert [(m.item_kind, m.item_id) for m in by_id[new_id].mentions] == [(leaving.item_kind, leaving.item_id)]
    assert all(m.item_id != leaving.item_id or m.item_kind != leaving.item_kind for m in by_id[claim.id].mentions)

    _ingest_again(writable_ledger, CORPUS / "lowmoor-2024-10-29-nato.txt")
    claims = _ledger(writable_ledger, embedder)
    original = next(c for c in claims if c.id == claim.id)
    assert not any("lowmoor" in _path_of(writable_ledger, m.document_id) for m in original.mentions)
    returned = [c for c in claims if any("lowmoor" in _path_of(writable_ledger, m.document_id)
                                         and leaving.sentence == m.sentence for m in c.mentions)]
    assert len(returned) == 1 and returned[0].id != claim.id


def test_merging_after_a_split_puts_the_mention_back_for_good(writable_ledger: Path, embedder) -> None:  # noqa: ANN001
    claim = one_claim(read_ledger_of(writable_ledger), "Almost everything we know about the size of this force")
    leaving = next(m for m in claim.mentions if "lowmoor" in _path_of(writable_ledger, m.document_id))
    new_id = api.split_claim(claim.id, f"{leaving.item_kind}:{leaving.item_id}", writable_ledger)
    api.merge_claims(claim.id, new_id, writable_ledger)

    _ingest_again(writable_ledger, CORPUS / "lowmoor-2024-10-29-nato.txt")
    claims = _ledger(writable_ledger, embedder)
    back = next(c for c in claims if c.id == claim.id)
    assert any("lowmoor" in _path_of(writable_ledger, m.document_id) for m in back.mentions)


def test_merge_carries_the_conflicts_of_the_claim_it_removes(writable_ledger: Path, embedder) -> None:  # noqa: ANN001
    claims = _ledger(writable_ledger, embedder)
    contested = next(c for c in claims if c.conflicts)
    other = next(c for c in claims if c.id not in {contested.id, *(k.other for k in contested.conflicts)})
    rivals = {k.other for k in contested.conflicts}

    api.merge_claims(other.id, contested.id, writable_ledger)

    merged = next(c for c in _ledger(writable_ledger, embedder) if c.id == other.id)
    assert rivals - {other.id} <= {k.other for k in merged.conflicts}


def test_bad_merges_and_splits_say_what_is_wrong(writable_ledger: Path, embedder) -> None:  # noqa: ANN001
    claims = _ledger(writable_ledger, embedder)
    single = next(c for c in claims if len(c.mentions) == 1)
    mention = single.mentions[0]
    with pytest.raises(ConfigError, match="merged with itself"):
        api.merge_claims(single.id, single.id, writable_ledger)
    with pytest.raises(NotFoundError, match="no claim 999999"):
        api.merge_claims(single.id, 999999, writable_ledger)
    with pytest.raises(ConfigError, match="only mention"):
        api.split_claim(single.id, f"{mention.item_kind}:{mention.item_id}", writable_ledger)
    with pytest.raises(ConfigError, match="statement:ID"):
        api.split_claim(single.id, "sentence 4", writable_ledger)
    other = next(c for c in claims if c.id != single.id and len(c.mentions) > 1)
    with pytest.raises(NotFoundError, match="is not a mention of claim"):
        api.split_claim(other.id, f"{mention.item_kind}:{mention.item_id}", writable_ledger)


def test_the_cli_shows_mention_ids_and_merges_and_splits_by_them(writable_ledger: Path, embedder) -> None:  # noqa: ANN001
    runner = CliRunner()
    claims = _ledger(writable_ledger, embedder)
    scarce, echo = _holding(claims, SCARCE), _holding(claims, ECHO)
    shown = runner.invoke(app, ["claim", str(echo.id), "--db", str(writable_ledger), "--embedder", "hashing"])
    assert shown.exit_code == 0, shown.output
    echo_mention = echo.mentions[0]
    assert f"{echo_mention.item_kind}:{echo_mention.item_id}" in shown.output

    merged = runner.invoke(app, ["claims", "merge", str(scarce.id), str(echo.id), "--db", str(writable_ledger)])
    assert merged.exit_code == 0, merged.output
    assert f"claim {echo.id} merged into claim {scarce.id}" in merged.output
    item = f"{echo_mention.item_kind}:{echo_mention.item_id}"
    split = runner.invoke(app, ["claims", "split", str(scarce.id), item, "--db", str(writable_ledger)])
    assert split.exit_code == 0, split.output
    assert f"{item} taken out of claim {scarce.id}" in split.output
    wrong = runner.invoke(app, ["claims", "split", str(scarce.id), "nonsense", "--db", str(writable_ledger)])
    assert wrong.exit_code != 0 and "statement:ID" in wrong.output
    listed = runner.invoke(app, ["claims", "--db", str(writable_ledger), "--json", "--embedder", "hashing"])
    assert listed.exit_code == 0 and '"id"' in listed.output


def read_ledger_of(db: Path):  # noqa: ANN201
    with Store.open(db) as store:
        return read_ledger(store)


def _path_of(db: Path, document_id: str) -> str:
    with Store.open(db) as store:
        return next(Path(d.path).name for d in store.document_summaries() if d.id == document_id)
