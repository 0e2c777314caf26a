"""Numbers whose unit was left out take it from a neighbour figure."""

from __future__ import annotations

from spacy.tokens import Token

from heuer.extract import units as un
from heuer.extract.figures.counts import (
    BREAKDOWN_PREPS,
    STAFF_NOUNS,
    befalls_people,
    casualty_word_alone,
    changed_from,
    compared_after,
    compared_before,
    number_of_things,
    price_level,
    said_to_be,
)
from heuer.extract.figures.hedges import left_hedge_tokens
from heuer.extract.figures.nonfigures import year_value
from heuer.extract.figures.nouns import count_as, count_unit, noun_run
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader
from heuer.extract.figures.tokens import next_tok, prev_tok, tok_low, verb_of
from heuer.extract.quotes import inside_quotes

# nouns whose plural is the singular ("600 of the aircraft")
_SAME_IN_THE_PLURAL = frozenset({"aircraft", "sheep", "fish", "deer", "cattle", "livestock", "personnel", "spacecraft",
                                 "hovercraft", "species", "series"})


def _stretch_counted_in(r: Reader, ph: Phrase) -> bool:
    """'in the four years', 'over the past decade': a stretch of time a count is made in."""
    before = prev_tok(r.atoms[ph.first].tok, r.sent)
    while before is not None and before.lower_ in ("the", "past", "last", "first", "next"):
        before = prev_tok(before, r.sent)
    return tok_low(before) in ("in", "over", "within", "during")


