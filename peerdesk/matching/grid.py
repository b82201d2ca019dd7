"""The whole score grid at once, as one matrix product.

Every criterion's value is a sum of products of something about the mentee and
something about the mentor: a share of tags is the mentee's tags (divided by
how many they have) times the mentor's; "same department" is one-hot codes
times one-hot codes; "different department" is known × known minus same; the
experience gap, which takes few distinct values, is a table looked up by
one-hot years. So each side becomes a feature matrix, and the weighted sum of
all criteria for a block of mentees is ``left[block] @ right.T`` — one BLAS
call instead of dozens of passes over the grid.

:mod:`peerdesk.matching.scoring` keeps the criterion-by-criterion formulas
(used for reasons and single pairs); the tests check the two agree.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from peerdesk.enums import Criterion as C
from peerdesk.enums import DepartmentRule, TagKind
from peerdesk.matching.pool import Pool, Side, custom_field
from peerdesk.matching.scoring import (
    CHUNK_ROWS,
    MAX_POINTS,
    ScoreGrid,
    _View,
    active_criteria,
    do_not_pair_keys,
    gap_value,
    past_pair_keys,
    preference_keys,
    scorer,
)
from peerdesk.progress import Progress

Matrix = NDArray[np.float32]
MAX_YEAR_VALUES = 96  # more distinct years than this: the gap is computed directly


def _inverse(counts: NDArray[np.float32]) -> NDArray[np.float32]:
    out = np.zeros_like(counts)
    np.divide(1.0, counts, out=out, where=counts > 0)
    return out


def _onehot(codes: NDArray[np.int32]) -> Matrix:
    width = int(codes.max()) + 1 if len(codes) and codes.max() >= 0 else 0
    out = np.zeros((len(codes), width), dtype=np.float32)
    known = codes >= 0
    out[np.flatnonzero(known), codes[known]] = 1.0
    return out


def _widen(a: Matrix, b: Matrix) -> tuple[Matrix, Matrix]:
    """Pad two one-hot blocks to the same width (codes are shared by both sides)."""
    width = max(a.shape[1], b.shape[1])
    return (
        np.pad(a, ((0, 0), (0, width - a.shape[1]))),
        np.pad(b, ((0, 0), (0, width - b.shape[1]))),
    )


class _Features:
    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.left: list[Matrix] = []
        self.right: list[Matrix] = []

    def add(self, left: Matrix, right: Matrix) -> None:
        self.left.append(np.asarray(left, dtype=np.float32))
        self.right.append(np.asarray(right, dtype=np.float32))

    def column(self, values: NDArray[np.generic]) -> Matrix:
        return np.asarray(values, dtype=np.float32)[:, None]

    def share(self, weight: float, left_kind: TagKind, right_kind: TagKind) -> None:
        """weight × (share of the mentee's tags the mentor has); reciprocal: both ways."""
        a, b = self.pool.mentees, self.pool.mentors
        inv_a = _inverse(a.tag_counts[left_kind])[:, None]
        if not self.pool.reciprocal:
            self.add(weight * a.tags[left_kind] * inv_a, b.tags[right_kind])
            return
        inv_b = _inverse(b.tag_counts[left_kind])[:, None]
        half = weight / 2
        self.add(half * a.tags[left_kind] * inv_a, b.tags[right_kind])
        self.add(half * a.tags[right_kind], b.tags[left_kind] * inv_b)

    def same(self, weight: float, left: NDArray[np.int32], right: NDArray[np.int32]) -> None:
        one_left, one_right = _widen(_onehot(left), _onehot(right))
        self.add(weight * one_left, one_right)

    def known_both(self, weight: float, left: NDArray[np.bool_], right: NDArray[np.bool_]) -> None:
        self.add(weight * self.column(left), self.column(right))

    def constant(self, weight: float) -> None:
        self.add(
            np.full((len(self.pool.mentees), 1), weight, dtype=np.float32),
            np.ones((len(self.pool.mentors), 1), dtype=np.float32),
        )


def _years(side: Side) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    known = ~np.isnan(side.years)
    values = np.unique(side.years[known])
    codes = np.full(len(side), -1, dtype=np.intp)
    codes[known] = np.searchsorted(values, side.years[known])
    return values, codes


def _experience_table(pool: Pool) -> tuple[Matrix, Matrix] | None:
    """Left and right features giving the experience value, or None if years vary too much."""
    left_values, left_codes = _years(pool.mentees)
    right_values, right_codes = _years(pool.mentors)
    if len(right_values) > MAX_YEAR_VALUES:
        return None
    s = pool.settings
    gap = right_values[None, :] - left_values[:, None]
    table = gap_value(gap, s.experience_gap_min, s.experience_gap_max)
    if pool.reciprocal:
        table = np.maximum(table, gap_value(-gap, s.experience_gap_min, s.experience_gap_max))
    left = np.zeros((len(pool.mentees), len(right_values)), dtype=np.float32)
    known = left_codes >= 0
    left[known] = table[left_codes[known]]
    right = _onehot(right_codes.astype(np.int32))
    right = np.pad(right, ((0, 0), (0, len(right_values) - right.shape[1])))
    return left, right


def _features(pool: Pool) -> tuple[Matrix, Matrix, list[tuple[str, int]]]:
    """Feature matrices for everything but preferences, and the criteria left to add."""
    f = _Features(pool)
    a, b = pool.mentees, pool.mentors
    direct: list[tuple[str, int]] = []
    for key, weight in active_criteria(pool):
        w = float(weight)
        if key == C.INTERESTS:
            f.share(w, TagKind.INTEREST, TagKind.INTEREST)
        elif key == C.GOALS_SKILLS:
            f.share(w, TagKind.GOAL, TagKind.SKILL)
        elif key == C.AVAILABILITY:
            f.share(w, TagKind.AVAILABILITY, TagKind.AVAILABILITY)
        elif key == C.LANGUAGE:
            # 1 - (both listed) + share: unlisted languages count as shared.
            lang = TagKind.LANGUAGE
            f.constant(w)
            f.known_both(-w, a.tag_counts[lang] > 0, b.tag_counts[lang] > 0)
            f.share(w, lang, lang)
        elif key == C.DEPARTMENT:
            if pool.settings.department_rule == DepartmentRule.SAME:
                f.same(w, a.department, b.department)
            else:
                f.known_both(w, a.department >= 0, b.department >= 0)
                f.same(-w, a.department, b.department)
        elif key == C.LOCATION:
            f.same(w, a.location, b.location)
        elif key == C.MEETING_FORMAT:
            # Compatible unless one wants in person (1) and the other video (2).
            f.constant(w)
            f.known_both(-w, a.meeting_format == 1, b.meeting_format == 2)
            f.known_both(-w, a.meeting_format == 2, b.meeting_format == 1)
        elif key == C.EXPERIENCE:
            table = _experience_table(pool)
            if table is None:
                direct.append((key, weight))
            else:
                f.add(w * table[0], table[1])
        elif (name := custom_field(key)) is not None:
            f.same(w, a.custom[name], b.custom[name])
        else:
            direct.append((key, weight))  # preferences: a few pairs, added afterwards
    if not f.left:
        f.constant(0.0)
    return np.hstack(f.left), np.hstack(f.right), direct


def _scatter(target: NDArray[np.bool_], keys: NDArray[np.int64], start: int, m: int) -> None:
    """Set target[row - start, col] for the grid codes (row * m + col) of rows in the block."""
    rows, cols = np.divmod(keys, m)
    inside = (rows >= start) & (rows < start + target.shape[0])
    target[rows[inside] - start, cols[inside]] = True


def score_grid(pool: Pool, progress: Progress | None = None) -> ScoreGrid:
    """Points and allowed pairs for the whole pool, a block of mentees at a time.

    Cancellable between blocks. In reciprocal mode only pairs with the smaller
    participant id on the left are allowed, so each pair of peers appears once.
    """
    n, m = len(pool.mentees), len(pool.mentors)
    criteria = active_criteria(pool)
    total_weight = sum(w for _, w in criteria)
    scale = np.float32(MAX_POINTS / total_weight) if total_weight else np.float32(0)
    left, right, direct = _features(pool)
    right_t = np.ascontiguousarray(right.T)
    must = [key for key, weight in criteria if weight >= 10]
    language_rule = pool.settings.has(C.LANGUAGE)
    prefer_keys = preference_keys(pool)
    forbidden_keys = np.union1d(do_not_pair_keys(pool), past_pair_keys(pool))
    cols = np.arange(m, dtype=np.intp)
    points = np.empty((n, m), dtype=np.int32)
    allowed = np.empty((n, m), dtype=bool)
    for start in range(0, n, CHUNK_ROWS):
        if progress is not None:
            progress.check()
            progress.set_progress(start, n, "Scoring pairs")
        stop = min(start + CHUNK_ROWS, n)
        weighted = left[start:stop] @ right_t
        view = _View(pool, np.arange(start, stop, dtype=np.intp), cols, grid=True)
        for key, weight in direct:
            if key == C.PREFERENCES:
                wanted = np.zeros(weighted.shape, dtype=bool)
                _scatter(wanted, prefer_keys, start, m)
                weighted[wanted] += np.float32(weight)
            else:
                weighted += np.float32(weight) * scorer(key)(view).value  # type: ignore[misc]
        block = np.rint(weighted * scale)
        np.clip(block, 0, MAX_POINTS, out=block)
        points[start:stop] = block
        ok = allowed[start:stop]
        ok[...] = pool.mentees.ids[start:stop, None] != pool.mentors.ids[None, :]
        if pool.reciprocal:
            ok &= pool.mentees.ids[start:stop, None] < pool.mentors.ids[None, :]
        bad = np.zeros_like(ok)
        _scatter(bad, forbidden_keys, start, m)
        ok &= ~bad
        for key in must:
            ok &= scorer(key)(view).matches  # type: ignore[misc]
        if language_rule and C.LANGUAGE not in must:
            ok &= scorer(C.LANGUAGE)(view).matches  # type: ignore[misc]
    points[~allowed] = 0
    return ScoreGrid(points, allowed)
