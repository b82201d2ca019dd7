"""Erasing a person: a confirmation that names what will go, then the erasure.

Erasing cannot be undone, on purpose: the point is that the data is gone. The
undo history is cleared afterwards, because its steps hold copies of records
as they were (and undoing one would bring the person's details back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerdesk.errors import UserError
from ui import messages, operations
from ui.qt import QCoreApplication, QMessageBox, QWidget
from ui.screens import PAIRS, PEOPLE

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.people import ErasurePlan
    from ui.main_window import MainWindow

BACKUPS_KEPT = 10


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def load_plan(db: Database, participant_id: int) -> ErasurePlan:
    """Runs on the worker: what erasing the person behind ``participant_id`` removes."""
    from peerdesk import people

    return people.erasure_plan(db, people.get_person_id(db, participant_id))


def confirmation_text(plan: ErasurePlan) -> tuple[str, str]:
    """The question and the details of the confirmation box."""
    question = tr("Erase {name} from this file?").format(name=plan.full_name)
    details = "\n\n".join(
        [
            plan.describe(),
            tr(
                "This cannot be undone. Backups made before now still hold their data until "
                "they rotate out (PeerDesk keeps the last {count} backups of a file)."
            ).format(count=BACKUPS_KEPT),
        ]
    )
    return question, details


def offer_erase(
    window: MainWindow, participant_id: int, parent: QWidget | None = None
) -> operations.Op | None:
    """Ask, naming what will go; erase only if the user confirms."""
    db = window.db
    if db is None:
        return None
    where = parent or window

    def ask(plan: ErasurePlan) -> None:
        question, details = confirmation_text(plan)
        box = messages.confirm(
            where,
            tr("Erase a person"),
            question,
            tr("Erase for good"),
            lambda: _erase(window, db, plan.person_id, where),
            details=details,
            cannot_be_undone=True,
        )
        box.setObjectName("erase_confirm")
        box.setIcon(QMessageBox.Icon.Warning)

    return operations.Op(
        lambda state: load_plan(db, participant_id),
        success=ask,
        label=tr("Looking up what to erase…"),
        parent=where,
    ).run()


def _erase(window: MainWindow, db: Database, person_id: int, parent: QWidget) -> None:
    erase(window, db, person_id, parent)


def erase(window: MainWindow, db: Database, person_id: int, parent: QWidget) -> operations.Op:
    from peerdesk import people

    def done(_result: object) -> None:
        window.undo_stack.clear()
        window.notify({PEOPLE, PAIRS})
        window.statusBar().showMessage(tr("The person's data was erased."), 10000)

    def failed(exc: UserError) -> None:
        messages.show_user_error(parent, exc, tr("The person could not be erased"))

    return operations.Op(
        lambda state: people.erase_person(db, person_id),
        success=done,
        failure=failed,
        label=tr("Erasing…"),
        parent=window,
    ).run()
