"""Shared databases in the app, on a real PostgreSQL server: File → Connect to shared
database…, Move to shared database…, Save a local copy…, backups and Reconnect.

The dialog is driven as a coordinator drives it: typing the server (the test
cluster's socket folder, which libpq takes as a host), port, database and user,
clicking Test connection and Connect. Passwords go to an in-memory keyring.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from peerdesk import backups, migrate
from peerdesk.database import Database, create_database, open_database
from peerdesk.program import programs
from peerdesk.progress import Cancelled, Progress
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport
from peerdesk.storage import postgres
from peerdesk.storage.copy import count_rows, program_tables
from ui import memory, operations
from ui.main_window import MainWindow
from ui.people.rows import Column
from ui.people.screen import PeopleScreen
from ui.qt import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPoint,
    QPushButton,
    Qt,
)
from ui.server import actions, passwords
from ui.server.connect_dialog import ConnectDialog

Launcher = Callable[..., MainWindow]
LEFT = Qt.MouseButton.LeftButton
ROSTER = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample-roster.xlsx"
ROSTER_PEOPLE = 41
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"  # git-ignored
SHOTS.mkdir(exist_ok=True)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process only (the tests' system keyring)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def parts(url: str) -> dict[str, str]:
    found = postgres.ServerAddress.parse(url).parts
    return {k: str(v) for k, v in found.items()}


def import_roster(db: Database, name: str = "Staff buddies") -> int:
    program_id = programs.create_program(db, programs.quick_settings(name))
    run_import(db, program_id, RosterImport.open(ROSTER, db))
    return program_id


def counts(db: Database) -> dict[str, int]:
    with db.snapshot() as connection:
        return count_rows(connection, program_tables())


def people_names(db: Database) -> list[str]:
    with db.quick() as conn:
        return sorted(row[0] for row in conn.execute("SELECT full_name FROM person"))


def open_dialog(qtbot: QtBot, window: MainWindow, action: Any) -> ConnectDialog:
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.findChild(QDialog, "connectDialog"), QDialog))
    dialog = window.findChild(QDialog, "connectDialog")
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    return dialog


def type_address(qtbot: QtBot, dialog: ConnectDialog, url: str, password: str = "") -> None:
    """Type the address of ``url`` into the form, field by field, as a coordinator does."""
    found = parts(url)
    for name, value in (
        ("host", found["host"]),
        ("port", found["port"]),
        ("database", found["dbname"]),
        ("user", found["user"]),
        ("password", password),
    ):
        field = dialog.findChild(QLineEdit, name)
        assert field is not None
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        if value:
            qtbot.keyClicks(field, value)


def click(qtbot: QtBot, dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, LEFT)


def status(dialog: ConnectDialog) -> str:
    return dialog.status.text()


def shown_boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()]


def wait_box(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: len(shown_boxes(window, name)) == 1, timeout=20000)
    return shown_boxes(window, name)[0]


def press(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, LEFT)


def shown_people(qtbot: QtBot, window: MainWindow, count: int) -> list[str]:
    screen = window.show_screen("people")
    assert isinstance(screen, PeopleScreen)
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == count, timeout=20000)
    proxy = screen.proxy
    return sorted(proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount()))


def on_server(window: MainWindow) -> bool:
    return window.db is not None and window.db.on_server


# --- connecting ------------------------------------------------------------------------


def test_connect_through_the_dialog_and_see_the_people_on_the_server(
    qtbot: QtBot, launch: Launcher, pg_url: str, memory_keyring: MemoryKeyring, peerdesk_home: Path
) -> None:
    with open_database(pg_url) as server:
        import_roster(server)
        expected = people_names(server)
        key = server.key
    window = launch()
    dialog = open_dialog(qtbot, window, window.connect_action)
    assert dialog.port.text() == "5432"
    type_address(qtbot, dialog, pg_url, password="s3cret-pw")
    assert dialog.remember.isEnabled()
    qtbot.mouseClick(dialog.remember, LEFT, pos=QPoint(8, dialog.remember.height() // 2))
    assert dialog.remember.isChecked()

    click(qtbot, dialog, "testConnection")
    qtbot.waitUntil(lambda: status(dialog).startswith("Connected"), timeout=20000)
    assert status(dialog) == "Connected: PeerDesk database, 1 program"
    dialog.grab().save(str(SHOTS / "connect-dialog.png"))

    with qtbot.waitSignal(window.program_shown, timeout=20000):
        click(qtbot, dialog, "connectButton")
    operations.wait_idle(20)
    assert window.findChild(QDialog, "connectDialog") is None  # closed once connected
    assert on_server(window) and window.db is not None and window.db.key == key
    label = window.db.label
    assert window.windowTitle() == f"Staff buddies — {label} — PeerDesk"
    assert window.file_label.text() == f"Shared database: {label}"
    assert shown_people(qtbot, window, ROSTER_PEOPLE) == expected
    window.resize(1100, 720)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "window-on-server.png"))

    # Remembered by its address without the password; the password is in the keyring only.
    assert memory.recent_locations()[0] == key
    assert memory_keyring.passwords == {(passwords.SERVICE, key): "s3cret-pw"}
    for written in peerdesk_home.rglob("*"):
        if written.is_file():
            assert b"s3cret-pw" not in written.read_bytes(), written

    # A new window opens the shared database again, with the password from the keyring.
    window.close()
    again = launch()
    assert on_server(again) and again.db is not None and again.db.key == key
    assert again.server == (key, "s3cret-pw")
    recent_menu = [a.text() for a in again.recent_menu.actions() if a.data()]
    assert recent_menu[0] == label


def test_without_a_keyring_the_password_is_never_kept(
    qtbot: QtBot, launch: Launcher, pg_url: str, no_keyring: None, peerdesk_home: Path
) -> None:
    window = launch()
    dialog = open_dialog(qtbot, window, window.connect_action)
    assert not dialog.remember.isEnabled()
    assert "asks for the password each time" in dialog.keyring_note.text()
    type_address(qtbot, dialog, pg_url, password="not-kept-42")
    with qtbot.waitSignal(window.file_opened, timeout=20000):
        click(qtbot, dialog, "connectButton")
    operations.wait_idle(20)
    assert on_server(window)
    window.close()
    for written in peerdesk_home.rglob("*"):
        if written.is_file():
            assert b"not-kept-42" not in written.read_bytes(), written


def test_an_empty_database_is_set_up_when_the_coordinator_agrees(
    qtbot: QtBot, launch: Launcher, empty_pg_url: str, no_keyring: None
) -> None:
    window = launch()
    dialog = open_dialog(qtbot, window, window.connect_action)
    type_address(qtbot, dialog, empty_pg_url)
    click(qtbot, dialog, "testConnection")
    qtbot.waitUntil(lambda: status(dialog).startswith("Empty"), timeout=20000)
    assert status(dialog) == "Empty database: it can be set up for PeerDesk"
    address = postgres.ServerAddress.parse(empty_pg_url)
    assert postgres.describe(address) is None  # testing changed nothing

    click(qtbot, dialog, "connectButton")
    box = wait_box(qtbot, window, "confirm")
    assert "Set it up for PeerDesk?" in box.text()
    with qtbot.waitSignal(window.file_opened, timeout=30000):
        press(qtbot, box, "Set up")
    operations.wait_idle(20)
    assert on_server(window)
    assert postgres.describe(address) == migrate.HEAD
    assert window.pages.currentWidget() is window.welcome  # no program yet
    assert "New programs are saved in" in window.welcome.current_file.text()


def test_another_applications_database_is_refused_and_left_alone(
    qtbot: QtBot, launch: Launcher, empty_pg_url: str, pg_cluster: Any, no_keyring: None
) -> None:
    name = parts(empty_pg_url)["dbname"]
    pg_cluster.sql("CREATE TABLE invoices (id int PRIMARY KEY, total numeric)", name)
    pg_cluster.sql("INSERT INTO invoices VALUES (1, 9.5)", name)
    window = launch()
    before = window.db
    dialog = open_dialog(qtbot, window, window.connect_action)
    type_address(qtbot, dialog, empty_pg_url)
    click(qtbot, dialog, "connectButton")
    qtbot.waitUntil(lambda: "another application" in status(dialog), timeout=20000)
    assert "Nothing was changed" in status(dialog)
    dialog.grab().save(str(SHOTS / "connect-refused.png"))
    assert "Traceback" not in status(dialog)
    assert dialog.isVisible() and window.db is before
    import psycopg

    with psycopg.connect(empty_pg_url) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
    assert tables == ["invoices"]
    dialog.reject()


def test_missing_fields_are_named_inline(qtbot: QtBot, launch: Launcher, no_keyring: None) -> None:
    window = launch()
    dialog = open_dialog(qtbot, window, window.connect_action)
    click(qtbot, dialog, "connectButton")
    assert status(dialog) == "Fill in the server, the database, the user name."
    assert dialog.isVisible()
    dialog.reject()


# --- moving and copying -----------------------------------------------------------------


def test_move_a_file_program_onto_an_empty_server_database_and_switch(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, empty_pg_url: str, no_keyring: None
) -> None:
    path = tmp_path / "Staff.peerdesk"
    with create_database(path) as db:
        import_roster(db)
        expected = people_names(db)
    window = launch(path)
    assert window.db is not None
    source_counts = counts(window.db)
    dialog = open_dialog(qtbot, window, window.move_action)
    assert dialog.connect_button.text() == "Move here"
    type_address(qtbot, dialog, empty_pg_url)
    dialog.grab().save(str(SHOTS / "move-dialog.png"))
    click(qtbot, dialog, "connectButton")
    box = wait_box(qtbot, window, "confirm")
    assert "Everything is now on" in box.text()
    box.grab().save(str(SHOTS / "move-done.png"))

    with open_database(empty_pg_url) as server:
        assert counts(server) == source_counts
        assert people_names(server) == expected
    with qtbot.waitSignal(window.file_opened, timeout=20000):
        press(qtbot, box, "Switch to the shared database")
    operations.wait_idle(20)
    assert on_server(window)
    assert shown_people(qtbot, window, ROSTER_PEOPLE) == expected
    open_database(path).close()  # the file is left as it was, and no longer locked


def test_a_program_is_not_moved_onto_a_database_that_has_one(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, pg_url: str, no_keyring: None
) -> None:
    with open_database(pg_url) as server:
        import_roster(server, "Already there")
        before = counts(server)
    path = tmp_path / "Mine.peerdesk"
    with create_database(path) as db:
        import_roster(db)
    window = launch(path)
    dialog = open_dialog(qtbot, window, window.move_action)
    type_address(qtbot, dialog, pg_url)
    click(qtbot, dialog, "connectButton")
    qtbot.waitUntil(lambda: "already holds PeerDesk programs" in status(dialog), timeout=20000)
    assert dialog.isVisible()
    dialog.reject()
    with open_database(pg_url) as server:
        assert counts(server) == before


def test_save_a_local_copy_of_a_server_program(
    qtbot: QtBot,
    launch: Launcher,
    tmp_path: Path,
    pg_url: str,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with open_database(pg_url) as server:
        import_roster(server)
        expected = people_names(server)
    window = launch(pg_url)
    assert on_server(window) and window.db is not None
    source_counts = counts(window.db)
    target = tmp_path / "Team copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.local_copy_action.trigger()
    box = wait_box(qtbot, window, "notice")
    saved = target.with_name("Team copy.peerdesk")
    assert "Team copy.peerdesk" in box.text()
    box.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Team copy.peerdesk"]
    with open_database(saved) as copy:
        assert people_names(copy) == expected
        assert counts(copy) == source_counts


class StopAfter(Progress):
    """Asks to stop at the ``n``-th check, as Cancel clicked in the middle of a copy does."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.left = n

    def check(self) -> None:
        self.left -= 1
        if self.left <= 0:
            raise Cancelled()


