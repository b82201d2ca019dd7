"""Circles: named groups with one or more leaders (mentors) and members.

A mentor support circle, or a mentoring group of one or two mentors with a few
mentees. Circles live like pairs: made (by hand, or confirmed from
:func:`peerdesk.groups.forming.form_circles`), active, paused and resumed, ended with an
outcome and a reason; their agreement is signed on a day. Their meetings are group
sessions invited as ``circle`` (:mod:`peerdesk.groups.sessions`); staff check-ins are
each member's own (:mod:`peerdesk.calendar.checkins`).

Every action is one transaction, run :func:`~peerdesk.storage.retry.strict`, recorded in
the history (ids only), and returns :class:`CircleChanges` — the touched circles (with
their members), people's statuses and circle sessions before and after — which
:func:`undo` and :func:`redo` put back exactly, after checking nothing else changed them.

People: confirming or making an active circle marks its ready people as matched; ending
a circle (or taking someone out of one) puts a matched person with no other open pair or
circle back to ready. A person is in at most one open circle of a program.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.calendar import zones
from peerdesk.calendar.changes import ActionRecorder, CalendarChanges, restore_rows
from peerdesk.calendar.changes import revise as revise_meeting
from peerdesk.database import Database
from peerdesk.enums import MeetingKind, MeetingStatus, PairOutcome, PairStatus, ParticipantStatus
from peerdesk.errors import NotFound, UserError
from peerdesk.groups.forming import OPEN_CIRCLE, Formation
from peerdesk.groups.sessions import Invite, reinvite
from peerdesk.groups.sessions import _revise as revise
from peerdesk.groups.statuses import CANCELLED, SCHEDULED
from peerdesk.matching.pool import GONE, MENTOR_ROLES
from peerdesk.matching.rules import OPEN
from peerdesk.models import (
    ChangeRecord,
    Circle,
    CircleMember,
    GroupSession,
    Meeting,
    Pair,
    Participant,
    Program,
)
from peerdesk.pairs.dates import check_end
from peerdesk.people.names import name_key
from peerdesk.storage.retry import strict

LEADER, MEMBER = "leader", "member"
ROLES = (LEADER, MEMBER)
NAME_MOST = 200
CIRCLE_COLUMNS = (
    "id",
    "program_id",
    "name",
    "status",
    "score",
    "started_on",
    "ended_on",
    "outcome",
    "end_reason",
    "agreement_signed_on",
    "agreement_printed_at",
    "notes",
)
SESSION_COLUMNS = ("id", "status", "sequence", "modified_at")

Row = dict[str, Any]


class CircleRefused(UserError):
    """A circle action the rules do not allow, in plain words (a template and its fields)."""


class CircleNameMissing(UserError):
    template = "Give the circle a name."


class CircleNameTooLong(UserError):
    template = "A circle's name can be at most {most} characters long."


class CircleEndReasonMissing(UserError):
    template = "Say why the circle is ending."


class CircleChangedSince(history.ChangedAfterYou):
    """Circles changed by someone after the step to undo or redo."""


@dataclass(frozen=True)
class CircleChanges:
    """What one action changed: circles (with members), statuses and circle sessions."""

    program_id: int
    action: str
    before: Mapping[int, Row | None]
    after: Mapping[int, Row | None]
    status_before: Mapping[int, ParticipantStatus] = field(default_factory=dict)
    status_after: Mapping[int, ParticipantStatus] = field(default_factory=dict)
    sessions_before: Mapping[int, Row] = field(default_factory=dict)
    sessions_after: Mapping[int, Row] = field(default_factory=dict)
    created: tuple[int, ...] = ()
    # Staff check-ins the action cancelled (ending a circle), undone with it.
    meetings: CalendarChanges | None = None

    @property
    def circle_ids(self) -> list[int]:
        return sorted(self.after)

    @property
    def kinds(self) -> frozenset[str]:
        kinds = {"circle"}
        if self.status_after:
            kinds.add("participant")
        if self.sessions_after:
            kinds.add("group_session")
        if self.meetings is not None:
            kinds |= self.meetings.kinds
        return frozenset(kinds)


@dataclass(frozen=True)
class CirclePlan:
    """A circle to make: its name, leaders and members (participant ids)."""

    name: str
    leaders: tuple[int, ...]
    members: tuple[int, ...]
    score: float | None = None


@dataclass(frozen=True)
class CirclePerson:
    participant_id: int
    name: str
    role: str


@dataclass(frozen=True)
class CircleView:
    """A circle as the screens list it."""

    id: int
    program_id: int
    name: str
    status: PairStatus
    score: float | None
    started_on: date | None
    ended_on: date | None
    outcome: PairOutcome | None
    end_reason: str | None
    agreement_signed_on: date | None
    notes: str
    version: int
    people: tuple[CirclePerson, ...]  # leaders first, then members, each by name

    @property
    def leaders(self) -> tuple[CirclePerson, ...]:
        return tuple(p for p in self.people if p.role == LEADER)

    @property
    def members(self) -> tuple[CirclePerson, ...]:
        return tuple(p for p in self.people if p.role == MEMBER)


def _row(circle: Circle) -> Row:
    row = {name: getattr(circle, name) for name in CIRCLE_COLUMNS}
    row["members"] = tuple(sorted((m.participant_id, m.role) for m in circle.members))
    return row


def _members(row: Row | None) -> tuple[tuple[int, str], ...]:
    return () if row is None else tuple(row["members"])


def _session_row(item: GroupSession) -> Row:
    return {name: getattr(item, name) for name in SESSION_COLUMNS}


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise CircleNameMissing()
    if len(name) > NAME_MOST:
        raise CircleNameTooLong(most=NAME_MOST)
    return name


class _Recorder(ActionRecorder):
    def __init__(self, session: Session, program_id: int, action: str) -> None:
        super().__init__(session, program_id, action)
        self.before: dict[int, Row | None] = {}
        self.touched: dict[int, Circle] = {}
        self.sessions_before: dict[int, Row] = {}
        self.sessions: dict[int, GroupSession] = {}

    def touch(self, circle: Circle) -> Circle:
        if circle.program_id != self.program_id:
            raise NotFound(what="That circle")
        self.before.setdefault(circle.id, _row(circle))
        self.touched[circle.id] = circle
        return circle

    def add(self, circle: Circle) -> Circle:
        self.session.add(circle)
        self.session.flush()
        self.before.setdefault(circle.id, None)
        self.touched[circle.id] = circle
        self.created.append(circle.id)
        return circle

    def touch_session(self, item: GroupSession) -> GroupSession:
        self.sessions_before.setdefault(item.id, _session_row(item))
        self.sessions[item.id] = item
        return item

    def person(self, participant_id: int) -> Participant:
        person = self.people.get(participant_id) or self.session.get(Participant, participant_id)
        if person is None or person.program_id != self.program_id:
            raise NotFound(what="That person")
        self.people[participant_id] = person
        return person

    def set_status(self, participant_id: int, status: ParticipantStatus) -> None:
        self._set_status(self.person(participant_id), status)

    def finish(self, **details: Any) -> CircleChanges:
        self.session.flush()
        for circle in self.touched.values():
            self.session.refresh(circle, ["members"])
        after = {i: _row(c) for i, c in self.touched.items()}
        _check_one_circle_each(self.session, self.program_id, after)
        moved = [i for i, row in after.items() if _members(self.before[i]) != row["members"]]
        if moved:
            reinvite(self.session, _upcoming(self.session, after))
        status_before, status_after = self.status_changes()
        meetings = self.meeting_changes(circles=sorted(after))
        history.record(
            self.session, "circle", None, self.action, program_id=self.program_id,
            circles=sorted(after), **details,
        )  # fmt: skip
        return CircleChanges(
            self.program_id,
            self.action,
            dict(self.before),
            after,
            status_before,
            status_after,
            dict(self.sessions_before),
            {i: _session_row(s) for i, s in self.sessions.items()},
            tuple(self.created),
            meetings,
        )


def _name(session: Session, participant_id: int) -> str:
    person = session.get(Participant, participant_id)
    return person.person.full_name if person is not None else "Someone"


def _check_one_circle_each(
    session: Session, program_id: int, rows: Mapping[int, Row | None]
) -> None:
    """Refuse a change that leaves someone of these circles in two open circles."""
    people = {
        pid for row in rows.values() if row is not None and row["status"] in OPEN_CIRCLE
        for pid, _ in row["members"]
    }  # fmt: skip
    if not people:
        return
    found = session.execute(
        select(CircleMember.participant_id, Circle.id)
        .join(Circle, Circle.id == CircleMember.circle_id)
        .where(
            Circle.program_id == program_id,
            Circle.status.in_(OPEN_CIRCLE),
            CircleMember.participant_id.in_(sorted(people)),
        )
    ).all()
    seen: dict[int, int] = {}
    for pid, circle_id in found:
        if pid in seen and seen[pid] != circle_id:
            raise CircleRefused("{name} is already in another circle.", name=_name(session, pid))
        seen[pid] = circle_id


def _circle(session: Session, circle_id: int) -> Circle:
    circle = session.get(Circle, circle_id)
    if circle is None:
        raise NotFound(what="That circle")
    return circle


def _has_open(session: Session, participant_id: int) -> bool:
    """Whether the person is in an open pair or an open circle."""
    pair = session.scalar(
        select(Pair.id)
        .where(
            (Pair.mentor_id == participant_id) | (Pair.mentee_id == participant_id),
            Pair.status.in_(OPEN),
        )
        .limit(1)
    )
    if pair is not None:
        return True
    circle = session.scalar(
        select(Circle.id)
        .join(CircleMember, CircleMember.circle_id == Circle.id)
        .where(CircleMember.participant_id == participant_id, Circle.status.in_(OPEN_CIRCLE))
        .limit(1)
    )
    return circle is not None


def _matched(rec: _Recorder, participant_id: int) -> None:
    if rec.person(participant_id).status == ParticipantStatus.READY:
        rec.set_status(participant_id, ParticipantStatus.MATCHED)


def _released(rec: _Recorder, participant_id: int) -> bool:
    """A person of a circle that ends (or someone taken out): ready again if matched and
    in no other open pair or circle. Whether they are in none."""
    rec.session.flush()
    person = rec.person(participant_id)
    if _has_open(rec.session, person.id):
        return False
    if person.status == ParticipantStatus.MATCHED:
        rec.set_status(participant_id, ParticipantStatus.READY)
    return True


CIRCLE_ENDED = "circle_ended"  # a meeting's cancel_reason: its circle ended


def _cancel_checkins(rec: _Recorder, people: Sequence[int], day: date) -> list[int]:
    """Cancel the staff check-ins after ``day`` that these people have through a circle
    only (filed under no pair; see :mod:`peerdesk.calendar.checkins`)."""
    if not people:
        return []
    rough = datetime.combine(day, time.min, tzinfo=UTC)
    found = [
        m
        for m in rec.session.scalars(
            select(Meeting)
            .where(
                Meeting.program_id == rec.program_id,
                Meeting.kind == MeetingKind.STAFF_CHECKIN,
                Meeting.pair_id.is_(None),
                Meeting.participant_id.in_(sorted(people)),
                Meeting.status == MeetingStatus.SCHEDULED,
                Meeting.starts_at >= rough,
            )
            .order_by(Meeting.starts_at, Meeting.id)
        )
        if zones.local_date(m.starts_at, m.timezone) > day
    ]
    rec.meetings.touch_meetings([m.id for m in found])
    for meeting in found:
        meeting.status = MeetingStatus.CANCELLED
        meeting.cancel_reason = CIRCLE_ENDED
        revise_meeting(meeting)
    return [m.id for m in found]


def _check_person(rec: _Recorder, participant_id: int, role: str) -> None:
    if role not in ROLES:
        raise CircleRefused("A person in a circle is its leader or a member.")
    person = rec.person(participant_id)
    if person.status == ParticipantStatus.WITHDRAWN:
        raise CircleRefused(
            "{name} has withdrawn and cannot join a circle.", name=person.person.full_name
        )
    if person.status in GONE:
        raise CircleRefused(
            "{name} has completed the program and cannot join a circle.",
            name=person.person.full_name,
        )
    if role == LEADER and person.role not in MENTOR_ROLES:
        raise CircleRefused(
            "{name} is not a mentor and cannot lead a circle.", name=person.person.full_name
        )


def _check_leaders(circle: Circle) -> None:
    if circle.status in OPEN_CIRCLE and not any(m.role == LEADER for m in circle.members):
        raise CircleRefused("The circle “{circle}” needs a leader.", circle=circle.name)


def _add_people(rec: _Recorder, circle: Circle, people: Iterable[tuple[int, str]]) -> None:
    have = {m.participant_id for m in circle.members}
    for participant_id, role in people:
        if participant_id in have:
            raise CircleRefused(
                "{name} is in this circle already.", name=_name(rec.session, participant_id)
            )
        _check_person(rec, participant_id, role)
        circle.members.append(CircleMember(participant_id=participant_id, role=role))
        have.add(participant_id)
        if circle.status in (PairStatus.ACTIVE, PairStatus.PAUSED):
            _matched(rec, participant_id)


def _make(
    rec: _Recorder, program_id: int, plan: CirclePlan, status: PairStatus, day: date
) -> Circle:
    if not plan.leaders:
        raise CircleRefused("The circle “{circle}” needs a leader.", circle=_clean_name(plan.name))
    circle = rec.add(
        Circle(
            program_id=program_id,
            name=_clean_name(plan.name),
            status=status,
            score=plan.score,
            started_on=day if status != PairStatus.PROPOSED else None,
        )
    )
    people = [(p, LEADER) for p in plan.leaders] + [(p, MEMBER) for p in plan.members]
    _add_people(rec, circle, people)
    return circle


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(what="That program")
    return program


# -- Making circles ----------------------------------------------------------------------


@strict
def create_circle(
    db: Database,
    program_id: int,
    name: str,
    leaders: Sequence[int],
    members: Sequence[int] = (),
    *,
    started_on: date | None = None,
) -> CircleChanges:
    """Make an active circle by hand, starting ``started_on`` (default today)."""
    plan = CirclePlan(name, tuple(leaders), tuple(members))
    _clean_name(name)
    with db.transaction() as session:
        _program(session, program_id)
        rec = _Recorder(session, program_id, "create")
        _make(rec, program_id, plan, PairStatus.ACTIVE, started_on or date.today())
        return rec.finish()


def plans_from(formation: Formation, names: Sequence[str] | None = None) -> list[CirclePlan]:
    """The formed circles as plans, named ``names`` (default "Circle 1", "Circle 2"…)."""
    return [
        CirclePlan(
            names[i] if names is not None else f"Circle {i + 1}",
            formed.leaders,
            formed.members,
            round(formed.quality.quality, 2),
        )
        for i, formed in enumerate(formation.circles)
    ]


@strict
def confirm_circles(
    db: Database, program_id: int, plans: Sequence[CirclePlan], *, start_date: date | None = None
) -> CircleChanges:
    """Save circles (formed, then perhaps rearranged on the board) as active ones.

    All of them in one transaction, or none: refused, changing nothing, if someone is
    in two of them, already in another open circle, gone, or a leader is not a mentor.
    """
    if not plans:
        raise CircleRefused("There are no circles to confirm.")
    seen: set[int] = set()
    for plan in plans:
        _clean_name(plan.name)
        for pid in (*plan.leaders, *plan.members):
            if pid in seen:
                raise CircleRefused("Someone is in two of these circles; each person is in one.")
            seen.add(pid)
    with db.transaction() as session:
        _program(session, program_id)
        rec = _Recorder(session, program_id, "confirm")
        day = start_date or date.today()
        for plan in plans:
            _make(rec, program_id, plan, PairStatus.ACTIVE, day)
        return rec.finish(count=len(plans))


# -- Changing a circle ------------------------------------------------------------------------


def _open(circle: Circle) -> None:
    if circle.status == PairStatus.ENDED:
        raise CircleRefused("The circle “{circle}” has ended.", circle=circle.name)


@strict
def rename_circle(db: Database, circle_id: int, name: str) -> CircleChanges:
    name = _clean_name(name)
    with db.transaction() as session:
        circle = _circle(session, circle_id)
        rec = _Recorder(session, circle.program_id, "rename")
        rec.touch(circle).name = name
        return rec.finish()


@strict
def add_member(
    db: Database, circle_id: int, participant_id: int, role: str = MEMBER
) -> CircleChanges:
    """Put someone in a circle, as its leader or a member."""
    with db.transaction() as session:
        circle = _circle(session, circle_id)
        _open(circle)
        rec = _Recorder(session, circle.program_id, "add_member")
        rec.touch(circle)
        _add_people(rec, circle, [(participant_id, role)])
        return rec.finish(participant=participant_id)


def _take_out(rec: _Recorder, circle: Circle, participant_id: int) -> str:
    found = next((m for m in circle.members if m.participant_id == participant_id), None)
    if found is None:
        raise CircleRefused(
            "{name} is not in this circle.", name=_name(rec.session, participant_id)
        )
    circle.members.remove(found)
    _check_leaders(circle)
    return found.role


@strict
def remove_member(db: Database, circle_id: int, participant_id: int) -> CircleChanges:
    """Take someone out of a circle (a circle keeps at least one leader)."""
    with db.transaction() as session:
        circle = _circle(session, circle_id)
        _open(circle)
        rec = _Recorder(session, circle.program_id, "remove_member")
        rec.touch(circle)
        _take_out(rec, circle, participant_id)
        if _released(rec, participant_id):  # their check-ins through the circle stop
            _cancel_checkins(rec, [participant_id], zones.today_in(zones.local_zone_name()))
        return rec.finish(participant=participant_id)


@strict
def move_member(
    db: Database, participant_id: int, from_circle: int, to_circle: int, role: str | None = None
) -> CircleChanges:
    """Move someone from one circle to another (keeping their role unless ``role``)."""
    if from_circle == to_circle:
        raise CircleRefused("Choose another circle to move them to.")
    with db.transaction() as session:
        source, target = _circle(session, from_circle), _circle(session, to_circle)
        if source.program_id != target.program_id:
            raise NotFound(what="That circle")
        _open(source)
        _open(target)
        rec = _Recorder(session, source.program_id, "move_member")
        rec.touch(source)
        rec.touch(target)
        old_role = _take_out(rec, source, participant_id)
        session.flush()
        _add_people(rec, target, [(participant_id, role or old_role)])
        return rec.finish(participant=participant_id)


@strict
def set_role(db: Database, circle_id: int, participant_id: int, role: str) -> CircleChanges:
    """Make a member a leader of their circle, or a leader a member."""
    with db.transaction() as session:
        circle = _circle(session, circle_id)
        _open(circle)
        rec = _Recorder(session, circle.program_id, "set_role")
        rec.touch(circle)
        found = next((m for m in circle.members if m.participant_id == participant_id), None)
        if found is None:
            raise CircleRefused(
                "{name} is not in this circle.", name=_name(session, participant_id)
            )
        _check_person(rec, participant_id, role)
        found.role = role
        _check_leaders(circle)
        return rec.finish(participant=participant_id, role=role)


@strict
def sign_agreement(db: Database, circle_id: int, signed_on: date | None) -> CircleChanges:
    """Record the day the circle's agreement was signed (None: not signed)."""
    with db.transaction() as session:
        circle = _circle(session, circle_id)
        rec = _Recorder(session, circle.program_id, "agreement_signed")
        rec.touch(circle).agreement_signed_on = signed_on
        return rec.finish()


