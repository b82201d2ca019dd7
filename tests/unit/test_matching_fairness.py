"""Fairest pairs against a brute force, and the audit's figures recomputed by hand."""

from __future__ import annotations

import importlib
import itertools

import numpy as np
import pytest

from peerdesk.enums import MatchObjective, Role
from peerdesk.matching.fairness import audit, fairest_partners
from peerdesk.matching.pool import Member, Settings, build_pool
from peerdesk.matching.reciprocal import solve_reciprocal
from peerdesk.matching.scoring import ScoreGrid
from peerdesk.matching.solve import objective_weights, solve_assignment
from peerdesk.matching.suggest import solve_pool, suggest_for_pool


def every_assignment(allowed: np.ndarray, capacity: np.ndarray):  # type: ignore[no-untyped-def]
    n, m = allowed.shape
    for choice in itertools.product(range(-1, m), repeat=n):
        if any(c >= 0 and not allowed[i, c] for i, c in enumerate(choice)):
            continue
        if any(choice.count(j) > capacity[j] for j in range(m)):
            continue
        yield choice


@pytest.mark.parametrize("seed", range(25))
def test_fairest_equals_brute_force_on_small_pools(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(2, 6)), int(rng.integers(1, 4))
    points = rng.integers(0, 6, size=(n, m)).astype(np.int32) * 500
    allowed = rng.random((n, m)) < 0.8
    capacity = rng.integers(1, 3, size=m).astype(np.int64)
    grid = ScoreGrid(points, allowed)

    def solve(ok: np.ndarray, aim: MatchObjective) -> np.ndarray:
        return solve_assignment(objective_weights(points, ok, aim), capacity).mentor_of

    fair = fairest_partners(grid, False, solve)
    best = solve(allowed, MatchObjective.BEST_SCORE)
    size = int((best >= 0).sum())
    if size == 0:
        assert (fair < 0).all()
        return

    def key(choice: tuple[int, ...]) -> tuple[int, int, int]:
        scores = [int(points[i, c]) for i, c in enumerate(choice) if c >= 0]
        return (min(scores), len(scores), sum(scores))

    candidates = [c for c in every_assignment(allowed, capacity) if sum(x >= 0 for x in c) >= size]
    expected = max(key(c) for c in candidates)
    assert key(tuple(fair.tolist())) == expected
    best_min = min(int(points[i, c]) for i, c in enumerate(best.tolist()) if c >= 0)
    assert expected[0] >= best_min  # never a lower lowest than best total's


def people() -> list[Member]:
    members = []
    for pid, role, dept, gender in [
        (1, Role.MENTEE, "Sales", "F"),
        (2, Role.MENTEE, "Sales", "M"),
        (3, Role.MENTEE, "Legal", "F"),
        (4, Role.MENTEE, "Legal", "M"),
        (5, Role.MENTOR, "Ops", "F"),
        (6, Role.MENTOR, "Ops", "M"),
    ]:
        members.append(
            Member(
                participant_id=pid,
                name=f"Person {pid}",
                role=role,
                capacity=2 if role == Role.MENTOR else None,
                department=dept,
                custom_fields={"gender": gender, "note": f"free text {pid}"},
            )
        )
    return members


def test_the_audit_reports_lows_groups_and_wishes() -> None:
    pool = build_pool(Settings(criteria=(), default_capacity=2), people(), prefer=[(1, 5), (3, 6)])
    n, m = len(pool.mentees), len(pool.mentors)
    points = np.array([[9000, 8000], [8500, 7000], [2000, 1000], [2400, 1500]], dtype=np.int32)
    grid = ScoreGrid(points[:n, :m], np.ones((n, m), dtype=bool))
    partner_of = np.array([0, 1, 0, 1], dtype=np.intp)  # 90, 70, 20, 15
    report = audit(pool, grid, partner_of)
    assert (report.pairs, report.total, report.lowest) == (4, 195.0, 15.0)
    assert report.median == 45.0
    assert report.lowest_decile == 15.0
    assert report.below_line == 2  # 20 and 15 are under the poor-match line of 25
    assert (report.wishes, report.wishes_honoured) == (2, 1)  # 1 with 5 yes; 3 with 6 no
    columns = {g.column: g for g in report.groups}
    assert "Note" not in columns  # every value different: free text, not a group
    department = columns["Department"]
    assert department.averages["Legal"] == 17.5 and department.low_group == "Legal"
    assert "Legal" in department.sentence and "below" in department.sentence
    # F: 90, 20 and mentor 5's 90, 20 (55.0); M: 70, 15, 70, 15 (42.5), 12.5 below.
    assert columns["Gender"].averages == {"F": 55.0, "M": 42.5}
    assert columns["Gender"].low_group == "M"
    as_json = report.to_json()
    assert as_json["below_line"] == 2 and as_json["groups"][0]["column"] == "Department"


