"""Fractions of a whole ("a third of") and ratios ("one in seven"): reading them and naming their noun."""

from __future__ import annotations

from decimal import Decimal

from spacy.tokens import Span, Token

from heuer.extract import numbers as nb
from heuer.extract import units as un
from heuer.extract.figures.nouns import count_unit, noun_run, np_text
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader
from heuer.extract.figures.tokens import next_tok, prev_tok, tok_low
from heuer.extract.figures.unit_words import after_unit
from heuer.extract.nlp import doc_text


def read_share(r: Reader, k: int) -> Phrase | None:
    """Fractions of a whole and "one in five" ratios, as percent."""
    a = r.atoms[k]
    sent = r.sent
    # "1/3 of the company", "½ of the farm"
    if a.kind == "num" and ("/" in a.text or not a.text[-1].isdigit()) and r.low(k + 1) == "of":
        v = nb.parse_number(a.text)
        if v is not None and 0 < v < 1:
            ph = Phrase(first=k, last=k, value=Decimal(str(nb.fraction_percent(v, 1))))
            ph.kind, ph.unit = "share", "percent"
            return ph
    # "one in five", "nine in 10", "1 in 4", "one out of every four"
    if a.kind in ("num", "word") and (a.low in nb.WORD_VALUES or a.kind == "num"):
        j = k + 1
        # "one nurse in 12", "nine rows in ten": the counted noun between the two numbers
        nt = r.at(j)
        noun_between = nt is not None and nt.kind == "tok" and (
            nt.tok.tag_ == "NN" or nt.tok.tag_ == "NNS" and a.low not in ("one", "1")) and r.low(j + 1) == "in"
        if noun_between:
            j += 1
        if r.low(j) == "in" or (r.low(j) == "out" and r.low(j + 1) == "of"):
            j += 1 if r.low(j) == "in" else 2
            if r.low(j) == "every":
                j += 1
            b = r.at(j)
            if b and b.kind in ("num", "word") and (b.low in nb.WORD_VALUES or b.kind == "num"):
                num = nb.parse_number(a.text)
                den = nb.parse_number(b.text)
                # ("one in 2,000" too, but not "one in 2024": a year)
                big = den is not None and den > 1000 and ("," in b.text or not 1800 <= den <= 2100) and den <= 10**7
                if num is not None and den and 0 < num < den and (den <= 1000 or big) and a.tok.i != b.tok.i:
                    nxt = next_tok(b.tok, sent)
                    # "one win in nine matches" counts two things: no ratio (but in "one member in four plans to
                    # cut jobs" the plural is the verb the tagger misread)
                    misread_verb = nxt is not None and nxt.tag_ == "NNS" and tok_low(next_tok(nxt, sent)) == "to" \
                        and getattr(next_tok(nxt, sent, 2), "tag_", "") == "VB"
                    counts_two = noun_between and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and \
                        not misread_verb
                    if (nxt is None or nxt.lower_ not in un.TIME_UNITS) and not counts_two:
                        # a ratio is two figures: "one in seven adults" -> 1 adults, 7 adults
                        ph = Phrase(first=k, last=k, value=Decimal(str(num)), kind="ratio")
                        ph.partner = Phrase(first=j, last=j, value=Decimal(str(den)), kind="ratio")
                        return ph
    low = a.low
    frac_k = None
    count = Decimal(1)
    if low in nb.FRACTION_WORDS and a.kind == "tok":
        frac_k = k
        prev = r.at(k - 1)
        if prev and prev.low in ("a", "an", "one") and prev.tok.i == a.tok.i - 1:
            return None  # read from the article/number instead
    elif low in ("a", "an", "one") or (a.kind in ("num", "word") and a.low in nb.UNITS):
        j = k + 1
        if r.at(j) and r.atoms[j].kind == "dash":
            j += 1
        b = r.at(j)
        if b and b.low in nb.FRACTION_WORDS and b.low != "half" or (b and b.low == "half" and low in ("one",)):
            frac_k = j
            if low not in ("a", "an"):
                v = nb.parse_number(a.text)
                if v is None:
                    return None
                count = Decimal(str(v))
    if frac_k is None:
        return None
    fw = r.atoms[frac_k]
    frac = nb.FRACTION_WORDS[fw.low]
    plural = fw.low.endswith("s") and fw.low != "halves"
    if plural and count == 1 and frac_k == k:
        return None  # bare "thirds"
    if not plural and count > 1:
        return None  # "two third" is not English; "five fifth" neither
    before_tok = prev_tok(r.atoms[k].tok, sent)
    nxt_tok = next_tok(fw.tok, sent)
    prev_low = tok_low(before_tok)
    nxt_low = tok_low(nxt_tok)
    if nxt_low == "-":
        return None  # "half-brother", "third-party"
    # ("found that a quarter of voters ...": the determiner goes with the fraction word itself, not with "a quarter")
    if prev_low in nb.ORDINAL_WORDS or prev_low in ("the", "this", "that", "each", "every", "per") and frac_k == k:
        return None  # "the second half", "the first quarter"
    if fw.low == "half" and frac_k == k and prev_low in ("and",):
        return None
    # "half a/an <unit>": a measure, not a share
    if fw.low == "half" and nxt_low in ("a", "an"):
        u = next_tok(fw.tok, sent, 2)
        point = _point_unit(u, sent)
        if point is not None:  # "optimistic by half a point"
            ph = Phrase(first=k, last=frac_k, value=Decimal("0.5"), kind="measure", unit=point[0], noun=point[1])
            return ph
        if u is not None and (un.time_unit(u.text) or un.measure_unit(u.text)):
            ph = Phrase(first=k, last=frac_k, value=Decimal("0.5"))
            ph.kind = "duration" if un.time_unit(u.text) else "measure"
            ph.unit = un.time_unit(u.text) or un.measure_unit(u.text)
            ph.noun = u
            return ph
    # "a quarter of a century", "three quarters of a mile": a part of one unit, not a share
    if nxt_low == "of" and tok_low(next_tok(fw.tok, sent, 2)) in ("a", "an"):
        u = next_tok(fw.tok, sent, 3)
        point = _point_unit(u, sent)
        if point is not None:  # "raised its rate by a quarter of a percentage point"
            return Phrase(first=k, last=frac_k, value=count * frac, kind="measure", unit=point[0], noun=point[1])
        if u is not None and (un.time_unit(u.text) or un.measure_unit(u.text) and len(u.text) > 2) and \
                not u.lower_.endswith("s"):
            ph = Phrase(first=k, last=frac_k, value=count * frac)
            ph.kind = "duration" if un.time_unit(u.text) else "measure"
            ph.unit = un.time_unit(u.text) or un.measure_unit(u.text)
            ph.noun = u
            return ph
    if prev_low == "between" and r.low(frac_k + 1) == "and":
        # "between half and three-quarters of their crop", "between a third and a half of": a range of shares
        upper = read_share(r, frac_k + 2)
        if upper is not None and upper.kind == "share" and upper.value is not None:
            low_pct = Decimal(str(nb.fraction_percent(float(count * frac), 1)))
            if low_pct < upper.value:
                ph = Phrase(first=k, last=upper.last, range=(low_pct, upper.value))
                ph.kind, ph.unit = "share", "percent"
                return ph
    by_tok = before_tok
    hedged = False
    # ('could fall by "as much as a fifth"')
    while by_tok is not None and by_tok.lower_ in ("nearly", "almost", "about", "around", "roughly", "more", "than",
                                                   "over", "some", "just", "approximately", "less", "up", "to",
                                                   "closer", "close", "least", "at", "as", "much", "many",
                                                   "\u201c", '"'):
        hedged = hedged or by_tok.lower_ in ("nearly", "almost", "about", "around", "roughly", "than", "closer",
                                             "least", "approximately", "much")
        by_tok = prev_tok(by_tok, sent)
    if nxt_tok is not None and nxt_tok.is_quote and tok_low(next_tok(nxt_tok, sent)) == "of":
        nxt_tok, nxt_low = next_tok(nxt_tok, sent), "of"  # 'assets worth "perhaps a third" of that sum'
    # "it was closer to a tenth.", 'the true share is "closer to a quarter"': a hedged fraction ending its clause
    ends_clause = nxt_tok is None or nxt_tok.is_punct
    # ("found that 71 percent had run out, and that nearly half had turned away a patient": a share that acts)
    acting = fw.tok.dep_ in ("nsubj", "nsubjpass") and nxt_tok is not None and nxt_tok.pos_ in ("AUX", "VERB")
    # ("was just over half full", "a third empty": how full something is, a share of it)
    # ("roughly a quarter more than before the fire", "only about a third the size of Toskar's": a share of the
    # thing compared)
    compared = nxt_low in _COMPARED_AFTER_A_SHARE or nxt_low == "the" and tok_low(
        next_tok(nxt_tok, sent)) in _MEASURES_OF_A_WHOLE
    # ("leaving the fund just under two thirds funded": how much of something is so)
    share_ctx = nxt_low in ("of", "full", "empty") or nxt_low in _SHARE_STATES or tok_low(by_tok) == "by" or \
        compared or \
        hedged and (ends_clause or acting) or (
        fw.low == "half" and nxt_tok is not None and (nxt_tok.dep_ == "poss" or nxt_low in (
            "the", "its", "their", "his", "her", "our", "all", "them", "those", "these")))
    if not share_ctx:
        return None
    pct = Decimal(str(nb.fraction_percent(float(count * frac), 1)))
    ph = Phrase(first=k, last=frac_k, value=pct)
    ph.kind, ph.unit = "share", "percent"
    return ph


