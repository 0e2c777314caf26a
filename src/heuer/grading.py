"""The Admiralty (NATO) grading system: source reliability A-F and information credibility 1-6.

The two scales are separate on purpose: how reliable a source has been (A-F) says
nothing by itself about whether one report is true (1-6), and a reliable source does
not raise a report's credibility. Note that 1 is the BEST credibility.
"""

from __future__ import annotations

RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}

CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}

DEFAULT_RELIABILITY = "F"


def check_reliability(grade: str) -> str:
    """The grade upper-cased, or ValueError naming the allowed letters."""
    letter = grade.strip().upper()
    if letter not in RELIABILITY:
        raise ValueError(f"reliability grade {grade!r} is not one of A, B, C, D, E, F")
    return letter


def admiralty_code(reliability: str, credibility: int) -> str:
    """The combined code, e.g. ``B2``."""
    return f"{check_reliability(reliability)}{credibility}"
