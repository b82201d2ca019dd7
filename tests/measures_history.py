"""A program with known match histories, for the measures tests (issue #19).

Eight matches in a cycle from 6 January to 19 December 2025, read after the cycle
(today: 15 January 2026), so the period's observed end is 19 December 2025. Their
lengths in days, and whether they ended (``*`` = still running, censored):

====  =======  ==========  ==========  ======  =========================  ===========
pair  length   started     ended       status  reason                     outcome
====  =======  ==========  ==========  ======  =========================  ===========
1     30       2025-01-06  2025-02-05  ended   Lost contact               ended early
2     60       2025-01-06  2025-03-07  ended   (none)                     ended early
3     90*      2025-09-20              active
4     120      2025-02-10  2025-06-10  ended   Lost contact               ended early
5     150*     2025-07-22              paused
6     200      2025-03-03  2025-09-19  ended   Goals reached              completed
7     347*     2025-01-06              active
8     347      2025-01-06  2025-12-19  ended   Program ended              completed
====  =======  ==========  ==========  ======  =========================  ===========

Pair 4's mentee is pair 1's mentee, matched again (a rematch). Every value the
tests expect is worked out by hand in tests/unit/test_measures.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from peerdesk.database import Database
from peerdesk.enums import (
    Cadence,
    CheckinCadence,
    MeetingKind,
    MeetingStatus,
    PairOutcome,
    PairStatus,
    ParticipantStatus,
    Role,
    StepKind,
    SurveyKind,
)
from peerdesk.models import (
    Meeting,
    Pair,
    Participant,
    Person,
    ProgramStep,
    StepRecord,
    SurveyResponse,
)
from peerdesk.program import programs
from peerdesk.program.settings import default_steps

START, END = date(2025, 1, 6), date(2025, 12, 19)
TODAY = date(2026, 1, 15)
EARLY, DONE = PairOutcome.ENDED_EARLY, PairOutcome.COMPLETED


@dataclass(frozen=True)
class Match:
    started: date
    ended: date | None
    status: PairStatus
    outcome: PairOutcome | None = None
    reason: str | None = None
    signed: bool = True
    first_meeting: int | None = None  # days after the start
    meetings: int = 0  # held, every 14 days from the first


MATCHES: dict[int, Match] = {
    1: Match(START, date(2025, 2, 5), PairStatus.ENDED, EARLY, "Lost contact: no reply"),
    2: Match(START, date(2025, 3, 7), PairStatus.ENDED, EARLY, None, first_meeting=3, meetings=2),
    3: Match(date(2025, 9, 20), None, PairStatus.ACTIVE, signed=False, first_meeting=7, meetings=3),
    4: Match(
        date(2025, 2, 10), date(2025, 6, 10), PairStatus.ENDED, EARLY, "Lost contact",
        first_meeting=14, meetings=4,
    ),
    5: Match(date(2025, 7, 22), None, PairStatus.PAUSED, signed=False, first_meeting=10,
             meetings=5),
    6: Match(date(2025, 3, 3), date(2025, 9, 19), PairStatus.ENDED, DONE, "Goals reached",
             first_meeting=1, meetings=6),
    7: Match(START, None, PairStatus.ACTIVE, first_meeting=21, meetings=20),
    8: Match(START, END, PairStatus.ENDED, DONE, "Program ended", first_meeting=5, meetings=10),
}  # fmt: skip
# Days from sign-up to match: mentors of pairs 1-4 waited 5 days, of pairs 5-8 40 days;
# mentees of pairs 1, 2, 3, 5, 6, 7 waited 20, 30, 40, 50, 60, 70 days; pair 8's mentee
# has no sign-up date (added to the file later): left out.
MENTOR_WAIT = {1: 5, 2: 5, 3: 5, 4: 5, 5: 40, 6: 40, 7: 40, 8: 40}
MENTEE_WAIT = {1: 20, 2: 30, 3: 40, 5: 50, 6: 60, 7: 70}


@dataclass
class History:
    program_id: int
    pairs: dict[int, int] = field(default_factory=dict)  # match number -> pair id
    mentors: dict[int, int] = field(default_factory=dict)  # match number -> participant id
    mentees: dict[int, int] = field(default_factory=dict)
    persons: dict[int, int] = field(default_factory=dict)  # participant id -> person id
    unmatched: list[int] = field(default_factory=list)

    def pair_ids(self, *numbers: int) -> tuple[int, ...]:
        return tuple(sorted(self.pairs[n] for n in numbers))


def make_program(
    db: Database,
    name: str = "Harbour Mentoring 2025",
    *,
    start: date | None = START,
    end: date | None = END,
    checkins: CheckinCadence = CheckinCadence.NONE,
) -> int:
    settings = replace(
        programs.quick_settings(name), start_date=start, end_date=end, checkin_cadence=checkins,
        meeting_cadence=Cadence.BIWEEKLY, steps=default_steps(),
    )  # fmt: skip
    return programs.create_program(db, settings)


def person(session: object, program_id: int, n: int, role: Role, joined: date | None,
           person_id: int | None = None) -> Participant:  # fmt: skip
    participant = Participant(
        program_id=program_id,
        role=role,
        status=ParticipantStatus.MATCHED,
        joined_on=joined,
    )
    if person_id is None:
        participant.person = Person(full_name=f"Person {n}", email=f"p{n}@example.org")
    else:
        participant.person_id = person_id
    session.add(participant)  # type: ignore[attr-defined]
    return participant


def meeting(program_id: int, pair_id: int, day: date, n: int, *, status: MeetingStatus =
            MeetingStatus.HELD, kind: MeetingKind = MeetingKind.PAIR,
            participant_id: int | None = None, at: time = time(12, 0),
            zone: str = "Europe/London") -> Meeting:  # fmt: skip
    return Meeting(
        uid=f"h-{program_id}-{pair_id}-{day.isoformat()}-{n}-{kind.value}@example.org",
        program_id=program_id,
        kind=kind,
        pair_id=pair_id,
        participant_id=participant_id,
        starts_at=datetime.combine(day, at, tzinfo=UTC),
        timezone=zone,
        status=status,
    )


def build_history(db: Database) -> History:
    """The eight matches above, their meetings, steps and surveys; two people unmatched."""
    program_id = make_program(db)
    history = History(program_id)
    with db.transaction() as s:
        steps = {
            step.kind: step
            for step in s.query(ProgramStep).filter(ProgramStep.program_id == program_id)
        }
        mentee_of: dict[int, Participant] = {}
        for n, match in MATCHES.items():
            mentor = person(s, program_id, 100 + n, Role.MENTOR,
                            match.started - timedelta(days=MENTOR_WAIT[n]))  # fmt: skip
            if n == 4:
                mentee = mentee_of[1]  # pair 1's mentee, matched again
            else:
                wait = MENTEE_WAIT.get(n)
                joined = None if wait is None else match.started - timedelta(days=wait)
                mentee = person(s, program_id, 200 + n, Role.MENTEE, joined)
            mentee_of[n] = mentee
            s.flush()
            pair = Pair(
                program_id=program_id, mentor_id=mentor.id, mentee_id=mentee.id,
                status=match.status, outcome=match.outcome, started_on=match.started,
                ended_on=match.ended, end_reason=match.reason,
                agreement_signed_on=match.started if match.signed else None,
            )  # fmt: skip
            s.add(pair)
            s.flush()
            history.pairs[n] = pair.id
            history.mentors[n] = mentor.id
            history.mentees[n] = mentee.id
            if match.first_meeting is not None:
                for k in range(match.meetings):
                    day = match.started + timedelta(days=match.first_meeting + 14 * k)
                    s.add(meeting(program_id, pair.id, day, k))
        # Meetings that are not held ones count for nothing: a cancelled meeting, one
        # PeerDesk took off the calendar, a staff check-in.
        s.add(meeting(program_id, history.pairs[7], date(2025, 12, 1), 90,
                      status=MeetingStatus.CANCELLED))  # fmt: skip
        s.add(meeting(program_id, history.pairs[8], date(2025, 12, 2), 91,
                      kind=MeetingKind.STAFF_CHECKIN,
                      participant_id=history.mentors[8]))  # fmt: skip
        for n in (300, 301):
            extra = person(s, program_id, n, Role.MENTEE, date(2025, 11, 1))
            extra.status = ParticipantStatus.READY
            s.flush()
            history.unmatched.append(extra.id)
        s.flush()
        # Screening: everyone finished the application before their match, but pair 2's
        # mentor (the day after) and pair 3's mentee (never). Training: everyone, in time.
        for n, match in MATCHES.items():
            for who in (history.mentors[n], history.mentees[n]):
                if n == 4 and who == history.mentees[4]:
                    continue  # pair 1's mentee: recorded once
                late = n == 2 and who == history.mentors[2]
                if not (n == 3 and who == history.mentees[3]):
                    s.add(StepRecord(
                        participant_id=who, step_id=steps[StepKind.SCREENING].id,
                        completed_on=match.started + timedelta(days=1 if late else -3),
                    ))  # fmt: skip
                s.add(StepRecord(participant_id=who, step_id=steps[StepKind.TRAINING].id,
                                 completed_on=match.started))  # fmt: skip
        # Closing surveys: pair 1's mentee about pair 1 (not about pair 4), pair 8's
        # mentor about pair 8, pair 6's mentor about no pair in particular.
        # Pre and post: pair 6's mentee answered both, pair 8's mentee only the pre.
        answered = datetime(2025, 12, 20, 10, tzinfo=UTC)
        for who, pair_id, kind in (
            (history.mentees[1], history.pairs[1], SurveyKind.CLOSING),
            (history.mentors[8], history.pairs[8], SurveyKind.CLOSING),
            (history.mentors[6], None, SurveyKind.CLOSING),
            (history.mentees[6], None, SurveyKind.PRE),
            (history.mentees[6], None, SurveyKind.POST),
            (history.mentees[8], None, SurveyKind.PRE),
        ):
            s.add(SurveyResponse(program_id=program_id, participant_id=who, pair_id=pair_id,
                                 kind=kind, responded_at=answered))  # fmt: skip
        s.flush()
        for participant in s.query(Participant).filter(Participant.program_id == program_id):
            history.persons[participant.id] = participant.person_id
    return history


def add_next_cycle(db: Database, history: History) -> tuple[int, list[int]]:
    """The 2026 cycle: pair 7's mentor mentors again, pair 8's mentee becomes a mentor,
    pair 3's mentee comes back as a mentee, and two people are new. Returns its id and
    its participants (the three returning first)."""
    program_id = make_program(
        db, "Harbour Mentoring 2026", start=date(2026, 1, 12), end=date(2026, 12, 18)
    )
    returning = (
        (history.mentors[7], Role.MENTOR),
        (history.mentees[8], Role.MENTOR),
        (history.mentees[3], Role.MENTEE),
    )
    ids: list[int] = []
    with db.transaction() as s:
        made = [
            person(s, program_id, 0, role, date(2026, 1, 5), history.persons[old])
            for old, role in returning
        ]
        made += [person(s, program_id, 400 + n, Role.MENTEE, date(2026, 1, 5)) for n in (1, 2)]
        s.flush()
        ids = [p.id for p in made]
    return program_id, ids
