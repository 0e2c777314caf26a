"""Decide what decoded content is: a feed, an HTML page or plain text."""

from __future__ import annotations

import re
from typing import Literal

from heuer.ingest.feed import looks_like_feed
from heuer.ingest.fetch import FEED_TYPES, HTML_TYPES

Form = Literal["feed", "html", "text"]

_HTML_RE = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]", re.IGNORECASE
)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_SNIFF_CHARS = 2048


def detect_form(text: str, *, name: str | None = None, content_type: str | None = None) -> Form:
    """Content first (a feed root element, HTML markup), then the HTTP content type, then the file name."""
    if looks_like_feed(text) or content_type in FEED_TYPES:
        return "feed"
    head = text[:_SNIFF_CHARS].lstrip()
    if head.startswith("<") and (_HTML_RE.search(head) or head.startswith("<?xml")):
        return "html"
    if content_type in HTML_TYPES:
        return "html"
    if content_type is None and name and name.lower().endswith(_HTML_SUFFIXES):
        return "html"
    return "text"
