"""Who came to a group session: attended, excused or absent, and undoing it.

The people invited to a session are its attendance rows (``invited`` until
marked). Marking them is one transaction, however many are marked, and returns
:class:`AttendanceChanges`: the rows it changed before and after, so that undo
puts back exactly what was there and redo does it again — refused, changing
nothing, if someone changed those rows since.

A session that completes a readiness step (a training, say) records that step for
everyone marked attended, dated the session's day where it was held (its own time
zone), unless they already had it; the attendance row keeps the id of the record
it made, so that marking the person otherwise, or undoing, removes exactly that
record and never one recorded by hand. Whoever's last required step this was moves
on to "ready", as recording the step by hand does
(:func:`peerdesk.people.record_step`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.calendar.zones import local_date
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus
from peerdesk.errors import NotFound, UserError
from peerdesk.groups.statuses import ABSENT, ATTENDED, CANCELLED, EXCUSED, INVITED, MARKS, STATUSES
from peerdesk.models import (
    GroupSession,
    Participant,
    ProgramStep,
    SessionAttendance,
    StepRecord,
)
from peerdesk.people.bulk_steps import BEFORE_READY
from peerdesk.sql_rows import delete_rows, insert_rows, select_rows, update_rows
from peerdesk.sqltypes import utcnow

log = logging.getLogger(__name__)

Row = dict[str, Any]


# The kinds of records an attendance change touches, for the front end's refresh
# (the calendar shows sessions with the meetings; readiness is the People screen's).
MEETINGS = "meetings"
PEOPLE = "people"

# The tables an attendance change writes, in the order undo puts them back.
ATTENDANCE_TABLE = "session_attendance"
STEP_TABLE = "step_record"
PARTICIPANT_TABLE = "participant"
TABLES = (ATTENDANCE_TABLE, STEP_TABLE, PARTICIPANT_TABLE)


class UnknownAttendance(UserError):
    template = "“{status}” is not an attendance mark; use attended, excused or absent."


class NotInvited(UserError):
    template = (
        "{count} of the people to mark are not invited to this session. "
        "Invite them first, then mark their attendance."
    )


class OneNotInvited(NotInvited):
    template = (
        "1 of the people to mark is not invited to this session. "
        "Invite them first, then mark their attendance."
    )


class NotBegunYet(UserError):
    template = (
        "This session has not begun yet, so nobody can be marked attended or absent. "
        "Mark apologies as excused now, and who came once it has begun."
    )


class SessionCancelled(UserError):
    template = "This session was cancelled, so nobody can attend it. Restore it first."


class AttendanceChangedSince(history.ChangedAfterYou):
    """Attendance (or the steps it recorded) changed by someone after the step to undo."""


@dataclass(frozen=True)
class AttendanceChanges:
    """The rows one attendance action changed, before and after (None: no row)."""

    program_id: int
    session_id: int
    action: str
    before: Mapping[str, Mapping[int, Row | None]]
    after: Mapping[str, Mapping[int, Row | None]]
    marked: int = 0  # people whose mark changed
    steps_recorded: int = 0  # readiness step records made
    steps_removed: int = 0  # readiness step records taken away again
    became_ready: tuple[int, ...] = field(default_factory=tuple)

    @property
    def kinds(self) -> frozenset[str]:
        """What a view must refresh: nothing when the action changed nothing."""
        if not any(self.after.get(t) for t in TABLES):
            return frozenset()
        steps = bool(self.after.get(STEP_TABLE) or self.after.get(PARTICIPANT_TABLE))
        return frozenset({MEETINGS, PEOPLE} if steps else {MEETINGS})


def session_day(session: GroupSession) -> date:
    """The day the session was held, where it was held: the date its step records get."""
    return local_date(session.starts_at, session.timezone)


def _group_session(session: Session, session_id: int) -> GroupSession:
    found = session.get(GroupSession, session_id)
    if found is None:
        raise NotFound(what="That session")
    return found


def mark(
    db: Database,
    session_id: int,
    participant_ids: Iterable[int] | None,
    status: str,
    *,
    now: datetime | None = None,
) -> AttendanceChanges:
    """Give everyone in ``participant_ids`` (None: everyone invited) the same mark."""
    with db.reading() as session:
        _group_session(session, session_id)
        if participant_ids is None:
            participant_ids = session.scalars(
                select(SessionAttendance.participant_id).where(
                    SessionAttendance.session_id == session_id
                )
            ).all()
    return set_marks(db, session_id, dict.fromkeys(participant_ids, status), now=now)


def everyone_attended(
    db: Database, session_id: int, *, now: datetime | None = None
) -> AttendanceChanges:
    """Everyone invited attended: one click after a session where all came."""
    return mark(db, session_id, None, ATTENDED, now=now)


def set_marks(
    db: Database, session_id: int, marks: Mapping[int, str], *, now: datetime | None = None
) -> AttendanceChanges:
    """Give each person in ``marks`` their mark (``invited`` takes a mark away again).

    One transaction. Refused, with nothing changed, for an unknown mark, a person
    not invited, a cancelled session, or attended or absent before the session
    begins (``now``, default: this moment) — as a meeting still to come cannot be
    logged as held; apologies (excused) can be taken ahead. People whose mark is
    already the one given are left as they are.
    """
    for status in marks.values():
        if status not in STATUSES:
            raise UnknownAttendance(status=status)
    with db.transaction() as session:
        group = _group_session(session, session_id)
        rows = {
            row.participant_id: row
            for row in session.scalars(
                select(SessionAttendance).where(
                    SessionAttendance.session_id == session_id,
                    SessionAttendance.participant_id.in_(list(marks)),
                )
            )
        }
        missing = set(marks) - set(rows)
        if missing:
            raise OneNotInvited() if len(missing) == 1 else NotInvited(count=len(missing))
        changing = {pid: s for pid, s in marks.items() if rows[pid].status != s}
        if changing and group.status == CANCELLED and ATTENDED in changing.values():
            raise SessionCancelled()
        early = {ATTENDED, ABSENT} & set(changing.values())
        if early and group.starts_at > (now or utcnow()):
            raise NotBegunYet()
        writer = _Marker(session, group)
        writer.write({pid: (rows[pid], status) for pid, status in changing.items()})
        return writer.finish()


class _Marker:
    """Marks attendance rows in one transaction and remembers their rows before and after."""

    def __init__(self, session: Session, group: GroupSession) -> None:
        self.session = session
        self.conn: Connection = session.connection()
        self.group = group
        self.before: dict[str, dict[int, Row | None]] = {t: {} for t in TABLES}
        self.recorded = self.removed = 0
        self.became_ready: list[int] = []

    def _remember(self, table: str, ids: Iterable[int]) -> None:
        new = [i for i in ids if i not in self.before[table]]
        found = {int(r["id"]): r for r in select_rows(self.conn, table, "id", new)}
        for i in new:
            self.before[table][i] = found.get(i)

    def write(self, changes: Mapping[int, tuple[SessionAttendance, str]]) -> None:
        if not changes:
            return
        self._remember(ATTENDANCE_TABLE, [row.id for row, _ in changes.values()])
        now = utcnow()
        for row, status in changes.values():
            row.status = status
            row.marked_at = None if status == INVITED else now
        # Also when the session completes no step now, or another one: records its
        # attendance made before are taken back all the same.
        if self.group.completes_step_id is not None or any(
            row.step_record_id is not None for row, _ in changes.values()
        ):
            self._steps(changes, self.group.completes_step_id)
        self.session.flush()

    def _steps(
        self, changes: Mapping[int, tuple[SessionAttendance, str]], step_id: int | None
    ) -> None:
        """Record the session's step (if any) for those now attended who lack it; take
        back the records this session made for those no longer attended, whatever step
        they are of. A few statements for everyone at once (a training for 1,000 people
        is marked in one go)."""
        session, ids = self.session, list(changes)
        records = {
            r.participant_id: r
            for r in session.scalars(
                select(StepRecord).where(
                    StepRecord.step_id == step_id, StepRecord.participant_id.in_(ids)
                )
            )
        }
        made_by_rows = sorted(
            {row.step_record_id for row, _ in changes.values() if row.step_record_id is not None}
        )
        own = {
            r.id: r
            for r in session.scalars(select(StepRecord).where(StepRecord.id.in_(made_by_rows)))
        }
        people = {
            p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))
        }
        self._remember(STEP_TABLE, [r.id for r in records.values()] + list(own))
        self._remember(PARTICIPANT_TABLE, list(people))
        required = set(
            session.scalars(
                select(ProgramStep.id).where(
                    ProgramStep.program_id == self.group.program_id,
                    ProgramStep.required.is_(True),
                )
            )
        )
        done: dict[int, set[int]] = {pid: set() for pid in ids}
        for pid, sid in session.execute(
            select(StepRecord.participant_id, StepRecord.step_id).where(
                StepRecord.participant_id.in_(ids), StepRecord.completed_on.is_not(None)
            )
        ):
            done[pid].add(sid)
        day = session_day(self.group)
        made: list[tuple[SessionAttendance, StepRecord]] = []
        gone: set[int] = set()
        for pid, (row, status) in changes.items():
            record = records.get(pid)
            if status == ATTENDED and row.step_record_id is None:
                if step_id is None:
                    continue
                if record is None:
                    record = StepRecord(participant_id=pid, step_id=step_id, notes="")
                    session.add(record)
                elif record.completed_on is not None:
                    continue  # done already: the earlier record stays, and stays theirs
                record.completed_on = day
                made.append((row, record))
                done[pid].add(step_id)
                person = people[pid]
                if person.status in BEFORE_READY and required <= done[pid]:
                    person.status = ParticipantStatus.READY
                    self.became_ready.append(pid)
                self._step_history(pid, step_id, done=True)
            elif status != ATTENDED and row.step_record_id is not None:
                made_before = own.get(row.step_record_id)
                gone.add(row.step_record_id)
                row.step_record_id = None
                if made_before is not None:
                    self._step_history(pid, made_before.step_id, done=False)
        session.flush()  # new records get their ids; rows let go of the ones to remove
        for row, record in made:
            row.step_record_id = record.id
        removed = [own[i] for i in sorted(gone) if i in own]
        for record in removed:
            if record.notes or record.hours is not None:
                record.completed_on = None  # written by hand too: only the date goes
            else:
                session.delete(record)
        self.recorded, self.removed = len(made), len(removed)

    def _step_history(self, participant_id: int, step_id: int, *, done: bool) -> None:
        history.record(
            self.session,
            "participant",
            participant_id,
            "step",
            program_id=self.group.program_id,
            step_id=step_id,
            done=done,
            session_id=self.group.id,
        )

    def finish(self) -> AttendanceChanges:
        session, group = self.session, self.group
        session.flush()
        # Step records this action made were not there before it.
        made = session.scalars(
            select(SessionAttendance.step_record_id).where(
                SessionAttendance.id.in_(list(self.before[ATTENDANCE_TABLE])),
                SessionAttendance.step_record_id.is_not(None),
            )
        ).all()
        for record_id in made:
            if record_id is not None:
                self.before[STEP_TABLE].setdefault(record_id, None)
        now = {table: _rows_now(self.conn, table, rows) for table, rows in self.before.items()}
        # Only the rows that changed: a later edit of someone whose record this action read
        # but left as it was (a step they had already, their status) does not block undo.
        changed = {
            table: [i for i, row in rows.items() if row != self.before[table][i]]
            for table, rows in now.items()
        }
        before = {t: {i: self.before[t][i] for i in ids} for t, ids in changed.items()}
        after = {t: {i: now[t][i] for i in ids} for t, ids in changed.items()}
        marked = len(after[ATTENDANCE_TABLE])
        if marked:
            history.record(
                session,
                "group_session",
                group.id,
                "attendance",
                program_id=group.program_id,
                marked=marked,
                participant_ids=sorted(
                    int(r["participant_id"]) for r in after[ATTENDANCE_TABLE].values() if r
                ),
            )
            log.info("attendance of session %s: %s marked", group.id, marked)
        return AttendanceChanges(
            group.program_id,
            group.id,
            "attendance",
            before,
            after,
            marked=marked,
            steps_recorded=self.recorded,
            steps_removed=self.removed,
            became_ready=tuple(self.became_ready),
        )


def _rows_now(conn: Connection, table: str, ids: Iterable[int]) -> dict[int, Row | None]:
    wanted = list(ids)
    found = {int(r["id"]): r for r in select_rows(conn, table, "id", wanted)}
    return {i: found.get(i) for i in wanted}


# -- undo and redo ---------------------------------------------------------------------------


def _same(a: Row | None, b: Row | None) -> bool:
    """Rows alike but for their version (which only goes up)."""

    def plain(row: Row | None) -> Row | None:
        return None if row is None else {k: v for k, v in row.items() if k != "version"}

    return plain(a) == plain(b)


def _check(
    session: Session,
    changes: AttendanceChanges,
    expected: Mapping[str, Mapping[int, Row | None]],
    target: Mapping[str, Mapping[int, Row | None]],
    *,
    redo: bool,
) -> None:
    """Refuse if the rows are no longer as ``expected`` — or a step record to bring back
    would meet one written for the same person and step since — naming who and when."""
    conn = session.connection()
    changed: list[tuple[str, int]] = []
    for table in TABLES:
        now = _rows_now(conn, table, expected.get(table, {}))
        for row_id, row in expected.get(table, {}).items():
            if not _same(now[row_id], row):
                changed.append(_record_of(table, row_id, row or now[row_id], changes))
    coming = [row for i, row in target.get(STEP_TABLE, {}).items()
              if row is not None and expected.get(STEP_TABLE, {}).get(i) is None]  # fmt: skip
    for row in coming:
        clash = session.scalar(
            select(StepRecord.id).where(
                StepRecord.participant_id == row["participant_id"],
                StepRecord.step_id == row["step_id"],
            )
        )
        if clash is not None:
            changed.append(("participant", int(row["participant_id"])))
    if changed:
        raise AttendanceChangedSince.find(
            session,
            list(dict.fromkeys(changed)),
            "this session’s attendance",
            redo=redo,
        )


def _record_of(
    table: str, row_id: int, row: Row | None, changes: AttendanceChanges
) -> tuple[str, int]:
    """The record the history names a changed row by: a person's, or the session's."""
    if table == PARTICIPANT_TABLE:
        return "participant", row_id
    if table == STEP_TABLE and row is not None:
        return "participant", int(row["participant_id"])
    return "group_session", changes.session_id


def _restore(
    db: Database,
    changes: AttendanceChanges,
    target: Mapping[str, Mapping[int, Row | None]],
    expected: Mapping[str, Mapping[int, Row | None]],
    action: str,
) -> None:
    with db.transaction() as session:
        _check(session, changes, expected, target, redo=action == "redo")
        conn = session.connection()
        steps = target.get(STEP_TABLE, {})
        present = {i for i, row in _rows_now(conn, STEP_TABLE, steps).items() if row}
        # Step records first (attendance rows refer to them), then attendance, then the
        # records no row refers to any more can go; people's status last.
        update_rows(conn, STEP_TABLE, [r for i, r in steps.items() if r and i in present])
        insert_rows(conn, STEP_TABLE, [r for i, r in steps.items() if r and i not in present])
        update_rows(conn, ATTENDANCE_TABLE, [r for r in target[ATTENDANCE_TABLE].values() if r])
        delete_rows(conn, STEP_TABLE, "id", [i for i, r in steps.items() if r is None])
        update_rows(conn, PARTICIPANT_TABLE, [r for r in target[PARTICIPANT_TABLE].values() if r])
        history.record(
            session,
            "group_session",
            changes.session_id,
            action,
            program_id=changes.program_id,
            of=changes.action,
            participant_ids=sorted(
                int(r["participant_id"]) for r in target[ATTENDANCE_TABLE].values() if r
            ),
        )


def undo(db: Database, changes: AttendanceChanges) -> None:
    """Put back exactly what ``changes`` changed, if nothing else changed it since."""
    _restore(db, changes, changes.before, changes.after, "undo")


def redo(db: Database, changes: AttendanceChanges) -> None:
    """Do ``changes`` again after :func:`undo`."""
    _restore(db, changes, changes.after, changes.before, "redo")


__all__ = [
    "ABSENT",
    "ATTENDED",
    "EXCUSED",
    "INVITED",
    "MARKS",
    "STATUSES",
    "AttendanceChangedSince",
    "AttendanceChanges",
    "NotBegunYet",
    "NotInvited",
    "OneNotInvited",
    "SessionCancelled",
    "UnknownAttendance",
    "everyone_attended",
    "mark",
    "redo",
    "session_day",
    "set_marks",
    "undo",
]
