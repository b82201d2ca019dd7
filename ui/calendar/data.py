"""What the Calendar screen shows, read on the worker, and the words for it.

The screen reads the program's settings, pairs, people and attention list
once (:func:`load_context`) and the meetings of the six weeks on show
(:func:`load_range`); filtering by pair or person is done on the rows in
memory, so it answers as the user picks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Union

from peerdesk.enums import Cadence, CheckinCadence, MeetingKind, MeetingStatus
from ui.qt import QCoreApplication, QDate, QLocale, QTime

if TYPE_CHECKING:
    from peerdesk.calendar.attention import AttentionList
    from peerdesk.calendar.reads import MeetingRow, PairChoice, PersonChoice
    from peerdesk.database import Database
    from peerdesk.groups.sessions import SessionRow

GRID_DAYS = 42  # six weeks: every month fits
Item = Union["MeetingRow", "SessionRow"]  # what the month and the agenda list


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class CalendarContext:
    """The program's side of the calendar: settings, pairs, people, attention."""

    program_id: int
    program_name: str
    cadence: Cadence
    checkin_cadence: CheckinCadence
    length_minutes: int
    start_date: date | None
    end_date: date | None
    pairs: list[PairChoice]
    people: list[PersonChoice]
    attention: AttentionList


def load_context(db: Database, program_id: int) -> CalendarContext:
    from peerdesk.calendar.attention import attention_list
    from peerdesk.calendar.reads import pair_choices, person_choices
    from peerdesk.program.reads import load_settings

    settings = load_settings(db, program_id)
    return CalendarContext(
        program_id=program_id,
        program_name=settings.name,
        cadence=settings.meeting_cadence,
        checkin_cadence=settings.checkin_cadence,
        length_minutes=settings.meeting_length_minutes,
        start_date=settings.start_date,
        end_date=settings.end_date,
        pairs=pair_choices(db, program_id),
        people=person_choices(db, program_id),
        attention=attention_list(db, program_id),
    )


def load_range(db: Database, program_id: int, first: date, last: date) -> list[MeetingRow]:
    from peerdesk.calendar.reads import meetings_between

    return meetings_between(db, program_id, first, last)


def load_sessions(
    db: Database, program_id: int, first: date, last: date
) -> tuple[list[SessionRow], dict[int, frozenset[int]]]:
    """The group sessions held on ``first``..``last`` (each on its own clock's date), and
    the person ids invited to each (the pair and person filters work on them)."""
    from peerdesk.calendar.reads import ZONE_MARGIN
    from peerdesk.groups.invitations import invited_people
    from peerdesk.groups.sessions import sessions_between

    start = datetime.combine(first, time(0, 0), UTC) - ZONE_MARGIN
    end = datetime.combine(last + timedelta(days=1), time(0, 0), UTC) + ZONE_MARGIN
    rows = [
        r
        for r in sessions_between(db, program_id, start, end)
        if first <= r.local_start.date() <= last
    ]
    return rows, invited_people(db, [r.id for r in rows])


@dataclass(frozen=True)
class Loaded:
    context: CalendarContext | None
    first: date
    last: date
    rows: list[MeetingRow]
    sessions: list[SessionRow] = field(default_factory=list)
    invited: dict[int, frozenset[int]] = field(default_factory=dict)  # session id: person ids


def load_all(db: Database, program_id: int, first: date, last: date, with_context: bool) -> Loaded:
    context = load_context(db, program_id) if with_context else None
    sessions, invited = load_sessions(db, program_id, first, last)
    return Loaded(context, first, last, load_range(db, program_id, first, last), sessions, invited)


# -- dates -------------------------------------------------------------------------------


def first_weekday() -> int:
    """The locale's first day of the week, as Python counts (Monday = 0)."""
    return int(QLocale().firstDayOfWeek().value) - 1


def grid_dates(year: int, month: int, week_starts: int) -> list[date]:
    """The 42 days of a month grid, from the week that holds the 1st."""
    first = date(year, month, 1)
    start = first - timedelta(days=(first.weekday() - week_starts) % 7)
    return [start + timedelta(days=n) for n in range(GRID_DAYS)]


def week_of(day: date, week_starts: int) -> tuple[date, date]:
    start = day - timedelta(days=(day.weekday() - week_starts) % 7)
    return start, start + timedelta(days=6)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def long_date(day: date) -> str:
    return QLocale().toString(qdate(day), "dddd d MMMM yyyy")


def short_date(day: date) -> str:
    return QLocale().toString(qdate(day), "ddd d MMM")


def clock(row: MeetingRow) -> str:
    local = row.local_start
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def month_title(year: int, month: int) -> str:
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


# -- words ---------------------------------------------------------------------------------


def status_labels() -> dict[MeetingStatus, str]:
    return {
        MeetingStatus.SCHEDULED: tr("Not logged yet"),
        MeetingStatus.HELD: tr("Held"),
        MeetingStatus.CANCELLED: tr("Cancelled"),
        MeetingStatus.NO_SHOW: tr("No-show"),
    }


def plural(n: int, one: str, many: str, **fields: object) -> str:
    """``one`` for 1, else ``many``, with ``{n}`` and ``fields`` filled in (both translated)."""
    return (one if n == 1 else many).format(n=n, **fields)


def short_name(name: str) -> str:
    """ "Ana Rivera" → "Ana" (month cells are narrow; the tooltip has the whole name)."""
    parts = name.split()
    return parts[0] if parts else name


def title(row: MeetingRow, *, short: bool = False) -> str:
    name = short_name if short else (lambda text: text)
    if row.kind == MeetingKind.STAFF_CHECKIN:
        return tr("Check-in: {name}").format(name=name(row.checkin_name))
    return f"{name(row.mentor_name)} & {name(row.mentee_name)}"


def role_word(row: MeetingRow) -> str:
    role = row.checkin_role.value if row.checkin_role is not None else ""
    return {"mentor": tr("mentor"), "mentee": tr("mentee"), "peer": tr("peer")}.get(role, "")


def matches(row: MeetingRow, pair_id: int | None, person_id: int | None) -> bool:
    if pair_id is not None and row.pair_id != pair_id:
        return False
    return person_id is None or person_id in row.person_ids


def by_day(rows: Iterable[Item]) -> dict[date, list[Item]]:
    """Meetings (and sessions) by the date they are on, on their own clock."""
    days: dict[date, list[Item]] = {}
    for row in rows:
        days.setdefault(row.local_start.date(), []).append(row)
    return days
