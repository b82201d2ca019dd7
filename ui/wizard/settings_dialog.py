"""A program's settings after it exists: the wizard's forms as tabs.

The template page is left out on purpose: a template is a starting point, and
applying one to a running program would overwrite choices made since.
OK checks everything with :func:`peerdesk.program.settings.validate` and stays
open, showing each problem next to its field, until the settings are valid;
the caller saves :meth:`ProgramSettingsDialog.settings` after ``accepted``.
"""

from __future__ import annotations

import copy

from peerdesk.program.settings import ProgramSettings, validate
from ui.qt import QDialog, QDialogButtonBox, QIcon, QStyle, QTabWidget, QVBoxLayout, QWidget
from ui.wizard.agreement import AgreementForm
from ui.wizard.basics import BasicsForm
from ui.wizard.common import SettingsForm, scrolling
from ui.wizard.matching import MatchingForm
from ui.wizard.meetings import MeetingsForm
from ui.wizard.people import PeopleForm
from ui.wizard.wizard import MINIMUM_SIZE


class ProgramSettingsDialog(QDialog):
    def __init__(
        self, settings: ProgramSettings, taken_names: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("program_settings_dialog")
        self.setWindowTitle(self.tr("Program settings — {name}").format(name=settings.name))
        self._base = copy.deepcopy(settings)
        self._taken = set(taken_names)
        self._problems: dict[str, str] = {}
        self.basics = BasicsForm()
        self.meetings = MeetingsForm()
        self.people = PeopleForm()
        self.matching = MatchingForm()
        self.agreement = AgreementForm()
        self.forms: list[SettingsForm] = [
            self.basics,
            self.meetings,
            self.people,
            self.matching,
            self.agreement,
        ]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sections")
        for form in self.forms:
            form.load(self._base)
            form.changed.connect(self._revalidate)
            self.tabs.addTab(scrolling(form), form.title())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._revalidate()

    def settings(self) -> ProgramSettings:
        """The edited settings; the caller saves them after ``accepted``."""
        settings = copy.deepcopy(self._base)
        for form in self.forms:
            form.store(settings)
        return settings

    def problems(self) -> dict[str, str]:
        return self._problems

    def _revalidate(self, reveal: bool = False) -> None:
        self._problems = validate(self.settings(), self._taken)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, form in enumerate(self.forms):
            form.show_problems(self._problems, reveal)
            has_problem = any(form.owns(key) for key in self._problems)
            self.tabs.setTabIcon(index, warning if has_problem else QIcon())

    def accept(self) -> None:
        self._revalidate(reveal=True)
        if not self._problems:
            super().accept()
            return
        key = next(iter(self._problems))
        for index, form in enumerate(self.forms):
            if form.owns(key):
                self.tabs.setCurrentIndex(index)
                field = form.problem_field(key)
                if field is not None:
                    field.setFocus()
                break
