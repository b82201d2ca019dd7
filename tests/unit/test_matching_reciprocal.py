"""Peer pools: the reduced-cost shortcut gives the same optimum as the full graph."""

from __future__ import annotations

import numpy as np
import pytest
import rustworkx as rx
from matching_data import realistic_members

from peerdesk.enums import MatchObjective, Role
from peerdesk.matching.grid import score_grid
from peerdesk.matching.pool import Criterion, Member, Settings, build_pool
from peerdesk.matching.reciprocal import solve_reciprocal
from peerdesk.matching.solve import objective_weights
from peerdesk.program.settings import default_criteria


def peer_grid(count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    members, _prefer, _dnp = realistic_members(count, 0, seed=seed)
    peers = [Member(**{**m.__dict__, "role": Role.PEER}) for m in members]
    settings = Settings(
        criteria=tuple(Criterion(c.key, c.weight) for c in default_criteria() if c.enabled),
        reciprocal=True,
    )
    grid = score_grid(build_pool(settings, peers))
    return grid.points, grid.allowed


def dense_optimum(weights: np.ndarray) -> int:
    """Edmonds on every allowed pair of the pool, no shortcut."""
    graph = rx.PyGraph()
    graph.add_nodes_from(range(weights.shape[0]))
    graph.add_edges_from([(a, b, int(weights[a, b])) for a, b in np.argwhere(weights > 0).tolist()])
    pairs = rx.max_weight_matching(graph, weight_fn=int)
    return sum(int(weights[min(a, b), max(a, b)]) for a, b in pairs)


def matched_total(weights: np.ndarray, partner: np.ndarray) -> int:
    rows = np.flatnonzero(partner >= 0)
    assert np.array_equal(partner[partner[rows]], rows)  # a matching: partners agree
    rows = rows[rows < partner[rows]]
    return int(weights[rows, partner[rows]].sum())


@pytest.mark.parametrize("objective", [MatchObjective.BEST_SCORE, MatchObjective.MOST_MATCHED])
@pytest.mark.parametrize(("count", "seed"), [(400, 1), (401, 2), (400, 3)])
def test_400_person_pools_reach_the_full_graphs_optimum(
    objective: MatchObjective, count: int, seed: int
) -> None:
    points, allowed = peer_grid(count, seed)
    weights = np.triu(objective_weights(points, allowed, objective), 1)
    partner = solve_reciprocal(points, allowed, objective)
    assert matched_total(weights, partner) == dense_optimum(weights)
    assert all(allowed[min(a, b), max(a, b)] for a, b in enumerate(partner.tolist()) if b >= 0)


def test_odd_cycles_of_the_relaxation_still_give_the_exact_optimum() -> None:
    # Two triangles joined by a weak pair: the relaxation takes both triangles at
    # half weight; the matching must give one pair up in each.
    points = np.zeros((6, 6), dtype=np.int32)
    for a, b, p in [(0, 1, 90), (1, 2, 90), (0, 2, 90), (3, 4, 80), (4, 5, 80), (3, 5, 80)]:
        points[a, b] = p
    points[2, 3] = 10
    allowed = points > 0
    weights = np.triu(objective_weights(points, allowed, MatchObjective.BEST_SCORE), 1)
    partner = solve_reciprocal(points, allowed, MatchObjective.BEST_SCORE)
    assert matched_total(weights, partner) == dense_optimum(weights)
    assert (partner >= 0).sum() == 6
