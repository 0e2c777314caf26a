"""Finding the number phrases of a sentence: single numbers, vague plurals, ranges."""

from __future__ import annotations

from decimal import Decimal

from heuer.extract import numbers as nb
from heuer.extract import units as un
from heuer.extract.figures.hedges import END_HEDGES
from heuer.extract.figures.nonfigures import year_value
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader, unit_and_fraction
from heuer.extract.figures.shares import read_share


def scan(r: Reader) -> list[Phrase]:
    """Every number phrase of the sentence, in text order, before classification."""
    phrases: list[Phrase] = []
    atoms = r.atoms
    k = 0
    while k < len(atoms):
        a = atoms[k]
        # vague plurals: "thousands of", "tens of thousands"
        if a.kind == "tok" and a.low in ("tens", "hundreds", "dozens", "thousands", "millions", "billions",
                                         "scores"):
            ph = _read_vague(r, k)
            if ph:
                phrases.append(ph)
                k = ph.last + 1
                continue
        # a fraction of a scale word is a number, not a share: "half a million", "a quarter of a million"
        part = _read_fraction_of_scale(r, k)
        if part:
            phrases.append(part)
            k = part.last + 1
            continue
        # fractions: "a third of", "two-thirds", "half of", "one in five"
        share = read_share(r, k)
        if share:
            phrases.append(share)
            k = share.last + 1
            if share.partner is not None:
                phrases.append(share.partner)
                k = share.partner.last + 1
            continue
        mult = _read_multiple(r, k)
        if mult:
            phrases.append(mult)
            k += 1
            continue
        start_ok = r.is_number_start(k)
        if not start_ok and a.low in ("a", "an"):
            nxt = r.at(k + 1)
            if nxt and nxt.kind == "word" and nxt.low in ("dozen", "hundred", "thousand", "million", "billion",
                                                          "trillion"):
                start_ok = True
        if not start_ok and a.low in ("a", "an") and unit_and_fraction(r, k + 1) is not None:
            # "an hour and a half", "a mile and a half": the article counts one unit
            phrases.append(Phrase(first=k, last=k, value=Decimal(1)))
            k += 1
            continue
        if not start_ok:
            k += 1
            continue
        got = r.read_number(k)
        if not got:
            k += 1
            continue
        val, last = got
        ph = Phrase(first=k, last=last, value=val)
        _read_range(r, ph)
        phrases.append(ph)
        k = ph.last + 1
    return phrases


# "twice as many", "twice a year": a multiple or a count of occasions, unit "times"
_MULTIPLE_ADVERBS: dict[str, int] = {"twice": 2, "thrice": 3}
# "double the number a year earlier", "triple the rate": a multiple before the quantity it multiplies
_MULTIPLE_DETERMINERS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
# "prices doubled", "has tripled its output": a change of a quantity by a multiple
_MULTIPLE_VERBS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
# "doubled as a venue", "doubled down", "doubled over": no change of a quantity
_NOT_A_CHANGE = {"as", "down", "up", "over", "back"}


def _read_multiple(r: Reader, k: int) -> Phrase | None:
    """ "twice", "thrice", "twentyfold" and the verbs "doubled", "tripled", "quadrupled": a multiple, unit
    "times"."""
    a = r.atoms[k]
    if a.kind != "tok":
        return None
    t = a.tok
    value = _MULTIPLE_ADVERBS.get(a.low)
    fold = nb.parse_number(a.low[:-4]) if a.low.endswith("fold") and len(a.low) > 4 else None
    if fold is not None and fold > 1:
        value = fold  # "multiply roughly twentyfold", "a threefold rise"
    elif value is not None:
        if t.head.lemma_.lower() == "think" or (t.i > t.sent.start and t.doc[t.i - 1].lower_ == "think"):
            return None  # "think twice": an idiom
        if not _occasions_or_multiple(r, k):
            return None
    elif a.low in _MULTIPLE_DETERMINERS and t.pos_ != "VERB" and r.low(k + 1) in ("the", "that", "what", "its",
                                                                               "their"):
        value = _MULTIPLE_DETERMINERS[a.low]  # "14,300, double the number a year earlier"
    else:
        if t.pos_ != "VERB" or t.tag_ not in ("VB", "VBD", "VBN", "VBG", "VBZ", "VBP"):
            return None
        value = _MULTIPLE_VERBS.get(t.lemma_.lower())
        if value is None and t.lemma_.lower() == "halve" and not any(
                c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i == t.i + 1 for c in t.children):
            ph = Phrase(first=k, last=k, value=Decimal(50))  # "turnaround times had halved": down by half
            ph.kind, ph.unit = "share", "percent"
            return ph
        if value is None:
            return None
        nxt = r.at(k + 1)
        if nxt is not None and nxt.low in _NOT_A_CHANGE and not (nxt.low == "over" and _quantity_follows(r, k + 2)):
            return None
        # ("tripled to ¥3 trillion": the figure is the amount it reached; but "had doubled since December, to
        # around $2.4 million", "doubled the number of screens to 800": the multiple is told too)
        if any(c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i == t.i + 1 and
               any(d.like_num or d.pos_ == "NUM" for d in c.subtree) for c in t.children):
            return None
    ph = Phrase(first=k, last=k, value=Decimal(str(value)))
    ph.kind, ph.unit = "times", "times"
    return ph


