"""The record one reported quantity becomes."""

from __future__ import annotations

from dataclasses import dataclass, field


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