def inherit_units(r: Reader, phrases: list[Phrase], all_phrases: list[Phrase]) -> None:
    """Numbers with their noun left out take it from a neighbour figure."""
    _change_start_from_end(r, all_phrases)
    _first_of_a_pair(r, all_phrases)
    _first_side_of_a_size(r, all_phrases)
    _scaled_amount_from_before(phrases)
    _others_of_the_count_before(phrases)
    _part_of_the_fronted_whole(r, phrases)
    for idx, ph in enumerate(phrases):
        if ph.kind == "partitive":
            donor = phrases[idx + 1] if idx + 1 < len(phrases) else None
            # ("fined nine of them a total of 3.2 million sallets": 'them' is no figure after it)
            last_tok = r.atoms[ph.last].tok
            if tok_low(next_tok(last_tok, r.sent)) != "of":  # ('"at least six" of the attackers': past the quote)
                last_tok = next_tok(last_tok, r.sent) or last_tok
            of_them = tok_low(next_tok(last_tok, r.sent, 2)) == "them"
            # (the whole the part is of, right after "of the": not a later count joined on, as in "17 of its
            # fighters and nine civilians")
            between = [a.tok for a in r.atoms[ph.last + 1 : donor.first]] if donor is not None else []
            # (an owner's name before the whole, "of the Liberal Forum's 31 members", is part of it)
            whole_next = not any(t.pos_ in ("NOUN", "PROPN", "CCONJ", "VERB") and not _of_an_owner(t) for t in between)
            # ("lost money in two of the three years": a part of a span of time is a span too)
            if donor is not None and (donor.kind == "count" and donor.noun is not None or donor.kind == "duration"
                                      and donor.unit) and donor.first - ph.last <= 6 and not of_them and whole_next:
                ph.kind, ph.unit, ph.noun, ph.noun_first = donor.kind, donor.unit, donor.noun, donor.noun_first
            else:
                # "four of the judges": the noun after "of"
                nt = next_tok(last_tok, r.sent)
                obj = next_tok(nt, r.sent) if nt is not None else None
                # ("38 of the most fragile manuscripts": past the degree word too)
                while obj is not None and (obj.pos_ == "DET" or obj.tag_ == "PRP$" or obj.tag_ in ("RBS", "RBR") and
                                           tok_low(next_tok(obj, r.sent)) != "of"):
                    obj = next_tok(obj, r.sent)
                owner_end = next_tok(obj, r.sent) if obj is not None and obj.pos_ in ("PROPN", "NOUN") else None
                if owner_end is not None and owner_end.tag_ == "POS":
                    obj = next_tok(owner_end, r.sent)  # "all 11 of Velloway's mills": past the owner
                predicate = _predicate_noun(r, ph)
                if predicate and obj is not None and obj.tag_ == "NNS" and inside_quotes(r.sent.doc.text, predicate[0].idx):
                    predicate = []  # ('30 of the vehicles were "total losses"': a verdict on the part, no kind of it)
                if predicate:  # "seven of them are Hollesund citizens"
                    count_as(ph, predicate)
                    continue
                whole = next((d for d in all_phrases if obj is not None and d.first > ph.last
                              and r.atoms[d.first].tok.i == obj.i), None)
                ante = next((d for d in reversed(phrases[:idx]) if d.kind == "count" and d.unit and not d.drop
                             and d.noun is not None), None) if whole is not None else None
                if ante is not None and whole is not None and whole.unit is None:
                    # "194 of the 2,405 patients had a stroke, compared with 281 of the 2,407 who took a placebo":
                    # a part of a whole that counts what the sentence counted before, and the whole too
                    for part in (ph, whole):
                        part.kind, part.unit, part.noun, part.noun_first = "count", ante.unit, ante.noun, ante.noun_first
                        part.drop = False
                    continue
                if whole is not None and whole.unit is None and not whole.drop and whole.kind in ("bare", "count") \
                        and r.low(whole.last + 1) in (".", ";", "") and whole.value is not None and \
                        ph.value is not None and ph.value < whole.value:
                    # "After the winter break we won 23 of 30": a part of a whole that counts what the story
                    # counted before; both take that from the sentences before (see figures.discourse)
                    ph.kind = "bare"
                    continue
                if obj is not None and obj.lower_ == "it" and obj.dep_ == "pobj":
                    # "14.6 billion marrens a year, about 4.2 billion of it from the bank levy": a part of the sum
                    # named just before, in its unit
                    ante = next((d for d in reversed(phrases[:idx]) if d.kind in ("money", "measure", "count")
                                 and d.unit and not d.drop), None)
                    if ante is not None:
                        ph.kind, ph.unit, ph.noun, ph.noun_first = ante.kind, ante.unit, ante.noun, ante.noun_first
                    else:
                        ph.drop = True
                    continue
                people = obj is not None and obj.lower_ in ("those", "these") and _people_described(obj)
                if people:  # "six of those arrested", "a third of those who backed it": people
                    ph.kind, ph.unit, ph.noun, ph.noun_first = "count", "people", None, None
                    continue
                if obj is not None and obj.lower_ in ("whom", "which") and obj.dep_ == "pobj":
                    # "treated 74 people, 11 of whom were admitted": part of the count the clause hangs on
                    ante = next((d for d in reversed(phrases[:idx]) if d.kind == "count" and d.unit and not d.drop),
                                None)
                    if ante is not None:
                        ph.kind, ph.unit, ph.noun, ph.noun_first = ante.kind, ante.unit, ante.noun, ante.noun_first
                    else:
                        ph.drop = True
                    continue
                if obj is not None and obj.lower_ in ("them", "those", "these") and obj.dep_ == "pobj":
                    # "more than 100 of them": the count of the thing counted before
                    # (a whole no smaller than its part: "damaged 310 homes within a radius of 1.2 kilometres, 40 of
                    # them ..."; and people where something befalls the part: "80 firefighters fought the blaze for
                    # six hours, and two of them were hurt")
                    befallen = befalls_people(r.atoms[ph.first].tok)
                    antes = [d for d in reversed(phrases[:idx]) if d.kind in ("count", "duration", "measure")
                             and d.unit and not d.drop and (d.noun is not None or d.kind != "count" or d.unit == "people")
                             and not _compound_modifier(d) and not _time_frame(r, d) and not _a_position(r, d)
                             and not (ph.value is not None and d.value is not None and d.value < ph.value)
                             and not (befallen and d.kind != "count")]
                    # ("37 people had been brought in, including nine guards, and three of them ...": the whole, not
                    # the part set aside by "including")
                    while len(antes) > 1 and _included_part(r, antes[0]):
                        antes = antes[1:]
                    ante = antes[0] if antes else None
                    if ante is not None:  # "6,200 hours, 1,900 of them on the type"
                        ph.kind, ph.unit, ph.noun, ph.noun_first = ante.kind, ante.unit, ante.noun, ante.noun_first
                    else:
                        ph.kind = "bare"  # "It said four of them had been shut": counted in a sentence before
                    continue
                if obj is not None and obj.dep_ == "pobj" and casualty_word_alone(obj, r.sent):
                    ph.kind, ph.unit, ph.noun, ph.noun_first = "count", obj.lower_, obj, obj
                    continue  # "carried 12 of the injured to hospital"
                run = noun_run(obj, r.sent) if obj is not None and obj.pos_ in ("NOUN", "ADJ") else []
                after = next_tok(run[-1], r.sent) if run else obj
                if after is not None and after.tag_ == "VBZ" and after.dep_ == "pobj" and after.head.i == nt.i:
                    run = [*run, after]  # "212 of her field notebooks": a plural the tagger read as a verb
                if not (run and (run[-1].tag_ in ("NNS", "NNPS") or run[-1].tag_ == "VBZ"
                                 or run[-1].lemma_.lower() in STAFF_NOUNS | _SAME_IN_THE_PLURAL)):
                    run = []  # ("all 11 of those staff": a body's people, counted though singular)
                if run:
                    tu = un.time_unit(run[-1].text)
                    ph.kind = "duration" if tu else "count"
                    ph.unit, ph.noun, ph.noun_first = tu or count_unit(run), run[-1], run[0]
                else:
                    ph.drop = True
        elif ph.kind == "ellipsis":
            before = [d for d in all_phrases if d.last < ph.first]
            after_year = before and year_value(before[-1].value) and r.low(ph.first - 1) == "to"
            if before and before[-1].drop and ph.first - before[-1].last <= 3 and not after_year:
                ph.drop = True  # "junctions 4 and 7", "March 3 and 17"; not "from 118 in 2030 to 287"
                continue
            donor = phrases[idx - 1] if idx > 0 else None
            if donor is not None and idx > 1 and r.low(donor.first - 1) == "per":
                donor = phrases[idx - 2]  # "27 errors per 100 residents, against an average of 11": not the rate's base
            if donor is not None and donor.kind == "percent" and ph.value is not None and ph.value > 100 and idx > 1:
                # "won 41,806 votes, or 38.4 percent, against 40,594": no share is over a hundred
                donor = next((d for d in reversed(phrases[: idx - 1]) if d.kind != "percent" and not d.drop), donor)
            share_part = donor is not None and donor.kind == "share" and idx > 1 and r.low(ph.first - 1) == "and"
            if share_part:
                # "treated 214 climbers, about a third of them for frostbite and 41 for fluid on the lungs": a
                # part of the whole the share before was of
                donor = next((d for d in reversed(phrases[: idx - 1]) if d.kind == "count" and d.unit and not d.drop),
                             donor)
            first_tok = r.atoms[ph.first].tok
            hedge = left_hedge_tokens(r, ph)
            if hedge:
                first_tok = hedge[0]
            p1 = prev_tok(first_tok, r.sent)
            while p1 is not None and p1.is_quote:  # 'cut to "maybe 30 who can still walk"'
                p1 = prev_tok(p1, r.sent)
            if tok_low(p1) == "the" and tok_low(prev_tok(p1, r.sent)) in ("not", "against", "than", "versus"):
                p1 = prev_tok(p1, r.sent)  # "842 staff, not the 710 the union had balloted"
            if tok_low(p1) == "of" and tok_low(prev_tok(p1, r.sent)) == "out":
                # "1,460 children had waited longer than 12 months, out of about 41,000": the whole of a count
                donor = next((d for d in reversed(phrases[:idx]) if d.kind == "count" and d.unit and not d.drop
                              and (d.value is None or ph.value is None or d.value <= ph.value)), donor)
            # ("..., a further 1,600 would open by 2040, including 640 at the new jail": a part of the count before)
            near = 40 if compared_before(r, ph) or compared_after(r, ph) or tok_low(p1) in un.ADDED_TO | {
                "against", "versus", "vs", "vs.", "including", "of", "not", "other", "remaining", "into", "than"} \
                or _from_to(r, donor, p1) \
                or _more_of(r, ph) or p1 is not None and p1.tag_ == "POS" \
                or _changed_to(r, p1) or share_part else 5
            if tok_low(p1) == "and" and (ph.root or r.atoms[ph.first].tok).dep_ in ("nsubj", "nsubjpass"):
                near = 12  # "17 hostages have now been freed and 20 are still being held": a clause of its own
            if tok_low(p1) == "," and tok_low(next_tok(r.atoms[ph.last].tok, r.sent)) in BREAKDOWN_PREPS:
                near = 12  # "three bodies at the scene, two in Kardovian uniform": a breakdown of the count
            predicate = _predicate_noun(r, ph)
            if predicate:  # "and two are Pravetian citizens"
                count_as(ph, predicate)
                continue
            if donor is not None and donor.kind == "duration" and tok_low(p1) in ("to", "from") and tok_low(
                    prev_tok(r.atoms[donor.first].tok, r.sent)) in ("in", "over", "within", "during"):
                donor = None  # "has fallen by 61 percent in ten years, to about 1.4 million a day": not years
                # (nor "cut by a third in three years, and the number of officers had fallen from 31 to 19")
            added = tok_low(p1) in un.ADDED_TO or any(t.lower_ in un.ADDED_TO for t in hedge) or \
                tok_low(prev_tok(r.atoms[ph.first].tok, r.sent)) in un.ADDED_TO
            if donor is not None and donor.kind == "duration" and added and _stretch_counted_in(r, donor):
                # "36,500 homes were completed in the four years, and a further 11,800 were ...": more of the
                # count before the stretch of time, not more years
                donor = next((d for d in reversed(phrases[: idx - 1]) if d.kind == "count" and d.unit and not d.drop),
                             None)
            if donor is not None and not donor.drop and donor.kind in ("count", "money", "percent", "measure",
                                                                       "duration") and ph.first - donor.last <= near:
                ph.kind, ph.unit, ph.noun, ph.noun_first = donor.kind, donor.unit, donor.noun, donor.noun_first
                if donor.subject:
                    ph.subject = donor.subject
            else:
                ph.kind, ph.unit = "bare", None
                number_of_things(r, ph)  # "the number of people detained has risen to 212"
        elif ph.kind == "bare" and ph.unit is None and (_object_of_verb(r, ph) or _all_but(r, ph)
                                                        or _level_of_a_limit(r, ph)):
            # ("held 1,140 prisoners, well below its capacity of 1,300": the limit of the count before)
            # "falling from 33 seats to 26, while the Civic Alliance won 21": the count the sentence is about
            # ("312 samples over the past two seasons and that all but four": not the stretch of time)
            # (a limit is of whatever the level before it measured: "meat at 11 degrees, against a legal maximum
            # of 8")
            kinds = ("count", "measure", "money", "percent") if _level_of_a_limit(r, ph) else ("count",)
            donor = next((d for d in reversed(phrases[:idx]) if d.kind in kinds and d.unit and not d.drop
                          and tok_low(prev_tok(r.atoms[d.first].tok, r.sent)) not in un.TIME_EXPR_MOD), None)
            things = _things_named_since(r, ph, donor)
            if things is not None:  # "spent 14 months preparing the objects, and had found 27 whose labels were wrong"
                ph.kind, ph.unit, ph.noun, ph.noun_first = "count", things.lower_, things, things
            elif donor is not None:
                ph.kind, ph.unit, ph.noun, ph.noun_first = donor.kind, donor.unit, donor.noun, donor.noun_first
        elif ph.kind == "bare" and ph.unit is None and ph.range is None and price_level(r, ph):
            # "sold to investors at 21 quindars each, opened at 24.60": the price before, in its unit
            # (a sum of money, or a count of a currency the story made up that was itself a price "at" it)
            donor = next((d for d in reversed(phrases[:idx]) if d.unit and not d.drop and (
                d.kind == "money" or d.kind == "count" and tok_low(prev_tok(r.atoms[d.first].tok, r.sent)) == "at"
                and not un.time_unit(d.unit) and not un.measure_unit(d.unit))), None)
            if donor is not None:
                ph.kind, ph.unit, ph.noun, ph.noun_first = donor.kind, donor.unit, donor.noun, donor.noun_first
        elif ph.kind == "casualty":
            donor = next((d for d in reversed(phrases[:idx]) if d.kind == "count" and d.unit), None)
            # ("more than 120 injured" after "37 people were killed" counts people; alone, "17 dead" counts the dead,
            # and "11 dead and 34 injured" the injured)
            own = ph.subject if ph.subject and ph.subject.split()[0].lower() in _HARMED else None
            if donor is not None and own is not None and donor.unit in _HARMED:
                donor = None
            ph.unit = donor.unit if donor is not None else (own or "people")
            if donor is not None and own is not None and len(own.split()) == 1:
                ph.unit = f"{own.lower()} {donor.unit}"  # "seven people were killed and 54 injured": injured people
            ph.kind = "count"
            if donor is not None:
                ph.subject = f"{donor.unit} {ph.subject}" if ph.subject else donor.unit
    for ph in phrases:
        _counted_by_the_subject(r, ph)
    for idx, ph in enumerate(phrases):
        if ph.kind == "bare" and ph.unit is None and ph.range is None and compared_after(r, ph):
            # "admissions stood at 38.7 million, 2.3 million more than at the same point last year": more of the
            # thing just counted (read as an apposition of the count before)
            donor = next((d for d in reversed(phrases[:idx]) if d.kind in ("count", "money", "measure") and d.unit
                          and not d.drop), None)
            if donor is not None:
                ph.kind, ph.unit, ph.noun, ph.noun_first = donor.kind, donor.unit, donor.noun, donor.noun_first


