"""The ACH scales: consistency ratings, evidence weights and the likelihoods of the Bayesian variant.

Ratings are stored in arrays as small integer codes (``CODES``) so that matrices of
thousands of cells score with numpy; ``UNRATED`` marks a cell an analyst has not
rated yet (different from ``NA``, "not applicable", which is a rating).
"""

from __future__ import annotations

import math

import numpy as np

from heuer.model import Rating, Relevance

RATINGS: tuple[Rating, ...] = ("CC", "C", "N", "I", "II", "NA")
CODES: dict[str, int] = {r: i for i, r in enumerate(RATINGS)}
NA = CODES["NA"]
UNRATED = len(RATINGS)  # 6: no rating yet (only in analyst arrays)

RATING_LABELS = {
    "CC": "very consistent",
    "C": "consistent",
    "N": "neutral",
    "I": "inconsistent",
    "II": "very inconsistent",
    "NA": "not applicable",
}

# Ordinal position of each rating (CC = +2 ... II = -2); NA and UNRATED have none.
ORDINAL = np.array([2.0, 1.0, 0.0, -1.0, -2.0, np.nan, np.nan])

# PARC-style inconsistency value of a cell: II = -2, I = -1, N/C/CC/NA = 0.
INCONSISTENCY = np.array([0.0, 0.0, 0.0, -1.0, -2.0, 0.0, 0.0])
IS_INCONSISTENT = np.array([False, False, False, True, True, False, False])

# P(evidence | hypothesis) assumed for each rating in the Bayesian variant; NA takes the
# mean likelihood of the item's rated cells (it neither helps nor hurts a hypothesis).
LIKELIHOOD = np.array([0.9, 0.7, 0.5, 0.3, 0.1, np.nan, np.nan])

LOW, MEDIUM, HIGH = 1 / math.sqrt(2), 1.0, math.sqrt(2)
RELEVANCE_WEIGHT: dict[Relevance, float] = {"low": LOW, "medium": MEDIUM, "high": HIGH}

# Admiralty information credibility (1 = confirmed ... 6 = cannot be judged) as an ACH weight.
CREDIBILITY_WEIGHT: dict[int, float] = {1: HIGH, 2: HIGH, 3: MEDIUM, 4: LOW, 5: LOW, 6: LOW}
FREE_TEXT_CREDIBILITY = MEDIUM  # assumptions and absences of evidence: no ledger grade

CIRCULAR_FACTOR = LOW  # apparent corroboration that traces to one origin
CORRECTED_FACTOR = LOW  # corrected by the outlets that reported it
RETRACTED_FACTOR = 0.0  # withdrawn: it no longer counts

# Inverting a source's ratings ("what if it is deceiving us"): CC<->II, C<->I, N/NA stay.
INVERTED = np.array([4, 3, 2, 1, 0, 5, 6], dtype=np.int8)

BAYES_ASSUMPTIONS = (
    "The hypotheses are taken as mutually exclusive and exhaustive, with equal priors unless set.",
    "Each rating is read as a likelihood P(evidence | hypothesis): CC 0.9, C 0.7, N 0.5, I 0.3, II 0.1; "
    "NA takes the item's mean likelihood.",
    "Evidence items are taken as independent given the hypothesis once items from one origin share one vote; "
    "an item of weight w counts as w observations (its likelihood is raised to the power w).",
    "Hypotheses marked as not mutually exclusive are scored each against the average of the others "
    "(odds from a 50% prior) instead of sharing one distribution.",
)


def code(rating: str) -> int:
    """The array code of a rating, or ValueError naming the allowed ratings."""
    key = rating.strip().upper().replace("/", "")
    if key not in CODES:
        raise ValueError(f"rating {rating!r} is not one of {', '.join(RATINGS)}")
    return CODES[key]


def relevance_weight(relevance: str) -> float:
    if relevance not in RELEVANCE_WEIGHT:
        raise ValueError(f"relevance {relevance!r} is not one of low, medium, high")
    return RELEVANCE_WEIGHT[relevance]  # type: ignore[index]
