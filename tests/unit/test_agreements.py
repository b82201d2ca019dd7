"""Pair agreements, read back with pypdf: pages, names, filled terms, escaping, signatures."""

from __future__ import annotations

import errno
import io
import os
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from documents_data import NAMES, add_pair, make_program

from peerdesk import output_files
from peerdesk.database import Database
from peerdesk.documents import fonts
from peerdesk.documents.agreements import (
    AgreementWriter,
    NothingToPrint,
    agreements_pdf,
    save_agreements,
    split_name,
)
from peerdesk.documents.layout import LogoUnreadable, Paper
from peerdesk.documents.pairs import (
    SignedInFuture,
    list_pairs,
    load_pairs,
    load_program,
    mark_signed,
    mark_signed_many,
)
from peerdesk.enums import PairStatus, ProgramTemplate
from peerdesk.errors import NoPermission, NotFound
from peerdesk.models import ChangeRecord, Pair
from peerdesk.progress import Cancelled, Progress

LONG_TERM = "\n\n".join(
    f"Point {n}: both of you keep the promises in this paragraph, which is long on purpose "
    "so that the agreement needs more than one page, and every line of it still has to "
    "fit inside the margins of the page without running off its edge."
    for n in range(1, 15)
)


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace (pypdf may read tabs) made single spaces."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def footers(pages: list[str]) -> list[str]:
    return [re.search(r"Page \d+ of \d+", page).group(0) for page in pages]  # type: ignore[union-attr]


def agreements(pages: list[str]) -> list[str]:
    """The text of each agreement in a batch, told apart by their own page numbers."""
    found: list[str] = []
    for page, footer in zip(pages, footers(pages), strict=True):
        if footer.startswith("Page 1 of"):
            found.append(page)
        else:
            found[-1] += " " + page
    return found


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def program(db: Database) -> int:
    return make_program(db)


def test_one_page_per_agreement_with_both_names_and_every_placeholder_filled(
    db: Database, program: int
) -> None:
    for mentor, mentee in NAMES:
        add_pair(db, program, mentor, mentee, goals=("Speak up in team meetings",))
    pages = pages_text(agreements_pdf(db, program))
    # The workplace template's terms with short goals fit on one page.
    assert footers(pages) == ["Page 1 of 1"] * len(NAMES)
    for page, (mentor, mentee) in zip(agreements(pages), NAMES, strict=True):
        assert mentor in page and mentee in page
        assert "{" not in page and "}" not in page
        # The expectations term's placeholders, filled for this pair and program.
        assert f"{mentor} and {mentee} agree to meet every two weeks for about 1 hour" in page
        assert "from 10 March 2025 until 30 September 2025" in page
        assert "tells Dana Whitfield (dana.whitfield@example.org)" in page
        assert "Speak up in team meetings" in page
        assert "Spring Mentoring" in page and "RIVERSIDE COMMUNITY CENTER" in page


def test_accents_of_every_latin_script_survive(db: Database, program: int) -> None:
    names = ("José Núñez", "Zoë Müller", "Søren Ødegård", "Łukasz", "Nguyễn Văn Đức")
    assert fonts.covers("".join(names))
    add_pair(db, program, names[0], names[1])
    add_pair(db, program, names[2], names[3])
    add_pair(db, program, names[4], "Ana Beltrán")
    text = " ".join(pages_text(agreements_pdf(db, program)))
    for name in names:
        assert name in text


def test_decomposed_accents_are_composed_before_printing(db: Database, program: int) -> None:
    add_pair(db, program, "Jose\u0301 Nu\u0301n\u0303ez", "Zoe\u0308 Mu\u0308ller")
    [text] = agreements(pages_text(agreements_pdf(db, program)))
    assert "José Núñez" in text and "Zoë Müller" in text


def test_the_font_is_embedded(db: Database, program: int) -> None:
    add_pair(db, program, *NAMES[0])
    reader = pypdf.PdfReader(io.BytesIO(agreements_pdf(db, program)))
    used = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    names = sorted(str(f["/BaseFont"]).split("+")[-1] for f in used)
    assert names == ["NotoSans-Bold", "NotoSans-Regular"]
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in used)
    assert (fonts.fonts_dir() / fonts.LICENCE).is_file()


