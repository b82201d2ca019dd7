"""The Preview page: what importing would do to every row, before anything is written.

A corrected value or a Skip tick goes on the plan at once; the preview is then
worked out again on the worker, and the table and counts follow when it is
ready. This is the wizard's commit page: its Next button says Import.
"""

from __future__ import annotations

from peerdesk.roster.preview import Outcome, Preview
from ui.importer.common import note, plural, tr
from ui.importer.host import WizardHost
from ui.importer.page import Page
from ui.importer.preview_model import (
    KEY_ROLE,
    OutcomeFilter,
    PreviewModel,
    details,
    outcome_words,
)
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
    QLabel,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
)
from ui.wizard.common import ErrorLabel

COLUMN_WIDTHS = {
    PreviewModel.SKIP: 44,
    PreviewModel.OUTCOME: 82,
    PreviewModel.SHEET: 100,
    PreviewModel.ROW: 44,
    PreviewModel.NAME: 140,
    PreviewModel.EMAIL: 180,
    PreviewModel.ROLE: 64,
    PreviewModel.DETAILS: 270,
    PreviewModel.VALUE: 160,
}


def counts_text(preview: Preview) -> str:
    """“120 new, 4 updates, 2 duplicates, 3 errors” (and the skipped rows, if any)."""
    parts = [
        plural(preview.count(Outcome.NEW), tr("{n} new"), tr("{n} new")),
        plural(preview.count(Outcome.UPDATE), tr("{n} update"), tr("{n} updates")),
        plural(preview.count(Outcome.DUPLICATE), tr("{n} duplicate"), tr("{n} duplicates")),
        plural(preview.count(Outcome.ERROR), tr("{n} error"), tr("{n} errors")),
    ]
    skipped = preview.count(Outcome.SKIPPED)
    if skipped:
        parts.append(plural(skipped, tr("{n} skipped"), tr("{n} skipped")))
    return ", ".join(parts)


