"""The people of a program: listing, adding and editing them, their screening and
training records, readiness, and erasing a person's personal data.

Each call is one transaction. A person (one human, across programs) is found
again by email, compared without regard to case or spaces (:func:`email_key`);
names are data and are stored exactly as given.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from peerdesk import conflicts, history
from peerdesk.database import Database
from peerdesk.enums import MeetingFormat, PairStatus, ParticipantStatus, Role, TagKind
from peerdesk.errors import NotFound, UserError, ValidationError
from peerdesk.models import (
    Circle,
    CircleMember,
    Goal,
    ImportBatch,
    Meeting,
    Pair,
    PairRule,
    Participant,
    ParticipantTag,
    Person,
    Program,
    ProgramStep,
    StepRecord,
    SurveyResponse,
)
from peerdesk.sqltypes import utcnow
from peerdesk.storage.retry import strict

ERASED_NAME = "Erased person"
NAME_MAX = 300
MAX_CAPACITY = 50  # mentees one mentor may take
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+\.[^@\s<>(),;:\"\[\]\\.]{2,}$")
_OPEN_PAIR = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)
_STATUSES_BEFORE_READY = (
    ParticipantStatus.APPLIED,
    ParticipantStatus.SCREENED,
    ParticipantStatus.TRAINED,
)


def email_key(email: str | None) -> str | None:
    """How emails are compared: case and every space ignored. None for no email."""
    if email is None:
        return None
    key = "".join(email.split()).casefold()
    return key or None


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text)) and ".." not in text


class OverrideNeedsReason(UserError):
    template = "Say why this person may be matched before finishing their steps."


@dataclass
class PersonData:
    """Every attribute of a person in a program, as the edit dialog shows them."""

    full_name: str = ""
    email: str = ""
    phone: str = ""
    pronouns: str = ""
    gender: str = ""
    person_notes: str = ""
    role: Role = Role.MENTEE
    status: ParticipantStatus = ParticipantStatus.APPLIED
    capacity: int | None = None
    department: str = ""
    cohort: str = ""
    years_experience: float | None = None
    location: str = ""
    meeting_format: MeetingFormat | None = None
    joined_on: date | None = None
    notes: str = ""
    custom_fields: dict[str, Any] = field(default_factory=dict)
    tags: dict[TagKind, list[str]] = field(default_factory=dict)
    #: The stored versions (person, participant) when :func:`get_person` read them; a form
    #: passes them back to :func:`update_person` as ``expected_version``.
    version: conflicts.Version | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the People table."""

    participant_id: int
    person_id: int
    full_name: str
    email: str
    role: Role
    status: ParticipantStatus
    department: str
    interests: tuple[str, ...]
    tags: tuple[str, ...]
    ready: bool
    readiness_overridden: bool
    matched_with: tuple[str, ...]


@dataclass(frozen=True)
class StepStatus:
    step_id: int
    name: str
    kind: str
    required: bool
    completed_on: date | None
    hours: float | None
    notes: str


@dataclass(frozen=True)
class Readiness:
    ready: bool
    missing: tuple[str, ...]
    overridden: bool
    override_reason: str
    override_at: datetime | None


# -- Validation ---------------------------------------------------------------------------


def validate_person(data: PersonData) -> dict[str, str]:
    """Problems keyed by field name, in a coordinator's words; empty when valid."""
    problems: dict[str, str] = {}
    name = data.full_name.strip()
    if not name:
        problems["full_name"] = "Give the person's name."
    elif len(name) > NAME_MAX:
        problems["full_name"] = f"The name is too long; keep it under {NAME_MAX} characters."
    email = data.email.strip()
    if email and not is_email(email):
        problems["email"] = f"'{email}' is not an email address."
    if data.years_experience is not None and not 0 <= data.years_experience <= 80:
        problems["years_experience"] = "Years of experience go from 0 to 80."
    if data.capacity is not None and not 0 <= data.capacity <= MAX_CAPACITY:
        problems["capacity"] = "A mentor can take between 0 and 50 mentees."
    for kind, tags in data.tags.items():
        if any(len(t) > 200 for t in tags):
            problems[f"tags:{kind.value}"] = "Keep each entry under 200 characters."
    return problems