def test_a_cancelled_local_copy_leaves_no_file(tmp_path: Path, pg_url: str) -> None:
    with open_database(pg_url) as server:
        import_roster(server)
        target = tmp_path / "out" / "Copy.peerdesk"
        target.parent.mkdir()
        with pytest.raises(Cancelled):
            actions.copy_to_file(server, target, StopAfter(3))
    assert list(target.parent.iterdir()) == []


def test_a_cancelled_move_leaves_the_server_database_without_rows(
    tmp_path: Path, empty_pg_url: str
) -> None:
    from ui.server.connect_dialog import ServerChoice

    path = tmp_path / "Mine.peerdesk"
    with create_database(path) as db:
        import_roster(db)
        choice = ServerChoice(empty_pg_url, "", "", None, True)
        with pytest.raises(Cancelled):
            actions.move_program(db, choice, StopAfter(3))
    with open_database(empty_pg_url) as server:
        assert sum(counts(server).values()) == 0


# --- backups and reconnecting ---------------------------------------------------------------


def test_backup_now_on_a_server_database_makes_a_local_file(
    qtbot: QtBot, launch: Launcher, pg_url: str, no_keyring: None
) -> None:
    with open_database(pg_url) as server:
        import_roster(server)
        expected = people_names(server)
        key = server.key
    window = launch(pg_url)
    assert on_server(window)
    with open_database(pg_url) as server:  # a change since the automatic backup
        programs.create_program(server, programs.quick_settings("Second"))
    window.backup_action.trigger()
    box = wait_box(qtbot, window, "notice")
    assert "A backup of" in box.text() and "was saved" in box.text()
    manual = [b for b in backups.list_backups(key) if b.reason == "manual"]
    assert len(manual) == 1 and str(manual[0].path) in box.informativeText()
    box.close()
    conn = sqlite3.connect(manual[0].path)
    try:
        names = sorted(r[0] for r in conn.execute("SELECT full_name FROM person"))
    finally:
        conn.close()
    assert names == expected

    window.restore_action.trigger()
    qtbot.waitUntil(lambda: window.backup_dialog is not None and window.backup_dialog.isVisible())
    dialog = window.backup_dialog
    assert dialog is not None
    assert dialog.model.rowCount() >= 2  # type: ignore[attr-defined]
    dialog.reject()


