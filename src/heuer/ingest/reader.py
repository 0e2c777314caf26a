"""Read sources into documents: one item at a time, errors yielded, never raised."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO
from urllib.parse import urlsplit

import httpx

from heuer.errors import IngestError
from heuer.ingest.decode import decode_bytes
from heuer.ingest.feed import FeedEntry, ParsedFeed, parse_feed
from heuer.ingest.fetch import fetch, make_client
from heuer.ingest.htmltext import extract_html
from heuer.ingest.loading import fail, read_file, read_stream
from heuer.ingest.overrides import MetadataOverrides
from heuer.ingest.plaintext import parse_text_header
from heuer.ingest.sniff import detect_form
from heuer.ingest.sources import SourceRef, expand_sources, is_url
from heuer.model import Document, content_id
from heuer.settings import DEFAULT_SETTINGS, Settings

# A feed entry with less text than this is only a teaser: its link is fetched instead.
MIN_ENTRY_CHARS = 400

Item = Document | IngestError


def read_sources(
    sources: Iterable[str],
    settings: Settings = DEFAULT_SETTINGS,
    *,
    include: Sequence[str] | None = None,
    overrides: MetadataOverrides | None = None,
    stdin: BinaryIO | None = None,
    client: httpx.Client | None = None,
) -> Iterator[Item]:
    """Yield one :class:`Document` per article in ``sources``, or an :class:`IngestError` per failure.

    Nothing is raised for a bad source: its error is yielded and the batch
    goes on. Same as ``expand_sources`` followed by ``read_source`` on each
    reference (which is what a caller with a progress bar should do).
    """
    reader = _Reader(settings, overrides, stdin, client)
    try:
        for ref in expand_sources(sources, settings, include=include):
            yield from reader.read(ref)
    finally:
        reader.close()


def read_source(
    ref: SourceRef,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    overrides: MetadataOverrides | None = None,
    stdin: BinaryIO | None = None,
    client: httpx.Client | None = None,
) -> Iterator[Item]:
    """Yield the documents (a feed gives several) or errors of one expanded source.

    Pass one ``client`` (see :func:`make_client`) for many calls to reuse
    connections; without one, a client is made for this call when needed.
    """
    reader = _Reader(settings, overrides, stdin, client)
    try:
        yield from reader.read(ref)
    finally:
        reader.close()


class _Reader:
    """The state one batch shares: settings, overrides, stdin and a lazily made HTTP client."""

    def __init__(
        self,
        settings: Settings,
        overrides: MetadataOverrides | None,
        stdin: BinaryIO | None,
        client: httpx.Client | None,
    ) -> None:
        self.settings = settings
        self.overrides = overrides or MetadataOverrides()
        self.stdin = stdin
        self._client = client
        self._own_client: httpx.Client | None = None

    def client(self) -> httpx.Client:
        if self._client is None:
            self._own_client = self._client = make_client(self.settings)
        return self._client

    def close(self) -> None:
        if self._own_client is not None:
            self._own_client.close()
            self._own_client = self._client = None

    def read(self, ref: SourceRef) -> Iterator[Item]:
        try:
            for item in self._read(ref):
                yield item if isinstance(item, IngestError) else self.overrides.apply(item)
        except IngestError as err:
            yield err
        except Exception as err:  # noqa: BLE001 - one broken source must not stop the batch
            yield fail(ref.label, f"unexpected error while reading: {type(err).__name__}: {err}")

    def _read(self, ref: SourceRef) -> Iterator[Item]:
        if ref.problem is not None:
            raise fail(ref.label, ref.problem)
        max_bytes = self.settings.max_bytes
        if ref.kind == "stdin":
            stream = self.stdin if self.stdin is not None else sys.stdin.buffer
            raw = read_stream(stream, ref.label, max_bytes)
            yield from self._documents(raw, ref.label, "stdin")
        elif ref.kind == "url":
            fetched = fetch(ref.location, self.settings, self.client())
            yield from self._documents(
                fetched.content,
                ref.location,
                "url",
                declared=fetched.charset,
                content_type=fetched.content_type,
                url=fetched.final_url,
            )
        else:
            raw = read_file(ref.location, max_bytes)
            yield from self._documents(raw, ref.location, "file")

    def _documents(
        self,
        raw: bytes,
        label: str,
        kind: str,
        *,
        declared: str | None = None,
        content_type: str | None = None,
        url: str | None = None,
    ) -> Iterator[Item]:
        text = decode_bytes(raw, label, declared)
        form = detect_form(text, name=label, content_type=content_type)
        if form == "feed":
            feed = parse_feed(raw, label, base_url=url)
            for entry in feed.entries:
                yield self._entry_document(feed, entry, label)
            return
        if kind == "file":
            kind = form
        yield self._page(raw, text, form, label, kind, url)

    def _page(self, raw: bytes, text: str, form: str, label: str, kind: str, url: str | None) -> Document:
        if form == "html":
            article = extract_html(text, label, url=url)
            return Document(
                id=content_id(raw),
                path=label,
                text=article.text,
                title=article.title,
                outlet=article.outlet,
                byline=article.byline,
                published=article.published,
                kind=kind,
            )
        header = parse_text_header(text)
        return Document(
            id=content_id(raw),
            path=label,
            text=text,
            title=header.title,
            outlet=header.outlet,
            byline=header.byline,
            published=header.published,
            kind=kind,
        )

    def _entry_document(self, feed: ParsedFeed, entry: FeedEntry, feed_label: str) -> Item:
        label = entry.link or f"{feed_label}#{entry.index}"
        try:
            fetchable = entry.link is not None and is_url(entry.link)
            if len(entry.text) >= MIN_ENTRY_CHARS or (entry.text and not fetchable):
                return Document(
                    id=content_id(entry.content.encode("utf-8")),
                    path=label,
                    text=entry.text,
                    title=entry.title,
                    outlet=feed.title,
                    byline=entry.author,
                    published=entry.published,
                    kind="feed",
                )
            if not fetchable:
                where = f"its link {entry.link!r} is not an http(s) URL" if entry.link else "it has no link"
                raise fail(label, f"feed entry {entry.index} has no text and {where}")
            return self._fetched_entry(feed, entry, label)
        except IngestError as err:
            return err
        except Exception as err:  # noqa: BLE001 - one broken entry must not stop the feed
            return fail(label, f"unexpected error while reading: {type(err).__name__}: {err}")

    def _fetched_entry(self, feed: ParsedFeed, entry: FeedEntry, label: str) -> Document:
        fetched = fetch(label, self.settings, self.client())
        text = decode_bytes(fetched.content, label, fetched.charset)
        form = detect_form(text, name=label, content_type=fetched.content_type)
        if form == "feed":
            raise fail(label, f"feed entry {entry.index} links to another feed, not to an article")
        page = self._page(fetched.content, text, form, label, "feed", fetched.final_url)
        page.title = entry.title or page.title
        page.byline = entry.author or page.byline
        page.published = entry.published or page.published
        if feed.title and (page.outlet is None or _is_host_name(page.outlet, fetched.final_url)):
            page.outlet = feed.title  # a feed's title beats the bare host name trafilatura falls back to
        return page


def _is_host_name(name: str, url: str) -> bool:
    host = urlsplit(url).netloc.lower()
    return name.lower() in (host, host.removeprefix("www."))
