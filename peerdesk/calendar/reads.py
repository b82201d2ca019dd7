"""Reading the calendar: meetings with their people, pairs and people to filter by.

One query with joins per call, no ORM objects: the month view of a program
with 300 pairs reads its six weeks (over a thousand meetings and check-ins)
in a few milliseconds. Times come back both in UTC and on the wall clock of
each meeting's own zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from peerdesk.calendar import zones
from peerdesk.database import Database
from peerdesk.enums import MeetingKind, MeetingStatus, PairStatus, Role
from peerdesk.errors import NotFound
from peerdesk.models import Meeting, Pair, Participant, Person

ZONE_MARGIN = timedelta(hours=15)  # widest UTC offset: a local day lies within ±15 h of UTC's


@dataclass(frozen=True)
class MeetingRow:
    """A meeting or staff check-in as the calendar shows it."""

    id: int
    uid: str
    program_id: int
    kind: MeetingKind
    pair_id: int | None
    participant_id: int | None
    series_id: int | None
    starts_at: datetime  # UTC
    local_start: datetime  # on the wall clock of ``timezone``
    timezone: str
    length_minutes: int
    place: str
    link: str
    status: MeetingStatus
    actual_minutes: int | None
    notes: str
    topics: str
    moved: bool
    mentor_name: str
    mentee_name: str
    mentor_person_id: int | None
    mentee_person_id: int | None
    mentor_email: str | None
    mentee_email: str | None
    checkin_name: str  # a staff check-in: who it is with
    checkin_person_id: int | None
    checkin_role: Role | None
    sequence: int = 0  # the calendar event's SEQUENCE
    cancel_reason: str | None = None  # why PeerDesk cancelled it ("pair_ended", "pair_paused")
    modified_at: datetime | None = None  # when ``sequence`` last went up (LAST-MODIFIED)
    version: int = 1  # the row's version (peerdesk.conflicts): its dialog saves against it

    @property
    def local_date(self) -> date:
        return self.local_start.date()

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.length_minutes)

    @property
    def is_checkin(self) -> bool:
        return self.kind == MeetingKind.STAFF_CHECKIN

    @property
    def logged(self) -> bool:
        return self.status != MeetingStatus.SCHEDULED

    @property
    def pair_title(self) -> str:
        return f"{self.mentor_name} & {self.mentee_name}"

    @property
    def title(self) -> str:
        """ "Ana Rivera & Bo Chen", or "Check-in: Ana Rivera" for a staff check-in."""
        if self.is_checkin:
            return f"Check-in: {self.checkin_name}"
        return self.pair_title

    @property
    def person_ids(self) -> frozenset[int]:
        ids = (self.mentor_person_id, self.mentee_person_id, self.checkin_person_id)
        return frozenset(i for i in ids if i is not None)


@dataclass(frozen=True)
class PairChoice:
    id: int
    mentor_name: str
    mentee_name: str
    status: PairStatus
    mentor_person_id: int
    mentee_person_id: int

    @property
    def title(self) -> str:
        return f"{self.mentor_name} & {self.mentee_name}"


@dataclass(frozen=True)
class PersonChoice:
    person_id: int
    name: str
    email: str | None


def _query() -> Any:
    mentor, mentee, member = aliased(Participant), aliased(Participant), aliased(Participant)
    mentor_person, mentee_person, member_person = aliased(Person), aliased(Person), aliased(Person)
    return (
        select(
            Meeting.id,
            Meeting.uid,
            Meeting.program_id,
            Meeting.kind,
            Meeting.pair_id,
            Meeting.participant_id,
            Meeting.series_id,
            Meeting.starts_at,
            Meeting.timezone,
            Meeting.length_minutes,
            Meeting.place,
            Meeting.link,
            Meeting.status,
            Meeting.actual_minutes,
            Meeting.notes,
            Meeting.topics,
            Meeting.moved,
            mentor_person.full_name,
            mentee_person.full_name,
            mentor_person.id,
            mentee_person.id,
            mentor_person.email,
            mentee_person.email,
            member_person.full_name,
            member_person.id,
            member.role,
            Meeting.sequence,
            Meeting.cancel_reason,
            Meeting.modified_at,
            Meeting.version,
        )
        .outerjoin(Pair, Pair.id == Meeting.pair_id)
        .outerjoin(mentor, mentor.id == Pair.mentor_id)
        .outerjoin(mentee, mentee.id == Pair.mentee_id)
        .outerjoin(mentor_person, mentor_person.id == mentor.person_id)
        .outerjoin(mentee_person, mentee_person.id == mentee.person_id)
        .outerjoin(member, member.id == Meeting.participant_id)
        .outerjoin(member_person, member_person.id == member.person_id)
    )


def _rows(session: Session, query: Any) -> list[MeetingRow]:
    found: list[MeetingRow] = []
    for found_row in session.execute(query):
        r: Any = found_row
        starts_at: datetime = r[7]
        tz: str = r[8]
        found.append(
            MeetingRow(
                id=r[0],
                uid=r[1],
                program_id=r[2],
                kind=r[3],
                pair_id=r[4],
                participant_id=r[5],
                series_id=r[6],
                starts_at=starts_at,
                local_start=zones.to_local(starts_at, tz),
                timezone=tz,
                length_minutes=r[9],
                place=r[10],
                link=r[11],
                status=r[12],
                actual_minutes=r[13],
                notes=r[14],
                topics=r[15],
                moved=r[16],
                mentor_name=r[17] or "",
                mentee_name=r[18] or "",
                mentor_person_id=r[19],
                mentee_person_id=r[20],
                mentor_email=r[21],
                mentee_email=r[22],
                checkin_name=r[23] or "",
                checkin_person_id=r[24],
                checkin_role=r[25],
                sequence=r[26] or 0,
                cancel_reason=r[27],
                modified_at=r[28],
                version=r[29],
            )
        )
    return found


def select_meetings(
    session: Session,
    program_id: int,
    *,
    first: date | None = None,
    last: date | None = None,
    pair_id: int | None = None,
    person_id: int | None = None,
    kinds: Iterable[MeetingKind] | None = None,
) -> list[MeetingRow]:
    """Meetings of a program on local dates ``first``..``last`` (inclusive), in time order."""
    query = _query().where(Meeting.program_id == program_id)
    if first is not None:
        start = datetime.combine(first, time(0, 0), tzinfo=zones.zone("UTC")) - ZONE_MARGIN
        query = query.where(Meeting.starts_at >= start)
    if last is not None:
        end = datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=zones.zone("UTC"))
        query = query.where(Meeting.starts_at < end + ZONE_MARGIN)
    if pair_id is not None:
        query = query.where(Meeting.pair_id == pair_id)
    if kinds is not None:
        query = query.where(Meeting.kind.in_(list(kinds)))
    if person_id is not None:
        mentor, mentee, member = aliased(Participant), aliased(Participant), aliased(Participant)
        people = (
            select(Meeting.id)
            .outerjoin(Pair, Pair.id == Meeting.pair_id)
            .outerjoin(mentor, mentor.id == Pair.mentor_id)
            .outerjoin(mentee, mentee.id == Pair.mentee_id)
            .outerjoin(member, member.id == Meeting.participant_id)
            .where(
                Meeting.program_id == program_id,
                or_(
                    mentor.person_id == person_id,
                    mentee.person_id == person_id,
                    member.person_id == person_id,
                ),
            )
        )
        query = query.where(Meeting.id.in_(people))
    query = query.order_by(Meeting.starts_at, Meeting.id)
    rows = _rows(session, query)
    if first is not None or last is not None:
        rows = [
            r
            for r in rows
            if (first is None or r.local_date >= first) and (last is None or r.local_date <= last)
        ]
    return rows


def meetings_between(
    db: Database,
    program_id: int,
    first: date,
    last: date,
    *,
    pair_id: int | None = None,
    person_id: int | None = None,
) -> list[MeetingRow]:
    with db.reading() as session:
        return select_meetings(
            session, program_id, first=first, last=last, pair_id=pair_id, person_id=person_id
        )


def todays_meetings(db: Database, program_id: int, today: date | None = None) -> list[MeetingRow]:
    """Today's meetings and check-ins, for quick logging."""
    day = today or zones.today_in()
    return meetings_between(db, program_id, day, day)


