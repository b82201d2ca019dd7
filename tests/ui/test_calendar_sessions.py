"""Group sessions on the Calendar screen, driven as a coordinator drives them.

New session… is clicked, the form typed into and ticked; the session must then be
in the file (read back with sqlite3), on the month grid and in the agenda, and
Ctrl+Z must take it away again. Sessions are changed, cancelled and deleted from
their right-click menu, the kinds list is edited, and a sign-in sheet is written
and read back with pypdf.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from calendar_data import add_pairs, make_program, person_name
from pytestqt.qtbot import QtBot
from window_driver import WindowDriver

from peerdesk.calendar import zones
from peerdesk.database import create_database
from peerdesk.groups.sessions import SessionPlan, create_sessions
from ui import operations
from ui.calendar.screen import CalendarScreen
from ui.calendar.session_dialog import SessionDialog
from ui.calendar.session_rows import is_session
from ui.main_window import MainWindow
from ui.qt import QApplication, QMenu, QMessageBox, Qt, QWidget

SHOTS = Path("/tmp/g2")
LEFT = Qt.MouseButton.LeftButton
Launcher = Callable[..., MainWindow]


def today() -> date:
    return zones.today_in()


def make_file(path: Path) -> dict[str, Any]:
    """Three pairs (six people: Ana, Cy, Eli mentor Bo, Dee, Fay) and a training next week
    for all mentors; a pair meeting is not needed: sessions stand on their own."""
    from peerdesk.calendar.series import schedule_meeting

    tz = zones.local_zone_name()
    with create_database(path) as db:
        program_id = make_program(
            db, start=today() - timedelta(days=60), end=today() + timedelta(days=120)
        )
        pairs = add_pairs(db, program_id, 3, started=today() - timedelta(days=10))
        meeting = schedule_meeting(
            db, program_id, pairs[0], day=today() + timedelta(days=2), local_time=time(9, 0),
            length_minutes=60, timezone=tz,
        ).created[0]  # fmt: skip
        training = create_sessions(
            db,
            program_id,
            SessionPlan(
                kind="training", title="Mentor basics", day=today() + timedelta(days=2),
                local_time=time(18, 0), length_minutes=90, timezone=tz, invite="mentors",
                place="Room 4",
            ),
        ).created[0]  # fmt: skip
    return {"program": program_id, "pairs": pairs, "meeting": meeting, "training": training}


def rows(path: Path, sql: str, *args: Any) -> list[dict[str, Any]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args).fetchall()]
    finally:
        conn.close()


def sessions_in(path: Path) -> list[dict[str, Any]]:
    return rows(path, "SELECT * FROM group_session ORDER BY starts_at, id")


def invited_names(path: Path, session_id: int) -> list[str]:
    found = rows(
        path,
        "SELECT person.full_name AS name FROM session_attendance a "
        "JOIN participant ON participant.id = a.participant_id "
        "JOIN person ON person.id = participant.person_id WHERE a.session_id = ? "
        "ORDER BY person.full_name",
        session_id,
    )
    return [r["name"] for r in found]


def local_start(row: dict[str, Any]) -> datetime:
    return zones.to_local(datetime.fromisoformat(row["starts_at"]), row["timezone"])


class Desk(WindowDriver):
    screen: CalendarScreen

    def __init__(self, qtbot: QtBot, window: MainWindow, path: Path, ids: dict[str, Any]) -> None:
        super().__init__(qtbot, window, path, ids, "calendar", CalendarScreen)

    def press(self, action_name: str) -> None:
        button = self.screen.toolbar.widgetForAction(getattr(self.screen, action_name))
        assert button is not None and button.isEnabled()
        self.qtbot.mouseClick(button, LEFT)
        self.settle()

    def dialog(self, kind: type[QWidget]) -> Any:
        self.qtbot.waitUntil(
            lambda: isinstance(self.screen.dialog, kind) and self.screen.dialog.isVisible()
        )
        return self.screen.dialog

    def closed(self) -> None:
        self.settle()
        self.qtbot.waitUntil(lambda: self.screen.dialog is None)
        self.settle()

    def message_box(self) -> QMessageBox:
        found: list[QMessageBox] = []

        def visible() -> bool:
            found[:] = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ]
            return bool(found)

        self.qtbot.waitUntil(visible)
        return found[0]

    def click_box_button(self, text: str) -> None:
        box = self.message_box()
        button = next(b for b in box.buttons() if b.text() == text)
        self.qtbot.mouseClick(button, LEFT)
        self.settle()

    def session_menu(self, session_id: int, *, in_agenda: bool = False) -> QMenu:
        """Right-click the session's line on the month grid (or its agenda row)."""
        screen = self.screen
        if in_agenda:
            rect = screen.agenda.rect_of(session_id, session=True)
            assert rect is not None, "the session is not in the agenda"
            point, view = rect.center(), screen.agenda
        else:
            point = screen.month_view.line_point(session_id, session=True)
            assert point is not None, "the session is not on the month grid"
            view = screen.month_view
        from ui.qt import QContextMenuEvent

        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
        )
        QApplication.sendEvent(view.viewport(), event)
        self.qtbot.waitUntil(lambda: getattr(screen, "session_actions_menu", None) is not None)
        menu: QMenu = screen.session_actions_menu
        self.qtbot.waitUntil(menu.isVisible)
        return menu

    def choose(self, menu: QMenu, name: str) -> None:
        action = next(a for a in menu.actions() if a.objectName() == name)
        assert action.isEnabled()
        menu.setActiveAction(action)
        self.qtbot.keyClick(menu, Qt.Key.Key_Return)
        self.settle()


