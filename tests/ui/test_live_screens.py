"""Two windows on one shared database (issue 18, parts 2 and 5): what one coordinator
changes, the other's open screen shows within 2 seconds without Refresh, keeping its
selection and never disturbing a form being filled in; each window's status bar names
the other coordinator. On a file nothing listens.

The windows are two coordinators, "Sam Okafor" and "Lee Park" (the name a window works
under), on a fresh database of the test server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

import pytest
from fixtures_rosters import make_program
from pytestqt.qtbot import QtBot
from test_screens_on_server import what_is_seen

from peerdesk import people
from peerdesk.calendar.series import schedule_meeting
from peerdesk.database import create_database, open_database
from peerdesk.enums import AnswerType, ParticipantStatus, Role, SurveyKind
from peerdesk.matching.apply import confirm_pairs
from peerdesk.storage import program_database
from peerdesk.surveys.questions import add_question
from ui import operations
from ui.calendar.screen import CalendarScreen
from ui.checkins.screen import CheckinsScreen
from ui.main_window import MainWindow
from ui.people.rows import Column
from ui.people.screen import PeopleScreen
from ui.qt import QApplication, QPlainTextEdit, Qt

Launcher = Callable[..., MainWindow]
LIVE_MS = 2000  # issue 18: "within 2 seconds"
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"  # git-ignored
POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
PEOPLE = [("Ana Lima", Role.MENTOR), ("Bo Chen", Role.MENTOR), ("Cy Diallo", Role.MENTEE),
          ("Di Moreau", Role.MENTEE)]  # fmt: skip


def add(db: Any, program_id: int, name: str, role: Role) -> int:
    email = name.lower().replace(" ", ".") + "@example.org"
    data = people.PersonData(full_name=name, email=email, role=role, status=ParticipantStatus.READY)
    return people.add_person(db, program_id, data)


@pytest.fixture
def program_ids(pg_url: str) -> dict[str, int]:
    """A program with two mentors and two mentees, ready to be paired, on the server: the
    participants' ids by name."""
    with open_database(pg_url) as db:
        program_id = make_program(db)
        return {name: add(db, program_id, name, role) for name, role in PEOPLE}


def live_window(
    qtbot: QtBot, launch: Launcher, where: Any, actor: str, monkeypatch: Any
) -> MainWindow:
    """A window working under ``actor``, once it listens and has read what it missed."""
    monkeypatch.setattr(program_database, "default_actor", actor)
    window = launch(where)
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.live.refreshed >= 1, timeout=10000)
    operations.wait_idle(15)
    return window


@pytest.fixture
def windows(
    qtbot: QtBot,
    launch: Launcher,
    pg_url: str,
    program_ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[MainWindow, MainWindow]:
    first = live_window(qtbot, launch, pg_url, "Sam Okafor", monkeypatch)
    second = live_window(qtbot, launch, pg_url, "Lee Park", monkeypatch)
    return first, second


def shown_names(screen: PeopleScreen) -> list[str]:
    return [screen.proxy.index(r, Column.NAME).data() for r in range(screen.proxy.rowCount())]


def show(qtbot: QtBot, window: MainWindow, key: str) -> Any:
    screen = window.show_screen(key)
    operations.wait_idle(15)
    qtbot.waitUntil(lambda: not operations.busy())
    return screen


def shows_within(qtbot: QtBot, seen: Callable[[], bool], since: float) -> float:
    """Wait (at most 2 s after ``since``) until ``seen()``; the seconds it took."""
    qtbot.waitUntil(seen, timeout=max(1, int(LIVE_MS - (time.monotonic() - since) * 1000)))
    taken = time.monotonic() - since
    print(f"\nshown in the other window {taken * 1000:.0f} ms after the commit")
    return taken


@POPUP
def test_a_person_added_in_one_window_shows_in_the_other_keeping_its_selection(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow]
) -> None:
    first, second = windows
    theirs: PeopleScreen = show(qtbot, second, "people")
    row = shown_names(theirs).index("Bo Chen")
    theirs.table.selectRow(row)
    assert theirs.selected_ids()
    selected = theirs.selected_ids()
    refreshed = second.live.refreshed

    mine: PeopleScreen = show(qtbot, first, "people")
    mine.table.setFocus()
    qtbot.keyClick(mine.table, Qt.Key.Key_N, CTRL)  # Add a person
    qtbot.waitUntil(lambda: mine.dialog is not None and mine.dialog.isVisible())
    dialog = mine.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.full_name, "Priya Raman")
    qtbot.keyClicks(dialog.email, "priya.raman@example.org")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    committed = time.monotonic()
    shows_within(qtbot, lambda: "Priya Raman" in shown_names(theirs), committed)
    assert second.live.last_delay is not None
    print(f"notice heard to refresh asked: {second.live.last_delay * 1000:.0f} ms")
    assert second.live.refreshed == refreshed + 1  # one refresh, no Refresh pressed
    assert theirs.selected_ids() == selected  # still Bo Chen
    assert "Priya Raman" in shown_names(mine)  # the window's own refresh
    time.sleep(0.5)
    QApplication.processEvents()
    assert first.live.refreshed == 1  # its own change is not heard back