def _people_described(pronoun: Token) -> bool:
    """'those arrested', 'those who backed it', 'those over 65', 'those at risk', 'those in need': people described
    by what they did or are."""
    nxt = pronoun.doc[pronoun.i + 1] if pronoun.i + 1 < len(pronoun.doc) else None
    return nxt is not None and (nxt.lower_ == "who" or nxt.tag_ == "VBN" and nxt.head.i == pronoun.i or
                                nxt.lower_ in _PEOPLE_PLIGHTS and nxt.head.i == pronoun.i)


# prepositions that describe people by their plight or state after "those" ("those at risk", "those in need")
_PEOPLE_PLIGHTS = frozenset({"at", "in", "without", "under", "over", "aged"})


# the words for the harmed that name what they count ("17 dead"); others count people ("86 aboard", "71 rescued")
_HARMED = frozenset({"dead", "killed", "wounded", "injured", "hurt"})


def _first_side_of_a_size(r: Reader, phrases: list[Phrase]) -> None:
    """'a canvas of 92 by 140 centimetres': the first side of a size takes the unit of the second."""
    for start, end in zip(phrases, phrases[1:], strict=False):
        if end.kind == "measure" and end.unit and start.unit is None and end.first == start.last + 2 and \
                r.low(start.last + 1) in ("by", "x") and start.range is None:
            start.kind, start.unit, start.noun, start.noun_first = end.kind, end.unit, end.noun, end.noun_first
            start.drop = False


