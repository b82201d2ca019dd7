"""One matching run: read the pool, score it, solve it, explain it.

:func:`suggest` is what the board's "Suggest matches", the command line and
the tests call. It only reads; :mod:`peerdesk.matching.apply` saves.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from peerdesk.database import Database
from peerdesk.enums import MatchObjective, PairStatus
from peerdesk.matching.fairness import Audit, audit, fairest_partners
from peerdesk.matching.grid import score_grid
from peerdesk.matching.pool import Pool, load_pool
from peerdesk.matching.reasons import Explanation, explain
from peerdesk.matching.reciprocal import solve_reciprocal
from peerdesk.matching.scoring import SCALE, ScoreGrid
from peerdesk.matching.solve import objective_weights, solve_assignment
from peerdesk.matching.stable import blocking_pair_count, stable_partners
from peerdesk.matching.unmatched import Unmatched, unmatched
from peerdesk.progress import Progress

MARGIN_POINTS = 5 * SCALE  # see solve_assignment: candidates within 5 score points


@dataclass(frozen=True)
class SuggestedPair:
    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str
    score: float
    explanation: Explanation

    @property
    def top_reasons(self) -> list[str]:
        return self.explanation.top()


@dataclass(frozen=True)
class KeptPair:
    """A pair the run kept as it was: active, paused or locked."""

    pair_id: int
    mentor_id: int
    mentee_id: int
    status: PairStatus
    locked: bool


@dataclass(frozen=True)
class Suggestions:
    program_id: int
    objective: MatchObjective
    reciprocal: bool
    pairs: list[SuggestedPair]
    kept: list[KeptPair]
    unmatched: list[Unmatched]
    signature: str  # what the run was based on; saving checks it is unchanged
    seconds: float
    blocking_pairs: int | None = None  # wished pairs that would rather be together (None: peers)
    audit: Audit | None = None  # total, lowest, median, groups, wishes (see fairness.audit)
    next_round: bool = False  # a rotation round: saving it ends the round before (see rounds)

    @property
    def total_score(self) -> float:
        return round(sum(p.score for p in self.pairs), 2)


def pool_signature(pool: Pool) -> str:
    """A fingerprint of what the hard rules rest on: who can be matched, their places,
    the pairs kept, do-not-pair rules and past pairs."""
    digest = hashlib.sha256()
    for array in (pool.mentees.ids, pool.mentors.ids, pool.remaining):
        digest.update(np.ascontiguousarray(array, dtype=np.int64).tobytes())
        digest.update(b"|")
    for pair in pool.held:
        digest.update(f"{pair.pair_id}:{pair.mentor_id}:{pair.mentee_id};".encode())
    for name, pairs in (("dnp", pool.do_not_pair), ("past", pool.past)):
        digest.update(f"|{name}:{sorted(pairs)}".encode())
    return digest.hexdigest()


@dataclass
class Run:
    """The arrays of a run, for callers that want more than the suggestions (CSV, tests)."""

    pool: Pool
    grid: ScoreGrid
    partner_of: NDArray[np.intp]  # per mentee row: mentor column, or -1


def solve_pool(
    pool: Pool, objective: MatchObjective | None = None, progress: Progress | None = None
) -> Run:
    """Score and solve a pool (no reasons): the optimum for the objective."""
    objective = objective or pool.settings.objective
    grid = score_grid(pool, progress)
    if objective == MatchObjective.FAIREST:
        partner_of = fairest_partners(
            grid,
            pool.reciprocal,
            lambda allowed, aim: _solve(pool, dataclasses.replace(grid, allowed=allowed), aim),
            progress,
        )
    elif objective == MatchObjective.STABLE:
        partner_of = stable_partners(pool, grid, MARGIN_POINTS, progress)
    else:
        partner_of = _solve(pool, grid, objective, progress)
    return Run(pool, grid, partner_of)


def _solve(
    pool: Pool, grid: ScoreGrid, objective: MatchObjective, progress: Progress | None = None
) -> NDArray[np.intp]:
    """The exact optimum of best total or most matched over the grid's allowed pairs."""
    if pool.reciprocal:
        return solve_reciprocal(grid.points, grid.allowed, objective, progress=progress)
    weights = objective_weights(grid.points, grid.allowed, objective)
    unit = 1 if objective == MatchObjective.MOST_MATCHED else len(pool.mentees) + 1
    solution = solve_assignment(
        weights, pool.remaining, margin=MARGIN_POINTS * unit, progress=progress
    )
    return solution.mentor_of


def suggest_for_pool(
    pool: Pool, objective: MatchObjective | None = None, progress: Progress | None = None
) -> Suggestions:
    started = time.perf_counter()
    objective = objective or pool.settings.objective
    run = solve_pool(pool, objective, progress)
    if progress is not None:
        progress.check()
        progress.set_progress(0, None, "Explaining the pairs")
    rows = np.flatnonzero(run.partner_of >= 0)
    if pool.reciprocal:
        rows = rows[rows < run.partner_of[rows]]  # each pair once
    cols = run.partner_of[rows]
    explanations = explain(pool, rows, cols)
    pairs = []
    mentees, mentors = pool.mentees.members, pool.mentors.members
    for row, col, explanation in zip(rows.tolist(), cols.tolist(), explanations, strict=True):
        score = run.grid.score(row, col)
        pairs.append(
            SuggestedPair(
                mentor_id=mentors[col].participant_id,
                mentee_id=mentees[row].participant_id,
                mentor_name=mentors[col].name,
                mentee_name=mentees[row].name,
                score=score,
                explanation=dataclasses.replace(explanation, score=score),
            )
        )
    kept = [KeptPair(p.pair_id, p.mentor_id, p.mentee_id, p.status, p.locked) for p in pool.held]
    return Suggestions(
        program_id=pool.program_id,
        objective=objective,
        reciprocal=pool.reciprocal,
        pairs=pairs,
        kept=kept,
        unmatched=unmatched(pool, run.grid, run.partner_of, reciprocal=pool.reciprocal),
        signature=pool_signature(pool),
        seconds=time.perf_counter() - started,
        blocking_pairs=blocking_pair_count(pool, run.grid, run.partner_of),
        audit=audit(pool, run.grid, run.partner_of),
    )


def suggest(
    db: Database,
    program_id: int,
    *,
    objective: MatchObjective | None = None,
    keep_proposed: bool = False,
    next_round: bool = False,
    progress: Progress | None = None,
) -> Suggestions:
    """The best pairs for a program's pool, with reasons, and who is left unmatched and why.

    Reads only. ``objective`` defaults to the program's setting; ``keep_proposed``
    keeps earlier proposed pairs as they are (otherwise only locked ones are kept).
    ``next_round``: a new round of a rotating program — everyone is free again and
    nobody is paired with anyone they had before in this program (any status).
    Cancelling ``progress`` raises :class:`peerdesk.progress.Cancelled`.
    """
    if progress is not None:
        progress.set_progress(0, None, "Reading the pool")
    with db.reading() as session:
        pool = load_pool(session, program_id, keep_proposed=keep_proposed, next_round=next_round)
    result = suggest_for_pool(pool, objective, progress)
    return dataclasses.replace(result, next_round=True) if next_round else result
