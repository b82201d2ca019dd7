"""The dashboard's numbers: cards, charts and, for a new program, the next steps.

Everything is read in one go with plain SQL (like :mod:`peerdesk.program_reads`),
so the screen fills quickly even for a program with tens of thousands of
meetings. Months are the meeting's own local months (a 23:30 meeting on the
31st belongs to the month it happened in where it happened).

The funnel is counted from what happened, not from today's statuses alone: a
mentor whose pair completed is back to "ready" for the next cycle, but has
still been matched and completed.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairOutcome, PairStatus, ParticipantStatus
from peerdesk.evaluation.likert import count, satisfaction_values

MAX_MONTHS = 24
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STARTED = (PairStatus.ACTIVE.value, PairStatus.PAUSED.value, PairStatus.ENDED.value)

# The next steps of a new program, in order (the screen words them and opens their screen).
STEP_SETUP = "setup"
STEP_IMPORT = "import"
STEP_MATCH = "match"
STEP_AGREEMENTS = "agreements"
STEP_SCHEDULE = "schedule"


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    count: int

    @property
    def label(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    @property
    def short_label(self) -> str:
        return MONTH_NAMES[self.month - 1]


@dataclass(frozen=True)
class NextStep:
    key: str
    done: bool
    count: int = 0  # how much of it is done (people, pairs, signed agreements, meetings)
    of: int = 0  # out of (signed agreements: active pairs)


@dataclass(frozen=True)
class FunnelStage:
    key: str  # "applied", "ready", "matched", "completed"
    label: str
    count: int


@dataclass
class DashboardData:
    program_id: int
    program_name: str
    today: date
    participants: int
    by_status: dict[ParticipantStatus, int]
    matched: int
    matchable: int  # everyone but those who withdrew without ever being matched
    active_pairs: int
    paused_pairs: int
    ended_pairs: int
    completed_pairs: int
    ended_early_pairs: int
    meetings_this_month: int
    meetings_held: int
    mentor_minutes: int
    satisfaction: float | None
    satisfaction_n: int
    satisfaction_counts: tuple[int, int, int, int, int]
    needs_attention: int | None  # None: the calendar's attention list is not available
    attention_note: str
    per_month: list[MonthCount]
    funnel: list[FunnelStage]
    steps: list[NextStep] = field(default_factory=list)

    @property
    def matched_share(self) -> float | None:
        return self.matched / self.matchable if self.matchable else None

    @property
    def mentor_hours(self) -> float:
        return round(self.mentor_minutes / 60, 1)

    @property
    def is_new(self) -> bool:
        """Whether the program still has first steps to take (the checklist shows)."""
        return not all(step.done for step in self.steps)


@contextlib.contextmanager
def _read(db: Database) -> Iterator[sqlite3.Connection]:
    conn = db.raw_connection()
    try:
        conn.execute("BEGIN")  # one consistent snapshot for every count
        yield conn
    finally:
        conn.rollback()
        conn.close()


@cache
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_month(starts_at: str, zone: str) -> tuple[int, int]:
    moment = datetime.fromisoformat(starts_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(_zone(zone or "UTC"))
    return local.year, local.month


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months: list[tuple[int, int]] = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months[-MAX_MONTHS:]


def _attention(db: Database, program_id: int, today: date) -> tuple[int | None, str]:
    try:
        from peerdesk.calendar.attention import attention_items
    except ImportError:  # pragma: no cover - the calendar ships with PeerDesk now
        return None, "The calendar's attention list is not available."
    items = attention_items(db, program_id, today=today)
    return len({item.pair_id for item in items}), ""


def _month_span(
    start: str | None, end: str | None, with_meetings: set[tuple[int, int]], today: date
) -> tuple[tuple[int, int], tuple[int, int]]:
    """From the program's start (or first meeting, or a year back) to this month (or its end)."""
    this_month = (today.year, today.month)
    if start:
        first = (date.fromisoformat(start).year, date.fromisoformat(start).month)
    elif with_meetings:
        first = min(with_meetings)
    else:
        first = (today.year - 1, today.month + 1) if today.month < 12 else (today.year, 1)
    last = this_month
    if end:
        end_day = date.fromisoformat(end)
        last = min(last, (end_day.year, end_day.month))
    if with_meetings:
        first = min(first, min(with_meetings))
        last = max(last, max(with_meetings))
    return min(first, last), last


