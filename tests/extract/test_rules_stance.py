"""Denials and confirmations are statements: the proposition stood on is the content, the stance verb the cue.

A claims ledger reads the cue ("dismissed", "denied", "confirmed") to tell a denial of a
claim from an echo of it, so the verdict ("as fake news") stays out of the content.
"""

from __future__ import annotations

import pytest
from rules_support import S, cases, run, statements

STANCES = {
    "dismissed X as Y: the verdict is not the proposition": (
        "The Kremlin has dismissed earlier reports of North Korean soldiers in Russia as fake news.",
        [S("indirect", "Kremlin", "earlier reports of North Korean soldiers in Russia", "dismissed")],
    ),
    "rejected the claims as Y: a short named claim": (
        "Moscow rejected the claims as provocation.",
        [S("indirect", "Moscow", "the claims", "rejected")],
    ),
    "denied that": (
        "The ministry denied that troops had been sent.",
        [S("indirect", "ministry", "troops had been sent", "denied")],
    ),
    "denied the reports": (
        "The harbour authority denied the reports.",
        [S("indirect", "harbour authority", "the reports", "denied")],
    ),
    "refuted reports that": (
        "The operator refuted reports that the reactor had been damaged.",
        [S("indirect", "operator", "reports that the reactor had been damaged", "refuted")],
    ),
    "headline present tense confirms": (
        "NATO confirms North Korean troops have reached Russia's Kursk region",
        [S("indirect", "NATO", "North Korean troops have reached Russia's Kursk region", "confirms")],
    ),
    "confirmed on Monday that": (
        "The Pentagon confirmed on Monday that the convoy had crossed the border.",
        [S("indirect", "Pentagon", "the convoy had crossed the border", "confirmed")],
    ),
    "verdict before a moved object": (
        "Russia has dismissed as “fake news” reports that foreign troops were deployed to the front.",
        [S("indirect", "Russia", "reports that foreign troops were deployed to the front", "dismissed")],
    ),
    "passive dismissal by X": (
        "The reports were dismissed by the Kremlin as fake news.",
        [S("indirect", "Kremlin", "The reports", "dismissed")],
    ),
    "called the reports fake news keeps the verdict (the cue alone is no denial)": (
        "Peskov called the reports fake news.",
        [S("indirect", "Peskov", "the reports fake news", "called")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), cases(STANCES), ids=list(STANCES))
def test_stance_statements(text: str, expected: list[S]) -> None:
    assert statements(run(text)) == expected


@pytest.mark.parametrize("text", [
    "The president dismissed the chief of staff on Friday.",
    "The coach dismissed three players from the squad.",
    "Voters rejected the budget.",
])
def test_dismissing_people_or_things_is_no_statement(text: str) -> None:
    assert statements(run(text)) == []
