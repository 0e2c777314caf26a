"""Noun phrases near a figure: the counted noun run, its unit name and its text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from heuer.extract import units as un
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader

# words that make the time after a number a time of its own ("would cap permits at 500 next spring")
DEICTIC_TIME_WORDS = frozenset({"next", "last", "this", "coming", "past"})


def noun_run(t: Token, sent: Span) -> list[Token]:
    """The contiguous noun phrase starting at t, up to its last noun."""
    run: list[Token] = []
    i = t.i
    while i < sent.end:
        tok = sent.doc[i]
        model = any(c.isalpha() for c in tok.text) and any(c.isdigit() for c in tok.text)  # "F-16 jets"
        # ("eight more pest officers", with "more" read as an adverb of the noun's first word)
        more = not run and tok.lower_ in ("more", "fewer") and tok.tag_ == "RBR" and i + 1 < sent.end and \
            sent.doc[i + 1].pos_ in ("NOUN", "ADJ")
        # ("Three current and former attendants": adjectives joined before their noun)
        joined = tok.lower_ in ("and", "or") and run and all(x.pos_ == "ADJ" for x in run) and i + 1 < sent.end and \
            sent.doc[i + 1].pos_ == "ADJ" and (sent.doc[i + 1].head.pos_ == "NOUN" and sent.doc[i + 1].head.i > i + 1
                                               or sent.doc[i + 1].dep_ == "conj" and sent.doc[i + 1].head.i == run[-1].i)
        if joined:
            run.append(tok)
            i += 1
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") or model or more or (tok.text == "-" and run and tok.whitespace_ == "") or (
            tok.tag_ == "POS" and run and i + 1 < sent.end and sent.doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
        ) or (
            tok.tag_ in ("VBN", "VBG") and i + 1 < sent.end and tok.dep_ in ("amod", "compound") and (
                sent.doc[i + 1].pos_ in ("NOUN", "PROPN")
                # "40 wounded Ellandrian soldiers", "14 trained culling teams": adjectives or participles between
                # the participle and its noun
                or (sent.doc[i + 1].pos_ == "ADJ" or sent.doc[i + 1].tag_ in ("VBN", "VBG")) and tok.head.pos_ == "NOUN"
                and tok.head.i > i and all(x.pos_ in ("ADJ", "NOUN", "PROPN") or x.tag_ in ("VBN", "VBG")
                                           and x.dep_ in ("amod", "compound") for x in sent.doc[i + 1 : tok.head.i]))
        ):
            if tok.pos_ == "PROPN" and run and run[-1].tag_ == "NNS" and (
                    tok.dep_ != "compound" or _compound_end(tok).tag_ in ("NNS", "VBZ")):
                # "23 of the 26 drones Halvaria launched": a name opening a clause of its own (also "the number of
                # letters Ilvassa Mail handles", with "handles" read as a plural)
                break
            if tok.tag_ in ("VBN", "VBG") and run and run[-1].tag_ == "NNS":
                break  # "Eleven of those notices concerned roof supports": a verb after the plural, misread
            if run and run[-1].tag_ == "NNS" and tok.ent_type_ in ("DATE", "TIME") and run[-1].ent_type_ not in (
                    "DATE", "TIME"):
                break  # "24 goals in 33 league matches last season": the time after the plural is no part of it
            if tok.lower_ in un.TIME_UNITS and run:
                if run[-1].dep_ == "compound" and run[-1].tag_ in ("NN", "NNP"):
                    run.append(tok)  # "headache days", "man hours"
                break
            if tok.pos_ == "NOUN" and tok.tag_ in ("NNS",) and i + 1 < sent.end and \
                    sent.doc[i + 1].pos_ in ("NOUN",) and sent.doc[i + 1].dep_ != "compound":
                run.append(tok)
                break
            run.append(tok)
            i += 1
            continue
        break
    while run and run[-1].pos_ not in ("NOUN", "PROPN"):
        run.pop()
    if [t.lower_ for t in run] in (["today"], ["tomorrow"], ["yesterday"], ["tonight"]):
        return []  # "meet at nine tomorrow": the day, not a thing counted
    if run and run[0].lower_ in DEICTIC_TIME_WORDS and run[-1].ent_type_ in ("DATE", "TIME"):
        return []  # "would cap permits at 500 next spring": the time after the number, not a thing counted
    return run


def count_as(ph: Phrase, run: list[Token]) -> None:
    """Make ``ph`` a count of the noun run ``run`` (its unit, head noun and first word)."""
    ph.kind, ph.unit, ph.noun, ph.noun_first = "count", count_unit(run), run[-1], run[0]


def _compound_end(tok: Token) -> Token:
    """The noun a chain of compounds starting at ``tok`` ends in ("Ilvassa Mail handles" -> "handles")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def plural(word: str) -> str:
    """The plural of a regular English noun ("operator" -> "operators", "bus" -> "buses", "ferry" -> "ferries")."""
    if word.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def count_unit(run: list[Token]) -> str:
    """The unit name of a counted noun run: its head with compound nouns ("special forces")."""
    head = run[-1]
    words = [head.text if head.pos_ == "PROPN" else head.text.lower()]
    k = len(run) - 2
    while k >= 0 and run[k].pos_ == "NOUN" and run[k].dep_ == "compound":
        words.insert(0, run[k].text.lower())
        k -= 1
    if k >= 0 and (run[k].lower_, head.lower_) in un.MULTIWORD_COUNT:
        words.insert(0, run[k].lower_)
    return " ".join(words)


