"""Groups mode: form circles of a chosen size from the ready pool.

**What is formed.** The pool is everyone matching would offer (ready mentors and
mentees, see :func:`peerdesk.matching.pool.load_pool`) who is not already in an open
circle. It is split into ``k`` circles whose sizes differ by at most one (``k`` is the
number the coordinator asks for, or the fewest circles of at most ``size`` people).
Each circle has exactly one leader, a mentor (a participant who may mentor: role
mentor, both, or peer); the coordinator may name the leaders, otherwise the forming
chooses which mentors lead and the other mentors join circles as members.

**What counts as good.** Two fits, each a pair score from 0 to 100 worked out by the
matching's own criteria and weights (:func:`peerdesk.matching.grid.score_grid`):

- *leader fit* — how well the leader suits a member, scored as mentor and mentee;
- *peer fit* — how well two members suit each other, scored as peers (reciprocal
  scoring: both ways round, so it is symmetric).

The **quality** of a set of circles is the mean of (the average leader fit over all
leader–member pairs) and (the average peer fit over all pairs of members sharing a
circle). With one leader per circle and the sizes fixed, both averages have fixed
denominators, so the quality is a sum of pair scores (kept as whole hundredths:
every comparison is exact) — the thing the search maximizes. Do-not-pair rules are
kept: two people with such a rule are never put in one circle unless the pool leaves
no other way (then ``conflicts`` counts them).

**How.** Choosing circles this way is a quadratic partitioning problem (NP-hard in
general; a mixed-integer model of even 60 people is large and its relaxation weak), so
the forming uses a heuristic with a proof of how far from the best it can be:

1. Leaders: the ``k`` mentors with the best leader fits (the coordinator's, if named).
2. Members to leaders by an exact assignment (``scipy.optimize.linear_sum_assignment``,
   each leader's places repeated), which is optimal for the leader fit alone.
3. Local search on the whole quality, every step exact in whole hundredths: swap two
   members of different circles; move a member from a larger circle to a smaller one;
   hand a circle's lead to a mentor (of the circle, or of another circle, the old
   leader taking their place). Each member takes their best improving move; after a
   move the people of the two circles it changed are looked at again first; the search
   ends when a whole round finds no move and no better leader.
4. Iterated local search: a fixed number of shakes (a few random swaps and a hand-over,
   from a fixed seed, so the same pool always gives the same circles; every fourth
   starts again from random circles), each followed by step 3; the best is kept.

On invented pools of 12 people (120 cases, sizes 3, 4 and 6) the search found the same
quality as trying every partition each time; 60 people take about a second, 300 a few
seconds and 1,000 under ten on one core.

**The bound.** Every member ``p`` contributes at most ``½·best_lead(p)/L`` (``L`` the
number of leader–member pairs; ``best_lead`` the best fit any possible leader has with
them) plus ``½·½·(sum of p's best s−2 peer fits)/P`` (``P`` the number of member
pairs, ``s`` the size of p's circle). Which people are members and which sit in the
larger circles is then chosen as well as possible by an exact assignment — an upper
bound on every way of forming the circles, the heuristic's result included. For pools
of up to :data:`EXACT_MAX_PEOPLE` people every partition is tried, and the result is
the optimum (``exact``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import math
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import linear_sum_assignment
from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.database import Database
from peerdesk.enums import PairStatus
from peerdesk.errors import UserError
from peerdesk.matching.grid import score_grid
from peerdesk.matching.pool import MENTOR_ROLES, Member, Pool, load_pool, pair_pool
from peerdesk.matching.scoring import SCALE
from peerdesk.models import Circle, CircleMember
from peerdesk.progress import Progress

EXACT_MAX_PEOPLE = 12  # pools this small are solved by trying every partition
SEED = 22  # the shakes' random numbers: the same pool always gives the same circles
APART = 10**7  # penalty (hundredths) for two people with a do-not-pair rule in one circle
OPEN_CIRCLE = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)

Ints = NDArray[np.int64]


class CircleSizeInvalid(UserError):
    template = "A circle needs at least 2 people (a leader and a member); choose a larger size."


class TooFewForCircles(UserError):
    template = "{count} people are ready and not in a circle; forming circles needs at least 2."


class TooFewLeaders(UserError):
    template = (
        "{circles} circles need {circles} leaders, but only {leaders} of the people ready "
        "can lead (mentors). Choose a larger size or fewer circles."
    )


class CircleCountInvalid(UserError):
    template = (
        "{count} people can make between 1 and {most} circles of at least 2 people; "
        "choose a number in that range."
    )


class LeadersNotOnePerCircle(UserError):
    template = (
        "Each circle has one leader: {circles} circles need {circles} leaders, and "
        "{leaders} were chosen."
    )


class LeaderNotInPool(UserError):
    template = (
        "One of the chosen leaders is not ready, is already in a circle or is not a "
        "mentor. Choose the leaders again."
    )


# -- Fits: every pair's scores, and the quality of any set of circles --------------------


@dataclass(frozen=True)
class Quality:
    """How good a set of circles is (score units, 0–100)."""

    quality: float  # the mean of the two averages below (or the one there is)
    leader_fit: float  # average over every leader–member pair
    peer_fit: float  # average over every pair of members in one circle
    leader_pairs: int
    peer_pairs: int
    conflicts: int = 0  # do-not-pair couples put in one circle


@dataclass(frozen=True)
class Fits:
    """The people of a pool, who may lead, and every pair's leader and peer fits."""

    ids: tuple[int, ...]  # participant ids, in index order
    names: tuple[str, ...]
    can_lead: NDArray[np.bool_]
    lead: Ints  # lead[l, m]: hundredths, how well l suits m as their leader
    peer: Ints  # peer[a, b] = peer[b, a]: hundredths, how well a and b suit each other
    apart: NDArray[np.bool_]  # symmetric: a do-not-pair rule between the two

    def index(self, participant_id: int) -> int:
        return self.ids.index(participant_id)

    def quality(self, circles: Sequence[tuple[Sequence[int], Sequence[int]]]) -> Quality:
        """The quality of circles given as (leader ids, member ids) each."""
        lead_sum = peer_sum = lead_n = peer_n = conflicts = 0
        for leaders, members in circles:
            li = [self.index(p) for p in leaders]
            mi = [self.index(p) for p in members]
            everyone = np.array(li + mi, dtype=np.intp)
            conflicts += int(np.triu(self.apart[np.ix_(everyone, everyone)], 1).sum())
            if li and mi:
                lead_sum += int(self.lead[np.ix_(li, mi)].sum())
                lead_n += len(li) * len(mi)
            if len(mi) > 1:
                block = self.peer[np.ix_(mi, mi)]
                peer_sum += int(np.triu(block, 1).sum())
                peer_n += len(mi) * (len(mi) - 1) // 2
        return _quality(lead_sum, lead_n, peer_sum, peer_n, conflicts)


