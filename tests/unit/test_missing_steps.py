"""``people.missing_steps``: everyone's missing steps in one read, as ``readiness`` counts them."""

from __future__ import annotations

from datetime import date

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import Role, StepKind
from peerdesk.program import programs
from peerdesk.program.settings import StepSetting


def test_missing_steps_agrees_with_readiness_person_by_person(db: Database) -> None:
    settings = programs.quick_settings("Spring mentoring")
    settings.steps = [
        StepSetting("Application", StepKind.SCREENING),
        StepSetting("Reference", StepKind.SCREENING, required=False),
        StepSetting("Orientation", StepKind.TRAINING),
        StepSetting("Background check", StepKind.SCREENING),
    ]
    program_id = programs.create_program(db, settings)
    other = programs.create_program(db, programs.quick_settings("Autumn"))
    ids = [
        people.add_person(db, program_id, people.PersonData(full_name=f"P{i}", role=Role.MENTEE))
        for i in range(5)
    ]
    people.add_person(db, other, people.PersonData(full_name="Elsewhere"))
    steps = {s.name: s.step_id for s in people.step_records(db, ids[0])}
    people.record_step(db, ids[:3], steps["Application"], date(2027, 1, 4))
    people.record_step(db, ids[1:2], steps["Orientation"], date(2027, 1, 5))
    people.record_step(db, ids[1:3], steps["Reference"], date(2027, 1, 5))
    people.record_step(db, ids[1:2], steps["Background check"], date(2027, 1, 6))
    people.record_step(db, ids[3:4], steps["Orientation"], None)  # a record, not done
    people.set_readiness_override(db, ids[4], True, "Trained last year")

    missing = people.missing_steps(db, program_id)

    assert set(missing) == set(ids)  # the other program's people are not there
    for pid in ids:
        assert missing[pid] == people.readiness(db, pid).missing
    assert missing[ids[0]] == ("Orientation", "Background check")
    assert missing[ids[1]] == ()
    assert missing[ids[3]] == ("Application", "Orientation", "Background check")
