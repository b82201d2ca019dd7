"""Changes to many people at once: a status, or screening and training steps done.

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
from ui.date_edit import DateEdit
from ui.people.commands import Change, run_change
from ui.people.rows import status_labels
from ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPalette,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.wizard.common import note

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.people.bulk_steps import StepProgress, StepsRecorded
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _people(count: int, name: str) -> str:
    return name if count == 1 and name else tr("{count} people").format(count=count)


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
        tr("Mark “{step}” done for {who}") if when else tr("Mark “{step}” not done for {who}")
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

    text = tr("Set the status of {who} to {status}").format(
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


def steps_message(result: StepsRecorded) -> str:
    """The confirmation after recording steps: "3 steps recorded for 120 people; 120 are now
    ready for matching." """
    steps = tr("1 step") if result.steps == 1 else tr("{n} steps").format(n=result.steps)
    who = tr("1 person") if result.people == 1 else tr("{n} people").format(n=result.people)
    text = tr("{steps} recorded for {who}").format(steps=steps, who=who)
    if result.already_done:
        text += tr(" ({n} were already recorded and keep their first date)").format(
            n=result.already_done
        )
    if result.people == 1:
        ready = (
            tr("they are now ready for matching")
            if result.ready
            else tr("they still have steps to do")
        )
    elif result.ready == 0:
        ready = tr("none of them is ready for matching yet")
    elif result.ready == result.people:
        ready = tr("all {n} are now ready for matching").format(n=result.ready)
    else:
        ready = tr("{ready} are now ready for matching, {left} still have steps to do").format(
            ready=result.ready, left=result.people - result.ready
        )
    return f"{text}; {ready}."


def load_step_progress(
    window: MainWindow,
    participant_ids: list[int],
    then: Callable[[list[StepProgress]], None],
    parent: QWidget,
) -> operations.Op | None:
    """How many of these people have done each step (read on the worker), then ``then``."""
    db = window.db
    if db is None:
        return None
    ids = list(participant_ids)

    def work(state: object) -> list[StepProgress]:
        from peerdesk.people.bulk_steps import step_progress

        return step_progress(db, ids)

    return operations.Op(work, success=then, label=tr("Opening…"), parent=parent).run()


class StepsDialog(_BulkDialog):
    """Several steps done by everyone selected, on one date: one change, undone as one.

    The steps not yet done by all of them come first, ticked; those everyone
    has already done follow, unticked. Each says how many already have it.
    """

    recorded = Signal(object)  # StepsRecorded, once saved

    def __init__(
        self,
        window: MainWindow,
        participant_ids: list[int],
        progress: list[StepProgress],
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(window, participant_ids, name, parent)
        self.setObjectName("steps_dialog")
        self.setWindowTitle(self.tr("Record steps done"))
        self.intro.setText(
            self.tr("Tick the screening and training steps {who} finished.").format(who=self.who())
        )
        self.program_order = [step.step_id for step in progress]
        self.progress = sorted(progress, key=lambda p: p.done_by_all)  # stable: program order
        self.boxes: dict[int, QCheckBox] = {}
        self.counts: dict[int, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(0, 1)
        for row, step in enumerate(self.progress):
            box = QCheckBox(step.name, self)
            box.setObjectName(f"bulk_step_{step.step_id}")
            box.setChecked(not step.done_by_all)
            count = QLabel(self._count_text(step), self)
            count.setObjectName(f"bulk_step_count_{step.step_id}")
            count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            box.setAccessibleDescription(count.text())
            box.toggled.connect(self._update_ok)
            grid.addWidget(box, row, 0)
            grid.addWidget(count, row, 1)
            self.boxes[step.step_id] = box
            self.counts[step.step_id] = count
        self.form.addRow(grid)
        self.when = DateEdit(parent=self, name="bulk_step_date")
        self.when.setAccessibleName(self.tr("Date the steps were done"))
        self.form.addRow(self.tr("&Done on:"), self.when)
        self.kept = note(
            self.tr("Anyone who already has a step keeps the date it was recorded."), self
        )
        self.form.addRow(self.kept)
        self.kept.setVisible(any(step.done > 0 for step in self.progress))
        for first, second in zip(
            list(self.boxes.values()), [*list(self.boxes.values())[1:], self.when], strict=True
        ):
            self.setTabOrder(first, second)
        self._update_ok()
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            first.setFocus()

    def _count_text(self, step: StepProgress) -> str:
        if step.of == 1:
            return self.tr("done") if step.done else self.tr("not done yet")
        if step.done == 0:
            return self.tr("none of them yet")
        if step.done_by_all:
            return self.tr("all {n} done").format(n=step.of)
        return self.tr("{done} of {of} done").format(done=step.done, of=step.of)

    def chosen(self) -> list[int]:
        """The ticked steps, in the program's order."""
        return [step_id for step_id in self.program_order if self.boxes[step_id].isChecked()]

    def _update_ok(self) -> None:
        count = len(self.chosen())
        self.ok_button.setEnabled(count > 0 and self.op is None)
        self.ok_button.setText(
            self.tr("Record 1 step") if count == 1 else self.tr("Record {n} steps").format(n=count)
        )

    def _finished(self) -> None:
        super()._finished()
        self._update_ok()

    def accept(self) -> None:
        steps = self.chosen()
        if self.op is not None or not steps:
            return
        self.when.interpretText()
        when = self.when.value()
        names = {p.step_id: p.name for p in self.progress}
        who = self.who()
        text = (
            tr("Mark “{step}” done for {who}").format(step=names[steps[0]], who=who)
            if len(steps) == 1
            else tr("Mark {n} steps done for {who}").format(n=len(steps), who=who)
        )
        ids = self.participant_ids

        def work(db: Database) -> StepsRecorded:
            from peerdesk.people.bulk_steps import record_steps as record

            return record(db, ids, steps, when)

        self._start(
            run_change(
                self.window_, text, ids, work, parent=self, done=self._recorded,
                failure=self._failed,
            )
        )  # fmt: skip

    def _recorded(self, change: Change) -> None:
        self.recorded.emit(change.result)
        self._done(change)