class PreviewTable(QTableView):
    """Enter corrects the current value instead of pressing the wizard's Import button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class PreviewPage(Page):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Nothing has been imported yet. Correct a value (double-click it or press F2), "
                "tick Skip to leave a row out, or go back to change the columns."
            )
        )
        self.setCommitPage(True)
        self.counts = QLabel(self.tr("Checking the rows…"))
        self.counts.setObjectName("previewCounts")
        font = QFont(self.counts.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.counts.setFont(font)

        self.filter = QComboBox()
        self.filter.setObjectName("outcomeFilter")
        for outcome, text in (
            (None, self.tr("All rows")),
            (Outcome.NEW, self.tr("New people")),
            (Outcome.UPDATE, self.tr("Updates")),
            (Outcome.DUPLICATE, self.tr("Duplicates")),
            (Outcome.ERROR, self.tr("Errors")),
            (Outcome.SKIPPED, self.tr("Skipped")),
        ):
            self.filter.addItem(text, outcome.value if outcome is not None else "")
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        filter_label = QLabel(self.tr("S&how:"))
        filter_label.setBuddy(self.filter)
        self.next_error = QPushButton(self.tr("Next &error"))
        self.next_error.setObjectName("nextError")
        self.next_error.clicked.connect(self.go_to_next_error)

        self.model = PreviewModel(self._skip, self._fix)
        self.proxy = OutcomeFilter()
        self.proxy.setSourceModel(self.model)
        self.table = PreviewTable()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(PreviewModel.SKIP, QHeaderView.ResizeMode.Fixed)

        self.row_details = QLabel()
        self.row_details.setObjectName("rowDetails")
        self.row_details.setWordWrap(True)
        self.row_details.setTextFormat(Qt.TextFormat.PlainText)
        self.row_details.setMinimumHeight(2 * self.row_details.fontMetrics().lineSpacing() + 4)
        self.row_details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table.selectionModel().currentChanged.connect(self._show_row_details)
        self.nothing = ErrorLabel("nothingToImport")
        self.left_out = note()
        self.left_out.setObjectName("previewLeftOut")
        self.left_out.setTextFormat(Qt.TextFormat.PlainText)

        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addWidget(self.next_error)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.left_out)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.row_details)
        layout.addWidget(self.nothing)
        self.importer.preview_ready.connect(self._preview_ready)

    # -- showing -----------------------------------------------------------------------

    def initializePage(self) -> None:
        self.table.setColumnHidden(PreviewModel.SHEET, len(self.plan.included) < 2)
        # What reading the file left out (a stray far cell, rows past a limit), then what
        # the mapping leaves out.
        self._show_left_out([])
        self.importer.request_preview()
        self._show_pending()

    def _show_left_out(self, wish_notes: list[str]) -> None:
        """Also the names in wish columns that are no one in the program or the file."""
        left_out = [*self.plan.workbook.all_notes(), *self.plan.left_out_notes(), *wish_notes]
        self.left_out.setText("\n".join(left_out))
        self.left_out.setVisible(bool(left_out))

    def shown(self) -> None:
        if self.importer.currentPage() is self:
            self.table.setFocus()

    def _show_pending(self) -> None:
        if self.importer.preview is None:
            self.counts.setText(self.tr("Checking the rows…"))
        self.completeChanged.emit()

    def _preview_ready(self) -> None:
        preview = self.importer.preview
        if preview is None:
            return
        current = self.table.currentIndex()
        key = current.data(KEY_ROLE) if current.isValid() else None
        column = current.column() if current.isValid() else PreviewModel.VALUE
        self.model.set_preview(preview, self.plan)
        self._show_left_out(preview.wish_notes)
        if key is not None and not self.table.currentIndex().isValid():
            self._select_key(str(key), column)
        self.counts.setText(counts_text(preview))
        importable = preview.count(Outcome.NEW) + preview.count(Outcome.UPDATE)
        self.nothing.show_message(
            ""
            if importable
            else self.tr(
                "There is nobody to import: fix or un-skip some rows, or go back and check "
                "the sheets and columns."
            )
        )
        errors = preview.count(Outcome.ERROR) > 0
        self.next_error.setEnabled(errors)
        fixing = any(self.model.fix(row) is not None for row in range(self.model.rowCount()))
        self.table.setColumnHidden(PreviewModel.VALUE, not fixing)
        self._show_row_details(self.table.currentIndex())
        self.completeChanged.emit()

    def _show_row_details(self, index: QModelIndex, _previous: object = None) -> None:
        """The whole story of the current row, under the table (the cells are cut short)."""
        if not index.isValid():
            self.row_details.setText(
                self.tr("Choose a row to see what will happen to it.")
                if self.model.rowCount()
                else ""
            )
            return
        row = self.proxy.mapToSource(index).row()
        outcome = self.model.row_outcome(row)
        text = self.tr("Row {row}").format(row=outcome.row_number)
        if len(self.plan.included) > 1:
            text = self.tr("“{sheet}”, row {row}").format(
                sheet=outcome.sheet, row=outcome.row_number
            )
        fix = self.model.fix(row)
        if fix is not None:
            text += self.tr(" ({cell})").format(cell=fix.label)
        said = details(outcome.row_number, outcome.messages)
        text += ": " + (said or outcome_words()[outcome.outcome] + ".")
        if fix is not None:
            text += " " + self.tr("Double-click its value or press F2 to correct it.")
        self.row_details.setText(text)

    def _select_key(self, key: str, column: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, column)
            if index.data(KEY_ROLE) == key:
                self.table.setCurrentIndex(index)
                return

    def _filter_chosen(self, _index: int) -> None:
        value = self.filter.currentData()
        self.proxy.set_outcome(Outcome(value) if value else None)

    def go_to_next_error(self) -> None:
        """Put the cursor on the next error's value, ready for F2."""
        start = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        count = self.proxy.rowCount()
        for step in range(1, count + 1):
            row = (start + step) % count
            index = self.proxy.index(row, PreviewModel.VALUE)
            source = self.proxy.mapToSource(index)
            if self.model.row_outcome(source.row()).outcome == Outcome.ERROR:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.table.setFocus()
                return

    def value_index(
        self, sheet: str, row_number: int, column: int = PreviewModel.VALUE
    ) -> QModelIndex:
        """The table's index of a row's cell (tests click it, as a user would)."""
        source_row = self.model.row_of((sheet, row_number))
        if source_row is None:
            raise KeyError((sheet, row_number))
        return self.proxy.mapFromSource(self.model.index(source_row, column))

    # -- changes -----------------------------------------------------------------------

    def _skip(self, sheet: str, row_number: int, skip: bool) -> None:
        self.plan.skip_row(sheet, row_number, skip)
        self.importer.request_preview()
        self.completeChanged.emit()

    def _fix(self, sheet: str, row_number: int, column: int, text: str) -> None:
        self.plan.set_cell(sheet, row_number, column, text)
        self.importer.request_preview()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.importer.preview
        if preview is None or self.importer.preview_pending:
            return False
        return preview.count(Outcome.NEW) + preview.count(Outcome.UPDATE) > 0
