"""The words a coordinator sees for the core's fixed vocabularies.

Built at call time so that a translator loaded after import still applies.
"""

from __future__ import annotations

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
from ui.qt import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("wizard", text)


def cadences() -> dict[Cadence, str]:
    return {
        Cadence.WEEKLY: _tr("Weekly"),
        Cadence.BIWEEKLY: _tr("Every two weeks"),
        Cadence.MONTHLY: _tr("Monthly"),
    }


def checkin_cadences() -> dict[CheckinCadence, str]:
    return {
        CheckinCadence.WEEKLY: _tr("Weekly"),
        CheckinCadence.BIWEEKLY: _tr("Every two weeks"),
        CheckinCadence.MONTHLY: _tr("Monthly"),
        CheckinCadence.QUARTERLY: _tr("Every three months"),
        CheckinCadence.NONE: _tr("No regular check-ins"),
    }


def meeting_formats() -> dict[MeetingFormat, str]:
    return {
        MeetingFormat.IN_PERSON: _tr("In person"),
        MeetingFormat.VIDEO: _tr("By video"),
        MeetingFormat.EITHER: _tr("Either, as the pair prefers"),
    }


def department_rules() -> dict[DepartmentRule, str]:
    return {
        DepartmentRule.SAME: _tr("Prefer the same department"),
        DepartmentRule.DIFFERENT: _tr("Prefer a different department"),
        DepartmentRule.IGNORE: _tr("Department does not matter"),
    }


def objectives() -> dict[MatchObjective, str]:
    return {
        MatchObjective.BEST_SCORE: _tr("The best total score over everyone"),
        MatchObjective.MOST_MATCHED: _tr("As many people matched as possible, then the best score"),
        MatchObjective.STABLE: _tr("Honour preferences (stable), then the best score"),
        MatchObjective.FAIREST: _tr("Fairest: the highest lowest score, then the best total"),
    }


def step_kinds() -> dict[StepKind, str]:
    return {StepKind.SCREENING: _tr("Screening"), StepKind.TRAINING: _tr("Training")}


def templates() -> dict[ProgramTemplate, tuple[str, str]]:
    """Each template's name (with a mnemonic) and one line on what it sets up."""
    return {
        ProgramTemplate.WORKPLACE: (
            _tr("&Workplace"),
            _tr(
                "Colleagues learn from colleagues in other teams. Meetings every two weeks, "
                "in person or by video; manager approval and a short orientation."
            ),
        ),
        ProgramTemplate.SCHOOL: (
            _tr("&School or university"),
            _tr(
                "Older students guide newer ones in the same department. 45-minute meetings "
                "every two weeks; an interview and peer mentor training."
            ),
        ),
        ProgramTemplate.YOUTH: (
            _tr("&Youth"),
            _tr(
                "Adult volunteers meet a young person weekly, in person. References, a "
                "background check, safeguarding training and a guardian's signature."
            ),
        ),
        ProgramTemplate.RECOVERY: (
            _tr("&Recovery or peer support"),
            _tr(
                "People in recovery meet peers who are further along, weekly. An intake "
                "conversation, peer support training and a crisis line in the agreement."
            ),
        ),
    }


def criterion(key: str) -> str:
    names = {
        Criterion.INTERESTS: _tr("Shared interests"),
        Criterion.GOALS_SKILLS: _tr("Mentee's goals fit mentor's skills"),
        Criterion.FREE_TEXT: _tr("Free-text similarity (what they wrote)"),
        Criterion.DEPARTMENT: _tr("Department (see the rule below)"),
        Criterion.EXPERIENCE: _tr("Experience gap (see the range below)"),
        Criterion.AVAILABILITY: _tr("Free at the same times"),
        Criterion.LANGUAGE: _tr("A shared language"),
        Criterion.MEETING_FORMAT: _tr("Same meeting format preference"),
        Criterion.LOCATION: _tr("Same location"),
        Criterion.PREFERENCES: _tr("Stated preferences: one asked for the other"),
    }
    if key in names:
        return names[Criterion(key)]
    if key.startswith("custom:"):
        return _tr("Custom field: {name}").format(name=key.removeprefix("custom:"))
    return key


def placeholder_description(name: str, description: str) -> str:
    """``{mentor_name} — the mentor's name``, as listed for insertion."""
    return "{" + name + "} — " + _tr(description)
