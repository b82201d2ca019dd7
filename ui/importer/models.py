"""Table models of the set-up pages: the top of a sheet, its columns, the role answers.

Each is a thin view over what :class:`peerdesk.roster.plan.RosterImport`
reports; an edit goes to the page's callback, which changes the plan and
hands the model the plan's new answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openpyxl.utils import get_column_letter

from peerdesk.enums import Role
from peerdesk.roster import values
from peerdesk.roster.mapping import Field
from peerdesk.roster.plan import ColumnInfo, RoleValue, SheetPlan
from ui.importer.common import role_labels, target_label
from ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QModelIndex,
    QPalette,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
MAX_CELL_TEXT = 80
HEADER_FILL = QColor("#d6e6f5")


def _short(text: str, limit: int = MAX_CELL_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quiet_brush() -> QBrush:
    return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class HeaderGridModel(QAbstractTableModel):
    """The first rows of a sheet as the spreadsheet shows them, the header row marked."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[list[str]] = []
        self._width = 0
        self.header_index: int | None = None

    def set_sheet(self, plan: SheetPlan | None, shown_rows: int) -> None:
        self.beginResetModel()
        if plan is None:
            self._rows, self._width, self.header_index = [], 0, None
        else:
            rows = plan.sheet.rows[:shown_rows]
            self._width = max((len(r) for r in rows), default=0)
            self._rows = [[values.display(v) for v in row] for row in rows]
            self.header_index = plan.header_index
        self.endResetModel()

    def set_header(self, header_index: int | None) -> None:
        """Move the highlight without rebuilding the grid."""
        old, self.header_index = self.header_index, header_index
        for row in (old, header_index):
            if row is not None and 0 <= row < len(self._rows) and self._width:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self._width - 1))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        is_header = row == self.header_index
        if role in (DISPLAY, TOOLTIP):
            cells = self._rows[row]
            text = cells[index.column()] if index.column() < len(cells) else ""
            return _short(text) if role == DISPLAY else (text or None)
        if role == Qt.ItemDataRole.FontRole and is_header:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_header:
            return QBrush(HEADER_FILL)
        if role == Qt.ItemDataRole.ForegroundRole and is_header:
            return QBrush(QColor("#1b1b1b"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            vertical = orientation == Qt.Orientation.Vertical
            if role == Qt.ItemDataRole.FontRole and vertical and section == self.header_index:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if orientation == Qt.Orientation.Horizontal:
            return get_column_letter(section + 1)
        if section == self.header_index:
            return self.tr("{row} ▶").format(row=section + 1)
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ColumnsModel(QAbstractTableModel):
    """Every column of a sheet: its letter, header, sample values and where it goes.

    A column hidden in the spreadsheet has a tick box by its letter: it is left out
    until the coordinator ticks it.
    """

    COLUMN, HEADER, SAMPLES, TARGET = range(4)

    def __init__(
        self,
        on_target: Callable[[int, Field], None],
        on_include: Callable[[int, bool], None] | None = None,
    ) -> None:
        super().__init__()
        self._columns: list[ColumnInfo] = []
        self._on_target = on_target
        self._on_include = on_include

    def set_columns(self, columns: list[ColumnInfo]) -> None:
        if len(columns) == len(self._columns) and columns:
            self._columns = columns
            self.dataChanged.emit(self.index(0, 0), self.index(len(columns) - 1, self.TARGET))
            return
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def info(self, row: int) -> ColumnInfo:
        return self._columns[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        info = self._columns[index.row()]
        column = index.column()
        if role == DISPLAY:
            if column == self.COLUMN:
                if info.hidden:
                    return self.tr("{letter} (hidden)").format(letter=info.letter)
                return info.letter
            if column == self.HEADER:
                return _short(info.header, 50) if info.header else self.tr("(no title)")
            if column == self.SAMPLES:
                return _short(" · ".join(info.samples)) if info.samples else self.tr("(empty)")
            return target_label(info.target)
        if role == EDIT and column == self.TARGET:
            return info.target.field.value
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COLUMN and info.hidden:
            return Qt.CheckState.Unchecked if info.left_out else Qt.CheckState.Checked
        if role == TOOLTIP:
            if column == self.COLUMN and info.hidden:
                return self.tr("This column is hidden in the spreadsheet. Tick it to import it.")
            if column == self.TARGET and info.sensitive:
                return self.tr(
                    "The title looks like {kind}: PeerDesk proposes not to import it."
                ).format(kind=info.sensitive)
            if column == self.HEADER and info.header:
                return info.header
            if column == self.SAMPLES and info.samples:
                return "\n".join(info.samples)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.TARGET:
            return self.tr("Import column {letter} “{header}” as").format(
                letter=info.letter, header=info.header
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            quiet = info.target.field == Field.IGNORE or (column == self.HEADER and not info.header)
            if quiet or (column == self.SAMPLES and not info.samples):
                return _quiet_brush()
        if role == Qt.ItemDataRole.FontRole and column == self.COLUMN and info.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        info = self._columns[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COLUMN:
            if not info.hidden or self._on_include is None:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self._on_include(info.index, checked)
            return True
        if index.column() != self.TARGET or role != EDIT:
            return False
        try:
            field_ = Field(value)
        except ValueError:
            return False
        self._on_target(self._columns[index.row()].index, field_)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.COLUMN and self._columns[index.row()].hidden:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Column"),
            self.tr("Title in the file"),
            self.tr("Sample values"),
            self.tr("Import as"),
        )[section]


class RoleValuesModel(QAbstractTableModel):
    """Each distinct answer in the role column(s), how often it occurs, and what it means."""

    ANSWER, COUNT, MEANS = range(3)

    def __init__(self, on_role: Callable[[str, Role | None], None]) -> None:
        super().__init__()
        self._values: list[RoleValue] = []
        self._on_role = on_role

    def set_values(self, role_values: list[RoleValue]) -> None:
        if [v.text for v in role_values] == [v.text for v in self._values] and role_values:
            self._values = role_values
            self.dataChanged.emit(self.index(0, 0), self.index(len(role_values) - 1, self.MEANS))
            return
        self.beginResetModel()
        self._values = role_values
        self.endResetModel()

    def value(self, row: int) -> RoleValue:
        return self._values[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self._values[index.row()]
        column = index.column()
        if role == DISPLAY:
            if column == self.ANSWER:
                return _short(item.text)
            if column == self.COUNT:
                return item.count
            return role_labels()[item.role]
        if role == EDIT and column == self.MEANS:
            return item.role.value if item.role is not None else ""
        if role == TOOLTIP and column == self.ANSWER:
            return item.text
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.MEANS:
            return self.tr("“{answer}” means").format(answer=_short(item.text, 40))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or index.column() != self.MEANS or role != EDIT:
            return False
        try:
            chosen = Role(value) if value else None
        except ValueError:
            return False
        self._on_role(self._values[index.row()].text, chosen)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.MEANS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation == Qt.Orientation.Vertical:
            return None
        return (self.tr("Answer in the file"), self.tr("Rows"), self.tr("Means"))[section]
