"""The template page: a starting point for the pages after it."""

from __future__ import annotations

from peerdesk.enums import ProgramTemplate
from peerdesk.program.settings import ProgramSettings
from ui import labels
from ui.qt import QAbstractButton, QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget, Signal
from ui.wizard.common import SettingsForm, note


class TemplateForm(SettingsForm):
    """Radio buttons, one per template; ``chosen`` fires when the user picks another."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[ProgramTemplate, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "A template fills the next pages with settings that suit that kind of "
                    "program. What you typed on the first page is kept, and you can change "
                    "anything on the pages that follow."
                ),
                self,
            )
        )
        layout.addSpacing(6)
        indent = QRadioButton().sizeHint().height() + 4
        for template, (name, description) in labels.templates().items():
            button = QRadioButton(name, self)
            button.setObjectName(f"template_{template.value}")
            button.setAccessibleDescription(description)
            self.group.addButton(button)
            self.buttons[template] = button
            text = QLabel(description, self)
            text.setWordWrap(True)
            text.setContentsMargins(indent, 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(text)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def title(self) -> str:
        return self.tr("Kind of program")

    def subtitle(self) -> str:
        return self.tr("Choose the kind of program closest to yours.")

    def template(self) -> ProgramTemplate | None:
        return next((t for t, b in self.buttons.items() if b.isChecked()), None)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked and not self._loading:
            self.chosen.emit(next(t for t, b in self.buttons.items() if b is button))

    def _load(self, settings: ProgramSettings) -> None:
        if settings.template in self.buttons:
            self.buttons[settings.template].setChecked(True)

    def store(self, settings: ProgramSettings) -> None:
        settings.template = self.template()
