"""Sentences a document asserts in its own voice: headlines and unattributed claims.

An outlet that writes "North Korea has started sending troops to Russia" with no
source, or a blog that repeats a figure it read elsewhere, still spreads a claim.
These sentences become ledger items of kind ``assertion``: they can join a claim
(as an echo or an unattributed report), and two of them from different documents
can found one, but a sentence alone never makes a claim of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}(?:\([^)]{1,60}\))?\s*[—–-]{1,2}\s*")
_BYLINE = re.compile(r"^(?:by|from)\s+\S", re.IGNORECASE)
_MIN_WORDS = 6


@dataclass(frozen=True)
class Assertion:
    seq: int
    sentence: str
    start: int
    end: int
    headline: bool


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for every sentence of every paragraph, offsets into *text*."""
    out: list[tuple[int, int, str]] = []
    position = 0
    for paragraph in _PARAGRAPH.split(text):
        start = text.find(paragraph, position)
        position = start + len(paragraph)
        cursor = 0
        pieces = _SENTENCE_END.split(paragraph)
        for piece in pieces:
            where = paragraph.find(piece, cursor)
            cursor = where + len(piece)
            stripped = piece.strip()
            if stripped:
                offset = start + where + (len(piece) - len(piece.lstrip()))
                out.append((offset, offset + len(stripped), stripped))
    return out


def _looks_like_a_claim(sentence: str) -> bool:
    words = sentence.split()
    if len(words) < _MIN_WORDS or sentence.rstrip().endswith("?") or _BYLINE.match(sentence):
        return False
    return any(ch.islower() for ch in sentence)


def _asserted_part(title: str) -> str:
    """A headline without its questions: "Why would X send troops? Analysts weigh five theories" asserts
    only that analysts weigh theories, not that troops were sent."""
    return " ".join(piece for _, _, piece in split_sentences(title.strip()) if not piece.rstrip("\"”’')").endswith("?"))


def find_assertions(text: str, title: str | None, covered: list[str]) -> list[Assertion]:
    """Headline and own-voice sentences of a document, leaving out sentences that hold a statement."""
    found: list[Assertion] = []
    seen: set[str] = set()
    headline = _asserted_part(title or "")
    if len(headline.split()) >= 4:
        found.append(Assertion(0, headline, 0, 0, True))
        seen.add(headline)
    for start, end, sentence in split_sentences(text):
        sentence = _DATELINE.sub("", sentence, count=1)
        if sentence in seen or not _looks_like_a_claim(sentence):
            continue
        if any(sentence in other or other in sentence for other in covered if len(other) > 20):
            continue
        seen.add(sentence)
        found.append(Assertion(len(found), sentence, start, end, False))
    return found
