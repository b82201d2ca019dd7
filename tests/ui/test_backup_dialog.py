"""Restore from backup: the list of backups, and restoring only after a yes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk import backups
from peerdesk.database import create_database
from peerdesk.program import programs
from ui import operations
from ui.backup_dialog import BackupDialog, BackupsModel, reason_label
from ui.main_window import MainWindow
from ui.qt import QApplication, QMessageBox, QPushButton, Qt

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton


def count_programs(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM program").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def file_with_history(tmp_path: Path) -> Path:
    """A file backed up with one program, then given a second one."""
    path = tmp_path / "history.peerdesk"
    db = create_database(path)
    programs.create_program(db, programs.quick_settings("Early Program"))
    assert backups.make_backup(db.path, reason="manual") is not None
    programs.create_program(db, programs.quick_settings("Later Program"))
    db.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, file_with_history: Path) -> MainWindow:
    main = MainWindow()
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.ready, timeout=15000):
        main.start(file_with_history)
        main.show()
    qtbot.waitUntil(lambda: not main.auto_backup_pending, timeout=15000)  # the backup on open
    operations.wait_idle(15)
    return main


def open_dialog(qtbot: QtBot, window: MainWindow) -> BackupDialog:
    window.restore_action.trigger()
    dialog = window.backup_dialog
    assert isinstance(dialog, BackupDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def select_reason(qtbot: QtBot, dialog: BackupDialog, reason: str) -> None:
    row = next(i for i, b in enumerate(dialog.model.items) if b.reason == reason)
    index = dialog.model.index(row, 0)
    rect = dialog.table.visualRect(index)
    qtbot.mouseClick(dialog.table.viewport(), LEFT, pos=rect.center())
    assert dialog.selected() == dialog.model.items[row]


def confirmation(qtbot: QtBot, dialog: BackupDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox, "confirm")))
    return next(b for b in dialog.findChildren(QMessageBox, "confirm") if b.isVisible())


def test_lists_backups_newest_first_with_reason_and_size(
    qtbot: QtBot, qtmodeltester: object, window: MainWindow, file_with_history: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    expected = backups.list_backups(file_with_history)
    assert [b.reason for b in expected] == ["auto", "manual"]
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.index(r, 1).data() for r in range(2)] == [
        "Automatic, when the file was opened",
        "Backup now",
    ]
    for row, info in enumerate(expected):
        taken = model.index(row, 0).data()
        assert taken and str(info.taken_at.year)[-2:] in taken  # a date, in local style
        number, unit = model.index(row, 2).data().split()
        factor = {"bytes": 1, "kB": 1024, "KB": 1024, "MB": 1024**2}[unit]
        assert abs(float(number) * factor - info.size) <= 0.05 * factor
    assert dialog.table.isVisible() and not dialog.empty.isVisible()
    assert dialog.restore_button.isEnabled()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_restore_after_confirming_brings_the_old_data_back(
    qtbot: QtBot, window: MainWindow, file_with_history: Path
) -> None:
    assert window.db is not None
    programs.create_program(window.db, programs.quick_settings("Since Opening"))
    assert count_programs(file_with_history) == 3
    dialog = open_dialog(qtbot, window)
    select_reason(qtbot, dialog, "manual")
    qtbot.mouseClick(dialog.restore_button, LEFT)
    box = confirmation(qtbot, dialog)
    assert "backed up first" in box.informativeText()
    restore = next(b for b in box.findChildren(QPushButton) if b.text() == "Restore")
    with qtbot.waitSignal(dialog.restored, timeout=15000):
        qtbot.mouseClick(restore, LEFT)
    operations.wait_idle(15)

    assert count_programs(file_with_history) == 1
    assert window.backup_dialog is None  # closed (and gone) once the restore worked
    # The views reloaded: only the early program is offered now.
    assert window.overview.title.text() == "Early Program"
    assert [p.name for p in window.programs] == ["Early Program"]
    # What was there before the restore was kept, so the restore can be undone.
    safety = [b for b in backups.list_backups(file_with_history) if b.reason == "before-restore"]
    assert len(safety) == 1
    conn = sqlite3.connect(f"file:{safety[0].path}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM program").fetchone()[0] == 3
    conn.close()


def test_declining_changes_nothing(
    qtbot: QtBot, window: MainWindow, file_with_history: Path
) -> None:
    before = backups.list_backups(file_with_history)
    dialog = open_dialog(qtbot, window)
    select_reason(qtbot, dialog, "manual")
    qtbot.mouseClick(dialog.restore_button, LEFT)
    box = confirmation(qtbot, dialog)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not box.isVisible())
    operations.wait_idle()
    assert dialog.isVisible()
    assert count_programs(file_with_history) == 2
    assert backups.list_backups(file_with_history) == before
    assert {p.name for p in window.programs} == {"Early Program", "Later Program"}


def test_a_file_without_backups_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    db = create_database(tmp_path / "new.peerdesk")
    try:
        dialog = BackupDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.empty.isVisible()
        assert not dialog.table.isVisible()
        assert not dialog.restore_button.isEnabled()
    finally:
        db.close()


def test_reason_labels_cover_the_core_reasons() -> None:
    assert reason_label("before-restore") == "Before a restore"
    assert reason_label("before-upgrade") == "Before an upgrade of PeerDesk"
    assert reason_label("some-new-reason") == "Some new reason"
    assert isinstance(BackupsModel([]).rowCount(), int)


def test_screenshot(qtbot: QtBot, window: MainWindow) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog = open_dialog(qtbot, window)
    QApplication.processEvents()
    dialog.grab().save(str(SCREENSHOTS / "shell-backup-dialog.png"))
    select_reason(qtbot, dialog, "manual")
    qtbot.mouseClick(dialog.restore_button, LEFT)
    box = confirmation(qtbot, dialog)
    box.grab().save(str(SCREENSHOTS / "shell-restore-confirm.png"))
    box.close()
