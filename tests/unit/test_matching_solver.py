"""The whole-pool optimum: equal to brute force on small pools and to scipy's textbook
solve on medium ones, for both objectives, with capacities, held pairs and forbidden pairs."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from matching_data import realistic_members
from scipy.optimize import linear_sum_assignment

from peerdesk.enums import Criterion as C
from peerdesk.enums import MatchObjective, PairStatus, Role, TagKind
from peerdesk.matching.pool import Criterion, HeldPair, Member, Settings, build_pool
from peerdesk.matching.reciprocal import solve_reciprocal
from peerdesk.matching.solve import _duals, objective_weights, solve_assignment, total
from peerdesk.matching.suggest import solve_pool, suggest_for_pool
from peerdesk.program.settings import default_criteria

# Objectives folded into weights (stable: test_matching_wishes; fairest: test_matching_fairness).
OBJECTIVES = [MatchObjective.BEST_SCORE, MatchObjective.MOST_MATCHED]


def brute_force(
    points: np.ndarray, allowed: np.ndarray, capacity: np.ndarray
) -> tuple[int, int, int]:
    """(best total, most pairs, best total among those with most pairs), by trying everything."""
    n, m = points.shape
    best_total = 0
    best_count = (0, 0)
    for choice in itertools.product(range(-1, m), repeat=n):
        used = np.zeros(m, dtype=int)
        score = count = 0
        for i, j in enumerate(choice):
            if j < 0:
                continue
            if not allowed[i, j]:
                break
            used[j] += 1
            score += int(points[i, j])
            count += 1
        else:
            if (used <= capacity).all():
                best_total = max(best_total, score)
                best_count = max(best_count, (count, score))
    return best_total, best_count[0], best_count[1]


def random_instance(
    rng: np.random.Generator, n: int, m: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    points = rng.integers(0, 10_001, size=(n, m)).astype(np.int32)
    # Few distinct values, so there are ties, as with real scores.
    points = (points // 2500 * 2500).astype(np.int32)
    allowed = rng.random((n, m)) < 0.75
    points[~allowed] = 0
    capacity = rng.integers(0, 3, size=m)
    return points, allowed, capacity


def solve(
    points: np.ndarray, allowed: np.ndarray, capacity: np.ndarray, objective: MatchObjective
) -> np.ndarray:
    weights = objective_weights(points, allowed, objective)
    solution = solve_assignment(weights, capacity, margin=500)
    mentor_of = solution.mentor_of
    # Whatever the objective, the answer is a valid assignment.
    chosen = np.flatnonzero(mentor_of >= 0)
    assert allowed[chosen, mentor_of[chosen]].all()
    assert (np.bincount(mentor_of[chosen], minlength=len(capacity)) <= capacity).all()
    return mentor_of


@pytest.mark.parametrize("seed", range(60))
def test_small_random_pools_equal_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 7)), int(rng.integers(1, 5))
    points, allowed, capacity = random_instance(rng, n, m)
    best_total, most, best_with_most = brute_force(points, allowed, capacity)

    by_score = solve(points, allowed, capacity, MatchObjective.BEST_SCORE)
    assert total(points, by_score) == best_total

    by_count = solve(points, allowed, capacity, MatchObjective.MOST_MATCHED)
    assert int((by_count >= 0).sum()) == most
    assert total(points, by_count) == best_with_most


def textbook(weights: np.ndarray, capacity: np.ndarray) -> int:
    """scipy's linear_sum_assignment on mentor places as columns (plus "no mentor" columns)."""
    n = weights.shape[0]
    expanded = np.repeat(weights.astype(np.float64), capacity, axis=1)
    expanded = np.hstack([expanded, np.zeros((n, n))])
    rows, cols = linear_sum_assignment(expanded, maximize=True)
    return int(expanded[rows, cols].sum())


