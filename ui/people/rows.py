"""What the People table shows of each participant, read from the file in one go.

The columns and the words for roles, statuses and readiness; one
:class:`PersonRow` per participant, carrying its lowercase search string and
everything sorting needs, so that neither searching nor sorting asks the
database anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from peerdesk.enums import ParticipantStatus, Role
from ui.qt import QCoreApplication, QDate, QLocale, Qt

if TYPE_CHECKING:
    from peerdesk.database import Database

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the participant id of a row
LIST_SEPARATOR = ", "


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class Column(IntEnum):
    """The table's columns; their order here is the default order on screen."""

    NAME = 0
    EMAIL = 1
    ROLE = 2
    STATUS = 3
    READINESS = 4
    DEPARTMENT = 5
    MATCHED = 6
    INTERESTS = 7
    COHORT = 8
    YEARS = 9
    JOINED = 10
    LOCATION = 11
    PHONE = 12


COLUMN_COUNT = len(Column)
HIDDEN_BY_DEFAULT = frozenset(
    {Column.EMAIL, Column.COHORT, Column.YEARS, Column.JOINED, Column.LOCATION, Column.PHONE}
)
DEFAULT_WIDTHS = {
    Column.NAME: 150,
    Column.EMAIL: 200,
    Column.ROLE: 68,
    Column.STATUS: 80,
    Column.READINESS: 118,
    Column.DEPARTMENT: 150,
    Column.MATCHED: 130,
    Column.INTERESTS: 200,
}


def column_titles() -> dict[Column, str]:
    """Every column's title, in the columns' order."""
    titles = {
        Column.NAME: tr("Name"),
        Column.EMAIL: tr("Email"),
        Column.ROLE: tr("Role"),
        Column.STATUS: tr("Status"),
        Column.DEPARTMENT: tr("Department"),
        Column.INTERESTS: tr("Interests"),
        Column.READINESS: tr("Readiness"),
        Column.MATCHED: tr("Matched with"),
        Column.COHORT: tr("Cohort"),
        Column.YEARS: tr("Years of experience"),
        Column.JOINED: tr("Joined"),
        Column.LOCATION: tr("Location"),
        Column.PHONE: tr("Phone"),
    }
    return {column: titles[column] for column in Column}


def role_labels() -> dict[Role, str]:
    return {
        Role.MENTOR: tr("Mentor"),
        Role.MENTEE: tr("Mentee"),
        Role.BOTH: tr("Both"),
        Role.PEER: tr("Peer"),
    }


def status_labels() -> dict[ParticipantStatus, str]:
    return {
        ParticipantStatus.APPLIED: tr("Applied"),
        ParticipantStatus.SCREENED: tr("Screened"),
        ParticipantStatus.TRAINED: tr("Trained"),
        ParticipantStatus.READY: tr("Ready"),
        ParticipantStatus.MATCHED: tr("Matched"),
        ParticipantStatus.COMPLETED: tr("Completed"),
        ParticipantStatus.WITHDRAWN: tr("Withdrawn"),
    }


class Readiness(IntEnum):
    """Whether someone may be offered for matching; the order is the sort order."""

    NOT_READY = 0
    OVERRIDE = 1
    READY = 2


def readiness_labels() -> dict[Readiness, str]:
    return {
        Readiness.READY: tr("Ready"),
        Readiness.OVERRIDE: tr("Ready (override)"),
        Readiness.NOT_READY: tr("Not ready"),
    }


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One participant as the table shows them, with what searching and sorting need."""

    participant_id: int
    person_id: int
    name: str
    email: str
    role: Role
    status: ParticipantStatus
    department: str
    interests: tuple[str, ...]
    readiness: Readiness
    missing: tuple[str, ...]
    matched_with: tuple[str, ...]
    cohort: str
    years: float | None
    joined_on: date | None
    location: str
    phone: str
    search: str  # name, email and every tag, lowercase, one per line


@dataclass(frozen=True)
class StepInfo:
    step_id: int
    name: str
    kind: str
    required: bool


@dataclass(frozen=True)
class PeopleData:
    """Everything the screen shows of a program's people, read in one go on the worker."""

    program_id: int
    rows: list[PersonRow]
    steps: list[StepInfo]
    reciprocal: bool


