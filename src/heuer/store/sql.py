"""Portable SQL helpers: case-insensitive substring matching that works on every dialect.

``fold(x)`` is ``lower(x)`` everywhere except SQLite, where it compiles to a
Unicode-aware function registered on each connection (see :mod:`heuer.store.sqlite`),
because SQLite's own ``lower`` only folds ASCII.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction

ESCAPE = "/"  # like SQLAlchemy's autoescape: a backslash means different things per dialect


class fold(GenericFunction[str]):  # noqa: N801 - SQL function names are lower case
    """Case-fold a text expression for case-insensitive comparison."""

    type = sa.Text()
    inherit_cache = True
    name = "heuer_fold"


@compiles(fold)
def _fold_default(element: fold, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


def like_pattern(needle: str) -> str:
    """``%needle%`` with LIKE wildcards in *needle* escaped (use with ``escape=ESCAPE``)."""
    escaped = needle.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def contains(column: sa.ColumnElement[Any], needle: str) -> sa.ColumnElement[bool]:
    """Case-insensitive substring match of *needle* in *column*."""
    return fold(column).like(fold(sa.literal(like_pattern(needle), sa.Text())), escape=ESCAPE)
