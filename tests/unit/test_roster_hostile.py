"""Hostile and odd rosters: bounded memory and time, every row accounted for, and a reader
that aborts, hangs or runs away becoming a message while the program file carries on."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import fixtures_rosters as shapes
import hostile_files
import pytest
from fixtures_rosters import dump, make_program

from peerdesk.database import Database
from peerdesk.progress import Cancelled, Progress
from peerdesk.roster import sandbox
from peerdesk.roster.bounds import MAX_ROWS
from peerdesk.roster.commit import run_import
from peerdesk.roster.errors import CorruptFile, ReaderStopped
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.reader import read_workbook, sniff_delimiter

TESTS = Path(__file__).resolve().parents[1]
LIMIT_MB = 300
LIMIT_SECONDS = 8.0  # "a few seconds", on a shared two-core test machine


def test_every_hostile_file_stays_small_quick_quiet_and_adds_up(tmp_path: Path) -> None:
    """Each file of the hostile set imported for real (through the reader's child process)
    in one separate process, whose peak memory and its children's is measured."""
    done = subprocess.run(
        [sys.executable, str(TESTS / "hostile_files.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=TESTS.parent,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr == ""  # no native panic, no traceback, not even a warning
    results = {r["name"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert len(results) == 20
    for name, result in results.items():
        assert result["self_mb"] < LIMIT_MB, result
        assert result["child_mb"] < LIMIT_MB, result
        assert result["seconds"] < LIMIT_SECONDS, result
        if result["people"] < 0:
            assert result["error"] == "CorruptFile", result
            continue
        assert "error" not in result, result
        assert result["imported"] == result["people"], result
        assert result["accounted"] == result["rows_in_file"], result
        if not name.startswith(("empty_rows", "ods_rows_repeated", "ods_columns")):
            assert result["rows_in_file"] == result["people"], result

    gap = results["empty_rows_100000_between.xlsx"]
    assert gap["rows_in_file"] == 100_022  # rows 2–100,023: 20 people and 100,002 empty rows
    repeated = results["ods_rows_repeated_1048576.ods"]
    assert repeated["rows_in_file"] == 1_048_575  # rows 2–1,048,576: the sheet's last row
    assert repeated["refused"] == MAX_ROWS - 21
    assert repeated["notes"] == [
        "The sheet “People” has 1,023,576 more filled rows (rows 25,001–1,048,576) that were "
        "not read: PeerDesk reads at most 25,000 rows of a sheet."
    ]
    assert results["stray_x_CV1048576.xlsx"]["notes"] == [
        "The sheet “People” has a cell at CV1048576, far below the rest; PeerDesk read the 21 "
        "rows above and ignored the empty rest."
    ]
    assert results["stray_x_IV65536.xls"]["notes"] == [
        "The sheet “People” has a cell at IV65536, far below the rest; PeerDesk read the 21 "
        "rows above and ignored the empty rest."
    ]
    assert results["stray_space_Z1048576.xlsx"]["notes"] == []  # a blank cell is nothing
    assert results["second_sheet_only_XFD1048576.xlsx"]["notes"] == [
        "The sheet “Notes” has a cell at XFD1048576; PeerDesk read its first 1,024 columns "
        "and ignored the rest."
    ]


def _program(db: Database, tmp_path: Path) -> int:
    program_id = make_program(db)
    run_import(db, program_id, RosterImport.open(shapes.bom_csv(tmp_path).path, db))
    return program_id


def test_a_reader_that_aborts_is_a_message_and_the_file_carries_on(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    program_id = _program(db, tmp_path)
    before = dump(db)
    roster = shapes.tsv_file(tmp_path).path
    monkeypatch.setattr(sandbox, "read_workbook", hostile_files.aborting_reader)
    with pytest.raises(ReaderStopped) as raised:
        RosterImport.open(roster, db)
    assert raised.value.message.startswith(
        "PeerDesk could not read this file (the reader stopped unexpectedly): "
        f"“{roster.name}”. Nothing was imported."
    )
    assert dump(db) == before
    _out, err = capfd.readouterr()
    assert "Traceback" not in err and "Fatal" not in err and "abort" not in err.lower()
    # The next file is read as usual: the fallback was for that file, not the process.
    monkeypatch.undo()
    plan = RosterImport.open(roster, db)
    summary = run_import(db, program_id, plan)
    assert summary.added and summary.accounted_rows() == summary.rows_in_file


def test_a_reader_that_hangs_is_stopped_at_the_time_limit(tmp_path: Path) -> None:
    roster = shapes.bom_csv(tmp_path).path
    start = time.monotonic()
    with pytest.raises(ReaderStopped) as raised:
        sandbox.read_isolated(roster, reader=hostile_files.hanging_reader, time_limit=1.0)
    assert time.monotonic() - start < 10
    assert "(reading it took far too long)" in raised.value.message


def test_a_reader_that_runs_away_with_memory_is_stopped(tmp_path: Path) -> None:
    roster = shapes.bom_csv(tmp_path).path
    with pytest.raises(ReaderStopped) as raised:
        sandbox.read_isolated(
            roster, reader=hostile_files.greedy_reader, memory_limit=256 * 1024 * 1024
        )
    assert "(it needed far more memory than a roster does)" in raised.value.message


def test_cancelling_stops_the_reader(tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        sandbox.read_isolated(
            shapes.bom_csv(tmp_path).path, reader=hostile_files.hanging_reader, progress=progress
        )


def test_the_child_gives_back_the_readers_own_errors(tmp_path: Path) -> None:
    with pytest.raises(CorruptFile) as raised:
        sandbox.read_isolated(shapes.truncated_xlsx(tmp_path))
    assert "is damaged or incomplete" in raised.value.message


# -- Text files: the delimiter from whole records -------------------------------------------


def test_a_first_record_that_is_one_long_quoted_paragraph_does_not_fool_the_delimiter(
    tmp_path: Path,
) -> None:
    for delimiter in (",", ";", "\t"):
        text = hostile_files._csv(delimiter)
        assert text.index("\n") < 60  # the paragraph's own line breaks come first
        assert sniff_delimiter(text) == delimiter
    path = tmp_path / "form.csv"
    path.write_text(hostile_files._csv(","), encoding="utf-8")
    sheet = read_workbook(path).sheets[0]
    # Records are rows, as a spreadsheet shows them: row 2 is the first person although
    # the header's paragraph spans 31 lines.
    assert len(sheet.rows) == 26
    assert sheet.rows[1][1:4] == ["Person 000", "person0@example.org", "Mentee"]
    assert sheet.rows[1][4] == "Grow as a leader;\nlearn, listen\tand speak up (0)"


def test_refused_rows_keep_their_record_numbers_in_a_multiline_csv(
    db: Database, tmp_path: Path
) -> None:
    text = hostile_files._csv(";").replace("person3@example.org", "person3(at)example.org")
    path = tmp_path / "form.csv"
    path.write_text(text, encoding="utf-8")
    program_id = make_program(db)
    summary = run_import(db, program_id, RosterImport.open(path, db), dry_run=True)
    assert [(line.row_number, line.reason) for line in summary.rejected] == [
        (5, "Row 5: 'person3(at)example.org' is not an email address.")
    ]
    assert summary.rows_in_file == 25 == summary.accounted_rows()
