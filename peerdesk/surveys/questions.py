"""A program's questions: a sensible set per template, and the edits a coordinator makes.

Questions are grouped by kind (pre-program, check-in, post-program, closing). A
pre-program question and a post-program question with the same *measure*
("Confidence") are the two halves of one before/after comparison, so the
defaults ask the same things before and after. A question that has answers
keeps its answer type (answers would stop making sense) and is switched off
rather than deleted (its answers stay part of the evidence).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.database import Database
from peerdesk.enums import AnswerType, ProgramTemplate, SurveyKind
from peerdesk.errors import NotFound, UserError, ValidationError
from peerdesk.models import Program, SurveyAnswer, SurveyQuestion

SATISFACTION = "Satisfaction"
"""The measure the dashboard's average satisfaction and its distribution are read from."""

TEXT_MAX = 500
MEASURE_MAX = 120

KIND_ORDER = (SurveyKind.PRE, SurveyKind.CHECKIN, SurveyKind.POST, SurveyKind.CLOSING)
KIND_LABELS = {
    SurveyKind.PRE: "Pre-program assessment",
    SurveyKind.CHECKIN: "Check-in",
    SurveyKind.POST: "Post-program assessment",
    SurveyKind.CLOSING: "Closing survey",
}
ANSWER_LABELS = {
    AnswerType.LIKERT: "Agree–disagree (1–5)",
    AnswerType.YES_NO: "Yes or no",
    AnswerType.NUMBER: "Number",
    AnswerType.TEXT: "Free text",
}


class QuestionHasAnswers(UserError):
    template = (
        "This question already has {count} answers, so its kind of answer can't change. "
        "Switch it off and add a new question instead."
    )


@dataclass(frozen=True)
class QuestionSpec:
    kind: SurveyKind
    text: str
    answer_type: AnswerType
    measure: str | None = None


@dataclass(frozen=True)
class QuestionRow:
    id: int
    kind: SurveyKind
    text: str
    answer_type: AnswerType
    measure: str | None
    position: int
    active: bool
    answers: int = 0

    @property
    def label(self) -> str:
        """What charts and sentences call the question: its measure, else its text."""
        return self.measure or self.text


# -- the default sets -----------------------------------------------------------------------

L, Y, N, T = AnswerType.LIKERT, AnswerType.YES_NO, AnswerType.NUMBER, AnswerType.TEXT

_OUTCOMES: dict[ProgramTemplate, list[tuple[str, str]]] = {
    ProgramTemplate.WORKPLACE: [
        ("Confidence", "I feel confident in my role."),
        ("Skills", "I have the skills I need to grow in my work."),
        ("Sense of belonging", "I feel I belong in this organization."),
        ("Career clarity", "I know what my next step at work could be."),
    ],
    ProgramTemplate.SCHOOL: [
        ("Confidence", "I feel confident about my studies."),
        ("Study skills", "I know how to plan and manage my studies."),
        ("Sense of belonging", "I feel I belong at this school."),
        ("Knowing where to get help", "I know where to go for help when I need it."),
    ],
    ProgramTemplate.YOUTH: [
        ("Confidence", "I feel good about myself."),
        ("Coping skills", "I can handle problems that come up in my life."),
        ("Sense of belonging", "I feel I belong in my community."),
        ("Trusted adult", "I have an adult I can trust and talk to."),
        ("Hope", "I feel hopeful about my future."),
    ],
    ProgramTemplate.RECOVERY: [
        ("Confidence", "I feel confident I can stay on my recovery path."),
        ("Coping skills", "I have ways to cope with stress and cravings."),
        ("Sense of belonging", "I feel connected to people who support my recovery."),
        ("Hope", "I feel hopeful about my future."),
    ],
}

_CLOSING_RECOMMEND = {
    ProgramTemplate.WORKPLACE: "Would you recommend the program to a colleague?",
    ProgramTemplate.SCHOOL: "Would you recommend the program to another student?",
    ProgramTemplate.YOUTH: "Would you tell a friend to join the program?",
    ProgramTemplate.RECOVERY: "Would you recommend the program to someone in recovery?",
}


