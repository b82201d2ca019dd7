"""Undo steps for changes already made, whose undo and redo put rows back on the worker.

A change runs on the worker first; only when it worked is its command pushed on
the window's undo stack, so a refused change leaves no undo step. The first
``redo`` (which ``QUndoStack.push`` calls) therefore does nothing. Later undo
and redo run :meth:`RestoreCommand.restorer`'s function on the worker and then
tell the window which screens' data changed; one the core refuses (the records
changed since, or were erased) says why and ends the undo history there, as
the file no longer matches it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ui import messages, operations
from ui.qt import QAction, QCoreApplication, QObject, QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from ui.window_host import UndoWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class RestoreCommand(QUndoCommand):
    """A change already made; undo and redo put back its rows through the worker."""

    def __init__(self, window: UndoWindow, db: Database, text: str, screens: Iterable[str]) -> None:
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
        self._run(self.restorer(redo=True), tr("Redoing…"))

    def undo(self) -> None:
        self._done = False
        self._run(self.restorer(redo=False), tr("Undoing…"))

    def _run(self, work: Callable[[Database], Any], label: str) -> None:
        db, window, screens = self.db, self.window, self.screens

        def refused(exc: UserError) -> None:
            # Nothing was put back, yet the stack has moved past this step: the file and
            # the history no longer agree, and steps further back would write over what
            # is there now (rows under ids SQLite has given out again). The history ends.
            messages.show_user_error(window, exc)
            window.undo_stack.clear()
            window.notify(screens)

        operations.Op(
            lambda state: work(db),
            success=lambda _result: window.notify(screens),
            failure=refused,
            label=label,
            parent=window,
        ).run()


class UndoInOrder(QObject):
    """Edit → Undo and Redo that act only once the work already started has landed.

    A change runs on the worker and its command is pushed on the stack when it
    lands. Undo pressed in between would undo the command before it instead —
    and its restore, run on the worker after the change, would write rows over
    the change's (the same ids, reused by SQLite), so that the file no longer
    matches the stack. So undo and redo pressed while operations are under way
    wait for those operations to deliver, then run in the order pressed: Ctrl+Z
    always takes back the last thing done.
    """

    def __init__(self, stack: QUndoStack, undo_action: QAction, redo_action: QAction) -> None:
        super().__init__(stack)
        self.stack = stack
        self._queue: list[bool] = []  # True: redo, False: undo; in the order pressed
        self._waiting: list[operations.Op] = []
        for action, redo in ((undo_action, False), (redo_action, True)):
            action.triggered.disconnect()  # the stack's own undo() and redo()
            action.triggered.connect(lambda _checked=False, redo=redo: self.request(redo=redo))

    def request(self, *, redo: bool) -> None:
        self._queue.append(redo)
        if not self._waiting:
            self._next()

    def pending(self) -> int:
        """How many undo and redo presses wait for work under way."""
        return len(self._queue)

    def _next(self) -> None:
        while self._queue:
            waiting = operations.undelivered()
            if waiting:
                self._waiting = waiting
                for op in waiting:
                    op.finished.connect(self._op_finished)
                return
            if self._queue.pop(0):
                self.stack.redo()
            else:
                self.stack.undo()

    def _op_finished(self) -> None:
        self._waiting = [op for op in self._waiting if not op.delivered]
        if not self._waiting:
            self._next()
