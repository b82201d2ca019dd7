"""One number, one rounding: a term simulated with the clock set by the test, then every
shared figure read back from the dashboard model, the workbook (openpyxl), the summary
PDF (pypdf) and the certificates, and compared."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pdf_pages import page_texts, sparse_pages
from term_data import PAIRS, TODAY, Term, build_term

from peerdesk.calendar.attention import attention_count
from peerdesk.database import Database
from peerdesk.documents.certificates import certificates_pdf, load_certificates
from peerdesk.enums import ParticipantStatus
from peerdesk.evaluation.dashboard import load_dashboard
from peerdesk.evaluation.figures import (
    ProgramFigures,
    Share,
    average,
    hours,
    hours_text,
    hours_words,
    is_unlogged,
    percent,
    program_figures,
)
from peerdesk.evaluation.stated_goals import NO_FIGURE, check_goals, target
from peerdesk.exports.records import STATUS_WORDS
from peerdesk.exports.summary_pdf import SECTIONS, save_summary
from peerdesk.exports.workbook import export_workbook


def test_one_rounding_rule_half_up_on_the_exact_value() -> None:
    # 195 minutes are 3.25 hours: Python's round() gives 3.2 and Qt's 3.3; the rule says 3.3.
    assert hours(195) == Decimal("3.3") and hours_text(195) == "3.3"
    assert hours_words(195) == "3.3 hours" and hours_words(60) == "1 hour"
    assert hours_text(9792) == "163.2" and hours_text(4680) == "78"
    assert percent(1, 8) == 13 and percent(7, 8) == 88 and percent(0, 0) is None
    assert average([4, 4, 3, 4]) == Decimal("3.8")  # 3.75
    assert average([5, 4, 4, 3, 4, 5, 2]) == Decimal("3.9")
    assert Share(1, 1).percent is None and Share(1, 1).text("answers") == (
        "too few answers to show (n = 1)"
    )
    assert Share(4, 5).text("pairs") == "80% (4 of 5 pairs)"


def test_unlogged_is_a_past_day_not_after_the_pair_end() -> None:
    from datetime import date

    assert is_unlogged("2026-03-10T17:30:00+00:00", "Europe/London", None, TODAY)
    assert not is_unlogged("2026-03-20T08:00:00+00:00", "Europe/London", None, TODAY)  # today
    assert not is_unlogged("2026-03-10T17:30:00+00:00", "UTC", date(2026, 2, 20), TODAY)


@pytest.fixture
def term(db: Database) -> Term:
    return build_term(db)


def _figures_sheet(path: Path) -> dict[str, object]:
    book = load_workbook(path)
    return {str(row[0].value): row[1].value for row in book["Figures"].iter_rows(min_row=2)}


def test_a_term_shows_the_same_figures_on_the_dashboard_in_the_workbook_and_the_pdf(
    db: Database, term: Term, tmp_path: Path
) -> None:
    d = load_dashboard(db, term.program_id, today=TODAY)
    f = d.figures
    m = f.meetings
    # What the simulation did, worked out by hand.
    assert m.unlogged == term.unlogged == 8
    assert (m.held, m.cancelled, m.no_show) == (45, 4, 1)
    # The pair ended early on 20 February: its two later meetings left scheduled are not
    # "not logged", and the meetings cancelled by the ending are not counted as missed.
    assert m.logged == 50 and m.attendance.percent == 90
    assert f.matched == 2 * PAIRS and f.pairs_completed == 3 and f.pairs_ended_early == 1
    assert f.satisfaction.mean == Decimal("3.9") and f.satisfaction.n == 7
    assert f.attention is not None
    assert f.attention.count == attention_count(db, term.program_id, today=TODAY)

    workbook = export_workbook(db, term.program_id, tmp_path / "term.xlsx", today=TODAY)
    sheet = _figures_sheet(workbook)
    book = load_workbook(workbook)
    statuses = [row[8].value for row in book["Meetings"].iter_rows(min_row=2)]
    pairs_header = [c.value for c in book["Pairs"][1]]
    pair_unlogged = pairs_header.index("Past meetings not logged yet")
    pair_hours = pairs_header.index("Mentor hours")
    pair_rows = [[c.value for c in row] for row in book["Pairs"].iter_rows(min_row=2)]

    pdf = save_summary(db, term.program_id, tmp_path / "term.pdf", today=TODAY)
    data = pdf.read_bytes()
    text = " ".join(page_texts(data))

    # Not logged yet: the same count on the dashboard, in the workbook (three ways) and the PDF.
    assert sheet["Past meetings not logged yet"] == m.unlogged
    assert statuses.count("Not logged yet") == m.unlogged
    assert sum(row[pair_unlogged] for row in pair_rows) == m.unlogged
    # Meetings the ending took off the calendar are said to be so, and never counted as missed.
    assert statuses.count("Cancelled: pair ended") > 0
    assert statuses.count("Cancelled") == m.cancelled
    assert f"{m.held} held · {m.unlogged} not logged yet" in text
    assert f"{m.held} meetings held · {m.unlogged} not logged yet" in text
    assert "8 past meetings not logged yet are left out, not counted as missed" in text
    assert "Not logged yet: 1 in January 2026, 4 in February 2026, 3 in March 2026." in text

    # Every other shared figure.
    assert sheet["Meetings held"] == m.held and sheet["Meetings cancelled"] == m.cancelled
    assert sheet["Meetings no-show"] == m.no_show
    assert sheet["Attendance (share)"] == 0.9 and "90% of logged meetings held (45 of 50)" in text
    assert sheet["Mentor hours"] == float(m.hours) == 43.3
    assert f"{hours_text(m.minutes)} hours of mentoring" in text
    assert sheet["People taking part"] == f.people == 24 and "24 people took part" in text
    assert sheet["Have been matched"] == f.matched
    assert sheet["Have been matched (share)"] == 1.0
    assert "100% have been matched (24 of 24 people)" in text
    assert sheet["Pairs completed"] == f.pairs_completed == d.completed_pairs
    assert sheet["Pairs completed (share)"] is None  # four ended pairs: too few to show
    assert "of ended pairs completed (3 of 4 pairs; too few pairs to show a percentage)" in text
    assert sheet["In a completed pair"] == f.in_completed_pair == 6
    assert {s.key: s.count for s in d.funnel}["completed"] == 6
    assert "In a completed pair 6" in text
    assert sheet["Pairs active now"] == d.active_pairs == 8
    assert sheet["Pairs with past meetings not logged yet"] == f.pairs_with_unlogged == 3
    assert "8 pairs active now (3 with past meetings not logged yet)" in text
    assert sheet["Average satisfaction (1–5)"] == 3.9
    assert "3.9 average satisfaction out of 5 (n = 7)" in text
    assert "Needs attention" not in sheet  # a to-do list, on the dashboard and calendar only
    for status, n in f.by_status.items():
        if n:
            label = f"Status today: {STATUS_WORDS[status.value].lower()}"
            assert sheet[label] == n == d.by_status[status]
    # Two different figures, labelled apart: 16 whose status is "matched" today (the four
    # ended pairs' people have moved on) and 24 who have been matched.
    assert d.by_status[ParticipantStatus.MATCHED] == 16 and f.matched == 24
    assert sheet["Status today: matched"] == 16 and sheet["Have been matched"] == 24

    # A mentor's hours: 195 minutes, 3.3 on the certificate and in the workbook.
    _settings, certificates = load_certificates(db, term.program_id)
    mentor = next(c for c in certificates if c.minutes == 195)
    assert hours_words(mentor.minutes or 0) == "3.3 hours"
    cert_text = " ".join(page_texts(certificates_pdf(db, term.program_id)))
    assert "3.3 hours of mentoring across 5 meetings" in cert_text
    row = next(r for r in pair_rows if r[0] == term.rounding_pair)
    assert row[pair_hours] == 3.3

    # The program's stated goals, each with its figure (or said to have none).
    assert (
        "Nine in ten pairs meet at least once a month. Measured: 90% of pairs met at least "
        "once in every full month they ran (9 of 10 pairs); target 90%: reached." in text
    )
    assert "Build a culture of learning across departments. No figure measures this yet." in text
    assert "80% of pairs complete the program. So far 3 of 4 pairs: too few pairs" in text
    assert sparse_pages(data, SECTIONS) == []


def test_a_meeting_nobody_logged_is_never_counted_as_missed(db: Database, term: Term) -> None:
    before = program_figures(db, term.program_id, today=TODAY).meetings
    from datetime import date

    later = program_figures(db, term.program_id, today=date(2026, 4, 30)).meetings
    # Six weeks on with nothing logged: more meetings not logged, none more missed.
    assert later.unlogged > before.unlogged
    assert (later.cancelled, later.no_show) == (before.cancelled, before.no_show)
    assert later.attendance == before.attendance


def _figures(**changes: object) -> ProgramFigures:
    from datetime import date

    from peerdesk.evaluation.figures import MeetingCounts, Satisfaction

    base = ProgramFigures(
        program_id=1, today=date(2026, 3, 20), start=None, end=None, people=40,
        by_status={}, matched=36, matchable=40, ready=38, in_completed_pair=10,
        pairs_active=12, pairs_paused=0, pairs_ended=6, pairs_completed=5, pairs_ended_early=1,
        meetings=MeetingCounts(held=90, cancelled=8, no_show=2, unlogged=12),
        this_month=MeetingCounts(), per_month=[],
        satisfaction=Satisfaction((0, 1, 1, 4, 4), 10, Decimal("4.1")),
        attention=None, monthly=Share(16, 18),
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def test_each_stated_goal_with_the_figure_that_answers_it() -> None:
    goals = "\n".join([
        "Nine in ten pairs meet at least once a month",
        "- 80% of participants are satisfied with their match",
        "Half of all pairs complete the program",
        "Everyone who applies is matched",
        "Participants would recommend it to a colleague",
        "Mentees gain confidence",
        "Build a culture of learning",
    ])  # fmt: skip
    checks = check_goals(goals, _figures(), [], Share(3, 4))
    assert [c.goal for c in checks][1] == "80% of participants are satisfied with their match"
    answers = [c.answer for c in checks]
    assert answers[0] == (
        "Measured: 89% of pairs met at least once in every full month they ran (16 of 18 "
        "pairs); target 90%: not reached yet. Months whose meetings are not logged yet are "
        "left out (12 meetings)."
    )
    assert checks[0].reached is False
    assert answers[1].startswith("Measured: 80% agree or strongly agree that they are satisfied")
    assert "target 80%: reached" in answers[1] and "Average 4.1 out of 5." in answers[1]
    assert answers[2].endswith("(5 of 6 pairs); target 50%: reached.")
    assert answers[3].endswith("(36 of 40 people); target 100%: not reached yet.")
    assert answers[4] == "So far 3 of 4 answers: too few answers to show (at least 5 are needed)."
    assert answers[5] == NO_FIGURE  # no before-and-after measure named "confidence" here
    assert answers[6] == NO_FIGURE
    assert target("nine in ten") == Fraction(9, 10) and target("9 out of 10") == Fraction(9, 10)
    assert target("75 percent") == Fraction(3, 4) and target("grow") is None


def test_the_page_check_finds_a_nearly_blank_page() -> None:
    """The check the summary is held to fails on a page left nearly blank mid-section."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    body = getSampleStyleSheet()["BodyText"]
    story = [Paragraph("Participation", body), *[Paragraph(f"Line {n}", body) for n in range(60)]]
    story += [PageBreak(), Paragraph("One lonely line.", body), PageBreak()]
    story += [Paragraph(f"More {n}", body) for n in range(40)]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    assert [page for page, _fill in sparse_pages(out.getvalue(), SECTIONS)] == [3]


