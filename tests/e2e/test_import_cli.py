"""``peerdesk import`` as a user runs it: a real process, a real program file, real rosters."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Callable
from pathlib import Path

import fixtures_rosters as shapes
import hostile_files
from fixtures_rosters import dump, make_program, read_rows

from peerdesk.database import create_database

RunCli = Callable[..., subprocess.CompletedProcess[str]]

WITH_PROBLEMS = (
    "Name,Email,Role,Years of experience\n"
    "Ana Lima,ana@example.org,Mentor,5\n"  # row 2
    ",nobody@example.org,Mentee,1\n"  # row 3: no name
    "Bo Chen,bo.chen(at)example.org,Mentee,2\n"  # row 4: bad email
    "Cy Park,cy@example.org,Volunteer,3\n"  # row 5: not a role
    "Di Ross,di@example.org,Mentee,lots\n"  # row 6: text where a number is needed
    "Ed Vale,ed@example.org,Mentee,4\n"  # row 7
)


def people(path: Path) -> dict[str, tuple[str, str]]:
    rows = read_rows(
        path,
        "SELECT p.full_name, p.email, pa.role, pr.name FROM participant pa "
        "JOIN person p ON p.id = pa.person_id JOIN program pr ON pr.id = pa.program_id",
    )
    return {name: (email or "", f"{role} in {program}") for name, email, role, program in rows}


def test_everything_imported_exits_0(program_file: Path, tmp_path: Path, run_cli: RunCli) -> None:
    fixture = shapes.bom_csv(tmp_path)
    done = run_cli("import", program_file, fixture.path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == (
        "Imported “signups.csv” into “Spring 2026”: 2 added, 0 updated, 0 not imported.\n"
        "The file has 2 rows below the header: 2 imported (2 new, 0 updated), "
        "0 merged as duplicates, 0 skipped as empty, 0 refused.\n"
    )
    assert people(program_file) == {
        "Nia Brown": ("nia.b@example.org", "mentor in Spring 2026"),
        "O'Brien, Pat": ("pat.obrien@example.org", "mentee in Spring 2026"),
    }
    # The same file again: the same people, updated rather than added twice.
    again = run_cli("import", program_file, fixture.path)
    assert again.returncode == 0, again.stderr
    assert "0 added, 2 updated" in again.stdout
    assert len(people(program_file)) == 2


def test_rejected_rows_exit_1_and_are_listed(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    roster = tmp_path / "with problems.csv"
    roster.write_text(WITH_PROBLEMS, encoding="utf-8")
    done = run_cli("import", program_file, roster)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "Imported “with problems.csv” into “Spring 2026”: 2 added, 0 updated, 4 not imported.",
        "The file has 6 rows below the header: 2 imported (2 new, 0 updated), "
        "0 merged as duplicates, 0 skipped as empty, 4 refused.",
        "Rows rejected because of a problem (4):",
        "  with problems, row 3: No name.",
        "  with problems, row 4: 'bo.chen(at)example.org' is not an email address.",
        "  with problems, row 5: 'Volunteer' is not a role PeerDesk knows (mentor, mentee or "
        "both).",
        "  with problems, row 6: 'lots' is not a number (Years of experience).",
    ]
    assert sorted(people(program_file)) == ["Ana Lima", "Ed Vale"]


def test_a_file_that_cannot_be_read_exits_2_and_writes_nothing(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    before = dump(program_file)
    for roster, words in (
        (shapes.password_protected_xlsx(tmp_path), "is protected with a password"),
        (shapes.truncated_xlsx(tmp_path), "is damaged or incomplete"),
        (shapes.pdf_file(tmp_path), "is not a spreadsheet"),
        (shapes.no_header(tmp_path), "has no header row"),
        (tmp_path / "missing.xlsx", "could not be opened"),
    ):
        done = run_cli("import", program_file, roster)
        assert done.returncode == 2, (roster.name, done.stdout, done.stderr)
        assert done.stdout == ""
        assert done.stderr.startswith("peerdesk: ")
        assert f"“{roster.name}”" in done.stderr
        assert words in done.stderr
        assert "Traceback" not in done.stderr
    assert dump(program_file) == before


def test_dry_run_writes_nothing(program_file: Path, tmp_path: Path, run_cli: RunCli) -> None:
    roster = tmp_path / "with problems.csv"
    roster.write_text(WITH_PROBLEMS, encoding="utf-8")
    before = dump(program_file)
    done = run_cli("import", program_file, roster, "--dry-run")
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines()[:3] == [
        "Dry run: nothing was written. Importing “with problems.csv” into “Spring 2026” would "
        "add 2, update 0; 4 not imported.",
        "The file has 6 rows below the header: 2 imported (2 new, 0 updated), "
        "0 merged as duplicates, 0 skipped as empty, 4 refused.",
        "Rows would be rejected because of a problem (4):",
    ]
    assert dump(program_file) == before
    clean = shapes.tsv_file(tmp_path)
    done = run_cli("import", program_file, clean.path, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert dump(program_file) == before


def test_sheet_chooses_what_is_imported(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    fixture = shapes.hand_made(tmp_path)
    done = run_cli("import", program_file, fixture.path, "--sheet", "mentees")
    assert done.returncode == 0, done.stderr
    assert "3 added, 0 updated, 0 not imported" in done.stdout
    assert people(program_file) == {
        "Lea Schmidt": ("lea.s@example.org", "mentee in Spring 2026"),
        "Mo Haddad": ("mo.h@example.org", "mentee in Spring 2026"),
        "Ivy Nakamura": ("IVY.N@example.org", "mentee in Spring 2026"),
    }
    before = dump(program_file)
    done = run_cli("import", program_file, fixture.path, "--sheet", "Mentors", "--sheet", "Staff")
    assert done.returncode == 2
    assert done.stderr == (
        "peerdesk: “hand-made.xlsx” has no sheet called “Staff”. Its sheets are: “Read me”, "
        "“Mentors”, “Mentees”, “Lists”.\n"
    )
    done = run_cli("import", program_file, fixture.path, "--sheet", "Read me")
    assert done.returncode == 2
    assert "has no header row" in done.stderr
    assert dump(program_file) == before


def test_program_is_needed_only_when_there_are_several(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "two.peerdesk"
    db = create_database(path)
    with db:
        make_program(db, "Spring 2026")
        make_program(db, "Autumn 2026")
    fixture = shapes.hr_export(tmp_path)
    done = run_cli("import", path, fixture.path, "--role", "mentor")
    assert done.returncode == 2
    assert done.stderr == (
        "peerdesk: This file has several programs (“Autumn 2026”, “Spring 2026”); say which "
        "one to import into with --program NAME.\n"
    )
    done = run_cli("import", path, fixture.path, "--program", "Autumn 2026", "--role", "mentor")
    assert done.returncode == 0, done.stdout + done.stderr
    assert people(path) == {
        "Ana Lima": ("Ana.Lima@Example.org", "mentor in Autumn 2026"),
        "Bo Chen": ("bo.chen@example.org", "mentor in Autumn 2026"),
        "Chloé Dubois-Martin": ("chloe.dubois@example.org", "mentor in Autumn 2026"),
    }


def test_without_a_role_rows_are_rejected(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    """An HR export has no role column: without --role, nobody can be imported."""
    fixture = shapes.hr_export(tmp_path)
    done = run_cli("import", program_file, fixture.path)
    assert done.returncode == 1
    assert "Employees, row 2: No role (choose one for the sheet, or map the role column)." in (
        done.stdout
    )
    assert people(program_file) == {}


def test_refused_rows_saved_as_csv_and_hostile_files_read_quietly(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    roster = tmp_path / "with problems.csv"
    roster.write_text(WITH_PROBLEMS, encoding="utf-8")
    refused = tmp_path / "to fix.csv"
    done = run_cli("import", program_file, roster, "--dry-run", "--refused-csv", refused)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines()[-1] == (
        f"The refused rows were saved to {refused}: correct them there and import it again."
    )
    with refused.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][-1] == "PeerDesk: problem to fix"
    assert [row[-1] for row in rows[1:]] == [
        "Row 3: no name.",
        "Row 4: 'bo.chen(at)example.org' is not an email address.",
        "Row 5: 'Volunteer' is not a role PeerDesk knows (mentor, mentee or both).",
        "Row 6: 'lots' is not a number (Years of experience).",
    ]

    files = {h.name: h for h in hostile_files.build(tmp_path / "hostile")}
    stray = run_cli("import", program_file, files["stray_x_CV1048576.xlsx"].path, "--dry-run")
    assert stray.returncode == 0, stray.stderr
    assert stray.stderr == ""
    assert stray.stdout.splitlines()[1:3] == [
        "The file has 20 rows below the header: 20 imported (20 new, 0 updated), "
        "0 merged as duplicates, 0 skipped as empty, 0 refused.",
        "The sheet “People” has a cell at CV1048576, far below the rest; PeerDesk read the 21 "
        "rows above and ignored the empty rest.",
    ]
    before = dump(program_file)
    for name in ("truncated.xls", "truncated.xlsx", "truncated.ods"):
        broken = run_cli("import", program_file, files[name].path)
        assert broken.returncode == 2, broken.stdout
        assert broken.stdout == ""
        assert (
            broken.stderr.startswith("peerdesk: ") and "is damaged or incomplete" in broken.stderr
        )
        assert "panicked" not in broken.stderr and "Traceback" not in broken.stderr
    assert dump(program_file) == before
