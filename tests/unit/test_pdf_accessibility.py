"""Accessible PDFs (issue 20.6): agreements, certificates and the summary say their language
(/Lang in the catalog) and title, and hold real text in embedded fonts — read back with pypdf.

What open-source reportlab cannot do (a tagged structure tree) is written down in
peerdesk/documents/layout.py; the last test pins that down so a future reportlab that
starts tagging is noticed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
from documents_data import add_meeting, add_pair, french_completed_pair, make_program, past
from evaluation_data import build_program

from peerdesk.database import Database
from peerdesk.documents.agreements import agreements_pdf
from peerdesk.documents.certificates import certificates_pdf
from peerdesk.enums import MeetingStatus
from peerdesk.exports.summary_pdf import summary_pdf
from peerdesk.pairs.language import set_document_languages


def read(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def text_of(reader: pypdf.PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def fonts_and_images(reader: pypdf.PdfReader) -> tuple[list[Any], int]:
    """Every font dictionary the pages use, and how many pictures they draw."""
    found: list[Any] = []
    images = 0
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            found.append(font.get_object())
        for xobject in resources.get("/XObject", {}).values():
            images += xobject.get_object().get("/Subtype") == "/Image"
    return found, images


def assert_accessible(pdf: bytes, *, lang: str, title: str, words: list[str]) -> str:
    reader = read(pdf)
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == lang
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value  # title, not file name
    assert reader.metadata is not None
    assert title in str(reader.metadata.title)
    assert reader.metadata.author and reader.metadata.subject
    text = text_of(reader)
    for word in words:
        assert word in text, word
    fonts, images = fonts_and_images(reader)
    assert fonts
    for font in fonts:
        # Embedded TrueType (no base-14 font the reader must substitute), with a map back
        # to Unicode so the text can be searched, copied and read aloud.
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "/ToUnicode" in font, font["/BaseFont"]
    assert images == 0  # no logo given: nothing on the page is a picture
    return text


def test_an_agreement_says_its_language_and_title_and_holds_real_text(
    file_db: Database,
) -> None:
    program = make_program(file_db, document_language="es")
    add_pair(file_db, program, "José Núñez", "Zoë Müller", goals=("Hablar en público",))
    assert_accessible(
        agreements_pdf(file_db, program),
        lang="es",
        title="Acuerdo de mentoría",
        words=["Acuerdo de mentoría", "José Núñez", "Zoë Müller", "Hablar en público"],
    )


def test_a_mixed_batch_of_agreements_takes_the_language_most_of_it_is_in(
    file_db: Database,
) -> None:
    program = make_program(file_db, document_language="fr")
    first = add_pair(file_db, program, "Chidi Okafor", "Mei Lin")
    second = add_pair(file_db, program, "Søren Ødegård", "Ana Beltrán")
    add_pair(file_db, program, "Priya Raman", "Tomás Ruiz")
    set_document_languages(file_db, {first: "es", second: "es"})
    reader = read(agreements_pdf(file_db, program))
    assert reader.trailer["/Root"]["/Lang"] == "es"


def test_a_certificate_says_its_language_and_title_and_holds_real_text(
    file_db: Database,
) -> None:
    program, pair = french_completed_pair(file_db)
    add_meeting(file_db, program, pair, past(40), status=MeetingStatus.HELD, actual=60)
    assert_accessible(
        certificates_pdf(file_db, program),
        lang="fr",
        title="Attestations de participation",
        words=["Attestation de participation", "Chidi Okafor", "Mei Lin", "10 mars 2025"],
    )
    english = read(certificates_pdf(file_db, program, language="en"))
    assert english.trailer["/Root"]["/Lang"] == "en"


def test_the_summary_says_its_language_and_title_and_holds_real_text(
    file_db: Database, tmp_path: Path
) -> None:
    program = build_program(file_db)
    pdf = summary_pdf(file_db, program.program_id, today=date(2025, 10, 2))
    assert_accessible(
        pdf, lang="en", title="Riverside Mentoring 2025", words=["Riverside Mentoring 2025"]
    )
    if shutil.which("pdffonts"):  # poppler's own look: every font embedded
        path = tmp_path / "summary.pdf"
        path.write_bytes(pdf)
        lines = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, check=True, text=True
        ).stdout
        rows = lines.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), lines


def test_the_pdfs_are_not_tagged_as_reportlab_cannot_tag_them(file_db: Database) -> None:
    """Open-source reportlab writes no structure tree; the PDF must not claim one
    (/MarkInfo /Marked true without a /StructTreeRoot would mislead a screen reader)."""
    program = make_program(file_db)
    add_pair(file_db, program, "Chidi Okafor", "Mei Lin")
    catalog = read(agreements_pdf(file_db, program)).trailer["/Root"]
    assert "/StructTreeRoot" not in catalog and "/MarkInfo" not in catalog
