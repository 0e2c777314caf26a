"""The counted or measured thing (``subject``) of a figure, from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from heuer.extract import units as un
from heuer.extract.figures.nouns import noun_run, np_of, np_text
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader
from heuer.extract.figures.tokens import next_tok, prev_tok, tok_low
from heuer.extract.lexicon import BELIEF_VERBS, SPEECH_VERBS

# verbs whose object is how many or how much their subject is ("Repossessions totalled 1,140", "bids scored 74")
_AMOUNT_VERBS = frozenset("total number reach hit top exceed surpass pass score amount average near equal".split())


def figure_tokens(r: Reader, ph: Phrase) -> set[Token]:
    """The tokens of the figure's own words: number, unit and the approximators of its text."""
    mine = {a.tok for a in r.atoms[ph.first:ph.text_last + 1]}
    if ph.end_char > ph.start_char:
        mine |= {t for t in r.sent if ph.start_char <= t.idx < ph.end_char}
    return mine


def clause_subject(r: Reader, ph: Phrase, start: Token) -> str | None:
    """Walk up from the figure to the first noun or verb; a verb gives its subject (or object)."""
    mine = figure_tokens(r, ph)
    t = start
    seen = 0
    while seen < 12:
        seen += 1
        h = t.head
        if h is t:
            break
        if h.pos_ in ("NOUN", "PROPN") and (un.currency_of_word(h.text) or un.measure_unit(h.text)) and \
                h.dep_ in ("appos", "dobj", "attr", "pobj", "nsubj", "conj"):
            t = h  # "13.1 trillion roubles ($140 billion)": walk past the other figure's unit
            continue
        if h.pos_ in ("NOUN", "PROPN") and h not in mine and h.lower_ not in un.TIME_UNITS and \
                h.ent_type_ not in ("DATE", "TIME") and not un.measure_unit(h.text) and \
                h.lower_ not in ("percent", "%", "cent") and t.dep_ not in ("npadvmod",):
            if h.dep_ in ("pobj",) and h.head.lower_ in ("in", "on", "at") and h.i > start.i:
                t = h
                continue
            return np_of(h, r.sent, r, exclude=mine)
        if h.pos_ in ("VERB", "AUX"):
            if t.dep_ == "dobj" and ph.kind in ("count", "bare") and ph.noun is None and ph.unit is None and \
                    h.lemma_.lower() not in _AMOUNT_VERBS:
                return None  # "rescuers saved 312": the doer is not what the number counts
            return _verb_subject(r, ph, h, t, mine)
        t = h
    return None


def _verb_subject(r: Reader, ph: Phrase, verb: Token, via: Token, mine: set[Token]) -> str | None:
    prep = via.lower_ if via.dep_ == "prep" else ""
    # "put the number nearer 10,000": the figure hangs on its approximator, the object is what it measures
    hedge_via = via.dep_ in ("npadvmod", "advmod") and via in mine - {a.tok for a in r.atoms[ph.first:ph.text_last + 1]}
    if prep in ("by", "to", "at") or hedge_via or verb.lemma_.lower() in un.CHANGE_VERBS and prep in ("by", "to"):
        objs = [c for c in verb.children if c.dep_ == "dobj" and c not in mine and c.pos_ in ("NOUN", "PROPN")]
        if objs:
            return np_of(objs[0], r.sent, r, exclude=mine)
    if verb.lemma_.lower() in SPEECH_VERBS | BELIEF_VERBS and via.left_edge.i > verb.i and \
            via.doc[via.left_edge.i - 1].text == ",":
        return None  # "..., the authority said, more than 40cm above the record": the teller is no measured thing
    v = verb
    for _ in range(5):
        csubj = [c for c in v.children if c.dep_ == "csubj" and c not in mine]
        if csubj and len(list(csubj[0].subtree)) <= 6:
            # "Inspecting the bridges may take 48 hours"
            return "".join(t.text_with_ws for t in csubj[0].subtree).strip()
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c not in mine]
        if subj:
            s = subj[0]
            if s.pos_ == "PRON" or s.tag_ in ("PRP", "WP", "WDT", "EX"):
                return _object_of(r, v, mine)
            if s.pos_ in ("NOUN", "PROPN"):
                return np_of(s, r.sent, r, exclude=mine)
            return None
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in SPEECH_VERBS | BELIEF_VERBS:
            break  # "Survivors said only three were launched": the teller is no counted thing
        if v.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acl", "relcl", "pcomp", "prep", "pobj") and \
                v.head.i != v.i:
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return np_of(v.head, r.sent, r, exclude=mine)
            v = v.head
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and v.dep_ in ("prep", "pcomp", "pobj", "advmod"):
                v = v.head
            continue
        break
    return None


