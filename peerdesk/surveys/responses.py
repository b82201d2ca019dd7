"""Recording answers typed in by hand, and reading them back.

A response is one person's answers to one kind of survey (pre-program,
check-in, post-program, closing) at one moment, saved in one transaction.
Answers are read the way a coordinator or a form writes them: "4", "Agree",
"4 - Agree", "Yes", "3,5". Importing a forms export is in
:mod:`peerdesk.surveys.forms_import`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.database import Database
from peerdesk.enums import AnswerType, PairStatus, ParticipantStatus, Role, SurveyKind
from peerdesk.errors import NotFound, UserError, ValidationError
from peerdesk.models import (
    Pair,
    Participant,
    Person,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from peerdesk.roster import values
from peerdesk.roster.reader import CellValue
from peerdesk.storage.retry import strict

AnswerValue = float | int | bool | str | None

LIKERT_MIN, LIKERT_MAX = 1, 5
NUMBER_LIMIT = 1_000_000_000


class NoAnswers(UserError):
    template = "Answer at least one question before saving."


@dataclass
class ResponseData:
    """One response as typed in: answers keyed by question id; empty answers are left out."""

    participant_id: int
    kind: SurveyKind
    responded_at: datetime  # aware
    answers: dict[int, AnswerValue]
    pair_id: int | None = None


@dataclass(frozen=True)
class ResponseRow:
    id: int
    participant_id: int
    name: str
    role: str
    kind: SurveyKind
    responded_at: datetime
    source: str
    answers: int


@dataclass(frozen=True)
class Respondent:
    """Someone in the program who can answer: for the entry form's list of people."""

    participant_id: int
    name: str
    role: Role
    status: ParticipantStatus
    email: str | None


def respondents(db: Database, program_id: int) -> list[Respondent]:
    """Everyone in the program, by name."""
    with db.reading() as session:
        rows = session.execute(
            select(Participant.id, Person.full_name, Participant.role, Participant.status,
                   Person.email)
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.program_id == program_id)
        ).all()  # fmt: skip
    found = [Respondent(int(i), name, role, status, email) for i, name, role, status, email in rows]
    return sorted(found, key=lambda r: (r.name.casefold(), r.participant_id))


# -- answers --------------------------------------------------------------------------------

_LIKERT_WORDS = {
    "strongly disagree": 1,
    "totally disagree": 1,
    "completely disagree": 1,
    "disagree": 2,
    "somewhat disagree": 2,
    "neutral": 3,
    "neither agree nor disagree": 3,
    "neither": 3,
    "undecided": 3,
    "not sure": 3,
    "agree": 4,
    "somewhat agree": 4,
    "strongly agree": 5,
    "totally agree": 5,
    "completely agree": 5,
}
_LEADING_NUMBER = re.compile(r"^\s*([1-5])(?:\s*[-–:.)(]|\s|$)")
_YES = {"yes", "y", "true", "1", "oui", "si", "ja", "sim"}
_NO = {"no", "n", "false", "0", "non", "nein", "nao"}


class AnswerProblem(ValueError):
    """``reason`` completes "'value' …" in the words a coordinator would use."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_answer(
    answer_type: AnswerType, value: CellValue | AnswerValue, *, decimal_comma: bool = False
) -> tuple[float | None, str | None] | None:
    """A cell or a typed answer as (number, text) to store; None for no answer.

    Raises :class:`AnswerProblem` for an answer that does not fit the question.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if answer_type == AnswerType.TEXT:
        text = value if isinstance(value, str) else values.display(value)
        return None, text.strip()
    if answer_type == AnswerType.YES_NO:
        if isinstance(value, bool):
            return (1.0 if value else 0.0), None
        folded = values.fold(values.display(value))
        if folded in _YES:
            return 1.0, None
        if folded in _NO:
            return 0.0, None
        raise AnswerProblem("is not yes or no")
    if answer_type == AnswerType.LIKERT:
        return _likert(value), None
    try:
        number = values.number(value, decimal_comma=decimal_comma)
    except values.ValueProblem:
        raise AnswerProblem("is not a number") from None
    if abs(number) > NUMBER_LIMIT:
        raise AnswerProblem("is too large a number")
    return number, None


def _likert(value: CellValue | AnswerValue) -> float:
    if isinstance(value, bool):
        raise AnswerProblem("is not an answer from 1 to 5")
    if isinstance(value, int | float):
        if float(value).is_integer() and LIKERT_MIN <= value <= LIKERT_MAX:
            return float(value)
        raise AnswerProblem("is not an answer from 1 to 5")
    text = "" if value is None else values.display(value)
    found = _LIKERT_WORDS.get(values.fold(text))
    if found is not None:
        return float(found)
    match = _LEADING_NUMBER.match(text)
    if match:
        return float(match.group(1))
    raise AnswerProblem("is not an answer from 1 to 5 (strongly disagree to strongly agree)")


# -- recording by hand ------------------------------------------------------------------------


