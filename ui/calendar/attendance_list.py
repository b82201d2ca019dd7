"""The attendance checklist's list: the invited people, the mark chosen for each, and keys.

:class:`AttendanceModel` holds each person's saved mark and the one being chosen;
:class:`AttendanceTable` shows them through a name/e-mail filter and turns Space, E, A
and U into marks of the selected people; :class:`StatusDelegate` is the Attendance
column's drop-down. The dialog around them is :mod:`ui.calendar.attendance_dialog`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from peerdesk.groups.statuses import ABSENT, ATTENDED, EXCUSED, INVITED, MARKS
from ui import palette_colors as pc
from ui.calendar.dialog_parts import ChoiceDelegate
from ui.matching.mentee_list import WordFilter
from ui.people.rows import role_labels
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QFont,
    QFontMetrics,
    QHeaderView,
    QModelIndex,
    QPalette,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from ui.qt import QKeyEvent

STATUSES = (*MARKS, INVITED)  # in the order the drop-down offers them
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def status_labels() -> dict[str, str]:
    return {
        INVITED: tr("Not marked"),
        ATTENDED: tr("Attended"),
        EXCUSED: tr("Excused"),
        ABSENT: tr("Absent"),
    }


STATUS_HUES = {ATTENDED: pc.GOOD, EXCUSED: pc.WARN, ABSENT: pc.BAD}  # not marked: muted

KEYS = {
    Qt.Key.Key_E: EXCUSED,
    Qt.Key.Key_A: ABSENT,
    Qt.Key.Key_U: INVITED,
}


class Column(IntEnum):
    ATTENDED = 0
    NAME = 1
    ROLE = 2
    STATUS = 3


COLUMNS = len(Column)


@dataclass(frozen=True)
class Entry:
    """One invited person: the status saved in the file and the one being chosen."""

    participant_id: int
    name: str
    role: str
    saved: str
    status: str
    email: str = ""

    @property
    def changed(self) -> bool:
        return self.status != self.saved


class AttendanceModel(QAbstractTableModel):
    """The invited people, with the attendance being chosen for each."""

    refused = Signal()  # a mark not allowed yet (attended or absent before it begins)

    def __init__(self, entries: Iterable[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(entries)
        self.allowed = frozenset(STATUSES)  # before the session begins: excused, not marked
        self._labels = status_labels()
        self._roles = {role.value: text for role, text in role_labels().items()}
        self._titles = {
            Column.ATTENDED: tr("Came"),
            Column.NAME: tr("Name"),
            Column.ROLE: tr("Role"),
            Column.STATUS: tr("Attendance"),
        }

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.ATTENDED:
            attended = entry.status == ATTENDED
            return Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.NAME:
                return entry.name
            if column == Column.ROLE:
                return self._roles.get(entry.role, entry.role)
            if column == Column.STATUS:
                return self._labels.get(entry.status, entry.status)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.ATTENDED:
            return f"{entry.name}: {self._labels.get(entry.status, entry.status)}"
        if role == STATUS_ROLE:
            return entry.status
        if column != Column.STATUS:
            return None
        if role == Qt.ItemDataRole.FontRole and entry.changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QPalette()
            hue = STATUS_HUES.get(entry.status)
            return pc.muted(palette) if hue is None else pc.ink(palette, hue)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if not index.isValid():
            return False
        column = Column(index.column())
        if column == Column.ATTENDED and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.mark([index.row()], ATTENDED if checked else INVITED)
            return True
        if column == Column.STATUS and role in (Qt.ItemDataRole.EditRole, STATUS_ROLE):
            if value not in STATUSES:
                return False
            self.mark([index.row()], str(value))
            return True
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(Column(section)) if 0 <= section < COLUMNS else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = Column(index.column())
        if column == Column.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mark(self, rows: Iterable[int], status: str) -> None:
        """Give these rows one attendance (Space, E, A and U; the tick and the column)."""
        if status not in self.allowed:
            self.refused.emit()
            return
        for n in sorted(set(rows)):
            if 0 <= n < len(self.entries) and self.entries[n].status != status:
                self.entries[n] = replace(self.entries[n], status=status)
                self.dataChanged.emit(self.index(n, 0), self.index(n, COLUMNS - 1))

    def toggle(self, rows: Iterable[int]) -> None:
        """Space: tick the rows as attended; if every one is ticked already, untick them."""
        rows = [n for n in rows if 0 <= n < len(self.entries)]
        everyone = all(self.entries[n].status == ATTENDED for n in rows)
        self.mark(rows, INVITED if everyone else ATTENDED)

    def mark_everyone(self, status: str, *, only_unmarked: bool = False) -> None:
        """Everyone attended; or, with ``only_unmarked``, the rest absent."""
        self.mark(
            [n for n, e in enumerate(self.entries) if not only_unmarked or e.status == INVITED],
            status,
        )

    def search_text(self, row: int) -> str:
        """What the Find field looks in: the name and the e-mail."""
        entry = self.entries[row]
        return f"{entry.name} {entry.email}".casefold()

    def row_of(self, participant_id: int) -> int:
        return next(
            (n for n, e in enumerate(self.entries) if e.participant_id == participant_id), -1
        )

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for entry in self.entries:
            counts[entry.status] = counts.get(entry.status, 0) + 1
        return counts

    def changed(self) -> dict[int, str]:
        """What is to be saved: the new status by participant id."""
        return {e.participant_id: e.status for e in self.entries if e.changed}


class AttendanceTable(QTableView):
    """The checklist: Space ticks attended; E, A and U mark excused, absent, not marked.

    It shows the people through a filter (the dialog's Find field); the keys act on
    the people selected, whatever rows they are in the list underneath.
    """

    def __init__(self, source: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.proxy = WordFilter(self)
        self.proxy.setSourceModel(source)
        self.setModel(self.proxy)
        self.clicked.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        """A click anywhere in the tick's cell ticks or unticks (not only on the box)."""
        if index.column() == Column.ATTENDED:
            self.source.toggle([self.proxy.mapToSource(index).row()])

    def fit_columns(self) -> None:
        """Widths from the words the columns can hold (in the language in use), not from
        every row: measuring hundreds of rows made a big session's list slow to open."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.font())
        bold.setBold(True)
        plain, strong = self.fontMetrics(), QFontMetrics(bold)
        titles = {c: str(self.source.headerData(c, Qt.Orientation.Horizontal, 0)) for c in Column}
        words = {
            Column.ATTENDED: [(strong, titles[Column.ATTENDED])],
            Column.ROLE: [(strong, titles[Column.ROLE])]
            + [(plain, text) for text in role_labels().values()],
            Column.STATUS: [(strong, titles[Column.STATUS])]
            + [(strong, text) for text in status_labels().values()],
        }
        for column, texts in words.items():
            room = plain.height() * (1 if column == Column.ATTENDED else 2)  # margins, a box
            header.resizeSection(column, max(m.horizontalAdvance(t) for m, t in texts) + room)

    def selected_rows(self) -> list[int]:
        """The selected people's rows in :attr:`source`; the current one alone if it is
        not among them (moved to with Ctrl, which leaves the selection where it was)."""
        shown = self.selectionModel().selectedRows()
        current = self.currentIndex()
        if current.isValid() and current.row() not in {i.row() for i in shown}:
            shown = [current]
        return sorted({self.proxy.mapToSource(i).row() for i in shown})

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        editing = self.state() == QAbstractItemView.State.EditingState
        if plain and not editing:
            if key == Qt.Key.Key_Space:
                self.source.toggle(self.selected_rows())
                return
            status = KEYS.get(key)
            if status is not None:
                self.source.mark(self.selected_rows(), status)
                return
        super().keyPressEvent(event)


class StatusDelegate(ChoiceDelegate):
    """A drop-down of the four attendances for the Attendance column."""

    def __init__(self, parent: QWidget) -> None:
        def choices() -> list[tuple[str, str]]:
            labels = status_labels()
            return [(status, labels[status]) for status in STATUSES]

        super().__init__(parent, "attendance_editor", choices, STATUS_ROLE)
