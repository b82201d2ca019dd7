"""Log meetings: a day's or a period's unlogged meetings, an outcome for each, saved in one go.

The dialog lists the meetings of the chosen dates (today, one past day, or a
range) that have started and nobody has logged. **All held** marks every one
as held; the exceptions are then changed from the keyboard — select rows and
press H (held), C (cancelled), N (no-show) or U (not logged yet) — or in the
table (double-click or F2). Saving logs every changed row in one transaction,
one undo step: all of them or, if one cannot be logged, none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from peerdesk.enums import MeetingStatus
from ui import operations
from ui.calendar.commands import Steps
from ui.calendar.data import clock, plural, pydate, qdate, short_date, status_labels, title
from ui.calendar.dialog_parts import ChangeDialog, ChoiceDelegate, error_label
from ui.date_edit import DateEdit
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from peerdesk.calendar.reads import MeetingRow
    from peerdesk.database import Database
    from ui.main_window import MainWindow
    from ui.qt import QKeyEvent

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES = (
    MeetingStatus.HELD,
    MeetingStatus.CANCELLED,
    MeetingStatus.NO_SHOW,
    MeetingStatus.SCHEDULED,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


KEYS = {
    Qt.Key.Key_H: MeetingStatus.HELD,
    Qt.Key.Key_C: MeetingStatus.CANCELLED,
    Qt.Key.Key_N: MeetingStatus.NO_SHOW,
    Qt.Key.Key_U: MeetingStatus.SCHEDULED,
}


class Column(IntEnum):
    DAY = 0
    TIME = 1
    WHO = 2
    OUTCOME = 3
    MINUTES = 4


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


class LogModel(QAbstractTableModel):
    """The meetings to log, with the outcome and length being chosen for each."""

    def __init__(self, rows: list[MeetingRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = [Entry(r, r.status, r.actual_minutes or r.length_minutes) for r in rows]
        self._labels = status_labels()
        self._titles = {
            Column.DAY: tr("Date"),
            Column.TIME: tr("Time"),
            Column.WHO: tr("With"),
            Column.OUTCOME: tr("What happened"),
            Column.MINUTES: tr("Minutes"),
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
            if column == Column.DAY:
                return short_date(entry.row.local_date)
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

    def set_rows(self, rows: list[MeetingRow]) -> None:
        """Show other meetings, keeping what was already chosen for those still listed."""
        chosen = {e.row.id: e for e in self.entries}
        self.beginResetModel()
        self.entries = [
            replace(chosen[r.id], row=r)
            if r.id in chosen
            else Entry(r, r.status, r.actual_minutes or r.length_minutes)
            for r in rows
        ]
        self.endResetModel()

    def mark_all_held(self) -> None:
        for n, entry in enumerate(self.entries):
            if entry.row.status == MeetingStatus.SCHEDULED:
                self.entries[n] = replace(entry, status=MeetingStatus.HELD)
        if self.entries:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.entries) - 1, len(Column) - 1)
            )

    def mark(self, rows: list[int], status: MeetingStatus) -> None:
        """Give these rows one outcome (the keyboard's H, C, N and U)."""
        for n in rows:
            if 0 <= n < len(self.entries):
                self.entries[n] = replace(self.entries[n], status=status)
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(Column) - 1))

    def changed(self) -> list[Entry]:
        return [e for e in self.entries if e.changed]


