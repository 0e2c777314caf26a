"""Counted nouns and numbers written without a unit."""

from __future__ import annotations

from spacy.tokens import Span, Token

from heuer.extract import numbers as nb
from heuer.extract import units as un
from heuer.extract.entities import is_role_word
from heuer.extract.figures.hedges import END_HEDGES, left_hedge_tokens
from heuer.extract.figures.nonfigures import is_year_like, phone_context
from heuer.extract.figures.nouns import DEICTIC_TIME_WORDS, count_as, count_unit, noun_run, np_text, plural
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader
from heuer.extract.figures.tokens import next_tok, prev_tok, tok_low

# words before a number that say again a count named before ("all 60", "those 43")
RESTATING_WORDS = frozenset({"all", "those", "these"})


# what befalls people, said of a count of them ("two of them were hurt", "one soldier had been killed")
_BEFALLING = frozenset({"hurt", "injure", "kill", "wound", "die", "arrest", "rescue", "detain", "treat", "hospitalise",
                        "hospitalize", "evacuate", "free", "release", "save", "burn"})


# what a breakdown of a count goes on with ("three bodies, two in Kardovian uniform")
BREAKDOWN_PREPS = frozenset({"in", "with", "from", "on", "at", "among", "inside", "outside", "under", "over"})


# words that set a count against another one: "842 staff, not the 710 the union had balloted"
_SET_AGAINST = frozenset({"not", "against", "than", "versus", "vs", "vs."})


def befalls_people(tok: Token) -> bool:
    """Is ``tok`` the subject of a verb of what befalls people ('two of them were hurt', 'one Velmarian soldier had
    been killed')?"""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _BEFALLING


def is_count_noun_ok(r: Reader, ph: Phrase, run: list[Token], prev_t: Token | None) -> bool:
    """May the noun run count the number? Drops references, selections, years, addresses and times."""
    sent = r.sent
    atoms = r.atoms
    head = run[-1]
    first = atoms[ph.first]
    words = [a.low for a in atoms[ph.first:ph.last + 1]]
    is_range = ph.range is not None
    # determiner-like "one": "in one intercepted call", "one day", "at one point"
    if not is_range and words == ["one"]:
        hedged = prev_t is not None and prev_t.lower_ in ("least", "than", "only", "just", "exactly", "every")
        # ("one guard for every 48 inmates": one side of a ratio)
        after = next_tok(head, sent)
        ratio = tok_low(after) == "for" and tok_low(next_tok(after, sent)) in ("every", "each")
        # ("We missed one session out of 11": one of a whole counted after it)
        whole = next_tok(after, sent, 2) if after is not None else None
        out_of = tok_low(after) == "out" and tok_low(next_tok(after, sent)) == "of" and whole is not None and whole.like_num
        # ("and that one Velmarian soldier had been killed": a count of the dead, however small)
        if head.tag_ in ("NN", "NNP") and not hedged and not ratio and not out_of and \
                not _in_count_list(r, ph, head) and not befalls_people(head):
            ph.drop = True
            return False
    # "the top 10 firms": a selection out of a ranking, not a reported count (but "the first 12 players", "the last
    # four conferences" are counted, as the development sets count them)
    # ("is opening 14 new schools" is a verb, not a selection; "the top 5 million earners" an amount)
    if prev_t is not None and not has_scale(words) and not (
            prev_t.pos_ == "VERB" and prev_t.dep_ not in ("amod", "compound")) and prev_t.lower_ in ("top", "bottom"):
        ph.drop = True
        return False
    # "the two countries", "the two sides": a reference back to parties already named, not a reported count
    # ("his two sons", "the two weather satellites it was carrying" are counted)
    if not is_range and words == ["two"] and prev_t is not None and prev_t.lower_ in (
            "the", "these", "those", "both", "other"):
        after = tok_low(next_tok(head, sent))
        # ("The two losses together come to 900 dalers": the two just counted, taken together)
        # ("the other two people who died were ...": a count the clause defines)
        if head.tag_ in ("NNS", "NNPS") and after != "of" and (_names_parties(run) or after in ("together", "combined")) \
                and not (prev_t.lower_ == "other" and any(c.dep_ == "relcl" for c in head.children)):
            ph.drop = True
            return False
    # years used as modifiers: "the 2024 budget", "2019 elections"
    if is_year_like(r, ph):
        if head.tag_ not in ("NNS", "NNPS") or first.tok.ent_type_ == "DATE" or (
                prev_t is not None and prev_t.lower_ in ("the", "this", "its", "their", "'s", "in", "of", "since")):
            ph.drop = True
            return False
    # addresses: "221 Baker Street"
    if head.lower_ in un.STREET_WORDS and all(t.text[:1].isupper() for t in run):
        ph.drop = True
        return False
    if head.lower_ in un.TIME_NOUNS - {"quarter"} and head.lower_ not in un.TIME_UNITS:
        ph.drop = True  # "one night", "one morning": a time, not a counted thing
        return False
    return True


# plural nouns for parties a text names before it calls them "the two ..." (people and bodies)
_PARTY_NOUNS = frozenset({"side", "country", "nation", "state", "government", "man", "woman", "people", "person",
                          "child", "boy", "girl", "couple", "city", "capital", "company", "firm", "party", "group",
                          "team", "club", "bank", "leader", "ally", "rival", "neighbour", "neighbor", "staff"})


def _names_parties(run: list[Token]) -> bool:
    """'the two sides', 'the two Mezhdaran staff', 'the two ministers': people or bodies met before."""
    head = run[-1]
    return head.lemma_.lower() in _PARTY_NOUNS or is_role_word(head.lemma_) or any(
        t.ent_type_ in ("NORP", "GPE") for t in run)


def _in_count_list(r: Reader, ph: Phrase, head: Token) -> bool:
    """Is "one <noun>" part of a list of counts ("one translator and three soldiers")?"""
    sent = r.sent
    for n in range(1, 7):
        t = next_tok(head, sent, n)
        if t is None or t.text in (".", ";", ":") or t.lower_ in ("but", "which", "who", "that"):
            break
        if t.lower_ in ("and", ",", "or", "plus", "while", "with"):
            t2 = next_tok(t, sent)
            if t2 is not None and (t2.like_num or t2.lower_ in nb.WORD_VALUES) and t2.lower_ != "one":
                return True
    p = prev_tok(r.atoms[ph.first].tok, sent)
    if p is not None and p.lower_ in ("and", ",", "plus"):
        p2 = prev_tok(p, sent)
        p3 = prev_tok(p, sent, 2)
        for q in (p2, p3):
            if q is not None and q.pos_ in ("NOUN",) and any(c.dep_ == "nummod" for c in q.children):
                return True
    return False


