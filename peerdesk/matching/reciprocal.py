"""Reciprocal mode: one pool of equals, paired with each other.

This is a maximum-weight matching on a general graph (a peer may pair with any
other peer, so odd cycles matter and the bipartite solver does not apply). The
exact algorithm is Edmonds' blossom method (:mod:`peerdesk.matching._blossom`,
borrowed from NetworkX). It runs in pure Python, so, as in the bipartite
solver, it works on each peer's best candidates and then checks its dual
solution against every allowed pair of the pool: a pair with
``2w > 2u_i + 2u_j + 2z`` (z: the duals of blossoms holding both) could improve
the total and joins the candidates; when none is left the matching is proven
optimal for the whole pool.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from peerdesk.enums import MatchObjective
from peerdesk.matching._blossom import max_weight_matching
from peerdesk.matching.scoring import SCALE
from peerdesk.matching.solve import objective_weights
from peerdesk.progress import Progress

FIRST_PER_PEER = 10
MARGIN_POINTS = 5 * SCALE


def _candidates(weights: NDArray[np.int64], k: int) -> set[tuple[int, int]]:
    """Each peer's ``k`` heaviest allowed pairs, as (smaller, larger) index pairs."""
    both = np.maximum(weights, weights.T)
    n = both.shape[0]
    k = min(k, n)
    if k == 0:
        return set()
    best = np.argpartition(-both, k - 1, axis=1)[:, :k] if k < n else np.tile(np.arange(n), (n, 1))
    rows = np.repeat(np.arange(n), best.shape[1])
    cols = best.ravel()
    keep = both[rows, cols] > 0
    return {
        (min(a, b), max(a, b))
        for a, b in zip(rows[keep].tolist(), cols[keep].tolist(), strict=True)
    }


def solve_reciprocal(
    points: NDArray[np.int32],
    allowed: NDArray[np.bool_],
    objective: MatchObjective,
    *,
    progress: Progress | None = None,
) -> NDArray[np.intp]:
    """The best matching of peers; ``allowed`` holds each pair once (row < column).

    Returns each peer's partner index, or -1.
    """
    n = points.shape[0]
    weights = objective_weights(points, allowed, objective)
    weights = np.triu(weights, 1)
    partner = np.full(n, -1, dtype=np.intp)
    if n < 2 or not (weights > 0).any():
        return partner
    unit = 1 if objective == MatchObjective.MOST_MATCHED else n + 1
    margin = 2 * MARGIN_POINTS * unit
    edges = _candidates(weights, FIRST_PER_PEER)
    check = progress.check if progress is not None else None
    upper = np.triu(np.ones((n, n), dtype=bool), 1) & (weights > 0)
    rounds = 0
    while True:
        rounds += 1
        if progress is not None:
            progress.check()
            progress.set_progress(rounds, None, "Finding the best pairs")
        adjacency: dict[int, dict[int, int]] = {v: {} for v in range(n)}
        for a, b in sorted(edges):
            adjacency[a][b] = adjacency[b][a] = int(weights[a, b])
        mate, duals = max_weight_matching(adjacency, check=check)  # type: ignore[no-untyped-call]
        vertex2 = np.array([duals.vertex2.get(v, 0) for v in range(n)], dtype=np.int64)
        # Blossom duals only ever help a pair, so first look without them.
        slack = vertex2[:, None] + vertex2[None, :] - 2 * weights
        suspects = np.argwhere(upper & (slack < 0))
        short = []
        for a, b in suspects.tolist():
            if slack[a, b] + 2 * duals.common(a, b) < 0:
                short.append((a, b))
        if not short:
            break
        edges.update(short)
        near = np.argwhere(upper & (slack < margin))
        if len(near) > 2 * len(edges):
            order = np.argsort(slack[near[:, 0], near[:, 1]], kind="stable")[: 2 * len(edges)]
            near = near[order]
        edges.update((a, b) for a, b in near.tolist())
    for v, w in mate.items():
        partner[v] = w
    return partner
