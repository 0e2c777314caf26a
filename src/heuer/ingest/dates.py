"""Find publication dates written out in header lines, without guessing from bare numbers.

Only dates that name a day, a month (by name) and a year, or ISO ``YYYY-MM-DD``,
count; ``10/11/2024``, ``20241031`` and ``yesterday`` do not.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import dateparser

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE_RE = re.compile(
    rf"\b(?:{_MONTH}\.?\s+{_DAY},?\s+\d{{4}}"  # October 31, 2024
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}}"  # 31 October 2024
    r"|\d{4}-\d{2}-\d{2})\b",  # 2024-10-31
    re.IGNORECASE,
)
# Words that may stand around a date on a date line without making it something else.
_FILLER_RE = re.compile(
    r"\b(?:published|updated|posted|last|modified|first|on|at|date|"
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
    r"am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|msk|kst|jst|"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?|[+-]\d{2}:?\d{2})\b",
    re.IGNORECASE,
)
_SETTINGS: Any = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_date(text: str) -> date | None:
    """A date written as day, month name and year (or ISO), else None."""
    if not DATE_RE.fullmatch(text.strip()):
        return None
    parsed: datetime | None = dateparser.parse(text.strip(), languages=["en"], settings=_SETTINGS)
    return parsed.date() if parsed else None


def find_date(text: str) -> tuple[date, int, int] | None:
    """The first full date in ``text`` with its character span, else None."""
    for match in DATE_RE.finditer(text):
        found = parse_date(match.group(0))
        if found is not None:
            return found, match.start(), match.end()
    return None


def date_line(line: str) -> date | None:
    """The date if ``line`` is a date line ("Published: Thursday, 31 October 2024, 14:05 GMT"), else None."""
    found = find_date(line)
    if found is None:
        return None
    value, start, end = found
    rest = _FILLER_RE.sub(" ", line[:start] + " " + line[end:])
    if re.search(r"\w", rest):
        return None
    return value
