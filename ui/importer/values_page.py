"""The Values page: what each answer in the role column means."""

from __future__ import annotations

from typing import Any

from peerdesk.enums import Role
from ui.importer.common import note, plural, role_labels, tr
from ui.importer.delegates import ChoiceDelegate, ChoiceTable
from ui.importer.host import WizardHost
from ui.importer.models import RoleValuesModel
from ui.importer.page import Page
from ui.qt import QComboBox, QHeaderView, QVBoxLayout


def role_choices() -> list[tuple[Any, str]]:
    return [(role.value if role is not None else "", text) for role, text in role_labels().items()]


class ValuesPage(Page):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Roles"))
        self.setSubTitle(
            self.tr(
                "Each different answer in the role column, and what PeerDesk takes it to mean. "
                "Change any that is wrong."
            )
        )
        self.model = RoleValuesModel(self._role_chosen)
        self.table = ChoiceTable(RoleValuesModel.MEANS)
        self.table.setObjectName("valuesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.delegate = ChoiceDelegate(role_choices, "means", self.table)
        self.table.setItemDelegateForColumn(RoleValuesModel.MEANS, self.delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RoleValuesModel.ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RoleValuesModel.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoleValuesModel.MEANS, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(RoleValuesModel.MEANS, 250)
        self.model.modelReset.connect(self._open_editors)
        self.unknown = note()
        self.unknown.setObjectName("unknownRoles")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unknown)

    def initializePage(self) -> None:
        self.model.set_values(self.plan.role_table())
        self._update_note()

    def shown(self) -> None:
        if self.importer.currentPage() is self:
            self.table.setFocus()

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, RoleValuesModel.MEANS))

    def means_combo(self, row: int) -> QComboBox:
        widget = self.table.indexWidget(self.model.index(row, RoleValuesModel.MEANS))
        assert isinstance(widget, QComboBox)
        return widget

    def _role_chosen(self, text: str, role: Role | None) -> None:
        self.plan.set_role_value(text, role)
        self.model.set_values(self.plan.role_table())
        self._update_note()

    def _update_note(self) -> None:
        unknown = [v for v in self.plan.role_table() if v.role is None]
        rows = sum(v.count for v in unknown)
        if unknown:
            self.unknown.setText(
                plural(
                    rows,
                    tr(
                        "{n} row has an answer that is not a role; "
                        "the preview lists it as an error."
                    ),
                    tr(
                        "{n} rows have an answer that is not a role; "
                        "the preview lists them as errors."
                    ),
                )
            )
        else:
            self.unknown.setText(self.tr("Every answer means a role."))
