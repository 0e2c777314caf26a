"""Alembic environment for heuer's store.

Driven from :mod:`heuer.store.migrate`, which passes an open connection in
``config.attributes["connection"]``; no ``alembic.ini`` is needed. For hand use,
``alembic`` can also be pointed at a URL through ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from heuer.store.engine import make_engine
from heuer.store.schema import metadata
from heuer.store.sqlite import is_search_object

config = context.config


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the SQLite FTS5 tables (made by raw SQL in 0002) out of autogenerate."""
    return not (type_ == "table" and name is not None and is_search_object(name))


def _run(connection: Connection) -> None:
    context.configure(
        include_name=_include_name,
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
