"""The dashboard's *Group sessions* row: this week's sessions, and attendance per kind.

The list holds the trainings, workshops, socials and circle meetings of the week that
holds today (Monday to Sunday; cancelled ones left out), each with how many are invited and
how many attended; opening one (double-click or Enter) opens its attendance checklist.
The card beside it gives the attendance rate of the sessions held so far — attended
of those marked, as :mod:`peerdesk.groups.rates` counts it — and the rate of each
kind of session. Both are read on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from peerdesk.groups.statuses import CANCELLED
from ui import operations
from ui.calendar.data import plural, short_date
from ui.dashboard.cards import Card
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
    QModelIndex,
    QPalette,
    QPersistentModelIndex,
    QSizePolicy,
    Qt,
    QTableView,
    QTime,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.groups.rates import AttendanceRates
    from peerdesk.groups.sessions import SessionRow
    from ui.qt import QKeyEvent

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROWS_SHOWN = 8  # the list scrolls beyond


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class SessionsData:
    first: date
    last: date
    week: list[SessionRow]
    rates: AttendanceRates


def load_sessions(db: Database, program_id: int, today: date) -> SessionsData:
    """This week's sessions (Monday to Sunday) and the attendance rates (runs on the worker)."""
    from peerdesk.groups.rates import attendance_rates
    from peerdesk.groups.sessions import week_sessions

    monday = today - timedelta(days=today.weekday())
    return SessionsData(
        monday,
        monday + timedelta(days=6),
        week_sessions(db, program_id, today),
        attendance_rates(db, program_id),
    )


class Column(IntEnum):
    WHEN = 0
    KIND = 1
    TITLE = 2
    ATTENDANCE = 3


class WeekModel(QAbstractTableModel):
    """This week's sessions, one per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SessionRow] = []
        self.today = date.today()
        self._titles = {
            Column.WHEN: tr("When"),
            Column.KIND: tr("Kind"),
            Column.TITLE: tr("Session"),
            Column.ATTENDANCE: tr("Attendance"),
        }

    def set_rows(self, rows: list[SessionRow], today: date) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        cancelled = row.status == CANCELLED
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.WHEN:
                local = row.local_start
                clock = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
                return f"{short_date(local.date())} {clock}"
            if column == Column.KIND:
                return row.kind_name
            if column == Column.TITLE:
                return row.title
            return self._attendance(row)
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.FontRole and cancelled:
            from ui.qt import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return row.title
        return None

    def _attendance(self, row: SessionRow) -> str:
        if row.status == CANCELLED:
            return tr("Cancelled")
        invited = plural(row.invited, tr("1 invited"), tr("{n} invited"))
        marked = row.attended + row.excused + row.absent
        if not marked:
            return invited
        return tr("{invited} · {attended} attended").format(invited=invited, attended=row.attended)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class WeekTable(QTableView):
    """The week's sessions; Enter opens the one selected, as a double-click does."""

    open_session = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        session_id = index.data(SESSION_ID_ROLE)
        if session_id is not None:
            self.open_session.emit(int(session_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)


class SessionsSection(QWidget):
    """The Group sessions heading, this week's list and the attendance card."""

    loaded = Signal()  # the list and the card show what was just read
    open_session = Signal(int)  # a session of the week, to mark its attendance

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_sessions")
        self.today = today
        self.db: Database | None = None
        self.program_id: int | None = None
        self.data: SessionsData | None = None
        self._token = 0
        self._build()

    def _build(self) -> None:
        heading = QLabel(self.tr("Group sessions"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)

        self.week_box = QFrame()
        self.week_box.setObjectName("sessions_week")
        self.week_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.week_box.setAutoFillBackground(True)
        self.week_box.setBackgroundRole(QPalette.ColorRole.Base)
        self.week_title = QLabel()
        self.week_title.setObjectName("sessions_week_title")
        title_font = self.week_title.font()
        title_font.setBold(True)
        self.week_title.setFont(title_font)
        self.model = WeekModel(self)
        self.table = WeekTable()
        self.table.setObjectName("sessions_week_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.setToolTip(self.tr("Double-click a session, or press Enter, to mark attendance"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.ATTENDANCE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.open_session.connect(self.open_session)
        self.empty = QLabel(self.tr("No group sessions this week."))
        self.empty.setObjectName("sessions_week_empty")
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        box = QVBoxLayout(self.week_box)
        box.setContentsMargins(14, 10, 14, 10)
        box.addWidget(self.week_title)
        box.addWidget(self.table)
        box.addWidget(self.empty)
        box.addStretch(1)

        self.card = Card(self.tr("Session attendance"), "card_session_attendance")
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.week_box, 3)
        row.addWidget(self.card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._fit_rows()

    # -- data --------------------------------------------------------------------

    def set_context(self, db: Database | None, program_id: int | None) -> None:
        self.db, self.program_id = db, program_id
        self.data = None

    def reload(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return
        self._token += 1
        token = self._token
        today = self.today()

        def success(data: SessionsData) -> None:
            if token == self._token:
                self.show_data(data)
                self.loaded.emit()

        operations.Op(
            lambda state: load_sessions(db, program_id, today),
            success=success,
            label=self.tr("Reading the group sessions…"),
            parent=self,
        ).run()

    # -- showing -----------------------------------------------------------------

    def show_data(self, data: SessionsData) -> None:
        self.data = data
        self.week_title.setText(
            self.tr("This week ({first} – {last})").format(
                first=short_date(data.first), last=short_date(data.last)
            )
        )
        self.model.set_rows(data.week, self.today())
        self._fit_rows()
        self._show_rates(data.rates)

    def _fit_rows(self) -> None:
        """As tall as its rows (up to :data:`MAX_ROWS_SHOWN`), so the page does not jump."""
        n = self.model.rowCount()
        self.table.setVisible(bool(n))
        self.empty.setVisible(not n)
        shown = min(n, MAX_ROWS_SHOWN)
        height = self.table.horizontalHeader().sizeHint().height()
        height += sum(self.table.verticalHeader().sectionSize(i) for i in range(shown))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def _rate(self, part: int, n: int, percent: int | None) -> str:
        """75%, or "3 of 4" when there are too few marks for a percentage."""
        if percent is not None:
            return f"{QLocale().toString(percent)}%"
        return self.tr("{part} of {n}").format(part=part, n=n)

    def _show_rates(self, rates: AttendanceRates) -> None:
        """The rate of every session held so far, and of each kind, on the card."""
        overall = rates.overall
        if not overall.marked:
            self.card.set(
                "–",
                plural(
                    rates.sessions,
                    self.tr("1 session held, its attendance not marked yet"),
                    self.tr("{n} sessions held, none marked yet"),
                )
                if rates.sessions
                else self.tr("no sessions held yet"),
            )
            return
        share = rates.rate
        value = "–" if share.percent is None else self._rate(share.part, share.n, share.percent)
        kinds = [
            self.tr("{kind} {rate}").format(
                kind=k.name, rate=self._rate(k.rate.part, k.rate.n, k.rate.percent)
            )
            for k in rates.kinds
            if k.tally.marked
        ]
        lines = [
            " · ".join(kinds),
            self.tr("{attended} of {marked} marked attended").format(
                attended=overall.attended, marked=overall.marked
            ),
        ]
        if rates.unmarked_sessions:
            lines[-1] += " · " + plural(
                rates.unmarked_sessions,
                self.tr("1 session held not marked yet"),
                self.tr("{n} sessions held not marked yet"),
            )
        self.card.set(value, "\n".join(lines))
