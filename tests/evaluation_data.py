"""An invented program with people, pairs, meetings, answers and goals, for the
evaluation, closing, workbook, summary and dashboard tests.

Everything is deterministic: the same call gives the same file. Values are
chosen so the tests can work the expected numbers out by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from peerdesk.database import Database
from peerdesk.enums import (
    MeetingKind,
    MeetingStatus,
    PairOutcome,
    PairStatus,
    ParticipantStatus,
    ProgramTemplate,
    Role,
    SurveyKind,
)
from peerdesk.models import Goal, Meeting, Pair, Participant, Person
from peerdesk.program import programs
from peerdesk.surveys.questions import ensure_default_questions, list_questions
from peerdesk.surveys.responses import ResponseData, record_response

FIRST = ["Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lin"]
LAST = ["Rivera", "Chen", "Diaz", "Okafor", "Novak", "Haddad", "Silva", "Kim", "Berg", "Moreau"]
DEPARTMENTS = ["Finance", "Nursing", "Operations"]


def name_of(n: int) -> str:
    return f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST) + n) % len(LAST)]} {n}"


def email_of(n: int) -> str:
    return f"person{n}@example.org"


@dataclass
class Program:
    program_id: int
    pairs: list[int] = field(default_factory=list)
    mentors: list[int] = field(default_factory=list)
    mentees: list[int] = field(default_factory=list)
    unmatched: list[int] = field(default_factory=list)


def make_program(
    db: Database,
    name: str = "Riverside Mentoring 2025",
    *,
    template: ProgramTemplate = ProgramTemplate.WORKPLACE,
    start: date = date(2025, 3, 3),
    end: date = date(2025, 9, 30),
) -> int:
    settings = programs.quick_settings(name, template)
    settings = replace(
        settings,
        organization_name="Riverside Community Health",
        purpose="Help new staff find their feet and grow into their roles.",
        goals="Every new starter feels they belong within three months.\n"
        "Nine in ten pairs complete the program.",
        start_date=start,
        end_date=end,
        coordinator_name="Dana Whitfield",
        coordinator_email="dana.whitfield@example.org",
    )
    return programs.create_program(db, settings)


def add_person(
    db: Database,
    program_id: int,
    n: int,
    role: Role,
    *,
    status: ParticipantStatus = ParticipantStatus.READY,
    department: str | None = None,
    cohort: str | None = None,
    gender: str | None = None,
    full_name: str | None = None,
) -> int:
    with db.transaction() as session:
        participant = Participant(
            program_id=program_id,
            person=Person(
                full_name=full_name or name_of(n),
                email=email_of(n),
                email_key=email_of(n),
                gender=gender,
            ),
            role=role,
            status=status,
            department=department,
            cohort=cohort,
        )
        session.add(participant)
        session.flush()
        return participant.id


def add_pair(
    db: Database,
    program_id: int,
    mentor: int,
    mentee: int,
    *,
    status: PairStatus = PairStatus.ACTIVE,
    outcome: PairOutcome | None = None,
    started: date = date(2025, 3, 10),
    ended: date | None = None,
    signed: date | None = None,
) -> int:
    with db.transaction() as session:
        pair = Pair(
            program_id=program_id,
            mentor_id=mentor,
            mentee_id=mentee,
            status=status,
            outcome=outcome,
            started_on=started if status != PairStatus.PROPOSED else None,
            ended_on=ended,
            agreement_signed_on=signed,
            end_reason="Program ended" if outcome else None,
        )
        session.add(pair)
        session.flush()
        return pair.id


def add_meetings(
    db: Database,
    program_id: int,
    pair_id: int,
    starts: list[datetime],
    *,
    status: MeetingStatus = MeetingStatus.HELD,
    length: int = 60,
    actual: int | None = None,
    zone: str = "Europe/London",
) -> None:
    with db.transaction() as session:
        for n, moment in enumerate(starts):
            session.add(
                Meeting(
                    uid=f"m-{pair_id}-{moment.isoformat()}-{n}-{status.value}@example.org",
                    program_id=program_id,
                    kind=MeetingKind.PAIR,
                    pair_id=pair_id,
                    starts_at=moment,
                    timezone=zone,
                    length_minutes=length,
                    status=status,
                    actual_minutes=actual,
                )
            )


def answer(
    db: Database,
    program_id: int,
    participant: int,
    kind: SurveyKind,
    values: dict[str, float | str | bool],
    at: datetime,
) -> int:
    """Record a response with answers keyed by measure (or question text)."""
    questions = list_questions(db, program_id, kind)
    by_label = {q.label: q.id for q in questions}
    answers: dict[int, float | str | bool | int | None] = {
        by_label[k]: v for k, v in values.items()
    }
    return record_response(db, program_id, ResponseData(participant, kind, at, answers))


# Before and after answers on "Confidence" for ten mentees: known data for the tests.
CONFIDENCE_BEFORE = [2, 3, 2, 3, 3, 2, 4, 3, 2, 3]
CONFIDENCE_AFTER = [4, 4, 3, 4, 3, 3, 5, 4, 3, 4]
BELONGING_BEFORE = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]
BELONGING_AFTER = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]  # nobody's answer changed
SATISFACTION = [5, 4, 4, 5, 3, 4, 5, 4, 2, 4]


def build_program(db: Database, name: str = "Riverside Mentoring 2025") -> Program:
    """Ten active or ended pairs with meetings, pre/post answers, check-ins and goals;
    three people still unmatched and one who withdrew."""
    program_id = make_program(db, name)
    ensure_default_questions(db, program_id)
    result = Program(program_id)
    for i in range(10):
        department = DEPARTMENTS[0] if i < 6 else DEPARTMENTS[1]
        mentor = add_person(
            db, program_id, 100 + i, Role.MENTOR, status=ParticipantStatus.MATCHED,
            department=DEPARTMENTS[2], cohort="2025", gender="Woman" if i % 2 else "Man",
        )  # fmt: skip
        mentee = add_person(
            db, program_id, 200 + i, Role.MENTEE, status=ParticipantStatus.MATCHED,
            department=department, cohort="2025", gender="Woman" if i < 7 else "Man",
        )  # fmt: skip
        if i < 6:
            pair = add_pair(db, program_id, mentor, mentee, signed=date(2025, 3, 12))
        elif i < 9:
            pair = add_pair(
                db, program_id, mentor, mentee, status=PairStatus.ENDED,
                outcome=PairOutcome.COMPLETED, ended=date(2025, 9, 1), signed=date(2025, 3, 12),
            )  # fmt: skip
        else:
            pair = add_pair(
                db, program_id, mentor, mentee, status=PairStatus.ENDED,
                outcome=PairOutcome.ENDED_EARLY, ended=date(2025, 6, 1),
            )  # fmt: skip
        result.pairs.append(pair)
        result.mentors.append(mentor)
        result.mentees.append(mentee)
        # Two held meetings a month from March to June, one cancelled in July.
        starts = [
            datetime(2025, month, day, 16, 0, tzinfo=UTC)
            for month in (3, 4, 5, 6)
            for day in (5, 19)
        ]
        add_meetings(db, program_id, pair, starts, actual=45 if i == 0 else None)
        add_meetings(
            db, program_id, pair, [datetime(2025, 7, 3, 16, tzinfo=UTC)],
            status=MeetingStatus.CANCELLED,
        )  # fmt: skip
        answer(
            db, program_id, mentee, SurveyKind.PRE,
            {"Confidence": CONFIDENCE_BEFORE[i], "Sense of belonging": BELONGING_BEFORE[i]},
            datetime(2025, 3, 5, 9, tzinfo=UTC),
        )  # fmt: skip
        answer(
            db, program_id, mentee, SurveyKind.POST,
            {"Confidence": CONFIDENCE_AFTER[i], "Sense of belonging": BELONGING_AFTER[i]},
            datetime(2025, 9, 20, 9, tzinfo=UTC),
        )  # fmt: skip
        answer(
            db, program_id, mentee, SurveyKind.CHECKIN,
            {"Satisfaction": SATISFACTION[i], "Meetings reported": 2},
            datetime(2025, 5, 1, 9, tzinfo=UTC),
        )  # fmt: skip
        with db.transaction() as session:
            session.add(
                Goal(
                    pair_id=pair,
                    text=f"Lead a team meeting ({i})",
                    target_date=date(2025, 8, 1),
                    progress=100 if i < 4 else 40,
                )
            )
    for n in range(3):
        result.unmatched.append(add_person(db, program_id, 300 + n, Role.MENTEE))
    add_person(db, program_id, 400, Role.MENTEE, status=ParticipantStatus.WITHDRAWN)
    return result


def days(start: date, count: int) -> list[date]:
    return [start + timedelta(days=n) for n in range(count)]