def _quality(lead_sum: int, lead_n: int, peer_sum: int, peer_n: int, conflicts: int) -> Quality:
    leader_fit = lead_sum / lead_n / SCALE if lead_n else 0.0
    peer_fit = peer_sum / peer_n / SCALE if peer_n else 0.0
    parts = [f for f, n in ((leader_fit, lead_n), (peer_fit, peer_n)) if n]
    quality = sum(parts) / len(parts) if parts else 0.0
    return Quality(quality, leader_fit, peer_fit, lead_n, peer_n, conflicts)


def fits_for(pool: Pool, people: Sequence[Member]) -> Fits:
    """Leader and peer fits of ``people`` scored with the pool's criteria and weights."""
    people = sorted(people, key=lambda m: m.participant_id)
    ids = [m.participant_id for m in people]
    corpus = pool.derived.get("corpus")
    settings = pool.settings

    def grid(reciprocal: bool) -> Ints:
        side = pair_pool(
            dataclasses.replace(settings, reciprocal=reciprocal),
            people,
            program_id=pool.program_id,
            prefer=pool.prefer,
            corpus=corpus,
        )
        return score_grid(side).points.astype(np.int64)

    peer = grid(reciprocal=True)  # each pair once, smaller id on the left
    peer = peer + peer.T
    # grid[mentee row, mentor column]; lead[l, m] is l leading m.
    lead = peer.copy() if settings.reciprocal else grid(reciprocal=False).T.copy()
    np.fill_diagonal(lead, 0)
    np.fill_diagonal(peer, 0)
    index = {pid: i for i, pid in enumerate(ids)}
    apart = np.zeros((len(ids), len(ids)), dtype=bool)
    for a, b in pool.do_not_pair:
        if a in index and b in index:
            apart[index[a], index[b]] = apart[index[b], index[a]] = True
    return Fits(
        ids=tuple(ids),
        names=tuple(m.name for m in people),
        can_lead=np.array([m.role in MENTOR_ROLES for m in people], dtype=bool),
        lead=lead,
        peer=peer,
        apart=apart,
    )