def default_questions(template: ProgramTemplate | None) -> list[QuestionSpec]:
    """The questions a program of this template starts with (workplace for none)."""
    template = template or ProgramTemplate.WORKPLACE
    outcomes = _OUTCOMES[template]
    specs = [QuestionSpec(SurveyKind.PRE, text, L, measure) for measure, text in outcomes]
    specs += [
        QuestionSpec(SurveyKind.CHECKIN, "I am satisfied with my match.", L, SATISFACTION),
        QuestionSpec(
            SurveyKind.CHECKIN, "We are making progress on our goals.", L, "Goal progress"
        ),
        QuestionSpec(
            SurveyKind.CHECKIN,
            "How many times did you meet since the last check-in?",
            N,
            "Meetings reported",
        ),
        QuestionSpec(SurveyKind.CHECKIN, "Is there anything the coordinator should know?", T),
    ]
    specs += [QuestionSpec(SurveyKind.POST, text, L, measure) for measure, text in outcomes]
    specs += [
        QuestionSpec(
            SurveyKind.CLOSING, "Overall, I was satisfied with my match.", L, SATISFACTION
        ),
        QuestionSpec(SurveyKind.CLOSING, "The program helped me.", L, "Program helped"),
        QuestionSpec(SurveyKind.CLOSING, _CLOSING_RECOMMEND[template], Y, "Would recommend"),
        QuestionSpec(SurveyKind.CLOSING, "What would you change about the program?", T),
    ]
    return specs


def ensure_default_questions(db: Database, program_id: int) -> bool:
    """Give a program that has no questions its template's set; True if they were added."""
    with db.transaction() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFound(what="That program")
        existing = session.scalar(
            select(func.count(SurveyQuestion.id)).where(SurveyQuestion.program_id == program_id)
        )
        if existing:
            return False
        positions: dict[SurveyKind, int] = {}
        for spec in default_questions(program.template):
            position = positions.get(spec.kind, 0)
            positions[spec.kind] = position + 1
            session.add(
                SurveyQuestion(
                    program_id=program_id,
                    kind=spec.kind,
                    text=spec.text,
                    answer_type=spec.answer_type,
                    measure=spec.measure,
                    position=position,
                    active=True,
                )
            )
        history.record(session, "survey_question", None, "defaults", program_id=program_id)
        return True


# -- reading ----------------------------------------------------------------------------------


def question_rows(session: Session, program_id: int) -> list[QuestionRow]:
    """The program's questions read on ``session``, in the order they are asked."""
    counts = dict(
        session.execute(
            select(SurveyAnswer.question_id, func.count(SurveyAnswer.id))
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(SurveyQuestion.program_id == program_id)
            .group_by(SurveyAnswer.question_id)
        ).all()
    )
    questions = session.scalars(
        select(SurveyQuestion).where(SurveyQuestion.program_id == program_id)
    ).all()
    order = {kind: n for n, kind in enumerate(KIND_ORDER)}
    rows = [
        QuestionRow(
            q.id,
            q.kind,
            q.text,
            q.answer_type,
            q.measure,
            q.position,
            q.active,
            int(counts.get(q.id, 0)),
        )
        for q in questions
    ]
    rows.sort(key=lambda r: (order[r.kind], r.position, r.id))
    return rows


def list_questions(
    db: Database,
    program_id: int,
    kind: SurveyKind | None = None,
    *,
    active_only: bool = False,
) -> list[QuestionRow]:
    """The program's questions in the order they are asked, grouped by kind."""
    with db.reading() as session:
        rows = question_rows(session, program_id)
    return [r for r in rows if (kind is None or r.kind == kind) and (r.active or not active_only)]


# -- editing ----------------------------------------------------------------------------------


