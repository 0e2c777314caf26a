"""Scores of one ACH matrix, vectorised: rows are evidence items, columns hypotheses.

Formulas (also in docs/ach.md):

- Heuer's inconsistency count of hypothesis h: the number of items rated I or II
  against h (Heuer: the hypothesis with the fewest inconsistencies is the most likely;
  consistent evidence proves little because it fits several hypotheses).
- Weighted inconsistency (PARC ACH style): ``W(h) = sum_e w_e * v(e, h)`` with
  ``v = -2`` for II, ``-1`` for I and 0 otherwise, and the item's weight
  ``w_e = credibility x relevance x independence x standing`` (credibility and relevance
  weights: low 1/sqrt 2, medium 1, high sqrt 2). W is 0 or negative; closer to 0 is better.
- Ranking: by W (closest to 0 first), ties broken by the count; equal on both share a rank.
- Bayesian variant: ``P(h | E) ~ prior(h) x prod_e L(e, h) ** w_e`` with the likelihoods of
  :data:`heuer.ach.scales.LIKELIHOOD`, normalised over the hypotheses; hypotheses marked as
  not mutually exclusive get their own odds against the mean likelihood of the others.
- Independence: items whose claims trace back to the same origin share one vote: each
  diagnostic item of a group of n diagnostic items gets independence 1/n. Non-diagnostic
  items never change the group's count, so adding one can never change the ranking.
- Diagnosticity: an item rated the same against every hypothesis (NA included) is
  non-diagnostic; its spread is the largest minus the smallest rating (II = -2 ... CC = +2).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from heuer.ach import scales

TOLERANCE = 1e-9


@dataclass(frozen=True)
class MatrixScores:
    """Every score of one matrix, as arrays aligned with its rows (E) and columns (H)."""

    inconsistency: np.ndarray  # (H,) int: Heuer's count of I/II cells
    weighted: np.ndarray  # (H,) float: weighted inconsistency, <= 0
    posterior: np.ndarray  # (H,) float: Bayesian posterior (or own odds for non-exclusive ones)
    rank: np.ndarray  # (H,) int: 1 = least inconsistent; ties share a rank
    diagnostic: np.ndarray  # (E,) bool
    spread: np.ndarray  # (E,) float: largest minus smallest rating, 0..4
    independence: np.ndarray  # (E,) float
    weights: np.ndarray  # (E,) float: base weight x independence
    contributions: np.ndarray  # (E, H) float: w_e * v(e, h)

    @property
    def leader(self) -> int:
        """Column of the leading hypothesis (the first of several tied at rank 1)."""
        return int(leading(self.weighted, self.inconsistency))

    @property
    def margin(self) -> float:
        """How far the leader's weighted score is ahead of the runner-up's (0 when tied)."""
        if self.weighted.size < 2:
            return 0.0
        others = np.delete(self.weighted, self.leader)
        return float(self.weighted[self.leader] - others.max())


def normalise(codes: np.ndarray) -> np.ndarray:
    """Rating codes as int8 with unrated cells read as NA."""
    codes = np.asarray(codes, dtype=np.int8)
    return np.where(codes == scales.UNRATED, np.int8(scales.NA), codes)


def diagnostic_rows(codes: np.ndarray) -> np.ndarray:
    """True for items not rated the same against every hypothesis."""
    if codes.shape[1] == 0:
        return np.zeros(codes.shape[0], dtype=bool)
    return ~(codes == codes[:, :1]).all(axis=1)


def spread(codes: np.ndarray) -> np.ndarray:
    ordinal = scales.ORDINAL[codes]
    rated = ~np.isnan(ordinal)
    high = np.where(rated, ordinal, -np.inf).max(axis=1, initial=-np.inf)
    low = np.where(rated, ordinal, np.inf).min(axis=1, initial=np.inf)
    return np.where(rated.sum(axis=1) >= 2, high - low, 0.0)


def independence(groups: np.ndarray, diagnostic: np.ndarray) -> np.ndarray:
    """1/n for the n diagnostic items of one origin group; items with group -1 stand alone."""
    groups = np.asarray(groups, dtype=np.int64)
    result = np.ones(groups.shape[0])
    grouped = groups >= 0
    if not grouped.any():
        return result
    sizes = np.bincount(groups[grouped & diagnostic], minlength=int(groups.max()) + 1)
    size = sizes[np.where(grouped, groups, 0)]
    result = np.where(grouped & diagnostic, 1.0 / np.maximum(size, 1), result)
    return np.where(grouped & ~diagnostic, 1.0 / (size + 1), result)


def leading(weighted: np.ndarray, counts: np.ndarray) -> np.ndarray | int:
    """Column of the best hypothesis, row by row for 2-D inputs: highest weighted score,
    then fewest inconsistencies, then the first column."""
    best = weighted.max(axis=-1, keepdims=True)
    tied = weighted >= best - TOLERANCE
    return np.where(tied, counts, np.iinfo(np.int64).max).argmin(axis=-1)


def ranks(weighted: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Competition ranks (1, 2, 2, 4 ...): 1 + the number of hypotheses strictly better."""
    w_a, w_b = weighted[:, None], weighted[None, :]
    c_a, c_b = counts[:, None], counts[None, :]
    better = (w_b > w_a + TOLERANCE) | ((np.abs(w_b - w_a) <= TOLERANCE) & (c_b < c_a))
    return 1 + better.sum(axis=1)