def _first_of_a_pair(r: Reader, all_phrases: list[Phrase]) -> None:
    """'terms of eight and five years', 'jailed for six and four years respectively': a number left without a
    noun takes the unit of the number joined on right after it."""
    for ph, later in zip(all_phrases, all_phrases[1:], strict=False):
        if ph.unit is None and ph.range is None and ph.value is not None and not year_value(ph.value) and \
                ph.first == ph.last and r.low(ph.last + 1) == "and" and later.first == ph.last + 2 and \
                later.kind in ("money", "measure", "duration", "count") and later.unit and later.range is None and \
                not later.drop and r.atoms[ph.first].kind == r.atoms[later.first].kind and \
                r.low(ph.first - 1) not in un.LABEL_WORDS | un.LABEL_NOUNS:  # (not "the number 6 and 19 buses")
            ph.drop = False
            ph.kind, ph.unit, ph.noun, ph.noun_first = later.kind, later.unit, later.noun, later.noun_first


def _change_start_from_end(r: Reader, phrases: list[Phrase]) -> None:
    """'raised their price target from 52 to 58 solvas': the start of a change counts what its end counts, even
    when a noun before it was taken for its unit."""
    for start, end in zip(phrases, phrases[1:], strict=False):
        if end.unit is None or end.drop or end.first != start.last + 2 or r.low(start.last + 1) != "to":
            continue
        if start.drop and not (_dropped_as_a_bare_object(r, start) and (
                end.kind in ("money", "percent", "measure") or end.noun is not None and end.noun.tag_ in ("NNS", "NNPS"))):
            continue
        before = left_hedge_tokens(r, start)
        p = prev_tok(before[0] if before else r.atoms[start.first].tok, r.sent)
        if tok_low(p) != "from":
            continue
        own_noun_after = start.noun is not None and start.noun.i > r.atoms[start.last].tok.i
        if start.unit is None or not own_noun_after and start.kind in ("count", "bare", "ellipsis"):
            start.kind, start.unit, start.noun, start.noun_first = end.kind, end.unit, end.noun, end.noun_first
            start.drop = False


