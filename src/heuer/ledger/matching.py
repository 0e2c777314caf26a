"""Same claim, rival claim, or unrelated: the decisions that turn similar items into a ledger.

:func:`same_claim` says whether two items assert the same thing (a paraphrase, a
syndicated copy, the same quote); :func:`conflict_between` says how two related
items that are *not* the same claim stand to each other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from heuer.ledger import agreement as agree
from heuer.ledger.embedding import Embedder
from heuer.ledger.items import LedgerItem


@dataclass(frozen=True)
class Thresholds:
    same_claim: float  # statements: cosine at or above which they may be one claim
    related: float  # figures and conflicts: cosine at or above which two items are about one matter
    founder: float  # a new worded member must be at least this close to the claim's first item
    in_sentence: float | None = None  # statements read with their sentences (see same_claim_in_sentence)

    @classmethod
    def of(cls, embedder: Embedder) -> Thresholds:
        return cls(embedder.same_claim, embedder.related, embedder.same_claim - 0.05,
                   getattr(embedder, "same_claim_in_sentence", None))


# contents that the sentence view joins must still be this close on their own: two clauses of one sentence
# ("troops have arrived, and Ostrel is being paid for sending them") share their whole sentence
CONTENT_FLOOR = 0.55


DISTINCTIVE_SLACK = 0.2  # a figure of 1,000 or more with a counted subject needs less shared wording


def distinctive(item: LedgerItem) -> bool:
    """A figure of 1,000 or more, or an unrounded one of 100 or more ("312 rescued"), with a counted subject or
    unit: its value alone says much."""
    high = item.high or 0
    unrounded = high >= 100 and high == int(high) and int(high) % 10 != 0
    return item.kind == "figure" and (high >= 1000 or unrounded) and bool(agree.subject_words(item))


def figure_slack(a: LedgerItem, b: LedgerItem | None = None) -> float:
    """How much less shared wording two equal figures need: a distinctive value on both sides, or a count of
    people that both say the same thing happened to ("41 people had now been confirmed dead" / "the death toll
    reaches 41"). With no *b*, what *a* alone allows."""
    if b is None:
        return DISTINCTIVE_SLACK if distinctive(a) else 0.0
    if distinctive(a) and distinctive(b):
        return DISTINCTIVE_SLACK
    state = agree.person_state(a)
    return DISTINCTIVE_SLACK if state is not None and state == agree.person_state(b) else 0.0


def same_distinctive_figure(a: LedgerItem, b: LedgerItem) -> bool:
    """Two figures of one distinctive value ("312 rescued") counting compatible things, neither a rise by that
    much: the value alone ties them, so a claim may take one whose words are far from its first figure's."""
    return (a.kind == b.kind == "figure" and distinctive(a) and agree.values_equal(a, b)
            and agree.subjects_compatible(a, b) and agree.marks_increment(a) == agree.marks_increment(b))


def founder_threshold(item: LedgerItem, limits: Thresholds, founder: LedgerItem | None = None) -> float:
    """How close a new member must be to the item that founded its claim (when known)."""
    if item.kind == "figure":
        paired = figure_slack(item, founder) if founder is not None and founder.kind == "figure" else 0.0
        return limits.related - max(figure_slack(item), paired)
    return limits.founder


_WORDED = frozenset({"statement", "assertion"})  # claims made in words, matched by the same rules


def same_claim(a: LedgerItem, b: LedgerItem, similarity: float, limits: Thresholds) -> bool:
    if a.kind != b.kind and not {a.kind, b.kind} <= _WORDED:
        return False
    if a.kind == "figure":
        slack = figure_slack(a, b)  # "12,000 troops" says much
        # ("more than 1,200 dead fish" / "1,260 dead fish": a bound the other fills in, said in like words)
        return (
            (similarity >= limits.related - slack and agree.values_equal(a, b)
             or similarity >= limits.related and agree.bound_admits(a, b))
            and agree.subjects_compatible(a, b)
            and agree.marks_increment(a) == agree.marks_increment(b)
        )
    return (
        similarity >= limits.same_claim
        and agree.is_question(a) == agree.is_question(b)  # a question asserts nothing
        and agree.is_negative(a) == agree.is_negative(b)
        and agree.numbers_agree(a, b)
        and agree.places_agree(a, b)  # "sent to Russia" / "in Kursk" / "carried to Vladivostok"
    )


def _read_whole(a: LedgerItem, b: LedgerItem, similarity: float, in_sentence: dict[tuple[str, int], np.ndarray],
                limits: Thresholds) -> float | None:
    """The cosine of two worded items read with their sentences, when that view applies: an embedder that
    has it, both vectors at hand, and contents at least CONTENT_FLOOR alike on their own."""
    if limits.in_sentence is None or a.kind == "figure" or b.kind == "figure" or similarity < CONTENT_FLOOR:
        return None
    if a.key not in in_sentence or b.key not in in_sentence:
        return None
    return float(in_sentence[a.key] @ in_sentence[b.key])


def same_claim_in_sentence(a: LedgerItem, b: LedgerItem, similarity: float,
                           in_sentence: dict[tuple[str, int], np.ndarray], limits: Thresholds) -> bool:
    """Two statements whose contents are a little apart ("a shortage of translators" / "interpreters are so
    scarce") but whose whole sentences, read after them, say the same thing: one claim, when the contents are
    at least CONTENT_FLOOR alike and every other check of :func:`same_claim` holds."""
    whole = _read_whole(a, b, similarity, in_sentence, limits)
    return whole is not None and same_claim(a, b, whole, replace(limits, same_claim=limits.in_sentence))


def close_in_sentence(item: LedgerItem, founder: LedgerItem, similarity: float,
                      in_sentence: dict[tuple[str, int], np.ndarray], limits: Thresholds) -> bool:
    """A worded item is close enough to the first item of a claim when, read with their sentences, they are
    as close as :func:`same_claim_in_sentence` asks, less the founder's slack."""
    whole = _read_whole(item, founder, similarity, in_sentence, limits)
    return whole is not None and whole >= limits.in_sentence - (limits.same_claim - limits.founder)  # type: ignore[operator]


def agrees_with_founder(item: LedgerItem, founder: LedgerItem) -> bool:
    """A worded item joins a claim only if it shares a count and a place with the claim's first item
    (when both name them): agreement with one member is not enough, since numbers and places do not chain."""
    if item.kind in _WORDED and founder.kind in _WORDED:
        return agree.numbers_agree(item, founder) and agree.places_agree(item, founder)
    return True


@dataclass(frozen=True)
class ConflictFinding:
    kind: str  # contradiction | refinement | different_subject | negation
    reason: str


def _figure_words(item: LedgerItem) -> str:
    return " ".join(part for part in (item.figure_text, item.subject) if part) or item.sentence[:60]


def conflict_between(a: LedgerItem, b: LedgerItem, similarity: float, limits: Thresholds) -> ConflictFinding | None:
    """How two related items of different claims stand: None when they are simply unrelated."""
    if a.kind != b.kind:
        return None
    if a.kind == "statement":
        if a.text != b.text and (a.text in b.text or b.text in a.text):
            return None  # a partial quote of the same words
        if similarity >= limits.same_claim and agree.is_negative(a) != agree.is_negative(b):
            return ConflictFinding("negation", f"{a.text!r} vs {b.text!r}: one asserts what the other denies")
        return None
    if similarity < limits.related or agree.values_equal(a, b):
        return None
    words_a, words_b = _figure_words(a), _figure_words(b)
    if agree.subject_group(agree.subject_words(a)) != agree.subject_group(agree.subject_words(b)) or \
            agree.modifiers_clash(a, b):
        counted = min(a.high or 0, b.high or 0) >= 2  # "one translator" is no count to set against troops
        if agree.subject_words(a) and agree.subject_words(b) and counted and similarity >= limits.same_claim:
            return ConflictFinding("different_subject", f"{words_a} and {words_b} count different things")
        return None
    if agree.marks_subset(a) != agree.marks_subset(b):
        return ConflictFinding("different_subject", f"{words_a} and {words_b}: one counts part of the other")
    if not agree.same_magnitude(a, b):
        return None  # "30 troops" in one incident is no rival to a count of 12,000
    if agree.marks_increment(a) != agree.marks_increment(b):
        return ConflictFinding("refinement", f"{words_a} and {words_b}: one adds to the other")
    if agree.values_compatible(a, b):
        return ConflictFinding("refinement", f"{words_a} and {words_b} are compatible (a range or a bound)")
    return ConflictFinding("contradiction", f"{words_a} vs {words_b}: the same thing counted differently")