def get_meeting(db: Database, meeting_id: int) -> MeetingRow:
    with db.reading() as session:
        rows = _rows(session, _query().where(Meeting.id == meeting_id))
    if not rows:
        raise NotFound(what="That meeting")
    return rows[0]


def pair_choices(
    db: Database, program_id: int, *, statuses: Iterable[PairStatus] | None = None
) -> list[PairChoice]:
    """The program's pairs (default: every pair but proposed ones), by mentor's name."""
    wanted = list(statuses or (PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.ENDED))
    mentor, mentee = aliased(Participant), aliased(Participant)
    mentor_person, mentee_person = aliased(Person), aliased(Person)
    query = (
        select(
            Pair.id,
            mentor_person.full_name,
            mentee_person.full_name,
            Pair.status,
            mentor_person.id,
            mentee_person.id,
        )
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .join(mentor_person, mentor_person.id == mentor.person_id)
        .join(mentee_person, mentee_person.id == mentee.person_id)
        .where(Pair.program_id == program_id, Pair.status.in_(wanted))
    )
    with db.reading() as session:
        choices = [PairChoice(*row) for row in session.execute(query)]
    choices.sort(key=lambda c: (c.status != PairStatus.ACTIVE, c.title.casefold(), c.id))
    return choices


def person_choices(db: Database, program_id: int) -> list[PersonChoice]:
    """Everyone in a pair of the program (but proposed ones), by name."""
    found: dict[int, PersonChoice] = {}
    with db.reading() as session:
        for side in (Pair.mentor_id, Pair.mentee_id):
            query = (
                select(Person.id, Person.full_name, Person.email)
                .join(Participant, Participant.person_id == Person.id)
                .join(Pair, side == Participant.id)
                .where(Pair.program_id == program_id, Pair.status != PairStatus.PROPOSED)
            )
            for person_id, name, email in session.execute(query):
                found[person_id] = PersonChoice(person_id, name, email)
    return sorted(found.values(), key=lambda p: (p.name.casefold(), p.person_id))
