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
from icalendar import Calendar
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from test_calendar_screen import Desk as CalendarDesk

from peerdesk.calendar import zones
from peerdesk.database import create_database
from peerdesk.groups.sessions import SessionPlan, create_sessions
from ui import operations
from ui.calendar import signin_sheet
from ui.calendar.export_dialog import ExportDialog
from ui.calendar.session_dialog import SessionDialog
from ui.calendar.session_kinds_dialog import SessionKindsDialog
from ui.calendar.session_rows import SHOW_MEETINGS, SHOW_SESSIONS, is_session
from ui.main_window import MainWindow
from ui.pairs.printing import default_paper
from ui.qt import (
    QApplication,
    QColor,
    QContextMenuEvent,
    QCoreApplication,
    QMenu,
    QMessageBox,
    QPoint,
    Qt,
    QTranslator,
    QWidget,
)

SHOTS = Path("/tmp/g2")
LEFT = Qt.MouseButton.LeftButton
GRAB = "This plugin does not support grabbing the keyboard"  # a menu pops up, offscreen
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


class Desk(CalendarDesk):
    """The calendar's driver (test_calendar_screen), with the sessions' dialogs and menus."""

    def dialog(self, kind: type[QWidget]) -> Any:
        """The dialog that opened, made the active window as it is for a user."""
        self.qtbot.waitUntil(
            lambda: isinstance(self.screen.dialog, kind) and self.screen.dialog.isVisible()
        )
        dialog = self.screen.dialog
        if QApplication.activeWindow() is not dialog:
            with self.qtbot.waitActive(dialog):
                dialog.activateWindow()
        return dialog

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
        self.qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
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


