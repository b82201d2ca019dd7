"""Who is invited to which sessions, by person (peerdesk.groups.invitations): what the
calendar's pair and person filters keep a person's sessions by. On a file and a server."""

from __future__ import annotations

from datetime import date, time

from calendar_data import add_pairs, make_program
from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.groups.invitations import invited_people
from peerdesk.groups.sessions import Repeat, SessionPlan, create_sessions
from peerdesk.models import Participant, Person


def person_ids(db: Database, program_id: int, role: str) -> frozenset[int]:
    with db.reading() as session:
        return frozenset(
            session.scalars(
                select(Person.id)
                .join(Participant, Participant.person_id == Person.id)
                .where(Participant.program_id == program_id, Participant.role == role)
            )
        )


def test_each_sessions_invited_people_by_person_id(db: Database) -> None:
    program_id = make_program(db)
    add_pairs(db, program_id, 4)
    with db.reading() as session:
        picked = list(
            session.scalars(
                select(Participant.id).where(Participant.program_id == program_id).limit(2)
            )
        )
        picked_people = frozenset(
            session.scalars(select(Participant.person_id).where(Participant.id.in_(picked)))
        )
    day = date(2026, 3, 3)
    mentors = create_sessions(
        db,
        program_id,
        SessionPlan(
            kind="training", title="T", day=day, local_time=time(18), timezone="Europe/London",
            invite="mentors", repeat=Repeat("1w", date(2026, 3, 17)),
        ),
    ).created  # fmt: skip
    chosen = create_sessions(
        db,
        program_id,
        SessionPlan(
            kind="social", title="S", day=day, local_time=time(19), timezone="Europe/London",
            invite="people", people=tuple(picked),
        ),
    ).created  # fmt: skip
    found = invited_people(db, [*mentors, *chosen, 999_999])
    mentor_people = person_ids(db, program_id, "mentor")
    assert len(mentor_people) == 4
    assert {i: found[i] for i in mentors} == {i: mentor_people for i in mentors}
    assert found[chosen[0]] == picked_people
    assert found[999_999] == frozenset()  # no such session: nobody
    assert invited_people(db, []) == {}
