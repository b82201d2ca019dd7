"""Groups mode (issue 22): circles formed from the ready pool, their quality against
a recomputation from the single-pair scores, the bound, and brute force on 12 people."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence

import numpy as np
import pytest
from matching_data import realistic_members, store_members

from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus
from peerdesk.groups import forming
from peerdesk.matching.pool import (
    MENTOR_ROLES,
    Criterion,
    Member,
    Pool,
    Settings,
    build_pool,
    pair_pool,
)
from peerdesk.matching.scoring import SCALE, score_pairs
from peerdesk.program import programs


def pool_of(mentees: int, mentors: int, seed: int) -> tuple[Pool, list[Member]]:
    members, _, _ = realistic_members(mentees, mentors, seed=seed)
    settings = programs.quick_settings("Circles")
    pool = build_pool(
        Settings(
            criteria=tuple(Criterion(c.key, c.weight) for c in settings.criteria if c.enabled)
        ),
        members,
    )
    return pool, forming.circle_pool(pool, set())


def recomputed(
    pool: Pool, people: Sequence[Member], circles: Sequence[tuple[Sequence[int], Sequence[int]]]
) -> float:
    """The quality worked out again pair by pair with scoring.score_pairs (not the grid)."""
    ordered = sorted(people, key=lambda m: m.participant_id)
    index = {m.participant_id: i for i, m in enumerate(ordered)}
    corpus, prefer = pool.derived["corpus"], pool.prefer  # wishes count, as in matching
    as_pairs = pair_pool(pool.settings, ordered, corpus=corpus, prefer=prefer)
    as_peers = pair_pool(
        dataclasses.replace(pool.settings, reciprocal=True), ordered, corpus=corpus, prefer=prefer
    )

    def points(side: Pool, row: int, col: int) -> int:
        block = score_pairs(side, np.array([row]), np.array([col]))
        return int(block.points[0]) if bool(block.allowed[0]) else 0

    lead, lead_n, peer, peer_n = 0, 0, 0, 0
    for leaders, members in circles:
        for leader in leaders:
            for member in members:  # the member as mentee (row), the leader as mentor
                lead += points(as_pairs, index[member], index[leader])
                lead_n += 1
        for a, b in itertools.combinations(sorted(members), 2):
            peer += points(as_peers, index[a], index[b])
            peer_n += 1
    return (lead / lead_n + peer / peer_n) / 2 / SCALE


def check_partition(formation: forming.Formation, people: Sequence[Member]) -> list[int]:
    seen = [p for c in formation.circles for p in (*c.leaders, *c.members)]
    assert sorted(seen) == sorted(m.participant_id for m in people)  # each exactly once
    roles = {m.participant_id: m.role for m in people}
    for circle in formation.circles:
        assert len(circle.leaders) == 1 and roles[circle.leaders[0]] in MENTOR_ROLES
    return sorted(len(c.leaders) + len(c.members) for c in formation.circles)


def test_sixty_ready_people_form_circles_of_five_or_six_with_the_quality_recomputed(
    db: Database,
) -> None:
    program_id = programs.create_program(db, programs.quick_settings("Circles"))
    members, prefer, _ = realistic_members(48, 12, seed=3)
    ids = store_members(db, program_id, members, prefer)
    formation = forming.form_circles(db, program_id, circles=11)
    with db.reading() as session:
        pool = forming.load_pool(session, program_id)
    people = forming.circle_pool(pool, set())
    assert len(people) == 60 and sorted(m.participant_id for m in people) == sorted(ids.values())
    sizes = check_partition(formation, people)
    assert set(sizes) == {5, 6} and sum(sizes) == 60 and len(sizes) == 11
    circles = [(c.leaders, c.members) for c in formation.circles]
    assert formation.quality.quality == pytest.approx(recomputed(pool, people, circles), abs=1e-9)
    for circle in formation.circles:
        alone = recomputed(pool, people, [(circle.leaders, circle.members)])
        assert circle.quality.quality == pytest.approx(alone, abs=1e-9)
    assert formation.quality.quality <= formation.bound
    assert 0 < formation.quality.quality < 100
    # Size 6: ten circles of six; the same pool gives the same circles.
    again = forming.form_circles(db, program_id, size=6)
    assert check_partition(again, people) == [6] * 10
    assert again.circles == forming.form_circles(db, program_id, size=6).circles


@pytest.mark.parametrize(("seed", "size"), [(0, 4), (1, 6), (2, 3), (5, 4), (8, 6)])
def test_on_twelve_people_the_search_equals_brute_force(seed: int, size: int) -> None:
    pool, people = pool_of(8, 4, seed)
    heuristic = forming.form_from(pool, people, size=size, exact=False)
    sizes = check_partition(heuristic, people)
    assert max(sizes) - min(sizes) <= 1 and max(sizes) <= size
    # Brute force, written apart: every split into groups of these sizes, every leader.
    ids = [m.participant_id for m in people]
    mentors = {m.participant_id for m in people if m.role in MENTOR_ROLES}
    best = -1.0
    for order in _splits(ids, sorted(sizes, reverse=True)):
        options = []
        for group in order:
            options.append([(lead,) for lead in group if lead in mentors])
        for leaders in itertools.product(*options):
            circles = [
                (lead, tuple(p for p in group if p not in lead))
                for lead, group in zip(leaders, order, strict=True)
            ]
            best = max(best, heuristic.fits.quality(circles).quality)
    assert heuristic.quality.quality == pytest.approx(best, abs=1e-12)
    assert best <= heuristic.bound + 1e-12
    exact = forming.form_from(pool, people, size=size)
    assert exact.exact and exact.quality.quality == pytest.approx(best, abs=1e-12)


def _splits(people: list[int], sizes: list[int]) -> list[list[tuple[int, ...]]]:
    if not sizes:
        return [[]]
    out = []
    first, rest = people[0], people[1:]
    for size in sorted(set(sizes)):
        others_sizes = list(sizes)
        others_sizes.remove(size)
        for others in itertools.combinations(rest, size - 1):
            left = [p for p in rest if p not in others]
            out.extend([[(first, *others), *tail] for tail in _splits(left, others_sizes)])
    return out


def test_the_bound_holds_for_any_circles_and_the_chosen_leaders_lead() -> None:
    pool, people = pool_of(20, 6, seed=11)
    formation = forming.form_from(pool, people, size=5)
    rng = np.random.default_rng(1)
    ids = [m.participant_id for m in people]
    mentors = [m.participant_id for m in people if m.role in MENTOR_ROLES]
    sizes = forming.circle_sizes(len(ids), len(formation.circles))
    for _ in range(200):  # random circles of the same sizes never beat the bound
        leaders = list(rng.choice(mentors, size=len(sizes), replace=False))
        rest = [p for p in rng.permutation(ids).tolist() if p not in leaders]
        circles, start = [], 0
        for leader, size in zip(leaders, sizes, strict=True):
            circles.append(((int(leader),), tuple(rest[start : start + size - 1])))
            start += size - 1
        assert formation.fits.quality(circles).quality <= formation.bound
        assert formation.fits.quality(circles).quality <= formation.quality.quality + 1e-9
    chosen = mentors[:5]
    led = forming.form_from(pool, people, leaders=chosen)
    assert sorted(c.leaders[0] for c in led.circles) == chosen
    assert led.quality.quality <= led.bound


def test_do_not_pair_people_are_kept_apart() -> None:
    members, _, _ = realistic_members(20, 4, seed=2)
    rules = [(1, 2), (3, 4), (1, 5), (2, 6)]
    pool = build_pool(pool_of(1, 1, 0)[0].settings, members, do_not_pair=rules)
    people = forming.circle_pool(pool, set())
    formation = forming.form_from(pool, people, size=6)
    assert formation.quality.conflicts == 0
    where = {p: i for i, c in enumerate(formation.circles) for p in (*c.leaders, *c.members)}
    assert all(where[a] != where[b] for a, b in rules)


def test_plain_words_when_circles_cannot_be_formed() -> None:
    pool, people = pool_of(10, 1, seed=0)
    with pytest.raises(forming.TooFewLeaders) as refused:
        forming.form_from(pool, people, size=4)
    assert "3 circles need 3 leaders, but only 1" in str(refused.value)
    with pytest.raises(forming.CircleSizeInvalid):
        forming.form_from(pool, people, size=1)
    with pytest.raises(forming.CircleCountInvalid, match="11 people can make between 1 and 5"):
        forming.form_from(pool, people, circles=6)
    mentor = [m.participant_id for m in people if m.role in MENTOR_ROLES]
    with pytest.raises(forming.LeadersNotOnePerCircle, match="2 circles need 2 leaders, and 1"):
        forming.form_from(pool, people, circles=2, leaders=mentor)
    with pytest.raises(forming.LeaderNotInPool):
        forming.form_from(pool, people, leaders=[people[0].participant_id])
    with pytest.raises(forming.TooFewForCircles):
        forming.form_from(pool, people[:1], size=4)
    not_ready = [dataclasses.replace(m, status=ParticipantStatus.APPLIED) for m in people]
    assert forming.circle_pool(build_pool(pool.settings, not_ready), set()) == []


def test_the_search_keeps_its_running_sums_exact_through_every_kind_of_move() -> None:
    pool, people = pool_of(30, 8, seed=4)
    fits = forming.fits_for(pool, people)
    sizes = forming.circle_sizes(len(people), 7)
    lead, peer = fits.lead.copy(), fits.peer.copy()
    peer_n = sum((s - 1) * (s - 2) // 2 for s in sizes)
    rng = np.random.default_rng(0)
    circle, leader = forming._random_start(rng, fits.can_lead, sizes, None)
    state = forming._State(circle, leader, lead, peer, peer_n, len(people) - len(sizes))
    for step in range(300):
        members = np.flatnonzero(~state.is_leader)
        if step % 3 == 0:
            a, b = rng.choice(members, size=2, replace=False)
            if state.circle[a] != state.circle[b]:
                state.swap(int(a), int(b))
        elif step % 3 == 1:
            free = np.flatnonzero(fits.can_lead & ~state.is_leader)
            state.hand_over(int(rng.integers(len(state.leader))), int(rng.choice(free)))
        else:
            forming._local_search(state, fits.can_lead)
        fresh = forming._State(
            state.circle.copy(), state.leader.copy(), lead, peer, state.wl, state.wp
        )
        assert np.array_equal(fresh.peer_sum, state.peer_sum)
        assert np.array_equal(fresh.lead_sum, state.lead_sum)
        assert np.array_equal(fresh.count, state.count)
        circles = [
            (
                (fits.ids[int(state.leader[c])],),
                tuple(
                    fits.ids[int(p)]
                    for p in np.flatnonzero(state.circle == c)
                    if p != state.leader[c]
                ),
            )
            for c in range(len(sizes))
        ]
        q = fits.quality(circles)
        expected = state.wl * round(q.leader_fit * 100 * q.leader_pairs) + state.wp * round(
            q.peer_fit * 100 * q.peer_pairs
        )
        assert state.value() == expected
    assert sorted(np.bincount(state.circle).tolist()) == sorted(sizes)  # sizes kept


def test_forming_can_be_cancelled() -> None:
    from peerdesk.progress import Cancelled, Progress

    pool, people = pool_of(40, 10, seed=5)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        forming.form_from(pool, people, size=5, progress=progress)
