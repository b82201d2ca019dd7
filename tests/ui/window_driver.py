"""A main window shown on one screen, and the keys a user presses there (UI tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from ui import operations
from ui.main_window import MainWindow
from ui.qt import QApplication, Qt


class WindowDriver:
    """The window on the screen ``screen_name``; ``ids`` are the test file's records."""

    def __init__(
        self,
        qtbot: QtBot,
        window: MainWindow,
        path: Path,
        ids: dict[str, Any],
        screen_name: str,
        screen_type: type,
    ) -> None:
        self.qtbot = qtbot
        self.window = window
        self.path = path
        self.ids = ids
        screen = window.show_screen(screen_name)
        assert isinstance(screen, screen_type)
        self.screen: Any = screen
        self.settle()

    def settle(self) -> None:
        """Wait until the worker and the event queue are idle."""
        operations.wait_idle(20)
        QApplication.processEvents()
        operations.wait_idle(20)

    def activate(self) -> None:
        """The window is the user's again (offscreen Qt does not re-activate it after a dialog)."""
        if QApplication.activeWindow() is not self.window:
            with self.qtbot.waitActive(self.window):
                self.window.activateWindow()

    def undo(self) -> None:
        """Ctrl+Z, as the user presses it once the window is theirs again."""
        self.activate()
        self.qtbot.keyClick(self.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        self.settle()

    def redo(self) -> None:
        self.activate()
        self.qtbot.keyClick(
            self.window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        self.settle()
