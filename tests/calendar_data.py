"""Programs with active pairs of invented people, for the calendar's tests and benchmarks."""

from __future__ import annotations

from datetime import date

from peerdesk.database import Database
from peerdesk.enums import CheckinCadence, PairStatus, ParticipantStatus, Role
from peerdesk.models import Pair, Participant, Person, Program
from peerdesk.program import programs

FIRST = ["Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lin"]
LAST = ["Rivera", "Chen", "Diaz", "Okafor", "Novak", "Haddad", "Silva", "Kim", "Berg", "Moreau"]


def person_name(n: int) -> str:
    first = FIRST[n % len(FIRST)]
    last = LAST[(n // len(FIRST) + n) % len(LAST)]
    suffix = "" if n < len(FIRST) * len(LAST) else f" {n // (len(FIRST) * len(LAST)) + 1}"
    return f"{first} {last}{suffix}"


def email_of(name: str) -> str:
    return name.lower().replace(" ", ".") + "@example.org"


def make_program(
    db: Database,
    name: str = "Spring mentoring",
    *,
    start: date = date(2026, 1, 5),
    end: date | None = date(2026, 12, 18),
    checkin: CheckinCadence = CheckinCadence.MONTHLY,
    no_meeting_weeks: int = 4,
    missed_in_row: int = 2,
    coordinator_email: str = "coordinator@example.org",
) -> int:
    settings = programs.quick_settings(name)
    settings.start_date, settings.end_date = start, end
    program_id = programs.create_program(db, settings)
    with db.transaction() as session:
        program = session.get(Program, program_id)
        assert program is not None
        program.checkin_cadence = checkin
        program.attention_no_meeting_weeks = no_meeting_weeks
        program.attention_missed_in_row = missed_in_row
        program.coordinator_name = "Pat Coordinator"
        program.coordinator_email = coordinator_email
    return program_id


def add_pairs(
    db: Database,
    program_id: int,
    count: int,
    *,
    started: date = date(2026, 1, 12),
    offset: int = 0,
    mentor_of: dict[int, int] | None = None,
) -> list[int]:
    """``count`` active pairs of new people (pair n: person 2n mentors person 2n+1).

    ``mentor_of`` gives pair n the mentor of an earlier pair instead (a mentor of two).
    """
    mentor_of = mentor_of or {}
    made: list[Pair] = []
    with db.transaction() as session:
        mentors: list[Participant] = []
        for n in range(count):
            if n in mentor_of:
                mentor = mentors[mentor_of[n]]
            else:
                mentor = _participant(program_id, offset + 2 * n, Role.MENTOR)
                session.add(mentor)
            mentors.append(mentor)
            mentee = _participant(program_id, offset + 2 * n + 1, Role.MENTEE)
            session.add(mentee)
            session.flush()
            pair = Pair(
                program_id=program_id,
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                status=PairStatus.ACTIVE,
                started_on=started,
            )
            session.add(pair)
            made.append(pair)
        session.flush()
        return [p.id for p in made]


def _participant(program_id: int, n: int, role: Role) -> Participant:
    name = person_name(n)
    return Participant(
        program_id=program_id,
        person=Person(full_name=name, email=email_of(name), email_key=email_of(name)),
        role=role,
        status=ParticipantStatus.MATCHED,
    )