# -- Pausing, resuming, ending ------------------------------------------------------------------


def _sessions_from(session: Session, circle_id: int, day: date, status: str) -> list[GroupSession]:
    """The circle's sessions of ``status`` held on ``day`` or later, each by its own day
    where it is held (its time zone), not by the UTC date."""
    rough = datetime.combine(day - timedelta(days=1), time.min, tzinfo=UTC)
    return [
        item
        for item in session.scalars(
            select(GroupSession)
            .where(
                GroupSession.circle_id == circle_id,
                GroupSession.invite == Invite.CIRCLE,
                GroupSession.status == status,
                GroupSession.starts_at >= rough,
            )
            .order_by(GroupSession.starts_at, GroupSession.id)
        )
        if zones.local_date(item.starts_at, item.timezone) >= day
    ]


def _set_sessions(rec: _Recorder, items: Iterable[GroupSession], status: str) -> list[int]:
    changed = []
    for item in items:
        rec.touch_session(item)
        item.status = status
        revise(item)
        changed.append(item.id)
    return changed


def _upcoming(session: Session, circle_ids: Iterable[int]) -> list[int]:
    """The circles' sessions still to come (their invitations follow the members)."""
    return list(
        session.scalars(
            select(GroupSession.id).where(
                GroupSession.circle_id.in_(sorted(set(circle_ids))),
                GroupSession.invite == Invite.CIRCLE,
                GroupSession.starts_at >= datetime.now(UTC),
            )
        )
    )


