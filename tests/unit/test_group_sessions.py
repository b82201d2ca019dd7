"""Group sessions (issue 22): kinds, creating one or a series, who is invited, editing,
cancelling, deleting, undo and redo, and reading them for the calendar and the lists."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from calendar_data import add_pairs, make_program
from sqlalchemy import select

from peerdesk.calendar import zones
from peerdesk.calendar.series import Scope
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.groups import kinds as session_kinds
from peerdesk.groups import sessions as gs
from peerdesk.groups.kinds import DEFAULT_KINDS, KindSetting
from peerdesk.models import (
    ChangeRecord,
    GroupSession,
    Participant,
    SessionAttendance,
)

LONDON = "Europe/London"
PAIRS = 6  # 6 mentors, 6 mentees


def plan(**changes: object) -> gs.SessionPlan:
    base = gs.SessionPlan(
        kind="training",
        title="Mentor training",
        day=date(2026, 3, 3),
        local_time=time(18, 0),
        length_minutes=90,
        timezone=LONDON,
        invite="mentors",
    )
    return gs.SessionPlan(**{**base.__dict__, **changes})  # type: ignore[arg-type]


@pytest.fixture
def program(db: Database) -> int:
    program_id = make_program(db)
    add_pairs(db, program_id, PAIRS)
    return program_id


def participants(db: Database, program_id: int, role: Role) -> list[int]:
    with db.reading() as session:
        return sorted(
            session.scalars(
                select(Participant.id).where(
                    Participant.program_id == program_id, Participant.role == role
                )
            )
        )


def invited(db: Database, session_id: int) -> dict[int, str]:
    with db.reading() as session:
        return dict(
            session.execute(
                select(SessionAttendance.participant_id, SessionAttendance.status).where(
                    SessionAttendance.session_id == session_id
                )
            ).all()
        )


def set_status(db: Database, session_id: int, participant_id: int, status: str) -> None:
    with db.transaction() as session:
        row = session.scalars(
            select(SessionAttendance).where(
                SessionAttendance.session_id == session_id,
                SessionAttendance.participant_id == participant_id,
            )
        ).one()
        row.status = status


def test_new_programs_get_the_default_kinds(db: Database) -> None:
    program_id = make_program(db)
    found = session_kinds.list_kinds(db, program_id)
    assert [(k.key, k.name, k.colour) for k in found] == list(DEFAULT_KINDS)
    assert [k.position for k in found] == list(range(len(DEFAULT_KINDS)))


def test_a_single_session_invites_the_mentors(db: Database, program: int) -> None:
    changes = gs.create_sessions(db, program, plan())
    [session_id] = changes.created
    assert invited(db, session_id) == {p: "invited" for p in participants(db, program, Role.MENTOR)}
    [row] = gs.list_sessions(db, program)
    assert (row.id, row.kind_name, row.colour, row.label) == (
        session_id,
        "Training",
        "#2e7d32",
        "Mentor training",
    )
    assert (row.invited, row.attended, row.excused, row.absent, row.unmarked) == (6, 0, 0, 0, 6)
    assert row.local_start == datetime(2026, 3, 3, 18, 0, tzinfo=zones.zone(LONDON))
    assert row.series_key is None and row.occurrence_date is None and row.sequence == 0
    assert row.uid.endswith("@peerdesk")
    assert changes.kinds == frozenset({"meetings"}) and not changes.warnings
    with db.reading() as session:
        record = session.scalars(
            select(ChangeRecord).where(ChangeRecord.entity == "group_session")
        ).one()
        assert (record.entity_id, record.action) == (session_id, "create_sessions")
        assert record.details["session_ids"] == [session_id]


@pytest.mark.parametrize(
    ("invite", "roles"),
    [("mentees", {Role.MENTEE}), ("everyone", {Role.MENTOR, Role.MENTEE})],
)
def test_mentees_and_everyone(db: Database, program: int, invite: str, roles: set[Role]) -> None:
    [session_id] = gs.create_sessions(db, program, plan(invite=invite)).created
    expected = sorted(p for role in roles for p in participants(db, program, role))
    assert sorted(invited(db, session_id)) == expected


def test_withdrawn_people_are_not_invited(db: Database, program: int) -> None:
    gone = participants(db, program, Role.MENTOR)[0]
    with db.transaction() as session:
        participant = session.get(Participant, gone)
        assert participant is not None
        participant.status = ParticipantStatus.WITHDRAWN
    [session_id] = gs.create_sessions(db, program, plan()).created
    assert gone not in invited(db, session_id)
    assert len(invited(db, session_id)) == PAIRS - 1


def test_a_fortnightly_series_keeps_its_wall_clock_time(db: Database, program: int) -> None:
    # 3 March to 14 April 2026 crosses the UK's clock change (29 March).
    repeat = gs.Repeat("2w", last_date=date(2026, 4, 14), skip_dates=(date(2026, 3, 17),))
    changes = gs.create_sessions(db, program, plan(repeat=repeat))
    rows = gs.list_sessions(db, program)
    assert [r.id for r in rows] == changes.created
    assert [r.local_start.date() for r in rows] == [
        date(2026, 3, 3),
        date(2026, 3, 31),
        date(2026, 4, 14),
    ]
    assert {r.local_start.time() for r in rows} == {time(18, 0)}
    assert len({r.series_key for r in rows}) == 1 and rows[0].series_key is not None
    assert [r.occurrence_date for r in rows] == [r.local_start.date() for r in rows]
    assert len({r.uid for r in rows}) == 3
    assert all(r.invited == PAIRS for r in rows)


def test_sessions_between_gives_those_overlapping_the_span(db: Database, program: int) -> None:
    repeat = gs.Repeat("1w", last_date=date(2026, 3, 31))
    gs.create_sessions(db, program, plan(repeat=repeat))  # 3, 10, 17, 24, 31 March
    start = zones.to_utc(date(2026, 3, 10), time(19, 0), LONDON)  # inside the 10th's
    end = zones.to_utc(date(2026, 3, 24), time(18, 0), LONDON)  # the 24th's start: out
    found = gs.sessions_between(db, program, start, end)
    assert [r.local_start.date() for r in found] == [date(2026, 3, 10), date(2026, 3, 17)]
    week = gs.week_sessions(db, program, date(2026, 3, 19), LONDON)
    assert [r.local_start.date() for r in week] == [date(2026, 3, 17)]
