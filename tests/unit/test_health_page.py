"""The summary's Program health page, read back with pypdf and rendered with pdftoppm:
the match-length curve, the key measures beside the coordinator's reference figures and
their sources, the practice checks with words (not colours) for their results, retention,
and one line for a period with no match."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from evaluation_data import add_pair, add_person, make_program, name_of
from pdf_pages import page_texts

from peerdesk.database import Database
from peerdesk.enums import PairOutcome, PairStatus, Role
from peerdesk.evaluation import references
from peerdesk.evaluation.measures import Period
from peerdesk.exports.health_chart import match_length_chart, step_points
from peerdesk.exports.health_page import KM_LINE, NO_MATCHES_TEXT
from peerdesk.exports.summary_pdf import summary_pdf

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TODAY = date(2025, 10, 2)
STARTED = date(2025, 3, 10)
# Five matches that closed early, after these many days, and three still active.
CLOSED_AFTER = (31, 61, 91, 122, 152)


def short_program(db: Database) -> int:
    """Eight matches from 10 March 2025: five closed early, three still running."""
    program_id = make_program(db, "Harbour Mentoring")
    for i in range(8):
        mentor = add_person(db, program_id, 500 + i, Role.MENTOR)
        mentee = add_person(db, program_id, 600 + i, Role.MENTEE)
        if i < len(CLOSED_AFTER):
            add_pair(
                db, program_id, mentor, mentee, status=PairStatus.ENDED,
                outcome=PairOutcome.ENDED_EARLY, started=STARTED,
                ended=date.fromordinal(STARTED.toordinal() + CLOSED_AFTER[i]), signed=STARTED,
            )  # fmt: skip
        else:
            add_pair(db, program_id, mentor, mentee, started=STARTED, signed=STARTED)
    return program_id


def health_text(data: bytes) -> str:
    """The text of the Program health pages (from its title to the end)."""
    texts = page_texts(data)
    first = next(i for i, t in enumerate(texts) if t.startswith("Program health"))
    return " ".join(texts[first:])


def worked_median(closed_after: tuple[int, ...], running: int) -> float:
    """Kaplan–Meier by hand: the share still going falls by 1/at-risk at each closure
    (the running matches outlast them all); the median is where it reaches one half."""
    at_risk = len(closed_after) + running
    share = 1.0
    for days in sorted(closed_after):
        share *= 1 - 1 / at_risk
        at_risk -= 1
        if share <= 0.5:
            return round(days / 30.4375, 1)
    raise AssertionError("never reached")


def test_the_page_holds_the_curve_measures_references_and_checks(db: Database) -> None:
    program_id = short_program(db)
    references.use_preset(db, program_id, references.PUBLISHED[0])  # Kupersmidt: 38 %
    references.set_reference(db, program_id, "median_length", 9, "Our funder's target for 2025")
    data = summary_pdf(db, program_id, today=TODAY)
    text = health_text(data)
    median = worked_median(CLOSED_AFTER, 3)
    assert median == 4.0
    for expected in (
        "Period: Harbour Mentoring (3 March 2025 – 30 September 2025).",
        "Half of the matches lasted 4 months or longer",
        "Based on 8 matches active during the period: 5 ended, 3 still active.",
        KM_LINE,
        # The chart's words: its axes, the median marked, the reference line.
        "Months since the match began", "Matches still going (%)", "Median 4 months",
        "Reference: 9 months (a)",
        "Matches active during the period 8 – 8",
        "Median match length 4 months 9 months (a) 8",
        "Matches reaching the planned length 38% – 8",  # 3 of 8 ran to the program's end
        "Early closures By reason: Program ended 5 5 – 5",
        "Early closures, share of matches that closed 100% 38% (b) 5",
        # The checks: stage, name, number, sentence, and the result in words.
        "Matching and initiating Signed agreement for every match",
        "8 of 8 matches active in the period have a signed agreement on file. 100% Pass",
        "Closure A reason for every closed match 5 of 5 matches that ended in the period have "
        "a reason recorded. 100% Pass",
        "0 of 5 matches that ended in the period have a closing survey from the mentor or the "
        "mentee; 5 do not. 0% ! Needs attention",
        "Pre and post surveys for at least 80 % of completed matches No match completed in "
        "this period. – – Nothing to check",
        "Retention", "Came back for another cycle", "No later cycle in this database yet.",
        # The sources in the small print.
        "Reference figures: (a) Our funder's target for 2025",
        "(b) Kupersmidt, J. B., Stump, K. N., Stelter, R. L., & Rhodes, J. E. (2017).",
    ):  # fmt: skip
        assert expected in text, expected
    assert "Page 2" not in page_texts(data)[0]


def test_the_chart_reads_in_grey_and_steps_down_at_each_closure() -> None:
    drawing = match_length_chart(
        [(1.0, 0.875), (2.0, 0.75)], [(6.7, 0.75)], 400, 180, median=None, longest=6.7
    )
    strokes = [
        shape.strokeColor
        for shape in drawing.contents
        if getattr(shape, "strokeColor", None) is not None
    ]
    assert strokes
    for colour in strokes:  # black and greys only: nothing means something by colour
        assert colour.red == colour.green == colour.blue, colour
    assert step_points([(1.0, 0.875), (2.0, 0.75)], 6.7) == [
        (0.0, 1.0), (1.0, 1.0), (1.0, 0.875), (2.0, 0.875), (2.0, 0.75), (6.7, 0.75)
    ]  # fmt: skip


def test_a_period_without_matches_says_so(db: Database) -> None:
    program_id = short_program(db)
    period = Period.custom(date(2024, 1, 1), date(2024, 3, 31))
    text = health_text(summary_pdf(db, program_id, today=TODAY, period=period))
    assert "Period: 1 January 2024 – 31 March 2024." in text
    assert NO_MATCHES_TEXT in text
    assert "Months since the match began" not in text  # no empty curve
    assert "Key measures" not in text  # no zeros that look like results
    assert "Practice checks" in text and "Nothing to check" in text
    assert "No reference figures have been entered for this program" in text


def test_the_page_renders_and_is_looked_at(db: Database) -> None:
    program_id = short_program(db)
    references.use_preset(db, program_id, references.PUBLISHED[1])  # one year
    data = summary_pdf(db, program_id, today=TODAY)
    texts = page_texts(data)
    assert texts[-2].startswith("Program health") and "Reference: 12 months (a)" in texts[-2]
    assert "Page 5 of 5" in texts[-1]
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    SCREENSHOTS.mkdir(exist_ok=True)
    pdf = SCREENSHOTS / "summary-health.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "4", str(pdf), str(SCREENSHOTS / "summary-health")],
        check=True,
    )
    pngs = sorted(SCREENSHOTS.glob("summary-health-*.png"))
    assert len(pngs) >= 2 and all(p.stat().st_size > 5000 for p in pngs)


def test_the_lists_behind_a_number_and_the_comparison_saved_at_once(db: Database) -> None:
    """The names behind the ids (in the order asked), and both comparison figures saved in
    one transaction: a bad one saves neither, None removes one."""
    from peerdesk.errors import ValidationError
    from peerdesk.evaluation.behind import (
        Figure,
        pairs_behind,
        people_behind,
        save_comparison,
    )

    program_id = short_program(db)
    behind = pairs_behind(db, program_id, [3, 1, 99])
    assert [p.id for p in behind] == [3, 1]  # 99 is not in the program
    assert (behind[0].mentor, behind[0].mentee) == (name_of(502), name_of(602))
    assert behind[0].ended == date(2025, 6, 9) and behind[0].reason == "Program ended"
    person = people_behind(db, program_id, [2])[0]
    assert (person.name, person.role, person.status) == (name_of(600), "mentee", "ready")

    good = Figure(38, "Kupersmidt et al. (2017)", "kupersmidt_2017")
    with pytest.raises(ValidationError) as refused:
        save_comparison(db, program_id, {"early_closure_share": good,
                                         "median_length": Figure(9, "  ")})  # fmt: skip
    assert refused.value.problems == {
        "median_length:source": "Say where the figure comes from (a report, a funder, last year)."
    }
    assert references.get_references(db, program_id) == {}  # neither was saved
    save_comparison(db, program_id, {"early_closure_share": good,
                                     "median_length": Figure(9, "Our funder")})  # fmt: skip
    saved = references.get_references(db, program_id)
    assert saved["early_closure_share"].preset == "kupersmidt_2017"
    assert saved["median_length"].value == 9.0
    save_comparison(db, program_id, {"median_length": None})
    assert set(references.get_references(db, program_id)) == {"early_closure_share"}
