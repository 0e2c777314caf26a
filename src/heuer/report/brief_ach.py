"""The ACH section of the brief: for every case, the ranked hypotheses, the matrix as a
heat map, what could change the lead, and judgement sentences in ICD 203 language.

Judgement sentences use the likelihood terms of one scale only (ICD 203), one sentence
per hypothesis; the confidence in the analysis is a separate sentence that never uses a
likelihood term.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from heuer.ach.analysis import AchAnalysis, SensitivityReport, judgement_confidence, sensitivity_of
from heuer.ach.estimative import confidence_sentence, judgement_sentence, scale_rows
from heuer.ach.scales import BAYES_ASSUMPTIONS, RATING_LABELS


@dataclass
class AchHypothesisRow:
    label: str
    text: str
    rank: int
    inconsistency: int
    weighted: float
    posterior: float
    likelihood: str
    notes: list[str]


@dataclass
class AchEvidenceRow:
    label: str
    kind: str
    text: str
    weight: float
    diagnostic: bool
    ratings: list[str]  # in the order of AchSection.hypotheses ("" = not rated)
    reasons: list[str]
    citation: object | None  # a brief Citation when the item links to a stored sentence


@dataclass
class AchSection:
    name: str
    question: str | None
    analysts: list[str]
    hypotheses: list[AchHypothesisRow]
    evidence: list[AchEvidenceRow]
    judgements: list[str]
    confidence: str
    ranking_note: str
    sensitivity: list[str]
    disagreements: list[str]
    assumptions: tuple[str, ...] = BAYES_ASSUMPTIONS
    scale: list[tuple[str, str, str]] = field(default_factory=scale_rows)
    legend: dict[str, str] = field(default_factory=lambda: dict(RATING_LABELS))


def _confidence(analysis: AchAnalysis) -> str:
    level, reason = judgement_confidence(analysis)
    return confidence_sentence(level, reason)


def _sensitivity_lines(report: SensitivityReport) -> list[str]:
    lines: list[str] = []
    if len(report.tied) > 1:
        lines.append(f"{', '.join(report.tied)} share the lead (equal weighted inconsistency).")
    if report.overturning_set:
        lines.append(f"Removing {', '.join(report.overturning_set)} would hand the lead from {report.leader} to "
                     f"{report.overturned_by}.")
    elif report.leader:
        lines.append(f"No set of evidence items, removed, hands the lead away from {report.leader}.")
    for s in report.sources:
        if s.dropped[0] != report.leader:
            lines.append(f"Without everything that traces to {s.origin} ({', '.join(s.evidence)}), {s.dropped[0]} "
                         "would lead.")
        if s.inverted[0] != report.leader:
            lines.append(f"If {s.origin} were deceiving us (its items' ratings inverted), {s.inverted[0]} would lead.")
    return lines


def ach_section(analysis: AchAnalysis, cite: Callable[[str, str], object]) -> AchSection:
    ranked = analysis.ranked
    hypotheses = [
        AchHypothesisRow(h.hypothesis.label, h.hypothesis.text, h.rank, h.inconsistency, h.weighted, h.posterior,
                         h.likelihood, h.relations + (["scored on its own odds"] if h.own_odds else []))
        for h in ranked
    ]
    evidence = []
    for row in analysis.evidence:
        weight = row.item.weight
        link = row.item.link
        evidence.append(AchEvidenceRow(
            row.item.label, row.item.kind, row.item.text, weight.total if weight else 1.0, row.diagnostic,
            [row.ratings.get(h.hypothesis.label) or "" for h in ranked],
            list(weight.reasons) if weight else [],
            cite(link.document_id, link.sentence) if link else None,
        ))
    judgements = [judgement_sentence(h.hypothesis.text, h.posterior) for h in ranked]
    leader = analysis.leader
    ranking_note = (
        f"Heuer's rule ranks {leader.hypothesis.label} first: it has the least weighted inconsistency "
        f"({leader.weighted:.2f}, {leader.inconsistency} items rated inconsistent). The probabilities come from "
        "the Bayesian variant and rest on the assumptions listed below."
        if leader else "The case has no hypotheses yet."
    )
    disagreements = [
        f"{d.evidence} against {d.hypothesis}: " + ", ".join(f"{a} {r}" for a, r in d.ratings.items())
        + (" (could change the leader)" if d.changes_leader else f" (moves the lead by {d.margin_change:+.2f})")
        for d in analysis.disagreements[:8]
    ]
    return AchSection(
        analysis.case.name, analysis.case.question, list(analysis.analysts), hypotheses, evidence, judgements,
        _confidence(analysis) if analysis.evidence else "", ranking_note,
        _sensitivity_lines(sensitivity_of(analysis)) if leader else [], disagreements,
    )
