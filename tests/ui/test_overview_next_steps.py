"""The Overview a new program lands on shows its next steps, ticking only what is done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.enums import ProgramTemplate
from peerdesk.program import programs
from ui import operations
from ui.main_window import MainWindow
from ui.program_overview import ProgramOverview
from ui.qt import QApplication, QDialog, Qt

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]


def new_program_file(path: Path) -> None:
    """A program as Finish on the wizard's first page makes it: no dates yet."""
    with create_database(path) as db:
        settings = programs.quick_settings("Autumn Buddies", ProgramTemplate.WORKPLACE)
        programs.create_program(db, replace(settings, start_date=None, end_date=None))


def test_the_overview_shows_the_next_steps_and_they_open_their_screen(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "New.peerdesk"
    new_program_file(path)
    window = launch(path)
    window.resize(1280, 720)
    overview = window.show_screen("overview")
    assert isinstance(overview, ProgramOverview)
    box = overview.next_steps
    qtbot.waitUntil(box.isVisible)
    setup = box.rows["setup"]
    assert not setup.done  # no dates were set: not ticked
    assert setup.text.text() == "Set up the program: set its start and end dates"
    assert setup.button.isVisible() and setup.button.text() == "Edit settings…"
    assert [row.done for row in box.rows.values()] == [False] * 6
    assert box.rows["import"].button.text() == "Open People"
    QApplication.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "overview-next-steps.png"))

    # The Dashboard shows the same checklist, worded and ticked the same.
    dashboard: Any = window.show_screen("dashboard")
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10000)
    shown = [(r.text.text(), r.done) for r in dashboard.steps_box.rows.values()]
    assert shown == [(r.text.text(), r.done) for r in box.rows.values()]
    assert dashboard.steps_box.isVisible()
    window.show_screen("overview")

    qtbot.mouseClick(box.rows["import"].button, LEFT)
    assert window.screens.currentWidget() is window.built_screens["people"]
    window.show_screen("overview")
    qtbot.mouseClick(box.rows["match"].button, LEFT)
    assert window.screens.currentWidget() is window.built_screens["matching"]
    window.show_screen("overview")
    qtbot.mouseClick(setup.button, LEFT)  # the program's settings open
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    assert isinstance(dialog, QDialog)
    dialog.reject()
    operations.wait_idle(15)
