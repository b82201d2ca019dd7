"""Changes to many people at once: a status, or a screening or training step done.

Each is one undoable change (:mod:`ui.people.commands`); the dialogs save
themselves on OK and close only when the change is made.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.enums import ParticipantStatus
from peerdesk.errors import UserError
from ui import messages, operations
from ui.people.commands import Change, run_change
from ui.people.rows import StepInfo, status_labels
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DATE_FORMAT = "d MMM yyyy"


def _tr(text: str) -> str:
    return QCoreApplication.translate("people", text)


def _people(count: int, name: str) -> str:
    return name if count == 1 and name else _tr("{count} people").format(count=count)


def record_steps(
    window: MainWindow,
    participant_ids: list[int],
    step_id: int,
    when: date | None,
    step_name: str,
    *,
    name: str = "",
    parent: QWidget | None = None,
    done: Callable[[Change], None] | None = None,
    failure: Callable[[UserError], None] | None = None,
) -> operations.Op | None:
    """Mark ``step_id`` done on ``when`` (None: not done) for everyone in ``participant_ids``."""
    from peerdesk import people

    who = _people(len(participant_ids), name)
    text = (
        _tr("Mark “{step}” done for {who}") if when else _tr("Mark “{step}” not done for {who}")
    ).format(step=step_name, who=who)
    return run_change(
        window,
        text,
        participant_ids,
        lambda db: people.record_step(db, participant_ids, step_id, when),
        parent=parent,
        done=done,
        failure=failure,
    )


def set_statuses(
    window: MainWindow,
    participant_ids: list[int],
    status: ParticipantStatus,
    *,
    name: str = "",
    parent: QWidget | None = None,
    done: Callable[[Change], None] | None = None,
    failure: Callable[[UserError], None] | None = None,
) -> operations.Op | None:
    from peerdesk import people

    text = _tr("Set the status of {who} to {status}").format(
        who=_people(len(participant_ids), name), status=status_labels()[status]
    )
    return run_change(
        window,
        text,
        participant_ids,
        lambda db: people.set_status(db, participant_ids, status),
        parent=parent,
        done=done,
        failure=failure,
    )


class _BulkDialog(QDialog):
    """A small dialog that makes its change on OK and closes once it is made."""

    def __init__(
        self, window: MainWindow, participant_ids: list[int], name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        self.participant_ids = list(participant_ids)
        self.name = name
        self.op: operations.Op | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def who(self) -> str:
        return _people(len(self.participant_ids), self.name)

    def _start(self, op: operations.Op | None) -> None:
        self.op = op
        if op is not None:
            self.ok_button.setEnabled(False)
            op.finished.connect(self._finished)

    def _finished(self) -> None:
        self.op = None
        self.ok_button.setEnabled(True)

    def _done(self, _change: Change) -> None:
        super().accept()

    def _failed(self, exc: UserError) -> None:
        messages.show_user_error(self, exc, self.windowTitle())


class StatusDialog(_BulkDialog):
    def __init__(
        self,
        window: MainWindow,
        participant_ids: list[int],
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(window, participant_ids, name, parent)
        self.setObjectName("status_dialog")
        self.setWindowTitle(self.tr("Set status"))
        self.intro.setText(self.tr("Give {who} the same status.").format(who=self.who()))
        self.status = QComboBox(self)
        self.status.setObjectName("bulk_status")
        for status, text in status_labels().items():
            self.status.addItem(text, status.value)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.ok_button.setText(self.tr("Set status"))
        self.resize(380, self.sizeHint().height())

    def accept(self) -> None:
        if self.op is not None:
            return
        status = ParticipantStatus(self.status.currentData())
        self._start(
            set_statuses(
                self.window_,
                self.participant_ids,
                status,
                name=self.name,
                parent=self,
                done=self._done,
                failure=self._failed,
            )
        )


class StepDoneDialog(_BulkDialog):
    def __init__(
        self,
        window: MainWindow,
        participant_ids: list[int],
        steps: list[StepInfo],
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(window, participant_ids, name, parent)
        self.setObjectName("step_dialog")
        self.setWindowTitle(self.tr("Mark a step done"))
        self.intro.setText(
            self.tr("Record that {who} finished a screening or training step.").format(
                who=self.who()
            )
        )
        self.steps = list(steps)
        self.step = QComboBox(self)
        self.step.setObjectName("bulk_step")
        for step in self.steps:
            self.step.addItem(step.name, step.step_id)
        self.when = QDateEdit(self)
        self.when.setObjectName("bulk_step_date")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATE_FORMAT)
        self.when.setDate(QDate.currentDate())
        self.form.addRow(self.tr("&Step:"), self.step)
        self.form.addRow(self.tr("&Done on:"), self.when)
        self.ok_button.setText(self.tr("Mark done"))
        self.ok_button.setEnabled(bool(self.steps))
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        if self.op is not None or not self.steps:
            return
        step_id = int(self.step.currentData())
        when = date.fromisoformat(self.when.date().toString(Qt.DateFormat.ISODate))
        self._start(
            record_steps(
                self.window_,
                self.participant_ids,
                step_id,
                when,
                self.step.currentText(),
                name=self.name,
                parent=self,
                done=self._done,
                failure=self._failed,
            )
        )
