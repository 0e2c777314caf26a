"""How much each evidence item counts, from the ledger, with the reasons the matrix shows.

weight = credibility x relevance x independence x standing:

- credibility: the item's claim's Admiralty information credibility (1-6, overridable per
  item) as a weight: 1-2 high (sqrt 2), 3 medium (1), 4-6 low (1/sqrt 2); assumptions and
  absences of evidence have no ledger grade and count as medium;
- relevance: the analyst's low / medium / high;
- independence: items whose claims trace back to the same origin (one agency echoed by
  ten outlets) share one vote (computed with the ratings, in :mod:`heuer.ach.scoring`);
- standing: a retracted claim no longer counts (0), a corrected or circular one counts
  low (1/sqrt 2), each with its reason.
"""

from __future__ import annotations

from heuer.ach import scales
from heuer.grading import CREDIBILITY
from heuer.model import Claim, EvidenceItem, EvidenceWeight

FREE_TEXT = ("assumption", "absence")


def _factor_name(value: float) -> str:
    return {scales.HIGH: "high", scales.MEDIUM: "medium", scales.LOW: "low"}.get(value, f"{value:.2f}")


def origin_key(claim: Claim | None) -> str | None:
    """Items whose claims have this same set of origins share one vote."""
    if claim is None or not claim.origins:
        return None
    return " + ".join(sorted(claim.origins))


def weigh(item: EvidenceItem, claim: Claim | None) -> EvidenceWeight:
    """The item's weight before independence (set to 1 here), with its reasons; items with the same
    ``origin`` share one vote (None stands alone)."""
    reasons: list[str] = []
    grade: int | None
    if item.credibility_override is not None:
        grade = item.credibility_override
        credibility = scales.CREDIBILITY_WEIGHT[grade]
        reasons.append(f"credibility {grade} ({CREDIBILITY[grade]}) set by the analyst: {_factor_name(credibility)}")
    elif claim is not None:
        grade = claim.credibility.grade
        credibility = scales.CREDIBILITY_WEIGHT[grade]
        why = claim.credibility.reasons[0] if claim.credibility.reasons else "no reason recorded"
        reasons.append(f"credibility {grade} ({CREDIBILITY[grade]}): {why}: {_factor_name(credibility)}")
    elif item.kind in FREE_TEXT:
        grade = None
        credibility = scales.FREE_TEXT_CREDIBILITY
        reasons.append(f"{item.kind}: no ledger grade, counted as medium")
    elif item.link is not None and item.link.item_kind == "sentence":
        grade = 6
        credibility = scales.CREDIBILITY_WEIGHT[6]
        reasons.append(f"{item.link.outlet or 'the outlet'}'s own words, no source named: credibility 6, low")
    else:
        grade = 6
        credibility = scales.CREDIBILITY_WEIGHT[6]
        reasons.append("not matched to a ledger claim (run 'heuer claims'): credibility 6, low")
    relevance = scales.relevance_weight(item.relevance)
    if item.relevance != "medium":
        reasons.append(f"relevance {item.relevance}")
    standing = 1.0
    if claim is not None:
        if claim.status == "retracted":
            standing = scales.RETRACTED_FACTOR
            by = ", ".join(sorted({c.outlet or c.document_id[:12] for c in claim.corrections})) or "its outlets"
            reasons.append(f"retracted by {by}: no longer counts")
        elif claim.status == "corrected":
            standing = scales.CORRECTED_FACTOR
            reasons.append("corrected by the outlets that reported it: counts low")
        if claim.circular and standing > 0:
            standing *= scales.CIRCULAR_FACTOR
            reasons.append(
                f"circular: {claim.distinct_reports} reports look like corroboration but all trace to "
                f"{claim.origins[0] if claim.origins else 'one origin'}: counts low"
            )
    origin = origin_key(claim)
    if claim is None and item.link is not None and item.link.item_kind == "sentence":
        origin = f"{item.link.outlet or item.link.document_id[:12]} (own words)"
    return EvidenceWeight(grade, credibility, relevance, 1.0, standing, origin, reasons)
