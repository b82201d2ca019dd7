"""The Columns page: what each column holds, suggested from its title, changed with a list."""

from __future__ import annotations

from typing import Any

from peerdesk.roster.mapping import Field, NameOrder
from peerdesk.roster.plan import ColumnInfo
from ui.importer.common import FIELD_ORDER, field_label, note
from ui.importer.delegates import ChoiceDelegate, ChoiceTable
from ui.importer.host import WizardHost
from ui.importer.models import ColumnsModel
from ui.importer.page import Page, SheetChooser
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.wizard.common import ErrorLabel


def field_choices() -> list[tuple[Any, str]]:
    return [(f.value, field_label(f)) for f in FIELD_ORDER]


class ColumnsPage(Page):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Say what each column holds. PeerDesk suggested it from the column titles; "
                "columns you do not need can be kept as custom fields or ignored."
            )
        )
        self.chooser = SheetChooser("columnsSheet")
        self.chooser.chosen.connect(self._show_sheet)
        self.remembered = note(
            self.tr("These columns were matched the way you matched them at the last import.")
        )
        self.remembered.setObjectName("rememberedNote")
        self.remembered.hide()

        self.left_out = note()
        self.left_out.setObjectName("leftOutNote")
        self.left_out.setTextFormat(Qt.TextFormat.PlainText)
        self.left_out.hide()

        self.model = ColumnsModel(self._target_chosen, self._hidden_ticked)
        self.table = ChoiceTable(ColumnsModel.TARGET)
        self.table.setObjectName("columnsTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.delegate = ChoiceDelegate(field_choices, "target", self.table)
        self.table.setItemDelegateForColumn(ColumnsModel.TARGET, self.delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ColumnsModel.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ColumnsModel.HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ColumnsModel.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ColumnsModel.TARGET, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(ColumnsModel.HEADER, 200)
        self.table.setColumnWidth(ColumnsModel.TARGET, 210)
        self.model.modelReset.connect(self._open_editors)

        self.name_order = QComboBox()
        self.name_order.setObjectName("nameOrder")
        for order, text in (
            (NameOrder.FIRST_LAST, self.tr("First Last (Ana Lima)")),
            (NameOrder.LAST_FIRST, self.tr("Last First (Lima Ana)")),
            (NameOrder.LAST_COMMA_FIRST, self.tr("Last, First (Lima, Ana)")),
        ):
            self.name_order.addItem(text, order.value)
        self.name_order.activated.connect(self._name_order_chosen)
        order_label = QLabel(self.tr("&Join first and last names as:"))
        order_label.setBuddy(self.name_order)
        self.name_row = QWidget()
        row = QHBoxLayout(self.name_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(order_label)
        row.addWidget(self.name_order)
        row.addStretch(1)
        self.name_row.hide()

        self.problems = ErrorLabel("columns")
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.remembered)
        layout.addWidget(self.left_out)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.name_row)
        layout.addWidget(self.problems)

    # -- showing -----------------------------------------------------------------------

    def initializePage(self) -> None:
        self.chooser.set_sheets([s.name for s in self.plan.included])
        self._show_sheet(self.chooser.current())

    def shown(self) -> None:
        if self.importer.currentPage() is self:
            self.table.setFocus()

    def current_sheet(self) -> str:
        return self.chooser.current()

    def _show_sheet(self, name: str) -> None:
        if not name:
            return
        sheet_plan = self.plan.sheet(name)
        columns = self.plan.columns(name)
        self.model.set_columns(columns)
        self.remembered.setVisible(sheet_plan.remembered)
        self._update_name_order()
        self._update_left_out(columns)
        self._check()

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, ColumnsModel.TARGET))

    def target_combo(self, row: int) -> QComboBox:
        """The “Import as” list of the table's ``row`` (tests and keyboard users reach it)."""
        widget = self.table.indexWidget(self.model.index(row, ColumnsModel.TARGET))
        assert isinstance(widget, QComboBox)
        return widget

    def _update_name_order(self) -> None:
        name = self.current_sheet()
        if not name:
            return
        sheet_plan = self.plan.sheet(name)
        both = bool(sheet_plan.columns_for(Field.FIRST_NAME)) and bool(
            sheet_plan.columns_for(Field.LAST_NAME)
        )
        self.name_row.setVisible(both)
        self.name_order.setCurrentIndex(max(self.name_order.findData(sheet_plan.name_order), 0))

    # -- changing ----------------------------------------------------------------------

    def _update_left_out(self, columns: list[ColumnInfo]) -> None:
        """Say which columns are not imported and why: hidden, or sensitive-looking."""
        lines: list[str] = []
        for info in columns:
            if info.left_out:
                lines.append(
                    self.tr(
                        "Column {letter} “{header}” is hidden in the spreadsheet and was left "
                        "out. Tick it in the list to import it."
                    ).format(letter=info.letter, header=info.header)
                )
            elif info.sensitive and info.target.field == Field.IGNORE:
                lines.append(
                    self.tr(
                        "Column {letter} “{header}” looks like {kind}, so PeerDesk proposes "
                        "not to import it. Choose a field if the program really needs it."
                    ).format(letter=info.letter, header=info.header, kind=info.sensitive)
                )
        self.left_out.setText("\n".join(lines))
        self.left_out.setVisible(bool(lines))

    def _target_chosen(self, column: int, field_: Field) -> None:
        name = self.current_sheet()
        self.plan.set_target(name, column, field_)
        self._columns_changed(name)

    def _hidden_ticked(self, column: int, include: bool) -> None:
        name = self.current_sheet()
        self.plan.include_hidden_column(name, column, include)
        self._columns_changed(name)

    def _columns_changed(self, name: str) -> None:
        columns = self.plan.columns(name)
        self.model.set_columns(columns)
        self.remembered.setVisible(self.plan.sheet(name).remembered)
        self._update_name_order()
        self._update_left_out(columns)
        self._check()

    def _name_order_chosen(self, _index: int) -> None:
        self.plan.set_name_order(self.current_sheet(), NameOrder(self.name_order.currentData()))

    # -- checking ----------------------------------------------------------------------

    def problems_found(self) -> list[str]:
        found: list[str] = []
        for sheet_plan in self.plan.included:
            names = [Field.NAME, Field.FIRST_NAME, Field.LAST_NAME]
            if not any(sheet_plan.columns_for(f) for f in names):
                found.append(
                    self.tr(
                        "“{sheet}”: choose the column that holds the names (Name, or First "
                        "name and Last name)."
                    ).format(sheet=sheet_plan.name)
                )
            needs_role = not self.importer.target.reciprocal and sheet_plan.role is None
            if needs_role and not sheet_plan.has_role_column:
                found.append(
                    self.tr(
                        "“{sheet}”: no column holds the role. Set one column to Role, or go "
                        "back to Sheets and choose a role for everyone on it."
                    ).format(sheet=sheet_plan.name)
                )
        return found

    def _check(self) -> None:
        self.problems.show_message("\n".join(self.problems_found()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems_found()

    def nextId(self) -> int:
        return self.importer.after_columns()
