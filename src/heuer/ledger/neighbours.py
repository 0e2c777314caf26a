"""Nearest neighbours of unit vectors: exact for small sets, approximate (sub-quadratic) for large.

Up to ``exact_limit`` base vectors, similarities are one blocked matrix product.
Above it, an inverted-file index (faiss ``IndexIVFFlat``, about 4·√n lists) over a
PCA projection to ``reduced_dim`` dimensions proposes candidates by probing a few
lists, and every candidate is re-scored exactly with the full vectors, so a
reported similarity is always exact; only a pair the index never proposes can be
missed (``bench/bench_matching.py`` measures how often).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Neighbours = list[list[tuple[int, float]]]  # per query: (base row, cosine), best first


@dataclass(frozen=True)
class NeighbourSearch:
    k: int = 16
    min_similarity: float = 0.3
    exact_limit: int = 20_000
    reduced_dim: int = 64
    probes: int = 6
    block: int = 2048

    def find(self, base: np.ndarray, queries: np.ndarray) -> Neighbours:
        """For each query row, up to ``k`` base rows with cosine >= ``min_similarity``."""
        if len(base) == 0 or len(queries) == 0:
            return [[] for _ in range(len(queries))]
        if len(base) <= self.exact_limit:
            return self.exact(base, queries)
        return self.approximate(base, queries)

    def exact(self, base: np.ndarray, queries: np.ndarray) -> Neighbours:
        out: Neighbours = []
        k = min(self.k, len(base))
        for start in range(0, len(queries), self.block):
            sims = queries[start : start + self.block] @ base.T
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            for row, candidates in enumerate(top):
                out.append(self._keep(candidates, sims[row, candidates]))
        return out

    def approximate(self, base: np.ndarray, queries: np.ndarray) -> Neighbours:
        import faiss

        dim = base.shape[1]
        rng = np.random.default_rng(0)
        lists = max(16, int(4 * np.sqrt(len(base))))
        sample = base[rng.choice(len(base), min(len(base), lists * 40), replace=False)]
        reduced = min(self.reduced_dim, dim)
        pca = faiss.PCAMatrix(dim, reduced)
        pca.train(sample)
        projected_base = pca.apply(base)
        projected_base /= np.maximum(np.linalg.norm(projected_base, axis=1, keepdims=True), 1e-9)
        quantizer = faiss.IndexFlatIP(reduced)
        index = faiss.IndexIVFFlat(quantizer, reduced, lists, faiss.METRIC_INNER_PRODUCT)
        index.cp.niter = 10
        index.cp.min_points_per_centroid = 1
        projected_sample = pca.apply(sample)
        projected_sample /= np.maximum(np.linalg.norm(projected_sample, axis=1, keepdims=True), 1e-9)
        index.train(projected_sample)
        index.add(projected_base)
        index.nprobe = self.probes
        projected_queries = pca.apply(queries)
        projected_queries /= np.maximum(np.linalg.norm(projected_queries, axis=1, keepdims=True), 1e-9)
        _, candidates = index.search(projected_queries, min(self.k * 2, len(base)))
        out: Neighbours = []
        for row, found in enumerate(candidates):
            found = found[found >= 0]
            sims = base[found] @ queries[row]
            out.append(self._keep(found, sims)[: self.k])
        return out

    def _keep(self, candidates: np.ndarray, sims: np.ndarray) -> list[tuple[int, float]]:
        order = np.argsort(-sims)
        return [
            (int(candidates[i]), float(sims[i])) for i in order if sims[i] >= self.min_similarity
        ]
