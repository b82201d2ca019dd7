"""Fixtures shared by the UI tests: a main window started as the app starts it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui import operations
from ui.main_window import MainWindow

Launcher = Callable[..., MainWindow]


@pytest.fixture
def launch(qtbot: QtBot) -> Launcher:
    """Start a main window as the app does, and wait until its file is on screen."""

    def start(path: Path | None = None) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=15000):
            window.start(path)
            window.show()
        qtbot.waitUntil(lambda: not window.auto_backup_pending, timeout=15000)
        operations.wait_idle(15)
        return window

    return start


@pytest.fixture(scope="module")
def built_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample program, built once for the test module (building takes a second): dates
    around today. Tests change copies of it."""
    from peerdesk.program.sample import make_sample_file

    path = tmp_path_factory.mktemp("sample") / "Riverside.peerdesk"
    make_sample_file(path)
    return path


@pytest.fixture
def sample_copy(built_sample: Path, tmp_path: Path) -> Path:
    """The sample program (25 pairs, meetings, check-ins), in a file of this test's own."""
    path = tmp_path / "Riverside.peerdesk"
    shutil.copy(built_sample, path)
    return path
