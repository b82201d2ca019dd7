"""Scores for every mentee × mentor pair, criterion by criterion, with numpy.

Each criterion gives a value from 0 to 1 and whether the pair "matches" on it
(what weight 10, must match, asks for). A pair's score is the weighted mean of
the values, from 0 to 100, kept as whole hundredths (``points``) so that the
solver's totals are exact integers.

The same code scores the whole grid (a block of mentee rows against every
mentor, tag overlaps by matrix product) and a list of single pairs (for reasons
and for checking one pair on the board): a :class:`_View` hands out each side's
attributes shaped for one or the other, and numpy broadcasting does the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from peerdesk.enums import Criterion as C
from peerdesk.enums import DepartmentRule, TagKind
from peerdesk.matching.pool import Pool, custom_field
from peerdesk.matching.text_similarity import FULL_MATCH_COSINE, TextIndex, build_index
from peerdesk.progress import Progress

SCALE = 100  # points per score unit: a score of 73.25 is 7325 points
MAX_POINTS = 100 * SCALE
CHUNK_ROWS = 256

Values = NDArray[np.float32]
Flags = NDArray[np.bool_]


@dataclass(frozen=True)
class Component:
    value: Values  # 0..1
    matches: Flags  # what "must match" requires


class _View:
    """Both sides' attributes for a block of the grid or for a list of pairs."""

    def __init__(self, pool: Pool, rows: NDArray[np.intp], cols: NDArray[np.intp], grid: bool):
        self.pool = pool
        self.grid = grid
        self.rows = rows
        self.cols = cols
        # In a grid the rows broadcast down and the columns across.
        self.ri = rows[:, None] if grid else rows
        self.ci = cols[None, :] if grid else cols

    def left(self, values: NDArray[Any]) -> NDArray[Any]:
        return values[self.ri]

    def right(self, values: NDArray[Any]) -> NDArray[Any]:
        return values[self.ci]

    def shared(self, left_kind: TagKind, right_kind: TagKind) -> Values:
        """How many tags the mentee (of ``left_kind``) and mentor (``right_kind``) share."""
        a = self.pool.mentees.tags[left_kind]
        b = self.pool.mentors.tags[right_kind]
        if a.shape[1] == 0:
            shape = (len(self.rows), len(self.cols)) if self.grid else (len(self.rows),)
            return np.zeros(shape, dtype=np.float32)
        if self.grid:
            return np.asarray(a[self.rows] @ b[self.cols].T, dtype=np.float32)
        return np.asarray(np.einsum("ij,ij->i", a[self.rows], b[self.cols]), dtype=np.float32)

    def count(self, side: str, kind: TagKind) -> Values:
        counts = getattr(self.pool, side).tag_counts[kind]
        return self.left(counts) if side == "mentees" else self.right(counts)

    def pair_lookup(self, keys: NDArray[np.int64]) -> Flags:
        """Whether each (row, col) is among ``keys`` (row * mentors + col, sorted)."""
        m = len(self.pool.mentors)
        codes = self.ri.astype(np.int64) * m + self.ci
        if len(keys) == 0:
            return np.zeros(np.shape(codes), dtype=bool)
        found = np.searchsorted(keys, codes)
        found = np.minimum(found, len(keys) - 1)
        return np.asarray(keys[found] == codes)


def _fraction(numerator: Values, denominator: Values) -> Values:
    out = np.zeros(np.broadcast_shapes(numerator.shape, denominator.shape), dtype=np.float32)
    np.divide(numerator, denominator, out=out, where=denominator > 0)
    return out


def _share(view: _View, left_kind: TagKind, right_kind: TagKind) -> tuple[Values, Values]:
    """The share of the mentee's ``left_kind`` tags the mentor has as ``right_kind``.

    Reciprocal: the mean of both ways round. Returns (share, count shared).
    """
    shared = view.shared(left_kind, right_kind)
    share = _fraction(shared, view.count("mentees", left_kind))
    if not view.pool.reciprocal:
        return share, shared
    back = _View(view.pool, view.cols, view.rows, view.grid)
    shared_back = back.shared(left_kind, right_kind)
    if view.grid:
        shared_back = shared_back.T
    share_back = _fraction(shared_back, view.count("mentors", left_kind))
    return (share + share_back) / np.float32(2), shared + shared_back


def _interests(view: _View) -> Component:
    share, shared = _share(view, TagKind.INTEREST, TagKind.INTEREST)
    return Component(share, shared > 0)


def _goals_skills(view: _View) -> Component:
    share, covered = _share(view, TagKind.GOAL, TagKind.SKILL)
    return Component(share, covered > 0)


def _department(view: _View) -> Component:
    left = view.left(view.pool.mentees.department)
    right = view.right(view.pool.mentors.department)
    known = (left >= 0) & (right >= 0)
    if view.pool.settings.department_rule == DepartmentRule.SAME:
        good = known & (left == right)
    else:
        good = known & (left != right)
    return Component(good.astype(np.float32), good)


