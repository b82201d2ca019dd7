"""Starting points for the four kinds of program PeerDesk is made for.

Choosing a template fills the later wizard pages; the coordinator can change
anything afterwards. Texts use placeholders that agreements fill in.
"""

from __future__ import annotations

import copy

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

EXPECTATIONS = (
    "{mentor_name} and {mentee_name} agree to meet {cadence} for about {meeting_length}, "
    "{meeting_format}, from {start_date} until {end_date}. Both come prepared, keep to the "
    "times they agree, and let the other know in good time if they cannot make a meeting. "
    "The mentee sets the goals; the mentor listens, shares experience and asks questions "
    "rather than giving orders."
)
CONFIDENTIALITY = (
    "What is said in a meeting stays between the two of you. The exception: if either of "
    "you is at risk of harm, or someone else is, the coordinator must be told."
)
BOUNDARIES = (
    "This is a mentoring relationship, not counselling, therapy, legal or financial advice. "
    "No money, loans or gifts of value change hands. If a topic needs professional help, "
    "the mentor helps the mentee find it and tells {coordinator_name} ({coordinator_email})."
)
NO_FAULT = (
    "Either of you may end the partnership at any time, for any reason, without blame. "
    "Tell {coordinator_name}, who will close it kindly and, if you wish, find a new match."
)


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
    s.purpose = "Help colleagues grow their skills and careers by learning from each other."
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
    s.purpose = "Help students settle in, stay on track and find their way after graduation."
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
    s.purpose = "Give every young person a caring adult who shows up, week after week."
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
    s.agreement_boundaries = BOUNDARIES + (
        " Meetings take place in agreed public places or at program events; mentor and "
        "mentee do not meet alone at either's home, and contact outside meetings goes "
        "through channels the guardian has agreed to."
    )
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
    s.purpose = "Pair people in recovery with peers who have walked the road before them."
    s.meeting_cadence = Cadence.WEEKLY
    s.meeting_length_minutes = 60
    s.checkin_cadence = CheckinCadence.BIWEEKLY
    s.default_mentor_capacity = 3
    s.department_rule = DepartmentRule.IGNORE
    s.experience_gap_min, s.experience_gap_max = 1.0, 30.0
    s.criteria = _criteria(
        **{Criterion.AVAILABILITY: 8, Criterion.LOCATION: 5, Criterion.DEPARTMENT: 0}
    )
    s.agreement_boundaries = BOUNDARIES + (
        " If either of you is in crisis, call your local emergency number or crisis line "
        "first, then {coordinator_name} at {coordinator_phone}."
    )
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