# -- Sizes and the bound -------------------------------------------------------------------


def circle_sizes(people: int, circles: int) -> list[int]:
    """``circles`` sizes adding up to ``people`` that differ by at most one, larger first."""
    base, extra = divmod(people, circles)
    return [base + 1] * extra + [base] * (circles - extra)


def circle_count(people: int, size: int) -> int:
    """The fewest circles of at most ``size`` people for ``people`` people."""
    return max(1, math.ceil(people / size))


def _top_sum(values: Ints, count: int) -> Ints:
    """Per row, the sum of its ``count`` largest values."""
    if count <= 0 or values.shape[1] == 0:
        return np.zeros(values.shape[0], dtype=np.int64)
    count = min(count, values.shape[1])
    part = -np.partition(-values, count - 1, axis=1)[:, :count]
    return np.asarray(part.sum(axis=1), dtype=np.int64)


def upper_bound(fits: Fits, sizes: Sequence[int], leaders: Sequence[int] | None = None) -> float:
    """No way of forming circles of ``sizes`` (one leader each) has a higher quality.

    ``leaders`` (indexes): the leaders are these. See the module's notes for the proof.
    """
    n, k = len(fits.ids), len(sizes)
    lead_n = n - k
    peer_n = sum((s - 1) * (s - 2) // 2 for s in sizes)
    if lead_n <= 0:
        return 0.0
    fixed = None if leaders is None else np.array(sorted(leaders), dtype=np.intp)
    may_lead = fits.can_lead.copy() if fixed is None else np.isin(np.arange(n), fixed)
    lead = np.where(may_lead[:, None], fits.lead, -1)
    np.fill_diagonal(lead, -1)
    best_lead = np.maximum(lead.max(axis=0), 0).astype(np.float64)
    peers = fits.peer.copy()
    if fixed is not None:
        peers[:, fixed] = 0  # a leader is never a peer
    np.fill_diagonal(peers, 0)
    # A member's share: ½·lead/lead_n + ½·(½·their s−2 best peers)/peer_n.
    share_lead = best_lead / (2.0 * lead_n if peer_n else lead_n)
    slots: list[NDArray[np.float64]] = []
    for size in sorted(set(sizes)):
        places = sum(size - 1 for s in sizes if s == size)
        share = share_lead
        if peer_n:
            share = share + _top_sum(peers, size - 2).astype(np.float64) / (4.0 * peer_n)
        slots.extend([share] * places)
    value = np.column_stack(slots)  # people × member places
    if fixed is not None:
        value[fixed, :] = -1e9  # leaders are not members
    rows, cols = linear_sum_assignment(value, maximize=True)
    return float(value[rows, cols].sum()) / SCALE


# -- The search ------------------------------------------------------------------------------


def _product(a: Ints, b: Ints) -> Ints:
    """``a @ b`` of whole numbers, by BLAS in doubles (exact: every sum is far below 2**53)."""
    return np.rint(a.astype(np.float64) @ b.astype(np.float64)).astype(np.int64)


@dataclass
class _State:
    """Circles as arrays: circle of each person, each circle's leader; sums kept up to date."""

    circle: NDArray[np.intp]  # each person's circle
    leader: NDArray[np.intp]  # each circle's leader
    lead: Ints  # weights with do-not-pair penalties
    peer: Ints
    wl: int  # weight of a leader hundredth (the number of member pairs, or 1)
    wp: int  # weight of a peer hundredth (the number of leader pairs, or 0)

    def __post_init__(self) -> None:
        n, k = len(self.circle), len(self.leader)
        self.is_leader = np.zeros(n, dtype=bool)
        self.is_leader[self.leader] = True
        member = np.zeros((n, k), dtype=np.int64)
        rows = np.flatnonzero(~self.is_leader)
        member[rows, self.circle[rows]] = 1
        self.count = member.sum(axis=0)  # members per circle
        self.peer_sum = _product(self.peer, member)  # p's peer fit with c's members
        self.lead_sum = _product(self.lead, member)  # p leading c's members

    def value(self) -> int:
        members = np.flatnonzero(~self.is_leader)
        lead = int(self.lead[self.leader[self.circle[members]], members].sum())
        peer = int(self.peer_sum[members, self.circle[members]].sum()) // 2
        return self.wl * lead + self.wp * peer

    def _lead_of(self, people: NDArray[np.intp], circles: NDArray[np.intp]) -> Ints:
        return self.lead[self.leader[circles], people]

    def join(self, p: int, c: int) -> None:
        self.circle[p] = c
        self.count[c] += 1
        self.peer_sum[:, c] += self.peer[:, p]
        self.lead_sum[:, c] += self.lead[:, p]

    def leave(self, p: int) -> None:
        c = self.circle[p]
        self.count[c] -= 1
        self.peer_sum[:, c] -= self.peer[:, p]
        self.lead_sum[:, c] -= self.lead[:, p]

    def best_member_move(self, a: int) -> tuple[int, int, int] | None:
        """The best improving swap of member ``a`` with another circle's member, or move of
        ``a`` to a smaller circle: (gain, the other member or -1, circle)."""
        ca = self.circle[a]
        members = np.flatnonzero(~self.is_leader & (self.circle != ca))
        best: tuple[int, int, int] | None = None
        if len(members):
            cb = self.circle[members]
            lead_gain = (
                self.lead[self.leader[ca], members]
                + self.lead[self.leader[cb], a]
                - self.lead[self.leader[ca], a]
                - self.lead[self.leader[cb], members]
            )
            peer_gain = (
                self.peer_sum[members, ca]
                + self.peer_sum[a, cb]
                - 2 * self.peer[a, members]
                - self.peer_sum[a, ca]
                - self.peer_sum[members, cb]
            )
            gain = self.wl * lead_gain + self.wp * peer_gain
            j = int(np.argmax(gain))
            if gain[j] > 0:
                best = (int(gain[j]), int(members[j]), int(cb[j]))
        smaller = np.flatnonzero(self.count == self.count[ca] - 1)
        if len(smaller):
            gain = self.wl * (
                self.lead[self.leader[smaller], a] - self.lead[self.leader[ca], a]
            ) + self.wp * (self.peer_sum[a, smaller] - self.peer_sum[a, ca])
            j = int(np.argmax(gain))
            if gain[j] > 0 and (best is None or gain[j] > best[0]):
                best = (int(gain[j]), -1, int(smaller[j]))
        return best

    def swap(self, a: int, b: int) -> None:
        ca, cb = self.circle[a], self.circle[b]
        self.leave(a)
        self.leave(b)
        self.join(a, cb)
        self.join(b, ca)

    def move(self, a: int, c: int) -> None:
        self.leave(a)
        self.join(a, c)

    def best_lead_change(self, c: int, can_lead: NDArray[np.bool_]) -> tuple[int, int] | None:
        """The best improving hand-over of circle ``c``'s lead to a mentor who is a member
        (of ``c``, or of another circle, the old leader taking their place): (gain, mentor)."""
        old = self.leader[c]
        cands = np.flatnonzero(can_lead & ~self.is_leader)
        if not len(cands):
            return None
        d = self.circle[cands]
        inside = d == c
        # Circle c: its members (without the candidate if inside, with the old leader).
        lead_c = self.lead_sum[cands, c] - self.lead_sum[old, c]
        lead_c = lead_c + np.where(inside, self.lead[cands, old] - self.lead[cands, cands], 0)
        # A candidate inside c: the old leader becomes a member among c's others.
        peer_in = self.peer_sum[old, c] - self.peer[old, cands] - self.peer_sum[cands, c]
        # A candidate of circle d: the old leader takes their member place in d.
        lead_d = self.lead[self.leader[d], old] - self.lead[self.leader[d], cands]
        peer_out = self.peer_sum[old, d] - self.peer[old, cands] - self.peer_sum[cands, d]
        gain = self.wl * (lead_c + np.where(inside, 0, lead_d)) + self.wp * np.where(
            inside, peer_in, peer_out
        )
        j = int(np.argmax(gain))
        return (int(gain[j]), int(cands[j])) if gain[j] > 0 else None

    def hand_over(self, c: int, p: int) -> None:
        old = self.leader[c]
        d = self.circle[p]
        self.leave(p)
        self.is_leader[p] = True
        self.is_leader[old] = False
        self.leader[c] = p
        self.circle[p] = c
        self.join(old, d)


def _local_search(
    state: _State, can_lead: NDArray[np.bool_] | None, progress: Progress | None = None
) -> None:
    """Take improving moves until none is left (``can_lead`` None: leaders stay).

    Each round looks at every member once; after a move, the people of the two circles
    it changed are looked at again first (the moves most likely to have opened up). A
    round with no move at all, and no hand-over of a lead after it, ends the search: the
    circles are then a local optimum for every kind of move.
    """
    n = len(state.circle)
    while True:
        queue = deque(range(n))
        waiting = np.ones(n, dtype=bool)
        moves = 0
        while queue:
            a = queue.popleft()
            waiting[a] = False
            if progress is not None and moves % 256 == 255:
                progress.check()
            if state.is_leader[a]:
                continue
            found = state.best_member_move(a)
            if found is None:
                continue
            _, b, c = found
            touched = (state.circle[a], c)
            if b >= 0:
                state.swap(a, b)
            else:
                state.move(a, c)
            moves += 1
            again = np.flatnonzero(np.isin(state.circle, touched) & ~waiting)
            waiting[again] = True
            queue.extend(again.tolist())
        handed = 0
        if can_lead is not None:
            for c in range(len(state.leader)):
                change = state.best_lead_change(c, can_lead)
                if change is not None:
                    state.hand_over(c, change[1])
                    handed += 1
        if moves == 0 and handed == 0:
            return


def _start(
    lead: Ints, peer: Ints, can_lead: NDArray[np.bool_], sizes: Sequence[int],
    leaders: NDArray[np.intp] | None,
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:  # fmt: skip
    """Leaders (the given, or the mentors with the best fits), members by exact assignment."""
    n, k = lead.shape[0], len(sizes)
    if leaders is None:
        width = max(sizes) - 1
        top = _top_sum(np.where(can_lead[:, None], lead, -1), width)
        order = [int(i) for i in np.lexsort((np.arange(n), -top)) if can_lead[i]]
        leaders = np.array(sorted(order[:k]), dtype=np.intp)
    members = np.setdiff1d(np.arange(n), leaders)
    slots = np.repeat(np.arange(k), [s - 1 for s in sizes])
    value = lead[np.ix_(leaders[slots], members)].T  # members × places
    rows, cols = linear_sum_assignment(value, maximize=True)
    circle = np.full(n, -1, dtype=np.intp)
    circle[members[rows]] = slots[cols]
    circle[leaders] = np.arange(k)
    return circle, leaders.copy()


RESTART_EVERY = 4  # every fourth shake starts again from random circles


def _random_start(
    rng: np.random.Generator, can_lead: NDArray[np.bool_], sizes: Sequence[int],
    leaders: NDArray[np.intp] | None,
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:  # fmt: skip
    n, k = len(can_lead), len(sizes)
    if leaders is None:
        leaders = np.sort(rng.choice(np.flatnonzero(can_lead), size=k, replace=False))
    members = rng.permutation(np.setdiff1d(np.arange(n), leaders))
    circle = np.full(n, -1, dtype=np.intp)
    circle[members] = np.repeat(np.arange(k), [s - 1 for s in sizes])
    circle[leaders] = np.arange(k)
    return circle, np.asarray(leaders, dtype=np.intp).copy()


def _shake(rng: np.random.Generator, state: _State, can_lead: NDArray[np.bool_] | None) -> None:
    """A few random swaps of members, and a random hand-over of a lead when leaders may
    change."""
    members = np.flatnonzero(~state.is_leader)
    for _ in range(int(rng.integers(2, max(3, min(7, len(members) // 6 + 2))))):
        a, b = rng.choice(members, size=2, replace=False)
        if state.circle[a] != state.circle[b]:
            state.swap(int(a), int(b))
    if can_lead is not None:
        free = np.flatnonzero(can_lead & ~state.is_leader)
        if len(free):
            state.hand_over(int(rng.integers(len(state.leader))), int(rng.choice(free)))


def _search(
    fits: Fits, sizes: Sequence[int], leaders: NDArray[np.intp] | None, shakes: int,
    progress: Progress | None = None,
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:  # fmt: skip
    n, k = len(fits.ids), len(sizes)
    lead_n = n - k
    peer_n = sum((s - 1) * (s - 2) // 2 for s in sizes)
    lead = fits.lead - APART * fits.apart
    peer = fits.peer - APART * fits.apart
    np.fill_diagonal(lead, 0)
    np.fill_diagonal(peer, 0)
    wl, wp = (peer_n, lead_n) if peer_n else (1, 0)
    circle, leader = _start(lead, peer, fits.can_lead, sizes, leaders)
    can_lead = None if leaders is not None else fits.can_lead
    state = _State(circle, leader, lead, peer, wl, wp)
    _local_search(state, can_lead, progress)
    best = (state.value(), state.circle.copy(), state.leader.copy())
    rng = np.random.default_rng(SEED)
    for shake in range(shakes):
        if progress is not None:
            progress.check()
            progress.set_progress(shake, shakes, "Forming circles")
        if shake % RESTART_EVERY == RESTART_EVERY - 1:
            state = _State(*_random_start(rng, fits.can_lead, sizes, leaders), lead, peer, wl, wp)
        else:
            state = _State(best[1].copy(), best[2].copy(), lead, peer, wl, wp)
            _shake(rng, state, can_lead)
        _local_search(state, can_lead, progress)
        value = state.value()
        if value > best[0]:
            best = (value, state.circle.copy(), state.leader.copy())
    return best[1], best[2]


def _partitions(people: list[int], sizes: list[int]) -> list[list[list[int]]]:
    """Every way of splitting ``people`` into groups of ``sizes`` (equal sizes unordered)."""
    if not sizes:
        return [[]]
    first, rest = people[0], people[1:]
    found = []
    for size in sorted(set(sizes), reverse=True):  # the circle of the first person
        rest_sizes = list(sizes)
        rest_sizes.remove(size)
        for others in itertools.combinations(rest, size - 1):
            left = [p for p in rest if p not in others]
            for tail in _partitions(left, rest_sizes):
                found.append([[first, *others], *tail])
    return found


def _exact(
    fits: Fits, sizes: list[int], leaders: NDArray[np.intp] | None
) -> tuple[NDArray[np.intp], NDArray[np.intp]] | None:
    """The best circles by trying every partition (small pools), or None if none is possible.

    Splits that differ only in which of two equal-size circles comes first are the same;
    a circle's best leader is chosen on its own, as the denominators are fixed.
    """
    n, k = len(fits.ids), len(sizes)
    peer_n = sum((s - 1) * (s - 2) // 2 for s in sizes)
    wl, wp = (peer_n, n - k) if peer_n else (1, 0)
    lead = fits.lead - APART * fits.apart
    peer = fits.peer - APART * fits.apart
    allowed = fits.can_lead if leaders is None else np.isin(np.arange(n), leaders)
    cache: dict[tuple[int, ...], tuple[int, int] | None] = {}

    def best_leader(group: tuple[int, ...]) -> tuple[int, int] | None:
        if group not in cache:
            options = []
            for lead_i in group:
                if not allowed[lead_i]:
                    continue
                members = [p for p in group if p != lead_i]
                block = peer[np.ix_(members, members)]
                value = wl * int(lead[lead_i, members].sum()) + wp * int(block.sum()) // 2
                options.append((value, -lead_i))
            cache[group] = (max(options)[0], -max(options)[1]) if options else None
        return cache[group]

    best: tuple[int, list[list[int]], list[int]] | None = None
    for split in _partitions(list(range(n)), sorted(sizes, reverse=True)):
        if leaders is not None and any(int(np.isin(g, leaders).sum()) != 1 for g in split):
            continue
        chosen = [best_leader(tuple(g)) for g in split]
        if any(c is None for c in chosen):
            continue
        total = sum(c[0] for c in chosen if c is not None)
        if best is None or total > best[0]:
            best = (total, split, [c[1] for c in chosen if c is not None])
    if best is None:
        return None
    circle = np.full(n, -1, dtype=np.intp)
    for c, group in enumerate(best[1]):
        circle[group] = c
    return circle, np.array(best[2], dtype=np.intp)


def exact_feasible(people: int, sizes: Sequence[int]) -> bool:
    return people <= EXACT_MAX_PEOPLE and len(sizes) > 1


# -- Forming --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormedCircle:
    leaders: tuple[int, ...]  # participant ids
    members: tuple[int, ...]
    quality: Quality  # this circle on its own


@dataclass(frozen=True)
class Formation:
    """Circles formed from a program's ready pool, with their quality and its bound."""

    program_id: int
    circles: tuple[FormedCircle, ...]
    quality: Quality
    bound: float  # no circles of these sizes can have a higher quality
    exact: bool  # the circles are the best there are
    fits: Fits
    names: dict[int, str]
    not_ready: tuple[int, ...]  # participant ids left out as not ready
    signature: str
    seconds: float

    @property
    def gap(self) -> float:
        """How far the quality may be below the best possible, in score points."""
        return max(0.0, self.bound - self.quality.quality)

    def rescored(self, circles: Sequence[tuple[Sequence[int], Sequence[int]]]) -> Quality:
        """The quality of circles as the coordinator rearranged them (leader ids, member ids)."""
        return self.fits.quality(circles)


def circles_signature(ids: Sequence[int], busy: Sequence[int]) -> str:
    digest = hashlib.sha256()
    digest.update(",".join(map(str, sorted(ids))).encode())
    digest.update(b"|")
    digest.update(",".join(map(str, sorted(busy))).encode())
    return digest.hexdigest()


def people_in_open_circles(session: Session, program_id: int) -> set[int]:
    rows = session.scalars(
        select(CircleMember.participant_id)
        .join(Circle, Circle.id == CircleMember.circle_id)
        .where(Circle.program_id == program_id, Circle.status.in_(OPEN_CIRCLE))
    )
    return set(rows)


def circle_pool(pool: Pool, busy: set[int], *, mentors_only: bool = False) -> list[Member]:
    """The ready people of a pool (either side; ``mentors_only``: the mentors, for mentor
    support circles) who are in no open circle, in id order."""
    seen: dict[int, Member] = {}
    sides = (pool.mentors,) if mentors_only else (pool.mentors, pool.mentees)
    for member in (m for side in sides for m in side.members):
        if member.participant_id not in busy:
            seen.setdefault(member.participant_id, member)
    return [seen[i] for i in sorted(seen)]


def form_from(
    pool: Pool,
    people: Sequence[Member],
    *,
    size: int | None = None,
    circles: int | None = None,
    leaders: Sequence[int] | None = None,
    shakes: int | None = None,
    exact: bool | None = None,
    progress: Progress | None = None,
    signature: str = "",
) -> Formation:
    """Form circles of ``people`` (see the module's notes); no database."""
    started = time.perf_counter()
    if size is not None and size < 2:
        raise CircleSizeInvalid()
    if len(people) < 2:
        raise TooFewForCircles(count=len(people))
    fits = fits_for(pool, people)
    n = len(fits.ids)
    fixed = None
    if leaders:
        wanted = sorted(set(leaders))
        if any(p not in fits.ids or not fits.can_lead[fits.index(p)] for p in wanted):
            raise LeaderNotInPool()
        fixed = np.array([fits.index(p) for p in wanted], dtype=np.intp)
    if circles is not None and not 1 <= circles <= n // 2:
        raise CircleCountInvalid(count=n, most=n // 2)
    if fixed is not None and circles is not None and len(fixed) != circles:
        raise LeadersNotOnePerCircle(circles=circles, leaders=len(fixed))
    k = circles or (len(fixed) if fixed is not None else circle_count(n, size or 6))
    k = max(1, min(k, n // 2))  # too few people for that size: circles of two at least
    if fixed is not None and len(fixed) > k:
        raise LeadersNotOnePerCircle(circles=k, leaders=len(fixed))
    if int(fits.can_lead.sum()) < k:
        raise TooFewLeaders(circles=k, leaders=int(fits.can_lead.sum()))
    sizes = circle_sizes(n, k)
    solved = None
    use_exact = exact if exact is not None else exact_feasible(n, sizes)
    if use_exact:
        solved = _exact(fits, sizes, fixed)
    is_exact = solved is not None
    if solved is None:
        rounds = shakes if shakes is not None else max(6, min(60, 6000 // max(n, 1)))
        solved = _search(fits, sizes, fixed, rounds, progress)
    circle_of, leader_of = solved
    formed = []
    for c in range(k):
        leader_ids = (fits.ids[int(leader_of[c])],)
        member_ids = tuple(
            fits.ids[int(p)] for p in np.flatnonzero(circle_of == c) if p != leader_of[c]
        )
        formed.append(
            FormedCircle(leader_ids, member_ids, fits.quality([(leader_ids, member_ids)]))
        )
    formed.sort(key=lambda f: (-f.quality.quality, f.leaders))
    quality = fits.quality([(f.leaders, f.members) for f in formed])
    return Formation(
        program_id=pool.program_id,
        circles=tuple(formed),
        quality=quality,
        bound=max(
            quality.quality, upper_bound(fits, sizes, None if fixed is None else list(fixed))
        ),
        exact=is_exact,
        fits=fits,
        names=dict(zip(fits.ids, fits.names, strict=True)),
        not_ready=tuple(sorted(m.participant_id for m in pool.not_ready)),
        signature=signature,
        seconds=time.perf_counter() - started,
    )


def form_circles(
    db: Database,
    program_id: int,
    *,
    size: int | None = 6,
    circles: int | None = None,
    leaders: Sequence[int] | None = None,
    mentors_only: bool = False,
    progress: Progress | None = None,
) -> Formation:
    """Circles of at most ``size`` people (or ``circles`` of them) from the ready pool.

    ``mentors_only``: mentor support circles, of the ready mentors only (those in pairs
    too); otherwise mentoring groups of everyone ready, mentors leading.

    Reads only; :func:`peerdesk.groups.circles.confirm_circles` saves them.
    ``leaders``: the participant ids that lead (one circle each). Cancelling
    ``progress`` raises :class:`peerdesk.progress.Cancelled`.
    """
    if progress is not None:
        progress.set_progress(0, None, "Reading the pool")
    with db.reading() as session:
        pool = load_pool(session, program_id)
        busy = people_in_open_circles(session, program_id)
    people = circle_pool(pool, busy, mentors_only=mentors_only)
    signature = circles_signature([m.participant_id for m in people], sorted(busy))
    return form_from(
        pool, people, size=size, circles=circles, leaders=leaders, progress=progress,
        signature=signature,
    )  # fmt: skip
