"""``peerdesk agreements`` and ``peerdesk certificates`` as a user runs them: real processes."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdf
import pytest
from documents_data import NAMES, add_pair, make_program

from peerdesk.database import create_database
from peerdesk.enums import PairOutcome, PairStatus, ProgramTemplate

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli_env() -> dict[str, str | None]:
    return {"LANG": "en_GB.UTF-8", "LC_ALL": None, "LC_PAPER": None}


def page_texts(path: Path) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture
def program_file(tmp_path: Path) -> tuple[Path, list[int]]:
    """A file with a youth program: three active pairs, one completed, one proposed."""
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program = make_program(db, "Youth Mentoring", template=ProgramTemplate.YOUTH)
        make_program(db, "Staff Mentoring")
        ids = [add_pair(db, program, m, e, goals=("Try out for the team",)) for m, e in NAMES[:3]]
        ids.append(
            add_pair(
                db, program, *NAMES[3], status=PairStatus.ENDED, outcome=PairOutcome.COMPLETED,
                ended_on=date(2025, 9, 26),
            )
        )  # fmt: skip
        ids.append(add_pair(db, program, "Ana <Lupe> & Co", "Bob", status=PairStatus.PROPOSED))
    return path, ids


def test_agreements_for_every_active_pair_in_one_file(
    program_file: tuple[Path, list[int]], tmp_path: Path, run_cli: RunCli
) -> None:
    path, _ids = program_file
    out = tmp_path / "agreements.pdf"
    done = run_cli("agreements", path, "--program", "youth mentoring", "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote the agreements for “Youth Mentoring” to {out}"
    pages = page_texts(out)
    text = " ".join(pages)
    starts = [p for p in pages if "Page 1 of" in p]
    assert len(starts) == 3  # the active pairs only
    for mentor, mentee in NAMES[:3]:
        assert mentor in text and mentee in text
        assert f"Parent or guardian of {mentee}" in text
    assert "{" not in text
    assert NAMES[3][0] not in text and "Lupe" not in text
    assert pypdf.PdfReader(out).pages[0].mediabox.height > 800  # A4 from en_GB


def test_chosen_pairs_one_file_each_and_no_overwrite(
    program_file: tuple[Path, list[int]], tmp_path: Path, run_cli: RunCli
) -> None:
    path, ids = program_file
    folder = tmp_path / "signed"
    args = ["agreements", path, "--program", "Youth Mentoring", "--out", folder, "--split"]
    done = run_cli(*args, "--pair", str(ids[4]), str(ids[0]), "--paper", "letter")
    assert done.returncode == 0, done.stderr
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [
        f"Agreement {ids[0]} - José Núñez and Zoë Müller.pdf",
        f"Agreement {ids[4]} - Ana Lupe & Co and Bob.pdf",
    ]
    lupe = " ".join(page_texts(files[1]))
    assert "Ana <Lupe> & Co" in lupe
    assert round(float(pypdf.PdfReader(files[0]).pages[0].mediabox.height)) == 792
    again = run_cli(*args, "--pair", str(ids[0]))
    assert again.returncode == 2
    assert "already exist" in again.stderr and "--overwrite" in again.stderr
    assert "Traceback" not in again.stderr
    assert run_cli(*args, "--pair", str(ids[0]), "--overwrite").returncode == 0


def test_certificates_and_plain_errors(
    program_file: tuple[Path, list[int]], tmp_path: Path, run_cli: RunCli
) -> None:
    path, _ids = program_file
    out = tmp_path / "certificates.pdf"
    done = run_cli("certificates", path, "--program", "Youth Mentoring", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "Wrote 2 certificates of completion" in done.stdout
    names = [p.split("This certifies that ")[1] for p in page_texts(out)]
    assert names[0].startswith("Chidi Okafor has completed Youth Mentoring as a mentor")
    assert names[1].startswith("Mei Lin has completed Youth Mentoring as a mentee")

    exists = run_cli("certificates", path, "--program", "Youth Mentoring", "--out", out)
    assert exists.returncode == 2
    assert exists.stderr.strip() == (
        f"peerdesk: “{out}” already exists. Choose another name, or add --overwrite to replace it."
    )
    several = run_cli("agreements", path, "--out", tmp_path / "x.pdf")
    assert several.returncode == 2 and "choose one with --program" in several.stderr
    nobody = run_cli("certificates", path, "--program", "Staff Mentoring", "--out", "y.pdf")
    assert nobody.returncode == 2 and "No pair in this program has completed" in nobody.stderr
    missing = run_cli("agreements", path, "--program", "Youth Mentoring", "--pair", "999",
                      "--out", tmp_path / "z.pdf")  # fmt: skip
    assert missing.returncode == 2 and "Pair 999" in missing.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "z.pdf").exists()


def test_only_unsigned_and_only_new_agreements(
    program_file: tuple[Path, list[int]], tmp_path: Path, run_cli: RunCli
) -> None:
    import sqlite3

    path, ids = program_file
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE pair SET agreement_signed_on = '2025-03-12' WHERE id = ?", (ids[1],))
    base = ["agreements", path, "--program", "Youth Mentoring"]

    def mentors(out: Path) -> list[str]:
        starts = [p for p in page_texts(out) if "Page 1 of" in p]
        return [name for p in starts for name, _mentee in NAMES[:3] if f"Mentor: {name}" in p]

    unsigned = tmp_path / "unsigned.pdf"
    assert run_cli(*base, "--unsigned", "--out", unsigned).returncode == 0
    assert mentors(unsigned) == [NAMES[0][0], NAMES[2][0]]
    # That save is remembered: only the signed pair's agreement is new now.
    new = tmp_path / "new.pdf"
    assert run_cli(*base, "--new", "--out", new).returncode == 0
    assert mentors(new) == [NAMES[1][0]]
    nothing = run_cli(*base, "--new", "--unsigned", "--out", tmp_path / "none.pdf")
    assert nothing.returncode == 2 and "Traceback" not in nothing.stderr
    assert "signed its agreement or had it printed before" in nothing.stderr
    assert not (tmp_path / "none.pdf").exists()
