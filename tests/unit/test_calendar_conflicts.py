"""A person in two meetings at once is a warning, with who and when."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from calendar_data import add_pairs, make_program, person_name

from peerdesk.calendar.conflicts import find_conflicts
from peerdesk.calendar.meeting_log import log_meeting
from peerdesk.calendar.series import SeriesPlan, move_meeting, schedule_meeting, schedule_series
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus

LONDON = "Europe/London"


def weekly(**changes: object) -> SeriesPlan:
    base = SeriesPlan(
        cadence="1w",
        weekday=1,
        local_time=time(17, 30),
        length_minutes=60,
        first_date=date(2026, 3, 3),
        last_date=date(2026, 3, 24),
        timezone=LONDON,
    )
    return SeriesPlan(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_a_mentor_of_two_scheduled_at_the_same_time(db: Database) -> None:
    program_id = make_program(db)
    # Pair 1 has the mentor of pair 0.
    first, second = add_pairs(db, program_id, 2, mentor_of={1: 0})
    schedule_series(db, program_id, weekly(), pair_ids=[first])
    result = schedule_series(db, program_id, weekly(), pair_ids=[second])
    assert len(result.conflicts) == 4  # every Tuesday in March
    mentor = person_name(0)
    assert {c.person_name for c in result.conflicts} == {mentor}
    assert result.warnings[0] == (
        f"{mentor} would be in two meetings at once on Tue 03 Mar 2026 at 17:30."
    )
    assert all(
        c.second_id in result.created or c.first_id in result.created for c in result.conflicts
    )


def test_different_people_or_times_do_not_conflict(db: Database) -> None:
    program_id = make_program(db)
    first, second, third = add_pairs(db, program_id, 3, mentor_of={1: 0})
    schedule_series(db, program_id, weekly(), pair_ids=[first])
    # The same mentor, right after (ending at 18:30 is not overlapping 18:30).
    later = schedule_series(db, program_id, weekly(local_time=time(18, 30)), pair_ids=[second])
    assert later.conflicts == ()
    # Other people at the very same time.
    other = schedule_series(db, program_id, weekly(), pair_ids=[third])
    assert other.conflicts == () and other.warnings == ()


def test_cancelled_meetings_hold_no_time(db: Database) -> None:
    program_id = make_program(db)
    first, second = add_pairs(db, program_id, 2, mentor_of={1: 0})
    one = schedule_meeting(
        db, program_id, first, day=date(2026, 3, 3), local_time=time(17, 0), length_minutes=60,
        timezone=LONDON,
    )  # fmt: skip
    log_meeting(db, one.created[0], MeetingStatus.CANCELLED, now=datetime(2026, 3, 1, tzinfo=UTC))
    two = schedule_meeting(
        db, program_id, second, day=date(2026, 3, 3), local_time=time(17, 30), length_minutes=60,
        timezone=LONDON,
    )  # fmt: skip
    assert two.conflicts == ()


def test_moving_a_meeting_onto_another_warns(db: Database) -> None:
    program_id = make_program(db)
    first, second = add_pairs(db, program_id, 2, mentor_of={1: 0})
    one = schedule_meeting(
        db, program_id, first, day=date(2026, 3, 3), local_time=time(17, 0), length_minutes=60,
        timezone=LONDON,
    )  # fmt: skip
    two = schedule_meeting(
        db, program_id, second, day=date(2026, 3, 4), local_time=time(17, 15), length_minutes=30,
        timezone=LONDON,
    )  # fmt: skip
    assert two.conflicts == ()
    moved = move_meeting(db, two.created[0], day=date(2026, 3, 3))
    [conflict] = moved.conflicts
    assert {conflict.first_id, conflict.second_id} == {one.created[0], two.created[0]}
    assert conflict.starts_at == datetime(2026, 3, 3, 17, 15, tzinfo=UTC)
    with db.reading() as session:
        assert len(find_conflicts(session)) == 1


def test_the_same_person_in_two_programs(db: Database) -> None:
    from peerdesk.models import Pair, Participant

    spring = make_program(db, "Spring")
    autumn = make_program(db, "Autumn")
    [pair] = add_pairs(db, spring, 1)
    with db.transaction() as session:
        mentor = session.get(Pair, pair)
        assert mentor is not None
        person_id = mentor.mentor.person_id
    [other] = add_pairs(db, autumn, 1, offset=50)
    with db.transaction() as session:
        row = session.get(Pair, other)
        assert row is not None
        again = Participant(program_id=autumn, person_id=person_id, role=row.mentor.role)
        session.add(again)
        session.flush()
        row.mentor_id = again.id
    schedule_series(db, spring, weekly(), pair_ids=[pair])
    result = schedule_series(db, autumn, weekly(), pair_ids=[other])
    assert {c.person_id for c in result.conflicts} == {person_id}
