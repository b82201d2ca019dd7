"""``peerdesk import`` says what it leaves out: hidden columns and sheets, and headers that
look like sensitive data; ``--include-hidden-columns`` and ``--sheet`` take them in."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import fixtures_rosters as shapes
from fixtures_rosters import read_rows

RunCli = Callable[..., subprocess.CompletedProcess[str]]
HIDDEN_COLUMN = "Column F “Salary band” is hidden in the spreadsheet and was left out."
HIDDEN_SHEET = "Sheet “Pay” is hidden in the spreadsheet and was left out."
BIRTH = "Column H “Date de naissance” looks like a date of birth, so it was not imported."


def custom_fields(path: Path) -> dict[str, dict[str, object]]:
    rows = read_rows(
        path,
        "SELECT p.full_name, pa.custom_fields FROM participant pa "
        "JOIN person p ON p.id = pa.person_id",
    )
    return {name: json.loads(fields or "{}") for name, fields in rows}


def test_dry_run_says_what_is_left_out(program_file: Path, tmp_path: Path, run_cli: RunCli) -> None:
    roster = shapes.hidden_pay_export(tmp_path)
    done = run_cli("import", program_file, roster, "--dry-run")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Dry run: nothing was written.")
    assert lines[2:] == [HIDDEN_COLUMN, HIDDEN_SHEET, BIRTH]  # under the rows' accounting
    assert custom_fields(program_file) == {}

    done = run_cli("import", program_file, roster, "--dry-run", "--include-hidden-columns")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[2:] == [HIDDEN_SHEET, BIRTH]


def test_hidden_columns_imported_only_when_asked(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    roster = shapes.hidden_pay_export(tmp_path)
    done = run_cli("import", program_file, roster, "--sheet", "Staff")
    assert done.returncode == 0, done.stderr
    assert HIDDEN_COLUMN in done.stdout.splitlines()
    assert custom_fields(program_file) == {"Ana Lima": {}, "Bo Chen": {}}
    done = run_cli("import", program_file, roster, "--include-hidden-columns")
    assert done.returncode == 0, done.stderr
    assert HIDDEN_COLUMN not in done.stdout
    assert custom_fields(program_file) == {
        "Ana Lima": {"Salary band": "B3"},
        "Bo Chen": {"Salary band": "C1"},
    }
