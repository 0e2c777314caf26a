"""Read the header block of a plain-text article: title, byline, outlet, date.

The text itself is never changed; the header only yields metadata and the
offset where the body starts. Recognised, in any order after the title line:

* the title repeated (skipped),
* ``By NAME``, optionally ``By NAME, OUTLET`` / ``By NAME | OUTLET`` and a date at the end,
* an outlet line marked ``/ OUTLET`` or ``| OUTLET``,
* a date line (``October 31, 2024``, ``Published: 31 Oct 2024 14:05 GMT``),
* a short name-like line on the line right after the byline (the outlet).

The header ends at the first line that is none of these. Without any of them
the title is the first line if it is short, everything else None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from heuer.ingest.dates import date_line, find_date

MAX_TITLE_CHARS = 200
_MAX_HEADER_LINE = 150  # a longer line is body text
_MAX_HEADER_LINES = 8  # non-empty lines looked at after the title
_MAX_OUTLET_CHARS = 60

_BYLINE_RE = re.compile(r"^by[:\s]\s*(?P<rest>\S.*)$", re.IGNORECASE)
_OUTLET_MARK_RE = re.compile(r"^[/|]\s*(?P<outlet>\S.*)$")
# First words that show "By ..." starts a sentence, not a byline ("By the end of the year ...").
_NOT_A_NAME = frozenset(
    "the a an this that these those then now contrast comparison far late early mid way means law "
    "default design chance all some most many which when what how far now doing using".split()
)
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|staff|contributor|analyst|columnist|bureau chief)\b", re.I
)


@dataclass(frozen=True)
class TextHeader:
    """Metadata read from the top of a plain-text article."""

    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: date | None = None
    body_start: int = 0  # character offset where the body begins


def parse_text_header(text: str) -> TextHeader:
    """Read the header block of ``text`` (see the module docstring)."""
    lines = _lines_with_offsets(text)
    if not lines:
        return TextHeader()
    title_start, title_end, title = lines[0]
    if len(title) >= MAX_TITLE_CHARS:
        return TextHeader(body_start=title_start)
    byline: str | None = None
    outlet: str | None = None
    published: date | None = None
    header_end = title_end
    previous = "title"
    for start, end, line in lines[1 : 1 + _MAX_HEADER_LINES]:
        if len(line) > _MAX_HEADER_LINE:
            break
        kind = "other"
        if line.casefold() == title.casefold():
            kind = "title"
        elif byline is None and (parsed := _parse_byline(line)) is not None:
            byline, by_outlet, by_date = parsed
            outlet = outlet or by_outlet
            published = published or by_date
            kind = "byline"
        elif outlet is None and (mark := _OUTLET_MARK_RE.match(line)):
            outlet = mark.group("outlet").strip()
            kind = "outlet"
        elif published is None and (found := date_line(line)) is not None:
            published = found
            kind = "date"
        elif previous == "byline" and start == header_end + 1 and outlet is None and _looks_like_outlet(line):
            outlet = line
            kind = "outlet"
        if kind == "other":
            break
        header_end = end
        previous = kind
    return TextHeader(title, byline, outlet, published, _skip_blank(text, header_end))


def _lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """Non-empty lines as (start, end, stripped text); ``end`` is the offset of the line's newline."""
    out: list[tuple[int, int, str]] = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append((offset, offset + len(raw), stripped))
        offset += len(raw) + 1
    return out


def _skip_blank(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _parse_byline(line: str) -> tuple[str, str | None, date | None] | None:
    """``By NAME[, OUTLET][ DATE]`` -> (name, outlet, date), or None if the line is not a byline."""
    match = _BYLINE_RE.match(line)
    if not match or re.search(r"[.!?]$", line) and len(line.split()) > 6:
        return None
    rest = match.group("rest").strip()
    published: date | None = None
    found = find_date(rest)
    if found is not None:
        published, start, end = found
        rest = (rest[:start] + rest[end:]).strip(" ,;|-\u2013\u2014")
    parts = re.split(r"\s*(?:,|\s\|\s|\s/\s)\s*", rest, maxsplit=1)
    name = parts[0].strip(" ,;|-\u2013\u2014")
    tail = parts[1].strip(" ,;|-\u2013\u2014") if len(parts) > 1 else ""
    words = name.split()
    if not words or len(words) > 8 or words[0].casefold() in _NOT_A_NAME:
        return None
    outlet = tail if tail and not _ROLE_WORDS.search(tail) and _looks_like_outlet(tail) else None
    return name, outlet, published


def _looks_like_outlet(line: str) -> bool:
    """A short, name-like line: few words, no sentence punctuation, some capital letter, not a date."""
    return (
        len(line) <= _MAX_OUTLET_CHARS
        and len(line.split()) <= 6
        and not re.search(r"[.!?:;,\"\u201c\u201d]$", line)
        and any(ch.isupper() for ch in line)
        and find_date(line) is None
    )
