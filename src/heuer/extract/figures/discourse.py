"""Units carried across sentences: a bare number that goes on counting what a sentence just before counted.

"Brennmark puts the number of people who crossed at 12,000. Ostava said the number was closer to 4,000.":
the second number has no unit of its own, and it is the same kind of count as the figure before it. A bare
number takes the unit and subject of the nearest figure in the two sentences before it when that figure has a
unit and a value of the same order (a tenth to ten times as large), in the same paragraph, so that a bare count is not given the unit
of a percentage or of a sum of money a thousand times larger.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from heuer.extract import units as un
from heuer.extract.figures.counts import RESTATING_WORDS
from heuer.extract.figures.hedges import END_HEDGES
from heuer.extract.figures.mention import FigureMention
from heuer.extract.figures.tokens import verb_of
from heuer.extract.lexicon import CONCESSIVE_MARKS, SPEECH_VERBS
from heuer.extract.nlp import doc_text

LOOKBACK_SENTENCES = 2
ORDER_OF_MAGNITUDE = 10.0
LARGE_AMOUNT = 1_000_000  # an amount in millions or more
MEASURE_GOES_ON = 100  # a bare number this large may go on with a measure before it
FAR_APART = 100.0  # counts further apart than this are not of one thing
# verbs whose subject is what the number after them counts ("the gunmen numbered at least 25")
_AMOUNT_VERBS = frozenset({"be", "number", "total", "amount", "reach", "stand"})


def _measure(unit: str) -> bool:
    """A distance, weight or other measure (not a percentage): such a figure is seldom what a later bare number
    goes on counting ("sampled 17 cooling towers up to 2 kilometres away. It said four of them ...")."""
    return unit != "percent" and bool(un.measure_unit(unit))


_A_PART = re.compile(r"[\w,.-]+[\"”’']?\s+of\s+(?:them|those|these)\b", re.IGNORECASE)  # "four of them children"


def _a_part(text: str, mentions: list[FigureMention], m: FigureMention) -> bool:
    """Is ``m`` a part of a larger count said before it in its sentence ("31 people, four of them children")?"""
    if m.value is None or not _A_PART.match(text, m.start):
        return False
    return any(d.start < m.start and d.value is not None and d.value > m.value and d.unit for d in mentions)


def _part_of_them(sent: Span, m: FigureMention) -> bool:
    doc = sent.doc
    i = m.token_i
    if i + 1 < len(doc) and doc[i + 1].text in ('"', "”", "’", "'"):
        i += 1  # ('"at least three" of them': past the closing quotation mark)
    return i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("them", "those", "these")


def _all_of(sent: Span, m: FigureMention) -> bool:
    """'all 60', 'those 43', 'my 2,000': the whole of something counted before, with no unit of its own."""
    i = m.token_i
    return i > sent.start and (sent.doc[i - 1].lower_ in RESTATING_WORDS or sent.doc[i - 1].tag_ == "PRP$")


def _size(m: FigureMention) -> float | None:
    if m.value is not None:
        return abs(m.value)
    if m.range is not None:
        return abs(m.range[1])
    return None


def _same_order(a: float, b: float) -> bool:
    return a > 0 and b > 0 and 1 / ORDER_OF_MAGNITUDE <= a / b <= ORDER_OF_MAGNITUDE


def _same_paragraph_before(sentences: list[tuple[Span, list[FigureMention]]],
                           k: int) -> list[tuple[Span, list[FigureMention]]]:
    """The up to LOOKBACK_SENTENCES sentences before sentence ``k`` in its own paragraph."""
    sent = sentences[k][0]
    text = doc_text(sent.doc)
    out = []
    for prev in reversed(sentences[max(0, k - LOOKBACK_SENTENCES) : k]):
        if "\n" in text[prev[0].start_char : sent.start_char]:  # (a line break may close the sentence before)
            break
        out.insert(0, prev)
        sent = prev[0]
    return out


_FIGURE_WORDS = frozenset({"figure", "number", "total", "tally", "count", "toll"})
# formations of people: "9,000 soldiers ..., among them a commando brigade of roughly 2,500" counts soldiers
_FORMATIONS = frozenset({"brigade", "battalion", "regiment", "division", "contingent", "detachment", "platoon",
                         "company", "squadron"})


# quantities held of something counted before: "41,000 packs, against normal stocks of more than 200,000"
_STOCK_WORDS = frozenset({"stock", "stocks", "supply", "supplies", "reserve", "reserves", "inventory", "inventories"})


def _a_figure_for(m: FigureMention) -> bool:
    """Is the bare number what 'the figure' or 'the number' of something counted before is said to be, or the
    size of a formation of them?"""
    return bool(m.subject) and m.subject.split()[-1].lower() in _FIGURE_WORDS | _FORMATIONS | _STOCK_WORDS


def _earlier_level(tok: Token) -> bool:
    """Is the number the level a count came 'down from' or went 'up from' ('About 41,000 homes are still without
    power, down from a peak that the grid puts at 380,000')?"""
    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ == "from" and anc.head.lower_ in ("down", "up"):
            return True
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("relcl", "acl"):
            return False
    return False


def _count_in_a_list(sent: Span, donor: FigureMention, m: FigureMention) -> bool:
    """'31 votes in favour, 24 against': a bare number right after a comma, a few words after a count, goes on
    with that count."""
    doc = sent.doc
    if 0 < m.token_i - donor.token_i <= 6 and doc[m.token_i - 1].text == "," and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[donor.token_i : m.token_i]):
        return True
    # "Twenty-nine of them are registered in X, and 14 belong to ...": a clause of its own opened by a count, after
    # a clause whose subject is a count
    return m.token_i >= 2 and doc[m.token_i - 1].lower_ == "and" and doc[m.token_i - 2].text == "," and \
        doc[donor.token_i].dep_ in ("nsubj", "nsubjpass") and not any(
            t.like_num for t in doc[donor.token_i + 1 : m.token_i])