def test_markup_characters_in_names_and_terms_print_as_typed(db: Database) -> None:
    program = make_program(
        db,
        organization_name="Smith & Jones <Care>",
        purpose="Grow <faster> & kinder > before",
        agreement_confidentiality="Notes <b>stay</b> private & safe; 3 < 4 > 2.",
    )
    add_pair(db, program, "Ana <Lupe> & Co", "Bob > Alice", goals=("Learn <html> & CSS",))
    [page] = agreements(pages_text(agreements_pdf(db, program)))
    for typed in (
        "Ana <Lupe> & Co",
        "Bob > Alice",
        "SMITH & JONES <CARE>",
        "Grow <faster> & kinder > before",
        "Notes <b>stay</b> private & safe; 3 < 4 > 2.",
        "Learn <html> & CSS",
    ):
        assert typed in page


def test_guardian_line_only_when_the_program_asks_for_it(db: Database) -> None:
    youth = make_program(db, "Youth Mentoring", template=ProgramTemplate.YOUTH)
    work = make_program(db, "Staff Mentoring", guardian_signature=False)
    add_pair(db, youth, "Chidi Okafor", "Mei Lin")
    add_pair(db, work, "Søren Ødegård", "Łukasz Wiśniewski")
    youth_text = " ".join(pages_text(agreements_pdf(db, youth)))
    work_text = " ".join(pages_text(agreements_pdf(db, work)))
    assert "Parent or guardian of Mei Lin" in youth_text
    assert "Name of parent or guardian" in youth_text
    assert "guardian" not in work_text.replace("the guardian has agreed", "")


def test_a_long_agreement_flows_onto_two_pages_with_the_signatures_together(
    db: Database,
) -> None:
    program = make_program(db, agreement_expectations=LONG_TERM, guardian_signature=True)
    add_pair(db, program, *NAMES[2])
    add_pair(db, program, *NAMES[0])
    writer = AgreementWriter(load_program(db, program))
    [long_pair, _short] = load_pairs(db, program)
    pages = pages_text(writer.build([long_pair]))
    assert len(pages) == 2
    assert footers(pages) == ["Page 1 of 2", "Page 2 of 2"]
    first, last = pages
    assert "Point 1:" in first and "Point 14:" in last
    signers = ("Mentor: Nguyễn Thị Minh Khai", "Mentee: Ana Beltrán", "Coordinator: Dana")
    for signer in (*signers, "By signing below", "Parent or guardian of Ana Beltrán"):
        assert signer in last
        assert signer not in first
    assert last.count("Date") >= 4
    # The last clause went with them: the signatures never stand alone on a page.
    assert last.index("Ending the partnership") < last.index("By signing below")


def test_each_agreement_in_a_batch_is_numbered_on_its_own(db: Database) -> None:
    program = make_program(db, agreement_expectations=LONG_TERM)
    short = make_program(db, "Short Program")
    add_pair(db, program, *NAMES[0])
    add_pair(db, program, *NAMES[1])
    pages = pages_text(agreements_pdf(db, program))
    assert footers(pages) == ["Page 1 of 2", "Page 2 of 2"] * 2
    assert all("José Núñez and Zoë Müller" in p for p in pages[:2])
    assert all("Søren Ødegård and Łukasz Wiśniewski" in p for p in pages[2:])
    add_pair(db, short, *NAMES[3], goals=("Find a mentor's view on a career change",))
    assert footers(pages_text(agreements_pdf(db, short))) == ["Page 1 of 1"]


def test_the_pairs_own_goals_or_lines_to_write_them(db: Database, program: int) -> None:
    add_pair(db, program, *NAMES[0], goals=("Lead a project", "Present at the all-hands"))
    add_pair(db, program, *NAMES[1])
    with_goals, without = agreements(pages_text(agreements_pdf(db, program)))
    assert "• Lead a project • Present at the all-hands" in with_goals
    assert "Write down the goals you agree on together" in without