# how much of a whole is in a state ("two thirds funded", "a quarter built")
_SHARE_STATES = frozenset({"funded", "owned", "built", "occupied", "booked",
                           "filled", "vaccinated", "staffed", "flooded", "destroyed", "damaged"})


# what a share can be more or less than ("a quarter more than before"), and what of a whole it can be the share of
# ("a third the size of")
_COMPARED_AFTER_A_SHARE = frozenset({"more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger",
                                     "cheaper", "dearer"})
_MEASURES_OF_A_WHOLE = frozenset({"size", "price", "cost", "level", "number", "amount", "value", "rate", "length",
                                  "weight", "height", "width"})


def _point_unit(u: Token | None, sent: Span) -> tuple[str, Token] | None:
    """'point' or 'percentage point' after 'half a' / 'a quarter of a': the unit of a change in a rate or a
    poll share, with its last word."""
    if u is None:
        return None
    if u.lower_ == "point":
        return "points", u
    nxt = next_tok(u, sent)
    if u.lower_ == "percentage" and nxt is not None and nxt.lower_ == "point":
        return "percentage points", nxt
    return None


def ratio_noun(r: Reader, ph: Phrase) -> None:
    """Both sides of "one in seven adults" count the noun after the second number."""
    sent = r.sent
    den_tok = r.atoms[(ph.partner or ph).last].tok
    nt = next_tok(den_tok, sent)
    if nt is not None and nt.text in ('"', "”", "’") and den_tok.i + 1 == nt.i:
        nt = next_tok(nt, sent)  # 'on "perhaps one in five" long-exposure images': past the quote's closing mark
    if nt is not None and nt.lower_ == "of":
        nt = next_tok(nt, sent)
        while nt is not None and (nt.pos_ == "DET" or nt.tag_ == "PRP$"):
            nt = next_tok(nt, sent)
        owner_end = next_tok(nt, sent) if nt is not None and nt.pos_ in ("NOUN", "PROPN") else None
        if owner_end is not None and owner_end.tag_ == "POS":
            nt = next_tok(owner_end, sent)  # "one in three of the trust's 5,600 members": past the owner
            while nt is not None and nt.like_num:
                nt = next_tok(nt, sent)
    if nt is not None and nt.lower_ == "them" and nt.dep_ == "pobj" and _counted_before(r, ph) is None:
        named = _plural_them_stands_for(r, ph)
        if named is not None:  # "most of his customers came for the day. 'If one in ten of them stays away'"
            ph.noun, ph.noun_first, ph.unit = named, named, named.lower_
            return
    run = noun_run(nt, sent) if nt is not None and (nt.pos_ in ("NOUN", "PROPN", "ADJ") or nt.tag_ in (
        "VBN", "VBG")) else []  # "one in five registered voters"
    between = _noun_between(r, ph)
    if between is not None:
        run = [between]  # "one nurse in 12"
    if not run:
        counted = _counted_before(r, ph)
        run = [counted] if counted is not None else []
    if run:
        ph.noun, ph.noun_first, ph.unit = run[-1], run[0], count_unit(run)
    elif _score_out_of(r, ph):
        ph.unit = "points"  # "a score of 22 out of 30", "scored 41 out of 50": points on a scale
    else:
        ph.drop = True  # "one in five is malnourished": no counted noun to name