HOLD = "hold_sessions"  # the history line naming the sessions a pause cancelled


@strict
def pause_circle(db: Database, circle_id: int, *, paused_on: date | None = None) -> CircleChanges:
    """Pause an active circle: its sessions from ``paused_on`` on are cancelled, and come
    back when it resumes (those on or after the day it resumes)."""
    day = paused_on or date.today()
    with db.transaction() as session:
        circle = _circle(session, circle_id)
        if circle.status != PairStatus.ACTIVE:
            raise CircleRefused("Only an active circle can be paused.")
        rec = _Recorder(session, circle.program_id, "pause")
        rec.touch(circle).status = PairStatus.PAUSED
        held = _set_sessions(rec, _sessions_from(session, circle.id, day, SCHEDULED), CANCELLED)
        history.record(session, "circle", circle.id, HOLD, program_id=circle.program_id, held=held)
        return rec.finish(paused_on=day.isoformat(), held=len(held))


def _held_sessions(session: Session, circle_id: int) -> list[int]:
    """The sessions the circle's last pause cancelled."""
    details = session.scalar(
        select(ChangeRecord.details)
        .where(
            ChangeRecord.entity == "circle",
            ChangeRecord.entity_id == circle_id,
            ChangeRecord.action == HOLD,
        )
        .order_by(ChangeRecord.id.desc())
        .limit(1)
    )
    return [int(i) for i in (details or {}).get("held", [])]