# Names a server's collation may order otherwise than the file (spaces, case, accents).
TRICKY_NAMES = ("de Vries Anna", "Dean Ortiz", "DEAN Abe", "émile Zola", "Emma Stone", "Zoë Ng")


def _a_term_with_tricky_names(db: Database) -> Term:
    from calendar_data import email_of

    from peerdesk.enums import Role
    from peerdesk.models import Participant, Person

    term = build_term(db)
    with db.transaction() as session:
        for name in TRICKY_NAMES:
            email = email_of(name)
            person = Person(full_name=name, email=email, email_key=email)
            session.add(
                Participant(
                    program_id=term.program_id,
                    person=person,
                    role=Role.MENTEE,
                    status=ParticipantStatus.APPLIED,
                    department="Sales" if name == TRICKY_NAMES[0] else "sales",  # one group
                )
            )
    return term


def _cells(path: Path) -> dict[str, list[list[object]]]:
    book = load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book.worksheets}


def test_a_term_reads_the_same_on_a_file_and_on_a_server(
    db_path: Path, pg_url: str, tmp_path: Path
) -> None:
    """The same term in a file and in a server database: the dashboard's figures, every
    cell of the workbook and every word of the summary are the same."""
    from sqlalchemy import text

    from peerdesk.database import create_database, open_database

    read: dict[str, tuple[object, ...]] = {}
    for side, opened in (("file", create_database(db_path)), ("server", open_database(pg_url))):
        with opened as db:
            db.actor = "Sam"  # the same coordinator on both (else the login, or the server's user)
            if db.on_server:  # as on most servers, names compare by a language's rules there
                with db.transaction() as session:
                    session.execute(
                        text(
                            'ALTER TABLE person ALTER COLUMN full_name TYPE text COLLATE "en-x-icu"'
                        )
                    )
            term = _a_term_with_tricky_names(db)
            dashboard = load_dashboard(db, term.program_id, today=TODAY)
            book = export_workbook(db, term.program_id, tmp_path / f"{side}.xlsx", today=TODAY)
            pdf = save_summary(db, term.program_id, tmp_path / f"{side}.pdf", today=TODAY)
            read[side] = (dashboard, _cells(book), page_texts(pdf.read_bytes()))
    (file_dashboard, file_cells, file_text), (server_dashboard, server_cells, server_text) = (
        read["file"],
        read["server"],
    )
    assert server_dashboard == file_dashboard
    assert list(server_cells) == list(file_cells)
    for title, rows in file_cells.items():
        if title == "History":  # when each change was made differs by the moment; not who or what
            rows, server_rows = ([r[1:] for r in t] for t in (rows, server_cells[title]))
            assert server_rows == rows, title
            continue
        assert server_cells[title] == rows, title
    assert server_text == file_text
    # People by name regardless of case, then id, the same whatever the server's collation.
    people = [row[1] for row in file_cells["People"][1:]]
    assert people == sorted(people, key=str.lower)
    shown = [name for name in people if name in TRICKY_NAMES]
    assert shown == [
        "de Vries Anna",
        "DEAN Abe",
        "Dean Ortiz",
        "Emma Stone",
        "Zoë Ng",
        "émile Zola",
    ]
    # A group is named as its first member spells it, on both.
    groups = [row[:3] for row in file_cells["Outcomes"] if row[0] == "Department"]
    assert groups[0] == ["Department", "Sales", len(TRICKY_NAMES)]
