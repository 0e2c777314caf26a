"""Numbers that are not reported quantities: years, list markers, labels, dates, model names,
phone numbers and durations that are time expressions."""

from __future__ import annotations

from decimal import Decimal

from spacy.tokens import Span, Token

from heuer.extract import numbers as nb
from heuer.extract import units as un
from heuer.extract.figures.nouns import np_text
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader
from heuer.extract.figures.tokens import next_tok, prev_tok, tok_low


def is_year_like(r: Reader, ph: Phrase) -> bool:
    """Is the phrase a year ("2024") or a range of years ("2019-2023")?"""
    if ph.range is not None:
        lo, hi = ph.range
        return all(year_value(v) for v in (lo, hi)) and "," not in r.atoms[ph.first].text
    a = r.atoms[ph.first]
    return ph.first == ph.last and a.kind == "num" and "," not in a.text and "." not in a.text and \
        len(a.text) == 4 and year_value(ph.value)


def year_value(v: Decimal | None) -> bool:
    """Is the value a whole number a year could be (1000-2100)?"""
    return v is not None and v == v.to_integral_value() and 1000 <= v <= 2100


def is_list_marker(r: Reader, ph: Phrase) -> bool:
    """Is the number a list marker ("1.", "(2)")?"""
    sent = r.sent
    first_tok = r.atoms[ph.first].tok
    last_tok = r.atoms[ph.last].tok
    if first_tok is not last_tok or r.atoms[ph.first].kind != "num":
        return False
    nxt = next_tok(last_tok, sent)
    prv = prev_tok(first_tok, sent)
    if nxt is not None and nxt.text in (".", ")") and nxt.whitespace_:
        after = next_tok(nxt, sent)
        if after is not None and after.is_alpha and (prv is None or prv.text in (",", ";", ":", "(", "and", "or")
                                                    or prv.is_sent_start or after.is_lower
                                                    or prv.pos_ in ("VERB", "AUX")):
            return True
    if prv is not None and prv.text == "(" and nxt is not None and nxt.text == ")":
        return True
    return first_tok.text.endswith(".") and first_tok.i == sent.start


_APPROXIMATORS = frozenset({"nearer", "closer", "nearly", "around", "about", "roughly", "some", "almost",
                            "approximately"})


