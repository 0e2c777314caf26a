"""Fixtures for the ledger tests: the ledger corpus (plus the shared example) in a real SQLite file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import heuer
from heuer.ledger import read_ledger, update_ledger
from heuer.ledger.embedding import HashingEmbedder, SentenceEmbedder, embedding_available
from heuer.ledger.outlets import set_owner
from heuer.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "data" / "ledger"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "nk-troops"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def corpus_files() -> list[Path]:
    files = sorted(CORPUS.glob("*.txt"))
    if SHARED.is_dir():
        files += sorted(SHARED.glob("*.txt"))
    return files


@pytest.fixture(scope="session")
def ingested_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus ingested once, with the corpus' outlet owners set; copy it before writing."""
    db = tmp_path_factory.mktemp("ledger") / "ingested.db"
    report = heuer.ingest([str(p) for p in corpus_files()], db=db)
    assert report.ok, [o.error for o in report.failed]
    with Store.open(db) as store, store.writing("owners") as connection:
        for outlet, owner in EXPECTED["outlet_owners"].items():
            set_owner(connection, outlet, owner)
    return db


@pytest.fixture(scope="session")
def embedder() -> SentenceEmbedder | HashingEmbedder:
    return SentenceEmbedder() if embedding_available() else HashingEmbedder()


@pytest.fixture(scope="session")
def ledger_db(ingested_db: Path, embedder, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus with its ledger built (read-only for tests: copy before writing)."""
    db = tmp_path_factory.mktemp("ledger") / "ledger.db"
    shutil.copy(ingested_db, db)
    with Store.open(db) as store:
        update_ledger(store, embedder)
    return db


@pytest.fixture()
def writable_ledger(ledger_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "ledger.db"
    shutil.copy(ledger_db, db)
    return db


@pytest.fixture(scope="session")
def ledger(ledger_db: Path):
    with Store.open(ledger_db) as store:
        return read_ledger(store)
