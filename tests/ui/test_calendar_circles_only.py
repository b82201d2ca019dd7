"""The calendar of a program that matches only in circles speaks of what exists: no pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from evaluation_data import add_person, make_program
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.enums import Role
from peerdesk.groups.circles import create_circle
from ui import operations
from ui.calendar.screen import CalendarScreen
from ui.main_window import MainWindow
from ui.qt import QApplication

Launcher = Callable[..., MainWindow]


def test_no_pair_filter_and_no_word_of_pairs_without_pairs(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "Circles.peerdesk"
    with create_database(path) as db:
        program_id = make_program(db, "Circle Mentoring")
        mentor = add_person(db, program_id, 0, Role.MENTOR)
        mentees = [add_person(db, program_id, n, Role.MENTEE) for n in range(1, 5)]
        create_circle(db, program_id, "Monday circle", [mentor], mentees)
    window = launch(path)
    window.resize(1280, 720)
    screen = window.show_screen("calendar")
    assert isinstance(screen, CalendarScreen)
    operations.wait_idle(20)
    qtbot.waitUntil(lambda: screen.context is not None)
    QApplication.processEvents()
    assert not screen.pair_filter.isVisible() and not screen.pair_label.isVisible()
    assert screen.person_filter.isVisible()
    empty = screen.attention.empty
    assert empty.text() == "Nothing needs attention. No meetings are waiting to be logged."
    assert "pair" not in empty.text()
    window.grab().save("/tmp/g6/calendar-circles-only.png")
    # A toolbar button that opens a dialog ends in "…", as its menu entry does.
    button = screen.toolbar.widgetForAction(screen.new_session_action)
    assert button is not None and button.text() == "New session…"
    screen.new_session_action.setText("Plan")  # a text without "…" gets Qt's own words again
    assert button.text() == "Plan"
