"""Who takes part: mentor capacity, eligibility, and the steps before matching."""

from __future__ import annotations

from peerdesk.program.settings import ProgramSettings
from ui.qt import QCheckBox, QWidget
from ui.wizard.common import SettingsForm, spin, text_editor
from ui.wizard.steps import StepsEditor


class PeopleForm(SettingsForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capacity = spin("default_mentor_capacity", 1, 50, "", self)
        self.reciprocal = QCheckBox(
            self.tr("&Peers mentor each other (one group of equals, no mentor or mentee roles)"),
            self,
        )
        self.reciprocal.setObjectName("reciprocal")
        self.eligibility = text_editor("eligibility_notes", 3, self)
        self.eligibility.setPlaceholderText(
            self.tr("Who can take part, for example: staff who have passed probation.")
        )
        self.steps = StepsEditor(self)

        form = self._main_form()
        capacity_error = self._error("default_mentor_capacity", self.capacity)
        self._row(form, self.tr("Mentees per &mentor:"), self.capacity, error=capacity_error)
        form.addRow(self.reciprocal)
        self._row(form, self.tr("&Who can take part:"), self.eligibility)
        steps_error = self._error("steps", self.steps)
        label = self._row(
            form,
            self.tr("&Steps before matching:"),
            self.steps,
            buddy=self.steps.add,
            error=steps_error,
        )
        label.setToolTip(
            self.tr("People are offered for matching once they have done every required step.")
        )

        self.capacity.valueChanged.connect(self._edited)
        self.reciprocal.toggled.connect(self._edited)
        self.eligibility.textChanged.connect(self._edited)
        self.steps.changed.connect(self._edited)

    def title(self) -> str:
        return self.tr("People")

    def subtitle(self) -> str:
        return self.tr(
            "How many mentees a mentor usually takes, who can join, and what everyone "
            "completes before they are matched."
        )

    def _load(self, settings: ProgramSettings) -> None:
        self.capacity.setValue(settings.default_mentor_capacity)
        self.reciprocal.setChecked(settings.reciprocal)
        if self.eligibility.toPlainText() != settings.eligibility_notes:
            self.eligibility.setPlainText(settings.eligibility_notes)
        self.steps.set_steps(settings.steps)

    def store(self, settings: ProgramSettings) -> None:
        settings.default_mentor_capacity = self.capacity.value()
        settings.reciprocal = self.reciprocal.isChecked()
        settings.eligibility_notes = self.eligibility.toPlainText()
        settings.steps = self.steps.steps()
