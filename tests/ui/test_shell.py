"""The app shell, driven as a coordinator drives it: welcome, wizard, menus, files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import peerdesk
from peerdesk import backups, paths
from peerdesk.database import create_database, open_database
from peerdesk.errors import FileAlreadyOpen
from peerdesk.program import programs
from ui import memory, operations
from ui.main_window import MainWindow
from ui.memory import app_settings
from ui.qt import (
    QAction,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QKeySequence,
    QMessageBox,
    QPalette,
    Qt,
    QWizard,
    qVersion,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier

Launcher = Callable[..., MainWindow]


def program_names(path: Path) -> list[str]:
    """Read the file with plain sqlite3, beside the window's own connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM program ORDER BY id")]
    finally:
        conn.close()


def make_file(path: Path, *names: str) -> dict[str, int]:
    db = create_database(path)
    try:
        return {name: programs.create_program(db, programs.quick_settings(name)) for name in names}
    finally:
        db.close()


def add_people(path: Path, program_name: str, mentors: int, mentees: int, active: int) -> None:
    """Invented people, and ``active`` pairs between them, written with the core models."""
    from peerdesk.enums import PairStatus, Role
    from peerdesk.models import Pair, Participant, Person

    db = open_database(path)
    try:
        program_id = programs.find_program(db, program_name)
        with db.transaction() as session:
            made: dict[Role, list[Participant]] = {Role.MENTOR: [], Role.MENTEE: []}
            for role, count in ((Role.MENTOR, mentors), (Role.MENTEE, mentees)):
                for n in range(count):
                    person = Person(full_name=f"{role.value.title()} {n}")
                    person.email = f"{role.value}{n}@example.org"
                    participant = Participant(program_id=program_id, person=person, role=role)
                    session.add(participant)
                    made[role].append(participant)
            session.flush()
            for n in range(active):
                session.add(
                    Pair(
                        program_id=program_id,
                        mentor_id=made[Role.MENTOR][n].id,
                        mentee_id=made[Role.MENTEE][n].id,
                        status=PairStatus.ACTIVE,
                    )
                )
    finally:
        db.close()


def shown_boxes(window: MainWindow, name: str) -> list[QMessageBox]:
    return [
        box
        for box in window.findChildren(QMessageBox)
        if box.objectName() == name and box.isVisible()
    ]


def wait_box(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: len(shown_boxes(window, name)) == 1, timeout=10000)
    return shown_boxes(window, name)[0]


def create_with_wizard(qtbot: QtBot, window: MainWindow, name: str) -> None:
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    assert isinstance(wizard, QWizard)
    qtbot.keyClicks(wizard.basics.name, name)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.program_shown, timeout=15000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    operations.wait_idle(15)


# --- first run, wizard, relaunch ------------------------------------------------


def test_first_run_creates_the_default_file_and_welcomes(launch: Launcher) -> None:
    assert not paths.default_file().exists()
    window = launch()
    assert paths.default_file().exists()
    assert window.db is not None and window.db.path == paths.default_file().resolve()
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "PeerDesk.peerdesk — PeerDesk"
    assert str(window.db.path) in window.welcome.current_file.text()
    assert not window.settings_action.isEnabled()
    assert program_names(window.db.path) == []
    # The file was backed up on open, after the window showed.
    assert [b.reason for b in backups.list_backups(window.db.path)] == ["auto"]


def test_create_a_program_from_the_welcome_screen_then_come_back(
    qtbot: QtBot, launch: Launcher
) -> None:
    window = launch()
    qtbot.mouseClick(window.welcome.create_button, LEFT)
    create_with_wizard(qtbot, window, "Buddy Program 2026")

    assert window.pages.currentWidget() is window.workspace
    assert window.overview.title.text() == "Buddy Program 2026"
    assert window.windowTitle() == "Buddy Program 2026 — PeerDesk.peerdesk — PeerDesk"
    assert window.settings_action.isEnabled()
    path = paths.default_file().resolve()
    assert program_names(path) == ["Buddy Program 2026"]
    # Nobody has joined yet, and the overview says so.
    assert "Nobody has joined yet" in window.overview.people.body.text()

    program_id = window.program_id
    window.close()
    again = launch()
    assert again.db is not None and again.db.path == path
    assert again.program_id == program_id
    assert again.overview.title.text() == "Buddy Program 2026"
    assert again.windowTitle() == "Buddy Program 2026 — PeerDesk.peerdesk — PeerDesk"


