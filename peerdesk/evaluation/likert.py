"""How people answered agree–disagree questions: the five counts and the share agreeing.

Every answer counts (a person who answered two check-ins counts twice), which
is what "how did check-ins go" asks; the before/after comparison in
:mod:`~peerdesk.evaluation.stats` is where each person counts once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from peerdesk.database import Database
from peerdesk.enums import AnswerType, SurveyKind
from peerdesk.models import SurveyAnswer, SurveyQuestion, SurveyResponse
from peerdesk.rounding import percent
from peerdesk.surveys.questions import KIND_ORDER

LABELS = ("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree")


@dataclass(frozen=True)
class Distribution:
    label: str  # the measure, or the question's text
    question: str
    kind: SurveyKind | None
    counts: tuple[int, int, int, int, int]  # answers 1 … 5

    @property
    def n(self) -> int:
        return sum(self.counts)

    @property
    def agreeing(self) -> int:
        return self.counts[3] + self.counts[4]

    @property
    def share_agreeing(self) -> float | None:
        """Agree or strongly agree, as a share of every answer (None without answers)."""
        return self.agreeing / self.n if self.n else None

    @property
    def mean(self) -> float | None:
        if not self.n:
            return None
        return sum((i + 1) * c for i, c in enumerate(self.counts)) / self.n

    def sentence(self) -> str:
        share = self.share_agreeing
        if share is None:
            return f"{self.label}: no answers yet."
        return (
            f"{percent(self.agreeing, self.n)}% agree or strongly agree "
            f"({self.agreeing} of {self.n} answers)."
        )


def count(values: Iterable[float]) -> tuple[int, int, int, int, int]:
    """Counts of 1 … 5 (anything else is not a Likert answer and is left out)."""
    counts = [0, 0, 0, 0, 0]
    for value in values:
        whole = round(value)
        if abs(value - whole) < 1e-9 and 1 <= whole <= 5:
            counts[whole - 1] += 1
    return counts[0], counts[1], counts[2], counts[3], counts[4]


def distribution(
    values: Iterable[float], label: str, question: str = "", kind: SurveyKind | None = None
) -> Distribution:
    return Distribution(label, question, kind, count(values))


def likert_distributions(
    db: Database, program_id: int, kinds: Sequence[SurveyKind] | None = None
) -> list[Distribution]:
    """One distribution per Likert question (of the kinds asked), in the order asked."""
    wanted = tuple(kinds) if kinds is not None else KIND_ORDER
    with db.reading() as session:
        questions = session.execute(
            select(
                SurveyQuestion.id,
                SurveyQuestion.kind,
                SurveyQuestion.text,
                SurveyQuestion.measure,
                SurveyQuestion.position,
            ).where(
                SurveyQuestion.program_id == program_id,
                SurveyQuestion.answer_type == AnswerType.LIKERT,
                SurveyQuestion.kind.in_(wanted),
            )
        ).all()
        answers = session.execute(
            select(SurveyAnswer.question_id, SurveyAnswer.value_number)
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .where(
                SurveyResponse.program_id == program_id,
                SurveyAnswer.value_number.is_not(None),
            )
        ).all()
    by_question: dict[int, list[float]] = defaultdict(list)
    for qid, value in answers:
        if value is not None:
            by_question[int(qid)].append(float(value))
    order = {kind: n for n, kind in enumerate(KIND_ORDER)}
    questions = sorted(questions, key=lambda q: (order[q[1]], q[4], q[0]))
    return [
        distribution(by_question.get(qid, []), measure or text, text, kind)
        for qid, kind, text, measure, _position in questions
    ]


def satisfaction_values(db: Database, program_id: int) -> list[float]:
    """Every answer to a satisfaction question (check-ins and closing surveys)."""
    from peerdesk.surveys.questions import SATISFACTION

    return answers_for_measure(db, program_id, SATISFACTION)


def answers_for_measure(
    db: Database, program_id: int, measure: str, kinds: Sequence[SurveyKind] | None = None
) -> list[float]:
    wanted = tuple(kinds) if kinds is not None else KIND_ORDER
    key = measure.strip().casefold()
    with db.reading() as session:
        rows = session.execute(
            select(SurveyQuestion.measure, SurveyAnswer.value_number)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .where(
                SurveyResponse.program_id == program_id,
                SurveyQuestion.kind.in_(wanted),
                SurveyQuestion.answer_type == AnswerType.LIKERT,
                SurveyAnswer.value_number.is_not(None),
            )
        ).all()
    return [float(v) for m, v in rows if v is not None and m and m.strip().casefold() == key]
