"""The Dashboard, driven as a coordinator drives it: numbers, next steps, and the two files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from evaluation_data import build_program, make_program
from openpyxl import load_workbook
from pdf_pages import page_texts
from pytestqt.qtbot import QtBot
from term_data import TODAY, build_term

from peerdesk.calendar.attention import attention_count
from peerdesk.database import create_database, open_or_create
from peerdesk.exports.summary_pdf import summary_pdf
from peerdesk.exports.workbook import export_workbook
from ui import operations
from ui.dashboard.screen import DashboardScreen
from ui.main_window import MainWindow
from ui.qt import QMessageBox, QPushButton, Qt

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        build_program(db)
    return path


def open_dashboard(
    qtbot: QtBot, launch: Launcher, path: Path
) -> tuple[MainWindow, DashboardScreen]:
    window = launch(path)
    window.resize(1280, 900)
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.data is not None, timeout=15000)
    operations.wait_idle(15)
    return window, screen


def confirm_box(qtbot: QtBot, screen: DashboardScreen) -> QMessageBox:
    """The "Replace the file?" question now on screen."""

    def visible() -> QMessageBox | None:
        boxes = [b for b in screen.findChildren(QMessageBox, "confirm") if b.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: visible() is not None)
    box = visible()
    assert box is not None
    return box


def shot(widget: object, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_the_cards_and_charts_show_the_program(
    qtbot: QtBot, launch: Launcher, program_file: Path
) -> None:
    window, screen = open_dashboard(qtbot, launch, program_file)
    assert window.nav.currentItem().text() == "Dashboard"
    assert screen.cards["participants"].value.text() == "24"
    assert screen.cards["participants"].detail.text() == (
        "Status today: 3 ready · 20 matched · 1 withdrawn"
    )
    assert screen.cards["matched"].title.text() == "Have been matched"
    assert screen.cards["matched"].value.text() == "87%"
    assert screen.cards["matched"].detail.text() == "20 of 23 people have been matched"
    assert screen.cards["active"].value.text() == "6"
    assert screen.cards["hours"].value.text() == "78"
    assert screen.cards["satisfaction"].value.text() == "4.0"
    assert screen.cards["completed"].value.text() == "3"
    assert screen.funnel.stages == [("Applied", 24), ("Ready", 23), ("Matched", 20),
                                    ("In a completed pair", 6)]  # fmt: skip
    assert screen.cards["meetings"].detail.text() == "80 held in all · 0 not logged yet"
    assert screen.per_month_box.note.text() == "89% of 90 logged meetings were held."
    assert screen.satisfaction.values == [0, 1, 1, 5, 3]
    assert screen.per_month.values[:4] == [20, 20, 20, 20]
    assert not screen.steps_box.isVisible()  # the program is well under way
    shot(screen, "dashboard-program")


def test_a_card_opens_its_screen(qtbot: QtBot, launch: Launcher, program_file: Path) -> None:
    window, screen = open_dashboard(qtbot, launch, program_file)
    card = screen.cards["active"]
    qtbot.mouseClick(card, LEFT, pos=card.rect().center())
    assert window.screens.currentWidget() is window.built_screens["pairs"]


def test_a_new_program_shows_its_next_steps_and_they_open_the_right_screen(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "New.peerdesk"
    with create_database(path) as db:
        make_program(db, "Autumn Mentoring")
    window, screen = open_dashboard(qtbot, launch, path)
    assert screen.steps_box.isVisible()
    rows = screen.step_rows
    assert not rows["setup"].button.isVisible()  # done
    assert rows["import"].button.isVisible() and rows["import"].button.text() == "Open People"
    assert rows["schedule"].button.isVisible()
    assert screen.cards["participants"].value.text() == "0"
    assert screen.cards["satisfaction"].value.text() == "–"
    shot(screen, "dashboard-new-program")
    qtbot.mouseClick(rows["import"].button, LEFT)
    assert window.screens.currentWidget() is window.built_screens["people"]
    window.show_screen("dashboard")
    qtbot.mouseClick(rows["match"].button, LEFT)
    assert window.screens.currentWidget() is window.built_screens["matching"]
    window.show_screen("dashboard")
    qtbot.mouseClick(rows["schedule"].button, LEFT)
    assert window.screens.currentWidget() is window.built_screens["calendar"]


def test_export_workbook_and_summary_asking_before_replacing(
    qtbot: QtBot, launch: Launcher, program_file: Path, tmp_path: Path
) -> None:
    _window, screen = open_dashboard(qtbot, launch, program_file)
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []

    def answer(title: str, suggested: Path, file_filter: str) -> Path:
        asked.append(suggested.name)
        return out / suggested.name

    screen.ask_save_file = answer  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.saved, timeout=30000) as saved:
        qtbot.mouseClick(screen.export_button, LEFT)
    workbook = saved.args[0]
    assert asked == ["Riverside Mentoring 2025.xlsx"]
    assert load_workbook(workbook).sheetnames[:3] == ["Program", "Figures", "Measures"]
    with qtbot.waitSignal(screen.saved, timeout=30000) as saved:
        qtbot.mouseClick(screen.summary_button, LEFT)
    summary = saved.args[0]
    assert summary.name == "Riverside Mentoring 2025 - summary.pdf"
    text = " ".join(pypdf.PdfReader(summary).pages[0].extract_text().split())
    assert "24 people took part" in text

    # Again: the file exists, so PeerDesk asks; Cancel keeps it as it was.
    before = workbook.read_bytes()
    workbook.write_bytes(b"kept")
    qtbot.mouseClick(screen.export_button, LEFT)
    box = confirm_box(qtbot, screen)
    assert "“Riverside Mentoring 2025.xlsx” already exists" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible())
    operations.wait_idle(15)
    assert workbook.read_bytes() == b"kept"
    qtbot.mouseClick(screen.export_button, LEFT)
    box = confirm_box(qtbot, screen)
    replace = next(b for b in box.findChildren(QPushButton) if b.text() == "Replace")
    with qtbot.waitSignal(screen.saved, timeout=30000):
        qtbot.mouseClick(replace, LEFT)
    assert workbook.read_bytes() != b"kept" and len(before) > 1000


@pytest.mark.parametrize("where", ["file", "server"])
def test_a_term_with_meetings_not_logged_shows_the_same_figures_as_the_files(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, where: str, request: pytest.FixtureRequest
) -> None:
    """The dashboard's screen says how many past meetings are not logged, and shows the
    same figures, rounded the same way, as the workbook and the PDF of the same program:
    in a file, and in a database on a server."""
    location: Path | str = tmp_path / "Term.peerdesk"
    if where == "server":
        location = request.getfixturevalue("pg_url")
    with open_or_create(location) as db:
        term = build_term(db)
        workbook = export_workbook(db, term.program_id, tmp_path / "term.xlsx", today=TODAY)
        pdf = " ".join(page_texts(summary_pdf(db, term.program_id, today=TODAY)))
        attention = attention_count(db, term.program_id, today=TODAY)
    sheet = {
        str(row[0].value): row[1].value
        for row in load_workbook(workbook)["Figures"].iter_rows(min_row=2)
    }
    window = launch(location)
    window.resize(1280, 900)
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    screen.today = lambda: TODAY  # type: ignore[method-assign]  # the test's clock
    screen.reload()
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.today == TODAY, timeout=15000)
    operations.wait_idle(15)
    cards = screen.cards
    unlogged = sheet["Past meetings not logged yet"]
    assert unlogged == 8 and "45 held · 8 not logged yet" in pdf
    assert cards["meetings"].detail.text() == f"45 held in all · {unlogged} not logged yet"
    assert cards["hours"].value.text() == "43.3" == str(sheet["Mentor hours"])
    assert "43.3 hours of mentoring" in pdf
    assert cards["hours"].detail.text() == f"from 45 held meetings · {unlogged} not logged yet"
    assert cards["satisfaction"].value.text() == "3.9" == str(sheet["Average satisfaction (1–5)"])
    assert cards["matched"].value.text() == "100%" and sheet["Have been matched (share)"] == 1
    assert cards["participants"].value.text() == str(sheet["People taking part"]) == "24"
    # Status today (3 whose status is "completed") and the funnel (6 people in a completed
    # pair) count different things, and say so.
    assert cards["participants"].detail.text() == "Status today: 5 ready · 16 matched · 3 completed"
    assert ("In a completed pair", 6) in screen.funnel.stages
    assert cards["active"].value.text() == str(sheet["Pairs active now"])
    assert cards["active"].detail.text() == "0 paused, 4 ended · 3 with meetings not logged yet"
    assert cards["completed"].value.text() == str(sheet["Pairs completed"]) == "3"
    assert cards["attention"].value.text() == str(attention)  # the calendar's own count
    note = screen.per_month_box.note.text()
    assert note.startswith("90% of 50 logged meetings were held.")
    assert "Past meetings not logged yet: 1 in January, 4 in February, 3 in March." in note
    assert "never as missed" in note
    shot(screen, "dashboard-term" if where == "file" else "dashboard-term-server")
