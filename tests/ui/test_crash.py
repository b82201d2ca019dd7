"""Uncaught errors: logged, and shown calmly with details to copy — never a raw traceback."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk import logs, paths
from ui import crash
from ui.crash_dialog import CrashDialog
from ui.qt import QApplication, QPushButton, Qt

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = logs.setup_logging()
    yield path
    logs.shutdown_logging()


@pytest.fixture
def installed() -> Iterator[None]:
    crash.install()
    yield
    crash.uninstall()
    dialog = crash.current_dialog()
    if dialog is not None:
        dialog.close()


def wait_dialog(qtbot: QtBot) -> CrashDialog:
    qtbot.waitUntil(lambda: crash.current_dialog() is not None, timeout=5000)
    dialog = crash.current_dialog()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def explode() -> None:
    raise ValueError("boom in a slot, participant id 17")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_opens_the_crash_dialog(
    qtbot: QtBot,
    installed: None,
    log_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    button = QPushButton("Do something")
    qtbot.addWidget(button)
    button.clicked.connect(explode)
    button.show()
    qtbot.mouseClick(button, LEFT)

    dialog = wait_dialog(qtbot)
    details = dialog.details_text()
    assert "Traceback (most recent call last)" in details
    assert "ValueError: boom in a slot, participant id 17" in details
    assert "in explode" in details
    assert details.startswith("PeerDesk ")  # the setup line comes first
    assert str(log_file) in dialog.log_label.text()
    assert log_file.parent == paths.log_dir()
    heading = dialog.findChild(type(dialog.log_label), "crashHeading")
    assert heading is not None
    assert heading.text() == "PeerDesk ran into a problem. Your saved work is safe."
    assert dialog.details.isReadOnly()

    qtbot.mouseClick(dialog.copy_button, LEFT)
    copied = QApplication.clipboard().text()
    assert "ValueError: boom in a slot" in copied
    assert str(log_file) in copied

    # Logged to the file, and nothing raw on the console.
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "uncaught exception" in logged
    assert "ValueError: boom in a slot" in logged
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_an_error_in_another_thread_reaches_the_ui_thread(
    qtbot: QtBot, installed: None, log_file: Path
) -> None:
    def work() -> None:
        raise RuntimeError("worker thread failed")

    thread = threading.Thread(target=work, name="helper")
    thread.start()
    thread.join()
    dialog = wait_dialog(qtbot)
    assert "RuntimeError: worker thread failed" in dialog.details_text()


def test_a_second_error_is_added_to_the_open_dialog(qtbot: QtBot, log_file: Path) -> None:
    for message in ("first problem", "second problem"):
        try:
            raise KeyError(message)
        except KeyError:
            crash.handle(*sys.exc_info())  # type: ignore[arg-type]
    dialog = wait_dialog(qtbot)
    try:
        details = dialog.details_text()
        assert "KeyError: 'first problem'" in details
        assert "KeyError: 'second problem'" in details
        assert details.index("first problem") < details.index("second problem")
    finally:
        dialog.close()
    qtbot.waitUntil(lambda: crash.current_dialog() is None)


def test_install_and_uninstall_restore_the_hooks() -> None:
    before = (sys.excepthook, threading.excepthook)
    crash.install()
    try:
        assert sys.excepthook is crash.handle
        assert threading.excepthook is not before[1]
    finally:
        crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_log_file_rotates_when_the_app_starts(
    log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    log = logging.getLogger("peerdesk.test")
    for number in range(100):
        log.info("opened program %d", number)
    assert log_file.stat().st_size > 2000
    for start in range(7):  # more starts than rotated files are kept
        logs.setup_logging()
        log.info("start %d", start)
        for number in range(100):
            log.info("opened program %d", number)
    logs.setup_logging()
    log.info("fresh start")
    assert log_file.stat().st_size < 2000
    kept = sorted(p.name for p in log_file.parent.iterdir())
    assert kept == [log_file.name] + [f"{log_file.name}.{i}" for i in range(1, logs.KEEP + 1)]


def test_screenshot(qtbot: QtBot, log_file: Path) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        explode()
    except ValueError:
        crash.handle(*sys.exc_info())  # type: ignore[arg-type]
    dialog = wait_dialog(qtbot)
    try:
        dialog.grab().save(str(SCREENSHOTS / "shell-crash-dialog.png"))
    finally:
        dialog.close()
