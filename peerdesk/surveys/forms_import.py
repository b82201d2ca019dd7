"""Importing a forms export (.xlsx, .xls, .ods, .csv) of survey answers, matched by email.

Google Forms and Microsoft Forms exports, or a hand-made sheet: the roster
reader (:mod:`peerdesk.roster.reader`) reads the file, the header row is
found as for rosters, and the email, time and question columns are found by
their titles (a question's column is titled with its text, perhaps numbered,
or with its measure). Each row is matched to a participant by email, case
and spaces aside.

Rows with a problem are listed with their row number and reason and not
imported, like the roster import; the good rows land in one transaction, all
or none. Importing the same file again adds nothing twice: a response with
the same person, kind and time (to the second) is already there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.database import Database
from peerdesk.enums import SurveyKind
from peerdesk.errors import UserError
from peerdesk.models import Participant, Person, SurveyAnswer, SurveyResponse
from peerdesk.people import email_key, is_email
from peerdesk.progress import Progress
from peerdesk.roster import values
from peerdesk.roster.header import find_header_row, header_texts
from peerdesk.roster.reader import CellValue, Sheet, Workbook, is_blank
from peerdesk.roster.sandbox import read_isolated
from peerdesk.surveys.questions import QuestionRow, question_rows
from peerdesk.surveys.responses import AnswerProblem, current_pairs, parse_answer


class NoEmailColumn(UserError):
    template = (
        "“{name}” has no column of email addresses, so PeerDesk can't tell who answered. "
        "Collect email addresses in the form (or add a column called Email) and export again."
    )


class NoQuestionColumns(UserError):
    template = (
        "No column of “{name}” matches a {kind} question of this program. Its columns "
        "should be titled with the questions, for example “{example}”."
    )


class NoSuchKindOfQuestion(UserError):
    template = "This program has no {kind} questions yet. Add some on the Check-ins screen."


_EMAIL_HEADERS = ("email", "e mail", "email address", "e mail address", "mail", "username",
                  "courriel", "correo", "correo electronico", "adresse e mail")  # fmt: skip
_TIME_HEADERS = ("completion time", "timestamp", "submitted", "submitted at", "submission time",
                 "submission date", "date submitted", "response date", "end time", "start time",
                 "date", "horodateur", "marca temporal", "zeitstempel", "tijdstempel")  # fmt: skip
_NUMBERING = re.compile(r"^\s*(?:q\s*)?\d{1,3}\s*[.):-]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ImportLine:
    row_number: int
    outcome: str  # "error", "duplicate" or "already imported"
    reason: str


@dataclass(frozen=True)
class PlannedResponse:
    row_number: int
    participant_id: int
    responded_at: datetime
    answers: dict[int, tuple[float | None, str | None]]


# What a file's name says about its survey ("Post-program survey (Responses).xlsx").
_NAME_HINTS: tuple[tuple[SurveyKind, re.Pattern[str]], ...] = (
    (SurveyKind.CLOSING, re.compile(r"\b(?:closing|exit|close[ds]?|ending)\b")),
    (SurveyKind.PRE, re.compile(r"\b(?:pre|before|baseline|intake|entry)\b|\bpre(?=program)")),
    (SurveyKind.POST, re.compile(r"\b(?:post|after|final|end of (?:the )?program)\b")),
    (SurveyKind.CHECKIN, re.compile(r"\b(?:check ?ins?|monthly|pulse|mid ?point)\b")),
)


@dataclass(frozen=True)
class KindProposal:
    """The survey a file most likely holds, and what told PeerDesk so."""

    kind: SurveyKind
    by_name: bool  # the file's name says so
    by_questions: bool  # its columns match this survey's questions more than any other's
    certain: bool  # False: two surveys fit equally (a pre and post with the same questions)


def kind_from_name(name: str) -> SurveyKind | None:
    """The survey a file's name points to, if it points to one."""
    words = re.sub(r"[_.()\[\]-]+", " ", Path(name).stem.casefold())
    for kind, pattern in _NAME_HINTS:
        if pattern.search(words):
            return kind
    return None


