"""The schedule dialog: one meeting for every active pair, planned, shown, then saved."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from calendar_data import add_pairs, make_program
from pytestqt.qtbot import QtBot
from window_driver import WindowDriver

from peerdesk.calendar import zones
from peerdesk.calendar.conflicts import find_conflicts
from peerdesk.database import create_database
from ui import operations
from ui.calendar.schedule_dialog import ScheduleDialog
from ui.calendar.screen import CalendarScreen
from ui.main_window import MainWindow
from ui.qt import Qt, QTime

SHOTS = Path("/tmp/schedule_shots")
LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]
# Ten pairs: a mentor of three, a mentor of two, and five mentors of one.
MENTOR_OF = {1: 0, 2: 0, 4: 3}


def today() -> date:
    return zones.today_in()


class Desk(WindowDriver):
    screen: CalendarScreen

    def __init__(self, qtbot: QtBot, window: MainWindow, path: Path, ids: dict[str, Any]) -> None:
        super().__init__(qtbot, window, path, ids, "calendar", CalendarScreen)

    def open_schedule(self) -> ScheduleDialog:
        button = self.screen.toolbar.widgetForAction(self.screen.schedule_action)
        self.qtbot.mouseClick(button, LEFT)
        self.settle()
        self.qtbot.waitUntil(
            lambda: (
                isinstance(self.screen.dialog, ScheduleDialog) and self.screen.dialog.isVisible()
            )
        )
        dialog: ScheduleDialog = self.screen.dialog
        return dialog

    def wait_for_plan(self, dialog: ScheduleDialog) -> None:
        self.qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
        self.settle()


@pytest.fixture
def desk(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "first meetings.peerdesk"
    with create_database(path) as db:
        program_id = make_program(
            db, start=today() - timedelta(days=7), end=today() + timedelta(days=120)
        )
        pairs = add_pairs(db, program_id, 10, started=today(), mentor_of=MENTOR_OF)
    window = launch(path)
    window.resize(1280, 720)
    yield Desk(qtbot, window, path, {"program": program_id, "pairs": pairs})
    operations.wait_idle(20)


def pair_meetings(path: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.execute("SELECT pair_id, status FROM meeting WHERE kind = 'pair'"))
    finally:
        conn.close()


def double_booked(window: MainWindow) -> list[object]:
    assert window.db is not None
    with window.db.reading() as session:
        return list(find_conflicts(session))


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_once_for_every_active_pair_shows_the_plan_then_saves_it(desk: Desk) -> None:
    dialog = desk.open_schedule()
    assert dialog.all_pairs.isChecked() and dialog.all_pairs.isEnabled()
    desk.qtbot.mouseClick(dialog.once, LEFT)
    assert dialog.all_pairs.isEnabled()  # "Once" no longer greys out every active pair
    assert dialog.latest.isVisible() and not dialog.last.isVisible()
    dialog.first.setDate(dialog.first.date().addDays(1))  # tomorrow: 17:00 is still to come
    desk.wait_for_plan(dialog)
    assert pair_meetings(desk.path) == []  # shown before anything is saved
    text = dialog.plan_text.text()
    assert "10 meetings for 10 pairs." in text
    assert "3 pairs meet at another time or day than asked" in text
    assert "Nobody is in two meetings at once." in text
    assert not dialog.clash_text.isVisible()
    assert dialog.ok.text() == "Schedule 10 meetings" and dialog.ok.isEnabled()
    shot(dialog, "schedule_once_every_pair.png")

    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    meetings = pair_meetings(desk.path)
    assert sorted(pair for pair, _status in meetings) == sorted(desk.ids["pairs"])
    assert double_booked(desk.window) == []
    desk.undo()  # the whole plan is one step
    assert pair_meetings(desk.path) == []
    desk.redo()
    assert len(pair_meetings(desk.path)) == 10


def test_unavoidable_clashes_are_named_per_person_before_saving(desk: Desk) -> None:
    dialog = desk.open_schedule()
    desk.qtbot.mouseClick(dialog.once, LEFT)
    dialog.first.setDate(dialog.first.date().addDays(1))
    dialog.latest.setDate(dialog.first.date())  # one evening only
    dialog.time.setTime(QTime(20, 0))  # and one slot left in it
    desk.qtbot.mouseClick(dialog.ok, LEFT)  # plans; does not save a plan with clashes
    desk.wait_for_plan(dialog)
    assert dialog.clash_text.isVisible()
    assert pair_meetings(desk.path) == []
    lines = dialog.clash_text.text().splitlines()
    assert lines[1].endswith(": 2 clashes") and lines[2].endswith(": 1 clash")
    shot(dialog, "schedule_clashes.png")
    desk.qtbot.mouseClick(dialog.ok, LEFT)  # the coordinator has seen them and goes ahead
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.screen.dialog is None)
    assert len(pair_meetings(desk.path)) == 10
    assert "two meetings at once" in desk.screen.notice.text()


def test_typing_a_date_keeps_it_and_leaves_the_chosen_weekday_alone(desk: Desk) -> None:
    dialog = desk.open_schedule()
    weekday = dialog.weekday
    weekday.setFocus()
    start = weekday.currentIndex()
    desk.qtbot.keyClick(weekday, Qt.Key.Key_Down)  # the user picks the next weekday
    chosen = weekday.currentIndex()
    assert chosen == (start + 1) % 7 or start == 6
    first = dialog.first
    first.setFocus()
    first.selectAll()
    desk.qtbot.keyClicks(first, "15")
    desk.qtbot.keyClick(first, Qt.Key.Key_Tab)
    shown = first.date()
    assert shown.day() == 15 and shown.month() == first.date().month()
    assert weekday.currentIndex() == chosen  # typing a date never changed the weekday


def test_the_selected_pairs_from_the_pairs_screen(desk: Desk) -> None:
    from ui.pairs.model import Column
    from ui.pairs.screen import PairsScreen

    screen = desk.window.show_screen("pairs")
    assert isinstance(screen, PairsScreen)
    desk.qtbot.waitUntil(lambda: screen.model.rowCount() == 10, timeout=10000)
    desk.settle()
    table = screen.table
    for n in range(3):  # the first three rows, Ctrl-clicked after the first
        rect = table.visualRect(screen.proxy.index(n, Column.MENTEE))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        desk.qtbot.mouseClick(table.viewport(), LEFT, modifier, rect.center())
    chosen = screen.selected_ids()
    assert len(chosen) == 3
    button = screen.toolbar.widgetForAction(screen.schedule_action)
    assert button is not None and button.isEnabled()
    desk.qtbot.mouseClick(button, LEFT)
    desk.qtbot.waitUntil(lambda: isinstance(screen.dialog, ScheduleDialog))
    dialog: ScheduleDialog = screen.dialog
    assert dialog.some_pairs.isChecked() and dialog.some_pairs.text() == "The 3 chosen pairs"
    desk.qtbot.mouseClick(dialog.once, LEFT)
    desk.wait_for_plan(dialog)
    assert "3 meetings for 3 pairs." in dialog.plan_text.text()
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    desk.qtbot.waitUntil(lambda: len(pair_meetings(desk.path)) == 3)
    assert sorted(pair for pair, _status in pair_meetings(desk.path)) == sorted(chosen)
    shot(screen, "pairs_screen_schedule.png")