def _occasions_or_multiple(r: Reader, k: int) -> bool:
    """ "twice as many", "twice a year", "raised it twice.": the shapes of a multiple or a count of occasions."""
    nxt = r.at(k + 1)
    if nxt is None or nxt.low in ("as", ".", ",", ";", ":", ")", "\u201d", '"', "what", "the", "that", "its", "their",
                                  "our", "his", "her", "this", "in", "since", "last", "before", "during"):
        return True  # "twice what it costs", "twice the size", "twice this month", "twice in a week"
    if nxt.low in ("on", "at", "within", "after", "and", "but", "with", "without") or \
            nxt.low == "to" and r.at(k + 2) is not None and \
            r.atoms[k + 2].kind == "tok" and r.atoms[k + 2].tok.tag_ == "VB":
        return True  # "robbed twice on the way", "wrote to her twice to say that ...": occasions
    return nxt.low in ("a", "an", "per", "every", "each") and un.time_unit(r.atoms[k + 2].text) is not None \
        if r.at(k + 2) is not None else False


def _quantity_follows(r: Reader, k: int) -> bool:
    """ "doubled over five years", "over the past decade": the change is still a change of a quantity."""
    b = r.at(k)
    return b is not None and (b.kind in ("num", "word") or b.low in ("the", "a", "an", "just", "less", "under"))


_SCALE_WORDS = ("dozen", "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore")


def _read_fraction_of_scale(r: Reader, k: int) -> Phrase | None:
    """ "half a million", "a quarter of a million", "three-quarters of a billion", "half a dozen"."""
    a = r.atoms[k]
    if a.low not in nb.FRACTION_WORDS:
        if not (a.low in ("a", "an", "one") or a.kind == "word" and a.low in nb.UNITS):
            return None
        nxt = r.at(k + 2) if r.low(k + 1) == "-" else r.at(k + 1)
        if nxt is None or nxt.low not in nb.FRACTION_WORDS:
            return None
    words: list[str] = []
    j = k
    while j < len(r.atoms) and j - k < 8:
        b = r.atoms[j]
        if b.kind == "dash":
            if not words or b.tok.whitespace_ or r.atoms[j - 1].tok.whitespace_:
                return None  # only a hyphen inside the phrase: "half-a-million"
            j += 1
            continue
        if b.kind not in ("word", "tok"):
            return None
        words.append(b.low)
        if b.low in _SCALE_WORDS:
            break
        j += 1
    else:
        return None
    if j >= len(r.atoms) or r.atoms[j].low not in _SCALE_WORDS or not any(w in nb.FRACTION_WORDS for w in words):
        return None
    prev = r.at(k - 1)
    if prev is not None and (prev.low in nb.ORDINAL_WORDS or prev.kind in ("num", "word")):
        return None
    value = nb.fraction_of_scale(words)
    if value is None:
        return None
    return Phrase(first=k, last=j, value=value)


def _read_vague(r: Reader, k: int) -> Phrase | None:
    a = r.atoms[k]
    words = [a.low]
    last = k
    if a.low in ("tens", "hundreds") and r.low(k + 1) == "of" and r.low(k + 2) in ("thousands", "millions",
                                                                                   "billions"):
        words += [r.low(k + 2)]
        last = k + 2
    rng = nb.vague_range(" ".join(words))
    if rng is None or a.low == "scores" and r.low(k + 1) not in ("of", "more"):
        return None  # ("its own scores", "test scores": marks, not a number; "scores of people" is one)
    prev = r.at(k - 1)
    if prev and (prev.kind in ("num", "word") or prev.low in ("the", "their", "his", "her", "its")):
        return None  # "several hundreds", "in the thousands" / "five hundreds"
    ph = Phrase(first=k, last=last, range=(Decimal(str(rng[0])), Decimal(str(rng[1]))))
    ph.kind = "count"
    return ph


_GUESSES = frozenset({"maybe", "perhaps", "possibly"})


