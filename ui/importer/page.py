"""What every page of the import wizard has: the wizard, its plan, and a sheet chooser."""

from __future__ import annotations

from peerdesk.roster.plan import RosterImport
from ui.importer.host import WizardHost
from ui.qt import QComboBox, QHBoxLayout, QLabel, QWidget, QWizardPage, Signal


class Page(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self.importer = wizard

    @property
    def plan(self) -> RosterImport:
        return self.importer.plan

    def shown(self) -> None:
        """The page came on screen, going forward or back: show the plan as it is now."""


class SheetChooser(QWidget):
    """“Sheet: [Mentors ▾]” over a page that shows one sheet at a time; hidden for one sheet."""

    chosen = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(name)
        self.combo.setMinimumContentsLength(16)
        label = QLabel(self.tr("&Sheet:"), self)
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.combo.currentIndexChanged.connect(self._changed)

    def set_sheets(self, names: list[str]) -> None:
        """Offer ``names``, keeping the current sheet if it is still among them."""
        current = self.current()
        self.combo.blockSignals(True)
        self.combo.clear()
        for name in names:
            self.combo.addItem(name, name)
        position = self.combo.findData(current)
        self.combo.setCurrentIndex(position if position >= 0 else 0)
        self.combo.blockSignals(False)
        self.setVisible(len(names) > 1)

    def current(self) -> str:
        data = self.combo.currentData()
        return str(data) if data is not None else ""

    def _changed(self, _index: int) -> None:
        if self.current():
            self.chosen.emit(self.current())
