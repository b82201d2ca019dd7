"""The real app dies in native code; the log keeps its stack, and the next start says so.

The app runs as a child process on a program file full of people and is sent
SIGSEGV — what a use-after-free in Qt ends with — once its window is up. The
report shown at the next start must hold the stack and no one's name.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_people_screen import make_file

import peerdesk
from peerdesk import logs, sessions
from ui import crash
from ui.crash_dialog import CrashDialog
from ui.qt import QApplication, Qt

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "screenshots"
LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGSEGV and SIGKILL are POSIX signals"
)


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [name for (name,) in conn.execute("SELECT full_name FROM person")]
    finally:
        conn.close()


def log_text() -> str:
    path = logs.log_file()
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture
def app_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def start_app(qtbot: QtBot, path: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """``peerdesk open FILE`` as a process, once its window shows the file."""
    shown = log_text().count("the window shows its file")
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "open", str(path)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    qtbot.waitUntil(
        lambda: log_text().count("the window shows its file") > shown or process.poll() is not None,
        timeout=90_000,
    )
    assert process.poll() is None, "the app ended on its own"
    return process


def end(process: subprocess.Popen[bytes], how: signal.Signals) -> None:
    process.send_signal(how)
    assert process.wait(timeout=60) == -how


@pytest.fixture
def report_dialog() -> Iterator[list[CrashDialog]]:
    shown: list[CrashDialog] = []
    yield shown
    for dialog in shown:
        dialog.close()


def test_a_native_crash_leaves_its_stack_and_is_reported_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, app_env: dict[str, str], report_dialog: list[CrashDialog]
) -> None:
    path = tmp_path / "program.peerdesk"
    make_file(path, 40)
    names = names_in(path)
    assert len(names) == 40

    process = start_app(qtbot, path, app_env)
    end(process, signal.SIGSEGV)
    log = log_text()
    assert "Fatal Python error: Segmentation fault" in log
    assert "in run_gui" in log and "ui/app.py" in log  # where the main thread was

    # The next start: what run_gui finds, and the dialog it opens over the window.
    ended = sessions.unexpected_ends()
    assert len(ended) == 1
    dialog = crash.show_unexpected_ends(ended)
    assert dialog is not None
    report_dialog.append(dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "PeerDesk closed unexpectedly"
    assert dialog.heading.text() == "PeerDesk closed unexpectedly last time"
    assert "no names or other personal data" in dialog.explanation.text()
    details = dialog.details_text()
    assert details.startswith("PeerDesk closed unexpectedly.")
    assert f"PeerDesk {peerdesk.__version__}" in details
    assert "Fatal Python error: Segmentation fault" in details
    assert "in run_gui" in details
    assert not [name for name in names if name in details]
    for name in names:  # nor any part of a name long enough to mean something
        assert not [part for part in name.split() if len(part) > 3 and part in details], name
    assert str(logs.log_file()) in dialog.log_label.text()
    qtbot.mouseClick(dialog.copy_button, LEFT)
    copied = QApplication.clipboard().text()
    assert "Fatal Python error: Segmentation fault" in copied and str(logs.log_file()) in copied

    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "shell-closed-unexpectedly.png"))
    # Said once: the next start has nothing to report.
    assert sessions.unexpected_ends() == []


def test_the_real_app_reports_a_killed_run_when_it_starts_again(
    qtbot: QtBot, tmp_path: Path, app_env: dict[str, str]
) -> None:
    path = tmp_path / "program.peerdesk"
    make_file(path, 6)
    process = start_app(qtbot, path, app_env)
    [marker] = list(sessions.folder().glob("*.run"))
    end(process, signal.SIGKILL)  # no handler runs: no stack, only the marker left
    assert marker.exists()

    again = start_app(qtbot, path, app_env)
    try:
        qtbot.waitUntil(lambda: "ended unexpectedly" in log_text(), timeout=30_000)
        assert f"the session {marker.stem} ended unexpectedly" in log_text()
        assert not marker.exists()
    finally:
        again.terminate()
        again.wait(timeout=60)


def test_a_run_that_ends_normally_leaves_nothing_behind(
    tmp_path: Path, app_env: dict[str, str]
) -> None:
    env = dict(app_env, PEERDESK_QUIT_WHEN_SHOWN="1")
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert list(sessions.folder().iterdir()) == []
    assert "ended unexpectedly" not in log_text()
    assert "Fatal Python error" not in log_text()


def test_the_dialog_says_nothing_when_nothing_ended_badly(qtbot: QtBot) -> None:
    assert crash.show_unexpected_ends([]) is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
