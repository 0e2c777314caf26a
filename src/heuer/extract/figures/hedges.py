"""The hedges that qualify a figure, and the character span of its text."""

from __future__ import annotations

from spacy.tokens import Token

from heuer.extract import numbers as nb
from heuer.extract import units as un
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader
from heuer.extract.figures.tokens import match_seq, prev_tok, tok_low
from heuer.extract.hedges import conditional_hedges

# hedge words that may open the end of a change or either end of a spread ("from about 20 a year to more than 70",
# "range from fewer than 6,000 to about 35,000")
END_HEDGES = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "just", "more", "fewer",
                        "less", "than", "at", "least", "under", "up"})


def right_hedges(r: Reader, ph: Phrase, j: int) -> bool:
    """ "or so", "or more", "-odd", "plus" at atom j join the figure's text and hedges."""
    for seq in un.RIGHT_HEDGES:
        atoms = [r.at(j + n) for n in range(len(seq))]
        if all(a is not None and a.low == w for a, w in zip(atoms, seq, strict=True)):
            ph.hedges.append(" ".join(seq).replace("- ", "-"))
            ph.text_last = j + len(seq) - 1
            return True
    return False


def left_hedge_tokens(r: Reader, ph: Phrase) -> list[Token]:
    """The tokens of the approximators written just before a figure ("nearer", "in excess of")."""
    sent = r.sent
    k = r.atoms[ph.text_first].tok.i
    start = k
    changed = True
    while changed:
        changed = False
        for seq in un.LEFT_HEDGES:
            n = len(seq)
            if k - n >= sent.start and match_seq([sent.doc[i] for i in range(k - n, k)], seq):
                k -= n
                changed = True
                break
    return [sent.doc[i] for i in range(k, start)]


def hedges_and_text(r: Reader, ph: Phrase) -> None:
    """Left approximators, sign and clause hedges of a figure, and the character span of its text."""
    sent = r.sent
    atoms = r.atoms
    start_tok = atoms[ph.text_first].tok
    left: list[str] = []
    # "between" belongs to a range's text
    k = start_tok.i
    p = prev_tok(start_tok, sent)
    if ph.range is not None and p is not None and p.lower_ == "between":
        k = p.i
        p = prev_tok(p, sent)
        for seq in (("anywhere",), ("somewhere",)):
            if p is not None and p.lower_ == seq[0]:
                left.insert(0, f"{seq[0]} between")
                k = p.i
                p = prev_tok(p, sent)
    if p is not None and p.lower_ == "minus" and tok_low(prev_tok(p, sent)) == "or" and \
            tok_low(prev_tok(p, sent, 2)) == "plus":
        left.insert(0, "plus or minus")  # a margin either way: "plus or minus 2.3 percentage points"
        k = p.i - 2
        p = prev_tok(p, sent, 3)
    elif p is not None and p.lower_ in ("minus", "negative") and k == start_tok.i:
        if ph.value is not None:
            ph.value = -ph.value
        elif ph.range is not None:
            ph.range = (-ph.range[1], -ph.range[0])
        k = p.i
    changed = True
    while changed:
        changed = False
        for seq in un.LEFT_HEDGES:
            n = len(seq)
            if k - n < sent.start:
                continue
            toks = [sent.doc[i] for i in range(k - n, k)]
            if not match_seq(toks, seq):
                continue
            if seq in (("over",), ("under",), ("below",), ("above",)) and ph.kind == "duration":
                continue
            if seq == ("about",) and toks[0].dep_ == "prep" and toks[0].head.pos_ == "VERB" and \
                    toks[0].head.lemma_ in ("talk", "speak", "think", "care", "know", "learn", "hear", "worry"):
                continue
            left.insert(0, " ".join(seq))
            k -= n
            changed = True
            break
    first_char = sent.doc[k].idx if k != start_tok.i else atoms[ph.text_first].start
    end_atom = atoms[ph.text_last]
    last_char = end_atom.end
    if end_atom.text.endswith(".") and len(end_atom.text) > 1 and (
            end_atom.low.rstrip(".") in nb.SCALES or end_atom.tok.i == sent.end - 1):
        last_char -= 1  # "$90m." or "180 km/h." closing the sentence
    ph.hedges = left + [h for h in ph.hedges if h not in left]
    for h in ph.inherited_hedges:
        if h not in ph.hedges:
            ph.hedges.insert(0, h)
    ph.start_char, ph.end_char = first_char, last_char
    for h in _clause_hedges(r, ph) + conditional_hedges(r.text):
        if h not in ph.hedges:
            ph.hedges.append(h)


def _clause_hedges(r: Reader, ph: Phrase) -> list[str]:
    """Modal verbs, hedging adverbs and epistemic passives on the path from the figure to the root."""
    root = ph.root
    if root is None:
        return []
    found: list[tuple[int, str]] = []
    t = root
    visited = 0
    while visited < 15:
        visited += 1
        for c in t.children:
            cl = c.lower_
            if c.dep_ == "aux" and cl in un.MODAL_HEDGES:
                found.append((c.i, cl))
            elif c.dep_ == "advmod" and cl in un.ADVERB_HEDGES and t is not root:
                found.append((c.i, cl))
        if t.pos_ == "VERB" and t.lemma_.lower() in un.EPISTEMIC_PASSIVE and any(
                c.dep_ == "auxpass" for c in t.children):
            expl = [c for c in t.children if c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it"]
            if expl:
                aux = [c for c in t.children if c.dep_ == "auxpass"][0]
                found.append((expl[0].i, f"it {aux.lower_} {t.lower_}"))
            else:
                found.append((t.i, t.lower_))
        if t.head.i == t.i:
            break
        t = t.head
    found.sort()
    return [h for _, h in found]
