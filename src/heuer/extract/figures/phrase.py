"""A number phrase while the finder works on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from spacy.tokens import Token


@dataclass
class Phrase:
    """One number phrase being read and classified; becomes a :class:`FigureMention` or is dropped."""

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
    partner: Phrase | None = None  # the other side of a ratio ("one in seven")
    inherited_hedges: list[str] = field(default_factory=list)
    start_char: int = 0
    end_char: int = 0