def test_fairest_through_a_run_raises_the_lowest_and_keeps_everyone_matched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    members = [
        Member(participant_id=pid, name=f"P{pid}", role=Role.MENTEE) for pid in range(1, 41)
    ] + [
        Member(participant_id=pid, name=f"P{pid}", role=Role.MENTOR, capacity=1)
        for pid in range(41, 81)
    ]
    rng = np.random.default_rng(4)
    pool = build_pool(Settings(criteria=(), default_capacity=1), members)
    best = solve_pool(pool, MatchObjective.BEST_SCORE)
    points = rng.integers(0, 10000, size=best.grid.points.shape).astype(np.int32)
    best.grid.points[:] = points
    # Run both objectives over the same grid through the run's solver.
    suggest_module = importlib.import_module("peerdesk.matching.suggest")

    def fixed_grid(_pool, _progress=None):  # type: ignore[no-untyped-def]
        return ScoreGrid(points.copy(), best.grid.allowed.copy())

    monkeypatch.setattr(suggest_module, "score_grid", fixed_grid)
    fair = suggest_for_pool(pool, MatchObjective.FAIREST)
    top = suggest_for_pool(pool, MatchObjective.BEST_SCORE)
    assert fair.audit is not None and top.audit is not None
    assert len(fair.pairs) >= len(top.pairs)
    assert fair.audit.lowest is not None and top.audit.lowest is not None
    assert fair.audit.lowest >= top.audit.lowest
    assert fair.audit.total <= top.audit.total


def every_matching(allowed: np.ndarray) -> list[list[tuple[int, int]]]:
    """Every matching of a small graph whose allowed pairs are (row < column)."""
    n = allowed.shape[0]
    found: list[list[tuple[int, int]]] = []

    def walk(free: list[int], chosen: list[tuple[int, int]]) -> None:
        if not free:
            found.append(list(chosen))
            return
        first, rest = free[0], free[1:]
        walk(rest, chosen)  # first stays alone
        for other in rest:
            a, b = min(first, other), max(first, other)
            if allowed[a, b]:
                walk([v for v in rest if v != other], [*chosen, (a, b)])

    walk(list(range(n)), [])
    return found


@pytest.mark.parametrize("seed", range(20))
def test_fairest_peers_equal_brute_force(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(3, 8))
    points = np.triu(rng.integers(1, 7, size=(n, n)) * 700, 1).astype(np.int32)
    allowed = np.triu(rng.random((n, n)) < 0.7, 1)
    grid = ScoreGrid(points, allowed)

    def solve(ok: np.ndarray, aim: MatchObjective) -> np.ndarray:
        return solve_reciprocal(points, ok, aim)

    fair = fairest_partners(grid, True, solve)
    best = solve(allowed, MatchObjective.BEST_SCORE)
    size = int((best >= 0).sum()) // 2
    chosen = [(a, int(b)) for a, b in enumerate(fair.tolist()) if a < b]
    if size == 0:
        assert not chosen
        return

    def key(pairs: list[tuple[int, int]]) -> tuple[int, int, int]:
        scores = [int(points[a, b]) for a, b in pairs]
        return (min(scores), len(scores), sum(scores))

    expected = max(key(m) for m in every_matching(allowed) if len(m) >= size)
    assert all(allowed[a, b] for a, b in chosen)
    assert key(chosen) == expected