def test_a_change_heard_during_the_windows_own_work_is_read_once_by_its_refresh(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow]
) -> None:
    """No double reading (no flicker): the window's own action, still running when a change
    is heard, refreshes after it; the change is shown by that refresh, not by a second."""
    first, second = windows
    theirs: PeopleScreen = show(qtbot, second, "people")
    refreshed = second.live.refreshed

    def own_work(state: object) -> None:
        time.sleep(0.8)  # Lee's own action, on the worker

    op = operations.Op(own_work, success=lambda _r: second.notify({"people"}), parent=second)
    op.run()
    assert first.db is not None and first.program_id is not None
    add(first.db, first.program_id, "Wen Zhao", Role.MENTEE)  # Sam, meanwhile
    qtbot.waitUntil(lambda: op.delivered, timeout=5000)
    qtbot.waitUntil(lambda: "Wen Zhao" in shown_names(theirs), timeout=LIVE_MS)
    qtbot.wait(700)
    assert second.live.refreshed == refreshed and not second.live.pending


@POPUP
def test_a_form_being_filled_in_is_not_disturbed_and_the_screen_catches_up_after(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow]
) -> None:
    first, second = windows
    theirs: PeopleScreen = show(qtbot, second, "people")
    theirs.table.setFocus()
    qtbot.keyClick(theirs.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: theirs.dialog is not None and theirs.dialog.isVisible())
    form = theirs.dialog
    assert form is not None
    qtbot.keyClicks(form.full_name, "Half Typ")
    form.full_name.setFocus()
    refreshed = second.live.refreshed

    assert first.db is not None and first.program_id is not None
    add(first.db, first.program_id, "Uma Novak", Role.MENTEE)  # while Lee types
    qtbot.wait(1200)
    assert second.live.pending  # heard, and waiting for the form
    assert second.live.refreshed == refreshed
    assert form.isVisible() and form.full_name.text() == "Half Typ"
    assert QApplication.focusWidget() is form.full_name
    qtbot.keyClicks(form.full_name, "ed")
    assert form.full_name.text() == "Half Typed"

    form.reject()  # Lee cancels: now the list reads again
    closed = time.monotonic()
    shows_within(qtbot, lambda: "Uma Novak" in shown_names(theirs), closed)


def test_answers_typed_into_a_check_in_are_kept_when_the_questions_change(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow]
) -> None:
    first, second = windows
    checkins: CheckinsScreen = show(qtbot, second, "checkins")
    qtbot.waitUntil(lambda: bool(checkins.form.fields))
    operations.wait_idle(15)  # the program's first questions, written as the screen opened
    note = next(f for f in checkins.form.fields if f.question.answer_type.value == "text")
    assert isinstance(note.widget, QPlainTextEdit)
    qtbot.keyClicks(note.widget, "Going well")
    assert first.db is not None and first.program_id is not None
    add_question(
        first.db, first.program_id, SurveyKind.CHECKIN, "Did you meet in person?", AnswerType.YES_NO
    )

    def asked() -> bool:
        return any(f.question.text == "Did you meet in person?" for f in checkins.form.fields)

    qtbot.wait(1200)
    assert second.live.pending and not asked()  # heard, and waiting for the answers
    assert note.widget.toPlainText() == "Going well"
    note.widget.clear()  # Lee takes the answer back: nothing typed is lost any more
    shows_within(qtbot, asked, time.monotonic())