@pytest.mark.parametrize("objective", OBJECTIVES)
@pytest.mark.parametrize("seed", range(4))
def test_medium_pools_equal_scipys_textbook_optimum(objective: MatchObjective, seed: int) -> None:
    """Realistic people, must-match rules, preferences, do-not-pair and held pairs."""
    members, prefer, do_not_pair = realistic_members(160, 70, capacity=2, seed=seed)
    rng = random.Random(seed)
    members = [
        Member(**{**m.__dict__, "capacity": rng.choice([1, 2, 3])}) if m.role == Role.MENTOR else m
        for m in members
    ]
    mentors = [m.participant_id for m in members if m.role == Role.MENTOR]
    mentees = [m.participant_id for m in members if m.role == Role.MENTEE]
    held = [
        HeldPair(
            100 + k,
            mentors[k],
            mentees[k],
            PairStatus.ACTIVE if k % 2 else PairStatus.PROPOSED,
            k % 2 == 0,
        )
        for k in range(12)
    ]
    criteria = [(c.key, c.weight) for c in default_criteria() if c.enabled]
    if seed % 2:
        criteria = [(k, 10 if k == C.MEETING_FORMAT else w) for k, w in criteria]
    s = Settings(criteria=tuple(Criterion(k, w) for k, w in criteria), default_capacity=2)
    pool = build_pool(s, members, prefer=prefer, do_not_pair=do_not_pair, held=held)
    # Held pairs keep their mentee out and use their mentor's places.
    assert not set(mentees[:12]) & set(pool.mentees.ids.tolist())
    assert pool.remaining[:12].tolist() == [max(c - 1, 0) for c in pool.capacity[:12].tolist()]
    run = solve_pool(pool, objective)
    weights = objective_weights(run.grid.points, run.grid.allowed, objective)
    assert total(weights, run.partner_of) == textbook(weights, pool.remaining)


def test_popular_mentors_need_more_than_one_round_and_still_reach_the_optimum() -> None:
    """Everyone prefers the same few mentors: the first candidates are not enough."""
    rng = np.random.default_rng(5)
    n, m = 300, 120
    # Every mentee ranks the mentors alike, and every mentor ranks the mentees alike.
    appeal = np.sort(rng.random(m))[::-1] * 5000
    strength = rng.random(n) * 3000
    noise = rng.integers(0, 300, size=(n, m))
    points = np.clip(appeal[None, :] + strength[:, None] + noise, 0, 10_000).astype(np.int32)
    allowed = rng.random((n, m)) < 0.9
    points[~allowed] = 0
    capacity = np.full(m, 2)
    for objective in OBJECTIVES:
        weights = objective_weights(points, allowed, objective)
        solution = solve_assignment(weights, capacity)
        assert solution.rounds > 1
        assert total(weights, solution.mentor_of) == textbook(weights, capacity)


def test_the_certificate_rejects_a_solution_that_is_not_optimal() -> None:
    weights = np.array([[10, 1], [9, 0]], dtype=np.int64)
    capacity = np.array([1, 1])
    rows, cols = np.nonzero(weights > 0)
    rows, cols = rows.astype(np.int64), cols.astype(np.int64)
    best = np.array([0, -1], dtype=np.intp)  # 10
    tie = np.array([1, 0], dtype=np.intp)  # 1 + 9 = 10 as well
    worse = np.array([-1, 0], dtype=np.intp)  # 9
    assert _duals(weights, rows, cols, capacity, best) is not None
    assert _duals(weights, rows, cols, capacity, tie) is not None
    assert _duals(weights, rows, cols, capacity, worse) is None


def pool_of(count: int, *, mentors: int, criteria: tuple[Criterion, ...] = ()) -> list[Member]:
    people = []
    for pid in range(1, count + 1):
        is_mentor = pid > count - mentors
        people.append(
            Member(
                participant_id=pid,
                name=f"Person {pid}",
                role=Role.MENTOR if is_mentor else Role.MENTEE,
                capacity=1 if is_mentor else None,
            )
        )
    return people


def test_same_data_same_pairs_even_with_ties_and_another_order() -> None:
    s = Settings(criteria=())  # every pair scores 0: ties everywhere
    members = pool_of(30, mentors=12)
    first = suggest_for_pool(build_pool(s, members))
    again = suggest_for_pool(build_pool(s, members))
    shuffled = list(members)
    random.Random(1).shuffle(shuffled)
    other_order = suggest_for_pool(build_pool(s, shuffled))
    pairs = [(p.mentor_id, p.mentee_id) for p in first.pairs]
    assert len(pairs) == 12
    assert pairs == [(p.mentor_id, p.mentee_id) for p in again.pairs]
    assert pairs == [(p.mentor_id, p.mentee_id) for p in other_order.pairs]