@pytest.mark.qt_log_ignore("QSocketNotifier")
def test_a_lost_connection_offers_to_reconnect(
    qtbot: QtBot, launch: Launcher, pg_url: str, pg_cluster: Any, no_keyring: None
) -> None:
    with open_database(pg_url) as server:
        import_roster(server)
    window = launch(pg_url)
    assert on_server(window)
    first = window.db
    pg_cluster.stop("immediate")
    try:
        window.reload()
        box = wait_box(qtbot, window, "userError")
        assert "Traceback" not in box.text()
        assert "reconnect" in box.text().lower()
        reconnect = box.findChild(QPushButton, "reconnect")
        assert reconnect is not None and reconnect.text() == "Reconnect"
        box.grab().save(str(SHOTS / "reconnect-box.png"))
        assert window.isVisible()
    finally:
        pg_cluster.restart()
    with qtbot.waitSignal(window.file_opened, timeout=30000):
        qtbot.mouseClick(reconnect, LEFT)
    operations.wait_idle(20)
    assert on_server(window) and window.db is not first
    assert window.pages.currentWidget() is window.workspace
    assert window.findChild(QDialog, "crashDialog") is None


def test_a_recent_shared_database_is_listed_by_label_and_reopens_with_the_saved_password(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    with open_database(pg_url) as server:
        import_roster(server)
        key, label = server.key, server.label
    passwords.save(key, "kept-in-keyring")
    memory.remember_location(key, label)
    empty = tmp_path / "Empty.peerdesk"
    create_database(empty).close()
    window = launch(empty)
    assert window.pages.currentWidget() is window.welcome
    recent = window.welcome.recent_list
    assert [recent.item(i).text() for i in range(recent.count())] == [label]
    window.resize(1100, 720)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "welcome-recent-server.png"))
    item = recent.item(0)
    with qtbot.waitSignal(window.program_shown, timeout=20000):
        qtbot.mouseClick(recent.viewport(), LEFT, pos=recent.visualItemRect(item).center())
    operations.wait_idle(20)
    assert on_server(window) and window.db is not None and window.db.key == key
    assert window.server == (key, "kept-in-keyring")
    stored = memory.app_settings().value("files/recent", [], type=list)
    assert stored[0] == key and "kept-in-keyring" not in str(stored)