def click_radio(qtbot: QtBot, button: QWidget) -> None:
    """Click a radio button on its circle (a wide one is not clicked on its empty part)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()  # type: ignore[attr-defined]


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
    counts = [dialog.invite_buttons[k].text() for k in ("mentors", "mentees", "everyone")]
    assert counts == ["All mentors (3)", "All mentees (3)", "Everyone (6)"]

    # The kind: typed into the combo as a user picks from it by keyboard.
    dialog.kind.setFocus()
    desk.qtbot.keyClicks(dialog.kind, "Workshop")
    assert not dialog.completes.isChecked()  # a workshop completes no step
    assert dialog.kind.currentData() == "workshop"
    desk.qtbot.keyClicks(dialog.title, "CV clinic")
    type_into(desk.qtbot, dialog.date, day.strftime("%d %b %Y"))
    desk.qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    type_time(desk.qtbot, dialog.time, "17:30")
    desk.qtbot.keyClicks(dialog.place, "Library hall")
    type_into(desk.qtbot, dialog.capacity, "3")

    # Hand-picked: search for two people and tick them.
    click_radio(desk.qtbot, dialog.invite_buttons["people"])
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


@pytest.mark.qt_log_ignore(GRAB)
def test_a_right_click_on_a_day_makes_a_session_on_that_day(desk: Desk) -> None:
    screen = desk.screen
    day = today() + timedelta(days=4)
    screen.show_day(day)
    desk.settle()
    point = screen.month_view.day_point(day)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, screen.month_view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(screen.month_view.viewport(), event)
    desk.qtbot.waitUntil(lambda: getattr(screen, "day_actions_menu", None) is not None)
    menu = screen.day_actions_menu
    desk.qtbot.waitUntil(menu.isVisible)
    desk.choose(menu, "day_new_session")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    assert dialog.date.value() == day
    desk.qtbot.keyClicks(dialog.title, "Drop-in")
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.closed()
    [made] = [r for r in sessions_in(desk.path) if r["title"] == "Drop-in"]
    assert local_start(made).date() == day


def test_a_weekly_training_for_all_mentors_that_completes_the_training_step(desk: Desk) -> None:
    first = today() + timedelta(days=7)
    desk.press("new_session_action")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    dialog.kind.setFocus()
    desk.qtbot.keyClicks(dialog.kind, "Training")
    # A training offers the program's training step at once.
    assert dialog.completes.isChecked()
    assert dialog.step.currentText() == "Mentoring orientation"
    desk.qtbot.keyClicks(dialog.title, "Mentor skills")
    type_into(desk.qtbot, dialog.date, first.strftime("%d %b %Y"))
    desk.qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    click_radio(desk.qtbot, dialog.series)
    assert dialog.until.isEnabled()
    type_into(desk.qtbot, dialog.until, (first + timedelta(days=21)).strftime("%d %b %Y"))
    desk.qtbot.keyClick(dialog.until, Qt.Key.Key_Tab)
    desk.qtbot.keyClicks(dialog.link, "https://meet.example.org/skills")
    click_radio(desk.qtbot, dialog.invite_buttons["mentors"])
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.closed()

    made = [r for r in sessions_in(desk.path) if r["title"] == "Mentor skills"]
    assert [local_start(r).date() for r in made] == [first + timedelta(weeks=n) for n in range(4)]
    step = rows(desk.path, "SELECT id FROM program_step WHERE name = 'Mentoring orientation'")
    assert {r["completes_step_id"] for r in made} == {step[0]["id"]}
    assert len({r["series_key"] for r in made}) == 1 and made[0]["series_key"]
    mentors = sorted(person_name(n) for n in (0, 2, 4))
    for row in made:
        assert invited_names(desk.path, row["id"]) == mentors
        assert row["link"] == "https://meet.example.org/skills"
    assert "Made 4 sessions." in desk.screen.notice.text()

    desk.undo()  # the whole series at once
    assert [r for r in sessions_in(desk.path) if r["title"] == "Mentor skills"] == []


def test_a_form_with_a_problem_says_so_and_saves_nothing(desk: Desk) -> None:
    before = sessions_in(desk.path)
    desk.press("new_session_action")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text() == "Give the session a title."

    # Hand-picked, but nobody ticked.
    desk.qtbot.keyClicks(dialog.title, "Coffee")
    click_radio(desk.qtbot, dialog.invite_buttons["people"])
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    assert dialog.error.text() == "Tick the people to invite."

    # More people picked than places: the core refuses, in words, and nothing is saved.
    for n in (0, 1, 2):
        desk.qtbot.keyClicks(dialog.picker.search, person_name(n).split()[0])
        desk.qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    type_into(desk.qtbot, dialog.capacity, "2")
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.settle()
    assert dialog.isVisible() and dialog.ok.isEnabled()
    assert "3" in dialog.error.text() and "2" in dialog.error.text()
    shot(dialog, "new_session_refused")
    assert sessions_in(desk.path) == before
    dialog.reject()
    desk.closed()


# -- showing and filtering -------------------------------------------------------------------


def test_the_show_and_person_filters_keep_a_persons_sessions(desk: Desk) -> None:
    screen = desk.screen
    day = today() + timedelta(days=2)
    screen.show_day(day)
    desk.settle()
    training, meeting = desk.ids["training"], desk.ids["meeting"]

    def on_day() -> tuple[set[int], set[int]]:
        items = screen.month_model.meetings_on(day)
        return (
            {r.id for r in items if is_session(r)},
            {r.id for r in items if not is_session(r)},
        )

    assert on_day() == ({training}, {meeting})
    # The training (18:00) comes after the meeting (09:00), in time order.
    assert [is_session(r) for r in screen.agenda_model.rows] == [False, True]
    screen.show_filter.setCurrentIndex(screen.show_filter.findData(SHOW_SESSIONS))
    assert on_day() == ({training}, set())
    screen.show_filter.setCurrentIndex(screen.show_filter.findData(SHOW_MEETINGS))
    assert on_day() == (set(), {meeting})
    screen.show_filter.setCurrentIndex(0)

    # A mentee is not invited to the mentors' training; a mentor is.
    person = screen.person_filter
    person.setCurrentIndex(person.findText(person_name(1)))
    assert on_day()[0] == set()
    person.setCurrentIndex(person.findText(person_name(0)))
    assert on_day() == ({training}, {meeting})
    person.setCurrentIndex(0)
    # A pair's view keeps the sessions its mentor or mentee is invited to.
    pair = screen.pair_filter
    pair.setCurrentIndex(pair.findData(desk.ids["pairs"][1]))
    assert on_day() == ({training}, set())


# -- changing, cancelling, deleting --------------------------------------------------------


@pytest.mark.qt_log_ignore(GRAB)
def test_changing_a_session_from_its_menu(desk: Desk) -> None:
    screen = desk.screen
    training = desk.ids["training"]
    day = today() + timedelta(days=2)
    screen.show_day(day)
    desk.settle()
    desk.choose(desk.session_menu(training), "session_change")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    assert dialog.title.text() == "Mentor basics"
    assert dialog.invite_buttons["mentors"].isChecked()
    assert "3 invited, 0 attended" in dialog.state.text()
    shot(dialog, "session_dialog_open")
    type_into(desk.qtbot, dialog.title, "Mentor basics (new room)")
    type_into(desk.qtbot, dialog.place, "Room 9")
    type_time(desk.qtbot, dialog.time, "19:15")
    moved = today() + timedelta(days=6)
    type_into(desk.qtbot, dialog.date, moved.strftime("%d %b %Y"))
    desk.qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    click_radio(desk.qtbot, dialog.invite_buttons["everyone"])
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.closed()

    [row] = rows(desk.path, "SELECT * FROM group_session WHERE id = ?", training)
    local = local_start(row)
    assert (row["title"], row["place"], local.date(), local.time()) == (
        "Mentor basics (new room)", "Room 9", moved, time(19, 15),
    )  # fmt: skip
    assert screen.selected == moved  # the calendar follows the session to its new day
    assert [r.id for r in screen.agenda_model.rows if is_session(r)] == [training]
    assert len(invited_names(desk.path, training)) == 6  # everyone now
    desk.undo()
    [row] = rows(desk.path, "SELECT * FROM group_session WHERE id = ?", training)
    assert (row["title"], row["place"]) == ("Mentor basics", "Room 4")
    assert len(invited_names(desk.path, training)) == 3


@pytest.mark.qt_log_ignore(GRAB)
def test_cancelling_restoring_and_deleting_a_session_from_the_agenda(desk: Desk) -> None:
    screen = desk.screen
    training = desk.ids["training"]
    screen.show_day(today() + timedelta(days=2))
    desk.settle()

    desk.choose(desk.session_menu(training, in_agenda=True), "session_cancel")
    desk.click_box_button("Cancel session")
    status = "SELECT status FROM group_session WHERE id = ?"
    assert rows(desk.path, status, training) == [{"status": "cancelled"}]
    row = next(r for r in screen.agenda_model.rows if is_session(r))
    assert row.cancelled
    assert (
        screen.agenda_model.index(screen.agenda_model.row_of(training, session=True), 4).data()
        == "Cancelled"
    )
    shot(screen, "calendar_cancelled_session")

    desk.choose(desk.session_menu(training, in_agenda=True), "session_cancel")  # now: Restore
    assert rows(desk.path, status, training) == [{"status": "scheduled"}]

    desk.choose(desk.session_menu(training), "session_delete")
    desk.click_box_button("Delete")
    assert rows(desk.path, status, training) == []
    assert screen.month_view.line_point(training, session=True) is None
    desk.undo()
    assert rows(desk.path, status, training) == [{"status": "scheduled"}]
    assert len(invited_names(desk.path, training)) == 3
    assert screen.month_view.line_point(training, session=True) is not None


def type_name(qtbot: QtBot, dialog: SessionKindsDialog, text: str) -> None:
    """Type over the name being edited in the kinds list, and Enter (the list takes the
    name once the event loop runs, as it does between a user's key and their next click)."""
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != dialog.table.State.EditingState)