def bare(r: Reader, ph: Phrase, prev_t: Token | None) -> None:
    """A number with no unit word after it."""
    sent = r.sent
    atoms = r.atoms
    first, last = atoms[ph.first], atoms[ph.last]
    words = [a.low for a in atoms[ph.first:ph.last + 1]]
    nxt = next_tok(last.tok, sent)
    nxt_low = tok_low(nxt)
    # clock times written with a separate marker: "3 p.m.", "9 am"
    if nxt_low in un.CLOCK_WORDS:
        ph.drop = True
        return
    # "half past nine", "a quarter to ten": clock times too
    if prev_t is not None and prev_t.lower_ in ("past", "to") and tok_low(prev_tok(prev_t, sent)) in ("half", "quarter"):
        ph.drop = True
        return
    # ages: "aged 54", "aged between 19 and 23", "aged under 16"; age limits: "children under five"
    p = prev_t
    if p is not None and p.lower_ in ("between", "under", "over", "below", "above"):
        limit = p.lower_ != "between"
        p = prev_tok(p, sent)
        # ("patients over 75", "people over 65": an age limit of grown-ups goes higher)
        # ("nearly half of those over 65": the people of that age)
        top = 111 if p is not None and p.lower_ in _ADULT_GROUP_NOUNS | {"those"} else 25
        if limit and p is not None and p.lower_ in _AGE_GROUP_NOUNS | _ADULT_GROUP_NOUNS | {"those"} and \
                ph.value is not None and \
                0 < ph.value < top and ph.value == int(ph.value) and not has_scale(words):
            ph.kind, ph.unit, ph.noun = "age", "years", p
            return
        # "About two-thirds of the victims were over 60": people said to be over an age
        group = next((c for c in p.children if c.dep_ == "nsubj"), None) if limit and p is not None and \
            p.lemma_ == "be" else None
        people = group is not None and (group.lower_ in _AGE_GROUP_NOUNS | _ADULT_GROUP_NOUNS | _HARMED_PEOPLE or any(
            g.dep_ == "prep" and g.lower_ == "of" and any(o.lower_ in _AGE_GROUP_NOUNS | _ADULT_GROUP_NOUNS | _HARMED_PEOPLE
                                                          for o in g.children) for g in group.children))
        if people and ph.value is not None and 12 <= ph.value < 111 and ph.value == int(ph.value) and not has_scale(words):
            ph.kind, ph.unit, ph.noun = "age", "years", group
            return
    if p is not None and p.lower_ in ("oldest", "youngest", "eldest") and ph.range is None and ph.value is not None and \
            0 < ph.value < 120 and ph.value == int(ph.value) and (nxt is None or nxt.pos_ in ("PUNCT", "CCONJ")):
        ph.kind, ph.unit = "age", "years"  # "the youngest aged 16 and the oldest 71"
        return
    if p is not None and p.lower_ == "of" and tok_low(prev_tok(p, sent)) == "age" and ph.value is not None and \
            0 < ph.value < 120:
        ph.kind, ph.unit = "age", "years"  # "had needed glasses by the age of nine"
        return
    if p is not None and p.lower_ == "of" and tok_low(prev_tok(p, sent)) in _ONE_PERSON and ph.range is None and \
            ph.value is not None and 0 < ph.value < 120 and ph.value == int(ph.value) and \
            first.kind == "num" and (nxt is None or nxt.pos_ in ("PUNCT", "CCONJ") or nxt.lower_ in ("who", "from")):
        ph.kind, ph.unit, ph.noun = "age", "years", prev_tok(p, sent)  # "a woman of 84 and a man of 67"
        return
    if p is not None and p.lower_ == "of" and tok_low(prev_tok(p, sent)) in ("family", "household") and \
            ph.range is None and ph.value is not None and 1 < ph.value < 40 and \
            (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")):
        ph.kind, ph.unit, ph.noun = "count", "people", prev_tok(p, sent)  # "a ration for a family of six"
        return
    if p is not None and (p.lower_ in ("and", "or") or p.text == ",") and ph.range is None and \
            ph.value is not None and 0 < ph.value < 120 and ph.value == int(ph.value):
        # "two men, aged 29 and 41", "aged 29, 41 and 56": a later one of several ages
        q: Token | None = p
        while q is not None and (q.lower_ in ("and", "or") or q.text == ","):
            other = prev_tok(q, sent)
            if other is None or not other.like_num:
                break
            q = prev_tok(other, sent)
            if q is not None and q.lower_ in ("aged", "ages"):
                p = q
                break
    if p is not None and p.lower_ in ("aged", "age", "ages"):
        ph.kind, ph.unit = "age", "years"
        head = p.head if p.dep_ in ("acl", "amod", "advcl") else None
        if head is not None and head.pos_ in ("NOUN", "PROPN"):
            ph.noun = head
        return
    # apposition age: "Smith, 54, said", "The child, 7, was"
    if prev_t is not None and prev_t.text == "," and ph.range is None and ph.value is not None and \
            ph.value == ph.value.to_integral_value() and 1 <= ph.value <= 120 and first.kind == "num" and \
            nxt is not None and nxt.text in (",", ".", ";"):
        who = prev_tok(prev_t, sent)
        # (a sentence's last number after a thing's noun is no age: "For the motion, 31. Against, 24.")
        if who is not None and who.pos_ in ("PROPN", "NOUN") and not who.like_num and \
                who.lower_ not in un.TIME_NOUNS and who.text not in un.MONTHS and (
                    nxt.text == "," or who.pos_ == "PROPN" or is_role_word(who.text)
                    or who.lower_ in _AGE_GROUP_NOUNS | _ADULT_GROUP_NOUNS | _HARMED_PEOPLE):
            ph.kind, ph.unit = "age", "years"
            ph.noun = who
            return
    # ("whose son Anatole is nine": a number word too, when it is no determiner)
    if ph.range is None and (first.kind == "num" or first.kind == "word" and ph.last == ph.first and
                             ph.value is not None and ph.value >= 2) and predicate_age(r, ph):
        ph.kind, ph.unit = "age", "years"
        return
    if ph.range is None and _age_at(r, ph, prev_t, nxt):
        ph.kind, ph.unit = "age", "years"
        return
    # "more than 120 injured"
    if nxt_low in un.CASUALTY_WORDS:
        ph.kind, ph.unit = "count", None
        ph.subject = nxt.text if nxt is not None else None
        pair = [next_tok(nxt, sent, 1), next_tok(nxt, sent, 2)]
        if tok_low(pair[0]) in ("and", "or") and tok_low(pair[1]) in un.CASUALTY_WORDS and pair[1] is not None:
            ph.subject = f"{ph.subject} {pair[0].lower_} {pair[1].lower_}"  # "400 to 600 killed and wounded"
        ph.noun = None
        ph.kind = "casualty"
        return
    # "one" with no noun is a pronoun ("no one", "one of the", "one another")
    # (but "two in Kardovian uniform and one in Velmarian uniform": the last of a breakdown of a count)
    listed = prev_t is not None and prev_t.lower_ == "and" and ph.root is not None and ph.root.dep_ == "conj" and \
        ph.root.head.like_num and nxt_low in BREAKDOWN_PREPS
    # ("cut from three people to one": the end of a change)
    listed = listed or prev_t is not None and prev_t.lower_ == "to" and any(
        t.lower_ == "from" and sent.doc[t.i + 1].like_num for t in sent.doc[max(sent.start, prev_t.i - 6) : prev_t.i - 1])
    if words == ["one"] and not listed or words == ["1"] and nxt_low == "of":
        ph.drop = True
        return
    restating = prev_t is not None and (prev_t.lower_ in RESTATING_WORDS or prev_t.tag_ == "PRP$")
    if restating and ph.range is None and ph.value is not None and ph.value >= 2 and not is_year_like(r, ph) and \
            nxt_low in ("", ",", ".", ";", "were", "are", "have", "had") + (("that", "is") if prev_t.lower_ != "all" else ()):
        # "they would have thrown out all 60", "all seven were freed", "for most of those 43 that is not true", "for my
        # 2,000": the whole of a count named before, said again (whatever date the tagger saw in it); it takes that
        # count's unit or is no figure
        ph.kind, ph.unit = "bare", None
        return
    if (_of_a_day(prev_t, sent) or _against_a_thing_s(prev_t, sent)) and ph.range is None and \
            nxt_low in ("", ",", ".", ";", ")", "and", "or"):
        ph.kind = "ellipsis"  # "47 diplomats since 2056, not counting Friday's 14": that day's count of the same
        return
    if ph.root is not None and ph.range is None and not is_year_like(r, ph) and _a_score(ph.root):
        ph.kind, ph.unit = "count", "points"  # "the bids scored 81 and 77", whatever day the tagger saw in 77
        return
    if is_year_like(r, ph) or (first.tok.ent_type_ in ("DATE", "TIME", "ORDINAL") and not has_scale(words)
                               and not _no_day_range(ph) and not _no_day_alone(r, ph) and not _no_day_set_range(r, ph)
                               and not _no_day_compared(r, ph) and not _no_day_subject(r, ph)
                               and not _no_day_rate(r, ph) and not _no_day_change(r, ph)
                               and not _no_day_up_from(r, ph)):
        ph.drop = True
        return
    if phone_context(r, ph):
        ph.drop = True
        return
    if first.kind == "num" and first.text.startswith("0") and not first.text.startswith("0."):
        ph.drop = True
        return
    # partitive: "four of the five judges", "200 of the 1,100 passengers", 'killed "at least six" of the attackers'
    if nxt_low == "of" or nxt is not None and nxt.is_quote and tok_low(next_tok(nxt, sent)) == "of":
        ph.kind = "partitive"
        return
    hedge = left_hedge_tokens(r, ph)
    if hedge and ph.range is None:
        # "against at least 300 needed", "up from about 900,000": what comes before the approximator
        prev_t = prev_tok(hedge[0], sent)
    if ph.range is None and prev_t is not None and prev_t.lower_ == "of" and \
            tok_low(prev_tok(prev_t, sent)) in _REFERENCE_NOUNS and nxt_low not in un.TIME_UNITS:
        ph.kind = "ellipsis"  # "11 minutes, against a provincial target of four": the target counts minutes too
        return
    if ph.range is None and nxt_low == "more" and tok_low(next_tok(nxt, sent)) in ("", ".", ",", ";", ")"):
        ph.kind = "ellipsis"  # "has confirmed 147 deaths and is checking reports of 92 more."
        return
    start = ph.root
    if ph.range is None and prev_t is not None and prev_t.lower_ == "from" and start is not None and \
            start.dep_ == "pobj" and start.head.i == prev_t.i and _change_to_follows(start):
        # "Maintenance staff had been cut by a fifth, from 150 to 120": the start of a change in a counted
        # subject, after a change of another kind
        _count_of_subject(ph, prev_t.head)
        if ph.kind == "count" and ph.unit:
            return
    while prev_t is not None and prev_t.is_quote and tok_low(prev_tok(prev_t, sent)) == "to":
        prev_t = prev_tok(prev_t, sent)  # 'cut to "maybe 30 who can still walk"'
    if ph.range is None and prev_t is not None and (
            prev_t.lower_ in ("to", "against", "versus", "vs", "vs.", "and", "or", "not") or prev_t.lower_ in un.ADDED_TO
            # ("squeeze five days of shelf-stacking into four": the end of a change, counted like its start)
            or prev_t.lower_ == "into" and nxt_low in ("", ".", ",", ";", ")") and any(
                t.like_num for t in sent.doc[max(sent.start, prev_t.i - 8) : prev_t.i])
            or prev_t.lower_ == "of" and tok_low(prev_tok(prev_t, sent)) == "out"  # "15 routes, out of roughly 70"
            or compared_before(r, ph) or changed_from(prev_t)):
        ph.kind = "ellipsis"
        return
    # "a crowd of 31,407", "a workforce of 1,200", "a population of about 31 million": a group of people
    if prev_t is not None and prev_t.lower_ == "of" and tok_low(prev_tok(prev_t, sent)) in _GROUP_NOUNS:
        ph.kind, ph.unit = "count", _audience_of(sent) if tok_low(prev_tok(prev_t, sent)) == "audience" else "people"
        ph.subject = prev_tok(prev_t, sent).text
        return
    # "its crew of 24", "a squad of 12": a body whose size counts its members, named by the body
    if prev_t is not None and prev_t.lower_ == "of" and tok_low(prev_tok(prev_t, sent)) in _MEMBERS_NOUNS and \
            nxt_low not in un.TIME_UNITS and not has_scale(words):
        body = prev_tok(prev_t, sent)
        ph.kind, ph.unit, ph.noun, ph.noun_first = "count", body.lower_, body, body
        return
    if has_scale(words) or ph.range is not None:
        ph.kind, ph.unit = "bare", None
        number_of_things(r, ph)
        return
    if ph.range is None and prev_t is not None and prev_t.lower_ in ("other", "remaining") and \
            tok_low(prev_tok(prev_t, sent)) in ("the", "an") and (nxt is None or nxt.pos_ in ("VERB", "AUX", "PUNCT")):
        ph.kind = "ellipsis"  # "four of the seven members backed it; the other three wanted a cut"
        return
    # (but "and that four were in intensive care": no demonstrative stands before a plural number, so a "that" there
    # opens a clause)
    that_clause = prev_t is not None and prev_t.lower_ == "that" and words != ["one"]
    if prev_t is not None and prev_t.lower_ == "the" and tok_low(prev_tok(prev_t, sent)) in _SET_AGAINST and \
            ph.range is None and not has_scale(words) and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")):
        ph.kind = "ellipsis"  # "842 staff, not the 710 the union had balloted": a count set against the one before
        return
    if prev_t is not None and (prev_t.pos_ == "DET" and not that_clause or prev_t.lower_ in ("all", "both", "those",
                                                                                          "these")):
        ph.drop = True  # "all three", "the two": a reference back, not a reported count
        return
    root = ph.root
    if root is not None and root.dep_ == "nummod" and root.head.ent_type_ in ("DATE", "TIME") and any(
            c.dep_ == "amod" and c.lower_ in DEICTIC_TIME_WORDS and c.i > root.i for c in root.head.children):
        root = ph.root = root.head  # "cap permits at 500 next spring": the parser hangs the number on the time after it
    if ph.range is None and prev_t is not None and prev_t.text == "," and nxt_low in BREAKDOWN_PREPS and \
            root is not None and root.dep_ in ("npadvmod", "appos", "dep", "conj") and \
            any(t.like_num for t in sent.doc[sent.start : prev_t.i]):
        ph.kind = "ellipsis"  # "seen three bodies at the scene, two in Kardovian uniform and one in ...": a breakdown
        return
    if root is not None and root.dep_ in ("nummod", "quantmod", "npadvmod", "advmod"):
        # "put the number nearer 10,000": the parser hangs the number on its approximator
        hedge = left_hedge_tokens(r, ph)
        top = next((t for t in hedge if t.head not in hedge), None)
        if top is not None and root.head in hedge and top.dep_ in (
                "dobj", "attr", "pobj", "nsubj", "nsubjpass", "conj", "appos", "npadvmod", "oprd", "acomp"):
            ph.kind, ph.unit = "bare", None
            number_of_things(r, ph)
            return
    # ("from 42 to 29" with "42 to" read as the second number's modifier)
    misread_start = root is not None and root.dep_ == "quantmod" and root.head.dep_ == "pobj" and \
        tok_low(prev_t) == "from" and root.head.head.i == prev_t.i and _change_to_follows(root)
    if misread_start or root is not None and root.dep_ == "pobj" and root.head.lower_ == "from" and \
            _change_to_follows(root):
        root = root.head if misread_start else root
        # "rose from 118 in 2030 to 287", "went from 7.5 to 6.2": the start of a change
        ph.kind, ph.unit = "bare", None
        number_of_things(r, ph)
        listed = _list_changed(root) if ph.unit is None else None
        if listed is not None:  # "cut the operator roster from 42 to 35"
            ph.kind, ph.unit, ph.noun = "count", plural(listed.lower_), listed
        if ph.unit is None:
            _count_of_subject(ph, root.head.head)
        return
    whole = _total_of(r, ph, root) if root is not None else None
    if whole is not None:  # "Rescuers from three valleys, 38 in all, climbed ...": the total of those named
        count_as(ph, [whole])
        return
    if root is not None and root.dep_ in ("dobj", "attr", "pobj", "nsubj", "nsubjpass", "conj", "appos"):
        if root.dep_ == "pobj" and root.head.lower_ in ("at", "on", "in", "by", "for", "from", "until", "since") and \
                not _changed_by(root):
            set_at = root.head.lower_ == "at" and root.head.head.lemma_.lower() in _SETTING_VERBS and any(
                c.dep_ == "dobj" for c in root.head.head.children)  # "put the number of towers at 19"
            if not set_at and not price_level(r, ph) and not _some_of_those_before(r, ph) and (
                    root.head.lower_ not in ("at",) or ph.value is None or ph.value < 25):
                ph.drop = True
                return
        ph.kind, ph.unit = "bare", None
        number_of_things(r, ph)
        if root.dep_ == "pobj" and _changed_by(root):
            subj = next((c for c in root.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            counted = _unit_of_numbers(subj) if subj is not None and ph.unit is None else None
            if counted is not None:  # "visitor numbers rose by 1,200"
                ph.kind, ph.noun, ph.unit = "count", subj, counted
            ph.drop = ph.unit is None  # ("the price rose by 12": a change in what, it does not say)
        return
    if root is not None and _gapped_count(root, prev_t) and ph.range is None:
        # "the Civic Alliance won 21 and Green Harbour nine": the verb and the noun left out after a second party
        ph.kind, ph.unit = "bare", None
        number_of_things(r, ph)
        return
    if ph.range is None and compared_after(r, ph):
        ph.kind = "ellipsis"  # "212,600 students sat it, about 3,000 fewer than last year": more or fewer of them
        return
    ph.drop = True


def compared_after(r: Reader, ph: Phrase) -> bool:
    """Is the number followed by 'more than', 'fewer than' or 'less than' ('3,000 fewer than last year')?"""
    nxt = next_tok(r.atoms[ph.last].tok, r.sent)
    return tok_low(nxt) in ("more", "fewer", "less") and nxt is not None and tok_low(next_tok(nxt, r.sent)) == "than"


def _gapped_count(root: Token, prev_t: Token | None) -> bool:
    """'X won 21 and Green Harbour nine': a number right after a second party, its verb and noun left out (the
    parser hangs it on the verb, or on the party's name joined to the first number)."""
    if prev_t is None or prev_t.pos_ != "PROPN" or prev_t.dep_ != "conj":
        return False
    return root.dep_ == "npadvmod" or root.dep_ == "nummod" and root.head.i == prev_t.i and prev_t.head.like_num


def _no_day_range(ph: Phrase) -> bool:
    """'was between 30 and 35', tagged as a date after 'since Sunday': a range no day of a month can be."""
    return ph.range is not None and ph.range[1] > 31 and not (1000 <= ph.range[1] <= 2100)


# words between a comparison and its number: "instead of the usual 45", "compared with an average 12"
_COMPARED_FILLERS = frozenset("the a an its their usual normal typical average expected".split())


def compared_before(r: Reader, ph: Phrase) -> bool:
    """Is the number the second side of a comparison ("up from 15", "instead of the usual 45", "compared with
    12")? Approximators and fillers like "the usual" between them are passed over."""
    hedge = left_hedge_tokens(r, ph)
    t = prev_tok(hedge[0] if hedge else r.atoms[ph.first].tok, r.sent)
    while t is not None and t.lower_ in _COMPARED_FILLERS:
        t = prev_tok(t, r.sent)
    if t is not None and t.tag_ == "POS":  # "212 tackles to Altonbury's 167", "412 metres to the Stags' 297"
        t = prev_tok(t, r.sent)
        while t is not None and (t.pos_ == "PROPN" or t.is_title and t.pos_ == "NOUN" or t.lower_ == "the"):
            t = prev_tok(t, r.sent)
        return t is not None and t.lower_ in ("to", "against", "versus", "vs", "vs.")
    # ("900 containers a day against a usual 2,100")
    return t is not None and ((tok_low(prev_tok(t, r.sent)), t.lower_) in un.COMPARISONS
                              or t.lower_ in ("against", "versus", "vs", "vs."))


def changed_from(prev_t: Token) -> bool:
    """'fell to about 61,000 krovs a day this week from 95,000': the old level of a count given before it (not
    "rose from 118 in 2030 to 287", where the count is named by the sentence's subject)."""
    # ("to raise the maximum sentence for selling alcohol to 15 years from eight": "to" and "from" hung side by
    # side on another word)
    paired = any(c.dep_ == "prep" and c.lower_ == "to" and c.i < prev_t.i and any(t.like_num for t in c.subtree)
                 for c in prev_t.head.children)
    return prev_t.lower_ == "from" and (prev_t.head.lemma_.lower() in un.CHANGE_VERBS or paired) and any(
        t.like_num for t in prev_t.doc[prev_t.sent.start : prev_t.i])


def _no_day_compared(r: Reader, ph: Phrase) -> bool:
    """'up from 15 the year before', 'instead of the usual 45', tagged as dates: a whole number on the far side of
    a comparison, with no month next to it, is the count compared, not a day."""
    a = r.atoms[ph.first]
    if ph.value is None or ph.value != int(ph.value) or is_year_like(r, ph) or a.kind != "num":
        return False
    around = [next_tok(r.atoms[ph.last].tok, r.sent), prev_tok(a.tok, r.sent)]
    if any(t is not None and t.text in un.MONTHS for t in around):
        return False
    # (or the old level of a change: "cut their price target to 31 varnets from 36")
    return compared_before(r, ph) or around[1] is not None and changed_from(around[1])


def _no_day_subject(r: Reader, ph: Phrase) -> bool:
    """'Of the 104 people admitted since Friday, 41 remained in intensive care', tagged as a date with the day
    before it: a lone whole number that is the subject of a verb, with no month beside it, is a count."""
    a = r.atoms[ph.first]
    if ph.first != ph.last or ph.value is None or ph.value != int(ph.value) or a.kind != "num" or \
            is_year_like(r, ph) or a.tok.dep_ not in ("nsubj", "nsubjpass") or a.tok.head.pos_ not in ("VERB", "AUX"):
        return False
    around = [next_tok(a.tok, r.sent), prev_tok(a.tok, r.sent)]
    return not any(t is not None and t.text in un.MONTHS for t in around)


def _no_day_rate(r: Reader, ph: Phrase) -> bool:
    """'risen from about 40 a month to more than 110', tagged as a date: a whole number so many a day, week,
    month or year, the start of a change, is a rate, no date."""
    tok = r.atoms[ph.last].tok
    nxt, unit = next_tok(tok, r.sent), next_tok(tok, r.sent, 2)
    if tok_low(nxt) not in ("a", "per", "each") or unit is None or un.time_unit(unit.text) is None:
        return False
    if ph.value is None or ph.value != int(ph.value) or tok.dep_ != "pobj" or tok.head.lower_ != "from" or \
            not _change_to_follows(tok):
        return False
    # (of things the changing verb's subject counts: "Burglaries ... have risen", not "her bad days fell")
    subj = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ == "NNS" and un.time_unit(subj.text) is None


def _no_day_change(r: Reader, ph: Phrase) -> bool:
    """'the number of keepers had been cut from 46 to 31', tagged as a date: both ends of a change of a count, whole
    numbers with no month beside them, are counts."""
    tok = r.atoms[ph.first].tok
    doc, k = tok.doc, tok.i
    # ("from 46 to 31", however the parser hung "to" and the numbers)
    textual = k >= 1 and doc[k - 1].lower_ == "from" and k + 2 < len(doc) and doc[k + 1].lower_ == "to" and \
        doc[k + 2].like_num or k >= 3 and doc[k - 1].lower_ == "to" and doc[k - 2].like_num and \
        doc[k - 3].lower_ == "from"
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if ph.range is not None or ph.value is None or ph.value != int(ph.value) or is_year_like(r, ph) or \
            r.atoms[ph.first].kind != "num" or not (tok.dep_ == "pobj" or textual) or verb is None or \
            verb.lemma_.lower() not in un.CHANGE_VERBS:
        return False
    around = [next_tok(tok, r.sent), prev_tok(tok, r.sent)]
    if any(t is not None and t.text in un.MONTHS for t in around):
        return False
    return textual or tok.head.lower_ == "from" and _change_to_follows(tok)


def _no_day_up_from(r: Reader, ph: Phrase) -> bool:
    """'11 cases had been confirmed in the past year, up from two the year before', tagged as a date with the time
    after it: the earlier level a count went up or down from."""
    tok = r.atoms[ph.first].tok
    doc, k = tok.doc, tok.i
    if ph.range is not None or ph.value is None or k < 2 or doc[k - 1].lower_ != "from" or \
            doc[k - 2].lower_ not in ("up", "down"):
        return False
    return not any(t is not None and t.text in un.MONTHS for t in (next_tok(tok, r.sent), prev_tok(tok, r.sent)))


def _no_day_alone(r: Reader, ph: Phrase) -> bool:
    """'put the number of hostages at 37.', tagged as a date: a lone whole number from 32 to 999 that a thing is
    set at, the whole of its date entity, is no day, month or year."""
    a = r.atoms[ph.first]
    tok = a.tok
    if ph.first != ph.last or ph.value is None or ph.value != int(ph.value):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    set_at = ent is not None and len(ent) == 1 and tok.dep_ == "pobj" and tok.head.lower_ == "at" and \
        tok.head.head.lemma_.lower() in _SETTING_VERBS
    # ("His neighbour has lost 46, he says.": the object of a verb, no day either)
    if ent is not None and len(ent) == 1 and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and a.kind == "num" \
            and 31 < ph.value < 1000 and a.text.isdigit():
        return True
    if not set_at:
        return False
    if a.kind == "num" and 31 < ph.value < 1000 and a.text.isdigit():
        return True
    # ("puts the number of infected farms at nine": any count, when what is set is a number)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("number", "total", "toll", "count", "tally")
               for c in tok.head.head.children)


def casualty_word_alone(tok: Token, sent: Span) -> bool:
    """'the number of dead', '12 of the injured': a casualty word standing for the people, no noun after it."""
    after = next_tok(tok, sent)
    return tok.lower_ in un.CASUALTY_WORDS and (after is None or after.pos_ != "NOUN")


def _no_day_set_range(r: Reader, ph: Phrase) -> bool:
    """'put the death toll higher still, at between 15 and 20', tagged as a date: a range a thing is set at, with
    no month beside it, is no span of days."""
    if ph.range is None:
        return False
    nums = [a.tok for a in r.atoms[ph.first : ph.last + 1] if a.kind == "num"]
    around = [prev_tok(r.atoms[ph.first].tok, r.sent), next_tok(r.atoms[ph.last].tok, r.sent)]
    if not nums or any(t is not None and t.text in un.MONTHS for t in around) or is_year_like(r, ph):
        return False
    tok = nums[0]
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in _SETTING_VERBS


def _change_to_follows(num: Token) -> bool:
    """Does 'to <number>' follow 'from <num>' within a few words ('from 118 in 2030 to 287', 'from 38 in the year
    before the trial to 11')?"""
    doc = num.doc
    for t in doc[num.i + 1 : min(num.i + 9, num.sent.end - 1)]:
        if t.i >= num.i + 6 and t.lower_ != "to" and (t.pos_ not in ("DET", "NOUN", "ADP", "ADJ") or any(
                g.pos_ in ("VERB", "AUX", "PUNCT") for g in doc[num.i + 1 : t.i])):
            return False  # (further on, only the words of a phrase of time)
        if t.lower_ != "to":
            continue
        # ("from about 20 a year to more than 70": the end's hedge between)
        k = t.i + 1
        while k < num.sent.end - 1 and k <= t.i + 3 and doc[k].lower_ in END_HEDGES:
            k += 1
        if doc[k].like_num or doc[k].pos_ == "NUM":
            return True
    return False



def _count_of_subject(ph: Phrase, verb: Token) -> None:
    """'Fires involving e-scooters rose from 118 to 287': the plural subject of the changing verb is counted."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    counted = _unit_of_numbers(subj) if subj is not None else None
    if counted is not None:  # "staff numbers had fallen from 420 to 310": a count of staff
        ph.kind, ph.noun, ph.unit = "count", subj, counted
    # ("Maintenance staff had been cut from 150 to 120": a body of people named in the singular)
    elif subj is not None and (subj.tag_ == "NNS" or subj.lower_ in ("staff", "personnel", "workforce")) and \
            not un.time_unit(subj.text) and not un.measure_unit(subj.text):
        ph.kind, ph.unit, ph.noun = "count", count_unit([subj]), subj
    elif subj is not None and subj.lemma_.lower() == "age" and subj.tag_ == "NN":
        ph.kind, ph.unit, ph.noun = "duration", "years", subj  # "the state pension age will rise from 65 to 67"


def _unit_of_numbers(noun: Token) -> str | None:
    """'staff numbers', 'visitor numbers': what a plural "numbers" counts, named just before it ("staff",
    "visitors")."""
    if noun.lower_ != "numbers":
        return None
    kind = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and c.tag_ in ("NN", "NNP")
                 and not c.ent_type_), None)
    if kind is None or un.time_unit(kind.text) or un.measure_unit(kind.text):
        return None
    return kind.lower_ if kind.lower_ in STAFF_NOUNS else plural(kind.lower_)


def said_to_be(verb: Token, subject: Token, sent: Span) -> list[Token]:
    """The plural noun a clause of "be" says its subject is ("18 were heavy lorries"), when it is no unit of time
    or measure."""
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > subject.i), None)
    if attr is None or attr.tag_ != "NNS" or un.time_unit(attr.text) or un.measure_unit(attr.text):
        return []
    return noun_run(attr, sent)


def _said_to_be(r: Reader, ph: Phrase) -> list[Token]:
    """'Of the 63 vehicles, 18 were heavy lorries': the plural noun a number subject of "be" is said to be."""
    root = ph.root or r.atoms[ph.first].tok
    return said_to_be(root.head, root, r.sent) if root.dep_ == "nsubj" and root.head.lemma_ == "be" else []


def _a_score(root: Token) -> bool:
    """Is the bare number a mark given ('with a score of 74', 'the bids scored 74 and 70', 'scored below 68')?"""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in ("score", "mark"):
        return True
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("below", "above", "under", "over") \
        else root.head
    # (not in a game, "who scores goals, and we scored only 49": goals)
    return verb.lemma_ == "score" and verb.pos_ == "VERB" and root.dep_ in ("dobj", "pobj", "npadvmod", "attr") and \
        not any(t.lemma_.lower() in _SCORED_IN_GAMES for t in root.sent)


# what players score in a game
_SCORED_IN_GAMES = frozenset({"goal", "run", "try", "basket", "touchdown", "wicket", "century", "hat-trick"})


def number_of_things(r: Reader, ph: Phrase) -> None:
    """A bare number in a sentence about "the number of <things>" counts those things, and one after a
    fronted "Of the 412 confirmed cases, 251 were in children" counts part of them."""
    sent = r.sent
    first = sent[0] if sent[0].lower_ != "“" else sent[1]
    if first.lower_ == "of" and r.atoms[ph.first].tok.i > first.i:
        obj = next((c for c in first.children if c.dep_ == "pobj"), None)
        comma = next((t for t in sent if t.text == ","), None)
        if obj is not None and obj.tag_ == "NNS" and comma is not None and obj.i < comma.i < r.atoms[ph.first].tok.i:
            run = _said_to_be(r, ph) or noun_run(obj, sent)
            if run and not un.time_unit(run[-1].text) and not un.measure_unit(run[-1].text):
                count_as(ph, run)
                ph.subject = np_text(run, sent, r)
                return
    # "the death toll has risen to 27": a toll counts deaths
    for t in sent:
        if t.lemma_.lower() == "toll" and t.i < r.atoms[ph.first].tok.i and {c.lower_ for c in t.children} & {
                "death", "the", "its"} and not any(c.lower_ in ("injury", "casualty") for c in t.children):
            ph.kind, ph.unit = "count", "deaths"
            return
    # "Twenty-nine were injured", "nearly 400 had been treated for injuries": people the verb happened to
    root = ph.root or r.atoms[ph.first].tok
    one = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if one is not None and one.lower_ == "one" and one.dep_ == "appos" and one.head.pos_ == "NOUN" and \
            one.head.tag_ == "NN" and one.head.i < one.i and not un.time_unit(one.head.text):
        # "The magnet, one of 18 around the reactor, failed": a whole of the things the one is one of
        ph.kind, ph.unit = "count", plural(one.head.lower_)
        return
    if _a_score(root):
        ph.kind, ph.unit = "count", "points"  # "with a score of 74", "the bids scored 74 and 70": marks
        return
    if root.dep_ in ("dobj", "npadvmod", "attr") and root.head.lemma_ == "seat" and root.head.pos_ == "VERB":
        ph.kind, ph.unit = "count", "seats"  # "The theatre, which seats 480", "seats about 90": its seats
        return
    changed = _changed_thing(root)
    if changed:  # "the mine had cut its safety staff from 38 to 21"
        count_as(ph, changed)
        return
    listed = _list_changed(root)
    if listed is not None:  # "had cut the operator roster from 42 to 35": a count of operators
        ph.kind, ph.unit, ph.noun = "count", plural(listed.lower_), listed
        return
    group = _group_set_at(root)
    if group is not None:  # "Police estimated the crowd on the climb at about 30,000": a count of people
        ph.kind, ph.unit, ph.subject = "count", "people", group.lower_
        return
    if _age_moved(root):  # "the retirement age would stay at 67", "raise the retirement age to 68": years of age
        ph.kind, ph.unit = "duration", "years"
        return
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _PEOPLE_VERBS:
        ph.kind, ph.unit = "count", "people"
        return
    here = r.atoms[ph.first].tok.i
    # (the nearest one before the number first: "the number of dead at 37 and the number of injured at 112")
    for t in [*reversed(sent.doc[sent.start : here]), *sent.doc[here : sent.end]]:
        if t.lower_ in ("number", "numbers", "total", "tally", "count") and t.i + 2 < sent.end and \
                sent.doc[t.i + 1].lower_ == "of":
            obj = sent.doc[t.i + 2]
            while obj.i + 1 < sent.end and obj.tag_ in ("VBN", "VBG") and obj.dep_ == "amod":
                obj = sent.doc[obj.i + 1]  # "the number of confirmed cases"
            if casualty_word_alone(obj, sent):
                ph.kind, ph.unit, ph.subject = "count", obj.lower_, f"{t.lower_} of {obj.lower_}"
                return  # "put the number of dead at between 19 and 22"
            run = noun_run(obj, sent) if obj.pos_ in ("NOUN", "ADJ") else []
            if run and run[-1].tag_ == "NNS" and not un.time_unit(run[-1].text) and not un.measure_unit(run[-1].text):
                count_as(ph, run)
                ph.subject = np_text(run, sent, r)
                return


# lists whose length counts their members, named by the noun before: "the operator roster", "the bus fleet"
_MEMBER_LISTS = frozenset({"roster", "fleet", "payroll", "register", "rota"})


def _list_changed(root: Token) -> Token | None:
    """'cut the operator roster from 42 to 35': the member noun of a list a change verb moves from or to a
    number."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("from", "to"):
        return None
    verb = root.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in un.CHANGE_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < root.i
                and c.lemma_.lower() in _MEMBER_LISTS and c.tag_ == "NN"), None)
    member = next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == obj.i - 1
                   and c.tag_ == "NN"), None) if obj is not None else None
    return member


