"""Helpers shared by the CLI tests: the real ``heuer`` command line, the corpora, read-only queries."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path

import heuer

HEUER = [sys.executable, "-m", "heuer.cli"]  # the module the console script runs (heuer.cli:main)
DEMO = sorted(heuer.demo_corpus_dir().glob("*.txt"))
ARTICLES = sorted((Path(__file__).resolve().parents[1] / "data" / "articles").glob("*.txt"))


def heuer_env() -> dict[str, str]:
    """The environment of a user's shell, minus what would change the outcome of a test."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"HEUER_DB", "COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE"}
           and not k.lower().endswith("_proxy")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    """Rows of ``sql`` from a database file, opened read-only with the plain sqlite3 module."""
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
