"""Parsing the numbers news text writes: digits, words, scales, fractions.

Pure functions over strings, no spaCy. The figure finder
(:mod:`heuer.extract.figures`) decides *which* numbers are reported figures;
this module only says what a piece of number language is worth.

Conventions (documented choices, used by the figure finder too):

- ``"1.5 million"`` -> 1500000, ``"2bn"`` -> 2e9, ``"$90m"``'s ``"90m"`` ->
  9e7 (``m``/``mn``/``mln`` = million, ``bn``/``b`` = billion, ``k`` =
  thousand, ``tn``/``trn`` = trillion, ``crore`` = 1e7, ``lakh`` = 1e5).
- ``"a dozen"`` -> 12, ``"two dozen"`` -> 24, ``"a million"`` -> 1e6.
- ``"one and a half"`` -> 1.5, ``"a million and a half"`` -> 1500000,
  ``"a dozen and a half"`` -> 18, ``"twenty-five"`` -> 25,
  ``"one hundred and twenty"`` -> 120.
- A fraction in front of a spelled-out scale is a part of that scale, not a
  share: ``"half a million"`` -> 500000, ``"a quarter of a million"`` ->
  250000, ``"three quarters of a billion"`` -> 7.5e8, ``"half a dozen"`` -> 6.
- Vague plurals are ranges from one unit up to just below the next order
  of magnitude: ``"dozens"`` -> (12, 99), ``"hundreds"`` -> (100, 999),
  ``"thousands"`` -> (1000, 9999), ``"tens of thousands"`` ->
  (10000, 99999), ``"hundreds of thousands"`` -> (100000, 999999),
  ``"millions"`` -> (1e6, 9999999) and so on.
- Fractions of a whole (``"a third"``, ``"two-thirds"``, ``"half"``,
  ``"one in five"``) are worth their share as a *percentage*, rounded to one
  decimal: see :func:`fraction_percent`.

Arithmetic runs in :class:`decimal.Decimal` so that ``2.1 billion`` is
exactly 2100000000.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = [
    "FRACTION_WORDS",
    "ORDINAL_WORDS",
    "SCALES",
    "UNITS",
    "VAGUE_PLURALS",
    "WORD_VALUES",
    "and_fraction",
    "fraction_of_scale",
    "fraction_percent",
    "is_number_word",
    "parse_digits",
    "parse_number",
    "parse_range",
    "split_number_token",
    "split_words",
    "value_of_words",
    "vague_range",
]

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
WORD_VALUES: dict[str, int] = {**UNITS, **TENS}
# digits read out after "point" ("two point six", "one point oh five")
DIGIT_WORDS: dict[str, int] = {w: v for w, v in UNITS.items() if v < 10} | {"oh": 0, "nought": 0}

# Multipliers. "hundred" and "dozen" multiply the small number before them;
# the big ones close a group ("two hundred thousand").
SMALL_SCALES = {"hundred": Decimal(100), "dozen": Decimal(12)}
BIG_SCALES = {
    "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5,
    "million": Decimal(10) ** 6, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,
    "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9, "bln": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "tn": Decimal(10) ** 12, "trn": Decimal(10) ** 12,
}
SCALES: dict[str, Decimal] = {**SMALL_SCALES, **BIG_SCALES}

# Vague plurals ("thousands of"): (low, high). "tens of"/"hundreds of" before
# a bigger plural multiply it ("tens of thousands").
VAGUE_PLURALS: dict[str, tuple[int, int]] = {
    "dozens": (12, 99),
    "scores": (40, 99),
    "hundreds": (100, 999),
    "thousands": (1000, 9999),
    "millions": (10**6, 10**7 - 1),
    "billions": (10**9, 10**10 - 1),
    "trillions": (10**12, 10**13 - 1),
}
_VAGUE_MULT = {"tens": 10, "hundreds": 100}

FRACTION_WORDS: dict[str, Decimal] = {
    "half": Decimal(1) / 2, "halves": Decimal(1) / 2,
    "third": Decimal(1) / 3, "thirds": Decimal(1) / 3,
    "quarter": Decimal(1) / 4, "quarters": Decimal(1) / 4,
    "fourth": Decimal(1) / 4, "fourths": Decimal(1) / 4,
    "fifth": Decimal(1) / 5, "fifths": Decimal(1) / 5,
    "sixth": Decimal(1) / 6, "sixths": Decimal(1) / 6,
    "seventh": Decimal(1) / 7, "sevenths": Decimal(1) / 7,
    "eighth": Decimal(1) / 8, "eighths": Decimal(1) / 8,
    "ninth": Decimal(1) / 9, "ninths": Decimal(1) / 9,
    "tenth": Decimal(1) / 10, "tenths": Decimal(1) / 10,
    "twentieth": Decimal(1) / 20, "twentieths": Decimal(1) / 20,
    "hundredth": Decimal(1) / 100, "hundredths": Decimal(1) / 100,
}

ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
    "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
    "thousandth", "millionth", "last",
}

_VULGAR = {"½": Decimal(1) / 2, "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3, "¼": Decimal(1) / 4,
           "¾": Decimal(3) / 4, "⅕": Decimal(1) / 5, "⅛": Decimal(1) / 8}

_DIGITS_RE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
_SLASH_RE = re.compile(r"^(\d+)/(\d+)$")


def parse_digits(text: str) -> Decimal | None:
    """``"12,000"`` -> 12000, ``"1.5"`` -> 1.5, ``"½"`` -> 0.5, ``"3/4"`` -> 0.75.

    Thousands commas must be well placed (``"1,50"`` is not a number).
    """
    s = text.strip()
    if s in _VULGAR:
        return _VULGAR[s]
    if _DIGITS_RE.match(s):
        try:
            return Decimal(s.replace(",", ""))
        except InvalidOperation:  # pragma: no cover - regex guards this
            return None
    m = _SLASH_RE.match(s)
    if m and int(m.group(2)) != 0:
        return Decimal(int(m.group(1))) / Decimal(int(m.group(2)))
    return None


def is_number_word(word: str) -> bool:
    """A word that can be part of a number spelled out ("twenty", "dozen", "million")."""
    w = word.lower()
    return w in WORD_VALUES or w in SCALES and len(w) > 2


_WORD_SPLIT_RE = re.compile(r"[A-Za-z]+|\d+/\d+|\d[\d,]*(?:\.\d+)?|\.\d+|[½⅓⅔¼¾⅕⅛]")
_ATTACHED_SCALE_RE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(bn|mn|mln|m|k|tn|trn|b)$", re.I)


def split_words(text: str) -> list[str]:
    """Lower-cased number words of a text, glued scales split off: ``"2bn"`` -> ``["2", "bn"]``."""
    out: list[str] = []
    for w in _WORD_SPLIT_RE.findall(text.replace("-", " ").replace("–", " ")):
        m = _ATTACHED_SCALE_RE.match(w)
        if m:
            out.extend([m.group(1), m.group(2).lower()])
        else:
            out.append(w.lower())
    return out


def value_of_words(words: list[str]) -> Decimal | None:
    """Evaluate lower-cased number words and digits (see :func:`split_words`); None unless they are one number."""
    part = fraction_of_scale(words)
    if part is not None:
        return part
    total = Decimal(0)
    current: Decimal | None = None
    seen = False
    i = 0
    while i < len(words):
        w = words[i]
        if w == "and":
            # "one hundred and twenty", "one and a half", "a million and a half", "a dozen and a half"
            extra = and_fraction(words[i + 1:i + 3])
            if extra is not None:
                prev = words[i - 1] if i else ""
                if prev in BIG_SCALES and current is None and seen:
                    total += BIG_SCALES[prev] * extra
                elif prev in SMALL_SCALES and current is not None:
                    current += SMALL_SCALES[prev] * extra
                else:
                    current = (current or Decimal(0)) + extra
                i += 3
                continue
            if not seen:
                return None
            i += 1
            continue
        if w == "point" and current is not None and current % 1 == 0:
            # "two point six": the digit words after "point" are the decimals
            digits = ""
            while i + 1 < len(words) and words[i + 1] in DIGIT_WORDS:
                digits += str(DIGIT_WORDS[words[i + 1]])
                i += 1
            if not digits:
                return None
            current += Decimal("0." + digits)
            i += 1
            continue
        if w in ("a", "an"):
            if i + 1 < len(words) and (words[i + 1] in SCALES or words[i + 1] in FRACTION_WORDS):
                if current is not None:
                    return None
                current = Decimal(1)
                seen = True
                i += 1
                continue
            return None
        d = parse_digits(w)
        if d is not None:
            if current is not None and current % 1 == 0 and d < 1 and (w in _VULGAR or "/" in w):
                current += d  # "2½", "1 1/2"
            elif current is not None:
                return None
            else:
                current = d
            seen = True
        elif w in WORD_VALUES:
            v = Decimal(WORD_VALUES[w])
            if current is None:
                current = v
            elif w in UNITS and current % 100 in {Decimal(t) for t in TENS.values()} or current % 100 == 0:
                current += v  # "twenty five", "hundred five"
            else:
                return None
            seen = True
        elif w in SMALL_SCALES:
            current = (current if current is not None else Decimal(1)) * SMALL_SCALES[w]
            seen = True
        elif w in BIG_SCALES:
            if not seen and current is None:
                return None
            total += (current if current is not None else Decimal(1)) * BIG_SCALES[w]
            current = None
            seen = True
        elif w in FRACTION_WORDS and current is not None:
            # "two thirds" -> 2/3 ; "a half" handled above
            current = current * FRACTION_WORDS[w]
        else:
            return None
        i += 1
    if not seen:
        return None
    return total + (current if current is not None else Decimal(0))


def and_fraction(words: list[str]) -> Decimal | None:
    """The part after "and" in a mixed number: ``["a", "half"]`` -> 0.5, ``["three", "quarters"]`` -> 0.75."""
    if len(words) != 2:
        return None
    count, frac = words
    if frac == "half":
        return Decimal("0.5") if count in ("a", "one") else None
    if frac in ("quarter", "quarters"):
        n = 1 if count in ("a", "an", "one") else UNITS.get(count)
        if n in (1, 3) and (n == 1) == (frac == "quarter"):
            return Decimal(n) / 4
    return None


_FRACTION_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}


def fraction_of_scale(words: list[str]) -> Decimal | None:
    """A fraction in front of a scale word: ``"half a million"``, ``"a quarter of a million"``,
    ``"three quarters of a billion"``, ``"two-thirds of a billion"``, ``"half a dozen"``.

    The scale must be spelled out ("million", not "m"); "half" may stand alone, other fractions need
    their count ("a third", "three quarters") and agree with it in number.
    """
    i = 0
    count: int | None = None
    if words and words[0] in _FRACTION_COUNTS:
        count = _FRACTION_COUNTS[words[0]]
        i = 1
    if i >= len(words) or words[i] not in FRACTION_WORDS or words[i] == "halves":
        return None
    frac = words[i]
    i += 1
    if count is None:
        if frac != "half":
            return None
        count = 1
    if (count > 1) != frac.endswith("s"):
        return None  # "three quarter", "a thirds"
    between = words[i:-1]
    if between not in ([], ["of"], ["a"], ["an"], ["of", "a"], ["of", "an"]):
        return None
    if frac not in ("half", "quarter") and between in ([], ["a"], ["an"]):
        return None  # "a third million" reads as an ordinal
    scale = words[-1] if len(words) > i else ""
    if scale not in SCALES or len(scale) <= 2:
        return None
    return Decimal(count) * FRACTION_WORDS[frac] * SCALES[scale]


def parse_number(text: str) -> float | None:
    """The value of one number as written, or None.

    >>> parse_number("1.5 million"), parse_number("2bn"), parse_number("two dozen")
    (1500000.0, 2000000000.0, 24.0)
    >>> parse_number("twenty-five"), parse_number("one hundred and twenty")
    (25.0, 120.0)
    """
    words = split_words(text)
    if not words:
        return None
    v = value_of_words(words)
    return None if v is None else float(v)


def vague_range(text: str) -> tuple[float, float] | None:
    """``"thousands"`` -> (1000, 9999); ``"tens of thousands"`` -> (10000, 99999)."""
    words = [w for w in split_words(text) if w != "of"]
    if not words:
        return None
    if len(words) == 1 and words[0] in VAGUE_PLURALS:
        lo, hi = VAGUE_PLURALS[words[0]]
        return float(lo), float(hi)
    if len(words) == 2 and words[0] in _VAGUE_MULT and words[1] in VAGUE_PLURALS and words[1] != "dozens":
        m = _VAGUE_MULT[words[0]]
        lo, _ = VAGUE_PLURALS[words[1]]
        return float(lo * m), float(lo * m * 10 - 1)
    return None


_RANGE_RE = re.compile(
    r"^\s*(?:between\s+)?(?P<a>.+?)\s*(?:-|–|—|\bto\b|\band\b|\bor\b)\s*(?P<b>.+?)\s*$", re.I
)


def parse_range(text: str) -> tuple[float, float] | None:
    """``"10,000-12,000"``, ``"between 10,000 and 12,000"``, ``"2 to 3 million"``.

    A scale written only on the high end carries over to the low end
    ("2 to 3 million" -> (2e6, 3e6)). Vague plurals give their ranges.
    Returns None unless low < high.
    """
    vr = vague_range(text)
    if vr:
        return vr
    m = _RANGE_RE.match(text)
    if not m:
        return None
    a_words, b_words = split_words(m.group("a")), split_words(m.group("b"))
    a, b = value_of_words(a_words), value_of_words(b_words)
    if a is None or b is None:
        return None
    if b_words and b_words[-1] in BIG_SCALES and not (a_words and a_words[-1] in BIG_SCALES):
        a = a * BIG_SCALES[b_words[-1]]
    if a >= b:
        return None
    return float(a), float(b)


def fraction_percent(numerator: float, denominator: float) -> float:
    """A share as a percentage rounded to one decimal: (1, 3) -> 33.3."""
    return float(round(Decimal(str(numerator)) * 100 / Decimal(str(denominator)), 1))


# --- splitting one token into number parts ---------------------------------

_CURRENCY_PREFIX = r"(?:US\$|U\.S\.\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₩|₽|₺|₦|₴|₪)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[½⅓⅔¼¾⅕⅛]?|\.\d+|[½⅓⅔¼¾⅕⅛]|\d{1,2}/\d{1,2}(?![\d/])"
_TOKEN_RE = re.compile(
    rf"^\+?(?P<cur>{_CURRENCY_PREFIX})?(?P<num>{_NUM})"  # ("+9.3%": a signed change)
    rf"(?:(?P<dash>[-–—])(?P<cur2>{_CURRENCY_PREFIX})?(?P<num2>{_NUM}))?"
    r"(?P<suf>[A-Za-z%°][A-Za-z%°./²³]*|\+)?$"
)


def split_number_token(text: str) -> list[tuple[str, str, int, int]] | None:
    """Split one token that holds a number into typed parts.

    Returns ``[(kind, text, start, end), ...]`` with offsets into ``text``;
    kinds are ``cur`` (currency prefix), ``num``, ``dash`` and ``suf`` (what
    is glued on after the number: ``"km"``, ``"bn"``, ``"%"``, ``"pm"``,
    ``"s"``, ``"th"``...). None when the token holds no number at its start
    ("F-16", "COVID-19", "MH17" are not numbers).
    """
    m = _TOKEN_RE.match(text)
    if not m:
        return None
    parts: list[tuple[str, str, int, int]] = []
    for kind in ("cur", "num", "dash", "cur2", "num2", "suf"):
        if m.group(kind) is not None:
            s, a, b = m.group(kind), m.start(kind), m.end(kind)
            if kind == "suf" and s.endswith(".") and s.lower() not in ("a.m.", "p.m.") and len(s) > 1:
                s, b = s[:-1], b - 1  # "$90m." at the end of a sentence
            parts.append((kind.rstrip("2"), s, a, b))
    return parts
