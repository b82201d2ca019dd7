"""Attendance at group sessions: marks, the readiness step a training completes, undo (issue 22)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import db_rows
import pytest
from fixtures_rosters import make_program
from sqlalchemy import select

from peerdesk import history, people
from peerdesk.calendar.series import Scope
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus, Role, StepKind
from peerdesk.errors import NotFound
from peerdesk.groups import attendance, sessions
from peerdesk.groups.attendance import ATTENDED, EXCUSED, INVITED
from peerdesk.models import StepRecord

# 12:30 on 14 January in Auckland, where it is held, is 23:30 on the 13th in UTC.
ZONE = "Pacific/Auckland"
DAY = date(2026, 1, 14)
TABLES = ("participant", "step_record", "session_attendance")


def add_people(db: Database, program_id: int, count: int, role: Role = Role.MENTOR) -> list[int]:
    return [
        people.add_person(
            db,
            program_id,
            people.PersonData(
                full_name=f"Mentor {n:02d}",
                email=f"mentor{n:02d}@example.org",
                role=role,
                status=ParticipantStatus.SCREENED,
            ),
        )
        for n in range(count)
    ]


def training_step(db: Database, participant_id: int) -> int:
    return next(s.step_id for s in people.step_records(db, participant_id)
                if s.kind == StepKind.TRAINING.value)  # fmt: skip


def make_session(
    db: Database,
    program_id: int,
    invited: list[int],
    *,
    step_id: int | None = None,
    day: date = DAY,
) -> int:
    """A training on ``day`` at 12:30 in Auckland (default: 14 January 2026, 23:30 on the
    13th in UTC), with these people invited."""
    plan = sessions.SessionPlan(
        kind="training",
        title="Mentor training",
        day=day,
        local_time=time(12, 30),
        length_minutes=90,
        timezone=ZONE,
        invite=sessions.Invite.PEOPLE,
        people=tuple(invited),
        completes_step_id=step_id,
    )
    [session_id] = sessions.create_sessions(db, program_id, plan).created
    return session_id


def invitees(db: Database, session_id: int) -> tuple[sessions.Invitee, ...]:
    return sessions.get_session(db, session_id).invitees


def stored(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The rows attendance touches, but row versions (undo raises them, never lowers)."""
    return {t: db_rows.table(db, t, leave_out=db_rows.VERSION) for t in TABLES}


def done_on(db: Database, participant_id: int, step_id: int) -> date | None:
    return next(
        s.completed_on for s in people.step_records(db, participant_id) if s.step_id == step_id
    )


def status(db: Database, participant_id: int) -> ParticipantStatus:
    return next(
        r.status
        for r in people.list_participants(db, db_rows.query(db, "SELECT program_id FROM "
                                                            "participant WHERE id = ?",
                                                            participant_id)[0][0])
        if r.participant_id == participant_id
    )  # fmt: skip


def test_nine_of_twelve_attend_a_training_and_undo_puts_all_twelve_back(db: Database) -> None:
    program_id = make_program(db)
    mentors = add_people(db, program_id, 12)
    step_id = training_step(db, mentors[0])
    session_id = make_session(db, program_id, mentors, step_id=step_id)
    before = stored(db)
    came, missed = mentors[:9], mentors[9:]

    changes = attendance.mark(db, session_id, came, ATTENDED)

    assert (changes.marked, changes.steps_recorded) == (9, 9)
    assert {p.participant_id: p.status for p in invitees(db, session_id)} == {
        **dict.fromkeys(came, ATTENDED),
        **dict.fromkeys(missed, INVITED),
    }
    for pid in came:
        assert done_on(db, pid, step_id) == DAY  # the session's day where it was held
    for pid in missed:
        assert done_on(db, pid, step_id) is None
    assert changes.kinds == {"meetings", "people"}
    # The readiness list follows: the training is no longer missing for those who came.
    training = next(s.name for s in people.step_records(db, came[0]) if s.step_id == step_id)
    missing = people.missing_steps(db, program_id)
    assert [pid for pid in mentors if training in missing[pid]] == missed

    attendance.undo(db, changes)
    assert stored(db) == before
    missing = people.missing_steps(db, program_id)
    assert all(training in missing[pid] for pid in mentors)
    for pid in mentors:
        assert done_on(db, pid, step_id) is None
        assert all(p.status == INVITED for p in invitees(db, session_id))

    attendance.redo(db, changes)
    assert [pid for pid in mentors if done_on(db, pid, step_id) == DAY] == came