def _clean_tags(tags: Iterable[str]) -> list[str]:
    result: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        tag = tag.strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def _or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


# -- Reading ------------------------------------------------------------------------------


def list_participants(
    db: Database,
    program_id: int,
    *,
    search: str = "",
    role: Role | None = None,
    status: ParticipantStatus | None = None,
    ready: bool | None = None,
    department: str | None = None,
) -> list[ParticipantRow]:
    """The program's participants, filtered; search matches name, email and tags."""
    with db.reading() as session:
        query = (
            select(
                Participant.id,
                Participant.person_id,
                Person.full_name,
                Person.email,
                Participant.role,
                Participant.status,
                Participant.department,
                Participant.readiness_override,
            )
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.program_id == program_id)
        )
        if role is not None:
            query = query.where(Participant.role == role)
        if status is not None:
            query = query.where(Participant.status == status)
        if department is not None:
            query = query.where(Participant.department == department)
        # By name as a file orders text (code point by code point), then by id: a
        # server's collation would put "de Vries" and accented names elsewhere.
        rows = sorted(session.execute(query).all(), key=lambda row: (row[2], row[0]))
        tags = _tags_by_participant(session, program_id)
        done = _completed_required(session, program_id)
        required = set(
            session.scalars(
                select(ProgramStep.id).where(
                    ProgramStep.program_id == program_id, ProgramStep.required.is_(True)
                )
            )
        )
        partners = _partners(session, program_id)
    needle = search.strip().casefold()
    result: list[ParticipantRow] = []
    for pid, person_id, name, email, p_role, p_status, dept, override in rows:
        p_tags = tags.get(pid, {})
        all_tags = tuple(t for values in p_tags.values() for t in values)
        is_ready = bool(override) or required <= done.get(pid, set())
        if ready is not None and is_ready != ready:
            continue
        if needle and not (
            needle in name.casefold()
            or needle in (email or "").casefold()
            or any(needle in t.casefold() for t in all_tags)
        ):
            continue
        result.append(
            ParticipantRow(
                participant_id=pid,
                person_id=person_id,
                full_name=name,
                email=email or "",
                role=p_role,
                status=p_status,
                department=dept or "",
                interests=tuple(p_tags.get(TagKind.INTEREST, ())),
                tags=all_tags,
                ready=is_ready,
                readiness_overridden=bool(override),
                matched_with=tuple(partners.get(pid, ())),
            )
        )
    return result


def _tags_by_participant(session: Session, program_id: int) -> dict[int, dict[TagKind, list[str]]]:
    result: dict[int, dict[TagKind, list[str]]] = defaultdict(lambda: defaultdict(list))
    query = (
        select(ParticipantTag.participant_id, ParticipantTag.kind, ParticipantTag.value)
        .join(Participant, Participant.id == ParticipantTag.participant_id)
        .where(Participant.program_id == program_id)
        .order_by(ParticipantTag.id)
    )
    for pid, kind, value in session.execute(query):
        result[pid][kind].append(value)
    return result


def _completed_required(session: Session, program_id: int) -> dict[int, set[int]]:
    result: dict[int, set[int]] = defaultdict(set)
    query = (
        select(StepRecord.participant_id, StepRecord.step_id)
        .join(ProgramStep, ProgramStep.id == StepRecord.step_id)
        .where(
            ProgramStep.program_id == program_id,
            ProgramStep.required.is_(True),
            StepRecord.completed_on.is_not(None),
        )
    )
    for pid, step_id in session.execute(query):
        result[pid].add(step_id)
    return result


