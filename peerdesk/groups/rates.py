"""Attendance rates of group sessions: per session kind and per person.

A rate counts only what is known: invitations to sessions that have happened
(started before ``now``, not cancelled) whose attendance was marked — attended,
excused or absent. An invitation nobody has marked yet is not "missed": it is
counted apart (``unmarked``) and left out of every rate, as the meeting rates
leave out meetings nobody has logged. The rate is attended of marked
(an excused person did not attend; the excused count is shown beside it).

The figures come as :class:`~peerdesk.evaluation.figures.Share`, so a rate on
fewer than five marks is shown as "too few", as every other rate is. The
dashboard's attendance card, the workbook's Sessions and Attendance sheets and
the summary PDF all read them from :func:`attendance_rates`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.calendar import zones
from peerdesk.database import Database
from peerdesk.evaluation.figures import Share
from peerdesk.groups.statuses import ABSENT, ATTENDED, CANCELLED, EXCUSED, MARKS
from peerdesk.models import (
    GroupSession,
    Participant,
    Person,
    SessionAttendance,
    SessionKind,
)
from peerdesk.people.names import name_key


@dataclass(frozen=True)
class Tally:
    """Invitations to sessions that have happened, by how they were marked."""

    attended: int = 0
    excused: int = 0
    absent: int = 0
    unmarked: int = 0  # invited, nobody marked them: not counted in the rate

    @property
    def marked(self) -> int:
        return self.attended + self.excused + self.absent

    @property
    def rate(self) -> Share:
        """Attended, of the marked invitations."""
        return Share(self.attended, self.marked)

    def add(self, status: str, n: int = 1) -> Tally:
        """This tally with ``n`` more invitations of ``status``."""
        return Tally(
            self.attended + n * (status == ATTENDED),
            self.excused + n * (status == EXCUSED),
            self.absent + n * (status == ABSENT),
            self.unmarked + n * (status not in MARKS),
        )


@dataclass(frozen=True)
class KindRate:
    """One session kind: its sessions that have happened, and their attendance."""

    key: str
    name: str
    colour: str
    sessions: int  # held (past, not cancelled)
    marked_sessions: int  # of those, with at least one invitation marked
    tally: Tally

    @property
    def rate(self) -> Share:
        return self.tally.rate


@dataclass(frozen=True)
class PersonRate:
    """One invited person: their invitations to sessions that have happened."""

    participant_id: int
    name: str
    role: str  # the participant's role value ("mentor", "mentee", ...)
    tally: Tally
    last_attended: date | None  # the local day of the last session they attended
    by_kind: dict[str, Tally] = field(default_factory=dict, compare=False)

    @property
    def rate(self) -> Share:
        return self.tally.rate


@dataclass(frozen=True)
class AttendanceRates:
    kinds: tuple[KindRate, ...]  # in the program's order of kinds; only kinds with sessions
    people: tuple[PersonRate, ...]  # by name
    overall: Tally
    sessions: int  # sessions that have happened (not cancelled)
    marked_sessions: int  # of those, with at least one invitation marked

    @property
    def rate(self) -> Share:
        return self.overall.rate

    @property
    def unmarked_sessions(self) -> int:
        """Sessions that have happened with nobody marked: their attendance is not known."""
        return self.sessions - self.marked_sessions


@dataclass
class _Kind:
    sessions: int = 0
    marked: int = 0
    tally: Tally = Tally()


def rates_in(
    session: Session,
    program_id: int,
    *,
    now: datetime | None = None,
    since: date | None = None,
    until: date | None = None,
) -> AttendanceRates:
    """The rates inside an open session; ``since``/``until`` keep the sessions whose local
    day falls in that range (both days included)."""
    now = now or datetime.now(UTC)
    kinds = session.execute(
        select(SessionKind.key, SessionKind.name, SessionKind.colour)
        .where(SessionKind.program_id == program_id)
        .order_by(SessionKind.position, SessionKind.id)
    ).all()
    held_at = (
        GroupSession.program_id == program_id,
        GroupSession.status != CANCELLED,
        GroupSession.starts_at < now,
    )
    # Each session held, with its kind and local day (worked out once per session).
    held: dict[int, tuple[str, date]] = {}
    for session_id, kind, starts_at, zone in session.execute(
        select(
            GroupSession.id, GroupSession.kind, GroupSession.starts_at, GroupSession.timezone
        ).where(*held_at)
    ):
        day = zones.local_date(starts_at, zone)
        if (since is None or day >= since) and (until is None or day <= until):
            held[session_id] = (kind, day)
    counts: Counter[tuple[int, str, str]] = Counter()  # (person, kind, status)
    marked: set[int] = set()
    last: dict[int, date] = {}
    for session_id, participant_id, status in session.execute(
        select(
            SessionAttendance.session_id, SessionAttendance.participant_id, SessionAttendance.status
        )
        .join(GroupSession, GroupSession.id == SessionAttendance.session_id)
        .where(*held_at)
    ):
        found = held.get(session_id)
        if found is None:
            continue
        kind, day = found
        counts[participant_id, kind, status] += 1
        if status in MARKS:
            marked.add(session_id)
            if status == ATTENDED and (participant_id not in last or day > last[participant_id]):
                last[participant_id] = day
    by_kind: dict[str, _Kind] = defaultdict(_Kind)
    for session_id, (kind, _day) in held.items():
        by_kind[kind].sessions += 1
        by_kind[kind].marked += session_id in marked
    people: dict[int, dict[str, Tally]] = defaultdict(dict)
    for (participant_id, kind, status), n in counts.items():
        before = people[participant_id].get(kind, Tally())
        people[participant_id][kind] = before.add(status, n)
        by_kind[kind].tally = by_kind[kind].tally.add(status, n)
    overall = _sum(k.tally for k in by_kind.values())
    known = {key: (name, colour) for key, name, colour in kinds}
    order = [key for key, _n, _c in kinds] + sorted(k for k in by_kind if k not in known)
    kind_rates = tuple(
        KindRate(
            key,
            known.get(key, (key, ""))[0],
            known.get(key, (key, ""))[1],
            by_kind[key].sessions,
            by_kind[key].marked,
            by_kind[key].tally,
        )
        for key in order
        if key in by_kind
    )
    who = (
        {
            int(pid): (name, role.value)
            for pid, name, role in session.execute(
                select(Participant.id, Person.full_name, Participant.role)
                .join(Person, Person.id == Participant.person_id)
                .where(Participant.id.in_(list(people)))
            )
        }
        if people
        else {}
    )
    person_rates = sorted(
        (
            PersonRate(
                pid,
                who.get(pid, ("", ""))[0],
                who.get(pid, ("", ""))[1],
                _sum(tallies.values()),
                last.get(pid),
                dict(tallies),
            )
            for pid, tallies in people.items()
        ),
        key=lambda p: (name_key(p.name), p.participant_id),
    )
    return AttendanceRates(kind_rates, tuple(person_rates), overall, len(held), len(marked))


def _sum(tallies: Iterable[Tally]) -> Tally:
    total = Tally()
    for t in tallies:
        total = Tally(
            total.attended + t.attended,
            total.excused + t.excused,
            total.absent + t.absent,
            total.unmarked + t.unmarked,
        )
    return total


def as_of(today: date | None) -> datetime:
    """What "now" is for a report made as of ``today``: now if that is today, else the
    end of that day (local time), so a report of a past day counts that day's sessions."""
    if today is None or today == zones.today_in():
        return datetime.now(UTC)
    end = datetime.combine(today + timedelta(days=1), time(0), zones.zone(zones.local_zone_name()))
    return end.astimezone(UTC)


def attendance_rates(
    db: Database,
    program_id: int,
    *,
    now: datetime | None = None,
    since: date | None = None,
    until: date | None = None,
) -> AttendanceRates:
    """Attendance per session kind and per person, of the sessions that have happened."""
    with db.reading() as session:
        return rates_in(session, program_id, now=now, since=since, until=until)
