"""One number, one rounding: the figures shown in more than one place.

The dashboard, the Excel workbook, the PDF summary, certificates, the status bar
and the calendar's count all read their figures here, so a figure can never show
two values on two screens. What each counts:

- **people**: participants of the program; **status today** is each one's status
  now (a mentor whose pair completed is "ready" again for the next cycle);
- **matched**: people who are or were in a started pair (active, paused or
  ended), or whose status is *matched* — "have been matched" — out of everyone
  but those who withdrew without ever being matched;
- **ready**: people who reached *ready* (or went further);
- **in a completed pair**: people whose pair ended as *completed*;
- **pairs completed / ended early**: ended pairs by outcome;
- **meetings**: pair meetings only (staff check-ins are not meetings of a pair),
  by what was logged — held, cancelled, no-show — and **not logged yet**: a
  meeting still *scheduled* on a day before today (a meeting nobody logged is its
  own state, never counted as missed). Meetings PeerDesk took off the calendar
  itself because their pair ended or paused (``cancel_reason`` set), and
  scheduled meetings dated after their pair's end, are not counted at all: they
  were never going to happen;
- **rates** (attendance, missed) are over *logged* meetings only;
- **mentor hours**: held meetings' logged length, or their planned length where
  none was logged;
- **satisfaction**: every answer to the "satisfied with my match" question;
- **needs attention**: the calendar's count — a line per pair that needs looking
  at, and one per past day with meetings nobody logged.

Every figure is rounded by the one rule of :mod:`peerdesk.rounding` (re-exported
here, beside the figures it rounds).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from peerdesk.calendar import zones
from peerdesk.enums import MeetingStatus, PairOutcome, PairStatus, ParticipantStatus
from peerdesk.evaluation.likert import count, satisfaction_values
from peerdesk.rounding import (  # the one rule, shown with every figure
    MIN_N as MIN_N,
)
from peerdesk.rounding import (
    TOO_FEW as TOO_FEW,
)
from peerdesk.rounding import (
    average as average,
)
from peerdesk.rounding import (
    decimals as decimals,
)
from peerdesk.rounding import (
    hours as hours,
)
from peerdesk.rounding import (
    hours_text as hours_text,
)
from peerdesk.rounding import (
    hours_words as hours_words,
)
from peerdesk.rounding import (
    percent as percent,
)
from peerdesk.rounding import (
    round_half_up as round_half_up,
)
from peerdesk.rounding import (
    rounded as rounded,
)
from peerdesk.rounding import (
    too_few as too_few,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.storage import QuickConnection

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
STARTED = (PairStatus.ACTIVE.value, PairStatus.PAUSED.value, PairStatus.ENDED.value)


@dataclass(frozen=True)
class Share:
    """``part`` of ``n``: shown as a percentage only when ``n`` is at least :data:`MIN_N`."""

    part: int
    n: int

    @property
    def exact(self) -> float | None:
        return self.part / self.n if self.n else None

    @property
    def percent(self) -> int | None:
        """The whole percentage, or None when it rests on too few to show."""
        return percent(self.part, self.n) if self.n >= MIN_N else None

    @property
    def shown(self) -> bool:
        return self.percent is not None

    def after(self) -> str:
        """`` (87%)`` to follow a "20 of 23"; nothing when too few to show a percentage."""
        return "" if self.percent is None else f" ({self.percent}%)"

    def text(self, of: str = "") -> str:
        """``75% (36 of 48 pairs)``, or ``too few pairs to show a percentage (n = 3)``."""
        unit = f" {of}" if of else ""
        if self.percent is None:
            return f"{too_few(of or 'answers')} (n = {self.n})"
        return f"{self.percent}% ({self.part} of {self.n}{unit})"


# -- reading ------------------------------------------------------------------------------


@contextlib.contextmanager
def read_snapshot(db: Database) -> Iterator[QuickConnection]:
    """A quick connection in one consistent snapshot for every count; nothing is written."""
    conn = db.raw_connection()
    try:
        conn.begin()
        yield conn
    finally:
        conn.rollback()
        conn.close()


def local_moment(starts_at: str | datetime, zone: str) -> datetime:
    moment = datetime.fromisoformat(starts_at) if isinstance(starts_at, str) else starts_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zones.zone(zone or "UTC"))


def local_month(starts_at: str | datetime, zone: str) -> tuple[int, int]:
    local = local_moment(starts_at, zone)
    return local.year, local.month


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


# -- meetings -------------------------------------------------------------------------------


HELD, CANCELLED, NO_SHOW, SCHEDULED = (
    MeetingStatus.HELD.value, MeetingStatus.CANCELLED.value, MeetingStatus.NO_SHOW.value,
    MeetingStatus.SCHEDULED.value,
)  # fmt: skip
UNLOGGED, UPCOMING, NOT_COUNTED = "unlogged", "upcoming", ""


def scheduled_state(day: date, pair_ended_on: date | None, today: date) -> str:
    """What a meeting still *scheduled* on its local ``day`` is: not logged yet (a day
    before today), still to come, or not counted (after its pair's end: it was never
    going to happen). The one rule, for the figures and the workbook's rows alike."""
    if pair_ended_on is not None and day > pair_ended_on:
        return NOT_COUNTED
    return UNLOGGED if day < today else UPCOMING


