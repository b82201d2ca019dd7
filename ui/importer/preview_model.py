"""The preview and summary tables: every row's outcome, and what the import did.

The preview model shows a :class:`peerdesk.roster.preview.Preview` as it came
from the worker. A Skip tick or a corrected value is shown at once and handed
to the page, which records it on the plan and asks for a new preview; when that
arrives, the rows are updated in place, so the selection and the cursor stay
where the coordinator left them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter

from peerdesk.roster import values
from peerdesk.roster.commit import ImportSummary, SummaryLine
from peerdesk.roster.mapping import Field
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.preview import Outcome, Preview, RowOutcome
from ui.importer.common import short_role
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
CHECK = Qt.ItemDataRole.CheckStateRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

OUTCOME_COLORS = {
    Outcome.NEW: QColor("#2e7d32"),
    Outcome.UPDATE: QColor("#2f5d8a"),
    Outcome.DUPLICATE: QColor("#8a5a00"),
    Outcome.ERROR: QColor("#b3261e"),
    Outcome.SKIPPED: QColor("#6b6b6b"),
}
ERROR_CELL = QColor("#fde7e5")

Key = tuple[str, int]  # (sheet, row number)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def outcome_words() -> dict[Outcome, str]:
    return {
        Outcome.NEW: tr("New"),
        Outcome.UPDATE: tr("Update"),
        Outcome.DUPLICATE: tr("Duplicate"),
        Outcome.ERROR: tr("Error"),
        Outcome.SKIPPED: tr("Skipped"),
    }


def reason_text(row_number: int, reason: str) -> str:
    """Messages without the "Row 14: " that begins each (the table shows the row)."""
    parts = [p.strip() for p in reason.split(f"Row {row_number}: ") if p.strip()]
    return " ".join(p[:1].upper() + p[1:] for p in parts)


def details(row_number: int, messages: list[str]) -> str:
    """The row's messages without the "Row 14: " each begins with (the table shows the row)."""
    return reason_text(row_number, " ".join(messages))


def summary_reason(line: SummaryLine) -> str:
    return reason_text(line.row_number, line.reason)


@dataclass(frozen=True)
class FixCell:
    """The cell a coordinator can correct to clear a row's problem."""

    column: int  # 0-based column of the sheet
    label: str  # "Email (B4)"
    value: str


def fix_cell(plan: RosterImport, row: RowOutcome) -> FixCell | None:
    """The cell behind the row's first problem: a bad value, else the empty name or role."""
    if row.outcome != Outcome.ERROR:
        return None
    sheet_plan = plan.sheet(row.sheet)
    column = next((p.column for p in row.problems if p.column >= 0), None)
    if column is None and row.record is not None:
        wanted: tuple[Field, ...] = ()
        if not row.record.full_name:
            wanted = (Field.NAME, Field.FIRST_NAME, Field.LAST_NAME)
        elif row.record.role is None and sheet_plan.role is None:
            wanted = (Field.ROLE,)
        for field_ in wanted:
            columns = sheet_plan.columns_for(field_)
            if columns:
                column = columns[0]
                break
    if column is None:
        return None
    letter = get_column_letter(column + 1)
    header = sheet_plan.headers[column] if column < len(sheet_plan.headers) else ""
    cell = f"{letter}{row.row_number}"
    label = tr("{column}, cell {cell}").format(column=header, cell=cell) if header else cell
    value = values.display(plan.cell(sheet_plan, row.row_number - 1, column)).strip()
    return FixCell(column, label, value)


def _email_shown(plan: RosterImport, row: RowOutcome) -> str:
    if row.record is not None and row.record.email:
        return row.record.email
    sheet_plan = plan.sheet(row.sheet)
    columns = sheet_plan.columns_for(Field.EMAIL)
    if not columns:
        return ""
    return values.display(plan.cell(sheet_plan, row.row_number - 1, columns[0])).strip()


@dataclass
class _Line:
    row: RowOutcome
    email: str
    fix: FixCell | None
    fixed_value: str | None = None  # typed, waiting for the next preview
    skippable: bool = True  # False for totals rows and the template's example row

    @property
    def key(self) -> Key:
        return (self.row.sheet, self.row.row_number)


