"""How a pair ended, asked with no answer given in advance.

Both places that end a pair (the matching board and the Check-ins screen) ask
"completed or ended early?" with this pair of choices. Neither is chosen when
the dialog opens — a preset answer is an easy way to record the wrong outcome —
and the dialog's button stays disabled until one is. When the pair's latest
meetings were cancelled or missed, the question says so and suggests *ended
early*, still without choosing for the coordinator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerdesk.enums import PairOutcome
from ui import operations
from ui.qt import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget, Signal

if TYPE_CHECKING:
    from peerdesk.database import Database

SUGGEST_AFTER = 2  # cancelled or missed in a row before ended early is suggested
HINT_STYLE = "color: #8A4B00;"


class OutcomeChoice(QWidget):
    """Completed / ended early, with nothing chosen at first."""

    changed = Signal(object)  # the PairOutcome chosen
    suggested = Signal(int)  # the pair's misses in a row, once they are known

    def __init__(self, completed_text: str, early_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeChoice")
        self.completed = QRadioButton(completed_text, self)
        self.completed.setObjectName("outcomeCompleted")
        self.early = QRadioButton(early_text, self)
        self.early.setObjectName("outcomeEarly")
        self.group = QButtonGroup(self)
        self.group.addButton(self.completed)
        self.group.addButton(self.early)
        self.hint = QLabel(self)
        self.hint.setObjectName("outcomeHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        self.misses = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.completed)
        layout.addWidget(self.early)
        layout.addWidget(self.hint)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.changed.emit(self.value())

    def value(self) -> PairOutcome | None:
        if self.completed.isChecked():
            return PairOutcome.COMPLETED
        if self.early.isChecked():
            return PairOutcome.ENDED_EARLY
        return None

    def show_misses(self, misses: int) -> None:
        """Suggest "ended early" when the pair missed ``misses`` meetings in a row."""
        self.misses = misses
        if misses >= SUGGEST_AFTER:
            self.hint.setText(
                self.tr(
                    "Their last {count} meetings were cancelled or missed: “ended early” may "
                    "be the right answer."
                ).format(count=misses)
            )
            self.hint.show()
            self.window().adjustSize()  # room for the wrapped words in a dialog already open
        else:
            self.hint.hide()
        self.suggested.emit(misses)

    def suggest_from(self, db: Database | None, pair_id: int) -> operations.Op | None:
        """Read the pair's misses in a row on the worker, then show the suggestion."""
        if db is None:
            return None

        def work(state: object) -> int:
            from peerdesk.pairs.closing import recent_misses

            return recent_misses(db, pair_id)

        return operations.Op(
            work, success=self.show_misses, label=self.tr("Reading the pair…"), parent=self
        ).run()