class LogTable(QTableView):
    """The table of meetings; H, C, N and U give every selected row that outcome, A marks
    every meeting not logged as held."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        status = KEYS.get(key)
        model = self.model()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        editing = self.state() == QAbstractItemView.State.EditingState
        if key == Qt.Key.Key_A and plain and not editing and isinstance(model, LogModel):
            model.mark_all_held()
            return
        if status is not None and plain and not editing and isinstance(model, LogModel):
            rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
            if not rows and self.currentIndex().isValid():
                rows = [self.currentIndex().row()]
            model.mark(rows, status)
            return
        super().keyPressEvent(event)


class OutcomeDelegate(ChoiceDelegate):
    """A drop-down of outcomes for the "What happened" column."""

    def __init__(self, parent: QWidget) -> None:
        def choices() -> list[tuple[str, str]]:
            labels = status_labels()
            return [(status.value, labels[status]) for status in CHOICES]

        super().__init__(parent, "outcome_editor", choices, STATUS_ROLE)


class LogMeetingsDialog(ChangeDialog):
    """The meetings of ``first``..``last`` that nobody has logged, to log in one go."""

    def __init__(
        self,
        window: MainWindow,
        first: date,
        last: date,
        rows: list[MeetingRow],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(window, parent)
        self.setObjectName("log_meetings_dialog")
        self.setWindowTitle(self.tr("Log meetings"))
        self.setModal(True)
        self.resize(760, 480)
        self._token = 0
        latest = qdate(today or date.today())
        self.first = DateEdit(qdate(first), self, name="log_first")
        self.last = DateEdit(qdate(last), self, name="log_last")
        for edit in (self.first, self.last):
            edit.setMaximumDate(latest)
            edit.dateChanged.connect(lambda _d: self._reload())
        dates = QHBoxLayout()
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.first)
        to_label = QLabel(self.tr("&To"), self)
        to_label.setBuddy(self.last)
        dates.addWidget(from_label)
        dates.addWidget(self.first)
        dates.addWidget(to_label)
        dates.addWidget(self.last)
        dates.addStretch(1)
        self.heading = QLabel(self)
        self.heading.setObjectName("log_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(
            self.tr(
                "Press A (all held), then change the exceptions: select meetings and press "
                "H (held), C (cancelled), N (no-show) or U (not logged yet)."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.model = LogModel(rows, self)
        self.table = LogTable(self)
        self.table.setObjectName("log_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.OUTCOME, OutcomeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.DAY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OUTCOME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.OUTCOME, 150)
        self.empty = QLabel(self.tr("Every meeting of these dates is logged."), self)
        self.empty.setObjectName("log_empty")

        self.error = error_label(self, "log_error")

        self.all_held = QPushButton(self.tr("&All held"), self)
        self.all_held.setObjectName("all_held")
        self.all_held.clicked.connect(self.model.mark_all_held)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.addButton(self.all_held, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._rows_shown()
        self.table.setFocus()
        if rows:
            self.table.selectRow(0)

    def _rows_shown(self) -> None:
        n = self.model.rowCount()
        self.heading.setText(
            plural(n, self.tr("1 meeting not logged yet"), self.tr("{n} meetings not logged yet"))
        )
        self.table.setVisible(bool(n))
        self.empty.setVisible(not n)
        self.all_held.setEnabled(bool(n))
        self.table.setColumnHidden(Column.DAY, self.first.date() == self.last.date())

    def dates(self) -> tuple[date, date]:
        return pydate(self.first.date()), pydate(self.last.date())

    def _reload(self) -> None:
        from peerdesk.calendar.meeting_log import meetings_to_log

        first, last = self.dates()
        if last < first:
            self.show_error(self.tr("The last date is before the first date."))
            return
        self.error.hide()
        db, program_id = self.window_.db, self.window_.program_id
        if db is None or program_id is None:
            return
        self._token += 1
        token = self._token

        def show(rows: list[MeetingRow]) -> None:
            if token == self._token:
                self.model.set_rows(rows)
                self._rows_shown()

        operations.Op(
            lambda state: meetings_to_log(db, program_id, first, last),
            success=show,
            label=self.tr("Reading meetings…"),
            parent=self,
        ).run()

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
        text = plural(len(entries), self.tr("Log 1 meeting"), self.tr("Log {n} meetings"))

        def work(db: Database) -> Steps:
            return [(text, log_meetings(db, entries))]

        self.save_changes(work, self.tr("Saving…"), self.buttons)