def is_label(r: Reader, ph: Phrase, prev_t: Token | None) -> bool:
    """ "Article 5", "Windows 11", "Room 101", "No. 10": a number naming a thing.

    Sets ``drop`` (or, for "magnitude 6.8", the unit) and returns True when handled.
    """
    if prev_t is None or prev_t.whitespace_ == "" and prev_t.text not in ("#",):
        return False
    low = prev_t.lower_
    before_of = prev_tok(prev_t, r.sent) if low == "of" else None
    if before_of is not None and before_of.lower_ in un.PREFIX_UNITS:
        # "the quake had a magnitude of 6.8": the scale named before "of"
        ph.kind, ph.unit = "measure", un.PREFIX_UNITS[before_of.lower_]
        return True
    scale = next((c for c in prev_t.head.children if c.dep_ == "dobj" and c.lower_ in un.PREFIX_UNITS), None) \
        if low == "at" else None
    if scale is not None and scale.i < prev_t.i:
        # "put the magnitude at 7.3": the scale the number is set at
        ph.kind, ph.unit = "measure", un.PREFIX_UNITS[scale.lower_]
        return True
    if low in un.PREFIX_UNITS:
        # "a magnitude 7.1 quake", "the earthquake, of magnitude 6.8": the thing measured
        ph.kind, ph.unit = "measure", un.PREFIX_UNITS[low]
        h = prev_t.head
        while h.pos_ not in ("NOUN", "PROPN", "VERB", "AUX") and h.head.i != h.i:
            h = h.head
        ph.subject = np_text([h], r.sent, r) if h.pos_ in ("NOUN", "PROPN") and h is not prev_t else None
        return True
    if low in un.LABEL_WORDS:
        ph.drop = True
        return True
    after = r.at(ph.last + 1)
    if any(a.low in nb.BIG_SCALES for a in r.atoms[ph.first:ph.last + 1]) or (
            after is not None and (un.currency_of_word(after.text) or after.low in ("percent", "%", "per")
                                   or un.measure_unit(after.text) or after.low in un.TIME_UNITS
                                   and after.low.endswith("s"))):
        # "fined Pallaso Technologies 48 million kronor", "give President X 54.3 percent": an amount, not a label
        return False
    if prev_t.dep_ == "dative" and after is not None and after.kind == "tok" and after.tok.pos_ == "NOUN" and \
            after.tok.dep_ == "dobj" and after.tok.head.i == prev_t.head.i:
        return False  # "paid Tordoff 85 penthes": an amount given to a body, in a currency of any name
    # ("put the number nearer 2,500", with "nearer" read as a name: an approximator is no label)
    # ("the Civic Alliance won 21 and Green Harbour nine": a number in lower-case words closing a clause is a count,
    # its verb and noun left out)
    first = r.atoms[ph.first]
    gapped = first.kind == "word" and first.text.islower() and ph.last == ph.first and (
        after is None or after.text in (".", ",", ";") or after.low in ("and", "while"))
    # ("gave the Saltgrass one star out of five": a lower-case number word before the noun it counts, after the
    # name it was given to)
    counting = first.kind == "word" and first.text.islower() and after is not None and after.kind == "tok" and \
        after.tok.pos_ == "NOUN" and after.text.islower() and first.tok.head.i == after.tok.i
    named = (prev_t.pos_ == "PROPN" or prev_t.text[:1].isupper() and prev_t.pos_ == "NOUN") and \
        low not in _APPROXIMATORS and not gapped and not counting
    if (named or low in un.LABEL_NOUNS) and prev_t.pos_ in ("NOUN", "PROPN") and low not in un.TIME_NOUNS \
            and low not in un.TIME_UNITS and not un.currency_of_code(prev_t.text) and prev_t.text not in un.MONTHS:
        ph.drop = True
        return True
    return False


def near_month(r: Reader, ph: Phrase) -> bool:
    """Is the number part of a date ("March 3", "3 of March", "March 3, 2024")?"""
    sent = r.sent
    first_tok = r.atoms[ph.first].tok
    last_tok = r.atoms[ph.last].tok
    p = prev_tok(first_tok, sent)
    n = next_tok(last_tok, sent)
    if p is not None and p.text in un.MONTHS:
        return True
    if n is not None and n.text in un.MONTHS:
        return True
    if n is not None and n.lower_ == "of":
        n2 = next_tok(n, sent)
        if n2 is not None and n2.text in un.MONTHS:
            return True
    if p is not None and p.text == ",":
        p2 = prev_tok(p, sent)
        p3 = prev_tok(p, sent, 2)
        # "March 3, 2024", "August, 2024"; "In August, 812,000 people" is a count after a time phrase
        # ("on July 28, 38 kilometres from the reserve", "in October 2063, five weeks before": a figure after a date)
        if p2 is not None and (p2.like_num and p3 is not None and p3.text in un.MONTHS or p2.text in un.MONTHS) \
                and year_value(ph.value):
            return True
    return False


def is_model_name(t: Token, sent: Span) -> bool:
    """Is the number the end of a model name ("F-16", "Su-35")?"""
    p = prev_tok(t, sent)
    if p is not None and p.text == "-" and p.whitespace_ == "":
        p2 = prev_tok(p, sent)
        if p2 is not None and p2.whitespace_ == "" and p2.is_alpha:
            return True
    return False


def _counted_window(prep: Token) -> bool:
    """'her second visit in six weeks', 'met for the second time in six weeks': the stretch an ordinal counts
    occasions in. The first of anything in a stretch is no count but the time since the last ("sold out for the
    first time in 20 years")."""
    head = prep.head
    nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [t for t in head.subtree if t.i < prep.i and t.pos_ == "NOUN"]
    return any((c.ent_type_ == "ORDINAL" or c.lower_ in nb.ORDINAL_WORDS) and c.lower_ != "first"
               for n in nouns for c in n.children)