def test_cancelling_the_wizard_saves_nothing(qtbot: QtBot, launch: Launcher) -> None:
    window = launch()
    qtbot.mouseClick(window.welcome.create_button, LEFT)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
    wizard = window.wizard
    assert isinstance(wizard, QWizard)
    qtbot.keyClicks(wizard.basics.name, "Never saved")  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    qtbot.waitUntil(lambda: window.wizard is None)
    operations.wait_idle()
    assert window.pages.currentWidget() is window.welcome
    assert program_names(paths.default_file()) == []


def test_program_settings_rename_the_program(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "club.peerdesk"
    make_file(path, "Reading Buddies")
    window = launch(path)
    assert window.overview.title.text() == "Reading Buddies"

    qtbot.mouseClick(window.overview.edit_button, LEFT)
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    name = dialog.basics.name  # type: ignore[attr-defined]
    qtbot.keyClick(name, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(name, "Reading Partners")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.program_shown, timeout=15000):
        qtbot.mouseClick(ok, LEFT)
    operations.wait_idle()

    assert program_names(path) == ["Reading Partners"]
    assert window.overview.title.text() == "Reading Partners"
    assert window.windowTitle() == "Reading Partners — club.peerdesk — PeerDesk"


def test_switch_program_and_remember_it(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    path = tmp_path / "two.peerdesk"
    ids = make_file(path, "Alpha Circle", "Beta Circle")
    window = launch(path)
    assert window.overview.title.text() == "Alpha Circle"  # the first, by name
    switch = {a.text(): a for a in window.switch_menu.actions()}
    assert set(switch) == {"Alpha Circle", "Beta Circle"}
    assert switch["Alpha Circle"].isChecked()
    with qtbot.waitSignal(window.program_shown, timeout=15000):
        switch["Beta Circle"].trigger()
    assert window.program_id == ids["Beta Circle"]
    assert window.overview.title.text() == "Beta Circle"
    assert {a.text(): a.isChecked() for a in window.switch_menu.actions()} == {
        "Alpha Circle": False,
        "Beta Circle": True,
    }
    window.close()
    again = launch()  # no path: the file used last
    assert again.db is not None and again.db.path == path.resolve()
    assert again.overview.title.text() == "Beta Circle"


def test_new_program_from_the_menu_joins_the_others(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "menu.peerdesk"
    make_file(path, "Existing")
    window = launch(path)
    window.new_program_action.trigger()
    create_with_wizard(qtbot, window, "Second Wave")
    assert sorted(program_names(path)) == ["Existing", "Second Wave"]
    assert window.overview.title.text() == "Second Wave"
    assert [a.text() for a in window.switch_menu.actions()] == ["Existing", "Second Wave"]


def test_the_overview_counts_people_and_pairs_from_the_file(
    launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "counted.peerdesk"
    make_file(path, "Counted")
    add_people(path, "Counted", mentors=3, mentees=4, active=2)
    window = launch(path)
    people = window.overview.people.body.text().splitlines()
    assert people[:3] == ["7 participants", "3 mentors, 4 mentees", "2 pairs, 2 active"]
    meetings = window.overview.meetings.body.text()
    assert "60 minutes each" in meetings


# --- refusing files ----------------------------------------------------------


def test_a_spreadsheet_is_refused_and_the_current_file_stays_open(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "mine.peerdesk"
    make_file(path, "Steady")
    window = launch(path)
    roster = tmp_path / "roster.xlsx"
    content = b"PK\x03\x04" + bytes(range(200))
    roster.write_bytes(content)

    window.open_file(roster)
    box = wait_box(qtbot, window, "userError")
    assert "roster.xlsx" in box.text()
    assert "spreadsheet" in box.text()
    assert "Traceback" not in box.text()
    box.close()

    operations.wait_idle()
    assert window.db is not None and window.db.path == path.resolve()
    assert window.windowTitle() == "Steady — mine.peerdesk — PeerDesk"
    assert roster.read_bytes() == content
    assert str(roster) not in [str(p) for p in window.recent_files()]
    # The file still works: reload it through the window.
    with qtbot.waitSignal(window.program_shown, timeout=15000):
        window.reload()
    assert program_names(path) == ["Steady"]


def test_a_file_from_a_newer_peerdesk_is_refused_untouched(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    window = launch()
    future = tmp_path / "future.peerdesk"
    make_file(future, "From the future")
    conn = sqlite3.connect(future)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = future.read_bytes()

    window.open_file(future)
    box = wait_box(qtbot, window, "userError")
    assert "newer version of PeerDesk" in box.text()
    box.close()
    operations.wait_idle()
    assert window.db is not None and window.db.path == paths.default_file().resolve()
    assert future.read_bytes() == before


def test_a_file_open_in_another_peerdesk_is_refused_by_name(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "mine.peerdesk"
    make_file(path, "Mine")
    shared = tmp_path / "shared.peerdesk"
    make_file(shared, "Shared")
    window = launch(path)
    elsewhere = open_database(shared)  # another PeerDesk has it open
    try:
        window.open_file(shared)
        box = wait_box(qtbot, window, "userError")
        assert "shared.peerdesk" in box.text()
        assert "already open in another PeerDesk window" in box.text()
        box.close()
        operations.wait_idle()
        assert window.db is not None and window.db.path == path.resolve()
        assert program_names(shared) == ["Shared"]
    finally:
        elsewhere.close()


def test_a_file_open_in_the_window_cannot_be_opened_again(launch: Launcher, tmp_path: Path) -> None:
    path = tmp_path / "locked.peerdesk"
    make_file(path, "Locked")
    window = launch(path)
    with pytest.raises(FileAlreadyOpen):
        open_database(path)
    window.close()
    open_database(path).close()  # closing the window lets it go


def test_a_missing_recent_file_is_greyed_and_removed_when_clicked(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.peerdesk"
    make_file(gone, "Old")
    window = launch(gone)
    other, fresh = tmp_path / "other.peerdesk", tmp_path / "fresh.peerdesk"
    for path in (other, fresh):
        with qtbot.waitSignal(window.file_opened, timeout=15000):
            window.create_file(path)
        operations.wait_idle()
    assert window.db is not None and window.db.path == fresh.resolve()
    assert window.pages.currentWidget() is window.welcome  # the new file has no program
    gone.unlink()
    window.close()

    window = launch()
    assert window.db is not None and window.db.path == fresh.resolve()
    recent = window.welcome.recent_list
    items = [recent.item(i) for i in range(recent.count())]
    # The open file is not offered again; the missing one is greyed out.
    assert [item.text() for item in items] == ["other.peerdesk", "gone.peerdesk (missing)"]
    grey = window.welcome.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert items[1].foreground().color() == grey
    assert items[0].foreground().color() != grey

    qtbot.mouseClick(recent.viewport(), LEFT, pos=recent.visualItemRect(items[1]).center())
    box = wait_box(qtbot, window, "userError")
    assert "gone.peerdesk" in box.text() and "does not exist" in box.text()
    box.close()
    assert window.recent_files() == [fresh.resolve(), other.resolve()]
    assert [recent.item(i).text() for i in range(recent.count())] == ["other.peerdesk"]


def test_open_recent_menu_switches_files(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    first, second = tmp_path / "first.peerdesk", tmp_path / "second.peerdesk"
    make_file(first, "First program")
    make_file(second, "Second program")
    window = launch(first)
    window.open_file(second)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Second program"), timeout=15000)
    operations.wait_idle()
    recent = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.text() for a in recent] == ["second.peerdesk", "first.peerdesk"]
    with qtbot.waitSignal(window.program_shown, timeout=15000):
        recent[1].trigger()
    operations.wait_idle()
    assert window.windowTitle() == "First program — first.peerdesk — PeerDesk"
    open_database(second).close()  # the file left behind is no longer locked


# --- backups, help, shortcuts ------------------------------------------------


def test_backup_now_says_where_the_backup_went(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = tmp_path / "safe.peerdesk"
    make_file(path, "Safe")
    window = launch(path)
    window.backup_action.trigger()
    box = wait_box(qtbot, window, "notice")
    assert "Nothing has changed since the last backup" in box.text()
    box.close()

    assert window.db is not None
    programs.create_program(window.db, programs.quick_settings("Changed"))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: any("was saved" in b.text() for b in shown_boxes(window, "notice")))
    box = next(b for b in shown_boxes(window, "notice") if "was saved" in b.text())
    manual = [b for b in backups.list_backups(path) if b.reason == "manual"]
    assert len(manual) == 1
    assert str(manual[0].path) in box.informativeText()
    box.close()


def test_about_and_quick_start(qtbot: QtBot, launch: Launcher) -> None:
    window = launch()
    window.about_action.trigger()
    about = window.findChild(QDialog, "about")
    assert about is not None and about.isVisible()
    text = about.text.text()  # type: ignore[attr-defined]
    assert f"PeerDesk {peerdesk.__version__}" in text
    assert qVersion() in text
    assert "GNU General Public License" in text
    about.close()

    window.quick_start_action.trigger()
    guide = window.findChild(QDialog, "quickStart")
    assert guide is not None and guide.isVisible()
    words = guide.browser.toPlainText()  # type: ignore[attr-defined]
    for phrase in ("Create a program", "Program settings", "Backup now", "Restore from backup"):
        assert phrase in words
    guide.close()


def test_menus_and_shortcuts(launch: Launcher) -> None:
    window = launch()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Program", "Help"]

    def titles(menu_index: int) -> list[str]:
        menu = window.menuBar().actions()[menu_index].menu()
        return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]

    assert titles(0) == [
        "New file…",
        "Open…",
        "Open Recent",
        "Connect to shared database…",
        "Import roster…",
        "Undo last import…",
        "Save blank roster template…",
        "Backup now",
        "Restore from backup…",
        "Move to shared database…",
        "Save a local copy…",
        "Quit",
    ]
    assert titles(1) == ["Undo", "Redo", "Preferences…"]
    assert titles(2) == ["New program…", "Program settings…", "Switch program", "Refresh",
                         "History…"]  # fmt: skip
    assert titles(3) == ["Quick start", "Try the sample program", "About PeerDesk"]
    shortcut = {a.objectName(): a.shortcut() for a in window.findChildren(QAction)}
    assert shortcut["newFile"] == QKeySequence("Ctrl+N")
    assert shortcut["open"] == QKeySequence("Ctrl+O")
    assert shortcut["quit"] == QKeySequence("Ctrl+Q")
    assert shortcut["quickStart"] == QKeySequence("F1")
    assert shortcut["undo"] == QKeySequence("Ctrl+Z")
    assert shortcut["redo"] == QKeySequence("Ctrl+Shift+Z")
    assert shortcut["refresh"] == QKeySequence("F5")
    assert not window.windowIcon().isNull()


def test_window_geometry_is_remembered(launch: Launcher) -> None:
    window = launch()
    window.resize(700, 520)  # inside the offscreen 800×600 screen
    window.close()
    assert app_settings().value("window/geometry") is not None
    again = launch()
    assert (again.width(), again.height()) == (700, 520)


def test_settings_stay_in_peerdesk_home(peerdesk_home: Path, launch: Launcher) -> None:
    launch().close()
    assert (peerdesk_home / "settings.ini").is_file()
    assert app_settings().fileName() == str(peerdesk_home / "settings.ini")


# --- screenshots ---------------------------------------------------------------


def test_screenshots(qtbot: QtBot, launch: Launcher, tmp_path: Path) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    earlier = tmp_path / "Youth mentoring 2025.peerdesk"
    make_file(earlier, "Youth mentoring 2025")
    memory.remember_file(tmp_path / "Moved away.peerdesk")
    memory.remember_file(earlier)
    app_settings().remove("files/last")  # a first start on this computer, with recent files
    window = launch()
    window.resize(1100, 720)
    QApplication.processEvents()
    window.grab().save(str(SCREENSHOTS / "shell-welcome.png"))

    settings = programs.quick_settings("Staff Buddies 2026")
    settings.purpose = "Help new staff settle in during their first year."
    settings.goals = "Know who to ask\nFeel at home in the team\nGrow in the role"
    settings.coordinator_name = "Ada Okafor"
    settings.coordinator_email = "ada.okafor@example.org"
    settings.start_date, settings.end_date = date(2026, 1, 12), date(2026, 12, 18)
    window.close()
    programs_file = tmp_path / "Staff programs.peerdesk"
    db = create_database(programs_file)
    programs.create_program(db, settings)
    db.close()
    add_people(programs_file, "Staff Buddies 2026", mentors=12, mentees=17, active=9)
    window = launch(programs_file)
    window.resize(1100, 720)
    QApplication.processEvents()
    window.grab().save(str(SCREENSHOTS / "shell-main-window.png"))

    about = window.show_about()
    qtbot.waitUntil(about.isVisible)
    about.grab().save(str(SCREENSHOTS / "shell-about.png"))
    about.close()
    guide = window.show_quick_start()
    qtbot.waitUntil(guide.isVisible)
    guide.grab().save(str(SCREENSHOTS / "shell-quick-start.png"))
    guide.close()


# --- the real start-up ---------------------------------------------------------


def test_the_app_starts_on_the_default_file_and_quits_cleanly(peerdesk_home: Path) -> None:
    """``peerdesk`` as a process: run_gui, logging, the first-run file, a clean exit."""
    env = dict(os.environ, PEERDESK_QUIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert paths.default_file().is_file()
    assert not Path(str(paths.default_file()) + "-wal").exists()  # closed properly
    log = (paths.log_dir() / "peerdesk.log").read_text(encoding="utf-8")
    assert f"PeerDesk {peerdesk.__version__} starting" in log
    assert "PeerDesk stopped" in log
    settings = (peerdesk_home / "settings.ini").read_text(encoding="utf-8")
    assert str(paths.default_file().resolve()) in settings
    open_database(paths.default_file()).close()  # the lock was let go
