"""A program's settings as plain data, for the wizard and the settings dialog.

The wizard edits a :class:`ProgramSettings` in memory and nothing reaches the
file until Finish, when :func:`peerdesk.program.programs.create_program` writes it in
one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from peerdesk.documents import placeholders
from peerdesk.documents.languages import LANGUAGES
from peerdesk.enums import (
    Cadence,
    CheckinCadence,
    Criterion,
    DepartmentRule,
    MatchObjective,
    MeetingFormat,
    ProgramTemplate,
    StepKind,
)

NAME_MAX = 200
MUST_MATCH_WEIGHT = 10


@dataclass
class CriterionSetting:
    key: str
    enabled: bool = True
    weight: int = 5

    @property
    def must_match(self) -> bool:
        return self.enabled and self.weight >= MUST_MATCH_WEIGHT


@dataclass
class StepSetting:
    name: str
    kind: StepKind = StepKind.SCREENING
    required: bool = True
    hours: float | None = None


def default_criteria() -> list[CriterionSetting]:
    return [
        CriterionSetting(Criterion.INTERESTS, True, 6),
        CriterionSetting(Criterion.GOALS_SKILLS, True, 8),
        CriterionSetting(Criterion.FREE_TEXT, True, 8),
        CriterionSetting(Criterion.DEPARTMENT, True, 3),
        CriterionSetting(Criterion.EXPERIENCE, True, 4),
        CriterionSetting(Criterion.AVAILABILITY, True, 7),
        CriterionSetting(Criterion.LANGUAGE, True, 5),
        CriterionSetting(Criterion.MEETING_FORMAT, True, 3),
        CriterionSetting(Criterion.LOCATION, False, 2),
        CriterionSetting(Criterion.PREFERENCES, True, 5),
    ]


def default_steps() -> list[StepSetting]:
    return [
        StepSetting("Application", StepKind.SCREENING, True),
        StepSetting("Orientation training", StepKind.TRAINING, True, 1.0),
    ]


@dataclass
class ProgramSettings:
    name: str = ""
    template: ProgramTemplate | None = None
    organization_name: str = ""
    purpose: str = ""
    goals: str = ""
    start_date: date | None = None
    end_date: date | None = None
    reciprocal: bool = False
    meeting_cadence: Cadence = Cadence.BIWEEKLY
    meeting_length_minutes: int = 60
    meeting_format: MeetingFormat = MeetingFormat.EITHER
    checkin_cadence: CheckinCadence = CheckinCadence.MONTHLY
    default_mentor_capacity: int = 1
    eligibility_notes: str = ""
    matching_objective: MatchObjective = MatchObjective.BEST_SCORE
    department_rule: DepartmentRule = DepartmentRule.IGNORE
    experience_gap_min: float = 2.0
    experience_gap_max: float = 15.0
    agreement_expectations: str = ""
    agreement_confidentiality: str = ""
    agreement_boundaries: str = ""
    agreement_no_fault: str = ""
    guardian_signature: bool = False
    coordinator_name: str = ""
    coordinator_email: str = ""
    coordinator_phone: str = ""
    #: The language agreements and certificates print in (peerdesk.documents.languages).
    document_language: str = "en"
    attention_no_meeting_weeks: int = 4
    attention_missed_in_row: int = 2
    criteria: list[CriterionSetting] = field(default_factory=default_criteria)
    steps: list[StepSetting] = field(default_factory=default_steps)
    #: The program row's version when read (:func:`~peerdesk.program.reads.load_settings`);
    #: the settings dialog saves against it (see :mod:`peerdesk.conflicts`).
    version: tuple[int, ...] | None = field(default=None, compare=False)

    def criterion(self, key: str) -> CriterionSetting | None:
        return next((c for c in self.criteria if c.key == key), None)


SCALAR_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(ProgramSettings) if f.name not in ("criteria", "steps", "version")
)

AGREEMENT_FIELDS: tuple[str, ...] = (
    "agreement_expectations",
    "agreement_confidentiality",
    "agreement_boundaries",
    "agreement_no_fault",
)


def validate(settings: ProgramSettings, taken_names: set[str]) -> dict[str, str]:
    """Problems keyed by field name, in a coordinator's words. Empty means valid.

    ``taken_names`` are the names of the other programs in the database; names are
    compared without regard to case or surrounding spaces.
    """
    problems: dict[str, str] = {}
    name = settings.name.strip()
    if not name:
        problems["name"] = "Give the program a name."
    elif len(name) > NAME_MAX:
        problems["name"] = f"The name is too long; keep it under {NAME_MAX} characters."
    elif name.casefold() in {n.strip().casefold() for n in taken_names}:
        problems["name"] = f"This file already has a program called “{name}”. Choose another name."
    if settings.start_date and settings.end_date and settings.end_date <= settings.start_date:
        problems["end_date"] = "The end date must be after the start date."
    if not 15 <= settings.meeting_length_minutes <= 480:
        problems["meeting_length_minutes"] = "A meeting lasts between 15 minutes and 8 hours."
    if not 1 <= settings.default_mentor_capacity <= 50:
        problems["default_mentor_capacity"] = "A mentor can take between 1 and 50 mentees."
    if settings.experience_gap_min > settings.experience_gap_max:
        problems["experience_gap_min"] = (
            "The smallest experience gap must not be larger than the largest."
        )
    if settings.reciprocal and settings.matching_objective == MatchObjective.STABLE:
        problems["matching_objective"] = (
            "Honour preferences (stable) pairs mentees with mentors; peers who mentor each "
            "other can aim for the best total score or for most people matched."
        )
    for criterion in settings.criteria:
        if not 0 <= criterion.weight <= MUST_MATCH_WEIGHT:
            problems[f"criterion:{criterion.key}"] = "Weights go from 0 to 10."
    step_names = [s.name.strip().casefold() for s in settings.steps]
    if any(not n for n in step_names):
        problems["steps"] = "Every screening or training step needs a name."
    elif len(set(step_names)) != len(step_names):
        problems["steps"] = "Two steps have the same name."
    if settings.document_language not in LANGUAGES:
        problems["document_language"] = (
            f"Documents print in English, Spanish or French, not “{settings.document_language}”."
        )
    for key in AGREEMENT_FIELDS:
        found = placeholders.check(getattr(settings, key))
        if found:
            problems[key] = found[0].message
    return problems
