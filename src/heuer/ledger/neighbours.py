"""Nearest neighbours of unit vectors: exact for small sets, approximate (sub-quadratic) for large.

Up to ``exact_limit`` base vectors (or for few queries, see :meth:`NeighbourSearch.find`), every
query is scored against every base vector (blocked matrix products: faiss's exact ``knn``, which
keeps the ``k`` best of each row).

Above it, the base is split into about 2·√n clusters (spherical k-means over a PCA
projection to ``reduced_dim`` dimensions, trained on a sample), and each query is
scored exactly, with the full vectors, against every member of up to ``probes``
clusters: those whose centres are nearest to it, skipping any whose centre is
more than ``_PROBE_MARGIN`` (cosine, in the projection) farther than the nearest
centre, so a query deep inside a cluster probes fewer than one on a border.
The work goes cluster by cluster (the queries that probe a cluster against its
members: one matrix product, its ``k`` best per query), spread over faiss's
thread count with one Python thread per core, each running faiss single-threaded
(small parallel regions stall on a busy machine); the ``k`` best of each query
over its probed clusters are then merged. A reported similarity is therefore
always the exact cosine; only a pair whose base vector lies in none of the
query's probed clusters can be missed. ``bench/bench_matching.py`` measures
speed and recall against exact all-pairs search.
"""

from __future__ import annotations

import gc
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

Neighbours = list[list[tuple[int, float]]]  # per query: (base row, cosine), best first

_CLUSTERS_PER_ROOT = 2.0  # clusters = this * sqrt(n)
_SAMPLE_PER_CLUSTER = 32  # k-means training points per cluster
_KMEANS_ITERATIONS = 12
_PROBE_MARGIN: float | None = 0.25  # probe a cluster only if its centre is this close to the nearest one's
_MIN_PROBES = 2  # ... but always the nearest two


@dataclass(frozen=True)
class NeighbourSearch:
    k: int = 16
    min_similarity: float = 0.3
    exact_limit: int = 20_000
    reduced_dim: int = 64
    probes: int = 8
    block: int = 2048

    def find(self, base: np.ndarray, queries: np.ndarray) -> Neighbours:
        """For each query row, up to ``k`` base rows with cosine >= ``min_similarity``.

        Exact up to ``exact_limit`` base vectors, and for a few queries against many (an update that
        adds a few items): while the products stay under half of ``exact_limit``², exact search costs
        less than building the clusters.
        """
        if len(base) == 0 or len(queries) == 0:
            return [[] for _ in range(len(queries))]
        if len(base) <= self.exact_limit or len(base) * len(queries) <= self.exact_limit**2 // 2:
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
        probes = min(self.probes, clusters)
        if queries is base:  # one search gives each vector's own cluster and the clusters it probes
            closeness, probed = centres.search(projected, probes)
            owner = probed[:, 0].copy()
        else:
            owner = centres.search(projected, 1)[1][:, 0]
            closeness, probed = centres.search(project(queries), probes)
        del projected
        if _PROBE_MARGIN is not None:  # skip clusters much farther than the nearest one
            far = closeness < closeness[:, :1] - _PROBE_MARGIN
            far[:, :_MIN_PROBES] = False
            probed[far] = clusters  # sorts after every real cluster, so no cluster visits it

        members = np.argsort(owner, kind="stable")  # base rows, cluster by cluster
        member_start = np.searchsorted(owner[members], np.arange(clusters + 1))
        visits = np.argsort(probed, axis=None, kind="stable")  # flat (query, rank) entries, cluster by cluster
        visit_start = np.searchsorted(probed.ravel()[visits], np.arange(clusters + 2))

        # the k best of each query in each of its probed clusters; shard r holds its r-th nearest cluster
        k = min(self.k, n)
        nq = len(queries)
        shard_sims = np.empty((probes * nq, k), dtype=np.float32)
        shard_rows = np.empty((probes * nq, k), dtype=np.int64)
        skipped = np.flip(np.divmod(visits[visit_start[clusters] :], probes), axis=0)  # (rank, query) pairs
        shard_sims[skipped[0] * nq + skipped[1]] = -np.inf
        shard_rows[skipped[0] * nq + skipped[1]] = -1

        def score(some_clusters: range) -> None:
            faiss.omp_set_num_threads(1)  # this thread only: threads take clusters, not faiss's own threads
            for cluster in some_clusters:
                entries = visits[visit_start[cluster] : visit_start[cluster + 1]]
                if len(entries) == 0:
                    continue
                query_rows, rank = np.divmod(entries, probes)
                slots = rank * nq + query_rows  # each (query, rank) slot belongs to one cluster only
                first, last = int(member_start[cluster]), int(member_start[cluster + 1])
                keep = min(k, last - first)
                if keep == 0:  # an empty cluster
                    shard_sims[slots] = -np.inf
                    shard_rows[slots] = -1
                    continue
                sims, rows = faiss.knn(queries[query_rows], base[members[first:last]], keep,
                                       metric=faiss.METRIC_INNER_PRODUCT)
                shard_sims[slots, :keep] = sims
                shard_rows[slots, :keep] = members[first + rows]
                if keep < k:
                    shard_sims[slots, keep:] = -np.inf
                    shard_rows[slots, keep:] = -1

        threads = max(1, min(faiss.omp_get_max_threads(), clusters))
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
        collecting = gc.isenabled()
        gc.disable()  # a million small tuples would otherwise set off many needless collections
        try:
            return [list(zip(r[:c], s[:c], strict=True))
                    for r, s, c in zip(rows.tolist(), sims.astype(np.float64).tolist(), counts, strict=True)]
        finally:
            if collecting:
                gc.enable()


def _float32(vectors: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(vectors, dtype=np.float32)
