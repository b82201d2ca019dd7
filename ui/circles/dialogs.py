"""The circles' small dialogs: confirming them from a date, and ending one.

They are the pairs' dialogs (:mod:`ui.matching.dialogs`) in a circle's words,
built from the same pieces: the date field, the completed / ended early
choice with nothing chosen at first, the inline messages.
"""

from __future__ import annotations

from datetime import date

from ui.form_dialog import date_edit
from ui.matching.dialogs import ERROR_STYLE, ConfirmPairsDialog, EndDialog
from ui.pair_outcome import OutcomeChoice
from ui.qt import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


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


class EndCircleDialog(EndDialog):
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
        self._add_date_error()
        form = QFormLayout()
        form.addRow(self.tr("&Why:"), self.reason)
        form.addRow("", self.reason_error)
        form.addRow(self.tr("How:"), self.outcome_choice)
        form.addRow(self.tr("&Ended on:"), self.ended_on)
        form.addRow("", self.date_error)
        self._lay_out_end(intro, form, self.tr("End circle"), "endCircleButton")

    def started_message(self, day: str) -> str:
        return self.tr("The circle started on {day}: it cannot end before that.").format(day=day)

    def end_reason(self) -> str:
        return self.reason.text().strip()
