"""The figure finder: reported quantities in one parsed sentence.

:func:`find_figures` is a pure function over a spaCy sentence span. It reads
the sentence as a list of *atoms* (tokens, with tokens such as ``"€2bn"`` or
``"10,000–12,000"`` split into currency, number, dash and suffix parts),
reads number phrases off them with :mod:`heuer.extract.numbers`, drops the
numbers that are not reported quantities (dates, years, clock times,
ordinals, phone numbers, addresses, list markers, labels such as "Article 5"
or "Windows 11", model names such as "F-16", determiner-like "one"), and
gives each figure its unit, the counted thing (``subject``) from the
dependency parse, and the hedges that qualify it.

Documented choices (kept consistent on purpose):

- Money is valued in units of its currency: ``"$4.5 million"`` -> 4500000
  ``"dollars"``; every dollar (US$, A$, C$, HK$...) is ``"dollars"``.
- Percentages: ``"12%"``, ``"12 percent"``, ``"12 per cent"`` -> ``"percent"``;
  ``"percentage points"`` and ``"basis points"`` are their own units.
- Fractions of a whole are shares in percent, rounded to one decimal:
  ``"nearly half of respondents"`` -> 50 ``"percent"`` (hedge "nearly"),
  ``"a third of"`` / ``"by a third"`` -> 33.3, ``"two-thirds of"`` -> 66.7,
  ``"1/3 of"`` -> 33.3. "A third" that is not a share ("a third soldier") is
  an ordinal and no figure.
- Ratios are two figures, as the extraction contract says: ``"one in seven
  adults"`` -> 1 ``"adults"`` and 7 ``"adults"``, both with the ratio's hedges.
- Vague plurals are ranges (see :mod:`heuer.extract.numbers`):
  ``"thousands of"`` -> (1000, 9999), ``"tens of thousands"`` -> (10000, 99999).
- Ranges: ``"between X and Y"``, ``"X-Y"``, ``"X to Y"``, ``"X or Y"``
  (low < high; a scale on the high end carries over: "2 to 3 million").
  ``"from X to Y"`` is a change, so two figures; ``"X-Y"`` with X >= Y is a
  score and no figure.
- Durations are figures ("lasted six weeks", "for 90 minutes", "after 14
  hours", "sentenced to 12 years", "a two-day search", "every 95 minutes",
  "after nine hours of talks") except time expressions: after "in",
  "within", "inside" ("her second visit in six weeks"), before "ago",
  "later", "earlier", "before", "after" ("two days before the vote"), or
  with "past", "last", "next", "first", "coming" ("the past three years").
  "One day" / "one year later" are idioms.
- A number whose unit was left out takes it from its neighbour: "312 votes
  to 205", "four of the five judges", "37 people were killed and 120
  injured", "five years instead of three"; a bare number in a sentence about
  "the number of households" counts households. Other bare numbers are kept
  only as objects or complements ("the death toll rose to 37") with no unit.
- Compounds count their noun: "a 64-page report" -> 64 ``"page"``, "a
  300-metre vessel" -> 300 ``"metres"``, "a 48-hour ceasefire" -> 48
  ``"hours"``; idioms ("a two-state solution", "one-off") are not figures.
- Ages: ``"aged 54"``, ``"a 54-year-old"``, ``"54 years old"`` and the news
  apposition ``"Smith, 54,"`` -> 54 ``"years"``, subject the person.
- Determiner-like ``"one"`` before a singular noun ("in one intercepted
  call") is no figure unless it stands in a list of counts ("one translator
  and three soldiers") or carries a quantity hedge ("at least one person").
  ``"the two"`` / ``"our two"`` + plural noun ("the two countries") and bare
  "all three" are references back, not reported counts; so are selections
  ("the first two rounds", "the top 10 firms").
- ``text``/``start``/``end`` cover the figure as written with its
  approximators and its non-count unit ("around 12,000", "10,000 or so",
  "$4.5 million", "almost 90 minutes", "7,000km"); ``text ==
  doc.text[start:end]``. Count nouns ("troops") are not part of ``text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from spacy.tokens import Span, Token

from heuer.extract import numbers as nb
from heuer.extract import units as un

__all__ = ["FigureMention", "find_figures"]


@dataclass
class FigureMention:
    """One reported quantity found in a sentence.

    ``value`` or ``range`` (never both); ``unit`` is the counted noun as
    written ("troops", "special forces"), a currency ("dollars"), "percent",
    a unit of measure as written ("km") or a time unit ("minutes"), None for
    a bare number; ``subject`` is the counted or measured thing as a noun
    phrase; ``hedges`` lists approximators next to the figure first, then
    modal verbs, hedging adverbs and epistemic passives ("it is believed") of
    the clauses above it; ``start``/``end`` are document character offsets of
    ``text``; ``token_i`` is the document index of the number's head token.
    """

    value: float | None
    range: tuple[float, float] | None
    unit: str | None
    subject: str | None
    text: str
    hedges: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    token_i: int = 0


# Numbers written in text that are not numbers of things.
_BLOCK_RES = [
    re.compile(r"(?<![\d,.])(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,5}\)?[\s-]){2,4}\d{2,5}(?![\d,.])"),  # phones
    re.compile(r"(?<![\d,])\d{1,4}-\d{3}-\d{3,4}(?:-\d{2,4})?(?![\d,])"),  # 1-800-555-0199
    re.compile(r"(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.I),  # 14:32
    re.compile(r"(?<![\d.,])\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\b\.?|GMT|UTC)", re.I),  # 11.30pm
    re.compile(r"(?<![\d.,])\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)", re.I),  # 9am, 3 p.m.
    re.compile(r"(?<![\d.,/])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?![\d/])"),  # 31/10/2024, 2.4.1
    re.compile(r"(?<![\d.,])\d{4}-\d{2}-\d{2}"),  # ISO dates
    re.compile(r"(?<![\d,.])\d{1,2}/\d{1,2}(?![\d/])"),  # 10/31 (small fractions re-admitted below)
    re.compile(r"(?<=[A-Za-z])-\d+"),  # F-16, COVID-19, Su-35 when split
]


@dataclass
class _Atom:
    kind: str  # num | cur | dash | suf | word | tok
    text: str
    tok: Token
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class _Phrase:
    first: int  # atom index of the first number atom (currency excluded)
    last: int  # atom index of the last atom of the number words
    value: Decimal | None = None
    range: tuple[Decimal, Decimal] | None = None
    unit: str | None = None
    # count | money | percent | measure | duration | age | share | ratio | bare (no unit), and, while
    # classifying: partitive | ellipsis | casualty (their noun comes from a neighbour)
    kind: str = "count"
    noun: Token | None = None  # the counted noun
    noun_first: Token | None = None  # first token of the counted noun phrase
    text_first: int = 0  # atom index where the text starts
    text_last: int = 0  # atom index where the text ends
    hedges: list[str] = field(default_factory=list)
    subject: str | None = None
    root: Token | None = None
    drop: bool = False
    partner: _Phrase | None = None  # the other side of a ratio ("one in seven")
    inherited_hedges: list[str] = field(default_factory=list)
    start_char: int = 0
    end_char: int = 0


# --- the sentence as atoms --------------------------------------------------

def _atoms(sent: Span) -> list[_Atom]:
    out: list[_Atom] = []
    for t in sent:
        txt = t.text
        parts = nb.split_number_token(txt)
        if parts:
            for kind, s, a, b in parts:
                out.append(_Atom(kind, s, t, t.idx + a, t.idx + b))
            continue
        if txt in un.CURRENCY_SYMBOLS:
            out.append(_Atom("cur", txt, t, t.idx, t.idx + len(txt)))
            continue
        if "-" in txt and txt.strip("-") and all(p.lower() in nb.WORD_VALUES for p in txt.split("-") if p):
            # "twenty-five" kept as one token by the tokenizer
            out.append(_Atom("word", txt, t, t.idx, t.idx + len(txt)))
            continue
        low = txt.lower()
        kind = "word" if (low in nb.WORD_VALUES or low in ("hundred", "thousand", "million", "billion",
                                                            "trillion", "dozen", "bn", "mn", "crore", "lakh")) \
            else "tok"
        if txt in ("-", "–", "—"):
            kind = "dash"
        out.append(_Atom(kind, txt, t, t.idx, t.idx + len(txt)))
    return out


def _blocked_spans(sent: Span) -> list[tuple[int, int]]:
    text, base = sent.text, sent.start_char
    spans = []
    for rx in _BLOCK_RES:
        for m in rx.finditer(text):
            s = m.group(0)
            small_fraction = re.fullmatch(r"(\d)/(\d{1,2})", s)
            if small_fraction and int(small_fraction.group(1)) < int(small_fraction.group(2)) <= 10:
                continue
            digits = sum(c.isdigit() for c in s)
            if rx is _BLOCK_RES[0] and digits < 7:
                continue
            spans.append((base + m.start(), base + m.end()))
    return spans


# --- helpers ----------------------------------------------------------------

def _value(words: list[str]) -> Decimal | None:
    return nb.value_of_words(nb.split_words(" ".join(words)))


def _tok_low(t: Token | None) -> str:
    return t.text.lower() if t is not None else ""


def _next_tok(t: Token, sent: Span, n: int = 1) -> Token | None:
    i = t.i + n
    return t.doc[i] if sent.start <= i < sent.end else None


def _prev_tok(t: Token, sent: Span, n: int = 1) -> Token | None:
    i = t.i - n
    return t.doc[i] if sent.start <= i < sent.end else None


def _match_seq(toks: list[Token], seq: tuple[str, ...]) -> bool:
    return len(toks) == len(seq) and all(t.text.lower() == w for t, w in zip(toks, seq, strict=True))


# --- reading numbers ---------------------------------------------------------

class _Reader:
    def __init__(self, sent: Span):
        self.sent = sent
        self.text = sent.text
        self.atoms = _atoms(sent)
        self.blocked = _blocked_spans(sent)

    # atom navigation -----------------------------------------------------
    def at(self, k: int) -> _Atom | None:
        return self.atoms[k] if 0 <= k < len(self.atoms) else None

    def low(self, k: int) -> str:
        a = self.at(k)
        return a.low if a else ""

    def is_blocked(self, a: _Atom) -> bool:
        return any(s <= a.start and a.end <= e for s, e in self.blocked)

    def _is_number_start(self, k: int) -> bool:
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

    def _split_scale(self, k: int, j: int, b: _Atom) -> bool:
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
            elif low == "and" and words:
                nxt = self.at(j + 1)
                nxt2 = self.at(j + 2)
                if nxt and nxt.low == "a" and nxt2 and nxt2.low == "half":
                    words.extend(["and", "a", "half"])
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


# --- the finder --------------------------------------------------------------

def find_figures(sent: Span) -> list[FigureMention]:
    """Every reported quantity in one parsed sentence, in text order."""
    r = _Reader(sent)
    phrases = _scan(r)
    for ph in phrases:
        if not ph.drop:
            _classify(r, ph)
    live = [ph for ph in phrases if not ph.drop]
    _inherit_units(r, live, phrases)
    live = [ph for ph in live if not ph.drop]
    out = []
    for ph in live:
        _hedges_and_text(r, ph)
        if ph.partner is not None:
            ph.partner.inherited_hedges = [h for h in ph.hedges if h not in ("odd", "or so", "or more")]
        if ph.subject is None:
            ph.subject = _subject(r, ph)
        out.append(_mention(r, ph))
    out.sort(key=lambda m: m.start)
    return out


def _scan(r: _Reader) -> list[_Phrase]:
    phrases: list[_Phrase] = []
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
        # fractions: "a third of", "two-thirds", "half of", "one in five"
        share = _read_share(r, k)
        if share:
            phrases.append(share)
            k = share.last + 1
            if share.partner is not None:
                phrases.append(share.partner)
                k = share.partner.last + 1
            continue
        start_ok = r._is_number_start(k)
        if not start_ok and a.low in ("a", "an"):
            nxt = r.at(k + 1)
            if nxt and nxt.kind == "word" and nxt.low in ("dozen", "hundred", "thousand", "million", "billion",
                                                          "trillion"):
                start_ok = True
        if not start_ok:
            k += 1
            continue
        got = r.read_number(k)
        if not got:
            k += 1
            continue
        val, last = got
        ph = _Phrase(first=k, last=last, value=val)
        _read_range(r, ph)
        phrases.append(ph)
        k = ph.last + 1
    return phrases


def _read_vague(r: _Reader, k: int) -> _Phrase | None:
    a = r.atoms[k]
    words = [a.low]
    last = k
    if a.low in ("tens", "hundreds") and r.low(k + 1) == "of" and r.low(k + 2) in ("thousands", "millions",
                                                                                   "billions"):
        words += [r.low(k + 2)]
        last = k + 2
    rng = nb.vague_range(" ".join(words))
    if rng is None:
        return None
    prev = r.at(k - 1)
    if prev and (prev.kind in ("num", "word") or prev.low in ("the", "their", "his", "her", "its")):
        return None  # "several hundreds", "in the thousands" / "five hundreds"
    ph = _Phrase(first=k, last=last, range=(Decimal(str(rng[0])), Decimal(str(rng[1]))))
    ph.kind = "count"
    return ph


def _read_share(r: _Reader, k: int) -> _Phrase | None:
    """Fractions of a whole and "one in five" ratios, as percent."""
    a = r.atoms[k]
    sent = r.sent
    # "1/3 of the company", "½ of the farm"
    if a.kind == "num" and ("/" in a.text or not a.text[-1].isdigit()) and r.low(k + 1) == "of":
        v = nb.parse_number(a.text)
        if v is not None and 0 < v < 1:
            ph = _Phrase(first=k, last=k, value=Decimal(str(nb.fraction_percent(v, 1))))
            ph.kind, ph.unit = "share", "percent"
            return ph
    # "one in five", "nine in 10", "1 in 4", "one out of every four"
    if a.kind in ("num", "word") and (a.low in nb.WORD_VALUES or a.kind == "num"):
        j = k + 1
        if r.low(j) == "in" or (r.low(j) == "out" and r.low(j + 1) == "of"):
            j += 1 if r.low(j) == "in" else 2
            if r.low(j) == "every":
                j += 1
            b = r.at(j)
            if b and b.kind in ("num", "word") and (b.low in nb.WORD_VALUES or b.kind == "num"):
                num = nb.parse_number(a.text)
                den = nb.parse_number(b.text)
                if num is not None and den and 0 < num < den <= 1000 and a.tok.i != b.tok.i:
                    nxt = _next_tok(b.tok, sent)
                    if nxt is None or nxt.lower_ not in un.TIME_UNITS:
                        # a ratio is two figures: "one in seven adults" -> 1 adults, 7 adults
                        ph = _Phrase(first=k, last=k, value=Decimal(str(num)), kind="ratio")
                        ph.partner = _Phrase(first=j, last=j, value=Decimal(str(den)), kind="ratio")
                        return ph
    low = a.low
    frac_k = None
    count = Decimal(1)
    if low in nb.FRACTION_WORDS and a.kind == "tok":
        frac_k = k
        prev = r.at(k - 1)
        if prev and prev.low in ("a", "an", "one") and prev.tok.i == a.tok.i - 1:
            return None  # read from the article/number instead
    elif low in ("a", "an", "one") or (a.kind in ("num", "word") and a.low in nb.UNITS):
        j = k + 1
        if r.at(j) and r.atoms[j].kind == "dash":
            j += 1
        b = r.at(j)
        if b and b.low in nb.FRACTION_WORDS and b.low != "half" or (b and b.low == "half" and low in ("one",)):
            frac_k = j
            if low not in ("a", "an"):
                v = nb.parse_number(a.text)
                if v is None:
                    return None
                count = Decimal(str(v))
    if frac_k is None:
        return None
    fw = r.atoms[frac_k]
    frac = nb.FRACTION_WORDS[fw.low]
    plural = fw.low.endswith("s") and fw.low != "halves"
    if plural and count == 1 and frac_k == k:
        return None  # bare "thirds"
    if not plural and count > 1:
        return None  # "two third" is not English; "five fifth" neither
    prev_tok = _prev_tok(r.atoms[k].tok, sent)
    nxt_tok = _next_tok(fw.tok, sent)
    prev_low = _tok_low(prev_tok)
    nxt_low = _tok_low(nxt_tok)
    if nxt_low == "-":
        return None  # "half-brother", "third-party"
    if prev_low in nb.ORDINAL_WORDS or prev_low in ("the", "this", "that", "each", "every", "per"):
        return None  # "the second half", "the first quarter"
    if fw.low == "half" and frac_k == k and prev_low in ("and",):
        return None
    # "half a/an <unit>": a measure, not a share
    if fw.low == "half" and nxt_low in ("a", "an"):
        u = _next_tok(fw.tok, sent, 2)
        if u is not None and (un.time_unit(u.text) or un.measure_unit(u.text)):
            ph = _Phrase(first=k, last=frac_k, value=Decimal("0.5"))
            ph.kind = "duration" if un.time_unit(u.text) else "measure"
            ph.unit = un.time_unit(u.text) or un.measure_unit(u.text)
            ph.noun = u
            return ph
    by_tok = prev_tok
    while by_tok is not None and by_tok.lower_ in ("nearly", "almost", "about", "around", "roughly", "more", "than",
                                                   "over", "some", "just", "approximately", "less", "up", "to"):
        by_tok = _prev_tok(by_tok, sent)
    share_ctx = nxt_low == "of" or _tok_low(by_tok) == "by" or (
        fw.low == "half" and nxt_tok is not None and (nxt_tok.dep_ == "poss" or nxt_low in (
            "the", "its", "their", "his", "her", "our", "all", "them", "those", "these")))
    if not share_ctx:
        return None
    pct = Decimal(str(nb.fraction_percent(float(count * frac), 1)))
    ph = _Phrase(first=k, last=frac_k, value=pct)
    ph.kind, ph.unit = "share", "percent"
    return ph


def _read_range(r: _Reader, ph: _Phrase) -> None:
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
    if conn is None:
        return
    if conn == "to" and r.low(ph.first - 1) == "from" or conn == "to" and (
        r.at(ph.first - 1) and atoms[ph.first - 1].kind == "cur" and r.low(ph.first - 2) == "from"):
        return
    if conn == "or" and r.low(mid) == "so":
        return
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
    if ph.first == ph.last and lo_a.kind == "num" and len(lo_a.text) == 4 and _year_value(lo) and not (
            _year_value(hi) or hi < 100):
        return  # "rose 38 percent in 2029 to 11.2 million"
    # "2 to 3 million": the scale written once applies to both ends
    lo_words = [a.low for a in atoms[ph.first:ph.last + 1]]
    hi_words = [a.low for a in atoms[mid:last + 1]]
    if hi_words[-1] in nb.BIG_SCALES and lo_words[-1] not in nb.BIG_SCALES:
        scaled = lo * nb.BIG_SCALES[hi_words[-1]]
        if scaled < hi:
            lo = scaled
    if lo >= hi:
        if b.kind == "dash" or conn == "to":
            ph.drop = True  # a score "3-1" or a countdown
            ph.last = last
        return
    ph.range = (lo, hi)
    ph.value = None
    ph.last = last


def _classify(r: _Reader, ph: _Phrase) -> None:
    """Decide whether a number phrase is a figure and give it its unit."""
    sent = r.sent
    atoms = r.atoms
    first, last = atoms[ph.first], atoms[ph.last]
    ph.text_first, ph.text_last = ph.first, ph.last
    ph.root = _phrase_root(r, ph)
    if any(r.is_blocked(a) for a in atoms[ph.first:ph.last + 1] if a.kind == "num"):
        ph.drop = True
        return
    if ph.kind == "share":
        if ph.noun is None and ph.unit == "percent":
            _share_noun(r, ph)
        return
    if ph.kind == "ratio":
        _ratio_noun(r, ph)
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
    prev_t = _prev_tok(atoms[ph.text_first].tok, sent)
    if atoms[ph.text_first].tok is first_tok and ph.text_first != ph.first:
        prev_t = _prev_tok(first_tok, sent)
    # --- non-figures by their own shape ------------------------------------
    if suf in ("s", "st", "nd", "rd", "th", "am", "pm", "a.m.", "p.m.", "h", "hrs", "GMT", "BST", "UTC"):
        ph.drop = True
        return
    if suf is not None and suf not in ("%", "+", "sq") and not un.measure_unit(suf) and cur is None and \
            not un.time_unit(suf) and suf.lower() not in un.GLUED_SCALES:
        ph.drop = True  # "5G", "4K", "3D"
        return
    glued = _next_tok(last_tok, sent) if last_tok.whitespace_ == "" else None
    if glued is not None and glued.is_alpha and not _known_unit_word(glued.text) and cur is None:
        ph.drop = True  # "5G", "4K": codes the tokenizer split off
        return
    if first_tok.tag_ == "LS":
        ph.drop = True
        return
    if _is_list_marker(r, ph):
        ph.drop = True
        return
    if cur is None and _is_label(r, ph, prev_t):
        return
    if _near_month(r, ph):
        ph.drop = True
        return
    if _is_model_name(first_tok, sent):
        ph.drop = True
        return
    # --- money ---------------------------------------------------------------
    if cur is not None:
        ph.kind, ph.unit = "money", cur
        _after_unit(r, ph, ph.last)
        return
    # glued unit suffix: "7,000km", "46C", "12%", "12pc"
    if suf is not None:
        sl = suf.lower()
        if sl == "sq":
            ua = r.at(ph.last + 2)
            if ua is not None and un.measure_unit(ua.text):
                ph.kind, ph.unit = "measure", "sq " + ua.low
                ph.text_last = ph.last + 2
                _after_unit(r, ph, ph.last + 2)
                return
        u = un.measure_unit(suf) if sl != "m" else None
        if u is None and sl == "m":
            u = "m"
        if u is None and un.time_unit(suf):
            ph.kind, ph.unit = "duration", un.time_unit(suf)
            ph.text_last = ph.last + 1
            _duration_check(r, ph)
            return
        if u is not None and sl not in un.GLUED_SCALES:
            ph.kind = "percent" if u in ("percent", "percentage points", "basis points") else "measure"
            ph.unit = "metres" if u == "m" else u
            ph.text_last = ph.last + 1
            _after_unit(r, ph, ph.last + 1)
            return
    # the next token(s)
    _unit_from_words(r, ph, ph.last + 1, prev_t)


def _known_unit_word(word: str) -> bool:
    low = word.lower()
    return bool(un.measure_unit(word) or un.time_unit(word) or un.currency_of_word(word) or low in nb.SCALES
                or low in un.PERCENT_WORDS or low in ("sq", "per", "year", "old"))


def _unit_from_words(r: _Reader, ph: _Phrase, j: int, prev_t: Token | None) -> None:
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
    if _right_hedges(r, ph, j):
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
    if a is None:
        _bare(r, ph, prev_t)
        return
    low = a.low
    nxt = r.at(j + 1)
    nxt_low = nxt.low if nxt else ""
    # percent
    if low in ("%", "percent", "pc", "pct") or (low == "per" and nxt_low == "cent"):
        ph.kind, ph.unit = "percent", "percent"
        ph.text_last = j + (1 if low == "per" else 0)
        _after_unit(r, ph, ph.text_last)
        return
    if low in ("percentage", "basis") and nxt_low in ("point", "points"):
        ph.kind, ph.unit = "percent", f"{low} points"
        ph.text_last = j + 1
        _after_unit(r, ph, j + 1)
        return
    if low in ("bps", "bp"):
        ph.kind, ph.unit = "percent", "basis points"
        ph.text_last = j
        _after_unit(r, ph, j)
        return
    # money written out: "2 billion euros", "300,000 dollars", "1.2 trillion won"
    cw = un.currency_of_word(a.text) if a.kind == "tok" else None
    if cw and not (low in ("pound", "pounds") and nxt_low == "of") and not (low == "won" and a.tok.pos_ == "VERB"
                                                                           and nxt_low not in (".", ",", "in")):
        if low in ("pound", "pounds") and nxt_low == "of":
            cw = None
        if cw:
            ph.kind, ph.unit = "money", cw
            ph.text_last = j
            _after_unit(r, ph, j)
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
            run = _noun_run(sent.doc[old_tok.i + 1], sent)
            ph.noun = run[-1] if run else None
            ph.noun_first = run[0] if run else None
        else:
            ph.subject = _clause_subject(r, ph, old_tok)
        return
    # "sq km", "square kilometres", "cubic metres"
    if low in ("square", "sq", "sq.", "cubic") and nxt and un.measure_unit(nxt.text):
        ph.kind, ph.unit = "measure", f"{low.rstrip('.')} {nxt.low}"
        ph.text_last = j + 1
        _after_unit(r, ph, j + 1)
        return
    # degrees Celsius
    if low in ("degree", "degrees") and nxt_low in ("celsius", "c", "fahrenheit", "f", "centigrade"):
        ph.kind = "measure"
        ph.unit = "degrees Celsius" if nxt_low in ("celsius", "c", "centigrade") else "degrees Fahrenheit"
        ph.text_last = j + 1
        _after_unit(r, ph, j + 1)
        return
    # time units: durations
    tu = un.time_unit(a.text) if a.kind == "tok" else None
    if tu and [x.low for x in atoms[ph.first:ph.last + 1]] == ["one"] and not a.low.endswith("s") and (
            prev_t is None or prev_t.lower_ not in ("for", "about", "around", "nearly", "almost", "than", "least",
                                                     "just", "only", "last", "lasted", "lasting")):
        ph.drop = True  # "one day", "one year later": idioms, not reported durations
        return
    if tu:
        ph.kind, ph.unit = "duration", tu
        ph.text_last = j
        ph.noun = a.tok
        if hyph or (nxt is not None and nxt.kind == "tok" and a.tok.dep_ == "compound"):
            # "a two-day search", "a 48-hour ceasefire": the unit modifies a noun
            run = _noun_run(nxt.tok, sent) if nxt is not None and nxt.tok.pos_ in ("NOUN", "PROPN", "ADJ") else []
            if run:
                ph.subject = _np_text(run, sent, r)
            return
        _duration_check(r, ph)
        _right_hedges(r, ph, j + 1)
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
        if nxt_low == "/" and per in ("h", "hr", "hour", "s", "sec", "day", "d", "year", "yr"):
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
            run = _noun_run(atoms[end + 1].tok, sent)
            if run:
                ph.subject = _np_text(run, sent, r)
                return
        _after_unit(r, ph, end)
        return
    # "a 64-page report", "the 27-member bloc": the compound counts its noun
    if hyph and a.kind == "tok" and a.tok.is_alpha and a.tok.pos_ in ("NOUN", "PROPN", "ADJ") and \
            a.low not in un.HYPHEN_IDIOMS and [x.low for x in atoms[ph.first:ph.last + 1]] != ["one"]:
        ph.kind, ph.unit, ph.noun = "count", a.low, a.tok
        ph.text_last = j
        after = _next_tok(a.tok, sent)
        run = _noun_run(after, sent) if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") else []
        ph.subject = _np_text(run, sent, r) if run else None
        return
    model = any(c.isalpha() for c in a.text) and any(c.isdigit() for c in a.text)
    if a.kind == "tok" and (a.tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") or model) and not hyph:
        run = _noun_run(a.tok, sent)
        if run:
            head = run[-1]
            if head.lower_ in ("of",):
                run = []
        if run and run[-1].pos_ in ("NOUN", "PROPN") and not (run[-1].pos_ == "PROPN" and run[-1].tag_ != "NNPS"):
            head = run[-1]
            if _is_count_noun_ok(r, ph, run, prev_t):
                ph.kind = "count"
                ph.noun, ph.noun_first = head, run[0]
                ph.unit = _count_unit(run)
            return
    _bare(r, ph, prev_t)


def _noun_run(t: Token, sent: Span) -> list[Token]:
    """The contiguous noun phrase starting at t, up to its last noun."""
    run: list[Token] = []
    i = t.i
    while i < sent.end:
        tok = sent.doc[i]
        model = any(c.isalpha() for c in tok.text) and any(c.isdigit() for c in tok.text)  # "F-16 jets"
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") or model or (tok.text == "-" and run and tok.whitespace_ == "") or (
            tok.tag_ == "POS" and run and i + 1 < sent.end and sent.doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
        ) or (
            tok.tag_ in ("VBN", "VBG") and i + 1 < sent.end and sent.doc[i + 1].pos_ in ("NOUN", "PROPN")
            and tok.dep_ in ("amod", "compound")
        ):
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
    return run


def _count_unit(run: list[Token]) -> str:
    head = run[-1]
    words = [head.text if head.pos_ == "PROPN" else head.text.lower()]
    k = len(run) - 2
    while k >= 0 and run[k].pos_ == "NOUN" and run[k].dep_ == "compound":
        words.insert(0, run[k].text.lower())
        k -= 1
    if k >= 0 and (run[k].lower_, head.lower_) in un.MULTIWORD_COUNT:
        words.insert(0, run[k].lower_)
    return " ".join(words)


def _is_count_noun_ok(r: _Reader, ph: _Phrase, run: list[Token], prev_t: Token | None) -> bool:
    sent = r.sent
    atoms = r.atoms
    head = run[-1]
    first = atoms[ph.first]
    words = [a.low for a in atoms[ph.first:ph.last + 1]]
    is_range = ph.range is not None
    # determiner-like "one": "in one intercepted call", "one day", "at one point"
    if not is_range and words == ["one"]:
        hedged = prev_t is not None and prev_t.lower_ in ("least", "than", "only", "just", "exactly", "every")
        if head.tag_ in ("NN", "NNP") and not hedged and not _in_count_list(r, ph, head):
            ph.drop = True
            return False
    # "the first two rounds", "the top 10 firms": a selection, not a reported count
    if prev_t is not None and (prev_t.lower_ in un.TIME_EXPR_MOD | {"top", "bottom"} or
                               prev_t.lower_ in nb.ORDINAL_WORDS):
        ph.drop = True
        return False
    # "the two countries": a reference, not a reported count
    if not is_range and words == ["two"] and prev_t is not None and prev_t.lower_ in (
            "the", "these", "those", "both", "other", "our", "their", "your", "its", "his", "her", "my"):
        if head.tag_ in ("NNS", "NNPS") and _tok_low(_next_tok(head, sent)) != "of":
            ph.drop = True
            return False
    # years used as modifiers: "the 2024 budget", "2019 elections"
    if _is_year_like(r, ph):
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


def _in_count_list(r: _Reader, ph: _Phrase, head: Token) -> bool:
    """Is "one <noun>" part of a list of counts ("one translator and three soldiers")?"""
    sent = r.sent
    for n in range(1, 7):
        t = _next_tok(head, sent, n)
        if t is None or t.text in (".", ";", ":") or t.lower_ in ("but", "which", "who", "that"):
            break
        if t.lower_ in ("and", ",", "or", "plus", "while", "with"):
            t2 = _next_tok(t, sent)
            if t2 is not None and (t2.like_num or t2.lower_ in nb.WORD_VALUES) and t2.lower_ != "one":
                return True
    p = _prev_tok(r.atoms[ph.first].tok, sent)
    if p is not None and p.lower_ in ("and", ",", "plus"):
        p2 = _prev_tok(p, sent)
        p3 = _prev_tok(p, sent, 2)
        for q in (p2, p3):
            if q is not None and q.pos_ in ("NOUN",) and any(c.dep_ == "nummod" for c in q.children):
                return True
    return False


def _is_year_like(r: _Reader, ph: _Phrase) -> bool:
    if ph.range is not None:
        lo, hi = ph.range
        return all(_year_value(v) for v in (lo, hi)) and "," not in r.atoms[ph.first].text
    a = r.atoms[ph.first]
    return ph.first == ph.last and a.kind == "num" and "," not in a.text and "." not in a.text and \
        len(a.text) == 4 and _year_value(ph.value)


def _year_value(v: Decimal | None) -> bool:
    return v is not None and v == v.to_integral_value() and 1000 <= v <= 2100


def _is_list_marker(r: _Reader, ph: _Phrase) -> bool:
    sent = r.sent
    first_tok = r.atoms[ph.first].tok
    last_tok = r.atoms[ph.last].tok
    if first_tok is not last_tok or r.atoms[ph.first].kind != "num":
        return False
    nxt = _next_tok(last_tok, sent)
    prv = _prev_tok(first_tok, sent)
    if nxt is not None and nxt.text in (".", ")") and nxt.whitespace_:
        after = _next_tok(nxt, sent)
        if after is not None and after.is_alpha and (prv is None or prv.text in (",", ";", ":", "(", "and", "or")
                                                    or prv.is_sent_start or after.is_lower
                                                    or prv.pos_ in ("VERB", "AUX")):
            return True
    if prv is not None and prv.text == "(" and nxt is not None and nxt.text == ")":
        return True
    return first_tok.text.endswith(".") and first_tok.i == sent.start


def _is_label(r: _Reader, ph: _Phrase, prev_t: Token | None) -> bool:
    """ "Article 5", "Windows 11", "Room 101", "No. 10": a number naming a thing.

    Sets ``drop`` (or, for "magnitude 6.8", the unit) and returns True when handled.
    """
    if prev_t is None or prev_t.whitespace_ == "" and prev_t.text not in ("#",):
        return False
    low = prev_t.lower_
    if low in un.PREFIX_UNITS:
        # "a magnitude 7.1 quake", "the earthquake, of magnitude 6.8": the thing measured
        ph.kind, ph.unit = "measure", un.PREFIX_UNITS[low]
        h = prev_t.head
        while h.pos_ not in ("NOUN", "PROPN", "VERB", "AUX") and h.head is not h:
            h = h.head
        ph.subject = _np_text([h], r.sent, r) if h.pos_ in ("NOUN", "PROPN") and h is not prev_t else None
        return True
    if low in un.LABEL_WORDS:
        ph.drop = True
        return True
    named = prev_t.pos_ == "PROPN" or prev_t.text[:1].isupper() and prev_t.pos_ == "NOUN"
    if (named or low in un.LABEL_NOUNS) and prev_t.pos_ in ("NOUN", "PROPN") and low not in un.TIME_NOUNS \
            and low not in un.TIME_UNITS and not un.currency_of_code(prev_t.text) and prev_t.text not in un.MONTHS:
        ph.drop = True
        return True
    return False


def _near_month(r: _Reader, ph: _Phrase) -> bool:
    sent = r.sent
    first_tok = r.atoms[ph.first].tok
    last_tok = r.atoms[ph.last].tok
    p = _prev_tok(first_tok, sent)
    if p is not None and p.lower_ in ("of", "the") and _prev_tok(p, sent) is not None:
        pass
    n = _next_tok(last_tok, sent)
    if p is not None and p.text in un.MONTHS:
        return True
    if n is not None and n.text in un.MONTHS:
        return True
    if n is not None and n.lower_ == "of":
        n2 = _next_tok(n, sent)
        if n2 is not None and n2.text in un.MONTHS:
            return True
    if p is not None and p.text == ",":
        p2 = _prev_tok(p, sent)
        p3 = _prev_tok(p, sent, 2)
        if p2 is not None and (p2.like_num and p3 is not None and p3.text in un.MONTHS or p2.text in un.MONTHS):
            return True
    return False


def _is_model_name(t: Token, sent: Span) -> bool:
    p = _prev_tok(t, sent)
    if p is not None and p.text == "-" and p.whitespace_ == "":
        p2 = _prev_tok(p, sent)
        if p2 is not None and p2.whitespace_ == "" and p2.is_alpha:
            return True
    return False


def _duration_check(r: _Reader, ph: _Phrase) -> None:
    """Drop durations that are time expressions ("in six weeks", "two years ago")."""
    sent = r.sent
    unit_atom = r.at(ph.text_last)
    first_tok = r.atoms[ph.first].tok
    # tokens before the number, skipping approximators and determiners
    p = _prev_tok(first_tok, sent)
    if r.atoms[ph.first].kind == "word" and r.atoms[ph.first].low in ("a", "an"):
        p = _prev_tok(first_tok, sent)
    seen_mod = False
    steps = 0
    while p is not None and steps < 4:
        pl = p.lower_
        if pl in un.TIME_EXPR_MOD:
            seen_mod = True
        if pl in ("about", "around", "nearly", "almost", "some", "roughly", "approximately", "just", "over",
                  "under", "up", "to", "least", "at", "more", "than", "the", "a", "an", "another", "further",
                  "only", "less", "fewer", "barely") or pl in un.TIME_EXPR_MOD:
            if pl == "to" and _tok_low(_prev_tok(p, sent)) != "up":
                break
            if pl == "at" and _tok_low(_next_tok(p, sent)) not in ("least", "most"):
                break
            p = _prev_tok(p, sent)
            steps += 1
            continue
        break
    if seen_mod:
        ph.drop = True
        return
    end_tok = unit_atom.tok if unit_atom is not None else first_tok
    n = _next_tok(end_tok, sent)
    # "after nine hours of talks", "36 hours of fighting": the duration of something
    n2 = _next_tok(n, sent) if n is not None and n.lower_ == "of" else None
    if n2 is not None and (n2.tag_ in ("NN", "NNS", "VBG") or n2.pos_ == "ADJ"):
        return
    if p is not None and p.lower_ in un.TIME_EXPR_BEFORE and p.dep_ != "prt":
        ph.drop = True
        return
    if n is not None and n.lower_ in un.TIME_EXPR_AFTER:
        ph.drop = True
        return
    if n is not None and n.lower_ == "from" and _tok_low(_next_tok(n, sent)) in ("now", "today"):
        ph.drop = True


def _bare(r: _Reader, ph: _Phrase, prev_t: Token | None) -> None:
    """A number with no unit word after it."""
    sent = r.sent
    atoms = r.atoms
    first, last = atoms[ph.first], atoms[ph.last]
    words = [a.low for a in atoms[ph.first:ph.last + 1]]
    nxt = _next_tok(last.tok, sent)
    nxt_low = _tok_low(nxt)
    # clock times written with a separate marker: "3 p.m.", "9 am"
    if nxt_low in un.CLOCK_WORDS:
        ph.drop = True
        return
    # ages: "aged 54", "aged between 19 and 23"
    p = prev_t
    if p is not None and p.lower_ == "between":
        p = _prev_tok(p, sent)
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
        who = _prev_tok(prev_t, sent)
        if who is not None and who.pos_ in ("PROPN", "NOUN") and not who.like_num and \
                who.lower_ not in un.TIME_NOUNS and who.text not in un.MONTHS:
            ph.kind, ph.unit = "age", "years"
            ph.noun = who
            return
    # "more than 120 injured"
    if nxt_low in un.CASUALTY_WORDS:
        ph.kind, ph.unit = "count", None
        ph.subject = nxt.text if nxt is not None else None
        ph.noun = None
        ph.kind = "casualty"
        return
    # "one" with no noun is a pronoun ("no one", "one of the", "one another")
    if words == ["one"] or words == ["1"] and nxt_low == "of":
        ph.drop = True
        return
    if _is_year_like(r, ph) or (first.tok.ent_type_ in ("DATE", "TIME", "ORDINAL") and not _has_scale(words)):
        ph.drop = True
        return
    if _phone_context(r, ph):
        ph.drop = True
        return
    if first.kind == "num" and first.text.startswith("0") and not first.text.startswith("0."):
        ph.drop = True
        return
    # partitive: "four of the five judges", "200 of the 1,100 passengers"
    if nxt_low == "of":
        ph.kind = "partitive"
        return
    prev2 = _tok_low(_prev_tok(prev_t, sent)) if prev_t is not None else ""
    if ph.range is None and prev_t is not None and (
            prev_t.lower_ in ("to", "against", "versus", "vs", "vs.", "and", "or")
            or (prev2, prev_t.lower_) in un.COMPARISONS):
        ph.kind = "ellipsis"
        return
    if _has_scale(words) or ph.range is not None:
        ph.kind, ph.unit = "bare", None
        _number_of(r, ph)
        return
    if prev_t is not None and (prev_t.pos_ == "DET" or prev_t.lower_ in ("all", "both", "those", "these")):
        ph.drop = True  # "all three", "the two": a reference back, not a reported count
        return
    root = ph.root
    if root is not None and root.dep_ in ("dobj", "attr", "pobj", "nsubj", "nsubjpass", "conj", "appos"):
        if root.dep_ == "pobj" and root.head.lower_ in ("at", "on", "in", "by", "for", "from", "until", "since"):
            if root.head.lower_ not in ("at",) or ph.value is None or ph.value < 25:
                ph.drop = True
                return
        ph.kind, ph.unit = "bare", None
        _number_of(r, ph)
        return
    ph.drop = True


def _number_of(r: _Reader, ph: _Phrase) -> None:
    """A bare number in a sentence about "the number of <things>" counts those things."""
    sent = r.sent
    for t in sent:
        if t.lower_ in ("number", "numbers", "total", "tally", "count") and t.i + 2 < sent.end and \
                sent.doc[t.i + 1].lower_ == "of":
            obj = sent.doc[t.i + 2]
            run = _noun_run(obj, sent) if obj.pos_ in ("NOUN", "ADJ") else []
            if run and run[-1].tag_ == "NNS" and not un.time_unit(run[-1].text) and not un.measure_unit(run[-1].text):
                ph.kind, ph.unit, ph.noun, ph.noun_first = "count", _count_unit(run), run[-1], run[0]
                ph.subject = _np_text(run, sent, r)
                return


def _has_scale(words: list[str]) -> bool:
    return any(w in nb.BIG_SCALES and len(w) > 1 or w == "dozen" for w in words)


def _phone_context(r: _Reader, ph: _Phrase) -> bool:
    t = r.atoms[ph.first].tok
    for n in (1, 2, 3):
        p = _prev_tok(t, r.sent, n)
        if p is not None and (p.lower_ in un.PHONE_WORDS or p.lemma_.lower() in un.PHONE_WORDS):
            return True
    return False


def _after_unit(r: _Reader, ph: _Phrase, unit_atom: int) -> None:
    """After a non-count unit: "of <thing>", "in <thing>", or a noun it modifies ("a $4.5 million aid package")."""
    sent = r.sent
    a = r.at(unit_atom)
    if a is None:
        return
    # right hedges after the unit: "10 percent or more"
    if _right_hedges(r, ph, unit_atom + 1):
        unit_atom = ph.text_last
        a = r.atoms[unit_atom]
    nt = _next_tok(a.tok, sent)
    if nt is None:
        return
    if nt.lower_ == "of":
        obj = _next_tok(nt, sent)
        # skip determiners / possessives and numbers of another figure
        while obj is not None and (obj.pos_ in ("DET", "NUM") or obj.tag_ in ("PRP$",) or obj.lower_ in (
                "the", "a", "an", "its", "their")):
            obj = _next_tok(obj, sent)
        if obj is not None and (obj.pos_ in ("NOUN", "PROPN", "ADJ") or obj.tag_ in ("VBN", "VBG")):
            run = _noun_run(obj, sent)
            if run:
                ph.noun, ph.noun_first = run[-1], run[0]
                ph.subject = _np_text(run, sent, r, with_pp=True)
        return
    if (ph.kind == "money" and nt.lower_ in ("in", "for", "on") or ph.kind == "percent" and nt.lower_ == "for") \
            and nt.head.i <= a.tok.i + 1:
        obj = _next_tok(nt, sent)
        while obj is not None and (obj.pos_ == "DET" or obj.tag_ == "PRP$"):
            obj = _next_tok(obj, sent)
        if obj is not None and obj.pos_ in ("NOUN", "ADJ") and obj.ent_type_ not in ("DATE", "TIME", "ORDINAL"):
            run = _noun_run(obj, sent)
            if run and run[-1].lower_ not in un.TIME_UNITS and run[-1].lower_ not in un.TIME_NOUNS and not any(
                    t.lower_ in nb.ORDINAL_WORDS or t.lower_ in ("consecutive", "straight", "successive", "row")
                    for t in run):
                ph.subject = _np_text(run, sent, r)
        return
    if ph.kind in ("money", "percent", "measure") and nt.pos_ in ("NOUN", "ADJ", "PROPN") and \
            nt.ent_type_ not in ("DATE", "TIME") and nt.lower_ not in ("a", "per"):
        run = _noun_run(nt, sent)
        if run and run[-1].lower_ not in un.TIME_NOUNS and run[-1].lower_ not in un.TIME_UNITS:
            ph.subject = _np_text(run, sent, r)


def _ratio_noun(r: _Reader, ph: _Phrase) -> None:
    """Both sides of "one in seven adults" count the noun after the second number."""
    sent = r.sent
    den_tok = r.atoms[(ph.partner or ph).last].tok
    nt = _next_tok(den_tok, sent)
    if nt is not None and nt.lower_ == "of":
        nt = _next_tok(nt, sent)
        while nt is not None and (nt.pos_ == "DET" or nt.tag_ == "PRP$"):
            nt = _next_tok(nt, sent)
    run = _noun_run(nt, sent) if nt is not None and nt.pos_ in ("NOUN", "PROPN", "ADJ") else []
    if run:
        ph.noun, ph.noun_first, ph.unit = run[-1], run[0], _count_unit(run)
    else:
        ph.drop = True  # "one in five is malnourished": no counted noun to name


def _right_hedges(r: _Reader, ph: _Phrase, j: int) -> bool:
    """ "or so", "or more", "-odd", "plus" at atom j join the figure's text and hedges."""
    for seq in un.RIGHT_HEDGES:
        atoms = [r.at(j + n) for n in range(len(seq))]
        if all(a is not None and a.low == w for a, w in zip(atoms, seq, strict=True)):
            ph.hedges.append(" ".join(seq).replace("- ", "-"))
            ph.text_last = j + len(seq) - 1
            return True
    return False