def test_a_database_from_a_newer_peerdesk_is_refused_untouched(
    qtbot: QtBot, launch: Launcher, pg_url: str, pg_cluster: Any, no_keyring: None
) -> None:
    name = parts(pg_url)["dbname"]
    pg_cluster.sql("UPDATE alembic_version SET version_num = '9999_future'", name)
    window = launch()
    dialog = open_dialog(qtbot, window, window.connect_action)
    type_address(qtbot, dialog, pg_url)
    click(qtbot, dialog, "testConnection")
    qtbot.waitUntil(lambda: "newer version of PeerDesk" in status(dialog), timeout=20000)
    click(qtbot, dialog, "connectButton")
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=20000)
    assert "newer version of PeerDesk" in status(dialog) and dialog.isVisible()
    assert not on_server(window)
    dialog.reject()


def test_a_server_that_does_not_answer_is_said_plainly(
    qtbot: QtBot, launch: Launcher, pg_url: str, no_keyring: None
) -> None:
    window = launch()
    dialog = open_dialog(qtbot, window, window.connect_action)
    type_address(qtbot, dialog, pg_url)
    dialog.port.setText("1")  # nothing listens there
    click(qtbot, dialog, "testConnection")
    qtbot.waitUntil(lambda: "could not reach" in status(dialog), timeout=20000)
    assert "nothing answers at that address and port" in status(dialog)
    assert "Traceback" not in status(dialog)


