"""Several analysts: blind rating, consensus, spread and the disagreements that matter most.

Blind rating: an analyst sees the others' ratings of an evidence item only once they
have rated that item against every hypothesis, and the consensus only once they have
rated the whole matrix (see :func:`visible_rows`).

Consensus of a cell: NA when most analysts who rated it said NA; otherwise the median
of the others' ratings on the ordinal scale (II = -2 ... CC = +2), an even count's
median rounded towards N. Spread: the largest minus the smallest rating (0..4).
Disagreements are ordered by how far the analysts' alternative ratings of the cell
could move the leader's margin on the consensus matrix, those that could change the
leader first, so the team discusses them first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from heuer.ach import scales
from heuer.ach.scoring import TOLERANCE, MatrixScores


def visible_rows(own: np.ndarray) -> np.ndarray:
    """Rows (E) of a matrix an analyst has finished rating, whose other ratings they may see."""
    own = np.asarray(own)
    if own.shape[1] == 0:
        return np.ones(own.shape[0], dtype=bool)
    return (own != scales.UNRATED).all(axis=1)


def complete(own: np.ndarray) -> bool:
    return bool(visible_rows(own).all())


def consensus(ratings: np.ndarray) -> np.ndarray:
    """Consensus codes (E x H) of the analysts' codes (A x E x H, UNRATED allowed)."""
    ratings = np.asarray(ratings, dtype=np.int8)
    if ratings.shape[0] == 0:
        return np.full(ratings.shape[1:], scales.UNRATED, dtype=np.int8)
    rated = ratings != scales.UNRATED
    n_rated = rated.sum(axis=0)
    n_na = (ratings == scales.NA).sum(axis=0)
    ordinal = scales.ORDINAL[ratings]
    has_value = ~np.isnan(ordinal)
    # median along the analysts: sort values with NaN last, pick the middle one(s)
    ordered = np.sort(np.where(has_value, ordinal, np.inf), axis=0)
    count = has_value.sum(axis=0)
    lower = np.take_along_axis(ordered, np.maximum((count - 1) // 2, 0)[None], axis=0)[0]
    upper = np.take_along_axis(ordered, np.maximum(count // 2, 0)[None], axis=0)[0]
    with np.errstate(invalid="ignore"):
        median = np.trunc((lower + upper) / 2)
    codes = np.where(count > 0, 2 - np.nan_to_num(median, posinf=0, neginf=0), scales.NA).astype(np.int8)
    codes = np.where(n_na * 2 > n_rated, np.int8(scales.NA), codes)
    return np.where(n_rated == 0, np.int8(scales.UNRATED), codes).astype(np.int8)


def spread(ratings: np.ndarray) -> np.ndarray:
    """Largest minus smallest rating of each cell (E x H) over the analysts who rated it."""
    ordinal = scales.ORDINAL[np.asarray(ratings, dtype=np.int8)]
    has_value = ~np.isnan(ordinal)
    high = np.where(has_value, ordinal, -np.inf).max(axis=0)
    low = np.where(has_value, ordinal, np.inf).min(axis=0)
    return np.where(has_value.sum(axis=0) >= 2, high - low, 0.0)


def disputed(ratings: np.ndarray) -> np.ndarray:
    """Cells (E x H) where the analysts who rated them did not all give the same rating."""
    ratings = np.asarray(ratings, dtype=np.int8)
    rated = ratings != scales.UNRATED
    first = np.where(rated, ratings, 127).min(axis=0)
    last = np.where(rated, ratings, -1).max(axis=0)
    return (rated.sum(axis=0) >= 2) & (first != last)


@dataclass(frozen=True)
class Disagreement:
    row: int
    column: int
    ratings: dict[str, str]  # analyst -> rating
    spread: float
    margin_change: float  # the largest move of the leader's margin among the analysts' ratings
    changes_leader: bool


def disagreements(ratings: np.ndarray, analysts: list[str], consensus_codes: np.ndarray,
                  scores: MatrixScores) -> list[Disagreement]:
    """Disputed cells ordered by how much the analysts' alternatives could change the lead."""
    ratings = np.asarray(ratings, dtype=np.int8)
    cells = np.argwhere(disputed(ratings))
    if cells.size == 0 or scores.weighted.size < 2:
        return []
    weighted, weights, counts = scores.weighted, scores.weights, scores.inconsistency
    leader = scores.leader
    n_hyp = weighted.shape[0]
    # hypotheses best first by the ranking rule (weighted desc, count asc, column asc)
    order = np.lexsort((np.arange(n_hyp), counts, -np.round(weighted, 9)))
    others = weighted.copy()
    others[leader] = -np.inf
    top_column = int(others.argmax())
    top = others[top_column]
    second = np.delete(others, top_column).max() if others.size > 2 else -np.inf
    margin = weighted[leader] - top
    cell_spread = spread(ratings)
    rows, columns = cells[:, 0], cells[:, 1]
    agreed = np.where(consensus_codes[rows, columns] == scales.UNRATED, scales.NA, consensus_codes[rows, columns])
    base_value = scales.INCONSISTENCY[agreed]
    base_count = scales.IS_INCONSISTENT[agreed].astype(int)
    # the best hypothesis other than the leader and the changed column, for every cell
    ranked_others = [int(h) for h in order if h != leader][:2]
    rival = np.where(columns == ranked_others[0], ranked_others[-1], ranked_others[0]) if ranked_others else columns
    worst = np.zeros(len(cells))
    flips = np.zeros(len(cells), dtype=bool)
    for code in range(len(scales.RATINGS)):
        given = (ratings[:, rows, columns] == code).any(axis=0)
        if not given.any():
            continue
        delta = weights[rows] * (scales.INCONSISTENCY[code] - base_value)
        delta_count = scales.IS_INCONSISTENT[code].astype(int) - base_count
        at_leader = columns == leader
        rival_best = np.where(columns == top_column, second, top)
        new_margin = np.where(
            at_leader,
            margin + delta,
            weighted[leader] - np.maximum(rival_best, weighted[columns] + delta),
        )
        change = np.where(given, new_margin - margin, 0.0)
        worst = np.where(np.abs(change) > np.abs(worst), change, worst)
        # who leads once the cell takes this rating: the leader, the changed column or the best rival
        new_w_leader = weighted[leader] + np.where(at_leader, delta, 0.0)
        new_c_leader = counts[leader] + np.where(at_leader, delta_count, 0)
        new_w_column = weighted[columns] + delta
        new_c_column = counts[columns] + delta_count
        loses_to_column = ~at_leader & _beats(new_w_column, new_c_column, columns, new_w_leader, new_c_leader, leader)
        loses_to_rival = (rival != leader) & _beats(weighted[rival], counts[rival], rival, new_w_leader,
                                                    new_c_leader, leader)
        flips |= given & (loses_to_column | loses_to_rival)
    result = [
        Disagreement(
            int(r), int(c),
            {a: scales.RATINGS[ratings[i, r, c]] for i, a in enumerate(analysts) if ratings[i, r, c] != scales.UNRATED},
            float(cell_spread[r, c]), float(worst[k]), bool(flips[k]),
        )
        for k, (r, c) in enumerate(cells)
    ]
    result.sort(key=lambda d: (not d.changes_leader, -abs(d.margin_change), -d.spread, d.row, d.column))
    return result


def _beats(w_a: np.ndarray, c_a: np.ndarray, a: np.ndarray, w_b: np.ndarray, c_b: np.ndarray,
           b: int | np.ndarray) -> np.ndarray:
    """Whether hypothesis a ranks before b: higher weighted score, then fewer inconsistencies,
    then the earlier column (the rule of :func:`heuer.ach.scoring.leading`)."""
    return (w_a > w_b + TOLERANCE) | ((np.abs(w_a - w_b) <= TOLERANCE)
                                     & ((c_a < c_b) | ((c_a == c_b) & (a < b))))
