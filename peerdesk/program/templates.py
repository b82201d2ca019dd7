"""Starting points for the four kinds of program PeerDesk is made for.

Choosing a template fills the later wizard pages; the coordinator can change
anything afterwards. Texts use placeholders that agreements fill in.
"""

from __future__ import annotations

import copy

from peerdesk.documents.default_terms import english
from peerdesk.enums import (
    Cadence,
    CheckinCadence,
    Criterion,
    DepartmentRule,
    MeetingFormat,
    ProgramTemplate,
    StepKind,
)
from peerdesk.program.settings import (
    CriterionSetting,
    ProgramSettings,
    StepSetting,
    default_criteria,
)

# The templates' agreement texts; their Spanish and French are beside them, for agreements
# printed in those languages while a text is still the template's.
EXPECTATIONS = english("expectations")
CONFIDENTIALITY = english("confidentiality")
BOUNDARIES = english("boundaries")
NO_FAULT = english("no_fault")


def _criteria(**weights: int) -> list[CriterionSetting]:
    criteria = default_criteria()
    for criterion in criteria:
        if criterion.key in weights:
            weight = weights[criterion.key]
            criterion.enabled = weight > 0
            criterion.weight = max(weight, 0)
    return criteria


def _base() -> ProgramSettings:
    return ProgramSettings(
        agreement_expectations=EXPECTATIONS,
        agreement_confidentiality=CONFIDENTIALITY,
        agreement_boundaries=BOUNDARIES,
        agreement_no_fault=NO_FAULT,
    )


def _workplace() -> ProgramSettings:
    s = _base()
    s.purpose = english("purpose_workplace")
    s.meeting_cadence = Cadence.BIWEEKLY
    s.meeting_format = MeetingFormat.EITHER
    s.checkin_cadence = CheckinCadence.MONTHLY
    s.default_mentor_capacity = 2
    s.department_rule = DepartmentRule.DIFFERENT
    s.experience_gap_min, s.experience_gap_max = 3.0, 20.0
    s.criteria = _criteria(**{Criterion.GOALS_SKILLS: 9, Criterion.DEPARTMENT: 4})
    s.steps = [
        StepSetting("Application", StepKind.SCREENING),
        StepSetting("Manager approval", StepKind.SCREENING),
        StepSetting("Mentoring orientation", StepKind.TRAINING, True, 1.5),
    ]
    return s


def _school() -> ProgramSettings:
    s = _base()
    s.purpose = english("purpose_school")
    s.meeting_cadence = Cadence.BIWEEKLY
    s.meeting_length_minutes = 45
    s.checkin_cadence = CheckinCadence.MONTHLY
    s.default_mentor_capacity = 2
    s.department_rule = DepartmentRule.SAME
    s.experience_gap_min, s.experience_gap_max = 1.0, 4.0
    s.criteria = _criteria(**{Criterion.INTERESTS: 7, Criterion.DEPARTMENT: 6})
    s.steps = [
        StepSetting("Application", StepKind.SCREENING),
        StepSetting("Interview", StepKind.SCREENING),
        StepSetting("Peer mentor training", StepKind.TRAINING, True, 3.0),
    ]
    return s


def _youth() -> ProgramSettings:
    s = _base()
    s.purpose = english("purpose_youth")
    s.meeting_cadence = Cadence.WEEKLY
    s.meeting_length_minutes = 90
    s.meeting_format = MeetingFormat.IN_PERSON
    s.checkin_cadence = CheckinCadence.MONTHLY
    s.default_mentor_capacity = 1
    s.guardian_signature = True
    s.experience_gap_min, s.experience_gap_max = 5.0, 60.0
    s.criteria = _criteria(
        **{Criterion.INTERESTS: 8, Criterion.LOCATION: 6, Criterion.DEPARTMENT: 0}
    )
    s.agreement_boundaries = BOUNDARIES + english("youth_boundaries")
    s.steps = [
        StepSetting("Application", StepKind.SCREENING),
        StepSetting("Interview", StepKind.SCREENING),
        StepSetting("References (two)", StepKind.SCREENING),
        StepSetting("Background check", StepKind.SCREENING),
        StepSetting("Safeguarding training", StepKind.TRAINING, True, 2.0),
        StepSetting("Mentor training", StepKind.TRAINING, True, 4.0),
    ]
    return s


def _recovery() -> ProgramSettings:
    s = _base()
    s.purpose = english("purpose_recovery")
    s.meeting_cadence = Cadence.WEEKLY
    s.meeting_length_minutes = 60
    s.checkin_cadence = CheckinCadence.BIWEEKLY
    s.default_mentor_capacity = 3
    s.department_rule = DepartmentRule.IGNORE
    s.experience_gap_min, s.experience_gap_max = 1.0, 30.0
    s.criteria = _criteria(
        **{Criterion.AVAILABILITY: 8, Criterion.LOCATION: 5, Criterion.DEPARTMENT: 0}
    )
    s.agreement_boundaries = BOUNDARIES + english("recovery_boundaries")
    s.steps = [
        StepSetting("Application", StepKind.SCREENING),
        StepSetting("Intake conversation", StepKind.SCREENING),
        StepSetting("Peer support training", StepKind.TRAINING, True, 8.0),
    ]
    return s


_BUILDERS = {
    ProgramTemplate.WORKPLACE: _workplace,
    ProgramTemplate.SCHOOL: _school,
    ProgramTemplate.YOUTH: _youth,
    ProgramTemplate.RECOVERY: _recovery,
}

DEFAULT_TEMPLATE = ProgramTemplate.WORKPLACE


def template_settings(template: ProgramTemplate) -> ProgramSettings:
    settings = _BUILDERS[template]()
    settings.template = template
    return settings


def default_settings() -> ProgramSettings:
    """What Finish on the first page saves: the workplace template's defaults."""
    return template_settings(DEFAULT_TEMPLATE)


def apply_template(current: ProgramSettings, template: ProgramTemplate) -> ProgramSettings:
    """The template's defaults, keeping what the coordinator typed on the Basics page."""
    result = copy.deepcopy(template_settings(template))
    kept = ("name", "organization_name", "goals", "start_date", "end_date", "document_language")
    for keep in kept:
        setattr(result, keep, getattr(current, keep))
    if current.purpose.strip() and current.purpose not in _PURPOSES:
        result.purpose = current.purpose
    return result


_PURPOSES = {builder().purpose for builder in _BUILDERS.values()}
