"""What the calendar's dialogs share: their date, time and length fields, saving
changes on the worker, and showing why a change was refused.

A :class:`ChangeDialog` runs its calendar changes through
:func:`ui.calendar.commands.run_change`, emits :attr:`ChangeDialog.saved` with
the steps made and closes only once the save worked; a refused change enables
its buttons again and shows the reason inline, in the dialog's error label.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING, Any

from peerdesk.conflicts import EditConflict
from ui import conflict_dialog, messages
from ui.calendar.commands import Steps, run_change
from ui.calendar.data import qdate
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDateEdit,
    QDialog,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTime,
    QTimeEdit,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.calendar.changes import CalendarChanges
    from peerdesk.database import Database
    from peerdesk.errors import UserError
    from ui.main_window import MainWindow

ERROR_STYLE = "color: #B3261E;"
DAY_FORMAT = "ddd d MMM yyyy"
TIME_FORMAT = "HH:mm"
LONGEST_MINUTES = 12 * 60


def day_edit(day: date, name: str, parent: QWidget) -> QDateEdit:
    """A date field ("Tue 17 Mar 2026") with a calendar to pick from."""
    edit = QDateEdit(qdate(day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DAY_FORMAT)
    return edit


def time_edit(at: time, name: str, parent: QWidget) -> QTimeEdit:
    """A time-of-day field, to the minute ("17:30")."""
    edit = QTimeEdit(QTime(at.hour, at.minute), parent)
    edit.setObjectName(name)
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def minutes_spin(
    minutes: int, name: str, parent: QWidget, *, low: int = 5, step: int = 5
) -> QSpinBox:
    """A length in minutes, from ``low`` up to twelve hours."""
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(low, LONGEST_MINUTES)
    if step != 1:
        spin.setSingleStep(step)
    spin.setSuffix(QCoreApplication.translate("calendar", " min"))
    spin.setValue(minutes)
    return spin


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden, wrapping label in the error colour, for the reason a save was refused."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def undo_on_failure(db: Database, made: list[tuple[str, CalendarChanges]]) -> None:
    """A later step failed: take back the earlier ones, so the action is all or nothing."""
    from peerdesk.calendar.changes import undo

    for _text, changes in reversed(made):
        undo(db, changes)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for a table column: ``choices()`` gives its (value, label) pairs in
    the user's language, the model's ``role`` the value a row has now."""

    def __init__(
        self,
        parent: QWidget,
        name: str,
        choices: Callable[[], list[tuple[str, str]]],
        role: int,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.choices = choices
        self.role = role

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName(self.name)
        for value, label in self.choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(self.role))))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ChangeDialog(QDialog):
    """A dialog that saves calendar changes on the worker and closes when they are made.

    A subclass makes :attr:`error` with :func:`error_label` and calls
    :meth:`save_changes` from its ``accept``.
    """

    saved = Signal(object)  # the steps made (text, CalendarChanges)

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.error: QLabel
        self._busy: QWidget | None = None

    def save_changes(self, work: Callable[[Database], Steps], label: str, busy: QWidget) -> None:
        """Run ``work`` on the worker (one undo step); ``busy`` is disabled meanwhile."""
        self._busy = busy
        busy.setEnabled(False)
        self.error.hide()
        run_change(
            self.window_,
            work,
            parent=self,
            label=label,
            done=self._saved,
            failure=self._failed,
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _saved(self, steps: Steps) -> None:
        self.saved.emit(steps)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: UserError) -> None:
        if self._busy is not None:
            self._busy.setEnabled(True)
        self.show_error(messages.user_message(exc))


class ConflictDialog(ChangeDialog):
    """A :class:`ChangeDialog` of one record (a meeting, a session) another coordinator
    may save while it is open: their save coming first shows both versions side by side
    (:mod:`ui.conflict_dialog`), to save the values chosen over theirs or keep theirs.

    A subclass names the record (:meth:`conflict_record`) and its fields
    (``field_names``, ``_show_value``, ``shown_fields``, ``form_fields``) and saves
    again with ``_save_again``.
    """

    conflict_dialog: Any

    def conflict_record(self) -> str:
        """How the conflict dialog names the record ("This meeting")."""
        raise NotImplementedError

    def can_resolve(self) -> bool:
        """Whether the dialog shows a stored record whose versions can be compared."""
        return True

    def _failed(self, exc: UserError) -> None:
        if not isinstance(exc, EditConflict) or not self.can_resolve():
            super()._failed(exc)
            return
        if self._busy is not None:
            self._busy.setEnabled(True)
        this: Any = self  # the subclass's field methods
        base = this.shown_fields()
        exc.mine.update(this.form_fields())  # the whole form, not only the save's part
        self.conflict_dialog = conflict_dialog.resolve(
            self,
            exc,
            record=self.conflict_record(),
            names=this.field_names(),
            show=this._show_value,
            base=base,
            save_again=lambda values: this._save_again(exc, values),
            keep_theirs=self._keep_theirs,
        )

    def _keep_theirs(self) -> None:
        from ui.screens import MEETINGS

        self.window_.notify({MEETINGS})
        self.reject()
