"""Create a SQLAlchemy engine for a store URL, tuned per dialect."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from heuer.errors import StoreError
from heuer.store import sqlite


def _json_dumps(value: Any) -> str:
    # keep non-ASCII readable in the database, so substring filters over JSON text work
    return json.dumps(value, ensure_ascii=False)


def is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def display_name(url: str | URL) -> str:
    """How error messages name a database: the file path for SQLite, else the URL without password."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return ":memory:" if is_memory(parsed) else str(parsed.database)
    return parsed.render_as_string(hide_password=True)


def make_engine(url: str | URL, *, busy_timeout_ms: int = sqlite.BUSY_TIMEOUT_MS) -> Engine:
    """An engine for *url*. SQLite files get WAL, foreign keys, a busy timeout and
    ``synchronous=NORMAL`` on every connection; their parent folder is created if missing.
    """
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"{url}: not a database path or URL ({exc})") from exc
    options: dict[str, Any] = {"json_serializer": _json_dumps}
    if parsed.get_backend_name() == "sqlite":
        if not is_memory(parsed) and not parsed.query.get("uri"):
            folder = Path(str(parsed.database)).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"{parsed.database}: cannot create folder {folder} ({exc.strerror})"
                ) from exc
        options["connect_args"] = {"check_same_thread": False}
    else:
        options["pool_pre_ping"] = True
    try:
        engine = sa.create_engine(parsed, **options)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise StoreError(f"{display_name(parsed)}: cannot use this database ({exc})") from exc
    if engine.dialect.name == "sqlite":
        sqlite.configure(engine, busy_timeout_ms)
    return engine
