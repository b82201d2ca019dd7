"""The workbook's Sessions and Attendance sheets, read back with openpyxl: typed cells,
and rates worked out by hand (the sessions of groups_data.build_sessions)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from groups_data import build_sessions
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from peerdesk.database import Database
from peerdesk.exports.workbook import SHEETS, export_workbook

TODAY = date(2026, 3, 20)  # W2 (2 April) is still to come


def rows_of(ws: Worksheet) -> list[tuple[object, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def test_sessions_and_attendance_sheets(db: Database, tmp_path: Path) -> None:
    program_id, m, e = build_sessions(db)
    out = export_workbook(db, program_id, tmp_path / "program.xlsx", today=TODAY)
    book = load_workbook(out)
    assert book.sheetnames == list(SHEETS)
    assert SHEETS.index("Sessions") + 1 == SHEETS.index("Attendance")

    ws = book["Sessions"]
    rows = rows_of(ws)
    header = rows[0]
    col = {title: i for i, title in enumerate(header)}
    sessions = rows[1:6]
    assert [r[col["Kind"]] for r in sessions] == [
        "Training", "Training", "Workshop", "Social", "Workshop",
    ]  # fmt: skip
    # Local wall-clock times: 18:00 UTC in February is 18:00 in London; 17:00 UTC on
    # 2 April is 18:00 British Summer Time.
    assert sessions[0][col["Starts (local time)"]] == datetime(2026, 2, 3, 18, 0)
    assert sessions[4][col["Starts (local time)"]] == datetime(2026, 4, 2, 18, 0)
    assert [r[col["Status"]] for r in sessions] == [
        "Held", "Held", "Held", "Cancelled", "Still to come",
    ]  # fmt: skip
    counts = ["Invited (n)", "Attended", "Excused", "Absent", "Not marked"]
    assert [tuple(r[col[c]] for c in counts) for r in sessions] == [
        (6, 5, 0, 1, 0),  # T1
        (6, 0, 0, 0, 6),  # T2: nobody marked
        (12, 6, 2, 1, 3),  # W1
        (12, 12, 0, 0, 0),  # S1, cancelled
        (12, 0, 2, 0, 10),  # W2, excused ahead
    ]
    rate = col["Attended of marked"]
    assert sessions[0][rate] == pytest.approx(5 / 6)
    assert sessions[2][rate] == pytest.approx(6 / 9)
    # Not marked, cancelled or still to come: no rate at all, never 0 %.
    assert [sessions[i][rate] for i in (1, 3, 4)] == [None, None, None]
    assert ws.cell(row=2, column=rate + 1).number_format == "0%"
    assert ws.cell(row=2, column=col["Starts (local time)"] + 1).is_date
    # A title that looks like a formula stays text.
    title = ws.cell(row=6, column=col["Title"] + 1)
    assert (title.value, title.data_type) == ("=SUM(1,2) open house", "s")

    # Below the table: attendance by kind, the program's rates (whole percentages).
    start = next(i for i, r in enumerate(rows) if r[0] == "Attendance by kind of session")
    assert rows[start + 1][:8] == (
        "Kind", "Sessions held", "Sessions marked", "Attended", "Excused", "Absent",
        "Not marked", "Attendance",
    )  # fmt: skip
    by_kind = {r[0]: r[1:8] for r in rows[start + 2 : start + 5]}
    assert by_kind == {
        "Training": (2, 1, 5, 0, 1, 6, 0.83),  # 5 of 6
        "Workshop": (1, 1, 6, 2, 1, 3, 0.67),  # 6 of 9
        "All kinds": (3, 2, 11, 2, 2, 9, 0.73),  # 11 of 15
    }
    assert ws.auto_filter.ref == "A1:R6"

    ws = book["Attendance"]
    rows = rows_of(ws)
    col = {title: i for i, title in enumerate(rows[0])}
    assert list(col)[-2:] == ["Training: attended", "Workshop: attended"]
    people = {r[0]: r for r in rows[1:]}
    assert len(people) == 12
    wanted = [
        "Invited to sessions held", "Attended", "Excused", "Absent", "Not marked",
        "Attended of marked", "Training: attended", "Workshop: attended",
    ]  # fmt: skip

    def line(pid: int) -> tuple[object, ...]:
        return tuple(people[pid][col[c]] for c in wanted)

    assert line(m[0]) == (3, 2, 0, 0, 1, 1.0, 1, 1)  # T1, W1 attended; T2 not marked
    assert people[m[0]][col["Last attended"]] == datetime(2026, 3, 5)
    assert people[m[0]][col["Role"]] == "Mentor"
    assert line(m[3]) == (3, 1, 0, 0, 2, 1.0, 1, 0)
    assert line(m[5]) == (3, 0, 0, 2, 1, 0.0, 0, 0)  # absent twice: 0 %, a real zero
    assert line(e[3]) == (1, 0, 1, 0, 0, 0.0, 0, 0)
    assert line(e[5]) == (1, 0, 0, 0, 1, None, 0, 0)  # never marked: no rate
    assert people[e[5]][col["Last attended"]] is None
    names = [r[col["Name"]] for r in rows[1:]]
    assert names == sorted(names, key=str.casefold)
