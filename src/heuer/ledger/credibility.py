"""Information credibility (Admiralty 1-6) of a claim, with the reasons shown.

Derived from the claim alone, never from how reliable its sources are graded:
- no named origin at all: 6 (cannot be judged);
- one origin: 3 (possibly true); two or more independent origins: 1 (confirmed);
- apparent corroboration that traces to one origin (circular) stays at 3, and says so;
- contested (a contradiction or a negation by another claim): one step worse, and
  4 (doubtful) or worse when the rival has at least as many independent sources,
  5 (improbable) when it has more;
- corrected or retracted by the outlets that reported it: 5 (improbable); by one
  outlet while others still report it: one step worse.
"""

from __future__ import annotations

from heuer.grading import CREDIBILITY
from heuer.model import ClaimConflict, ClaimCorrection, Credibility


def assess(
    independent: int,
    origins: list[str],
    distinct_reports: int,
    circular: bool,
    conflicts: list[ClaimConflict],
    rival_strength: dict[int, int],
    corrections: list[ClaimCorrection],
    status: str = "standing",
) -> Credibility:
    reasons: list[str] = []
    if independent == 0:
        grade = 6
        reasons.append("no report names a source for it")
    elif independent == 1:
        grade = 3
        reasons.append(f"one source: {origins[0]}")
    else:
        grade = 1
        reasons.append(f"{independent} independent sources: {', '.join(origins)}")
    if circular:
        reasons.append(
            f"circular: reports in several outlets ({distinct_reports} after collapsing copies) look like "
            f"corroboration but all trace to {origins[0]}"
        )
    for conflict in conflicts:
        if conflict.kind not in ("contradiction", "negation"):
            continue
        rival = rival_strength.get(conflict.other, 0)
        if rival > independent:
            worst = 5
        elif rival == independent and rival > 0:
            worst = 4
        else:
            worst = min(grade + 1, 5) if grade < 6 else 6
        if grade != 6:
            grade = max(grade, worst)
        reasons.append(
            f"{'contradicted' if conflict.kind == 'contradiction' else 'denied'} by claim {conflict.other}"
            f" ({rival} independent source{'s' if rival != 1 else ''})"
        )
    for correction in corrections:
        what = "retracted" if correction.kind == "retraction" else "corrected"
        by = correction.outlet or correction.document_id[:12]
        when = f" on {correction.published.isoformat()}" if correction.published else ""
        if status == "standing":  # other outlets still report it on their own account
            grade = min(grade + 1, 5) if grade < 6 else 6
            reasons.append(f"{what} by {by}{when}; still reported by others")
        else:
            grade = 5
            reasons.append(f"{what} by {by}{when}")
    return Credibility(grade, CREDIBILITY[grade], reasons)
