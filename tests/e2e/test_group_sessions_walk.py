"""A coordinator's group sessions and circles, walked in the real main window (issue 22).

From a program made as the first-program walk makes one (the welcome screen, the
program wizard and the 120-person sign-up sheet, tests/e2e/coordinator_walk.py),
with everyone's application recorded and the mentees' orientation too, the
mentors are trained in a group session: New session… on the Calendar makes a
mentor training for all mentors that completes the training step, its sign-in
sheet is printed from its right-click menu, and its attendance is marked from the
keyboard (everyone came but two). The mentors who came are then ready; the
matching screen's Groups mode forms circles from the ready pool, one person is
dragged to another circle and the circles are confirmed; a circle's group agreement
is printed and its first meeting planned from the Circles tab; the workbook is
exported from the Dashboard, whose Session attendance card shows the rate.

Every simulated user action is counted, and the outputs are read back with other
tools: plain SQL beside the app, pypdf for the sign-in sheet, openpyxl for the
workbook's Sessions and Attendance sheets. The walk runs on a file and on a
shared PostgreSQL database, taking the same actions on both.

Set PEERDESK_WALK_SHOTS=/some/folder to keep a screenshot after each step (in its
"groups" subfolder; the server's walk in "groups/server").
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from coordinator_walk import (
    CTRL,
    User,
    board_button,
    program_db,
    set_up_and_import,
    settle,
    start_window,
)
from db_rows import query
from first_program_roster import SignUp, signup_sheet
from pytestqt.qtbot import QtBot

from peerdesk.calendar import zones
from tests.ui.dnd_helpers import drag_and_drop
from ui.calendar import signin_sheet
from ui.calendar.attendance_dialog import AttendanceDialog
from ui.calendar.session_dialog import SessionDialog
from ui.main_window import MainWindow
from ui.people.bulk import StepsDialog
from ui.qt import QComboBox, QMenu, QPoint, QPrinter, Qt, QWidget

WALK_SHOTS_FOLDER = "groups"
ACTION_BUDGET = 80
SECONDS_BUDGET = 30
CIRCLE_SIZE = 6
DATE_FORMAT = "%d %b %Y"
GRAB = "This plugin does not support grabbing the keyboard"  # a menu pops up, offscreen


def today() -> date:
    return zones.today_in()


def type_date(user: User, edit: QWidget, day: date) -> None:
    """Click into the date field, select its text and type the day over it (three actions;
    the click is counted, the focus given directly: a click's place could open the
    field's calendar)."""
    user.count()
    edit.setFocus()
    user.key(edit, Qt.Key.Key_A, CTRL)
    user.type(edit, day.strftime(DATE_FORMAT))


def wait_for(qtbot: QtBot, found: Any, timeout: int = 15000) -> Any:
    """Wait until ``found()`` gives something, and give it."""
    box: list[Any] = []

    def ready() -> bool:
        box[:] = [found()]
        return bool(box[0])

    qtbot.waitUntil(ready, timeout=timeout)
    return box[0]


def choose(user: User, combo: QComboBox, text: str) -> None:
    """Open the drop-down, type the start of a choice and press Enter (three actions)."""
    user.click(combo)
    view = combo.view()
    user.qtbot.waitUntil(view.isVisible)
    user.type(view, text)
    user.key(view, Qt.Key.Key_Return)
    user.qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def statuses(window: MainWindow) -> dict[tuple[str, str], int]:
    """How many of each role have each status: {(role, status): n}."""
    rows = query(
        program_db(window),
        "SELECT role, status, count(*) FROM participant GROUP BY role, status",
    )
    return {(role, status): n for role, status, n in rows}


# -- the steps ---------------------------------------------------------------------------


def record_applications(user: User) -> None:
    """Everyone's application, then the mentees' orientation: the mentors' orientation is
    the training session to come."""
    from ui.people.screen import PeopleScreen

    qtbot = user.qtbot
    user.step = "applications"
    screen = user.open_screen("people")
    assert isinstance(screen, PeopleScreen)
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 120, timeout=15000)
    table = screen.table

    def record(untick: str | None) -> None:
        user.click(table.viewport(), table.visualRect(screen.proxy.index(0, 0)).center())
        user.key(table, Qt.Key.Key_A, CTRL)
        user.click(screen.toolbar.widgetForAction(screen.step_action))
        qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
        dialog = screen.dialog
        assert isinstance(dialog, StepsDialog)
        if untick is not None:
            [box] = [b for b in dialog.boxes.values() if b.text() == untick]
            user.click(box, QPoint(8, box.height() // 2))
            assert not box.isChecked()
        user.shot(f"steps-{'all' if untick else 'mentees'}", dialog)
        user.click(dialog.ok_button)
        settle()
        qtbot.waitUntil(lambda: screen.dialog is None)
        settle()

    record("Mentoring orientation")  # everyone applied; the training comes later
    role = screen.role_filter
    choose(user, role, "Mentee")
    assert role.currentData() == "mentee"
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 80, timeout=10000)
    record(None)  # the mentees' orientation: the only step not done, ticked
    user.shot("people-mentees-ready")
    assert statuses(user.window) == {("mentor", "applied"): 40, ("mentee", "ready"): 80}


def make_training(user: User, day: date) -> int:
    from ui.calendar.screen import CalendarScreen

    qtbot, window = user.qtbot, user.window
    user.step = "training session"
    screen = user.open_screen("calendar")
    assert isinstance(screen, CalendarScreen)
    user.shot("calendar")
    user.click(screen.toolbar.widgetForAction(screen.new_session_action))
    dialog = wait_for(qtbot, lambda: isinstance(screen.dialog, SessionDialog) and screen.dialog)
    qtbot.waitUntil(dialog.isVisible)
    counts = [dialog.invite_buttons[k].text() for k in ("mentors", "mentees", "everyone")]
    assert counts == ["All mentors (40)", "All mentees (80)", "Everyone (120)"]
    assert dialog.kind.hasFocus()  # the form opens on it
    user.type(dialog.kind, "Training")
    assert dialog.kind.currentData() == "training"
    # A training offers to complete the program's training step.
    assert dialog.completes.isChecked()
    assert dialog.step.currentText() == "Mentoring orientation"
    user.click(dialog.title)
    user.type(dialog.title, "Mentor training")
    type_date(user, dialog.date, day)
    mentors = dialog.invite_buttons["mentors"]
    user.click(mentors, QPoint(8, mentors.height() // 2))
    assert mentors.isChecked()
    user.shot("new-training", dialog)
    user.click(dialog.ok)
    settle()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle()
    user.shot("calendar-training")
    [(session_id, kind, step)] = query(
        program_db(window),
        "SELECT id, kind, completes_step_id FROM group_session WHERE title = 'Mentor training'",
    )
    assert kind == "training" and step is not None
    invited = query(
        program_db(window),
        "SELECT count(*) FROM session_attendance a JOIN participant p ON p.id = a.participant_id "
        "WHERE a.session_id = ? AND p.role = 'mentor'",
        session_id,
    )
    assert invited == [(40,)]
    assert screen.selected == day
    return session_id


def print_signin_sheet(
    user: User, session_id: int, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.calendar.screen import CalendarScreen

    qtbot = user.qtbot
    user.step = "sign-in sheet"
    screen = user.window.built_screens["calendar"]
    assert isinstance(screen, CalendarScreen)

    def ask(parent: QWidget, title: str, suggested: Path) -> Path:
        user.file_name()
        assert "Mentor training" in suggested.name
        return out

    monkeypatch.setattr(signin_sheet, "ask_save_file", ask)
    point = screen.month_view.line_point(session_id, session=True)
    assert point is not None, "the training is not on the month"
    user.right_click(screen.month_view.viewport(), point)
    menu = wait_for(qtbot, lambda: getattr(screen, "session_actions_menu", None))
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    user.shot("session-menu", menu)
    [action] = [a for a in menu.actions() if a.objectName() == "session_signin"]
    user.click(menu, menu.actionGeometry(action).center())
    qtbot.waitUntil(out.exists, timeout=15000)
    settle()
    user.shot("signin-saved")
    assert str(out) in screen.notice.text()


def mark_attendance(user: User, session_id: int) -> tuple[str, str]:
    """Everyone attended, the last on the list absent, the one above excused, Save."""
    from ui.calendar.screen import CalendarScreen

    qtbot = user.qtbot
    user.step = "attendance"
    screen = user.window.built_screens["calendar"]
    assert isinstance(screen, CalendarScreen)
    point = screen.month_view.line_point(session_id, session=True)
    assert point is not None
    user.double_click(screen.month_view.viewport(), point)
    dialog = wait_for(qtbot, lambda: isinstance(screen.dialog, AttendanceDialog) and screen.dialog)
    qtbot.waitUntil(dialog.isVisible)
    settle()
    assert dialog.heading.text() == "Training: Mentor training"
    assert "Mentoring orientation" in dialog.step_note.text()
    checklist = dialog.table
    assert checklist.hasFocus()
    user.shot("attendance-open", dialog)
    user.click(dialog.everyone)
    # The list has the keyboard again for the exceptions (Alt+V is the same, but the X
    # server's key map is not consulted for a test's key events: its shortcuts never fire).
    assert checklist.hasFocus()
    user.key(checklist, Qt.Key.Key_End, CTRL)
    user.key(checklist, Qt.Key.Key_A)  # absent
    user.key(checklist, Qt.Key.Key_Up)
    user.key(checklist, Qt.Key.Key_E)  # excused
    entries = dialog.model.entries
    absent, excused = entries[-1].name, entries[-2].name
    assert [e.status for e in entries].count("attended") == 38
    assert dialog.counts.text() == (
        "40 invited · 38 attended · 1 excused · 1 absent · 40 changes to save"
    )
    user.shot("attendance-marked", dialog)
    user.key(checklist, Qt.Key.Key_Return)  # Save
    settle()
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=15000)
    settle()
    user.shot("calendar-marked")
    # The calendar and the status bar say what the save did.
    said = (
        "Attendance saved for 40 people. The session's readiness step is recorded for "
        "38 people. 38 people are now ready for matching."
    )
    assert screen.notice.text() == said
    assert user.window.statusBar().currentMessage() == said
    return absent, excused


def see_mentors_ready(user: User, absent: str, excused: str, day: date) -> None:
    from ui.people.rows import Column as PeopleColumn
    from ui.people.screen import PeopleScreen

    qtbot = user.qtbot
    user.step = "mentors ready"
    screen = user.open_screen("people")
    assert isinstance(screen, PeopleScreen)
    role = screen.role_filter
    choose(user, role, "Mentor")
    assert role.currentData() == "mentor"
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 40, timeout=10000)
    qtbot.waitUntil(lambda: screen.checklist.title.text() != "80 people selected")
    settle()
    user.shot("people-mentors-trained")
    readiness = {
        str(screen.proxy.index(r, PeopleColumn.NAME).data()): str(
            screen.proxy.index(r, PeopleColumn.READINESS).data()
        )
        for r in range(screen.proxy.rowCount())
    }
    trained = {state for name, state in readiness.items() if name not in (absent, excused)}
    assert len(trained) == 1, trained
    assert readiness[absent] not in trained and readiness[excused] not in trained
    assert statuses(user.window) == {
        ("mentor", "ready"): 38,
        ("mentor", "applied"): 2,
        ("mentee", "ready"): 80,
    }
    # The step is recorded with the session's date, for those who came only.
    done = query(
        program_db(user.window),
        "SELECT r.completed_on FROM step_record r JOIN program_step s ON s.id = r.step_id "
        "JOIN participant p ON p.id = r.participant_id "
        "WHERE s.name = 'Mentoring orientation' AND p.role = 'mentor'",
    )
    assert sorted(str(d)[:10] for (d,) in done) == [day.isoformat()] * 38


def form_circles(user: User, monkeypatch: pytest.MonkeyPatch) -> list[frozenset[int]]:
    from ui.circles import dnd
    from ui.matching.board import MatchingScreen

    qtbot = user.qtbot
    user.step = "circles"
    screen = user.open_screen("matching")
    assert isinstance(screen, MatchingScreen)
    user.click(board_button(screen, "groups_action"))
    board = screen.groups
    assert screen.modes.currentWidget() is board
    box = board.size_box
    user.click(box)
    user.key(box, Qt.Key.Key_A, CTRL)
    user.type(box, str(CIRCLE_SIZE))
    user.click(board.form_button)
    settle()
    qtbot.waitUntil(lambda: board.draft is not None and bool(board.cards), timeout=20000)
    settle()
    user.shot("groups-formed")
    draft = board.draft
    assert draft is not None
    sizes = sorted(len(c.people) for c in draft.circles)
    assert sum(sizes) == 118 and sizes[-1] - sizes[0] <= 1, sizes
    assert all(len(c.leaders) >= 1 for c in draft.circles)
    assert "%" in board.quality.text()

    # One member of the first circle dragged to the second.
    source, target = board.cards[0], board.cards[1]
    member = source.model.people[-1]
    assert not member.leader
    row = source.model.row_of(member.participant_id)
    assert row is not None
    user.count()  # a drag is one action
    drag_and_drop(
        monkeypatch,
        dnd,
        source.view.viewport(),
        source.view.visualRect(source.model.index(row, 0)).center(),
        target.view.viewport(),
        QPoint(20, 10),
    )
    settle()
    after = board.draft
    assert after is not None and after.where(member.participant_id) == 1
    user.shot("groups-dragged")
    shown = [frozenset(p.participant_id for p in c.people) for c in after.circles]

    user.click(board.confirm_button)
    dialog = board.dialog
    assert dialog is not None and dialog.isVisible()
    user.shot("confirm-circles", dialog)
    user.click(dialog.ok)
    settle()
    qtbot.waitUntil(lambda: board.draft is None, timeout=15000)
    settle()
    user.shot("groups-confirmed")
    assert f"{len(shown)} circles are confirmed" in board.banner.text.text()
    return shown


def circle_agreement_and_meeting(user: User, first_meeting: date) -> str:
    """Print the first circle's agreement and plan its first meeting; the circle's name."""
    from ui.calendar.screen import CalendarScreen
    from ui.pairs.printing import PrintPreview
    from ui.pairs.screen import PairsScreen

    qtbot, window = user.qtbot, user.window
    user.step = "group agreement"
    screen = user.open_screen("pairs")
    assert isinstance(screen, PairsScreen)
    bar = screen.tabs.tabBar()
    user.click(bar, bar.tabRect(1).center())
    settle()
    panel = screen.circles
    assert screen.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0, timeout=15000)
    settle()
    table = panel.table
    user.click(table.viewport(), table.visualRect(panel.proxy.index(0, 0)).center())
    row = panel.selected_row()
    assert row is not None
    user.shot("circles-tab")
    user.click(panel.toolbar.widgetForAction(panel.print_action))
    preview = wait_for(
        qtbot, lambda: isinstance(screen.preview, PrintPreview) and screen.preview, 20000
    )
    qtbot.waitUntil(preview.isVisible)
    settle()
    user.shot("group-agreement-preview", preview)
    assert row.name in preview.windowTitle()
    # The preview's Print, and OK in the system's print dialog (a PDF printer here).
    user.count()
    user.count()
    out = Path(str(user.shots or Path("/tmp"))) / "printed-agreement.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(72)
    with qtbot.waitSignal(preview.printed, timeout=20000):
        preview.paintRequested.emit(printer)
    assert len(pypdf.PdfReader(out).pages) >= 1
    user.key(preview, Qt.Key.Key_Escape)
    settle()
    printed = wait_for(
        qtbot,
        lambda: query(
            program_db(window), "SELECT agreement_printed_at FROM circle WHERE id = ?", row.id
        )[0][0],
    )
    assert printed is not None

    user.step = "circle meeting"
    user.click(panel.toolbar.widgetForAction(panel.meeting_action))
    settle()
    calendar = wait_for(qtbot, lambda: window.built_screens.get("calendar"))
    assert isinstance(calendar, CalendarScreen)
    dialog = wait_for(qtbot, lambda: isinstance(calendar.dialog, SessionDialog) and calendar.dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.invite_buttons["circle"].isChecked()
    assert dialog.circle.currentData() == row.id
    assert dialog.kind.currentData() == "group_meeting"  # a mentoring group, not mentors alone
    user.click(dialog.title)
    user.type(dialog.title, f"{row.name}: first meeting")
    type_date(user, dialog.date, first_meeting)
    user.shot("circle-meeting", dialog)
    user.click(dialog.ok)
    settle()
    qtbot.waitUntil(lambda: calendar.dialog is None, timeout=15000)
    settle()
    user.shot("calendar-circle-meeting")
    [(meeting_id, invite)] = query(
        program_db(window),
        "SELECT id, invite FROM group_session WHERE circle_id = ?",
        row.id,
    )
    assert invite == "circle"
    invited = query(
        program_db(window),
        "SELECT participant_id FROM session_attendance WHERE session_id = ?",
        meeting_id,
    )
    assert {pid for (pid,) in invited} == {pid for pid, _name in row.people}
    return row.name


def export_workbook(user: User, out: Path) -> None:
    from ui.dashboard.screen import DashboardScreen

    qtbot = user.qtbot
    user.step = "workbook"
    screen = user.open_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.sessions.data is not None, timeout=15000)
    settle()

    def ask(title: str, suggested: Path, file_filter: str) -> Path:
        user.file_name()
        return out

    screen.ask_save_file = ask  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.saved, timeout=30000):
        user.click(screen.export_button)
    settle()
    user.shot("dashboard")