def _partners(session: Session, program_id: int) -> dict[int, list[str]]:
    names = dict(
        session.execute(
            select(Participant.id, Person.full_name)
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.program_id == program_id)
        ).all()
    )
    result: dict[int, list[str]] = defaultdict(list)
    query = select(Pair.mentor_id, Pair.mentee_id).where(
        Pair.program_id == program_id, Pair.status.in_(_OPEN_PAIR)
    )
    for mentor_id, mentee_id in session.execute(query.order_by(Pair.id)):
        result[mentor_id].append(names.get(mentee_id, ""))
        result[mentee_id].append(names.get(mentor_id, ""))
    return result


def _participant(session: Session, participant_id: int) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFound(what="That person")
    return participant


def get_person(db: Database, participant_id: int) -> PersonData:
    """Everything the edit dialog shows about a participant, with the version it is at."""
    with db.reading() as session:
        return _person_data(_participant(session, participant_id))


def _person_data(participant: Participant) -> PersonData:
    person = participant.person
    tags: dict[TagKind, list[str]] = {}
    for tag in sorted(participant.tags, key=lambda t: t.id):
        tags.setdefault(tag.kind, []).append(tag.value)
    return PersonData(
        full_name=person.full_name,
        email=person.email or "",
        phone=person.phone or "",
        pronouns=person.pronouns or "",
        gender=person.gender or "",
        person_notes=person.notes,
        role=participant.role,
        status=participant.status,
        capacity=participant.capacity,
        department=participant.department or "",
        cohort=participant.cohort or "",
        years_experience=participant.years_experience,
        location=participant.location or "",
        meeting_format=participant.meeting_format,
        joined_on=participant.joined_on,
        notes=participant.notes,
        custom_fields=dict(participant.custom_fields or {}),
        tags=tags,
        version=(person.version, participant.version),
    )


def get_person_id(db: Database, participant_id: int) -> int:
    """The person (across programs) behind a participant, e.g. for erasing them."""
    with db.reading() as session:
        return _participant(session, participant_id).person_id


def tag_values(db: Database, kind: TagKind) -> list[str]:
    """Every value of a tag kind in the file, for autocomplete."""
    with db.reading() as session:
        return sorted(
            set(session.scalars(select(ParticipantTag.value).where(ParticipantTag.kind == kind))),
            key=str.casefold,
        )


def departments(db: Database, program_id: int) -> list[str]:
    with db.reading() as session:
        found = session.scalars(
            select(Participant.department)
            .where(Participant.program_id == program_id, Participant.department.is_not(None))
            .distinct()
        )
        return sorted((d for d in found if d), key=str.casefold)


# -- Adding and editing -------------------------------------------------------------------


def _apply(person: Person, participant: Participant, data: PersonData) -> None:
    person.full_name = data.full_name.strip()
    person.email = _or_none(data.email)
    person.email_key = email_key(person.email)
    person.phone = _or_none(data.phone)
    person.pronouns = _or_none(data.pronouns)
    person.gender = _or_none(data.gender)
    person.notes = data.person_notes
    participant.role = data.role
    participant.status = data.status
    participant.capacity = data.capacity
    participant.department = _or_none(data.department)
    participant.cohort = _or_none(data.cohort)
    participant.years_experience = data.years_experience
    participant.location = _or_none(data.location)
    participant.meeting_format = data.meeting_format
    participant.joined_on = data.joined_on
    participant.notes = data.notes
    participant.custom_fields = dict(data.custom_fields)
    wanted = {(kind, value) for kind, values in data.tags.items() for value in _clean_tags(values)}
    kept = []
    for tag in list(participant.tags):
        if (tag.kind, tag.value) in wanted:
            wanted.discard((tag.kind, tag.value))
            kept.append(tag)
    order = [(k, v) for k, values in data.tags.items() for v in _clean_tags(values)]
    participant.tags = kept + [
        ParticipantTag(kind=k, value=v) for k, v in order if (k, v) in wanted
    ]