_SCORE_NOUNS = frozenset({"score", "mark", "rating", "grade", "result"})


def _score_out_of(r: Reader, ph: Phrase) -> bool:
    """Is the ratio "N out of M" a score: after "a score of" or as what someone scored?"""
    k = ph.first
    if r.low(k - 1) == "of" and r.low(k - 2) == "out":
        k -= 3  # (the scale the score is out of)
    if k < 0 or r.low(k + 1) != "out":
        return False
    num = r.atoms[k].tok
    prev = prev_tok(num, r.sent)
    if prev is not None and prev.lower_ == "of":
        noun = prev_tok(prev, r.sent)
        return noun is not None and noun.lemma_.lower() in _SCORE_NOUNS
    return num.dep_ == "dobj" and num.head.lemma_ in ("score", "rate", "mark")


def _plural_them_stands_for(r: Reader, ph: Phrase) -> Token | None:
    """The plural noun 'them' in "one in ten of them" stands for: the nearest one before the ratio, in its own
    sentence or the one before it in the same paragraph, that no number counts and that names no place."""
    doc = r.sent.doc
    start = r.atoms[ph.first].tok
    floor = r.sent.start
    if floor > 0:
        before = doc[floor - 1].sent
        if "\n\n" not in doc_text(doc)[before.start_char : r.sent.start_char]:
            floor = before.start
    for t in reversed(doc[floor : start.i]):
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.is_lower and not un.time_unit(t.text) and \
                not un.measure_unit(t.text) and not any(c.dep_ == "nummod" or c.like_num for c in t.children) and \
                t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr") and \
                not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "on", "under", "near")):
            return t
    return None