@pytest.fixture
def desk(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "sessions.peerdesk"
    ids = make_file(path)
    window = launch(path)
    window.resize(1400, 860)
    yield Desk(qtbot, window, path, ids)
    operations.wait_idle(20)


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def type_time(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Select the hour as a user does (Home, Shift+Right twice) and type "17:30"."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, text)


# -- creating -------------------------------------------------------------------------------


def test_creating_a_workshop_from_the_calendar_puts_it_on_the_month_and_undo_takes_it_away(
    desk: Desk,
) -> None:
    screen = desk.screen
    day = today() + timedelta(days=3)
    before = len(sessions_in(desk.path))
    desk.press("new_session_action")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    shot(dialog, "new_session_dialog")

    # The kind: typed into the combo as a user picks from it by keyboard.
    dialog.kind.setFocus()
    desk.qtbot.keyClicks(dialog.kind, "Workshop")
    assert dialog.kind.currentData() == "workshop"
    desk.qtbot.keyClicks(dialog.title, "CV clinic")
    type_into(desk.qtbot, dialog.date, day.strftime("%d %b %Y"))
    desk.qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    type_time(desk.qtbot, dialog.time, "17:30")
    desk.qtbot.keyClicks(dialog.place, "Library hall")
    type_into(desk.qtbot, dialog.capacity, "3")

    # Hand-picked: search for two people and tick them.
    desk.qtbot.mouseClick(dialog.invite_buttons["people"], LEFT)
    for n in (1, 3):  # Bo and Dee, two mentees
        desk.qtbot.keyClicks(dialog.picker.search, person_name(n).split()[0])
        assert dialog.picker.visible_names()[0].startswith(person_name(n))
        desk.qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)  # ticks the one found
    assert dialog.picker.count.text() == "2 people chosen"
    shot(dialog, "new_session_dialog_filled")
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.closed()

    made = sessions_in(desk.path)
    assert len(made) == before + 1
    workshop = next(r for r in made if r["kind"] == "workshop")
    assert (workshop["title"], workshop["place"], workshop["capacity"], workshop["invite"]) == (
        "CV clinic", "Library hall", 3, "people",
    )  # fmt: skip
    assert invited_names(desk.path, workshop["id"]) == sorted([person_name(1), person_name(3)])
    local = local_start(workshop)
    assert (local.date(), local.time()) == (day, time(17, 30))

    # On the calendar: its day is shown, the grid has its line and the agenda its row.
    assert screen.selected == day
    assert screen.month_view.line_point(workshop["id"], session=True) is not None
    agenda = [r for r in screen.agenda_model.rows if is_session(r)]
    assert [r.title for r in agenda] == ["CV clinic"]
    assert "2 invited, 3 places" in screen.agenda_model.index(0, 1).data()
    shot(screen, "calendar_with_sessions")

    desk.undo()
    assert len(sessions_in(desk.path)) == before
    assert (
        rows(desk.path, "SELECT * FROM session_attendance WHERE session_id = ?", workshop["id"])
        == []
    )
    assert screen.month_view.line_point(workshop["id"], session=True) is None
    desk.redo()
    assert [r["title"] for r in sessions_in(desk.path) if r["kind"] == "workshop"] == ["CV clinic"]