def likelihoods(codes: np.ndarray) -> np.ndarray:
    """P(e | h) per cell; NA cells take the mean of the item's rated cells (0.5 when none)."""
    values = scales.LIKELIHOOD[codes]
    rated = ~np.isnan(values)
    count = rated.sum(axis=1, keepdims=True)
    mean = np.where(count > 0, np.where(rated, values, 0.0).sum(axis=1, keepdims=True) / np.maximum(count, 1), 0.5)
    return np.where(rated, values, mean)


def evidence_terms(codes: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per item and hypothesis, what the item adds to the log posterior (``w log L``) and to a
    hypothesis' own log odds against the mean likelihood of the others; both sum over items."""
    n_hyp = codes.shape[1]
    log_l = np.log(likelihoods(codes))
    shared = weights[:, None] * log_l
    if n_hyp > 1:
        like = np.exp(log_l)
        others = (like.sum(axis=1, keepdims=True) - like) / (n_hyp - 1)
        own = weights[:, None] * (log_l - np.log(others))
    else:
        own = weights[:, None] * (log_l - np.log(0.5))
    return shared, own


def posterior_from_terms(shared: np.ndarray, own: np.ndarray, priors: np.ndarray | None = None,
                         standalone: np.ndarray | None = None) -> np.ndarray:
    """Posteriors from summed evidence terms (H,) or (rows, H)."""
    n_hyp = shared.shape[-1]
    if n_hyp == 0:
        return np.zeros(shared.shape)
    prior = np.full(n_hyp, 1.0 / n_hyp) if priors is None else np.asarray(priors, dtype=float)
    prior = prior / prior.sum()
    log_post = np.log(prior) + shared
    log_post = log_post - log_post.max(axis=-1, keepdims=True)
    result = np.exp(log_post)
    result /= result.sum(axis=-1, keepdims=True)
    if standalone is not None and np.any(standalone):
        result = np.where(standalone, 1.0 / (1.0 + np.exp(-own)), result)
    return result


def posterior(codes: np.ndarray, weights: np.ndarray, priors: np.ndarray | None = None,
              standalone: np.ndarray | None = None) -> np.ndarray:
    """Bayesian posteriors (see the module docstring and :data:`scales.BAYES_ASSUMPTIONS`)."""
    if codes.shape[1] == 0:
        return np.zeros(0)
    shared, own = evidence_terms(codes, weights)
    return posterior_from_terms(shared.sum(axis=0), own.sum(axis=0), priors, standalone)


def score(codes: np.ndarray, base_weights: np.ndarray, groups: np.ndarray | None = None,
          priors: np.ndarray | None = None, standalone: np.ndarray | None = None) -> MatrixScores:
    """Score one matrix of rating codes (E x H) with per-item base weights and origin groups."""
    codes = normalise(codes)
    n_items = codes.shape[0]
    base = np.asarray(base_weights, dtype=float).reshape(n_items)
    groups = np.full(n_items, -1) if groups is None else np.asarray(groups)
    diagnostic = diagnostic_rows(codes)
    indep = independence(groups, diagnostic)
    weights = base * indep
    contributions = weights[:, None] * scales.INCONSISTENCY[codes]
    weighted = contributions.sum(axis=0)
    counts = scales.IS_INCONSISTENT[codes].sum(axis=0)
    return MatrixScores(
        inconsistency=counts,
        weighted=weighted,
        posterior=posterior(codes, weights, priors, standalone),
        rank=ranks(weighted, counts),
        diagnostic=diagnostic,
        spread=spread(codes),
        independence=indep,
        weights=weights,
        contributions=contributions,
    )
