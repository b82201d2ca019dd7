"""The whole-pool optimum: the set of pairs with the best total, mentors' places respected.

This is an assignment with capacities (a b-matching). Solving it as a textbook
assignment over every mentee × mentor place is exact but slow: the grid is
copied once per place and the solver works through every pair. Almost all of
those pairs can never be in an optimum — a mentee's 400th-best mentor is not
chosen while better ones have room — so the solver works on a small candidate
set and then *proves* that nothing outside it could do better:

1. Candidates: each mentee's best few mentors and each mentor's best few mentees.
2. Solve the assignment on the candidates exactly (scipy's sparse
   Jonker–Volgenant, ``min_weight_full_bipartite_matching``, mentor places as
   columns and a "no mentor" column per mentee).
3. Compute the linear-programming dual of that solution — a value ``u`` per
   mentee and ``v`` per mentor with ``u + v`` equal to the pair's weight on
   every chosen pair — by relaxing the conditions to their least fixed point.
4. If ``u[i] + v[j] >= w[i, j]`` holds for *every* allowed pair of the whole
   grid (one vectorised comparison), the duals certify that no solution on the
   full grid has a higher total: done. Otherwise the pairs that break it join
   the candidates and the loop repeats; it ends at the latest when every pair
   is a candidate, so the answer is always the exact optimum.

Weights are whole numbers (score points), so every total and every check is
exact. The objective is folded into the weights: "best score" adds a tie-break
that prefers matching more people among equally good totals; "most matched"
adds a bonus per pair larger than any total score, so the count comes first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from scipy.optimize import linear_sum_assignment
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from peerdesk.enums import MatchObjective
from peerdesk.matching.scoring import MAX_POINTS
from peerdesk.progress import Progress

log = logging.getLogger(__name__)

FIRST_PER_MENTEE = 8
FIRST_PER_MENTOR = 6
MAX_EXACT = 2**53  # doubles hold whole numbers exactly up to here

Ints = NDArray[np.int64]


def objective_weights(
    points: NDArray[np.int32], allowed: NDArray[np.bool_], objective: MatchObjective
) -> Ints:
    """Whole-number pair weights whose best total is the objective's best (0: not allowed)."""
    n = points.shape[0]
    if objective == MatchObjective.MOST_MATCHED:
        # One more pair always beats any gain in score.
        weights = points.astype(np.int64) + (MAX_POINTS * n + 1)
    else:
        # Score first; among equal totals, more pairs.
        weights = points.astype(np.int64) * (n + 1) + 1
    weights[~allowed] = 0
    weights = np.asarray(weights, dtype=np.int64)
    if n and int(weights.max(initial=0)) * n >= MAX_EXACT:
        raise ValueError("the pool is too large for exact whole-number totals")
    return weights


@dataclass(frozen=True)
class Solution:
    mentor_of: NDArray[np.intp]  # per mentee row: mentor column, or -1
    rounds: int
    candidates: int
    # The certificate: u + v >= w on every allowed pair, sum(u) + sum(v) == the total
    # (None when the safety net solved the full grid without one).
    duals: tuple[Ints, Ints] | None = None


def _top(weights: Ints, mask: NDArray[np.bool_], k: int, axis: int) -> tuple[Ints, Ints]:
    """The (row, col) of the ``k`` heaviest allowed pairs along ``axis``."""
    size = weights.shape[axis]
    if size == 0 or k <= 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    if k >= size:
        rows, cols = np.nonzero(mask)
        return rows.astype(np.int64), cols.astype(np.int64)
    keyed = np.where(mask, weights, -1)
    best = np.argpartition(-keyed, k - 1, axis=axis)
    best = best[:k] if axis == 0 else best[:, :k]
    if axis == 1:
        rows = np.repeat(np.arange(weights.shape[0]), k)
        cols = best.ravel()
    else:
        rows = best.ravel()
        cols = np.tile(np.arange(weights.shape[1]), k)
    keep = mask[rows, cols]
    return rows[keep].astype(np.int64), cols[keep].astype(np.int64)


def _solve_sparse(weights: Ints, rows: Ints, cols: Ints, capacity: Ints) -> NDArray[np.intp]:
    """Exact best assignment on the candidate pairs, mentor places as columns."""
    n = weights.shape[0]
    places = np.concatenate([[0], np.cumsum(capacity)])
    total_places = int(places[-1])
    per = capacity[cols]
    edge_rows = np.repeat(rows, per)
    first = np.repeat(places[cols], per)
    within = np.arange(int(per.sum())) - np.repeat(np.cumsum(per) - per, per)
    edge_cols = first + within
    # Every weight gets +1 and each mentee a "no mentor" column of weight 1: a full
    # matching always exists, and the constant changes no comparison.
    edge_weights = np.repeat(weights[rows, cols], per).astype(np.float64) + 1.0
    all_rows = np.concatenate([edge_rows, np.arange(n)])
    all_cols = np.concatenate([edge_cols, total_places + np.arange(n)])
    all_weights = np.concatenate([edge_weights, np.ones(n)])
    graph = sp.csr_matrix((all_weights, (all_rows, all_cols)), shape=(n, total_places + n))
    matched_rows, matched_cols = min_weight_full_bipartite_matching(graph, maximize=True)
    owner = np.repeat(np.arange(len(capacity)), capacity)
    mentor_of = np.full(n, -1, dtype=np.intp)
    real = matched_cols < total_places
    mentor_of[matched_rows[real]] = owner[matched_cols[real]]
    return mentor_of


