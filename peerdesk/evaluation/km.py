"""The Kaplan–Meier estimate of how long matches last.

A match still running at the end of the period has lasted *at least* this long:
counting its length so far as if it had ended would make matches look shorter
than they are, and leaving it out would keep only the ones that ended (often
the short ones). The Kaplan–Meier estimate takes such a match as *censored*: it
counts among those still at risk up to its length so far, and no further.

At each length ``t`` where matches ended, the share still running is multiplied
by ``1 - ended(t) / at_risk(t)``; a match censored at ``t`` is still at risk at
``t`` (the usual convention). A quantile ``p`` of the length is the shortest
length at which the share still running has fallen to ``1 - p`` or below; when
it never falls that far (more than half still running, for the median), there is
no estimate and the caller says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class Step:
    """The curve at one length: the share still running just after ``time``."""

    time: float
    survival: float
    at_risk: int
    ended: int
    censored: int


@dataclass(frozen=True)
class KaplanMeier:
    """The estimate over ``n`` matches, ``ended`` of them observed to end."""

    steps: tuple[Step, ...]
    n: int
    ended: int

    @property
    def censored(self) -> int:
        return self.n - self.ended

    def points(self) -> list[tuple[float, float]]:
        """The step curve for a chart: (0, 1) and then (time, share still running)."""
        return [(0.0, 1.0)] + [(s.time, s.survival) for s in self.steps if s.ended]

    def censor_marks(self) -> list[tuple[float, float]]:
        """Where matches still running were counted to (ticks on the curve)."""
        return [(s.time, s.survival) for s in self.steps if s.censored]

    def survival_at(self, time: float) -> float:
        """The share still running just after ``time``."""
        share = 1.0
        for step in self.steps:
            if step.time > time:
                break
            share = step.survival
        return share

    def quantile(self, p: float) -> float | None:
        """The length by which a share ``p`` of matches had ended (None: not reached)."""
        if not 0 < p < 1:
            raise ValueError("p must lie between 0 and 1")
        limit = 1.0 - p + 1e-12  # tolerance for float products such as 0.5000000000000001
        for step in self.steps:
            if step.ended and step.survival <= limit:
                return step.time
        return None

    @property
    def median(self) -> float | None:
        return self.quantile(0.5)


def kaplan_meier(durations: npt.ArrayLike, ended: npt.ArrayLike, scale: float = 1.0) -> KaplanMeier:
    """The estimate from each match's length and whether it was seen to end.

    ``scale`` divides every length (days to months, say) before the curve is built.
    """
    times = np.asarray(durations, dtype=float) / scale
    events = np.asarray(ended, dtype=bool)
    if times.shape != events.shape:
        raise ValueError("durations and ended differ in length")
    if times.size == 0:
        return KaplanMeier((), 0, 0)
    unique, inverse = np.unique(times, return_inverse=True)
    ended_at = np.bincount(inverse, weights=events, minlength=unique.size).astype(int)
    total_at = np.bincount(inverse, minlength=unique.size)
    censored_at = total_at - ended_at
    # At risk at each time: everyone whose length is that time or longer.
    at_risk = times.size - np.concatenate(([0], np.cumsum(total_at)[:-1]))
    survival = np.cumprod(1.0 - ended_at / at_risk)
    steps = tuple(
        Step(float(t), float(s), int(r), int(d), int(c))
        for t, s, r, d, c in zip(unique, survival, at_risk, ended_at, censored_at, strict=True)
    )
    return KaplanMeier(steps, int(times.size), int(events.sum()))
