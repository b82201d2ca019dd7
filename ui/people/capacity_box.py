"""How many mentees a mentor takes: the program's default, or a number of their own.

A spin box whose lowest value stands for "Program default (2)". Stepping from
the default starts at the default's number — one click up from "Program
default (2)" gives 3, one down gives 1 — not at the box's lowest number.
"""

from __future__ import annotations

from ui.qt import QAbstractSpinBox, QSpinBox, QWidget

DEFAULT = -1  # the value that stands for the program's default
MAX_CAPACITY = 50


class CapacityBox(QSpinBox):
    def __init__(self, default: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.setRange(DEFAULT, MAX_CAPACITY)
        self.setSpecialValueText(self.tr("Program default ({count})").format(count=default))
        self.setSuffix(self.tr(" mentees"))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.value() == DEFAULT:  # both ways, from the default's number
            return (
                QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
            )
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:
        if self.value() == DEFAULT:
            self.setValue(max(0, min(MAX_CAPACITY, self.default + steps)))
            return
        super().stepBy(steps)