def search_text(name: str, email: str, tags: Iterable[str]) -> str:
    return "\n".join([name, email, *tags]).casefold()


def load_people(db: Database, program_id: int) -> PeopleData:
    """The program's participants with every column of the table (runs on the worker)."""
    from peerdesk import people
    from peerdesk.sql_rows import run

    listed = people.list_participants(db, program_id)
    with db.reading() as session:
        conn = session.connection()
        extra = {
            row[0]: row[1:]
            for row in run(
                conn,
                "SELECT p.id, p.cohort, p.years_experience, p.joined_on, p.location, s.phone "
                "FROM participant p JOIN person s ON s.id = p.person_id WHERE p.program_id = ?",
                (program_id,),
            ).all()
        }
        steps = [
            StepInfo(int(r[0]), str(r[1]), str(r[2]), bool(r[3]))
            for r in run(
                conn,
                "SELECT id, name, kind, required FROM program_step WHERE program_id = ? "
                "ORDER BY position, id",
                (program_id,),
            ).all()
        ]
        done: dict[int, set[int]] = {}
        for participant_id, step_id in run(
            conn,
            "SELECT r.participant_id, r.step_id FROM step_record r "
            "JOIN program_step s ON s.id = r.step_id "
            "WHERE s.program_id = ? AND r.completed_on IS NOT NULL",
            (program_id,),
        ).all():
            done.setdefault(participant_id, set()).add(step_id)
        reciprocal = bool(
            run(conn, "SELECT reciprocal FROM program WHERE id = ?", (program_id,)).scalar()
        )
    required = [s for s in steps if s.required]
    rows: list[PersonRow] = []
    for item in listed:
        cohort, years, joined, location, phone = extra.get(item.participant_id, (None,) * 5)
        finished = done.get(item.participant_id, set())
        missing = tuple(s.name for s in required if s.step_id not in finished)
        if item.readiness_overridden:
            state = Readiness.OVERRIDE
        elif item.ready:
            state = Readiness.READY
        else:
            state = Readiness.NOT_READY
        rows.append(
            PersonRow(
                participant_id=item.participant_id,
                person_id=item.person_id,
                name=item.full_name,
                email=item.email,
                role=item.role,
                status=item.status,
                department=item.department,
                interests=item.interests,
                readiness=state,
                missing=missing,
                matched_with=item.matched_with,
                cohort=cohort or "",
                years=float(years) if years is not None else None,
                joined_on=date.fromisoformat(str(joined)) if joined else None,
                location=location or "",
                phone=phone or "",
                search=search_text(item.full_name, item.email, item.tags),
            )
        )
    return PeopleData(program_id, rows, steps, reciprocal)


_STATUS_ORDER = {status: n for n, status in enumerate(ParticipantStatus)}
_ROLE_ORDER = {role: n for n, role in enumerate(Role)}


def _text_key(text: str) -> tuple[bool, str]:
    """Empty cells last, then case-insensitive order."""
    return (not text, text.casefold())


SortKey = Callable[[PersonRow], Any]
SORT_KEYS: dict[Column, SortKey] = {
    Column.NAME: lambda r: r.name.casefold(),
    Column.EMAIL: lambda r: _text_key(r.email),
    Column.ROLE: lambda r: _ROLE_ORDER[r.role],
    Column.STATUS: lambda r: _STATUS_ORDER[r.status],
    Column.DEPARTMENT: lambda r: _text_key(r.department),
    Column.INTERESTS: lambda r: _text_key(LIST_SEPARATOR.join(r.interests)),
    Column.READINESS: lambda r: (int(r.readiness), -len(r.missing)),
    Column.MATCHED: lambda r: _text_key(LIST_SEPARATOR.join(r.matched_with)),
    Column.COHORT: lambda r: _text_key(r.cohort),
    Column.YEARS: lambda r: (r.years is None, r.years or 0.0),
    Column.JOINED: lambda r: (r.joined_on is None, r.joined_on or date.min),
    Column.LOCATION: lambda r: _text_key(r.location),
    Column.PHONE: lambda r: _text_key(r.phone),
}


def format_years(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")