def gap_value(gap: NDArray[np.float64], low: float, high: float) -> Values:
    """1 inside the wanted range; falling to 0 at no gap, and at twice the top of the range."""
    below = np.where(low > 0, gap / max(low, 1e-9), 1.0)
    above = 1.0 - (gap - high) / max(high, 1.0)
    value = np.where(gap < low, below, np.where(gap > high, above, 1.0))
    value = np.where(np.isnan(gap) | (gap < 0), 0.0, np.clip(value, 0.0, 1.0))
    return value.astype(np.float32)


def _experience(view: _View) -> Component:
    settings = view.pool.settings
    low, high = settings.experience_gap_min, settings.experience_gap_max
    gap = view.right(view.pool.mentors.years) - view.left(view.pool.mentees.years)
    value = gap_value(gap, low, high)
    within = (gap >= low) & (gap <= high)
    if view.pool.reciprocal:
        # Either may be the one ahead; the pair counts the better way round.
        back = gap_value(-gap, low, high)
        within = within | ((-gap >= low) & (-gap <= high))
        value = np.maximum(value, back)
    return Component(value, within)


def _availability(view: _View) -> Component:
    share, shared = _share(view, TagKind.AVAILABILITY, TagKind.AVAILABILITY)
    return Component(share, shared > 0)


def _language(view: _View) -> Component:
    """The share of the mentee's languages the mentor speaks; none listed: assumed shared."""
    kind = TagKind.LANGUAGE
    share, shared = _share(view, kind, kind)
    known = (view.count("mentees", kind) > 0) & (view.count("mentors", kind) > 0)
    value = np.where(known, share, np.float32(1)).astype(np.float32)
    return Component(value, ~known | (shared > 0))


def _meeting_format(view: _View) -> Component:
    left = view.left(view.pool.mentees.meeting_format)
    right = view.right(view.pool.mentors.meeting_format)
    good = (left == 0) | (right == 0) | (left == right)
    return Component(good.astype(np.float32), good)


def _location(view: _View) -> Component:
    left = view.left(view.pool.mentees.location)
    right = view.right(view.pool.mentors.location)
    good = (left >= 0) & (left == right)
    return Component(good.astype(np.float32), good)


def text_index(pool: Pool) -> TextIndex:
    """The pool's wants and offers as TF-IDF rows, worked out once per pool."""
    index = pool.derived.get("text")
    if index is None:
        index = pool.derived["text"] = build_index(
            [m.tags for m in pool.mentees.members],
            [m.tags for m in pool.mentors.members],
            reciprocal=pool.reciprocal,
            corpus=pool.derived.get("corpus"),
        )
    assert isinstance(index, TextIndex)
    return index


def _free_text(view: _View) -> Component:
    """TF-IDF cosine of what the mentee wrote they want and what the mentor offers,
    a cosine of :data:`FULL_MATCH_COSINE` or more counting in full."""
    index = text_index(view.pool)
    if view.grid:
        value = index.cosine_block(view.rows, view.cols)
    else:
        value = index.cosine_pairs(view.rows, view.cols)
    value = np.minimum(value / np.float32(FULL_MATCH_COSINE), np.float32(1))
    return Component(value, value > 0)


def _preferences(view: _View) -> Component:
    good = view.pair_lookup(preference_keys(view.pool))
    return Component(good.astype(np.float32), good)


def _custom(name: str) -> Callable[[_View], Component]:
    def score(view: _View) -> Component:
        left = view.left(view.pool.mentees.custom[name])
        right = view.right(view.pool.mentors.custom[name])
        good = (left >= 0) & (left == right)
        return Component(good.astype(np.float32), good)

    return score


SCORERS: dict[str, Callable[[_View], Component]] = {
    C.INTERESTS: _interests,
    C.GOALS_SKILLS: _goals_skills,
    C.DEPARTMENT: _department,
    C.EXPERIENCE: _experience,
    C.AVAILABILITY: _availability,
    C.LANGUAGE: _language,
    C.MEETING_FORMAT: _meeting_format,
    C.LOCATION: _location,
    C.PREFERENCES: _preferences,
    C.FREE_TEXT: _free_text,
}


def scorer(key: str) -> Callable[[_View], Component] | None:
    name = custom_field(key)
    return _custom(name) if name is not None else SCORERS.get(key)


def active_criteria(pool: Pool) -> list[tuple[str, int]]:
    """The criteria that count, with their weights: department "ignore" does not."""
    result = []
    for criterion in pool.settings.criteria:
        if criterion.key == C.DEPARTMENT and pool.settings.department_rule == DepartmentRule.IGNORE:
            continue
        if scorer(criterion.key) is None:
            continue
        result.append((criterion.key, criterion.weight))
    return result


def _index_keys(
    pool: Pool, pairs: frozenset[tuple[int, int]], *, both_ways: bool
) -> NDArray[np.int64]:
    """Sorted grid codes (row * mentors + col) of the given (mentee id, mentor id) pairs."""
    rows = {pid: i for i, pid in enumerate(pool.mentees.ids.tolist())}
    cols = {pid: j for j, pid in enumerate(pool.mentors.ids.tolist())}
    m = len(pool.mentors)
    codes = set()
    for a, b in pairs:
        for mentee, mentor in ((a, b), (b, a)) if both_ways else ((a, b),):
            if mentee in rows and mentor in cols:
                codes.add(rows[mentee] * m + cols[mentor])
    return np.array(sorted(codes), dtype=np.int64)


