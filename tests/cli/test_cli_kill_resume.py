"""``heuer ingest`` killed with SIGKILL in the middle of a batch leaves a sound database, and a re-run resumes.

Each document is stored in one transaction: after the kill every stored document must have
all of its records (as many as a fresh extraction of its file gives), none may be stored twice,
and a second run must store exactly the rest, reporting the earlier ones as "duplicate".
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from cli_helpers import ARTICLES, DEMO, HEUER, heuer_env, sha256

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

MIN_STORED = 3  # documents committed before the kill
CHILDREN = ("statements", "figures", "entities", "events")  # tables of per-document records, named as in the JSON
START_TIMEOUT = 240  # seconds for the first documents to be committed on a slow machine
POLL = 0.005


def make_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct articles: the demo and test articles, each copy made unique by a last line."""
    base = [*DEMO, *ARTICLES]
    folder.mkdir(parents=True)
    files = []
    for i in range(n):
        src = base[i % len(base)]
        dst = folder / f"{i:03d}-{src.name}"
        dst.write_bytes(src.read_bytes().rstrip() + f"\n\nCopy {i}.\n".encode())
        files.append(dst)
    return files


def stored_count(db: Path) -> int:
    """Documents committed so far, read without disturbing the writer (0 while the schema is not there yet)."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def ingest_and_kill(folder: Path, db: Path, log: Path) -> bool:
    """Start ``heuer ingest FOLDER``; SIGKILL it once MIN_STORED documents are committed.

    True when the process was killed while it still had work to do; False when it finished first.
    """
    with log.open("wb") as err:
        proc = subprocess.Popen([*HEUER, "ingest", str(folder), "--db", str(db)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err, env=heuer_env())
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while proc.poll() is None:
                if stored_count(db) >= MIN_STORED:
                    os.kill(proc.pid, signal.SIGKILL)
                    break
                if time.monotonic() > deadline:
                    pytest.fail(f"ingest committed fewer than {MIN_STORED} documents in {START_TIMEOUT} s:\n"
                                + log.read_text(errors="replace"))
                time.sleep(POLL)
            proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    if proc.returncode not in (0, -signal.SIGKILL):
        pytest.fail(f"ingest failed on its own (exit {proc.returncode}):\n" + log.read_text(errors="replace"))
    return proc.returncode == -signal.SIGKILL


def check_database(db: Path) -> dict[str, str]:
    """Integrity of the file after the crash; returns {document id: path}."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        docs = con.execute("SELECT id, path FROM documents").fetchall()
        paths = Counter(path for _, path in docs)
        assert [p for p, n in paths.items() if n > 1] == [], "a file stored twice"
        assert all(doc_id == sha256(Path(path)) for doc_id, path in docs)
        for table in CHILDREN:
            orphans = con.execute(f"SELECT count(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)")
            assert orphans.fetchone() == (0,), table
            dup_seq = con.execute(f"SELECT document_id, seq FROM {table} GROUP BY document_id, seq HAVING count(*) > 1")
            assert dup_seq.fetchall() == [], table
        fts = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE name IN "
                                               "('documents_fts', 'statements_fts')")}
        for table in sorted(fts):  # the search index agrees with its content (FTS5 integrity-check)
            con.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        if "documents_fts" in fts:
            assert con.execute("SELECT count(*) FROM documents_fts_map").fetchone() == (len(docs),)
        return dict(docs)
    finally:
        con.close()


def child_counts(db: Path) -> dict[str, Counter]:
    con = sqlite3.connect(db)
    try:
        return {table: Counter(dict(con.execute(f"SELECT document_id, count(*) FROM {table} GROUP BY document_id")))
                for table in CHILDREN}
    finally:
        con.close()


def fresh_extraction(paths: list[str]) -> dict[str, dict]:
    """``heuer extract --format jsonl`` of ``paths`` (a fresh process, so the same code as the ingest)."""
    proc = subprocess.run([*HEUER, "extract", *paths, "--format", "jsonl"], capture_output=True, text=True,
                          encoding="utf-8", stdin=subprocess.DEVNULL, env=heuer_env(), timeout=600)
    assert proc.returncode == 0, proc.stderr
    objects = [json.loads(line) for line in proc.stdout.splitlines()]
    return {obj["document"]["id"]: obj for obj in objects}


def assert_complete(counts: dict[str, Counter], docs: dict[str, str], fresh: dict[str, dict]) -> None:
    """Every document in ``docs`` has exactly the records a fresh extraction of its file gives."""
    for doc_id, path in docs.items():
        expected = {table: len(fresh[doc_id][table]) for table in CHILDREN}
        stored = {table: counts[table][doc_id] for table in CHILDREN}
        assert stored == expected, Path(path).name
    assert any(counts["statements"][d] for d in docs), "no stored document has statements: the check is vacuous"


def test_ingest_killed_midway_leaves_whole_documents_and_a_rerun_resumes(tmp_path: Path) -> None:
    n = 30
    for attempt in range(3):  # a fast machine may finish a small batch before the kill lands: grow it and retry
        work = tmp_path / f"attempt-{attempt}"
        files = make_corpus(work / "corpus", n)
        db = work / "story.db"
        if ingest_and_kill(work / "corpus", db, work / "ingest.log") and stored_count(db) < n:
            break
        n *= 3
    else:
        pytest.fail(f"ingest always finished before it could be killed (last batch: {n // 3} documents)")

    before = check_database(db)
    assert MIN_STORED <= len(before) < len(files)
    counts_at_kill = child_counts(db)
    records_before = {t: {d: c[d] for d in before} for t, c in counts_at_kill.items()}

    rerun = subprocess.run([*HEUER, "ingest", str(work / "corpus"), "--db", str(db), "--json"], capture_output=True,
                           text=True, encoding="utf-8", stdin=subprocess.DEVNULL, env=heuer_env(), timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    outcomes = json.loads(rerun.stdout)
    assert sorted(o["source"] for o in outcomes) == sorted(str(f) for f in files)
    status = {o["document_id"]: o["status"] for o in outcomes}
    assert {d: status[d] for d in before} == dict.fromkeys(before, "duplicate")  # not stored again
    assert {s for d, s in status.items() if d not in before} <= {"stored", "near_duplicate"}

    after = check_database(db)
    assert sorted(after) == sorted(sha256(f) for f in files)  # every file exactly once
    new = sorted(set(after) - set(before))
    checked_new = {new[0]: after[new[0]], new[-1]: after[new[-1]]}
    fresh = fresh_extraction(sorted({*before.values(), *checked_new.values()}))
    assert set(fresh) == set(before) | set(checked_new)
    assert_complete(counts_at_kill, before, fresh)  # the kill left no document without (some of) its records
    assert_complete(child_counts(db), checked_new, fresh)
    # the records of the documents stored before the kill were left as they were, not added again
    assert {t: {d: c[d] for d in before} for t, c in child_counts(db).items()} == records_before
