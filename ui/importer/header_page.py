"""The Header row page: the top of each sheet, the row found as the header highlighted.

The coordinator corrects it by clicking another row and pressing “Use this row
as the header” (or Enter), or by typing its number.
"""

from __future__ import annotations

from peerdesk.roster.reader import is_blank
from ui.importer.common import note
from ui.importer.host import WizardHost
from ui.importer.models import HeaderGridModel
from ui.importer.page import Page, SheetChooser
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QModelIndex,
    QPushButton,
    QSpinBox,
    Qt,
    QTableView,
    QVBoxLayout,
)
from ui.wizard.common import ErrorLabel

SHOWN_ROWS = 15
ROWS_BELOW_HEADER = 5
MAX_SHOWN_ROWS = 60


class RowSpin(QSpinBox):
    """Enter applies the typed row and stays on the page (it does not press Next)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class HeaderPage(Page):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Header row"))
        self.setSubTitle(
            self.tr(
                "The header is the row of column titles. PeerDesk looked for it under any "
                "titles and notes; check that the highlighted row is the right one."
            )
        )
        self.chooser = SheetChooser("headerSheet")
        self.chooser.chosen.connect(self._show_sheet)
        self.status = QLabel()
        self.status.setObjectName("headerStatus")
        self.status.setWordWrap(True)

        self.model = HeaderGridModel()
        self.grid = QTableView()
        self.grid.setObjectName("headerGrid")
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        self.grid.setAccessibleName(self.tr("The first rows of the sheet"))
        self.grid.horizontalHeader().setDefaultSectionSize(130)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        self.grid.doubleClicked.connect(self._row_activated)
        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)

        self.use_row = QPushButton(self.tr("&Use this row as the header"))
        self.use_row.setObjectName("useHeaderRow")
        self.use_row.clicked.connect(self._use_selected_row)
        self.spin = RowSpin()
        self.spin.setObjectName("headerRow")
        self.spin.setKeyboardTracking(False)  # typing "12" must not try row 1 first
        self.spin.setMinimum(1)
        self.spin.valueChanged.connect(self._apply)
        spin_label = QLabel(self.tr("Header &row:"))
        spin_label.setBuddy(self.spin)
        self.error = ErrorLabel("header")

        controls = QHBoxLayout()
        controls.addWidget(self.use_row)
        controls.addSpacing(24)
        controls.addWidget(spin_label)
        controls.addWidget(self.spin)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)
        layout.addLayout(controls)
        layout.addWidget(self.error)
        layout.addWidget(
            note(
                self.tr(
                    "Rows above the header, blank rows and totals rows are not imported. "
                    "Changing the header matches the columns again."
                )
            )
        )

    # -- showing -----------------------------------------------------------------------

    def initializePage(self) -> None:
        self.chooser.set_sheets([s.name for s in self.plan.included])
        self._show_sheet(self.chooser.current())

    def shown(self) -> None:
        if self.importer.currentPage() is self:
            self.grid.setFocus()

    def current_sheet(self) -> str:
        return self.chooser.current()

    def _show_sheet(self, name: str) -> None:
        self.error.show_message("")
        if not name:
            self.model.set_sheet(None, 0)
            return
        sheet_plan = self.plan.sheet(name)
        header_row = sheet_plan.header_row or 1
        shown = min(max(SHOWN_ROWS, header_row + ROWS_BELOW_HEADER), MAX_SHOWN_ROWS)
        self.model.set_sheet(sheet_plan, shown)
        self.grid.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.grid.columnWidth(column) > 260:
                self.grid.setColumnWidth(column, 260)
        self.spin.blockSignals(True)
        self.spin.setMaximum(max(1, len(sheet_plan.sheet.rows)))
        self.spin.setValue(header_row)
        self.spin.blockSignals(False)
        self._mark(header_row)

    def _mark(self, header_row: int) -> None:
        """Select and show the header row, and say which it is."""
        name = self.current_sheet()
        self.status.setText(
            self.tr("Row {row} of “{sheet}” is the header (highlighted).").format(
                row=header_row, sheet=name
            )
        )
        if header_row - 1 < self.model.rowCount():
            index = self.model.index(header_row - 1, 0)
            self.grid.setCurrentIndex(index)
            self.grid.selectRow(header_row - 1)
            self.grid.scrollTo(index)
        self._selection_changed()

    # -- choosing ----------------------------------------------------------------------

    def _selected_row(self) -> int | None:
        rows = self.grid.selectionModel().selectedRows()
        return rows[0].row() + 1 if rows else None

    def _selection_changed(self, *_args: object) -> None:
        row = self._selected_row()
        self.use_row.setEnabled(row is not None and row - 1 != self.model.header_index)

    def _row_activated(self, index: QModelIndex) -> None:
        self._apply(index.row() + 1)

    def _use_selected_row(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._apply(row)

    def _apply(self, row_number: int) -> None:
        name = self.current_sheet()
        if not name:
            return
        sheet_plan = self.plan.sheet(name)
        rows = sheet_plan.sheet.rows
        if not 1 <= row_number <= len(rows) or is_blank(rows[row_number - 1]):
            self.error.show_message(
                self.tr(
                    "Row {row} is empty, so it cannot be the header. Choose the row with the "
                    "column titles."
                ).format(row=row_number)
            )
            self.spin.blockSignals(True)
            self.spin.setValue(sheet_plan.header_row or 1)
            self.spin.blockSignals(False)
            return
        self.error.show_message("")
        if row_number != sheet_plan.header_row:
            self.importer.set_header_row(name, row_number)
        if row_number - 1 >= self.model.rowCount():
            self._show_sheet(name)
            return
        self.model.set_header(row_number - 1)
        self.spin.blockSignals(True)
        self.spin.setValue(row_number)
        self.spin.blockSignals(False)
        self._mark(row_number)

    def isComplete(self) -> bool:
        return all(s.header_index is not None for s in self.plan.included)