@strict
def resume_circle(db: Database, circle_id: int, *, resumed_on: date | None = None) -> CircleChanges:
    """Make a paused circle active again; the sessions its pause cancelled from
    ``resumed_on`` on come back."""
    day = resumed_on or date.today()
    with db.transaction() as session:
        circle = _circle(session, circle_id)
        if circle.status != PairStatus.PAUSED:
            raise CircleRefused("Only a paused circle can be resumed.")
        rec = _Recorder(session, circle.program_id, "resume")
        rec.touch(circle).status = PairStatus.ACTIVE
        held = set(_held_sessions(session, circle.id))
        back = [s for s in _sessions_from(session, circle.id, day, CANCELLED) if s.id in held]
        restored = _set_sessions(rec, back, SCHEDULED)
        return rec.finish(resumed_on=day.isoformat(), restored=len(restored))


@strict
def end_circle(
    db: Database,
    circle_id: int,
    *,
    reason: str,
    outcome: PairOutcome = PairOutcome.COMPLETED,
    ended_on: date | None = None,
) -> CircleChanges:
    """End an active or paused circle, with its outcome and why.

    Its sessions still scheduled after ``ended_on`` are cancelled in the same
    transaction; undo brings them back. Its people who are left with no open pair or
    circle go back to ready.
    """
    if not reason.strip():
        raise CircleEndReasonMissing()
    day = ended_on or date.today()
    with db.transaction() as session:
        circle = _circle(session, circle_id)
        if circle.status not in (PairStatus.ACTIVE, PairStatus.PAUSED):
            raise CircleRefused("Only an active or paused circle can be ended.")
        check_end(f"“{circle.name}”", circle.started_on, day)
        rec = _Recorder(session, circle.program_id, "end")
        rec.touch(circle)
        circle.status = PairStatus.ENDED
        circle.outcome = outcome
        circle.end_reason = reason.strip()
        circle.ended_on = day
        after = date.fromordinal(day.toordinal() + 1)
        _set_sessions(rec, _sessions_from(session, circle.id, after, SCHEDULED), CANCELLED)
        free = [m.participant_id for m in circle.members if _released(rec, m.participant_id)]
        cancelled = _cancel_checkins(rec, free, day)
        return rec.finish(outcome=outcome.value, checkins_cancelled=len(cancelled))


