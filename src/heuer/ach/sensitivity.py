"""Sensitivity of the leading hypothesis: which items, or which whole source, could overturn it.

For every evidence item, three what-ifs on the weighted inconsistency scores:
removed (weight 0), discredited (credibility weight set to low) and re-rated (its cell
against the leader moved one step towards II). For a set: the fewest items whose
removal hands the lead to another hypothesis (greedy on the margin, exact for removal
because each item's effect on the margin is additive). For a source: every item that
traces to one origin dropped, or its ratings inverted (CC<->II, C<->I: "what if the
source is deceiving us"). All of it is array arithmetic on the contributions of
:class:`heuer.ach.scoring.MatrixScores`, so it costs little more than one scoring.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from heuer.ach import scales
from heuer.ach.scoring import MatrixScores, evidence_terms, leading, normalise, posterior_from_terms, score


@dataclass(frozen=True)
class ItemSensitivity:
    """What happens to the lead when one item changes: new leader per what-if and the margin change."""

    row: int
    removed_leader: int
    removed_margin: float
    discredited_leader: int
    discredited_margin: float
    rerated_leader: int
    rerated_margin: float

    def changes_leader(self, leader: int) -> bool:
        return any(other != leader for other in (self.removed_leader, self.discredited_leader, self.rerated_leader))


@dataclass(frozen=True)
class SourceSensitivity:
    """The lead when everything from one origin is dropped, or its ratings inverted."""

    group: int
    rows: tuple[int, ...]
    dropped_leader: int
    dropped_margin: float
    dropped_posterior: float  # the original leader's posterior without the source
    inverted_leader: int
    inverted_margin: float
    inverted_posterior: float


@dataclass(frozen=True)
class Sensitivity:
    leader: int
    margin: float
    items: list[ItemSensitivity]
    overturning_set: tuple[int, ...]  # fewest rows whose removal changes the leader ((): none does)
    overturned_by: int | None  # who leads once they are removed
    sources: list[SourceSensitivity]

    def critical_items(self) -> list[ItemSensitivity]:
        """Items any one of whose what-ifs changes the leader, the biggest margin change first."""
        hits = [s for s in self.items if s.changes_leader(self.leader)]
        return sorted(hits, key=lambda s: (min(s.removed_margin, s.discredited_margin, s.rerated_margin), s.row))


def _margins(weighted: np.ndarray, counts: np.ndarray, leader: int) -> tuple[np.ndarray, np.ndarray]:
    """Row by row: new leader and the original leader's margin over the best other hypothesis."""
    new_leader = leading(weighted, counts)
    others = weighted.copy()
    others[..., leader] = -np.inf
    return new_leader, weighted[..., leader] - others.max(axis=-1)


def analyse(codes: np.ndarray, base_weights: np.ndarray, groups: np.ndarray | None,
            credibility_weights: np.ndarray | None = None, priors: np.ndarray | None = None,
            standalone: np.ndarray | None = None, scores: MatrixScores | None = None) -> Sensitivity:
    """Item, set and source sensitivity of one matrix (codes E x H)."""
    codes = normalise(codes)
    n_items, n_hyp = codes.shape
    base = np.asarray(base_weights, dtype=float)
    groups_arr = np.full(n_items, -1) if groups is None else np.asarray(groups)
    scores = scores or score(codes, base, groups_arr, priors, standalone)
    if n_hyp < 2:
        return Sensitivity(0, 0.0, [], (), None, [])
    leader = scores.leader
    weighted, counts, contributions = scores.weighted, scores.inconsistency, scores.contributions
    inconsistent = scales.IS_INCONSISTENT[codes]

    # removed: subtract each row's contribution and count
    removed_w = weighted[None, :] - contributions
    removed_leader, removed_margin = _margins(removed_w, counts[None, :] - inconsistent, leader)

    # discredited: credibility weight set to low
    cred = np.ones(n_items) if credibility_weights is None else np.asarray(credibility_weights, dtype=float)
    factor = np.where(cred > 0, scales.LOW / np.where(cred > 0, cred, 1.0), 1.0)
    discredited_w = weighted[None, :] + contributions * (factor[:, None] - 1.0)
    discredited_leader, discredited_margin = _margins(discredited_w, np.broadcast_to(counts, removed_w.shape), leader)

    # re-rated: the leader's cell one step towards II (NA cells are left alone)
    cell = codes[:, leader]
    stepped = np.where(cell <= scales.CODES["I"], cell + 1, cell).astype(np.int8)
    delta = scores.weights * (scales.INCONSISTENCY[stepped] - scales.INCONSISTENCY[cell])
    rerated_w = np.broadcast_to(weighted, removed_w.shape).copy()
    rerated_w[:, leader] += delta
    rerated_counts = np.broadcast_to(counts, removed_w.shape).copy()
    rerated_counts[:, leader] += scales.IS_INCONSISTENT[stepped].astype(int) - scales.IS_INCONSISTENT[cell]
    rerated_leader, rerated_margin = _margins(rerated_w, rerated_counts, leader)

    base_margin = scores.margin
    items = [
        ItemSensitivity(
            int(row),
            int(removed_leader[row]), float(removed_margin[row] - base_margin),
            int(discredited_leader[row]), float(discredited_margin[row] - base_margin),
            int(rerated_leader[row]), float(rerated_margin[row] - base_margin),
        )
        for row in range(n_items)
    ]
    overturning, overturned_by = _fewest_to_overturn(contributions, inconsistent.astype(np.int64), weighted, counts, leader)
    return Sensitivity(leader, base_margin, items, overturning, overturned_by,
                       _sources(codes, base, groups_arr, leader, priors, standalone, scores))