def _check(session: Session, program_id: int, data: PersonData, participant_id: int | None) -> None:
    problems = validate_person(data)
    key = email_key(_or_none(data.email))
    if key and "email" not in problems:
        clash = session.scalar(
            select(Participant.id)
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.program_id == program_id, Person.email_key == key)
            .where(Participant.id != (participant_id or -1))
        )
        if clash is not None:
            problems["email"] = "Someone in this program already has this email."
    if problems:
        raise ValidationError(problems)


@strict
def add_person(db: Database, program_id: int, data: PersonData) -> int:
    """Add a person to a program; someone already in the file (same email) is reused."""
    with db.transaction() as session:
        if session.get(Program, program_id) is None:
            raise NotFound(what="That program")
        _check(session, program_id, data, None)
        key = email_key(_or_none(data.email))
        person = None
        if key:
            person = session.scalar(
                select(Person).where(Person.email_key == key).order_by(Person.id).limit(1)
            )
        if person is None:
            person = Person(full_name="")
            session.add(person)
        participant = Participant(program_id=program_id, person=person, role=data.role)
        session.add(participant)
        _apply(person, participant, data)
        session.flush()
        history.record(session, "participant", participant.id, "create", program_id=program_id)
        from peerdesk.groups.sessions import sync_invitations

        sync_invitations(session, program_id, [participant.id])  # to upcoming sessions
        return participant.id


@strict
def update_person(
    db: Database,
    participant_id: int,
    data: PersonData,
    *,
    expected_version: conflicts.Version | None = None,
) -> None:
    """Save the edit dialog's ``data``. ``expected_version`` is the version the dialog
    showed (``PersonData.version``): if someone saved the record since, nothing is saved
    and :class:`~peerdesk.conflicts.EditConflict` holds both sides."""

    def save() -> None:
        with db.transaction() as session:
            participant = _participant(session, participant_id)
            person = participant.person
            conflicts.check(
                session,
                entity="participant",
                entity_id=participant_id,
                record=f"{person.full_name}'s record",
                label=person.full_name,
                expected=expected_version,
                current=(person.version, participant.version),
                theirs=lambda: person_fields(_person_data(participant)),
                mine=person_fields(data),
                history_of=[("participant", participant_id), ("person", person.id)],
                changed_at=max(person.updated_at, participant.updated_at),
            )
            _check(session, participant.program_id, data, participant_id)
            tags_before = [(tag.kind, tag.value) for tag in participant.tags]
            _apply(person, participant, data)
            if [(tag.kind, tag.value) for tag in participant.tags] != tags_before:
                participant.version += 1  # the tags are rows of their own
            history.record(
                session, "participant", participant_id, "update", program_id=participant.program_id
            )
            session.flush()
            from peerdesk.groups.sessions import sync_invitations

            sync_invitations(session, participant.program_id, [participant_id])  # a new role

    conflicts.saving(save)


def person_fields(data: PersonData) -> dict[str, Any]:
    """``data`` field by field, tidied as it is stored (both sides of a conflict); each
    kind of tag is a field ``tags:<kind>``."""
    values: dict[str, Any] = {
        "full_name": data.full_name.strip(),
        "email": data.email.strip(),
        "phone": data.phone.strip(),
        "pronouns": data.pronouns.strip(),
        "gender": data.gender.strip(),
        "person_notes": data.person_notes,
        "role": data.role,
        "status": data.status,
        "capacity": data.capacity,
        "department": data.department.strip(),
        "cohort": data.cohort.strip(),
        "years_experience": data.years_experience,
        "location": data.location.strip(),
        "meeting_format": data.meeting_format,
        "joined_on": data.joined_on,
        "notes": data.notes,
        "custom_fields": dict(data.custom_fields),
    }
    for kind in TagKind:
        values[f"tags:{kind.value}"] = _clean_tags(data.tags.get(kind, []))
    return values


