"""Importing a 10,000-row × 20-column roster — read, validate, write — must take less
time than openpyxl needs just to read the same file in read-only mode.

Run on demand: ``.venv/bin/python -m pytest -m benchmark -s tests/benchmarks``.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from peerdesk.database import create_database
from peerdesk.program import programs
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport

ROWS = 10_000
HEADERS = [
    "Name", "Email", "Role", "Phone", "Department", "Cohort", "Years of experience",
    "Location", "Meeting format", "Mentee capacity", "Interests", "Skills", "Goals",
    "Languages", "Availability", "Pronouns", "Joined", "Notes", "Employee ID", "Shirt size",
]  # fmt: skip
ROLES = ["Mentor", "Mentee", "Either – happy to do both"]
TOPICS = ["Leadership", "Data analysis", "Writing", "Public speaking", "Career growth", "Design"]


def _roster(path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Responses")
    sheet.append(HEADERS)
    for i in range(ROWS):
        sheet.append([
            f"Person {i:05d} Example", f"person{i}@example.org", ROLES[i % 3], 5550000000 + i,
            f"Dept {i % 12}", f"Cohort {i % 4}", i % 30, f"Office {i % 7}",
            ["In person", "Video", "Either"][i % 3], 1 + i % 3,
            f"{TOPICS[i % 6]}, {TOPICS[(i + 1) % 6]}", f"{TOPICS[(i + 2) % 6]}; Excel",
            TOPICS[(i + 3) % 6], "English, Spanish", "Tuesday mornings", "they/them",
            date(2026, 1, 1 + i % 28), f"Note {i}", 100000 + i, ["S", "M", "L"][i % 3],
        ])  # fmt: skip
    workbook.save(path)


def _openpyxl_read(path: Path) -> float:
    start = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True)
    cells = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    workbook.close()
    elapsed = time.perf_counter() - start
    assert cells == (ROWS + 1) * len(HEADERS)
    return elapsed


def _import(path: Path, folder: Path, run: int) -> float:
    db = create_database(folder / f"bench-{run}.peerdesk")
    try:
        program_id = programs.create_program(db, programs.quick_settings("Benchmark"))
        start = time.perf_counter()
        plan = RosterImport.open(path, db)
        summary = run_import(db, program_id, plan)
        elapsed = time.perf_counter() - start
        assert len(summary.added) == ROWS, summary.text()[:500]
        return elapsed
    finally:
        db.close()


@pytest.mark.benchmark
def test_import_is_faster_than_openpyxl_reading(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    _roster(path)
    openpyxl_times, import_times = [], []
    for run in range(3):
        openpyxl_times.append(_openpyxl_read(path))
        import_times.append(_import(path, tmp_path, run))
    floor, ours = min(openpyxl_times), min(import_times)
    ratio = ours / floor
    print(
        f"\n{ROWS} rows x {len(HEADERS)} columns: openpyxl read-only read {floor:.3f} s, "
        f"PeerDesk import (read, validate, write) {ours:.3f} s, ratio {ratio:.2f} "
        f"(runs: openpyxl {', '.join(f'{t:.3f}' for t in openpyxl_times)}; "
        f"import {', '.join(f'{t:.3f}' for t in import_times)})"
    )
    assert ratio < 1.0
