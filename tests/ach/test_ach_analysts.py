"""Several analysts: consensus, spread, disputed cells, blind rating and the order of disagreements.

Consensus of a cell: NA when most analysts who rated it said NA, else the median of the
other ratings on II = -2 ... CC = +2, an even count's median rounded towards N (0).
"""

from __future__ import annotations

import numpy as np
import pytest

from heuer.ach import scales
from heuer.ach.analysts import complete, consensus, disagreements, disputed, spread, visible_rows
from heuer.ach.scoring import score

CC, C, N, I, II, NA = (scales.CODES[r] for r in ("CC", "C", "N", "I", "II", "NA"))  # noqa: E741
U = scales.UNRATED


def cell(*codes: int) -> np.ndarray:
    """One cell rated by len(codes) analysts, as an (A x 1 x 1) array."""
    return np.array(codes, dtype=np.int8).reshape(len(codes), 1, 1)


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        ((NA, NA, C), NA),  # 2 NA of 3 rated: 2 x 2 = 4 > 3 -> NA
        ((NA, NA, C, I), N),  # 2 of 4 is no majority; median(C +1, I -1) = 0 -> N
        ((NA, C, U), C),  # 1 NA of 2 rated: no majority; median(C) -> C
        ((NA, U, U), NA),  # the only rating is NA
        ((NA,), NA),
        ((I,), I),
        ((C, I), N),  # (+1 + -1) / 2 = 0 -> N
        ((CC, C), C),  # (+2 + +1) / 2 = 1.5 -> towards N: 1 -> C
        ((II, I), I),  # (-2 + -1) / 2 = -1.5 -> towards N: -1 -> I
        ((N, I), N),  # (0 + -1) / 2 = -0.5 -> 0 -> N
        ((CC, II), N),  # (2 - 2) / 2 = 0 -> N
        ((CC, C, II), C),  # sorted -2, 1, 2 -> 1 -> C
        ((C, U, CC), C),  # unrated ignored: median(1, 2) = 1.5 -> 1 -> C
        ((II, I, C, CC), N),  # middle two -1, 1 -> 0 -> N
        ((CC, CC, C, II), C),  # sorted -2, 1, 2, 2: middle 1, 2 -> 1.5 -> 1 -> C
        ((CC, CC, I, II), N),  # sorted -2, -1, 2, 2: middle -1, 2 -> 0.5 -> 0 -> N
        ((I, I, II, U, NA), I),  # 1 NA of 4 rated; sorted -2, -1, -1 -> -1 -> I
        ((U, U), U),  # nobody rated it
    ],
)
def test_consensus_of_one_cell(ratings: tuple[int, ...], expected: int) -> None:
    assert consensus(cell(*ratings)).tolist() == [[expected]]


def test_consensus_of_a_matrix_and_no_analysts() -> None:
    ratings = np.array(
        [
            [[C, NA], [U, II]],
            [[I, NA], [U, I]],
            [[C, C], [U, II]],
        ],
        dtype=np.int8,
    )
    # (0,0): C I C -> sorted -1 1 1 -> C; (0,1): NA NA C -> NA; (1,0): all unrated; (1,1): II I II -> II
    assert consensus(ratings).tolist() == [[C, NA], [U, II]]
    assert consensus(np.zeros((0, 2, 3), dtype=np.int8)).tolist() == [[U] * 3] * 2


def test_spread_of_cells() -> None:
    ratings = np.array(
        [
            [[CC, C, C, NA]],
            [[II, NA, U, NA]],
            [[N, I, U, U]],
        ],
        dtype=np.int8,
    )
    # col 0: CC (+2), II (-2), N (0) -> 2 - (-2) = 4
    # col 1: C, NA, I -> 1 - (-1) = 2 (NA has no place on the scale)
    # col 2: C only (the others unrated) -> 0
    # col 3: NA, NA -> no ordinal values -> 0
    assert spread(ratings).tolist() == [[4.0, 2.0, 0.0, 0.0]]


def test_disputed_cells() -> None:
    ratings = np.array(
        [
            [[C, C, C, NA, I]],
            [[C, NA, U, NA, II]],
            [[U, C, U, NA, U]],
        ],
        dtype=np.int8,
    )
    # per column over the analysts: C C (unrated) -> agreed; C NA C -> disputed; C alone -> not disputed;
    # NA NA NA -> agreed; I II (unrated) -> disputed
    assert disputed(ratings).tolist() == [[False, True, False, False, True]]


def test_visible_rows_and_complete() -> None:
    own = np.array(
        [
            [C, NA, I],
            [C, U, I],
            [U, U, U],
            [II, II, N],
        ],
        dtype=np.int8,
    )
    # a row is visible once every cell of it is rated (NA is a rating)
    assert visible_rows(own).tolist() == [True, False, False, True]
    assert not complete(own)
    done = np.where(own == U, np.int8(N), own)
    assert visible_rows(done).tolist() == [True] * 4
    assert complete(done)
    assert visible_rows(np.zeros((3, 0), dtype=np.int8)).tolist() == [True] * 3