def is_unlogged(
    starts_at: str | datetime, zone: str, pair_ended_on: str | date | None, today: date
) -> bool:
    """Whether a *scheduled* pair meeting is one nobody logged (:func:`scheduled_state`)."""
    day = local_moment(starts_at, zone).date()
    ended = _day(pair_ended_on) if isinstance(pair_ended_on, str) else pair_ended_on
    return scheduled_state(day, ended, today) == UNLOGGED


@dataclass(frozen=True)
class MeetingCounts:
    """Pair meetings by what was logged, and those past their day that nobody logged."""

    held: int = 0
    cancelled: int = 0
    no_show: int = 0
    unlogged: int = 0  # scheduled, on a day before today
    upcoming: int = 0  # scheduled, today or later
    minutes: int = 0  # of the held meetings

    @property
    def logged(self) -> int:
        return self.held + self.cancelled + self.no_show

    @property
    def missed(self) -> int:
        return self.cancelled + self.no_show

    @property
    def hours(self) -> Decimal:
        return hours(self.minutes)

    @property
    def attendance(self) -> Share:
        """Held, out of the logged meetings (never out of those not logged yet)."""
        return Share(self.held, self.logged)

    @property
    def missed_share(self) -> Share:
        return Share(self.missed, self.logged)

    @classmethod
    def tally(cls, states: Counter[str], minutes: int) -> MeetingCounts:
        """From counts by state (a logged status, ``UNLOGGED`` or ``UPCOMING``)."""
        return cls(
            held=states[HELD], cancelled=states[CANCELLED], no_show=states[NO_SHOW],
            unlogged=states[UNLOGGED], upcoming=states[UPCOMING], minutes=minutes,
        )  # fmt: skip


def unlogged_words(n: int) -> str:
    """``12 past meetings not logged yet`` (English, for the files)."""
    return f"{n:,} past meeting{'' if n == 1 else 's'} not logged yet"


def held_words(m: MeetingCounts) -> str:
    """``163 held · 12 not logged yet``: the held count always with what is not logged."""
    return f"{m.held:,} held · {m.unlogged:,} not logged yet"


