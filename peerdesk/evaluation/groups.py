"""Outcomes by group — department, cohort, gender where recorded — so gaps show.

A group of fewer than :data:`MIN_GROUP` people is not shown at all (only how
many such groups and people were left out), and inside a shown group any
figure that rests on fewer than :data:`MIN_GROUP` people is left blank: a
small group's average is one person's answer in disguise.

Retention counts people, not pairs: everyone whose (latest) pair has ended,
by whether it ended completed or early.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.enums import PairOutcome, PairStatus
from peerdesk.evaluation.stats import MeasurePairs, paired_values
from peerdesk.models import (
    Pair,
    Participant,
    Person,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from peerdesk.surveys.questions import SATISFACTION

MIN_GROUP = 5

DIMENSIONS: tuple[tuple[str, str], ...] = (
    ("department", "Department"),
    ("cohort", "Cohort"),
    ("gender", "Gender"),
)


@dataclass(frozen=True)
class Change:
    n: int
    mean_change: float | None  # None when fewer than MIN_GROUP people answered both


@dataclass(frozen=True)
class GroupRow:
    group: str
    people: int
    completed: int | None  # None: fewer than MIN_GROUP people have ended, so not shown
    ended_early: int | None
    satisfaction: float | None
    satisfaction_n: int
    changes: dict[str, Change] = field(default_factory=dict)

    @property
    def completion_rate(self) -> float | None:
        if self.completed is None or self.ended_early is None:
            return None
        ended = self.completed + self.ended_early
        return self.completed / ended if ended else None


@dataclass(frozen=True)
class Breakdown:
    key: str
    dimension: str
    rows: list[GroupRow]
    hidden_groups: int
    hidden_people: int
    not_recorded: int
    measures: list[str]

    @property
    def recorded(self) -> bool:
        return bool(self.rows) or self.hidden_groups > 0

    def note(self) -> str:
        parts = []
        if self.hidden_groups:
            parts.append(
                f"{self.hidden_groups} group{'' if self.hidden_groups == 1 else 's'} of fewer "
                f"than {MIN_GROUP} people ({self.hidden_people} in all) not shown, "
                "to keep people anonymous"
            )
        if self.not_recorded:
            parts.append(f"{self.not_recorded} with no {self.dimension.lower()} recorded")
        return "; ".join(parts) + ("." if parts else "")


@dataclass(frozen=True)
class Member:
    participant_id: int
    department: str | None
    cohort: str | None
    gender: str | None

    def value(self, key: str) -> str | None:
        raw: str | None = getattr(self, key)
        text = " ".join(raw.split()) if raw else ""
        return text or None


@dataclass(frozen=True)
class Retention:
    completed: int
    ended_early: int

    @property
    def ended(self) -> int:
        return self.completed + self.ended_early

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.ended if self.ended else None


def _people(db: Database, program_id: int) -> list[Member]:
    with db.reading() as session:
        rows = session.execute(
            select(Participant.id, Participant.department, Participant.cohort, Person.gender)
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.program_id == program_id)
            .order_by(Participant.id)  # a group is named as its first member spells it
        ).all()
    return [Member(int(i), d, c, g) for i, d, c, g in rows]


def person_outcomes(db: Database, program_id: int) -> dict[int, PairOutcome]:
    """Each person's outcome from their latest ended pair (mentor or mentee)."""
    with db.reading() as session:
        rows = session.execute(
            select(Pair.id, Pair.mentor_id, Pair.mentee_id, Pair.outcome, Pair.ended_on)
            .where(
                Pair.program_id == program_id,
                Pair.status == PairStatus.ENDED,
                Pair.outcome.is_not(None),
            )
            .order_by(Pair.ended_on.nulls_first(), Pair.id)  # the latest last, on both backends
        ).all()
    outcomes: dict[int, PairOutcome] = {}
    for _pid, mentor, mentee, outcome, _ended in rows:
        if outcome is None:
            continue
        outcomes[int(mentor)] = outcome
        outcomes[int(mentee)] = outcome
    return outcomes


def pair_retention(db: Database, program_id: int) -> Retention:
    """Ended pairs: how many completed, how many ended early."""
    with db.reading() as session:
        outcomes = list(
            session.scalars(
                select(Pair.outcome).where(
                    Pair.program_id == program_id, Pair.status == PairStatus.ENDED
                )
            )
        )
    return Retention(
        sum(1 for o in outcomes if o == PairOutcome.COMPLETED),
        sum(1 for o in outcomes if o == PairOutcome.ENDED_EARLY),
    )


def _satisfaction(db: Database, program_id: int) -> dict[int, list[float]]:
    with db.reading() as session:
        rows = session.execute(
            select(SurveyResponse.participant_id, SurveyQuestion.measure, SurveyAnswer.value_number)
            .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(
                SurveyResponse.program_id == program_id,
                SurveyQuestion.measure.is_not(None),
                SurveyAnswer.value_number.is_not(None),
            )
        ).all()
    found: dict[int, list[float]] = defaultdict(list)
    for participant, measure, value in rows:
        if value is not None and measure and measure.strip().casefold() == SATISFACTION.casefold():
            found[int(participant)].append(float(value))
    return found


def breakdown(
    people: Sequence[Member],
    key: str,
    dimension: str,
    outcomes: Mapping[int, PairOutcome],
    satisfaction: Mapping[int, list[float]],
    measures: Sequence[MeasurePairs],
    minimum: int = MIN_GROUP,
) -> Breakdown:
    """One dimension's groups from already-read data (pure: the tests feed it directly)."""
    members: dict[str, list[int]] = defaultdict(list)
    not_recorded = 0
    for person in people:
        value = person.value(key)
        if value is None:
            not_recorded += 1
        else:
            members[value.casefold()].append(person.participant_id)
    names: dict[str, str] = {}
    for person in people:
        value = person.value(key)
        if value is not None:
            names.setdefault(value.casefold(), value)
    rows: list[GroupRow] = []
    hidden_groups = hidden_people = 0
    for folded, ids in sorted(members.items()):
        if len(ids) < minimum:
            hidden_groups += 1
            hidden_people += len(ids)
            continue
        ended = [outcomes[i] for i in ids if i in outcomes]
        shown = len(ended) >= minimum
        completed = sum(1 for o in ended if o == PairOutcome.COMPLETED) if shown else None
        early = sum(1 for o in ended if o == PairOutcome.ENDED_EARLY) if shown else None
        scores = [sum(v) / len(v) for i in ids if (v := satisfaction.get(i))]
        sat = sum(scores) / len(scores) if len(scores) >= minimum else None
        changes: dict[str, Change] = {}
        for measure in measures:
            found = measure.values
            diffs = [found[i][1] - found[i][0] for i in ids if i in found]
            mean = sum(diffs) / len(diffs) if len(diffs) >= minimum else None
            changes[measure.measure] = Change(len(diffs), mean)
        rows.append(GroupRow(names[folded], len(ids), completed, early, sat, len(scores), changes))
    return Breakdown(
        key, dimension, rows, hidden_groups, hidden_people, not_recorded,
        [m.measure for m in measures],
    )  # fmt: skip


def group_breakdowns(db: Database, program_id: int) -> list[Breakdown]:
    """Department, cohort and gender breakdowns of retention, satisfaction and change."""
    people = _people(db, program_id)
    outcomes = person_outcomes(db, program_id)
    satisfaction = _satisfaction(db, program_id)
    measures = paired_values(db, program_id)
    return [
        breakdown(people, key, label, outcomes, satisfaction, measures) for key, label in DIMENSIONS
    ]
