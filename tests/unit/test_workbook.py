"""The Excel workbook read back with openpyxl: sheets, rows, types, no formulas, safe writes."""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from evaluation_data import add_person, build_program, email_of
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from peerdesk import output_files
from peerdesk.database import Database
from peerdesk.enums import Role
from peerdesk.exports.workbook import SHEETS, WorkbookLocked, export_workbook
from peerdesk.models import Meeting, Participant, Person

FORMULAS = ['=HYPERLINK("http://example.org","x")', "+1+2", "-2+3", "@SUM(A1:A2)"]


def header(ws: Worksheet) -> list[str]:
    return [str(c.value) for c in ws[1]]


def column(ws: Worksheet, title: str) -> list[object]:
    index = header(ws).index(title)
    return [row[index].value for row in ws.iter_rows(min_row=2)]


def cell(ws: Worksheet, title: str, row: int = 2) -> Any:
    return ws.cell(row=row, column=header(ws).index(title) + 1)


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> Path:
    program = build_program(db)
    for n, name in enumerate(FORMULAS):
        add_person(db, program.program_id, 500 + n, Role.MENTEE, full_name=name,
                   department="\x07Finance")  # fmt: skip
    with db.transaction() as session:
        for participant in session.query(Participant).all():
            participant.notes = "PRIVATE-NOTE"
        for person in session.query(Person).all():
            person.notes = "PRIVATE-NOTE"
            person.phone = "+1 555 0100"
        for meeting in session.query(Meeting).all():
            meeting.notes = "PRIVATE-NOTE"
            meeting.link = "https://meet.example.org/secret"
    return export_workbook(db, program.program_id, tmp_path / "Riverside.xlsx")


def test_every_sheet_with_its_rows_in_order(exported: Path) -> None:
    book = load_workbook(exported)
    assert book.sheetnames == list(SHEETS)
    counts = {ws.title: ws.max_row - 1 for ws in book}
    assert counts["People"] == 24 + len(FORMULAS)
    assert counts["Pairs"] == 10
    assert counts["Meetings"] == 10 * 9
    assert counts["Check-ins"] == 10 * (2 + 2 + 2)  # pre, post, check-in: two answers each
    assert counts["Goals"] == 10
    program = {row[0].value: row[1].value for row in book["Program"].iter_rows(min_row=2)}
    assert program["Program"] == "Riverside Mentoring 2025"
    assert program["Starts"] == datetime(2025, 3, 3)


def test_headers_are_styled_frozen_filtered_and_columns_sized(exported: Path) -> None:
    book = load_workbook(exported)
    for ws in book:
        first = ws["A1"]
        assert first.font.bold and first.fill.fgColor.rgb.endswith("2F6690"), ws.title
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:"), ws.title
    people = book["People"]
    assert people.auto_filter.ref == f"A1:O{people.max_row}"
    widths = {
        title: people.column_dimensions[chr(ord("A") + i)].width
        for i, title in enumerate(header(people))
    }
    assert widths["Email"] > widths["Role"] >= 8
    assert min(widths.values()) >= 8 and max(widths.values()) <= 60


def test_cells_have_their_types(exported: Path) -> None:
    book = load_workbook(exported)
    pairs = book["Pairs"]
    started = cell(pairs, "Started")
    assert isinstance(started.value, datetime) and started.data_type == "d"
    assert started.number_format == "yyyy-mm-dd"
    assert all(isinstance(v, int) for v in column(pairs, "Meetings held"))
    assert all(isinstance(v, int | float) for v in column(pairs, "Mentor hours"))
    meetings = book["Meetings"]
    starts = cell(meetings, "Starts (local time)")
    # 16:00 UTC on 5 March is 16:00 in London (winter time), shown as the local time.
    assert starts.value == datetime(2025, 3, 5, 16, 0)
    assert starts.number_format == "yyyy-mm-dd hh:mm"
    assert set(column(meetings, "Status")) == {"Held", "Cancelled"}
    goals = book["Goals"]
    assert set(column(goals, "Progress")) == {1, 0.4}
    assert cell(goals, "Progress").number_format == "0%"
    checkins = book["Check-ins"]
    numbers = [v for v in column(checkins, "Answer (number)") if v is not None]
    assert numbers and all(isinstance(v, int | float) for v in numbers)
    outcomes = book["Outcomes"]
    confidence = next(r for r in outcomes.iter_rows(min_row=2) if r[0].value == "Confidence")
    assert confidence[1].value == 10 and isinstance(confidence[5].value, float)
    assert "Confidence rose from 2.7 to 3.7" in str(confidence[9].value)


def test_formula_looking_text_is_stored_as_text(exported: Path) -> None:
    book = load_workbook(exported)
    people = book["People"]
    names = {c.value: c for c in people["B"][1:]}
    for text in FORMULAS:
        found = names[text]
        assert found.data_type == "s" and found.value == text
        assert found.quotePrefix
    # A control character that XML can't hold becomes a space, not a failed export.
    assert " Finance" in column(people, "Department")
    for ws in book:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)


def test_personal_data_only_where_it_belongs(exported: Path) -> None:
    book = load_workbook(exported)
    everything: dict[str, str] = {
        ws.title: " ".join(str(c.value) for row in ws.iter_rows() for c in row) for ws in book
    }
    assert email_of(200) in everything["People"]
    assert "+1 555 0100" in everything["People"]
    for title, text in everything.items():
        assert "PRIVATE-NOTE" not in text, title
        assert "meet.example.org" not in text, title
        if title != "People":
            assert "@example.org" not in text and "555 0100" not in text, title


def test_an_existing_file_is_replaced_only_when_asked(db: Database, exported: Path) -> None:
    exported.write_bytes(b"the coordinator's own file")
    with pytest.raises(output_files.OutputExists):
        export_workbook(db, 1, exported)
    assert exported.read_bytes() == b"the coordinator's own file"
    export_workbook(db, 1, exported, overwrite=True)
    assert load_workbook(exported).sheetnames == list(SHEETS)


def test_a_file_open_in_excel_gets_a_clear_message_and_stays_whole(
    db: Database, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = exported.read_bytes()

    def held(src: object, dst: object) -> None:
        # What Windows says when Excel holds the file open.
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(WorkbookLocked) as caught:
        export_workbook(db, 1, exported, overwrite=True)
    assert isinstance(caught.value, output_files.OutputLocked)
    assert "open in another program, such as Excel" in caught.value.message
    assert exported.read_bytes() == before
    assert not [p.name for p in exported.parent.iterdir() if p.name.endswith(".partial")]