def test_the_last_required_step_makes_people_ready_and_undo_takes_it_back(db: Database) -> None:
    program_id = make_program(db)
    ana, bo = add_people(db, program_id, 2)
    steps = people.step_records(db, ana)
    step_id = training_step(db, ana)
    others = [s.step_id for s in steps if s.required and s.step_id != step_id]
    for other in others:
        people.record_step(db, [ana, bo], other, date(2026, 12, 1))
    session_id = make_session(db, program_id, [ana, bo], step_id=step_id)
    before = stored(db)

    changes = attendance.everyone_attended(db, session_id)

    assert sorted(changes.became_ready) == sorted([ana, bo])
    assert people.readiness(db, ana).ready
    assert status(db, ana) == ParticipantStatus.READY
    attendance.undo(db, changes)
    assert stored(db) == before
    assert status(db, ana) == ParticipantStatus.SCREENED
    assert not people.readiness(db, ana).ready


def test_a_step_done_before_is_kept_and_unmarking_removes_only_the_record_it_made(
    db: Database,
) -> None:
    program_id = make_program(db)
    ana, bo = add_people(db, program_id, 2)
    step_id = training_step(db, ana)
    people.record_step(db, [ana], step_id, date(2026, 10, 1))  # trained elsewhere before
    session_id = make_session(db, program_id, [ana, bo], step_id=step_id)

    marked = attendance.everyone_attended(db, session_id)
    assert marked.steps_recorded == 1
    assert (done_on(db, ana, step_id), done_on(db, bo, step_id)) == (date(2026, 10, 1), DAY)
    assert [p.step_record_id is not None for p in invitees(db, session_id)] == [False, True]

    # Marked excused after all: the record the attendance made goes, the earlier one stays.
    unmarked = attendance.mark(db, session_id, [ana, bo], EXCUSED)
    assert unmarked.steps_removed == 1
    assert (done_on(db, ana, step_id), done_on(db, bo, step_id)) == (date(2026, 10, 1), None)
    assert db_rows.query(db, "SELECT COUNT(*) FROM step_record WHERE step_id = ?", step_id) == [
        (1,)
    ]

    attendance.undo(db, unmarked)
    assert (done_on(db, ana, step_id), done_on(db, bo, step_id)) == (date(2026, 10, 1), DAY)


def test_unmarking_keeps_the_notes_and_hours_of_a_record_written_by_hand_before(
    db: Database,
) -> None:
    """A record kept by hand without a date (hours, a note) that attending completed is
    not deleted when the mark is taken back: only its date goes again."""
    program_id = make_program(db)
    [ana] = add_people(db, program_id, 1)
    step_id = training_step(db, ana)
    people.record_step(db, [ana], step_id, None, hours=2.5, notes="Booked on the January one")
    session_id = make_session(db, program_id, [ana], step_id=step_id)

    attendance.everyone_attended(db, session_id)
    assert done_on(db, ana, step_id) == DAY

    attendance.mark(db, session_id, [ana], EXCUSED)
    [record] = [s for s in people.step_records(db, ana) if s.step_id == step_id]
    assert (record.completed_on, record.hours, record.notes) == (
        None,
        2.5,
        "Booked on the January one",
    )


def test_unmarking_removes_the_record_made_even_after_the_session_stopped_completing_it(
    db: Database,
) -> None:
    """The session completed the training when Ana was marked; it completes no step
    now. Marking her excused still takes back the record her attendance made, and undo
    brings it back."""
    program_id = make_program(db)
    [ana] = add_people(db, program_id, 1)
    step_id = training_step(db, ana)
    session_id = make_session(db, program_id, [ana], step_id=step_id)
    attendance.everyone_attended(db, session_id)
    sessions.edit_session(db, session_id, sessions.SessionEdit(completes_step_id=0))
    assert sessions.get_session(db, session_id).session.completes_step_id is None

    unmarked = attendance.mark(db, session_id, [ana], EXCUSED)
    assert unmarked.steps_removed == 1
    assert done_on(db, ana, step_id) is None
    assert [p.step_record_id for p in invitees(db, session_id)] == [None]

    attendance.undo(db, unmarked)
    assert done_on(db, ana, step_id) == DAY
    assert [p.step_record_id is not None for p in invitees(db, session_id)] == [True]


