"""Hedges: words that qualify the certainty or precision of what is reported.

Number qualifiers ("approximately", "around", "or so", "up to") count next to a
number; modal and sentence-wide qualifiers ("may", "could", "reportedly", "it is
believed", "if the reports are to be believed") anywhere in the sentence. Each case
pins the whole statement record, so the hedges are seen with their content. Cases the
extractor gets wrong today are ``xfail(strict=True)`` with what is wrong.
"""

from __future__ import annotations

import pytest
from rules_support import S, cases, figures, run, statements

HEDGED_STATEMENTS = {
    "approximately before a number": (
        "The coastguard said approximately 300 people had been evacuated from the island.",
        [S("indirect", "coastguard", "approximately 300 people had been evacuated from the island", "said",
           hedges=("approximately",))],
    ),
    "around before a number": (
        "Officials said around 40 homes were destroyed by the landslide.",
        [S("indirect", "Officials", "around 40 homes were destroyed by the landslide", "said", hedges=("around",))],
    ),
    "or so after a number": (
        "The mayor said 2,000 or so volunteers had signed up to help.",
        [S("indirect", "mayor", "2,000 or so volunteers had signed up to help", "said", hedges=("or so",))],
    ),
    "modal may": (
        "Analysts said the central bank may cut interest rates before the end of the year.",
        [S("indirect", "Analysts", "the central bank may cut interest rates before the end of the year", "said",
           hedges=("may",))],
    ),
    "modal could with roughly": (
        "Rescuers said the death toll could rise to roughly 80 as the search went on.",
        [S("indirect", "Rescuers", "the death toll could rise to roughly 80 as the search went on", "said",
           hedges=("could", "roughly"))],
    ),
    "reportedly": (
        "The general has reportedly been dismissed after the failed offensive, state television said.",
        [S("indirect", "state television", "The general has reportedly been dismissed after the failed offensive",
           "said", hedges=("reportedly",))],
    ),
    "it is believed": (
        "It is believed the hostages are being held in the mountains, a police source said.",
        [S("indirect", "a police source", "It is believed the hostages are being held in the mountains", "said",
           hedges=("it is believed",))],
    ),
    "presumably": (
        "Military analysts said the drones were presumably launched from the sea.",
        [S("indirect", "Military analysts", "the drones were presumably launched from the sea", "said",
           hedges=("presumably",))],
    ),
    "may and up to inside a direct quote": (
        "“We may need up to 500 more nurses,” said hospital director Amy Lowell.",
        [S("direct", "Amy Lowell", "We may need up to 500 more nurses,", "said", hedges=("may", "up to"))],
    ),
    "about and some away from numbers are not hedges": (
        "Some residents said they were worried about the dam.",
        [S("indirect", "Some residents", "they were worried about the dam", "said")],
    ),
    "the month May is not a hedge": pytest.param(
        "Bank governor Elin Strand said inflation would peak in May.",
        [S("indirect", "Elin Strand", "inflation would peak in May", "said")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(HEDGED_STATEMENTS), ids=list(HEDGED_STATEMENTS))
def test_statement_hedges(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected


# figures in the outlet's own voice: (value, range, unit, source, via, hedges)
HEDGED_FIGURES = {
    "reportedly, outlet's own voice": (
        "The factory reportedly produced 5,000 shells a month.",
        [(5000, None, "shells", None, (), ("reportedly",))],
    ),
    "if the reports are to be believed": (
        "If the reports are to be believed, the factory produced 5,000 shells a month.",
        [(5000, None, "shells", None, (), ("if the reports are to be believed",))],
    ),
    "if the claims are true": (
        "If the claims are true, the plant shipped 300 drones last year.",
        [(300, None, "drones", None, (), ("if the claims are true",))],
    ),
    "approximately, attributed": (
        "The coastguard said approximately 300 people had been evacuated from the island.",
        [(300, None, "people", "coastguard", (), ("approximately",))],
    ),
    "or so, attributed": (
        "The mayor said 2,000 or so volunteers had signed up to help.",
        [(2000, None, "volunteers", "mayor", (), ("or so",))],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(HEDGED_FIGURES), ids=list(HEDGED_FIGURES))
def test_figure_hedges(text: str, expected: list[tuple]) -> None:
    assert figures(run(text)) == expected
