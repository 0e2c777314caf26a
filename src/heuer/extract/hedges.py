"""Find words that qualify the certainty or precision of a statement or figure."""

from __future__ import annotations

import re
from functools import lru_cache

from heuer.extract.lexicon import HEDGES, NUMERIC_HEDGES

_NUMBER_AHEAD = re.compile(r"^\W{0,3}(?:\$|€|£)?\s?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands|a few|half|a third|a quarter)", re.I)
_NUMBER_BEHIND = re.compile(r"\d[\d,.]*\s*\w*\s*$")
# sentence-wide qualifiers: they hedge everything the sentence reports
SENTENCE_WIDE = ("if the reports are to be believed", "it is believed", "reportedly", "allegedly",
                 "purportedly", "apparently", "presumably", "supposedly", "unconfirmed", "it is understood")
# "if the reports are to be believed", "if the claims are true": the whole sentence rests on a condition
_CONDITIONAL = re.compile(
    r"\bif (?:the |these |those |such )?(?:reports?|claims?|accounts?|figures?|estimates?) (?:are|is) "
    r"(?:to be believed|true|accurate|correct)\b",
    re.I,
)


def conditional_hedges(sentence: str) -> list[str]:
    """Conditions on the truth of a whole sentence ("if the reports are to be believed"), lower-cased."""
    return [" ".join(m.group(0).lower().split()) for m in _CONDITIONAL.finditer(sentence)]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alts = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alts})(?![\w-])", re.I)


def find_hedges(text: str, *, sentence: str | None = None) -> list[str]:
    """Hedge words in ``text`` (lower-cased, in order, no repeats).

    Number qualifiers ("around", "some", "or so") count only next to a number;
    sentence-wide qualifiers ("reportedly") are also taken from ``sentence``.
    """
    out: list[str] = []
    for m in _pattern().finditer(text):
        word = m.group(1).lower()
        if m.group(1) == "May" and text[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n", "“", "\""):
            continue  # the month
        if word in NUMERIC_HEDGES:
            if word == "or so":
                if not _NUMBER_BEHIND.search(text[: m.start()]):
                    continue
            elif not _NUMBER_AHEAD.match(text[m.end() :]):
                continue
        if word == "would" or (word == "estimated" and not _NUMBER_AHEAD.match(text[m.end() :])):
            continue
        if word not in out:
            out.append(word)
    if sentence:
        low = sentence.lower()
        for h in SENTENCE_WIDE:
            if h in low and h not in out and not any(h in o for o in out):
                out.append(h)
    return out
