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

import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import icalendar
import pypdf
import pytest
from db_rows import query
from first_program_roster import SignUp, signup_sheet
from pytestqt.qtbot import QtBot

from peerdesk.database import Database
from ui import operations
from ui.calendar.export_dialog import ExportDialog
from ui.calendar.schedule_dialog import ScheduleDialog
from ui.importer.wizard import ImportWizard, PageId
from ui.main_window import MainWindow
from ui.people.bulk import StepsDialog
from ui.qt import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QPoint,
    Qt,
    QWidget,
    QWizard,
)

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
IMPORT = QWizard.WizardButton.CommitButton
ACTION_BUDGET = 40
SECONDS_BUDGET = 60


class User:
    """The coordinator's hands: each method is one user action, counted under the step
    being walked; ``shot`` keeps a screenshot of the window when asked to."""

    def __init__(self, qtbot: QtBot, window: MainWindow, shots: Path | None) -> None:
        self.qtbot = qtbot
        self.window = window
        self.shots = shots
        self.step = ""
        self.actions: Counter[str] = Counter()
        self._shot_number = 0

    def count(self) -> None:
        self.actions[self.step] += 1

    def click(self, widget: QWidget, pos: QPoint | None = None, modifier: Any = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} is not available"
        self.count()
        if modifier is None:
            self.qtbot.mouseClick(widget, LEFT, pos=pos or widget.rect().center())
        else:
            self.qtbot.mouseClick(widget, LEFT, modifier, pos or widget.rect().center())

    def type(self, widget: QWidget, text: str) -> None:
        self.count()
        self.qtbot.keyClicks(widget, text)

    def key(self, widget: QWidget, key: Qt.Key, modifier: Any = None) -> None:
        self.count()
        if modifier is None:
            self.qtbot.keyClick(widget, key)
        else:
            self.qtbot.keyClick(widget, key, modifier)

    def file_name(self) -> None:
        """A file name typed (or the suggestion taken) in a native file dialog."""
        self.count()

    def open_screen(self, key: str) -> QWidget:
        """Click the screen's entry in the navigation list."""
        nav = self.window.nav
        row = 1 + [spec.key for spec in self.window.screen_specs].index(key)
        self.click(nav.viewport(), nav.visualItemRect(nav.item(row)).center())
        settle()
        self.qtbot.waitUntil(lambda: key in self.window.built_screens)
        screen = self.window.built_screens[key]
        self.qtbot.waitUntil(lambda: self.window.screens.currentWidget() is screen)
        settle()
        return screen

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        if self.shots is None:
            return
        QApplication.processEvents()
        self._shot_number += 1
        (widget or self.window).grab().save(str(self.shots / f"{self._shot_number:02d}-{name}.png"))


def settle() -> None:
    operations.wait_idle(30)
    QApplication.processEvents()
    operations.wait_idle(30)


def shown(kind: type, name: str | None = None) -> list[Any]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name)
    ]


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


@pytest.fixture(params=["file", "server"])
def location(request: pytest.FixtureRequest) -> str | None:
    """Where the program is made: the default file of a fresh install (None), or a new
    shared database's URL, opened as the app opens one given on its command line."""
    if request.param == "file":
        return None
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def shots(location: str | None) -> Iterator[Path | None]:
    """The folder for this walk's screenshots (the server's walk: its "server" subfolder)."""
    folder = os.environ.get("PEERDESK_WALK_SHOTS")
    if not folder:
        yield None
        return
    path = Path(folder) if location is None else Path(folder) / "server"
    path.mkdir(parents=True, exist_ok=True)
    for old in path.glob("*.png"):
        old.unlink()
    yield path


def start_window(qtbot: QtBot, location: str | None) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15000):
        window.start(location)
        window.show()
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: not window.auto_backup_pending, timeout=15000)
    settle()
    return window


# -- the steps ---------------------------------------------------------------------------


def set_up_and_import(user: User, roster: SignUp, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot, window = user.qtbot, user.window
    assert window.pages.currentWidget() is window.welcome
    user.shot("welcome")

    user.step = "set up the program"
    chosen: list[str] = []

    def choose_roster(*_args: object, **_kwargs: object) -> tuple[str, str]:
        user.file_name()  # the roster's name typed in the file dialog
        chosen.append(str(roster.path))
        return str(roster.path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose_roster)
    user.click(window.welcome.import_button)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    assert isinstance(wizard, QWizard)
    user.type(wizard.basics.name, "Mentoring 2027")  # type: ignore[attr-defined]
    user.shot("program-wizard", wizard)
    user.click(wizard.button(FINISH))
    user.step = "import the roster"  # the file dialog comes at once: its name counts here
    qtbot.waitUntil(lambda: window.import_wizard is not None, timeout=20000)
    assert chosen == [str(roster.path)]
    importer = window.import_wizard
    assert isinstance(importer, ImportWizard)
    qtbot.waitUntil(importer.isVisible)
    settle()
    pages = 0
    while importer.currentId() != PageId.PREVIEW:
        user.shot(f"import-page-{importer.currentId()}", importer)
        user.click(importer.button(NEXT))
        settle()
        pages += 1
        assert pages < 8, "the import wizard never reached its preview"
    qtbot.waitUntil(lambda: importer.preview is not None and not importer.preview_pending)
    settle()
    user.shot("import-preview", importer)
    assert importer.preview_page.counts.text().startswith("120 new, 0 updates, 2 duplicates")
    user.click(importer.button(IMPORT))
    qtbot.waitUntil(lambda: importer.currentId() == PageId.SUMMARY, timeout=30000)
    settle()
    user.shot("import-summary", importer)
    user.click(importer.button(FINISH))
    qtbot.waitUntil(lambda: window.import_wizard is None)
    settle()
    user.shot("after-import")


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


def program_db(window: MainWindow) -> Database:
    assert window.db is not None
    return window.db


def board_button(screen: Any, action_name: str) -> QWidget:
    action = getattr(screen, action_name)
    button = screen.toolbar.widgetForAction(action)
    if button is None:  # the suggestions bar's buttons
        button = screen.findChild(QWidget, action.objectName() + "Button")
    assert button is not None
    return button


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
