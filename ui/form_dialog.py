"""Small dialogs' shared parts: a line of text, a form under it, and the buttons.

Used by the dialogs that ask for a date or a reason before a change (confirming
pairs, ending a pair, marking agreements signed).
"""

from __future__ import annotations

from ui.date_edit import DateEdit
from ui.qt import (
    QDate,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ACTION_ROLES = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)


def default_to_action(buttons: QDialogButtonBox) -> None:
    """Enter does what the dialog is for ("Confirm", "Mark signed"), not Cancel.

    A button made default before its button box was in the dialog is not known to
    the dialog, which then makes the first button it finds — often Cancel — the
    default when it opens; so the action is made default again here, in place.
    """
    actions = [
        b
        for b in buttons.buttons()
        if isinstance(b, QPushButton) and buttons.buttonRole(b) in ACTION_ROLES
    ]
    action = next((b for b in actions if b.isDefault()), actions[0] if actions else None)
    if action is not None:
        action.setDefault(False)
        action.setDefault(True)


def date_edit(name: str, parent: QWidget | None = None) -> DateEdit:
    """A date field set to today, with a calendar to pick from (:class:`ui.date_edit.DateEdit`)."""
    return DateEdit(QDate.currentDate(), parent, name=name, long=True)


def lay_out(
    dialog: QDialog,
    intro: QWidget,
    form: QFormLayout,
    buttons: QDialogButtonBox,
    min_width: int,
) -> None:
    """Stack ``intro``, ``form`` and ``buttons`` in ``dialog``; the buttons accept or reject it."""
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(buttons)
    default_to_action(buttons)
    dialog.setMinimumWidth(min_width)