def _dropped_as_a_bare_object(r: Reader, ph: Phrase) -> bool:
    """Was the number read through (not dropped while scanning) and dropped only for want of a noun, a plain
    number that is no date, clock time or year?"""
    return ph.text_last == ph.last and ph.text_first <= ph.first and ph.unit is None and ph.value is not None and \
        not year_value(ph.value) and not any(r.is_blocked(a) for a in r.atoms[ph.first : ph.last + 1] if a.kind == "num")


# the scale words of a large amount: "up to 9 million", "some 1.2 billion"
_SCALE_WORDS = frozenset({"million", "billion", "trillion", "bn", "m"})


def _scaled_amount_from_before(phrases: list[Phrase]) -> None:
    """'worth 68 million lennets plus up to 9 million in add-ons', 'reached 7.4 billion sestins, of which cheese
    accounted for some 1.2 billion': a large amount without a unit is in the unit of the large amount before it."""
    for idx, ph in enumerate(phrases):
        if ph.unit is not None or ph.kind not in ("bare", "ellipsis") or not _scaled(ph):
            continue
        donor = next((d for d in reversed(phrases[:idx]) if not d.drop and d.unit and _scaled(d)
                      and d.kind in ("money", "count", "measure")), None)
        if donor is not None:  # (the unit only: what the amount is of is read from its own words)
            ph.kind, ph.unit = donor.kind, donor.unit


