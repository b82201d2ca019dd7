"""The data model of a program file (PRODUCT.md, "Data").

A Person is one human across programs; a Participant is that person in one
program. Everything a program owns hangs off ``Program`` and is deleted with
it; a person's personal data lives on ``Person`` and a few free-text fields,
which is what erasing a person clears.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Update,
    event,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    ORMExecuteState,
    Session,
    mapped_column,
    relationship,
)

from peerdesk.enums import (
    AnswerType,
    Cadence,
    CheckinCadence,
    DepartmentRule,
    MatchObjective,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    PairOutcome,
    PairRuleKind,
    PairStatus,
    ParticipantStatus,
    ProgramTemplate,
    Role,
    StepKind,
    SurveyKind,
    TagKind,
)
from peerdesk.groups.statuses import INVITED, SCHEDULED
from peerdesk.sqltypes import JSONText, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        enum.Enum: Enum(
            enum.Enum,
            native_enum=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        datetime: UTCDateTime(),
        dict[str, Any]: JSONText(),
        list[Any]: JSONText(),
    }


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Any:
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


class Program(Base):
    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    template: Mapped[ProgramTemplate | None]
    organization_name: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    reciprocal: Mapped[bool] = mapped_column(Boolean, default=False)
    # Meetings
    meeting_cadence: Mapped[Cadence] = mapped_column(default=Cadence.BIWEEKLY)
    meeting_length_minutes: Mapped[int] = mapped_column(Integer, default=60)
    meeting_format: Mapped[MeetingFormat] = mapped_column(default=MeetingFormat.EITHER)
    checkin_cadence: Mapped[CheckinCadence] = mapped_column(default=CheckinCadence.MONTHLY)
    # People
    default_mentor_capacity: Mapped[int] = mapped_column(Integer, default=1)
    eligibility_notes: Mapped[str] = mapped_column(Text, default="")
    # Matching
    matching_objective: Mapped[MatchObjective] = mapped_column(default=MatchObjective.BEST_SCORE)
    department_rule: Mapped[DepartmentRule] = mapped_column(default=DepartmentRule.IGNORE)
    experience_gap_min: Mapped[float] = mapped_column(Float, default=2.0)
    experience_gap_max: Mapped[float] = mapped_column(Float, default=15.0)
    # Agreement
    agreement_expectations: Mapped[str] = mapped_column(Text, default="")
    agreement_confidentiality: Mapped[str] = mapped_column(Text, default="")
    agreement_boundaries: Mapped[str] = mapped_column(Text, default="")
    agreement_no_fault: Mapped[str] = mapped_column(Text, default="")
    guardian_signature: Mapped[bool] = mapped_column(Boolean, default=False)
    coordinator_name: Mapped[str] = mapped_column(Text, default="")
    coordinator_email: Mapped[str] = mapped_column(Text, default="")
    coordinator_phone: Mapped[str] = mapped_column(Text, default="")
    # Attention thresholds
    attention_no_meeting_weeks: Mapped[int] = mapped_column(Integer, default=4)
    attention_missed_in_row: Mapped[int] = mapped_column(Integer, default=2)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # The row's version (peerdesk.conflicts): every UPDATE checks and raises it, so a
    # save that started from an older one is refused instead of overwriting.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # How long a match is meant to last, in months (None: from the program's dates).
    planned_match_months: Mapped[int | None] = mapped_column(Integer)
    # The language agreements and certificates print in (peerdesk.documents.languages).
    document_language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")

    criteria: Mapped[list[MatchingCriterion]] = relationship(
        back_populates="program",
        cascade="all, delete-orphan",
        order_by="MatchingCriterion.position",
    )
    steps: Mapped[list[ProgramStep]] = relationship(
        back_populates="program", cascade="all, delete-orphan", order_by="ProgramStep.position"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="program", cascade="all, delete-orphan", passive_deletes=True
    )
    questions: Mapped[list[SurveyQuestion]] = relationship(
        back_populates="program",
        cascade="all, delete-orphan",
        order_by="SurveyQuestion.position",
    )


class MatchingCriterion(Base):
    """One criterion's switch and weight; weight 10 means the pair must match on it."""

    __tablename__ = "matching_criterion"
    __table_args__ = (UniqueConstraint("program_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    key: Mapped[str] = mapped_column(String(120))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    weight: Mapped[int] = mapped_column(Integer, default=5)
    position: Mapped[int] = mapped_column(Integer, default=0)

    program: Mapped[Program] = relationship(back_populates="criteria")


class ProgramStep(Base):
    """A screening or training step the program may require before matching."""

    __tablename__ = "program_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[StepKind]
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    hours: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)

    program: Mapped[Program] = relationship(back_populates="steps")


class Person(Base):
    """One human, across programs. Holds the personal data that erasure removes."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    email_key: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(Text)
    pronouns: Mapped[str | None] = mapped_column(Text)
    gender: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    erased_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    participations: Mapped[list[Participant]] = relationship(back_populates="person")


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("program_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    person_id: Mapped[int] = _fk("person.id")
    role: Mapped[Role]
    status: Mapped[ParticipantStatus] = mapped_column(default=ParticipantStatus.APPLIED)
    capacity: Mapped[int | None] = mapped_column(Integer)
    department: Mapped[str | None] = mapped_column(Text)
    cohort: Mapped[str | None] = mapped_column(Text)
    years_experience: Mapped[float | None] = mapped_column(Float)
    location: Mapped[str | None] = mapped_column(Text)
    meeting_format: Mapped[MeetingFormat | None]
    custom_fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    readiness_override: Mapped[bool] = mapped_column(Boolean, default=False)
    readiness_override_reason: Mapped[str | None] = mapped_column(Text)
    readiness_override_at: Mapped[datetime | None]
    joined_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    program: Mapped[Program] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship(back_populates="participations")
    tags: Mapped[list[ParticipantTag]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", passive_deletes=True
    )
    step_records: Mapped[list[StepRecord]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", passive_deletes=True
    )


class ParticipantTag(Base):
    """Interests, skills, goals, languages and availability slots, one row each."""

    __tablename__ = "participant_tag"
    __table_args__ = (
        UniqueConstraint("participant_id", "kind", "value"),
        Index("ix_participant_tag_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = _fk("participant.id")
    kind: Mapped[TagKind]
    value: Mapped[str] = mapped_column(String(200))

    participant: Mapped[Participant] = relationship(back_populates="tags")


class StepRecord(Base):
    __tablename__ = "step_record"
    __table_args__ = (UniqueConstraint("participant_id", "step_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = _fk("participant.id")
    step_id: Mapped[int] = _fk("program_step.id")
    completed_on: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")

    participant: Mapped[Participant] = relationship(back_populates="step_records")
    step: Mapped[ProgramStep] = relationship()


class PairRule(Base):
    """Do-not-pair rules and stated preferences between two participants."""

    __tablename__ = "pair_rule"
    __table_args__ = (UniqueConstraint("participant_a_id", "participant_b_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    participant_a_id: Mapped[int] = _fk("participant.id")
    participant_b_id: Mapped[int] = _fk("participant.id")
    kind: Mapped[PairRuleKind]
    reason: Mapped[str] = mapped_column(Text, default="")


class Pair(Base):
    __tablename__ = "pair"
    # A mentee is in one active or paused pair at most (migration 0013_invariants).
    __table_args__ = (
        Index(
            "uq_pair_active_mentee",
            "mentee_id",
            unique=True,
            sqlite_where=text("status IN ('active', 'paused')"),
            postgresql_where=text("status IN ('active', 'paused')"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    mentor_id: Mapped[int] = _fk("participant.id")
    mentee_id: Mapped[int] = _fk("participant.id")
    status: Mapped[PairStatus] = mapped_column(default=PairStatus.PROPOSED)
    score: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[PairOutcome | None]
    end_reason: Mapped[str | None] = mapped_column(Text)
    rematch_eligible: Mapped[bool | None] = mapped_column(Boolean)
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # When the agreement was last printed or saved (None: never), for "only new".
    agreement_printed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # The language this pair's documents print in; None: the program's.
    document_language: Mapped[str | None] = mapped_column(String(8))

    mentor: Mapped[Participant] = relationship(foreign_keys=[mentor_id])
    mentee: Mapped[Participant] = relationship(foreign_keys=[mentee_id])
    goals: Mapped[list[Goal]] = relationship(
        back_populates="pair", cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingSeries(Base):
    """A recurring schedule; its meetings keep the local wall-clock time in ``timezone``."""

    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = _fk("pair.id")
    cadence: Mapped[str] = mapped_column(String(32))
    weekday: Mapped[int] = mapped_column(Integer)
    local_time: Mapped[str] = mapped_column(String(5))
    timezone: Mapped[str] = mapped_column(String(64))
    length_minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    first_date: Mapped[date] = mapped_column(Date)
    last_date: Mapped[date | None] = mapped_column(Date)
    skip_dates: Mapped[list[Any]] = mapped_column(default=list)


class Meeting(Base):
    """A pair meeting or a staff check-in with one participant."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_starts_at", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    program_id: Mapped[int] = _fk("program.id")
    kind: Mapped[MeetingKind] = mapped_column(default=MeetingKind.PAIR)
    pair_id: Mapped[int | None] = _fk("pair.id", nullable=True)
    participant_id: Mapped[int | None] = _fk("participant.id", nullable=True)
    series_id: Mapped[int | None] = _fk("meeting_series.id", nullable=True, ondelete="SET NULL")
    starts_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    length_minutes: Mapped[int] = mapped_column(Integer, default=60)
    place: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.SCHEDULED)
    actual_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    moved: Mapped[bool] = mapped_column(Boolean, default=False)
    logged_at: Mapped[datetime | None]
    # The series date this meeting stands for (a moved meeting keeps it), so that
    # regenerating a series never makes a second meeting for the same date.
    occurrence_date: Mapped[date | None] = mapped_column(Date)
    # The calendar event's SEQUENCE: raised when PeerDesk cancels or brings back the
    # meeting, so calendars that imported an older file take the newer one.
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Why PeerDesk cancelled it by itself: "pair_ended", or "pair_paused" (resuming the
    # pair brings it back); None when cancelled by hand or not cancelled.
    cancel_reason: Mapped[str | None] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # When the event last changed for calendars (time, place or status; LAST-MODIFIED):
    # set with every rise of ``sequence`` (peerdesk.calendar.changes.revise).
    modified_at: Mapped[datetime] = mapped_column(default=utcnow)


class SurveyQuestion(Base):
    __tablename__ = "survey_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    kind: Mapped[SurveyKind]
    text: Mapped[str] = mapped_column(Text)
    answer_type: Mapped[AnswerType]
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # What the question measures, in a word or two ("Confidence"): it names the question in
    # charts and sentences, and pairs a pre-program question with its post-program twin.
    measure: Mapped[str | None] = mapped_column(String(120))

    program: Mapped[Program] = relationship(back_populates="questions")


class SurveyResponse(Base):
    """A check-in, pre/post assessment or closing survey from one participant."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    participant_id: Mapped[int] = _fk("participant.id")
    pair_id: Mapped[int | None] = _fk("pair.id", nullable=True, ondelete="SET NULL")
    kind: Mapped[SurveyKind]
    responded_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(32), default="manual")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    answers: Mapped[list[SurveyAnswer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = _fk("survey_response.id")
    question_id: Mapped[int] = _fk("survey_question.id")
    value_number: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(Text)

    response: Mapped[SurveyResponse] = relationship(back_populates="answers")


class Goal(Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = _fk("pair.id")
    text: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date | None] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    pair: Mapped[Pair] = relationship(back_populates="goals")


class SessionKind(Base):
    """A kind of group session a program holds (training, workshop, social...): the list
    is the program's own, made with the defaults of :mod:`peerdesk.groups.kinds`."""

    __tablename__ = "session_kind"
    __table_args__ = (UniqueConstraint("program_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # "#rrggbb" for the calendar; empty: the app's colour for sessions.
    colour: Mapped[str] = mapped_column(String(9), default="")


class Circle(Base):
    """A named group with one or more leaders (mentors) and members: a mentor circle, or a
    mentoring group. Its status, dates and closure are a pair's."""

    __tablename__ = "circle"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[PairStatus] = mapped_column(default=PairStatus.PROPOSED)
    score: Mapped[float | None] = mapped_column(Float)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[PairOutcome | None]
    end_reason: Mapped[str | None] = mapped_column(Text)
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    agreement_printed_at: Mapped[datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    members: Mapped[list[CircleMember]] = relationship(
        back_populates="circle", cascade="all, delete-orphan", passive_deletes=True
    )


class CircleMember(Base):
    """A participant in a circle: ``leader`` (a mentor leading it) or ``member``."""

    __tablename__ = "circle_member"
    __table_args__ = (UniqueConstraint("circle_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    circle_id: Mapped[int] = _fk("circle.id")
    participant_id: Mapped[int] = _fk("participant.id")
    role: Mapped[str] = mapped_column(String(16), default="member")

    circle: Mapped[Circle] = relationship(back_populates="members")
    participant: Mapped[Participant] = relationship()


class GroupSession(Base):
    """A training, workshop, social, circle meeting... held for many people at once.

    ``kind`` is a :class:`SessionKind` key of the program. ``invite`` says who is invited
    (``mentors``, ``mentees``, ``everyone``, ``circle`` with ``circle_id``, or ``people``
    picked by hand); the invited people are its :class:`SessionAttendance` rows. Sessions
    made together as a series share ``series_key``. Attending one whose
    ``completes_step_id`` is set records that readiness step for the person."""

    __tablename__ = "group_session"
    __table_args__ = (Index("ix_group_session_starts_at", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    program_id: Mapped[int] = _fk("program.id")
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    length_minutes: Mapped[int] = mapped_column(Integer, default=60)
    place: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    invite: Mapped[str] = mapped_column(String(16), default="everyone")
    circle_id: Mapped[int | None] = _fk("circle.id", nullable=True, ondelete="SET NULL")
    series_key: Mapped[str | None] = mapped_column(String(64), index=True)
    # The series date this session stands for (like a meeting's occurrence_date).
    occurrence_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=SCHEDULED)
    completes_step_id: Mapped[int | None] = _fk(
        "program_step.id", nullable=True, ondelete="SET NULL"
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Calendar files: raised with every change of time, place or status (like meetings).
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    modified_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    attendance: Mapped[list[SessionAttendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )


class SessionAttendance(Base):
    """One invited person at a session: ``invited`` (not marked yet), ``attended``,
    ``excused`` or ``absent``. ``step_record_id`` is the readiness step this attendance
    recorded, so that undoing it removes exactly that record."""

    __tablename__ = "session_attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = _fk("group_session.id")
    participant_id: Mapped[int] = _fk("participant.id")
    status: Mapped[str] = mapped_column(String(16), default=INVITED)
    marked_at: Mapped[datetime | None]
    step_record_id: Mapped[int | None] = _fk("step_record.id", nullable=True, ondelete="SET NULL")

    session: Mapped[GroupSession] = relationship(back_populates="attendance")
    participant: Mapped[Participant] = relationship()


class ChangeRecord(Base):
    """The change history. Holds ids and field names, never personal data."""

    __tablename__ = "change_record"
    __table_args__ = (Index("ix_change_record_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    program_id: Mapped[int | None] = _fk("program.id", nullable=True, ondelete="SET NULL")
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The name the coordinator worked under (``Database.actor``); None on older lines.
    actor: Mapped[str | None] = mapped_column(String(120))


class ImportBatch(Base):
    """One roster import: its counts for the history, and what undoing it needs.

    ``undo_data`` holds the ids the import created and the rows it changed as they
    were before; erasing a person clears it from every batch that mentions them.
    """

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    source_name: Mapped[str] = mapped_column(Text, default="")
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    undo_data: Mapped[dict[str, Any] | None] = mapped_column(JSONText())


class ColumnLayout(Base):
    """A remembered column mapping, found again by the shape of a sheet's header row."""

    __tablename__ = "column_layout"

    id: Mapped[int] = mapped_column(primary_key=True)
    signature: Mapped[str] = mapped_column(String(64), unique=True)
    headers: Mapped[list[Any]] = mapped_column(default=list)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    used_at: Mapped[datetime] = mapped_column(default=utcnow)


class MeasureReference(Base):
    """A figure the program compares one of its measures with, and where it comes from
    (:mod:`peerdesk.evaluation.references`)."""

    __tablename__ = "measure_reference"
    __table_args__ = (UniqueConstraint("program_id", "measure"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = _fk("program.id")
    measure: Mapped[str] = mapped_column(String(64))
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")
    preset: Mapped[str | None] = mapped_column(String(64))


class Meta(Base):
    """Marks a database as PeerDesk's: ``application`` = ``PeerDesk`` (migration 0008).

    A file also says so in its SQLite header; a database on a server has only this.
    Copying a program never copies these rows: every PeerDesk database has its own.
    """

    __tablename__ = "peerdesk_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


@event.listens_for(Session, "do_orm_execute")
def _raise_versions(state: ORMExecuteState) -> None:
    """An UPDATE of many rows at once (``session.execute(update(Person)...)``) raises their
    versions too: the ORM checks and raises a version only for the objects it flushes, and
    a form open on one of those rows must see that it changed."""
    mapper = state.bind_mapper
    if not state.is_update or state.is_executemany or mapper is None:
        return
    column = mapper.version_id_col
    statement = state.statement
    if column is None or not isinstance(statement, Update):
        return
    if column.key not in {getattr(key, "key", key) for key in statement._values or {}}:
        state.statement = statement.values({column.key: column + 1})


class DatabaseUser(Base):
    """Who may use a shared database, and as what: ``administrator``, ``coordinator`` or
    ``viewer`` (migration 0011, :mod:`peerdesk.storage.roles`). The server enforces it; in a
    file the table stays empty (a file is one coordinator's). Never copied with a program."""

    __tablename__ = "peerdesk_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(63), unique=True)  # the server's login name
    role: Mapped[str] = mapped_column(String(16))


class ProgramGrant(Base):
    """A program given to a coordinator or a viewer. No reference to ``program``: a grant
    outlives restoring a backup, which deletes and writes the programs back with their ids."""

    __tablename__ = "peerdesk_grant"
    __table_args__ = (UniqueConstraint("user_id", "program_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("peerdesk_user.id", ondelete="CASCADE"))
    program_id: Mapped[int] = mapped_column(Integer)