def test_a_session_completing_no_step_records_none(db: Database) -> None:
    program_id = make_program(db)
    mentors = add_people(db, program_id, 3)
    session_id = make_session(db, program_id, mentors)
    before_steps = db_rows.table(db, "step_record")

    changes = attendance.set_marks(
        db, session_id, {mentors[0]: ATTENDED, mentors[1]: EXCUSED, mentors[2]: "absent"}
    )

    assert (changes.marked, changes.steps_recorded) == (3, 0)
    assert changes.kinds == {"meetings"}
    assert db_rows.table(db, "step_record") == before_steps
    assert [p.status for p in invitees(db, session_id)] == [
        ATTENDED,
        EXCUSED,
        "absent",
    ]
    again = attendance.set_marks(db, session_id, {mentors[0]: ATTENDED})
    assert again.marked == 0 and again.kinds == frozenset()


def test_bad_requests_change_nothing(db: Database) -> None:
    program_id = make_program(db)
    invited, stranger = add_people(db, program_id, 2)
    step_id = training_step(db, invited)
    session_id = make_session(db, program_id, [invited], step_id=step_id)
    before = stored(db)

    with pytest.raises(
        attendance.NotInvited, match="1 of the people to mark is not invited"
    ) as refused:
        attendance.mark(db, session_id, [invited, stranger], ATTENDED)
    assert refused.value.fields == {}  # a whole sentence to translate, no English word in it
    with pytest.raises(attendance.NotInvited) as refused:
        attendance.mark(db, session_id, [invited, stranger, stranger + 1], ATTENDED)
    assert refused.value.message.startswith("2 of the people to mark are not invited")
    assert refused.value.fields == {"count": 2}
    with pytest.raises(attendance.UnknownAttendance, match="“late” is not an attendance mark"):
        attendance.mark(db, session_id, [invited], "late")
    with pytest.raises(NotFound):
        attendance.mark(db, session_id + 99, [invited], ATTENDED)
    db_rows.execute(db, "UPDATE group_session SET status = 'cancelled' WHERE id = ?", session_id)
    with pytest.raises(attendance.SessionCancelled):
        attendance.mark(db, session_id, [invited], ATTENDED)
    assert stored(db) == before


def test_undo_is_refused_when_the_marks_changed_since(db: Database) -> None:
    program_id = make_program(db)
    ana, bo = add_people(db, program_id, 2)
    step_id = training_step(db, ana)
    session_id = make_session(db, program_id, [ana, bo], step_id=step_id)
    first = attendance.mark(db, session_id, [ana, bo], ATTENDED)
    attendance.mark(db, session_id, [bo], EXCUSED)  # someone else's later change
    after = stored(db)

    with pytest.raises(history.ChangedAfterYou, match="This session’s attendance was changed"):
        attendance.undo(db, first)
    assert stored(db) == after


def test_redo_is_refused_when_the_step_was_recorded_by_hand_since(db: Database) -> None:
    program_id = make_program(db)
    (ana,) = add_people(db, program_id, 1)
    step_id = training_step(db, ana)
    session_id = make_session(db, program_id, [ana], step_id=step_id)
    changes = attendance.mark(db, session_id, [ana], ATTENDED)
    attendance.undo(db, changes)
    people.record_step(db, [ana], step_id, date(2027, 2, 1))
    after = stored(db)

    with pytest.raises(history.ChangedAfterYou):
        attendance.redo(db, changes)
    assert stored(db) == after
    assert done_on(db, ana, step_id) == date(2027, 2, 1)


def test_undo_is_not_blocked_by_edits_to_records_the_marks_left_alone(db: Database) -> None:
    program_id = make_program(db)
    ana, bo = add_people(db, program_id, 2)
    step_id = training_step(db, ana)
    people.record_step(db, [ana], step_id, date(2026, 10, 1))  # had it already
    session_id = make_session(db, program_id, [ana, bo], step_id=step_id)
    changes = attendance.everyone_attended(db, session_id)
    assert set(changes.after["participant"]) <= {bo}  # Ana's record was left as it was
    people.set_status(db, [ana], ParticipantStatus.WITHDRAWN)  # a later, unrelated edit

    attendance.undo(db, changes)

    assert [p.status for p in invitees(db, session_id)] == [INVITED, INVITED]
    assert (done_on(db, ana, step_id), done_on(db, bo, step_id)) == (date(2026, 10, 1), None)
    assert status(db, ana) == ParticipantStatus.WITHDRAWN


