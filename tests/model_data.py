"""A program with at least one row of every kind, for tests of storing and copying."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from peerdesk.database import Database
from peerdesk.enums import (
    AnswerType,
    MeetingKind,
    MeetingStatus,
    PairRuleKind,
    PairStatus,
    ParticipantStatus,
    ProgramTemplate,
    Role,
    StepKind,
    SurveyKind,
    TagKind,
)
from peerdesk.models import (
    ChangeRecord,
    Circle,
    CircleMember,
    ColumnLayout,
    Goal,
    GroupSession,
    ImportBatch,
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
    SessionAttendance,
    SessionKind,
    StepRecord,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)

START = datetime(2025, 3, 4, 17, 30, tzinfo=UTC)


def build_program(db: Database, name: str = "Spring mentoring") -> int:
    """One program with at least one row of every kind; returns its id."""
    with db.transaction() as s:
        program = Program(
            name=name,
            template=ProgramTemplate.WORKPLACE,
            start_date=date(2025, 3, 1),
            end_date=date(2025, 9, 30),
        )
        program.criteria = [MatchingCriterion(key="interests", weight=6)]
        screening = ProgramStep(name="Application", kind=StepKind.SCREENING)
        training = ProgramStep(name="Orientation", kind=StepKind.TRAINING, hours=1.5)
        program.steps = [screening, training]
        ana = Person(full_name="Ana Ruiz", email="ana.ruiz@example.org", email_key="ana.ruiz")
        bo = Person(full_name="Bo Chen", email="bo.chen@example.org", email_key="bo.chen")
        cy = Person(full_name="Cy Okafor", email="cy.okafor@example.org")
        mentor = Participant(
            program=program,
            person=ana,
            role=Role.MENTOR,
            status=ParticipantStatus.READY,
            capacity=2,
            department="Finance",
            years_experience=12,
            custom_fields={"Site": "Harbour office", "Shift": "early"},
        )
        mentee = Participant(program=program, person=bo, role=Role.MENTEE, department="Sales")
        other = Participant(program=program, person=cy, role=Role.MENTEE)
        mentor.tags = [
            ParticipantTag(kind=TagKind.SKILL, value="budgeting"),
            ParticipantTag(kind=TagKind.LANGUAGE, value="Spanish"),
        ]
        mentee.tags = [ParticipantTag(kind=TagKind.GOAL, value="budgeting")]
        mentor.step_records = [
            StepRecord(step=screening, completed_on=date(2025, 2, 1)),
            StepRecord(step=training, completed_on=date(2025, 2, 8), hours=1.5),
        ]
        s.add(program)
        s.flush()
        s.add(
            PairRule(
                program_id=program.id,
                participant_a_id=mentor.id,
                participant_b_id=other.id,
                kind=PairRuleKind.DO_NOT_PAIR,
                reason="same team",
            )
        )
        pair = Pair(
            program_id=program.id,
            mentor=mentor,
            mentee=mentee,
            status=PairStatus.ACTIVE,
            score=7.5,
            reasons=["shared interest: budgeting", "both speak Spanish"],
            started_on=date(2025, 3, 4),
        )
        pair.goals = [Goal(text="Build a first team budget", progress=40)]
        s.add(pair)
        s.flush()
        series = MeetingSeries(
            pair_id=pair.id,
            cadence="biweekly",
            weekday=1,
            local_time="18:30",
            timezone="Europe/Madrid",
            length_minutes=60,
            first_date=date(2025, 3, 4),
            skip_dates=["2025-04-15"],
        )
        s.add(series)
        s.flush()
        s.add_all(
            [
                Meeting(
                    uid=f"{program.id}-1@peerdesk.example.org",
                    program_id=program.id,
                    pair_id=pair.id,
                    series_id=series.id,
                    starts_at=START,
                    timezone="Europe/Madrid",
                    status=MeetingStatus.HELD,
                    actual_minutes=55,
                ),
                Meeting(
                    uid=f"{program.id}-2@peerdesk.example.org",
                    program_id=program.id,
                    kind=MeetingKind.STAFF_CHECKIN,
                    participant_id=mentee.id,
                    starts_at=START + timedelta(days=14),
                    timezone="Europe/Madrid",
                ),
            ]
        )
        question = SurveyQuestion(
            program=program,
            kind=SurveyKind.CHECKIN,
            text="How useful was your last meeting?",
            answer_type=AnswerType.LIKERT,
        )
        s.add(question)
        s.flush()
        response = SurveyResponse(
            program_id=program.id,
            participant_id=mentee.id,
            pair_id=pair.id,
            kind=SurveyKind.CHECKIN,
            responded_at=START + timedelta(days=1),
        )
        response.answers = [SurveyAnswer(question_id=question.id, value_number=4)]
        s.add(response)
        s.add(ChangeRecord(program_id=program.id, entity="pair", entity_id=pair.id, action="add"))
        s.add(
            MeasureReference(
                program_id=program.id, measure="early_closure_share", value=38.0,
                source="Kupersmidt et al., 2017", preset="kupersmidt_2017",
            )
        )  # fmt: skip
        s.add(SessionKind(program_id=program.id, key="training", name="Training", colour="#2e7d32"))
        circle = Circle(
            program_id=program.id, name="Budget circle", status=PairStatus.ACTIVE,
            started_on=date(2025, 3, 10), notes="meets in the canteen",
        )  # fmt: skip
        circle.members = [
            CircleMember(participant_id=mentor.id, role="leader"),
            CircleMember(participant_id=mentee.id, role="member"),
        ]
        s.add(circle)
        s.flush()
        group = GroupSession(
            uid=f"{program.id}-g1@peerdesk.example.org", program_id=program.id,
            kind="training", title="Orientation evening", starts_at=START - timedelta(days=30),
            timezone="Europe/Madrid", length_minutes=90, place="Hall", capacity=20,
            invite="circle", circle_id=circle.id, completes_step_id=training.id,
        )  # fmt: skip
        s.add(group)
        s.flush()
        s.add_all(
            [
                SessionAttendance(
                    session_id=group.id, participant_id=mentor.id, status="attended",
                    marked_at=START - timedelta(days=29),
                    step_record_id=mentor.step_records[1].id,
                ),
                SessionAttendance(session_id=group.id, participant_id=mentee.id),
            ]
        )  # fmt: skip
        s.flush()
        return program.id


def add_import_history(db: Database, program_id: int) -> None:
    """A roster import's record and a remembered column layout (the last two kinds of row)."""
    with db.transaction() as s:
        s.add(
            ImportBatch(
                program_id=program_id,
                source_name="Roster – März.xlsx",
                added=3,
                undo_data={"created": [1, 2, 3], "changed": {}},
            )
        )
        s.add(
            ColumnLayout(
                signature="f" * 64,
                headers=["Name", "E-mail", "Rôle"],
                mapping={"Name": "full_name", "E-mail": "email", "Rôle": "role"},
            )
        )
