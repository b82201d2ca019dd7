"""Fixtures shared by the UI tests: a main window started as the app starts it."""

from __future__ import annotations

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
