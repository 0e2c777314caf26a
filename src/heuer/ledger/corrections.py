"""Corrections and retractions printed by outlets ("An earlier version of this article said ...").

A correction names a figure that was wrong and usually the right one; a retraction
withdraws a statement. Each is linked to the claim it concerns: the claim that holds
the wrong figure (or the withdrawn statement) in an earlier document of the same
outlet family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from heuer.ledger.agreement import numbers_in

_CORRECTION = re.compile(
    r"\b(?:an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|bulletin|piece|post)"
    r"|this\s+(?:article|story|report|bulletin)\s+(?:has\s+been|was)\s+(?:corrected|amended|updated)"
    r"|correction\s*:|we\s+(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:reported|said|stated|wrote)"
    r"|(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:reported|said|stated|gave|put))",
    re.IGNORECASE,
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:\s+\d{{4}})?",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@dataclass(frozen=True)
class CorrectionNote:
    """A correction sentence found in a document."""

    document_id: str
    sentence: str
    kind: str  # correction | retraction
    wrong: float | None  # the figure that was wrong, when one is named
    right: float | None  # the figure that replaces it


def find_corrections(document_id: str, text: str) -> list[CorrectionNote]:
    """Correction and retraction notes in a document's text (a note may run over two sentences)."""
    sentences = [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]
    notes: list[CorrectionNote] = []
    for index, sentence in enumerate(sentences):
        if not _CORRECTION.search(sentence):
            continue
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        numbers = _ordered_numbers(sentence)
        follow_numbers = _ordered_numbers(following)
        if numbers:
            wrong = numbers[0]
            right = numbers[1] if len(numbers) > 1 else (follow_numbers[0] if follow_numbers else None)
            notes.append(CorrectionNote(document_id, sentence, "correction", wrong, right))
        else:  # nothing to put right in its place: the claim is withdrawn
            notes.append(CorrectionNote(document_id, sentence, "retraction", None, None))
    return notes


def _ordered_numbers(sentence: str) -> list[float]:
    """The numbers of a sentence in reading order, dates left out."""
    sentence = _DATE.sub(" ", sentence)
    found = numbers_in(sentence)
    positions = []
    for value in found:
        text = f"{int(value):,}" if float(value).is_integer() else str(value)
        where = sentence.find(text)
        if where < 0:
            where = sentence.find(text.replace(",", ""))
        positions.append((where if where >= 0 else len(sentence), value))
    return [value for _, value in sorted(positions)]
