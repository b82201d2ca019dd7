"""The screening and training checklist of the person selected on the People screen.

A side panel: one line per step the program asks for, ticked with the date it
was done; the person's readiness follows from it. Someone may be allowed to be
matched before their steps are done, but only explicitly, with a reason that is
recorded (:class:`OverrideDialog`). Every tick and override is one undoable
change (:mod:`ui.people.commands`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.errors import UserError
from ui import messages, operations
from ui.date_edit import DateEdit
from ui.people.commands import run_change
from ui.people.rows import format_date
from ui.qt import (
    QCheckBox,
    QDate,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QObject,
    QPalette,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.wizard.common import ErrorLabel, note, text_editor

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.people import Readiness, StepStatus
    from ui.main_window import MainWindow

DATE_SETTLE_MS = 700
MIN_WIDTH = 260


@dataclass(frozen=True)
class ChecklistData:
    participant_id: int
    name: str
    steps: list[StepStatus]
    readiness: Readiness


def load_checklist(db: Database, participant_id: int) -> ChecklistData:
    """Runs on the worker."""
    from peerdesk import people

    person = people.get_person(db, participant_id)
    return ChecklistData(
        participant_id,
        person.full_name,
        people.step_records(db, participant_id),
        people.readiness(db, participant_id),
    )


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class StepLine(QWidget):
    """One step: ticked when done, with the date it was done."""

    changed = Signal(int, object)  # step id, date done or None

    def __init__(self, step: StepStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_id = step.step_id
        self.done = QCheckBox(step.name, self)
        self.done.setObjectName(f"step_{step.step_id}")
        self.done.setChecked(step.completed_on is not None)
        kind = self.tr("Screening") if step.kind == "screening" else self.tr("Training")
        needed = self.tr("required") if step.required else self.tr("optional")
        self.detail = QLabel(f"{kind} · {needed}", self)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.when = DateEdit(
            qdate(step.completed_on or date.today()), self, name=f"step_date_{step.step_id}"
        )
        self.when.setVisible(step.completed_on is not None)
        self.when.setAccessibleName(self.tr("Date {step} was done").format(step=step.name))
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(DATE_SETTLE_MS)
        self._settle.timeout.connect(self._date_settled)
        # The name on a line of its own, its kind and date under it: a narrow panel
        # shows both whole.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(0)
        layout.addWidget(self.done)
        indent = QHBoxLayout()
        indent.setContentsMargins(24, 0, 0, 0)
        indent.addWidget(self.detail, 1)
        indent.addWidget(self.when)
        layout.addLayout(indent)
        self.done.toggled.connect(self._toggled)
        self.when.dateChanged.connect(lambda _d: self._settle.start())

    def _toggled(self, checked: bool) -> None:
        self._settle.stop()
        if checked:
            self.when.blockSignals(True)
            self.when.setDate(QDate.currentDate())
            self.when.blockSignals(False)
        self.when.setVisible(checked)
        self.changed.emit(self.step_id, date.today() if checked else None)

    def _date_settled(self) -> None:
        if self.done.isChecked():
            self.changed.emit(self.step_id, self.when.date().toPython())


class ChecklistPanel(QFrame):
    """The selected person's steps and readiness; empty, or a count, for other selections."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.window_ = window
        self.data: ChecklistData | None = None
        self.lines: list[StepLine] = []
        self._wanted: int | None = None
        self._db: Database | None = None
        self.title = QLabel(self)
        self.title.setObjectName("checklist_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.readiness = QLabel(self)
        self.readiness.setObjectName("readiness")
        self.readiness.setWordWrap(True)
        self.readiness.setTextFormat(Qt.TextFormat.PlainText)
        self.steps_heading = QLabel(self.tr("Screening and training"), self)
        heading_font = self.steps_heading.font()
        heading_font.setBold(True)
        self.steps_heading.setFont(heading_font)
        self.steps_box = QWidget(self)
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.setSpacing(4)
        self.override_button = QPushButton(self.tr("Allow matching now…"), self)
        self.override_button.setObjectName("override_button")
        self.override_button.setToolTip(
            self.tr("Let this person be matched before their steps are done, saying why")
        )
        self.remove_override_button = QPushButton(self.tr("Remove the override"), self)
        self.remove_override_button.setObjectName("remove_override")
        self.hint = note("", self)
        self.hint.setObjectName("checklist_hint")
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.readiness)
        layout.addSpacing(8)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps_box)
        layout.addSpacing(8)
        layout.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.remove_override_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        self.scroll = scroll
        scroll.setWidget(inner)
        self._inner = inner
        inner.installEventFilter(self)  # its layout asks for room: the panel widens to fit
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.override_button.clicked.connect(self.ask_override)
        self.remove_override_button.clicked.connect(self.remove_override)
        self.show_nobody()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self._inner:
            self._fit_width()
        return super().eventFilter(watched, event)

    # -- what is shown -----------------------------------------------------------

    def _details_visible(self, visible: bool) -> None:
        for widget in (self.readiness, self.steps_heading, self.steps_box):
            widget.setVisible(visible)
        if not visible:
            self.override_button.hide()
            self.remove_override_button.hide()

    def show_nobody(self) -> None:
        self._wanted = None
        self.data = None
        self.title.setText(self.tr("Screening and training"))
        self._details_visible(False)
        self.hint.setText(
            self.tr("Select someone to see their screening and training steps and tick them off.")
        )

    def show_many(self, count: int) -> None:
        self._wanted = None
        self.data = None
        self.title.setText(self.tr("{count} people selected").format(count=count))
        self._details_visible(False)
        self.hint.setText(
            self.tr(
                "Use Set status… or Mark steps done… to change them all at once. "
                "Select one person to see their checklist."
            )
        )

    def show_person(self, db: Database, participant_id: int) -> None:
        """Load and show ``participant_id``'s checklist (on the worker)."""
        self._db = db
        self._wanted = participant_id
        operations.Op(
            lambda state: load_checklist(db, participant_id),
            success=self._loaded,
            failure=lambda _exc: self.show_nobody(),
            parent=self,
        ).run()

    def reload(self) -> None:
        if self._db is not None and self._wanted is not None:
            self.show_person(self._db, self._wanted)

    def _loaded(self, data: ChecklistData) -> None:
        if data.participant_id != self._wanted:
            return  # the selection moved on while this was loading
        self.data = data
        self.title.setText(data.name)
        self._details_visible(True)
        while self.steps_layout.count():
            item = self.steps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lines = []
        for step in data.steps:
            line = StepLine(step, self.steps_box)
            line.changed.connect(self._step_changed)
            self.steps_layout.addWidget(line)
            self.lines.append(line)
        if not data.steps:
            self.steps_layout.addWidget(
                note(self.tr("This program asks for no steps before matching."), self.steps_box)
            )
        self._show_readiness(data.readiness)
        self.hint.setText("")

    def _fit_width(self) -> None:
        """As wide as the widest step needs (the panel does not scroll sideways)."""
        inner = self._inner
        needed = (
            inner.minimumSizeHint().width()
            + self.scroll.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        self.setMinimumWidth(max(MIN_WIDTH, needed))

    def step_line(self, step_id: int) -> StepLine | None:
        return next((line for line in self.lines if line.step_id == step_id), None)

    def _show_readiness(self, readiness: Readiness) -> None:
        if readiness.overridden:
            when = readiness.override_at.date() if readiness.override_at else None
            text = self.tr("Ready for matching by override ({when}): “{reason}”").format(
                when=format_date(when), reason=readiness.override_reason
            )
        elif readiness.ready:
            text = self.tr("Ready for matching: every required step is done.")
        else:
            text = self.tr("Not ready for matching yet. Still to do: {steps}.").format(
                steps=", ".join(readiness.missing)
            )
        self.readiness.setText(text)
        self.override_button.setVisible(not readiness.ready)
        self.remove_override_button.setVisible(readiness.overridden)

    # -- changes -------------------------------------------------------------------

    def _step_changed(self, step_id: int, when: date | None) -> None:
        data = self.data
        if data is None:
            return
        from ui.people.bulk import record_steps

        step = next((s for s in data.steps if s.step_id == step_id), None)
        record_steps(self.window_, [data.participant_id], step_id, when, step.name if step else "")

    def ask_override(self) -> OverrideDialog | None:
        if self.data is None:
            return None
        dialog = OverrideDialog(self.window_, self.data.participant_id, self.data.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_override(self) -> None:
        data = self.data
        if data is None:
            return
        from peerdesk import people

        pid = data.participant_id
        run_change(
            self.window_,
            self.tr("Remove the override for {name}").format(name=data.name),
            [pid],
            lambda db: people.set_readiness_override(db, pid, False),
            parent=self,
        )


class OverrideDialog(QDialog):
    """Allow someone to be matched before their steps are done; a reason is required."""

    def __init__(
        self, window: MainWindow, participant_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.setWindowTitle(self.tr("Allow {name} to be matched").format(name=name))
        self.window_ = window
        self.participant_id = participant_id
        self.name = name
        self.op: operations.Op | None = None
        intro = QLabel(
            self.tr(
                "{name} has not finished the steps this program asks for before matching. "
                "You can let them be matched anyway; PeerDesk records that you did, when, "
                "and why."
            ).format(name=name),
            self,
        )
        intro.setWordWrap(True)
        self.reason = text_editor("override_reason", 3, self)
        self.reason.setPlaceholderText(
            self.tr("For example: background check done by the school district; copy on file.")
        )
        self.error = ErrorLabel("reason", self)
        label = QLabel(self.tr("&Why may they be matched now?"), self)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Allow matching"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.reason.textChanged.connect(self._clear_error)
        self.reason.setFocus()

    def _clear_error(self) -> None:
        if self.reason.toPlainText().strip():
            self.error.show_message("")

    def accept(self) -> None:
        if self.op is not None:
            return
        from peerdesk import people

        reason = self.reason.toPlainText().strip()
        if not reason:
            self.error.show_message(messages.user_message(people.OverrideNeedsReason()))
            self.reason.setFocus()
            return
        pid = self.participant_id
        self.ok_button.setEnabled(False)
        self.op = run_change(
            self.window_,
            self.tr("Allow {name} to be matched").format(name=self.name),
            [pid],
            lambda db: people.set_readiness_override(db, pid, True, reason),
            parent=self,
            done=lambda _change: super(OverrideDialog, self).accept(),
            failure=self._failed,
        )
        if self.op is not None:
            self.op.finished.connect(self._finished)

    def _finished(self) -> None:
        self.op = None
        self.ok_button.setEnabled(True)

    def _failed(self, exc: UserError) -> None:
        self.error.show_message(messages.user_message(exc))
