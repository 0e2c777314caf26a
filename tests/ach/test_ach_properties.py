"""Properties of ACH scoring and consensus on random matrices (hypothesis).

Matrices: 1-12 evidence rows x 2-6 hypotheses, codes 0-6 (UNRATED included), base weights
products of two of {1/sqrt2, 1, sqrt2} (credibility x relevance), origin groups -1..3.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from heuer.ach import scales
from heuer.ach.analysts import consensus
from heuer.ach.scoring import MatrixScores, score

SETTINGS = settings(max_examples=150, deadline=None)
LEVELS = (scales.LOW, scales.MEDIUM, scales.HIGH)
WEIGHT = st.builds(lambda a, b: a * b, st.sampled_from(LEVELS), st.sampled_from(LEVELS))
GROUP = st.integers(-1, 3)


@dataclass(frozen=True)
class Case:
    """A random matrix with its base weights, origin groups and priors."""

    codes: np.ndarray  # (E, H) int8, 0..6
    weights: np.ndarray  # (E,)
    groups: np.ndarray  # (E,)
    priors: np.ndarray  # (H,) > 0

    @property
    def shape(self) -> tuple[int, int]:
        return self.codes.shape  # type: ignore[return-value]


@st.composite
def cases(draw: st.DrawFn, min_hyp: int = 2) -> Case:
    n_items = draw(st.integers(1, 12))
    n_hyp = draw(st.integers(min_hyp, 6))
    cells = draw(st.lists(st.integers(0, scales.UNRATED), min_size=n_items * n_hyp, max_size=n_items * n_hyp))
    weights = draw(st.lists(WEIGHT, min_size=n_items, max_size=n_items))
    groups = draw(st.lists(GROUP, min_size=n_items, max_size=n_items))
    priors = draw(st.lists(st.floats(0.05, 1.0), min_size=n_hyp, max_size=n_hyp))
    return Case(
        np.array(cells, dtype=np.int8).reshape(n_items, n_hyp),
        np.array(weights),
        np.array(groups),
        np.array(priors),
    )


def scored(case: Case, priors: bool = False) -> MatrixScores:
    return score(case.codes, case.weights, case.groups, case.priors if priors else None)


def rank_one(s: MatrixScores) -> set[int]:
    return {int(h) for h in np.nonzero(s.rank == 1)[0]}


@SETTINGS
@given(case=cases(), data=st.data())
def test_row_permutation_changes_nothing(case: Case, data: st.DataObject) -> None:
    n_items = case.shape[0]
    order = np.array(data.draw(st.permutations(range(n_items))), dtype=np.int64)
    a = scored(case, priors=True)
    b = score(case.codes[order], case.weights[order], case.groups[order], case.priors)
    assert a.inconsistency.tolist() == b.inconsistency.tolist()
    assert np.allclose(a.weighted, b.weighted)
    assert np.allclose(a.posterior, b.posterior)
    assert a.rank.tolist() == b.rank.tolist()
    # row-aligned outputs follow the rows
    assert np.allclose(a.weights[order], b.weights)
    assert a.diagnostic[order].tolist() == b.diagnostic.tolist()


@SETTINGS
@given(case=cases(), data=st.data())
def test_column_permutation_permutes_the_scores(case: Case, data: st.DataObject) -> None:
    n_hyp = case.shape[1]
    order = np.array(data.draw(st.permutations(range(n_hyp))), dtype=np.int64)
    a = scored(case, priors=True)
    b = score(case.codes[:, order], case.weights, case.groups, case.priors[order])
    assert a.inconsistency[order].tolist() == b.inconsistency.tolist()
    assert np.allclose(a.weighted[order], b.weighted)
    assert np.allclose(a.posterior[order], b.posterior)
    assert a.rank[order].tolist() == b.rank.tolist()
    assert a.diagnostic.tolist() == b.diagnostic.tolist()
    assert np.allclose(a.contributions[:, order], b.contributions)


@SETTINGS
@given(case=cases(), code=st.integers(0, scales.NA), group=GROUP, weight=WEIGHT, data=st.data())
def test_a_non_diagnostic_row_never_changes_the_ranking(
    case: Case, code: int, group: int, weight: float, data: st.DataObject
) -> None:
    n_items, n_hyp = case.shape
    at = data.draw(st.integers(0, n_items))  # anywhere, not only at the end
    codes = np.insert(case.codes, at, np.full(n_hyp, code, dtype=np.int8), axis=0)
    a = scored(case)
    b = score(codes, np.insert(case.weights, at, weight), np.insert(case.groups, at, group))
    assert not b.diagnostic[at]
    assert a.rank.tolist() == b.rank.tolist()
    assert rank_one(a) == rank_one(b)
    # the other rows keep their weights, so the posterior does not move either
    assert np.allclose(np.delete(b.weights, at), a.weights)
    assert np.allclose(a.posterior, b.posterior)


@SETTINGS
@given(case=cases(min_hyp=1))
def test_posterior_sums_to_one(case: Case) -> None:
    for priors in (False, True):
        s = scored(case, priors=priors)
        assert np.all(s.posterior >= 0)
        assert np.isclose(s.posterior.sum(), 1.0)


@SETTINGS
@given(case=cases(min_hyp=1))
def test_scores_are_well_formed(case: Case) -> None:
    s = scored(case)
    n_items, n_hyp = case.shape
    assert np.all(s.weighted <= 1e-12)
    assert np.all((s.inconsistency >= 0) & (s.inconsistency <= n_items))
    assert s.rank.min() == 1 and s.rank.max() <= n_hyp
    assert s.rank[s.leader] == 1
    assert s.margin >= -1e-9
    assert np.all((s.independence > 0) & (s.independence <= 1))
    assert np.all((s.spread >= 0) & (s.spread <= 4))


ANALYST_RATINGS = st.integers(1, 5).flatmap(
    lambda n_analysts: st.tuples(st.integers(1, 6), st.integers(1, 6)).flatmap(
        lambda shape: st.lists(
            st.integers(0, scales.UNRATED),
            min_size=n_analysts * shape[0] * shape[1],
            max_size=n_analysts * shape[0] * shape[1],
        ).map(lambda cells: np.array(cells, dtype=np.int8).reshape(n_analysts, *shape))
    )
)


@SETTINGS
@given(ratings=ANALYST_RATINGS)
def test_consensus_of_one_analyst_is_their_ratings(ratings: np.ndarray) -> None:
    own = ratings[:1]
    assert consensus(own).tolist() == own[0].tolist()  # UNRATED stays UNRATED, NA stays NA


@SETTINGS
@given(ratings=ANALYST_RATINGS, data=st.data())
def test_consensus_ignores_analyst_order(ratings: np.ndarray, data: st.DataObject) -> None:
    order = np.array(data.draw(st.permutations(range(ratings.shape[0]))), dtype=np.int64)
    assert consensus(ratings).tolist() == consensus(ratings[order]).tolist()


@SETTINGS
@given(ratings=ANALYST_RATINGS)
def test_consensus_lies_between_the_ratings(ratings: np.ndarray) -> None:
    cons = consensus(ratings)
    ordinal = scales.ORDINAL[ratings]
    rated = ~np.isnan(ordinal)
    low = np.where(rated, ordinal, np.inf).min(axis=0)
    high = np.where(rated, ordinal, -np.inf).max(axis=0)
    value = scales.ORDINAL[cons]
    ordinary = ~np.isnan(value)  # neither NA nor UNRATED
    assert np.all((value[ordinary] >= low[ordinary]) & (value[ordinary] <= high[ordinary]))
    # UNRATED only where nobody rated the cell
    assert ((cons == scales.UNRATED) == (ratings == scales.UNRATED).all(axis=0)).all()