def preference_keys(pool: Pool) -> NDArray[np.int64]:
    # Whoever asked, the pair is wanted: a mentee naming a mentor or the other way round.
    return _index_keys(pool, pool.prefer, both_ways=True)


def do_not_pair_keys(pool: Pool) -> NDArray[np.int64]:
    return _index_keys(pool, pool.do_not_pair, both_ways=True)


def past_pair_keys(pool: Pool) -> NDArray[np.int64]:
    # Stored as (mentor, mentee); in reciprocal mode either may sit on either side.
    flipped = frozenset((mentee, mentor) for mentor, mentee in pool.past)
    return _index_keys(pool, flipped, both_ways=pool.reciprocal)


# -- Whole grid and single pairs ------------------------------------------------------


@dataclass
class Block:
    """Scores of a block of the grid, or of a list of pairs."""

    points: NDArray[np.int32]  # whole hundredths, 0..10000
    components: dict[str, Component]
    rules: dict[str, Flags]  # hard rule name -> the pair passes it

    @property
    def allowed(self) -> Flags:
        allowed = np.ones(self.points.shape, dtype=bool)
        for passes in self.rules.values():
            allowed &= passes
        return allowed


def _score(pool: Pool, view: _View, keys: dict[str, NDArray[np.int64]]) -> Block:
    criteria = active_criteria(pool)
    total_weight = sum(w for _, w in criteria)
    shape = (len(view.rows), len(view.cols)) if view.grid else (len(view.rows),)
    weighted = np.zeros(shape, dtype=np.float32)
    components: dict[str, Component] = {}
    rules: dict[str, Flags] = {}
    for key, weight in criteria:
        component = scorer(key)(view)  # type: ignore[misc]
        components[key] = component
        weighted += np.float32(weight) * component.value
        if weight >= 10:
            rules[f"must:{key}"] = np.broadcast_to(component.matches, shape)
    if total_weight:
        points = np.rint(weighted * np.float32(MAX_POINTS / total_weight)).astype(np.int32)
    else:
        points = np.zeros(shape, dtype=np.int32)
    left_ids = view.left(pool.mentees.ids)
    right_ids = view.right(pool.mentors.ids)
    rules["self"] = np.broadcast_to(left_ids != right_ids, shape)
    rules["do_not_pair"] = ~view.pair_lookup(keys["do_not_pair"])
    rules["past_pair"] = ~view.pair_lookup(keys["past"])
    if pool.settings.has(C.LANGUAGE):
        language = components.get(C.LANGUAGE) or _language(view)
        rules["language"] = np.broadcast_to(language.matches, shape)
    return Block(np.minimum(points, MAX_POINTS), components, rules)


def _keys(pool: Pool) -> dict[str, NDArray[np.int64]]:
    return {"do_not_pair": do_not_pair_keys(pool), "past": past_pair_keys(pool)}


@dataclass
class ScoreGrid:
    """Every mentee × mentor pair: points, and whether the hard rules allow it."""

    points: NDArray[np.int32]
    allowed: Flags

    def score(self, row: int, col: int) -> float:
        return float(self.points[row, col]) / SCALE


def score_grid(pool: Pool, progress: Progress | None = None) -> ScoreGrid:
    """Score the whole pool, a block of mentees at a time (cancellable between blocks).

    In reciprocal mode only pairs with the smaller participant id on the left are
    allowed, so that each pair of peers appears once.
    """
    n, m = len(pool.mentees), len(pool.mentors)
    points = np.zeros((n, m), dtype=np.int32)
    allowed = np.zeros((n, m), dtype=bool)
    keys = _keys(pool)
    cols = np.arange(m, dtype=np.intp)
    for start in range(0, n, CHUNK_ROWS):
        if progress is not None:
            progress.check()
            progress.set_progress(start, n, "Scoring pairs")
        rows = np.arange(start, min(start + CHUNK_ROWS, n), dtype=np.intp)
        block = _score(pool, _View(pool, rows, cols, grid=True), keys)
        points[rows] = block.points
        allowed[rows] = block.allowed
    if pool.reciprocal:
        # One pool on both sides: each pair appears twice; keep the half with the
        # smaller participant id on the left.
        allowed &= pool.mentees.ids[:, None] < pool.mentors.ids[None, :]
    points[~allowed] = 0
    return ScoreGrid(points, allowed)


def score_pairs(pool: Pool, rows: NDArray[np.intp], cols: NDArray[np.intp]) -> Block:
    """Scores, criterion values and rule results of the pairs (rows[k], cols[k])."""
    rows = np.asarray(rows, dtype=np.intp)
    cols = np.asarray(cols, dtype=np.intp)
    return _score(pool, _View(pool, rows, cols, grid=False), _keys(pool))
