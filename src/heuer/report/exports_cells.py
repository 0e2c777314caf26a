"""Cell values and file writing shared by the ledger exports.

Analysts open the CSV exports in spreadsheets, where a cell that starts with
``=``, ``+``, ``-`` or ``@`` runs as a formula; article text is written by
whoever published it, so every text cell is defused before it is written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

PathArg = str | os.PathLike[str]

# A cell starting with one of these is read as a formula (tab and carriage return
# too, since some spreadsheets strip them before looking).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CellValue = str | int | float | bool | date | None


def safe_text(text: str) -> str:
    """*text* with a leading single quote when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def number(value: float | int | None) -> str:
    """A figure as written in a cell: 1500.0 -> "1500", 1.5 -> "1.5", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def cell(value: CellValue) -> str:
    """One CSV cell: numbers as numbers, booleans as true/false, dates as ISO, text defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, date):
        return value.isoformat()
    return safe_text(value)


def joined(values: Iterable[str | None], separator: str = "; ") -> str:
    """Several names or words in one cell (empty ones left out)."""
    return separator.join(v for v in values if v)


def write_text(text: str, path: PathArg) -> Path:
    """Write *text* as UTF-8, exactly as given (CSV line ends included); returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="")
    return target