def np_text(run: list[Token], sent: Span, r: Reader | None = None, with_pp: bool = True) -> str | None:
    """Text of a noun run plus its short "of/in/from" phrase; without determiners and other figures."""
    if not run:
        return None
    head = run[-1]
    toks = [t for t in run if not (t.pos_ == "DET" or t.tag_ == "PRP$" or t.like_num)]
    if with_pp:
        for c in head.children:
            if c.dep_ == "prep" and c.i > head.i and c.lower_ in ("of", "in", "from", "for", "on", "at") and \
                    c.i == (toks[-1].i + 1 if toks else head.i + 1):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if not objs:
                    continue
                obj = objs[0]
                if obj.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY") or obj.like_num:
                    continue
                sub = [t for t in obj.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")
                       and not any(a.dep_ in ("relcl", "acl", "appos", "prep") and a is not obj and a in obj.subtree
                                   and t in a.subtree and a is not t for a in [*obj.subtree])]
                sub = [t for t in sub if t.i > c.i and t.i <= obj.i + 3]
                if sub and len(sub) <= 5 and not any(t.like_num for t in sub):
                    toks = [*toks, c, *sorted(sub, key=lambda t: t.i)]
                break
    if not toks:
        return None
    toks.sort(key=lambda t: t.i)
    text = "".join(t.text_with_ws for t in toks).strip()
    text = re.sub(r"\s+-\s*|\s*-\s+", "-", text)
    return text or None


def np_of(head: Token, sent: Span, r: Reader, exclude: Iterable[Token] = ()) -> str | None:
    """Noun phrase of a head found in the parse: left modifiers + head (+ short PP)."""
    excl = set(exclude)
    left = []
    for c in head.lefts:
        if (c.dep_ in ("amod", "compound", "nmod", "poss") or c.tag_ == "HYPH") and c not in excl:
            sub = [t for t in c.subtree if t not in excl and not t.like_num and t.pos_ != "DET"
                   and t.tag_ != "PRP$" and (t.dep_ != "punct" or t.tag_ == "HYPH")
                   and t.ent_type_ not in ("CARDINAL", "MONEY")]
            left.extend(sub)
    run = sorted({*left, head}, key=lambda t: t.i)
    # keep the contiguous part ending at the head
    keep = [head]
    for t in reversed(run[:-1]):
        if keep[0].i - t.i <= 2:
            keep.insert(0, t)
        else:
            break
    return np_text(keep, sent, r, with_pp=True)