def _matched_columns(headers: list[str], questions: Sequence[QuestionRow]) -> int:
    taken: set[int] = set()
    for header in headers:
        question = _question_for(header, [q for q in questions if q.id not in taken])
        if question is not None:
            taken.add(question.id)
    return len(taken)


def propose_kind(name: str, headers: list[str], questions: Sequence[QuestionRow]) -> KindProposal:
    """The survey a file holds, from its name and from which survey's questions its columns
    match: the name decides when its survey's questions are there; else the questions do."""
    from peerdesk.surveys.questions import KIND_ORDER

    matched = {
        kind: _matched_columns(headers, [q for q in questions if q.kind == kind])
        for kind in KIND_ORDER
    }
    named = kind_from_name(name)
    best = max(matched.values())
    if named is not None and matched[named]:
        return KindProposal(named, True, matched[named] == best, True)
    if best == 0:
        kind = named or SurveyKind.CHECKIN
        return KindProposal(kind, named is not None, False, named is not None)
    leaders = [kind for kind in KIND_ORDER if matched[kind] == best]
    return KindProposal(leaders[0], False, True, len(leaders) == 1)


@dataclass
class SurveyImportPlan:
    """What importing a file would do, before anything is written."""

    program_id: int
    source_name: str
    kind: SurveyKind
    sheet: str
    columns: dict[int, QuestionRow]  # sheet column → question
    ignored_columns: list[str]
    responses: list[PlannedResponse] = field(default_factory=list)
    lines: list[ImportLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    proposal: KindProposal | None = None  # when the survey was proposed from the file

    @property
    def errors(self) -> list[ImportLine]:
        return [line for line in self.lines if line.outcome == "error"]


@dataclass(frozen=True)
class SurveyImportSummary:
    source_name: str
    kind: SurveyKind
    added: int
    lines: tuple[ImportLine, ...]
    ignored_columns: tuple[str, ...]
    notes: tuple[str, ...]
    response_ids: tuple[int, ...] = ()

    @property
    def rejected(self) -> list[ImportLine]:
        return [line for line in self.lines if line.outcome == "error"]

    def text(self) -> str:
        lines = [
            f"Added {self.added} response{'' if self.added == 1 else 's'}, "
            f"skipped {len(self.lines)} ({len(self.rejected)} with problems)."
        ]
        lines += [f"  {line.reason}" for line in self.lines]
        lines += [f"  {note}" for note in self.notes]
        return "\n".join(lines)


def _key(text: str) -> str:
    return values.fold(_NUMBERING.sub("", text))


def _question_for(header: str, questions: Sequence[QuestionRow]) -> QuestionRow | None:
    key = _key(header)
    if not key:
        return None
    for question in questions:
        if key == _key(question.text):
            return question
    for question in questions:
        if question.measure and key == values.fold(question.measure):
            return question
    for question in questions:
        text = _key(question.text)
        # "[I feel confident in my role.] How much do you agree?" and the like.
        if len(text) >= 12 and text in key:
            return question
    return None


def _find(headers: list[str], names: tuple[str, ...]) -> int | None:
    folded = [values.fold(h) for h in headers]
    for name in names:
        for column, header in enumerate(folded):
            if header == name:
                return column
    return None


def _choose_sheet(workbook: Workbook, sheet: str | None) -> Sheet:
    if sheet is not None:
        return workbook.sheet(sheet)
    visible = [s for s in workbook.sheets if not s.hidden and s.row_count] or workbook.sheets
    return visible[0]


def _participants_by_email(session: Session, program_id: int) -> dict[str, int]:
    return {
        key: pid
        for key, pid in session.execute(
            select(Person.email_key, Participant.id)
            .join(Participant, Participant.person_id == Person.id)
            .where(Participant.program_id == program_id, Person.email_key.is_not(None))
        )
        if key
    }


def _existing(session: Session, program_id: int, kind: SurveyKind) -> set[tuple[int, str]]:
    return {
        (int(pid), _second(at))
        for pid, at in session.execute(
            select(SurveyResponse.participant_id, SurveyResponse.responded_at).where(
                SurveyResponse.program_id == program_id, SurveyResponse.kind == kind
            )
        )
    }


def _second(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _moment(value: CellValue, day_first: bool) -> datetime:
    naive = values.moment(value, day_first=day_first)
    return naive.astimezone()  # a form's times are the computer's local time


def plan_survey_import(
    db: Database,
    program_id: int,
    path: Path | str,
    kind: SurveyKind | None,
    *,
    sheet: str | None = None,
    now: datetime | None = None,
) -> SurveyImportPlan:
    """Read ``path`` and work out every row's outcome; nothing is written.

    ``kind`` None: the survey is proposed from the file's name and its questions
    (:func:`propose_kind`), and the plan says so in ``proposal``.
    """
    workbook = read_isolated(path)  # a child process: a reader that aborts is a message
    chosen = _choose_sheet(workbook, sheet)
    header_index = find_header_row(chosen)
    if header_index is None:
        header_index = next(i for i, row in enumerate(chosen.rows) if not is_blank(row))
    headers = header_texts(chosen, header_index)
    proposal: KindProposal | None = None
    with db.reading() as session:
        every_question = question_rows(session, program_id)
        if kind is None:
            proposal = propose_kind(workbook.name, headers, every_question)
            kind = proposal.kind
        questions = [q for q in every_question if q.kind == kind]
        emails = _participants_by_email(session, program_id)
        existing = _existing(session, program_id, kind)
    if not questions:
        raise NoSuchKindOfQuestion(kind=_kind_words(kind))
    email_column = _find(headers, _EMAIL_HEADERS)
    if email_column is None:
        raise NoEmailColumn(name=workbook.name)
    time_column = _find(headers, _TIME_HEADERS)
    columns: dict[int, QuestionRow] = {}
    ignored: list[str] = []
    taken: set[int] = set()
    for column, header in enumerate(headers):
        if column in (email_column, time_column) or not header:
            continue
        question = _question_for(header, [q for q in questions if q.id not in taken])
        if question is None:
            ignored.append(header)
        else:
            columns[column] = question
            taken.add(question.id)
    if not columns:
        raise NoQuestionColumns(
            name=workbook.name, kind=_kind_words(kind), example=questions[0].text
        )
    plan = SurveyImportPlan(program_id, workbook.name, kind, chosen.name, columns, ignored)
    plan.proposal = proposal
    if time_column is None:
        plan.notes.append("The file has no time column; the responses are dated today.")
    day_first = values.guess_day_first(
        [row[time_column] for row in chosen.rows[header_index + 1 :] if time_column < len(row)]
        if time_column is not None
        else []
    )
    stamp = now or datetime.now(UTC)
    seen: dict[tuple[int, str], int] = {}
    for index in range(header_index + 1, len(chosen.rows)):
        row = chosen.rows[index]
        if is_blank(row):
            continue
        number = index + 1
        planned = _plan_row(
            plan, chosen, index, email_column, time_column, emails, day_first, stamp,
            workbook.decimal_comma,
        )  # fmt: skip
        if planned is None:
            continue
        key = (planned.participant_id, _second(planned.responded_at))
        if key in existing:
            plan.lines.append(
                ImportLine(number, "already imported", f"Row {number}: already imported.")
            )
        elif key in seen:
            plan.lines.append(
                ImportLine(
                    number,
                    "duplicate",
                    f"Row {number}: the same person and time as row {seen[key]}; left out.",
                )
            )
        else:
            seen[key] = number
            plan.responses.append(planned)
    return plan


def _plan_row(
    plan: SurveyImportPlan,
    sheet: Sheet,
    index: int,
    email_column: int,
    time_column: int | None,
    emails: Mapping[str, int],
    day_first: bool,
    now: datetime,
    decimal_comma: bool,
) -> PlannedResponse | None:
    number = index + 1

    def error(reason: str) -> None:
        plan.lines.append(ImportLine(number, "error", f"Row {number}: {reason}"))

    raw_email = values.display(sheet.cell(index, email_column)).strip()
    if raw_email.casefold().startswith("mailto:"):
        raw_email = raw_email[len("mailto:") :]
    if not raw_email:
        error("no email address, so PeerDesk can't tell who answered.")
        return None
    if not is_email(raw_email):
        error(f"“{_short(raw_email)}” is not an email address.")
        return None
    participant_id = emails.get(email_key(raw_email) or "")
    if participant_id is None:
        error(f"nobody in this program has the email “{_short(raw_email)}”.")
        return None
    responded_at = now
    if time_column is not None:
        cell = sheet.cell(index, time_column)
        if not values.is_empty(cell):
            try:
                responded_at = _moment(cell, day_first)
            except values.ValueProblem:
                error(f"“{_short(values.display(cell))}” is not a date and time.")
                return None
    answers: dict[int, tuple[float | None, str | None]] = {}
    problems: list[str] = []
    for column, question in plan.columns.items():
        cell = sheet.cell(index, column)
        try:
            answer = parse_answer(question.answer_type, cell, decimal_comma=decimal_comma)
        except AnswerProblem as problem:
            problems.append(
                f"“{_short(values.display(cell))}” for “{_short(question.label, 40)}” "
                f"{problem.reason}"
            )
            continue
        if answer is not None:
            answers[question.id] = answer
    if problems:
        error("; ".join(problems) + ".")
        return None
    if not answers:
        plan.lines.append(ImportLine(number, "error", f"Row {number}: no answers."))
        return None
    return PlannedResponse(number, participant_id, responded_at, answers)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kind_words(kind: SurveyKind) -> str:
    return {
        SurveyKind.PRE: "pre-program",
        SurveyKind.CHECKIN: "check-in",
        SurveyKind.POST: "post-program",
        SurveyKind.CLOSING: "closing",
    }[kind]


def commit_survey_import(
    db: Database, plan: SurveyImportPlan, progress: Progress | None = None
) -> SurveyImportSummary:
    """Write the planned responses in one transaction (skipping any imported meanwhile)."""
    lines = list(plan.lines)
    ids: list[int] = []
    with db.transaction() as session:
        existing = _existing(session, plan.program_id, plan.kind)
        pairs = current_pairs(session, [r.participant_id for r in plan.responses])
        total = len(plan.responses)
        for n, planned in enumerate(plan.responses):
            if progress is not None and n % 200 == 0:
                progress.check()
                progress.set_progress(n, total, f"Response {n + 1} of {total}")
            key = (planned.participant_id, _second(planned.responded_at))
            if key in existing:
                lines.append(
                    ImportLine(
                        planned.row_number,
                        "already imported",
                        f"Row {planned.row_number}: already imported.",
                    )
                )
                continue
            existing.add(key)
            response = SurveyResponse(
                program_id=plan.program_id,
                participant_id=planned.participant_id,
                pair_id=pairs.get(planned.participant_id),
                kind=plan.kind,
                responded_at=planned.responded_at,
                source="import",
                answers=[
                    SurveyAnswer(question_id=qid, value_number=num, value_text=text)
                    for qid, (num, text) in planned.answers.items()
                ],
            )
            session.add(response)
            session.flush()
            ids.append(response.id)
        history.record(
            session, "survey_response", None, "import", program_id=plan.program_id,
            kind=plan.kind.value, added=len(ids), skipped=len(lines),
        )  # fmt: skip
    lines.sort(key=lambda line: line.row_number)
    return SurveyImportSummary(
        plan.source_name,
        plan.kind,
        len(ids),
        tuple(lines),
        tuple(plan.ignored_columns),
        tuple(plan.notes),
        tuple(ids),
    )


def import_survey_file(
    db: Database,
    program_id: int,
    path: Path | str,
    kind: SurveyKind,
    *,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> SurveyImportSummary:
    """Plan and commit in one call (the command line and tests)."""
    plan = plan_survey_import(db, program_id, path, kind, sheet=sheet)
    return commit_survey_import(db, plan, progress)
