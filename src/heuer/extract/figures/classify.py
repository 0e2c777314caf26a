"""Deciding whether a number phrase is a figure, and its unit when written next to it."""

from __future__ import annotations

from spacy.tokens import Token

from heuer.extract import numbers as nb
from heuer.extract import units as un
from heuer.extract.figures.hedges import right_hedges
from heuer.extract.figures.nonfigures import (
    duration_check,
    is_label,
    is_list_marker,
    is_model_name,
    near_month,
)
from heuer.extract.figures.phrase import Phrase
from heuer.extract.figures.reader import Reader
from heuer.extract.figures.shares import ratio_noun, share_noun
from heuer.extract.figures.tokens import next_tok, prev_tok
from heuer.extract.figures.unit_words import after_unit, unit_from_words


def classify(r: Reader, ph: Phrase) -> None:
    """Decide whether a number phrase is a figure and give it its unit."""
    sent = r.sent
    atoms = r.atoms
    first, last = atoms[ph.first], atoms[ph.last]
    ph.text_first, ph.text_last = ph.first, ph.last
    ph.root = _phrase_root(r, ph)
    if any(r.is_blocked(a) for a in atoms[ph.first:ph.last + 1] if a.kind == "num"):
        ph.drop = True
        return
    if ph.kind == "times":
        return  # "twice", "doubled": read with their unit
    if ph.kind == "votes":
        ph.kind, ph.unit = "count", "votes"  # "by 212 to 187": the second tally takes the unit by ellipsis
        return
    if ph.kind == "share":
        if ph.noun is None and ph.unit == "percent":
            share_noun(r, ph)
        return
    if ph.kind == "ratio":
        ratio_noun(r, ph)
        return
    if ph.kind in ("duration", "measure") and ph.noun is not None and r.low(ph.last) in nb.FRACTION_WORDS:
        # "half an hour", "a quarter of a century": the unit was read with the fraction
        unit_atom = next((j for j in range(ph.last + 1, min(ph.last + 5, len(atoms))) if atoms[j].tok.i == ph.noun.i),
                         None)
        if unit_atom is None:
            ph.drop = True
            return
        ph.text_last = unit_atom
        if ph.kind == "duration":
            duration_check(r, ph)
        elif ph.unit not in ("points", "percentage points"):  # ("a quarter of a percentage point": read already)
            after_unit(r, ph, unit_atom)
        return
    # currency before the number
    k = ph.first - 1
    cur = None
    if r.at(k) and atoms[k].kind == "cur":
        cur = un.currency_of_symbol(atoms[k].text)
        ph.text_first = k
    elif r.at(k) and un.currency_of_code(atoms[k].text):
        cur = un.currency_of_code(atoms[k].text)
        ph.text_first = k
    # glued suffix / the next atoms
    nxt = r.at(ph.last + 1)
    suf = nxt.text if nxt is not None and nxt.kind == "suf" and nxt.tok is last.tok else None
    first_tok = first.tok
    last_tok = last.tok
    prev_t = prev_tok(atoms[ph.text_first].tok, sent)
    if atoms[ph.text_first].tok is first_tok and ph.text_first != ph.first:
        prev_t = prev_tok(first_tok, sent)
    # --- non-figures by their own shape ------------------------------------
    if suf in ("s", "st", "nd", "rd", "th", "am", "pm", "a.m.", "p.m.", "h", "hrs", "GMT", "BST", "UTC"):
        ph.drop = True
        return
    if suf == "p" and cur is None and first.kind == "num" and ph.range is None:
        ph.kind, ph.unit = "money", "pence"  # "43p of every pound", "up from 29p"
        ph.text_last = ph.last + 1
        return
    if suf is not None and suf not in ("%", "+", "sq") and not un.measure_unit(suf) and cur is None and \
            not un.time_unit(suf) and suf.lower() not in un.GLUED_SCALES:
        ph.drop = True  # "5G", "4K", "3D"
        return
    glued = next_tok(last_tok, sent) if last_tok.whitespace_ == "" else None
    if glued is not None and glued.is_alpha and not _known_unit_word(glued.text) and cur is None:
        ph.drop = True  # "5G", "4K": codes the tokenizer split off
        return
    if first_tok.tag_ == "LS":
        ph.drop = True
        return
    if is_list_marker(r, ph):
        ph.drop = True
        return
    if cur is None and is_label(r, ph, prev_t):
        return
    if near_month(r, ph):
        ph.drop = True
        return
    if is_model_name(first_tok, sent):
        ph.drop = True
        return
    # --- money ---------------------------------------------------------------
    if cur is not None:
        ph.kind, ph.unit = "money", cur
        after_unit(r, ph, ph.last)
        return
    # glued unit suffix: "7,000km", "46C", "12%", "12pc"
    if suf is not None:
        sl = suf.lower()
        if sl == "sq":
            ua = r.at(ph.last + 2)
            if ua is not None and un.measure_unit(ua.text):
                ph.kind, ph.unit = "measure", "sq " + ua.low
                ph.text_last = ph.last + 2
                after_unit(r, ph, ph.last + 2)
                return
        u = un.measure_unit(suf) if sl != "m" else None
        if u is None and sl == "m":
            u = "m"
        if u is None and un.time_unit(suf):
            ph.kind, ph.unit = "duration", un.time_unit(suf)
            ph.text_last = ph.last + 1
            duration_check(r, ph)
            return
        if u is not None and sl not in un.GLUED_SCALES:
            ph.kind = "percent" if u in ("percent", "percentage points", "basis points") else "measure"
            ph.unit = "metres" if u == "m" else u
            ph.text_last = ph.last + 1
            after_unit(r, ph, ph.last + 1)
            return
    # the next token(s); a quoted approximation goes on after its closing mark: '"at least 8,000" prisoners'
    k = ph.last + 1
    if r.low(k) == "or" and r.low(k + 1) in ("so", "more", "less", "fewer"):
        k += 2  # '"a dozen or so" backbenchers'
    after = r.at(k)
    nxt_word = r.at(k + 1)
    # ('"around 41,000" stolen artworks': a participle before the noun, as an adjective)
    noun_after = r.at(k + 2)
    described = nxt_word is not None and nxt_word.tok.tag_ in ("VBN", "VBG") and noun_after is not None and \
        noun_after.tok.pos_ == "NOUN" and nxt_word.tok.head.i == noun_after.tok.i
    if after is not None and after.tok.is_quote and after.tok.text in ('"', "”", "’") and nxt_word is not None \
            and nxt_word.tok.is_alpha and (nxt_word.tok.pos_ in ("NOUN", "ADJ", "PROPN") or described) and \
            any(t.tok.is_quote for t in r.atoms[max(0, ph.first - 4) : ph.first]):
        if k != ph.last + 1:
            right_hedges(r, ph, ph.last + 1)
        unit_from_words(r, ph, k + 1, prev_t)
        return
    unit_from_words(r, ph, ph.last + 1, prev_t)


def _known_unit_word(word: str) -> bool:
    low = word.lower()
    return bool(un.measure_unit(word) or un.time_unit(word) or un.currency_of_word(word) or low in nb.SCALES
                or low in un.PERCENT_WORDS or low in ("sq", "per", "year", "old"))


def _phrase_root(r: Reader, ph: Phrase) -> Token:
    toks = {a.tok for a in r.atoms[ph.first:ph.last + 1]}
    for t in sorted(toks, key=lambda t: t.i):
        if t.head not in toks or t.head.i == t.i:
            if t.like_num or t.pos_ == "NUM" or t.text[:1].isdigit() or t.lower_ in nb.WORD_VALUES:
                return t
    nums = [a.tok for a in r.atoms[ph.first:ph.last + 1] if a.kind in ("num", "word")]
    return nums[-1] if nums else r.atoms[ph.first].tok
