"""Run the store's Alembic migrations from code (no ``alembic.ini``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from heuer.store.sqlite import WRITE_OPTION

MIGRATIONS = Path(__file__).with_name("migrations")
PG_LOCK_KEY = 0x68657565  # "heue": one advisory lock for heuer's migrations


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config for heuer's migrations; *url* is only needed for hand use."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The newest revision this version of heuer knows."""
    heads = _scripts().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"heuer store migrations have {len(heads)} heads; expected one")
    return heads[0]


def revisions() -> list[str]:
    """Every revision this version of heuer knows, oldest first."""
    return [script.revision for script in reversed(list(_scripts().walk_revisions()))]


def is_known(revision: str) -> bool:
    return revision in revisions()


def current(connection: Connection) -> str | None:
    """The revision a database is at; None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to *revision* in one transaction."""
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})  # SQLite: BEGIN IMMEDIATE serialises migrators
        with connection.begin():
            if connection.dialect.name == "postgresql":  # several workers may open a new database at once
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)


def is_current(engine: Engine) -> bool:
    with engine.connect() as connection:
        return current(connection) == head()
