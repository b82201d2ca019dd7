"""The next steps of a new program: each ticked only when what it says is done."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from evaluation_data import add_meetings, add_pair, add_person

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairStatus, ParticipantStatus, ProgramTemplate, Role
from peerdesk.models import Pair
from peerdesk.program import programs
from peerdesk.program.next_steps import (
    MISSING_DATES,
    MISSING_PURPOSE,
    NextStep,
    first_steps_pending,
    next_steps,
)
from peerdesk.program.reads import load_settings


def steps(db: Database, program_id: int) -> dict[str, NextStep]:
    return {step.key: step for step in next_steps(db, program_id)}


def test_a_program_made_with_the_defaults_is_not_yet_set_up(db: Database) -> None:
    settings = programs.quick_settings("Autumn Buddies", ProgramTemplate.WORKPLACE)
    settings = replace(settings, purpose="", start_date=None, end_date=None)
    program_id = programs.create_program(db, settings)
    found = steps(db, program_id)
    assert [key for key in found] == ["setup", "import", "ready", "match", "agreements",
                                      "schedule"]  # fmt: skip
    assert found["setup"] == NextStep("setup", False, missing=(MISSING_PURPOSE, MISSING_DATES))
    assert not any(step.done for step in found.values())
    assert first_steps_pending(list(found.values()))

    # A purpose and only a start date: the dates are still missing.
    settings = replace(load_settings(db, program_id), purpose="Help new staff settle in.",
                       start_date=date(2026, 9, 1))  # fmt: skip
    programs.update_program(db, program_id, settings)
    assert steps(db, program_id)["setup"].missing == (MISSING_DATES,)
    programs.update_program(db, program_id, replace(settings, end_date=date(2027, 6, 30)))
    assert steps(db, program_id)["setup"] == NextStep("setup", True)


def test_each_step_follows_the_file(db: Database) -> None:
    settings = programs.quick_settings("Spring", ProgramTemplate.WORKPLACE)
    settings = replace(settings, purpose="Grow.", start_date=date(2026, 3, 1),
                       end_date=date(2026, 9, 1))  # fmt: skip
    program_id = programs.create_program(db, settings)
    mentor = people.add_person(db, program_id, people.PersonData("Ana Lima", role=Role.MENTOR))
    mentee = people.add_person(db, program_id, people.PersonData("Bo Chen", role=Role.MENTEE))
    people.add_person(
        db, program_id,
        people.PersonData("Cy Diaz", role=Role.MENTEE, status=ParticipantStatus.WITHDRAWN),
    )  # fmt: skip
    found = steps(db, program_id)
    assert found["import"] == NextStep("import", True, 3)
    assert found["ready"] == NextStep("ready", False, 0, 2)  # the withdrawn one does not count
    required = [s.step_id for s in people.step_records(db, mentor) if s.required]
    for step_id in required:
        people.record_step(db, [mentor], step_id, date(2026, 3, 2))
    assert steps(db, program_id)["ready"] == NextStep("ready", False, 1, 2)
    people.set_readiness_override(db, mentee, True, "Interviewed last year")
    assert steps(db, program_id)["ready"] == NextStep("ready", True, 2, 2)

    proposed = add_pair(db, program_id, mentor, mentee, status=PairStatus.PROPOSED)
    assert not steps(db, program_id)["match"].done  # proposed is not matched yet
    with db.transaction() as session:
        pair = session.get(Pair, proposed)
        assert pair is not None
        pair.status = PairStatus.ACTIVE
    found = steps(db, program_id)
    assert found["match"] == NextStep("match", True, 1)
    assert found["agreements"] == NextStep("agreements", False, 0, 1)
    assert found["schedule"] == NextStep("schedule", False, 0, 1)
    add_meetings(db, program_id, proposed, [datetime(2026, 3, 9, 9, tzinfo=UTC)],
                 status=MeetingStatus.CANCELLED)  # fmt: skip
    assert not steps(db, program_id)["schedule"].done  # a cancelled meeting is not scheduled
    add_meetings(db, program_id, proposed, [datetime(2026, 3, 10, 9, tzinfo=UTC)],
                 status=MeetingStatus.SCHEDULED)  # fmt: skip
    assert steps(db, program_id)["schedule"] == NextStep("schedule", True, 1, 1)
    with db.transaction() as session:
        pair = session.get(Pair, proposed)
        assert pair is not None
        pair.agreement_signed_on = date(2026, 3, 3)
    final = next_steps(db, program_id)
    assert all(step.done for step in final)
    assert not first_steps_pending(final)
    # Someone who joins later is not ready: the checklist does not come back for that.
    add_person(db, program_id, 77, Role.MENTEE, status=ParticipantStatus.APPLIED)
    later = next_steps(db, program_id)
    assert not {s.key: s for s in later}["ready"].done
    assert not first_steps_pending(later)
