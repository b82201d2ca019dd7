"""The fixed vocabularies of a program: roles, statuses, cadences and the like.

Values are stored in the file as these lowercase strings, so renaming a member
needs a migration; adding one does not.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    BOTH = "both"
    PEER = "peer"  # reciprocal programs: one pool of equals


class ParticipantStatus(StrEnum):
    APPLIED = "applied"
    SCREENED = "screened"
    TRAINED = "trained"
    READY = "ready"
    MATCHED = "matched"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class PairStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class PairOutcome(StrEnum):
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class MeetingKind(StrEnum):
    PAIR = "pair"
    STAFF_CHECKIN = "staff_checkin"


class Cadence(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"


class CheckinCadence(StrEnum):
    NONE = "none"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    EITHER = "either"


class DepartmentRule(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    IGNORE = "ignore"


class MatchObjective(StrEnum):
    BEST_SCORE = "best_score"
    MOST_MATCHED = "most_matched"
    STABLE = "stable"  # honour preferences: deferred acceptance over the ranked wishes
    FAIREST = "fairest"  # the highest lowest score, then the total (matching.fairness)


class ProgramTemplate(StrEnum):
    WORKPLACE = "workplace"
    SCHOOL = "school"
    YOUTH = "youth"
    RECOVERY = "recovery"


class StepKind(StrEnum):
    SCREENING = "screening"
    TRAINING = "training"


class TagKind(StrEnum):
    INTEREST = "interest"
    SKILL = "skill"
    GOAL = "goal"
    LANGUAGE = "language"
    AVAILABILITY = "availability"


class PairRuleKind(StrEnum):
    DO_NOT_PAIR = "do_not_pair"
    PREFER = "prefer"


class SurveyKind(StrEnum):
    PRE = "pre"
    CHECKIN = "checkin"
    POST = "post"
    CLOSING = "closing"


class AnswerType(StrEnum):
    LIKERT = "likert"
    YES_NO = "yes_no"
    NUMBER = "number"
    TEXT = "text"


class Criterion(StrEnum):
    """Matching criteria a program can weigh (custom fields use ``custom:<name>``)."""

    INTERESTS = "interests"
    GOALS_SKILLS = "goals_skills"
    DEPARTMENT = "department"
    EXPERIENCE = "experience"
    AVAILABILITY = "availability"
    LANGUAGE = "language"
    MEETING_FORMAT = "meeting_format"
    LOCATION = "location"
    PREFERENCES = "preferences"
    FREE_TEXT = "free_text"  # what a mentee wrote they want against what a mentor offers
