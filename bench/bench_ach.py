#!/usr/bin/env python3
"""ACH recompute speed: heuer's numpy scoring against a plain-Python baseline on the same case.

Usage:
  python bench/bench_ach.py                 # 50 hypotheses x 1,000 evidence items x 5 analysts
  options: --hypotheses N --evidence N --analysts N
           --repeat N    timing rounds, best of N (default 20)
           --seed N      case seed (default 7)
           --agreement P chance an analyst gives a cell's underlying rating (default 0.8;
                         about half the cells end up disputed among 5 analysts)

The case is random but shaped like a real one: each cell has an underlying rating,
mostly N or C with some CC, I, II and NA; each analyst keeps it or, now and then,
rates the cell differently (--agreement); about 2% of an analyst's cells are still unrated, and
about 5% of the items are rated the same against every hypothesis (non-diagnostic).
Item weights are credibility x relevance, each low (1/sqrt 2), medium (1) or high
(sqrt 2); about 30% of the items trace to shared origins, in groups of 2-10 items.

Timed, best of --repeat rounds with time.perf_counter, in one run:

* heuer recompute: ``analysts.consensus`` + ``scoring.score`` on the consensus +
  ``analysts.disagreements`` (what the workbench does after every rating change);
* heuer sensitivity: ``sensitivity.analyse`` (scores the matrix again, every item's
  what-ifs, the overturning set, and one dropped and one inverted re-score per origin);
* baseline: the same consensus, diagnostic flags, independence, weighted inconsistency,
  counts, ranks and posterior written as nested Python loops over lists (no numpy).
  It does less than the heuer recompute (no disagreements), so the ratio is conservative;
  heuer's consensus + score alone is printed too.

The baseline's results are compared with heuer's (consensus codes, counts, ranks,
diagnostic flags exactly; weighted scores and posteriors to 1e-9) and the script prints
``agree: True/False``. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import math
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from heuer.ach import analysts, scales, scoring, sensitivity
from heuer.ach.analysis import DISAGREEMENTS_SHOWN

TARGET_MS = 20.0
TOLERANCE = 1e-9

# share of each rating among the underlying cell ratings: CC, C, N, I, II, NA
RATING_MIX = np.array([0.05, 0.30, 0.42, 0.12, 0.04, 0.07])
AGREEMENT = 0.8  # chance an analyst gives the underlying rating
UNRATED_SHARE = 0.02
NON_DIAGNOSTIC_SHARE = 0.05
GROUPED_SHARE = 0.30


@dataclass(frozen=True)
class Case:
    """One synthetic ACH case: analysts' ratings, item weights and origin groups."""

    ratings: np.ndarray  # (A, E, H) int8 codes, UNRATED allowed
    names: list[str]
    base_weights: np.ndarray  # (E,) credibility x relevance
    credibility: np.ndarray  # (E,)
    groups: np.ndarray  # (E,) origin group or -1


def make_case(n_hyp: int, n_items: int, n_analysts: int, seed: int, agreement: float = AGREEMENT) -> Case:
    """A seeded random case shaped like a real matrix (see the module docstring)."""
    rng = np.random.default_rng(seed)
    underlying = rng.choice(6, size=(n_items, n_hyp), p=RATING_MIX)
    flat = rng.random(n_items) < NON_DIAGNOSTIC_SHARE
    underlying[flat] = rng.choice([scales.CODES["N"], scales.CODES["C"], scales.NA], size=(int(flat.sum()), 1))
    ratings = np.broadcast_to(underlying, (n_analysts, n_items, n_hyp)).copy()
    other = rng.random(ratings.shape) > agreement
    other &= ~flat[None, :, None]  # analysts agree on the flat items, so they stay non-diagnostic
    ratings[other] = rng.choice(6, size=int(other.sum()), p=RATING_MIX)
    ratings[rng.random(ratings.shape) < UNRATED_SHARE] = scales.UNRATED

    levels = np.array([scales.LOW, scales.MEDIUM, scales.HIGH])
    credibility = levels[rng.choice(3, size=n_items, p=[0.25, 0.45, 0.30])]
    relevance = levels[rng.choice(3, size=n_items, p=[0.30, 0.45, 0.25])]

    groups = np.full(n_items, -1, dtype=np.int64)
    order = rng.permutation(n_items)
    placed, group, target = 0, 0, int(round(GROUPED_SHARE * n_items))
    while placed + 2 <= target:
        size = min(int(rng.integers(2, 11)), target - placed)
        groups[order[placed:placed + size]] = group
        placed, group = placed + size, group + 1
    names = [f"analyst{i + 1}" for i in range(n_analysts)]
    return Case(ratings.astype(np.int8), names, credibility * relevance, credibility, groups)