# -- kinds ------------------------------------------------------------------------------------


def test_editing_the_kinds_of_session(desk: Desk) -> None:
    desk.press("kinds_action")
    dialog: SessionKindsDialog = desk.dialog(SessionKindsDialog)
    names = [dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())]
    assert names[:3] == ["Training", "Orientation", "Workshop"]
    # Training is in use: it can be renamed, not removed.
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()
    dialog.table.setFocus()
    desk.qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    type_name(desk.qtbot, dialog, "Mentor training")
    # Social moves to the top; a new kind is added with its own colour.
    social = names.index("Social")
    dialog.table.selectRow(social)
    for _ in range(social):
        desk.qtbot.mouseClick(dialog.up_button, LEFT)
    desk.qtbot.mouseClick(dialog.add_button, LEFT)
    type_name(desk.qtbot, dialog, "Parents' evening")
    desk.qtbot.mouseClick(dialog.colour_button, LEFT)
    desk.qtbot.waitUntil(lambda: dialog.colour_dialog.isVisible())
    dialog.colour_dialog.setCurrentColor(QColor("#123456"))
    dialog.colour_dialog.accept()
    # Orientation goes back to the calendar's own colour.
    dialog.table.selectRow(names.index("Orientation") + 1)  # Social moved above it
    assert dialog.model.item(dialog.current_row(), 0).text() == "Orientation"
    desk.qtbot.mouseClick(dialog.standard_button, LEFT)
    assert not dialog.standard_button.isEnabled()
    shot(dialog, "session_kinds_dialog")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    desk.qtbot.mouseClick(save, LEFT)
    desk.closed()

    kinds = rows(
        desk.path,
        "SELECT key, name, colour FROM session_kind WHERE program_id = ? ORDER BY position",
        desk.ids["program"],
    )
    assert kinds[0]["name"] == "Social"
    assert kinds[1] == {"key": "training", "name": "Mentor training", "colour": "#2e7d32"}
    assert kinds[2] == {"key": "orientation", "name": "Orientation", "colour": ""}
    assert kinds[-1] == {"key": "parents_evening", "name": "Parents' evening", "colour": "#123456"}
    # The calendar shows the new name at once.
    desk.screen.show_day(today() + timedelta(days=2))
    desk.settle()
    session = next(r for r in desk.screen.agenda_model.rows if is_session(r))
    assert session.kind_name == "Mentor training"

    # One undo puts the list back as it was; redo saves the edit again.
    query = "SELECT key, name, colour FROM session_kind WHERE program_id = ? ORDER BY position"
    edited = rows(desk.path, query, desk.ids["program"])
    desk.undo()
    assert [r["name"] for r in rows(desk.path, query, desk.ids["program"])] == names
    session = next(r for r in desk.screen.agenda_model.rows if is_session(r))
    assert session.kind_name == "Training"
    desk.redo()
    assert rows(desk.path, query, desk.ids["program"]) == edited


