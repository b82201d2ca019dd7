"""Questions per template, answers typed in by hand, and forms exports imported by email."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import db_rows
import pytest
from evaluation_data import add_pair, add_person, email_of, make_program
from openpyxl import Workbook
from sqlalchemy.exc import IntegrityError

from peerdesk.database import Database
from peerdesk.enums import AnswerType, PairStatus, ProgramTemplate, Role, SurveyKind
from peerdesk.errors import NotFound, ValidationError
from peerdesk.models import Participant
from peerdesk.surveys.forms_import import (
    NoEmailColumn,
    NoQuestionColumns,
    commit_survey_import,
    import_survey_file,
    kind_from_name,
    plan_survey_import,
)
from peerdesk.surveys.questions import (
    SATISFACTION,
    QuestionHasAnswers,
    add_question,
    default_questions,
    ensure_default_questions,
    list_questions,
    move_question,
    remove_question,
    update_question,
)
from peerdesk.surveys.responses import (
    NoAnswers,
    ResponseData,
    parse_answer,
    recent_responses,
    record_response,
    respondents,
    response_answers,
)

NOON = datetime(2025, 5, 2, 12, tzinfo=UTC)


def rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    return db_rows.query(db, sql)


# -- questions --------------------------------------------------------------------------------


@pytest.mark.parametrize("template", list(ProgramTemplate))
def test_every_template_asks_the_same_things_before_and_after(template: ProgramTemplate) -> None:
    specs = default_questions(template)
    pre = [(q.measure, q.text) for q in specs if q.kind == SurveyKind.PRE]
    post = [(q.measure, q.text) for q in specs if q.kind == SurveyKind.POST]
    assert pre == post and len(pre) >= 4
    measures = {q.measure for q in specs}
    assert {"Confidence", "Sense of belonging", SATISFACTION} <= measures
    assert any(q.kind == SurveyKind.CLOSING and q.answer_type == AnswerType.YES_NO for q in specs)
    assert {q.kind for q in specs} == set(SurveyKind)


def test_defaults_are_added_once_and_follow_the_template(db: Database) -> None:
    youth = make_program(db, "Youth", template=ProgramTemplate.YOUTH)
    assert ensure_default_questions(db, youth) is True
    assert ensure_default_questions(db, youth) is False
    questions = list_questions(db, youth)
    assert len(questions) == len(default_questions(ProgramTemplate.YOUTH))
    assert any(q.measure == "Trusted adult" for q in questions)
    pre = list_questions(db, youth, SurveyKind.PRE)
    assert [q.position for q in pre] == list(range(len(pre)))


def test_editing_questions(db: Database) -> None:
    program_id = make_program(db)
    ensure_default_questions(db, program_id)
    new = add_question(db, program_id, SurveyKind.CHECKIN, "  How   useful was the last meeting? ",
                       AnswerType.LIKERT, "Usefulness")  # fmt: skip
    checkins = list_questions(db, program_id, SurveyKind.CHECKIN)
    assert checkins[-1].id == new and checkins[-1].text == "How useful was the last meeting?"
    move_question(db, new, -1)
    assert list_questions(db, program_id, SurveyKind.CHECKIN)[-2].id == new
    with pytest.raises(ValidationError) as caught:
        update_question(db, new, text=" ", answer_type=AnswerType.LIKERT, measure=None)
    assert caught.value.problems == {"text": "Write the question."}
    update_question(db, new, text="Was it useful?", answer_type=AnswerType.YES_NO, measure=None)
    assert remove_question(db, new) is True  # nobody answered it: gone
    assert new not in {q.id for q in list_questions(db, program_id)}


def test_an_answered_question_keeps_its_type_and_is_switched_off_not_deleted(
    db: Database,
) -> None:
    program_id = make_program(db)
    ensure_default_questions(db, program_id)
    person = add_person(db, program_id, 1, Role.MENTEE)
    satisfaction = next(
        q for q in list_questions(db, program_id, SurveyKind.CHECKIN) if q.measure == SATISFACTION
    )
    record_response(db, program_id, ResponseData(person, SurveyKind.CHECKIN, NOON,
                                                 {satisfaction.id: 4}))  # fmt: skip
    with pytest.raises(QuestionHasAnswers):
        update_question(db, satisfaction.id, text=satisfaction.text,
                        answer_type=AnswerType.NUMBER, measure=SATISFACTION)  # fmt: skip
    assert remove_question(db, satisfaction.id) is False
    [kept] = [q for q in list_questions(db, program_id) if q.id == satisfaction.id]
    assert not kept.active and kept.answers == 1
    assert satisfaction.id not in {
        q.id for q in list_questions(db, program_id, SurveyKind.CHECKIN, active_only=True)
    }


# -- answers by hand ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer_type", "value", "stored"),
    [
        (AnswerType.LIKERT, 4, (4.0, None)),
        (AnswerType.LIKERT, "Strongly agree", (5.0, None)),
        (AnswerType.LIKERT, "2 - Disagree", (2.0, None)),
        (AnswerType.LIKERT, "Neither agree nor disagree", (3.0, None)),
        (AnswerType.YES_NO, "Yes", (1.0, None)),
        (AnswerType.YES_NO, False, (0.0, None)),
        (AnswerType.NUMBER, "3,5", (3.5, None)),
        (AnswerType.NUMBER, 12, (12.0, None)),
        (AnswerType.TEXT, "  Fine, thanks ", (None, "Fine, thanks")),
        (AnswerType.TEXT, "=HYPERLINK(1)", (None, "=HYPERLINK(1)")),
        (AnswerType.LIKERT, "", None),
        (AnswerType.NUMBER, None, None),
    ],
)
def test_answers_are_read_as_their_question_expects(
    answer_type: AnswerType, value: object, stored: object
) -> None:
    assert parse_answer(answer_type, value) == stored  # type: ignore[arg-type]


def test_a_response_is_saved_with_its_pair_and_bad_answers_are_named(db: Database) -> None:
    program_id = make_program(db)
    ensure_default_questions(db, program_id)
    mentor = add_person(db, program_id, 1, Role.MENTOR)
    mentee = add_person(db, program_id, 2, Role.MENTEE)
    ended = add_pair(db, program_id, mentor, mentee, status=PairStatus.ENDED)
    active = add_pair(db, program_id, mentor, add_person(db, program_id, 3, Role.MENTEE))
    questions = {q.label: q for q in list_questions(db, program_id, SurveyKind.CHECKIN)}
    satisfaction = questions[SATISFACTION].id
    count = questions["Meetings reported"].id
    with pytest.raises(ValidationError) as caught:
        record_response(db, program_id, ResponseData(mentee, SurveyKind.CHECKIN, NOON,
                                                     {satisfaction: 7, count: "two"}))  # fmt: skip
    assert caught.value.problems == {
        f"q{satisfaction}": "“7” is not an answer from 1 to 5.",
        f"q{count}": "“two” is not a number.",
    }
    with pytest.raises(NoAnswers):
        record_response(db, program_id, ResponseData(mentee, SurveyKind.CHECKIN, NOON,
                                                     {satisfaction: None}))  # fmt: skip
    assert rows(db, "SELECT count(*) FROM survey_response") == [(0,)]
    response = record_response(
        db, program_id, ResponseData(mentee, SurveyKind.CHECKIN, NOON, {satisfaction: 5})
    )
    mentor_response = record_response(
        db, program_id, ResponseData(mentor, SurveyKind.CHECKIN, NOON, {satisfaction: 4})
    )
    pairs = dict(rows(db, "SELECT id, pair_id FROM survey_response"))
    assert pairs == {response: ended, mentor_response: active}  # the mentor's open pair wins
    assert response_answers(db, response) == {satisfaction: (5.0, None)}
    [latest, first] = recent_responses(db, program_id)
    assert (latest.id, first.id) == (mentor_response, response)
    assert first.name.startswith("Cy ") and first.answers == 1 and first.source == "manual"
    people = respondents(db, program_id)
    assert [p.name for p in people] == sorted(p.name for p in people)
    assert [p.participant_id for p in people][:2] == [mentor, mentee]  # Bo, then Cy


def test_a_person_or_question_from_another_program_is_refused(db: Database) -> None:
    program_id = make_program(db)
    other = make_program(db, "Other program")
    ensure_default_questions(db, program_id)
    ensure_default_questions(db, other)
    stranger = add_person(db, other, 9, Role.MENTEE)
    question = list_questions(db, program_id, SurveyKind.PRE)[0].id
    with pytest.raises(NotFound):
        record_response(db, program_id, ResponseData(stranger, SurveyKind.PRE, NOON, {question: 3}))
    person = add_person(db, program_id, 1, Role.MENTEE)
    with pytest.raises(NotFound):  # a check-in question on a pre-program response
        checkin = list_questions(db, program_id, SurveyKind.CHECKIN)[0].id
        record_response(db, program_id, ResponseData(person, SurveyKind.PRE, NOON, {checkin: 3}))


# -- importing a forms export ----------------------------------------------------------------


@pytest.fixture
def program(db: Database) -> int:
    program_id = make_program(db)
    ensure_default_questions(db, program_id)
    for n in range(1, 5):
        add_person(db, program_id, n, Role.MENTEE)
    return program_id


def google_forms_export(path: Path, rows: list[list[object]]) -> Path:
    """A sheet as Google Forms exports it: timestamp, email, one column per question."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Form Responses 1"
    sheet.append([
        "Timestamp", "Email Address", "I feel confident in my role.",
        "I have the skills I need to grow in my work.", "What is your favourite colour?",
    ])  # fmt: skip
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_google_forms_export_is_matched_by_email(
    db: Database, program: int, tmp_path: Path
) -> None:
    path = google_forms_export(
        tmp_path / "pre.xlsx",
        [
            [datetime(2025, 3, 1, 9, 30), email_of(1).upper(), "Agree", 3, "Blue"],
            [datetime(2025, 3, 1, 9, 45), f"  {email_of(2)} ", 2, "Strongly agree", "Red"],
            [datetime(2025, 3, 1, 10, 0), "bo.chen(at)example.org", 4, 4, ""],
            [datetime(2025, 3, 1, 10, 5), "nobody@example.org", 4, 4, ""],
            [datetime(2025, 3, 1, 10, 9), email_of(3), "seven", 4, ""],
            [datetime(2025, 3, 1, 10, 12), email_of(4), "", "", "Green"],
            [None, None, None, None, None],
            [datetime(2025, 3, 1, 9, 30), email_of(1), 5, 5, ""],  # same person and time
        ],
    )
    summary = import_survey_file(db, program, path, SurveyKind.PRE)
    assert summary.added == 2
    assert [line.reason for line in summary.lines] == [
        "Row 4: “bo.chen(at)example.org” is not an email address.",
        "Row 5: nobody in this program has the email “nobody@example.org”.",
        "Row 6: “seven” for “Confidence” is not an answer from 1 to 5 (strongly disagree to "
        "strongly agree).",
        "Row 7: no answers.",
        "Row 9: the same person and time as row 2; left out.",
    ]
    assert summary.ignored_columns == ("What is your favourite colour?",)
    assert len(summary.rejected) == 4
    answers = rows(
        db,
        "SELECT p.email, q.measure, a.value_number FROM survey_answer a "
        "JOIN survey_response r ON r.id = a.response_id "
        "JOIN participant pa ON pa.id = r.participant_id JOIN person p ON p.id = pa.person_id "
        "JOIN survey_question q ON q.id = a.question_id ORDER BY p.email, q.position",
    )
    assert answers == [
        (email_of(1), "Confidence", 4.0), (email_of(1), "Skills", 3.0),
        (email_of(2), "Confidence", 2.0), (email_of(2), "Skills", 5.0),
    ]  # fmt: skip
    again = import_survey_file(db, program, path, SurveyKind.PRE)
    assert again.added == 0
    # Rows 2 and 3, and row 9 that repeats row 2, are all in the file already.
    assert [line.outcome for line in again.lines].count("already imported") == 3
    assert rows(db, "SELECT count(*) FROM survey_response") == [(2,)]


