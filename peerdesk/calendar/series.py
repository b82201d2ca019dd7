"""Scheduling meetings: recurring series per pair, one-off meetings, moves and edits.

A series is a rule (every two weeks on Tuesday at 17:30 for 60 minutes, from a
first date to a last date, minus dates to skip) and the meetings it made, one
row each, so that each can be moved, logged and exported on its own. Each
occurrence is placed at its local time in the series' named zone and then
converted to UTC (:mod:`peerdesk.calendar.zones`), which keeps it at 17:30 on
the wall clock through daylight-saving changes.

Moving one meeting leaves the series alone (the meeting is marked ``moved``).
Changing "this and all following" meetings splits the series at that meeting
and rewrites the following meetings *in place*, so each keeps its UID and a
calendar that imported the old file updates its events instead of doubling
them. Meetings already logged, or moved by hand, keep their own date.

Every call is one transaction, recorded in the change history, and returns
:class:`~peerdesk.calendar.changes.CalendarChanges` for undo and refresh.
Meetings are written with bulk inserts: a year of fortnightly meetings for
300 pairs takes a fraction of a second.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from peerdesk import conflicts
from peerdesk.calendar import versions, zones
from peerdesk.calendar.changes import (
    MEETING_TABLE,
    SERIES_TABLE,
    CalendarChanges,
    Recorder,
    revise,
)
from peerdesk.calendar.conflicts import describe_conflicts, find_conflicts
from peerdesk.database import Database
from peerdesk.enums import Cadence, MeetingKind, MeetingStatus, PairStatus
from peerdesk.errors import NotFound, UserError, ValidationError
from peerdesk.models import Meeting, MeetingSeries, Pair, Program
from peerdesk.progress import Progress
from peerdesk.sqltypes import utcnow
from peerdesk.storage.driver import new_ids
from peerdesk.storage.retry import strict

WEEKLY, BIWEEKLY, FOUR_WEEKLY, MONTHLY = "1w", "2w", "4w", "month"
CADENCES: tuple[str, ...] = (WEEKLY, BIWEEKLY, FOUR_WEEKLY, MONTHLY)
STEP_DAYS = {WEEKLY: 7, BIWEEKLY: 14, FOUR_WEEKLY: 28}
PROGRAM_CADENCE = {Cadence.WEEKLY: WEEKLY, Cadence.BIWEEKLY: BIWEEKLY, Cadence.MONTHLY: MONTHLY}
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_SPAN = timedelta(days=365)  # when neither the plan nor the program has a last date
MIN_LENGTH, MAX_LENGTH = 5, 12 * 60
MAX_MEETINGS_PER_SERIES = 1000
SCHEDULABLE = (PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.PROPOSED)
# Columns a new meeting starts with, whoever writes it (undo compares whole rows).
NEW_MEETING: dict[str, Any] = {"sequence": 0, "cancel_reason": None, "version": 1}


class Scope(StrEnum):
    """Which meetings of a series a change applies to."""

    THIS = "this"
    FOLLOWING = "following"


class PairEnded(UserError):
    template = "That pair has ended, so no meetings can be scheduled for it."


class NoActivePairs(UserError):
    template = "This program has no active pairs yet. Confirm some pairs first."


@dataclass(frozen=True)
class SeriesPlan:
    """What a coordinator chooses when scheduling a series."""

    cadence: str
    weekday: int  # 0 = Monday
    local_time: time
    length_minutes: int
    first_date: date
    last_date: date | None = None  # None: the program's end date
    place: str = ""
    link: str = ""
    skip_dates: tuple[date, ...] = ()
    timezone: str | None = None  # None: this computer's zone


@dataclass(frozen=True)
class MeetingEdit:
    """A change to one meeting (or to it and all following); None leaves a field as it is."""

    day: date | None = None
    local_time: time | None = None
    length_minutes: int | None = None
    place: str | None = None
    link: str | None = None


def new_uid() -> str:
    """A UID that identifies one meeting in every calendar it is exported to, forever."""
    return f"{uuid.uuid4()}@peerdesk"


def parse_weekday(text: str) -> int:
    """ "tue", "Tuesday", "2" (ISO, Monday = 1) → 1."""
    key = text.strip().casefold()
    if key.isdigit() and 1 <= int(key) <= 7:
        return int(key) - 1
    for index, name in enumerate(WEEKDAYS):
        if key.startswith(name) and _stdlib_calendar.day_name[index].casefold().startswith(key):
            return index
    raise ValidationError({"weekday": f"“{text}” is not a day of the week (mon … sun)."})


def program_cadence(cadence: Cadence) -> str:
    return PROGRAM_CADENCE.get(cadence, BIWEEKLY)


# -- Dates of a series ---------------------------------------------------------------------


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` of the month (1-based), or its last one if ``n`` is -1."""
    days = [
        d for d in _stdlib_calendar.Calendar().itermonthdates(year, month)
        if d.month == month and d.weekday() == weekday
    ]  # fmt: skip
    return days[-1] if n < 0 or n > len(days) else days[n - 1]


