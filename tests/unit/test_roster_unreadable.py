"""Files that cannot be imported: a message naming the problem and the way out, and
nothing written to the program file."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import fixtures_rosters as shapes
import pytest
from fixtures_rosters import dump, make_program
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.database import Database
from peerdesk.errors import UserError
from peerdesk.roster import errors
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.reader import read_workbook

CASES: list[tuple[Callable[[Path], Path], type[errors.RosterFileError], list[str]]] = [
    (
        shapes.password_protected_xlsx,
        errors.PasswordProtected,
        ["“salaries.xlsx” is protected with a password", "remove the password"],
    ),
    (
        lambda folder: shapes.legacy_xls(folder, password=True).path,
        errors.PasswordProtected,
        ["“protected.xls” is protected with a password"],
    ),
    (
        shapes.truncated_xlsx,
        errors.CorruptFile,
        ["“truncated.xlsx” is damaged or incomplete", "cut short", "fetch it again"],
    ),
    (shapes.corrupt_xlsx, errors.CorruptFile, ["“corrupt.xlsx” is damaged or incomplete"]),
    (
        shapes.empty_file,
        errors.EmptyFile,
        ["“empty.xlsx” has no rows to import (the file is empty)", "roster template"],
    ),
    (shapes.blank_workbook, errors.EmptyFile, ["“blank.xlsx” has no rows", "every sheet is blank"]),
    (
        shapes.pdf_file,
        errors.NotASpreadsheet,
        ["“roster.pdf” is not a spreadsheet (it is a PDF document)", "Choose an Excel workbook"],
    ),
    (
        shapes.png_named_csv,
        errors.NotASpreadsheet,
        ["“photo.csv” is not a spreadsheet (it is not a text or spreadsheet file)"],
    ),
    (
        shapes.word_document,
        errors.NotASpreadsheet,
        ["“roster.docx” is not a spreadsheet (it is a Word document)"],
    ),
    (
        shapes.no_header,
        errors.NoHeaderRow,
        ["The sheet “Sheet” in “no-header.xlsx” has no header row", "Add a row of column titles"],
    ),
    (
        lambda folder: folder / "missing.xlsx",
        errors.FileNotReadable,
        ["“missing.xlsx” could not be opened: the file does not exist"],
    ),
]


@pytest.mark.parametrize(("build", "error", "phrases"), CASES)
def test_unreadable_file_message_and_nothing_written(
    db: Database,
    tmp_path: Path,
    build: Callable[[Path], Path],
    error: type[errors.RosterFileError],
    phrases: list[str],
) -> None:
    program_id = make_program(db)
    before = dump(db)
    path = build(tmp_path)
    with pytest.raises(error) as caught:
        plan = RosterImport.open(path, db)
        run_import(db, program_id, plan)
    for phrase in phrases:
        assert phrase in caught.value.message
    assert isinstance(caught.value, UserError)
    assert dump(db) == before


def test_choosing_a_sheet_without_header_is_refused(db: Database, tmp_path: Path) -> None:
    plan = RosterImport.open(shapes.hand_made(tmp_path).path, db)
    with pytest.raises(errors.NoHeaderRow, match="“Read me”"):
        plan.include_sheet("Read me")
    with pytest.raises(errors.NoHeaderRow):
        plan.only_sheets(["Read me"])
    with pytest.raises(errors.UnknownSheet, match="Its sheets are: “Read me”, “Mentors”"):
        plan.only_sheets(["Volunteers"])


def test_text_named_like_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "renamed.xlsx"
    path.write_text("Name,Email\nAna,ana@example.org\n", encoding="utf-8")
    with pytest.raises(errors.CorruptFile, match="named like a workbook but holds plain text"):
        read_workbook(path)


def test_renamed_files_are_read_by_their_contents(tmp_path: Path) -> None:
    ods = shapes.open_document(tmp_path).path
    renamed = tmp_path / "roster.xlsx"
    ods.rename(renamed)
    assert read_workbook(renamed).format == "ods"


_FOLDER = Path(tempfile.mkdtemp(prefix="peerdesk-bytes-"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.binary(max_size=2000).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=2000).map(lambda b: shapes.OLE_MAGIC + b),
        st.binary(max_size=4000).map(lambda b: shapes.ole_container({"Workbook": b or b"\0"})),
        st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    ),
    suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv", ".tsv", ".txt"]),
)
def test_arbitrary_bytes_never_crash_the_reader(data: bytes, suffix: str) -> None:
    path = _FOLDER / f"any{suffix}"
    path.write_bytes(data)
    try:
        workbook = read_workbook(path)
    except errors.RosterFileError as exc:
        assert exc.message
        return
    assert workbook.sheets
