"""Invented programs and pairs for the document tests (agreements, certificates, mail)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from peerdesk.database import Database
from peerdesk.enums import (
    MeetingKind,
    MeetingStatus,
    PairOutcome,
    PairStatus,
    ProgramTemplate,
    Role,
)
from peerdesk.models import Goal, Meeting, Pair, Participant, Person
from peerdesk.program import programs

NAMES = [
    ("José Núñez", "Zoë Müller"),
    ("Søren Ødegård", "Łukasz Wiśniewski"),
    ("Nguyễn Thị Minh Khai", "Ana Beltrán"),
    ("Chidi Okafor", "Mei Lin"),
]


def make_program(db: Database, name: str = "Spring Mentoring", **changes: Any) -> int:
    settings = programs.quick_settings(name, changes.pop("template", ProgramTemplate.WORKPLACE))
    defaults: dict[str, Any] = {
        "organization_name": "Riverside Community Center",
        "purpose": "Help new staff find their feet and grow.",
        "start_date": date(2025, 3, 3),
        "end_date": date(2025, 9, 30),
        "coordinator_name": "Dana Whitfield",
        "coordinator_email": "dana.whitfield@example.org",
        "coordinator_phone": "+1 555 0100",
    }
    defaults.update(changes)
    settings = replace(settings, **defaults)
    return programs.create_program(db, settings)


def add_pair(
    db: Database,
    program_id: int,
    mentor: str,
    mentee: str,
    *,
    status: PairStatus = PairStatus.ACTIVE,
    goals: tuple[str, ...] = (),
    started_on: date | None = date(2025, 3, 10),
    ended_on: date | None = None,
    outcome: PairOutcome | None = None,
    mentor_participant: int | None = None,
) -> int:
    """A pair between two new people (or an existing mentor); returns the pair's id."""

    def email(name: str) -> str:
        ascii_name = name.encode("ascii", "ignore").decode().lower().replace(" ", ".")
        return f"{ascii_name.strip('.') or 'someone'}@example.org"

    with db.transaction() as session:
        if mentor_participant is None:
            mentor_row = Participant(
                program_id=program_id,
                person=Person(full_name=mentor, email=email(mentor), phone="+1 555 0101"),
                role=Role.MENTOR,
            )
            session.add(mentor_row)
            session.flush()
            mentor_id = mentor_row.id
        else:
            mentor_id = mentor_participant
        mentee_row = Participant(
            program_id=program_id,
            person=Person(full_name=mentee, email=email(mentee)),
            role=Role.MENTEE,
        )
        session.add(mentee_row)
        session.flush()
        pair = Pair(
            program_id=program_id,
            mentor_id=mentor_id,
            mentee_id=mentee_row.id,
            status=status,
            started_on=started_on,
            ended_on=ended_on,
            outcome=outcome,
        )
        session.add(pair)
        session.flush()
        for text in goals:
            session.add(Goal(pair_id=pair.id, text=text))
        return pair.id


def french_completed_pair(db: Database) -> tuple[int, int]:
    """A program printing in French with one pair, Chidi Okafor and Mei Lin, that
    completed its time from 10 March to 27 June 2025; returns (program id, pair id)."""
    program = make_program(db, document_language="fr")
    pair = add_pair(
        db,
        program,
        "Chidi Okafor",
        "Mei Lin",
        status=PairStatus.ENDED,
        started_on=date(2025, 3, 10),
        ended_on=date(2025, 6, 27),
        outcome=PairOutcome.COMPLETED,
    )
    return program, pair


def participant_ids(db: Database, pair_id: int) -> tuple[int, int]:
    with db.reading() as session:
        pair = session.get(Pair, pair_id)
        assert pair is not None
        return pair.mentor_id, pair.mentee_id


def add_meeting(
    db: Database,
    program_id: int,
    pair_id: int,
    starts_at: datetime,
    *,
    status: MeetingStatus = MeetingStatus.HELD,
    length: int = 60,
    actual: int | None = None,
    timezone: str = "Europe/Paris",
    place: str = "",
) -> None:
    with db.transaction() as session:
        n = session.query(Meeting).count()
        session.add(
            Meeting(
                uid=f"m{n}-{pair_id}@example.org",
                program_id=program_id,
                kind=MeetingKind.PAIR,
                pair_id=pair_id,
                starts_at=starts_at,
                timezone=timezone,
                length_minutes=length,
                status=status,
                actual_minutes=actual,
                place=place,
            )
        )


def past(days: int) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) - timedelta(days=days)


def future(days: int) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(days=days)