def person_from_fields(values: Mapping[str, Any]) -> PersonData:
    """The :class:`PersonData` of :func:`person_fields`' values (say, a merge of both sides)."""
    plain = {k: v for k, v in values.items() if not k.startswith("tags:")}
    tags = {kind: list(values.get(f"tags:{kind.value}", [])) for kind in TagKind}
    return PersonData(**plain, tags={k: v for k, v in tags.items() if v})


class CapacityAtMost(UserError):
    template = "A mentor can take at most 50 mentees."


@strict
def allow_one_more(db: Database, participant_id: int) -> int:
    """Give a mentor one more place than they have now (the program's default counts as
    what they have); returns the new number."""
    with db.transaction() as session:
        participant = _participant(session, participant_id)
        program = session.get(Program, participant.program_id)
        default = program.default_mentor_capacity if program is not None else 1
        current = default if participant.capacity is None else participant.capacity
        if current >= MAX_CAPACITY:
            raise CapacityAtMost()
        participant.capacity = current + 1
        history.record(
            session,
            "participant",
            participant_id,
            "capacity",
            program_id=participant.program_id,
            capacity=participant.capacity,
        )
        return participant.capacity


@strict
def set_status(db: Database, participant_ids: Iterable[int], status: ParticipantStatus) -> None:
    """Bulk: give everyone selected the same status."""
    ids = list(participant_ids)
    with db.transaction() as session:
        by_program: dict[int, list[int]] = {}
        for participant in session.scalars(select(Participant).where(Participant.id.in_(ids))):
            participant.status = status
            by_program.setdefault(participant.program_id, []).append(participant.id)
            history.record(
                session,
                "participant",
                participant.id,
                "status",
                program_id=participant.program_id,
                status=status.value,
            )
        session.flush()
        from peerdesk.groups.sessions import sync_invitations

        for program_id, changed in by_program.items():  # withdrawn: off the lists to come
            sync_invitations(session, program_id, changed)


# -- Screening, training and readiness ----------------------------------------------------


def step_records(db: Database, participant_id: int) -> list[StepStatus]:
    """The program's steps, each with this person's record of it (if any)."""
    with db.reading() as session:
        participant = _participant(session, participant_id)
        records = {r.step_id: r for r in participant.step_records}
        result = []
        for step in participant.program.steps:
            record = records.get(step.id)
            result.append(
                StepStatus(
                    step_id=step.id,
                    name=step.name,
                    kind=step.kind.value,
                    required=step.required,
                    completed_on=record.completed_on if record else None,
                    hours=record.hours if record else None,
                    notes=record.notes if record else "",
                )
            )
        return result


def record_step(
    db: Database,
    participant_ids: Iterable[int],
    step_id: int,
    completed_on: date | None,
    *,
    hours: float | None = None,
    notes: str = "",
) -> None:
    """Mark a step done on ``completed_on`` (None: not done) for everyone selected.

    Someone whose last required step this completes moves on to "ready" if their
    status was still before it.
    """
    ids = list(participant_ids)
    with db.transaction() as session:
        step = session.get(ProgramStep, step_id)
        if step is None:
            raise NotFound(what="That step")
        for participant in session.scalars(select(Participant).where(Participant.id.in_(ids))):
            if participant.program_id != step.program_id:
                raise NotFound(what="That step")
            record = next((r for r in participant.step_records if r.step_id == step_id), None)
            if record is None:
                record = StepRecord(step_id=step_id)
                participant.step_records.append(record)
            record.completed_on = completed_on
            record.hours = hours
            record.notes = notes
            session.flush()
            if (
                completed_on is not None
                and participant.status in _STATUSES_BEFORE_READY
                and _readiness(session, participant).ready
            ):
                participant.status = ParticipantStatus.READY
            history.record(
                session,
                "participant",
                participant.id,
                "step",
                program_id=participant.program_id,
                step_id=step_id,
                done=completed_on is not None,
            )


