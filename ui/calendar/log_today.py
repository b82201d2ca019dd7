"""Log today's meetings: today's list with an outcome for each, saved in one go.

Each row's outcome (held, cancelled, no-show or not logged yet) and actual
length can be set in the table (a double-click, F2 or just typing); **All
held** marks every meeting not yet logged as held. Saving logs every changed
row in one transaction: all of them or, if one cannot be logged, none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from peerdesk.enums import MeetingStatus
from ui.calendar.commands import Steps
from ui.calendar.data import clock, long_date, status_labels, title
from ui.calendar.dialog_parts import ChangeDialog, error_label
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QComboBox,
    QCoreApplication,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from datetime import date

    from peerdesk.calendar.reads import MeetingRow
    from peerdesk.database import Database
    from ui.main_window import MainWindow

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES = (
    MeetingStatus.HELD,
    MeetingStatus.CANCELLED,
    MeetingStatus.NO_SHOW,
    MeetingStatus.SCHEDULED,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("calendar", text)


class Column(IntEnum):
    TIME = 0
    WHO = 1
    OUTCOME = 2
    MINUTES = 3


@dataclass(frozen=True)
class Entry:
    row: MeetingRow
    status: MeetingStatus
    minutes: int

    @property
    def changed(self) -> bool:
        if self.status != self.row.status:
            return True
        before = self.row.actual_minutes or self.row.length_minutes
        return self.status == MeetingStatus.HELD and self.minutes != before


class TodayModel(QAbstractTableModel):
    """Today's meetings with the outcome and length being chosen for each."""

    def __init__(self, rows: list[MeetingRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = [Entry(r, r.status, r.actual_minutes or r.length_minutes) for r in rows]
        self._labels = status_labels()
        self._titles = {
            Column.TIME: _tr("Time"),
            Column.WHO: _tr("With"),
            Column.OUTCOME: _tr("What happened"),
            Column.MINUTES: _tr("Minutes"),
        }

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.TIME:
                return clock(entry.row)
            if column == Column.WHO:
                return title(entry.row)
            if column == Column.OUTCOME:
                return self._labels[entry.status]
            if entry.status != MeetingStatus.HELD:
                return "" if role == Qt.ItemDataRole.DisplayRole else entry.minutes
            return entry.minutes
        if role == STATUS_ROLE:
            return entry.status.value
        if role == Qt.ItemDataRole.FontRole and entry.changed:
            from ui.qt import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, STATUS_ROLE):
            return False
        entry = self.entries[index.row()]
        column = Column(index.column())
        if column == Column.OUTCOME:
            try:
                status = MeetingStatus(value)
            except ValueError:
                return False
            self.entries[index.row()] = replace(entry, status=status)
        elif column == Column.MINUTES:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if not 0 < minutes <= 12 * 60:
                return False
            self.entries[index.row()] = replace(entry, minutes=minutes)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(Column) - 1))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = Column(index.column())
        held = self.entries[index.row()].status == MeetingStatus.HELD
        if column == Column.OUTCOME or (column == Column.MINUTES and held):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mark_all_held(self) -> None:
        for n, entry in enumerate(self.entries):
            if entry.row.status == MeetingStatus.SCHEDULED:
                self.entries[n] = replace(entry, status=MeetingStatus.HELD)
        if self.entries:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.entries) - 1, len(Column) - 1)
            )

    def changed(self) -> list[Entry]:
        return [e for e in self.entries if e.changed]


class OutcomeDelegate(QStyledItemDelegate):
    """A drop-down of outcomes for the "What happened" column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("outcome_editor")
        labels = status_labels()
        for status in CHOICES:
            combo.addItem(labels[status], status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(STATUS_ROLE))))

    def setModelData(
        self,
        editor: QWidget,
        model: Any,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LogTodayDialog(ChangeDialog):
    def __init__(
        self,
        window: MainWindow,
        day: date,
        rows: list[MeetingRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(window, parent)
        self.setObjectName("log_today_dialog")
        self.setWindowTitle(self.tr("Log today's meetings"))
        self.setModal(True)
        self.resize(640, 420)
        heading = QLabel(long_date(day), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.model = TodayModel(rows, self)
        self.table = QTableView(self)
        self.table.setObjectName("log_today_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.OUTCOME, OutcomeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OUTCOME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.OUTCOME, 150)
        self.empty = QLabel(self.tr("No meetings or check-ins today."), self)
        self.empty.setObjectName("log_today_empty")
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

        self.error = error_label(self, "log_today_error")

        self.all_held = QPushButton(self.tr("All held"), self)
        self.all_held.setObjectName("all_held")
        self.all_held.setEnabled(bool(rows))
        self.all_held.clicked.connect(self.model.mark_all_held)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.addButton(self.all_held, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        from peerdesk.calendar.meeting_log import LogEntry, log_meetings

        self.table.setCurrentIndex(self.model.index(-1, -1))  # commit an open editor
        entries = [
            LogEntry(
                e.row.id,
                e.status,
                e.minutes if e.status == MeetingStatus.HELD else None,
                e.row.notes,
                e.row.topics,
            )
            for e in self.model.changed()
        ]
        if not entries:
            super().accept()
            return
        text = self.tr("Log today's meetings")

        def work(db: Database) -> Steps:
            return [(text, log_meetings(db, entries))]

        self.save_changes(work, self.tr("Saving…"), self.buttons)
