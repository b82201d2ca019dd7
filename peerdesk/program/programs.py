"""Creating, reading and changing programs: each call is one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk import conflicts, history
from peerdesk.database import Database
from peerdesk.enums import ProgramTemplate
from peerdesk.errors import NotFound, ValidationError
from peerdesk.groups.kinds import add_default_kinds
from peerdesk.models import MatchingCriterion, Program, ProgramStep
from peerdesk.program.reads import (
    ProgramCounts,
    ProgramSummary,
    count_records,
    list_programs,
    load_settings,
    taken_names,
)
from peerdesk.program.settings import (
    SCALAR_FIELDS,
    CriterionSetting,
    ProgramSettings,
    StepSetting,
    validate,
)
from peerdesk.program.templates import template_settings

__all__ = [
    "ProgramCounts",
    "ProgramSummary",
    "count_records",
    "create_program",
    "find_program",
    "list_programs",
    "load_settings",
    "quick_settings",
    "settings_fields",
    "settings_from_fields",
    "taken_names",
    "update_program",
]


def _names(session: Session, excluding: int | None = None) -> set[str]:
    query = select(Program.name)
    if excluding is not None:
        query = query.where(Program.id != excluding)
    return set(session.scalars(query))


def _write(program: Program, settings: ProgramSettings) -> None:
    for name in SCALAR_FIELDS:
        value = getattr(settings, name)
        if isinstance(value, str):
            value = value.strip() if name == "name" else value
        setattr(program, name, value)
    existing_criteria = {c.key: c for c in program.criteria}
    criteria: list[MatchingCriterion] = []
    for position, criterion in enumerate(settings.criteria):
        row = existing_criteria.pop(criterion.key, None) or MatchingCriterion(key=criterion.key)
        row.enabled, row.weight, row.position = criterion.enabled, criterion.weight, position
        criteria.append(row)
    program.criteria = criteria
    existing_steps = {s.name: s for s in program.steps}
    kept: list[ProgramStep] = []
    for position, step in enumerate(settings.steps):
        # Reuse a step of the same name so that people's records of it survive.
        step_row = existing_steps.pop(step.name, None) or ProgramStep(name=step.name)
        step_row.kind, step_row.required = step.kind, step.required
        step_row.hours, step_row.position = step.hours, position
        kept.append(step_row)
    program.steps = kept


def create_program(db: Database, settings: ProgramSettings) -> int:
    """Save a new program; raises :class:`ValidationError` and saves nothing if invalid."""
    with db.transaction() as session:
        problems = validate(settings, _names(session))
        if problems:
            raise ValidationError(problems)
        program = Program(name=settings.name.strip())
        session.add(program)
        _write(program, settings)
        session.flush()
        add_default_kinds(session, program.id)
        history.record(session, "program", program.id, "create", program_id=program.id)
        return program.id


def update_program(
    db: Database,
    program_id: int,
    settings: ProgramSettings,
    *,
    expected_version: conflicts.Version | None = None,
) -> None:
    """Save the settings dialog's ``settings``. ``expected_version``: the version the
    dialog showed (``ProgramSettings.version``); if someone saved the settings since,
    nothing is saved and :class:`~peerdesk.conflicts.EditConflict` holds both sides."""

    def save() -> None:
        with db.transaction() as session:
            program = session.get(Program, program_id)
            if program is None:
                raise NotFound(what="That program")
            conflicts.check(
                session,
                entity="program",
                entity_id=program_id,
                record=f"The program “{program.name}”",
                label=program.name,
                expected=expected_version,
                current=(program.version,),
                theirs=lambda: settings_fields(_settings_of(program)),
                mine=settings_fields(settings),
                changed_at=program.updated_at,
            )
            problems = validate(settings, _names(session, excluding=program_id))
            if problems:
                raise ValidationError(problems)
            before = {name: getattr(program, name) for name in SCALAR_FIELDS}
            lists = _lists(program)
            _write(program, settings)
            changed = sorted(n for n in SCALAR_FIELDS if getattr(program, n) != before[n])
            if _lists(program) != lists:
                program.version += 1  # criteria and steps are rows of their own
            history.record(
                session, "program", program_id, "update", program_id=program_id, fields=changed
            )

    conflicts.saving(save)


def _lists(program: Program) -> list[tuple[Any, ...]]:
    return [(c.key, c.enabled, c.weight) for c in program.criteria] + [
        (s.name, s.kind, s.required, s.hours) for s in program.steps
    ]


def _settings_of(program: Program) -> ProgramSettings:
    """The stored settings, read through the session that is about to write them."""
    return ProgramSettings(
        **{name: getattr(program, name) for name in SCALAR_FIELDS},
        criteria=[CriterionSetting(c.key, c.enabled, c.weight) for c in program.criteria],
        steps=[StepSetting(s.name, s.kind, s.required, s.hours) for s in program.steps],
    )


def settings_fields(settings: ProgramSettings) -> dict[str, Any]:
    """``settings`` field by field (both sides of a conflict): each setting, then the
    matching criteria and the steps, each list as one field."""
    values: dict[str, Any] = {name: getattr(settings, name) for name in SCALAR_FIELDS}
    values["name"] = settings.name.strip()
    values["criteria"] = [asdict(c) for c in settings.criteria]
    values["steps"] = [asdict(s) for s in settings.steps]
    return values


def settings_from_fields(values: Mapping[str, Any]) -> ProgramSettings:
    """The :class:`ProgramSettings` of :func:`settings_fields`' values (say, a merge)."""
    plain = {k: v for k, v in values.items() if k not in ("criteria", "steps")}
    return ProgramSettings(
        **plain,
        criteria=[CriterionSetting(**c) for c in values.get("criteria", [])],
        steps=[StepSetting(**s) for s in values.get("steps", [])],
    )


def find_program(db: Database, name: str) -> int:
    """The id of the program called ``name`` (case-insensitive)."""
    wanted = name.strip().casefold()
    for summary in list_programs(db):
        if summary.name.casefold() == wanted:
            return summary.id
    raise NotFound(what=f"A program called “{name.strip()}”")


def quick_settings(name: str, template: ProgramTemplate | None = None) -> ProgramSettings:
    """Settings for a program made without the wizard: a template's defaults and a name."""
    from peerdesk.program.templates import default_settings

    settings = template_settings(template) if template else default_settings()
    settings.name = name
    return settings
