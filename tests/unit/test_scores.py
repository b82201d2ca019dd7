"""One rounding of match scores: half up to a whole number, the same in the workbook as on
the screens (the board and Pairs list are checked in tests/ui/test_board_confirm.py)."""

from __future__ import annotations

from pathlib import Path

import db_rows
import openpyxl
from documents_data import NAMES, add_pair, make_program

from peerdesk.database import Database
from peerdesk.exports.workbook import export_workbook
from peerdesk.scores import score_text, shown_score


def test_whole_numbers_rounded_half_up() -> None:
    assert [shown_score(s) for s in (42.5, 42.49, 42.6, 0.5, 1.5, 2.5, 99.5, 0.0)] == [
        43, 42, 43, 1, 2, 3, 100, 0,
    ]  # fmt: skip  # Python's round() would give 42 for 42.5 and 2 for 2.5
    assert score_text(42.5) == "43"
    assert score_text(None) == "" and score_text(None, "—") == "—"


def test_the_workbook_shows_the_score_as_the_screens_do(db: Database, tmp_path: Path) -> None:
    program = make_program(db)
    pair = add_pair(db, program, *NAMES[0])
    db_rows.execute(db, "UPDATE pair SET score = 42.5 WHERE id = ?", pair)
    out = export_workbook(db, program, tmp_path / "book.xlsx")
    sheet = openpyxl.load_workbook(out)["Pairs"]
    header = [c.value for c in sheet[1]]
    score = sheet.cell(row=2, column=header.index("Match score") + 1).value
    assert score == 43 and isinstance(score, int)