def duration_check(r: Reader, ph: Phrase) -> None:
    """Drop durations that are time expressions ("in six weeks", "two years ago")."""
    sent = r.sent
    unit_atom = r.at(ph.text_last)
    first_tok = r.atoms[ph.first].tok
    # tokens before the number, skipping approximators and determiners
    p = prev_tok(first_tok, sent)
    seen_mod = False
    steps = 0
    walked: list[str] = []
    while p is not None and steps < 4:
        pl = p.lower_
        if pl in un.TIME_EXPR_MOD and p.pos_ == "VERB" and p.dep_ not in ("amod", "compound"):
            break  # "usually last two to three years": the verb, and its duration a figure
        if pl in un.TIME_EXPR_MOD:
            seen_mod = True
        if pl in ("about", "around", "nearly", "almost", "some", "roughly", "approximately", "just", "over",
                  "under", "up", "to", "least", "at", "more", "than", "the", "a", "an", "another", "further",
                  "only", "less", "fewer", "barely") or pl in un.TIME_EXPR_MOD:
            if pl == "to" and tok_low(prev_tok(p, sent)) != "up":
                break
            if pl == "at" and tok_low(next_tok(p, sent)) not in ("least", "most"):
                break
            walked.append(pl)
            p = prev_tok(p, sent)
            steps += 1
            continue
        break
    if seen_mod:
        # "in the past five years", "the last 22 minutes", "over the next two years", "in its first six months"
        # (a body's): a stretch of time that long; "his last three years at the club" names a time of a life
        if "the" in walked or _spans_period(p) or tok_low(p) in ("its", "their", "our"):
            return
        ph.drop = True
        return
    end_tok = unit_atom.tok if unit_atom is not None else first_tok
    n = next_tok(end_tok, sent)
    # "after nine hours of talks", "36 hours of fighting": the duration of something
    n2 = next_tok(n, sent) if n is not None and n.lower_ == "of" else None
    if n2 is not None and (n2.tag_ in ("NN", "NNS", "VBG") or n2.pos_ == "ADJ"):
        return
    if p is not None and p.lower_ in un.TIME_EXPR_BEFORE and p.dep_ != "prt" and _counted_window(p) and \
            p.lower_ != "within":  # ("reached the first houses within about 20 minutes": a time limit, no window)
        # "her second visit in six weeks" counts visits, not weeks; "doubled in three days", "its steepest
        # fall in five years", "back here in three years" and "within six months" say how long
        ph.drop = True
        return
    if p is not None and p.lower_ == "for":
        return  # "flew for an hour and a half before landing": how long, not when
    if n is not None and n.lower_ in un.TIME_EXPR_AFTER:
        ph.drop = True
        return
    if n is not None and n.lower_ in _RELATIVE_TIME and not any(
            a.tok.like_num and a.low not in ("a", "an", "half") for a in r.atoms[ph.first:ph.last + 1]):
        ph.drop = True  # "Half an hour later", "A year and a half ago": a moment, told without a number
        return
    if n is not None and n.lower_ == "from" and tok_low(next_tok(n, sent)) in ("now", "today"):
        ph.drop = True


_RELATIVE_TIME = frozenset({"ago", "later", "earlier", "before", "after", "since"})


def _spans_period(p: Token | None) -> bool:
    """'over the next three years', 'for the past 20 years': a period that long, not a date."""
    return p is not None and p.lower_ in ("over", "for", "during", "throughout")


def phone_context(r: Reader, ph: Phrase) -> bool:
    """Does a phone word ("call", "hotline") come just before the number, or is it a later group of digits of a
    number that opens with a zero ("0800 611 420")?"""
    t = r.atoms[ph.first].tok
    for n in (1, 2, 3):
        p = prev_tok(t, r.sent, n)
        if p is not None and (p.lower_ in un.PHONE_WORDS or p.lemma_.lower() in un.PHONE_WORDS):
            return True
    groups = t
    while (p := prev_tok(groups, r.sent)) is not None and p.text.isdigit() and p.idx + len(p.text) + 1 == groups.idx:
        groups = p
        if p.text.startswith("0") and len(p.text) >= 3:
            return True
    return False