def test_a_microsoft_forms_csv_with_numbered_questions(
    db: Database, program: int, tmp_path: Path
) -> None:
    path = tmp_path / "checkin.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ID", "Start time", "Completion time", "Email", "Name",
                         "1. I am satisfied with my match.",
                         "2. How many times did you meet since the last check-in?",
                         "Is there anything the coordinator should know?"])  # fmt: skip
        writer.writerow(["1", "4/2/25 9:00:00", "4/2/25 9:04:10", email_of(3), "Cy",
                         "4", "3", "=cmd|' /C calc'!A0"])  # fmt: skip
    summary = import_survey_file(db, program, path, SurveyKind.CHECKIN)
    assert summary.added == 1 and not summary.lines
    stored = rows(
        db,
        "SELECT r.responded_at, r.source, a.value_number, a.value_text FROM survey_answer a "
        "JOIN survey_response r ON r.id = a.response_id ORDER BY a.question_id",
    )
    assert {row[1] for row in stored} == {"import"}
    assert [(n, t) for _at, _s, n, t in stored] == [
        (4.0, None), (3.0, None), (None, "=cmd|' /C calc'!A0")
    ]  # fmt: skip
    moment = datetime.fromisoformat(str(stored[0][0]))
    assert moment.astimezone().replace(tzinfo=None) == datetime(2025, 2, 4, 9, 4, 10)