def _object_of(r: Reader, verb: Token, mine: set[Token]) -> str | None:
    """When the subject is a pronoun: the verb's object or the noun of its first place phrase."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c not in mine and c.pos_ in ("NOUN", "PROPN") and \
                not any(t in mine for t in c.subtree):
            return np_of(c, r.sent, r, exclude=mine)
    for c in verb.children:
        if c.dep_ == "prep" and c.i < min(t.i for t in mine) and not any(t in mine for t in c.subtree):
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in (
                "DATE", "TIME")]
            if objs:
                return np_of(objs[0], r.sent, r, exclude=mine)
    return None


def subject_of(r: Reader, ph: Phrase) -> str | None:
    """The counted or measured thing of a figure that classification left without one."""
    sent = r.sent
    mine = figure_tokens(r, ph)
    if ph.noun is not None and ph.kind in ("count", "age", "share", "ratio"):
        if ph.noun_first is not None:
            run = [sent.doc[i] for i in range(ph.noun_first.i, ph.noun.i + 1)]
            return np_text(run, sent, r, with_pp=True)
        return np_of(ph.noun, sent, r, exclude=mine)
    # a figure inside "<noun> of <figure>": "an altitude of 7,000km", "a loan of $750 million"
    start = r.atoms[ph.text_first].tok
    # walk back from the start of the text, approximators included ("north of $2 billion")
    text_start = min((t for t in mine if t.i <= start.i), key=lambda t: t.i, default=start)
    p = prev_tok(text_start, sent)
    steps = 0
    while p is not None and steps < 4 and (p.lower_ in ("up", "to", "about", "around", "some", "nearly", "almost",
                                                        "roughly", "approximately", "an", "estimated", "between",
                                                        "more", "than", "least", "at", "over", "under")):
        if p.lower_ == "at" and tok_low(next_tok(p, sent)) not in ("least", "most"):
            break
        if p.lower_ == "to" and tok_low(prev_tok(p, sent)) != "up":
            break
        p = prev_tok(p, sent)
        steps += 1
    if p is not None and p.lower_ == "of":
        n = prev_tok(p, sent)
        if n is not None and n.pos_ in ("NOUN", "PROPN") and n.lower_ not in ("total", "number", "sum", "amount",
                                                                             "figure", "tally", "count"):
            return np_of(n, sent, r, exclude=mine)
    if p is not None and p.lower_ == "worth":
        h = p.head
        if h.pos_ not in ("NOUN", "PROPN"):
            h = prev_tok(p, sent) or h
        if h.pos_ in ("NOUN", "PROPN"):
            return np_of(h, sent, r, exclude=mine)
    unit_tok = r.atoms[ph.text_last].tok
    if ph.kind == "duration":
        # "12 years in prison", "18 months of detention"
        nt = next_tok(unit_tok, sent)
        obj = next_tok(nt, sent) if nt is not None and nt.lower_ in ("in", "of", "behind") else None
        while obj is not None and (obj.pos_ == "DET" or obj.tag_ == "PRP$"):
            obj = next_tok(obj, sent)
        if obj is not None and obj.pos_ in ("NOUN", "ADJ") and obj.ent_type_ not in ("DATE", "TIME") and \
                obj.lower_ not in un.TIME_NOUNS:
            run = noun_run(obj, sent)
            if run and run[-1].pos_ == "NOUN" and run[-1].lower_ not in un.TIME_NOUNS:
                return np_text(run, sent, r, with_pp=False)
    root = ph.root or start
    begin = unit_tok if unit_tok.head.i != unit_tok.i and unit_tok.dep_ not in ("nummod", "quantmod") and \
        unit_tok not in (root,) else root
    if ph.kind == "age" and ph.noun is not None:
        return np_of(ph.noun, sent, r, exclude=mine)
    return clause_subject(r, ph, begin)
