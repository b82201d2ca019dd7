"""People's names are sorted as people read them, accents and case aside (issue 22)."""

from __future__ import annotations

from datetime import date, time

from calendar_data import make_program

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.groups import sessions as gs
from peerdesk.people.names import folded, name_key

NAMES = ("Zoe Quinn", "łucja Nowak", "Łukasz Wiśniewski", "Émile Roy", "ana Diaz", "Søren Ødegård")
READ_ORDER = [
    "ana Diaz",
    "Émile Roy",
    "łucja Nowak",
    "Łukasz Wiśniewski",
    "Søren Ødegård",
    "Zoe Quinn",
]


def test_folding_takes_off_case_and_accents_even_of_letters_unicode_keeps_whole() -> None:
    assert folded("José Núñez") == "jose nunez"
    assert folded("Łukasz") == "lukasz"
    assert folded("Søren Ødegård") == "soren odegard"
    assert folded("Straße Æsir Đorđe") == "strasse aesir dorde"
    assert sorted(NAMES, key=name_key) == READ_ORDER
    assert sorted(["Zoë", "Zoe", "zoe"], key=name_key) == ["Zoe", "Zoë", "zoe"]  # always one way


def test_a_sessions_invited_people_are_in_the_order_people_read_them(db: Database) -> None:
    program_id = make_program(db)
    for n, name in enumerate(NAMES):
        people.add_person(
            db,
            program_id,
            people.PersonData(
                full_name=name,
                email=f"p{n}@example.org",
                role=Role.MENTOR,
                status=ParticipantStatus.SCREENED,
            ),
        )
    plan = gs.SessionPlan(
        kind="training",
        title="Mentor training",
        day=date(2026, 3, 3),
        local_time=time(18, 0),
        length_minutes=90,
        timezone="Europe/London",
        invite="mentors",
    )
    [session_id] = gs.create_sessions(db, program_id, plan).created
    assert [i.name for i in gs.get_session(db, session_id).invitees] == READ_ORDER