def test_two_kinds_with_one_name_are_refused_and_nothing_changes(desk: Desk) -> None:
    before = rows(desk.path, "SELECT * FROM session_kind ORDER BY id")
    steps = desk.window.undo_stack.count()
    desk.press("kinds_action")
    dialog: SessionKindsDialog = desk.dialog(SessionKindsDialog)
    desk.qtbot.mouseClick(dialog.add_button, LEFT)
    type_name(desk.qtbot, dialog, "workshop")
    desk.qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    desk.settle()
    assert dialog.isVisible()
    assert "Two kinds of session are called" in dialog.error.text()
    assert rows(desk.path, "SELECT * FROM session_kind ORDER BY id") == before
    assert desk.window.undo_stack.count() == steps  # a refused save leaves no undo step
    dialog.reject()
    desk.closed()


# -- sign-in sheet ------------------------------------------------------------------------


@pytest.mark.qt_log_ignore(GRAB)
def test_printing_a_sign_in_sheet_lists_every_invited_name(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "sheets" / "training.pdf"
    out.parent.mkdir()
    asked: list[Path] = []

    def ask(parent: QWidget, title: str, suggested: Path) -> Path:
        asked.append(suggested)
        return out

    monkeypatch.setattr(signin_sheet, "ask_save_file", ask)
    desk.screen.show_day(today() + timedelta(days=2))
    desk.settle()
    desk.choose(desk.session_menu(desk.ids["training"]), "session_signin")
    desk.qtbot.waitUntil(out.exists)
    desk.settle()
    assert asked and asked[0].suffix == ".pdf" and "Mentor basics" in asked[0].name
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    for n in (0, 2, 4):
        assert person_name(n) in text
    assert person_name(1) not in text  # a mentee: not invited
    width = round(float(PdfReader(out).pages[0].mediabox.width))
    assert width == (612 if default_paper().name == "LETTER" else 595)  # the locale's paper
    assert str(out) in desk.screen.notice.text()

    # From the session's own dialog too; the existing file is replaced once the user says so.
    desk.choose(desk.session_menu(desk.ids["training"]), "session_change")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    out.write_bytes(b"old sheet")
    desk.qtbot.mouseClick(dialog.signin_button, LEFT)
    desk.click_box_button("Replace")
    desk.qtbot.waitUntil(lambda: out.read_bytes().startswith(b"%PDF"))
    assert len(PdfReader(out).pages) >= 1
    dialog.reject()
    desk.closed()


# -- calendar files -----------------------------------------------------------------------


def test_the_calendar_file_holds_the_sessions_unless_unticked(desk: Desk, tmp_path: Path) -> None:
    def export(out: Path, *, sessions: bool, pair: bool = False) -> list[str]:
        desk.press("export_action")
        dialog: ExportDialog = desk.dialog(ExportDialog)
        if pair:
            click_radio(desk.qtbot, dialog.one_pair)
        assert dialog.with_sessions.isEnabled() is not pair
        if dialog.with_sessions.isChecked() is not sessions and not pair:
            desk.qtbot.mouseClick(dialog.with_sessions, LEFT, pos=QPoint(8, 8))
        dialog.path.clear()
        desk.qtbot.keyClicks(dialog.path, str(out))
        desk.qtbot.mouseClick(dialog.ok, LEFT)
        desk.closed()
        calendar = Calendar.from_ical(out.read_bytes())
        return sorted(str(e.get("SUMMARY")) for e in calendar.walk("VEVENT"))

    with_sessions = export(tmp_path / "all.ics", sessions=True)
    assert len(with_sessions) == 2
    assert any("Mentor basics" in s for s in with_sessions)
    assert "Saved 2 meetings and sessions" in desk.screen.notice.text()
    without = export(tmp_path / "meetings.ics", sessions=False)
    assert len(without) == 1 and not any("Mentor basics" in s for s in without)
    # A pair's file: its meetings only (the choice is greyed out).
    pair = export(tmp_path / "pair.ics", sessions=True, pair=True)
    assert len(pair) == 1


# -- series and others' changes ---------------------------------------------------------------


@pytest.mark.qt_log_ignore(GRAB)
def test_changing_this_and_the_following_sessions_of_a_series(desk: Desk) -> None:
    from peerdesk.groups.sessions import Repeat

    first = today() + timedelta(days=5)
    db = desk.window.db  # the worker is idle: the test writes as another window would
    assert db is not None
    made = create_sessions(
        db,
        desk.ids["program"],
        SessionPlan(
            kind="mentor_circle", title="Circle", day=first, local_time=time(12, 0),
            timezone=zones.local_zone_name(), invite="mentors",
            repeat=Repeat("1w", first + timedelta(weeks=3)),
        ),
    ).created  # fmt: skip
    desk.screen.reload(with_context=True)
    desk.settle()
    second = first + timedelta(weeks=1)
    desk.screen.show_day(second)
    desk.settle()
    desk.choose(desk.session_menu(made[1]), "session_change")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    assert dialog.scope_following.isVisible()
    type_into(desk.qtbot, dialog.place, "Garden room")
    desk.qtbot.mouseClick(dialog.scope_following, LEFT, pos=QPoint(8, 8))
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.closed()
    places = [r["place"] for r in sessions_in(desk.path) if r["title"] == "Circle"]
    assert places == ["", "Garden room", "Garden room", "Garden room"]


@pytest.mark.qt_log_ignore(GRAB)
def test_a_session_someone_else_changed_meanwhile_shows_both_versions(desk: Desk) -> None:
    """Another coordinator's save lands while the dialog is open: nothing of this save is
    written; both versions show side by side, and the merge keeps their place and this
    dialog's title."""
    from peerdesk.groups.sessions import SessionEdit, edit_session
    from ui.conflict_dialog import ConflictDialog

    training = desk.ids["training"]
    desk.screen.show_day(today() + timedelta(days=2))
    desk.settle()
    desk.choose(desk.session_menu(training), "session_change")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    assert desk.window.db is not None  # another coordinator saves first
    edit_session(desk.window.db, training, SessionEdit(place="Room 12"))
    type_into(desk.qtbot, dialog.place, "Room 7")
    type_into(desk.qtbot, dialog.title, "Mentor basics, part 1")
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.qtbot.waitUntil(
        lambda: (
            isinstance(getattr(dialog, "conflict_dialog", None), ConflictDialog)
            and dialog.conflict_dialog.isVisible()
        )
    )
    conflict = dialog.conflict_dialog
    assert conflict.headline.text().startswith("This session was changed by ")
    assert conflict.differing == ["title", "place"]
    shot(conflict, "session_conflict")
    [row] = rows(desk.path, "SELECT title, place FROM group_session WHERE id = ?", training)
    assert row == {"title": "Mentor basics", "place": "Room 12"}  # nothing of this save
    desk.qtbot.mouseClick(conflict.radio("place", "theirs"), LEFT)
    desk.qtbot.mouseClick(conflict.merge_button, LEFT)
    desk.closed()
    [row] = rows(desk.path, "SELECT title, place FROM group_session WHERE id = ?", training)
    assert row == {"title": "Mentor basics, part 1", "place": "Room 12"}


def make_picnic_for_four(desk: Desk) -> None:
    """New session…: a picnic with 4 places, to which everyone (six people) is invited."""
    desk.press("new_session_action")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    dialog.kind.setFocus()
    desk.qtbot.keyClicks(dialog.kind, "Social")
    desk.qtbot.keyClicks(dialog.title, "Picnic")
    type_into(desk.qtbot, dialog.capacity, "4")
    assert dialog.invite_buttons["everyone"].isChecked()  # the default: six people
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.closed()


@pytest.mark.qt_log_ignore(GRAB)
def test_a_group_larger_than_the_room_is_saved_with_a_warning(desk: Desk) -> None:
    make_picnic_for_four(desk)
    [picnic] = [r for r in sessions_in(desk.path) if r["title"] == "Picnic"]
    assert (picnic["capacity"], len(invited_names(desk.path, picnic["id"]))) == (4, 6)
    notice = desk.screen.notice
    assert notice.isVisible() and "Made 1 session." in notice.text()
    assert "6 people are invited to “Picnic”" in notice.text() and "4 places" in notice.text()


class SpanishNotice(QTranslator):
    """Stands in for a translation of the capacity notice (in the "errors" context)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if (context, source) == (
            "errors",
            "{count} people are invited to “{title}” on {day}, which has {capacity} places.",
        ):
            return "{count} personas invitadas a “{title}” el {day}, que tiene {capacity} plazas."
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.mark.qt_log_ignore(GRAB)
def test_the_warning_of_a_full_room_is_in_the_users_language(desk: Desk) -> None:
    translator = SpanishNotice()
    QCoreApplication.installTranslator(translator)
    try:
        make_picnic_for_four(desk)
        text = desk.screen.notice.text()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "6 personas invitadas a “Picnic”" in text and "4 plazas" in text
    assert "people are invited" not in text


def test_a_circle_meeting_invites_the_circles_members(desk: Desk) -> None:
    from peerdesk.groups.circles import create_circle

    ids = {
        r["full_name"]: r["id"]
        for r in rows(
            desk.path,
            "SELECT participant.id AS id, person.full_name AS full_name FROM participant "
            "JOIN person ON person.id = participant.person_id",
        )
    }
    db = desk.window.db  # the worker is idle: the test writes as another window would
    assert db is not None
    leader, members = person_name(4), [person_name(1), person_name(3)]
    create_circle(
        db, desk.ids["program"], "Thursday circle", [ids[leader]], [ids[m] for m in members]
    )
    desk.window.notify({"pairs"})
    desk.settle()
    desk.press("new_session_action")
    dialog: SessionDialog = desk.dialog(SessionDialog)
    assert dialog.invite_buttons["circle"].isEnabled()
    assert dialog.circle.currentText() == "Thursday circle (3 people)"
    dialog.kind.setFocus()
    desk.qtbot.keyClicks(dialog.kind, "Mentor")  # (a space would open the list)
    assert dialog.kind.currentData() == "mentor_circle"
    desk.qtbot.keyClicks(dialog.title, "Circle check-in")
    click_radio(desk.qtbot, dialog.invite_buttons["circle"])
    desk.qtbot.mouseClick(dialog.ok, LEFT)
    desk.closed()
    [made] = [r for r in sessions_in(desk.path) if r["title"] == "Circle check-in"]
    assert (made["invite"], made["kind"]) == ("circle", "mentor_circle")
    assert invited_names(desk.path, made["id"]) == sorted([leader, *members])


def test_enter_on_a_sessions_agenda_row_opens_its_attendance(desk: Desk) -> None:
    from ui.calendar.attendance_dialog import AttendanceDialog

    screen = desk.screen
    screen.show_day(today() + timedelta(days=2))
    desk.settle()
    row = screen.agenda_model.row_of(desk.ids["training"], session=True)
    assert row >= 0
    screen.agenda.setFocus()
    screen.agenda.selectRow(row)
    desk.qtbot.keyClick(screen.agenda, Qt.Key.Key_Return)
    dialog = desk.dialog(AttendanceDialog)
    assert dialog.isVisible()
    dialog.reject()
    desk.closed()