# ---------------------------------------------------------------- plain-Python baseline

ORDINAL = [2, 1, 0, -1, -2, None, None]
INCONSISTENCY = [0.0, 0.0, 0.0, -1.0, -2.0, 0.0, 0.0]
LIKELIHOOD = [0.9, 0.7, 0.5, 0.3, 0.1, None, None]
NA, UNRATED = scales.NA, scales.UNRATED


@dataclass
class BaselineScores:
    consensus: list[list[int]]
    diagnostic: list[bool]
    weights: list[float]
    weighted: list[float]
    counts: list[int]
    rank: list[int]
    posterior: list[float]


def baseline(ratings: list[list[list[int]]], base_weights: list[float], groups: list[int]) -> BaselineScores:
    """Consensus and scores with nested loops over lists, following heuer's formulas."""
    n_analysts, n_items, n_hyp = len(ratings), len(ratings[0]), len(ratings[0][0])

    # consensus: NA on a majority of NA, else the median of the ordinal values, halves towards N
    cons: list[list[int]] = []
    for e in range(n_items):
        row = []
        for h in range(n_hyp):
            n_rated = n_na = 0
            values = []
            for a in range(n_analysts):
                c = ratings[a][e][h]
                if c == UNRATED:
                    continue
                n_rated += 1
                if c == NA:
                    n_na += 1
                else:
                    values.append(ORDINAL[c])
            if n_rated == 0:
                row.append(UNRATED)
            elif 2 * n_na > n_rated or not values:
                row.append(NA)
            else:
                values.sort()
                k = len(values)
                median = int((values[(k - 1) // 2] + values[k // 2]) / 2)  # int() truncates towards 0
                row.append(2 - median)
        cons.append(row)

    # diagnostic flags (unrated read as NA)
    codes = [[NA if c == UNRATED else c for c in row] for row in cons]
    diagnostic = []
    for row in codes:
        first = row[0]
        diagnostic.append(any(c != first for c in row))

    # independence: 1/n for the n diagnostic items of an origin, 1/(n+1) for its other items
    group_size: dict[int, int] = {}
    for e in range(n_items):
        if groups[e] >= 0 and diagnostic[e]:
            group_size[groups[e]] = group_size.get(groups[e], 0) + 1
    weights = []
    for e in range(n_items):
        g = groups[e]
        if g < 0:
            indep = 1.0
        elif diagnostic[e]:
            indep = 1.0 / group_size[g]
        else:
            indep = 1.0 / (group_size.get(g, 0) + 1)
        weights.append(base_weights[e] * indep)

    # weighted inconsistency and Heuer's counts
    weighted = [0.0] * n_hyp
    counts = [0] * n_hyp
    for e in range(n_items):
        w = weights[e]
        row = codes[e]
        for h in range(n_hyp):
            v = INCONSISTENCY[row[h]]
            if v != 0.0:
                weighted[h] += w * v
                counts[h] += 1

    # competition ranks: 1 + the number strictly better (weighted, then count)
    rank = []
    for a in range(n_hyp):
        better = 0
        for b in range(n_hyp):
            if weighted[b] > weighted[a] + TOLERANCE or (
                abs(weighted[b] - weighted[a]) <= TOLERANCE and counts[b] < counts[a]
            ):
                better += 1
        rank.append(1 + better)

    # posterior with equal priors: sum of w * log L, NA cells at the mean of the item's rated cells
    log_post = [math.log(1.0 / n_hyp)] * n_hyp
    for e in range(n_items):
        row = codes[e]
        rated = [LIKELIHOOD[c] for c in row if LIKELIHOOD[c] is not None]
        mean = sum(rated) / len(rated) if rated else 0.5
        w = weights[e]
        for h in range(n_hyp):
            like = LIKELIHOOD[row[h]]
            log_post[h] += w * math.log(mean if like is None else like)
    top = max(log_post)
    raw = [math.exp(x - top) for x in log_post]
    total = sum(raw)
    posterior = [x / total for x in raw]
    return BaselineScores(cons, diagnostic, weights, weighted, counts, rank, posterior)


# ---------------------------------------------------------------- timing


def best_ms(fn: Callable[[], object], repeat: int) -> float:
    """Best wall time of ``repeat`` calls, in milliseconds (one untimed warm-up call first)."""
    fn()
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000.0


def agree(ref: BaselineScores, cons: np.ndarray, s: scoring.MatrixScores) -> bool:
    """Whether the baseline and heuer give the same consensus, flags, counts, ranks and scores."""
    checks = {
        "consensus": cons.tolist() == ref.consensus,
        "diagnostic": s.diagnostic.tolist() == ref.diagnostic,
        "counts": s.inconsistency.tolist() == ref.counts,
        "rank": s.rank.tolist() == ref.rank,
        "weighted": bool(np.allclose(s.weighted, ref.weighted, rtol=0, atol=TOLERANCE)),
        "posterior": bool(np.allclose(s.posterior, ref.posterior, rtol=0, atol=TOLERANCE)),
        "leader": int(s.leader) == int(scoring.leading(np.array(ref.weighted), np.array(ref.counts))),
    }
    for name, ok in checks.items():
        if not ok:
            print(f"  mismatch: {name}")
    return all(checks.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hypotheses", type=int, default=50)
    parser.add_argument("--evidence", type=int, default=1000)
    parser.add_argument("--analysts", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--agreement", type=float, default=AGREEMENT)
    args = parser.parse_args(argv)

    case = make_case(args.hypotheses, args.evidence, args.analysts, args.seed, args.agreement)
    ratings, weights, groups, cred = case.ratings, case.base_weights, case.groups, case.credibility
    n_groups = len(np.unique(groups[groups >= 0]))
    share = np.bincount(ratings.ravel(), minlength=7) / ratings.size
    print(f"python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}")
    print(f"case: {args.hypotheses} hypotheses x {args.evidence} evidence x {args.analysts} analysts, "
          f"seed {args.seed}, agreement {args.agreement}; {n_groups} origin groups holding {int((groups >= 0).sum())} items")
    print("ratings: " + ", ".join(f"{r} {share[i]:.1%}" for i, r in enumerate(scales.RATINGS))
          + f", unrated {share[scales.UNRATED]:.1%}")

    def recompute() -> tuple[np.ndarray, scoring.MatrixScores, list[analysts.Disagreement]]:
        cons = analysts.consensus(ratings)
        s = scoring.score(cons, weights, groups)
        return cons, s, analysts.disagreements(ratings, case.names, cons, s, limit=DISAGREEMENTS_SHOWN)

    def consensus_and_score() -> scoring.MatrixScores:
        return scoring.score(analysts.consensus(ratings), weights, groups)

    def disagreements_only() -> list[analysts.Disagreement]:
        return analysts.disagreements(ratings, case.names, cons, s, limit=DISAGREEMENTS_SHOWN)

    def sensitivity_run() -> sensitivity.Sensitivity:
        return sensitivity.analyse(analysts.consensus(ratings), weights, groups, credibility_weights=cred)

    lists = (ratings.tolist(), weights.tolist(), groups.tolist())  # the baseline's own data layout

    def baseline_run() -> BaselineScores:
        return baseline(*lists)

    cons, s, dis = recompute()
    sens = sensitivity_run()
    ref = baseline_run()
    ok = agree(ref, cons, s)
    print(f"heuer: leader H{s.leader}, margin {s.margin:.3f}, {int(s.diagnostic.sum())} diagnostic items, "
          f"{int(analysts.disputed(ratings).sum())} disputed cells ({sum(d.changes_leader for d in dis)} of the "
          f"{len(dis)} most consequential could change the leader); "
          f"overturning set of {len(sens.overturning_set)} items")
    print(f"agree: {ok}")

    t_recompute = best_ms(recompute, args.repeat)
    t_score = best_ms(consensus_and_score, args.repeat)
    t_dis = best_ms(disagreements_only, args.repeat)
    t_sens = best_ms(sensitivity_run, args.repeat)
    t_base = best_ms(baseline_run, args.repeat)
    print(f"\nbest of {args.repeat}:")
    print(f"  heuer recompute (consensus + score + disagreements) {t_recompute:9.2f} ms")
    print(f"  heuer consensus + score only                       {t_score:9.2f} ms")
    print(f"  of which analysts.disagreements alone              {t_dis:9.2f} ms")
    print(f"  heuer sensitivity.analyse (incl. consensus)        {t_sens:9.2f} ms")
    print(f"  plain-Python baseline (consensus + scores)         {t_base:9.2f} ms")
    print(f"  ratio baseline / heuer recompute: {t_base / t_recompute:.1f}x; "
          f"baseline / heuer consensus + score: {t_base / t_score:.1f}x")
    verdict = "holds" if t_recompute < TARGET_MS else "does NOT hold"
    print(f"target < {TARGET_MS:.0f} ms recompute: {verdict} ({t_recompute:.2f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
