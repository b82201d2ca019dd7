"""Wishes: ranked preferences and avoided pairs, and the stable (honour preferences) mode.

The blocking pairs are recounted here from the people's lists with plain loops,
not with :mod:`peerdesk.matching.stable`, so a wrong count there cannot agree
with itself.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest
from matching_data import realistic_members, store_members

from peerdesk.database import Database
from peerdesk.enums import Criterion as C
from peerdesk.enums import MatchObjective, Role, TagKind
from peerdesk.matching.pool import Criterion, Member, Settings, build_pool
from peerdesk.matching.stable import StableNeedsTwoSides
from peerdesk.matching.suggest import solve_pool, suggest, suggest_for_pool
from peerdesk.program import programs
from peerdesk.program.settings import CriterionSetting, default_criteria

MODES = list(MatchObjective)


def independent_blocking(pool: Any, grid: Any, partner_of: np.ndarray) -> int:
    """Wished pairs (either named the other, the pair allowed) that would both rather be
    together: the mentee is free or ranks the mentor higher, and the mentor has a free
    place or ranks the mentee above one of theirs. Own list first, then by score."""
    mentees = pool.mentees.ids.tolist()
    mentors = pool.mentors.ids.tolist()
    wishes: dict[int, list[int]] = {a: list(b) for a, b in pool.wishes.items()}

    def wished(i: int, j: int) -> bool:
        a, b = mentees[i], mentors[j]
        return bool(grid.allowed[i, j]) and (b in wishes.get(a, []) or a in wishes.get(b, []))

    def key(asker: int, other: int, score: int, wanted: bool) -> tuple[int, ...]:
        if not wanted:
            return (9,)
        if other in wishes.get(asker, []):
            return (0, wishes[asker].index(other))
        return (1, -score, other)

    def mentee_key(i: int, j: int) -> tuple[int, ...]:
        return key(mentees[i], mentors[j], int(grid.points[i, j]), wished(i, j))

    def mentor_key(j: int, i: int) -> tuple[int, ...]:
        return key(mentors[j], mentees[i], int(grid.points[i, j]), wished(i, j))

    count = 0
    for i in range(len(mentees)):
        for j in range(len(mentors)):
            if not wished(i, j) or partner_of[i] == j:
                continue
            current = (10,) if partner_of[i] < 0 else mentee_key(i, int(partner_of[i]))
            if not mentee_key(i, j) < current:
                continue
            theirs = [r for r in range(len(mentees)) if partner_of[r] == j]
            if len(theirs) < pool.remaining[j] or (
                theirs and any(mentor_key(j, i) < mentor_key(j, r) for r in theirs)
            ):
                count += 1
    return count


def wishful_pool(seed: int, mentees: int = 60, mentors: int = 25) -> Any:
    """Realistic people who rank a few partners each (both sides), some pairs avoided."""
    members, _prefer, _dnp = realistic_members(mentees, mentors, capacity=2, seed=seed)
    rng = random.Random(seed)
    members = [
        Member(**{**m.__dict__, "capacity": rng.choice([1, 2, 3])}) if m.role == Role.MENTOR else m
        for m in members
    ]
    mentee_ids = [m.participant_id for m in members if m.role == Role.MENTEE]
    mentor_ids = [m.participant_id for m in members if m.role == Role.MENTOR]
    popular = mentor_ids[:5]
    prefer: list[tuple[int, int]] = []
    for a in mentee_ids:
        if rng.random() < 0.7:
            wanted = rng.sample(popular, 2) + rng.sample(mentor_ids, rng.randint(0, 2))
            prefer.extend((a, b) for b in dict.fromkeys(wanted))
    for b in mentor_ids:
        if rng.random() < 0.5:
            prefer.extend((b, a) for a in rng.sample(mentee_ids, rng.randint(1, 4)))
    avoid = [(a, rng.choice(popular)) for a in rng.sample(mentee_ids, 10)]
    avoid += [(b, a) for b, a in prefer[::9]]  # some wishes clash with an avoided pair
    criteria = tuple(Criterion(c.key, c.weight) for c in default_criteria() if c.enabled)
    settings = Settings(criteria=criteria, default_capacity=2)
    return build_pool(settings, members, prefer=prefer, do_not_pair=avoid)


@pytest.mark.parametrize("seed", range(6))
def test_stable_mode_leaves_no_blocking_pair_and_every_mode_reports_its_count(seed: int) -> None:
    pool = wishful_pool(seed)
    counts = {}
    for mode in MODES:
        result = suggest_for_pool(pool, mode)
        run = solve_pool(pool, mode)
        counts[mode] = independent_blocking(pool, run.grid, run.partner_of)
        assert result.blocking_pairs == counts[mode], mode
    assert counts[MatchObjective.STABLE] == 0
    # The score optimum ignores the ranks, so it leaves some wished pairs blocking.
    assert counts[MatchObjective.BEST_SCORE] > 0


@pytest.mark.parametrize("seed", range(6))
def test_an_avoided_pair_never_appears_in_any_mode(seed: int) -> None:
    pool = wishful_pool(seed)
    assert pool.do_not_pair
    for mode in MODES:
        result = suggest_for_pool(pool, mode)
        made = {tuple(sorted((p.mentor_id, p.mentee_id))) for p in result.pairs}
        assert not made & pool.do_not_pair, mode


@pytest.mark.parametrize("seed", range(6))
def test_a_mutual_first_choice_is_always_honoured_in_stable_mode(seed: int) -> None:
    pool = wishful_pool(seed)
    run = solve_pool(pool, MatchObjective.STABLE)
    rows = {pid: i for i, pid in enumerate(pool.mentees.ids.tolist())}
    cols = {pid: j for j, pid in enumerate(pool.mentors.ids.tolist())}
    mutual = [
        (a, b)
        for a, wanted in pool.wishes.items()
        if a in rows and wanted and (b := wanted[0]) in cols and pool.wishes.get(b, (0,))[0] == a
    ]
    checked = 0
    for a, b in mutual:
        i, j = rows[a], cols[b]
        if run.grid.allowed[i, j] and pool.remaining[j] > 0:
            assert run.partner_of[i] == j, (a, b)
            checked += 1
    assert checked or not mutual


def test_a_mutual_first_choice_beats_a_better_score_and_the_rest_is_filled_by_score() -> None:
    """Ana and Sam asked for each other; Bo and Cy fit Sam and Dee far better by score."""
    art, law = {TagKind.INTEREST: ("Art",)}, {TagKind.INTEREST: ("Law",)}
    people = [
        Member(1, "Ana", Role.MENTEE, tags=law),
        Member(2, "Bo", Role.MENTEE, tags=art),
        Member(3, "Cy", Role.MENTEE, tags=art),
        Member(10, "Sam", Role.MENTOR, capacity=1, tags=art),
        Member(11, "Dee", Role.MENTOR, capacity=1, tags=art),
    ]
    settings = Settings(criteria=(Criterion(C.INTERESTS, 5), Criterion(C.PREFERENCES, 2)))
    pool = build_pool(settings, people, prefer=[(1, 10), (10, 1)])
    best = suggest_for_pool(pool, MatchObjective.BEST_SCORE)
    stable = suggest_for_pool(pool, MatchObjective.STABLE)
    assert (10, 1) not in {(p.mentor_id, p.mentee_id) for p in best.pairs}
    assert best.blocking_pairs == 1  # Ana and Sam would both rather be together
    made = {(p.mentor_id, p.mentee_id) for p in stable.pairs}
    assert (10, 1) in made
    assert made - {(10, 1)} <= {(11, 2), (11, 3)} and len(made) == 2
    assert stable.blocking_pairs == 0
    assert stable.total_score < best.total_score


def test_a_mentor_with_places_keeps_their_own_first_choices() -> None:
    people = [Member(i, f"Mentee {i}", Role.MENTEE) for i in (1, 2, 3)]
    people.append(Member(10, "Sam", Role.MENTOR, capacity=2))
    people.append(Member(11, "Dee", Role.MENTOR, capacity=1))
    settings = Settings(criteria=(Criterion(C.PREFERENCES, 5),))
    # Everyone wants Sam; Sam ranks 3 then 2; mentee 1 is left for Dee.
    prefer = [(1, 10), (2, 10), (3, 10), (10, 3), (10, 2)]
    result = suggest_for_pool(build_pool(settings, people, prefer=prefer), MatchObjective.STABLE)
    assert {(p.mentor_id, p.mentee_id) for p in result.pairs} == {(10, 3), (10, 2), (11, 1)}
    assert result.blocking_pairs == 0


def test_stable_mode_in_a_peer_pool_says_why_not() -> None:
    people = [Member(i, f"Peer {i}", Role.PEER) for i in (1, 2, 3, 4)]
    settings = Settings(criteria=(Criterion(C.PREFERENCES, 5),), reciprocal=True)
    pool = build_pool(settings, people, prefer=[(1, 2)])
    with pytest.raises(StableNeedsTwoSides, match="one pool"):
        suggest_for_pool(pool, MatchObjective.STABLE)
    assert suggest_for_pool(pool, MatchObjective.BEST_SCORE).blocking_pairs is None


def test_ranks_are_read_back_from_the_file_in_the_order_they_were_saved(db: Database) -> None:
    settings = programs.quick_settings("Spring mentoring")
    settings.criteria = [
        CriterionSetting(C.INTERESTS, True, 5),
        CriterionSetting(C.PREFERENCES, True, 3),
    ]
    program_id = programs.create_program(db, settings)
    art = {TagKind.INTEREST: ("Art",)}
    people = [
        Member(1, "Ana Lima", Role.MENTEE, tags=art),
        Member(2, "Bo Chen", Role.MENTEE, tags=art),
        Member(10, "Sam Okafor", Role.MENTOR, capacity=1, tags=art),
        Member(11, "Dee Reyes", Role.MENTOR, capacity=1, tags=art),
    ]
    # Bo's first choice is Dee and Dee's is Bo; Ana asked for Dee second, after Sam.
    ids = store_members(
        db, program_id, people, prefer=[(2, 11), (1, 10), (1, 11), (11, 2)], do_not_pair=[(1, 11)]
    )
    result = suggest(db, program_id, objective=MatchObjective.STABLE)
    made = {(p.mentor_id, p.mentee_id) for p in result.pairs}
    assert made == {(ids[11], ids[2]), (ids[10], ids[1])}
    assert result.blocking_pairs == 0


@pytest.mark.parametrize("seed", range(4))
def test_the_rest_is_filled_with_the_exact_best_score(seed: int) -> None:
    """Mentees left free by the wishes get the optimum of the places left (scipy, by hand)."""
    from scipy.optimize import linear_sum_assignment

    from peerdesk.matching.solve import objective_weights
    from peerdesk.matching.stable import deferred_acceptance, wishes

    pool = wishful_pool(seed)
    run = solve_pool(pool, MatchObjective.STABLE)
    wished_only = deferred_acceptance(wishes(pool, run.grid), pool.remaining)
    assert (run.partner_of[wished_only >= 0] == wished_only[wished_only >= 0]).all()
    free = np.flatnonzero(wished_only < 0)
    used = np.bincount(wished_only[wished_only >= 0], minlength=len(pool.mentors))
    left = np.maximum(pool.remaining - used, 0)
    weights = objective_weights(run.grid.points, run.grid.allowed, MatchObjective.BEST_SCORE)
    places = np.repeat(weights[free].astype(float), left, axis=1)
    grid = np.hstack([places, np.zeros((len(free), len(free)))])  # a "no mentor" column each
    rows, cols = linear_sum_assignment(grid, maximize=True)
    textbook = int(grid[rows, cols].sum())
    filled = run.partner_of[free]
    ours = int(sum(weights[i, j] for i, j in zip(free, filled, strict=True) if j >= 0))
    assert ours == textbook


def test_the_reason_says_where_a_mentor_is_on_the_mentees_shortlist() -> None:
    people = [
        Member(1, "Ana", Role.MENTEE),
        Member(10, "Sam", Role.MENTOR, capacity=1),
        Member(11, "Dee", Role.MENTOR, capacity=1),
    ]
    settings = Settings(criteria=(Criterion(C.PREFERENCES, 5),))
    pool = build_pool(settings, people, prefer=[(1, 11), (1, 10)])
    result = suggest_for_pool(pool, MatchObjective.STABLE)
    assert [p.top_reasons for p in result.pairs] == [
        ["The mentee asked for this mentor (choice 1 of 2)"]
    ]
