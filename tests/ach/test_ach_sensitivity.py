"""Sensitivity of the ACH leader, checked by hand: item what-ifs, the overturning set and sources.

Weighted scores follow ``W(h) = sum_e w_e * v(e, h)`` (I = -1, II = -2); the margins of the
item what-ifs are changes of the original leader's margin over its best rival.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from heuer.ach import scales
from heuer.ach.scoring import score
from heuer.ach.sensitivity import analyse

CC, C, N, I, II, NA = (scales.CODES[r] for r in ("CC", "C", "N", "I", "II", "NA"))  # noqa: E741
LOW, MEDIUM, HIGH = scales.LOW, scales.MEDIUM, scales.HIGH
R2 = math.sqrt(2)

# Three hypotheses, four items, weights 1, 1, sqrt2, 1/sqrt2 (no groups).
# W: H0 = -sqrt2 = -1.41421 (row 2); H1 = -1 - 1 = -2 (rows 0, 1); H2 = -2 - 1/sqrt2 = -2.70711 (rows 0, 3)
# leader H0, margin -1.41421 - (-2) = 0.58579
THREE = np.array(
    [
        [N, I, II],
        [N, I, N],
        [I, N, N],
        [N, N, I],
    ],
    dtype=np.int8,
)
THREE_WEIGHTS = np.array([1.0, 1.0, HIGH, LOW])
THREE_MARGIN = 2 - R2  # 0.58579


def test_leader_and_margin() -> None:
    s = analyse(THREE, THREE_WEIGHTS, None)
    assert s.leader == 0
    assert s.margin == pytest.approx(THREE_MARGIN)


def test_removed_what_if_per_item() -> None:
    s = analyse(THREE, THREE_WEIGHTS, None)
    removed = [(i.removed_leader, i.removed_margin) for i in s.items]
    # row 0 out: W = [-1.41421, -1, -0.70711] -> H2 leads; H0's margin -1.41421 + 0.70711 = -0.70711
    #   change: -0.70711 - 0.58579 = -1.29289
    assert removed[0][0] == 2
    assert removed[0][1] == pytest.approx(-1 / R2 - THREE_MARGIN)
    # row 1 out: W = [-1.41421, -1, -2.70711] -> H1 leads; margin -0.41421, change -1
    assert removed[1][0] == 1
    assert removed[1][1] == pytest.approx(-1.0)
    # row 2 out: W = [0, -2, -2.70711] -> H0; margin 2, change 2 - 0.58579 = +1.41421
    assert removed[2][0] == 0
    assert removed[2][1] == pytest.approx(R2)
    # row 3 out: W = [-1.41421, -2, -2] -> H0; margin unchanged
    assert removed[3][0] == 0
    assert removed[3][1] == pytest.approx(0.0)


def test_overturning_set_of_one_row() -> None:
    s = analyse(THREE, THREE_WEIGHTS, None)
    # removing row 0 alone (-> H2) or row 1 alone (-> H1) hands over the lead (see above); one row is the fewest
    assert len(s.overturning_set) == 1
    after = {(0,): 2, (1,): 1}
    assert s.overturning_set in after
    assert s.overturned_by == after[s.overturning_set]


def test_overturning_set_needs_two_rows() -> None:
    codes = np.array(
        [
            [N, I],  # w 1          -> H1 -1
            [N, I],  # w 1/sqrt2    -> H1 -0.70711
            [N, II],  # w 1/sqrt2   -> H1 -1.41421
            [I, N],  # w 1          -> H0 -1
        ],
        dtype=np.int8,
    )
    s = analyse(codes, np.array([1.0, LOW, LOW, 1.0]), None)
    # W: H0 = -1; H1 = -1 - 0.70711 - 1.41421 = -3.12132; margin 2.12132
    assert s.leader == 0
    assert s.margin == pytest.approx(1 + 1 / R2 + R2 - 1)
    # no single row is enough: the best, row 2, leaves a lead of 2.12132 - 1.41421 = 0.70711
    assert all(i.removed_leader == 0 for i in s.items)
    # rows 0 and 2: H1 = -3.12132 + 1 + 1.41421 = -0.70711 > -1 -> H1 leads
    # (rows 1 and 2 only tie: H1 = -1 with one I each -> H0 keeps the lead by column order)
    assert s.overturning_set == (0, 2)
    assert s.overturned_by == 1


def test_nothing_overturns_an_unopposed_leader() -> None:
    codes = np.array([[N, I], [C, N]], dtype=np.int8)
    s = analyse(codes, np.ones(2), None)
    # W = [0, -1]; removing row 0 ties at 0 with 0 inconsistencies each -> H0 stays (first column)
    assert s.leader == 0
    assert s.overturning_set == ()
    assert s.overturned_by is None


def test_overturning_set_honours_the_count_tie_break() -> None:
    codes = np.array(
        [
            [I, II],  # row 0: H0 -1, H1 -2 (gain -1)
            [N, I],  # row 1: H1 -1 (gain -1)
            [I, N],  # row 2: H0 -1
        ],
        dtype=np.int8,
    )
    s = analyse(codes, np.ones(3), None)
    # W: H0 = -1 - 1 = -2 (count 2); H1 = -2 - 1 = -3 (count 2): H0 leads by 1
    # row 1 out: W = [-2, -2], counts [2, 1] -> H1 leads on fewer inconsistencies: ONE row suffices
    # row 0 out: W = [-1, -1], counts [1, 1] -> tie on both, H0 stays
    assert s.leader == 0
    assert s.items[1].removed_leader == 1  # heuer's own item what-if agrees
    assert s.overturning_set == (1,)  # got (0, 1)
    assert s.overturned_by == 1


# Two hypotheses; row 0 has high credibility (sqrt2, medium relevance), row 1 medium credibility.
# W: H0 = -2 (row 1 II, w 1); H1 = -2 x sqrt2 = -2.82843 (row 0 II); leader H0, margin 0.82843
TWO = np.array([[N, II], [II, N]], dtype=np.int8)
TWO_CRED = np.array([HIGH, MEDIUM])


def test_discredited_what_if() -> None:
    s = analyse(TWO, TWO_CRED * MEDIUM, None, credibility_weights=TWO_CRED)
    assert s.leader == 0
    assert s.margin == pytest.approx(2 * R2 - 2)
    # row 0 discredited: weight sqrt2 -> 1/sqrt2 (factor 1/2): H1 = -1.41421 > -2 -> H1 leads
    #   margin -2 + 1.41421 = -0.58579, change -0.58579 - 0.82843 = -1.41421
    assert s.items[0].discredited_leader == 1
    assert s.items[0].discredited_margin == pytest.approx(-R2)
    # row 1 discredited: weight 1 -> 1/sqrt2: H0 = -1.41421; margin 1.41421, change +0.58579
    assert s.items[1].discredited_leader == 0
    assert s.items[1].discredited_margin == pytest.approx(2 - R2)


def test_discredited_without_credibility_weights_assumes_medium() -> None:
    s = analyse(TWO, TWO_CRED * MEDIUM, None)
    # credibility taken as 1: row 0 weight sqrt2 -> sqrt2 x 1/sqrt2 = 1: H1 = -2 ties H0 = -2,
    # both with one inconsistency -> H0 keeps the lead (first column); margin 0, change -0.82843
    assert s.items[0].discredited_leader == 0
    assert s.items[0].discredited_margin == pytest.approx(-(2 * R2 - 2))


def test_discrediting_an_already_low_source_changes_nothing() -> None:
    cred = np.array([LOW, MEDIUM])
    s = analyse(TWO, cred, None, credibility_weights=cred)
    # W: H0 = -2; H1 = -2 / sqrt2 = -1.41421 -> H1 leads; row 0 is already low: factor 1
    assert s.leader == 1
    assert s.items[0].discredited_leader == 1
    assert s.items[0].discredited_margin == pytest.approx(0.0)


def test_rerated_what_if() -> None:
    s = analyse(TWO, TWO_CRED * MEDIUM, None, credibility_weights=TWO_CRED)
    # row 0: leader's cell N -> I (w sqrt2): H0 = -2 - 1.41421 = -3.41421 < H1 -2.82843 -> H1 leads
    #   margin -0.58579, change -1.41421
    assert s.items[0].rerated_leader == 1
    assert s.items[0].rerated_margin == pytest.approx(-R2)
    # row 1: leader's cell is II already -> stays II, nothing changes
    assert s.items[1].rerated_leader == 0
    assert s.items[1].rerated_margin == pytest.approx(0.0)
    # critical items: only row 0 can change the leader
    assert [i.row for i in s.critical_items()] == [0]
    assert s.items[0].changes_leader(0) and not s.items[1].changes_leader(0)


def test_rerated_steps_and_na() -> None:
    codes = np.array(
        [
            [CC, I],  # CC -> C: no change
            [C, I],  # C -> N: no change
            [I, II],  # I -> II: H0 -1 more
            [NA, II],  # NA is left alone
        ],
        dtype=np.int8,
    )
    s = analyse(codes, np.ones(4), None)
    # W: H0 = -1; H1 = -1 - 1 - 2 - 2 = -6; margin 5
    assert s.leader == 0
    assert s.margin == pytest.approx(5.0)
    assert [i.rerated_margin for i in s.items] == pytest.approx([0.0, 0.0, -1.0, 0.0])
    assert all(i.rerated_leader == 0 for i in s.items)


# Sources: rows 0 and 1 trace to origin 0, row 3 to origin 1, row 2 stands alone; base weights 1.
# Group 0 has two diagnostic rows -> weight 1/2 each.
# W: H0 = -1 (row 2 I); H1 = -0.5 (row 0 I) - 1 (row 1 II, w 1/2) = -1.5; leader H0, margin 0.5
SOURCED = np.array(
    [
        [N, I],
        [N, II],
        [I, N],
        [C, N],
    ],
    dtype=np.int8,
)
SOURCED_GROUPS = np.array([0, 0, -1, 1])


def test_source_sensitivity_drop_and_invert() -> None:
    s = analyse(SOURCED, np.ones(4), SOURCED_GROUPS)
    assert s.leader == 0
    assert s.margin == pytest.approx(0.5)
    assert [src.group for src in s.sources] == [0, 1]
    g0, g1 = s.sources
    assert g0.rows == (0, 1)
    assert g1.rows == (3,)

    # group 0 dropped: rows 2, 3 left: W = [-1, 0] -> H1 leads; H0's margin -1
    # posterior: H0 0.3 x 0.7 = 0.21; H1 0.5 x 0.5 = 0.25 -> 0.21 / 0.46 = 0.456522
    assert g0.dropped_leader == 1
    assert g0.dropped_margin == pytest.approx(-1.0)
    assert g0.dropped_posterior == pytest.approx(0.21 / 0.46)
    # group 0 inverted: rows 0, 1 become [N, C], [N, CC]: W = [-1, 0] -> H1 leads, margin -1
    # posterior (rows 0, 1 weigh 1/2): H0 0.5^0.5 x 0.5^0.5 x 0.3 x 0.7 = 0.105;
    #   H1 0.7^0.5 x 0.9^0.5 x 0.5 x 0.5 = sqrt(0.63) x 0.25 = 0.198431 -> 0.105 / 0.303431 = 0.346042
    assert g0.inverted_leader == 1
    assert g0.inverted_margin == pytest.approx(-1.0)
    assert g0.inverted_posterior == pytest.approx(0.105 / (0.105 + math.sqrt(0.63) * 0.25))

    # group 1 dropped: rows 0-2: W = [-1, -1.5] -> H0, margin 0.5
    # posterior: H0 0.5^0.5 x 0.5^0.5 x 0.3 = 0.15; H1 0.3^0.5 x 0.1^0.5 x 0.5 = sqrt(0.03) x 0.5 = 0.086603
    #   -> 0.15 / 0.236603 = 0.633975
    assert g1.dropped_leader == 0
    assert g1.dropped_margin == pytest.approx(0.5)
    assert g1.dropped_posterior == pytest.approx(0.15 / (0.15 + math.sqrt(0.03) * 0.5))
    # group 1 inverted: row 3 [C, N] -> [I, N]: W = [-2, -1.5] -> H1 leads, margin -0.5
    # posterior: H0 0.5 x 0.3 x 0.3 = 0.045; H1 sqrt(0.03) x 0.5 x 0.5 = 0.043301 -> 0.045 / 0.088301 = 0.509619
    assert g1.inverted_leader == 1
    assert g1.inverted_margin == pytest.approx(-0.5)
    assert g1.inverted_posterior == pytest.approx(0.045 / (0.045 + math.sqrt(0.03) * 0.25))


def test_source_posterior_of_the_full_matrix() -> None:
    full = score(SOURCED, np.ones(4), SOURCED_GROUPS)
    # H0: 0.5^0.5 x 0.5^0.5 x 0.3 x 0.7 = 0.105; H1: 0.3^0.5 x 0.1^0.5 x 0.5 x 0.5 = 0.043301
    # -> 0.105 / 0.148301 = 0.708018
    assert full.posterior[0] == pytest.approx(0.105 / (0.105 + math.sqrt(0.03) * 0.25))


def test_no_groups_no_sources() -> None:
    assert analyse(SOURCED, np.ones(4), None).sources == []
    assert analyse(SOURCED, np.ones(4), np.full(4, -1)).sources == []


def test_one_hypothesis_matrix() -> None:
    codes = np.array([[C], [I], [NA]], dtype=np.int8)
    s = analyse(codes, np.ones(3), np.array([0, 0, -1]))
    assert s.leader == 0
    assert s.margin == 0.0
    assert s.items == []
    assert s.overturning_set == ()
    assert s.overturned_by is None
    assert s.sources == []
    # its scores: one column, rank 1, posterior 1, nothing diagnostic; count 1 (row 1 I)
    sc = score(codes, np.ones(3))
    assert sc.rank.tolist() == [1]
    assert sc.posterior == pytest.approx([1.0])
    assert sc.diagnostic.tolist() == [False, False, False]
    assert sc.inconsistency.tolist() == [1]
    assert sc.margin == 0.0
