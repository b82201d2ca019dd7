"""Fairest pairs, and the audit every suggestion run comes with.

**Fairest** first makes the lowest score any suggested pair gets as high as
possible, then the total. Decided here: it matches at least as many people as
*best total* does (a bottleneck is easy to raise by matching fewer people,
which nobody wants). So, with ``K`` the number of pairs of the best-total
optimum, it finds the largest score ``t`` such that ``K`` pairs can be made
from pairs scoring at least ``t`` (a binary search over the distinct scores,
each step an exact solve of "as many pairs as possible, then the best total"
over the pairs at or above ``t``), and returns that step's solution: as many
pairs as possible at that bottleneck (``>= K``), then the best total.

The **audit** sums a run up for a coordinator: total, lowest, median and
lowest-decile score, how many pairs fall below the "poor match" line
(:data:`peerdesk.matching.rules.LOW_SCORE`), the average score by group for
every categorical column (department, site, and custom columns with a few
repeated values such as gender, pronouns or cohort), with a plain sentence
when one group's average is more than 10 points below the rest, and how many
wishes (preferred partners) the pairs honour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from peerdesk.enums import MatchObjective
from peerdesk.matching.pool import Member, Pool
from peerdesk.matching.rules import LOW_SCORE
from peerdesk.matching.scoring import SCALE, ScoreGrid
from peerdesk.progress import Progress

POOR_MATCH = LOW_SCORE  # the board's "poor match" warning line
GROUP_GAP = 10.0  # a group this many points below the others gets a sentence
MAX_GROUPS = 12  # a custom column with more distinct values is free text, not a group


def _pairs(partner_of: NDArray[np.intp], reciprocal: bool) -> tuple[NDArray[np.intp], ...]:
    rows = np.flatnonzero(partner_of >= 0)
    if reciprocal:
        rows = rows[rows < partner_of[rows]]
    return rows, partner_of[rows]


def fairest_partners(
    grid: ScoreGrid,
    reciprocal: bool,
    solve: Callable[[NDArray[np.bool_], MatchObjective], NDArray[np.intp]],
    progress: Progress | None = None,
) -> NDArray[np.intp]:
    """The fairest solution (see the module text). ``solve(allowed, objective)`` is the
    exact solver of the pool for a narrower set of allowed pairs."""
    best = solve(grid.allowed, MatchObjective.BEST_SCORE)
    rows, _cols = _pairs(best, reciprocal)
    wanted = len(rows)
    if wanted == 0:
        return best
    values = np.unique(grid.points[grid.allowed])
    # Invariant: values[low] is reachable (the best-total optimum's own lowest is).
    low = int(np.searchsorted(values, grid.points[rows, best[rows]].min()))
    # Upper bound: at ``t`` at least ``wanted`` mentees (2 × wanted peers) need a pair >= t.
    keyed = np.where(grid.allowed, grid.points, -1)
    best_of = keyed.max(axis=1, initial=-1)
    if reciprocal:
        best_of = np.maximum(best_of, keyed.max(axis=0, initial=-1))
    need = 2 * wanted if reciprocal else wanted
    bound = np.sort(best_of)[::-1][need - 1]
    high = max(low, int(np.searchsorted(values, bound, side="right")) - 1)
    found: NDArray[np.intp] | None = None
    step = 0
    while low < high:
        step += 1
        if progress is not None:
            progress.check()
            progress.set_progress(step, None, "Raising the lowest score")
        middle = (low + high + 1) // 2
        partner = solve(grid.allowed & (grid.points >= values[middle]), MatchObjective.MOST_MATCHED)
        rows, cols = _pairs(partner, reciprocal)
        if len(rows) >= wanted:
            # Its own lowest may be well above the threshold asked for: start there.
            low = int(np.searchsorted(values, grid.points[rows, cols].min()))
            found = partner
        else:
            high = middle - 1
    if found is None:  # the best total's own lowest is as high as it goes
        found = solve(grid.allowed & (grid.points >= values[low]), MatchObjective.MOST_MATCHED)
    return found


@dataclass(frozen=True)
class GroupGap:
    column: str
    averages: dict[str, float]  # group -> average score of its matched people
    low_group: str | None  # a group more than GROUP_GAP below the others' average
    sentence: str


@dataclass(frozen=True)
class Audit:
    pairs: int
    total: float
    lowest: float | None
    median: float | None
    lowest_decile: float | None  # the average of the lowest tenth of the scores
    below_line: int
    line: float
    groups: list[GroupGap] = field(default_factory=list)
    wishes: int = 0  # wishes people gave, about people in this pool
    wishes_honoured: int = 0

    @property
    def wishes_text(self) -> str:
        if not self.wishes:
            return "No wishes were given."
        return f"{self.wishes_honoured} of {self.wishes} wishes honoured."

    def to_json(self) -> dict[str, Any]:
        return {
            "pairs": self.pairs,
            "total": self.total,
            "lowest": self.lowest,
            "median": self.median,
            "lowest_decile": self.lowest_decile,
            "poor_match_line": self.line,
            "below_line": self.below_line,
            "wishes": self.wishes,
            "wishes_honoured": self.wishes_honoured,
            "groups": [
                {"column": g.column, "averages": g.averages, "low_group": g.low_group}
                | ({"sentence": g.sentence} if g.sentence else {})
                for g in self.groups
            ],
        }


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _custom(key: str) -> Callable[[Member], str | None]:
    return lambda member: _text(member.custom_fields.get(key))


def _columns(everyone: list[Member]) -> dict[str, Callable[[Member], str | None]]:
    """The categorical columns of a pool, each a way to read one member's group.

    A custom column counts when its values repeat and are few (gender, pronouns,
    cohort), not when nearly everyone wrote something different."""
    columns: dict[str, Callable[[Member], str | None]] = {
        "Department": lambda m: _text(m.department),
        "Site": lambda m: _text(m.location),
    }
    for key in sorted({k for m in everyone for k in m.custom_fields}):
        given = [t for m in everyone if (t := _text(m.custom_fields.get(key)))]
        distinct = set(given)
        if 2 <= len(distinct) <= MAX_GROUPS and len(distinct) < len(given):
            label = key.replace("_", " ").capitalize()
            columns[label] = _custom(key)
    return columns


def _group_gaps(pool: Pool, people: list[tuple[Member, float]]) -> list[GroupGap]:
    gaps = []
    everyone = list(
        {m.participant_id: m for m in pool.mentees.members + pool.mentors.members}.values()
    )
    for column, group_of in _columns(everyone).items():
        scores: dict[str, list[float]] = defaultdict(list)
        for member, score in people:
            if (value := group_of(member)) is not None:
                scores[value].append(score)
        if len(scores) < 2:
            continue
        averages = {g: round(sum(s) / len(s), 1) for g, s in sorted(scores.items())}
        low_group, sentence = None, ""
        for group, average in averages.items():
            others = [s for g, ss in scores.items() if g != group for s in ss]
            rest = sum(others) / len(others)
            if rest - sum(scores[group]) / len(scores[group]) > GROUP_GAP:
                low_group = group
                sentence = (
                    f"{column} “{group}”: its people's pairs average {average:.1f}, "
                    f"{rest - average:.1f} points below the others ({rest:.1f})."
                )
                break
        gaps.append(GroupGap(column, averages, low_group, sentence))
    return gaps


def audit(pool: Pool, grid: ScoreGrid, partner_of: NDArray[np.intp]) -> Audit:
    """The audit of one run's suggested pairs (see the module text)."""
    rows, cols = _pairs(partner_of, pool.reciprocal)
    scores = np.sort(grid.points[rows, cols].astype(np.float64) / SCALE)
    count = len(scores)
    decile = scores[: max(1, count // 10)] if count else scores
    people: list[tuple[Member, float]] = []
    for row, col, score in zip(
        rows.tolist(), cols.tolist(), grid.points[rows, cols].tolist(), strict=True
    ):
        people.append((pool.mentees.members[row], score / SCALE))
        people.append((pool.mentors.members[col], score / SCALE))
    in_pool = {m.participant_id for m in pool.mentees.members + pool.mentors.members}
    together = {
        frozenset((pool.mentees.members[r].participant_id, pool.mentors.members[c].participant_id))
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True)
    }
    wishes = honoured = 0
    for asker, targets in pool.wishes.items():
        for target in targets:
            if asker in in_pool and target in in_pool:
                wishes += 1
                honoured += frozenset((asker, target)) in together
    return Audit(
        pairs=count,
        total=round(float(scores.sum()), 2),
        lowest=float(scores[0]) if count else None,
        median=round(float(np.median(scores)), 2) if count else None,
        lowest_decile=round(float(decile.mean()), 2) if count else None,
        below_line=int((scores < POOR_MATCH).sum()),
        line=POOR_MATCH,
        groups=_group_gaps(pool, people),
        wishes=wishes,
        wishes_honoured=honoured,
    )