def test_files_that_cannot_be_imported_say_why(db: Database, program: int, tmp_path: Path) -> None:
    no_email = tmp_path / "no-email.csv"
    no_email.write_text("Timestamp,Name,I feel confident in my role.\n2025-03-01,Ana,4\n")
    with pytest.raises(NoEmailColumn):
        plan_survey_import(db, program, no_email, SurveyKind.PRE)
    no_questions = tmp_path / "other-form.csv"
    no_questions.write_text("Timestamp,Email,Favourite food\n2025-03-01,a@example.org,Soup\n")
    with pytest.raises(NoQuestionColumns) as caught:
        plan_survey_import(db, program, no_questions, SurveyKind.PRE)
    assert "I feel confident in my role." in caught.value.message


def test_an_import_lands_whole_or_not_at_all(db: Database, program: int, tmp_path: Path) -> None:
    path = google_forms_export(
        tmp_path / "pre.xlsx",
        [[datetime(2025, 3, 1, 9, n), email_of(n), 4, 4, ""] for n in range(1, 5)],
    )
    plan = plan_survey_import(db, program, path, SurveyKind.PRE)
    assert len(plan.responses) == 4
    with db.transaction() as session:  # someone is removed after the preview was made
        gone = session.get(Participant, plan.responses[-1].participant_id)
        session.delete(gone)
    with pytest.raises(IntegrityError):
        commit_survey_import(db, plan)
    assert rows(db, "SELECT count(*) FROM survey_response") == [(0,)]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Post-program survey (Responses).xlsx", SurveyKind.POST),
        ("pre_program_assessment.csv", SurveyKind.PRE),
        ("Baseline 2026.csv", SurveyKind.PRE),
        ("Monthly check-in (Responses).csv", SurveyKind.CHECKIN),
        ("Exit survey.xlsx", SurveyKind.CLOSING),
        ("Responses.csv", None),
        ("Presentation feedback.csv", None),  # "pre" inside a word is not a hint
    ],
)
def test_a_file_name_points_to_its_survey(name: str, kind: SurveyKind | None) -> None:
    assert kind_from_name(name) == kind