# -- Reading ---------------------------------------------------------------------------------------


def _views(session: Session, circles: Sequence[Circle]) -> list[CircleView]:
    ids = [c.id for c in circles]
    people: dict[int, list[CirclePerson]] = {i: [] for i in ids}
    if ids:
        rows = session.execute(
            select(CircleMember.circle_id, CircleMember.participant_id, CircleMember.role)
            .where(CircleMember.circle_id.in_(ids))
            .order_by(CircleMember.id)
        ).all()
        names = {
            p.id: p.person.full_name
            for p in session.scalars(
                select(Participant).where(Participant.id.in_({r[1] for r in rows}))
            )
        }
        for circle_id, pid, role in rows:
            people[circle_id].append(CirclePerson(pid, names.get(pid, ""), role))
    return [
        CircleView(
            id=c.id,
            program_id=c.program_id,
            name=c.name,
            status=c.status,
            score=c.score,
            started_on=c.started_on,
            ended_on=c.ended_on,
            outcome=c.outcome,
            end_reason=c.end_reason,
            agreement_signed_on=c.agreement_signed_on,
            notes=c.notes,
            version=c.version,
            people=tuple(
                sorted(
                    people[c.id],
                    key=lambda p: (p.role != LEADER, name_key(p.name), p.participant_id),
                )
            ),
        )
        for c in circles
    ]


