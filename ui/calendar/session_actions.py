"""Cancelling, restoring and deleting a session — from its dialog or the calendar's menu.

Each asks first (restoring does not: it only undoes a cancel), then hands the work
to ``run(work, label)``: the dialog's save (which closes it when done) or the
screen's :func:`ui.calendar.commands.run_change`. Either way it is one step on
the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui import messages
from ui.calendar.commands import Steps
from ui.calendar.data import long_date
from ui.qt import QCoreApplication, QWidget

if TYPE_CHECKING:
    from peerdesk.calendar.series import Scope
    from peerdesk.database import Database
    from peerdesk.groups.sessions import SessionRow

Run = Callable[[Callable[["Database"], Steps], str], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def cancel_or_restore(parent: QWidget, row: SessionRow, scope: Scope, run: Run) -> None:
    """Restore a cancelled session at once; ask before cancelling one."""
    from peerdesk.calendar.series import Scope
    from peerdesk.groups import sessions as core

    session_id, following = row.id, scope == Scope.FOLLOWING
    if row.cancelled:
        text = tr("Restore session “{title}”").format(title=row.label)
        run(lambda db: [(text, core.restore_session(db, session_id, scope=scope))], tr("Saving…"))
        return
    text = tr("Cancel session “{title}”").format(title=row.label)
    question = (
        tr("Cancel “{title}” on {date} and the following sessions of its series?")
        if following
        else tr("Cancel “{title}” on {date}?")
    ).format(title=row.label, date=long_date(row.local_start.date()))
    messages.confirm(
        parent,
        tr("Cancel the session"),
        question,
        tr("Cancel session"),
        lambda: run(
            lambda db: [(text, core.cancel_session(db, session_id, scope=scope))], tr("Saving…")
        ),
        details=tr(
            "It stays in the calendar, struck through, and calendar files tell the invited "
            "people it is cancelled. Restore it the same way; Edit → Undo takes it back."
        ),
    )


def confirm_delete(parent: QWidget, row: SessionRow, scope: Scope, run: Run) -> None:
    """Ask, then delete the session (or it and the following ones of its series)."""
    from peerdesk.calendar.series import Scope
    from peerdesk.groups import sessions as core

    session_id = row.id
    text = tr("Delete session “{title}”").format(title=row.label)
    question = (
        tr("Delete “{title}” and the following sessions of its series?")
        if scope == Scope.FOLLOWING
        else tr("Delete “{title}” on {date}?")
    ).format(title=row.label, date=long_date(row.local_start.date()))
    messages.confirm(
        parent,
        tr("Delete the session"),
        question,
        tr("Delete"),
        lambda: run(
            lambda db: [(text, core.delete_session(db, session_id, scope=scope))],
            tr("Deleting…"),
        ),
        details=tr(
            "Its list of invited people and their attendance go with it. Readiness steps "
            "attending recorded stay recorded. Edit → Undo brings the session back."
        ),
    )