def _readiness(session: Session, participant: Participant) -> Readiness:
    done = {r.step_id for r in participant.step_records if r.completed_on is not None}
    missing = tuple(s.name for s in participant.program.steps if s.required and s.id not in done)
    return Readiness(
        ready=participant.readiness_override or not missing,
        missing=missing,
        overridden=participant.readiness_override,
        override_reason=participant.readiness_override_reason or "",
        override_at=participant.readiness_override_at,
    )


def readiness(db: Database, participant_id: int) -> Readiness:
    """Ready when every required step is done, or when the coordinator overrode it."""
    with db.reading() as session:
        return _readiness(session, _participant(session, participant_id))


def missing_steps(db: Database, program_id: int) -> dict[int, tuple[str, ...]]:
    """Every participant's required steps not done yet, in the program's order (empty: none
    left), by participant id; one read for the whole program, as :func:`readiness` counts."""
    with db.reading() as session:
        done = _completed_required(session, program_id)
        required = session.execute(
            select(ProgramStep.id, ProgramStep.name)
            .where(ProgramStep.program_id == program_id, ProgramStep.required.is_(True))
            .order_by(ProgramStep.position, ProgramStep.id)
        ).all()
        ids = session.scalars(select(Participant.id).where(Participant.program_id == program_id))
        return {
            pid: tuple(name for step_id, name in required if step_id not in done.get(pid, ()))
            for pid in ids
        }


def set_readiness_override(
    db: Database, participant_id: int, override: bool, reason: str = ""
) -> None:
    """Let someone be matched before their steps are done (with a reason), or undo that."""
    if override and not reason.strip():
        raise OverrideNeedsReason()
    with db.transaction() as session:
        participant = _participant(session, participant_id)
        participant.readiness_override = override
        participant.readiness_override_reason = reason.strip() if override else None
        participant.readiness_override_at = utcnow() if override else None
        history.record(
            session,
            "participant",
            participant_id,
            "readiness_override" if override else "readiness_override_removed",
            program_id=participant.program_id,
        )


# -- Erasing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a person removes, for the confirmation that names it."""

    person_id: int
    full_name: str
    programs: tuple[str, ...]
    pairs: int
    meetings_with_notes: int
    survey_responses: int
    goals: int
    step_records: int
    tags: int
    imports_no_longer_undoable: int

    def describe(self) -> str:
        parts = [
            f"{self.full_name}'s name, email, phone, pronouns, gender and notes",
            "their department, location, custom fields and tags"
            + (f" in {', '.join(self.programs)}" if self.programs else ""),
        ]
        if self.meetings_with_notes:
            parts.append(f"the notes of {self.meetings_with_notes} meeting(s)")
        if self.survey_responses:
            parts.append(f"{self.survey_responses} survey response(s)")
        if self.goals:
            parts.append(f"{self.goals} pair goal(s)")
        text = "This removes " + "; ".join(parts) + "."
        if self.imports_no_longer_undoable:
            text += " Imports that included them can no longer be undone."
        return text


def _erasure_scope(session: Session, person_id: int) -> tuple[Person, list[Participant], list[int]]:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(what="That person")
    participants = list(
        session.scalars(select(Participant).where(Participant.person_id == person_id))
    )
    ids = [p.id for p in participants]
    pair_ids = list(
        session.scalars(
            select(Pair.id).where(or_(Pair.mentor_id.in_(ids), Pair.mentee_id.in_(ids)))
        )
    )
    return person, participants, pair_ids


def _batches_mentioning(session: Session, person_id: int) -> list[ImportBatch]:
    found = []
    for batch in session.scalars(select(ImportBatch).where(ImportBatch.undo_data.is_not(None))):
        data = batch.undo_data or {}
        created = data.get("created", {}).get("person", [])
        before = [row.get("id") for row in data.get("before", {}).get("person", [])]
        if person_id in created or person_id in before:
            found.append(batch)
    return found