def _value_of_a_figure_word(sent: Span, m: FigureMention) -> bool:
    """Is the number what 'the count', 'the number' or 'the total' of the clause is, or has become?"""
    verb = sent.doc[m.token_i]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # ("which brings the number we have flown home since Saturday to 412": the number the verb takes to it, with
    # the 'to' hung on the number's own relative clause)
    if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and verb.head.lemma_.lower() in _FIGURE_WORDS and \
            verb.head.i < m.token_i:
        verb = verb.head.head
    return any((c.dep_ == "nsubj" or c.dep_ == "dobj" and c.i < m.token_i) and c.lemma_.lower() in _FIGURE_WORDS and any(
        d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in verb.children)


def carry_units(sentences: list[tuple[Span, list[FigureMention]]]) -> None:
    """Give each bare number (``unit`` None) the unit and subject of a figure before it that counts the same thing
    (see :func:`_donor`); a part "of them" or an "all 60" that gets no unit is no figure. Changes the lists in
    place."""
    for k, (sent, mentions) in enumerate(sentences):
        for m in mentions:
            size = _size(m)
            if m.unit is not None or size is None or size < 2:
                continue
            named = (_plural_earlier_in_sentence(sent, m) or _plural_named_just_before(sentences, k)) \
                if _part_of_them(sent, m) else None
            if named is not None:  # "The vessels went dark 412 times. Twenty-nine of them are registered in X"
                m.unit, m.subject = named, m.subject or named
                continue
            donor = _donor(sentences, k, m, size)
            if donor is None:
                named = _plural_subject_before(sent, m) if not _price_paid(sent.doc[m.token_i]) else None
                if named is not None:  # "the recaptured animals were recovering, although two had cuts"
                    m.unit = m.subject = named
                named = None if named is not None else _noun_under_discussion(sentences, k, m)
                if named is not None:
                    m.unit, m.subject = named, m.subject or named
                continue
            m.unit = donor.unit
            if m.subject is None:
                m.subject = donor.subject
        # "four of them", with nothing counted before it to say what: no figure anyone could read
        mentions[:] = [m for m in mentions if m.unit is not None or not (_part_of_them(sent, m) or _all_of(sent, m))]


# the parts of a clause a bare count may stand in for what it counts ("we have already hired two")
_BARE_COUNT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "conj", "appos"})
# plural nouns that name no counted thing ("tens of thousands", "the numbers")
_NO_COUNTED_THING = frozenset({"numbers", "figures", "totals", "estimates", "thousands", "hundreds", "millions",
                               "dozens", "tens", "billions", "others", "ones"})


# prepositions whose object is where things are, not the things ("caught rats in the cellars of the city")
_PLACE_PREPS = frozenset({"in", "at", "on", "under", "inside", "near", "across", "around", "beneath"})