# Three analysts, two hypotheses, weights 2 (high x high) and 1.
#   A: [II, II], [N, I]   B: [II, II], [N, I]   X: [C, II], [II, II]
# consensus: (0,0) II II C -> sorted -2 -2 1 -> II; (0,1) II; (1,0) N N II -> N; (1,1) I I II -> I
# W on the consensus: H0 = -2 x 2 = -4; H1 = -4 - 1 = -5 -> leader H0, margin 1
ORDER_RATINGS = np.array(
    [
        [[II, II], [N, I]],
        [[II, II], [N, I]],
        [[C, II], [II, II]],
    ],
    dtype=np.int8,
)
ORDER_WEIGHTS = np.array([2.0, 1.0])


def test_disagreements_that_can_change_the_leader_come_first() -> None:
    cons = consensus(ORDER_RATINGS)
    assert cons.tolist() == [[II, II], [N, I]]
    s = score(cons, ORDER_WEIGHTS)
    assert s.weighted == pytest.approx([-4.0, -5.0])
    assert s.leader == 0
    result = disagreements(ORDER_RATINGS, ["A", "B", "X"], cons, s)
    # (1,0): X's II against H0: delta 1 x (-2 - 0) = -2 -> margin 1 - 2 = -1: the leader changes
    # (0,0): X's C against H0: delta 2 x (0 - (-2)) = +4 -> margin 5: bigger move, no change
    # (1,1): X's II against H1: delta 1 x (-2 - (-1)) = -1 -> margin 2: +1
    assert [(d.row, d.column) for d in result] == [(1, 0), (0, 0), (1, 1)]
    assert [d.changes_leader for d in result] == [True, False, False]
    assert [d.margin_change for d in result] == pytest.approx([-2.0, 4.0, 1.0])
    # spreads: N/II -> 0 - (-2) = 2; II/C -> 1 - (-2) = 3; I/II -> 1
    assert [d.spread for d in result] == [2.0, 3.0, 1.0]
    assert result[0].ratings == {"A": "N", "B": "N", "X": "II"}
    # the flagged change is real: X's II at (1,0) on the consensus -> H0 -6, H1 -5 -> H1 leads
    flipped = cons.copy()
    flipped[1, 0] = II
    assert score(flipped, ORDER_WEIGHTS).leader == 1


def test_unrated_analysts_are_left_out_of_a_disagreement() -> None:
    ratings = np.array(
        [
            [[N, I]],
            [[I, I]],
            [[U, U]],
        ],
        dtype=np.int8,
    )
    names = ["A", "B", "C"]
    cons = consensus(ratings)
    # (0,0): N, I -> -0.5 -> N; (0,1): I
    assert cons.tolist() == [[N, I]]
    result = disagreements(ratings, names, cons, score(cons, np.ones(1)))
    assert [(d.row, d.column) for d in result] == [(0, 0)]
    assert result[0].ratings == {"A": "N", "B": "I"}


def test_no_disagreements() -> None:
    agreed = np.array([[[C, I]], [[C, I]]], dtype=np.int8)
    cons = consensus(agreed)
    assert disagreements(agreed, ["A", "B"], cons, score(cons, np.ones(1))) == []
    # one hypothesis: nothing to lead over
    single = np.array([[[C]], [[I]]], dtype=np.int8)
    cons1 = consensus(single)
    assert disagreements(single, ["A", "B"], cons1, score(cons1, np.ones(1))) == []


def test_disagreement_overturning_a_tie_break_leader_is_flagged() -> None:
    ratings = np.array(
        [
            [[II, I], [N, I]],
            [[II, I], [N, I]],
            [[II, I], [I, I]],
        ],
        dtype=np.int8,
    )
    cons = consensus(ratings)
    # consensus [[II, I], [N, I]]: W = [-2, -2], counts [1, 2] -> H0 leads on the count, margin 0
    assert cons.tolist() == [[II, I], [N, I]]
    s = score(cons, np.ones(2))
    assert s.leader == 0 and s.margin == 0.0
    # X's I at (1,0): H0 = -3 < H1 = -2 -> H1 leads
    flipped = cons.copy()
    flipped[1, 0] = I
    assert score(flipped, np.ones(2)).leader == 1
    result = disagreements(ratings, ["A", "B", "X"], cons, s)
    assert [(d.row, d.column) for d in result] == [(1, 0)]
    assert result[0].changes_leader  # got False


def test_disagreement_that_only_ties_is_not_a_change_of_leader() -> None:
    ratings = np.array(
        [
            [[N, I], [N, I], [I, N]],
            [[N, I], [N, I], [I, N]],
            [[N, I], [N, I], [II, N]],
        ],
        dtype=np.int8,
    )
    cons = consensus(ratings)
    s = score(cons, np.ones(3))
    # consensus W: H0 = -1 (count 1); H1 = -2 (count 2) -> H0, margin 1
    assert s.leader == 0 and s.margin == pytest.approx(1.0)
    # X's II at (2,0): H0 = -2 (count 1) ties H1 = -2 (count 2) -> H0 still leads on the count
    flipped = cons.copy()
    flipped[2, 0] = II
    assert score(flipped, np.ones(3)).leader == 0
    result = disagreements(ratings, ["A", "B", "X"], cons, s)
    assert [(d.row, d.column) for d in result] == [(2, 0)]
    assert not result[0].changes_leader  # got True
