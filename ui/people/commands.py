"""Undo and redo of changes to people, by putting their records back as they were.

Every change on the People screen (add, edit, bulk status, steps done, readiness
override) runs on the worker as: snapshot the records it touches, make the
change through the core, snapshot again. The pair of snapshots becomes a
:class:`PeopleCommand` on the window's undo stack; undo restores the first and
redo the second (:mod:`peerdesk.people.snapshots`), each as one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ui import operations
from ui.qt import QCoreApplication, QWidget
from ui.screens import PEOPLE
from ui.undo import RestoreCommand

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from peerdesk.people.snapshots import Snapshot
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Change:
    """A change made: the records before and after it, and what the core call returned."""

    before: Snapshot
    after: Snapshot
    result: Any = None


def change_people(
    db: Database, participant_ids: Iterable[int], action: Callable[[], Any]
) -> Change:
    """Snapshot, act, snapshot (runs on the worker)."""
    from peerdesk.people.snapshots import snapshot

    ids = list(participant_ids)
    before = snapshot(db, ids)
    result = action()
    return Change(before, snapshot(db, ids), result)


class PeopleCommand(RestoreCommand):
    """A change already made; undo and redo restore its snapshots through the worker."""

    def __init__(self, window: MainWindow, db: Database, text: str, change: Change) -> None:
        super().__init__(window, db, text, {PEOPLE})
        self.change = change

    def restorer(self, *, redo: bool) -> Callable[[Database], Any]:
        from peerdesk.people.snapshots import restore

        before, after = self.change.before, self.change.after
        target, scope = (after, before) if redo else (before, after)
        return lambda db: restore(db, target, scope, redo=redo)


def run_change(
    window: MainWindow,
    text: str,
    participant_ids: Iterable[int],
    action: Callable[[Database], Any],
    *,
    parent: QWidget | None = None,
    label: str = "",
    done: Callable[[Change], None] | None = None,
    failure: Callable[[UserError], None] | None = None,
) -> operations.Op | None:
    """Make a change to some participants, undoably, and tell the window it happened."""
    db = window.db
    if db is None:
        return None
    ids = list(participant_ids)

    def work(state: object) -> Change:
        return change_people(db, ids, lambda: action(db))

    def committed(change: Change) -> None:
        # Also when ``parent`` (a dialog) was closed while the change was saved: the
        # change is in the file, so it is undoable and shown all the same.
        window.undo_stack.push(PeopleCommand(window, db, text, change))
        window.notify({PEOPLE})

    return operations.Op(
        work,
        committed=committed,
        success=done or (lambda _change: None),
        failure=failure,
        label=label or tr("Saving…"),
        parent=parent or window,
    ).run()