def current_pairs(session: Session, participant_ids: Iterable[int]) -> dict[int, int]:
    """Each participant's pair now: an open one if any, else their latest started one."""
    ids = list(set(participant_ids))
    found: dict[int, tuple[int, int, int]] = {}
    rank = {PairStatus.ACTIVE: 3, PairStatus.PAUSED: 2, PairStatus.ENDED: 1}
    for start in range(0, len(ids), 500):
        chunk = set(ids[start : start + 500])
        rows = session.execute(
            select(Pair.id, Pair.mentor_id, Pair.mentee_id, Pair.status).where(
                (Pair.mentor_id.in_(sorted(chunk))) | (Pair.mentee_id.in_(sorted(chunk))),
                Pair.status != PairStatus.PROPOSED,
            )
        ).all()
        for pair_id, mentor_id, mentee_id, status in rows:
            key = (rank.get(status, 0), pair_id)
            for who in (mentor_id, mentee_id):
                if who in chunk and (who not in found or key > found[who][:2]):
                    found[who] = (key[0], key[1], pair_id)
    return {who: best[2] for who, best in found.items()}


def record_response(
    db: Database, program_id: int, data: ResponseData, *, source: str = "manual"
) -> int:
    """Save one response in one transaction; returns its id.

    Raises :class:`ValidationError` keyed ``q<question id>`` for answers that do not
    fit, and :class:`NoAnswers` if nothing was answered.
    """
    if data.responded_at.tzinfo is None:
        raise ValueError("responded_at must be timezone-aware")
    with db.transaction() as session:
        participant = session.get(Participant, data.participant_id)
        if participant is None or participant.program_id != program_id:
            raise NotFound(what="That person")
        questions = {
            q.id: q
            for q in session.scalars(
                select(SurveyQuestion).where(
                    SurveyQuestion.program_id == program_id, SurveyQuestion.kind == data.kind
                )
            )
        }
        problems: dict[str, str] = {}
        parsed: dict[int, tuple[float | None, str | None]] = {}
        for question_id, value in data.answers.items():
            question = questions.get(question_id)
            if question is None:
                raise NotFound(what="That question")
            try:
                answer = parse_answer(question.answer_type, value)
            except AnswerProblem as problem:
                shown = "" if value is None else values.display(value)
                problems[f"q{question_id}"] = f"“{shown}” {problem.reason}."
                continue
            if answer is not None:
                parsed[question_id] = answer
        if problems:
            raise ValidationError(problems)
        if not parsed:
            raise NoAnswers()
        pair_id = data.pair_id
        if pair_id is None:
            pair_id = current_pairs(session, [participant.id]).get(participant.id)
        response = SurveyResponse(
            program_id=program_id,
            participant_id=participant.id,
            pair_id=pair_id,
            kind=data.kind,
            responded_at=data.responded_at,
            source=source,
            answers=[
                SurveyAnswer(question_id=qid, value_number=number, value_text=text)
                for qid, (number, text) in parsed.items()
            ],
        )
        session.add(response)
        session.flush()
        history.record(
            session, "survey_response", response.id, "add", program_id=program_id,
            kind=data.kind.value, answers=len(parsed),
        )  # fmt: skip
        return response.id


@strict
def delete_response(db: Database, response_id: int) -> None:
    """Delete a response and its answers (undoing a typed-in response)."""
    with db.transaction() as session:
        response = session.get(SurveyResponse, response_id)
        if response is None:
            raise NotFound(what="That response")
        program_id = response.program_id
        session.delete(response)
        history.record(session, "survey_response", response_id, "delete", program_id=program_id)


def recent_responses(db: Database, program_id: int, limit: int = 500) -> list[ResponseRow]:
    """The latest responses, newest first, with who gave them."""
    from sqlalchemy import func

    with db.reading() as session:
        counts = (
            select(SurveyAnswer.response_id, func.count(SurveyAnswer.id).label("n"))
            .group_by(SurveyAnswer.response_id)
            .subquery()
        )
        rows = session.execute(
            select(
                SurveyResponse.id,
                SurveyResponse.participant_id,
                Person.full_name,
                Participant.role,
                SurveyResponse.kind,
                SurveyResponse.responded_at,
                SurveyResponse.source,
                func.coalesce(counts.c.n, 0),
            )
            .join(Participant, Participant.id == SurveyResponse.participant_id)
            .join(Person, Person.id == Participant.person_id)
            .outerjoin(counts, counts.c.response_id == SurveyResponse.id)
            .where(SurveyResponse.program_id == program_id)
            .order_by(SurveyResponse.responded_at.desc(), SurveyResponse.id.desc())
            .limit(limit)
        ).all()
    return [
        ResponseRow(int(i), int(p), name, role.value, kind, at, source, int(n))
        for i, p, name, role, kind, at, source, n in rows
    ]


def response_answers(db: Database, response_id: int) -> dict[int, tuple[float | None, str | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(SurveyAnswer.question_id, SurveyAnswer.value_number, SurveyAnswer.value_text)
            .where(SurveyAnswer.response_id == response_id)
        ).all()  # fmt: skip
    return {int(q): (n, t) for q, n, t in rows}


@strict
def delete_responses(db: Database, response_ids: Sequence[int]) -> None:
    """Delete several responses in one transaction (undoing an import)."""
    with db.transaction() as session:
        program_id = None
        for response_id in response_ids:
            response = session.get(SurveyResponse, response_id)
            if response is not None:
                program_id = response.program_id
                session.delete(response)
        history.record(
            session, "survey_response", None, "delete_many", program_id=program_id,
            count=len(response_ids),
        )  # fmt: skip