def sheet_rows(book: Any, name: str) -> list[dict[str, Any]]:
    """A sheet's table under its header row, each row by column title (up to a blank row)."""
    rows = list(book[name].iter_rows(values_only=True))
    header = rows[0]
    table = []
    for values in rows[1:]:
        if not any(v is not None for v in values):
            break
        table.append(dict(zip(header, values, strict=False)))
    return table


# -- the test ----------------------------------------------------------------------------


WALKS: dict[str, Counter[str]] = {}


@pytest.mark.qt_log_ignore(GRAB)
def test_trainings_attendance_and_circles_walked_by_a_coordinator(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shots: Path | None,
    location: str | None,
) -> None:
    backend = "file" if location is None else "server"
    roster: SignUp = signup_sheet(tmp_path)
    training_day = today() - timedelta(days=1)
    began = time.monotonic()
    window = start_window(qtbot, location)
    window.resize(1400, 860)
    user = User(qtbot, window, shots)

    set_up_and_import(user, roster, monkeypatch)
    record_applications(user)
    session_id = make_training(user, training_day)
    sheet = tmp_path / "sign-in.pdf"
    print_signin_sheet(user, session_id, sheet, monkeypatch)
    absent, excused = mark_attendance(user, session_id)
    see_mentors_ready(user, absent, excused, training_day)
    shown = form_circles(user, monkeypatch)
    circle = circle_agreement_and_meeting(user, today() + timedelta(days=7))
    workbook = tmp_path / "program.xlsx"
    export_workbook(user, workbook)
    seconds = time.monotonic() - began
    if shots is not None:
        shutil.copy(sheet, shots / sheet.name)
        shutil.copy(workbook, shots / workbook.name)
    print(
        f"\nactions ({backend}): {dict(user.actions)} = {sum(user.actions.values())}; "
        f"{seconds:.1f} s"
    )
    # No text cut off on the way (the import wizard's tables are the first walk's matter).
    cut = {step: texts for step, texts in user.cut.items() if not step.startswith("import-")}
    assert cut == {}, cut
    assert sum(user.actions.values()) <= ACTION_BUDGET, dict(user.actions)
    assert seconds < SECONDS_BUDGET * 2  # twice the budget: a busy machine is slower
    WALKS[backend] = user.actions
    if len(WALKS) == 2:
        assert WALKS["server"] == WALKS["file"]

    # The sign-in sheet lists every mentor invited, and no mentee.
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(sheet).pages
    )
    assert "Mentor training" in text
    missing = [name for name in roster.mentors if name not in text]
    assert missing == []
    assert not [name for name in roster.mentees if name in text]

    # The circles stored are the board's, with the person dragged where they were put.
    db = program_db(window)
    members: dict[int, set[int]] = {}
    for circle_id, participant_id in query(
        db, "SELECT circle_id, participant_id FROM circle_member"
    ):
        members.setdefault(circle_id, set()).add(participant_id)
    assert sorted(map(sorted, members.values())) == sorted(map(sorted, shown))

    # The workbook: the training held with 38 of 40 attending, the circle meeting to come;
    # a row per mentor invited on the Attendance sheet.
    book = openpyxl.load_workbook(workbook, read_only=True)
    sessions = {row["Title"]: row for row in sheet_rows(book, "Sessions")}
    training = sessions["Mentor training"]
    assert (training["Kind"], training["Status"], training["Invited"]) == (
        "Training", "Held", "All mentors",
    )  # fmt: skip
    assert (training["Invited (n)"], training["Attended"], training["Excused"]) == (40, 38, 1)
    assert (training["Absent"], training["Not marked"]) == (1, 0)
    assert training["Attended of marked"] == pytest.approx(38 / 40)
    assert training["Attending completes step"] == "Mentoring orientation"
    meeting = sessions[f"{circle}: first meeting"]
    assert (meeting["Kind"], meeting["Status"]) == ("Group meeting", "Still to come")
    assert meeting["Invited"] == f"Circle: {circle}"
    people = {row["Name"]: row for row in sheet_rows(book, "Attendance")}
    assert sorted(people) == sorted(roster.mentors)
    assert people[absent]["Absent"] == 1 and people[absent]["Attended"] == 0
    assert people[excused]["Excused"] == 1
    came = [row for name, row in people.items() if name not in (absent, excused)]
    assert {(r["Attended"], r["Attended of marked"]) for r in came} == {(1, 1)}

    # The dashboard's Session attendance card: 38 of the 40 marked attended.
    screen = window.built_screens["dashboard"]
    card = screen.sessions.card  # type: ignore[attr-defined]
    assert card.value.text() == "95%"
    assert card.detail.text() == "Training 95%\n38 of 40 marked attended"