def _share_noun(r: _Reader, ph: _Phrase) -> None:
    """Subject of a share: "half of respondents", "one in five children", "two-thirds of the province"."""
    sent = r.sent
    last = r.atoms[ph.last].tok
    nt = _next_tok(last, sent)
    if nt is None:
        return
    if nt.lower_ in ("of",) or (nt.pos_ == "DET" or nt.tag_ == "PRP$"):
        _after_unit(r, ph, ph.last)
        if ph.subject is None and nt.lower_ != "of":
            obj = nt
            while obj is not None and (obj.pos_ == "DET" or obj.tag_ == "PRP$"):
                obj = _next_tok(obj, sent)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN", "ADJ"):
                run = _noun_run(obj, sent)
                if run:
                    ph.subject = _np_text(run, sent, r, with_pp=True)
        return
    if nt.pos_ in ("NOUN", "PROPN", "ADJ") and nt.ent_type_ not in ("DATE", "TIME"):
        run = _noun_run(nt, sent)
        if run and run[-1].lower_ not in un.TIME_NOUNS:
            ph.noun, ph.noun_first = run[-1], run[0]
            ph.subject = _np_text(run, sent, r, with_pp=True)


def _inherit_units(r: _Reader, phrases: list[_Phrase], all_phrases: list[_Phrase]) -> None:
    """Numbers with their noun left out take it from a neighbour figure."""
    for idx, ph in enumerate(phrases):
        if ph.kind == "partitive":
            donor = phrases[idx + 1] if idx + 1 < len(phrases) else None
            if donor is not None and donor.kind == "count" and donor.noun is not None and \
                    donor.first - ph.last <= 6:
                ph.kind, ph.unit, ph.noun, ph.noun_first = "count", donor.unit, donor.noun, donor.noun_first
            else:
                # "four of the judges": the noun after "of"
                nt = _next_tok(r.atoms[ph.last].tok, r.sent)
                obj = _next_tok(nt, r.sent) if nt is not None else None
                while obj is not None and (obj.pos_ == "DET" or obj.tag_ == "PRP$"):
                    obj = _next_tok(obj, r.sent)
                run = _noun_run(obj, r.sent) if obj is not None and obj.pos_ in ("NOUN", "ADJ") else []
                if run and run[-1].tag_ in ("NNS", "NNPS"):
                    tu = un.time_unit(run[-1].text)
                    ph.kind = "duration" if tu else "count"
                    ph.unit, ph.noun, ph.noun_first = tu or _count_unit(run), run[-1], run[0]
                else:
                    ph.drop = True
        elif ph.kind == "ellipsis":
            before = [d for d in all_phrases if d.last < ph.first]
            if before and before[-1].drop and ph.first - before[-1].last <= 3:
                ph.drop = True  # "junctions 4 and 7", "March 3 and 17"
                continue
            donor = phrases[idx - 1] if idx > 0 else None
            first_tok = r.atoms[ph.first].tok
            p1, p2 = _prev_tok(first_tok, r.sent), _prev_tok(first_tok, r.sent, 2)
            near = 5 if (_tok_low(p2), _tok_low(p1)) not in un.COMPARISONS else 40
            if donor is not None and not donor.drop and donor.kind in ("count", "money", "percent", "measure",
                                                                       "duration") and ph.first - donor.last <= near:
                ph.kind, ph.unit, ph.noun, ph.noun_first = donor.kind, donor.unit, donor.noun, donor.noun_first
                if donor.subject:
                    ph.subject = donor.subject
            else:
                ph.kind, ph.unit = "bare", None
        elif ph.kind == "casualty":
            donor = next((d for d in reversed(phrases[:idx]) if d.kind == "count" and d.unit), None)
            ph.unit = donor.unit if donor is not None else "people"
            ph.kind = "count"
            if donor is not None:
                ph.subject = f"{donor.unit} {ph.subject}" if ph.subject else donor.unit


