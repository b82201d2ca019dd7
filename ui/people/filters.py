"""The search box and filter menus above the People table.

``changed`` is emitted on every keystroke and every choice; the screen hands
:meth:`FilterBar.current` to the proxy, which filters without asking the
database anything.
"""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.enums import ParticipantStatus, Role
from ui import icons
from ui.people.model import PeopleFilter
from ui.people.rows import PersonRow, Readiness, readiness_labels, role_labels, status_labels
from ui.qt import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget, Signal


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("people_search")
        self.search.setPlaceholderText(self.tr("Search names, emails, interests, skills… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(260)
        self.role = self._combo("filter_role", self.tr("All roles"))
        for role, text in role_labels().items():
            self.role.addItem(text, role.value)
        self.status = self._combo("filter_status", self.tr("All statuses"))
        for status, text in status_labels().items():
            self.status.addItem(text, status.value)
        self.readiness = self._combo("filter_readiness", self.tr("Ready or not"))
        for state in (Readiness.READY, Readiness.NOT_READY, Readiness.OVERRIDE):
            self.readiness.addItem(readiness_labels()[state], int(state))
        self.department = self._combo("filter_department", self.tr("All departments"))
        self.department.setMinimumContentsLength(14)
        self.clear = QPushButton(self.tr("Clear filters"), self)
        self.clear.setObjectName("clear_filters")
        self.clear.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search, 3)
        for combo in self.combos():
            layout.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._changed)
        layout.addWidget(self.clear)
        self.search.textChanged.connect(self._changed)
        self.clear.clicked.connect(self.reset)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.role, self.status, self.readiness, self.department)

    def _changed(self) -> None:
        self.clear.setVisible(self.current().is_active())
        self.changed.emit()

    def current(self) -> PeopleFilter:
        role = self.role.currentData()
        status = self.status.currentData()
        readiness = self.readiness.currentData()
        return PeopleFilter(
            text=self.search.text(),
            role=Role(role) if role else None,
            status=ParticipantStatus(status) if status else None,
            readiness=Readiness(readiness) if readiness is not None else None,
            department=self.department.currentData(),
        )

    def reset(self) -> None:
        for combo in self.combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._changed()

    def set_departments(self, rows: Iterable[PersonRow]) -> None:
        """Offer the departments people have, keeping the choice if it is still there."""
        combo = self.department
        wanted = combo.currentData()
        listed = list(rows)
        names = sorted({r.department for r in listed if r.department}, key=str.casefold)
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for name in names:
                combo.addItem(name, name)
            if any(not r.department for r in listed):
                combo.addItem(self.tr("(No department)"), "")
            index = combo.findData(wanted) if wanted is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)
        if wanted is not None and combo.currentData() != wanted:
            self._changed()  # the department chosen is gone: show everyone again
