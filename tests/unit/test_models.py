"""The data model: every kind of record can be stored, related and deleted with its program."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from model_data import START, build_program
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from peerdesk.database import Database
from peerdesk.enums import (
    MeetingKind,
    PairRuleKind,
    ProgramTemplate,
    Role,
    TagKind,
)
from peerdesk.models import (
    Base,
    ChangeRecord,
    Goal,
    MatchingCriterion,
    MeasureReference,
    Meeting,
    MeetingSeries,
    Pair,
    PairRule,
    Participant,
    ParticipantTag,
    Person,
    Program,
    ProgramStep,
    StepRecord,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)

# Tables a program owns: deleting the program leaves none of their rows behind.
PROGRAM_OWNED = [
    MatchingCriterion,
    ProgramStep,
    Participant,
    ParticipantTag,
    StepRecord,
    PairRule,
    Pair,
    MeetingSeries,
    Meeting,
    SurveyQuestion,
    SurveyResponse,
    SurveyAnswer,
    Goal,
    MeasureReference,
]


def count(db: Database, model: type[Base]) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_program_holds_every_kind_of_record(db: Database) -> None:
    program_id = build_program(db)

    with db.reading() as s:
        program = s.get(Program, program_id)
        assert program is not None
        assert program.template is ProgramTemplate.WORKPLACE
        assert [step.name for step in program.steps] == ["Application", "Orientation"]
        assert [c.key for c in program.criteria] == ["interests"]
        people = {p.person.full_name: p for p in program.participants}
        assert set(people) == {"Ana Ruiz", "Bo Chen", "Cy Okafor"}
        mentor = people["Ana Ruiz"]
        assert mentor.role is Role.MENTOR
        assert mentor.custom_fields == {"Site": "Harbour office", "Shift": "early"}
        assert {(t.kind, t.value) for t in mentor.tags} == {
            (TagKind.SKILL, "budgeting"),
            (TagKind.LANGUAGE, "Spanish"),
        }
        assert sorted(r.step.name for r in mentor.step_records) == ["Application", "Orientation"]
        pair = s.scalars(select(Pair)).one()
        assert (pair.mentor.person.full_name, pair.mentee.person.full_name) == (
            "Ana Ruiz",
            "Bo Chen",
        )
        assert pair.reasons == ["shared interest: budgeting", "both speak Spanish"]
        assert [g.text for g in pair.goals] == ["Build a first team budget"]
        meetings = s.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
        assert [m.kind for m in meetings] == [MeetingKind.PAIR, MeetingKind.STAFF_CHECKIN]
        assert meetings[0].starts_at == START
        assert s.scalars(select(MeetingSeries)).one().skip_dates == ["2025-04-15"]
        response = s.scalars(select(SurveyResponse)).one()
        assert [a.value_number for a in response.answers] == [4]
        assert s.scalars(select(PairRule)).one().kind is PairRuleKind.DO_NOT_PAIR

    for model in PROGRAM_OWNED:
        assert count(db, model) > 0, model.__tablename__


def test_enums_are_stored_as_their_lowercase_values(db: Database) -> None:
    build_program(db)
    with db.reading() as s:
        roles = set(s.execute(text("SELECT role FROM participant")).scalars())
        template = s.execute(text("SELECT template FROM program")).scalar_one()
    assert roles == {"mentor", "mentee"}
    assert template == "workplace"


def test_deleting_a_program_removes_everything_it_owns(db: Database) -> None:
    keep_id = build_program(db, "Autumn mentoring")
    with db.reading() as s:
        kept_counts = {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in PROGRAM_OWNED
        }
    drop_id = build_program(db, "Spring mentoring")

    with db.transaction() as s:
        program = s.get(Program, drop_id)
        s.delete(program)

    with db.reading() as s:
        for model in PROGRAM_OWNED:
            assert (
                s.scalar(select(func.count()).select_from(model))
                == kept_counts[model.__tablename__]
            ), model.__tablename__
        assert s.get(Program, keep_id) is not None
        # People exist across programs; the change history keeps its rows, unlinked.
        assert count(db, Person) == 6
        orphaned = s.scalars(select(ChangeRecord).where(ChangeRecord.program_id.is_(None))).all()
        assert len(orphaned) == 1


def test_the_database_itself_cascades_when_a_program_row_is_deleted(db: Database) -> None:
    """Foreign keys are on: deleting with plain SQL (no ORM help) still cascades."""
    build_program(db)
    with db.transaction() as s:
        s.execute(text("DELETE FROM program"))
    for model in PROGRAM_OWNED:
        assert count(db, model) == 0, model.__tablename__
    assert count(db, Person) == 3


def test_foreign_keys_and_unique_rules_are_enforced(db: Database) -> None:
    program_id = build_program(db)
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Participant(program_id=999, person_id=1, role=Role.MENTOR))
    with db.reading() as s:
        person_id = s.scalars(select(Participant.person_id)).first()
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Participant(program_id=program_id, person_id=person_id, role=Role.MENTEE))
    assert count(db, Participant) == 3


def test_the_connection_has_the_pragmas_every_connection_needs(file_db: Database) -> None:
    with file_db.reading() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_utc_datetime_refuses_a_naive_datetime(db: Database) -> None:
    with pytest.raises(StatementError, match="naive datetimes"), db.transaction() as s:
        s.add(Person(full_name="Dee Naive", created_at=datetime(2025, 1, 1, 9, 0)))
    assert count(db, Person) == 0


def test_utc_datetime_round_trips_an_aware_datetime_as_the_same_instant(db: Database) -> None:
    madrid_summer = timezone(timedelta(hours=2))
    when = datetime(2025, 6, 1, 18, 30, 15, tzinfo=madrid_summer)
    with db.transaction() as s:
        person = Person(full_name="Eli Aware", created_at=when)
        s.add(person)
        s.flush()
        person_id = person.id
    db.dispose_connections()  # read back on a new connection
    with db.reading() as s:
        stored = s.get(Person, person_id)
        assert stored is not None
        assert stored.created_at == when
        assert stored.created_at.tzinfo is not None
        assert stored.created_at.utcoffset() == timedelta(0)
        raw = s.execute(text("SELECT created_at FROM person")).scalar_one()
    assert raw == "2025-06-01T16:30:15+00:00"


def test_json_fields_keep_unicode_and_structure(db: Database) -> None:
    build_program(db)
    with db.transaction() as s:
        participant = s.scalars(select(Participant).where(Participant.role == Role.MENTEE)).first()
        assert participant is not None
        participant.custom_fields = {"Größe": "groß", "list": [1, "zwei"], "empty": None}
    with db.reading() as s:
        stored = s.get(Participant, participant.id)
        assert stored is not None
        assert stored.custom_fields == {"Größe": "groß", "list": [1, "zwei"], "empty": None}
