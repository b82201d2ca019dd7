"""What matching weighs, and what it aims for over the whole pool."""

from __future__ import annotations

from peerdesk.enums import DepartmentRule, MatchObjective
from peerdesk.program.settings import (
    MUST_MATCH_WEIGHT,
    CriterionSetting,
    ProgramSettings,
    default_criteria,
)
from ui import labels
from ui.labels import tr
from ui.qt import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.wizard.common import SettingsForm, enum_combo, form_layout, note, select


class CriterionRow:
    """A criterion's on/off box, its 0–10 weight slider and the weight in words."""

    def __init__(self, setting: CriterionSetting, form: MatchingForm, grid: QGridLayout) -> None:
        self.key = setting.key
        safe = setting.key.replace(":", "_")
        self.enabled = QCheckBox(labels.criterion(setting.key), form)
        self.enabled.setObjectName(f"criterion_{safe}")
        self.weight = QSlider(Qt.Orientation.Horizontal, form)
        self.weight.setObjectName(f"weight_{safe}")
        self.weight.setRange(0, MUST_MATCH_WEIGHT)
        self.weight.setPageStep(1)
        self.weight.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.weight.setTickInterval(1)
        self.weight.setAccessibleName(
            tr("Weight of {criterion}").format(criterion=self.enabled.text())
        )
        self.shown = QLabel(form)
        self.shown.setObjectName(f"weight_text_{safe}")
        self.shown.setMinimumWidth(form.fontMetrics().horizontalAdvance(tr("10 — must match")))
        row = grid.rowCount()
        grid.addWidget(self.enabled, row, 0)
        grid.addWidget(self.weight, row, 1)
        grid.addWidget(self.shown, row, 2)
        self.enabled.setChecked(setting.enabled)
        self.weight.setValue(setting.weight)
        self._update(form)
        self.enabled.toggled.connect(lambda _on: self._update(form))
        self.weight.valueChanged.connect(lambda _value: self._update(form))
        self.enabled.toggled.connect(form._edited)
        self.weight.valueChanged.connect(form._edited)

    def _update(self, form: MatchingForm) -> None:
        on = self.enabled.isChecked()
        self.weight.setEnabled(on)
        value = self.weight.value()
        if not on:
            text = tr("not used")
        elif value >= MUST_MATCH_WEIGHT:
            text = tr("{weight} — must match").format(weight=value)
        else:
            text = str(value)
        self.shown.setText(text)
        self.shown.setEnabled(on)

    def setting(self) -> CriterionSetting:
        return CriterionSetting(self.key, self.enabled.isChecked(), self.weight.value())

    def load(self, setting: CriterionSetting) -> None:
        self.enabled.setChecked(setting.enabled)
        self.weight.setValue(setting.weight)

    def remove(self, grid: QGridLayout) -> None:
        for widget in (self.enabled, self.weight, self.shown):
            grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()


class MatchingForm(SettingsForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria: list[CriterionRow] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        criteria_error = self._error("criteria")
        # The usual criteria are made first, so that Tab visits them first, as laid out.
        self._loading = True
        self.criteria = [CriterionRow(c, self, self.grid) for c in default_criteria()]
        self._loading = False

        self.department = enum_combo("department_rule", labels.department_rules(), self)
        self.gap_min = self._years("experience_gap_min")
        self.gap_max = self._years("experience_gap_max")
        gap = QHBoxLayout()
        gap.addWidget(self.gap_min)
        gap.addWidget(QLabel(self.tr("to"), self))
        gap.addWidget(self.gap_max)
        gap.addWidget(QLabel(self.tr("years, the mentor ahead of the mentee"), self))
        gap.addStretch(1)
        self.objectives = QButtonGroup(self)
        self.objective_buttons: dict[MatchObjective, QRadioButton] = {}
        objective_box = QVBoxLayout()
        objective_box.setSpacing(2)
        texts = {
            MatchObjective.BEST_SCORE: self.tr("The &highest total score over everyone"),
            MatchObjective.MOST_MATCHED: self.tr(
                "As many people matched as possible, then the highest sc&ore"
            ),
            MatchObjective.STABLE: self.tr(
                "Honour &preferences (stable): whom people asked for first, then the highest score"
            ),
            MatchObjective.FAIREST: self.tr(
                "Fairest: the highest lowest score any pair gets, then the highest total"
            ),
        }
        for value, text in texts.items():
            button = QRadioButton(text, self)
            button.setObjectName(f"objective_{value.value}")
            self.objectives.addButton(button)
            self.objective_buttons[value] = button
            objective_box.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Tick what matters and set how much, from 0 (hardly) to 10. At 10 a "
                    "criterion must match: people who differ on it are never paired."
                ),
                self,
            )
        )
        layout.addLayout(self.grid)
        layout.addWidget(criteria_error)
        form = form_layout(None)
        layout.addLayout(form)
        self._row(form, self.tr("&Department:"), self.department)
        gap_error = self._error("experience_gap_min", self.gap_min)
        self._row(form, self.tr("&Experience gap:"), gap, self.gap_min, gap_error)
        best = self.objective_buttons[MatchObjective.BEST_SCORE]
        objective_error = self._error("matching_objective", best)
        self._row(form, self.tr("Aim for:"), objective_box, best, objective_error)
        layout.addStretch(1)

        self.department.currentIndexChanged.connect(self._edited)
        self.gap_min.valueChanged.connect(self._edited)
        self.gap_max.valueChanged.connect(self._edited)
        self.objectives.buttonToggled.connect(self._edited)

    def _years(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(name)
        box.setRange(0.0, 60.0)
        box.setDecimals(1)
        box.setSingleStep(1.0)
        return box

    def title(self) -> str:
        return self.tr("Matching")

    def subtitle(self) -> str:
        return self.tr("What PeerDesk weighs when it suggests pairs. You decide every pair.")

    def owns(self, key: str) -> bool:
        return key.startswith("criterion:") or super().owns(key)

    def show_problems(self, problems: dict[str, str], reveal: bool = False) -> None:
        criteria = [m for k, m in problems.items() if k.startswith("criterion:")]
        super().show_problems({**problems, "criteria": criteria[0] if criteria else ""}, reveal)

    def problem_field(self, key: str) -> QWidget | None:
        if key.startswith("criterion:"):
            row = next((r for r in self.criteria if r.key == key.removeprefix("criterion:")), None)
            return row.weight if row else None
        return super().problem_field(key)

    def _load(self, settings: ProgramSettings) -> None:
        if [r.key for r in self.criteria] == [c.key for c in settings.criteria]:
            for row, criterion in zip(self.criteria, settings.criteria, strict=True):
                row.load(criterion)
        else:
            for row in self.criteria:
                row.remove(self.grid)
            self.criteria = [CriterionRow(c, self, self.grid) for c in settings.criteria]
        select(self.department, settings.department_rule)
        self.gap_min.setValue(settings.experience_gap_min)
        self.gap_max.setValue(settings.experience_gap_max)
        self.objective_buttons[settings.matching_objective].setChecked(True)

    def store(self, settings: ProgramSettings) -> None:
        settings.criteria = [row.setting() for row in self.criteria]
        settings.department_rule = DepartmentRule(self.department.currentData())
        settings.experience_gap_min = self.gap_min.value()
        settings.experience_gap_max = self.gap_max.value()
        settings.matching_objective = next(
            (v for v, b in self.objective_buttons.items() if b.isChecked()),
            MatchObjective.BEST_SCORE,
        )