def erasure_plan(db: Database, person_id: int) -> ErasurePlan:
    with db.reading() as session:
        person, participants, pair_ids = _erasure_scope(session, person_id)
        ids = [p.id for p in participants]
        meeting_filter = or_(Meeting.pair_id.in_(pair_ids), Meeting.participant_id.in_(ids))
        meetings = session.scalars(
            select(Meeting.id).where(meeting_filter, or_(Meeting.notes != "", Meeting.topics != ""))
        ).all()
        return ErasurePlan(
            person_id=person_id,
            full_name=person.full_name,
            programs=tuple(p.program.name for p in participants),
            pairs=len(pair_ids),
            meetings_with_notes=len(meetings),
            survey_responses=len(
                session.scalars(
                    select(SurveyResponse.id).where(SurveyResponse.participant_id.in_(ids))
                ).all()
            ),
            goals=len(session.scalars(select(Goal.id).where(Goal.pair_id.in_(pair_ids))).all()),
            step_records=len(
                session.scalars(
                    select(StepRecord.id).where(StepRecord.participant_id.in_(ids))
                ).all()
            ),
            tags=len(
                session.scalars(
                    select(ParticipantTag.id).where(ParticipantTag.participant_id.in_(ids))
                ).all()
            ),
            imports_no_longer_undoable=len(_batches_mentioning(session, person_id)),
        )


@strict
def erase_person(db: Database, person_id: int) -> None:
    """Remove a person's personal data everywhere in the program, leaving no trace of it.

    The person and their participations stay as anonymous records (so a program's
    counts and pairs still add up); every field that held something about them is
    cleared. The storage then leaves no old copy of the text behind
    (``Store.begin_erase`` and ``Store.scrub``: in a file, freed space is overwritten
    and the write-ahead log emptied; on a server, the old row versions are vacuumed).
    """
    with db.transaction() as session:
        db.store.begin_erase(session.connection())
        person, participants, pair_ids = _erasure_scope(session, person_id)
        ids = [p.id for p in participants]
        person.full_name = ERASED_NAME
        person.email = person.email_key = person.phone = None
        person.pronouns = person.gender = None
        person.notes = ""
        person.erased_at = utcnow()
        for participant in participants:
            participant.department = participant.cohort = participant.location = None
            participant.years_experience = None
            participant.meeting_format = None
            participant.custom_fields = {}
            participant.notes = ""
            participant.readiness_override_reason = None
        session.execute(delete(ParticipantTag).where(ParticipantTag.participant_id.in_(ids)))
        session.execute(
            update(StepRecord).where(StepRecord.participant_id.in_(ids)).values(notes="")
        )
        session.execute(
            update(Meeting)
            .where(or_(Meeting.pair_id.in_(pair_ids), Meeting.participant_id.in_(ids)))
            .values(notes="", topics="")
        )
        session.execute(update(Pair).where(Pair.id.in_(pair_ids)).values(notes="", end_reason=None))
        # The circles they are in: notes and closure, as a pair's (attendance stays, anonymous).
        circles = select(CircleMember.circle_id).where(CircleMember.participant_id.in_(ids))
        session.execute(
            update(Circle).where(Circle.id.in_(circles)).values(notes="", end_reason=None)
        )
        session.execute(delete(Goal).where(Goal.pair_id.in_(pair_ids)))
        session.execute(delete(SurveyResponse).where(SurveyResponse.participant_id.in_(ids)))
        session.execute(
            update(PairRule)
            .where(or_(PairRule.participant_a_id.in_(ids), PairRule.participant_b_id.in_(ids)))
            .values(reason="")
        )
        for batch in _batches_mentioning(session, person_id):
            batch.undo_data = None
        session.flush()
        history.record(session, "person", person_id, "erase")
        session.flush()
    db.store.scrub()
