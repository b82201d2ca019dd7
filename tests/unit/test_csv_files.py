"""Every CSV file PeerDesk writes opens in Excel with its accents: UTF-8 with a byte-order
mark, CRLF line ends, and — an option — semicolons and decimal commas for Excel in most of
Europe. Read back with the csv module and, where it is installed, with LibreOffice."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from matching_data import spring_mentoring_file

from peerdesk import cli
from peerdesk.matching.pool import Member
from peerdesk.roster.plan import PROBLEM_HEADER
from peerdesk.spreadsheet_text import csv_bytes

ROOT = Path(__file__).resolve().parents[2]
ACCENTED = "José Núñez-Çelik"
ROSTER = (
    "Name,Email,Role\n"
    f"{ACCENTED},jose.nunez(at)example.org,Mentee\n"  # refused: not an email address
    "Zoë Ångström,zoe@example.org,Volunteer\n"  # refused: not a role
)


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    def accented(members: list[Member]) -> None:
        members[0] = Member(**{**members[0].__dict__, "name": ACCENTED})

    return spring_mentoring_file(tmp_path / "Riverside.peerdesk", accented)


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def check_excel_ready(data: bytes) -> list[list[str]]:
    """The file starts with a byte-order mark and ends every record with CRLF; its rows."""
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # (no field here holds a line break)
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=delimiter))


def csv_files(program_file: Path, folder: Path, *options: str) -> dict[str, Path]:
    """Every CSV file the command line writes: the refused rows of an import, the scores."""
    roster = folder / "sign-ups.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    files = {"refused": folder / "to fix.csv", "scores": folder / "scores.csv"}
    code, _out, err = run(
        "import", program_file, roster, "--dry-run", "--refused-csv", files["refused"], *options
    )
    assert code == 1, err  # done, with rows refused
    code, _out, err = run("scores", program_file, "--csv", files["scores"], *options)
    assert code == 0, err
    return files


def test_no_csv_is_written_but_through_the_shared_helper() -> None:
    """csv.writer appears in one module only, so no CSV file can miss the BOM or CRLF."""
    writers = [
        path.relative_to(ROOT).as_posix()
        for folder in ("peerdesk", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if re.search(r"csv\.(writer|DictWriter)\(", path.read_text(encoding="utf-8"))
    ]
    assert writers == ["peerdesk/spreadsheet_text.py"]


def test_every_csv_file_has_a_bom_and_crlf(program_file: Path, tmp_path: Path) -> None:
    files = csv_files(program_file, tmp_path)
    refused = check_excel_ready(files["refused"].read_bytes())
    assert [row[0] for row in refused] == ["Name", ACCENTED, "Zoë Ångström"]
    scores = check_excel_ready(files["scores"].read_bytes())
    assert scores[0][:2] == ["Mentee ID", "Mentee"]
    assert any(cell.startswith(f"{ACCENTED} (#") for cell in scores[0]) or ACCENTED in {
        row[1] for row in scores[1:]
    }
    numbers = [cell for row in scores[1:] for cell in row[2:] if cell]
    assert numbers and all(re.fullmatch(r"-?\d+\.\d\d", cell) for cell in numbers)


def test_semicolons_and_decimal_commas_for_europe(program_file: Path, tmp_path: Path) -> None:
    files = csv_files(program_file, tmp_path, "--semicolons")
    refused = files["refused"].read_bytes()
    assert refused.decode("utf-8").splitlines()[0] == f"\ufeffName;Email;Role;{PROBLEM_HEADER}"
    assert [row[0] for row in check_excel_ready(refused)] == ["Name", ACCENTED, "Zoë Ångström"]
    scores = check_excel_ready(files["scores"].read_bytes())
    assert len(scores[0]) > 3  # split on semicolons into its columns
    numbers = [cell for row in scores[1:] for cell in row[2:] if cell]
    assert numbers and all(re.fullmatch(r"-?\d+,\d\d", cell) for cell in numbers)

    # The people list goes to standard output (no BOM there), with semicolons too.
    code, out, _err = run("people", program_file, "--csv", "--semicolons")
    assert code == 0 and not out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert rows[0][:3] == ["Name", "Email", "Role"] and ACCENTED in {r[0] for r in rows}


def test_the_helper_keeps_text_safe_and_numbers_numbers() -> None:
    from decimal import Decimal

    data = csv_bytes([["=SUM(A1)", Decimal("-0.50"), 3, None, "a;b"]], semicolons=True)
    assert data == '\ufeff\'=SUM(A1);-0,50;3;;"a;b"\r\n'.encode()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_the_accents_and_the_numbers(program_file: Path, tmp_path: Path) -> None:
    """LibreOffice, told what Excel in Germany assumes (semicolons, decimal commas, UTF-8 as
    the mark says), reads the names with their accents, the mark not as text, and the
    scores as numbers."""
    files = csv_files(program_file, tmp_path, "--semicolons")
    out = tmp_path / "converted"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--infilter=CSV:59,34,76,1,,1031",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(files["refused"]),
            str(files["scores"]),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    refused = openpyxl.load_workbook(out / "to fix.xlsx").active
    assert refused is not None
    assert [c.value for c in refused["A"]] == ["Name", ACCENTED, "Zoë Ångström"]
    scores = openpyxl.load_workbook(out / "scores.xlsx").active
    assert scores is not None
    assert scores["A1"].value == "Mentee ID"
    values = [c.value for row in scores.iter_rows(min_row=2, min_col=3) for c in row]
    assert any(isinstance(v, float) for v in values)  # 0,85 read as the number 0.85
    names = [c.value for c in scores["B"]] + [c.value for c in scores[1]]
    assert any(isinstance(n, str) and n.startswith(ACCENTED) for n in names)
