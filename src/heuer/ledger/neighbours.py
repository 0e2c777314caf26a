"""Nearest neighbours of unit vectors: exact for small sets, approximate (sub-quadratic) for large.

Up to ``exact_limit`` base vectors, every query is scored against every base vector
(blocked matrix products, faiss's exact ``knn`` keeping the ``k`` best of each row).

Above it, the base is split into about 2·√n clusters (spherical k-means over a PCA
projection to ``reduced_dim`` dimensions, trained on a sample); each query is
scored exactly, with the full vectors, against the members of the ``probes``
clusters whose centres are nearest to it. The work is done cluster by cluster, so
each step is one dense matrix product (the queries that probe a cluster times its
members) instead of a gather per query, and the ``k`` best of each query over its
probed clusters are kept. A reported similarity is therefore always the exact
cosine; only a pair whose base vector lies in none of the query's probed clusters
can be missed (``bench/bench_matching.py`` measures how often: at 100,000 MiniLM
vectors it finds over 0.95 of the exact all-pairs result, at least 20 times faster).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

Neighbours = list[list[tuple[int, float]]]  # per query: (base row, cosine), best first

_CLUSTERS_PER_ROOT = 2.0  # clusters = this * sqrt(n)
_SAMPLE_PER_CLUSTER = 32  # k-means training points per cluster
_KMEANS_ITERATIONS = 12
_THREADS = 0  # threads scoring clusters (0: as many as faiss would use)


@dataclass(frozen=True)
class NeighbourSearch:
    k: int = 16
    min_similarity: float = 0.3
    exact_limit: int = 20_000
    reduced_dim: int = 64
    probes: int = 8
    block: int = 2048

    def find(self, base: np.ndarray, queries: np.ndarray) -> Neighbours:
        """For each query row, up to ``k`` base rows with cosine >= ``min_similarity``."""
        if len(base) == 0 or len(queries) == 0:
            return [[] for _ in range(len(queries))]
        if len(base) <= self.exact_limit:
            return self.exact(base, queries)
        return self.approximate(base, queries)

    def exact(self, base: np.ndarray, queries: np.ndarray) -> Neighbours:
        import faiss

        base, queries = _float32(base), _float32(queries)
        k = min(self.k, len(base))
        sims = np.empty((len(queries), k), dtype=np.float32)
        rows = np.empty((len(queries), k), dtype=np.int64)
        for start in range(0, len(queries), self.block):
            stop = start + self.block
            sims[start:stop], rows[start:stop] = faiss.knn(queries[start:stop], base, k,
                                                           metric=faiss.METRIC_INNER_PRODUCT)
        return self._lists(rows, sims)

    def approximate(self, base: np.ndarray, queries: np.ndarray) -> Neighbours:
        import faiss

        base, queries = _float32(base), _float32(queries)
        n, dim = base.shape
        reduced = min(self.reduced_dim, dim)
        if n < 16 * max(reduced, self.k):
            return self.exact(base, queries)  # too few to cluster; exact is cheap anyway
        clusters = max(16, int(_CLUSTERS_PER_ROOT * np.sqrt(n)))
        rng = np.random.default_rng(0)
        sample = rng.choice(n, min(n, clusters * _SAMPLE_PER_CLUSTER), replace=False)
        pca = faiss.PCAMatrix(dim, reduced)
        pca.train(base[sample])

        def project(vectors: np.ndarray) -> np.ndarray:
            out = pca.apply(vectors)
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
            return out

        projected = project(base)
        kmeans = faiss.Kmeans(reduced, clusters, niter=_KMEANS_ITERATIONS, spherical=True, seed=1,
                              min_points_per_centroid=1, max_points_per_centroid=_SAMPLE_PER_CLUSTER)
        kmeans.train(projected[sample])
        centres = faiss.IndexFlatIP(reduced)
        centres.add(kmeans.centroids)
        owner = centres.search(projected, 1)[1][:, 0]
        del projected
        probes = min(self.probes, clusters)
        probed = centres.search(project(queries), probes)[1]  # (query, probe rank) -> cluster

        members = np.argsort(owner, kind="stable")  # base rows, cluster by cluster
        member_start = np.searchsorted(owner[members], np.arange(clusters + 1))
        visits = np.argsort(probed, axis=None, kind="stable")  # flat (query, rank) entries, cluster by cluster
        visit_start = np.searchsorted(probed.ravel()[visits], np.arange(clusters + 1))

        # the k best of each query in each of its probed clusters; shard r holds its r-th nearest cluster
        k = min(self.k, n)
        nq = len(queries)
        shard_sims = np.full((probes * nq, k), -np.inf, dtype=np.float32)
        shard_rows = np.full((probes * nq, k), -1, dtype=np.int64)

        def score(some_clusters: range) -> None:
            faiss.omp_set_num_threads(1)  # this thread only: threads take clusters, not faiss's own threads
            for cluster in some_clusters:
                first, last = int(member_start[cluster]), int(member_start[cluster + 1])
                entries = visits[visit_start[cluster] : visit_start[cluster + 1]]
                if first == last or len(entries) == 0:
                    continue
                query_rows, rank = np.divmod(entries, probes)
                keep = min(k, last - first)
                sims, rows = faiss.knn(queries[query_rows], base[members[first:last]], keep,
                                       metric=faiss.METRIC_INNER_PRODUCT)
                slots = rank * nq + query_rows  # each (query, rank) slot belongs to one cluster only
                shard_sims[slots, :keep] = sims
                shard_rows[slots, :keep] = members[first + rows]

        threads = max(1, min(_THREADS or faiss.omp_get_max_threads(), clusters))
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(score, [range(t, clusters, threads) for t in range(threads)]))
        sims, rows = faiss.merge_knn_results(shard_sims.reshape(probes, nq, k), shard_rows.reshape(probes, nq, k),
                                             keep_max=True)
        return self._lists(rows, sims, ordered=True)

    def _lists(self, rows: np.ndarray, sims: np.ndarray, ordered: bool = False) -> Neighbours:
        """Per query row, the (base row, cosine) pairs at or above ``min_similarity``, best first."""
        if not ordered:
            order = np.argsort(-sims, axis=1, kind="stable")
            sims = np.take_along_axis(sims, order, axis=1)
            rows = np.take_along_axis(rows, order, axis=1)
        counts = ((sims >= self.min_similarity) & (rows >= 0)).sum(axis=1).tolist()
        return [list(zip(r[:c], s[:c], strict=True)) for r, s, c in zip(rows.tolist(), sims.tolist(), counts,
                                                                         strict=True)]


def _float32(vectors: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(vectors, dtype=np.float32)
