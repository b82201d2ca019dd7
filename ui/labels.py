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
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def cadences() -> dict[Cadence, str]:
    return {
        Cadence.WEEKLY: tr("Weekly"),
        Cadence.BIWEEKLY: tr("Every two weeks"),
        Cadence.MONTHLY: tr("Monthly"),
    }


def checkin_cadences() -> dict[CheckinCadence, str]:
    return {
        CheckinCadence.WEEKLY: tr("Weekly"),
        CheckinCadence.BIWEEKLY: tr("Every two weeks"),
        CheckinCadence.MONTHLY: tr("Monthly"),
        CheckinCadence.QUARTERLY: tr("Every three months"),
        CheckinCadence.NONE: tr("No regular check-ins"),
    }


def meeting_formats() -> dict[MeetingFormat, str]:
    return {
        MeetingFormat.IN_PERSON: tr("In person"),
        MeetingFormat.VIDEO: tr("By video"),
        MeetingFormat.EITHER: tr("Either, as the pair prefers"),
    }


def department_rules() -> dict[DepartmentRule, str]:
    return {
        DepartmentRule.SAME: tr("Prefer the same department"),
        DepartmentRule.DIFFERENT: tr("Prefer a different department"),
        DepartmentRule.IGNORE: tr("Department does not matter"),
    }


def objectives() -> dict[MatchObjective, str]:
    return {
        MatchObjective.BEST_SCORE: tr("The best total score over everyone"),
        MatchObjective.MOST_MATCHED: tr("As many people matched as possible, then the best score"),
        MatchObjective.STABLE: tr("Honour preferences (stable), then the best score"),
        MatchObjective.FAIREST: tr("Fairest: the highest lowest score, then the best total"),
    }


def step_kinds() -> dict[StepKind, str]:
    return {StepKind.SCREENING: tr("Screening"), StepKind.TRAINING: tr("Training")}


def templates() -> dict[ProgramTemplate, tuple[str, str]]:
    """Each template's name (with a mnemonic) and one line on what it sets up."""
    return {
        ProgramTemplate.WORKPLACE: (
            tr("&Workplace"),
            tr(
                "Colleagues learn from colleagues in other teams. Meetings every two weeks, "
                "in person or by video; manager approval and a short orientation."
            ),
        ),
        ProgramTemplate.SCHOOL: (
            tr("&School or university"),
            tr(
                "Older students guide newer ones in the same department. 45-minute meetings "
                "every two weeks; an interview and peer mentor training."
            ),
        ),
        ProgramTemplate.YOUTH: (
            tr("&Youth"),
            tr(
                "Adult volunteers meet a young person weekly, in person. References, a "
                "background check, safeguarding training and a guardian's signature."
            ),
        ),
        ProgramTemplate.RECOVERY: (
            tr("&Recovery or peer support"),
            tr(
                "People in recovery meet peers who are further along, weekly. An intake "
                "conversation, peer support training and a crisis line in the agreement."
            ),
        ),
    }


def criterion(key: str) -> str:
    names = {
        Criterion.INTERESTS: tr("Shared interests"),
        Criterion.GOALS_SKILLS: tr("Mentee's goals fit mentor's skills"),
        Criterion.FREE_TEXT: tr("Free-text similarity (what they wrote)"),
        Criterion.DEPARTMENT: tr("Department (see the rule below)"),
        Criterion.EXPERIENCE: tr("Experience gap (see the range below)"),
        Criterion.AVAILABILITY: tr("Free at the same times"),
        Criterion.LANGUAGE: tr("A shared language"),
        Criterion.MEETING_FORMAT: tr("Same meeting format preference"),
        Criterion.LOCATION: tr("Same location"),
        Criterion.PREFERENCES: tr("Stated preferences: one asked for the other"),
    }
    if key in names:
        return names[Criterion(key)]
    if key.startswith("custom:"):
        return tr("Custom field: {name}").format(name=key.removeprefix("custom:"))
    return key


#: The descriptions of peerdesk.documents.placeholders.PLACEHOLDERS, marked so that lupdate
#: finds them (placeholder_description translates them by their English text).
PLACEHOLDER_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("", "the mentor's name"),
    QT_TRANSLATE_NOOP("", "the mentee's name"),
    QT_TRANSLATE_NOOP("", "the mentor's email"),
    QT_TRANSLATE_NOOP("", "the mentee's email"),
    QT_TRANSLATE_NOOP("", "the program's name"),
    QT_TRANSLATE_NOOP("", "the organization's name"),
    QT_TRANSLATE_NOOP("", "how often the pair meets"),
    QT_TRANSLATE_NOOP("", "how long a meeting lasts"),
    QT_TRANSLATE_NOOP("", "in person, video or either"),
    QT_TRANSLATE_NOOP("", "the pair's start date"),
    QT_TRANSLATE_NOOP("", "the program's end date"),
    QT_TRANSLATE_NOOP("", "the coordinator's name"),
    QT_TRANSLATE_NOOP("", "the coordinator's email"),
    QT_TRANSLATE_NOOP("", "the coordinator's phone"),
)


def placeholder_description(name: str, description: str) -> str:
    """``{mentor_name} — the mentor's name``, as listed for insertion."""
    return "{" + name + "} — " + tr(description)