def _phrase_root(r: _Reader, ph: _Phrase) -> Token:
    toks = {a.tok for a in r.atoms[ph.first:ph.last + 1]}
    for t in sorted(toks, key=lambda t: t.i):
        if t.head not in toks or t.head is t:
            if t.like_num or t.pos_ == "NUM" or t.text[:1].isdigit() or t.lower_ in nb.WORD_VALUES:
                return t
    nums = [a.tok for a in r.atoms[ph.first:ph.last + 1] if a.kind in ("num", "word")]
    return nums[-1] if nums else r.atoms[ph.first].tok


# --- subjects ----------------------------------------------------------------

_SUBJ_DROP_DEPS = {"det", "nummod", "quantmod", "punct", "cc", "advmod", "predet", "neg", "case"}


def _np_text(run: list[Token], sent: Span, r: _Reader | None = None, with_pp: bool = True) -> str | None:
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


def _np_of(head: Token, sent: Span, r: _Reader, exclude: Iterable[Token] = ()) -> str | None:
    """Noun phrase of a head found in the parse: left modifiers + head (+ short PP)."""
    excl = set(exclude)
    left = []
    for c in head.lefts:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c not in excl:
            sub = [t for t in c.subtree if t not in excl and not t.like_num and t.pos_ != "DET"
                   and t.tag_ != "PRP$" and t.dep_ not in ("punct",) and t.ent_type_ not in ("CARDINAL", "MONEY")]
            left.extend(sub)
    run = sorted({*left, head}, key=lambda t: t.i)
    # keep the contiguous part ending at the head
    keep = [head]
    for t in reversed(run[:-1]):
        if keep[0].i - t.i <= 2:
            keep.insert(0, t)
        else:
            break
    return _np_text(keep, sent, r, with_pp=True)