def test_realistic_pool_same_pairs_twice() -> None:
    members, prefer, do_not_pair = realistic_members(200, 90, seed=11)
    s = Settings(
        criteria=tuple(Criterion(c.key, c.weight) for c in default_criteria()), default_capacity=2
    )
    runs = [
        suggest_for_pool(build_pool(s, members, prefer=prefer, do_not_pair=do_not_pair))
        for _ in range(2)
    ]
    assert [(p.mentor_id, p.mentee_id, p.score) for p in runs[0].pairs] == [
        (p.mentor_id, p.mentee_id, p.score) for p in runs[1].pairs
    ]


def test_capacity_is_never_exceeded() -> None:
    s = Settings(criteria=(Criterion(C.INTERESTS, 5),), default_capacity=1)
    members = [
        Member(1, "Popular", Role.MENTOR, capacity=2, tags={TagKind.INTEREST: ("Art",)}),
        Member(2, "Default", Role.MENTOR, tags={TagKind.INTEREST: ("Art",)}),
        *[
            Member(10 + i, f"Mentee {i}", Role.MENTEE, tags={TagKind.INTEREST: ("Art",)})
            for i in range(6)
        ],
    ]
    result = suggest_for_pool(build_pool(s, members))
    per_mentor = {mid: sum(p.mentor_id == mid for p in result.pairs) for mid in (1, 2)}
    assert per_mentor == {1: 2, 2: 1}
    assert len(result.unmatched) == 3
    assert all("full" in u.text or "taken" in u.text for u in result.unmatched)


def test_held_pairs_use_their_mentors_places() -> None:
    s = Settings(criteria=(Criterion(C.INTERESTS, 5),), default_capacity=2)
    members = [
        Member(1, "Mentor", Role.MENTOR),
        *[Member(10 + i, f"M{i}", Role.MENTEE) for i in range(4)],
    ]
    held = [HeldPair(5, 1, 10, PairStatus.ACTIVE, False)]
    result = suggest_for_pool(build_pool(s, members, held=held))
    assert len(result.pairs) == 1  # one place left of two
    assert result.pairs[0].mentee_id != 10
    assert [(k.pair_id, k.mentee_id) for k in result.kept] == [(5, 10)]


def test_past_pairs_are_avoided_on_a_rematch() -> None:
    s = Settings(criteria=(Criterion(C.INTERESTS, 5),), default_capacity=1)
    art = {TagKind.INTEREST: ("Art",)}
    members = [
        Member(1, "Best fit", Role.MENTOR, tags=art),
        Member(2, "Other", Role.MENTOR),
        Member(3, "Mentee", Role.MENTEE, tags=art),
    ]
    assert [p.mentor_id for p in suggest_for_pool(build_pool(s, members)).pairs] == [1]
    rematch = suggest_for_pool(build_pool(s, members, past=[(1, 3)]))
    assert [p.mentor_id for p in rematch.pairs] == [2]


def test_most_matched_trades_score_for_people() -> None:
    s = Settings(criteria=(Criterion(C.INTERESTS, 5),), default_capacity=1)
    art, law = {TagKind.INTEREST: ("Art",)}, {TagKind.INTEREST: ("Law",)}
    members = [
        Member(1, "Art mentor", Role.MENTOR, tags=art),
        Member(2, "Likes art", Role.MENTEE, tags=art),
        # Can only have the art mentor (do-not-pair with the other), and scores 0 with them.
        Member(3, "Likes law", Role.MENTEE, tags=law),
        Member(4, "Law mentor", Role.MENTOR, tags=law),
    ]
    pool = build_pool(s, members, do_not_pair=[(3, 4)])
    best = suggest_for_pool(pool, MatchObjective.BEST_SCORE)
    most = suggest_for_pool(pool, MatchObjective.MOST_MATCHED)
    assert {(p.mentor_id, p.mentee_id) for p in best.pairs} == {(1, 2)}
    assert best.total_score == 100.0
    assert {(p.mentor_id, p.mentee_id) for p in most.pairs} == {(1, 3), (4, 2)}


