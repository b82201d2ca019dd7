"""Certificates of completion, read back with pypdf: who gets one, dates, hours, one per page."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdf
import pytest
from documents_data import add_meeting, add_pair, make_program, participant_ids, past

from peerdesk import output_files
from peerdesk.database import Database
from peerdesk.documents.certificates import (
    NoCompletedPairs,
    certificates_pdf,
    load_certificates,
    save_certificates,
)
from peerdesk.enums import MeetingStatus, PairOutcome, PairStatus

DONE = {"status": PairStatus.ENDED, "outcome": PairOutcome.COMPLETED}


def pages(pdf: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def text(page: pypdf.PageObject) -> str:
    return " ".join(page.extract_text().split())


@pytest.fixture
def program(db: Database) -> int:
    return make_program(db, "Care <Staff> & Friends")


def test_one_landscape_page_per_participant_of_a_completed_pair(db: Database, program: int) -> None:
    add_pair(db, program, "José Núñez", "Zoë Müller", ended_on=date(2025, 9, 26), **DONE)
    add_pair(db, program, "Søren Ødegård", "Łukasz Wiśniewski")  # still active
    add_pair(
        db,
        program,
        "Nguyễn Văn Đức",
        "Ana Beltrán",
        status=PairStatus.ENDED,
        outcome=PairOutcome.ENDED_EARLY,
    )
    printed = pages(certificates_pdf(db, program))
    assert len(printed) == 2
    for page in printed:
        assert float(page.mediabox.width) > float(page.mediabox.height)
    first, second = (text(p) for p in printed)
    assert "José Núñez" in first and "as a mentor" in first
    assert "Zoë Müller" in second and "as a mentee" in second
    for page in (first, second):
        assert "Certificate of Completion" in page
        assert "Care <Staff> & Friends" in page
        assert "from 10 March 2025 to 26 September 2025" in page
        assert "Dana Whitfield, program coordinator" in page
    everything = first + second
    for absent in ("Søren", "Łukasz", "Nguyễn", "Ana Beltrán"):
        assert absent not in everything


def test_mentor_hours_from_held_meetings_actual_or_planned_length(
    db: Database, program: int
) -> None:
    pair = add_pair(db, program, "Chidi Okafor", "Mei Lin", ended_on=date(2025, 9, 30), **DONE)
    add_meeting(db, program, pair, past(60), actual=90)
    add_meeting(db, program, pair, past(50), length=60)  # not logged: the planned hour
    add_meeting(db, program, pair, past(40), actual=45)
    add_meeting(db, program, pair, past(30), status=MeetingStatus.CANCELLED, length=60)
    add_meeting(db, program, pair, past(20), status=MeetingStatus.NO_SHOW, length=60)
    _settings, [mentor, mentee] = load_certificates(db, program)
    assert (mentor.name, mentor.meetings, mentor.minutes) == ("Chidi Okafor", 3, 195)
    assert (mentee.name, mentee.meetings, mentee.minutes) == ("Mei Lin", None, None)
    by_name = {
        text(p).split("This certifies that ")[1][:5]: text(p)
        for p in pages(certificates_pdf(db, program))
    }
    # 195 minutes are 3.25 hours: half up, 3.3, as on the dashboard and in the status bar.
    assert "3.3 hours of mentoring across 3 meetings" in by_name["Chidi"]
    assert "hours" not in by_name["Mei L"]


def test_a_mentor_of_two_completed_pairs_gets_one_certificate(db: Database, program: int) -> None:
    first = add_pair(
        db, program, "Chidi Okafor", "Mei Lin", started_on=date(2025, 3, 3),
        ended_on=date(2025, 6, 30), **DONE,
    )  # fmt: skip
    mentor, _ = participant_ids(db, first)
    second = add_pair(
        db, program, "", "Ana Beltrán", started_on=date(2025, 4, 1),
        ended_on=date(2025, 9, 1), mentor_participant=mentor, **DONE,
    )  # fmt: skip
    add_meeting(db, program, first, past(90), actual=60)
    add_meeting(db, program, second, past(80), actual=120)
    _settings, certificates = load_certificates(db, program)
    assert [c.name for c in certificates] == ["Ana Beltrán", "Chidi Okafor", "Mei Lin"]
    chidi = certificates[1]
    assert (chidi.started_on, chidi.ended_on) == (date(2025, 3, 3), date(2025, 9, 1))
    assert (chidi.meetings, chidi.minutes) == (2, 180)
    printed = [text(p) for p in pages(certificates_pdf(db, program))]
    assert "3 hours of mentoring across 2 meetings" in printed[1]


def test_nobody_to_certify_is_said_plainly(db: Database, program: int) -> None:
    add_pair(db, program, "Chidi Okafor", "Mei Lin")
    with pytest.raises(NoCompletedPairs):
        certificates_pdf(db, program)


def test_save_refuses_to_overwrite_unless_told(db: Database, program: int, tmp_path: Path) -> None:
    add_pair(db, program, "Chidi Okafor", "Mei Lin", ended_on=date(2025, 9, 30), **DONE)
    out = tmp_path / "certificates.pdf"
    out.write_bytes(b"mine")
    with pytest.raises(output_files.OutputExists):
        save_certificates(db, program, out)
    assert out.read_bytes() == b"mine"
    save_certificates(db, program, out, overwrite=True)
    assert len(pages(out.read_bytes())) == 2


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not here")
def test_a_certificate_rendered_for_a_look(db: Database, program: int, tmp_path: Path) -> None:
    """A picture of a certificate, to look at (screenshots/doc-certificate-1.png)."""
    pair = add_pair(db, program, "Nguyễn Văn Đức", "Zoë Müller", ended_on=date(2025, 9, 30), **DONE)
    for days in range(12):
        add_meeting(db, program, pair, past(20 + 7 * days), actual=75)
    pdf = tmp_path / "certificates.pdf"
    pdf.write_bytes(certificates_pdf(db, program))
    shots = Path(__file__).resolve().parents[2] / "screenshots"
    shots.mkdir(exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "60",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(shots / "doc-certificate"),
        ],
        check=True,
    )
    assert (shots / "doc-certificate-1.png").is_file()