def list_circles(db: Database, program_id: int, *, include_ended: bool = True) -> list[CircleView]:
    """The program's circles with their people: open ones first, then by name."""
    with db.reading() as session:
        query = select(Circle).where(Circle.program_id == program_id)
        if not include_ended:
            query = query.where(Circle.status != PairStatus.ENDED)
        circles = list(session.scalars(query))
        circles.sort(key=lambda c: (c.status == PairStatus.ENDED, c.name.casefold(), c.id))
        return _views(session, circles)


def get_circle(db: Database, circle_id: int) -> CircleView:
    with db.reading() as session:
        return _views(session, [_circle(session, circle_id)])[0]


def circle_of(db: Database, program_id: int, participant_id: int) -> CircleView | None:
    """The open circle a person is in, if any."""
    with db.reading() as session:
        found = session.scalar(
            select(Circle)
            .join(CircleMember, CircleMember.circle_id == Circle.id)
            .where(
                Circle.program_id == program_id,
                Circle.status.in_(OPEN_CIRCLE),
                CircleMember.participant_id == participant_id,
            )
        )
        return None if found is None else _views(session, [found])[0]


def circle_session_ids(db: Database, circle_id: int) -> list[int]:
    """The circle's meetings: its group sessions invited as ``circle``, in time order."""
    with db.reading() as session:
        return list(
            session.scalars(
                select(GroupSession.id)
                .where(GroupSession.circle_id == circle_id, GroupSession.invite == "circle")
                .order_by(GroupSession.starts_at, GroupSession.id)
            )
        )


