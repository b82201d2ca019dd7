"""The summary PDF's Group sessions section, read back with pypdf; figures by hand
(the sessions of groups_data.build_sessions, as of 20 March 2026)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from calendar_data import make_program
from groups_data import add_session, build_sessions, ensure_kinds
from pdf_pages import page_texts, sparse_pages

from peerdesk.database import Database
from peerdesk.exports.summary_pdf import SECTIONS, summary_pdf

TODAY = date(2026, 3, 20)


def test_the_summary_shows_attendance_per_kind_and_how_people_fared(
    db: Database, tmp_path: Path
) -> None:
    program_id, _m, _e = build_sessions(db)
    data = summary_pdf(db, program_id, today=TODAY)
    texts = page_texts(data)
    [page] = [t for t in texts if "Group sessions" in t and "Who came" in t]
    for expected in (
        # T1, T2 and W1 were held (S1 cancelled, W2 to come); T2 has no marks.
        "3 group sessions were held; attendance was taken at 2 (1 is not marked yet).",
        # T1: 5 attended, 1 absent; W1: 6 attended, 2 excused, 1 absent: 11 of 15 = 73%.
        "Of 15 invitations marked, 11 attended (73%), 2 were excused and 2 absent.",
        "Kind of session Held Marked Attended Excused Absent Attendance",
        "Training 2 6 5 0 1 83%",  # 5 of 6
        "Workshop 1 9 6 2 1 67%",  # 6 of 9
        "All kinds 3 15 11 2 2 73%",
        "an invitation nobody has marked yet is not counted as missed",
        # Marked at a session held: m0-m5, e0-e4 (e5 never marked): 11 people. Every one
        # they were marked at: m0-m4, e0-e2 (8); none: m5, e3, e4 (3).
        "11 people were marked at sessions held; by their own attendance:",
        "Attended every session they were marked at 8 73%",
        "Attended at least half, not all 0 0%",
        "Attended fewer than half 0 0%",
        "Attended none 3 27%",
    ):
        assert expected in page, expected
    assert sparse_pages(data, SECTIONS) == []
    if shutil.which("pdftoppm"):
        pdf = tmp_path / "summary.pdf"
        pdf.write_bytes(data)
        number = texts.index(page) + 1
        shots = Path("/tmp/g4")
        shots.mkdir(exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", str(number), "-l", str(number), str(pdf),
             str(shots / "summary-sessions")],
            check=True,
        )  # fmt: skip


@pytest.mark.parametrize("planned", [False, True])
def test_no_section_without_sessions_and_one_line_before_any_is_held(
    db: Database, planned: bool
) -> None:
    program_id = make_program(db)
    if planned:  # a session that exists but is still to come
        ensure_kinds(db, program_id)
        add_session(db, program_id, "training", datetime(2026, 4, 1, 18, tzinfo=UTC), [])
    text = " ".join(page_texts(summary_pdf(db, program_id, today=TODAY)))
    if planned:
        assert "Group sessions No group session has been held yet." in text
    else:
        assert "Group sessions" not in text
