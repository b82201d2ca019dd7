"""Group sessions: trainings, workshops, socials, circle meetings — held for many at once.

API (every write is one transaction, a :func:`~peerdesk.storage.retry.strict` action,
recorded in the history as entity ``group_session``, and returns :class:`SessionChanges`
for undo/redo and refresh; bad input raises a plain-words :class:`UserError` subclass
below and changes nothing):

- ``create_sessions(db, program_id, SessionPlan(...))`` — one session, or a series when
  ``plan.repeat`` is a :class:`Repeat` (the pair series' rules:
  :func:`peerdesk.calendar.series.occurrence_dates`; each occurrence at its wall-clock time
  in ``plan.timezone``). ``changes.created`` are the new session ids.
- ``edit_session(db, session_id, SessionEdit(...), scope=Scope.THIS|FOLLOWING,
  expected_version=(version,))`` — None fields stay; ``capacity=0`` clears the capacity;
  a new ``invite``/``circle_id``/``people`` re-resolves who is invited, keeping everyone's
  marks (people no longer invited but already marked stay on the list). A session that
  moves to another local day takes the step records its attendance made along (dated on
  its new day in its zone; undo and redo put them back too).
- ``cancel_session`` / ``restore_session`` / ``delete_session`` (``scope`` too): cancelling
  and restoring raise the session's calendar SEQUENCE so calendars take the change.
- ``sync_invitations(session, program_id, participant_ids)`` — these people's invitations
  to the sessions still to come that invite a group follow who they are now (added, new
  role, withdrawn; unmarked rows only): adding/editing people, statuses, roster imports
  and their undo call it.
- ``refresh_invitations(db, program_id)`` — sessions still to come that invite a group
  (mentors, mentees, everyone, a circle) take in people who joined it since and drop
  unmarked people who left; ``reinvite(session, ids)`` does it inside a caller's transaction
  (say, after a circle's members change).
- ``undo(db, changes)`` / ``redo(db, changes)`` — exactly like the calendar's
  (:mod:`peerdesk.calendar.changes`): refused with :class:`ChangedSince` if the rows changed.
- Reading: ``list_sessions(db, program_id, start=, end=, kinds=)`` and
  ``sessions_between(db, program_id, start, end)`` give :class:`SessionRow` (with
  invited/attended/excused/absent/unmarked counts, kind name and colour);
  ``get_session(db, session_id)`` a :class:`SessionDetail` with its :class:`Invitee` list;
  ``sessions_of_participant(db, participant_id)`` a person's sessions with their own mark;
  ``week_sessions(db, program_id, day)`` the sessions of ``day``'s week (the dashboard);
  ``invited_ids(session, ...)`` who an invitation names.
- Elsewhere: the kinds (names, colours) are :mod:`peerdesk.groups.kinds`; marking
  attendance :mod:`peerdesk.groups.attendance`; the .ics files
  (:func:`peerdesk.calendar.ics.calendar_bytes`, ``include_sessions``) hold sessions.
  ``SessionChanges.kinds`` is ``{"meetings"}``: the screens that show meetings refresh.

Who is invited: ``mentors`` are participants whose role is mentor, both or peer;
``mentees`` mentee, both or peer; ``everyone`` all; withdrawn participants never (but
hand-picked ``people`` are taken as picked). The invited people are the session's
:class:`~peerdesk.models.SessionAttendance` rows (status ``invited`` until marked; marking
is :mod:`peerdesk.groups.attendance`). ``capacity`` is the number of places: hand-picking
more people than places is refused (:class:`TooManyPeople`); a group invitation larger
than the room gives a warning in ``changes.notices`` (worded by the front end, in English
in ``changes.warnings``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from peerdesk import conflicts, history
from peerdesk.calendar import zones
from peerdesk.calendar.changes import (
    _delete,
    _put,
    _without_revision,
    chunks,
    read_rows,
)
from peerdesk.calendar.series import (
    CADENCES,
    DEFAULT_SPAN,
    MAX_LENGTH,
    MIN_LENGTH,
    Scope,
    insert_rows,
    occurrence_dates,
)
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.errors import NotFound, UserError
from peerdesk.groups.kinds import kinds_of
from peerdesk.groups.statuses import (
    ABSENT,
    ATTENDED,
    CANCELLED,
    EXCUSED,
    INVITED,
    MARKS,
    SCHEDULED,
)
from peerdesk.models import (
    Circle,
    CircleMember,
    GroupSession,
    Participant,
    Person,
    Program,
    ProgramStep,
    SessionAttendance,
    SessionKind,
    StepRecord,
)
from peerdesk.people.names import name_key
from peerdesk.sqltypes import utcnow
from peerdesk.storage.retry import strict

Row = dict[str, Any]

SESSION_TABLE: Table = GroupSession.__table__  # type: ignore[assignment]
ATTENDANCE_TABLE: Table = SessionAttendance.__table__  # type: ignore[assignment]
STEP_TABLE: Table = StepRecord.__table__  # type: ignore[assignment]
ENTITY = "group_session"  # in the change history
MEETINGS = "meetings"  # the kind of record for the front end's refresh (as meetings')
PEOPLE = "people"  # (as attendance's: readiness steps changed)
MAX_TITLE = 200
MAX_PER_SERIES = 366
MENTOR_ROLES = (Role.MENTOR, Role.BOTH, Role.PEER)
MENTEE_ROLES = (Role.MENTEE, Role.BOTH, Role.PEER)


class Invite(StrEnum):
    """Who a session invites."""

    MENTORS = "mentors"
    MENTEES = "mentees"
    EVERYONE = "everyone"
    CIRCLE = "circle"
    PEOPLE = "people"


# -- Plain-words refusals --------------------------------------------------------------------


class SessionNotice(UserError):
    """Not a refusal: something to tell the coordinator about an action that was done
    (:attr:`SessionChanges.notices`); the front end words it as it words errors."""


class NoMentorsToInvite(SessionNotice):
    template = "Nobody is invited: this program has no mentors."


class NoMenteesToInvite(SessionNotice):
    template = "Nobody is invited: this program has no mentees."


class NoMembersToInvite(SessionNotice):
    template = "Nobody is invited: that circle has no members."


class NobodyToInvite(SessionNotice):
    template = "Nobody is invited: this program has nobody to invite."


class OverCapacity(SessionNotice):
    template = "{count} people are invited to “{title}” on {day}, which has {capacity} places."


class SessionProblem(UserError):
    """Something about the session as asked is not possible; ``field`` names the field of
    the session dialog to look at."""

    field = ""


class UnknownKind(SessionProblem):
    field = "kind"
    template = (
        "“{kind}” is not a kind of session in this program. Choose one from the list, "
        "or add it to the program's kinds of session first."
    )


class TitleTooLong(SessionProblem):
    field = "title"
    template = "A session's title can be at most {most} characters long."


class SessionLength(SessionProblem):
    field = "length"
    template = "A session lasts between {least} minutes and {most} hours."


class BadCapacity(SessionProblem):
    field = "capacity"
    template = (
        "The capacity is the number of places: a whole number from 1 up, or empty for no limit."
    )


class UnknownZone(SessionProblem):
    field = "timezone"
    template = "“{zone}” is not a time zone this computer knows."


class BadInvite(SessionProblem):
    field = "invite"
    template = (
        "“{invite}” is not a way to invite people. Invite the mentors, the mentees, "
        "everyone, a circle or people you choose."
    )


class NoCircleChosen(SessionProblem):
    field = "circle"
    template = "Choose the circle whose members are invited."


class NoPeopleChosen(SessionProblem):
    field = "people"
    template = "Choose at least one person to invite."


class NotInProgram(SessionProblem):
    field = "people"
    template = (
        "{count} of the people chosen are not in this program (ids {ids}). "
        "Choose people from this program's list."
    )


class TooManyPeople(SessionProblem):
    field = "capacity"
    template = (
        "{count} people are chosen but the session has {capacity} places. Choose fewer "
        "people, or give the session more places."
    )


class BadRepeat(SessionProblem):
    field = "repeat"
    template = (
        "“{cadence}” is not a repeat PeerDesk knows: every week, every two weeks, "
        "every four weeks or every month."
    )


class LastBeforeFirst(SessionProblem):
    field = "last_date"
    template = "The series' last date ({last}) is before its first date ({first})."


class NoDates(SessionProblem):
    field = "last_date"
    template = "No session of the series falls between its first and last date."


class TooManySessions(SessionProblem):
    field = "last_date"
    template = (
        "A series can hold at most {most} sessions; this one would hold {count}. "
        "Choose an earlier last date or a longer step."
    )


class ChangedSince(history.ChangedAfterYou):
    """Sessions or their attendance changed by someone after the step to undo or redo."""


# -- What a coordinator asks for -------------------------------------------------------------


@dataclass(frozen=True)
class Repeat:
    """A series: every ``cadence`` (one of :data:`peerdesk.calendar.series.CADENCES`) on
    the first session's weekday, through ``last_date`` (None: the program's end date, or a
    year), but not on ``skip_dates``."""

    cadence: str
    last_date: date | None = None
    skip_dates: tuple[date, ...] = ()


@dataclass(frozen=True)
class SessionPlan:
    """A new session (or series): its kind key, title, first day and wall-clock time."""

    kind: str
    title: str
    day: date
    local_time: time
    length_minutes: int = 60
    timezone: str | None = None  # None: this computer's zone
    place: str = ""
    link: str = ""
    capacity: int | None = None  # None: no limit
    invite: str = Invite.EVERYONE
    circle_id: int | None = None  # invite == "circle"
    people: tuple[int, ...] = ()  # participant ids, invite == "people"
    completes_step_id: int | None = None  # a ProgramStep attending records
    notes: str = ""
    repeat: Repeat | None = None


@dataclass(frozen=True)
class SessionEdit:
    """A change to a session (or it and the following ones of its series).

    None leaves a field as it is; ``capacity=0`` clears the capacity and
    ``completes_step_id=0`` the step. A new ``invite`` (or ``circle_id`` / ``people``)
    re-resolves who is invited; ``day`` moves the session (with ``Scope.FOLLOWING`` every
    following session moves by as many days)."""

    kind: str | None = None
    title: str | None = None
    day: date | None = None
    local_time: time | None = None
    length_minutes: int | None = None
    place: str | None = None
    link: str | None = None
    capacity: int | None = None
    invite: str | None = None
    circle_id: int | None = None
    people: tuple[int, ...] | None = None
    completes_step_id: int | None = None
    notes: str | None = None

    @property
    def changes_invitation(self) -> bool:
        return self.invite is not None or self.circle_id is not None or self.people is not None


# -- What was changed (undo and redo) --------------------------------------------------------


@dataclass(frozen=True)
class SessionChanges:
    """The sessions and attendance rows one action touched, before and after (None:
    absent); ``notices`` to show (capacity, nobody invited)."""

    program_id: int
    action: str
    sessions_before: Mapping[int, Row | None]
    sessions_after: Mapping[int, Row | None]
    attendance_before: Mapping[int, Row | None] = field(default_factory=dict)
    attendance_after: Mapping[int, Row | None] = field(default_factory=dict)
    # Attendance rows of these sessions the action left as they were (only their ids).
    attendance_kept: frozenset[int] = frozenset()
    notices: tuple[SessionNotice, ...] = ()
    # Step records the sessions' attendance made, moved with a session to its new day.
    steps_before: Mapping[int, Row | None] = field(default_factory=dict)
    steps_after: Mapping[int, Row | None] = field(default_factory=dict)

    @property
    def warnings(self) -> tuple[str, ...]:
        """The notices in English (the command line's words)."""
        return tuple(notice.message for notice in self.notices)

    @property
    def created(self) -> list[int]:
        """Ids of the sessions this action made."""
        return sorted(
            i
            for i, row in self.sessions_after.items()
            if row is not None and self.sessions_before.get(i) is None
        )

    @property
    def removed(self) -> list[int]:
        return sorted(i for i, row in self.sessions_after.items() if row is None)

    @property
    def updated(self) -> list[int]:
        return sorted(
            i
            for i, row in self.sessions_after.items()
            if row is not None and self.sessions_before.get(i) is not None
        )

    @property
    def kinds(self) -> frozenset[str]:
        if self.steps_after:
            return frozenset({MEETINGS, PEOPLE})
        return (
            frozenset({MEETINGS}) if (self.sessions_after or self.attendance_after) else frozenset()
        )


def _attendance_of(session: Session, session_ids: Iterable[int]) -> dict[int, Row]:
    found: dict[int, Row] = {}
    table = ATTENDANCE_TABLE
    for part in chunks(sorted(set(session_ids))):
        for row in session.execute(select(table).where(table.c.session_id.in_(part))).mappings():
            found[row["id"]] = dict(row)
    return found


class Recorder:
    """Collects the before and after of every session (and its attendance) an action
    touches."""

    def __init__(self, session: Session, program_id: int, action: str) -> None:
        self.session = session
        self.program_id = program_id
        self.action = action
        self.sessions_before: dict[int, Row | None] = {}
        self.attendance_before: dict[int, Row | None] = {}
        self.steps_before: dict[int, Row | None] = {}
        self.notices: list[SessionNotice] = []

    def touch(self, ids: Iterable[int]) -> None:
        """Remember these sessions and their attendance as they are now."""
        new = [i for i in ids if i not in self.sessions_before]
        if not new:
            return
        self.session.flush()
        rows = read_rows(self.session, SESSION_TABLE, new)
        for i in new:
            self.sessions_before[i] = rows.get(i)
        for i, row in _attendance_of(self.session, new).items():
            self.attendance_before.setdefault(i, row)

    def created(self, ids: Iterable[int]) -> None:
        for i in ids:
            self.sessions_before.setdefault(i, None)

    def move_steps(self, moved: Mapping[GroupSession, date]) -> None:
        """The step records these sessions' attendance made on their old local day (the
        session's value) take the session's new local day, as if held there. Records
        dated otherwise (changed by hand since) stay as they are."""
        self.session.flush()
        for gs, old_day in moved.items():
            new_day = zones.local_date(gs.starts_at, gs.timezone)
            if new_day == old_day:
                continue
            records = self.session.scalars(
                select(StepRecord)
                .join(SessionAttendance, SessionAttendance.step_record_id == StepRecord.id)
                .where(SessionAttendance.session_id == gs.id, StepRecord.completed_on == old_day)
                .order_by(StepRecord.id)
            ).all()
            before = read_rows(self.session, STEP_TABLE, [r.id for r in records])
            for record in records:
                self.steps_before.setdefault(record.id, before.get(record.id))
                record.completed_on = new_day

    def finish(self, **details: Any) -> SessionChanges:
        self.session.flush()
        ids = sorted(self.sessions_before)
        now = read_rows(self.session, SESSION_TABLE, ids)
        attendance_now = _attendance_of(self.session, ids)
        sessions_after = {i: now.get(i) for i in ids}
        attendance_ids = set(self.attendance_before) | set(attendance_now)
        kept = {i for i in attendance_ids if self.attendance_before.get(i) == attendance_now.get(i)}
        attendance_before = {i: self.attendance_before.get(i) for i in attendance_ids - kept}
        attendance_after = {i: attendance_now.get(i) for i in attendance_ids - kept}
        steps_now = read_rows(self.session, STEP_TABLE, self.steps_before)
        steps_after = {i: steps_now.get(i) for i in self.steps_before}
        if steps_after:
            details = {**details, "step_record_ids": sorted(steps_after)}
        history.record(
            self.session,
            ENTITY,
            ids[0] if len(ids) == 1 else None,
            self.action,
            program_id=self.program_id,
            sessions=len(ids),
            session_ids=ids,
            **details,
        )
        return SessionChanges(
            self.program_id,
            self.action,
            dict(self.sessions_before),
            sessions_after,
            attendance_before,
            attendance_after,
            attendance_kept=frozenset(kept),
            notices=tuple(self.notices),
            steps_before=dict(self.steps_before),
            steps_after=steps_after,
        )


def _check_rows(
    session: Session,
    table: Table,
    expected: Mapping[int, Row | None],
    session_ids: Iterable[int],
    *,
    redo: bool,
) -> None:
    current = read_rows(session, table, expected)
    changed = [
        i
        for i, row in expected.items()
        if _without_revision(current.get(i)) != _without_revision(row)
    ]
    if changed:
        records = [(ENTITY, i) for i in sorted(set(session_ids))]
        raise ChangedSince.find(session, records, "these sessions", redo=redo, plural=True)


def _restore(
    db: Database,
    changes: SessionChanges,
    sessions: Mapping[int, Row | None],
    expect_sessions: Mapping[int, Row | None],
    attendance: Mapping[int, Row | None],
    expect_attendance: Mapping[int, Row | None],
    steps: Mapping[int, Row | None],
    expect_steps: Mapping[int, Row | None],
    action: str,
) -> None:
    redo = action == "redo"

    @strict
    def run() -> None:
        with db.transaction() as session:
            ids = list(sessions)
            _check_rows(session, SESSION_TABLE, expect_sessions, ids, redo=redo)
            _check_rows(session, ATTENDANCE_TABLE, expect_attendance, ids, redo=redo)
            _check_rows(session, STEP_TABLE, expect_steps, ids, redo=redo)
            # Someone invited since (new rows the step did not know of) counts as a change.
            known = set(expect_attendance) | changes.attendance_kept
            extra = [i for i in _attendance_of(session, ids) if i not in known]
            if extra:
                raise ChangedSince.find(
                    session, [(ENTITY, i) for i in ids], "these sessions", redo=redo, plural=True
                )
            _delete(session, ATTENDANCE_TABLE, [i for i, r in attendance.items() if r is None])
            _delete(session, SESSION_TABLE, [i for i, r in sessions.items() if r is None])
            _put(session, SESSION_TABLE, {i: r for i, r in sessions.items() if r is not None})
            _put(session, ATTENDANCE_TABLE, {i: r for i, r in attendance.items() if r is not None})
            _put(session, STEP_TABLE, {i: r for i, r in steps.items() if r is not None})
            history.record(
                session,
                ENTITY,
                ids[0] if len(ids) == 1 else None,
                action,
                program_id=changes.program_id,
                of=changes.action,
                sessions=len(ids),
                session_ids=sorted(ids),
            )

    run()


def undo(db: Database, changes: SessionChanges) -> None:
    """Put back exactly what ``changes`` changed, if nothing else changed it since."""
    _restore(
        db,
        changes,
        changes.sessions_before,
        changes.sessions_after,
        changes.attendance_before,
        changes.attendance_after,
        changes.steps_before,
        changes.steps_after,
        "undo",
    )


def redo(db: Database, changes: SessionChanges) -> None:
    """Do ``changes`` again after :func:`undo`."""
    _restore(
        db,
        changes,
        changes.sessions_after,
        changes.sessions_before,
        changes.attendance_after,
        changes.attendance_before,
        changes.steps_after,
        changes.steps_before,
        "redo",
    )


# -- Validation ------------------------------------------------------------------------------


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(what="That program")
    return program


def _check_kind(session: Session, program_id: int, kind: str) -> None:
    found = session.scalar(
        select(SessionKind.id).where(SessionKind.program_id == program_id, SessionKind.key == kind)
    )
    if found is None:
        raise UnknownKind(kind=kind)


def _check_length(minutes: int) -> None:
    if not MIN_LENGTH <= minutes <= MAX_LENGTH:
        raise SessionLength(least=MIN_LENGTH, most=MAX_LENGTH // 60)


def _check_title(title: str) -> None:
    if len(title.strip()) > MAX_TITLE:
        raise TitleTooLong(most=MAX_TITLE)


def _check_capacity(capacity: int | None) -> None:
    if capacity is not None and (not isinstance(capacity, int) or capacity < 1):
        raise BadCapacity()


def _check_zone(tz: str) -> None:
    if not zones.is_zone(tz):
        raise UnknownZone(zone=tz)


def _check_step(session: Session, program_id: int, step_id: int | None) -> None:
    if step_id is None:
        return
    step = session.get(ProgramStep, step_id)
    if step is None or step.program_id != program_id:
        raise NotFound(what="That readiness step")


def invited_ids(
    session: Session,
    program_id: int,
    invite: str,
    *,
    circle_id: int | None = None,
    people: Iterable[int] = (),
) -> list[int]:
    """The participant ids an invitation names (refusing an invitation that is not one)."""
    try:
        how = Invite(invite)
    except ValueError:
        raise BadInvite(invite=invite) from None
    if how == Invite.PEOPLE:
        chosen = sorted(set(people))
        if not chosen:
            raise NoPeopleChosen()
        found: set[int] = set()
        for part in chunks(chosen):
            found.update(
                session.scalars(
                    select(Participant.id).where(
                        Participant.id.in_(part), Participant.program_id == program_id
                    )
                )
            )
        missing = [i for i in chosen if i not in found]
        if missing:
            shown = ", ".join(str(i) for i in missing[:10]) + ("…" if len(missing) > 10 else "")
            raise NotInProgram(count=len(missing), ids=shown)
        return chosen
    if how == Invite.CIRCLE:
        if circle_id is None:
            raise NoCircleChosen()
        circle = session.get(Circle, circle_id)
        if circle is None or circle.program_id != program_id:
            raise NotFound(what="That circle")
        return sorted(
            session.scalars(
                select(CircleMember.participant_id)
                .join(Participant, Participant.id == CircleMember.participant_id)
                .where(
                    CircleMember.circle_id == circle_id,
                    Participant.status != ParticipantStatus.WITHDRAWN,
                )
            )
        )
    query = select(Participant.id).where(
        Participant.program_id == program_id, Participant.status != ParticipantStatus.WITHDRAWN
    )
    if how == Invite.MENTORS:
        query = query.where(Participant.role.in_(MENTOR_ROLES))
    elif how == Invite.MENTEES:
        query = query.where(Participant.role.in_(MENTEE_ROLES))
    return sorted(session.scalars(query))


def _nobody_invited(invite: str) -> SessionNotice:
    notices: dict[str, type[SessionNotice]] = {
        Invite.MENTORS: NoMentorsToInvite,
        Invite.MENTEES: NoMenteesToInvite,
        Invite.CIRCLE: NoMembersToInvite,
    }
    return notices.get(invite, NobodyToInvite)()


def _capacity_notice(
    title: str, day: date, count: int, capacity: int | None
) -> SessionNotice | None:
    if capacity is None or count <= capacity:
        return None
    return OverCapacity(count=count, title=title, day=day.isoformat(), capacity=capacity)


# -- Writing invitations ---------------------------------------------------------------------


def _set_invited(session: Session, session_ids: Sequence[int], wanted: Sequence[int]) -> None:
    """Make the people invited to each of ``session_ids`` be ``wanted``: new people get a
    row (``invited``), people no longer wanted lose theirs unless already marked."""
    want = set(wanted)
    stale: list[int] = []
    new_rows: list[Row] = []
    have: dict[int, set[int]] = defaultdict(set)
    for row in _attendance_of(session, session_ids).values():
        have[row["session_id"]].add(row["participant_id"])
        if row["participant_id"] not in want and row["status"] == INVITED:
            stale.append(row["id"])
    for session_id in session_ids:
        for participant_id in sorted(want - have[session_id]):
            new_rows.append(_attendance_row(session_id, participant_id))
    for part in chunks(sorted(stale)):
        session.execute(delete(ATTENDANCE_TABLE).where(ATTENDANCE_TABLE.c.id.in_(part)))
    insert_rows(session, ATTENDANCE_TABLE, new_rows)


def _attendance_row(session_id: int, participant_id: int) -> Row:
    return {
        "session_id": session_id,
        "participant_id": participant_id,
        "status": INVITED,
        "marked_at": None,
        "step_record_id": None,
    }


def _invitation_of(session: Session, gs: GroupSession) -> list[int]:
    """Who ``gs``'s invitation names now; hand-picked: the people on its list."""
    if gs.invite == Invite.PEOPLE:
        return sorted(
            session.scalars(
                select(SessionAttendance.participant_id).where(
                    SessionAttendance.session_id == gs.id
                )
            )
        )
    return invited_ids(session, gs.program_id, gs.invite, circle_id=gs.circle_id)


def reinvite(session: Session, session_ids: Iterable[int]) -> None:
    """Re-resolve the group invitations of these sessions (in the caller's transaction):
    people who joined the group since are invited, unmarked people who left are not."""
    for session_id in sorted(set(session_ids)):
        gs = session.get(GroupSession, session_id)
        if gs is None or gs.invite == Invite.PEOPLE:
            continue
        if gs.invite == Invite.CIRCLE and gs.circle_id is None:
            continue  # its circle was deleted: the list stays as it was
        _set_invited(session, [gs.id], _invitation_of(session, gs))


def sync_invitations(
    session: Session,
    program_id: int,
    participant_ids: Iterable[int],
    *,
    now: datetime | None = None,
) -> None:
    """Bring these people's invitations to the sessions still to come that invite a group
    (all mentors, all mentees, everyone, a circle) in line with who they are now, in the
    caller's transaction: someone added, or who became a mentor, is invited; someone who
    withdrew, or is no longer a mentor, is taken off the lists where not marked yet.

    Adding a person, editing one, changing statuses, importing a roster and undoing any
    of those call it, so invitations follow the people without a step of their own."""
    wanted_ids = sorted(set(participant_ids))
    if not wanted_ids:
        return
    moment = now or datetime.now(UTC)
    upcoming = list(
        session.execute(
            select(GroupSession.id, GroupSession.invite, GroupSession.circle_id).where(
                GroupSession.program_id == program_id,
                GroupSession.starts_at >= moment,
                GroupSession.status == SCHEDULED,
                GroupSession.invite != Invite.PEOPLE,
            )
        ).all()
    )
    if not upcoming:
        return
    roles: dict[int, Role] = {}
    circles: set[tuple[int, int]] = set()
    for part in chunks(wanted_ids):
        found = session.execute(
            select(Participant.id, Participant.role).where(
                Participant.id.in_(part),
                Participant.program_id == program_id,
                Participant.status != ParticipantStatus.WITHDRAWN,
            )
        )
        roles.update((participant_id, role) for participant_id, role in found)
        circles.update(
            (circle_id, participant_id)
            for circle_id, participant_id in session.execute(
                select(CircleMember.circle_id, CircleMember.participant_id).where(
                    CircleMember.participant_id.in_(part)
                )
            )
        )

    def named(invite: str, circle_id: int | None, participant_id: int) -> bool:
        role = roles.get(participant_id)
        if role is None:
            return False
        if invite == Invite.MENTORS:
            return role in MENTOR_ROLES
        if invite == Invite.MENTEES:
            return role in MENTEE_ROLES
        if invite == Invite.CIRCLE:
            return (circle_id, participant_id) in circles
        return invite == Invite.EVERYONE

    have: dict[tuple[int, int], tuple[int, str]] = {}
    session_ids = [session_id for session_id, _, _ in upcoming]
    for people_part in chunks(wanted_ids):
        for session_part in chunks(session_ids):
            have.update(
                ((session_id, participant_id), (row_id, status))
                for row_id, session_id, participant_id, status in session.execute(
                    select(
                        SessionAttendance.id,
                        SessionAttendance.session_id,
                        SessionAttendance.participant_id,
                        SessionAttendance.status,
                    ).where(
                        SessionAttendance.session_id.in_(session_part),
                        SessionAttendance.participant_id.in_(people_part),
                    )
                )
            )
    new_rows: list[Row] = []
    stale: list[int] = []
    for session_id, invite, circle_id in upcoming:
        if invite == Invite.CIRCLE and circle_id is None:
            continue  # its circle was deleted: its list stays as it was
        for participant_id in wanted_ids:
            row = have.get((session_id, participant_id))
            if named(invite, circle_id, participant_id):
                if row is None:
                    new_rows.append(_attendance_row(session_id, participant_id))
            elif row is not None and row[1] == INVITED:
                stale.append(row[0])
    for part in chunks(sorted(stale)):
        session.execute(delete(ATTENDANCE_TABLE).where(ATTENDANCE_TABLE.c.id.in_(part)))
    insert_rows(session, ATTENDANCE_TABLE, new_rows)


# -- Creating --------------------------------------------------------------------------------


def _dates(plan: SessionPlan, program: Program) -> list[date]:
    if plan.repeat is None:
        return [plan.day]
    repeat = plan.repeat
    if repeat.cadence not in CADENCES:
        raise BadRepeat(cadence=repeat.cadence)
    last = repeat.last_date or program.end_date or plan.day + DEFAULT_SPAN
    if last < plan.day:
        raise LastBeforeFirst(last=last.isoformat(), first=plan.day.isoformat())
    dates = occurrence_dates(repeat.cadence, plan.day.weekday(), plan.day, last, repeat.skip_dates)
    if not dates:
        raise NoDates()
    if len(dates) > MAX_PER_SERIES:
        raise TooManySessions(most=MAX_PER_SERIES, count=len(dates))
    return dates


def new_uid() -> str:
    """A UID that names one session in every calendar it is exported to, forever."""
    return f"{uuid.uuid4()}@peerdesk"


@strict
def create_sessions(db: Database, program_id: int, plan: SessionPlan) -> SessionChanges:
    """Make a session, or a series of them (``plan.repeat``), and invite its people."""
    _check_title(plan.title)
    _check_length(plan.length_minutes)
    _check_capacity(plan.capacity)
    tz = plan.timezone or zones.local_zone_name()
    _check_zone(tz)
    with db.transaction() as session:
        program = _program(session, program_id)
        _check_kind(session, program_id, plan.kind)
        _check_step(session, program_id, plan.completes_step_id)
        people = invited_ids(
            session, program_id, plan.invite, circle_id=plan.circle_id, people=plan.people
        )
        if (
            plan.invite == Invite.PEOPLE
            and plan.capacity is not None
            and len(people) > plan.capacity
        ):
            raise TooManyPeople(count=len(people), capacity=plan.capacity)
        dates = _dates(plan, program)
        rec = Recorder(session, program_id, "create_sessions")
        series_key = new_uid() if plan.repeat is not None else None
        created = utcnow()
        rows = [
            {
                "uid": new_uid(),
                "program_id": program_id,
                "kind": plan.kind,
                "title": plan.title.strip(),
                "starts_at": zones.to_utc(day, plan.local_time, tz),
                "timezone": tz,
                "length_minutes": plan.length_minutes,
                "place": plan.place.strip(),
                "link": plan.link.strip(),
                "capacity": plan.capacity,
                "invite": str(plan.invite),
                "circle_id": plan.circle_id if plan.invite == Invite.CIRCLE else None,
                "series_key": series_key,
                "occurrence_date": day if series_key else None,
                "status": SCHEDULED,
                "completes_step_id": plan.completes_step_id,
                "notes": plan.notes,
                "sequence": 0,
                "modified_at": created,
                "created_at": created,
                "version": 1,
            }
            for day in dates
        ]
        ids = insert_rows(session, SESSION_TABLE, rows)
        rec.created(ids)
        insert_rows(session, ATTENDANCE_TABLE, [_attendance_row(i, p) for i in ids for p in people])
        if not people:
            rec.notices.append(_nobody_invited(plan.invite))
        title = plan.title.strip() or _kind_name(session, program_id, plan.kind)
        notice = _capacity_notice(title, dates[0], len(people), plan.capacity)
        if notice:
            rec.notices.append(notice)
        return rec.finish(kind=plan.kind, invited=len(people))


def _kind_name(session: Session, program_id: int, kind: str) -> str:
    name = session.scalar(
        select(SessionKind.name).where(
            SessionKind.program_id == program_id, SessionKind.key == kind
        )
    )
    return name or kind


# -- Changing --------------------------------------------------------------------------------


def _session(session: Session, session_id: int) -> GroupSession:
    gs = session.get(GroupSession, session_id)
    if gs is None:
        raise NotFound(what="That session")
    return gs


def _occurrence(gs: GroupSession) -> date:
    return gs.occurrence_date or zones.local_date(gs.starts_at, gs.timezone)


def _in_scope(session: Session, gs: GroupSession, scope: Scope) -> list[GroupSession]:
    """``gs``, or (``Scope.FOLLOWING``) it and every later session of its series."""
    if scope == Scope.THIS or gs.series_key is None:
        return [gs]
    others = list(
        session.scalars(select(GroupSession).where(GroupSession.series_key == gs.series_key))
    )
    start = (_occurrence(gs), gs.starts_at)
    found = [o for o in others if o is gs or (_occurrence(o), o.starts_at) >= start]
    found.sort(key=lambda o: (o.starts_at, o.id))
    return found


def revise(gs: GroupSession) -> None:
    """A change calendars must take: SEQUENCE up, LAST-MODIFIED now."""
    gs.sequence = (gs.sequence or 0) + 1
    gs.modified_at = utcnow()


_revise = revise  # (the name circles first imported)


def session_fields(gs: GroupSession, people: Sequence[int] = ()) -> dict[str, Any]:
    """The stored session as its dialog shows it (date and time on its wall clock)."""
    local = zones.to_local(gs.starts_at, gs.timezone)
    return {
        "kind": gs.kind,
        "title": gs.title,
        "date": local.date(),
        "time": local.strftime("%H:%M"),
        "length_minutes": gs.length_minutes,
        "place": gs.place,
        "link": gs.link,
        "capacity": gs.capacity,
        "invite": gs.invite,
        "circle_id": gs.circle_id,
        "people": list(people),
        "completes_step_id": gs.completes_step_id,
        "notes": gs.notes,
    }


def _edited(edit: SessionEdit) -> dict[str, Any]:
    changed: dict[str, Any] = {
        "kind": edit.kind,
        "title": None if edit.title is None else edit.title.strip(),
        "date": edit.day,
        "time": None if edit.local_time is None else edit.local_time.strftime("%H:%M"),
        "length_minutes": edit.length_minutes,
        "place": None if edit.place is None else edit.place.strip(),
        "link": None if edit.link is None else edit.link.strip(),
        "capacity": edit.capacity,
        "invite": edit.invite,
        "circle_id": edit.circle_id,
        "people": None if edit.people is None else sorted(set(edit.people)),
        "completes_step_id": edit.completes_step_id,
        "notes": edit.notes,
    }
    return {name: value for name, value in changed.items() if value is not None}


def _check_version(
    session: Session, gs: GroupSession, expected: conflicts.Version | None, edit: SessionEdit
) -> None:
    if expected is None:
        return
    people = _invitation_of(session, gs) if gs.invite == Invite.PEOPLE else []
    stored = session_fields(gs, people)
    day = stored["date"].isoformat()
    conflicts.check(
        session,
        entity=ENTITY,
        entity_id=gs.id,
        record=f"The session on {day}",
        label=day,
        expected=expected,
        current=(gs.version,),
        theirs=lambda: stored,
        mine={**stored, **_edited(edit)},
    )


def _check_edit(edit: SessionEdit) -> None:
    if edit.title is not None:
        _check_title(edit.title)
    if edit.length_minutes is not None:
        _check_length(edit.length_minutes)
    if edit.capacity is not None and edit.capacity != 0:
        _check_capacity(edit.capacity)


def _apply(
    session: Session, gs: GroupSession, edit: SessionEdit, shift: timedelta, at: time | None
) -> None:
    if edit.kind is not None:
        gs.kind = edit.kind
    if edit.title is not None:
        gs.title = edit.title.strip()
    if shift or at is not None:
        local = zones.to_local(gs.starts_at, gs.timezone)
        day = local.date() + shift
        gs.starts_at = zones.to_utc(day, at or local.time(), gs.timezone)
    if edit.length_minutes is not None:
        gs.length_minutes = edit.length_minutes
    if edit.place is not None:
        gs.place = edit.place.strip()
    if edit.link is not None:
        gs.link = edit.link.strip()
    if edit.capacity is not None:
        gs.capacity = edit.capacity or None
    if edit.completes_step_id is not None:
        gs.completes_step_id = edit.completes_step_id or None
    if edit.notes is not None:
        gs.notes = edit.notes
    revise(gs)


@strict
def edit_session(
    db: Database,
    session_id: int,
    edit: SessionEdit,
    *,
    scope: Scope = Scope.THIS,
    expected_version: conflicts.Version | None = None,
) -> SessionChanges:
    """Change a session, or (``Scope.FOLLOWING``) it and every later one of its series.

    ``expected_version``: the session's version its dialog showed (``SessionRow.version``);
    if someone saved it since, nothing changes (:class:`~peerdesk.conflicts.EditConflict`).
    """
    _check_edit(edit)
    with db.transaction() as session:
        gs = _session(session, session_id)
        _check_version(session, gs, expected_version, edit)
        program_id = gs.program_id
        if edit.kind is not None:
            _check_kind(session, program_id, edit.kind)
        if edit.completes_step_id:
            _check_step(session, program_id, edit.completes_step_id)
        targets = _in_scope(session, gs, scope)
        rec = Recorder(session, program_id, f"edit_session_{scope.value}")
        rec.touch([t.id for t in targets])
        invite = edit.invite or gs.invite
        circle_id = edit.circle_id if edit.circle_id is not None else gs.circle_id
        people: list[int] | None = None
        if edit.changes_invitation:
            picked = edit.people
            if picked is None and invite == Invite.PEOPLE:
                picked = tuple(_invitation_of(session, gs))
            people = invited_ids(
                session, program_id, invite, circle_id=circle_id, people=picked or ()
            )
        capacity = gs.capacity if edit.capacity is None else (edit.capacity or None)
        if invite == Invite.PEOPLE and capacity is not None:
            count = len(people) if people is not None else len(_invitation_of(session, gs))
            if count > capacity:
                raise TooManyPeople(count=count, capacity=capacity)
        shift = timedelta(0)
        if edit.day is not None:
            shift = edit.day - zones.local_date(gs.starts_at, gs.timezone)
        old_days = {t: zones.local_date(t.starts_at, t.timezone) for t in targets}
        for target in targets:
            _apply(session, target, edit, shift, edit.local_time)
            if people is not None:
                target.invite = str(invite)
                target.circle_id = circle_id if invite == Invite.CIRCLE else None
        rec.move_steps(old_days)
        session.flush()
        if people is not None:
            _set_invited(session, [t.id for t in targets], people)
            if not people:
                rec.notices.append(_nobody_invited(invite))
        count = len(_invitation_of(session, gs)) if people is None else len(people)
        notice = _capacity_notice(
            gs.title or _kind_name(session, program_id, gs.kind), _occurrence(gs), count, capacity
        )
        if notice:
            rec.notices.append(notice)
        return rec.finish()


def _set_status(
    db: Database, session_id: int, scope: Scope, status: str, action: str
) -> SessionChanges:
    with db.transaction() as session:
        gs = _session(session, session_id)
        targets = [t for t in _in_scope(session, gs, scope) if t is gs or t.status != status]
        rec = Recorder(session, gs.program_id, f"{action}_{scope.value}")
        rec.touch([t.id for t in targets])
        for target in targets:
            if target.status != status:
                target.status = status
                revise(target)
        return rec.finish()


@strict
def cancel_session(db: Database, session_id: int, *, scope: Scope = Scope.THIS) -> SessionChanges:
    """Cancel a session (``FOLLOWING``: and the rest of its series). It stays on the
    calendar, struck out, and calendar files tell the calendars that have it."""
    return _set_status(db, session_id, scope, CANCELLED, "cancel_session")


@strict
def restore_session(db: Database, session_id: int, *, scope: Scope = Scope.THIS) -> SessionChanges:
    """Bring back a cancelled session (``FOLLOWING``: and the rest of its series)."""
    return _set_status(db, session_id, scope, SCHEDULED, "restore_session")


@strict
def delete_session(db: Database, session_id: int, *, scope: Scope = Scope.THIS) -> SessionChanges:
    """Take a session off the calendar with its attendance (``FOLLOWING``: and the rest of
    its series). Readiness steps its attendance recorded stay recorded."""
    with db.transaction() as session:
        gs = _session(session, session_id)
        targets = _in_scope(session, gs, scope)
        rec = Recorder(session, gs.program_id, f"delete_session_{scope.value}")
        ids = [t.id for t in targets]
        rec.touch(ids)
        for part in chunks(sorted(ids)):
            session.execute(delete(ATTENDANCE_TABLE).where(ATTENDANCE_TABLE.c.session_id.in_(part)))
        for target in targets:
            session.delete(target)
        return rec.finish()


@strict
def refresh_invitations(
    db: Database, program_id: int, *, now: datetime | None = None
) -> SessionChanges:
    """Sessions still to come that invite a group take in the people who joined it since,
    and drop the unmarked people who left it (withdrew, or left the circle)."""
    moment = now or datetime.now(UTC)
    with db.transaction() as session:
        _program(session, program_id)
        ids = list(
            session.scalars(
                select(GroupSession.id).where(
                    GroupSession.program_id == program_id,
                    GroupSession.starts_at >= moment,
                    GroupSession.status == SCHEDULED,
                    GroupSession.invite != Invite.PEOPLE,
                )
            )
        )
        rec = Recorder(session, program_id, "refresh_invitations")
        rec.touch(ids)
        reinvite(session, ids)
        changes = rec.finish()
    return changes


# -- Reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    """A session as the calendar, the lists and the command line show it."""

    id: int
    uid: str
    program_id: int
    kind: str
    kind_name: str
    colour: str
    title: str
    starts_at: datetime
    timezone: str
    length_minutes: int
    place: str
    link: str
    capacity: int | None
    invite: str
    circle_id: int | None
    series_key: str | None
    occurrence_date: date | None
    status: str
    completes_step_id: int | None
    notes: str
    sequence: int
    modified_at: datetime
    version: int
    invited: int = 0  # everyone on its list, marked or not
    attended: int = 0
    excused: int = 0
    absent: int = 0

    @property
    def unmarked(self) -> int:
        return self.invited - self.attended - self.excused - self.absent

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.length_minutes)

    @property
    def label(self) -> str:
        """Its title, or its kind's name when it has none."""
        return self.title or self.kind_name

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    @property
    def local_start(self) -> datetime:
        return zones.to_local(self.starts_at, self.timezone)


@dataclass(frozen=True)
class Invitee:
    """One person on a session's list, with their mark."""

    participant_id: int
    person_id: int
    name: str
    email: str | None
    role: str
    status: str
    marked_at: datetime | None
    step_record_id: int | None


@dataclass(frozen=True)
class SessionDetail:
    session: SessionRow
    invitees: tuple[Invitee, ...]


@dataclass(frozen=True)
class ParticipantSession:
    """A session one participant is invited to, and their mark."""

    session: SessionRow
    status: str


def _counts(session: Session, ids: Sequence[int]) -> dict[int, dict[str, int]]:
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for part in chunks(sorted(set(ids))):
        rows = session.execute(
            select(SessionAttendance.session_id, SessionAttendance.status, func.count())
            .where(SessionAttendance.session_id.in_(part))
            .group_by(SessionAttendance.session_id, SessionAttendance.status)
        )
        for session_id, status, count in rows:
            found[session_id][status] = int(count)
    return found


def _rows(session: Session, sessions: Sequence[GroupSession]) -> list[SessionRow]:
    if not sessions:
        return []
    kinds: dict[tuple[int, str], tuple[str, str]] = {}
    for program_id in {s.program_id for s in sessions}:
        for k in kinds_of(session, program_id):
            kinds[(program_id, k.key)] = (k.name, k.colour)
    counts = _counts(session, [s.id for s in sessions])
    rows = []
    for s in sessions:
        name, colour = kinds.get((s.program_id, s.kind), (s.kind, ""))
        c = counts.get(s.id, {})
        rows.append(
            SessionRow(
                id=s.id,
                uid=s.uid,
                program_id=s.program_id,
                kind=s.kind,
                kind_name=name,
                colour=colour,
                title=s.title,
                starts_at=s.starts_at,
                timezone=s.timezone,
                length_minutes=s.length_minutes,
                place=s.place,
                link=s.link,
                capacity=s.capacity,
                invite=s.invite,
                circle_id=s.circle_id,
                series_key=s.series_key,
                occurrence_date=s.occurrence_date,
                status=s.status,
                completes_step_id=s.completes_step_id,
                notes=s.notes,
                sequence=s.sequence,
                modified_at=s.modified_at,
                version=s.version,
                invited=sum(c.values()),
                attended=c.get(ATTENDED, 0),
                excused=c.get(EXCUSED, 0),
                absent=c.get(ABSENT, 0),
            )
        )
    return rows


def select_sessions(
    session: Session,
    program_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    kinds: Iterable[str] | None = None,
    include_cancelled: bool = True,
    participant_id: int | None = None,
    person_ids: Iterable[int] | None = None,
) -> list[SessionRow]:
    """Sessions of the program (in the caller's read) in time order: those that overlap
    ``start``–``end`` if given, of ``kinds``, or to which ``participant_id`` (or a
    participant of ``person_ids``) is invited."""
    query = select(GroupSession).where(GroupSession.program_id == program_id)
    if end is not None:
        query = query.where(GroupSession.starts_at < end)
    if start is not None:
        query = query.where(GroupSession.starts_at > start - timedelta(minutes=MAX_LENGTH))
    if kinds is not None:
        query = query.where(GroupSession.kind.in_(list(kinds)))
    if not include_cancelled:
        query = query.where(GroupSession.status != CANCELLED)
    if participant_id is not None or person_ids is not None:
        invited = select(SessionAttendance.session_id).join(
            Participant, Participant.id == SessionAttendance.participant_id
        )
        if participant_id is not None:
            invited = invited.where(SessionAttendance.participant_id == participant_id)
        if person_ids is not None:
            invited = invited.where(Participant.person_id.in_(list(person_ids)))
        query = query.where(GroupSession.id.in_(invited))
    found = list(session.scalars(query.order_by(GroupSession.starts_at, GroupSession.id)))
    if start is not None:
        found = [s for s in found if s.starts_at + timedelta(minutes=s.length_minutes) > start]
    return _rows(session, found)


def list_sessions(
    db: Database,
    program_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    kinds: Iterable[str] | None = None,
    include_cancelled: bool = True,
) -> list[SessionRow]:
    """The program's sessions in time order, with their counts (see :func:`select_sessions`)."""
    with db.reading() as session:
        _program(session, program_id)
        return select_sessions(
            session,
            program_id,
            start=start,
            end=end,
            kinds=kinds,
            include_cancelled=include_cancelled,
        )


def sessions_between(
    db: Database,
    program_id: int,
    start: datetime,
    end: datetime,
    *,
    kinds: Iterable[str] | None = None,
    include_cancelled: bool = True,
) -> list[SessionRow]:
    """The sessions that overlap ``start``–``end`` (UTC-aware), for the calendar's views."""
    return list_sessions(
        db, program_id, start=start, end=end, kinds=kinds, include_cancelled=include_cancelled
    )


def week_sessions(
    db: Database, program_id: int, day: date, timezone: str | None = None
) -> list[SessionRow]:
    """The scheduled sessions of ``day``'s week, Monday to Sunday on ``timezone``'s clock
    (default: this computer's): the dashboard's "this week"."""
    tz = timezone or zones.local_zone_name()
    monday = day - timedelta(days=day.weekday())
    start = zones.to_utc(monday, time(0, 0), tz)
    end = zones.to_utc(monday + timedelta(days=7), time(0, 0), tz)
    return sessions_between(db, program_id, start, end, include_cancelled=False)


def get_session(db: Database, session_id: int) -> SessionDetail:
    """One session with everyone on its list (by name), in name order."""
    with db.reading() as session:
        gs = _session(session, session_id)
        [row] = _rows(session, [gs])
        found = session.execute(
            select(SessionAttendance, Participant.role, Person)
            .join(Participant, Participant.id == SessionAttendance.participant_id)
            .join(Person, Person.id == Participant.person_id)
            .where(SessionAttendance.session_id == session_id)
        ).all()
        invitees = sorted(
            (
                Invitee(
                    participant_id=a.participant_id,
                    person_id=person.id,
                    name=person.full_name,
                    email=person.email,
                    role=str(role),
                    status=a.status,
                    marked_at=a.marked_at,
                    step_record_id=a.step_record_id,
                )
                for a, role, person in found
            ),
            key=lambda i: (name_key(i.name), i.participant_id),
        )
        return SessionDetail(row, tuple(invitees))


def sessions_of_participant(db: Database, participant_id: int) -> list[ParticipantSession]:
    """The sessions ``participant_id`` is invited to, in time order, with their mark."""
    with db.reading() as session:
        participant = session.get(Participant, participant_id)
        if participant is None:
            raise NotFound(what="That person")
        rows = select_sessions(session, participant.program_id, participant_id=participant_id)
        marks = dict(
            session.execute(
                select(SessionAttendance.session_id, SessionAttendance.status).where(
                    SessionAttendance.participant_id == participant_id
                )
            ).all()
        )
        return [ParticipantSession(r, marks.get(r.id, INVITED)) for r in rows]


__all__ = [
    "ABSENT",
    "ATTENDED",
    "CANCELLED",
    "EXCUSED",
    "INVITED",
    "MARKS",
    "SCHEDULED",
    "BadCapacity",
    "BadInvite",
    "BadRepeat",
    "ChangedSince",
    "Invite",
    "Invitee",
    "LastBeforeFirst",
    "NoCircleChosen",
    "NoDates",
    "NoPeopleChosen",
    "NotInProgram",
    "ParticipantSession",
    "Repeat",
    "Scope",
    "SessionChanges",
    "SessionDetail",
    "SessionEdit",
    "SessionLength",
    "SessionPlan",
    "SessionProblem",
    "SessionRow",
    "TitleTooLong",
    "TooManyPeople",
    "TooManySessions",
    "UnknownKind",
    "UnknownZone",
    "cancel_session",
    "create_sessions",
    "delete_session",
    "edit_session",
    "get_session",
    "invited_ids",
    "list_sessions",
    "redo",
    "refresh_invitations",
    "reinvite",
    "restore_session",
    "revise",
    "select_sessions",
    "session_fields",
    "sessions_between",
    "sessions_of_participant",
    "sync_invitations",
    "undo",
    "week_sessions",
]
