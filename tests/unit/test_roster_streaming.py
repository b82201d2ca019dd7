"""The streaming readers read what calamine reads, so that falling back to them for a
hostile file changes nothing for the coordinator; and the row bounds note what they cut."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import fixtures_rosters as shapes
import hostile_files
import openpyxl
import pytest
import python_calamine

from peerdesk.roster import bounds, reader, xls_guard, xlsx_stream
from peerdesk.roster.bounds import EMPTY_ROW, Budget, SheetRows


def _streamed(path: Path) -> reader.Workbook:
    with zipfile.ZipFile(path) as archive:
        hidden = reader._hidden_columns(archive)
        return reader._read_parts(
            path, "xlsx", lambda budget: reader._xlsx_sheets(archive, budget, hidden)
        )


@pytest.mark.parametrize(
    "make", [shapes.hr_export, shapes.google_forms, shapes.microsoft_forms, shapes.hand_made]
)
def test_the_streaming_xlsx_reader_reads_what_calamine_reads(tmp_path: Path, make: object) -> None:
    path = make(tmp_path).path  # type: ignore[operator]
    with zipfile.ZipFile(path) as archive:
        assert xlsx_stream.calamine_is_safe(archive)
    fast, streamed = reader.read_workbook(path), _streamed(path)
    assert [s.name for s in streamed.sheets] == [s.name for s in fast.sheets]
    for ours, theirs in zip(streamed.sheets, fast.sheets, strict=True):
        assert ours.rows == theirs.rows
        assert (ours.hidden, ours.hidden_columns) == (theirs.hidden, theirs.hidden_columns)


def test_dates_times_and_merged_cells_in_the_streaming_reader(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Joined", "Submitted", "Team"])
    sheet.append(["Ana", date(2026, 3, 1), datetime(2026, 1, 11, 10, 0), "Finance"])
    sheet.append(["Bo", date(1999, 12, 31), datetime(2026, 1, 12, 9, 30, 15), None])
    sheet.merge_cells("D2:D3")
    sheet.column_dimensions["C"].hidden = True
    path = tmp_path / "dates.xlsx"
    book.save(path)
    streamed = _streamed(path).sheets[0]
    assert streamed.rows == reader.read_workbook(path).sheets[0].rows
    assert streamed.rows[2] == [
        "Bo",
        date(1999, 12, 31),
        datetime(2026, 1, 12, 9, 30, 15),
        "Finance",
    ]
    assert streamed.hidden_columns == frozenset({2})


def test_the_ods_reader_reads_what_calamine_reads(tmp_path: Path) -> None:
    path = shapes.open_document(tmp_path).path
    ours = reader.read_workbook(path).sheets[0].rows
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        theirs = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    finally:
        book.close()
    assert ours == [row[: len(mine)] for row, mine in zip(theirs, ours, strict=True)]


def test_a_box_calamine_would_blow_up_goes_to_the_streaming_reader(tmp_path: Path) -> None:
    for stray, safe in (
        (None, True),
        ((1_048_576, 99, "x"), False),  # CV1048576: 3.4 GB in calamine
        ((1_001, 16_383, " "), False),  # XFD1001: 716 MB
        ((5_000, 25, "x"), True),  # Z5000: 130,000 cells, fine
    ):
        path = tmp_path / "roster.xlsx"
        path.write_bytes(hostile_files._people_xlsx(stray=stray))
        with zipfile.ZipFile(path) as archive:
            assert xlsx_stream.calamine_is_safe(archive) is safe, stray
    path.write_bytes(hostile_files._people_xlsx(unique_count=4_294_967_295))
    with zipfile.ZipFile(path) as archive:
        assert not xlsx_stream.calamine_is_safe(archive)


def test_empty_rows_share_one_row_and_strays_far_below_are_noted() -> None:
    rows = SheetRows("People", Budget())
    rows.add(0, ["Name", "Email", "", " "])
    rows.add(1, ["Ana", "ana@example.org"])
    rows.add(50_000, ["", "", "x"])
    result = rows.finish()
    assert result == [["Name", "Email"], ["Ana", "ana@example.org"]]
    assert rows.notes == [
        "The sheet “People” has a cell at C50001, far below the rest; PeerDesk read the 2 rows "
        "above and ignored the empty rest."
    ]
    gap = SheetRows("People", Budget())
    gap.add(0, ["Name"])
    for index in range(5_000, 5_010):
        gap.add(index, [f"Person {index}"])
    kept = gap.finish()
    assert len(kept) == 5_010 and gap.notes == []  # ten rows of people are data, not strays
    assert all(row is EMPTY_ROW for row in kept[1:5_000])


def test_limits_count_what_they_leave_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_ROWS", 3)
    rows = SheetRows("People", Budget())
    rows.add(0, ["Name"])
    rows.add_repeated(1, ["Someone"], 1_000)
    rows.add(2_000, ["A" * 40_000])
    result = rows.finish()
    assert len(result) == 3
    assert (rows.unread.count, rows.unread.first, rows.unread.last) == (999, 4, 2_001)
    assert rows.notes == [
        "The sheet “People” has 999 more filled rows (rows 4–2,001) that were not read: "
        "PeerDesk reads at most 3 rows of a sheet."
    ]


def test_a_far_stray_cell_in_an_xls_is_blanked_before_calamine_sees_it(tmp_path: Path) -> None:
    files = {h.name: h.path for h in hostile_files.build(tmp_path)}
    data = files["stray_x_IV65536.xls"].read_bytes()
    guarded, notes = xls_guard.guard(data)
    assert len(guarded) == len(data) and guarded != data
    assert notes == [
        "The sheet “People” has a cell at IV65536, far below the rest; PeerDesk read the 21 "
        "rows above and ignored the empty rest."
    ]
    book = reader.read_workbook(files["stray_x_IV65536.xls"])
    assert book.sheets[0].rows == reader.read_workbook(shapes_xls(tmp_path)).sheets[0].rows
    plain = shapes_xls(tmp_path).read_bytes()
    assert xls_guard.guard(plain) == (plain, [])  # nothing far away: the file as it was


def shapes_xls(folder: Path) -> Path:
    path = folder / "plain.xls"
    rows = [hostile_files.HEADER, *[hostile_files.person(i) for i in range(hostile_files.PEOPLE)]]
    path.write_bytes(shapes.ole_container({"Workbook": shapes.biff8_workbook("People", rows)}))
    return path


def test_rows_listed_out_of_order_or_twice_are_all_accounted_for() -> None:
    rows = SheetRows("People", Budget())
    rows.add(0, ["Name"])
    rows.add(3, ["Cy"])
    rows.add(1, ["Ana"])
    rows.add(3, ["Cy again"])
    assert rows.finish() == [["Name"], ["Ana"], EMPTY_ROW, ["Cy"]]
    assert rows.notes == [
        "The sheet “People” lists row 4 more than once; PeerDesk read the first of each."
    ]


def test_shared_strings_are_found_where_the_workbook_says(tmp_path: Path) -> None:
    shared: dict[str, int] = {}
    sheet = hostile_files.sheet_xml(hostile_files.people_rows(count=2), shared=shared)
    data = hostile_files.xlsx_bytes([("People", sheet)], shared)
    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(moved, "w") as out, zipfile.ZipFile(io.BytesIO(data)) as source:
        for info in source.infolist():
            body = source.read(info.filename)
            name = info.filename.replace("sharedStrings.xml", "strings/table.xml")
            if info.filename == "xl/_rels/workbook.xml.rels":
                body = body.replace(b'Target="sharedStrings.xml"', b'Target="strings/table.xml"')
            out.writestr(name, body)
    assert _streamed(moved).sheets[0].rows[1] == hostile_files.person(0)
