"""Main text and metadata of an HTML page (trafilatura), with a plain fallback for broken pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from heuer.ingest.loading import fail

# Elements whose text is never article text.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "button",
)
_BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article main dd dt dl figcaption "
    "figure address hr".split()
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class HtmlArticle:
    """What an HTML page yields: text with paragraphs separated by blank lines, plus metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: date | None = None


def extract_html(html: str, source: str, url: str | None = None) -> HtmlArticle:
    """Extract the article of ``html``; raise :class:`IngestError` if the page has no text at all."""
    # Visible text outside navigation, header, footer and asides: none means no article,
    # even where trafilatura's own fallback would return the menu.
    fallback = html_to_text(html)
    if not fallback:
        raise fail(source, "no article text found in HTML")
    result = _trafilatura(html, url)
    if result is not None and result.text:
        return result
    meta = result or _metadata_only(html, url)
    return HtmlArticle(fallback, meta.title, meta.outlet, meta.byline, meta.published)


def html_to_text(html: str) -> str:
    """All visible text of an HTML page or fragment outside navigation, one paragraph per block.

    Used for feed entry content and as the fallback when trafilatura finds no
    article in a page.
    """
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(_strip_xml_declaration(html))
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _remove(element)
    for tag in _DROP_TAGS:
        for element in list(root.iter(tag)):
            if element is not root:
                element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag.lower() == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag.lower() in _BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    blocks = (" ".join(block.split()) for block in re.split(r"\n\s*\n", text))
    return "\n\n".join(block for block in blocks if block)


def _remove(element: Any) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _strip_xml_declaration(html: str) -> str:
    # lxml refuses str input that carries an encoding declaration.
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)


def _trafilatura(html: str, url: str | None) -> HtmlArticle | None:
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # noqa: BLE001 - a parser crash on a broken page falls back to plain text
        return None
    if doc is None:
        return None
    data: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    return HtmlArticle(
        text=_paragraphs("\n\n".join((data.get("text") or "").split("\n"))),
        title=_clean(data.get("title")),
        outlet=_clean(data.get("sitename")),
        byline=_clean(data.get("author")),
        published=_iso_date(data.get("date")),
    )


def _metadata_only(html: str, url: str | None) -> HtmlArticle:
    try:
        meta = trafilatura.extract_metadata(html, default_url=url, extensive=False)
    except Exception:  # noqa: BLE001 - metadata is optional
        return HtmlArticle("")
    if meta is None:
        return HtmlArticle("")
    data: dict[str, Any] = meta.as_dict()
    return HtmlArticle(
        "",
        _clean(data.get("title")),
        _clean(data.get("sitename")),
        _clean(data.get("author")),
        _iso_date(data.get("date")),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
