"""The PDF summary read back with pypdf: its pages, numbers and plain sentences."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest
from evaluation_data import add_pair, add_person, answer, build_program, make_program
from pdf_pages import page_fill, sparse_pages

from peerdesk import output_files
from peerdesk.database import Database
from peerdesk.documents.layout import Paper
from peerdesk.enums import Role, SurveyKind
from peerdesk.exports.summary_pdf import SECTIONS, save_summary, summary_pdf
from peerdesk.models import Program
from peerdesk.surveys.questions import ensure_default_questions

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TODAY = date(2025, 10, 2)


def pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_the_summary_holds_the_numbers_and_the_sentences(db: Database) -> None:
    program = build_program(db)
    data = summary_pdf(db, program.program_id, today=TODAY)
    texts = pages(data)
    everything = " ".join(texts)
    assert len(texts) == 7  # the Program health section takes the last two
    cover = texts[0]
    for expected in (
        "RIVERSIDE COMMUNITY HEALTH", "PROGRAM SUMMARY", "Riverside Mentoring 2025",
        "Program period: 3 March 2025 – 30 September 2025",
        "Prepared on 2 October 2025 by Dana Whitfield",
        "24 people took part", "87% have been matched (20 of 23 people)",
        "6 pairs active now (0 with past meetings not logged yet)",
        # Four ended pairs: too few to show a percentage, but the counts are there.
        "– of ended pairs completed (3 of 4 pairs; too few pairs to show a percentage)",
        "80 meetings held · 0 not logged yet", "78 hours of mentoring",
        "4.0 average satisfaction out of 5 (n = 10)", "89% of logged meetings held (80 of 90)",
        "Rates count logged meetings only",
    ):  # fmt: skip
        assert expected in cover, expected
    sentence = (
        "Confidence rose from 2.7 to 3.7 on average (n = 10); a change this large is very "
        "unlikely to be chance, p = 0.004."
    )
    assert sentence in cover  # a highlight
    assert "Participation" in texts[1] and "Applied" in texts[1]
    assert "In a completed pair 6 (25%)" in texts[1]
    assert (
        "3 of 4 pairs that ended completed the program (too few pairs to show a percentage); "
        "1 ended early." in texts[1]
    )
    assert "Of 90 logged meetings, 80 were held (89%), 10 cancelled and 0 no-shows." in texts[1]
    outcomes = texts[2]
    assert "Before and after the program" in outcomes and sentence in outcomes
    assert "Sense of belonging stayed at 3.0 on average (n = 10): nobody's answer changed" in (
        outcomes
    )
    assert "Confidence 10 2.7 3.7 +1.0 0.004 2.12 (large)" in outcomes
    assert "Satisfaction (check-ins) 80% (n = 10)" in outcomes
    assert "Agree or strongly agree" in outcomes
    assert "People who answered both" in outcomes
    groups = texts[3]
    assert "By group" in groups and "Finance 6" in groups
    assert "Pairs completed, of those ended" in groups and "Man 8 80% (4 of 5)" in groups
    assert "1 group of fewer than 5 people (4 in all) not shown" in groups
    assert "Nursing" not in groups  # four people: hidden
    goals = texts[4]
    # Each stated goal with the figure that answers it.
    assert (
        "Every new starter feels they belong within three months. Measured: Sense of "
        "belonging stayed at 3.0 on average (n = 10)" in goals
    )
    assert (
        "Nine in ten pairs complete the program. So far 3 of 4 pairs: too few pairs to show "
        "a percentage (at least 5 are needed)." in goals
    )
    assert "20 of 23 have been matched with a partner (87%)." in goals
    assert "10 pairs set 10 goals between them; 4 of 10 were fully reached (40%)" in goals
    assert "Page 2 of 7" in texts[1] and "Page 2" not in cover
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Program summary — Riverside Mentoring 2025"
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert all("PeerDeskSans" in f or "Noto" in f for f in fonts), fonts
    assert "Helvetica" not in everything


def test_a_new_program_gets_a_summary_that_says_what_is_missing(db: Database) -> None:
    program_id = make_program(db, "Brand <New> & Program")
    add_person(db, program_id, 1, Role.MENTEE)
    texts = pages(summary_pdf(db, program_id, today=TODAY, paper=Paper.LETTER))
    everything = " ".join(texts)
    assert "Brand <New> & Program" in texts[0]
    assert "Program period: 3 March 2025 – 30 September 2025" in texts[0]
    assert "No meeting has been logged as held yet." in everything
    assert "Nobody has rated their match yet." in everything
    assert "Nobody has answered both the pre-program and the post-program assessment yet" in (
        everything
    )
    assert "No department, cohort or gender has been recorded" in everything
    assert "No pair has recorded goals yet." in everything


def test_no_page_is_left_nearly_blank_unless_it_ends_a_section(db: Database) -> None:
    program = build_program(db)
    full = summary_pdf(db, program.program_id, today=TODAY)
    assert sparse_pages(full, SECTIONS) == []
    fills = page_fill(full)
    assert all(fill >= 1 / 3 for fill in fills[:-1]), fills
    new_id = make_program(db, "Autumn")
    add_person(db, new_id, 1, Role.MENTEE)
    for paper in (Paper.A4, Paper.LETTER):
        assert sparse_pages(summary_pdf(db, new_id, today=TODAY, paper=paper), SECTIONS) == []


def test_too_few_answers_show_no_percentage_and_no_dates_say_so(db: Database) -> None:
    """One answer is not "100% satisfaction": below five, counts are given, shares are not."""
    program_id = make_program(db, "Small pilot", start=None, end=None)  # type: ignore[arg-type]
    with db.transaction() as session:
        program = session.get_one(Program, program_id)
        program.goals = "Nine in ten pairs meet at least once a month\nEveryone enjoys it"
    ensure_default_questions(db, program_id)
    mentor = add_person(db, program_id, 1, Role.MENTOR, department="Finance")
    mentee = add_person(db, program_id, 2, Role.MENTEE, department="Finance")
    add_pair(db, program_id, mentor, mentee)
    answer(db, program_id, mentee, SurveyKind.CHECKIN, {"Satisfaction": 5},
           datetime(2025, 5, 1, 9, tzinfo=UTC))  # fmt: skip
    texts = pages(summary_pdf(db, program_id, today=TODAY))
    everything = " ".join(texts)
    assert "Program period: No dates set" in texts[0]
    assert "100%" not in everything
    assert "average satisfaction out of 5 (n = 1; too few answers to show)" in texts[0]
    assert "1 answer so far: too few answers to show (at least 5 are needed)." in everything
    assert "Satisfaction (check-ins) too few (n = 1)" in everything
    assert "Everyone enjoys it No figure measures this yet." in everything
    assert (
        "Nine in ten pairs meet at least once a month So far 0 of 1 pairs: too few pairs to "
        "show a percentage" in everything
    )
    # A department is recorded but no group is big enough: one line, not a table of dashes.
    assert "Department No department has enough people yet to show its figures." in everything
    assert "Group People" not in everything
    assert "No meeting has been logged as held yet." in everything


def test_saving_refuses_to_replace_unless_asked(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"%PDF-an older summary")
    with pytest.raises(output_files.OutputExists):
        save_summary(db, program_id, out)
    assert out.read_bytes() == b"%PDF-an older summary"
    save_summary(db, program_id, out, overwrite=True, today=TODAY)
    assert "Riverside Mentoring 2025" in pages(out.read_bytes())[0]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_render_the_summary_for_a_look(db: Database, tmp_path: Path) -> None:
    """Renders every page to screenshots/report-N.png (to look at); checks they were made."""
    program = build_program(db)
    out = save_summary(db, program.program_id, tmp_path / "summary.pdf", today=TODAY)
    SCREENSHOTS.mkdir(exist_ok=True)
    for old in SCREENSHOTS.glob("report-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", str(out), str(SCREENSHOTS / "report")], check=True
    )
    assert len(list(SCREENSHOTS.glob("report-*.png"))) == len(pages(out.read_bytes()))