def _total_of(r: Reader, ph: Phrase, root: Token) -> Token | None:
    """'Rescuers from Vellacombe and two neighbouring valleys, 38 in all, climbed ...': a number set off by commas
    and called a total ("in all", "in total", "altogether") counts the plural noun it is set beside (its head in
    apposition, or the subject it shares a verb with)."""
    k = ph.last
    total = r.low(k + 1) == "in" and r.low(k + 2) in ("all", "total") or r.low(k + 1) == "altogether"
    if not total or r.low(ph.first - 1) != ",":
        return None
    if root.dep_ == "appos" and root.head.tag_ == "NNS":
        noun = root.head
    elif root.dep_ in ("nsubj", "nsubjpass"):
        noun = next((c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i), None)
    else:
        return None
    if noun is None or noun.tag_ != "NNS" or un.time_unit(noun.text) or un.measure_unit(noun.text):
        return None
    return noun


def _changed_by(root: Token) -> bool:
    """'the number of people in work rose by 142,000': a bare number a change verb moves its subject by."""
    return root.head.lower_ == "by" and root.head.head.pos_ == "VERB" and \
        root.head.head.lemma_.lower() in un.CHANGE_VERBS


def _some_of_those_before(r: Reader, ph: Phrase) -> bool:
    """'had rehomed 174 of the dogs and was still caring for 12 that ...': a bare number a verb's preposition takes,
    described by a relative clause, after a count of the same sentence."""
    root = ph.root or r.atoms[ph.first].tok
    return root.head.lower_ == "for" and root.head.head.pos_ == "VERB" and \
        tok_low(next_tok(r.atoms[ph.last].tok, r.sent)) in ("that", "who", "which") and \
        any(a.kind == "num" and a.tok.i < root.i for a in r.atoms)


