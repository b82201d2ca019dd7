"""Honour preferences: a stable matching over the wishes people gave, the rest by score.

People name whom they would like to be paired with, first choice first (import
columns such as "Preferred mentor(s)", or *Prefer…* on the board). A pair is
*wished* when either of the two named the other; only allowed pairs count (a
do-not-pair rule, a past pair or a must-match criterion still forbids it).

Each person orders the partners of their wished pairs: the ones they named
themselves in their own order, then those who named them, best score first
(ties by position, so the order is always the same). With those orders:

* :func:`stable_partners` runs mentee-proposing deferred acceptance with
  mentor places (Gale–Shapley with capacities) over the wished pairs, then
  fills the mentees and places it left free with the exact best-score optimum
  of the rest (:func:`peerdesk.matching.solve.solve_assignment`). Filling
  never creates a blocking pair: a mentor who turned someone down was full and
  stays full, and a mentee left free had been turned down by every wished
  partner.
* :func:`blocking_pair_count` counts, for any matching, the wished pairs that
  would both rather be together: the mentee has no partner or ranks the mentor
  above their own, and the mentor has a free place or ranks the mentee above
  their least-wanted one. A partner outside one's wished pairs ranks below
  every wished one. Deferred acceptance gives 0.

A mutual first choice is therefore always honoured (when the pair is allowed
and the mentor has a place): the mentee proposes there first and the mentor
never lets their own first choice go.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from peerdesk.enums import MatchObjective
from peerdesk.errors import UserError
from peerdesk.matching.pool import Pool
from peerdesk.matching.scoring import ScoreGrid
from peerdesk.matching.solve import objective_weights, solve_assignment
from peerdesk.progress import Progress

UNWISHED = 1 << 30  # the rank of a partner outside one's wished pairs


class StableNeedsTwoSides(UserError):
    template = (
        "Honour preferences (stable) pairs mentees with mentors; this program matches peers "
        "in one pool. Choose the best total score or most people matched instead."
    )


@dataclass(frozen=True)
class Wishes:
    """Both sides' orders over the wished pairs, as grid rows and columns."""

    mentee_order: list[list[int]]  # per mentee row: mentor columns, most wanted first
    mentor_rank: list[dict[int, int]]  # per mentor column: mentee row -> position

    def mentee_rank(self, row: int, col: int) -> int:
        order = self.mentee_order[row]
        return order.index(col) if col in order else UNWISHED

    @property
    def pairs(self) -> int:
        return sum(len(order) for order in self.mentee_order)


def wishes(pool: Pool, grid: ScoreGrid) -> Wishes:
    """The wished pairs of a two-sided pool and each side's order over them."""
    rows = {pid: i for i, pid in enumerate(pool.mentees.ids.tolist())}
    cols = {pid: j for j, pid in enumerate(pool.mentors.ids.tolist())}
    own_mentee: dict[int, list[int]] = defaultdict(list)  # row -> cols it named
    own_mentor: dict[int, list[int]] = defaultdict(list)  # col -> rows it named
    for asker, targets in pool.wishes.items():
        for target in targets:
            if asker in rows and target in cols:
                i, j = rows[asker], cols[target]
                if grid.allowed[i, j] and j not in own_mentee[i]:
                    own_mentee[i].append(j)
            if asker in cols and target in rows:
                i, j = rows[target], cols[asker]
                if grid.allowed[i, j] and i not in own_mentor[j]:
                    own_mentor[j].append(i)
    named_by_mentors: dict[int, list[int]] = defaultdict(list)  # row -> cols naming it
    for j, named in own_mentor.items():
        for i in named:
            named_by_mentors[i].append(j)
    named_by_mentees: dict[int, list[int]] = defaultdict(list)  # col -> rows naming it
    for i, named in own_mentee.items():
        for j in named:
            named_by_mentees[j].append(i)
    points = grid.points
    mentee_order: list[list[int]] = []
    for i in range(len(pool.mentees)):
        own = own_mentee.get(i, [])
        others = {j for j in named_by_mentors.get(i, []) if j not in own}
        rest = sorted(others, key=lambda j: (-int(points[i, j]), j))
        mentee_order.append([*own, *rest])
    mentor_rank: list[dict[int, int]] = []
    for j in range(len(pool.mentors)):
        own = own_mentor.get(j, [])
        others = {i for i in named_by_mentees.get(j, []) if i not in own}
        rest = sorted(others, key=lambda i: (-int(points[i, j]), i))
        mentor_rank.append({i: position for position, i in enumerate([*own, *rest])})
    return Wishes(mentee_order, mentor_rank)


