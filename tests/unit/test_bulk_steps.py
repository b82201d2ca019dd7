"""Several screening and training steps recorded for many people at once (issue #16.4)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures_rosters import dump, make_program
from sqlalchemy import func, select

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.errors import NotFound
from peerdesk.models import ChangeRecord
from peerdesk.people import bulk_steps


def add(db: Database, program_id: int, name: str, status: ParticipantStatus) -> int:
    data = people.PersonData(full_name=name, role=Role.MENTEE, status=status)
    return people.add_person(db, program_id, data)


def done_on(db: Database, participant_id: int) -> dict[str, date | None]:
    return {s.name: s.completed_on for s in people.step_records(db, participant_id)}


def test_steps_are_recorded_for_everyone_and_earlier_dates_are_kept(db: Database) -> None:
    program_id = make_program(db)
    ana = add(db, program_id, "Ana Lima", ParticipantStatus.APPLIED)
    bo = add(db, program_id, "Bo Chen", ParticipantStatus.SCREENED)
    cy = add(db, program_id, "Cy Okafor", ParticipantStatus.WITHDRAWN)
    steps = people.step_records(db, ana)
    required = [s for s in steps if s.required]
    assert len(required) >= 2
    first = steps[0]
    people.record_step(db, [bo], first.step_id, date(2026, 1, 5))

    progress = bulk_steps.step_progress(db, [ana, bo, cy])
    assert [(p.name, p.done, p.of) for p in progress] == [
        (s.name, 1 if s.step_id == first.step_id else 0, 3) for s in steps
    ]

    result = bulk_steps.record_steps(
        db, [ana, bo, cy], [s.step_id for s in steps], date(2026, 3, 2)
    )
    assert result == bulk_steps.StepsRecorded(
        steps=len(steps),
        people=3,
        records_added=3 * len(steps) - 1,
        already_done=1,
        ready=3,
        became_ready=3,
    )
    assert done_on(db, ana) == {s.name: date(2026, 3, 2) for s in steps}
    assert done_on(db, bo)[first.name] == date(2026, 1, 5)  # kept
    statuses = {row.full_name: row.status for row in people.list_participants(db, program_id)}
    # Before "ready" moves on to it; a withdrawn person stays withdrawn.
    assert statuses == {
        "Ana Lima": ParticipantStatus.READY,
        "Bo Chen": ParticipantStatus.READY,
        "Cy Okafor": ParticipantStatus.WITHDRAWN,
    }
    assert all(p.done_by_all for p in bulk_steps.step_progress(db, [ana, bo, cy]))


def test_some_steps_leave_people_not_ready(db: Database) -> None:
    program_id = make_program(db)
    ana = add(db, program_id, "Ana Lima", ParticipantStatus.APPLIED)
    required = [s for s in people.step_records(db, ana) if s.required]
    result = bulk_steps.record_steps(db, [ana], [required[0].step_id], date(2026, 3, 2))
    assert (result.ready, result.became_ready, result.records_added) == (0, 0, 1)
    assert not people.readiness(db, ana).ready


def test_bad_requests_change_nothing(db: Database) -> None:
    program_id = make_program(db)
    other = make_program(db, "Autumn 2026")
    ana = add(db, program_id, "Ana Lima", ParticipantStatus.APPLIED)
    elsewhere = add(db, other, "Bo Chen", ParticipantStatus.APPLIED)
    step = people.step_records(db, ana)[0].step_id
    foreign = people.step_records(db, elsewhere)[0].step_id
    before = dump(db)
    with pytest.raises(bulk_steps.NoStepsChosen):
        bulk_steps.record_steps(db, [ana], [], date(2026, 3, 2))
    with pytest.raises(NotFound):  # a step of another program: nobody gets anything
        bulk_steps.record_steps(db, [ana], [step, foreign], date(2026, 3, 2))
    with pytest.raises(NotFound):  # someone of another program
        bulk_steps.record_steps(db, [ana, elsewhere], [step], date(2026, 3, 2))
    with pytest.raises(NotFound):  # someone no longer in the file
        bulk_steps.record_steps(db, [ana, 9999], [step], date(2026, 3, 2))
    assert dump(db) == before


def test_a_step_marked_not_done_earlier_is_done_now_and_the_history_says_so(
    db: Database,
) -> None:
    program_id = make_program(db)
    ana = add(db, program_id, "Ana Lima", ParticipantStatus.APPLIED)
    step = people.step_records(db, ana)[0]
    people.record_step(db, [ana], step.step_id, date(2026, 1, 5))
    people.record_step(db, [ana], step.step_id, None)  # unticked: the record stays, not done
    with db.reading() as session:
        before = session.scalar(
            select(func.count()).select_from(ChangeRecord).where(ChangeRecord.action == "step")
        )
    result = bulk_steps.record_steps(db, [ana], [step.step_id], date(2026, 3, 2))
    assert (result.records_added, result.already_done) == (1, 0)
    assert done_on(db, ana)[step.name] == date(2026, 3, 2)
    with db.reading() as session:
        lines = session.execute(
            select(ChangeRecord.entity_id, ChangeRecord.program_id, ChangeRecord.details)
            .where(ChangeRecord.action == "step")
            .order_by(ChangeRecord.id)
        ).all()
    assert len(lines) == (before or 0) + 1
    assert tuple(lines[-1]) == (ana, program_id, {"step_id": step.step_id, "done": True})
