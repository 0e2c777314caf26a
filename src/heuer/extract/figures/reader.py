"""The sentence as atoms, and reading one number off them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Span, Token

from heuer.extract import numbers as nb
from heuer.extract import units as un
from heuer.extract.figures.blocked import blocked_spans


@dataclass
class Atom:
    """A token or a part of one (currency, number, dash, suffix) with its document character span."""

    kind: str  # num | cur | dash | suf | word | tok
    text: str
    tok: Token
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def _atoms(sent: Span) -> list[Atom]:
    out: list[Atom] = []
    for t in sent:
        txt = t.text
        parts = nb.split_number_token(txt)
        if parts:
            for kind, s, a, b in parts:
                out.append(Atom(kind, s, t, t.idx + a, t.idx + b))
            continue
        if txt in un.CURRENCY_SYMBOLS:
            out.append(Atom("cur", txt, t, t.idx, t.idx + len(txt)))
            continue
        if "-" in txt and txt.strip("-") and all(p.lower() in nb.WORD_VALUES for p in txt.split("-") if p):
            # "twenty-five" kept as one token by the tokenizer
            out.append(Atom("word", txt, t, t.idx, t.idx + len(txt)))
            continue
        low = txt.lower()
        kind = "word" if (low in nb.WORD_VALUES or low in ("hundred", "thousand", "million", "billion",
                                                            "trillion", "dozen", "bn", "mn", "crore", "lakh")) \
            else "tok"
        if txt in ("-", "–", "—"):
            kind = "dash"
        out.append(Atom(kind, txt, t, t.idx, t.idx + len(txt)))
    return out


def _value(words: list[str]) -> Decimal | None:
    return nb.value_of_words(nb.split_words(" ".join(words)))


class Reader:
    """One sentence read as atoms, with the spans of numbers that are not figures (phones, times, dates)."""

    def __init__(self, sent: Span):
        self.sent = sent
        self.text = sent.text
        self.atoms = _atoms(sent)
        self.blocked = blocked_spans(sent)

    # atom navigation -----------------------------------------------------
    def at(self, k: int) -> Atom | None:
        return self.atoms[k] if 0 <= k < len(self.atoms) else None

    def low(self, k: int) -> str:
        a = self.at(k)
        return a.low if a else ""

    def is_blocked(self, a: Atom) -> bool:
        return any(s <= a.start and a.end <= e for s, e in self.blocked)

    def is_number_start(self, k: int) -> bool:
        a = self.atoms[k]
        if a.kind == "num":
            return True
        if a.kind == "word":
            low = a.low
            if low in nb.WORD_VALUES or "-" in low:
                return True
            # "a dozen", "a million", "a hundred"
            return False
        return False

    def _split_scale(self, k: int, j: int, b: Atom) -> bool:
        """A scale the tokenizer split off the digits: "$90 m.", "2 bn"."""
        low = b.low.rstrip(".")
        if low in ("bn", "mn", "mln", "tn", "trn"):
            return True
        if low in ("m", "k", "b"):
            return self.atoms[j - 1].tok.whitespace_ == "" and self._million(k, j)
        return False

    def _million(self, k: int, j: int) -> bool:
        """Is the "m" at atom j "million" (money, or a count follows) rather than metres?"""
        prev = self.at(k - 1)
        money = prev is not None and (prev.kind == "cur" or un.currency_of_code(prev.text) is not None)
        nxt = self.at(j + 1)
        counted = nxt is not None and nxt.tok.tag_ in ("NNS", "NNPS") and not un.measure_unit(nxt.text)
        return money or counted

    def read_number(self, k: int) -> tuple[Decimal, int] | None:
        """Read one number starting at atom k; returns (value, last atom index)."""
        words: list[str] = []
        last = k
        j = k
        a = self.atoms[k]
        if a.low in ("a", "an"):
            words.append(a.low)
            j += 1
        while j < len(self.atoms):
            b = self.atoms[j]
            low = b.low
            if b.kind == "num":
                if words and words[-1] not in ("a", "an"):
                    break
                words.append(b.text)
            elif b.kind == "word":
                if low in nb.WORD_VALUES and any(w[:1].isdigit() for w in words):
                    break  # "1.3 million twenty-foot equivalent units"
                if "-" in low:
                    words.extend(p for p in low.split("-") if p)
                else:
                    words.append(low)
            elif b.kind == "suf" and low in ("bn", "mn", "mln", "k", "tn", "trn") and b.tok is a.tok or (
                b.kind == "suf" and low in ("m", "b") and b.tok is a.tok and self._million(k, j)
            ):
                words.append(low)
                last = j
                j += 1
                break
            elif b.kind == "tok" and words and words[-1] not in ("a", "an") and self._split_scale(k, j, b):
                words.append(b.low.rstrip("."))
                last = j
                j += 1
                break
            elif b.kind == "dash" and words and words[-1] in nb.TENS:
                nxt = self.at(j + 1)
                if nxt and nxt.kind == "word" and nxt.low in nb.UNITS:
                    j += 1
                    continue
                break
            elif low == "point" and words and all(w in nb.WORD_VALUES for w in words if w not in ("a", "an")):
                # "two point six degrees", "one point one billion euros": decimals spoken as digits
                nxt = self.at(j + 1)
                if not (nxt is not None and nxt.kind == "word" and nxt.low in nb.DIGIT_WORDS):
                    break
                after = j + 1
                while self.at(after) is not None and self.at(after).low in nb.DIGIT_WORDS:  # type: ignore[union-attr]
                    after += 1
                unit = self.at(after)
                if unit is None or not (unit.low in nb.BIG_SCALES or unit.low in ("percent", "per", "%")
                                        or un.measure_unit(unit.text) or un.currency_of_word(unit.text)
                                        or un.time_unit(unit.text)):
                    break  # "at one point two people left": no decimal without a unit of measure after it
                words.append("point")
            elif low == "and" and words:
                nxt = self.at(j + 1)
                nxt2 = self.at(j + 2)
                if nxt and nxt2 and nb.and_fraction([nxt.low, nxt2.low]) is not None:
                    words.extend(["and", nxt.low, nxt2.low])
                    last = j + 2
                    j += 3
                    continue
                if nxt and nxt.kind == "word" and words[-1] in ("hundred", "thousand", "million", "billion"):
                    words.append("and")
                    j += 1
                    continue
                break
            else:
                break
            last = j
            j += 1
        # a separate scale token right after digits: "4.5 million", "90 m"
        if not words:
            return None
        # shrink until it evaluates
        while words:
            v = _value(words)
            if v is not None:
                return v, last
            words.pop()
            last -= 1
        return None


def unit_and_fraction(r: Reader, j: int, *, singular: bool = True) -> Decimal | None:
    """At atom j, a unit followed by "and a half" ("hour and a half", "years and a half"): the fraction it adds."""
    a = r.at(j)
    if a is None or a.kind != "tok" or singular and a.low.endswith("s"):
        return None
    if not (un.time_unit(a.text) or un.measure_unit(a.text) and len(a.text) > 2):
        return None
    if r.low(j + 1) != "and":
        return None
    return nb.and_fraction([r.low(j + 2), r.low(j + 3)])