# -- Reciprocal mode -------------------------------------------------------------------------


def brute_force_general(points: np.ndarray, allowed: np.ndarray) -> tuple[int, tuple[int, int]]:
    n = points.shape[0]
    best = 0
    best_count = (0, 0)

    def walk(free: list[int], score: int, count: int) -> None:
        nonlocal best, best_count
        best = max(best, score)
        best_count = max(best_count, (count, score))
        if not free:
            return
        first, rest = free[0], free[1:]
        walk(rest, score, count)
        for other in rest:
            a, b = min(first, other), max(first, other)
            if allowed[a, b]:
                walk([v for v in rest if v != other], score + int(points[a, b]), count + 1)

    walk(list(range(n)), 0, 0)
    return best, best_count


@pytest.mark.parametrize("seed", range(40))
def test_reciprocal_small_graphs_equal_brute_force(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(2, 9))
    points = (rng.integers(0, 5, size=(n, n)) * 2500).astype(np.int32)
    allowed = np.triu(rng.random((n, n)) < 0.7, 1)
    points[~allowed] = 0
    best, (most, best_with_most) = brute_force_general(points, allowed)
    for objective, expected_count, expected_total in (
        (MatchObjective.BEST_SCORE, None, best),
        (MatchObjective.MOST_MATCHED, most, best_with_most),
    ):
        partner = solve_reciprocal(points, allowed, objective)
        assert all(partner[partner[v]] == v for v in range(n) if partner[v] >= 0)
        chosen = [(v, int(partner[v])) for v in range(n) if v < partner[v]]
        assert all(allowed[a, b] for a, b in chosen)
        assert sum(int(points[a, b]) for a, b in chosen) == expected_total
        if expected_count is not None:
            assert len(chosen) == expected_count


def test_reciprocal_pool_pairs_peers_once_each() -> None:
    members, _prefer, _dnp = realistic_members(60, 0, seed=2)
    peers = [Member(**{**m.__dict__, "role": Role.PEER}) for m in members]
    s = Settings(
        criteria=tuple(Criterion(c.key, c.weight) for c in default_criteria()), reciprocal=True
    )
    pool = build_pool(s, peers)
    result = suggest_for_pool(pool)
    seen = [pid for p in result.pairs for pid in (p.mentor_id, p.mentee_id)]
    assert len(seen) == len(set(seen)) == 60
    assert all(p.mentee_id < p.mentor_id for p in result.pairs)  # each pair once
    # Against brute force is impossible at 60; against the full graph is not.
    run = solve_pool(pool)
    weights = objective_weights(run.grid.points, run.grid.allowed, MatchObjective.BEST_SCORE)
    full = solve_reciprocal(run.grid.points, run.grid.allowed, MatchObjective.BEST_SCORE)
    assert np.array_equal(full, run.partner_of)
    assert total(np.triu(weights, 1), run.partner_of) > 0


def test_a_run_reports_progress_and_can_be_cancelled() -> None:
    from peerdesk.progress import Cancelled, Progress

    members, prefer, do_not_pair = realistic_members(300, 120, seed=8)
    s = Settings(criteria=tuple(Criterion(c.key, c.weight) for c in default_criteria()))
    pool = build_pool(s, members, prefer=prefer, do_not_pair=do_not_pair)

    class Recorder(Progress):
        def __init__(self) -> None:
            super().__init__()
            self.notes: list[str] = []

        def set_progress(self, done: int, total: int | None = None, text: str = "") -> None:
            super().set_progress(done, total, text)
            if text not in self.notes:
                self.notes.append(text)

    progress = Recorder()
    result = suggest_for_pool(pool, progress=progress)
    assert result.pairs
    assert progress.notes == ["Scoring pairs", "Finding the best pairs", "Explaining the pairs"]

    stopped = Progress()
    stopped.cancel()
    with pytest.raises(Cancelled):
        suggest_for_pool(pool, progress=stopped)
