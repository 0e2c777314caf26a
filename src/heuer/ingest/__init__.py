"""Ingest: turn files, folders, URLs, RSS/Atom feeds and stdin into :class:`heuer.model.Document`.

Read everything at once::

    for item in read_sources(["articles/", "https://example.org/feed.xml"]):
        ...  # a Document, or an IngestError for a source that failed

or tick a progress bar per item::

    refs = expand_sources(sources)
    with make_client(settings) as client:
        for ref in refs:  # len(refs) is the bar's total
            for item in read_source(ref, settings, client=client):
                ...
"""

from heuer.ingest.decode import decode_bytes
from heuer.ingest.dedup import NearDuplicateIndex, minhash_signature, similarity
from heuer.ingest.fetch import Fetched, fetch, make_client
from heuer.ingest.htmltext import HtmlArticle, extract_html
from heuer.ingest.overrides import MetadataOverrides
from heuer.ingest.plaintext import TextHeader, parse_text_header
from heuer.ingest.reader import read_source, read_sources
from heuer.ingest.sources import STDIN, STDIN_LABEL, SourceRef, expand_sources

__all__ = [
    "STDIN",
    "STDIN_LABEL",
    "Fetched",
    "HtmlArticle",
    "MetadataOverrides",
    "NearDuplicateIndex",
    "SourceRef",
    "TextHeader",
    "decode_bytes",
    "expand_sources",
    "extract_html",
    "fetch",
    "make_client",
    "minhash_signature",
    "parse_text_header",
    "read_source",
    "read_sources",
    "similarity",
]