def load_dashboard(db: Database, program_id: int, *, today: date | None = None) -> DashboardData:
    """Every number the dashboard shows, for ``today`` (default: the computer's date)."""
    today = today or date.today()
    with _read(db) as conn:
        name, start, end = conn.execute(
            "SELECT name, start_date, end_date FROM program WHERE id = ?", (program_id,)
        ).fetchone()
        statuses = dict(
            conn.execute(
                "SELECT status, count(*) FROM participant WHERE program_id = ? GROUP BY status",
                (program_id,),
            ).fetchall()
        )
        pairs = conn.execute(
            "SELECT mentor_id, mentee_id, status, outcome, agreement_signed_on FROM pair "
            "WHERE program_id = ?",
            (program_id,),
        ).fetchall()
        held = conn.execute(
            "SELECT starts_at, timezone, coalesce(actual_minutes, length_minutes) FROM meeting "
            "WHERE program_id = ? AND kind = 'pair' AND status = ?",
            (program_id, MeetingStatus.HELD.value),
        ).fetchall()
        scheduled = conn.execute(
            "SELECT count(*) FROM meeting WHERE program_id = ? AND kind = 'pair'", (program_id,)
        ).fetchone()[0]
        person_status = dict(
            conn.execute(
                "SELECT id, status FROM participant WHERE program_id = ?", (program_id,)
            ).fetchall()
        )
    by_status = {s: int(statuses.get(s.value, 0)) for s in ParticipantStatus}
    participants = sum(by_status.values())

    in_started: set[int] = set()
    completed_people: set[int] = set()
    pair_status: Counter[str] = Counter()
    outcome_count: Counter[str] = Counter()
    active_signed = 0
    for mentor, mentee, status, outcome, signed in pairs:
        pair_status[status] += 1
        if status in STARTED:
            in_started.update((mentor, mentee))
        if status == PairStatus.ENDED.value and outcome:
            outcome_count[outcome] += 1
            if outcome == PairOutcome.COMPLETED.value:
                completed_people.update((mentor, mentee))
        if status == PairStatus.ACTIVE.value and signed:
            active_signed += 1
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
    per_month_counts: Counter[tuple[int, int]] = Counter()
    minutes = 0
    for starts_at, zone, length in held:
        per_month_counts[local_month(starts_at, zone)] += 1
        minutes += int(length or 0)
    first, last = _month_span(start, end, set(per_month_counts), today)
    per_month = [MonthCount(y, m, per_month_counts.get((y, m), 0)) for y, m in _months(first, last)]

    satisfaction = satisfaction_values(db, program_id)
    attention, note = _attention(db, program_id, today)
    active = pair_status.get(PairStatus.ACTIVE.value, 0)
    funnel = [
        FunnelStage("applied", "Applied", participants),
        FunnelStage("ready", "Ready", len(ready_people)),
        FunnelStage("matched", "Matched", len(matched_people)),
        FunnelStage("completed", "Completed", len(completed_people)),
    ]
    steps = [
        NextStep(STEP_SETUP, True),
        NextStep(STEP_IMPORT, participants > 0, participants),
        NextStep(STEP_MATCH, bool(in_started), len(pairs)),
        NextStep(
            STEP_AGREEMENTS,
            (active > 0 and active_signed == active)
            or (not active and bool(pair_status.get(PairStatus.ENDED.value))),
            active_signed,
            active,
        ),
        NextStep(STEP_SCHEDULE, scheduled > 0, int(scheduled)),
    ]
    return DashboardData(
        program_id=program_id,
        program_name=name,
        today=today,
        participants=participants,
        by_status=by_status,
        matched=len(matched_people),
        matchable=participants - withdrawn_unmatched,
        active_pairs=active,
        paused_pairs=pair_status.get(PairStatus.PAUSED.value, 0),
        ended_pairs=pair_status.get(PairStatus.ENDED.value, 0),
        completed_pairs=outcome_count.get(PairOutcome.COMPLETED.value, 0),
        ended_early_pairs=outcome_count.get(PairOutcome.ENDED_EARLY.value, 0),
        meetings_this_month=per_month_counts.get(this_month, 0),
        meetings_held=len(held),
        mentor_minutes=minutes,
        satisfaction=sum(satisfaction) / len(satisfaction) if satisfaction else None,
        satisfaction_n=len(satisfaction),
        satisfaction_counts=count(satisfaction),
        needs_attention=attention,
        attention_note=note,
        per_month=per_month,
        funnel=funnel,
        steps=steps,
    )