def _counted_before(r: Reader, ph: Phrase) -> Token | None:
    """ "27 percent of households had turned down their heating, and one in eight had fallen behind": the
    plural noun a figure earlier in the sentence counted ("N <things>", "N percent of <things>")."""
    start = r.atoms[ph.first].tok
    for t in reversed(r.sent.doc[r.sent.start : start.i]):
        if t.tag_ != "NNS" or un.time_unit(t.text) or un.measure_unit(t.text):
            continue
        if any(c.dep_ == "nummod" for c in t.children) or (
                t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.lower_ in ("percent", "%", "cent")
                                                               or t.head.head.like_num)):
            return t
    return None


def _noun_between(r: Reader, ph: Phrase) -> Token | None:
    """The noun between the two numbers of "one nurse in 12" or "nine rows in ten", seen from either number."""
    if ph.partner is not None:
        k = ph.last + 1 if ph.partner.first == ph.last + 3 else None
    else:
        k = ph.first - 2 if ph.first >= 3 and r.low(ph.first - 1) == "in" and r.atoms[ph.first - 3].kind in (
            "num", "word") else None
    a = r.at(k) if k is not None else None
    return a.tok if a is not None and a.kind == "tok" and a.tok.tag_ in ("NN", "NNS") else None


def share_noun(r: Reader, ph: Phrase) -> None:
    """Subject of a share: "half of respondents", "one in five children", "two-thirds of the province"."""
    sent = r.sent
    last = r.atoms[ph.last].tok
    nt = next_tok(last, sent)
    if nt is None:
        return
    if nt.lower_ in ("of",) or (nt.pos_ == "DET" or nt.tag_ == "PRP$"):
        after_unit(r, ph, ph.last)
        if ph.subject is None and nt.lower_ != "of":
            obj = nt
            while obj is not None and (obj.pos_ == "DET" or obj.tag_ == "PRP$"):
                obj = next_tok(obj, sent)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN", "ADJ"):
                run = noun_run(obj, sent)
                if run:
                    ph.subject = np_text(run, sent, r, with_pp=True)
        return
    if nt.pos_ in ("NOUN", "PROPN", "ADJ") and nt.ent_type_ not in ("DATE", "TIME"):
        run = noun_run(nt, sent)
        if run and run[-1].lower_ not in un.TIME_NOUNS:
            ph.noun, ph.noun_first = run[-1], run[0]
            ph.subject = np_text(run, sent, r, with_pp=True)