def test_the_survey_is_proposed_from_the_name_and_the_questions(
    db: Database, program: int, tmp_path: Path
) -> None:
    def write(name: str, headers: list[str]) -> Path:
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            answers = ["4"] * len(headers)
            rows = [["Timestamp", "Email Address", *headers], ["2025-09-20", email_of(1), *answers]]
            csv.writer(handle).writerows(rows)
        return path

    ensure_default_questions(db, program)
    confidence = "I feel confident in my role."
    # Pre and post ask the same questions: the name tells them apart.
    post = plan_survey_import(db, program, write("Post survey.csv", [confidence]), None)
    assert post.kind == SurveyKind.POST and post.proposal is not None
    assert post.proposal.by_name and post.proposal.by_questions and post.proposal.certain
    # No hint in the name: the questions decide, and say when two surveys fit alike.
    closing = plan_survey_import(db, program, write("Form A.csv", ["The program helped me."]), None)
    assert closing.kind == SurveyKind.CLOSING and closing.proposal is not None
    assert not closing.proposal.by_name and closing.proposal.certain
    either = plan_survey_import(db, program, write("Form B.csv", [confidence]), None)
    assert either.proposal is not None and not either.proposal.certain
    assert either.kind in (SurveyKind.PRE, SurveyKind.POST)
    # A name that points to a survey whose questions are not in the file does not win.
    named = plan_survey_import(db, program, write("Check-in.csv", ["The program helped me."]), None)
    assert named.kind == SurveyKind.CLOSING
