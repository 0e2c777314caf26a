"""Speakers described by their age: "The 47-year-old said rents had tripled".

Feature stories name a person once ("Laura Bennett, 47, runs a bakery") and then call
them by their age. The parser often leaves such a phrase without a subject role (it reads
"47-year-old said" as a modifier), so the reader of the extraction would lose the
statement; these helpers find the phrase and the person of that age named before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from heuer.extract.nlp import doc_text

_AGE_TAIL = re.compile(r"(?:\b(?:the|a|an)\s+)?\b(\d{1,3})[-\s]year[-\s]old$", re.I)
_PHRASE_TOKENS = 7  # "the 47 - year - old" is at most this many tokens long


def age_phrase(tok: Token) -> tuple[int, int] | None:
    """(start character, age) of the 'the N-year-old' phrase that ``tok`` ends, if any."""
    if not tok.lower_.endswith("old"):
        return None
    doc = tok.doc
    first = doc[max(0, tok.i - _PHRASE_TOKENS)]
    start = max(first.idx, tok.sent.start_char)
    m = _AGE_TAIL.search(doc_text(doc)[start : tok.idx + len(tok.text)])
    if m is None:
        return None
    return start + m.start(), int(m.group(1))


def age_speaker_before(verb: Token) -> Token | None:
    """'The 47-year-old said': the 'old' right before a speech verb the parser left without a subject."""
    if verb.i == 0 or verb.i == verb.sent.start:
        return None
    prev = verb.doc[verb.i - 1]
    return prev if age_phrase(prev) is not None else None


def person_of_age(tok: Token, age: int, token_entity: dict[int, str], persons: set[str]) -> str | None:
    """The person last introduced with this age before ``tok`` ('Laura Bennett, 47,', 'Ana Ruiz, aged 47')."""
    doc = tok.doc
    for cand in reversed(doc[max(0, tok.i - 400) : tok.i]):
        if not (cand.like_num and cand.text == str(age)):
            continue
        for near in (cand.head, *(doc[j] for j in range(max(0, cand.i - 3), cand.i))):
            name = token_entity.get(near.i)
            if name in persons:
                return name
    return None