def _duals(
    weights: Ints, rows: Ints, cols: Ints, capacity: Ints, mentor_of: NDArray[np.intp]
) -> tuple[Ints, Ints] | None:
    """Duals (u per mentee, v per mentor) proving ``mentor_of`` optimal on the candidates.

    v is the least solution of v[j] = max(0, max over candidates (i, j) of
    w[i, j] - u[i]), where u[i] = w[i, mentor] - v[mentor] for a matched mentee and
    0 otherwise. None when no such duals exist (the solution is not optimal).
    """
    n, m = weights.shape
    matched = mentor_of >= 0
    partner = np.where(matched, mentor_of, 0)
    own = np.where(matched, weights[np.arange(n), partner], 0)
    edge_w = weights[rows, cols]
    order = np.argsort(cols, kind="stable")
    rows_s, cols_s, w_s = rows[order], cols[order], edge_w[order]
    starts: NDArray[np.intp] = np.flatnonzero(np.r_[True, cols_s[1:] != cols_s[:-1]])
    v = np.zeros(m, dtype=np.int64)
    for _ in range(m + 2):
        u = np.where(matched, own - v[partner], 0)
        new = np.zeros(m, dtype=np.int64)
        if len(cols_s):
            best = np.maximum.reduceat(w_s - u[rows_s], starts)
            new[cols_s[starts]] = np.maximum(best, 0)
        if np.array_equal(new, v):
            break
        v = new
    else:
        return None
    u = np.where(matched, own - v[partner], 0)
    used = np.bincount(mentor_of[matched], minlength=m)
    if (u < 0).any() or ((v > 0) & (used < capacity)).any():
        return None
    return u, v


def _dense(weights: Ints, capacity: Ints) -> NDArray[np.intp]:
    """The textbook solve: every mentor place a column. Only a safety net."""
    n = weights.shape[0]
    expanded = np.repeat(weights.astype(np.float64), capacity, axis=1)
    expanded = np.hstack([expanded, np.zeros((n, n))])
    row_ind, col_ind = linear_sum_assignment(expanded, maximize=True)
    owner = np.repeat(np.arange(len(capacity)), capacity)
    mentor_of = np.full(n, -1, dtype=np.intp)
    for r, c in zip(row_ind, col_ind, strict=True):
        if c < len(owner) and weights[r, owner[c]] > 0:
            mentor_of[r] = owner[c]
    return mentor_of


def solve_assignment(
    weights: Ints, capacity: Ints, *, margin: int = 0, progress: Progress | None = None
) -> Solution:
    """The exact maximum-weight assignment: each mentee at most one mentor, mentor j at
    most ``capacity[j]`` mentees, only pairs of positive weight. Deterministic.

    ``margin``: when the check finds pairs that could improve the total, pairs
    within this much of doing so join the candidates too, which saves rounds.
    """
    n, m = weights.shape
    capacity = np.asarray(capacity, dtype=np.int64)
    mask = (weights > 0) & (capacity > 0)[None, :]
    if n == 0 or m == 0 or not mask.any():
        return Solution(np.full(n, -1, dtype=np.intp), 0, 0)
    r1, c1 = _top(weights, mask, FIRST_PER_MENTEE, axis=1)
    r2, c2 = _top(weights, mask, FIRST_PER_MENTOR * int(capacity.max()), axis=0)
    codes = np.unique(np.concatenate([r1 * m + c1, r2 * m + c2]))
    rounds = 0
    while True:
        rounds += 1
        if progress is not None:
            progress.check()
            progress.set_progress(rounds, None, "Finding the best pairs")
        rows, cols = np.divmod(codes, m)
        mentor_of = _solve_sparse(weights, rows, cols, capacity)
        duals = _duals(weights, rows, cols, capacity, mentor_of)
        if duals is None:
            log.warning("no duals for a sparse solution; solving the full grid")
            return Solution(_dense(weights, capacity), rounds, n * m)
        u, v = duals
        # Every allowed pair of the whole grid must satisfy u + v >= w.
        slack = u[:, None] + v[None, :] - weights
        slack[~mask] = MAX_EXACT
        short = slack < 0
        if not short.any():
            return Solution(mentor_of, rounds, len(codes), duals)
        codes = np.union1d(codes, _near(slack, short, margin, budget=2 * len(codes)))


def _near(slack: Ints, short: NDArray[np.bool_], margin: int, budget: int) -> Ints:
    """Grid codes of every pair that breaks the check and of up to ``budget`` pairs
    that come within ``margin`` of breaking it, the closest first."""
    m = slack.shape[1]
    needed = np.flatnonzero(short)
    near = np.flatnonzero((slack < margin) & ~short)
    if len(near) > budget:
        near = near[np.argpartition(slack.ravel()[near], budget - 1)[:budget]]
    return np.concatenate([needed, near]).astype(np.int64) if m else needed


def total(weights: NDArray[np.integer], mentor_of: NDArray[np.intp]) -> int:
    rows = np.flatnonzero(mentor_of >= 0)
    return int(weights[rows, mentor_of[rows]].sum())
