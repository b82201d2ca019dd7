"""How long matches last, how many end early and why, how soon pairs meet (issue #19).

Per program and period (:class:`Period`: a cycle, a quarter, a year or the
coordinator's own dates). The definitions at the edges of a period:

- a match is **active during** the period when it started on or before the
  period's last day and had not ended before its first day (ended on the first
  day, or started on the last day: counted). A period reaching past today is read
  up to today (the *observed end*);
- a match's **length** runs from its start date to its end date; a match still
  running at the observed end is *censored* there: it lasted at least that long
  (:mod:`~peerdesk.evaluation.km`);
- a match's **planned end** is its start plus the program's planned match length
  in months when one is set, else the program's end date; without either, the
  coordinator's own "ended early" decides what an early closure is;
- an **early closure** is a match that ended within the period, before its
  planned end; a match that ran to its planned end **reached the planned length**
  (counted once its planned end lies within what has been observed);
- a **rematch** is a match started in the period whose mentee (in a reciprocal
  program, either person) had an earlier match in the program that had ended;
- **days from sign-up to match** count, for each person whose first match in the
  program started in the period, from the day they joined (or were added) to
  that start — someone added to the file after their match began has no known
  sign-up day and is left out, with a note; **days from match to first meeting**
  from a match's start to its first held meeting, for matches started in the
  period (those with no meeting held yet are left out, with a note);
- **meetings per match-month**: held meetings in the period over the months the
  matches ran within it, beside what the program's meeting cadence expects;
- **no meeting in 30 days**: matches active (or paused) on the observed end that had
  run for at least 30 days and held no meeting in the 30 days up to it.

Everything is read in one snapshot, meetings counted in SQL
(:mod:`~peerdesk.evaluation.measures_data`), so a program of 10,000 people and
50,000 meetings is measured in well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from peerdesk.calendar.checkins import add_months
from peerdesk.enums import Cadence, PairOutcome
from peerdesk.evaluation.figures import read_snapshot
from peerdesk.evaluation.km import KaplanMeier, kaplan_meier
from peerdesk.evaluation.measures_base import (
    DAYS,
    DAYS_PER_MONTH,
    MATCHES,
    MONTHS,
    NO_MATCHES,
    PER_MONTH,
    PERCENT,
    Breakdown,
    Measure,
    Period,
    Reference,
    empty,
    months,
    one_decimal,
    references_from,
    share,
)
from peerdesk.evaluation.measures_data import (
    PairRow,
    ProgramRow,
    ProgramRows,
    held_meetings,
    read_program,
    read_rows,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.evaluation.checks import PracticeCheck
    from peerdesk.storage import QuickConnection

__all__ = [
    "Breakdown",
    "Evidence",
    "Measure",
    "Period",
    "Planned",
    "ProgramMeasures",
    "Reference",
    "cycle_period",
    "load_evidence",
    "program_measures",
]

# Measure keys.
ACTIVE = "active_matches"
MEDIAN_LENGTH = "median_length"
LENGTH_Q1 = "length_q1"
LENGTH_Q3 = "length_q3"
REACHED_PLANNED = "reached_planned"
EARLY_CLOSURES = "early_closures"
EARLY_SHARE = "early_closure_share"
REMATCHES = "rematches"
DAYS_TO_MATCH = "days_to_match"
DAYS_TO_MEETING = "days_to_first_meeting"
MEETINGS_PER_MONTH = "meetings_per_month"
NO_RECENT_MEETING = "no_meeting_30_days"

RECENT_DAYS = 30
PER_MONTH_BY_CADENCE = {
    Cadence.WEEKLY: 52 / 12,
    Cadence.BIWEEKLY: 26 / 12,
    Cadence.MONTHLY: 1.0,
}
CADENCE_NAMES = {
    Cadence.WEEKLY: "weekly",
    Cadence.BIWEEKLY: "every-two-weeks",
    Cadence.MONTHLY: "monthly",
}
NO_REASON = "No reason recorded"

KM_HOW = (
    "Kaplan–Meier estimate: matches still running at the end of the period count as "
    "lasting at least their length so far (censored), not as ended."
)


@dataclass(frozen=True)
class Planned:
    """The program's planned match length: ``months`` (None: none known) and its source."""

    months: float | None
    source: str  # "setting", "dates" or "" (none)

    @property
    def words(self) -> str:
        """``6 months after the match's start, as set for the program``; ``the program's
        end date``."""
        if self.months is None:
            return "no planned length (no planned match length set and no program end date)"
        if self.source == "setting":
            return f"{self.months:g} months after the match's start, as set for the program"
        return "the program's end date"

    def end_of(self, program: ProgramRow, started: date) -> date | None:
        """When a match that started on ``started`` is planned to end."""
        if self.source == "setting" and program.planned_months is not None:
            return add_months(started, program.planned_months)
        if self.source == "dates":
            return program.end
        return None


