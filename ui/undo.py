"""Undo steps for changes already made, whose undo and redo put rows back on the worker.

A change runs on the worker first; only when it worked is its command pushed on
the window's undo stack, so a refused change leaves no undo step. The first
``redo`` (which ``QUndoStack.push`` calls) therefore does nothing. Later undo
and redo run :meth:`RestoreCommand.restorer`'s function on the worker and then
tell the window which screens' data changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ui import operations
from ui.qt import QCoreApplication, QUndoCommand

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class RestoreCommand(QUndoCommand):
    """A change already made; undo and redo put back its rows through the worker."""

    def __init__(self, window: MainWindow, db: Database, text: str, screens: Iterable[str]) -> None:
        super().__init__(text)
        self.window = window
        self.db = db
        self.screens = set(screens)
        self._done = True  # pushed after the change was made: the first redo does nothing

    def restorer(self, *, redo: bool) -> Callable[[Database], Any]:
        """The work (run on the worker) that redoes the change, or undoes it."""
        raise NotImplementedError

    def redo(self) -> None:
        if self._done:
            return
        self._done = True
        self._run(self.restorer(redo=True), _tr("Redoing…"))

    def undo(self) -> None:
        self._done = False
        self._run(self.restorer(redo=False), _tr("Undoing…"))

    def _run(self, work: Callable[[Database], Any], label: str) -> None:
        db, window, screens = self.db, self.window, self.screens
        operations.Op(
            lambda state: work(db),
            success=lambda _result: window.notify(screens),
            label=label,
            parent=window,
        ).run()