def _clause_subject(r: _Reader, ph: _Phrase, start: Token) -> str | None:
    """Walk up from the figure to the first noun or verb; a verb gives its subject (or object)."""
    mine = {a.tok for a in r.atoms[ph.first:ph.text_last + 1]}
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
            return _np_of(h, r.sent, r, exclude=mine)
        if h.pos_ in ("VERB", "AUX"):
            return _verb_subject(r, ph, h, t, mine)
        t = h
    return None


def _verb_subject(r: _Reader, ph: _Phrase, verb: Token, via: Token, mine: set[Token]) -> str | None:
    prep = via.lower_ if via.dep_ == "prep" else ""
    if prep in ("by", "to", "at") or verb.lemma_.lower() in un.CHANGE_VERBS and prep in ("by", "to"):
        objs = [c for c in verb.children if c.dep_ == "dobj" and c not in mine and c.pos_ in ("NOUN", "PROPN")]
        if objs:
            return _np_of(objs[0], r.sent, r, exclude=mine)
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
                return _np_of(s, r.sent, r, exclude=mine)
            return None
        if v.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acl", "relcl", "pcomp", "prep", "pobj") and \
                v.head is not v:
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return _np_of(v.head, r.sent, r, exclude=mine)
            v = v.head
            while v.pos_ not in ("VERB", "AUX") and v.head is not v and v.dep_ in ("prep", "pcomp", "pobj", "advmod"):
                v = v.head
            continue
        break
    return None


