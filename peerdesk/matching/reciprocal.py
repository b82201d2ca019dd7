"""Reciprocal mode: one pool of equals, paired with each other.

This is a maximum-weight matching on a general graph (a peer may pair with any
other peer, so odd cycles matter and the bipartite solver alone does not
apply). The exact algorithm is Edmonds' blossom method, from rustworkx
(``rustworkx.max_weight_matching``, the NetworkX algorithm compiled). Even
compiled, it slows down on a whole pool of thousands where every pair is an
edge, so it only sees the pairs that can still matter; the rest are ruled out
by a proof:

1. **Relaxation.** Each peer is split into an "asking" and an "answering" copy
   and the bipartite solver (:func:`peerdesk.matching.solve.solve_assignment`,
   exact and certified) pairs askers with answerers. Any matching of peers is
   such an assignment twice over, so its best total ``D`` is at least twice
   any matching's total, and its duals give each peer a value ``2y = u + v``
   with ``2y_a + 2y_b >= 2w_ab`` on every allowed pair.
2. **Reduced-cost fixing.** For any matching ``M``:
   ``2w(M) = D - (sum over M of the reduced costs 2y_a + 2y_b - 2w_ab)
   - (sum of 2y over the peers M leaves alone)``, every term ``>= 0``. So a
   matching at least as good as one of total ``W`` only uses pairs whose
   reduced cost is at most ``D - 2W``.
3. **Loop.** Solve exactly on the pairs of reduced cost ``<= r`` (at first
   about five per peer); its total ``W`` gives the gap ``D - 2W``. When the
   gap is ``<= r`` no pair left out can be in a better matching: the answer is
   the optimum of the whole pool. Otherwise ``r`` becomes the gap and the loop
   repeats (at the latest with every pair, so it always ends exact).

Weights are whole numbers, so every comparison is exact.
"""

from __future__ import annotations

import logging

import numpy as np
import rustworkx as rx
from numpy.typing import NDArray

from peerdesk.enums import MatchObjective
from peerdesk.matching.solve import objective_weights, solve_assignment
from peerdesk.progress import Progress

log = logging.getLogger(__name__)

FIRST_PER_PEER = 5  # pairs per peer in the first solve

Ints = NDArray[np.int64]


def _blossom(sym: Ints, edges: NDArray[np.intp]) -> NDArray[np.intp]:
    """Edmonds' exact maximum-weight matching on the given pairs: each peer's partner or -1."""
    n = sym.shape[0]
    graph = rx.PyGraph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(
        [(a, b, int(sym[a, b])) for a, b in edges.tolist()]  # sorted: same input, same pairs
    )
    partner = np.full(n, -1, dtype=np.intp)
    for a, b in rx.max_weight_matching(graph, weight_fn=int):
        partner[a], partner[b] = b, a
    return partner


def _weight(sym: Ints, partner: NDArray[np.intp]) -> int:
    rows = np.flatnonzero(partner >= 0)
    return int(sym[rows, partner[rows]].sum()) // 2


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
    weights = np.triu(objective_weights(points, allowed, objective), 1)
    partner = np.full(n, -1, dtype=np.intp)
    if n < 2 or not (weights > 0).any():
        return partner
    sym = weights + weights.T
    upper = weights > 0
    relaxed = solve_assignment(sym, np.ones(n, dtype=np.int64), progress=progress)
    if relaxed.duals is None:  # the bipartite safety net ran: no bound, solve every pair
        log.warning("no bound from the relaxation; solving every pair of the pool")
        return _blossom(sym, np.argwhere(upper))
    u, v = relaxed.duals
    bound = int(u.sum() + v.sum())  # D
    doubled = u + v
    reduced = np.where(upper, doubled[:, None] + doubled[None, :] - 2 * sym, -1)
    costs = reduced[upper]
    first = min(len(costs), FIRST_PER_PEER * n)
    limit = int(np.partition(costs, first - 1)[first - 1])
    rounds = 0
    while True:
        rounds += 1
        if progress is not None:
            progress.check()
            progress.set_progress(rounds, None, "Finding the best pairs")
        edges = np.argwhere(upper & (reduced <= limit))
        partner = _blossom(sym, edges)
        gap = bound - 2 * _weight(sym, partner)
        log.info("reciprocal round %d: %d pairs, gap %d, limit %d", rounds, len(edges), gap, limit)
        if gap <= limit:
            return partner
        limit = gap
