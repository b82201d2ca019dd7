"""The board's two small dialogs: confirming pairs from a date, and ending a pair."""

from __future__ import annotations

from datetime import date

from peerdesk.enums import PairOutcome
from ui.form_dialog import date_edit, lay_out
from ui.pair_outcome import OutcomeChoice
from ui.qt import (
    QCheckBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QWidget,
)

ERROR_STYLE = "color: #B3261E;"


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ConfirmPairsDialog(QDialog):
    """Turn proposed pairs into active ones, starting on a date (today unless changed)."""

    def __init__(self, count: int, selected_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPairsDialog")
        self.setWindowTitle(self.tr("Confirm pairs"))
        if selected_only:
            text = (
                self.tr("Confirm the selected pair? It becomes active from the date below.")
                if count == 1
                else self.tr(
                    "Confirm the {n} selected pairs? They become active from the date below."
                ).format(n=count)
            )
        else:
            text = (
                self.tr("Confirm the proposed pair? It becomes active from the date below.")
                if count == 1
                else self.tr(
                    "Confirm all {n} proposed pairs? They become active from the date below."
                ).format(n=count)
            )
        message = QLabel(text)
        message.setObjectName("confirmText")
        message.setWordWrap(True)
        self.start = date_edit("startDate")
        form = QFormLayout()
        form.addRow(self.tr("&Start date:"), self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Confirm"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("confirmButton")
        self.ok.setDefault(True)
        lay_out(self, message, form, buttons, 380)

    def start_date(self) -> date:
        return _as_date(self.start.date())


class EndDialog(QDialog):
    """What ending a pair and ending a circle share: the date message, the End button
    that waits for how it ended, and the checks on OK. Subclasses build the fields
    ``reason``, ``reason_error``, ``outcome_choice`` and ``ended_on`` in their own words.
    """

    started_on: date | None
    reason: QLineEdit
    reason_error: QLabel
    outcome_choice: OutcomeChoice
    ended_on: QDateEdit

    def _add_date_error(self) -> None:
        self.date_error = QLabel()
        self.date_error.setObjectName("endDateError")
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet(ERROR_STYLE)
        self.date_error.hide()
        self.ended_on.dateChanged.connect(lambda _day: self.date_error.hide())

    def _lay_out_end(self, intro: QLabel, form: QFormLayout, ok_text: str, ok_name: str) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName(ok_name)
        self.ok.setEnabled(False)  # until the coordinator says how it ended
        self.outcome_choice.changed.connect(lambda _outcome: self.ok.setEnabled(True))
        lay_out(self, intro, form, buttons, 420)

    def started_message(self, day: str) -> str:
        """The date message (a subclass words it): it started on ``day``, so cannot end before."""
        raise NotImplementedError

    def accept(self) -> None:
        if self.outcome_choice.value() is None:
            return
        if not self.reason.text().strip():
            self.reason_error.show()
            self.reason.setFocus()
            return
        if self.started_on is not None and self.ended_date() < self.started_on:
            self.date_error.setText(
                self.started_message(
                    QLocale().toString(QDate(*self.started_on.timetuple()[:3]), "d MMMM yyyy")
                )
            )
            self.date_error.show()
            self.ended_on.setFocus()
            return
        super().accept()

    def outcome(self) -> PairOutcome:
        return self.outcome_choice.value() or PairOutcome.ENDED_EARLY

    def ended_date(self) -> date:
        return _as_date(self.ended_on.date())


class EndPairDialog(EndDialog):
    """End an active pair: why, how it ended, and whether the mentee may be matched again.

    How it ended has no answer until the coordinator gives one (End pair waits for it).
    """

    def __init__(
        self,
        mentee: str,
        mentor: str,
        parent: QWidget | None = None,
        *,
        started_on: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.started_on = started_on
        self.setObjectName("endPairDialog")
        self.setWindowTitle(self.tr("End a pair"))
        intro = QLabel(
            self.tr(
                "End the pair of {mentee} and {mentor}. The pair's history stays in the file; "
                "its meetings after the end date are cancelled."
            ).format(mentee=mentee, mentor=mentor)
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("endReason")
        self.reason.setPlaceholderText(self.tr("For example: goals reached, moved away"))
        self.reason_error = QLabel(self.tr("Say why the pair is ending."))
        self.reason_error.setObjectName("endReasonError")
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.hide()
        self.outcome_choice = OutcomeChoice(
            self.tr("&Completed: the pair reached its end"), self.tr("Ended &early"), self
        )
        self.completed = self.outcome_choice.completed
        self.ended_early = self.outcome_choice.early
        self.rematch = QCheckBox(self.tr("{mentee} can be &matched again").format(mentee=mentee))
        self.rematch.setObjectName("rematchEligible")
        self.outcome_choice.changed.connect(
            lambda outcome: self.rematch.setChecked(outcome == PairOutcome.ENDED_EARLY)
        )
        self.ended_on = date_edit("endDate")
        self._add_date_error()
        form = QFormLayout()
        form.addRow(self.tr("&Why:"), self.reason)
        form.addRow("", self.reason_error)
        form.addRow(self.tr("How:"), self.outcome_choice)
        form.addRow("", self.rematch)
        form.addRow(self.tr("&Ended on:"), self.ended_on)
        form.addRow("", self.date_error)
        self._lay_out_end(intro, form, self.tr("End pair"), "endPairButton")

    def started_message(self, day: str) -> str:
        return self.tr("The pair started on {day}: it cannot end before that.").format(day=day)