def test_only_active_pairs_by_default_and_any_pair_by_id(db: Database, program: int) -> None:
    active = add_pair(db, program, *NAMES[0])
    proposed = add_pair(db, program, *NAMES[1], status=PairStatus.PROPOSED, started_on=None)
    assert len(agreements(pages_text(agreements_pdf(db, program)))) == 1
    pages = agreements(pages_text(agreements_pdf(db, program, [proposed, active])))
    assert NAMES[1][0] in pages[0] and NAMES[0][0] in pages[1]
    # A pair with no start date starts when it is signed.
    assert "from the date this agreement is signed" in pages[0]


def test_a_pair_of_another_program_is_not_found(db: Database, program: int) -> None:
    other = make_program(db, "Other Program")
    stranger = add_pair(db, other, *NAMES[3])
    with pytest.raises(NotFound):
        agreements_pdf(db, program, [stranger])


def test_nothing_to_print_is_said_plainly(db: Database, program: int) -> None:
    with pytest.raises(NothingToPrint, match="no active pairs"):
        agreements_pdf(db, program)


def test_letter_paper_and_a_logo(db: Database, program: int, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (47, 102, 144)).save(logo)
    add_pair(db, program, *NAMES[0])
    pdf = agreements_pdf(db, program, logo=logo, paper=Paper.LETTER)
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert any(
        x.get_object()["/Subtype"] == "/Image" for x in page["/Resources"]["/XObject"].values()
    )
    (tmp_path / "not-a-picture.png").write_text("hello")
    with pytest.raises(LogoUnreadable):
        agreements_pdf(db, program, logo=tmp_path / "not-a-picture.png")


def test_progress_is_reported_and_cancel_stops_before_anything_is_written(
    db: Database, program: int, out: Path
) -> None:
    for n in range(6):
        add_pair(db, program, f"Mentor {n}", f"Mentee {n}")
    progress = Progress()
    agreements_pdf(db, program, progress=progress)
    assert progress.snapshot()[:2] == (6, 6)
    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        save_agreements(db, program, out / "agreements.pdf", progress=cancelled)
    assert list(out.iterdir()) == []


# -- saving ---------------------------------------------------------------------------


def test_save_one_file_refuses_to_overwrite_unless_told(
    db: Database, program: int, out: Path
) -> None:
    add_pair(db, program, *NAMES[0])
    target = out / "agreements.pdf"
    target.write_bytes(b"my own file")
    with pytest.raises(output_files.OutputExists):
        save_agreements(db, program, target)
    assert target.read_bytes() == b"my own file"
    [written] = save_agreements(db, program, target, overwrite=True)
    assert written == target and target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == ["agreements.pdf"]


def test_save_one_file_per_pair_into_a_folder(db: Database, program: int, tmp_path: Path) -> None:
    ids = [add_pair(db, program, m, e) for m, e in NAMES[:2]]
    ids.append(add_pair(db, program, 'Ana "A/B" Díaz', "Bo: Chen?"))
    folder = tmp_path / "agreements"
    written = save_agreements(db, program, folder, split=True)
    pairs = load_pairs(db, program)
    assert [p.name for p in written] == [split_name(p) for p in pairs]
    assert written[0].name == f"Agreement {ids[0]} - José Núñez and Zoë Müller.pdf"
    assert written[2].name == f"Agreement {ids[2]} - Ana A B Díaz and Bo Chen.pdf"
    for path, pair in zip(written, pairs, strict=True):
        [page] = agreements(pages_text(path.read_bytes()))
        assert pair.mentor.name in page and pair.mentee.name in page
    written[0].write_bytes(b"signed copy")
    with pytest.raises(output_files.OutputsExist):
        save_agreements(db, program, folder, split=True)
    assert written[0].read_bytes() == b"signed copy"


