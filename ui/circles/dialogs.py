"""The circles' small dialogs: confirming them from a date, and ending one.

They are the pairs' dialogs (:mod:`ui.matching.dialogs`) in a circle's words,
built from the same pieces: the date field, the completed / ended early
choice with nothing chosen at first, the inline messages.
"""

from __future__ import annotations

from datetime import date

from peerdesk.enums import PairOutcome
from ui.form_dialog import date_edit, lay_out
from ui.matching.dialogs import ConfirmPairsDialog
from ui.pair_outcome import OutcomeChoice
from ui.qt import (
    QDate,
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


class ConfirmCirclesDialog(ConfirmPairsDialog):
    """Save the circles on the board, active from a date (today unless changed)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(count, False, parent)
        self.setObjectName("confirmCirclesDialog")
        self.setWindowTitle(self.tr("Confirm circles"))
        message = self.findChild(QLabel, "confirmText")
        if message is not None:
            message.setText(
                self.tr("Save this circle? It becomes active from the date below.")
                if count == 1
                else self.tr(
                    "Save these {n} circles? They become active from the date below."
                ).format(n=count)
            )


class EndCircleDialog(QDialog):
    """End a circle: why, how it ended (no answer given in advance), and when."""

    def __init__(
        self, name: str, parent: QWidget | None = None, *, started_on: date | None = None
    ) -> None:
        super().__init__(parent)
        self.started_on = started_on
        self.setObjectName("endCircleDialog")
        self.setWindowTitle(self.tr("End a circle"))
        intro = QLabel(
            self.tr(
                "End the circle “{name}”. Its history stays in the file, its sessions after "
                "the end date are cancelled, and its people can be put in new circles or pairs."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("endReason")
        self.reason.setPlaceholderText(self.tr("For example: the program year ended"))
        self.reason_error = QLabel(self.tr("Say why the circle is ending."))
        self.reason_error.setObjectName("endReasonError")
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.hide()
        self.outcome_choice = OutcomeChoice(
            self.tr("&Completed: the circle reached its end"), self.tr("Ended &early"), self
        )
        self.ended_on = date_edit("endDate")
        self.date_error = QLabel()
        self.date_error.setObjectName("endDateError")
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet(ERROR_STYLE)
        self.date_error.hide()
        self.ended_on.dateChanged.connect(lambda _day: self.date_error.hide())
        form = QFormLayout()
        form.addRow(self.tr("&Why:"), self.reason)
        form.addRow("", self.reason_error)
        form.addRow(self.tr("How:"), self.outcome_choice)
        form.addRow(self.tr("&Ended on:"), self.ended_on)
        form.addRow("", self.date_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("End circle"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("endCircleButton")
        self.ok.setEnabled(False)  # until the coordinator says how the circle ended
        self.outcome_choice.changed.connect(lambda _outcome: self.ok.setEnabled(True))
        lay_out(self, intro, form, buttons, 420)

    def accept(self) -> None:
        if self.outcome_choice.value() is None:
            return
        if not self.reason.text().strip():
            self.reason_error.show()
            self.reason.setFocus()
            return
        if self.started_on is not None and self.ended_date() < self.started_on:
            self.date_error.setText(
                self.tr("The circle started on {day}: it cannot end before that.").format(
                    day=QLocale().toString(QDate(*self.started_on.timetuple()[:3]), "d MMMM yyyy")
                )
            )
            self.date_error.show()
            self.ended_on.setFocus()
            return
        super().accept()

    def outcome(self) -> PairOutcome:
        return self.outcome_choice.value() or PairOutcome.ENDED_EARLY

    def end_reason(self) -> str:
        return self.reason.text().strip()

    def ended_date(self) -> date:
        return _as_date(self.ended_on.date())
