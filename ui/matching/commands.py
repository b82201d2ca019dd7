"""Every board action, carried out by the core on the worker and made undoable.

An action runs its :mod:`peerdesk.matching.apply` call through an operation;
only when it succeeded is a :class:`BoardCommand` pushed on the window's undo
stack (a refused drop leaves no step behind). Undo and redo call the core's
:func:`~peerdesk.matching.undo` and :func:`~peerdesk.matching.redo`, which put
back exactly the rows as they were. The suggestions on show (the
:class:`~ui.matching.data.Preview`) are part of the board's state, so each
command also remembers them before and after.

Actions run one after another (:class:`ActionQueue`): a second drop made
while the first is still being saved starts from the board the first left.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from peerdesk.errors import UserError
from ui import operations
from ui.matching.data import Preview, rebase
from ui.qt import QPoint, QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.matching import Changes
    from peerdesk.progress import Progress
    from ui.qt import QWidget


class BoardHost(Protocol):
    """What the commands need from the board screen."""

    db: Database | None
    program_id: int | None
    preview: Preview | None
    queue: ActionQueue

    def undo_stack(self) -> QUndoStack | None: ...

    def widget(self) -> QWidget: ...

    def set_preview(self, preview: Preview | None) -> None: ...

    def changed(self, changes: Changes | None, near: QPoint | None) -> None: ...

    def refused(self, exc: UserError, near: QPoint | None) -> None: ...


class ActionQueue:
    """Runs the board's operations one at a time, in the order they were asked for."""

    def __init__(self) -> None:
        self._waiting: deque[Callable[[], operations.Op | None]] = deque()
        self._running: operations.Op | None = None

    def submit(self, start: Callable[[], operations.Op | None]) -> None:
        self._waiting.append(start)
        if self._running is None:
            self._next()

    def _next(self) -> None:
        while self._waiting and self._running is None:
            op = self._waiting.popleft()()
            if op is not None:
                self._running = op
                op.finished.connect(lambda op=op: self._done(op))
                op.run()

    def _done(self, op: operations.Op) -> None:
        if self._running is op:
            self._running = None
        self._next()

    def clear(self) -> None:
        self._waiting.clear()


@dataclass(frozen=True)
class Outcome:
    changes: Changes
    preview: Preview | None


class BoardCommand(QUndoCommand):
    """A board action already carried out; undo and redo replay it through the core."""

    def __init__(
        self,
        host: BoardHost,
        db: Database,
        text: str,
        changes: Changes,
        before: Preview | None,
        after: Preview | None,
    ) -> None:
        super().__init__(text)
        self.host = host
        self.db = db
        self.changes = changes
        self.before = before
        self.after = after
        self._done = True  # pushed after the action ran: the first redo() has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._replay(forward=True)

    def undo(self) -> None:
        self._replay(forward=False)

    def _replay(self, forward: bool) -> None:
        from peerdesk import matching

        host, db, changes = self.host, self.db, self.changes
        preview = self.after if forward else self.before
        step = matching.redo if forward else matching.undo

        def shown(_result: object) -> None:
            if host.db is db:
                host.set_preview(preview)
                host.changed(changes, None)

        def start() -> operations.Op:
            return operations.Op(
                lambda state: step(db, changes),
                success=shown,
                failure=lambda exc: host.refused(exc, None),
                label=self.text(),
                parent=host.widget(),
            )

        host.queue.submit(start)


class PreviewCommand(QUndoCommand):
    """A change to the suggestions on show only (reject, discard): nothing is saved."""

    def __init__(
        self, host: BoardHost, text: str, before: Preview | None, after: Preview | None
    ) -> None:
        super().__init__(text)
        self.host = host
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.host.queue.submit(lambda: self._show(self.after))

    def undo(self) -> None:
        self.host.queue.submit(lambda: self._show(self.before))

    def _show(self, preview: Preview | None) -> None:
        """Runs in its turn among the board's operations (none to start here)."""
        self.host.set_preview(preview)
        self.host.changed(None, None)


def perform(
    host: BoardHost,
    text: str,
    work: Callable[[Database], Changes],
    *,
    near: QPoint | None = None,
    accepted: tuple[int, ...] = (),
    end_preview: bool = False,
    label: str = "",
    cancellable: bool = False,
    then: Callable[[Changes], None] | None = None,
) -> None:
    """Carry out one board action and, if it succeeds, push it as an undo step.

    ``work(db)`` is the core call (it runs on the worker). The suggestions on
    show are re-based on the result (``accepted`` mentees leave them), or
    dropped with ``end_preview``. A refusal goes to ``host.refused`` and leaves
    nothing to undo.
    """

    def start() -> operations.Op | None:
        db, program_id = host.db, host.program_id
        if db is None:
            return None
        before = host.preview

        def job(state: Progress) -> Outcome:
            changes = work(db)
            after = None if end_preview else rebase(db, before, accepted)
            return Outcome(changes, after)

        def done(outcome: Outcome) -> None:
            if host.db is not db or host.program_id != program_id:
                return  # another file or program is on show now; its undo steps are its own
            stack = host.undo_stack()
            if stack is not None:
                stack.push(BoardCommand(host, db, text, outcome.changes, before, outcome.preview))
            host.set_preview(outcome.preview)
            host.changed(outcome.changes, near)
            if then is not None:
                then(outcome.changes)

        return operations.Op(
            job,
            success=done,
            failure=lambda exc: host.refused(exc, near),
            label=label or text,
            cancellable=cancellable,
            parent=host.widget(),
        )

    host.queue.submit(start)


def change_preview(host: BoardHost, text: str, after: Preview | None) -> None:
    """Reject or discard suggestions on show: an undo step of its own, nothing saved."""
    stack = host.undo_stack()
    command = PreviewCommand(host, text, host.preview, after)
    if stack is not None:
        stack.push(command)
    else:
        command.redo()