def test_a_refused_user_is_asked_again_in_the_filled_in_form(
    qtbot: QtBot, launch: Launcher, pg_url: str, no_keyring: None
) -> None:
    found = parts(pg_url)
    window = launch()
    before = window.db
    stranger = f"postgresql://nobody@/{found['dbname']}?host={found['host']}&port={found['port']}"
    window.open_location(stranger)
    qtbot.waitUntil(lambda: isinstance(window.findChild(QDialog, "connectDialog"), QDialog))
    dialog = window.findChild(QDialog, "connectDialog")
    assert isinstance(dialog, ConnectDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "did not accept the user name or password" in status(dialog)
    assert (dialog.host.text(), dialog.user.text()) == (found["host"], "nobody")
    assert dialog.database.text() == found["dbname"]
    assert window.db is before  # the file open before stays open
    dialog.reject()


def test_peerdesk_open_url_starts_the_app_on_the_shared_database(
    pg_url: str, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    with open_database(pg_url) as server:
        import_roster(server)
        label = server.label
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PEERDESK_HOME=str(tmp_path / "home"), PEERDESK_QUIT_WHEN_SHOWN="1")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(repo), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "open", pg_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("PEERDESK_SHOWN ")]
    assert shown and shown[-1].split(" ", 2)[2] == label
    assert "Traceback" not in done.stderr


