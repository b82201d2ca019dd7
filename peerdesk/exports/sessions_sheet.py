"""The workbook's Sessions and Attendance sheets: group sessions and who came to them.

**Sessions**: one row per session (trainings, workshops, socials, circle meetings...)
in time order — when (local time where it is held), kind, title, length, place, who
was invited, whether it was held, is still to come or was cancelled, how many were
invited, attended, excused, absent or not marked yet, and its attendance (attended of
the marked). Below the table, attendance by session kind: the program's figures, a
rate left blank when it rests on fewer than five marks, as every rate in the reports.

**Attendance**: one row per person invited to a session held, with their attendance
rate, the day they last attended, and how many sessions of each kind they attended.

Rates count marked invitations to sessions that have happened only
(:mod:`peerdesk.groups.rates`): an invitation nobody marked is "not marked", never
missed. Video links and notes stay in the program file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import func, select

from peerdesk.calendar import zones
from peerdesk.evaluation.figures import Share
from peerdesk.exports.cells import (
    DATETIME_FORMAT,
    PERCENT_FORMAT,
    SECTION_FONT,
    Column,
    SheetWriter,
    formatted,
)
from peerdesk.exports.records import ROLE_WORDS
from peerdesk.groups.rates import AttendanceRates, Tally, as_of, attendance_rates
from peerdesk.groups.statuses import ABSENT, ATTENDED, CANCELLED, EXCUSED
from peerdesk.models import Circle, GroupSession, ProgramStep, SessionAttendance, SessionKind

if TYPE_CHECKING:
    from peerdesk.database import Database

SESSIONS, ATTENDANCE = "Sessions", "Attendance"
INVITE_WORDS = {
    "mentors": "All mentors",
    "mentees": "All mentees",
    "everyone": "Everyone",
    "circle": "A circle",
    "people": "Chosen people",
}
HELD, TO_COME, CANCELLED_WORD = "Held", "Still to come", "Cancelled"
RATE = "Attended of marked"  # a percentage
SESSION_COLUMNS = (
    Column("Session id", 10),
    Column("Starts (local time)", 17, DATETIME_FORMAT),
    Column("Time zone", 16),
    Column("Kind", 14),
    Column("Title", 30),
    Column("Minutes", 9),
    Column("Place", 20),
    Column("Invited", 16),
    Column("Status", 13),
    Column("Invited (n)"),
    Column("Attended", 10),
    Column("Excused", 10),
    Column("Absent", 10),
    Column("Not marked"),
    Column(RATE, None, PERCENT_FORMAT),
    Column("Attending completes step", 28),
    Column("Capacity", 10),
    Column("In a series"),
)
KIND_HEADERS = (
    "Kind", "Sessions held", "Sessions marked", "Attended", "Excused", "Absent",
    "Not marked", "Attendance",
)  # fmt: skip


@dataclass(frozen=True)
class SessionRow:
    """One session as the Sessions sheet shows it."""

    id: int
    starts: datetime  # local wall-clock time, no zone (Excel has none)
    timezone: str
    kind: str  # the kind's name
    title: str
    minutes: int
    place: str
    invited_words: str
    status: str  # Held / Still to come / Cancelled
    counts: Tally
    step: str | None
    capacity: int | None
    series: bool

    @property
    def invited(self) -> int:
        return self.counts.marked + self.counts.unmarked


def session_rows(db: Database, program_id: int, now: datetime) -> list[SessionRow]:
    """Every session of the program in time order, with its attendance counts."""
    with db.reading() as session:
        kinds = dict(
            session.execute(
                select(SessionKind.key, SessionKind.name).where(
                    SessionKind.program_id == program_id
                )
            ).all()
        )
        counts: dict[int, Counter[str]] = {}
        for session_id, status, n in session.execute(
            select(SessionAttendance.session_id, SessionAttendance.status, func.count())
            .join(GroupSession, GroupSession.id == SessionAttendance.session_id)
            .where(GroupSession.program_id == program_id)
            .group_by(SessionAttendance.session_id, SessionAttendance.status)
        ):
            counts.setdefault(session_id, Counter())[status] += int(n)
        found = session.execute(
            select(GroupSession, ProgramStep.name, Circle.name)
            .outerjoin(ProgramStep, ProgramStep.id == GroupSession.completes_step_id)
            .outerjoin(Circle, Circle.id == GroupSession.circle_id)
            .where(GroupSession.program_id == program_id)
            .order_by(GroupSession.starts_at, GroupSession.id)
        ).all()
        rows = []
        for gs, step, circle in found:
            c = counts.get(gs.id, Counter())
            marked = c[ATTENDED] + c[EXCUSED] + c[ABSENT]
            tally = Tally(c[ATTENDED], c[EXCUSED], c[ABSENT], sum(c.values()) - marked)
            if gs.status == CANCELLED:
                status = CANCELLED_WORD
            else:
                status = HELD if gs.starts_at < now else TO_COME
            words = INVITE_WORDS.get(gs.invite, gs.invite)
            if gs.invite == "circle" and circle:
                words = f"Circle: {circle}"
            rows.append(
                SessionRow(
                    gs.id,
                    zones.to_local(gs.starts_at, gs.timezone).replace(tzinfo=None),
                    gs.timezone,
                    kinds.get(gs.kind, gs.kind),
                    gs.title,
                    gs.length_minutes,
                    gs.place,
                    words,
                    status,
                    tally,
                    step,
                    gs.capacity,
                    gs.series_key is not None,
                )
            )
        return rows


def _exact(tally: Tally) -> float | None:
    """One session's or one person's attendance: attended of marked (a record, not a
    statistic, so shown whatever the number); blank when nobody was marked."""
    return tally.attended / tally.marked if tally.marked else None


def _sessions_table(row: SessionRow) -> list[Any]:
    t = row.counts
    held = row.status == HELD
    return [
        row.id, row.starts, row.timezone, row.kind, row.title, row.minutes,
        row.place or None, row.invited_words, row.status, row.invited,
        t.attended, t.excused, t.absent, t.unmarked,
        _exact(t) if held else None, row.step, row.capacity, "Yes" if row.series else "No",
    ]  # fmt: skip


def _share_cell(ws: Any, share: Share) -> WriteOnlyCell | None:
    return None if share.percent is None else formatted(ws, share.percent / 100, PERCENT_FORMAT)


def write_sessions_sheet(book: Workbook, rows: list[SessionRow], rates: AttendanceRates) -> int:
    """The Sessions sheet; returns its number of session rows."""
    writer = SheetWriter(book, SESSIONS)
    ws = writer.ws
    count = writer.table(SESSION_COLUMNS, (_sessions_table(r) for r in rows), label=SESSIONS)
    ws.append([])
    title = WriteOnlyCell(ws, value="Attendance by kind of session")
    title.font = SECTION_FONT
    ws.append([title])
    ws.append(writer._header([Column(h) for h in KIND_HEADERS]))

    def line(name: str, held: int, marked: int, t: Tally) -> list[Any]:
        return [name, held, marked, t.attended, t.excused, t.absent, t.unmarked,
                _share_cell(ws, t.rate)]  # fmt: skip

    for kind in rates.kinds:
        ws.append(line(kind.name, kind.sessions, kind.marked_sessions, kind.tally))
    ws.append(line("All kinds", rates.sessions, rates.marked_sessions, rates.overall))
    note = (
        "Attendance: attended of the invitations marked at sessions held (not cancelled, not "
        "still to come); an invitation not marked yet is not counted as missed. Left blank "
        "when it rests on fewer than 5 marks."
    )
    ws.append([note])
    return count


def write_attendance_sheet(book: Workbook, rates: AttendanceRates) -> int:
    """The Attendance sheet: a row per person invited to a session held."""
    kinds = [(k.key, k.name) for k in rates.kinds]
    columns = [
        Column("Participant id", 14), Column("Name"), Column("Role", 10),
        Column("Invited to sessions held"), Column("Attended", 10), Column("Excused", 10),
        Column("Absent", 10), Column("Not marked"), Column(RATE, None, PERCENT_FORMAT),
        Column("Last attended", 14, "yyyy-mm-dd"),
        *(Column(f"{name}: attended") for _key, name in kinds),
    ]  # fmt: skip
    rows = (
        [
            p.participant_id, p.name, ROLE_WORDS.get(p.role, p.role),
            p.tally.marked + p.tally.unmarked, p.tally.attended, p.tally.excused,
            p.tally.absent, p.tally.unmarked, _exact(p.tally), p.last_attended,
            *(p.by_kind[key].attended if key in p.by_kind else 0 for key, _name in kinds),
        ]
        for p in rates.people
    )  # fmt: skip
    return SheetWriter(book, ATTENDANCE).table(columns, rows, label=ATTENDANCE)


def sessions_sheets(
    book: Workbook, db: Database, program_id: int, today: date | None = None
) -> dict[str, int]:
    """The Sessions and Attendance sheets as of ``today``; each one's number of rows."""
    now = as_of(today)
    rates = attendance_rates(db, program_id, now=now)
    return {
        SESSIONS: write_sessions_sheet(book, session_rows(db, program_id, now), rates),
        ATTENDANCE: write_attendance_sheet(book, rates),
    }
