"""``peerdesk export`` and ``peerdesk report`` as a user runs them: real processes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from evaluation_data import build_program, make_program
from openpyxl import load_workbook

from peerdesk.database import create_database

REPO = Path(__file__).resolve().parents[2]


def run(workdir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PEERDESK_HOME"] = str(workdir / "home")
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["LANG"] = "en_US.UTF-8"
    env.pop("LC_ALL", None)
    env.pop("LC_PAPER", None)
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=workdir,
        timeout=120,
    )


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        build_program(db)
        make_program(db, "Second Program")
    return path


def test_export_writes_the_workbook_and_refuses_to_replace_it(
    program_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "Riverside.xlsx"
    ambiguous = run(tmp_path, "export", program_file, "--xlsx", out)
    assert ambiguous.returncode == 2 and "several programs" in ambiguous.stderr
    assert not out.exists()
    done = run(tmp_path, "export", program_file, "--xlsx", out, "--program",
               "riverside mentoring 2025")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote the workbook for “Riverside Mentoring 2025” to {out}"
    book = load_workbook(out)
    assert book.sheetnames[0] == "Program" and book["Pairs"].max_row == 11
    before = out.read_bytes()
    again = run(tmp_path, "export", program_file, "--xlsx", out, "--program",
                "Riverside Mentoring 2025")  # fmt: skip
    assert again.returncode == 2
    assert again.stderr.strip() == (
        f"peerdesk: “{out}” already exists. Choose another name, or add --overwrite to replace it."
    )
    assert out.read_bytes() == before
    replaced = run(tmp_path, "export", program_file, "--xlsx", out, "--program",
                   "Riverside Mentoring 2025", "--overwrite")  # fmt: skip
    assert replaced.returncode == 0, replaced.stderr
    assert "Traceback" not in replaced.stderr


def test_report_writes_the_summary_on_letter_paper_in_the_us(
    program_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    done = run(tmp_path, "report", program_file, "--pdf", out, "--program",
               "Riverside Mentoring 2025")  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Riverside Mentoring 2025" in first and "24 people took part" in first
    assert "Confidence rose from 2.7 to 3.7 on average (n = 10)" in first
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter
    a4 = tmp_path / "a4.pdf"
    done = run(tmp_path, "report", program_file, "--pdf", a4, "--program",
               "Riverside Mentoring 2025", "--paper", "a4")  # fmt: skip
    assert done.returncode == 0, done.stderr
    box = pypdf.PdfReader(io.BytesIO(a4.read_bytes())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    missing = run(tmp_path, "report", tmp_path / "nowhere.peerdesk", "--pdf", tmp_path / "x.pdf")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr
