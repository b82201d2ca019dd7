"""Small dialogs' shared parts: a line of text, a form under it, and the buttons.

Used by the dialogs that ask for a date or a reason before a change (confirming
pairs, ending a pair, marking agreements signed).
"""

from __future__ import annotations

from ui.qt import (
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

LONG_DATE_FORMAT = "d MMMM yyyy"  # "10 March 2025": month names in the user's language


def date_edit(name: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field set to today, with a calendar to pick from."""
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(LONG_DATE_FORMAT)
    return edit


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
    dialog.setMinimumWidth(min_width)