def _age_moved(root: Token) -> bool:
    """'the retirement age would stay at 67', 'raise the pension age to 68': a number an age is kept at or moved
    to is in years."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("at", "to", "from") or root.head.head.pos_ != "VERB":
        return False
    verb = root.head.head
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() == "age" and c.tag_ == "NN"
               for c in verb.children)


def _group_set_at(root: Token) -> Token | None:
    """'estimated the crowd at about 30,000': the group of people a verb of setting puts at the number."""
    if root.dep_ != "pobj" or root.head.lower_ != "at" or root.head.head.lemma_.lower() not in _SETTING_VERBS:
        return None
    return next((c for c in root.head.head.children if c.dep_ == "dobj" and c.i < root.i and c.tag_ == "NN"
                 and c.lower_ in _GROUP_NOUNS), None)


# nouns for the people of a body, counted as one: "cut its safety staff from 38 to 21"
STAFF_NOUNS = frozenset({"staff", "personnel", "crew", "workforce", "headcount"})


def _changed_thing(root: Token) -> list[Token]:
    """'cut its safety staff from 38 to 21', 'reduced the fleet's pilots from 40 to 28': the number a change verb
    moves its object from or to counts that object (a plural, or a body's staff); so does the number a verb of
    setting puts it at ('would cap permits at 500')."""
    if root.dep_ == "quantmod" and root.head.dep_ == "pobj" and root.head.head.lower_ == "from" and any(
            t.lower_ == "to" and t.dep_ == "quantmod" for t in root.doc[root.i + 1 : root.head.i]):
        root = root.head  # "cut its technical staff from 42 to 29", with "42 to" read as the second number's modifier
    if root.dep_ != "pobj" or root.head.lower_ not in ("from", "to", "at"):
        return []
    verb = root.head.head
    # ("the marks run to more than 600", "arrests had climbed to 212": with no object, the plural that rose or ran
    # to the number)
    level = root.head.lower_ in ("to", "from") and verb.lemma_.lower() in un.CHANGE_VERBS | _RUNNING_VERBS
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in (
            _SETTING_VERBS if root.head.lower_ == "at" else un.CHANGE_VERBS) and not level:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < root.i), None)
    if obj is None and level:
        obj = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and not any(
            d.dep_ == "nummod" or d.like_num for d in c.children)), None)
    if obj is None or not (obj.tag_ == "NNS" or obj.lemma_.lower() in STAFF_NOUNS) or \
            un.time_unit(obj.text) or un.measure_unit(obj.text) or obj.lemma_.lower() in _REFERENCE_NOUNS:
        return []
    first = min((c for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i), key=lambda t: t.i,
                default=obj)
    return noun_run(first, root.sent) or []


# verbs by which a count comes to a level ("the marks run to more than 600")
_RUNNING_VERBS = frozenset({"run", "amount", "come"})
# what a figure is set against: "against a national average of 11", "a long-term average of 720"
_REFERENCE_NOUNS = frozenset({"target", "average", "budget", "forecast", "benchmark", "threshold", "norm", "median",
                              "goal", "limit", "cap", "baseline", "expectation", "estimate"})
# what happens to people, said of a bare number ("Twenty-nine were injured")
_PEOPLE_VERBS = frozenset({"injure", "kill", "wound", "die", "arrest", "detain", "treat", "evacuate", "rescue",
                           "hospitalise", "hospitalize", "displace", "abduct", "kidnap", "execute", "jail",
                           "sentence", "convict", "charge", "release", "free"})


def has_scale(words: list[str]) -> bool:
    """Does the number carry a scale word ("2.3 million", "a dozen")?"""
    return any(w in nb.BIG_SCALES and len(w) > 1 or w == "dozen" for w in words)


# people one has ("my neighbour is 88")
_KIN_WORDS = frozenset({"neighbour", "neighbor", "friend", "grandson", "granddaughter", "niece", "nephew", "cousin",
                        "uncle", "aunt", "partner", "stepson", "stepdaughter", "grandchild", "colleague"})
_PERSON_WORDS = frozenset({"i", "you", "he", "she", "we", "they", "kid", "kids", "child", "children", "son", "sons",
                           "daughter", "daughters", "mother", "father", "mum", "mom", "dad", "brother", "sister",
                           "wife", "husband", "grandmother", "grandfather", "baby", "boy", "girl", "twins", "man", "woman",
                           "victim", "patient", "survivor", "person", "pupil", "student"})


# one person, whose age may follow "of" ("a woman of 84")
_ONE_PERSON = frozenset({"man", "woman", "boy", "girl", "child", "person", "pensioner", "widow", "widower"})


# "children under five", "girls over 12": plural nouns for people whose age limit follows
_AGE_GROUP_NOUNS = frozenset({"children", "kids", "boys", "girls", "babies", "infants", "toddlers", "pupils",
                              "users", "teenagers", "youngsters", "minors", "players", "people", "adults"})
# people a story counts because something happened to them, who may be said to be over an age
_HARMED_PEOPLE = frozenset({"victims", "dead", "casualties", "survivors", "injured", "wounded", "passengers"})
_ADULT_GROUP_NOUNS = frozenset({"patients", "people", "adults", "women", "men", "residents", "workers", "drivers",
                                "voters", "pensioners", "smokers"})
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "week", "month", "year", "day", "weekend"})


def _against_a_thing_s(prev_t: Token | None, sent: Span) -> bool:
    """'carries about 4 gigabits a second, against the cable's 80': a thing's own number of what was just counted,
    set against it."""
    owner = prev_tok(prev_t, sent) if prev_t is not None and prev_t.tag_ == "POS" else None
    if owner is None or owner.pos_ != "NOUN":
        return False
    head = owner.head if owner.dep_ == "poss" else None
    prep = head.head if head is not None and head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("against", "than", "with", "versus", "to") and any(
        t.like_num for t in sent.doc[sent.start : prep.i])


def _of_a_day(prev_t: Token | None, sent: Span) -> bool:
    """'Friday's 14', "last year's 312": a number owned by a day or a stretch of time."""
    return prev_t is not None and prev_t.tag_ == "POS" and tok_low(prev_tok(prev_t, sent)) in _DAY_WORDS


# "a crowd of 31,407": a group whose size is a count of people
_GROUP_NOUNS = frozenset({"crowd", "crowds", "audience", "workforce", "congregation", "attendance",
                          "electorate", "membership", "population", "party", "group"})

# words of watching or hearing a broadcast, which make its audience viewers or listeners
_SCREEN_WORDS = frozenset({"coverage", "broadcast", "broadcasts", "broadcaster", "watched", "viewing", "television",
                           "tv", "stream", "streamed", "channel", "screened", "episode", "programme", "program"})
_RADIO_WORDS = frozenset({"radio", "listened", "listening", "podcast", "station"})


def _audience_of(sent: Span) -> str:
    """'its coverage drew an average audience of 1.9 million': a broadcast's audience counts viewers (listeners on
    the radio); an audience in a hall counts people."""
    words = {t.lower_ for t in sent}
    if words & _RADIO_WORDS:
        return "listeners"
    return "viewers" if words & _SCREEN_WORDS else "people"


# "a crew of four": a body whose size is a count of its members, counted by the body's name
_MEMBERS_NOUNS = frozenset({"crew", "staff", "squad", "team", "panel", "jury", "delegation", "committee", "platoon"})

# verbs that set a thing at a number: "put the toll at 37", "estimated the crowd at 40"
_SETTING_VERBS = frozenset({"put", "place", "set", "peg", "fix", "estimate", "cap"})

# what a traded price does at a level ("opened at 24.60 and closed at 23.85")
_PRICE_MOVES = frozenset({"open", "close", "trade", "end", "finish", "settle", "peak", "start", "debut", "change"})


def price_level(r: Reader, ph: Phrase) -> bool:
    """'The shares, sold at 21 quindars each, opened at 24.60 and closed at 23.85': a bare number a traded price
    opened, closed or traded at, after a price in its sentence whose unit it goes on in."""
    root = ph.root or r.atoms[ph.first].tok
    if root.dep_ != "pobj" or root.head.lower_ != "at" or root.head.head.lemma_.lower() not in _PRICE_MOVES:
        return False
    # (a price itself: a sum in a currency, or a number of things sold or priced "at")
    return any(a.tok.i < r.atoms[ph.first].tok.i and (a.kind == "cur" or a.kind == "num" and tok_low(prev_tok(
        a.tok, r.sent)) == "at" and _priced_in(next_tok(a.tok, r.sent))) for a in r.atoms)


def _priced_in(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not un.time_unit(tok.text) and \
        not un.measure_unit(tok.text)


# what one does at an age ("joined the academy at 14")
_LIFE_EVENTS = frozenset({"start", "join", "leave", "begin", "marry", "quit", "debut", "sign", "emigrate", "enlist",
                          "retire", "die", "win", "spot", "discover", "move"})


def _age_at(r: Reader, ph: Phrase, prev_t: Token | None, nxt: Token | None) -> bool:
    """ "still working at 83," "she died at 91.": "at" and a bare number about a person is an age."""
    young = ph.value is not None and 10 <= ph.value < 25 and prev_t is not None and prev_t.head.lemma_.lower() in \
        _LIFE_EVENTS  # "joined the academy at 14", "had started work at 16"
    if prev_t is None or prev_t.lower_ != "at" or ph.value is None or not (25 <= ph.value < 120 or young) or \
            ph.value != int(ph.value) or nxt is None or nxt.text not in (",", ".", ";", "\u201d", '"', "and", "when", "as"):
        return False
    verb = prev_t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() in _SETTING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "He put the number of hostages at 37": a thing set at the number
    subj = _clause_subject(verb)
    if subj is None and young and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # ("Tane X grew up in Porth Idden and joined the academy at 14": a name that goes on to the second verb)
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subj is not None and (subj.lower_ in _PERSON_WORDS or subj.ent_type_ == "PERSON" or _named_person(subj)
                             or subj.pos_ == "PROPN" and young):
        ph.subject = subj.text
        return True
    return False


def _named_person(tok: Token) -> bool:
    """A noun with a person's name set beside it ('The principal cellist, Priit X, who ...')."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, through a relative 'who' to the one it is about ('Priit X, who joined the orchestra
    at 23')."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
        subj = verb.head
    return subj


def predicate_age(r: Reader, ph: Phrase) -> bool:
    """'She was 91', 'My kids are 6 and 9', 'until you're 83': a bare number a person is, is an age."""
    if ph.value is None or not (0 < ph.value < 120) or ph.value != int(ph.value):
        return False
    tok = ph.root or r.atoms[ph.first].tok
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i < tok.i:
        tok = tok.head  # "are 6 and 9"
    if tok.dep_ in ("dobj", "attr", "oprd") and tok.head.lemma_ == "turn" and tok.head.pos_ == "VERB":
        # "who turned 21 last month", "She turned 40 in March": a person turning a number turns that age
        turner = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if turner is None or not (turner.lower_ in ("who", "he", "she", "i", "they", "we", "you")
                                  or turner.lower_ in _PERSON_WORDS or turner.ent_type_ == "PERSON"):
            return False
        person = tok.head.head if turner.lower_ == "who" and tok.head.dep_ == "relcl" else turner
        if person.pos_ in ("NOUN", "PROPN"):
            ph.noun = person
        return True
    if tok.dep_ not in ("attr", "acomp") or tok.head.lemma_ != "be":
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    verb = tok.head
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # ("who joined the orchestra at 23 and is now 51": the subject of the first verb)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
        subj = verb.head  # "Valdez-Ansah, who is 79,": the person the clause is about
        # ("who" speaks of a person, whatever the tagger called the name)
        if subj.pos_ == "PROPN" or subj.lower_ in _PERSON_WORDS or _named_person(subj):
            ph.subject = subj.doc[subj.left_edge.i:subj.i + 1].text
            return True
        return False
    if subj is not None and subj.lemma_.lower() == "age":
        return True  # "Their average age was 67"
    if subj is not None and subj.lower_ in ("youngest", "oldest") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return True  # "and that the youngest was 16", "The oldest is 91": the age of the youngest of those counted
    if subj is not None and subj.like_num and tok.like_num and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and (o.lower_ in ("them", "those") or o.tag_ == "NNS" and _a_person(o))
                for o in c.children) for c in subj.children):
        return True  # "Two of them are 17", "three of the fishermen were 16": the age of those counted
    return subj is not None and _a_person(subj)


def _a_person(tok: Token) -> bool:
    """'She', 'my neighbour', 'the driver', 'Ana Ruiz': a word for a person."""
    return tok.lower_ in _PERSON_WORDS or tok.ent_type_ == "PERSON" or tok.pos_ == "NOUN" and (
        tok.lemma_.lower() in _KIN_WORDS or is_role_word(tok.lemma_))
