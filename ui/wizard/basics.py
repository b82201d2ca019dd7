"""The first page: what the program is called, what it is for and when it runs."""

from __future__ import annotations

from datetime import date

from peerdesk.program.settings import ProgramSettings
from ui.date_edit import DateEdit
from ui.qt import QCheckBox, QDate, QHBoxLayout, QLineEdit, QSizePolicy, QWidget
from ui.wizard.common import SettingsForm, text_editor


class DateField(QWidget):
    """An optional date: a "No date yet" box and the date itself."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unset = QCheckBox(self.tr("No date yet"), self)
        self.unset.setObjectName(f"{name}_unset")
        self.edit = DateEdit(parent=self, name=name)
        self.edit.setAccessibleName(name.replace("_", " "))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unset)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.unset.toggled.connect(lambda unset: self.edit.setEnabled(not unset))
        self.unset.setChecked(True)
        self.edit.setEnabled(False)

    def value(self) -> date | None:
        if self.unset.isChecked():
            return None
        result: date = self.edit.date().toPython()
        return result

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.unset.setChecked(value is None)


class BasicsForm(SettingsForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name_touched = False
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("For example: New Staff Buddies 2025"))
        self.organization_name = QLineEdit(self)
        self.organization_name.setObjectName("organization_name")
        self.purpose = text_editor("purpose", 2, self)
        self.goals = text_editor("goals", 4, self)
        self.goals.setPlaceholderText(
            self.tr("What should mentees have gained by the end? One goal a line.")
        )
        self.start = DateField("start_date", self)
        self.end = DateField("end_date", self)

        form = self._main_form()
        self._row(form, self.tr("&Program name:"), self.name, error=self._error("name", self.name))
        self._row(form, self.tr("&Organization:"), self.organization_name)
        self._row(form, self.tr("P&urpose:"), self.purpose)
        self._row(form, self.tr("&Goals:"), self.goals)
        self._row(form, self.tr("&Starts:"), self.start, buddy=self.start.unset)
        end_error = self._error("end_date", self.end.edit)
        self._row(form, self.tr("&Ends:"), self.end, buddy=self.end.unset, error=end_error)
        self.setTabOrder(self.name, self.organization_name)
        self.setTabOrder(self.organization_name, self.purpose)
        self.setTabOrder(self.purpose, self.goals)

        self.name.textEdited.connect(self._name_edited)
        self.organization_name.textChanged.connect(self._edited)
        self.purpose.textChanged.connect(self._edited)
        self.goals.textChanged.connect(self._edited)
        for field in (self.start, self.end):
            field.unset.toggled.connect(self._edited)
            field.edit.dateChanged.connect(self._edited)
        self.end.unset.toggled.connect(self._end_toggled)

    def title(self) -> str:
        return self.tr("The program")

    def subtitle(self) -> str:
        return self.tr(
            "Only the name is needed. Press Finish now to use the usual settings, "
            "or Next to choose them; you can change everything later."
        )

    def _name_edited(self, _text: str) -> None:
        self._name_touched = True
        self._edited()

    def _end_toggled(self, unset: bool) -> None:
        """Offer a year after the start rather than an end that is already wrong."""
        start = self.start.value()
        if not unset and not self._loading and start and self.end.edit.date().toPython() <= start:
            self.end.edit.setDate(QDate(start.year, start.month, start.day).addYears(1))

    def _load(self, settings: ProgramSettings) -> None:
        if self.name.text() != settings.name:
            self.name.setText(settings.name)
        self.organization_name.setText(settings.organization_name)
        if self.purpose.toPlainText() != settings.purpose:
            self.purpose.setPlainText(settings.purpose)
        if self.goals.toPlainText() != settings.goals:
            self.goals.setPlainText(settings.goals)
        self.start.set_value(settings.start_date)
        self.end.set_value(settings.end_date)

    def store(self, settings: ProgramSettings) -> None:
        settings.name = self.name.text().strip()
        settings.organization_name = self.organization_name.text()
        settings.purpose = self.purpose.toPlainText()
        settings.goals = self.goals.toPlainText()
        settings.start_date = self.start.value()
        settings.end_date = self.end.value()

    def show_problems(self, problems: dict[str, str], reveal: bool = False) -> None:
        if reveal:
            self._name_touched = True
        shown = dict(problems)
        if not self._name_touched and not self.name.text().strip():
            shown.pop("name", None)  # no scolding before the user has typed anything
        super().show_problems(shown, reveal)