def logged_caveat(m: MeetingCounts) -> str:
    """The plain-words caveat every rate over meetings carries."""
    rule = "Rates count logged meetings only (held, cancelled or no-show)"
    if not m.unlogged:
        return f"{rule}; every past meeting is logged."
    return f"{rule}: {unlogged_words(m.unlogged)} are left out, not counted as missed."


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    count: int  # held
    unlogged: int = 0

    @property
    def label(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    @property
    def short_label(self) -> str:
        return MONTH_NAMES[self.month - 1]

    @property
    def long_label(self) -> str:
        return f"{LONG_MONTHS[self.month - 1]} {self.year}"


def unlogged_by_month_words(months: Iterable[MonthCount]) -> str:
    """``Not logged yet: 8 in February 2026, 4 in March 2026.`` ("" when all are logged)."""
    parts = [f"{m.unlogged:,} in {m.long_label}" for m in months if m.unlogged]
    return f"Not logged yet: {', '.join(parts)}." if parts else ""


# -- the program's figures ------------------------------------------------------------------


@dataclass(frozen=True)
class Satisfaction:
    counts: tuple[int, int, int, int, int]
    n: int
    mean: Decimal | None  # one decimal, half up

    @property
    def agreeing(self) -> Share:
        return Share(self.counts[3] + self.counts[4], sum(self.counts))

    def text(self) -> str:
        """``4.0 out of 5 (n = 10)``."""
        return "no answers yet" if self.mean is None else f"{self.mean} out of 5 (n = {self.n})"


@dataclass(frozen=True)
class ProgramFigures:
    program_id: int
    today: date
    start: date | None
    end: date | None
    people: int
    by_status: dict[ParticipantStatus, int]  # each person's status today
    matched: int  # have been matched (are or were in a started pair, or matched now)
    matchable: int  # everyone but those who withdrew without ever being matched
    ready: int  # reached "ready" or went further
    in_completed_pair: int  # people whose pair completed
    pairs_active: int
    pairs_paused: int
    pairs_ended: int
    pairs_completed: int
    pairs_ended_early: int
    meetings: MeetingCounts
    this_month: MeetingCounts
    per_month: list[MonthCount]
    satisfaction: Satisfaction
    attention: Attention | None  # None: the calendar's attention list is not available
    monthly: Share  # pairs that met at least once in each full month they ran (logged months)
    pairs_with_unlogged: int = 0  # pairs with a past meeting not logged yet
    circles_active: int = 0  # circles (group matching) by status, beside the pairs
    circles_paused: int = 0
    circles_ended: int = 0

    @property
    def circles(self) -> int:
        """Circles that started (active, paused or ended): the program matches in circles."""
        return self.circles_active + self.circles_paused + self.circles_ended

    @property
    def matched_share(self) -> Share:
        return Share(self.matched, self.matchable)

    @property
    def completion(self) -> Share:
        """Completed, out of the pairs that ended (completed or ended early)."""
        return Share(self.pairs_completed, self.pairs_completed + self.pairs_ended_early)

    @property
    def mentor_hours(self) -> Decimal:
        return self.meetings.hours

    @property
    def period_words(self) -> str:
        """``3 March 2025 – 30 September 2025``, or ``no dates set``."""
        from peerdesk.documents.wording import in_order, long_date

        if self.start and self.end and in_order(self.start, self.end):
            return f"{long_date(self.start)} – {long_date(self.end)}"
        if self.start and self.end:  # an older file's dates: never printed as a span
            return (
                f"From {long_date(self.start)} (the end date set, {long_date(self.end)}, "
                "is before the start)"
            )
        if self.start:
            return f"From {long_date(self.start)}, no end date set"
        if self.end:
            return f"Until {long_date(self.end)}, no start date set"
        return "No dates set"


def _month_span(
    start: date | None, end: date | None, with_meetings: set[tuple[int, int]], today: date
) -> list[tuple[int, int]]:
    """From the program's start (or first meeting, or a year back) to this month (or its end)."""
    this_month = (today.year, today.month)
    if start:
        first = (start.year, start.month)
    elif with_meetings:
        first = min(with_meetings)
    else:
        first = (today.year - 1, today.month + 1) if today.month < 12 else (today.year, 1)
    last = this_month
    if end:
        last = min(last, (end.year, end.month))
    if with_meetings:
        first = min(first, min(with_meetings))
        last = max(last, max(with_meetings))
    first = min(first, last)
    months: list[tuple[int, int]] = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months[-24:]


def _full_months(start: date, stop: date) -> list[tuple[int, int]]:
    """The calendar months lying wholly from ``start`` up to the day before ``stop``."""
    year, month = start.year, start.month
    if start.day != 1:
        month += 1
        if month > 12:
            year, month = year + 1, 1
    months: list[tuple[int, int]] = []
    while True:
        following = (year + (month == 12), 1 if month == 12 else month + 1)
        if date(*following, 1) > stop:
            return months
        months.append((year, month))
        year, month = following


@dataclass(frozen=True)
class Attention:
    """The calendar's "needs attention" figure: a line per pair, and one per past day with
    meetings nobody logged (:func:`peerdesk.calendar.attention.attention_count`)."""

    count: int
    pairs: int
    unlogged_days: int


def _attention(db: Database, program_id: int, today: date) -> Attention | None:
    try:
        from peerdesk.calendar.attention import attention_list
    except ImportError:  # pragma: no cover - the calendar ships with PeerDesk
        return None
    found = attention_list(db, program_id, today=today)
    return Attention(found.count, len(found.pairs), len(found.unlogged_days))


def program_figures(
    db: Database, program_id: int, *, today: date | None = None, attention: bool = True
) -> ProgramFigures:
    """Every shared figure of a program, for ``today`` (default: the computer's date).

    ``attention`` False leaves out the calendar's attention list (a to-do list, not a
    record: the workbook has no use for it, and on a big program it is the slow part)."""
    today = today or date.today()
    with read_snapshot(db) as conn:
        start, end = conn.execute(
            "SELECT start_date, end_date FROM program WHERE id = ?", (program_id,)
        ).fetchone()
        person_status = dict(
            conn.execute(
                "SELECT id, status FROM participant WHERE program_id = ?", (program_id,)
            ).fetchall()
        )
        pairs = conn.execute(
            "SELECT id, mentor_id, mentee_id, status, outcome, started_on, ended_on FROM pair "
            "WHERE program_id = ?",
            (program_id,),
        ).fetchall()
        circle_status = Counter(
            status
            for (status,) in conn.execute(
                "SELECT status FROM circle WHERE program_id = ?", (program_id,)
            ).fetchall()
        )
        meetings = conn.execute(
            "SELECT pair_id, starts_at, timezone, status, coalesce(actual_minutes, length_minutes) "
            "FROM meeting WHERE program_id = ? AND kind = 'pair' AND cancel_reason IS NULL",
            (program_id,),
        ).fetchall()
    start_day, end_day = _day(start), _day(end)
    statuses = Counter(person_status.values())
    by_status = {s: int(statuses.get(s.value, 0)) for s in ParticipantStatus}

    in_started: set[int] = set()
    completed_people: set[int] = set()
    pair_status: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    ended_on: dict[int, date | None] = {}
    started_on: dict[int, date | None] = {}
    for pair_id, mentor, mentee, status, outcome, started, ended in pairs:
        pair_status[status] += 1
        if status in STARTED:
            in_started.update((mentor, mentee))
            started_on[pair_id] = _day(started)
        ended_on[pair_id] = _day(ended) if status == PairStatus.ENDED.value else None
        if status == PairStatus.ENDED.value and outcome:
            outcomes[outcome] += 1
            if outcome == PairOutcome.COMPLETED.value:
                completed_people.update((mentor, mentee))
    matched_now = {p for p, s in person_status.items() if s == ParticipantStatus.MATCHED.value}
    matched_people = in_started | matched_now
    withdrawn_unmatched = sum(
        1
        for p, s in person_status.items()
        if s == ParticipantStatus.WITHDRAWN.value and p not in matched_people
    )
    ready_statuses = {
        ParticipantStatus.READY.value,
        ParticipantStatus.MATCHED.value,
        ParticipantStatus.COMPLETED.value,
    }
    ready_people = {p for p, s in person_status.items() if s in ready_statuses} | matched_people

    this_month = (today.year, today.month)
    states: Counter[str] = Counter()
    month_states: Counter[str] = Counter()
    minutes = month_minutes = 0
    held_by_month: Counter[tuple[int, int]] = Counter()
    unlogged_by_month: Counter[tuple[int, int]] = Counter()
    held_months: dict[int, set[tuple[int, int]]] = {}
    open_months: dict[int, set[tuple[int, int]]] = {}
    unlogged_pairs: set[int] = set()
    for pair_id, starts_at, zone, status, length in meetings:
        local = local_moment(starts_at, zone)
        day, month = local.date(), (local.year, local.month)
        state = (
            scheduled_state(day, ended_on.get(pair_id), today) if status == SCHEDULED else status
        )
        if not state:
            continue
        states[state] += 1
        if month == this_month:
            month_states[state] += 1
        if state == HELD:
            minutes += int(length or 0)
            if month == this_month:
                month_minutes += int(length or 0)
            held_by_month[month] += 1
            held_months.setdefault(pair_id, set()).add(month)
        elif state == UNLOGGED:
            unlogged_by_month[month] += 1
            open_months.setdefault(pair_id, set()).add(month)
            unlogged_pairs.add(pair_id)
    total = MeetingCounts.tally(states, minutes)
    month_total = MeetingCounts.tally(month_states, month_minutes)
    span = _month_span(start_day, end_day, set(held_by_month) | set(unlogged_by_month), today)
    per_month = [
        MonthCount(y, m, held_by_month.get((y, m), 0), unlogged_by_month.get((y, m), 0))
        for y, m in span
    ]

    # Pairs that met at least once in every full month they ran; a month whose meetings
    # are not logged yet is left out (not counted as a month without a meeting).
    monthly_yes = monthly_n = 0
    for pair_id, began in started_on.items():
        if began is None:
            continue
        stop = ended_on.get(pair_id) or today
        months = [
            m
            for m in _full_months(began, min(stop, today))
            if m in held_months.get(pair_id, set()) or m not in open_months.get(pair_id, set())
        ]
        if not months:
            continue
        monthly_n += 1
        if all(m in held_months.get(pair_id, set()) for m in months):
            monthly_yes += 1

    values = satisfaction_values(db, program_id)
    return ProgramFigures(
        program_id=program_id,
        today=today,
        start=start_day,
        end=end_day,
        people=len(person_status),
        by_status=by_status,
        matched=len(matched_people),
        matchable=len(person_status) - withdrawn_unmatched,
        ready=len(ready_people),
        in_completed_pair=len(completed_people),
        pairs_active=pair_status.get(PairStatus.ACTIVE.value, 0),
        pairs_paused=pair_status.get(PairStatus.PAUSED.value, 0),
        pairs_ended=pair_status.get(PairStatus.ENDED.value, 0),
        pairs_completed=outcomes.get(PairOutcome.COMPLETED.value, 0),
        pairs_ended_early=outcomes.get(PairOutcome.ENDED_EARLY.value, 0),
        meetings=total,
        this_month=month_total,
        per_month=per_month,
        satisfaction=Satisfaction(count(values), len(values), average(values)),
        attention=_attention(db, program_id, today) if attention else None,
        monthly=Share(monthly_yes, monthly_n),
        pairs_with_unlogged=len(unlogged_pairs),
        circles_active=circle_status.get(PairStatus.ACTIVE.value, 0),
        circles_paused=circle_status.get(PairStatus.PAUSED.value, 0),
        circles_ended=circle_status.get(PairStatus.ENDED.value, 0),
    )