def _noun_under_discussion(sentences: list[tuple[Span, list[FigureMention]]], k: int, m: FigureMention) -> str | None:
    """What a bare count with no figure of its order before it counts: the thing the nearest count before it
    counted, or the nearest plural noun before it, in its own sentence or the two before it in its paragraph
    ("She had sold 35 copies by Friday. 'I have ordered 500 more'"; "We will pay for lawyers, and we have already
    hired two")."""
    sent, mentions = sentences[k]
    doc = sent.doc
    tok = doc[m.token_i]
    if tok.dep_ == "nummod" and tok.head.lower_ in un.ADDED_TO | {"more", "fewer", "less"}:
        tok = tok.head  # ("I have ordered 500 more": more of what was counted)
    if m.range is not None or m.value is None or m.value < 2 or tok.dep_ not in _BARE_COUNT_ROLES or \
            _part_of_them(sent, m) or _all_of(sent, m):
        return None  # (a part "of them" with nothing plural before it to be of is read by _plural_earlier_in_sentence)
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
        return None
    number = doc[m.token_i]
    if number.i >= 2 and doc[number.i - 1].text == "," and doc[number.i - 2].pos_ == "PROPN":
        return None  # (nor a number set beside a name, "Crutcher, 40": an age)
    # ("fuel for maybe two days, maybe three": the count just before, whatever it measures)
    just_before = next((d for d in reversed(mentions) if d.unit is not None and 0 < m.token_i - d.token_i <= 4), None)
    if just_before is not None:
        return just_before.unit
    near = [*_same_paragraph_before(sentences, k), (sent, [d for d in mentions if d.token_i < m.token_i])]
    text = doc_text(doc)
    for s, ms in reversed(near):
        # (a count far larger or smaller is of something else: "... 4,000 people. The figure was 1.2 million.")
        # (but "asked for 60 million in January. By April it wanted 85": the scale left out)
        counted = next((d for d in reversed(ms) if d.unit is not None and d.value is not None
                        and not _a_part(text, ms, d) and not _measure(
            d.unit) and not un.time_unit(d.unit) and d.unit not in ("percent", "times") and d.value >= 2
                        and any(1 / FAR_APART <= m.value * scale / d.value <= FAR_APART
                                for scale in ((1, 1e6, 1e9) if d.value >= LARGE_AMOUNT else (1,)))), None)
        last = tok.i if s.start == sent.start else s.end
        # (not the one doing what the count is of: "rescuers save 312")
        plural = next((t for t in reversed(doc[s.start : last]) if _uncounted_plural(t) and t.is_lower
                       and t.dep_ in _BARE_COUNT_ROLES | {"pobj"} and not un.measure_unit(t.text)
                       and t.lower_ not in _NO_COUNTED_THING
                       and not (t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS)
                       and not (t.dep_ == "nsubj" and t.head.i == tok.head.i
                                and tok.head.lemma_ not in _AMOUNT_VERBS)), None)
        # (the nearer of the two: "That is 600 call-outs, ... says X, who has caught rats for 31 years. 'In a bad
        # week I find 30 or so'"; but what a thing costs is a sum: "... pay growers 2,000 quintels a hectare.
        # Replanting a hectare of cherries cost "closer to 30,000"")
        if _price_paid(tok):
            plural = None
        if counted is not None and (plural is None or plural.i < counted.token_i):
            return counted.unit
        if plural is not None:
            return plural.lower_
    return None


# verbs whose object is a sum of money ("cost 30,000", "paid 400")
_PRICE_VERBS = frozenset({"cost", "pay", "charge", "fetch", "spend"})


def _price_paid(tok: Token) -> bool:
    """Is the bare number what something costs or someone pays ('cost "closer to 30,000"')?"""
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "to" and head.head.dep_ == "quantmod":
        head = head.head.head  # ("closer to 30,000": the hedge the parser made the object)
    while head.dep_ in ("quantmod", "nummod", "prep", "advmod", "amod") and head.head.i != head.i:
        head = head.head
    return head.pos_ == "VERB" and head.lemma_ in _PRICE_VERBS


