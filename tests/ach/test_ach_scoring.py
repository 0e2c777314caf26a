"""ACH scoring by hand: Heuer's counts, weighted inconsistency, ranks, independence and the Bayesian variant.

Every expected value below is worked out by hand in the comment next to it, from the
formulas in the docstring of :mod:`heuer.ach.scoring` (nothing is computed by heuer first).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from heuer.ach import scales
from heuer.ach.scoring import likelihoods, score

CC, C, N, I, II, NA = (scales.CODES[r] for r in ("CC", "C", "N", "I", "II", "NA"))  # noqa: E741
UNRATED = scales.UNRATED
LOW, MEDIUM, HIGH = scales.LOW, scales.MEDIUM, scales.HIGH
R2 = math.sqrt(2)


def matrix(*rows: list[int]) -> np.ndarray:
    """An (E x H) code matrix from rows of codes."""
    return np.array(rows, dtype=np.int8)


def test_codes_match_the_brief() -> None:
    assert (CC, C, N, I, II, NA, UNRATED) == (0, 1, 2, 3, 4, 5, 6)
    assert (LOW, MEDIUM, HIGH) == pytest.approx((1 / R2, 1.0, R2))


def test_heuer_counts_and_equal_weights() -> None:
    codes = matrix(
        [C, I, II],
        [N, I, C],
        [I, CC, NA],
    )
    s = score(codes, np.ones(3))
    # H0: row 2 is I -> 1; H1: rows 0 and 1 are I -> 2; H2: row 0 is II -> 1
    assert s.inconsistency.tolist() == [1, 2, 1]
    # weights 1: H0 = -1 (row 2 I); H1 = -1 - 1 = -2; H2 = -2 (row 0 II)
    assert s.weighted == pytest.approx([-1.0, -2.0, -2.0])
    # H0 best (-1); H1 and H2 tie on -2, H2 has fewer inconsistencies (1 < 2) -> ranks 1, 3, 2
    assert s.rank.tolist() == [1, 3, 2]
    assert s.leader == 0
    # margin: -1 - max(-2, -2) = 1
    assert s.margin == pytest.approx(1.0)


def test_weighted_inconsistency_with_credibility_times_relevance() -> None:
    codes = matrix(
        [C, I, II],
        [N, I, C],
        [I, N, N],
    )
    # base weight = credibility x relevance: high x high = 2; low x medium = 1/sqrt2; high x low = 1
    base = np.array([HIGH * HIGH, LOW * MEDIUM, HIGH * LOW])
    s = score(codes, base)
    assert base == pytest.approx([2.0, 1 / R2, 1.0])
    # contributions w_e * v(e, h), v: I = -1, II = -2
    expected_contributions = [
        [0.0, -2.0, -4.0],  # row 0, w 2: C 0, I -2, II -4
        [0.0, -1 / R2, 0.0],  # row 1, w 1/sqrt2: I -0.7071
        [-1.0, 0.0, 0.0],  # row 2, w 1: I -1
    ]
    assert s.contributions == pytest.approx(np.array(expected_contributions))
    # H0 = -1; H1 = -2 - 0.70711 = -2.70711; H2 = -4
    assert s.weighted == pytest.approx([-1.0, -2.0 - 1 / R2, -4.0])
    assert s.inconsistency.tolist() == [1, 2, 1]
    assert s.rank.tolist() == [1, 2, 3]
    assert s.leader == 0
    # margin: -1 - (-2.70711) = 1.70711
    assert s.margin == pytest.approx(1 + 1 / R2)
    # no groups: independence 1 everywhere, weights = base
    assert s.independence.tolist() == [1.0, 1.0, 1.0]
    assert s.weights == pytest.approx(base)


def test_ties_share_a_rank() -> None:
    codes = matrix(
        [I, N, II],
        [N, I, N],
    )
    s = score(codes, np.ones(2))
    # H0 = -1 (1 I); H1 = -1 (1 I); H2 = -2 (1 II): H0 and H1 equal on both -> 1, 1; H2 -> 1 + 2 = 3
    assert s.weighted == pytest.approx([-1.0, -1.0, -2.0])
    assert s.inconsistency.tolist() == [1, 1, 1]
    assert s.rank.tolist() == [1, 1, 3]
    # the leader is the first of the tied columns; tied -> margin 0
    assert s.leader == 0
    assert s.margin == 0.0


def test_competition_ranks_with_four_hypotheses() -> None:
    codes = matrix(
        [N, I, I, II],
        [N, N, N, I],
    )
    s = score(codes, np.ones(2))
    # H0 0; H1 -1 (1); H2 -1 (1); H3 -2 - 1 = -3 (2) -> ranks 1, 2, 2, 4
    assert s.weighted == pytest.approx([0.0, -1.0, -1.0, -3.0])
    assert s.rank.tolist() == [1, 2, 2, 4]


def test_tie_on_weighted_broken_by_fewer_inconsistencies() -> None:
    codes = matrix(
        [II, I],
        [N, I],
    )
    s = score(codes, np.ones(2))
    # H0: one II = -2 (count 1); H1: two I = -1 - 1 = -2 (count 2)
    assert s.weighted == pytest.approx([-2.0, -2.0])
    assert s.inconsistency.tolist() == [1, 2]
    assert s.rank.tolist() == [1, 2]
    assert s.leader == 0
    assert s.margin == 0.0  # equal weighted scores
    # the same with the columns swapped: the leader follows the count, not the column order
    swapped = score(codes[:, ::-1], np.ones(2))
    assert swapped.rank.tolist() == [2, 1]
    assert swapped.leader == 1


def test_na_cells_count_nothing_and_take_the_mean_likelihood() -> None:
    codes = matrix(
        [NA, I, CC],
        [II, NA, NA],
        [NA, NA, NA],
        [C, N, NA],
    )
    s = score(codes, np.ones(4))
    # counts: H0 row 1 II -> 1; H1 row 0 I -> 1; H2 none -> 0 (NA counts nothing)
    assert s.inconsistency.tolist() == [1, 1, 0]
    # weighted: H0 -2 (II); H1 -1 (I); H2 0
    assert s.weighted == pytest.approx([-2.0, -1.0, 0.0])
    assert s.rank.tolist() == [3, 2, 1]
    expected = [
        [0.6, 0.3, 0.9],  # NA = mean(0.3, 0.9) = 0.6
        [0.1, 0.1, 0.1],  # NA = mean(0.1) = 0.1
        [0.5, 0.5, 0.5],  # nothing rated: 0.5
        [0.7, 0.5, 0.6],  # NA = mean(0.7, 0.5) = 0.6
    ]
    assert likelihoods(codes) == pytest.approx(np.array(expected))


def test_na_likelihood_enters_the_posterior() -> None:
    codes = matrix([NA, I, CC])
    s = score(codes, np.ones(1))
    # L = [0.6 (mean of 0.3 and 0.9), 0.3, 0.9]; equal priors: / (0.6 + 0.3 + 0.9 = 1.8)
    assert s.posterior == pytest.approx([0.6 / 1.8, 0.3 / 1.8, 0.9 / 1.8])  # 0.3333, 0.1667, 0.5


def test_all_non_diagnostic_matrix() -> None:
    codes = matrix(
        [C, C, C],
        [I, I, I],
        [NA, NA, NA],
        [UNRATED, NA, UNRATED],  # unrated reads as NA: NA NA NA
        [II, II, II],
    )
    s = score(codes, np.array([1.0, HIGH, LOW, 1.0, HIGH * HIGH]))
    assert s.diagnostic.tolist() == [False] * 5
    # every column gets the same: count 2 (I, II); weighted -sqrt2 (I, w sqrt2) - 2 * 2 (II, w 2) = -5.41421
    assert s.inconsistency.tolist() == [2, 2, 2]
    assert s.weighted == pytest.approx([-R2 - 4.0] * 3)
    assert s.rank.tolist() == [1, 1, 1]
    assert s.posterior == pytest.approx([1 / 3] * 3)
    assert s.margin == 0.0
    # spread: C C C -> 0; I I I -> 0; no rated cells -> 0; II II II -> 0
    assert s.spread.tolist() == [0.0] * 5


def test_spread_and_diagnostic_flags() -> None:
    codes = matrix(
        [CC, NA, II],  # 2 - (-2) = 4
        [N, NA, NA],  # one rated cell -> 0, but N vs NA differ -> diagnostic
        [C, I, N],  # 1 - (-1) = 2
        [CC, CC, CC],  # 0, non-diagnostic
    )
    s = score(codes, np.ones(4))
    assert s.spread.tolist() == [4.0, 0.0, 2.0, 0.0]
    assert s.diagnostic.tolist() == [True, True, True, False]


def test_two_diagnostic_rows_of_one_group_share_a_vote() -> None:
    codes = matrix(
        [I, N],  # group 0
        [I, C],  # group 0
        [N, I],  # stands alone
    )
    s = score(codes, np.array([1.0, HIGH, 1.0]), groups=np.array([0, 0, -1]))
    # group 0 has 2 diagnostic rows -> 1/2 each; row 2 -> 1
    assert s.independence == pytest.approx([0.5, 0.5, 1.0])
    # weights = base x independence: 1 x 1/2 = 0.5; sqrt2 x 1/2 = 0.70711; 1
    assert s.weights == pytest.approx([0.5, R2 / 2, 1.0])
    # H0 = -0.5 - 0.70711 = -1.20711; H1 = -1 -> H1 leads despite 2 inconsistencies against H0
    assert s.weighted == pytest.approx([-0.5 - R2 / 2, -1.0])
    assert s.inconsistency.tolist() == [2, 1]
    assert s.rank.tolist() == [2, 1]
    assert s.leader == 1
    # margin: -1 - (-1.20711) = 0.20711
    assert s.margin == pytest.approx(R2 / 2 - 0.5)


def test_group_of_three_and_a_non_diagnostic_row_in_a_group() -> None:
    codes = matrix(
        [I, N, N],  # group 1
        [N, I, N],  # group 1
        [N, N, II],  # group 1
        [C, C, C],  # group 1, non-diagnostic
        [I, I, I],  # group 2, non-diagnostic (alone in it)
    )
    groups = np.array([1, 1, 1, 1, 2])
    s = score(codes, np.ones(5), groups=groups)
    # 3 diagnostic rows in group 1 -> 1/3 each; the C C C row does not make it 1/4
    assert s.independence[:3] == pytest.approx([1 / 3] * 3)
    # H0 = -1/3; H1 = -1/3; H2 = -2/3, plus the same -w4 for all from row 4 -> ranks 1, 1, 3
    assert s.weighted - s.weighted[0] == pytest.approx([0.0, 0.0, -1 / 3])
    assert s.rank.tolist() == [1, 1, 3]
    # without the two non-diagnostic rows the diagnostic rows weigh the same and the ranks agree
    bare = score(codes[:3], np.ones(3), groups=groups[:3])
    assert bare.independence == pytest.approx([1 / 3] * 3)
    assert bare.weighted == pytest.approx([-1 / 3, -1 / 3, -2 / 3])
    assert bare.rank.tolist() == s.rank.tolist()
    assert bare.posterior == pytest.approx(s.posterior)


def test_bayes_two_by_two_weight_as_exponent() -> None:
    codes = matrix(
        [C, I],
        [N, II],
    )
    s = score(codes, np.array([1.0, 2.0]))  # row 1 weight 2 (high x high)
    # H0: 0.7^1 x 0.5^2 = 0.7 x 0.25 = 0.175; H1: 0.3 x 0.1^2 = 0.003; sum 0.178
    # posterior: 0.175 / 0.178 = 0.983146; 0.003 / 0.178 = 0.016854
    assert s.posterior == pytest.approx([0.175 / 0.178, 0.003 / 0.178])
    assert s.posterior == pytest.approx([0.983146, 0.016854], abs=1e-6)


def test_bayes_two_by_two_with_irrational_weight() -> None:
    codes = matrix(
        [C, I],
        [N, II],
    )
    s = score(codes, np.array([1.0, R2]))
    # 0.5^sqrt2 = exp(1.41421 x -0.693147) = exp(-0.980258) = 0.375214
    # 0.1^sqrt2 = exp(1.41421 x -2.302585) = exp(-3.256347) = 0.038529
    # H0: 0.7 x 0.375214 = 0.262650; H1: 0.3 x 0.038529 = 0.011559; sum 0.274209
    # posterior: 0.262650 / 0.274209 = 0.957847; 0.011559 / 0.274209 = 0.042153
    assert s.posterior == pytest.approx([0.957847, 0.042153], abs=2e-6)


def test_bayes_two_by_two_with_priors() -> None:
    codes = matrix(
        [C, I],
        [N, II],
    )
    # priors 1 : 3 are normalised to 0.25, 0.75
    s = score(codes, np.array([1.0, 2.0]), priors=np.array([1.0, 3.0]))
    # H0: 0.25 x 0.175 = 0.04375; H1: 0.75 x 0.003 = 0.00225; sum 0.046
    # posterior: 0.04375 / 0.046 = 0.951087; 0.00225 / 0.046 = 0.048913
    assert s.posterior == pytest.approx([0.04375 / 0.046, 0.00225 / 0.046])
    assert s.posterior == pytest.approx([0.951087, 0.048913], abs=1e-6)
    # priors do not touch the weighted scores
    assert s.weighted == pytest.approx([0.0, -1.0 - 2 * 2.0])  # H1: I x 1 + II x 2 = -1 - 4 = -5


def test_standalone_hypothesis_gets_its_own_odds() -> None:
    codes = matrix([C, N, I])
    s = score(codes, np.ones(1), standalone=np.array([True, False, False]))
    # H0 stands alone: odds L0 / mean(L1, L2) = 0.7 / ((0.5 + 0.3) / 2) = 0.7 / 0.4 = 1.75
    #   -> 1.75 / (1 + 1.75) = 0.636364
    # H1, H2 keep the shared distribution: 0.5 / (0.7 + 0.5 + 0.3) = 0.333333; 0.3 / 1.5 = 0.2
    assert s.posterior == pytest.approx([1.75 / 2.75, 0.5 / 1.5, 0.3 / 1.5])
    # weight 2: odds 1.75^2 = 3.0625 -> 3.0625 / 4.0625 = 0.753846
    s2 = score(codes, np.array([2.0]), standalone=np.array([True, False, False]))
    assert s2.posterior[0] == pytest.approx(3.0625 / 4.0625)
    # H1, H2 with weight 2: 0.25 / (0.49 + 0.25 + 0.09 = 0.83) = 0.301205; 0.09 / 0.83 = 0.108434
    assert s2.posterior[1:] == pytest.approx([0.25 / 0.83, 0.09 / 0.83])


def test_standalone_all_false_is_the_plain_posterior() -> None:
    codes = matrix([C, N, I])
    plain = score(codes, np.ones(1))
    masked = score(codes, np.ones(1), standalone=np.array([False, False, False]))
    # 0.7 / 1.5, 0.5 / 1.5, 0.3 / 1.5
    assert plain.posterior == pytest.approx([0.7 / 1.5, 0.5 / 1.5, 0.3 / 1.5])
    assert masked.posterior == pytest.approx(plain.posterior)


def test_unrated_cells_read_as_na() -> None:
    with_unrated = matrix(
        [UNRATED, I, C],
        [N, UNRATED, II],
    )
    with_na = np.where(with_unrated == UNRATED, NA, with_unrated)
    a = score(with_unrated, np.array([1.0, LOW]))
    b = score(with_na, np.array([1.0, LOW]))
    # counts: H0 0; H1 1 (I); H2 1 (II) -- the unrated cells count nothing
    assert a.inconsistency.tolist() == [0, 1, 1]
    # weighted: H0 0; H1 -1; H2 -2 x 0.70711 = -1.41421
    assert a.weighted == pytest.approx([0.0, -1.0, -R2])
    # likelihood of the unrated (NA) cells: row 0 mean(0.3, 0.7) = 0.5; row 1 mean(0.5, 0.1) = 0.3
    # H0: 0.5 x 0.5^0.70711, H1: 0.3 x 0.3^0.70711, H2: 0.7 x 0.1^0.70711
    raw = np.array([0.5 * 0.5**LOW, 0.3 * 0.3**LOW, 0.7 * 0.1**LOW])
    assert a.posterior == pytest.approx(raw / raw.sum())
    for field in ("inconsistency", "weighted", "posterior", "rank", "diagnostic", "spread", "weights"):
        assert np.allclose(getattr(a, field), getattr(b, field)), field