def test_before_a_session_begins_only_apologies_can_be_marked(db: Database) -> None:
    program_id = make_program(db)
    ana, bo = add_people(db, program_id, 2)
    step_id = training_step(db, ana)
    session_id = make_session(db, program_id, [ana, bo], step_id=step_id, day=date(2099, 5, 5))
    before = stored(db)

    for mark in (ATTENDED, "absent"):
        with pytest.raises(attendance.NotBegunYet, match="has not begun yet"):
            attendance.set_marks(db, session_id, {ana: EXCUSED, bo: mark})
    assert stored(db) == before

    excused = attendance.mark(db, session_id, [ana], EXCUSED)
    assert excused.marked == 1
    later = datetime(2099, 5, 5, 1, tzinfo=UTC)  # begun: 13:00 in Auckland
    assert attendance.mark(db, session_id, [bo], ATTENDED, now=later).steps_recorded == 1


def test_moving_a_session_to_another_day_takes_the_steps_it_recorded_along(
    db: Database,
) -> None:
    program_id = make_program(db)
    ana, bo, cy = add_people(db, program_id, 3)
    step_id = training_step(db, ana)
    session_id = make_session(db, program_id, [ana, bo, cy], step_id=step_id)
    attendance.mark(db, session_id, [ana, bo, cy], ATTENDED)
    with db.transaction() as session:  # Cy's date was corrected by hand since: it stays
        record = session.scalars(select(StepRecord).where(StepRecord.participant_id == cy)).one()
        record.completed_on = date(2026, 1, 2)
    kept = {"cy": date(2026, 1, 2)}

    def days() -> dict[str, date | None]:
        return {"ana": done_on(db, ana, step_id), "bo": done_on(db, bo, step_id),
                "cy": done_on(db, cy, step_id)}  # fmt: skip

    # 12:30 on the 20th in Auckland is the 19th in UTC: the step takes the local day.
    moved = sessions.edit_session(db, session_id, sessions.SessionEdit(day=date(2026, 1, 20)))
    assert days() == {"ana": date(2026, 1, 20), "bo": date(2026, 1, 20), **kept}
    assert "people" in moved.kinds  # the readiness lists refresh
    sessions.undo(db, moved)
    assert days() == {"ana": DAY, "bo": DAY, **kept}
    sessions.redo(db, moved)
    assert days() == {"ana": date(2026, 1, 20), "bo": date(2026, 1, 20), **kept}

    # 09:00 on the 20th in Auckland is still the 20th there (the 19th in UTC): no move.
    early = sessions.edit_session(db, session_id, sessions.SessionEdit(local_time=time(9, 0)))
    assert days() == {"ana": date(2026, 1, 20), "bo": date(2026, 1, 20), **kept}
    assert early.steps_after == {}

    # Deleting the session keeps the steps: those people did attend.
    sessions.delete_session(db, session_id)
    assert days() == {"ana": date(2026, 1, 20), "bo": date(2026, 1, 20), **kept}


def test_moving_following_sessions_of_a_series_moves_each_ones_steps(db: Database) -> None:
    program_id = make_program(db)
    ana, bo = add_people(db, program_id, 2)
    step_id = training_step(db, ana)
    plan = sessions.SessionPlan(
        kind="training",
        title="Mentor training",
        day=date(2026, 1, 7),
        local_time=time(12, 30),
        timezone=ZONE,
        invite=sessions.Invite.PEOPLE,
        people=(ana, bo),
        completes_step_id=step_id,
        repeat=sessions.Repeat("1w", last_date=date(2026, 1, 21)),
    )
    first, second, third = sessions.create_sessions(db, program_id, plan).created
    attendance.mark(db, first, [ana], ATTENDED)  # 7 January
    attendance.mark(db, third, [bo], ATTENDED)  # 21 January
    moved = sessions.edit_session(
        db, second, sessions.SessionEdit(day=date(2026, 1, 15)), scope=Scope.FOLLOWING
    )
    assert (done_on(db, ana, step_id), done_on(db, bo, step_id)) == (
        date(2026, 1, 7),
        date(2026, 1, 22),
    )
    sessions.undo(db, moved)
    assert done_on(db, bo, step_id) == date(2026, 1, 21)