# verbs that say how many of the subject there are: "Repossessions totalled 1,140", "Arrivals rose to 12,000"
_TALLY_VERBS = frozenset({"total", "reach", "number", "rise", "fall", "climb", "drop", "stand", "hit", "exceed",
                          "top", "double", "treble", "halve", "increase", "decrease", "grow", "jump", "slip"})
# plural subjects that are amounts or levels, not things counted
_NOT_COUNTED = frozenset({"prices", "rates", "costs", "sales", "revenues", "profits", "earnings", "wages", "shares",
                          "yields", "temperatures", "levels", "numbers", "figures", "totals", "estimates", "losses",
                          "savings", "receipts", "takings", "returns", "exports", "imports", "reserves", "funds",
                          "assets", "debts", "fees", "bills", "rents", "salaries", "budgets", "values", "scores",
                          "ratings", "odds", "terms", "margins", "points"})


def _counted_by_the_subject(r: Reader, ph: Phrase) -> None:
    """'Repossessions totalled 1,140 in the whole of last year', 'Arrivals rose to about 12,000': a number with
    no noun of its own that a tally verb gives as how many of its plural subject there are counts the subject."""
    if ph.unit is not None or ph.kind not in ("bare", "ellipsis") or ph.drop:
        return
    root = ph.root or r.atoms[ph.first].tok
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in ("to", "at"):
        verb = verb.head
    elif root.dep_ not in ("dobj", "attr", "npadvmod", "nummod") or root.dep_ == "nummod" and root.head.pos_ != "VERB":
        return
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TALLY_VERBS:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    # (a plural opening the sentence may be tagged as a name: "Repossessions totalled 1,140")
    if subj is None or not (subj.tag_ == "NNS" or subj.tag_ == "NNPS" and subj.i == r.sent.start) or \
            subj.lower_ in _NOT_COUNTED or un.time_unit(subj.text) or \
            un.measure_unit(subj.text) or any(c.dep_ in ("det", "poss", "nummod") for c in subj.children):
        return
    if subj.tag_ == "NNPS":
        ph.kind, ph.unit, ph.noun, ph.noun_first = "count", subj.lower_, subj, subj
    else:
        count_as(ph, noun_run(subj, r.sent) or [subj])


def _part_of_the_fronted_whole(r: Reader, phrases: list[Phrase]) -> None:
    """'Of its 58 aircraft, 11 have been grounded': a bare number opening the clause after a fronted 'Of ...'
    phrase counts a part of the count in it."""
    if r.sent[0].lower_ != "of":
        return
    for idx, ph in enumerate(phrases):
        if ph.unit is not None or ph.kind != "bare" or ph.range is not None or idx == 0:
            continue
        donor = phrases[idx - 1]
        first = r.atoms[ph.first].tok
        comma = prev_tok(first, r.sent)
        # ("Of the 104 people admitted to hospitals since Friday, 41 remained": the whole described up to the comma)
        whole_ends = donor.noun is not None and comma is not None and (donor.noun.i == comma.i - 1 or (
            donor.noun.dep_ == "pobj" and donor.noun.head.i == r.sent[0].i and donor.noun.right_edge.i == comma.i - 1))
        if donor.kind == "count" and donor.unit and donor.noun is not None and tok_low(comma) == "," and \
                comma is not None and whole_ends and (ph.root or first).dep_ in ("nsubj", "nsubjpass"):
            ph.kind, ph.unit, ph.noun, ph.noun_first = "count", donor.unit, donor.noun, donor.noun_first


def _scaled(ph: Phrase) -> bool:
    amount = ph.range[1] if ph.range is not None else ph.value
    return amount is not None and amount >= 100_000


def _from_to(r: Reader, donor: Phrase | None, p1: Token | None) -> bool:
    """'went from 62 million tonnes of carbon dioxide a year to 29 million': the second end of a change."""
    if donor is None or p1 is None or p1.lower_ != "to":
        return False
    start = r.atoms[donor.first].tok.i
    return any(t.lower_ == "from" for t in r.sent.doc[max(r.sent.start, start - 3) : start])