class PreviewModel(QAbstractTableModel):
    """Every row of the included sheets with its outcome; Skip and the problem value editable."""

    SKIP, OUTCOME, SHEET, ROW, NAME, EMAIL, ROLE, DETAILS, VALUE = range(9)

    def __init__(
        self,
        on_skip: Callable[[str, int, bool], None],
        on_fix: Callable[[str, int, int, str], None],
    ) -> None:
        super().__init__()
        self._lines: list[_Line] = []
        self._skipped: set[Key] = set()
        self._on_skip = on_skip
        self._on_fix = on_fix

    def set_preview(self, preview: Preview, plan: RosterImport) -> None:
        self._skipped = {(plan.sheet(s).name, n) for s, n in plan.skipped}
        lines = [
            _Line(
                row,
                _email_shown(plan, row),
                fix_cell(plan, row),
                skippable=row.outcome != Outcome.SKIPPED
                or (row.sheet, row.row_number) in self._skipped,
            )
            for row in preview.rows
        ]
        if lines and [line.key for line in lines] == [line.key for line in self._lines]:
            self._lines = lines
            self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, self.VALUE))
            return
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def row_outcome(self, row: int) -> RowOutcome:
        return self._lines[row].row

    def key(self, row: int) -> Key:
        return self._lines[row].key

    def fix(self, row: int) -> FixCell | None:
        return self._lines[row].fix

    def row_of(self, key: Key) -> int | None:
        for number, line in enumerate(self._lines):
            if line.key == key:
                return number
        return None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 9

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        row = line.row
        column = index.column()
        if role == DISPLAY:
            return self._display(line, column)
        if role == EDIT and column == self.VALUE and line.fix is not None:
            return line.fixed_value if line.fixed_value is not None else line.fix.value
        if role == CHECK and column == self.SKIP and line.skippable:
            checked = line.key in self._skipped
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == OUTCOME_ROLE:
            return row.outcome.value
        if role == KEY_ROLE:
            return f"{row.sheet}\x1f{row.row_number}"
        if role == TOOLTIP:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME:
            return QBrush(OUTCOME_COLORS[row.outcome])
        if role == Qt.ItemDataRole.BackgroundRole and column == self.VALUE and line.fix:
            return QBrush(ERROR_CELL)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VALUE and line.fix:
            return QBrush(QColor("#1b1b1b"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, line: _Line, column: int) -> Any:
        row = line.row
        if column == self.OUTCOME:
            return outcome_words()[row.outcome]
        if column == self.SHEET:
            return row.sheet
        if column == self.ROW:
            return row.row_number
        if column == self.NAME:
            return row.name
        if column == self.EMAIL:
            return line.email
        if column == self.ROLE:
            return short_role(row.record.role) if row.record else ""
        if column == self.VALUE:
            if line.fix is None:
                return ""
            return line.fixed_value if line.fixed_value is not None else line.fix.value
        if column == self.DETAILS:
            return details(row.row_number, row.messages)
        return None

    def _tooltip(self, line: _Line, column: int) -> str | None:
        if column == self.VALUE and line.fix is not None:
            return tr(
                "{cell}. Double-click or press F2 to correct this value; only this import "
                "uses it, the file itself is not changed."
            ).format(cell=line.fix.label)
        if column == self.SKIP and line.skippable:
            return tr("Tick to leave this row out of the import.")
        if column == self.DETAILS and line.row.messages:
            return details(line.row.row_number, line.row.messages)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        line = self._lines[index.row()]
        if index.column() == self.SKIP and role == CHECK and line.skippable:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked:
                self._skipped.add(line.key)
            else:
                self._skipped.discard(line.key)
            self.dataChanged.emit(index, index, [CHECK])
            self._on_skip(line.row.sheet, line.row.row_number, checked)
            return True
        if index.column() == self.VALUE and role == EDIT and line.fix is not None:
            text = "" if value is None else str(value)
            if text == (line.fixed_value if line.fixed_value is not None else line.fix.value):
                return False
            line.fixed_value = text
            self.dataChanged.emit(index, index)
            self._on_fix(line.row.sheet, line.row.row_number, line.fix.column, text)
            return True
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._lines[index.row()]
        if index.column() == self.SKIP and line.skippable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.VALUE and line.fix is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation == Qt.Orientation.Vertical:
            return None
        return (
            tr("Skip"),
            tr("Outcome"),
            tr("Sheet"),
            tr("Row"),
            tr("Name"),
            tr("Email"),
            tr("Role"),
            tr("Details"),
            tr("Value to fix"),
        )[section]


class OutcomeFilter(QSortFilterProxyModel):
    """Shows the rows of one outcome, or all of them."""

    def __init__(self) -> None:
        super().__init__()
        self._outcome: str | None = None

    def set_outcome(self, outcome: Outcome | None) -> None:
        self.beginFilterChange()
        self._outcome = outcome.value if outcome is not None else None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._outcome is None:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(OUTCOME_ROLE) == self._outcome)


SUMMARY_WORDS = {  # marked for lupdate; tr() translates them where they are shown
    Outcome.NEW: str(QT_TRANSLATE_NOOP("", "Added")),
    Outcome.UPDATE: str(QT_TRANSLATE_NOOP("", "Updated")),
    Outcome.DUPLICATE: str(QT_TRANSLATE_NOOP("", "Duplicate, not imported")),
    Outcome.ERROR: str(QT_TRANSLATE_NOOP("", "Not imported: a problem")),
    Outcome.SKIPPED: str(QT_TRANSLATE_NOOP("", "Skipped")),
}


class SummaryModel(QAbstractTableModel):
    """What the import did, row by row: problems and skips first, then updates and additions."""

    OUTCOME, SHEET, ROW, NAME, EMAIL, REASON = range(6)

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[SummaryLine] = []

    def set_summary(self, summary: ImportSummary | None) -> None:
        self.beginResetModel()
        self._lines = (
            [*summary.skipped, *summary.updated, *summary.added] if summary is not None else []
        )
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == DISPLAY:
            if column == self.OUTCOME:
                return tr(SUMMARY_WORDS[line.outcome])
            if column == self.REASON:
                return summary_reason(line)
            return (None, line.sheet, line.row_number, line.name, line.email)[column]
        if role == TOOLTIP and column == self.REASON and line.reason:
            return line.reason
        if role == OUTCOME_ROLE:
            return line.outcome.value
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME:
            return QBrush(OUTCOME_COLORS[line.outcome])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation == Qt.Orientation.Vertical:
            return None
        return (tr("Outcome"), tr("Sheet"), tr("Row"), tr("Name"), tr("Email"),
                tr("Reason"))[section]  # fmt: skip
