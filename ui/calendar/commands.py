"""Calendar changes on the window's undo stack.

Every write runs on the worker through the core, which returns what it
changed (:class:`~peerdesk.calendar.changes.CalendarChanges` for meetings,
:class:`~peerdesk.groups.sessions.SessionChanges` for group sessions); only then is a
:class:`CalendarCommand` pushed, so a refused change leaves no undo step.
Undo and redo put back exactly the rows as they were, through the worker too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ui import operations
from ui.qt import QCoreApplication, QWidget
from ui.screens import MEETINGS
from ui.undo import RestoreCommand

if TYPE_CHECKING:
    from peerdesk.calendar.changes import CalendarChanges
    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from peerdesk.groups.sessions import SessionChanges
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class CalendarCommand(RestoreCommand):
    """A calendar change already made; undo and redo restore its rows on the worker."""

    def __init__(
        self, window: MainWindow, db: Database, text: str, changes: CalendarChanges | SessionChanges
    ) -> None:
        super().__init__(window, db, text, {MEETINGS})
        self.changes = changes

    def restorer(self, *, redo: bool) -> Callable[[Database], Any]:
        from peerdesk.calendar import changes as meetings
        from peerdesk.groups import sessions

        core: Any = sessions if isinstance(self.changes, sessions.SessionChanges) else meetings
        step, changes = (core.redo if redo else core.undo), self.changes
        return lambda db: step(db, changes)


Steps = Sequence[tuple[str, "CalendarChanges | SessionChanges"]]


def notices(steps: Steps) -> list[str]:
    """What the steps' changes have to tell, in the user's language (a session's notices
    are worded here, as errors are)."""
    from peerdesk.groups.sessions import SessionChanges
    from ui.messages import user_message

    return [
        text
        for _text, changes in steps
        for text in (
            [user_message(n) for n in changes.notices]
            if isinstance(changes, SessionChanges)
            else changes.warnings
        )
    ]


def run_change(
    window: MainWindow,
    work: Callable[[Database], Steps],
    *,
    parent: QWidget | None = None,
    label: str = "",
    done: Callable[[Steps], None] | None = None,
    failure: Callable[[UserError], None] | None = None,
) -> operations.Op | None:
    """Make calendar changes on the worker; push them (one undo step) and refresh.

    ``work(db)`` returns each change made with the words for its undo step; several
    are pushed as one step, so Ctrl+Z takes back all of what the user did at once.
    """
    db = window.db
    if db is None:
        return None

    def committed(steps: Steps) -> None:
        # Also when ``parent`` (a dialog) was closed while it saved: the change is in the file.
        made = [(text, changes) for text, changes in steps if changes.kinds]
        stack = window.undo_stack
        if len(made) == 1:
            stack.push(CalendarCommand(window, db, *made[0]))
        elif made:
            stack.beginMacro(made[0][0])
            for text, changes in made:
                stack.push(CalendarCommand(window, db, text, changes))
            stack.endMacro()
        window.notify({MEETINGS})

    def run(state: Any) -> Steps:
        return work(db)

    return operations.Op(
        run,
        committed=committed,
        success=done or (lambda _steps: None),
        failure=failure,
        label=label or tr("Saving…"),
        parent=parent or window,
    ).run()
