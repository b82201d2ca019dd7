"""A filled-in sign-in sheet, read back as attendance.

A sign-in sheet kept as a spreadsheet — a CSV, or an Excel workbook from a form or
typed up from the printed sheet — is read like a roster: in a child process with a
time and memory limit (:mod:`peerdesk.roster.sandbox`), its header row found and its
Name / First name / Last name / Email columns recognised as the roster import
recognises them. Each row is matched to a person as the roster import matches the
people named in its wish columns (:class:`peerdesk.roster.wishes.PeopleIndex`): by its
e-mail first (case and spaces aside), else by its name without case, accents or
punctuation — first then last, or last then first — and only when exactly one person
of the program has it.

:func:`match_signin_sheet` only reads: the attendance checklist shows who was found and
ticks them when the coordinator agrees. :func:`import_signin` marks everyone found
attended in one transaction. Rows that name nobody, several people, or someone not
invited to the session are reported row by row (:class:`SigninProblem`: what kind of
problem, the row's number and what it says, for the front end to word in the user's
language; :func:`problem_text` words it in English for the command line) and change
nothing; a file that cannot be read, or has no name or e-mail column, changes nothing at
all. A single Name column written "Last, First" ("Diaz, Cy") also finds "Cy Diaz".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.errors import NotFound, UserError
from peerdesk.groups import attendance
from peerdesk.groups.attendance import AttendanceChanges
from peerdesk.groups.statuses import ATTENDED
from peerdesk.models import GroupSession, SessionAttendance
from peerdesk.progress import Progress
from peerdesk.roster import header, values
from peerdesk.roster.errors import NoHeaderRow
from peerdesk.roster.mapping import Field, match_field
from peerdesk.roster.reader import Sheet, Workbook, is_blank
from peerdesk.roster.sandbox import read_isolated
from peerdesk.roster.wishes import Ambiguous, PeopleIndex, program_people

NAME_FIELDS = (Field.NAME, Field.FIRST_NAME, Field.LAST_NAME, Field.EMAIL)


class NoNameColumn(UserError):
    template = (
        "“{name}” has no column titled Name, First name, Last name or Email, so PeerDesk "
        "cannot tell who signed in. Add a row of column titles above the names. Nothing "
        "was changed."
    )


class Unmatched(StrEnum):
    """Why a row of a sign-in sheet was left out."""

    NOBODY = "nobody"  # names nobody in the program
    SEVERAL = "several"  # names more than one person: an e-mail would say which
    NOT_INVITED = "not_invited"  # names someone of the program not invited to the session


@dataclass(frozen=True)
class SigninProblem:
    """A row of the sheet left out: why, its number as the spreadsheet shows it, and the
    name (or the e-mail, when it has no name) written on it."""

    kind: Unmatched
    row: int
    written: str


_PROBLEM_TEXTS = {
    Unmatched.NOBODY: "Row {row}: “{written}” is not anyone in this program.",
    Unmatched.SEVERAL: "Row {row}: “{written}” matches more than one person; write their e-mail.",
    Unmatched.NOT_INVITED: "Row {row}: “{written}” was not invited to this session.",
}


def problem_text(problem: SigninProblem) -> str:
    """A left-out row in plain English (the command line; the front end words its own)."""
    return _PROBLEM_TEXTS[problem.kind].format(row=problem.row, written=problem.written)


@dataclass(frozen=True)
class SigninMatch:
    """Who a sign-in sheet names among the people invited, and the rows that name nobody."""

    session_id: int
    file_name: str
    rows: int  # rows with someone written in them
    matched: tuple[int, ...]  # invited participants the sheet names, in its order
    already: int  # of those, how many are marked attended already
    problems: tuple[SigninProblem, ...]  # rows left out, in the sheet's order


@dataclass(frozen=True)
class SigninImport:
    """What :func:`import_signin` did: what it matched, and the attendance it marked."""

    match: SigninMatch
    changes: AttendanceChanges


Reader = Callable[[Path], Workbook]
"""Reads a file in this process (tests); by default it is read in a child process."""


def _columns(sheet: Sheet, header_index: int) -> dict[Field, int]:
    found: dict[Field, int] = {}
    for column, text in enumerate(header.header_texts(sheet, header_index)):
        match = match_field(text)
        if match is not None and match[0] in NAME_FIELDS:
            found.setdefault(match[0], column)
    return found


def _people_sheet(workbook: Workbook) -> tuple[Sheet, int, dict[Field, int]]:
    """The first visible sheet with a header naming a name or e-mail column."""
    for sheet in workbook.sheets:
        if sheet.hidden or sheet.row_count == 0:
            continue
        index = header.find_header_row(sheet)
        columns = _columns(sheet, index) if index is not None else {}
        if index is not None and columns:
            return sheet, index, columns
    first = next((s for s in workbook.sheets if s.row_count), workbook.sheets[0])
    if header.find_header_row(first) is None:
        raise NoHeaderRow(name=workbook.name, sheet=first.name)
    raise NoNameColumn(name=workbook.name)


def _written(sheet: Sheet, row_index: int, columns: dict[Field, int]) -> tuple[str, str, list[str]]:
    """What a row is called in a report, its e-mail, and the names it may stand for."""

    def cell(field: Field) -> str:
        column = columns.get(field)
        return "" if column is None else values.text(sheet.cell(row_index, column))

    email, full = cell(Field.EMAIL), cell(Field.NAME)
    first, last = cell(Field.FIRST_NAME), cell(Field.LAST_NAME)
    names = [n for n in (full, f"{first} {last}".strip(), f"{last} {first}".strip()) if n]
    if full.count(",") == 1:  # "Diaz, Cy": last name, comma, first name
        last_part, first_part = (part.strip() for part in full.split(","))
        names.append(f"{first_part} {last_part}".strip())
    return full or f"{first} {last}".strip() or email, email, names


def _find(index: PeopleIndex[int], email: str, names: Sequence[str]) -> int | Ambiguous | None:
    """The person a row means: by its e-mail if that names someone, else by its name."""
    if "@" in email:
        by_email = index.find(email)
        if by_email is not None:
            return by_email
    for name in names:
        found = index.find(name)
        if found is not None:
            return found
    return None


def match_signin_sheet(
    db: Database,
    session_id: int,
    path: Path | str,
    *,
    progress: Progress | None = None,
    reader: Reader | None = None,
) -> SigninMatch:
    """Read the sheet at ``path`` and find the invited people it names; changes nothing.

    Raises what reading the file raises (a :class:`~peerdesk.roster.errors.RosterFileError`),
    or :class:`NoNameColumn`.
    """
    path = Path(path)
    with db.reading() as session:
        group = session.get(GroupSession, session_id)
        if group is None:
            raise NotFound(what="That session")
        program_id = group.program_id
    workbook = reader(path) if reader is not None else read_isolated(path, progress=progress)
    sheet, header_index, columns = _people_sheet(workbook)
    with db.reading() as session:
        everyone = program_people(session.connection(), program_id)
        marks = dict(
            session.execute(
                select(SessionAttendance.participant_id, SessionAttendance.status).where(
                    SessionAttendance.session_id == session_id
                )
            ).all()
        )
    index: PeopleIndex[int] = PeopleIndex()
    for participant_id, _person_id, name, email in everyone:
        index.add(participant_id, name, email)
    found: dict[int, None] = {}
    problems: list[SigninProblem] = []
    rows = 0
    filled = sum(1 for v in sheet.rows[header_index] if str(v).strip())
    for row_index in range(header_index + 1, len(sheet.rows)):
        row = sheet.rows[row_index]
        if is_blank(row) or header.is_totals_row(row, filled):
            continue
        shown, email, names = _written(sheet, row_index, columns)
        if not shown:
            continue
        rows += 1
        who = _find(index, email, names)
        number = row_index + 1  # as the spreadsheet numbers it
        if who is None:
            problems.append(SigninProblem(Unmatched.NOBODY, number, shown))
        elif isinstance(who, Ambiguous):
            problems.append(SigninProblem(Unmatched.SEVERAL, number, shown))
        elif who not in marks:
            problems.append(SigninProblem(Unmatched.NOT_INVITED, number, shown))
        else:
            found[who] = None
    return SigninMatch(
        session_id=session_id,
        file_name=path.name,
        rows=rows,
        matched=tuple(found),
        already=sum(1 for pid in found if marks[pid] == ATTENDED),
        problems=tuple(problems),
    )


def import_signin(
    db: Database,
    session_id: int,
    path: Path | str,
    *,
    progress: Progress | None = None,
    reader: Reader | None = None,
) -> SigninImport:
    """Mark everyone invited whom the sheet at ``path`` names as attended, in one
    transaction (see :func:`match_signin_sheet`); undone with :func:`attendance.undo`."""
    found = match_signin_sheet(db, session_id, path, progress=progress, reader=reader)
    changes = attendance.set_marks(db, session_id, dict.fromkeys(found.matched, ATTENDED))
    return SigninImport(found, changes)


__all__ = [
    "NoNameColumn",
    "Reader",
    "SigninImport",
    "SigninMatch",
    "SigninProblem",
    "Unmatched",
    "import_signin",
    "match_signin_sheet",
    "problem_text",
]