def first_on_weekday(start: date, weekday: int) -> date:
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def occurrence_dates(
    cadence: str,
    weekday: int,
    first_date: date,
    last_date: date,
    skip_dates: Iterable[date] = (),
) -> list[date]:
    """The dates a series meets on, from the first ``weekday`` on or after ``first_date``.

    Monthly series meet on the same ordinal weekday (the 2nd Tuesday); one that
    starts on a 5th weekday meets on the last one of each month.
    """
    if cadence not in CADENCES:
        raise ValidationError({"cadence": f"“{cadence}” is not one of {', '.join(CADENCES)}."})
    skip = set(skip_dates)
    first = first_on_weekday(first_date, weekday)
    found: list[date] = []
    if cadence == MONTHLY:
        ordinal = (first.day - 1) // 7 + 1
        ordinal = -1 if ordinal >= 5 else ordinal
        year, month = first.year, first.month
        while True:
            day = _nth_weekday(year, month, weekday, ordinal)
            if day > last_date or len(found) > MAX_MEETINGS_PER_SERIES:
                break
            found.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        step = timedelta(days=STEP_DAYS[cadence])
        day = first
        while day <= last_date and len(found) <= MAX_MEETINGS_PER_SERIES:
            found.append(day)
            day += step
    return [d for d in found if d not in skip]


# -- Validation and reading ----------------------------------------------------------------


def _check_length(minutes: int, problems: dict[str, str]) -> None:
    if not MIN_LENGTH <= minutes <= MAX_LENGTH:
        problems["length"] = (
            f"A meeting lasts between {MIN_LENGTH} minutes and {MAX_LENGTH // 60} hours."
        )


def _resolve(plan: SeriesPlan, program: Program) -> SeriesPlan:
    """The plan with its defaults filled in, or a ValidationError naming each problem."""
    last = plan.last_date or program.end_date or (plan.first_date + DEFAULT_SPAN)
    tz = plan.timezone or zones.local_zone_name()
    problems: dict[str, str] = {}
    if plan.cadence not in CADENCES:
        problems["cadence"] = f"“{plan.cadence}” is not one of {', '.join(CADENCES)}."
    if not 0 <= plan.weekday <= 6:
        problems["weekday"] = "Choose a day of the week."
    _check_length(plan.length_minutes, problems)
    if last < plan.first_date:
        problems["last_date"] = "The last date is before the first date."
    if not zones.is_zone(tz):
        problems["timezone"] = f"“{tz}” is not a time zone this computer knows."
    if problems:
        raise ValidationError(problems)
    return replace(
        plan, last_date=last, timezone=tz, skip_dates=tuple(sorted(set(plan.skip_dates)))
    )


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(what="That program")
    return program


def _pairs(session: Session, program_id: int, pair_ids: Iterable[int] | None) -> list[Pair]:
    if pair_ids is None:
        pairs = list(
            session.scalars(
                select(Pair)
                .where(Pair.program_id == program_id, Pair.status == PairStatus.ACTIVE)
                .order_by(Pair.id)
            )
        )
        if not pairs:
            raise NoActivePairs()
        return pairs
    pairs = []
    for pair_id in sorted(set(pair_ids)):
        pair = session.get(Pair, pair_id)
        if pair is None or pair.program_id != program_id:
            raise NotFound(what="That pair")
        if pair.status not in SCHEDULABLE:
            raise PairEnded()
        pairs.append(pair)
    return pairs


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(what="That meeting")
    return meeting