def planned_length(program: ProgramRow) -> Planned:
    if program.planned_months is not None:
        return Planned(float(program.planned_months), "setting")
    if program.start is not None and program.end is not None and program.end > program.start:
        return Planned(months((program.end - program.start).days), "dates")
    return Planned(None, "")


@dataclass(frozen=True)
class ProgramMeasures:
    """A program's match measures for one period, and the length curve behind them."""

    program_id: int
    program_name: str
    period: Period
    today: date
    planned: Planned
    measures: tuple[Measure, ...]
    curve: KaplanMeier  # lengths in months
    empty: bool  # no match was active during the period

    @property
    def empty_text(self) -> str:
        return NO_MATCHES if self.empty else ""

    def __getitem__(self, key: str) -> Measure:
        for measure in self.measures:
            if measure.key == key:
                return measure
        raise KeyError(key)

    def keys(self) -> list[str]:
        return [m.key for m in self.measures]


def cycle_period(program: ProgramRow, pairs: tuple[PairRow, ...], today: date) -> Period:
    """The program's cycle: its start date (else its first match, else when it was made)
    to its end date (else today)."""
    start = program.start or (pairs[0].started if pairs else None) or program.created
    end = program.end or max(today, start)
    return Period.cycle(min(start, end), end, program.name)


def _active(pair: PairRow, first: date, last: date) -> bool:
    return pair.started <= last and (pair.ended is None or pair.ended >= first)


def _ended_by(pair: PairRow, day: date) -> bool:
    return pair.ended is not None and pair.ended <= day


def _stop(pair: PairRow, last: date) -> date:
    """The day a match's length is counted to: its end, or ``last`` if still running."""
    return pair.ended if pair.ended is not None and pair.ended <= last else last


def _reason(text: str | None) -> str:
    from peerdesk.pairs.closing import split_reason

    choice, _words = split_reason(text)
    if not choice:
        return NO_REASON
    return choice if choice != "Other" else "Other"


def _median(values: list[float]) -> float | None:
    return one_decimal(float(np.median(values))) if values else None


def _ids(pairs: list[PairRow]) -> tuple[int, ...]:
    return tuple(sorted(p.id for p in pairs))


