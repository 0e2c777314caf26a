"""One case turned into a scored matrix: whose ratings, which weights, which scores.

The team view uses the consensus of every analyst; an analyst's own view uses their
ratings and shows the others' only on the rows they have finished (blind rating).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from heuer.ach import analysts as team
from heuer.ach import scales, scoring, sensitivity
from heuer.ach.estimative import Confidence, confidence_level, likelihood_term
from heuer.ach.weights import weigh
from heuer.model import Case, Claim, EvidenceItem, Hypothesis, Rating

DISAGREEMENTS_SHOWN = 50  # the most consequential disputed cells kept for the team to discuss


@dataclass
class HypothesisResult:
    hypothesis: Hypothesis
    inconsistency: int
    weighted: float
    posterior: float
    rank: int
    likelihood: str  # ICD 203 term for the posterior
    own_odds: bool  # scored against the others rather than sharing one distribution
    relations: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"label": self.hypothesis.label, "text": self.hypothesis.text, "inconsistency": self.inconsistency,
                "weighted_inconsistency": round(self.weighted, 6), "posterior": round(self.posterior, 6),
                "rank": self.rank, "likelihood": self.likelihood, "own_odds": self.own_odds,
                "relations": list(self.relations)}


@dataclass
class EvidenceResult:
    item: EvidenceItem
    ratings: dict[str, Rating | None]  # hypothesis label -> rating (None: not rated)
    diagnostic: bool
    spread: float
    claim: Claim | None
    others: dict[str, dict[str, Rating]] = field(default_factory=dict)  # analyst -> label -> rating (visible only)

    def to_dict(self) -> dict[str, object]:
        return {**self.item.to_dict(), "ratings": dict(self.ratings), "diagnostic": self.diagnostic,
                "spread": self.spread, "claim": self.claim.id if self.claim else None,
                "others": {a: dict(r) for a, r in self.others.items()}}


@dataclass
class DisagreementView:
    evidence: str
    hypothesis: str
    ratings: dict[str, str]
    spread: float
    margin_change: float
    changes_leader: bool

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class AchAnalysis:
    case: Case
    view: str  # "team" or the analyst's name
    hypotheses: list[HypothesisResult]
    evidence: list[EvidenceResult]
    analysts: list[str]
    complete: bool  # the viewer has rated every cell (always True for the team view)
    disagreements: list[DisagreementView]
    codes: np.ndarray
    base_weights: np.ndarray
    credibility_weights: np.ndarray
    groups: np.ndarray
    group_names: list[str]
    priors: np.ndarray | None
    own_odds: np.ndarray
    scores: scoring.MatrixScores

    @property
    def ranked(self) -> list[HypothesisResult]:
        return sorted(self.hypotheses, key=lambda h: (h.rank, h.hypothesis.label))

    @property
    def leader(self) -> HypothesisResult | None:
        return self.hypotheses[self.scores.leader] if self.hypotheses else None

    @property
    def non_diagnostic(self) -> list[EvidenceResult]:
        return [e for e in self.evidence if not e.diagnostic]

    def to_dict(self) -> dict[str, object]:
        return {"case": {"id": self.case.id, "name": self.case.name, "question": self.case.question},
                "view": self.view, "analysts": list(self.analysts), "complete": self.complete,
                "leader": self.leader.hypothesis.label if self.leader else None,
                "hypotheses": [h.to_dict() for h in self.ranked],
                "evidence": [e.to_dict() for e in self.evidence],
                "disagreements": [d.to_dict() for d in self.disagreements],
                "assumptions": list(scales.BAYES_ASSUMPTIONS)}


def _ratings_array(case: Case, hypotheses: list[Hypothesis], names: list[str]) -> np.ndarray:
    rows = {e.id: i for i, e in enumerate(case.evidence)}
    columns = {h.id: j for j, h in enumerate(hypotheses)}
    who = {a: k for k, a in enumerate(names)}
    array = np.full((len(names), len(case.evidence), len(hypotheses)), scales.UNRATED, dtype=np.int8)
    for r in case.ratings:
        if r.evidence_id in rows and r.hypothesis_id in columns and r.analyst in who:
            array[who[r.analyst], rows[r.evidence_id], columns[r.hypothesis_id]] = scales.CODES[r.rating]
    return array


def _priors(hypotheses: list[Hypothesis]) -> np.ndarray | None:
    given = [h.prior for h in hypotheses]
    if all(p is None for p in given):
        return None
    fixed = sum(p for p in given if p is not None)
    unset = sum(1 for p in given if p is None)
    rest = max(1.0 - fixed, 0.0) / unset if unset else 0.0
    values = np.array([p if p is not None else rest for p in given], dtype=float)
    values = np.where(values > 0, values, 1e-6)
    return values / values.sum()


def _relation_notes(case: Case, hypotheses: list[Hypothesis]) -> tuple[dict[int, list[str]], np.ndarray]:
    label = {h.id: h.label for h in case.hypotheses}
    notes: dict[int, list[str]] = {h.id: [] for h in hypotheses}
    open_ids: set[int] = set()
    for relation in case.relations:
        a, b = relation.first, relation.second
        if relation.kind == "duplicate":
            if a in notes:
                notes[a].append(f"{label.get(b, b)} merged in as a duplicate")
        else:
            open_ids.update((a, b))
            for one, other in ((a, b), (b, a)):
                if one in notes:
                    notes[one].append(f"not mutually exclusive with {label.get(other, other)}")
    return notes, np.array([h.id in open_ids for h in hypotheses], dtype=bool)


def claims_by_item(claims: Iterable[Claim]) -> dict[tuple[str, int], Claim]:
    """The ledger claim each stored statement or figure belongs to, for linking evidence items."""
    return {(m.item_kind, m.item_id): claim for claim in claims for m in claim.mentions}


def team_views(cases: Iterable[Case], claims: Iterable[Claim]) -> list[AchAnalysis]:
    """The team (consensus) view of every case that has hypotheses, in the order given."""
    by_item = claims_by_item(claims)
    return [analyse_case(case, by_item) for case in cases if case.active_hypotheses]


def analyse_case(case: Case, claims_by_item: dict[tuple[str, int], Claim], viewer: str | None = None) -> AchAnalysis:
    """Score a case as the team (consensus) or as one analyst sees it."""
    hypotheses = case.active_hypotheses
    names = case.analysts
    if viewer is not None and viewer not in names:
        names = sorted([*names, viewer])
    ratings = _ratings_array(case, hypotheses, names)
    if viewer is None:
        codes = team.consensus(ratings)
        visible = np.ones(len(case.evidence), dtype=bool)
        complete = True
    else:
        codes = ratings[names.index(viewer)]
        visible = team.visible_rows(codes)
        complete = bool(visible.all())

    weights = []
    claims: list[Claim | None] = []
    for item in case.evidence:
        claim = claims_by_item.get((item.link.item_kind, item.link.item_id)) if item.link else None
        if item.link is not None and claim is not None:
            item.link.claim_id = claim.id
        claims.append(claim)
        weights.append(weigh(item, claim))
    group_names: list[str] = []
    groups = np.full(len(case.evidence), -1, dtype=np.int64)
    for row, weight in enumerate(weights):
        if weight.origin is not None:
            if weight.origin not in group_names:
                group_names.append(weight.origin)
            groups[row] = group_names.index(weight.origin)
    base = np.array([w.credibility * w.relevance * w.standing for w in weights])
    credibility = np.array([w.credibility for w in weights])
    priors = _priors(hypotheses)
    notes, own_odds = _relation_notes(case, hypotheses)
    scores = scoring.score(codes, base, groups, priors, own_odds)

    for row, (item, weight) in enumerate(zip(case.evidence, weights, strict=True)):
        weight.independence = float(scores.independence[row])
        if weight.independence < 1.0 and groups[row] >= 0:
            mates = [case.evidence[j].label for j in np.nonzero(groups == groups[row])[0] if j != row]
            weight.reasons.append(
                f"traces to {weight.origin} like {', '.join(mates)}: one vote shared (x{weight.independence:.2f})"
            )
        item.weight = weight

    evidence_results = []
    for row, item in enumerate(case.evidence):
        own = {h.label: (None if codes[row, j] == scales.UNRATED else scales.RATINGS[codes[row, j]])
               for j, h in enumerate(hypotheses)}
        others: dict[str, dict[str, Rating]] = {}
        if viewer is not None and visible[row]:
            for k, name in enumerate(names):
                if name != viewer:
                    seen = {h.label: scales.RATINGS[ratings[k, row, j]] for j, h in enumerate(hypotheses)
                            if ratings[k, row, j] != scales.UNRATED}
                    if seen:
                        others[name] = seen
        evidence_results.append(EvidenceResult(item, own, bool(scores.diagnostic[row]), float(scores.spread[row]),
                                               claims[row], others))

    hypothesis_results = [
        HypothesisResult(h, int(scores.inconsistency[j]), float(scores.weighted[j]), float(scores.posterior[j]),
                         int(scores.rank[j]), likelihood_term(float(np.clip(scores.posterior[j], 0, 1))).term,
                         bool(own_odds[j]), notes[h.id])
        for j, h in enumerate(hypotheses)
    ]
    disagreements: list[DisagreementView] = []
    if len(case.analysts) >= 2 and complete:
        # the viewer's own array already holds everyone when the viewer is one of the analysts
        everyone = ratings if names == case.analysts else _ratings_array(case, hypotheses, case.analysts)
        agreed = codes if viewer is None else team.consensus(everyone)
        agreed_scores = scores if viewer is None else scoring.score(agreed, base, groups, priors, own_odds)
        found = team.disagreements(everyone, case.analysts, agreed, agreed_scores, limit=DISAGREEMENTS_SHOWN)
        disagreements = [
            DisagreementView(case.evidence[d.row].label, hypotheses[d.column].label, d.ratings, d.spread,
                             d.margin_change, d.changes_leader)
            for d in found
        ]
    return AchAnalysis(case, viewer or "team", hypothesis_results, evidence_results, case.analysts, complete,
                       disagreements, codes, base, credibility, groups, group_names, priors, own_odds, scores)


@dataclass
class ItemWhatIf:
    evidence: str
    removed: tuple[str, float]  # who leads, change of the original leader's margin
    discredited: tuple[str, float]
    rerated: tuple[str, float]

    def to_dict(self) -> dict[str, object]:
        return {"evidence": self.evidence, "removed": list(self.removed), "discredited": list(self.discredited),
                "rerated": list(self.rerated)}


@dataclass
class SourceWhatIf:
    origin: str
    evidence: list[str]
    dropped: tuple[str, float, float]  # who leads, margin, the original leader's posterior
    inverted: tuple[str, float, float]

    def to_dict(self) -> dict[str, object]:
        return {"origin": self.origin, "evidence": list(self.evidence), "dropped": list(self.dropped),
                "inverted": list(self.inverted)}


@dataclass
class SensitivityReport:
    leader: str
    margin: float
    posterior: float
    tied: list[str]  # every hypothesis at rank 1 (more than one: the lead is shared)
    critical: list[ItemWhatIf]  # items one of whose what-ifs changes the leader
    items: list[ItemWhatIf]
    overturning_set: list[str]
    overturned_by: str | None
    sources: list[SourceWhatIf]

    def to_dict(self) -> dict[str, object]:
        return {"leader": self.leader, "margin": self.margin, "posterior": self.posterior, "tied": list(self.tied),
                "critical": [c.to_dict() for c in self.critical], "items": [i.to_dict() for i in self.items],
                "overturning_set": list(self.overturning_set), "overturned_by": self.overturned_by,
                "sources": [s.to_dict() for s in self.sources]}


def sensitivity_of(analysis: AchAnalysis) -> SensitivityReport:
    """Which items or sources could change the leading hypothesis, and by how much."""
    labels = [h.hypothesis.label for h in analysis.hypotheses]
    rows = [e.item.label for e in analysis.evidence]
    if not labels:
        return SensitivityReport("", 0.0, 0.0, [], [], [], [], None, [])
    result = sensitivity.analyse(analysis.codes, analysis.base_weights, analysis.groups,
                                 analysis.credibility_weights, analysis.priors, analysis.own_odds, analysis.scores)

    def what_if(s: sensitivity.ItemSensitivity) -> ItemWhatIf:
        return ItemWhatIf(rows[s.row], (labels[s.removed_leader], s.removed_margin),
                          (labels[s.discredited_leader], s.discredited_margin),
                          (labels[s.rerated_leader], s.rerated_margin))

    sources = [
        SourceWhatIf(analysis.group_names[s.group], [rows[r] for r in s.rows],
                     (labels[s.dropped_leader], s.dropped_margin, s.dropped_posterior),
                     (labels[s.inverted_leader], s.inverted_margin, s.inverted_posterior))
        for s in result.sources
    ]
    sources.sort(key=lambda s: (s.dropped[0] == labels[result.leader] and s.inverted[0] == labels[result.leader],
                                s.inverted[1]))
    return SensitivityReport(
        labels[result.leader], result.margin, float(analysis.scores.posterior[result.leader]),
        [labels[j] for j in range(len(labels)) if analysis.scores.rank[j] == 1],
        [what_if(s) for s in result.critical_items()], [what_if(s) for s in result.items],
        [rows[r] for r in result.overturning_set],
        labels[result.overturned_by] if result.overturned_by is not None else None, sources,
    )


def judgement_confidence(analysis: AchAnalysis) -> tuple[Confidence, str]:
    """How much confidence the judgements deserve (ICD 203: said apart from likelihood), with why:
    from the diagnostic items, their independent origins and the analysts' spread."""
    diagnostic = [e for e in analysis.evidence if e.diagnostic]
    origins = {e.item.weight.origin for e in diagnostic if e.item.weight and e.item.weight.origin}
    spread = float(np.mean([e.spread for e in analysis.evidence])) if len(analysis.analysts) > 1 and analysis.evidence \
        else None
    reason = (f"the matrix rests on {len(diagnostic)} diagnostic evidence items tracing to {len(origins)} "
              "independent origins")
    level = confidence_level(len(diagnostic), len(origins), spread)
    if spread is not None:
        reason += f", and the {len(analysis.analysts)} analysts' ratings differ by {spread:.1f} steps on average"
    elif level == "high":  # nobody has checked the ratings
        level = "moderate"
        reason += ", but only one analyst has rated it"
    else:
        reason += ", rated by one analyst"
    return level, reason
