"""The agenda beside the month: the selected day's (or week's) meetings, one per row.

Rows can be opened (double-click or Enter) to log or change them, and dragged
onto a day of the month grid to move them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from peerdesk.enums import MeetingKind, MeetingStatus
from ui.calendar import dnd
from ui.calendar import session_rows as sessions
from ui.calendar.data import Item, clock, qdate, role_word, short_date, status_labels, title
from ui.calendar.month import color_of
from ui.calendar.session_kinds_dialog import swatch
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QCoreApplication,
    QDrag,
    QFont,
    QHeaderView,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.calendar.reads import MeetingRow
    from peerdesk.groups.sessions import SessionRow
    from ui.qt import QContextMenuEvent

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


WHERE_MAX_WIDTH = 130  # px: a long link is cut here, and shown whole on hover


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    LENGTH = 2
    WHERE = 3
    STATUS = 4


def column_titles() -> dict[Column, str]:
    return {
        Column.WHEN: tr("When"),
        Column.WHO: tr("With"),
        Column.LENGTH: tr("Length"),
        Column.WHERE: tr("Where"),
        Column.STATUS: tr("Status"),
    }


class AgendaModel(QAbstractTableModel):
    """Meetings and sessions in time order; ``week`` mode shows the date as well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Item] = []
        self.week = False
        self.now = datetime.now(UTC)
        self._titles = column_titles()
        self._statuses = status_labels()

    def set_rows(self, rows: list[Item], *, week: bool) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.week = week
        self.now = datetime.now(UTC)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(Column)

    def row_of(self, meeting_id: int, *, session: bool = False) -> int:
        for n, row in enumerate(self.rows):
            if row.id == meeting_id and sessions.is_session(row) == session:
                return n
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        column = Column(index.column())
        if sessions.is_session(item):
            return self._session_data(item, column, role)  # type: ignore[arg-type]
        row: MeetingRow = item  # type: ignore[assignment]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == MEETING_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return color_of(row, self.now)
        if role == Qt.ItemDataRole.FontRole and row.status in (
            MeetingStatus.CANCELLED,
            MeetingStatus.NO_SHOW,
        ):
            font = QFont()
            font.setStrikeOut(column == Column.WHO)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _session_data(self, row: SessionRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.WHEN:
                return self._when(row)
            if column == Column.WHO:
                return f"{sessions.title(row)} · {sessions.invited_words(row)}"
            if column == Column.LENGTH:
                return tr("{n} min").format(n=row.length_minutes)
            if column == Column.WHERE:
                return row.place or row.link
            return sessions.status_word(row, self.now)
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return sessions.tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.WHO:
            return swatch(row.colour)
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.WHO, Column.STATUS):
            return sessions.colour_of(row)
        if role == Qt.ItemDataRole.FontRole and row.cancelled:
            font = QFont()
            font.setStrikeOut(column == Column.WHO)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _when(self, row: Item) -> str:
        if self.week:
            day = QLocale().toString(qdate(row.local_start.date()), "ddd")
            return f"{day} {clock(row)}"
        return clock(row)

    def _text(self, row: MeetingRow, column: Column) -> str:
        if column == Column.WHEN:
            return self._when(row)
        if column == Column.WHO:
            if row.kind == MeetingKind.STAFF_CHECKIN:
                role = role_word(row)
                return f"{title(row)} ({role})" if role else title(row)
            return title(row)
        if column == Column.LENGTH:
            minutes = row.actual_minutes if row.status == MeetingStatus.HELD else None
            return tr("{n} min").format(n=minutes or row.length_minutes)
        if column == Column.WHERE:
            return row.place or row.link
        status = self._statuses[row.status]
        if row.status == MeetingStatus.SCHEDULED:
            status = tr("Scheduled") if row.ends_at > self.now else tr("Not logged")
        return status + " · " + tr("moved") if row.moved else status

    def _tooltip(self, row: MeetingRow) -> str:
        who = self._text(row, Column.WHO)
        lines = [f"{short_date(row.local_date)} {clock(row)} — {who}"]
        if row.place or row.link:
            lines.append(tr("Where: {place}").format(place=row.place or row.link))
        if row.topics:
            lines.append(tr("Topics: {topics}").format(topics=row.topics))
        if row.moved:
            lines.append(tr("Moved from its series' usual day or time."))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 0 <= index.row() < len(self.rows) and not sessions.is_session(self.rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # a meeting can be dragged to another day
        return flags


class AgendaView(QTableView):
    """The agenda table; a dragged row carries its meeting to the month grid."""

    meeting_opened = Signal(int)
    session_opened = Signal(int)  # session id: a double-click or Enter on its row
    session_menu = Signal(int, object)  # session id, global QPoint (a right-click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program_id: int | None = None
        self.setObjectName("calendar_agenda")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.doubleClicked.connect(self._opened)

    def _opened(self, index: QModelIndex) -> None:
        meeting_id = index.data(MEETING_ID_ROLE)
        session_id = index.data(SESSION_ID_ROLE)
        if meeting_id is not None:
            self.meeting_opened.emit(int(meeting_id))
        elif session_id is not None:
            self.session_opened.emit(int(session_id))

    def current_session(self) -> int | None:
        """The session on the current row, if the row is one."""
        index = self.currentIndex()
        value = index.data(SESSION_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        else:
            index = self.currentIndex()
        session_id = index.data(SESSION_ID_ROLE) if index.isValid() else None
        if session_id is None:
            event.ignore()
            return
        self.session_menu.emit(int(session_id), event.globalPos())
        event.accept()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._opened(self.currentIndex())
            return
        super().keyPressEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        meeting_id = index.data(MEETING_ID_ROLE) if index.isValid() else None
        if meeting_id is None or self.program_id is None:
            return
        drag = QDrag(self)
        text = str(index.siblingAtColumn(Column.WHO).data())
        drag.setMimeData(dnd.meeting_mime(self.program_id, int(meeting_id), text))
        dnd.execute(drag, Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (Column.WHEN, Column.LENGTH, Column.STATUS):
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(Column.WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.WHERE, QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(self._fit_where)
        self._fit_where()

    def _fit_where(self) -> None:
        """Where takes the room its places need (up to a limit), and none when no meeting
        shown has a place, so that With keeps room for the names."""
        model = self.model()
        if model is None:
            return
        metrics = self.fontMetrics()
        widths = [
            metrics.horizontalAdvance(str(model.index(row, Column.WHERE).data() or ""))
            for row in range(model.rowCount())
        ]
        needed = max(widths, default=0)
        header = self.horizontalHeader()
        header.setSectionHidden(Column.WHERE, needed == 0)
        if needed:
            title = metrics.horizontalAdvance(
                str(model.headerData(Column.WHERE, Qt.Orientation.Horizontal))
            )
            header.resizeSection(Column.WHERE, min(max(needed, title) + 16, WHERE_MAX_WIDTH))

    def rect_of(self, meeting_id: int, *, session: bool = False) -> Any:
        model = self.model()
        assert isinstance(model, AgendaModel)
        row = model.row_of(meeting_id, session=session)
        return self.visualRect(model.index(row, Column.WHO)) if row >= 0 else None