def _changed_to(r: Reader, p1: Token | None) -> bool:
    """'his company of 120 men has been cut to maybe 30': the new level of the count before."""
    if p1 is None or p1.lower_ not in ("to", "from"):
        return False
    if p1.lower_ == "from":  # "fell to about 61,000 krovs a day this week from 95,000"
        return changed_from(p1)
    verb = prev_tok(p1, r.sent)
    while verb is not None and verb.pos_ in ("ADV", "PART") or verb is not None and verb.lower_ == "down":
        verb = prev_tok(verb, r.sent)
    return verb is not None and verb.lemma_.lower() in un.CHANGE_VERBS


def _things_named_since(r: Reader, ph: Phrase, donor: Phrase | None) -> Token | None:
    """'had spent 14 months preparing the objects, and had found 27 whose labels were wrong': a number a relative
    clause describes counts the plural the text named, uncounted, since the last count."""
    if tok_low(next_tok(r.atoms[ph.last].tok, r.sent)) not in ("whose", "that", "who", "which"):
        return None
    floor = r.atoms[donor.last].tok.i if donor is not None else r.sent.start
    here = r.atoms[ph.first].tok.i
    for t in reversed(r.sent.doc[floor + 1 : here]):
        if t.tag_ == "NNS" and t.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in t.children) and \
                not un.time_unit(t.text) and not un.measure_unit(t.text) and t.dep_ in ("dobj", "pobj"):
            return t
    return None


def _object_of_verb(r: Reader, ph: Phrase) -> bool:
    """Is the bare number the object of a verb ('the Civic Alliance won 21') or of 'including' ('1,600 would
    open, including 640 at the new jail')?"""
    root = ph.root or r.atoms[ph.first].tok
    # ("was still caring for 12 that may never be fit ...": the object of the verb's preposition, a relative after it)
    described = root.dep_ == "pobj" and root.head.head.pos_ == "VERB" and tok_low(
        next_tok(r.atoms[ph.last].tok, r.sent)) in ("that", "who", "which")
    return root.dep_ in ("dobj", "pobj") and (root.head.pos_ == "VERB" or root.head.lower_ == "including") or described


_ATTRIBUTIVE_PARTICIPLES = {"serving", "practising", "practicing", "acting", "visiting", "retired", "trained",
                             "qualified", "registered"}


def _predicate_noun(r: Reader, ph: Phrase) -> list[Token]:
    """'seven of them are Hollesund citizens', 'two are Pravetian citizens': a number that is the subject of "be"
    counts the plural noun it is said to be."""
    root = ph.root or r.atoms[ph.first].tok
    after = next_tok(r.atoms[ph.last].tok, r.sent)
    if root.dep_ in ("nummod", "nsubj") and root.head.tag_ == "NNS" and root.head.i > root.i + 2 and \
            tok_low(next_tok(root, r.sent)) == "of" and tok_low(next_tok(root, r.sent, 2)) in ("them", "those", "these") \
            and all(t.pos_ in ("ADJ", "NOUN") for t in r.sent.doc[root.i + 3 : root.head.i]) and \
            not un.time_unit(root.head.text) and not un.measure_unit(root.head.text):
        return noun_run(root.head, r.sent)  # "23 victims since January, four of them local councils": what they are
    if root.dep_ == "nsubj" and root.head.tag_ == "VBZ" and root.head.i == root.i + 3 and root.head.is_lower and \
            root.head.lower_.endswith("s") and tok_low(next_tok(root, r.sent)) == "of" and \
            tok_low(next_tok(root, r.sent, 2)) in ("them", "those", "these") and \
            not any(c.dep_ in ("aux", "dobj") for c in root.head.children) and not un.time_unit(root.head.text):
        return [root.head]  # "212 living dogs, 61 of them puppies under 10 weeks old", the plural read as a verb
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        verb = root.head
    elif root.dep_ == "nsubj" and root.head.lower_ in _ATTRIBUTIVE_PARTICIPLES and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in root.head.children):
        # "nine of them were serving officers": a participle the parser took for the verb describes the noun
        obj = next((c for c in root.head.children if c.dep_ == "dobj" and c.i == root.head.i + 1), None)
        return noun_run(obj, r.sent) if obj is not None and obj.tag_ == "NNS" else []
    elif after is not None and after.lemma_ == "be" and after.pos_ in ("AUX", "VERB"):
        verb = after  # "and two are Pravetian citizens", the number read as a conjunct of the noun before
    else:
        return []
    return said_to_be(verb, root, r.sent)