def _pairs_with_meetings_from(session: Session, pair_ids: list[int], start: datetime) -> set[int]:
    rows = session.execute(
        select(Meeting.pair_id)
        .where(
            Meeting.pair_id.in_(pair_ids),
            Meeting.kind == MeetingKind.PAIR,
            Meeting.status == MeetingStatus.SCHEDULED,
            Meeting.starts_at >= start,
        )
        .distinct()
    )
    return {pair_id for (pair_id,) in rows if pair_id is not None}


def _meeting_row(
    *,
    program_id: int,
    pair_id: int | None,
    series_id: int | None,
    starts_at: datetime,
    tz: str,
    length: int,
    place: str,
    link: str,
    occurrence: date | None,
    kind: MeetingKind = MeetingKind.PAIR,
    participant_id: int | None = None,
) -> dict[str, Any]:
    return {
        "uid": new_uid(),
        "program_id": program_id,
        "kind": kind,
        "pair_id": pair_id,
        "participant_id": participant_id,
        "series_id": series_id,
        "starts_at": starts_at,
        "timezone": tz,
        "length_minutes": length,
        "place": place,
        "link": link,
        "status": MeetingStatus.SCHEDULED,
        "actual_minutes": None,
        "notes": "",
        "topics": "",
        "moved": False,
        "logged_at": None,
        "occurrence_date": occurrence,
    }


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Bulk insert (one executemany); the new ids, in the order of ``rows``.

    The ids are taken first (:func:`~peerdesk.storage.driver.new_ids`: after the largest
    under a file's write lock, from the id sequence on a server), so another window
    adding meetings at the same moment neither clashes nor gets mixed in.
    """
    if not rows:
        return []
    session.flush()  # rows the session still holds count for the largest id
    ids = new_ids(session.connection(), table.name, len(rows))
    session.execute(insert(table), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids


def insert_meetings(session: Session, rows: Sequence[dict[str, Any]], rec: Recorder) -> list[int]:
    """Bulk insert meetings and tell ``rec`` (their rows as written, for undo)."""
    created = {**NEW_MEETING, "modified_at": utcnow()}
    rows = [{**created, **row} for row in rows]
    ids = insert_rows(session, MEETING_TABLE, rows)
    rec.created_meetings(ids, [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids


def _warn_conflicts(session: Session, rec: Recorder, meeting_ids: Iterable[int]) -> None:
    conflicts = find_conflicts(session, meeting_ids)
    rec.conflicts.extend(conflicts)
    rec.warnings.extend(describe_conflicts(conflicts))


# -- Scheduling ----------------------------------------------------------------------------


@strict
def schedule_series(
    db: Database,
    program_id: int,
    plan: SeriesPlan,
    *,
    pair_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
) -> CalendarChanges:
    """A series per pair: for ``pair_ids``, or for every active pair of the program.

    Scheduling every active pair leaves out pairs that already have meetings
    to come from the first date on (listed in ``skipped_pairs``), so running it
    again after confirming new pairs schedules just the new ones. Overlaps are
    returned as warnings, not refused.
    """
    with db.transaction() as session:
        program = _program(session, program_id)
        plan = _resolve(plan, program)
        assert plan.last_date is not None and plan.timezone is not None
        tz = plan.timezone
        pairs = _pairs(session, program_id, pair_ids)
        dates = occurrence_dates(
            plan.cadence, plan.weekday, plan.first_date, plan.last_date, plan.skip_dates
        )
        if not dates:
            raise ValidationError(
                {"first_date": "No meeting falls between the first and last date."}
            )
        rec = Recorder(session, program_id, "schedule_series")
        if pair_ids is None:
            start = zones.to_utc(plan.first_date, time(0, 0), tz)
            busy = _pairs_with_meetings_from(session, [p.id for p in pairs], start)
            rec.skipped_pairs.extend(sorted(busy))
            pairs = [p for p in pairs if p.id not in busy]
            if rec.skipped_pairs:
                count = len(rec.skipped_pairs)
                rec.warnings.append(
                    f"Left out {count} pair{'' if count == 1 else 's'} that already "
                    "had meetings scheduled."
                )
        if not pairs:
            return rec.finish(pairs=0)
        if progress is not None:
            progress.set_progress(0, len(pairs), "Scheduling meetings…")
        series_rows = [
            {
                "pair_id": pair.id,
                "cadence": plan.cadence,
                "weekday": plan.weekday,
                "local_time": plan.local_time.strftime("%H:%M"),
                "timezone": tz,
                "length_minutes": plan.length_minutes,
                "place": plan.place.strip(),
                "link": plan.link.strip(),
                "first_date": plan.first_date,
                "last_date": plan.last_date,
                "skip_dates": [d.isoformat() for d in plan.skip_dates],
            }
            for pair in pairs
        ]
        series_ids = insert_rows(session, SERIES_TABLE, series_rows)
        rec.created_series(series_ids)
        starts = [(d, zones.to_utc(d, plan.local_time, tz)) for d in dates]
        rows = [
            _meeting_row(
                program_id=program_id,
                pair_id=pair.id,
                series_id=series_id,
                starts_at=starts_at,
                tz=tz,
                length=plan.length_minutes,
                place=plan.place.strip(),
                link=plan.link.strip(),
                occurrence=day,
            )
            for pair, series_id in zip(pairs, series_ids, strict=True)
            for day, starts_at in starts
        ]
        if progress is not None:
            progress.check()
        created = insert_meetings(session, rows, rec)
        _warn_conflicts(session, rec, created)
        if progress is not None:
            progress.set_progress(len(pairs), len(pairs), "Scheduling meetings…")
        return rec.finish(pairs=len(pairs))


@strict
def schedule_meeting(
    db: Database,
    program_id: int,
    pair_id: int,
    *,
    day: date,
    local_time: time,
    length_minutes: int,
    place: str = "",
    link: str = "",
    timezone: str | None = None,
) -> CalendarChanges:
    """One meeting outside any series."""
    problems: dict[str, str] = {}
    _check_length(length_minutes, problems)
    tz = timezone or zones.local_zone_name()
    if problems:
        raise ValidationError(problems)
    with db.transaction() as session:
        _program(session, program_id)
        [pair] = _pairs(session, program_id, [pair_id])
        rec = Recorder(session, program_id, "schedule_meeting")
        row = _meeting_row(
            program_id=program_id,
            pair_id=pair.id,
            series_id=None,
            starts_at=zones.to_utc(day, local_time, tz),
            tz=tz,
            length=length_minutes,
            place=place.strip(),
            link=link.strip(),
            occurrence=None,
        )
        created = insert_meetings(session, [row], rec)
        _warn_conflicts(session, rec, created)
        return rec.finish()


# -- Changing meetings ---------------------------------------------------------------------


def _slot(meeting: Meeting, series: MeetingSeries | None) -> datetime | None:
    """Where the series puts this meeting (None for a one-off)."""
    if series is None or meeting.occurrence_date is None:
        return None
    at = time.fromisoformat(series.local_time)
    return zones.to_utc(meeting.occurrence_date, at, series.timezone)


def _place_at(meeting: Meeting, day: date, at: time, series: MeetingSeries | None) -> None:
    meeting.starts_at = zones.to_utc(day, at, meeting.timezone)
    revise(meeting)  # calendars take the moved event
    slot = _slot(meeting, series)
    meeting.moved = slot is not None and meeting.starts_at != slot


def move_meeting(
    db: Database, meeting_id: int, *, day: date, local_time: time | None = None
) -> CalendarChanges:
    """Move one meeting to ``day`` (and ``local_time``; default: its own time).

    The series it belongs to stays as it is; the meeting is marked as moved
    (and unmarked if it goes back to its series' date and time).
    """
    with db.transaction() as session:
        meeting = _meeting(session, meeting_id)
        series = session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
        rec = Recorder(session, meeting.program_id, "move_meeting")
        rec.touch_meetings([meeting.id])
        at = local_time or zones.to_local(meeting.starts_at, meeting.timezone).time()
        _place_at(meeting, day, at, series)
        session.flush()
        if meeting.kind == MeetingKind.PAIR:
            _warn_conflicts(session, rec, [meeting.id])
        return rec.finish()


def _edit_one(session: Session, meeting: Meeting, edit: MeetingEdit) -> None:
    series = session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
    if edit.day is not None or edit.local_time is not None:
        local = zones.to_local(meeting.starts_at, meeting.timezone)
        _place_at(meeting, edit.day or local.date(), edit.local_time or local.time(), series)
    if edit.length_minutes is not None:
        meeting.length_minutes = edit.length_minutes
    if edit.place is not None:
        meeting.place = edit.place.strip()
    if edit.link is not None:
        meeting.link = edit.link.strip()
    if edit.day is None and edit.local_time is None:
        revise(meeting)  # (moving counted it already)


def _occurrence(meeting: Meeting) -> date:
    return meeting.occurrence_date or zones.local_date(meeting.starts_at, meeting.timezone)


def edit_meeting(
    db: Database,
    meeting_id: int,
    edit: MeetingEdit,
    *,
    scope: Scope = Scope.THIS,
    expected_version: conflicts.Version | None = None,
) -> CalendarChanges:
    """Change one meeting, or (``Scope.FOLLOWING``) it and every later one of its series.

    "All following" ends the series the day before this meeting and starts a
    new one from it with the changes (or changes the series itself, from its
    first meeting). The following meetings are rewritten in place, keeping
    their UIDs; meetings already logged or moved by hand keep their date.
    ``expected_version``: the meeting's version its dialog showed; if someone saved the
    meeting since, nothing is changed (:class:`~peerdesk.conflicts.EditConflict`).
    """
    if edit.length_minutes is not None:
        problems: dict[str, str] = {}
        _check_length(edit.length_minutes, problems)
        if problems:
            raise ValidationError(problems)
    with db.transaction() as session:
        meeting = _meeting(session, meeting_id)
        versions.check(session, meeting, expected_version, _edited(edit))
        rec = Recorder(session, meeting.program_id, f"edit_meeting_{scope.value}")
        if scope == Scope.THIS or meeting.series_id is None:
            rec.touch_meetings([meeting.id])
            _edit_one(session, meeting, edit)
            session.flush()
            if meeting.kind == MeetingKind.PAIR:
                _warn_conflicts(session, rec, [meeting.id])
            return rec.finish()
        changed = _edit_following(session, rec, meeting, edit)
        _warn_conflicts(session, rec, changed)
        return rec.finish()


def _edited(edit: MeetingEdit) -> dict[str, Any]:
    """The fields ``edit`` changes, as :func:`peerdesk.calendar.versions.meeting_fields`
    names them."""
    changed: dict[str, Any] = {
        "date": edit.day,
        "time": None if edit.local_time is None else edit.local_time.strftime("%H:%M"),
        "length_minutes": edit.length_minutes,
        "place": None if edit.place is None else edit.place.strip(),
        "link": None if edit.link is None else edit.link.strip(),
    }
    return {name: value for name, value in changed.items() if value is not None}


def _series_meetings(session: Session, series_id: int) -> list[Meeting]:
    found = list(session.scalars(select(Meeting).where(Meeting.series_id == series_id)))
    found.sort(key=lambda m: (_occurrence(m), m.starts_at, m.id))
    return found


def _edit_following(
    session: Session, rec: Recorder, meeting: Meeting, edit: MeetingEdit
) -> list[int]:
    old = session.get(MeetingSeries, meeting.series_id)
    assert old is not None
    split_at = _occurrence(meeting)
    everyone = _series_meetings(session, old.id)
    following = [m for m in everyone if _occurrence(m) >= split_at]
    earlier = [m for m in everyone if _occurrence(m) < split_at]
    rec.touch_series([old.id])
    rec.touch_meetings([m.id for m in following])
    first = edit.day or split_at
    at = edit.local_time or time.fromisoformat(old.local_time)
    if not earlier:
        series = old  # from the first meeting on: the series itself changes
    else:
        series = MeetingSeries(
            pair_id=old.pair_id,
            cadence=old.cadence,
            timezone=old.timezone,
            last_date=old.last_date,
            skip_dates=[d for d in old.skip_dates if d >= first.isoformat()],
            weekday=0,
            local_time="00:00",
            length_minutes=old.length_minutes,
            place=old.place,
            link=old.link,
            first_date=first,
        )
        session.add(series)
        old.last_date = split_at - timedelta(days=1)
        old.skip_dates = [d for d in old.skip_dates if d < split_at.isoformat()]
        session.flush()
        rec.created_series([series.id])
    series.first_date = first
    series.weekday = first.weekday()
    series.local_time = at.strftime("%H:%M")
    if edit.length_minutes is not None:
        series.length_minutes = edit.length_minutes
    if edit.place is not None:
        series.place = edit.place.strip()
    if edit.link is not None:
        series.link = edit.link.strip()
    last = series.last_date or first + DEFAULT_SPAN
    skip = [date.fromisoformat(d) for d in series.skip_dates]
    dates = occurrence_dates(series.cadence, series.weekday, first, last, skip)
    changed: list[int] = []
    for index, item in enumerate(following):
        if index >= len(dates):
            if item.status == MeetingStatus.SCHEDULED and (item is meeting or not item.moved):
                session.delete(item)
            else:
                item.series_id = None  # kept as a one-off: it happened, or was placed by hand
            continue
        item.series_id = series.id
        item.occurrence_date = dates[index]
        keep_own_date = item is not meeting and (
            item.moved or item.status != MeetingStatus.SCHEDULED
        )
        item.length_minutes = series.length_minutes
        item.place, item.link = series.place, series.link
        slot = zones.to_utc(dates[index], at, series.timezone)
        if not keep_own_date:
            item.timezone = series.timezone
            item.starts_at = slot
        item.moved = item.starts_at != slot
        revise(item)
        changed.append(item.id)
    session.flush()
    extra = [
        _meeting_row(
            program_id=meeting.program_id,
            pair_id=series.pair_id,
            series_id=series.id,
            starts_at=zones.to_utc(day, at, series.timezone),
            tz=series.timezone,
            length=series.length_minutes,
            place=series.place,
            link=series.link,
            occurrence=day,
        )
        for day in dates[len(following) :]
    ]
    created = insert_meetings(session, extra, rec)
    return changed + created


@strict
def delete_meeting(db: Database, meeting_id: int, *, scope: Scope = Scope.THIS) -> CalendarChanges:
    """Take a meeting off the calendar (``FOLLOWING``: and the rest of its series).

    A series remembers the date as one to skip, so that changing the series
    later does not bring it back. Following meetings already logged stay, as
    one-off meetings: they are part of the pair's history.
    """
    with db.transaction() as session:
        meeting = _meeting(session, meeting_id)
        rec = Recorder(session, meeting.program_id, f"delete_meeting_{scope.value}")
        series = session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
        if series is None:
            rec.touch_meetings([meeting.id])
            session.delete(meeting)
            return rec.finish()
        rec.touch_series([series.id])
        day = _occurrence(meeting)
        if scope == Scope.THIS:
            rec.touch_meetings([meeting.id])
            series.skip_dates = sorted({*series.skip_dates, day.isoformat()})
            session.delete(meeting)
            return rec.finish()
        following = [m for m in _series_meetings(session, series.id) if _occurrence(m) >= day]
        rec.touch_meetings([m.id for m in following])
        for item in following:
            if item is meeting or item.status == MeetingStatus.SCHEDULED:
                session.delete(item)
            else:
                item.series_id = None
        series.last_date = day - timedelta(days=1)
        session.flush()
        if series.last_date < series.first_date:
            left = session.scalar(select(Meeting.id).where(Meeting.series_id == series.id).limit(1))
            if left is None:
                session.delete(series)
        return rec.finish()
