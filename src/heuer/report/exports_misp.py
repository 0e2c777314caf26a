"""Ledger grades and ACH judgements as MISP taxonomy machine tags (``namespace:predicate="value"``).

Two taxonomies of the MISP project (github.com/MISP/misp-taxonomies) are used, with
exactly the values their ``machinetag.json`` files define:

- ``admiralty-scale``: ``source-reliability`` ``"a"`` ... ``"f"`` (lower case; the
  taxonomy's extra ``"g"``, deliberately deceptive, has no heuer grade) and
  ``information-credibility`` ``"1"`` ... ``"6"``;
- ``estimative-language`` (ICD 203): ``likelihood-probability`` ``"almost-no-chance"``,
  ``"very-unlikely"``, ``"unlikely"``, ``"roughly-even-chance"``, ``"likely"``,
  ``"very-likely"``, ``"almost-certain"`` and ``confidence-in-analytic-judgment``
  ``"low"``, ``"moderate"``, ``"high"``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from heuer.ach.estimative import CONFIDENCE_LEVELS, likelihood_term
from heuer.grading import CREDIBILITY, check_reliability
from heuer.model import Claim, SourceRecord

ADMIRALTY = "admiralty-scale"
ESTIMATIVE = "estimative-language"

# heuer's ICD 203 term -> the estimative-language taxonomy value.
LIKELIHOOD_VALUES = {
    "almost no chance": "almost-no-chance",
    "very unlikely": "very-unlikely",
    "unlikely": "unlikely",
    "roughly even chance": "roughly-even-chance",
    "likely": "likely",
    "very likely": "very-likely",
    "almost certain": "almost-certain",
}


def machine_tag(namespace: str, predicate: str, value: str) -> str:
    """A MISP machine tag, e.g. ``admiralty-scale:source-reliability="b"``."""
    return f'{namespace}:{predicate}="{value}"'


def source_tags(source: SourceRecord) -> list[str]:
    """The source's Admiralty reliability: ``['admiralty-scale:source-reliability="b"']``."""
    return [machine_tag(ADMIRALTY, "source-reliability", check_reliability(source.reliability).lower())]


def claim_tags(claim: Claim) -> list[str]:
    """The claim's Admiralty credibility: ``['admiralty-scale:information-credibility="2"']``."""
    grade = claim.credibility.grade
    if grade not in CREDIBILITY:
        raise ValueError(f"claim {claim.id}: credibility grade {grade!r} is not one of 1-6")
    return [machine_tag(ADMIRALTY, "information-credibility", str(grade))]


def judgement_tags(probability: float, confidence: str | None = None) -> list[str]:
    """The likelihood tag for ``probability`` (ICD 203 band) and, when given, the confidence tag."""
    tags = [machine_tag(ESTIMATIVE, "likelihood-probability", LIKELIHOOD_VALUES[likelihood_term(probability).term])]
    if confidence is not None:
        level = confidence.strip().lower()
        if level not in CONFIDENCE_LEVELS:
            raise ValueError(f"confidence must be one of {', '.join(CONFIDENCE_LEVELS)}, got {confidence!r}")
        tags.append(machine_tag(ESTIMATIVE, "confidence-in-analytic-judgment", level))
    return tags


def misp_tag_export(claims: Iterable[Claim], sources: Iterable[SourceRecord],
                    judgements: Iterable[tuple[str, float, str | None]] = ()) -> dict[str, Any]:
    """Tags for claims, sources and ACH judgements ``(hypothesis, probability, confidence)``, JSON-ready."""
    return {
        "claims": [{"id": c.id, "summary": c.summary, "tags": claim_tags(c)} for c in claims],
        "sources": [{"name": s.name, "tags": source_tags(s)} for s in sources],
        "hypotheses": [{"hypothesis": text, "tags": judgement_tags(p, conf)} for text, p, conf in judgements],
    }