def _time_frame(r: Reader, ph: Phrase) -> bool:
    """'in the last ten years': a stretch of time that frames the count, not a thing a later 'three of them' counts."""
    before = prev_tok(r.atoms[ph.first].tok, r.sent)
    return ph.kind == "duration" and tok_low(before) in un.TIME_EXPR_MOD


def _a_position(r: Reader, ph: Phrase) -> bool:
    """'flown 37 rescue missions ..., at up to 6,900 metres, and had been paid for 22 of them': a measure that says
    where something happened, not an amount a later 'of them' takes a part of."""
    if ph.kind != "measure":
        return False
    num = r.atoms[ph.last].tok
    noun = num.head if num.dep_ == "nummod" else num
    return noun.dep_ == "pobj" and noun.head.lower_ in _WHERE_PREPS


_WHERE_PREPS = frozenset({"at", "within", "above", "below", "off", "near", "beyond"})


def _compound_modifier(ph: Phrase) -> bool:
    """'a three-week inspection': a number joined to its noun by a hyphen describes another noun; nothing it
    counts is what a later 'four of them' counts."""
    noun = ph.noun
    return noun is not None and noun.i > 0 and noun.doc[noun.i - 1].text == "-"


def _all_but(r: Reader, ph: Phrase) -> bool:
    """'Eleven of those notices concerned roof supports, and all but two had been closed': all of the things
    counted before, but that many."""
    p1 = prev_tok(r.atoms[ph.first].tok, r.sent)
    p2 = prev_tok(p1, r.sent) if p1 is not None else None
    return tok_low(p1) == "but" and tok_low(p2) == "all"


def _more_of(r: Reader, ph: Phrase) -> bool:
    """'... and is checking reports of 92 more': more of what was counted before."""
    return tok_low(next_tok(r.atoms[ph.last].tok, r.sent)) == "more"


# nouns for the level a count is held to or aims at ("its capacity of 1,300", "a ceiling of 400")
_LIMIT_NOUNS = frozenset({"capacity", "limit", "maximum", "minimum", "ceiling", "cap", "quota", "target"})


def _level_of_a_limit(r: Reader, ph: Phrase) -> bool:
    """Is the bare number the level of a capacity, limit or target ('its capacity of 1,300')?"""
    root = ph.root or r.atoms[ph.first].tok
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _LIMIT_NOUNS


def _included_part(r: Reader, ph: Phrase) -> bool:
    """Is the figure a part set aside by 'including' ('37 people, including nine guards')?"""
    prev = prev_tok(r.atoms[ph.first].tok, r.sent)
    return tok_low(prev) == "including" or (ph.noun is not None and ph.noun.head.lower_ == "including")


def _others_of_the_count_before(phrases: list[Phrase]) -> None:
    """'killing at least 14 civilians and wounding 37 others': 'others' are more of what the count before counted
    (not after a list of several kinds: "14 Catholics, six Orthodox ... as well as 29 others")."""
    for idx, ph in enumerate(phrases):
        if ph.kind != "count" or ph.unit != "others":
            continue
        antes = [d for d in phrases[:idx] if d.kind == "count" and d.unit and d.unit != "others" and not d.drop
                 and d.noun is not None]
        if antes and len({d.unit for d in antes}) == 1:
            ph.unit, ph.noun, ph.noun_first = antes[-1].unit, antes[-1].noun, antes[-1].noun_first
            continue
        # ("cancelled 62 flights, affecting about 7,800 passengers, and rerouted nine others": the count of the verb
        # this one's verb is joined to, not one in an aside)
        verb = verb_of(ph.noun) if ph.noun is not None else None
        joined = [d for d in antes if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.dep_ == "conj"
                  and d.noun is not None and ph.noun.dep_ == d.noun.dep_ == "dobj"
                  and (d_verb := verb_of(d.noun)).pos_ in ("VERB", "AUX") and d_verb == verb.head]
        if joined:
            ph.unit, ph.noun, ph.noun_first = joined[-1].unit, joined[-1].noun, joined[-1].noun_first


def _of_an_owner(tok: Token) -> bool:
    """Is the token (part of) a possessive owner's name ("Velloway's", "the Liberal Forum's")?"""
    return tok.dep_ == "poss" or tok.tag_ == "POS" or tok.dep_ in ("compound", "amod") and tok.head.dep_ == "poss"
