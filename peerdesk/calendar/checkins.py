"""Staff check-ins: the coordinator's own contact with each mentor and mentee.

Good practice is for staff to check in with both people of a pair on a
regular cadence (the program's ``checkin_cadence``), separately, to catch
problems a pair will not raise together. Each check-in is a calendar item of
its own (a ``Meeting`` of kind ``STAFF_CHECKIN`` with one participant, and the
pair it is about), logged like a meeting: held, cancelled, no-show.

Check-ins fall on the cadence counted from the pair's start (a monthly
check-in a month after the pair began, then every month), at a time of day
the coordinator picks (09:00 by default) — they are due dates more than
appointments, so they are left out of the conflict check and the calendar
files for mentors and mentees. Scheduling again skips dates that already have
a check-in with that person, so it can be run after new pairs are confirmed.
People in an active circle (:mod:`peerdesk.groups.circles`) and in no active pair get
check-ins too, counted from the circle's start and filed under no pair; ending the
circle cancels those still to come.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Iterable
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.calendar import zones
from peerdesk.calendar.changes import CalendarChanges, Recorder
from peerdesk.calendar.series import DEFAULT_SPAN, insert_meetings, new_uid
from peerdesk.database import Database
from peerdesk.enums import CheckinCadence, MeetingKind, MeetingStatus, PairStatus
from peerdesk.errors import NotFound, UserError, ValidationError
from peerdesk.models import Circle, CircleMember, Meeting, Pair, Program

DEFAULT_TIME = time(9, 0)
DEFAULT_LENGTH = 15
WEEKS = {CheckinCadence.WEEKLY: 1, CheckinCadence.BIWEEKLY: 2}
MONTHS = {CheckinCadence.MONTHLY: 1, CheckinCadence.QUARTERLY: 3}


class NoCheckins(UserError):
    template = (
        "This program has no staff check-ins. Choose how often staff check in "
        "in Program settings → Meetings."
    )


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day if it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, _last_day(year, month)))


def _last_day(year: int, month: int) -> int:
    return _stdlib_calendar.monthrange(year, month)[1]


def next_due(cadence: CheckinCadence, after: date, steps: int = 1) -> date:
    """``steps`` check-in periods after ``after``."""
    if cadence in WEEKS:
        return after + timedelta(weeks=WEEKS[cadence] * steps)
    if cadence in MONTHS:
        return add_months(after, MONTHS[cadence] * steps)
    raise NoCheckins()


def checkin_dates(cadence: CheckinCadence, start: date, first: date, last: date) -> list[date]:
    """Due dates one, two, … periods after ``start`` that fall within ``first``..``last``."""
    if cadence == CheckinCadence.NONE:
        return []
    found: list[date] = []
    step = 1
    while True:
        day = next_due(cadence, start, step)
        if day > last:
            return found
        if day >= first:
            found.append(day)
        step += 1


def _people(session: Session, program_id: int) -> dict[int, tuple[int | None, date | None]]:
    """Each participant of an active pair: (the pair to file check-ins under, its start);
    then each person of an active circle in no active pair: (None, the circle's start)."""
    found: dict[int, tuple[int | None, date | None]] = {}
    pairs = session.scalars(
        select(Pair)
        .where(Pair.program_id == program_id, Pair.status == PairStatus.ACTIVE)
        .order_by(Pair.started_on, Pair.id)
    )
    for pair in pairs:
        for participant_id in (pair.mentor_id, pair.mentee_id):
            found.setdefault(participant_id, (pair.id, pair.started_on))
    circles = session.execute(
        select(CircleMember.participant_id, Circle.started_on)
        .join(Circle, Circle.id == CircleMember.circle_id)
        .where(Circle.program_id == program_id, Circle.status == PairStatus.ACTIVE)
        .order_by(Circle.started_on, Circle.id, CircleMember.id)
    )
    for participant_id, started in circles:
        found.setdefault(participant_id, (None, started))
    return found


def schedule_checkins(
    db: Database,
    program_id: int,
    *,
    first_date: date | None = None,
    last_date: date | None = None,
    local_time: time = DEFAULT_TIME,
    length_minutes: int = DEFAULT_LENGTH,
    participant_ids: Iterable[int] | None = None,
    timezone: str | None = None,
) -> CalendarChanges:
    """Check-ins on the program's cadence for everyone in an active pair or circle (or just
    ``participant_ids``), from ``first_date`` (default today) to ``last_date``
    (default the program's end)."""
    tz = timezone or zones.local_zone_name()
    first = first_date or zones.today_in(tz)
    with db.transaction() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFound(what="That program")
        if program.checkin_cadence == CheckinCadence.NONE:
            raise NoCheckins()
        last = last_date or program.end_date or first + DEFAULT_SPAN
        if last < first:
            raise ValidationError({"last_date": "The last date is before the first date."})
        people = _people(session, program_id)
        if participant_ids is not None:
            wanted = set(participant_ids)
            people = {k: v for k, v in people.items() if k in wanted}
        existing: dict[int, set[date]] = {}
        query = select(Meeting.participant_id, Meeting.starts_at, Meeting.timezone).where(
            Meeting.program_id == program_id, Meeting.kind == MeetingKind.STAFF_CHECKIN
        )
        for participant_id, starts_at, zone_name in session.execute(query):
            if participant_id is not None:
                existing.setdefault(participant_id, set()).add(
                    zones.local_date(starts_at, zone_name)
                )
        rec = Recorder(session, program_id, "schedule_checkins")
        rows = []
        for participant_id, (pair_id, started) in sorted(people.items()):
            taken = existing.get(participant_id, set())
            for day in checkin_dates(program.checkin_cadence, started or first, first, last):
                if day in taken:
                    continue
                rows.append(
                    {
                        "uid": new_uid(),
                        "program_id": program_id,
                        "kind": MeetingKind.STAFF_CHECKIN,
                        "pair_id": pair_id,
                        "participant_id": participant_id,
                        "series_id": None,
                        "starts_at": zones.to_utc(day, local_time, tz),
                        "timezone": tz,
                        "length_minutes": length_minutes,
                        "place": "",
                        "link": "",
                        "status": MeetingStatus.SCHEDULED,
                        "actual_minutes": None,
                        "notes": "",
                        "topics": "",
                        "moved": False,
                        "logged_at": None,
                        "occurrence_date": day,
                    }
                )
        insert_meetings(session, rows, rec)
        return rec.finish(people=len(people))
