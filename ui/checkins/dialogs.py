"""Small dialogs of the Check-ins screen: a goal, ending a pair.

Each checks what it can inline, next to the field, and closes only when the
values make sense; the screen runs the change on the worker afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.enums import PairOutcome
from peerdesk.pairs.closing import END_REASONS, OTHER
from peerdesk.pairs.goals import TEXT_MAX, GoalRow
from ui.checkins.models import tr
from ui.pair_outcome import OutcomeChoice
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    Qt,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #B3261E;"


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def reason_labels() -> dict[str, str]:
    """The reasons to end a pair, as the user reads them (stored in English)."""
    words = {
        "Goals reached": tr("Goals reached"),
        "Program ended": tr("Program ended"),
        "Schedules did not fit": tr("Schedules did not fit"),
        "Lost contact": tr("Lost contact"),
        "Not a good match": tr("Not a good match"),
        "Moved away or changed role": tr("Moved away or changed role"),
        "Personal or health reasons": tr("Personal or health reasons"),
        OTHER: tr("Other"),
    }
    return {reason: words.get(reason, reason) for reason in END_REASONS}


@dataclass(frozen=True)
class GoalValues:
    text: str
    target_date: date | None
    progress: int


class GoalDialog(QDialog):
    """Add or change a goal: what, by when, and how far it has come."""

    def __init__(
        self, pair_title: str, goal: GoalRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.setWindowTitle(self.tr("Change the goal") if goal else self.tr("Add a goal"))
        intro = QLabel(pair_title)
        intro.setWordWrap(True)
        self.text = QLineEdit(goal.text if goal else "")
        self.text.setObjectName("goalText")
        self.text.setMaxLength(TEXT_MAX)
        self.text.setPlaceholderText(self.tr("For example: lead a team meeting with confidence"))
        self.text_error = _error_label("goalTextError")
        self.text.textChanged.connect(lambda _text: self.text_error.hide())
        self.has_target = QCheckBox(self.tr("By"))
        self.has_target.setObjectName("goalHasTarget")
        self.target = QDateEdit()
        self.target.setObjectName("goalTarget")
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("d MMM yyyy")
        target = goal.target_date if goal else None
        self.target.setDate(_qdate(target) if target else QDate.currentDate().addMonths(3))
        self.has_target.setChecked(target is not None)
        self.target.setEnabled(target is not None)
        self.has_target.toggled.connect(self.target.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.has_target)
        when.addWidget(self.target)
        when.addStretch(1)
        self.progress = QSlider(Qt.Orientation.Horizontal)
        self.progress.setObjectName("goalProgress")
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(5)
        self.progress.setPageStep(10)
        self.progress.setTickInterval(25)
        self.progress.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.progress.setValue(goal.progress if goal else 0)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("goalProgressLabel")
        self.progress_label.setMinimumWidth(44)
        self.progress.valueChanged.connect(self._show_progress)
        self._show_progress(self.progress.value())
        progress_row = QWidget()
        progress = QHBoxLayout(progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.progress_label)
        form = QFormLayout()
        form.addRow(self.tr("&Goal:"), self.text)
        form.addRow("", self.text_error)
        form.addRow(self.tr("Target date:"), when)
        form.addRow(self.tr("&Progress:"), progress_row)
        label = form.labelForField(progress_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.progress)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("goalOk")
        self.ok.setText(self.tr("Save goal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _show_progress(self, value: int) -> None:
        self.progress_label.setText(self.tr("{percent}%").format(percent=value))

    def accept(self) -> None:
        if not self.text.text().strip():
            self.text_error.setText(self.tr("Write the goal."))
            self.text_error.show()
            self.text.setFocus()
            return
        super().accept()

    def values(self) -> GoalValues:
        target = _to_date(self.target.date()) if self.has_target.isChecked() else None
        # The slider moves in steps of 5; dragging can land between them.
        progress = min(100, 5 * round(self.progress.value() / 5))
        return GoalValues(self.text.text().strip(), target, progress)


@dataclass(frozen=True)
class Ending:
    outcome: PairOutcome
    reason: str
    details: str
    rematch_eligible: bool
    ended_on: date
    closing_survey: bool


class EndPairDialog(QDialog):
    """How a pair ended: completed or early, why (from the list, plus words), and after.

    Nothing is chosen for the coordinator: End pair waits until they say how it ended
    (:class:`ui.pair_outcome.OutcomeChoice`), and the reason starts empty too.
    """

    def __init__(
        self,
        mentor: str,
        mentee: str,
        *,
        started_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closePairDialog")
        self.setWindowTitle(self.tr("End the pair"))
        intro = QLabel(
            self.tr(
                "End the pair of {mentor} and {mentee}. Their meetings, answers and goals stay "
                "in the file, and count in the evaluation; meetings after the end date are "
                "cancelled."
            ).format(mentor=mentor, mentee=mentee)
        )
        intro.setWordWrap(True)
        self.outcome = OutcomeChoice(
            self.tr("&Completed: they reached the end together"), self.tr("Ended &early"), self
        )
        self.completed = self.outcome.completed
        self.completed.setObjectName("closeCompleted")
        self.early = self.outcome.early
        self.early.setObjectName("closeEarly")
        self.reason = QComboBox()
        self.reason.setObjectName("closeReason")
        self.reason.addItem(self.tr("Choose…"), None)
        for key, label in reason_labels().items():
            self.reason.addItem(label, key)
        self.details = QLineEdit()
        self.details.setObjectName("closeDetails")
        self.details.setPlaceholderText(self.tr("In your own words (needed for Other)"))
        self.details_error = _error_label("closeDetailsError")
        self.details.textChanged.connect(lambda _text: self.details_error.hide())
        self.rematch = QCheckBox(self.tr("{mentee} can be &matched again").format(mentee=mentee))
        self.rematch.setObjectName("closeRematch")
        self.ended_on = QDateEdit(QDate.currentDate())
        self.ended_on.setObjectName("closeEndedOn")
        self.ended_on.setCalendarPopup(True)
        self.ended_on.setDisplayFormat("d MMM yyyy")
        self.ended_on.setMaximumDate(QDate.currentDate())
        if started_on is not None:
            self.ended_on.setMinimumDate(_qdate(started_on))
        self.survey = QCheckBox(
            self.tr("Record {mentee}'s &closing survey next").format(mentee=mentee)
        )
        self.survey.setObjectName("closeSurvey")
        self.survey.setChecked(True)
        self.outcome.changed.connect(
            lambda outcome: self._outcome_changed(outcome == PairOutcome.COMPLETED)
        )
        form = QFormLayout()
        form.addRow(self.tr("How:"), self.outcome)
        form.addRow(self.tr("&Why:"), self.reason)
        form.addRow("", self.details)
        form.addRow("", self.details_error)
        form.addRow(self.tr("&Ended on:"), self.ended_on)
        form.addRow("", self.rematch)
        form.addRow("", self.survey)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("End pair"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("closePairButton")
        self.ok.setEnabled(False)  # until the coordinator says how the pair ended
        self.outcome.changed.connect(lambda _outcome: self.ok.setEnabled(True))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _outcome_changed(self, completed: bool) -> None:
        self.rematch.setChecked(not completed)
        wanted = "Goals reached" if completed else "Schedules did not fit"
        current = self.reason.currentData()
        if current in (None, "Goals reached", "Schedules did not fit"):
            self.reason.setCurrentIndex(self.reason.findData(wanted))

    def accept(self) -> None:
        if self.outcome.value() is None:
            return
        if self.reason.currentData() is None:
            self.details_error.setText(self.tr("Choose why the pair is ending."))
            self.details_error.show()
            self.reason.setFocus()
            return
        if self.reason.currentData() == OTHER and not self.details.text().strip():
            self.details_error.setText(self.tr("Say in a few words why the pair is ending."))
            self.details_error.show()
            self.details.setFocus()
            return
        super().accept()

    def ending(self) -> Ending:
        return Ending(
            self.outcome.value() or PairOutcome.ENDED_EARLY,
            str(self.reason.currentData()),
            self.details.text().strip(),
            self.rematch.isChecked(),
            _to_date(self.ended_on.date()),
            self.survey.isChecked(),
        )