def _object_of(r: _Reader, verb: Token, mine: set[Token]) -> str | None:
    """When the subject is a pronoun: the verb's object or the noun of its first place phrase."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c not in mine and c.pos_ in ("NOUN", "PROPN") and \
                not any(t in mine for t in c.subtree):
            return _np_of(c, r.sent, r, exclude=mine)
    for c in verb.children:
        if c.dep_ == "prep" and c.i < min(t.i for t in mine) and not any(t in mine for t in c.subtree):
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in (
                "DATE", "TIME")]
            if objs:
                return _np_of(objs[0], r.sent, r, exclude=mine)
    return None


def _subject(r: _Reader, ph: _Phrase) -> str | None:
    sent = r.sent
    mine = {a.tok for a in r.atoms[ph.first:ph.text_last + 1]}
    if ph.noun is not None and ph.kind in ("count", "age", "share", "ratio"):
        if ph.noun_first is not None:
            run = [sent.doc[i] for i in range(ph.noun_first.i, ph.noun.i + 1)]
            return _np_text(run, sent, r, with_pp=True)
        return _np_of(ph.noun, sent, r, exclude=mine)
    # a figure inside "<noun> of <figure>": "an altitude of 7,000km", "a loan of $750 million"
    start = r.atoms[ph.text_first].tok
    p = _prev_tok(start, sent)
    steps = 0
    while p is not None and steps < 4 and (p.lower_ in ("up", "to", "about", "around", "some", "nearly", "almost",
                                                        "roughly", "approximately", "an", "estimated", "between",
                                                        "more", "than", "least", "at", "over", "under")):
        if p.lower_ == "at" and _tok_low(_next_tok(p, sent)) not in ("least", "most"):
            break
        if p.lower_ == "to" and _tok_low(_prev_tok(p, sent)) != "up":
            break
        p = _prev_tok(p, sent)
        steps += 1
    if p is not None and p.lower_ == "of":
        n = _prev_tok(p, sent)
        if n is not None and n.pos_ in ("NOUN", "PROPN") and n.lower_ not in ("total", "number", "sum", "amount",
                                                                             "figure", "tally", "count"):
            return _np_of(n, sent, r, exclude=mine)
    if p is not None and p.lower_ == "worth":
        h = p.head
        if h.pos_ not in ("NOUN", "PROPN"):
            h = _prev_tok(p, sent) or h
        if h.pos_ in ("NOUN", "PROPN"):
            return _np_of(h, sent, r, exclude=mine)
    unit_tok = r.atoms[ph.text_last].tok
    if ph.kind == "duration":
        # "12 years in prison", "18 months of detention"
        nt = _next_tok(unit_tok, sent)
        obj = _next_tok(nt, sent) if nt is not None and nt.lower_ in ("in", "of", "behind") else None
        while obj is not None and (obj.pos_ == "DET" or obj.tag_ == "PRP$"):
            obj = _next_tok(obj, sent)
        if obj is not None and obj.pos_ == "NOUN" and obj.ent_type_ not in ("DATE", "TIME") and \
                obj.lower_ not in un.TIME_NOUNS:
            run = _noun_run(obj, sent)
            if run:
                return _np_text(run, sent, r, with_pp=False)
    root = ph.root or start
    begin = unit_tok if unit_tok.head is not unit_tok and unit_tok.dep_ not in ("nummod", "quantmod") and \
        unit_tok not in (root,) else root
    if ph.kind == "age" and ph.noun is not None:
        return _np_of(ph.noun, sent, r, exclude=mine)
    return _clause_subject(r, ph, begin)


# --- hedges and text -----------------------------------------------------------

def _hedges_and_text(r: _Reader, ph: _Phrase) -> None:
    sent = r.sent
    atoms = r.atoms
    start_tok = atoms[ph.text_first].tok
    left: list[str] = []
    # "between" belongs to a range's text
    k = start_tok.i
    p = _prev_tok(start_tok, sent)
    if ph.range is not None and p is not None and p.lower_ == "between":
        k = p.i
        p = _prev_tok(p, sent)
        for seq in (("anywhere",), ("somewhere",)):
            if p is not None and p.lower_ == seq[0]:
                left.insert(0, f"{seq[0]} between")
                k = p.i
                p = _prev_tok(p, sent)
    if p is not None and p.lower_ in ("minus", "negative") and k == start_tok.i:
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
            if not _match_seq(toks, seq):
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
    for h in _clause_hedges(r, ph):
        if h not in ph.hedges:
            ph.hedges.append(h)


def _clause_hedges(r: _Reader, ph: _Phrase) -> list[str]:
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
        if t.head is t:
            break
        t = t.head
    found.sort()
    return [h for _, h in found]


def _mention(r: _Reader, ph: _Phrase) -> FigureMention:
    start, end = ph.start_char, ph.end_char
    value = float(ph.value) if ph.value is not None else None
    rng = (float(ph.range[0]), float(ph.range[1])) if ph.range is not None else None
    subject = ph.subject
    if subject is not None:
        subject = subject.strip(" ,;:-") or None
    root = ph.root or r.atoms[ph.first].tok
    return FigureMention(
        value=value,
        range=rng,
        unit=ph.unit,
        subject=subject,
        text=r.text[start - r.sent.start_char:end - r.sent.start_char],
        hedges=list(ph.hedges),
        start=start,
        end=end,
        token_i=root.i,
    )