def _uncounted_plural(tok: Token) -> bool:
    """A plural noun, no unit of time, that no number of its own counts: what 'N of them' may take up."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not un.time_unit(tok.text) and not any(
        c.dep_ == "nummod" or c.like_num for c in tok.children)


def _plural_earlier_in_sentence(sent: Span, m: FigureMention) -> str | None:
    """'had sent the Northmarch ballots a week late, and that about 1,900 of them had been returned': the things
    'them' stands for, the nearest plural noun before it in its own sentence that no number counts (what a
    relative clause hangs on for a noun inside it: 'the ballots the printer had sent to members')."""
    doc = sent.doc
    number = doc[m.token_i]
    beside = number.head
    if number.dep_ == "appos" and beside.i < number.i and beside.pos_ == "NOUN" and beside.tag_ == "NNS" and \
            not un.time_unit(beside.text):
        return beside.lower_  # ("Tickets for the concert, all 1,800 of them, sold out": set beside what it counts)
    for tok in reversed(doc[sent.start : m.token_i]):
        relative = next((a for a in tok.ancestors if a.dep_ == "relcl" and a.head.i < tok.i), None)
        if relative is not None and relative.head.i >= sent.start:
            tok = relative.head
        if tok.tag_ == "CD" and tok.dep_ not in ("nummod", "quantmod"):
            return None  # ("one of 37 the directorate had brought ..., and that 29 of them": those 37, uncounted)
        if _uncounted_plural(tok) and tok.dep_ not in ("compound", "poss") \
                and tok not in number.ancestors:  # (not "copies" in "kept copies of 212 of them")
            first = tok.i
            while first - 1 >= sent.start and doc[first - 1].pos_ == "NOUN" and doc[first - 1].dep_ == "compound" \
                    and doc[first - 2].text != "-":
                first -= 1  # ("the night-time delivery notes": the compound nouns, not the adjective's last part)
            return doc[first : tok.i + 1].text.lower()
    return None


def _plural_subject_before(sent: Span, m: FigureMention) -> str | None:
    """'said the recaptured animals had been darted and were recovering, although two had cuts from the wire': a
    bare number that is the subject of a later clause counts some of the plural subject of a clause before it in
    its sentence, when no number counts that subject."""
    doc = sent.doc
    number = doc[m.token_i]
    if number.dep_ not in ("nsubj", "nsubjpass") or number.i + 1 < sent.end and doc[number.i + 1].lower_ == "of" or \
            not any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in number.head.children):
        return None
    subject = next((t for t in reversed(doc[sent.start : number.i]) if t.dep_ in ("nsubj", "nsubjpass")), None)
    # (not the speaker: "Survivors interviewed by X said only three were launched")
    if subject is None or not _uncounted_plural(subject) or subject.head.i == number.head.i or \
            subject.head.lemma_ in SPEECH_VERBS:
        return None
    return subject.lower_


def _plural_named_just_before(sentences: list[tuple[Span, list[FigureMention]]], k: int) -> str | None:
    """The things 'them' stands for in 'N of them' opening a sentence: the plural noun the sentence just before,
    in the same paragraph, is about (its main clause's subject), when no number of its own counts it there."""
    before = _same_paragraph_before(sentences, k)
    if not before:
        return None
    prev, mentions = before[-1]
    root = prev.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _uncounted_plural(subj) or any(
            m.token_i in {t.i for t in subj.subtree} for m in mentions):
        return None
    return subj.lower_


def _donor(sentences: list[tuple[Span, list[FigureMention]]], k: int, m: FigureMention,
           size: float) -> FigureMention | None:
    """The figure whose unit the bare number ``m`` of sentence ``k`` takes: the nearest one of the same order
    before it, else the story's repeated large unit for a large amount, else the same number said before."""
    sent = sentences[k][0]
    gapped = _gapped_donor(sentences, k, m) or _count_before_and(sentences, k, m)
    if gapped is not None:
        return gapped
    donor = None if _all_of(sent, m) else _nearest_of_the_same_order(sentences, k, m, size)
    if donor is None and size >= LARGE_AMOUNT and not _all_of(sent, m):
        # (a large amount nearly equal to one said before, however far back, is that one revised; else the
        # story's usual unit for large amounts)
        donor = _closest_count_before(sentences, k, size) or _story_large_unit(sentences, k)
    return donor or _same_number_before(sentences, k, m) or _object_of_the_same_verb(sentences, k, m)


# words that may stand between "and" and the number it joins ("and some 3 million online")
_JOINED_HEDGES = END_HEDGES | {"perhaps", "another", "a", "further", "to"}


def _count_before_and(sentences: list[tuple[Span, list[FigureMention]]], k: int,
                      m: FigureMention) -> FigureMention | None:
    """'about 1,200 people had watched from the hall and some 3 million online': a bare number joined by "and" to
    a count of the same sentence, with no noun of its own after it, counts the same thing."""
    sent, mentions = sentences[k]
    doc = sent.doc
    tok = doc[m.token_i]
    before = [d for d in mentions if d.token_i < m.token_i and d.unit is not None]
    if not before or (tok.i + 1 < sent.end and doc[tok.i + 1].pos_ == "NOUN"):
        return None
    d = before[-1]
    j = tok.left_edge.i - 1
    while j > d.token_i and doc[j].lower_ in _JOINED_HEDGES:
        j -= 1
    if doc[j].lower_ != "and" or m.token_i - d.token_i > 14 or un.time_unit(d.unit) or un.measure_unit(d.unit):
        return None
    return d


def _gapped_donor(sentences: list[tuple[Span, list[FigureMention]]], k: int, m: FigureMention) -> FigureMention | None:
    """'the Civic Alliance won 21 and Green Harbour nine': the first party's count, whose verb and noun the second
    leaves out (the parser hangs the number on the verb, or on the second party joined to the first number)."""
    sent, mentions = sentences[k]
    tok = sent.doc[m.token_i]
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB":
        return next((d for d in reversed(mentions) if d.token_i < m.token_i and d.unit is not None and
                     sent.doc[d.token_i].dep_ == "dobj" and sent.doc[d.token_i].head.i == tok.head.i), None)
    if tok.dep_ == "nummod" and tok.head.pos_ == "PROPN" and tok.head.dep_ == "conj" and tok.head.head.like_num:
        return next((d for d in mentions if d.token_i == tok.head.head.i and d.unit is not None), None)
    return None


def _object_of_the_same_verb(sentences: list[tuple[Span, list[FigureMention]]], k: int,
                             m: FigureMention) -> FigureMention | None:
    """'I had 60 boxes on the shelf in October. Today I have two': a bare number that is the object of the verb
    whose object a figure just before counted, whatever their sizes."""
    sent = sentences[k][0]
    tok = sent.doc[m.token_i]
    if tok.dep_ != "dobj":
        return None
    verb = tok.head
    near = [d for _s, ms in _same_paragraph_before(sentences, k) for d in ms] + [
        d for d in sentences[k][1] if d.token_i < m.token_i]
    for d in reversed(near):
        head = sent.doc[d.token_i]
        if d.unit is None or _measure(d.unit) or head.dep_ != "nummod" or head.head.dep_ != "dobj":
            continue
        if verb_of(head).lemma_ == verb.lemma_:
            return d
    return None


def _nearest_of_the_same_order(sentences: list[tuple[Span, list[FigureMention]]], k: int, m: FigureMention,
                               size: float) -> FigureMention | None:
    """The nearest figure of the same order with a unit (not a distance, weight or other measure) in the sentences
    just before (in the same paragraph, unless the number is a large amount or what 'the count' has become), or
    earlier in its own sentence when it goes on with a count there."""
    sent, mentions = sentences[k]
    # (a sum in millions goes on across a paragraph break: "... the record of 52 million lennets." then
    # "Drobnica are holding out for a fee of between 80 and 85 million"; so does "the count" of what was counted
    # before: "... about 900 people." then "By Wednesday morning the count had fallen to about 350.")
    figure_value = _value_of_a_figure_word(sent, m)
    near = _sentences_before(sentences, k, LOOKBACK_SENTENCES) if size >= LARGE_AMOUNT or figure_value \
        else _same_paragraph_before(sentences, k)
    before = [d for _s, ms in near for d in ms]
    # ("treated 31 people, four of them children ... Two remained in hospital": a part is no count to go on with)
    text = doc_text(sent.doc)
    parts = {id(d) for _s, ms in [*near, (sent, mentions)] for d in ms if _a_part(text, ms, d)}
    # "... 'more than 70,000' people had entered ..., and she said the true figure was 'probably closer to
    # 73,000'"; "passed with 31 votes in favour, 24 against and two abstentions"; "said all seven were ..., and
    # that two had been taken to hospital" (a number that is the subject of a later clause): a count earlier in the
    # sentence comes first
    subject = sent.doc[m.token_i].dep_ in ("nsubj", "nsubjpass")
    earlier_level = _earlier_level(sent.doc[m.token_i]) or figure_value
    own = [d for d in mentions if d.token_i < m.token_i and (_a_figure_for(m) or d.unit is not None
                                                             and (subject or earlier_level
                                                                  or _count_in_a_list(sent, d, m)))]
    before += own
    # ("Haddersea has lost 23 houses in the past 15 years. Another 58 are within 30 metres": "another" adds to a
    # count of things, not to a stretch of time)
    added = m.token_i > sent.start and sent.doc[m.token_i - 1].lower_ in un.ADDED_TO
    # ("has caught rats for 31 years. 'In a bad week I find 30 or so'": what a verb's object counts is no stretch of
    # time)
    thing = sent.doc[m.token_i].dep_ == "dobj" and sent.doc[m.token_i].head.pos_ == "VERB"
    # ("a 20 percent chance. Winning three of the last five ...": the last five of things, not of a share)
    picked = m.token_i - 2 >= sent.start and sent.doc[m.token_i - 1].lower_ in un.TIME_EXPR_MOD and \
        sent.doc[m.token_i - 2].lower_ == "the"
    # (the nearest of the same order: "9,000 soldiers ... in three waves" then "the total could reach 14,000"; or,
    # in its own sentence, a part of the count it is the subject after: "5,200 people have been moved, and that
    # some 300 have refused to leave")
    # (nor from how often something was done: "counted the bodies twice. There were 17")
    # (a large quantity may go on, though: "crushes about 14,000 tonnes a year. This year she expects something
    # nearer 7,000")
    return next((d for d in reversed(before) if d.unit is not None and (not _measure(d.unit) or size >= MEASURE_GOES_ON
                                                                         and (_size(d) or 0) >= MEASURE_GOES_ON)
                 and d.text.lower() not in ("once", "twice", "thrice") and id(d) not in parts
                 and not (added and un.time_unit(d.unit))
                 and not (thing and un.time_unit(d.unit) and d not in own)
                 and not (picked and d.unit == "percent" and d not in own)
                 and (d_size := _size(d)) is not None and (_same_order(size, d_size) or d in own and subject
                                                           and size <= d_size)), None)


def _closest_count_before(sentences: list[tuple[Span, list[FigureMention]]], k: int,
                          size: float) -> FigureMention | None:
    """'... corrected its count for the city to 1,204,850', long after 'We counted 1,204,500 people': the earlier
    figure nearest in value (within a tenth), however far back."""
    best = None
    for _s, ms in sentences[:k]:
        for d in ms:
            d_size = _size(d)
            if d.unit is None or _measure(d.unit) or d_size is None or d_size <= 0 or not 0.9 <= size / d_size <= 1.1:
                continue
            if best is None or abs(size - d_size) <= abs(size - (_size(best) or 0)):
                best = d
    return best


def _sentences_before(sentences: list[tuple[Span, list[FigureMention]]], k: int,
                      count: int) -> list[tuple[Span, list[FigureMention]]]:
    """The *count* sentences before sentence ``k``, not counting a transcript's speaker labels ('CHIEF
    STATISTICIAN EVDOKIA HAJDUK:'), which say nothing."""
    out: list[tuple[Span, list[FigureMention]]] = []
    for j in range(k - 1, -1, -1):
        if len(out) == count:
            break
        sent = sentences[j][0]
        if not (sent.text.rstrip().endswith(":") and len(sent) <= 10 and not sentences[j][1]):
            out.insert(0, sentences[j])
    return out


def _story_large_unit(sentences: list[tuple[Span, list[FigureMention]]], k: int) -> FigureMention | None:
    """'The club asked for 60 million in January.', in a story told in marrets: the latest large amount before
    whose unit the story uses for large amounts at least twice."""
    large = [d for _s, ms in sentences[:k] for d in ms if d.unit is not None and not _measure(d.unit)
             and (d_size := _size(d)) is not None and d_size >= LARGE_AMOUNT]
    return next((d for d in reversed(large) if sum(x.unit == d.unit for x in large) >= 2), None)


def _same_number_before(sentences: list[tuple[Span, list[FigureMention]]], k: int,
                        m: FigureMention) -> FigureMention | None:
    """The same number said before with a unit: in the two sentences before, across a paragraph break ("...,
    not counting Friday's 14, he said." then '"Fourteen is a message," he says.'), or anywhere before for a count
    of ten or more ("The motion passed with 31 votes in favour" then "WALTHEOF U: For the motion, 31.")."""
    back = k if m.value is not None and m.value >= 10 else LOOKBACK_SENTENCES
    return next((d for _s, ms in reversed(sentences[max(0, k - back) : k]) for d in reversed(ms)
                 if d.unit is not None and d.value is not None and d.value == m.value), None)
