"""What every measure is made of: its period, its value with the ids behind it, and how
it was computed (shared by :mod:`~peerdesk.evaluation.measures`,
:mod:`~peerdesk.evaluation.retention` and :mod:`~peerdesk.evaluation.checks`).

A measure without anything to measure has no value (``None``) and says why in its
``note`` — "No matches in this period." — never a zero that reads like a result.
A share resting on fewer than :data:`~peerdesk.rounding.MIN_N` cases is not shown,
by the app's one rule (:mod:`peerdesk.rounding`).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

from peerdesk.documents.wording import long_date
from peerdesk.errors import UserError
from peerdesk.rounding import MIN_N, percent, round_half_up, too_few

if TYPE_CHECKING:
    from peerdesk.storage import QuickConnection

# The length of an average month in days (365.25 / 12): match lengths in months.
DAYS_PER_MONTH = 30.4375

MATCHES, MONTHS, PERCENT, DAYS, PEOPLE, PAIRS = "matches", "months", "%", "days", "people", "pairs"
PER_MONTH = "meetings per match-month"
NO_MATCHES = "No matches in this period."
SINGULAR = {MATCHES: "match", MONTHS: "month", DAYS: "day", PEOPLE: "person", PAIRS: "pair"}


class PeriodBackwards(UserError):
    template = "The period ends ({end}) before it starts ({start}). Nothing was computed."


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included ("from" and "to").

    A match is *active during* a period when it started on or before the period's
    last day and had not ended before its first day: a match that ended on the
    first day, or started on the last day, counts. Nothing after ``today`` is
    known, so a period that reaches past today is read up to today.
    """

    start: date
    end: date
    label: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodBackwards(start=long_date(self.start), end=long_date(self.end))

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        return cls(start, end, f"{long_date(start)} – {long_date(end)}")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise UserError("A quarter is 1, 2, 3 or 4, not {quarter}.", quarter=quarter)
        first = 3 * quarter - 2
        last = first + 2
        return cls(
            date(year, first, 1),
            date(year, last, calendar.monthrange(year, last)[1]),
            f"Q{quarter} {year}",
        )

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), str(year))

    @classmethod
    def cycle(cls, start: date, end: date, name: str = "") -> Period:
        """A program's cycle, from its start date to its end date."""
        words = f"{long_date(start)} – {long_date(end)}"
        return cls(start, end, f"{name} ({words})" if name else words)

    @property
    def words(self) -> str:
        """``1 January 2025 – 31 March 2025``."""
        return f"{long_date(self.start)} – {long_date(self.end)}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def observed_end(self, today: date) -> date:
        """The last day that can be read: the period's end, or today if that is earlier."""
        return min(self.end, today)


@dataclass(frozen=True)
class Breakdown:
    """One line of a measure's breakdown (early closures by reason, say)."""

    label: str
    count: int
    pair_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Reference:
    """A figure to compare a measure with, and where it comes from."""

    measure: str
    value: float
    source: str
    preset: str | None = None


def references_from(conn: QuickConnection, program_id: int) -> dict[str, Reference]:
    """The program's reference figures, by measure key (here, not in references.py, so
    that the measures read them without importing what imports the measures)."""
    return {
        str(measure): Reference(str(measure), float(value), str(source or ""), preset)
        for measure, value, source, preset in conn.execute(
            "SELECT measure, value, source, preset FROM measure_reference WHERE program_id = ?",
            (program_id,),
        ).fetchall()
    }


@dataclass(frozen=True)
class Measure:
    """One figure: what it is, its value and unit, how many it rests on, the period,
    how it was computed (one sentence), and the pairs and people behind it."""

    key: str
    name: str
    value: float | None
    unit: str
    n: int
    period: Period
    how: str
    pair_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    note: str = ""  # why there is no value, or what to keep in mind
    target: float | None = None  # what the program's own settings expect (the cadence)
    reference: Reference | None = None
    breakdown: tuple[Breakdown, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        """``38 %``, ``7.5 months``, ``12 matches``; the note when there is no value."""
        if self.value is None:
            return self.note or "no value"
        number = f"{self.value:,.0f}" if float(self.value).is_integer() else f"{self.value:,.1f}"
        if self.unit == PERCENT:
            return f"{number} %"
        unit = SINGULAR.get(self.unit, self.unit) if self.value == 1 else self.unit
        return f"{number} {unit}"

    @property
    def ids(self) -> tuple[int, ...]:
        """The records behind the figure: pairs when it counts pairs, else people."""
        return self.pair_ids or self.participant_ids


def share(part: int, n: int, of: str) -> tuple[float | None, str]:
    """A whole percentage and an empty note, or None and why it is not shown."""
    if n == 0:
        return None, f"No {of} to count."
    if n < MIN_N:
        return None, f"{too_few(of).capitalize()} (n = {n})."
    value = percent(part, n)
    return (None if value is None else float(value)), ""


def months(days: float) -> float:
    """Days as months, to one decimal, half up."""
    return float(round_half_up(Fraction(days / DAYS_PER_MONTH), 1))


def one_decimal(value: float) -> float:
    return float(round_half_up(Fraction(value), 1))


def empty(
    key: str, name: str, unit: str, period: Period, how: str, note: str = NO_MATCHES
) -> Measure:
    """A measure with nothing to measure: no value, and the sentence saying why."""
    return Measure(key, name, None, unit, 0, period, how, note=note)