def _clean(text: str, measure: str | None) -> tuple[str, str | None]:
    text = " ".join(text.split())
    measure = " ".join((measure or "").split()) or None
    problems: dict[str, str] = {}
    if not text:
        problems["text"] = "Write the question."
    elif len(text) > TEXT_MAX:
        problems["text"] = f"Keep the question under {TEXT_MAX} characters."
    if measure is not None and len(measure) > MEASURE_MAX:
        problems["measure"] = f"Keep the measure under {MEASURE_MAX} characters."
    if problems:
        raise ValidationError(problems)
    return text, measure


def _question(session: Session, question_id: int) -> SurveyQuestion:
    question = session.get(SurveyQuestion, question_id)
    if question is None:
        raise NotFound(what="That question")
    return question


def add_question(
    db: Database,
    program_id: int,
    kind: SurveyKind,
    text: str,
    answer_type: AnswerType,
    measure: str | None = None,
) -> int:
    """Add a question at the end of its kind's list; returns its id."""
    text, measure = _clean(text, measure)
    with db.transaction() as session:
        if session.get(Program, program_id) is None:
            raise NotFound(what="That program")
        last = session.scalar(
            select(func.max(SurveyQuestion.position)).where(
                SurveyQuestion.program_id == program_id, SurveyQuestion.kind == kind
            )
        )
        question = SurveyQuestion(
            program_id=program_id,
            kind=kind,
            text=text,
            answer_type=answer_type,
            measure=measure,
            position=(last + 1) if last is not None else 0,
            active=True,
        )
        session.add(question)
        session.flush()
        history.record(session, "survey_question", question.id, "add", program_id=program_id)
        return question.id


def update_question(
    db: Database,
    question_id: int,
    *,
    text: str,
    answer_type: AnswerType,
    measure: str | None,
    active: bool = True,
) -> None:
    """Change a question; its answer type only while nobody has answered it."""
    text, measure = _clean(text, measure)
    with db.transaction() as session:
        question = _question(session, question_id)
        if answer_type != question.answer_type:
            answered = session.scalar(
                select(func.count(SurveyAnswer.id)).where(SurveyAnswer.question_id == question_id)
            )
            if answered:
                raise QuestionHasAnswers(count=answered)
        question.text, question.answer_type = text, answer_type
        question.measure, question.active = measure, active
        history.record(
            session, "survey_question", question_id, "update", program_id=question.program_id
        )


def set_active(db: Database, question_id: int, active: bool) -> None:
    with db.transaction() as session:
        question = _question(session, question_id)
        question.active = active
        history.record(
            session, "survey_question", question_id, "activate" if active else "deactivate",
            program_id=question.program_id,
        )  # fmt: skip


def move_question(db: Database, question_id: int, offset: int) -> None:
    """Move a question up (-1) or down (+1) within its kind."""
    with db.transaction() as session:
        question = _question(session, question_id)
        siblings = list(
            session.scalars(
                select(SurveyQuestion)
                .where(
                    SurveyQuestion.program_id == question.program_id,
                    SurveyQuestion.kind == question.kind,
                )
                .order_by(SurveyQuestion.position, SurveyQuestion.id)
            )
        )
        index = siblings.index(question)
        target = max(0, min(len(siblings) - 1, index + offset))
        if target == index:
            return
        siblings.insert(target, siblings.pop(index))
        for position, row in enumerate(siblings):
            row.position = position


def remove_question(db: Database, question_id: int) -> bool:
    """Delete a question nobody answered (True); switch an answered one off instead (False)."""
    with db.transaction() as session:
        question = _question(session, question_id)
        answered = session.scalar(
            select(func.count(SurveyAnswer.id)).where(SurveyAnswer.question_id == question_id)
        )
        program_id = question.program_id
        if answered:
            question.active = False
            history.record(
                session, "survey_question", question_id, "deactivate", program_id=program_id
            )
            return False
        session.delete(question)
        history.record(session, "survey_question", question_id, "delete", program_id=program_id)
        return True