def measures_from(
    conn: QuickConnection,
    rows: ProgramRows,
    period: Period,
    today: date,
    references: dict[str, Reference] | None = None,
) -> ProgramMeasures:
    """The measures from rows already read (the caller's snapshot is still open)."""
    program = rows.program
    planned = planned_length(program)
    last = period.observed_end(today)
    active = [p for p in rows.pairs if last >= period.start and _active(p, period.start, last)]
    refs = references or {}
    if not active:
        return _empty(program, period, today, planned, refs)
    p = period
    built: list[Measure] = [
        Measure(
            ACTIVE, "Matches active during the period", float(len(active)), MATCHES,
            len(active), p,
            "Matches that started on or before the period's last day and had not ended "
            "before its first day.",
            pair_ids=_ids(active),
        ),
    ]  # fmt: skip

    # Length: Kaplan–Meier over every match active during the period.
    durations = [(_stop(pair, last) - pair.started).days for pair in active]
    ended = [_ended_by(pair, last) for pair in active]
    curve = kaplan_meier(np.maximum(durations, 0), ended, DAYS_PER_MONTH)
    still = curve.censored
    for key, name, q in (
        (MEDIAN_LENGTH, "Median match length", 0.5),
        (LENGTH_Q1, "Match length, first quartile", 0.25),
        (LENGTH_Q3, "Match length, third quartile", 0.75),
    ):
        value = curve.quantile(q)
        note = ""
        if value is None:
            note = (
                f"Not reached yet: more than {100 - int(q * 100)} % of matches were still "
                f"running at {months(max(durations) if durations else 0):g} months."
            )
        built.append(
            Measure(
                key, name, None if value is None else one_decimal(value), MONTHS, len(active),
                p, KM_HOW + f" {curve.ended} ended, {still} still running.",
                pair_ids=_ids(active), note=note,
                reference=refs.get(key),
            )
        )  # fmt: skip

    # Planned length: reached, and early closures.
    closed = [q for q in active if _ended_by(q, last) and q.ended is not None]
    closed_in = [q for q in closed if q.ended is not None and q.ended >= p.start]
    closed_ids = {q.id for q in closed_in}
    reached: list[PairRow] = []
    short: list[PairRow] = []
    early: list[PairRow] = []
    for pair in active:
        planned_end = planned.end_of(program, pair.started)
        if planned_end is None:
            if pair.id in closed_ids and pair.outcome == PairOutcome.ENDED_EARLY.value:
                early.append(pair)
            continue
        if _ended_by(pair, last) and pair.ended is not None and pair.ended < planned_end:
            short.append(pair)
            if pair.ended >= p.start:
                early.append(pair)
        elif planned_end <= last:
            reached.append(pair)
    if planned.months is None:
        built.append(
            empty(
                REACHED_PLANNED, "Matches reaching the planned length", PERCENT, p,
                "Needs a planned match length or a program end date.",
                note="The program has no planned match length and no end date.",
            )
        )  # fmt: skip
        early_how = (
            "Matches that ended in the period and were marked “ended early” (the program has "
            "no planned length to compare with)."
        )
    else:
        value, note = share(len(reached), len(reached) + len(short), "matches")
        waiting = len(active) - len(reached) - len(short)
        if waiting and not reached and not short:
            note = (
                f"Not due yet: {waiting} match{'es are' if waiting != 1 else ' is'} still "
                "running before the planned end."
            )
        elif waiting and not note:
            note = f"{waiting} still running and not yet due are left out."
        built.append(
            Measure(
                REACHED_PLANNED, "Matches reaching the planned length", value, PERCENT,
                len(reached) + len(short), p,
                f"Planned end: {planned.words}; of the matches that reached their planned end "
                "or ended before it, the share that ran to it.",
                pair_ids=_ids(reached), note=note,
            )
        )  # fmt: skip
        early_how = (
            f"Matches that ended in the period before their planned end ({planned.words}), "
            "by the reason recorded when they closed."
        )
    by_reason: dict[str, list[int]] = defaultdict(list)
    for pair in early:
        by_reason[_reason(pair.end_reason)].append(pair.id)
    breakdown = tuple(
        Breakdown(label, len(ids), tuple(sorted(ids)))
        for label, ids in sorted(by_reason.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    )
    built.append(
        Measure(
            EARLY_CLOSURES, "Early closures", float(len(early)), MATCHES, len(closed_in), p,
            early_how, pair_ids=_ids(early), breakdown=breakdown,
        )
    )  # fmt: skip
    value, note = share(len(early), len(closed_in), "closed matches")
    built.append(
        Measure(
            EARLY_SHARE, "Early closures, share of matches that closed", value, PERCENT,
            len(closed_in), p,
            "Early closures out of all matches that ended in the period.",
            pair_ids=_ids(early), note=note, reference=refs.get(EARLY_SHARE),
            breakdown=breakdown,
        )
    )  # fmt: skip

    # Rematches.
    started_in = [q for q in active if q.started >= p.start]
    ended_before: dict[int, list[PairRow]] = defaultdict(list)
    for pair in rows.pairs:
        if pair.ended is not None:
            for person in pair.people:
                ended_before[person].append(pair)
    rematches = []
    for pair in started_in:
        people = pair.people if program.reciprocal else (pair.mentee_id,)
        if any(
            earlier.id != pair.id and earlier.ended is not None and earlier.ended <= pair.started
            for person in people
            for earlier in ended_before.get(person, [])
        ):
            rematches.append(pair)
    built.append(
        Measure(
            REMATCHES, "Rematches", float(len(rematches)), MATCHES, len(started_in), p,
            "Matches started in the period for a mentee (in a reciprocal program, either "
            "person) whose earlier match in the program had ended.",
            pair_ids=_ids(rematches),
        )
    )  # fmt: skip

    # Days from sign-up to match: each person's first match in the program.
    first_match: dict[int, date] = {}
    for pair in rows.pairs:  # ordered by start
        for person in pair.people:
            first_match.setdefault(person, pair.started)
    waited: dict[int, int] = {}
    unknown = 0
    for person, began in first_match.items():
        if person not in rows.participants or not p.start <= began <= last:
            continue
        days = (began - rows.participants[person].signed_up).days
        if days < 0:
            unknown += 1  # added to the file after their match began: no sign-up date known
        else:
            waited[person] = days
    built.append(
        Measure(
            DAYS_TO_MATCH, "Median days from sign-up to match",
            _median([float(v) for v in waited.values()]), DAYS, len(waited), p,
            "For each person whose first match in the program started in the period: days "
            "from the day they joined (or were added) to that match's start; the median.",
            participant_ids=tuple(sorted(waited)),
            note=(
                f"{unknown} {'person' if unknown == 1 else 'people'} added after their match "
                "began left out." if unknown else ""
            )
            if waited
            else "No sign-up date before a first match in this period."
            if unknown
            else "Nobody had a first match in this period.",
        )
    )  # fmt: skip

    # Days from match to first meeting.
    since = last - timedelta(days=RECENT_DAYS - 1)
    meetings_held = held_meetings(conn, program.id, [(p.start, last), (since, last)])
    firsts = meetings_held.first
    to_meeting = {
        q.id: max(0, (firsts[q.id] - q.started).days) for q in started_in if q.id in firsts
    }
    not_yet = len(started_in) - len(to_meeting)
    built.append(
        Measure(
            DAYS_TO_MEETING, "Median days from match to first meeting",
            _median([float(v) for v in to_meeting.values()]), DAYS, len(to_meeting), p,
            "For matches started in the period: days from the match's start to its first "
            "held meeting; the median.",
            pair_ids=tuple(sorted(to_meeting)),
            note=(f"{not_yet} match{'es' if not_yet != 1 else ''} with no meeting held yet "
                  "left out." if not_yet else "")
            if to_meeting else "No match started in this period has held a meeting yet.",
        )
    )  # fmt: skip

    # Meetings per match-month, against the cadence.
    held = meetings_held.counts[0]
    match_days = 0
    meetings = 0
    for pair in active:
        stop = min(pair.ended, last) if pair.ended is not None else last
        match_days += max(0, (stop - max(pair.started, p.start)).days + 1)
        meetings += held.get(pair.id, 0)
    expected = one_decimal(PER_MONTH_BY_CADENCE[program.cadence])
    per_month = one_decimal(meetings / (match_days / DAYS_PER_MONTH)) if match_days else None
    built.append(
        Measure(
            MEETINGS_PER_MONTH, "Meetings held per match-month", per_month, PER_MONTH,
            len(active), p,
            f"Held meetings in the period ({meetings}) over the months the matches ran within "
            f"it ({months(match_days):g}); the program's {CADENCE_NAMES[program.cadence]} "
            f"cadence expects {expected:g}.",
            pair_ids=_ids(active), target=expected,
        )
    )  # fmt: skip

    # No meeting in the last 30 days (up to the observed end).
    running = [
        q for q in active
        if (q.ended is None or q.ended >= last) and q.started <= last - timedelta(RECENT_DAYS)
    ]  # fmt: skip
    recent = meetings_held.counts[1]
    quiet = [q for q in running if not recent.get(q.id)]
    value, note = share(len(quiet), len(running), "matches")
    built.append(
        Measure(
            NO_RECENT_MEETING, "Matches with no meeting in the last 30 days", value, PERCENT,
            len(running), p,
            f"Matches still running (paused ones too) on {last.isoformat()} that had run at "
            "least 30 days, "
            "with no held meeting in the 30 days up to that day.",
            pair_ids=_ids(quiet), note=note,
        )
    )  # fmt: skip
    return ProgramMeasures(
        program.id, program.name, period, today, planned, tuple(built), curve, False
    )


MEASURE_NAMES: tuple[tuple[str, str, str], ...] = (
    (ACTIVE, "Matches active during the period", MATCHES),
    (MEDIAN_LENGTH, "Median match length", MONTHS),
    (LENGTH_Q1, "Match length, first quartile", MONTHS),
    (LENGTH_Q3, "Match length, third quartile", MONTHS),
    (REACHED_PLANNED, "Matches reaching the planned length", PERCENT),
    (EARLY_CLOSURES, "Early closures", MATCHES),
    (EARLY_SHARE, "Early closures, share of matches that closed", PERCENT),
    (REMATCHES, "Rematches", MATCHES),
    (DAYS_TO_MATCH, "Median days from sign-up to match", DAYS),
    (DAYS_TO_MEETING, "Median days from match to first meeting", DAYS),
    (MEETINGS_PER_MONTH, "Meetings held per match-month", PER_MONTH),
    (NO_RECENT_MEETING, "Matches with no meeting in the last 30 days", PERCENT),
)


def _empty(
    program: ProgramRow,
    period: Period,
    today: date,
    planned: Planned,
    refs: dict[str, Reference],
) -> ProgramMeasures:
    how = f"No match was active between {period.start.isoformat()} and {period.end.isoformat()}."
    measures = tuple(
        replace(empty(key, name, unit, period, how), reference=refs.get(key))
        for key, name, unit in MEASURE_NAMES
    )
    return ProgramMeasures(
        program.id, program.name, period, today, planned, measures, kaplan_meier([], []), True
    )


def program_measures(
    db: Database, program_id: int, period: Period | None = None, today: date | None = None
) -> ProgramMeasures:
    """The program's match measures for ``period`` (default: its cycle), as of ``today``."""
    return load_evidence(db, program_id, period, today=today).measures


@dataclass(frozen=True)
class Evidence:
    """Everything the reports show: measures, retention, practice checks, references."""

    measures: ProgramMeasures
    retention: tuple[Measure, ...]
    checks: tuple[PracticeCheck, ...]
    references: dict[str, Reference]

    @property
    def period(self) -> Period:
        return self.measures.period

    def all_measures(self) -> tuple[Measure, ...]:
        return self.measures.measures + self.retention


def load_evidence(
    db: Database,
    program_id: int,
    period: Period | None = None,
    *,
    today: date | None = None,
    survey_share: int | None = None,
) -> Evidence:
    """Measures, retention and practice checks for ``period`` (default: the program's
    cycle), read in one snapshot. ``survey_share``: the pre/post check's target in %."""
    from peerdesk.evaluation.checks import SURVEY_SHARE, checks_from
    from peerdesk.evaluation.retention import retention_from

    today = today or date.today()
    with read_snapshot(db) as conn:
        rows = read_rows(conn, program_id)
        period = period or cycle_period(rows.program, rows.pairs, today)
        references = references_from(conn, program_id)
        measures = measures_from(conn, rows, period, today, references)
        retention = retention_from(conn, rows, period)
        checks = checks_from(
            conn, rows, period, today, SURVEY_SHARE if survey_share is None else survey_share
        )
    return Evidence(measures, retention, checks, references)


def program_cycle(db: Database, program_id: int, today: date | None = None) -> Period:
    """The program's cycle as a period (its dates; see :func:`cycle_period`)."""
    with read_snapshot(db) as conn:
        program = read_program(conn, program_id)
        rows = read_rows(conn, program_id) if program.start is None else None
    return cycle_period(program, rows.pairs if rows else (), today or date.today())
