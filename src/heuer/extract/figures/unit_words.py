"""Units read from the words after a number: percent, currency, measure, time, age, counted noun."""

from __future__ import annotations

from spacy.tokens import Token

from heuer.extract import numbers as nb
from heuer.extract import units as un
from heuer.extract.figures.counts import bare, has_scale, is_count_noun_ok
from heuer.extract.figures.hedges import right_hedges
from heuer.extract.figures.nonfigures import duration_check
from heuer.extract.figures.nouns import count_unit, noun_run, np_text, plural
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader, unit_and_fraction
from heuer.extract.figures.subjects import clause_subject
from heuer.extract.figures.tokens import next_tok

# words that make what follows "of" one known thing ("one year of the charge"): no count of a part of it
_DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"})


def unit_from_words(r: Reader, ph: Phrase, j: int, prev_t: Token | None) -> None:
    """Unit from the words after the number: percent, currency, measure, time, age, or a counted noun."""
    sent = r.sent
    atoms = r.atoms
    a = r.at(j)
    hyph = False
    if a is not None and a.kind == "dash" and a.tok.whitespace_ == "" and a.tok.i > 0 and \
            a.tok.doc[a.tok.i - 1].whitespace_ == "":
        hyph = True
        j += 1
        a = r.at(j)
    # right hedges before the noun: "10,000 or so troops", "40-odd people"
    if right_hedges(r, ph, j):
        j = ph.text_last + 1
        a = r.at(j)
        hyph = False
    if a is not None and a.kind in ("num", "word") and r.at(j + 1) is not None and r.atoms[j + 1].kind == "dash" \
            and r.at(j + 2) is not None and un.measure_unit(r.atoms[j + 2].text):
        k2 = j + 3
        while r.at(k2) is not None and r.atoms[k2].tok.pos_ == "ADJ":
            k2 += 1
        if r.at(k2) is not None and r.atoms[k2].tok.pos_ == "NOUN":
            j = k2
            a = r.atoms[j]
    if a is not None and a.low in ("more", "further", "extra", "additional") and r.at(j + 1) is not None and \
            un.time_unit(r.atoms[j + 1].text):
        j += 1  # "for at least two more years": the time the words after the number measure
        a = r.at(j)
    if prev_t is not None and prev_t.lower_ == "of" and prev_t.i > 0 and prev_t.doc[prev_t.i - 1].lemma_ == "factor" \
            and (a is None or a.kind != "tok" or not a.tok.pos_ == "NOUN"):
        ph.kind, ph.unit = "times", "times"  # "bigger by a factor of ten": a multiple
        return
    if a is None:
        bare(r, ph, prev_t)
        return
    low = a.low
    nxt = r.at(j + 1)
    nxt_low = nxt.low if nxt else ""
    if low in ("o'clock", "o’clock"):
        ph.drop = True  # "by nine o'clock": a clock time
        return
    if hyph and low == "strong":
        # "a 60-strong search-and-rescue team": the members of the body the compound describes
        body = a.tok.head if a.tok.head.pos_ == "NOUN" else None
        ph.kind, ph.unit = "count", f"{body.lower_} members" if body is not None else "members"
        ph.text_last = j
        ph.subject = body.lower_ if body is not None else None
        return
    # "ten past four", "twenty past midnight": a clock time
    if low == "past" and ph.range is None and ph.value is not None and ph.value <= 30 and nxt is not None and (
            nxt.kind in ("num", "word") or nxt_low in ("midnight", "noon", "the")):
        ph.drop = True
        return
    # percent
    if low in ("%", "percent", "pc", "pct") or (low == "per" and nxt_low == "cent"):
        ph.kind, ph.unit = "percent", "percent"
        ph.text_last = j + (1 if low == "per" else 0)
        after_unit(r, ph, ph.text_last)
        return
    if low in ("percentage", "basis") and nxt_low in ("point", "points"):
        ph.kind, ph.unit = "percent", f"{low} points"
        ph.text_last = j + 1
        after_unit(r, ph, j + 1)
        return
    if low in ("bps", "bp"):
        ph.kind, ph.unit = "percent", "basis points"
        ph.text_last = j
        after_unit(r, ph, j)
        return
    # money written out: "2 billion euros", "300,000 dollars", "1.2 trillion won"
    cw = un.currency_of_word(a.text) if a.kind == "tok" else None
    if cw and not (low in ("pound", "pounds") and nxt_low == "of") and not (low == "won" and a.tok.pos_ == "VERB"
                                                                           and nxt_low not in (".", ",", "in")):
        ph.kind, ph.unit = "money", cw
        ph.text_last = j
        after_unit(r, ph, j)
        return
    # age: "54-year-old", "54 years old", "54 year-old"
    if low in ("year", "years") and (nxt_low == "old" or (nxt_low == "-" and r.low(j + 2) == "old")):
        end = j + 1 if nxt_low == "old" else j + 2
        ph.kind, ph.unit = "age", "years"
        ph.text_last = end
        old_tok = atoms[end].tok
        if old_tok.head.pos_ in ("NOUN", "PROPN") and old_tok.head.i > old_tok.i:
            ph.noun = old_tok.head
        elif old_tok.i + 1 < sent.end and sent.doc[old_tok.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            run = noun_run(sent.doc[old_tok.i + 1], sent)
            ph.noun = run[-1] if run else None
            ph.noun_first = run[0] if run else None
        else:
            ph.subject = clause_subject(r, ph, old_tok)
        return
    # "sq km", "square kilometres", "cubic metres", "nautical miles"
    if low in ("square", "sq", "sq.", "cubic", "nautical") and nxt and un.measure_unit(nxt.text):
        ph.kind, ph.unit = "measure", f"{low.rstrip('.')} {nxt.low}"
        ph.text_last = j + 1
        after_unit(r, ph, j + 1)
        return
    # degrees Celsius
    if low in ("degree", "degrees") and nxt_low in ("celsius", "c", "fahrenheit", "f", "centigrade"):
        ph.kind = "measure"
        ph.unit = "degrees Celsius" if nxt_low in ("celsius", "c", "centigrade") else "degrees Fahrenheit"
        ph.text_last = j + 1
        after_unit(r, ph, j + 1)
        return
    # time units: durations ("30 working days", "ten business days": the kind of day named before the unit)
    if a.kind == "tok" and a.low in ("working", "business", "calendar", "school", "trading") and r.at(j + 1) is not None \
            and r.atoms[j + 1].kind == "tok" and un.time_unit(r.atoms[j + 1].text) in ("days", "weeks", "hours"):
        ph.kind, ph.unit = "duration", f"{a.low} {r.atoms[j + 1].low}"
        ph.text_last = j + 1
        ph.noun = r.atoms[j + 1].tok
        return
    tu = un.time_unit(a.text) if a.kind == "tok" else None
    after = r.at(j + 1)
    if tu and not hyph and a.low in ("day", "night", "week", "weekend", "year") and (ph.value or 0) > 1 and \
            has_scale([x.low for x in atoms[ph.first:ph.last + 1]]) and after is not None and after.kind == "tok" \
            and after.tok.tag_ == "NNS" and a.tok.dep_ in ("compound", "amod", "nmod") and a.tok.head.i == after.tok.i:
        tu = None  # ("2.3 million day visitors": a count of the kind of visitor, no stretch of days)
    # "an hour and a half", "two years and a half", "a mile and a half"
    extra = unit_and_fraction(r, j, singular=False) if ph.value is not None and not hyph else None
    if tu and extra is None and [x.low for x in atoms[ph.first:ph.last + 1]] == ["one"] and \
            not a.low.endswith("s") and (
            prev_t is None or prev_t.lower_ not in ("for", "about", "around", "nearly", "almost", "than", "least",
                                                     "just", "only", "last", "lasted", "lasting")) and \
            not (r.low(j + 1) == "of" and r.low(j + 2) not in _DEFINITE_WORDS):
        # ("one day of a two-day course": a share of something that lasts, counted; not "one year of the charge",
        # an anniversary)
        ph.drop = True  # "one day", "one year later": idioms, not reported durations
        return
    if tu:
        ph.kind, ph.unit = "duration", tu
        ph.text_last = j
        ph.noun = a.tok
        if extra is not None and ph.value is not None:
            ph.value += extra
            ph.text_last = j + 3
        elif hyph or (nxt is not None and nxt.kind == "tok" and a.tok.dep_ == "compound"):
            # "a two-day search", "a 48-hour ceasefire": the unit modifies a noun
            run = noun_run(nxt.tok, sent) if nxt is not None and nxt.tok.pos_ in ("NOUN", "PROPN", "ADJ") else []
            if run:
                ph.subject = np_text(run, sent, r)
            return
        duration_check(r, ph)
        right_hedges(r, ph, ph.text_last + 1)
        return
    # units of measure (a separate token, maybe hyphenated: "10-km")
    mu = un.measure_unit(a.text) if a.kind in ("tok", "suf") else None
    if low == "m":
        mu = "metres"
    if mu and not (low in ("g", "t", "c", "f", "ha", "oz", "m") and a.tok.pos_ not in ("NOUN", "PROPN", "X", "NUM")
                   and low not in ("m",)):
        # "km" "/" "h"
        end = j
        per = r.low(j + 2).rstrip(".")
        if extra is not None and ph.value is not None:
            ph.value += extra
            end = j + 3
        elif nxt_low == "/" and per in ("h", "hr", "hour", "s", "sec", "day", "d", "year", "yr"):
            mu = f"{mu}/{per}"
            end = j + 2
        elif low in ("barrel", "barrels") and nxt_low == "per" and r.low(j + 2) == "day":
            end = j
        if nxt_low == "equivalent":
            ph.drop = True  # "twenty-foot equivalent units": a unit's name
            return
        ph.kind, ph.unit = "measure", mu
        ph.text_last = end
        if hyph and nxt is not None and end == j and nxt.tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            run = noun_run(atoms[end + 1].tok, sent)
            if run:
                ph.subject = np_text(run, sent, r)
                return
        after_unit(r, ph, end)
        return
    if hyph and a.low == "time" and ph.value is not None and ph.value >= 2 and nxt is not None and \
            nxt.kind == "tok" and nxt.tok.pos_ in ("NOUN", "PROPN", "ADJ"):
        # "a two-time winner of the race", "the three-time champion": how often (not "a one-time payment")
        ph.kind, ph.unit = "times", "times"
        ph.text_last = j
        return
    if hyph and a.low == "fold":  # "a 20-fold rise": a multiple
        ph.kind, ph.unit = "times", "times"
        ph.text_last = j
        return
    # "a 64-page report", "the 27-member bloc": the compound counts its noun
    if hyph and a.kind == "tok" and a.tok.is_alpha and a.tok.pos_ in ("NOUN", "PROPN", "ADJ") and \
            a.low not in un.HYPHEN_IDIOMS and [x.low for x in atoms[ph.first:ph.last + 1]] != ["one"]:
        # (counted in the plural: "a 71-move game" is 71 moves)
        ph.kind, ph.unit, ph.noun = "count", plural(a.low) if a.tok.pos_ == "NOUN" else a.low, a.tok
        ph.text_last = j
        after = next_tok(a.tok, sent)
        run = noun_run(after, sent) if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") else []
        ph.subject = np_text(run, sent, r) if run else None
        return
    # a plural the tagger read as a verb
    read_as_verb = a.kind == "tok" and a.tok.tag_ == "VBZ" and a.tok.pos_ != "AUX" and a.tok.is_lower and \
        a.low.endswith("s")
    if read_as_verb and r.low(j + 1) in ("a", "an", "per", "each"):
        # "31.50 solvars a share": priced per unit
        ph.kind, ph.noun, ph.noun_first, ph.unit = "count", a.tok, a.tok, a.low
        return
    if read_as_verb and not a.low.endswith("ss") and not hyph and j == ph.last + 1 and nxt is not None and (
            nxt.tok.tag_ in ("VBD", "VBN", "VBZ", "VBP", "MD") or nxt_low in ("from", "who")):
        # "a group of about 60 inmates overpowered guards", "Seven works from the east gallery were taken": with the
        # clause's own verb after it
        ph.kind, ph.noun, ph.noun_first, ph.unit = "count", a.tok, a.tok, a.low
        ph.text_last = j
        return
    model = any(c.isalpha() for c in a.text) and any(c.isdigit() for c in a.text)
    more = a.kind == "tok" and a.low in ("more", "fewer") and a.tok.tag_ == "RBR"  # "eight more pest officers"
    if a.kind == "tok" and (a.tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") or model or more) and not hyph:
        run = noun_run(a.tok, sent)
        if run:
            head = run[-1]
            if head.lower_ in ("of",):
                run = []
        # (a lower-case word the tagger took for a name is a plural noun: "38.40 krovs a megawatt-hour")
        if run and run[-1].pos_ in ("NOUN", "PROPN") and not (
                run[-1].pos_ == "PROPN" and run[-1].tag_ != "NNPS" and not run[-1].is_lower):
            head = run[-1]
            if is_count_noun_ok(r, ph, run, prev_t):
                ph.kind = "count"
                ph.noun, ph.noun_first = head, run[0]
                ph.unit = count_unit(run)
            return
    bare(r, ph, prev_t)


def after_unit(r: Reader, ph: Phrase, unit_atom: int) -> None:
    """After a non-count unit: "of <thing>", "in <thing>", or a noun it modifies ("a $4.5 million aid package")."""
    sent = r.sent
    a = r.at(unit_atom)
    if a is None:
        return
    # right hedges after the unit: "10 percent or more"
    if right_hedges(r, ph, unit_atom + 1):
        unit_atom = ph.text_last
        a = r.atoms[unit_atom]
    nt = next_tok(a.tok, sent)
    if nt is None:
        return
    if nt.lower_ == "of":
        obj = next_tok(nt, sent)
        # skip determiners / possessives and numbers of another figure
        while obj is not None and (obj.pos_ in ("DET", "NUM") or obj.tag_ in ("PRP$",) or obj.lower_ in (
                "the", "a", "an", "its", "their")):
            obj = next_tok(obj, sent)
        if obj is not None and (obj.pos_ in ("NOUN", "PROPN", "ADJ") or obj.tag_ in ("VBN", "VBG")):
            run = noun_run(obj, sent)
            if run:
                ph.noun, ph.noun_first = run[-1], run[0]
                ph.subject = np_text(run, sent, r, with_pp=True)
        return
    if (ph.kind == "money" and nt.lower_ in ("in", "for", "on") or ph.kind == "percent" and nt.lower_ == "for") \
            and nt.head.i <= a.tok.i + 1:
        obj = next_tok(nt, sent)
        while obj is not None and (obj.pos_ == "DET" or obj.tag_ == "PRP$"):
            obj = next_tok(obj, sent)
        if obj is not None and obj.pos_ in ("NOUN", "ADJ") and obj.ent_type_ not in ("DATE", "TIME", "ORDINAL"):
            run = noun_run(obj, sent)
            if run and run[-1].lower_ not in un.TIME_UNITS and run[-1].lower_ not in un.TIME_NOUNS and not any(
                    t.lower_ in nb.ORDINAL_WORDS or t.lower_ in ("consecutive", "straight", "successive", "row")
                    for t in run):
                ph.subject = np_text(run, sent, r)
        return
    if ph.kind in ("money", "percent", "measure") and nt.pos_ in ("NOUN", "ADJ", "PROPN") and \
            nt.ent_type_ not in ("DATE", "TIME") and nt.lower_ not in ("a", "per"):
        run = noun_run(nt, sent)
        if run and run[-1].lower_ not in un.TIME_NOUNS and run[-1].lower_ not in un.TIME_UNITS:
            ph.subject = np_text(run, sent, r)