def test_a_pair_and_a_meeting_made_in_one_window_show_in_the_other(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow], program_ids: dict[str, int]
) -> None:
    first, second = windows
    pairs = show(qtbot, second, "pairs")

    def paired() -> bool:
        return any("Cy Diallo" in line and "Ana Lima" in line for line in what_is_seen(pairs))

    assert not paired()
    board = show(qtbot, first, "matching")
    board.propose(program_ids["Cy Diallo"], program_ids["Ana Lima"], None)  # as a drop does
    operations.wait_idle(15)
    shows_within(qtbot, paired, time.monotonic())

    assert first.db is not None and first.program_id is not None
    with first.db.quick() as conn:
        pair_id = conn.execute(
            "SELECT id FROM pair WHERE mentee_id = ?", (program_ids["Cy Diallo"],)
        ).fetchone()[0]
    confirm_pairs(first.db, [pair_id])
    calendar: CalendarScreen = show(qtbot, second, "calendar")
    day = date.today() + timedelta(days=1)
    changes = schedule_meeting(
        first.db, first.program_id, pair_id, day=day, local_time=clock(16), length_minutes=45
    )
    committed = time.monotonic()
    [meeting_id] = changes.created
    shows_within(qtbot, lambda: meeting_id in {row.id for row in calendar.rows}, committed)


def test_the_status_bar_names_the_other_coordinator(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow]
) -> None:
    """Each window names the other; one that comes or goes says so, and the others look
    again at once (not only every 5 s)."""
    first, second = windows
    label = second.live.label
    qtbot.waitUntil(lambda: label.isVisible() and "Sam Okafor" in label.text(), timeout=LIVE_MS)
    assert label.text() == "Also here: Sam Okafor"
    assert "Sam Okafor" in label.toolTip()
    qtbot.waitUntil(lambda: "Lee Park" in first.live.label.text(), timeout=LIVE_MS)
    SHOTS.mkdir(exist_ok=True)
    second.statusBar().grab().save(str(SHOTS / "live_presence_status_bar.png"))
    assert first.db is not None and first.program_id is not None
    shared = first.program_id
    other = make_program(first.db, "Autumn 2026")
    first.show_program(other)  # Sam turns to another program
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=LIVE_MS)
    first.show_program(shared)
    qtbot.waitUntil(lambda: label.text() == "Also here: Sam Okafor", timeout=LIVE_MS)
    first.close()  # Sam leaves
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=LIVE_MS)


def test_on_a_file_nothing_listens(qtbot: QtBot, launch: Launcher, db_path: Path) -> None:
    with create_database(db_path) as db:
        make_program(db)
    window = launch(db_path)
    assert window.db is not None and window.program_id is not None
    qtbot.wait(400)
    assert window.live.hearing is None and not window.live.presence.isVisible()
    assert not [t for t in threading.enumerate() if t.name == "live-changes" and t.is_alive()]


def test_a_window_says_when_it_cannot_hear_others_and_catches_up_after(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow], pg_cluster: Any
) -> None:
    first, second = windows
    theirs: PeopleScreen = show(qtbot, second, "people")
    pg_cluster.stop("immediate")
    try:
        qtbot.waitUntil(
            lambda: second.live.label.text() == "Not hearing others' changes", timeout=5000
        )
        assert second.live.presence.isVisible()
        assert "lost" in second.live.presence.toolTip()
        SHOTS.mkdir(exist_ok=True)
        second.statusBar().grab().save(str(SHOTS / "live_not_hearing_status_bar.png"))
    finally:
        pg_cluster.restart()
    qtbot.waitUntil(
        lambda: second.live.label.text() != "Not hearing others' changes", timeout=10000
    )
    operations.wait_idle(15)
    assert first.db is not None and first.program_id is not None
    add(first.db, first.program_id, "Vi Costa", Role.MENTEE)
    shows_within(qtbot, lambda: "Vi Costa" in shown_names(theirs), time.monotonic())
