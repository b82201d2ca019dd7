"""People of a program: adding and editing, listing with filters, steps and readiness,
and erasing a person's personal data so that none of it is left in the file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import db_rows
import fixtures_rosters as shapes
import pytest
from fixtures_rosters import make_program
from sqlalchemy import event, inspect, select

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import (
    MeetingFormat,
    PairStatus,
    ParticipantStatus,
    Role,
    SurveyKind,
    TagKind,
)
from peerdesk.errors import ValidationError
from peerdesk.models import (
    ChangeRecord,
    Goal,
    ImportBatch,
    Meeting,
    Pair,
    Participant,
    ParticipantTag,
    SurveyResponse,
)
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport


def _ana() -> people.PersonData:
    return people.PersonData(
        full_name="Ana Lima",
        email="Ana.Lima@example.org",
        phone="0612 345 678",
        pronouns="she/her",
        gender="Woman",
        person_notes="Prefers email.",
        role=Role.MENTOR,
        status=ParticipantStatus.SCREENED,
        capacity=2,
        department="Finance",
        cohort="Spring 2026",
        years_experience=12.5,
        location="Leeds",
        meeting_format=MeetingFormat.VIDEO,
        joined_on=date(2026, 1, 15),
        notes="Ex-teacher; great listener.",
        custom_fields={"Employee ID": 1001, "Shirt": "M"},
        tags={
            TagKind.INTEREST: ["Leadership", "Data analysis"],
            TagKind.SKILL: ["Budgeting"],
            TagKind.GOAL: [],
            TagKind.LANGUAGE: ["English", "Portuguese"],
            TagKind.AVAILABILITY: ["Tuesday mornings"],
        },
    )


def _bo(**changes: object) -> people.PersonData:
    data = people.PersonData(
        full_name="Bo Chen",
        email="bo@example.org",
        role=Role.MENTEE,
        department="IT",
        tags={TagKind.INTEREST: ["Writing"]},
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_add_and_edit_every_attribute(db: Database) -> None:
    program_id = make_program(db)
    participant_id = people.add_person(db, program_id, _ana())
    stored = people.get_person(db, participant_id)
    expected = _ana()
    expected.tags = {k: v for k, v in expected.tags.items() if v}
    assert stored == expected
    stored.tags[TagKind.INTEREST] = ["Data analysis", "Coaching", " coaching "]
    stored.department = ""
    stored.years_experience = None
    people.update_person(db, participant_id, stored)
    again = people.get_person(db, participant_id)
    assert again.tags[TagKind.INTEREST] == ["Data analysis", "Coaching"]
    assert again.department == "" and again.years_experience is None
    assert people.tag_values(db, TagKind.INTEREST) == ["Coaching", "Data analysis"]


def test_validation(db: Database) -> None:
    program_id = make_program(db)
    with pytest.raises(ValidationError) as caught:
        people.add_person(db, program_id, _bo(full_name=" ", email="bo(at)example.org"))
    assert caught.value.problems == {
        "full_name": "Give the person's name.",
        "email": "'bo(at)example.org' is not an email address.",
    }
    people.add_person(db, program_id, _bo())
    with pytest.raises(ValidationError, match="already has this email"):
        people.add_person(db, program_id, _bo(full_name="Other", email=" BO@example.org"))
    with pytest.raises(ValidationError, match="from 0 to 80"):
        people.add_person(db, program_id, _bo(email="", years_experience=99.0))


def test_same_person_across_programs(db: Database) -> None:
    spring, autumn = make_program(db, "Spring"), make_program(db, "Autumn")
    first = people.add_person(db, spring, _bo())
    second = people.add_person(db, autumn, _bo(email="BO@example.org ", role=Role.MENTOR))
    rows = people.list_participants(db, spring) + people.list_participants(db, autumn)
    assert {r.person_id for r in rows} == {rows[0].person_id}
    assert (first, second) == (rows[0].participant_id, rows[1].participant_id)


def test_list_filters_search_and_matches(db: Database) -> None:
    program_id = make_program(db)
    ana = people.add_person(db, program_id, _ana())
    bo = people.add_person(db, program_id, _bo())
    cy = people.add_person(db, program_id, _bo(full_name="Cy Park", email="cy@example.org"))
    with db.transaction() as session:
        session.add(
            Pair(program_id=program_id, mentor_id=ana, mentee_id=bo, status=PairStatus.ACTIVE)
        )
        session.add(
            Pair(program_id=program_id, mentor_id=ana, mentee_id=cy, status=PairStatus.ENDED)
        )

    def names(**filters: object) -> list[str]:
        return [r.full_name for r in people.list_participants(db, program_id, **filters)]  # type: ignore[arg-type]

    assert names() == ["Ana Lima", "Bo Chen", "Cy Park"]
    assert names(role=Role.MENTEE) == ["Bo Chen", "Cy Park"]
    assert names(department="Finance") == ["Ana Lima"]
    assert names(search="LIMA@") == ["Ana Lima"]
    assert names(search="portug") == ["Ana Lima"]  # a language tag
    assert names(search="writ") == ["Bo Chen", "Cy Park"]
    assert names(status=ParticipantStatus.SCREENED) == ["Ana Lima"]
    rows = {r.full_name: r for r in people.list_participants(db, program_id)}
    assert rows["Ana Lima"].matched_with == ("Bo Chen",)
    assert rows["Bo Chen"].matched_with == ("Ana Lima",)
    assert rows["Cy Park"].matched_with == ()
    assert rows["Ana Lima"].interests == ("Leadership", "Data analysis")
    assert people.departments(db, program_id) == ["Finance", "IT"]
    people.set_status(db, [bo, cy], ParticipantStatus.WITHDRAWN)
    assert names(status=ParticipantStatus.WITHDRAWN) == ["Bo Chen", "Cy Park"]


def test_steps_readiness_and_override(db: Database) -> None:
    program_id = make_program(db)
    bo = people.add_person(db, program_id, _bo())
    steps = people.step_records(db, bo)
    required = [s.name for s in steps if s.required]
    assert len(required) >= 2 and all(s.completed_on is None for s in steps)
    assert people.readiness(db, bo).missing == tuple(required)
    assert [r.ready for r in people.list_participants(db, program_id)] == [False]

    first, *middle, last = [s for s in steps if s.required]
    people.record_step(db, [bo], first.step_id, date(2026, 3, 1), notes="Received")
    for step in middle:
        people.record_step(db, [bo], step.step_id, date(2026, 3, 2))
    assert people.readiness(db, bo).missing == (last.name,)
    assert people.get_person(db, bo).status == ParticipantStatus.APPLIED

    with pytest.raises(people.OverrideNeedsReason):
        people.set_readiness_override(db, bo, True, "  ")
    people.set_readiness_override(db, bo, True, "Trained at a previous employer")
    readiness = people.readiness(db, bo)
    assert readiness.ready and readiness.overridden
    assert readiness.override_reason == "Trained at a previous employer"
    assert readiness.override_at is not None and readiness.override_at.tzinfo is not None
    assert people.list_participants(db, program_id, ready=True)[0].readiness_overridden
    with db.reading() as session:
        actions = session.scalars(
            select(ChangeRecord.action).where(ChangeRecord.entity_id == bo)
        ).all()
    assert "readiness_override" in actions
    people.set_readiness_override(db, bo, False)
    assert not people.readiness(db, bo).ready
    assert people.list_participants(db, program_id, ready=False)[0].full_name == "Bo Chen"

    people.record_step(db, [bo], last.step_id, date(2026, 3, 8), hours=1.5)
    assert people.readiness(db, bo).ready
    assert people.get_person(db, bo).status == ParticipantStatus.READY
    done = {s.name: s for s in people.step_records(db, bo)}
    assert (done[first.name].completed_on, done[first.name].notes) == (date(2026, 3, 1), "Received")
    assert (done[last.name].completed_on, done[last.name].hours) == (date(2026, 3, 8), 1.5)
    people.record_step(db, [bo], last.step_id, None)
    assert not people.readiness(db, bo).ready


def _raw_file(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def _erasable(db: Database, tmp_path: Path) -> tuple[int, int, people.ErasurePlan]:
    """Ana in two programs, an import, a pair with notes, a goal, a meeting and a survey."""
    program_id = make_program(db)
    other_program = make_program(db, "Autumn")
    ana = people.add_person(db, program_id, _ana())
    people.add_person(db, other_program, _ana())
    bo = people.add_person(db, program_id, _bo(notes="Bo's own notes"))
    # Ana also arrives through an import, so the batch's undo data mentions her.
    roster = tmp_path / "r.csv"
    roster.write_text(
        "Name,Email,Role,Notes\nAna Lima,ana.lima@example.org,Mentor,Zebra-crossing\n",
        encoding="utf-8",
    )
    run_import(db, program_id, RosterImport.open(roster, db))
    with db.transaction() as session:
        pair = Pair(
            program_id=program_id,
            mentor_id=ana,
            mentee_id=bo,
            status=PairStatus.ACTIVE,
            notes="Ana mentioned a Quetzalcoatl project",
        )
        session.add(pair)
        session.flush()
        session.add(Goal(pair_id=pair.id, text="Ana to introduce Bo to the Xylophone team"))
        session.add(
            Meeting(
                uid="m1",
                program_id=program_id,
                pair_id=pair.id,
                starts_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                timezone="Europe/London",
                notes="Talked about Ana's Wombat plans",
            )
        )
        session.add(
            SurveyResponse(
                program_id=program_id,
                participant_id=ana,
                kind=SurveyKind.CHECKIN,
                responded_at=datetime(2026, 3, 3, tzinfo=UTC),
            )
        )
    plan = people.erasure_plan(db, people.get_person_id(db, ana))
    assert plan.full_name == "Ana Lima"
    assert plan.programs == ("Spring 2026", "Autumn")
    assert (plan.pairs, plan.meetings_with_notes, plan.survey_responses, plan.goals) == (1, 1, 1, 1)
    assert plan.imports_no_longer_undoable == 1
    assert "Ana Lima's name, email, phone" in plan.describe()
    return ana, bo, plan


SECRETS = [
    "Ana Lima", "Ana.Lima@example.org", "ana.lima@example.org", "0612 345 678", "she/her",
    "Prefers email", "Ex-teacher", "Leeds", "Portuguese", "Zebra-crossing", "Quetzalcoatl",
    "Xylophone", "Wombat", "Employee ID", "Budgeting",
]  # fmt: skip


def _check_erased(db: Database, ana: int, bo: int, plan: people.ErasurePlan) -> None:
    erased = people.get_person(db, ana)
    assert erased.full_name == people.ERASED_NAME
    assert (erased.email, erased.phone, erased.notes, erased.tags) == ("", "", "", {})
    bo_now = people.get_person(db, bo)
    assert bo_now.full_name == "Bo Chen" and bo_now.notes == "Bo's own notes"
    with db.reading() as session:
        assert session.scalars(select(Goal)).all() == []
        assert session.scalars(select(SurveyResponse)).all() == []
        assert session.scalar(select(Meeting.notes)) == ""
        assert session.scalar(select(Pair.notes)) == ""
        assert session.scalar(select(ImportBatch.undo_data)) is None
        assert (
            session.scalars(
                select(ParticipantTag)
                .join(Participant)
                .where(Participant.person_id == plan.person_id)
            ).all()
            == []
        )


def test_erase_removes_personal_data_everywhere(db: Database, tmp_path: Path) -> None:
    ana, bo, plan = _erasable(db, tmp_path)
    people.erase_person(db, plan.person_id)
    # No text of any row of any table holds any of it (JSON text included).
    for table in sorted(inspect(db.engine).get_table_names()):
        for row in db_rows.table(db, table, order="1"):
            for value in row:
                if isinstance(value, str):
                    for secret in SECRETS:
                        assert secret.casefold() not in value.casefold(), (table, secret)
    _check_erased(db, ana, bo, plan)


def test_erase_leaves_no_old_copy_in_the_file(file_db: Database, tmp_path: Path) -> None:
    db = file_db
    ana, bo, plan = _erasable(db, tmp_path)
    # Like most SQLite builds (not this one, perhaps), connections do not scrub freed
    # space unless told to: erasing must ask for it itself.
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA secure_delete=OFF"))
    # Fold everything into the main file first, so that erasing has to scrub old pages.
    conn = db.raw_connection()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert b"Quetzalcoatl" in db.path.read_bytes()
    people.erase_person(db, plan.person_id)

    raw = _raw_file(db.path)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
        assert secret.encode("utf-16-le") not in raw, secret
    _check_erased(db, ana, bo, plan)


def test_get_person_id_unknown(db: Database) -> None:
    from peerdesk.errors import NotFound

    with pytest.raises(NotFound):
        people.get_person(db, 999)


def test_imported_people_show_in_the_list(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    run_import(db, program_id, RosterImport.open(shapes.tsv_file(tmp_path).path, db))
    rows = people.list_participants(db, program_id, search="español")
    assert [r.full_name for r in rows] == ["Raúl Ortega Ruiz", "Sofía Núñez"]


def test_the_list_is_in_the_same_order_on_every_backend(db: Database) -> None:
    if db.on_server:  # as on most servers, names compare by a language's rules there
        db_rows.execute(
            db, 'ALTER TABLE person ALTER COLUMN full_name TYPE text COLLATE "en-x-icu"'
        )
    program_id = make_program(db)
    for name in ("Émile Roux", "de Vries, Anke", "Zoe Park", "ana Lima", "Zoe Park", "Bo Chen"):
        people.add_person(db, program_id, people.PersonData(full_name=name))
    listed = people.list_participants(db, program_id)
    # Text compared character by character, as a file compares it; namesakes by when added.
    assert [row.full_name for row in listed] == [
        "Bo Chen", "Zoe Park", "Zoe Park", "ana Lima", "de Vries, Anke", "Émile Roux",
    ]  # fmt: skip
    assert listed[1].participant_id < listed[2].participant_id
