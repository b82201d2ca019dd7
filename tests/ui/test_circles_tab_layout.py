"""The Pairs screen's Circles tab at 1280×720: every action within reach, every circle in view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from evaluation_data import add_person, make_program
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.enums import Role
from peerdesk.groups.circles import create_circle
from ui import operations
from ui.main_window import MainWindow
from ui.pairs.screen import PairsScreen
from ui.qt import QApplication, Qt

Launcher = Callable[..., MainWindow]
LEFT = Qt.MouseButton.LeftButton


def test_twenty_circles_and_every_action_show_at_1280_by_720(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "Circles.peerdesk"
    with create_database(path) as db:
        program_id = make_program(db, "Circle Mentoring")
        for c in range(20):
            mentor = add_person(db, program_id, 10 * c, Role.MENTOR)
            mentees = [add_person(db, program_id, 10 * c + n, Role.MENTEE) for n in range(1, 6)]
            create_circle(db, program_id, f"Circle {c + 1}", [mentor], mentees)
    window = launch(path)
    window.resize(1280, 720)
    screen = window.show_screen("pairs")
    assert isinstance(screen, PairsScreen)
    operations.wait_idle(20)
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    panel = screen.circles
    qtbot.waitUntil(lambda: panel.model.rowCount() == 20, timeout=15000)
    operations.wait_idle(20)
    for _ in range(3):
        QApplication.processEvents()
    table = panel.table
    table.selectRow(0)
    QApplication.processEvents()
    window.grab().save("/tmp/g6/circles-tab-1280.png")
    hidden = [
        a.text()
        for a in panel.toolbar.actions()
        if not a.isSeparator()
        and (panel.toolbar.widgetForAction(a) is None
             or not panel.toolbar.widgetForAction(a).isVisible())
    ]  # fmt: skip
    last = table.visualRect(panel.proxy.index(19, 0))
    assert not hidden
    assert table.viewport().rect().contains(last)  # all 20 circles, none behind a scroll bar
    assert panel.people.isVisible() and panel.people.height() >= 3 * panel.fontMetrics().height()
    # The rarer actions are in the More menu; a button that opens a dialog says so with "…".
    assert [a.objectName() for a in panel.more_menu.actions()] == [
        "save_circle", "pause_circle", "circle_checkins"
    ]  # fmt: skip
    words = {
        a.objectName(): panel.toolbar.widgetForAction(a).text()
        for a in panel.toolbar.actions()
        if a.text()
    }
    assert words["print_circle"] == "Print group agreement…"
    assert words["rename_circle"] == "Rename…"
    assert words["add_to_circle"] == "Add people…"