def deferred_acceptance(wished: Wishes, capacity: NDArray[np.int64]) -> NDArray[np.intp]:
    """Mentee-proposing deferred acceptance with mentor places: per mentee row, a column or -1."""
    n = len(wished.mentee_order)
    mentor_of = np.full(n, -1, dtype=np.intp)
    following = [0] * n  # the next place in each mentee's order to propose to
    held: dict[int, list[int]] = defaultdict(list)  # col -> rows it holds
    free = list(range(n - 1, -1, -1))  # popped from the end: lowest row first
    while free:
        i = free.pop()
        order = wished.mentee_order[i]
        while following[i] < len(order):
            j = order[following[i]]
            following[i] += 1
            if capacity[j] <= 0:
                continue
            ranks = wished.mentor_rank[j]
            holding = held[j]
            if len(holding) < capacity[j]:
                holding.append(i)
                mentor_of[i] = j
                break
            worst = max(holding, key=lambda r: ranks[r])
            if ranks[i] < ranks[worst]:
                holding.remove(worst)
                holding.append(i)
                mentor_of[i] = j
                mentor_of[worst] = -1
                free.append(worst)
                break
    return mentor_of


def stable_partners(
    pool: Pool, grid: ScoreGrid, margin: int = 0, progress: Progress | None = None
) -> NDArray[np.intp]:
    """The wished pairs by deferred acceptance, then the exact best-score optimum of the rest."""
    if pool.reciprocal:
        raise StableNeedsTwoSides()
    wished = wishes(pool, grid)
    mentor_of = deferred_acceptance(wished, pool.remaining)
    matched = mentor_of >= 0
    used = np.bincount(mentor_of[matched], minlength=len(pool.mentors)).astype(np.int64)
    weights = objective_weights(grid.points, grid.allowed, MatchObjective.BEST_SCORE)
    weights[matched, :] = 0
    left = np.maximum(pool.remaining - used, 0)
    unit = len(pool.mentees) + 1
    rest = solve_assignment(weights, left, margin=margin * unit, progress=progress).mentor_of
    return np.where(matched, mentor_of, rest).astype(np.intp)


def blocking_pair_count(pool: Pool, grid: ScoreGrid, mentor_of: NDArray[np.intp]) -> int | None:
    """How many wished pairs would both rather be together than as matched (None: peers)."""
    if pool.reciprocal:
        return None
    wished = wishes(pool, grid)
    partners = mentor_of.tolist()
    places = pool.remaining.tolist()
    taken: dict[int, list[int]] = defaultdict(list)
    for i, j in enumerate(partners):
        if j >= 0:
            taken[j].append(i)
    count = 0
    for i, order in enumerate(wished.mentee_order):
        if not order:
            continue
        own = partners[i]
        mine = wished.mentee_rank(i, own) if own >= 0 else UNWISHED + 1
        for position, j in enumerate(order):
            if position >= mine:
                break  # the mentee has someone they want at least as much
            ranks = wished.mentor_rank[j]
            holding = taken.get(j, [])
            room = len(holding) < places[j]
            if room or (holding and ranks[i] < max(ranks.get(r, UNWISHED) for r in holding)):
                count += 1
    return count
