"""Undoing an import: Edit → Undo, and File → Undo last import.

An import is pushed on the window's undo stack as an :class:`ImportCommand`.
Its undo asks first (an import can bring in hundreds of people), then runs
:func:`peerdesk.roster.undo.undo_last_import` on the worker, which puts the
program file back exactly as it was. Its redo runs the same import again from
the plan kept with the command, so Ctrl+Shift+Z after an undo brings the
people back (with the same choices, corrections and skips).

The command remembers which batch it made. If that is no longer the latest
import (it was undone from the File menu, or another import came after it),
undo refuses rather than take back a different import, and the command leaves
the stack.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6

from peerdesk.database import Database
from peerdesk.errors import UserError
from peerdesk.progress import Progress
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.undo import ImportInfo
from ui import messages, operations
from ui.importer.common import plural
from ui.qt import QCoreApplication, QMessageBox, QUndoCommand
from ui.screens import PEOPLE

if TYPE_CHECKING:
    from ui.importer.wizard import ImportDone
    from ui.window_host import ProgramWindow

Identity = tuple[int, datetime]


class AlreadyUndone(UserError):
    template = (
        "The import of “{name}” has already been undone, or another import came after it, "
        "so there is nothing here to undo."
    )


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _identity(info: ImportInfo) -> Identity:
    return (info.batch_id, info.imported_at)


def undo_batch(db: Database, program_id: int, identity: Identity | None, name: str) -> ImportInfo:
    """Undo the program's latest import if it is still the one meant (worker thread)."""
    from peerdesk.roster.undo import last_import, undo_last_import

    latest = last_import(db, program_id)
    if latest is None or (identity is not None and _identity(latest) != identity):
        raise AlreadyUndone(name=name)
    return undo_last_import(db, program_id)


def confirm_undo(
    window: ProgramWindow, name: str, added: int, updated: int, on_yes: object
) -> QMessageBox:
    parts = []
    if added:
        parts.append(
            plural(
                added,
                tr("The person it added is removed."),
                tr("The {n} people it added are removed."),
            )
        )
    if updated:
        parts.append(
            plural(
                updated,
                tr("The person it updated gets their earlier details back."),
                tr("The {n} people it updated get their earlier details back."),
            )
        )
    details = " ".join(parts)
    return messages.confirm(
        window,
        tr("Undo the import?"),
        tr("Undo the import of “{name}”?").format(name=name),
        tr("&Undo import"),
        on_yes,  # type: ignore[arg-type]
        details,
    )


def _undone(window: ProgramWindow, info: ImportInfo) -> None:
    window.notify({PEOPLE})
    window.statusBar().showMessage(
        tr("The import of “{name}” was undone.").format(name=info.source_name), 10000
    )


class ImportCommand(QUndoCommand):
    """One import on the undo stack: undo takes it back, redo runs it again."""

    def __init__(
        self, window: ProgramWindow, db: Database, program_id: int, done: ImportDone
    ) -> None:
        super().__init__(tr("Import “{name}”").format(name=done.path.name))
        self.window = window
        self.db = db
        self.program_id = program_id
        self.plan: RosterImport = done.plan
        self.name = done.path.name
        self.added = len(done.summary.added)
        self.updated = len(done.summary.updated)
        self.identity: Identity | None = _identity(done.info) if done.info else None
        self._skip_redo = True  # push() calls redo(); the import has already run

    # -- undo ---------------------------------------------------------------------------

    def undo(self) -> None:
        if self.identity is None:
            return  # its last run imported nobody: nothing to take back
        confirmed = False

        def yes() -> None:
            nonlocal confirmed
            confirmed = True
            self._run_undo()

        def answered(_result: int) -> None:
            if not confirmed:
                self._stay_done()

        box = confirm_undo(self.window, self.name, self.added, self.updated, yes)
        box.finished.connect(answered)

    def _run_undo(self) -> None:
        db, program_id, identity, name = self.db, self.program_id, self.identity, self.name
        window = self.window
        operations.Op(
            lambda state: undo_batch(db, program_id, identity, name),
            success=lambda info: _undone(window, info),
            failure=self._undo_refused,
            label=tr("Undoing the import…"),
            parent=window,
        ).run()

    def _undo_refused(self, exc: UserError) -> None:
        messages.show_user_error(self.window, exc, tr("The import could not be undone"))
        if shiboken6.isValid(self):
            # The people stay imported; the command leaves the stack, since undoing it
            # again would be refused again (or take back a different import).
            self.setObsolete(True)
            self._stay_done()

    def _stay_done(self) -> None:
        """Put the stack back after this command without running the import again."""
        stack = self.window.undo_stack
        if stack.index() < stack.count() and stack.command(stack.index()) is self:
            self._skip_redo = True
            stack.redo()

    # -- redo ---------------------------------------------------------------------------

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        db, program_id, plan, name = self.db, self.program_id, self.plan, self.name

        def work(state: Progress) -> tuple[int, int, ImportInfo | None]:
            from peerdesk.roster.commit import run_import
            from peerdesk.roster.undo import last_import

            summary = run_import(db, program_id, plan, state)
            info = last_import(db, program_id) if summary.batch_id is not None else None
            return len(summary.added), len(summary.updated), info

        window = self.window
        operations.Op(
            work,
            success=self._redone,
            failure=lambda exc: messages.show_user_error(
                window, exc, tr("The import could not be done again")
            ),
            label=tr("Importing “{name}” again…").format(name=name),
            parent=window,
        ).run()

    def _redone(self, result: tuple[int, int, ImportInfo | None]) -> None:
        added, updated, info = result
        if shiboken6.isValid(self):
            self.added, self.updated = added, updated
            self.identity = _identity(info) if info else None
        self.window.notify({PEOPLE})
        self.window.statusBar().showMessage(
            tr("“{name}” was imported again.").format(name=self.name), 10000
        )


# -- File → Undo last import ------------------------------------------------------------


def undo_last_import(window: ProgramWindow) -> None:
    """Undo the program's latest import, after asking; through the undo stack if it is there."""
    db, program_id = window.db, window.program_id
    if db is None or program_id is None:
        return
    stack = window.undo_stack
    if stack.index() > 0:
        top = stack.command(stack.index() - 1)
        if isinstance(top, ImportCommand) and top.db is db and top.program_id == program_id:
            stack.undo()
            return

    def work(state: Progress) -> ImportInfo | None:
        from peerdesk.roster.undo import last_import

        return last_import(db, program_id)

    operations.Op(
        work,
        success=lambda info: _offer_undo(window, db, program_id, info),
        label=tr("Looking for the last import…"),
        parent=window,
    ).run()


def _offer_undo(
    window: ProgramWindow, db: Database, program_id: int, info: ImportInfo | None
) -> None:
    title = tr("Undo last import")
    if info is None:
        messages.show_info(window, title, tr("This program has no import to undo."))
        return
    if not info.can_undo:
        messages.show_info(
            window,
            title,
            tr("The import of “{name}” can no longer be undone: {reason}.").format(
                name=info.source_name, reason=info.reason
            ),
        )
        return
    identity = _identity(info)

    def run() -> None:
        operations.Op(
            lambda state: undo_batch(db, program_id, identity, info.source_name),
            success=lambda undone: _undone(window, undone),
            failure=lambda exc: messages.show_user_error(
                window, exc, tr("The import could not be undone")
            ),
            label=tr("Undoing the import…"),
            parent=window,
        ).run()

    confirm_undo(window, info.source_name, info.added, info.updated, run)


__all__ = ["ImportCommand", "undo_last_import"]
