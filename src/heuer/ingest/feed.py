"""Recognise RSS/Atom feeds by their content and read their entries (feedparser)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from time import struct_time
from typing import Any
from urllib.parse import urljoin

import feedparser

from heuer.ingest.htmltext import html_to_text
from heuer.ingest.loading import fail

_ROOT_RE = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_SNIFF_CHARS = 2048


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed, with its content already turned into plain text."""

    index: int  # 1-based position in the feed
    title: str | None
    link: str | None
    author: str | None
    published: date | None
    content: str  # the entry's content (or summary) as the feed gave it, usually HTML
    text: str  # that content as plain text, paragraphs separated by blank lines


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]


def looks_like_feed(text: str) -> bool:
    """True if the start of ``text`` has an RSS, Atom or RDF root element."""
    head = text[:_SNIFF_CHARS]
    return bool(_ROOT_RE.search(head)) and "<html" not in head.lower()


def parse_feed(raw: bytes, source: str, base_url: str | None = None) -> ParsedFeed:
    """Parse feed bytes; raise :class:`IngestError` if nothing usable is in them.

    A feed with parse errors is still read when it has entries (feedparser is
    lenient); entries without a link and without text are kept, so that the
    caller can report each one.
    """
    headers = {"content-location": base_url} if base_url else None
    parsed: Any = feedparser.parse(
        io.BytesIO(raw), response_headers=headers, sanitize_html=True, resolve_relative_uris=bool(base_url)
    )
    usable = [e for e in parsed.entries if e.get("link") or e.get("content") or e.get("summary")]
    if parsed.get("bozo") and not usable:
        problem = " ".join(str(parsed.get("bozo_exception", "")).split()) or "unreadable XML"
        raise fail(source, f"malformed feed ({problem}), no entries could be read")
    if not parsed.get("version") and not usable:
        raise fail(source, "not a feed that could be read (no RSS or Atom entries)")
    if not parsed.entries:
        raise fail(source, "feed has no entries")
    entries = [_entry(i, e, base_url) for i, e in enumerate(parsed.entries, start=1)]
    return ParsedFeed(_clean(parsed.feed.get("title")), entries)


def _entry(index: int, entry: Any, base_url: str | None) -> FeedEntry:
    content, is_html = _content(entry)
    link = _clean(entry.get("link"))
    if link and base_url:
        link = urljoin(base_url, link)
    detail = entry.get("author_detail") or {}
    author = _clean(detail.get("name")) or _clean(entry.get("author"))
    return FeedEntry(
        index=index,
        title=_clean(entry.get("title")),
        link=link,
        author=author,
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        content=content,
        text=html_to_text(content) if is_html else _plain(content),
    )


def _content(entry: Any) -> tuple[str, bool]:
    """The longest of the entry's content values, else its summary; and whether it is HTML."""
    candidates = [(c.get("value") or "", c.get("type") or "text/html") for c in entry.get("content") or []]
    summary = entry.get("summary")
    if summary:
        detail = entry.get("summary_detail") or {}
        candidates.append((summary, detail.get("type") or "text/html"))
    if not candidates:
        return "", False
    value, kind = max(candidates, key=lambda c: len(c[0]))
    return value, "html" in kind or "xml" in kind


def _plain(text: str) -> str:
    blocks = (" ".join(b.split()) for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")))
    return "\n\n".join(b for b in blocks if b)


def _date(value: struct_time | None) -> date | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC).date()
    except (TypeError, ValueError):
        return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
