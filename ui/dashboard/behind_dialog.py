"""The list behind a number on the dashboard: click "4 early closures", see those four pairs.

A small dialog with a table (a model over the rows read on the worker). Double-click or
Enter on a row opens that pair on the Pairs screen (a person on the People screen) and
closes the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ui.date_edit import SHORT_FORMAT
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QDate,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeyEvent,
    QLabel,
    QLocale,
    QModelIndex,
    QPalette,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)

PAIR, PERSON = "pair", "person"


@dataclass(frozen=True)
class BehindRow:
    """One line of the list: a pair or a person, what it is and why it is here."""

    kind: str  # PAIR or PERSON
    id: int
    who: str
    dates: str
    note: str
    check: str = ""  # the practice check it needs attention for (the checks card)


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    text: str = QLocale().toString(QDate(value.year, value.month, value.day), SHORT_FORMAT)
    return text


class BehindModel(QAbstractTableModel):
    def __init__(self, rows: list[BehindRow], headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.with_check = any(r.check for r in rows)
        self.headers = headers if self.with_check else headers[1:]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        cells = [row.who, row.dates, row.note]
        if self.with_check:
            cells.insert(0, row.check)
        return cells[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class RowsView(QTableView):
    """The table; Enter opens the current row as a double-click does."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class BehindDialog(QDialog):
    """``title`` ("4 early closures") over the rows behind it; ``open_row`` (kind, id)
    is emitted when the user opens one."""

    open_row = Signal(str, int)

    def __init__(
        self, title: str, explanation: str, rows: list[BehindRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("behind_dialog")
        self.setWindowTitle(title)
        heading = QLabel(f"<b>{title}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        note = QLabel(explanation)
        note.setObjectName("behind_explanation")
        note.setWordWrap(True)
        headers = [self.tr("Check"), self.tr("Who"), self.tr("Dates"), self.tr("Details")]
        self.model = BehindModel(rows, headers, self)
        self.table = RowsView(self)
        self.table.setObjectName("behind_rows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated_row.connect(self._open)
        hint = QLabel(
            self.tr("Double-click a line, or press Enter, to open it.")
            if rows
            else self.tr("Nothing to list.")
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(1000 if self.model.with_check else 720, 440)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def ids(self) -> list[int]:
        return [row.id for row in self.model.rows]

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            chosen = self.model.rows[row]
            self.open_row.emit(chosen.kind, chosen.id)
            self.accept()
