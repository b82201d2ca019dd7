"""A coordinator's first program, start to finish, in the real main window (issue 16).

From the welcome screen of a fresh install: set up the program, import a
120-person Google Forms sign-up sheet, mark everyone's readiness steps at once,
suggest and confirm pairs, schedule a first meeting for every pair, save the
agreements as one PDF and export the calendar. Every simulated user action (a
click, a typed field, a key press, a file name typed in a file dialog) is
counted, and the outputs are read back with other tools: plain SQL beside the app
for the meetings, pypdf for the agreements, icalendar for the .ics file.

The same walk runs on a local file and on a shared PostgreSQL database (issue 12):
the window opens the server's URL as the app does, and every step takes the same
actions as on the file.

Set PEERDESK_WALK_SHOTS=/some/folder to keep a screenshot after each step (the
server's walk in its "server" subfolder; the walk under Xvfb uses it with
QT_QPA_PLATFORM=xcb).
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import icalendar
import pypdf
import pytest
from coordinator_walk import (
    CTRL,
    User,
    board_button,
    program_db,
    set_up_and_import,
    settle,
    shown,
    start_window,
)
from db_rows import query
from first_program_roster import signup_sheet
from pytestqt.qtbot import QtBot

from peerdesk.database import Database
from ui.calendar.export_dialog import ExportDialog
from ui.calendar.schedule_dialog import ScheduleDialog
from ui.people.bulk import StepsDialog
from ui.qt import QMessageBox, QPoint, Qt, QWidget

ACTION_BUDGET = 40
SECONDS_BUDGET = 60


def double_booked(db: Database) -> list[tuple[int, str, str]]:
    """Two scheduled meetings of one person that overlap: (person id, start, other start)."""
    rows = query(
        db,
        "SELECT mt.starts_at, mt.length_minutes, m.person_id, e.person_id "
        "FROM meeting mt JOIN pair p ON p.id = mt.pair_id "
        "JOIN participant m ON m.id = p.mentor_id JOIN participant e ON e.id = p.mentee_id "
        "WHERE mt.status = 'scheduled'",
    )
    spans: dict[int, list[tuple[datetime, datetime]]] = {}
    for starts_at, minutes, *people in rows:
        start = datetime.fromisoformat(starts_at)
        for person in people:
            spans.setdefault(person, []).append((start, start + timedelta(minutes=minutes)))
    clashes = []
    for person, times in spans.items():
        times.sort()
        for (a_start, a_end), (b_start, _b_end) in pairwise(times):
            if b_start < a_end:
                clashes.append((person, a_start.isoformat(), b_start.isoformat()))
    return clashes


# -- the steps ---------------------------------------------------------------------------


def mark_everyone_ready(user: User) -> None:
    from ui.people.screen import PeopleScreen

    qtbot, window = user.qtbot, user.window
    user.step = "readiness in bulk"
    screen = user.open_screen("people")
    assert isinstance(screen, PeopleScreen)
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 120, timeout=15000)
    user.shot("people")
    table = screen.table
    user.click(table.viewport(), table.visualRect(screen.proxy.index(0, 0)).center())
    user.key(table, Qt.Key.Key_A, CTRL)
    assert len(table.selectionModel().selectedRows()) == 120
    user.click(screen.toolbar.widgetForAction(screen.step_action))
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    dialog = screen.dialog
    assert isinstance(dialog, StepsDialog)
    assert all(box.isChecked() for box in dialog.boxes.values())  # none done yet: all ticked
    user.shot("steps-dialog", dialog)
    user.click(dialog.ok_button)
    settle()
    qtbot.waitUntil(lambda: screen.dialog is None)
    settle()
    user.shot("people-ready")
    assert screen.notice.isVisible()
    assert "120 people" in screen.notice.text() and "120 are now ready" in screen.notice.text()
    statuses = query(program_db(window), "SELECT status, count(*) FROM participant GROUP BY status")
    assert dict(statuses) == {"ready": 120}


def match_and_schedule(user: User) -> None:
    from ui.matching.board import MatchingScreen

    qtbot, window = user.qtbot, user.window
    user.step = "match"
    screen = user.open_screen("matching")
    assert isinstance(screen, MatchingScreen)
    user.shot("board")
    user.click(board_button(screen, "suggest_action"))
    settle()
    qtbot.waitUntil(lambda: screen.preview is not None, timeout=20000)
    settle()
    user.shot("board-suggested")
    user.click(board_button(screen, "accept_all_action"))
    settle()
    user.shot("board-accepted")
    user.click(board_button(screen, "confirm_action"))
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible())
    user.shot("confirm-dialog", screen.dialog)
    user.click(screen.dialog.ok)
    settle()
    qtbot.waitUntil(
        lambda: screen.dialog is not None and screen.dialog.objectName() == "offerScheduling"
    )
    offer = screen.dialog
    assert isinstance(offer, QMessageBox) and offer.isVisible()
    user.shot("offer", offer)

    user.step = "first meetings"
    user.click(offer.findChild(QWidget, "offerFirstMeetings"))
    settle()
    qtbot.waitUntil(lambda: bool(window.findChildren(ScheduleDialog)), timeout=15000)
    [dialog] = [d for d in window.findChildren(ScheduleDialog) if d.isVisible()]
    assert dialog.once.isChecked() and dialog.some_pairs.isChecked()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    settle()
    user.shot("schedule-dialog", dialog)
    # The plan's lines grow the dialog instead of squeezing the fields above them.
    for field in (dialog.pair, dialog.first, dialog.time, dialog.link):
        assert field.height() >= field.minimumSizeHint().height(), field.objectName()
    plan = dialog.plan_text.text()
    active = query(program_db(window), "SELECT count(*) FROM pair WHERE status = 'active'")[0][0]
    assert f"{active} meetings for {active} pairs." in plan
    assert "Nobody is in two meetings at once." in plan
    # The form's "When are you usually free?" was imported as availability, and the plan
    # says that pairs moved to when both are free.
    assert "pairs meet when both people said they are free" in plan
    user.click(dialog.ok)
    settle()
    qtbot.waitUntil(lambda: not window.findChildren(ScheduleDialog), timeout=20000)
    settle()
    user.shot("board-confirmed")


def save_agreements(user: User, out: Path) -> list[int]:
    from ui.pairs.model import Column
    from ui.pairs.screen import PairsScreen

    qtbot = user.qtbot
    user.step = "agreements"
    screen = user.open_screen("pairs")
    assert isinstance(screen, PairsScreen)
    qtbot.waitUntil(lambda: screen.proxy.rowCount() > 0, timeout=15000)
    settle()
    user.shot("pairs")
    order = [
        str(screen.proxy.index(r, Column.MENTEE).data()) for r in range(screen.proxy.rowCount())
    ]

    def ask_save_file(title: str, suggested: Path) -> Path:
        user.file_name()  # typed in the save dialog
        return out

    screen.ask_save_file = ask_save_file  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.saved, timeout=30000):
        user.click(screen.save_button, QPoint(12, screen.save_button.height() // 2))
    settle()
    user.shot("pairs-saved")
    return order  # type: ignore[return-value]


def export_calendar(user: User) -> Path:
    from ui.calendar.screen import CalendarScreen

    qtbot = user.qtbot
    user.step = "calendar"
    screen = user.open_screen("calendar")
    assert isinstance(screen, CalendarScreen)
    user.shot("calendar")
    user.click(screen.toolbar.widgetForAction(screen.export_action))
    qtbot.waitUntil(lambda: bool(shown(ExportDialog)) or screen.dialog is not None)
    dialog = screen.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    user.shot("export-dialog", dialog)
    path = Path(dialog.path.text())
    assert dialog.whole.isChecked()
    user.click(dialog.ok)
    settle()
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=15000)
    settle()
    user.shot("exported")
    return path


# -- the test ----------------------------------------------------------------------------


# The actions each walk took, by backend: the server's walk must take the file's.
WALKS: dict[str, Counter[str]] = {}


def test_a_first_program_from_the_welcome_screen_in_under_forty_actions(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shots: Path | None,
    location: str | None,
) -> None:
    backend = "file" if location is None else "server"
    roster = signup_sheet(tmp_path)
    began = time.monotonic()
    window = start_window(qtbot, location)
    assert program_db(window).on_server == (location is not None)
    user = User(qtbot, window, shots)

    set_up_and_import(user, roster, monkeypatch)
    mark_everyone_ready(user)
    match_and_schedule(user)
    pdf = tmp_path / "agreements.pdf"
    order = save_agreements(user, pdf)
    ics = export_calendar(user)
    seconds = time.monotonic() - began
    if shots is not None:  # the walk keeps its outputs beside its screenshots
        shutil.copy(pdf, shots / pdf.name)
        shutil.copy(ics, shots / "calendar.ics")
        for key in ("overview", "dashboard"):  # and how the program looks now (not counted)
            window.show_screen(key)
            settle()
            user.shot(f"{key}-at-the-end")
    db = program_db(window)
    print(
        f"\nactions ({backend}): {dict(user.actions)} = {sum(user.actions.values())}; "
        f"{seconds:.1f} s"
    )

    # Within budget, and step by step the same on a server as on a file.
    assert sum(user.actions.values()) <= ACTION_BUDGET, dict(user.actions)
    assert seconds < SECONDS_BUDGET * 2  # twice the budget: a busy machine is slower
    WALKS[backend] = user.actions
    if len(WALKS) == 2:
        assert WALKS["server"] == WALKS["file"]

    # Everyone imported once, paired, and each pair has one first meeting.
    assert query(db, "SELECT count(*) FROM participant")[0][0] == 120
    pairs = query(
        db,
        "SELECT p.id, pe.full_name FROM pair p JOIN participant e ON e.id = p.mentee_id "
        "JOIN person pe ON pe.id = e.person_id WHERE p.status = 'active'",
    )
    assert len(pairs) >= 60, "most mentees have a mentor"
    meetings = query(db, "SELECT pair_id, starts_at FROM meeting WHERE status = 'scheduled'")
    assert sorted(pair for pair, _start in meetings) == sorted(pair for pair, _name in pairs)
    # No mentor or mentee in two meetings at once.
    assert double_booked(db) == []

    # One page per agreement, in the Pairs list's order, each with its mentee's goal.
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == len(pairs)
    active_order = [name for name in order if name in {n for _p, n in pairs}]
    for page, mentee in zip(reader.pages, active_order, strict=True):
        text = " ".join(page.extract_text().split())
        assert mentee in text
        goal = " ".join(roster.goals[mentee].split())
        assert goal in text, f"{mentee}'s goal is not on their agreement"

    # The calendar file: exactly one event per pair.
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = [e for e in calendar.walk("VEVENT")]
    assert len(events) == len(pairs)
    assert len({str(e["UID"]) for e in events}) == len(pairs)