# -- Undo and redo -------------------------------------------------------------------------------


@strict
def _restore(db: Database, changes: CircleChanges, *, redo: bool) -> None:
    rows, expect = (changes.after, changes.before) if redo else (changes.before, changes.after)
    statuses, expect_status = (
        (changes.status_after, changes.status_before)
        if redo
        else (changes.status_before, changes.status_after)
    )
    sessions_rows, sessions_expect = (
        (changes.sessions_after, changes.sessions_before)
        if redo
        else (changes.sessions_before, changes.sessions_after)
    )
    action = "redo" if redo else "undo"
    with db.transaction() as session:
        meetings = changes.meetings
        if meetings is not None:  # the check-ins go back with the circle, or not at all
            before, after = meetings.meetings_before, meetings.meetings_after
            restore_rows(
                session,
                after if redo else before,
                before if redo else after,
                meetings.series_after if redo else meetings.series_before,
                meetings.series_before if redo else meetings.series_after,
                redo=redo,
            )
        for circle_id, expected in expect.items():
            circle = session.get(Circle, circle_id)
            if (None if circle is None else _row(circle)) != expected:
                raise CircleChangedSince.find(session, [("circle", circle_id)], redo=redo)
        for pid, expected_status in expect_status.items():
            person = session.get(Participant, pid)
            if person is None or person.status != expected_status:
                raise CircleChangedSince.find(session, [("participant", pid)], redo=redo)
        for session_id, expected_row in sessions_expect.items():
            item = session.get(GroupSession, session_id)
            if item is None or _session_row(item)["status"] != expected_row["status"]:
                raise CircleChangedSince.find(session, [("group_session", session_id)], redo=redo)
        for circle_id, row in rows.items():
            circle = session.get(Circle, circle_id)
            if row is None:
                if circle is not None:
                    session.delete(circle)
                continue
            if circle is None:
                circle = Circle(id=circle_id)
                session.add(circle)
            for name in CIRCLE_COLUMNS:
                setattr(circle, name, row[name])
            wanted = dict(row["members"])
            for member in list(circle.members):
                if member.participant_id not in wanted:
                    circle.members.remove(member)
                else:
                    member.role = wanted.pop(member.participant_id)
            for pid, role in sorted(wanted.items()):
                circle.members.append(CircleMember(participant_id=pid, role=role))
        for session_id, row in sessions_rows.items():
            item = session.get(GroupSession, session_id)
            if item is not None:
                item.status = row["status"]
                revise(item)  # calendars take the change
        for pid, status in statuses.items():
            person = session.get(Participant, pid)
            if person is not None:
                person.status = status
        session.flush()
        _check_one_circle_each(session, changes.program_id, rows)
        reinvite(session, _upcoming(session, rows))
        history.record(
            session, "circle", None, action, program_id=changes.program_id,
            of=changes.action, circles=sorted(rows),
        )  # fmt: skip


def undo(db: Database, changes: CircleChanges) -> None:
    """Put back exactly what ``changes`` changed, if nothing else changed it since."""
    _restore(db, changes, redo=False)


def redo(db: Database, changes: CircleChanges) -> None:
    """Do ``changes`` again after :func:`undo`."""
    _restore(db, changes, redo=True)
