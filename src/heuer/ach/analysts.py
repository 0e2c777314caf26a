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


def tally(ratings: np.ndarray) -> np.ndarray:
    """How many analysts gave each code (CC ... NA, UNRATED) to each cell: (7, E, H)."""
    ratings = np.asarray(ratings, dtype=np.int8)
    return np.stack([(ratings == code).sum(axis=0, dtype=np.int16) for code in range(scales.UNRATED + 1)])


def consensus(ratings: np.ndarray) -> np.ndarray:
    """Consensus codes (E x H) of the analysts' codes (A x E x H, UNRATED allowed)."""
    ratings = np.asarray(ratings, dtype=np.int8)
    if ratings.shape[0] == 0:
        return np.full(ratings.shape[1:], scales.UNRATED, dtype=np.int8)
    counts = tally(ratings)
    n_rated = ratings.shape[0] - counts[scales.UNRATED]
    n_na = counts[scales.NA]
    valued = counts[: scales.NA]  # CC, C, N, I, II: codes in order of the ordinal scale (descending)
    count = valued.sum(axis=0)
    cumulative = np.cumsum(valued, axis=0)
    # the code at a position of the sorted ratings = how many codes fill the positions before it
    lower = (cumulative <= np.maximum((count - 1) // 2, 0)).sum(axis=0)
    upper = (cumulative <= count // 2).sum(axis=0)
    upper = np.minimum(upper, scales.NA - 1)
    lower = np.minimum(lower, scales.NA - 1)
    median = np.trunc(((2 - lower) + (2 - upper)) / 2)  # ordinal, even counts rounded towards N
    codes = np.where(count > 0, 2 - median, scales.NA).astype(np.int8)
    codes = np.where(n_na * 2 > n_rated, np.int8(scales.NA), codes)
    return np.where(n_rated == 0, np.int8(scales.UNRATED), codes).astype(np.int8)


def spread(ratings: np.ndarray, counts: np.ndarray | None = None) -> np.ndarray:
    """Largest minus smallest rating of each cell (E x H) over the analysts who rated it."""
    counts = tally(ratings) if counts is None else counts
    present = counts[: scales.NA] > 0  # CC ... II given by someone
    codes = np.arange(scales.NA)[:, None, None]
    highest_code = np.where(present, codes, -1).max(axis=0)  # the most inconsistent rating given
    lowest_code = np.where(present, codes, scales.NA).min(axis=0)
    return np.where(present.sum(axis=0) >= 2, (highest_code - lowest_code).astype(float), 0.0)


def disputed(ratings: np.ndarray, counts: np.ndarray | None = None) -> np.ndarray:
    """Cells (E x H) where the analysts who rated them did not all give the same rating."""
    counts = tally(ratings) if counts is None else counts
    return (counts[: scales.UNRATED] > 0).sum(axis=0) >= 2


@dataclass(frozen=True)
class Disagreement:
    row: int
    column: int
    ratings: dict[str, str]  # analyst -> rating
    spread: float
    margin_change: float  # the largest move of the leader's margin among the analysts' ratings
    changes_leader: bool


def disagreements(ratings: np.ndarray, analysts: list[str], consensus_codes: np.ndarray,
                  scores: MatrixScores, limit: int | None = None) -> list[Disagreement]:
    """Disputed cells ordered by how much the analysts' alternatives could change the lead
    (those that could change the leader first); the first *limit* of them, or all."""
    ratings = np.asarray(ratings, dtype=np.int8)
    counts_all = tally(ratings)
    cells = np.argwhere(disputed(ratings, counts_all))
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
    rows, columns = cells[:, 0], cells[:, 1]
    agreed = np.where(consensus_codes[rows, columns] == scales.UNRATED, scales.NA, consensus_codes[rows, columns])
    base_value = scales.INCONSISTENCY[agreed]
    base_count = scales.IS_INCONSISTENT[agreed].astype(int)
    ranked_others = [int(h) for h in order if h != leader][:1]  # the best rival by the ranking rule
    worst = np.zeros(len(cells))
    flips = np.zeros(len(cells), dtype=bool)
    # cells against the leader move the leader's own score; the others move one rival's
    on_leader = np.nonzero(columns == leader)[0]
    elsewhere = np.nonzero(columns != leader)[0]
    w_rows = weights[rows]
    rival_best = np.where(columns[elsewhere] == top_column, second, top)
    w_column, c_column, column_ids = weighted[columns[elsewhere]], counts[columns[elsewhere]], columns[elsewhere]
    best_rival = ranked_others[0] if ranked_others else leader
    for code in range(len(scales.RATINGS)):
        given = counts_all[code, rows, columns] > 0
        if not given.any():
            continue
        delta = w_rows * (scales.INCONSISTENCY[code] - base_value)
        delta_count = int(scales.IS_INCONSISTENT[code]) - base_count
        change = np.zeros(len(cells))
        # against the leader: its margin moves by delta; it loses to the best rival by the ranking rule
        d = delta[on_leader]
        change[on_leader] = d
        if best_rival != leader:
            flips[on_leader] |= given[on_leader] & _beats(
                weighted[best_rival], counts[best_rival], best_rival, weighted[leader] + d,
                counts[leader] + delta_count[on_leader], leader)
        # against another hypothesis: that one's score moves; the leader stands still
        moved = w_column + delta[elsewhere]
        change[elsewhere] = weighted[leader] - np.maximum(rival_best, moved) - margin
        flips[elsewhere] |= given[elsewhere] & _beats(moved, c_column + delta_count[elsewhere], column_ids,
                                                      weighted[leader], counts[leader], leader)
        change = np.where(given, change, 0.0)
        worst = np.where(np.abs(change) > np.abs(worst), change, worst)
    present = counts_all[: scales.NA, rows, columns] > 0  # (5, cells): which of CC ... II someone gave
    spreads = np.where(present.sum(axis=0) >= 2,
                       (scales.NA - 1 - present[::-1].argmax(axis=0)) - present.argmax(axis=0), 0)
    order = _most_consequential(flips, worst, spreads, rows * ratings.shape[2] + columns, limit)
    chosen = ratings[:, rows[order], columns[order]].T.tolist()  # one row of analysts' codes per cell
    return [
        Disagreement(
            int(rows[k]), int(columns[k]),
            {a: scales.RATINGS[code] for a, code in zip(analysts, codes, strict=True) if code != scales.UNRATED},
            float(spreads[k]), float(worst[k]), bool(flips[k]),
        )
        for k, codes in zip(order.tolist(), chosen, strict=True)
    ]


def _beats(w_a: np.ndarray, c_a: np.ndarray, a: np.ndarray, w_b: np.ndarray, c_b: np.ndarray,
           b: int | np.ndarray) -> np.ndarray:
    """Whether hypothesis a ranks before b: higher weighted score, then fewer inconsistencies,
    then the earlier column (the rule of :func:`heuer.ach.scoring.leading`)."""
    return (w_a > w_b + TOLERANCE) | ((np.abs(w_a - w_b) <= TOLERANCE)
                                     & ((c_a < c_b) | ((c_a == c_b) & (a < b))))


_QUANTUM = 1e6  # margin changes compared to a millionth of a weight unit
_MAX_Q = (1 << 30) - 1


def _most_consequential(flips: np.ndarray, worst: np.ndarray, spreads: np.ndarray, position: np.ndarray,
                        limit: int | None) -> np.ndarray:
    """Indices of the disputed cells in discussion order: those that could change the leader, then
    the largest margin change, the widest spread, then matrix order; one int64 key per cell so the
    first *limit* come from a partial sort."""
    moved = np.minimum(np.round(np.abs(worst) * _QUANTUM), _MAX_Q).astype(np.int64)
    key = ((~flips).astype(np.int64) << 58) | ((_MAX_Q - moved) << 28) \
        | ((4 - spreads.astype(np.int64)) << 25) | position.astype(np.int64)
    if limit is not None and limit < key.size:
        top = np.argpartition(key, limit)[:limit]
        return top[np.argsort(key[top], kind="stable")]
    return np.argsort(key, kind="stable")