def _read_range(r: Reader, ph: Phrase) -> None:
    """Extend a phrase to a range: "X-Y", "X to Y", "X or Y", "between X and Y"."""
    atoms = r.atoms
    j = ph.last + 1
    b = r.at(j)
    if b is None:
        return
    prev_low = r.low(ph.first - 1)
    # skip a unit between X and "and" for "between 1.5% and 2%"
    between = prev_low == "between" or (r.at(ph.first - 1) and r.atoms[ph.first - 1].kind == "cur"
                                        and r.low(ph.first - 2) == "between")
    conn = None
    mid = j
    if b.kind == "dash" or b.low in ("to", "or") or (between and b.low == "and"):
        conn = b.low
        mid = j + 1
    elif between and b.kind in ("suf", "tok") and (un.measure_unit(b.text) or b.text == "%") and r.low(j + 1) == "and":
        conn = "and"
        mid = j + 2
    elif b.text == "%" and r.low(j + 1) in ("to", "-", "–") and (between or prev_low == "of" and r.low(
            ph.first - 2) in ("range", "band", "corridor")):
        conn = "to"  # "a target range of 1% to 3%"
        mid = j + 2
    elif b.low == "," and prev_low in _GUESSES and r.low(j + 1) in _GUESSES:
        conn = ","  # "maybe 20, maybe 25 cheap passes": a guess at a range
        mid = j + 2
    if conn is None:
        return
    spread = conn == "to" and _spread_from(r, ph)
    if not spread and (conn == "to" and r.low(ph.first - 1) == "from" or conn == "to" and (
            r.at(ph.first - 1) and atoms[ph.first - 1].kind == "cur" and r.low(ph.first - 2) == "from")):
        return
    if conn == "or" and r.low(mid) == "so":
        return
    while spread and r.low(mid) in END_HEDGES:
        mid += 1  # "range from fewer than 6,000 to about 35,000"
    c = r.at(mid)
    if c is not None and c.kind == "cur":
        mid += 1
        c = r.at(mid)
    if c is None or not (c.kind == "num" or (c.kind == "word" and c.low in nb.WORD_VALUES)):
        return
    got = r.read_number(mid)
    if not got:
        return
    hi, last = got
    lo = ph.value
    assert lo is not None
    lo_a = atoms[ph.first]
    if ph.first == ph.last and lo_a.kind == "num" and len(lo_a.text) == 4 and year_value(lo) and not (
            year_value(hi) or hi < 100):
        return  # "rose 38 percent in 2029 to 11.2 million"
    if ph.first == ph.last and lo_a.kind == "num" and len(lo_a.text) == 4 and year_value(lo) and hi < 100 and \
            r.at(last + 1) is not None and un.time_unit(r.atoms[last + 1].text):
        return  # "was sentenced in 2079 to six years": a term after the year it was given in
    # "2 to 3 million": the scale written once applies to both ends
    lo_words = [a.low for a in atoms[ph.first:ph.last + 1]]
    hi_words = [a.low for a in atoms[mid:last + 1]]
    if hi_words[-1] in nb.BIG_SCALES and lo_words[-1] not in nb.BIG_SCALES:
        scaled = lo * nb.BIG_SCALES[hi_words[-1]]
        if scaled < hi:
            lo = scaled
    if lo >= hi:
        if _vote_tally(r, ph, last):
            ph.kind = "votes"  # "by 212 to 187": two tallies, the second read on its own
            return
        if b.kind == "dash" or conn == "to":
            ph.drop = True  # a score "3-1" or a countdown
            ph.last = last
        return
    ph.range = (lo, hi)
    ph.value = None
    ph.last = last


def _spread_from(r: Reader, ph: Phrase) -> bool:
    """'Estimates range from fewer than 6,000 to about 35,000', 'prices vary from 40 to 90': a spread, not a change
    from one value to another."""
    k = ph.first - 1
    while k >= 0 and (r.low(k) in END_HEDGES or r.at(k) is not None and r.atoms[k].kind == "cur"):
        k -= 1
    if r.low(k) != "from" or r.at(k) is None:
        return False
    head = r.atoms[k].tok.head
    return head.lemma_.lower() in ("range", "vary")


def _vote_tally(r: Reader, ph: Phrase, last: int) -> bool:
    """ "voted by 212 to 187", "a 212-187 vote": a vote's two tallies, not a score."""
    if r.low(ph.first - 1) == "by" and any(t.lemma_.lower() in ("vote", "ballot") for t in r.sent):
        return True
    nxt = r.at(last + 1)
    return nxt is not None and nxt.tok.lemma_.lower() == "vote"
