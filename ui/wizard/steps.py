"""An editable list of the screening and training steps people complete before matching.

A handful of rows, each a name, a kind, a "required" box and training hours,
edited in place; "Add a step" and each row's "Remove" change the list.
"""

from __future__ import annotations

import itertools

from peerdesk.enums import StepKind
from peerdesk.program.settings import StepSetting
from ui import labels
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)


class StepRow(QWidget):
    """One step; ``remove_requested`` asks the editor to drop it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, step: StepSetting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(step.name, self)
        self.name.setObjectName("step_name")
        self.name.setPlaceholderText(self.tr("Name of the step"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("step_kind")
        for value, text in labels.step_kinds().items():
            self.kind.addItem(text, value.value)
        self.kind.setCurrentIndex(max(self.kind.findData(step.kind.value), 0))
        self.required = QCheckBox(self.tr("Required"), self)
        self.required.setObjectName("step_required")
        self.required.setChecked(step.required)
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("step_hours")
        self.hours.setRange(0.0, 500.0)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setSpecialValueText("—")
        self.hours.setValue(step.hours or 0.0)
        self.remove = QToolButton(self)
        self.remove.setObjectName("step_remove")
        self.remove.setText(self.tr("Remove"))
        self.remove.setAutoRaise(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 3)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.required)
        layout.addWidget(self.hours, 1)
        layout.addWidget(self.remove)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._kind_changed()

        self.name.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.required.toggled.connect(self.changed)
        self.hours.valueChanged.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def _kind_changed(self) -> None:
        training = self.kind.currentData() == StepKind.TRAINING.value
        self.hours.setEnabled(training)
        self.hours.setToolTip("" if training else self.tr("Only training steps have hours."))

    def set_position(self, number: int) -> None:
        """Name the row's fields for screen readers: "Step 2 name" and so on."""
        self.name.setAccessibleName(self.tr("Step {n} name").format(n=number))
        self.kind.setAccessibleName(self.tr("Step {n} kind").format(n=number))
        self.required.setAccessibleName(self.tr("Step {n} required").format(n=number))
        self.hours.setAccessibleName(self.tr("Step {n} training hours").format(n=number))
        self.remove.setAccessibleName(self.tr("Remove step {n}").format(n=number))

    def step(self) -> StepSetting:
        kind = StepKind(self.kind.currentData())
        hours = self.hours.value() if kind is StepKind.TRAINING and self.hours.value() else None
        return StepSetting(self.name.text().strip(), kind, self.required.isChecked(), hours)


class StepsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.rows: list[StepRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        self.add = QPushButton(self.tr("&Add a step"), self)
        self.add.setObjectName("add_step")
        self.empty = QLabel(self.tr("No steps: everyone can be matched straight away."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_box)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.add.clicked.connect(self._add_clicked)

    def set_steps(self, steps: list[StepSetting]) -> None:
        for row in self.rows:
            self._rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for step in steps:
            self._append(step)
        self._renumber()

    def steps(self) -> list[StepSetting]:
        return [row.step() for row in self.rows]

    def _append(self, step: StepSetting) -> StepRow:
        row = StepRow(step, self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self._rows_box.addWidget(row)
        self.rows.append(row)
        self._fix_tab_order()
        return row

    def _add_clicked(self) -> None:
        row = self._append(StepSetting(""))
        self._renumber()
        row.show()  # a layout shows new children only later; focus needs it now
        row.name.setFocus()
        self.changed.emit()

    def _remove(self, row: StepRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self._fix_tab_order()
        following = self.rows[index] if index < len(self.rows) else None
        (following.name if following else self.add).setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_position(number)
        self.empty.setVisible(not self.rows)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.name, row.kind, row.required, row.hours, row.remove]
        chain.append(self.add)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
