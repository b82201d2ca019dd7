"""The Pairs screen, driven as a coordinator drives it: find pairs, print and save their
agreements, mark them signed (and undo), introduce a pair, print certificates — and the
agreement editor in the program settings catching an unknown placeholder."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pypdf
import pytest
from documents_data import NAMES, add_pair, make_program
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.documents.agreements import agreements_pdf
from peerdesk.enums import PairOutcome, PairStatus
from peerdesk.program.programs import load_settings, taken_names
from ui import operations
from ui.main_window import MainWindow
from ui.pairs.model import Column, PairsModel, PairsProxy, make_rows
from ui.pairs.printing import PdfPages, paint_pages, prepare
from ui.pairs.screen import PairsScreen
from ui.qt import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPrinter,
    QPrintPreviewWidget,
    Qt,
    QUrl,
)
from ui.wizard import ProgramSettingsDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
Launcher = Callable[..., MainWindow]


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    """Four active pairs, a proposed one with markup in a name, and a completed one."""
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program = make_program(db)
        for mentor, mentee in NAMES:
            add_pair(db, program, mentor, mentee, goals=("Speak up in meetings",))
        add_pair(db, program, "Ana <Lupe> & Co", "Bob Marsh", status=PairStatus.PROPOSED)
        add_pair(
            db, program, "Ines Carvalho", "Tomás Silva", status=PairStatus.ENDED,
            outcome=PairOutcome.COMPLETED, ended_on=date(2025, 9, 1),
        )  # fmt: skip
    return path


def open_pairs(qtbot: QtBot, launch: Launcher, path: Path) -> tuple[MainWindow, PairsScreen]:
    window = launch(path)
    window.resize(1100, 700)
    screen = window.show_screen("pairs")
    assert isinstance(screen, PairsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 6, timeout=10000)
    operations.wait_idle(15)
    return window, screen


def select_rows(qtbot: QtBot, screen: PairsScreen, *names: str) -> None:
    """Click the rows whose mentor is named, Ctrl-clicking after the first."""
    table = screen.table
    for n, name in enumerate(names):
        row = next(
            r
            for r in range(screen.proxy.rowCount())
            if screen.proxy.index(r, Column.MENTOR).data() == name
        )
        rect = table.visualRect(screen.proxy.index(row, Column.MENTOR))
        qtbot.mouseClick(table.viewport(), LEFT, CTRL if n else Qt.KeyboardModifier.NoModifier,
                         rect.center())  # fmt: skip
    assert len(screen.selected_ids()) == len(names)


def shown(screen: PairsScreen) -> list[str]:
    return [screen.proxy.index(r, Column.MENTOR).data() for r in range(screen.proxy.rowCount())]


def query(path: Path, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def signed_dates(path: Path) -> dict[str, str | None]:
    rows = query(
        path,
        "SELECT s.full_name, p.agreement_signed_on FROM pair p JOIN participant m "
        "ON m.id = p.mentor_id JOIN person s ON s.id = m.person_id",
    )
    return dict(rows)


def pdf_pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def wait_preview(qtbot: QtBot, screen: PairsScreen) -> Any:
    qtbot.waitUntil(
        lambda: screen.preview is not None and screen.preview.isVisible(), timeout=20000
    )
    preview = screen.preview
    assert preview is not None
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=10000)
    return preview


def boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()]


# -- the table ---------------------------------------------------------------------------


def test_the_model_and_its_filter_pass_the_model_tester(qtmodeltester: Any, db: Any) -> None:
    from peerdesk.documents.pairs import list_pairs

    program = make_program(db)
    for mentor, mentee in NAMES:
        add_pair(db, program, mentor, mentee)
    add_pair(db, program, "Dana Ortiz", "Eli Park", status=PairStatus.PROPOSED)
    model = PairsModel()
    model.set_rows(make_rows(list_pairs(db, program)))
    qtmodeltester.check(model)
    proxy = PairsProxy(model)
    proxy.set_search("lukasz")  # accents and case ignored: "Łukasz"
    proxy.sort(Column.MENTEE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, Column.MENTEE).data() for r in range(proxy.rowCount())] == [
        "Łukasz Wiśniewski"
    ]
    proxy.set_search("")
    proxy.set_status(PairStatus.PROPOSED.value)
    assert proxy.rowCount() == 1 and proxy.index(0, Column.STATUS).data() == "Proposed"


def test_search_and_status_filter_as_typed(
    qtbot: QtBot, launch: Launcher, program_file: Path
) -> None:
    window, screen = open_pairs(qtbot, launch, program_file)
    assert screen.count.text() == "6 pairs"
    assert "Ana <Lupe> & Co" in shown(screen)
    qtbot.keyClicks(screen.search, "nunez")
    assert shown(screen) == ["José Núñez"]
    assert screen.count.text() == "1 of 6 pairs"
    screen.search.clear()
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("Completed"))
    assert shown(screen) == ["Ines Carvalho"]
    assert screen.proxy.index(0, Column.STATUS).data() == "Completed"
    screen.status_filter.setCurrentIndex(0)
    screen.table.sortByColumn(Column.MENTOR, Qt.SortOrder.AscendingOrder)
    assert shown(screen)[:2] == ["Ana <Lupe> & Co", "Chidi Okafor"]
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "pairs-screen.png"))


# -- printing ------------------------------------------------------------------------------


def test_print_every_active_pair_previews_then_prints_every_page(
    qtbot: QtBot, launch: Launcher, program_file: Path, db_path: Path, tmp_path: Path
) -> None:
    _window, screen = open_pairs(qtbot, launch, program_file)
    assert "all 4 active pairs" in screen.scope.text()
    qtbot.mouseClick(screen.print_button, LEFT)
    preview = wait_preview(qtbot, screen)
    expected = 4  # four one-page agreements
    assert preview.findChild(QPrintPreviewWidget).pageCount() == expected
    assert preview.painted == expected
    preview.grab().save(str(SCREENSHOTS / "pairs-print-preview.png"))
    # What the preview's Print button sends after the system print dialog: here a PDF printer.
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(100)
    preview.paintRequested.emit(printer)
    assert pdf_pages(out.read_bytes()) == expected
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert text == ""  # pages go to the printer as pictures of the PDF's pages
    preview.close()


def test_printing_to_a_pdf_printer_gives_every_page_and_keeps_a_range(
    qtbot: QtBot, db: Any, tmp_path: Path
) -> None:
    program = make_program(db, agreement_expectations="Long words. " * 400)
    for mentor, mentee in NAMES[:3]:
        add_pair(db, program, mentor, mentee)
    data = agreements_pdf(db, program)
    expected = pdf_pages(data)
    assert expected > 3
    pages = PdfPages(data)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    prepare(printer, pages)
    seen: list[tuple[int, int]] = []
    assert (
        paint_pages(printer, pages, dpi=72, on_page=lambda d, t: seen.append((d, t)) or True)
        == expected
    )
    assert pdf_pages(out.read_bytes()) == expected
    assert seen[-1] == (expected - 1, expected)
    page = pypdf.PdfReader(out).pages[0]
    assert abs(float(page.mediabox.width) - 595) < 2  # A4, as the PDF
    ranged = tmp_path / "range.pdf"
    printer.setOutputFileName(str(ranged))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert paint_pages(printer, pages, dpi=72) == 2
    assert pdf_pages(ranged.read_bytes()) == 2
    pages.close()


def test_print_the_selected_pair_only(qtbot: QtBot, launch: Launcher, program_file: Path) -> None:
    _window, screen = open_pairs(qtbot, launch, program_file)
    select_rows(qtbot, screen, "Ana <Lupe> & Co")
    assert "1 selected pair" in screen.scope.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_P, CTRL)
    preview = wait_preview(qtbot, screen)
    # Its agreement has no goals yet, so it leaves lines to write them: still one page.
    assert preview.findChild(QPrintPreviewWidget).pageCount() == 1
    preview.close()


# -- saving --------------------------------------------------------------------------------


def test_save_as_one_pdf_and_ask_before_replacing(
    qtbot: QtBot, launch: Launcher, program_file: Path, tmp_path: Path
) -> None:
    window, screen = open_pairs(qtbot, launch, program_file)
    out = tmp_path / "out" / "agreements.pdf"
    out.parent.mkdir()
    asked: list[Path] = []
    screen.ask_save_file = lambda title, suggested: asked.append(suggested) or out  # type: ignore[method-assign]
    select_rows(qtbot, screen, "José Núñez", "Søren Ødegård")
    with qtbot.waitSignal(screen.saved, timeout=20000) as saved:
        qtbot.mouseClick(screen.save_button, LEFT)
    assert saved.args == [[out]]
    assert asked[0].name == "Agreements - Spring Mentoring.pdf"
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "José Núñez" in text and "Łukasz Wiśniewski" in text and "Chidi" not in text
    # A second save finds the file: it asks, and Cancel leaves the file as it is.
    out.write_bytes(b"signed copy")
    qtbot.mouseClick(screen.save_button, LEFT)
    qtbot.waitUntil(lambda: len(boxes(window, "confirm")) == 1)
    box = boxes(window, "confirm")[0]
    assert "already exists" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    operations.wait_idle(15)
    assert out.read_bytes() == b"signed copy"
    qtbot.mouseClick(screen.save_button, LEFT)
    qtbot.waitUntil(lambda: len(boxes(window, "confirm")) == 1)
    box = boxes(window, "confirm")[0]
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    with qtbot.waitSignal(screen.saved, timeout=20000):
        qtbot.mouseClick(replace, LEFT)
    assert out.read_bytes().startswith(b"%PDF")


def test_save_one_pdf_per_pair_into_a_folder(
    qtbot: QtBot, launch: Launcher, program_file: Path, tmp_path: Path
) -> None:
    _window, screen = open_pairs(qtbot, launch, program_file)
    folder = tmp_path / "agreements"
    folder.mkdir()
    screen.ask_folder = lambda title, start: folder  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.saved, timeout=30000) as saved:
        screen.save_split_action.trigger()
    written = saved.args[0]
    assert len(written) == 4
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    assert any(p.name.endswith("José Núñez and Zoë Müller.pdf") for p in written)


# -- signing, introducing ------------------------------------------------------------------


def test_mark_signed_then_undo_and_redo(qtbot: QtBot, launch: Launcher, program_file: Path) -> None:
    window, screen = open_pairs(qtbot, launch, program_file)
    select_rows(qtbot, screen, "Chidi Okafor", "José Núñez")
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.signed_action), LEFT)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    dialog = screen.dialog
    assert dialog.date.maximumDate() == dialog.date.date()  # today, and never later
    dialog.date.setDate(dialog.date.date().addDays(-3))
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    three_days_ago = (date.today() - timedelta(days=3)).isoformat()
    dates = signed_dates(program_file)
    assert dates["Chidi Okafor"] == dates["José Núñez"] == three_days_ago
    assert dates["Søren Ødegård"] is None
    row = next(r for r in range(screen.proxy.rowCount()) if shown(screen)[r] == "José Núñez")
    assert screen.proxy.index(row, Column.SIGNED).data() != "Not yet"
    assert window.undo_action.text() == "&Undo Mark 2 agreements signed"
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        window.undo_action.trigger()
    assert signed_dates(program_file)["José Núñez"] is None
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        window.redo_action.trigger()
    assert signed_dates(program_file)["José Núñez"] == three_days_ago


def test_introduce_opens_a_mailto_link_to_both(
    qtbot: QtBot, launch: Launcher, program_file: Path
) -> None:
    _window, screen = open_pairs(qtbot, launch, program_file)
    opened: list[QUrl] = []
    screen.open_url = lambda url: opened.append(url) or True  # type: ignore[method-assign]
    assert not screen.introduce_action.isEnabled()
    select_rows(qtbot, screen, "José Núñez")
    qtbot.mouseClick(screen.toolbar.widgetForAction(screen.introduce_action), LEFT)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    dialog = screen.dialog
    assert dialog.to.text() == "To: jos.nez@example.org, zo.mller@example.org"
    assert dialog.preview.toPlainText().startswith("Dear José and Zoë,")
    # A misspelt placeholder is named under the field, and the mail can't be opened.
    dialog.subject.setFocus()
    dialog.subject.end(False)
    qtbot.keyClicks(dialog.subject, " {mentee_frist_name}")
    error = dialog.findChild(QLabel, "error_subject")
    assert error.isVisible() and "Unknown placeholder {mentee_frist_name}" in error.text()
    assert not dialog.open_button.isEnabled()
    for _ in " {mentee_frist_name}":
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.subject, " with {mentee_first_name}")
    assert not error.isVisible() and dialog.open_button.isEnabled()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "pairs-introduce.png"))
    qtbot.mouseClick(dialog.open_button, LEFT)
    qtbot.waitUntil(lambda: len(opened) == 1)
    parts = urlsplit(opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto"
    assert [unquote(a) for a in parts.path.split(",")] == [
        "jos.nez@example.org",
        "zo.mller@example.org",
    ]
    fields = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert fields["subject"] == "Spring Mentoring: meet your mentoring partner with Zoë"
    assert "José Núñez (mentor): jos.nez@example.org" in fields["body"]
    # The edited template is remembered for the next introduction.
    from ui.pairs.dialogs import saved_template

    assert saved_template().subject.endswith("with {mentee_first_name}")


# -- certificates --------------------------------------------------------------------------


def test_certificates_for_the_completed_pair(
    qtbot: QtBot, launch: Launcher, program_file: Path, tmp_path: Path
) -> None:
    _window, screen = open_pairs(qtbot, launch, program_file)
    assert screen.certificates_action.isEnabled()
    screen.certificates_print_action.trigger()
    preview = wait_preview(qtbot, screen)
    assert preview.findChild(QPrintPreviewWidget).pageCount() == 2  # mentor and mentee
    preview.close()
    out = tmp_path / "certificates.pdf"
    screen.ask_save_file = lambda title, suggested: out  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.saved, timeout=20000):
        screen.certificates_save_action.trigger()
    texts = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages]
    assert "Ines Carvalho has completed Spring Mentoring as a mentor" in texts[0]
    assert "Tomás Silva has completed Spring Mentoring as a mentee" in texts[1]


# -- the agreement terms editor ------------------------------------------------------------


def test_the_agreement_editor_catches_an_unknown_placeholder(qtbot: QtBot, db: Any) -> None:
    program = make_program(db)
    dialog = ProgramSettingsDialog(load_settings(db, program), taken_names(db, excluding=program))
    qtbot.addWidget(dialog)
    dialog.show()
    bar = dialog.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Agreement")
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    editor = dialog.findChild(QPlainTextEdit, "agreement_confidentiality")
    dialog.agreement.terms.setCurrentIndex(1)
    qtbot.mouseClick(editor.viewport(), LEFT)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Ask {coordinatr_name}.")
    label = dialog.findChild(QLabel, "error_agreement_confidentiality")
    assert label.isVisible()
    assert label.text().startswith("Unknown placeholder {coordinatr_name}. Known ones:")
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "pairs-agreement-editor.png"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.isVisible() and dialog.result() == 0  # not accepted: nothing printed wrong
    for _ in "coordinatr_name}.":
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "coordinator_name}.")
    assert not label.isVisible()


def test_a_logo_chosen_once_is_printed_on_every_agreement(
    qtbot: QtBot, launch: Launcher, program_file: Path, tmp_path: Path
) -> None:
    from PIL import Image

    window, screen = open_pairs(qtbot, launch, program_file)
    assert screen.logo() is None and not screen.no_logo_action.isEnabled()
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("not a picture")
    screen.ask_picture = lambda title, start: not_a_picture  # type: ignore[method-assign]
    screen.logo_action.trigger()
    qtbot.waitUntil(lambda: len(boxes(window, "userError")) == 1)
    assert "could not be used" in boxes(window, "userError")[0].text()
    assert screen.logo() is None
    picture = tmp_path / "riverside.png"
    Image.new("RGB", (240, 80), (47, 102, 144)).save(picture)
    screen.ask_picture = lambda title, start: picture  # type: ignore[method-assign]
    screen.logo_action.trigger()
    qtbot.waitUntil(lambda: screen.logo() == picture)
    assert screen.no_logo_action.isEnabled()
    out = tmp_path / "agreements.pdf"
    screen.ask_save_file = lambda title, suggested: out  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.saved, timeout=20000):
        screen.save_one_action.trigger()
    for page in pypdf.PdfReader(out).pages:
        images = [x.get_object()["/Subtype"] for x in page["/Resources"]["/XObject"].values()]
        assert images == ["/Image"]
    screen.no_logo_action.trigger()
    assert screen.logo() is None