def test_a_locked_target_is_a_plain_message_and_leaves_it_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "agreements.pdf"
    target.write_bytes(b"open in a viewer")

    def held(src: object, dst: object) -> None:
        # What Windows says when a PDF viewer holds the file open.
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(output_files.OutputLocked) as caught:
        output_files.write_file(target, b"%PDF-new", overwrite=True)
    assert "open in another program" in caught.value.message
    assert target.read_bytes() == b"open in a viewer"
    assert [p.name for p in tmp_path.iterdir()] == ["agreements.pdf"]  # no temporary left


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_that_cannot_be_written_to(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(NoPermission):
            output_files.write_file(folder / "a.pdf", b"%PDF")
    finally:
        folder.chmod(0o700)


def test_a_folder_as_target_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a folder.pdf").mkdir()
    with pytest.raises(output_files.OutputIsFolder):
        output_files.write_file(tmp_path / "a folder.pdf", b"%PDF")
    with pytest.raises(output_files.OutputFolderMissing):
        output_files.write_file(tmp_path / "nowhere" / "a.pdf", b"%PDF")
    with pytest.raises(output_files.OutputFolderMissing):
        output_files.check_targets([tmp_path / "nowhere" / "a.pdf"], overwrite=False)


def test_safe_file_names_keep_accents_and_drop_what_windows_refuses() -> None:
    assert output_files.safe_file_name("Søren / Ødegård: <1>") == "Søren Ødegård 1.pdf"
    assert output_files.safe_file_name("CON") == "document CON.pdf"
    assert output_files.safe_file_name("  ...  ") == "document.pdf"


# -- the signed date ------------------------------------------------------------------


def test_mark_signed_records_the_date_and_the_history(db: Database, program: int) -> None:
    pair_id = add_pair(db, program, *NAMES[0])
    signed = date.today() - timedelta(days=2)
    assert mark_signed(db, pair_id, signed) is None
    [row] = [p for p in list_pairs(db, program) if p.id == pair_id]
    assert row.agreement_signed_on == signed
    with db.reading() as session:
        record = (
            session.query(ChangeRecord)
            .filter_by(entity="pair", entity_id=pair_id, action="agreement_signed")
            .one()
        )
        assert record.details == {"on": signed.isoformat(), "before": None}
        assert record.program_id == program
    # Undo is the same call with the date it had before.
    assert mark_signed(db, pair_id, None) == signed
    with db.reading() as session:
        assert session.get(Pair, pair_id).agreement_signed_on is None  # type: ignore[union-attr]


def test_a_date_in_the_future_is_refused_and_nothing_changes(db: Database, program: int) -> None:
    first = add_pair(db, program, *NAMES[0])
    second = add_pair(db, program, *NAMES[1])
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(SignedInFuture):
        mark_signed_many(db, {first: date.today(), second: tomorrow})
    assert all(p.agreement_signed_on is None for p in list_pairs(db, program))


def test_marking_several_pairs_is_one_transaction(db: Database, program: int) -> None:
    first = add_pair(db, program, *NAMES[0])
    with pytest.raises(NotFound):
        mark_signed_many(db, {first: date.today(), 999: date.today()})
    assert list_pairs(db, program)[0].agreement_signed_on is None


SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not here")
def test_pages_rendered_for_a_look(db: Database, tmp_path: Path) -> None:
    """Pictures of a one-page and a two-page agreement, to look at (screenshots/doc-*.png)."""
    short = make_program(db, "Spring Mentoring")
    add_pair(db, short, *NAMES[0], goals=("Speak up in team meetings", "Plan the next year"))
    long = make_program(
        db, "Youth Mentoring", template=ProgramTemplate.YOUTH, agreement_expectations=LONG_TERM
    )
    add_pair(db, long, *NAMES[2], goals=("Try out for the school team & <win>",))
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, program in (("doc-agreement", short), ("doc-agreement-long", long)):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(agreements_pdf(db, program))
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(pdf), str(SCREENSHOTS / name)], check=True
        )
    assert (SCREENSHOTS / "doc-agreement-1.png").is_file()
    assert (SCREENSHOTS / "doc-agreement-long-2.png").is_file()
