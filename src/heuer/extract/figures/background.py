"""Figures in the paper's own description of a speaker or a place inside an attributed sentence.

"One, a member of parliament who has known him for 20 years, said ...": a relative clause that describes the
speaker is the writer's background, not part of what was said, and its figures are in the outlet's voice. A
relative clause inside the reported words ("The trust, which pays pensions to about 3,400 retired dock workers,
had to cut its payments, she said") stays the speaker's: the text does not tell who added it. A distance set after
a place's name ("borrowed slings from a marine park in Hollowmere, 90 kilometres away") tells the reader where the
place is: the writer's gloss, whoever's words the rest of the sentence reports.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from heuer.extract.entities import PLACE_NOUNS
from heuer.extract.lexicon import SPEECH_VERBS
from heuer.extract.nlp import doc_text
from heuer.extract.quotes import inside_quotes

_RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom"})


def in_background_clause(tok: Token) -> bool:
    """Is the number ``tok`` inside a who- or which-clause that describes the speaker of a speech verb and
    reports no speech of its own? Quoted words are never the writer's."""
    doc = tok.doc
    if inside_quotes(doc_text(doc), tok.idx):
        return False
    clause = tok
    while clause.dep_ != "relcl":
        if clause.head.i == clause.i or clause.lemma_ in SPEECH_VERBS and clause.pos_ == "VERB":
            return False
        clause = clause.head
    words = list(clause.subtree)
    if not any(t.lower_ in _RELATIVE_WORDS for t in words[:3]):
        return False
    if any(t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" for t in words):
        return False  # "the agency, which said 40 people had died,": a report, not a description
    return _describes_speaker(clause.head) or _aside_on_the_subject(clause)


def in_appositive_description(tok: Token) -> bool:
    """Is the number ``tok`` the size a compound adjective gives the noun of a description set in commas after the
    sentence's subject ("The Marrowind, a 15-metre yacht skippered by X, lost its mast")? Such a gloss tells the
    reader what the thing is: the writer's words, whoever's the rest of the sentence reports. (An age so given,
    "One employee, a 62-year-old man, was struck", goes with the account it is part of.)"""
    doc = tok.doc
    if inside_quotes(doc_text(doc), tok.idx):
        return False
    after = doc[tok.i + 1] if tok.i + 2 < len(doc) else None
    compound = after is not None and after.text == "-" and not after.whitespace_ and not tok.whitespace_ and \
        doc[tok.i + 2].lower_ != "year"  # ("15-metre", "41-carat": a compound adjective; not an age)
    node = tok
    while node.dep_ != "appos":
        if node.head.i == node.i or node.dep_ not in ("nummod", "amod", "compound", "npadvmod", "quantmod", "nmod",
                                                      "pobj", "prep"):
            return False
        node = node.head
    # ("Haddersea, a village of about 640 people": how many live in a place)
    peopled = node.lemma_.lower() in PLACE_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "of" and tok in p.subtree for p in node.children)
    if not (compound and all(t.dep_ not in ("pobj", "prep") for t in doc[tok.i : node.i]) or peopled):
        return False
    first = node.left_edge
    # (a place's size, beside its name wherever the name stands: "In Brindlecote, a town of about 22,000 people,
    # the hail broke tiles on one house in three, the mayor said")
    return node.head.i < node.i and first.i > 0 and doc[first.i - 1].text == "," and first.lower_ in (
        "a", "an") and node.head.pos_ in ("NOUN", "PROPN") and (
        node.head.dep_ in ("nsubj", "nsubjpass") or peopled and node.head.pos_ == "PROPN")


def _aside_on_the_subject(clause: Token) -> bool:
    """'The park, which draws about 310,000 visitors a year, will stay closed until Monday, she said': an aside in
    commas on the subject of the reported clause, in the present tense, that describes it for the reader."""
    doc, noun = clause.doc, clause.head
    left, right = clause.left_edge.i, clause.right_edge.i
    return noun.dep_ in ("nsubj", "nsubjpass") and left > 0 and doc[left - 1].text == "," and \
        right + 1 < len(doc) and doc[right + 1].text == "," and clause.tag_ in ("VBZ", "VBP") and \
        doc[left].lower_ in ("which", "who")


def _describes_speaker(noun: Token) -> bool:
    """Is ``noun`` (or the noun it stands in apposition to) the subject of a speech verb?"""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in SPEECH_VERBS


# "Hollowmere, 90 kilometres away", "Cross, about 40 miles north of the capital", "Halsa, about 15 km from the
# epicentre": a place named, then how far it lies
_BEFORE_PLACE_DISTANCE = re.compile(r"\b[A-Z][\w'’-]+,\s+$")
_AFTER_PLACE_DISTANCE = re.compile(
    r"^\s*(?:away\b|to the (?:north|south|east|west)|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b|from\b)")
_DISTANCE_UNITS = frozenset({"kilometres", "kilometre", "kilometers", "kilometer", "km", "miles", "mile", "metres",
                             "metre", "meters", "meter", "nautical miles"})


def place_distance_gloss(doc: Doc, start: int, end: int, unit: str | None) -> bool:
    """Is the figure at characters ``start:end`` a distance set in apposition after a place's name ("Hollowmere,
    90 kilometres away")? Quoted words are never the writer's."""
    if unit is None or unit.lower() not in _DISTANCE_UNITS:
        return False
    text = doc_text(doc)
    if inside_quotes(text, start):
        return False
    return bool(_BEFORE_PLACE_DISTANCE.search(text[max(0, start - 40) : start])) and bool(
        _AFTER_PLACE_DISTANCE.match(text[end : end + 40]))
