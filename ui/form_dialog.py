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
    QVBoxLayout,
    QWidget,
)


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
    dialog.setMinimumWidth(min_width)