def _fewest_to_overturn(contributions: np.ndarray, counts_rows: np.ndarray, weighted: np.ndarray,
                        counts: np.ndarray, leader: int) -> tuple[tuple[int, ...], int | None]:
    """Fewest rows whose removal hands the lead to another hypothesis.

    Removing row e changes the leader's lead over h by ``c[e, h] - c[e, leader]``; for every
    challenger h the rows that most favour the leader over h are removed first, and each
    candidate set is checked with the full ranking rule (ties go to fewer inconsistencies)."""
    best: tuple[int, ...] = ()
    best_by: int | None = None
    for challenger in range(weighted.shape[0]):
        if challenger == leader:
            continue
        lead = weighted[leader] - weighted[challenger]
        gain = contributions[:, challenger] - contributions[:, leader]  # < 0 where the row favours the leader
        # among rows of equal gain, first those whose removal also takes inconsistencies off the challenger
        # (the count breaks ties in the ranking)
        count_gain = counts_rows[:, challenger] - counts_rows[:, leader]
        order = np.lexsort((-count_gain, np.round(gain, 12)))
        helpful = int((gain < 0).sum())
        cumulative = np.cumsum(-gain[order])
        start = int(np.searchsorted(cumulative[:helpful], lead - 1e-9)) if helpful else 0
        for size in range(start + 1, helpful + 1):
            if best and size >= len(best):
                break
            rows = order[:size]
            new_w = weighted - contributions[rows].sum(axis=0)
            new_c = counts - counts_rows[rows].sum(axis=0)
            now = int(leading(new_w, new_c))
            if now != leader:
                best, best_by = tuple(sorted(int(r) for r in rows)), now
                break
    return best, best_by


def _sources(codes: np.ndarray, base: np.ndarray, groups: np.ndarray, leader: int,
             priors: np.ndarray | None, standalone: np.ndarray | None,
             scores: MatrixScores | None = None) -> list[SourceSensitivity]:
    """Every origin group dropped, or its ratings inverted, all groups at once: a group's items
    only change that group's share of the sums (independence is shared within a group, and
    inverting keeps which items are diagnostic)."""
    names = np.unique(groups[groups >= 0])
    if names.size == 0 or codes.shape[1] == 0:
        return []
    scores = scores or score(codes, base, groups, priors, standalone)
    weights = scores.weights
    member = (groups[None, :] == names[:, None]).astype(float)  # (G, E)
    inverted = scales.INVERTED[codes]
    inconsistent = scales.IS_INCONSISTENT[codes].astype(float)
    inverted_inconsistent = scales.IS_INCONSISTENT[inverted].astype(float)
    inverted_contributions = weights[:, None] * scales.INCONSISTENCY[inverted]
    shared, own = evidence_terms(codes, weights)
    inv_shared, inv_own = evidence_terms(inverted, weights)
    group_w, group_c = member @ scores.contributions, member @ inconsistent
    group_shared, group_own = member @ shared, member @ own
    total_shared, total_own = shared.sum(axis=0), own.sum(axis=0)
    counts = scores.inconsistency.astype(float)

    dropped_w, dropped_c = scores.weighted - group_w, counts - group_c
    dropped_post = posterior_from_terms(total_shared - group_shared, total_own - group_own, priors, standalone)
    inverted_w = dropped_w + member @ inverted_contributions
    inverted_c = dropped_c + member @ inverted_inconsistent
    inverted_post = posterior_from_terms(total_shared - group_shared + member @ inv_shared,
                                         total_own - group_own + member @ inv_own, priors, standalone)
    dropped_leader = leading(dropped_w, dropped_c)
    inverted_leader = leading(inverted_w, inverted_c)
    result = []
    for k, group in enumerate(names):
        rows = tuple(int(r) for r in np.nonzero(groups == group)[0])
        result.append(SourceSensitivity(
            int(group), rows,
            int(dropped_leader[k]), _lead(dropped_w[k], leader), float(dropped_post[k, leader]),
            int(inverted_leader[k]), _lead(inverted_w[k], leader), float(inverted_post[k, leader]),
        ))
    return result


def _lead(weighted: np.ndarray, leader: int) -> float:
    others = np.delete(weighted, leader)
    return float(weighted[leader] - others.max()) if others.size else 0.0
