"""ICD 203 estimative language: words for likelihood, and a separate confidence level.

Intelligence Community Directive 203 (analytic standards) fixes seven degrees of
likelihood, each with two interchangeable wordings and a probability range:

==================  ==================  ========
term                alternative         range
==================  ==================  ========
almost no chance    remote              1-5%
very unlikely       highly improbable   5-20%
unlikely            improbable          20-45%
roughly even chance roughly even odds   45-55%
likely              probable            55-80%
very likely         highly probable     80-95%
almost certain      nearly certain      95-99%
==================  ==================  ========

(ICD 203 writes the last term "almost certain(ly)" and allows the adverbs
"improbably"/"probably"; heuer uses the adjective forms.) The directive also says a
confidence level ("high confidence") must not be combined with a degree of likelihood
in the same sentence, so :func:`judgement_sentence` and :func:`confidence_sentence`
build two separate sentences and neither ever uses the other's words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

Confidence = Literal["low", "moderate", "high"]
CONFIDENCE_LEVELS: tuple[Confidence, ...] = ("low", "moderate", "high")


@dataclass(frozen=True)
class EstimativeTerm:
    """One ICD 203 degree of likelihood: its two wordings and its probability range."""

    term: str
    alternative: str
    low: float
    high: float

    @property
    def percent(self) -> str:
        """The range as printed in a brief, e.g. ``5-20%``."""
        return f"{round(self.low * 100)}-{round(self.high * 100)}%"


SCALE: tuple[EstimativeTerm, ...] = (
    EstimativeTerm("almost no chance", "remote", 0.01, 0.05),
    EstimativeTerm("very unlikely", "highly improbable", 0.05, 0.20),
    EstimativeTerm("unlikely", "improbable", 0.20, 0.45),
    EstimativeTerm("roughly even chance", "roughly even odds", 0.45, 0.55),
    EstimativeTerm("likely", "probable", 0.55, 0.80),
    EstimativeTerm("very likely", "highly probable", 0.80, 0.95),
    EstimativeTerm("almost certain", "nearly certain", 0.95, 0.99),
)

# Words that mark a likelihood; a confidence sentence must contain none of them. "remote"
# alone is left out on purpose: as an ordinary adjective ("a remote border post") it is
# far more common in a reason than as the ICD term.
_LIKELIHOOD_WORDS = re.compile(
    r"\b(?:likely|unlikely|likelihood|probable|probably|improbable|improbably|probability"
    r"|almost no chance|roughly even|even chance|even odds|almost certain(?:ly)?|nearly certain)\b",
    re.IGNORECASE,
)

# Sentence-initial words that are lower-cased when a hypothesis is put after "that".
# Anything else (a name such as "Varnia", an acronym such as "NATO") keeps its case.
_COMMON_OPENERS = frozenset(
    "a an the this that these those it its there their they them we our he she his her"
    " some no none most many few several all both each either neither any one two three"
    " more less only if when after before unless".split()
)


def likelihood_term(probability: float) -> EstimativeTerm:
    """The ICD 203 band for ``probability``.

    Each band is ``[low, high)``: a value on a boundary goes to the band above it (0.05 is
    "very unlikely", 0.55 is "likely"). Values below 0.05 (0 included) are "almost no
    chance"; 0.95 up to 1.0 inclusive is "almost certain". ValueError outside [0, 1] or NaN.
    """
    if isinstance(probability, bool):
        raise ValueError("probability must be a number in [0, 1], not a bool")
    p = float(probability)
    if math.isnan(p) or p < 0.0 or p > 1.0:
        raise ValueError(f"probability must be in [0, 1], got {probability!r}")
    for band in SCALE:
        if p < band.high:
            return band
    return SCALE[-1]


def confidence_level(evidence_items: int, independent_origins: int,
                     analyst_spread: float | None = None) -> Confidence:
    """A simple, documented rule for the confidence in a judgement.

    ``analyst_spread`` is how far the analysts' ratings lie apart, in rating steps
    (None: one analyst, or not measured; it then neither raises nor lowers the level).

    - ``low`` when fewer than 2 evidence items or fewer than 2 independent origins
      back the judgement, or the analysts are 2 or more rating steps apart;
    - ``high`` when 3 or more independent origins back it and the spread is below 1 step;
    - ``moderate`` otherwise.
    """
    if evidence_items < 0 or independent_origins < 0:
        raise ValueError("evidence_items and independent_origins must not be negative")
    if analyst_spread is not None and (math.isnan(analyst_spread) or analyst_spread < 0):
        raise ValueError(f"analyst_spread must be a non-negative number, got {analyst_spread!r}")
    if evidence_items < 2 or independent_origins < 2:
        return "low"
    if analyst_spread is not None and analyst_spread >= 2:
        return "low"
    if independent_origins >= 3 and (analyst_spread is None or analyst_spread < 1):
        return "high"
    return "moderate"


def _clause(text: str, what: str) -> str:
    """``text`` ready to follow "that"/"because": trimmed, no final full stop, first letter
    lower-cased only when the first word is a common sentence opener (see ``_COMMON_OPENERS``)."""
    clause = text.strip().rstrip(".").rstrip()
    if not clause:
        raise ValueError(f"{what} must not be empty")
    first = clause.split(maxsplit=1)[0]
    if first.lower() in _COMMON_OPENERS and first[:1].isupper() and first[1:] == first[1:].lower():
        clause = clause[0].lower() + clause[1:]
    return clause


def judgement_sentence(hypothesis: str, probability: float) -> str:
    """The likelihood judgement, e.g. ``It is likely (55-80%) that Varnia will move troops to Kestrel.``

    Only likelihood words, never a confidence level (ICD 203). The two noun terms read
    "There is almost no chance (1-5%) that ..." and "There is a roughly even chance (45-55%) that ...".
    """
    band = likelihood_term(probability)
    clause = _clause(hypothesis, "hypothesis")
    if band.term == "almost no chance":
        lead = f"There is {band.term}"
    elif band.term == "roughly even chance":
        lead = f"There is a {band.term}"
    else:
        lead = f"It is {band.term}"
    return f"{lead} ({band.percent}) that {clause}."


def confidence_sentence(confidence: Confidence, reason: str) -> str:
    """The confidence statement, e.g. ``We have moderate confidence in this judgement because ...``

    A separate sentence that never uses a likelihood term: ValueError when ``reason``
    contains one (say "two agencies report it", not "it is likely"), or for an unknown level.
    An empty reason gives ``We have low confidence in this judgement.``
    """
    if confidence not in CONFIDENCE_LEVELS:
        raise ValueError(f"confidence must be one of {', '.join(CONFIDENCE_LEVELS)}, got {confidence!r}")
    if not reason.strip().rstrip("."):
        return f"We have {confidence} confidence in this judgement."
    found = _LIKELIHOOD_WORDS.search(reason)
    if found:
        raise ValueError(f"a confidence reason must not use likelihood language ({found.group(0)!r}); "
                         "state it in the judgement sentence instead")
    return f"We have {confidence} confidence in this judgement because {_clause(reason, 'reason')}."


def scale_rows() -> list[tuple[str, str, str]]:
    """The scale for printing in a brief: ``(term, alternative, "5-20%")`` from least to most likely."""
    return [(band.term, band.alternative, band.percent) for band in SCALE]