@pytest.fixture
def hold_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], Callable[[], None]]]:
    """``hold()`` keeps the worker busy until the function it returns is called, so the next
    operation waits in its queue with its progress dialog showing (at once: no delay)."""
    import threading

    gate = threading.Event()

    def hold() -> Callable[[], None]:
        monkeypatch.setattr(operations, "PROGRESS_DIALOG_MS", 0)
        operations.Op(lambda state: gate.wait(30), success=lambda _r: None).run()
        return gate.set

    yield hold
    gate.set()
    operations.wait_idle(20)


def cancel_progress(qtbot: QtBot, window: MainWindow) -> None:
    """Click Cancel on the operation's progress dialog, as a coordinator does."""
    from ui.operations import ProgressDialog

    def dialog() -> ProgressDialog | None:
        found = [d for d in window.findChildren(ProgressDialog) if d.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=10000)
    progress = dialog()
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, LEFT)


def test_cancel_on_the_progress_of_a_move_copies_nothing(
    qtbot: QtBot,
    launch: Launcher,
    tmp_path: Path,
    empty_pg_url: str,
    no_keyring: None,
    hold_worker: Callable[[], Callable[[], None]],
) -> None:
    from ui.server.connect_dialog import ServerChoice

    path = tmp_path / "Mine.peerdesk"
    with create_database(path) as db:
        import_roster(db)
    window = launch(path)
    release = hold_worker()
    choice = ServerChoice(empty_pg_url, "", "the team's database", None, True)
    op = actions.move(window, choice)
    assert op is not None
    cancel_progress(qtbot, window)
    release()
    qtbot.waitUntil(lambda: op.delivered, timeout=20000)
    assert op.outcome == "cancelled"
    assert "The move was cancelled" in window.statusBar().currentMessage()
    assert postgres.describe(postgres.ServerAddress.parse(empty_pg_url)) is None  # untouched
    assert not on_server(window)


def test_cancel_on_the_progress_of_a_local_copy_leaves_no_file(
    qtbot: QtBot,
    launch: Launcher,
    tmp_path: Path,
    pg_url: str,
    no_keyring: None,
    hold_worker: Callable[[], Callable[[], None]],
) -> None:
    with open_database(pg_url) as server:
        import_roster(server)
    window = launch(pg_url)
    release = hold_worker()
    folder = tmp_path / "copies"
    folder.mkdir()
    op = actions.save_copy(window, folder / "Copy.peerdesk")
    assert op is not None
    cancel_progress(qtbot, window)
    release()
    qtbot.waitUntil(lambda: op.delivered, timeout=20000)
    assert op.outcome == "cancelled"
    assert "no file was made" in window.statusBar().currentMessage()
    assert list(folder.iterdir()) == []


def test_the_keyring_is_asked_only_for_a_database_whose_password_peerdesk_saved(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading the keyring costs a few hundred milliseconds at start: a database whose
    password PeerDesk never saved opens without it."""
    key = "postgresql://team@db.example.org:5432/mentoring"
    other = "postgresql://team@db.example.org:5432/elsewhere"
    memory_keyring.passwords[(passwords.SERVICE, other)] = "put there by another tool"
    asked: list[str] = []

    def get_password(service: str, username: str) -> str | None:
        asked.append(username)
        return MemoryKeyring.get_password(memory_keyring, service, username)

    monkeypatch.setattr(memory_keyring, "get_password", get_password)
    assert passwords.saved(key) is None and passwords.saved(other) is None
    assert asked == []
    assert passwords.save(key, "s3cret-pw")
    assert passwords.saved(key) == "s3cret-pw" and asked == [key]
    kept = memory.app_settings().value(passwords.KEPT, [], type=list)
    assert kept == [key] and "s3cret-pw" not in str(kept)
    passwords.forget(key)
    asked.clear()
    assert passwords.saved(key) is None and asked == []
    assert (passwords.SERVICE, key) not in memory_keyring.passwords
