"""Creating, checking, changing, listing and finding programs."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.database import Database
from peerdesk.enums import ProgramTemplate, Role, StepKind
from peerdesk.errors import NotFound, ValidationError
from peerdesk.models import ChangeRecord, Participant, Person, Program, ProgramStep, StepRecord
from peerdesk.program.programs import (
    create_program,
    find_program,
    list_programs,
    load_settings,
    quick_settings,
    taken_names,
    update_program,
)
from peerdesk.program.settings import ProgramSettings, StepSetting, validate
from peerdesk.program.templates import template_settings


def rows(db: Database, model: type[object]) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[arg-type]


def test_a_program_is_saved_with_every_setting(db: Database) -> None:
    settings = quick_settings("  Spring mentoring  ", ProgramTemplate.SCHOOL)
    settings.purpose = "First-year students meet second-years."
    settings.start_date, settings.end_date = date(2025, 9, 1), date(2026, 6, 30)
    settings.meeting_length_minutes = 45
    settings.criteria[0].weight = 10

    program_id = create_program(db, settings)

    loaded = load_settings(db, program_id)
    expected = dataclasses.replace(settings, name="Spring mentoring")
    assert loaded == expected
    assert loaded.criteria[0].must_match
    assert taken_names(db) == {"Spring mentoring"}


@pytest.mark.parametrize("template", list(ProgramTemplate))
def test_every_template_makes_a_valid_program(db: Database, template: ProgramTemplate) -> None:
    settings = template_settings(template)
    settings.name = f"A {template.value} program"
    assert validate(settings, set()) == {}
    program_id = create_program(db, settings)
    assert load_settings(db, program_id).template is template


def test_a_name_is_required(db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        create_program(db, quick_settings("   "))
    assert raised.value.problems == {"name": "Give the program a name."}
    assert rows(db, Program) == 0


def test_a_duplicate_name_is_refused_whatever_its_case(db: Database) -> None:
    create_program(db, quick_settings("Spring mentoring"))
    history_before = rows(db, ChangeRecord)

    with pytest.raises(ValidationError) as raised:
        create_program(db, quick_settings(" SPRING Mentoring "))

    assert set(raised.value.problems) == {"name"}
    assert "already has a program called “SPRING Mentoring”" in raised.value.message
    assert rows(db, Program) == 1
    assert rows(db, ChangeRecord) == history_before  # nothing at all was written


@pytest.mark.parametrize("end", [date(2025, 8, 31), date(2025, 9, 1)])
def test_the_end_must_come_after_the_start(db: Database, end: date) -> None:
    settings = quick_settings("Spring mentoring")
    settings.start_date, settings.end_date = date(2025, 9, 1), end
    with pytest.raises(ValidationError) as raised:
        create_program(db, settings)
    assert raised.value.problems == {"end_date": "The end date must be after the start date."}


def test_an_unknown_placeholder_in_the_agreement_is_named(db: Database) -> None:
    settings = quick_settings("Spring mentoring")
    settings.agreement_boundaries = "Ask {mentor_name} or {coach_name} for help."
    with pytest.raises(ValidationError) as raised:
        create_program(db, settings)
    assert set(raised.value.problems) == {"agreement_boundaries"}
    assert "{coach_name}" in raised.value.problems["agreement_boundaries"]
    assert rows(db, Program) == 0


def test_several_problems_are_reported_together() -> None:
    settings = ProgramSettings(name="", meeting_length_minutes=5, default_mentor_capacity=0)
    settings.steps = [StepSetting("Interview"), StepSetting(" interview ")]
    problems = validate(settings, set())
    assert set(problems) == {"name", "meeting_length_minutes", "default_mentor_capacity", "steps"}


def add_participant_with_records(db: Database, program_id: int) -> int:
    with db.transaction() as s:
        program = s.get(Program, program_id)
        assert program is not None
        participant = Participant(
            program_id=program_id, person=Person(full_name="Ana Ruiz"), role=Role.MENTOR
        )
        participant.step_records = [
            StepRecord(step=step, completed_on=date(2025, 2, 1)) for step in program.steps
        ]
        s.add(participant)
        s.flush()
        return participant.id


def record_steps(db: Database, participant_id: int) -> list[str]:
    with db.reading() as s:
        participant = s.get(Participant, participant_id)
        assert participant is not None
        return sorted(r.step.name for r in participant.step_records)


def test_update_keeps_the_records_of_steps_kept_by_name(db: Database) -> None:
    settings = quick_settings("Spring mentoring")
    settings.steps = [
        StepSetting("Application", StepKind.SCREENING),
        StepSetting("Background check", StepKind.SCREENING),
        StepSetting("Orientation training", StepKind.TRAINING, hours=1.0),
    ]
    program_id = create_program(db, settings)
    participant_id = add_participant_with_records(db, program_id)
    assert record_steps(db, participant_id) == [
        "Application",
        "Background check",
        "Orientation training",
    ]
    with db.reading() as s:
        kept_id = s.scalars(select(ProgramStep.id).where(ProgramStep.name == "Application")).one()

    changed = load_settings(db, program_id)
    changed.name = "Spring mentoring 2025"
    changed.steps = [
        StepSetting("Orientation training", StepKind.TRAINING, required=False, hours=2.0),
        StepSetting("Application", StepKind.SCREENING),
        StepSetting("Safeguarding course", StepKind.TRAINING),
    ]
    update_program(db, program_id, changed)

    assert record_steps(db, participant_id) == ["Application", "Orientation training"]
    loaded = load_settings(db, program_id)
    assert loaded.name == "Spring mentoring 2025"
    assert [(s.name, s.required, s.hours) for s in loaded.steps] == [
        ("Orientation training", False, 2.0),
        ("Application", True, None),
        ("Safeguarding course", True, None),
    ]
    with db.reading() as s:
        assert s.scalars(select(ProgramStep.id).where(ProgramStep.name == "Application")).one() == (
            kept_id
        )
    assert rows(db, StepRecord) == 2


def test_update_validates_against_the_other_programs_only(db: Database) -> None:
    spring = create_program(db, quick_settings("Spring mentoring"))
    create_program(db, quick_settings("Autumn mentoring"))

    recased = load_settings(db, spring)
    recased.name = "SPRING MENTORING"
    update_program(db, spring, recased)  # its own name, in other letters, is fine
    assert load_settings(db, spring).name == "SPRING MENTORING"

    clash = load_settings(db, spring)
    clash.name = "autumn mentoring"
    with pytest.raises(ValidationError):
        update_program(db, spring, clash)
    assert load_settings(db, spring).name == "SPRING MENTORING"


def test_updating_a_missing_program_says_so(db: Database) -> None:
    with pytest.raises(NotFound, match="That program"):
        update_program(db, 42, quick_settings("Ghost program"))
    with pytest.raises(NotFound):
        load_settings(db, 42)


def test_changes_are_recorded_by_field_name_not_value(db: Database) -> None:
    program_id = create_program(db, quick_settings("Spring mentoring"))
    settings = load_settings(db, program_id)
    settings.purpose = "Confidential purpose text"
    settings.meeting_length_minutes = 90
    update_program(db, program_id, settings)
    with db.reading() as s:
        history = s.scalars(select(ChangeRecord).order_by(ChangeRecord.id)).all()
        assert [(h.entity, h.entity_id, h.action) for h in history] == [
            ("program", program_id, "create"),
            ("program", program_id, "update"),
        ]
        assert history[1].details == {"fields": ["meeting_length_minutes", "purpose"]}
        assert "Confidential" not in repr([h.details for h in history])


def test_programs_are_listed_by_name_with_their_participant_counts(db: Database) -> None:
    spring = quick_settings("spring mentoring", ProgramTemplate.YOUTH)
    spring.start_date, spring.end_date = date(2025, 3, 1), date(2025, 9, 30)
    spring_id = create_program(db, spring)
    create_program(db, quick_settings("Autumn mentoring"))
    add_participant_with_records(db, spring_id)

    listed = list_programs(db)

    assert [(p.name, p.template, p.start_date, p.end_date, p.participants) for p in listed] == [
        ("Autumn mentoring", ProgramTemplate.WORKPLACE, None, None, 0),
        ("spring mentoring", ProgramTemplate.YOUTH, date(2025, 3, 1), date(2025, 9, 30), 1),
    ]


def test_accented_names_are_listed_in_the_same_order_on_every_backend(db: Database) -> None:
    # SQLite's lower() leaves "É" as it is (it would come before "é"); a server lowers it.
    for name in ("Émile's circle", "élan", "Zebra club", "abc"):
        create_program(db, quick_settings(name))

    assert [p.name for p in list_programs(db)] == ["abc", "Zebra club", "élan", "Émile's circle"]


FIRST_SCREEN = """
import sys
from pathlib import Path
from peerdesk.database import open_database
from peerdesk.program.next_steps import next_steps
from peerdesk.program.reads import count_records, list_programs, load_settings
with open_database(Path(sys.argv[1])) as db:
    [program] = list_programs(db)
    print(load_settings(db, program.id).purpose, count_records(db, program.id).mentors,
          len(next_steps(db, program.id)))
print(sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "psycopg"}))
"""


def test_the_first_screen_of_a_file_is_read_without_sqlalchemy(file_db: Database) -> None:
    # Start-up shows the program before SQLAlchemy would have finished importing.
    settings = quick_settings("Spring mentoring")
    settings.purpose = "Peers"
    add_participant_with_records(file_db, create_program(file_db, settings))
    path = file_db.path
    file_db.close()

    done = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Peers 1 6", "[]"]


def test_a_program_is_found_by_name_whatever_its_case(db: Database) -> None:
    spring = create_program(db, quick_settings("Spring mentoring"))
    assert find_program(db, "  spring MENTORING ") == spring
    with pytest.raises(NotFound, match="“Winter”"):
        find_program(db, "Winter")
