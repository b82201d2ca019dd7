"""Pairs that need the coordinator's attention, found early.

Five rules, their thresholds from the program's settings:

- **Not logged**: meetings past their date with nothing recorded (one item per
  pair, with how many).
- **No meeting**: an active pair with no held meeting for
  ``attention_no_meeting_weeks`` weeks (counted from its last held meeting, or
  from its start).
- **Missed in a row**: an active pair whose last ``attention_missed_in_row``
  logged meetings (or more) were all cancelled or no-shows.
- **Low satisfaction**: an active pair in which someone's latest answer to a
  satisfaction question is 2 or less (of 5).
- **Check-in overdue**: a person in an active pair whose staff check-in is past
  its date and not logged, or who has had no held check-in for a period of the
  program's check-in cadence (plus a week's grace) since the last one or since
  the pair began.
- **No session attended**: a person in an active pair who was invited to group
  sessions held since their match began, whose attendance was taken, and who
  attended none of them. Sessions nobody marked them at are not counted (not
  known is not missed); with no session held for them since matching there is
  nothing to say.

A threshold of 0 turns its rule off. Every item carries its pair's id, so the
screen can open the pair.

The list a coordinator reads (:func:`attention_list`) puts people first: one
entry per pair, most urgent first (missed in a row, weeks without a held
meeting, low satisfaction, an overdue check-in, no group session attended), and
the meetings nobody has logged yet collapsed into one line per day at the end.
Its :attr:`count` is the one figure every screen shows as "needs attention".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from peerdesk.calendar import zones
from peerdesk.calendar.checkins import next_due
from peerdesk.database import Database
from peerdesk.enums import CheckinCadence, MeetingKind, MeetingStatus, PairStatus
from peerdesk.errors import NotFound
from peerdesk.models import Meeting, Pair, Participant, Person, Program

CHECKIN_GRACE = timedelta(days=7)
MISSED = (MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW)


LOW_SATISFACTION = 2.0  # a latest satisfaction answer at or below this (of 5) needs a word


class AttentionKind(StrEnum):
    """The reasons, most urgent first."""

    MISSED_IN_ROW = "missed_in_row"
    NO_MEETING = "no_meeting"
    LOW_SATISFACTION = "low_satisfaction"
    CHECKIN_OVERDUE = "checkin_overdue"
    NO_SESSION = "no_session"
    UNLOGGED = "unlogged"


ORDER = {kind: index for index, kind in enumerate(AttentionKind)}


@dataclass(frozen=True)
class AttentionItem:
    """One thing to look at, about one pair (and, for check-ins, one person in it)."""

    kind: AttentionKind
    pair_id: int
    mentor_name: str
    mentee_name: str
    since: date | None = None  # the first unlogged/missed meeting, last held one, or due date
    count: int = 0  # meetings not logged, missed in a row, or sessions not attended
    weeks: int = 0  # weeks without a held meeting
    participant_id: int | None = None  # check-ins: who with
    person_name: str = ""
    role: str = ""  # "mentor" or "mentee"
    meeting_ids: tuple[int, ...] = field(default=(), compare=False)  # no session: sessions
    days: tuple[date, ...] = field(default=(), compare=False)  # unlogged: each meeting's day
    score: float | None = None  # low satisfaction: the answer

    @property
    def pair_title(self) -> str:
        return f"{self.mentor_name} & {self.mentee_name}"

    def describe(self) -> str:
        """One line in plain English (the command line; the app words its own)."""
        when = f"{self.since:%d %b %Y}" if self.since else ""
        if self.kind == AttentionKind.UNLOGGED:
            plural = "meeting" if self.count == 1 else "meetings"
            return f"{self.pair_title}: {self.count} {plural} not logged, since {when}"
        if self.kind == AttentionKind.NO_MEETING:
            return f"{self.pair_title}: no meeting held for {self.weeks} weeks (since {when})"
        if self.kind == AttentionKind.MISSED_IN_ROW:
            return (
                f"{self.pair_title}: {self.count} meetings in a row cancelled or missed, "
                f"since {when}"
            )
        if self.kind == AttentionKind.LOW_SATISFACTION:
            return (
                f"{self.pair_title}: {self.person_name} ({self.role}) rated satisfaction "
                f"{self.score:g} of 5 on {when}"
            )
        if self.kind == AttentionKind.NO_SESSION:
            plural = "session" if self.count == 1 else "sessions"
            return (
                f"{self.pair_title}: {self.person_name} ({self.role}) attended none of "
                f"{self.count} group {plural} since the match began on {when}"
            )
        return (
            f"{self.pair_title}: staff check-in with {self.person_name} ({self.role}) "
            f"overdue since {when}"
        )


@dataclass
class _Pair:
    id: int
    status: PairStatus
    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str
    started: date


@dataclass(frozen=True)
class _Meeting:
    id: int
    kind: MeetingKind
    pair_id: int | None
    participant_id: int | None
    day: date
    starts_at: datetime
    status: MeetingStatus


def _pairs(session: Session, program_id: int) -> dict[int, _Pair]:
    mentor, mentee = aliased(Participant), aliased(Participant)
    mentor_person, mentee_person = aliased(Person), aliased(Person)
    query = (
        select(
            Pair.id,
            Pair.status,
            Pair.mentor_id,
            Pair.mentee_id,
            mentor_person.full_name,
            mentee_person.full_name,
            Pair.started_on,
            Pair.created_at,
        )
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .join(mentor_person, mentor_person.id == mentor.person_id)
        .join(mentee_person, mentee_person.id == mentee.person_id)
        .where(
            Pair.program_id == program_id,
            Pair.status.in_([PairStatus.ACTIVE, PairStatus.PAUSED]),
        )
    )
    found: dict[int, _Pair] = {}
    for (
        pid,
        status,
        mentor_id,
        mentee_id,
        mentor_name,
        mentee_name,
        started,
        created,
    ) in session.execute(query):
        begun = started or zones.local_date(created, zones.local_zone_name())
        found[pid] = _Pair(pid, status, mentor_id, mentee_id, mentor_name, mentee_name, begun)
    return found


def _meetings(session: Session, program_id: int, now: datetime) -> list[_Meeting]:
    query = (
        select(
            Meeting.id,
            Meeting.kind,
            Meeting.pair_id,
            Meeting.participant_id,
            Meeting.starts_at,
            Meeting.timezone,
            Meeting.status,
        )
        .where(
            Meeting.program_id == program_id,
            # Meetings still to come matter only once logged (cancelled ahead of time).
            or_(Meeting.status != MeetingStatus.SCHEDULED, Meeting.starts_at < now),
            # Meetings PeerDesk itself took off the calendar when a pair ended or paused
            # were never missed by anyone.
            Meeting.cancel_reason.is_(None),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return [
        _Meeting(mid, kind, pair_id, part_id, zones.local_date(starts, tz), starts, status)
        for mid, kind, pair_id, part_id, starts, tz, status in session.execute(query)
    ]


def find_attention(
    session: Session, program_id: int, *, today: date | None = None, now: datetime | None = None
) -> list[AttentionItem]:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFound(what="That program")
    today = today or zones.today_in()
    now = now or datetime.now(UTC)
    pairs = _pairs(session, program_id)
    meetings = _meetings(session, program_id, now)
    by_pair: dict[int, list[_Meeting]] = defaultdict(list)
    checkins: dict[int, list[_Meeting]] = defaultdict(list)
    for m in meetings:
        if m.kind == MeetingKind.PAIR and m.pair_id is not None:
            by_pair[m.pair_id].append(m)
        elif m.kind == MeetingKind.STAFF_CHECKIN and m.participant_id is not None:
            checkins[m.participant_id].append(m)
    items: list[AttentionItem] = []
    for pair in pairs.values():
        mine = by_pair.get(pair.id, [])
        items.extend(_unlogged(pair, mine, today))
        if pair.status != PairStatus.ACTIVE:
            continue
        items.extend(_no_meeting(pair, mine, today, program.attention_no_meeting_weeks))
        items.extend(_missed(pair, mine, program.attention_missed_in_row))
    items.extend(_low_satisfaction(session, program_id, pairs))
    items.extend(_checkins_overdue(pairs, checkins, program.checkin_cadence, today))
    items.extend(_no_session(session, program_id, pairs, now))
    items.sort(key=lambda i: (ORDER[i.kind], i.since or today, i.pair_title.casefold()))
    return items


def _item(pair: _Pair, kind: AttentionKind, **fields: object) -> AttentionItem:
    return AttentionItem(kind, pair.id, pair.mentor_name, pair.mentee_name, **fields)  # type: ignore[arg-type]


def _unlogged(pair: _Pair, meetings: list[_Meeting], today: date) -> list[AttentionItem]:
    late = [m for m in meetings if m.status == MeetingStatus.SCHEDULED and m.day < today]
    if not late:
        return []
    return [
        _item(
            pair,
            AttentionKind.UNLOGGED,
            since=late[0].day,
            count=len(late),
            meeting_ids=tuple(m.id for m in late),
            days=tuple(m.day for m in late),
        )
    ]


def _no_meeting(
    pair: _Pair, meetings: list[_Meeting], today: date, weeks: int
) -> list[AttentionItem]:
    if weeks <= 0:
        return []
    held = [m.day for m in meetings if m.status == MeetingStatus.HELD and m.day <= today]
    since = max(held) if held else pair.started
    quiet = (today - since).days
    if quiet < weeks * 7:
        return []
    return [_item(pair, AttentionKind.NO_MEETING, since=since, weeks=quiet // 7)]


def _missed(pair: _Pair, meetings: list[_Meeting], in_row: int) -> list[AttentionItem]:
    if in_row <= 0:
        return []
    streak: list[_Meeting] = []
    for m in reversed([m for m in meetings if m.status != MeetingStatus.SCHEDULED]):
        if m.status not in MISSED:
            break
        streak.append(m)
    if len(streak) < in_row:
        return []
    return [
        _item(
            pair,
            AttentionKind.MISSED_IN_ROW,
            since=streak[-1].day,
            count=len(streak),
            meeting_ids=tuple(m.id for m in reversed(streak)),
        )
    ]


def _low_satisfaction(
    session: Session, program_id: int, pairs: dict[int, _Pair]
) -> list[AttentionItem]:
    """Someone in an active pair whose latest satisfaction answer is low."""
    from peerdesk.models import SurveyAnswer, SurveyQuestion, SurveyResponse
    from peerdesk.surveys.questions import SATISFACTION

    members = _matched_people(pairs)
    if not members:
        return []
    rows = session.execute(
        select(
            SurveyResponse.participant_id,
            SurveyResponse.responded_at,
            SurveyQuestion.measure,
            SurveyAnswer.value_number,
        )
        .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
        .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
        .where(
            SurveyResponse.program_id == program_id,
            SurveyResponse.participant_id.in_(list(members)),
            SurveyAnswer.value_number.is_not(None),
        )
        .order_by(SurveyResponse.responded_at, SurveyResponse.id)
    ).all()
    latest: dict[int, tuple[datetime, float]] = {}
    wanted = SATISFACTION.casefold()
    for participant_id, answered, measure, value in rows:
        if measure and measure.strip().casefold() == wanted and value is not None:
            latest[int(participant_id)] = (answered, float(value))
    items: list[AttentionItem] = []
    for participant_id, (answered, value) in latest.items():
        if value > LOW_SATISFACTION:
            continue
        pair, role = members[participant_id]
        name = pair.mentor_name if role == "mentor" else pair.mentee_name
        items.append(
            _item(
                pair,
                AttentionKind.LOW_SATISFACTION,
                since=zones.local_date(answered, zones.local_zone_name()),
                participant_id=participant_id,
                person_name=name,
                role=role,
                score=value,
            )
        )
    return items


def _checkins_overdue(
    pairs: dict[int, _Pair],
    checkins: dict[int, list[_Meeting]],
    cadence: CheckinCadence,
    today: date,
) -> list[AttentionItem]:
    if cadence == CheckinCadence.NONE:
        return []
    items: list[AttentionItem] = []
    for participant_id, (pair, role) in _matched_people(pairs).items():
        mine = checkins.get(participant_id, [])
        late = [m for m in mine if m.status == MeetingStatus.SCHEDULED and m.day < today]
        held = [m.day for m in mine if m.status == MeetingStatus.HELD and m.day <= today]
        if late:
            since, ids = late[0].day, tuple(m.id for m in late)
        else:
            due = next_due(cadence, max(held) if held else pair.started)
            if today <= due + CHECKIN_GRACE:
                continue
            since, ids = due, ()
        name = pair.mentor_name if role == "mentor" else pair.mentee_name
        items.append(
            _item(
                pair,
                AttentionKind.CHECKIN_OVERDUE,
                since=since,
                count=len(ids),
                participant_id=participant_id,
                person_name=name,
                role=role,
                meeting_ids=ids,
            )
        )
    return items


def _matched_people(pairs: dict[int, _Pair]) -> dict[int, tuple[_Pair, str]]:
    """Each person in an active pair, with their earliest such pair and their role in it."""
    people: dict[int, tuple[_Pair, str]] = {}
    for pair in sorted(pairs.values(), key=lambda p: (p.started, p.id)):
        if pair.status == PairStatus.ACTIVE:
            people.setdefault(pair.mentor_id, (pair, "mentor"))
            people.setdefault(pair.mentee_id, (pair, "mentee"))
    return people


def _no_session(
    session: Session, program_id: int, pairs: dict[int, _Pair], now: datetime
) -> list[AttentionItem]:
    """Someone in an active pair marked at sessions held since their match began, and
    attended none of them."""
    from peerdesk.groups.statuses import ATTENDED, CANCELLED, MARKS
    from peerdesk.models import GroupSession, SessionAttendance

    people = _matched_people(pairs)
    if not people:
        return []
    rows = session.execute(
        select(
            SessionAttendance.participant_id,
            SessionAttendance.status,
            GroupSession.id,
            GroupSession.starts_at,
            GroupSession.timezone,
        )
        .join(GroupSession, GroupSession.id == SessionAttendance.session_id)
        .where(
            GroupSession.program_id == program_id,
            GroupSession.status != CANCELLED,
            GroupSession.starts_at < now,
            SessionAttendance.status.in_(MARKS),
            SessionAttendance.participant_id.in_(list(people)),
        )
        .order_by(GroupSession.starts_at, GroupSession.id)
    ).all()
    missed: dict[int, list[int]] = defaultdict(list)
    attended: set[int] = set()
    days: dict[int, date] = {}  # each session's local day, worked out once
    for participant_id, status, session_id, starts_at, zone in rows:
        pair, _role = people[participant_id]
        if session_id not in days:
            days[session_id] = zones.local_date(starts_at, zone)
        if days[session_id] < pair.started:
            continue  # before the match: not what this rule asks
        if status == ATTENDED:
            attended.add(participant_id)
        else:
            missed[participant_id].append(session_id)
    items: list[AttentionItem] = []
    for participant_id, session_ids in missed.items():
        if participant_id in attended:
            continue
        pair, role = people[participant_id]
        items.append(
            _item(
                pair,
                AttentionKind.NO_SESSION,
                since=pair.started,
                count=len(session_ids),
                participant_id=participant_id,
                person_name=pair.mentor_name if role == "mentor" else pair.mentee_name,
                role=role,
                meeting_ids=tuple(session_ids),
            )
        )
    return items


def attention_items(
    db: Database, program_id: int, *, today: date | None = None, now: datetime | None = None
) -> list[AttentionItem]:
    """Everything that needs attention in a program, most urgent kinds first."""
    with db.reading() as session:
        return find_attention(session, program_id, today=today, now=now)


# -- the list a coordinator reads ----------------------------------------------------------


@dataclass(frozen=True)
class PairAttention:
    """One pair and every reason it needs attention (not-logged meetings aside)."""

    pair_id: int
    mentor_name: str
    mentee_name: str
    items: tuple[AttentionItem, ...]  # most urgent first

    @property
    def pair_title(self) -> str:
        return f"{self.mentor_name} & {self.mentee_name}"

    @property
    def kinds(self) -> frozenset[AttentionKind]:
        return frozenset(i.kind for i in self.items)

    def urgency(self) -> tuple[int, int, int, str]:
        """Sorts the most urgent pair first: its worst reason, then how bad, then by name."""
        worst = self.items[0]
        streak = max(
            (i.count for i in self.items if i.kind == AttentionKind.MISSED_IN_ROW), default=0
        )
        weeks = max((i.weeks for i in self.items if i.kind == AttentionKind.NO_MEETING), default=0)
        return (ORDER[worst.kind], -streak, -weeks, self.pair_title.casefold())


@dataclass(frozen=True)
class UnloggedDay:
    """The meetings of one past day that nobody has logged yet."""

    day: date
    meeting_ids: tuple[int, ...]
    pair_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.meeting_ids)


@dataclass(frozen=True)
class AttentionList:
    pairs: tuple[PairAttention, ...]
    unlogged_days: tuple[UnloggedDay, ...]  # oldest first

    @property
    def count(self) -> int:
        """The "needs attention" figure: a line per pair, and one per day left unlogged."""
        return len(self.pairs) + len(self.unlogged_days)

    @property
    def unlogged_meetings(self) -> int:
        return sum(d.count for d in self.unlogged_days)

    def only(self, kind: AttentionKind | None) -> AttentionList:
        """The entries for one reason (``None``: all of them)."""
        if kind is None:
            return self
        if kind == AttentionKind.UNLOGGED:
            return AttentionList((), self.unlogged_days)
        return AttentionList(tuple(p for p in self.pairs if kind in p.kinds), ())


def group_attention(items: list[AttentionItem]) -> AttentionList:
    """People first: one entry per pair by urgency, then unlogged meetings by day."""
    by_pair: dict[int, list[AttentionItem]] = defaultdict(list)
    days: dict[date, list[tuple[int, int]]] = defaultdict(list)
    for item in items:
        if item.kind == AttentionKind.UNLOGGED:
            for meeting_id, day in zip(item.meeting_ids, item.days, strict=True):
                days[day].append((meeting_id, item.pair_id))
        else:
            by_pair[item.pair_id].append(item)
    pairs = [
        PairAttention(
            found[0].pair_id,
            found[0].mentor_name,
            found[0].mentee_name,
            tuple(sorted(found, key=lambda i: (ORDER[i.kind], i.since or date.min))),
        )
        for found in by_pair.values()
    ]
    pairs.sort(key=PairAttention.urgency)
    unlogged = [
        UnloggedDay(
            day,
            tuple(m for m, _p in sorted(found)),
            tuple(sorted({p for _m, p in found})),
        )
        for day, found in sorted(days.items())
    ]
    return AttentionList(tuple(pairs), tuple(unlogged))


def attention_list(
    db: Database, program_id: int, *, today: date | None = None, now: datetime | None = None
) -> AttentionList:
    """What needs attention in a program, as the Calendar and the Dashboard show it."""
    return group_attention(attention_items(db, program_id, today=today, now=now))


def attention_count(
    db: Database, program_id: int, *, today: date | None = None, now: datetime | None = None
) -> int:
    """The one "needs attention" figure, the same on every screen."""
    return attention_list(db, program_id, today=today, now=now).count
