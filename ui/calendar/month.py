"""The month grid: six weeks of days, each with its meetings listed as short lines.

:class:`MonthModel` is a 6 × 7 table model whose cells are days; each cell
holds that day's meetings (already filtered). :class:`MonthDelegate` paints a
cell: the day's number, how many meetings, then as many short lines as fit
("17:30 Ana R. & Bo C."), coloured by status, and "+12 more". Painting looks
only at the lines that fit, so a day with 300 meetings costs what one with 5
does.

:class:`MonthView` lets the user drag a line (a meeting) onto another day,
double-click it to open it, and drop meetings dragged from the agenda.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from peerdesk.enums import MeetingKind, MeetingStatus
from ui import palette_colors as pc
from ui.calendar import dnd
from ui.calendar import session_rows as sessions
from ui.calendar.data import (
    GRID_DAYS,
    Item,
    by_day,
    clock,
    long_date,
    plural,
    status_labels,
    title,
)
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QApplication,
    QColor,
    QCoreApplication,
    QDrag,
    QFont,
    QFontMetrics,
    QHeaderView,
    QLocale,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.calendar.reads import MeetingRow
    from peerdesk.groups.sessions import SessionRow
    from ui.qt import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
MEETINGS_ROLE = Qt.ItemDataRole.UserRole + 2
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3
TODAY_ROLE = Qt.ItemDataRole.UserRole + 4

ROWS, COLUMNS = 6, 7
PAD = 4

# Hues: as text they are made readable on the palette in use (ui.palette_colors.ink);
# a status also shows as strike-through, italics and its word in the tooltip.
STATUS_COLORS = {
    MeetingStatus.SCHEDULED: pc.ACCENT,
    MeetingStatus.HELD: pc.GOOD,
    MeetingStatus.CANCELLED: pc.NEUTRAL,
    MeetingStatus.NO_SHOW: pc.BAD,
}
CHECKIN_COLOR = pc.VIOLET
OVERDUE_COLOR = pc.AMBER  # over, and not logged


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def color_of(
    row: MeetingRow,
    now: datetime | None = None,
    palette: QPalette | None = None,
    background: QColor | None = None,
) -> QColor:
    """The meeting's colour as text on ``background`` (default: the palette's base) in
    ``palette`` (default: the application's)."""
    hue = STATUS_COLORS[row.status]
    if row.status == MeetingStatus.SCHEDULED:
        if row.ends_at < (now or datetime.now(UTC)):
            hue = OVERDUE_COLOR
        elif row.kind == MeetingKind.STAFF_CHECKIN:
            hue = CHECKIN_COLOR
    return pc.ink(palette or QApplication.palette(), hue, background)


class MonthModel(QAbstractTableModel):
    """Six weeks of days; each cell's meetings and sessions under :data:`MEETINGS_ROLE`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.month = 0
        self.today: date | None = None
        self.week_starts = 0
        self._meetings: dict[date, list[Item]] = {}

    def set_month(self, days: list[date], month: int, week_starts: int, today: date) -> None:
        assert len(days) == GRID_DAYS
        self.beginResetModel()
        self.days, self.month, self.week_starts, self.today = days, month, week_starts, today
        self._meetings = {}
        self.endResetModel()

    def set_meetings(self, rows: list[Item]) -> None:
        self._meetings = by_day(rows)
        if self.days:
            self.dataChanged.emit(self.index(0, 0), self.index(ROWS - 1, COLUMNS - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return ROWS if self.days else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return COLUMNS

    def day_at(self, index: QModelIndex | QPersistentModelIndex) -> date | None:
        if not index.isValid() or not self.days:
            return None
        return self.days[index.row() * COLUMNS + index.column()]

    def index_of(self, day: date) -> QModelIndex:
        if day not in self.days:
            return QModelIndex()
        n = self.days.index(day)
        return self.index(n // COLUMNS, n % COLUMNS)

    def meetings_on(self, day: date) -> list[Item]:
        return self._meetings.get(day, [])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        day = self.day_at(index)
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == MEETINGS_ROLE:
            return self.meetings_on(day)
        if role == IN_MONTH_ROLE:
            return day.month == self.month
        if role == TODAY_ROLE:
            return day == self.today
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(day)
        return None

    def describe(self, day: date) -> str:
        meetings = self.meetings_on(day)
        if not meetings:
            return tr("{date}: no meetings").format(date=long_date(day))
        groups = sum(1 for m in meetings if sessions.is_session(m))
        pairs = sum(1 for m in meetings if m.kind == MeetingKind.PAIR)
        checkins = len(meetings) - pairs - groups
        parts = []
        if pairs:
            parts.append(plural(pairs, tr("1 meeting"), tr("{n} meetings")))
        if checkins:
            parts.append(plural(checkins, tr("1 staff check-in"), tr("{n} staff check-ins")))
        if groups:
            parts.append(plural(groups, tr("1 group session"), tr("{n} group sessions")))
        return tr("{date}: {what}").format(date=long_date(day), what=", ".join(parts))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            weekday = (self.week_starts + section) % 7 + 1  # Qt: Monday = 1
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )


@dataclass(frozen=True)
class CellLayout:
    """Where a cell's parts go: the day line, a rectangle per meeting line, "+N more"."""

    header: QRect
    lines: list[QRect]
    more: QRect | None


def cell_layout(rect: QRect, metrics: QFontMetrics, count: int) -> CellLayout:
    line = metrics.height() + 2
    header = QRect(rect.left() + PAD, rect.top() + 2, rect.width() - 2 * PAD, line)
    top = header.bottom() + 2
    room = max(0, (rect.bottom() - PAD - top + 1) // line)
    shown = count if count <= room else max(0, room - 1)
    lines = [
        QRect(rect.left() + PAD, top + n * line, rect.width() - 2 * PAD, line) for n in range(shown)
    ]
    more = None
    if shown < count and room > 0:
        more = QRect(rect.left() + PAD, top + shown * line, rect.width() - 2 * PAD, line)
    return CellLayout(header, lines, more)


class MonthDelegate(QStyledItemDelegate):
    """Paints a day: its number, a count, short meeting lines and "+N more"."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        in_month = bool(index.data(IN_MONTH_ROLE))
        is_today = bool(index.data(TODAY_ROLE))
        selected = bool(state & QStyle.StateFlag.State_Selected)
        base = palette.color(QPalette.ColorRole.Base)
        if not in_month:
            base = palette.color(QPalette.ColorRole.AlternateBase)
        if is_today:
            base = pc.tint(palette, pc.ACCENT, 0.12)
        if selected:  # a wash of the highlight over the day
            base = pc.mix(base, palette.color(QPalette.ColorRole.Highlight), 0.24)
        painter.fillRect(rect, base)
        if selected:
            pen = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        meetings: list[Item] = index.data(MEETINGS_ROLE) or []
        layout = cell_layout(rect, metrics, len(meetings))
        muted = pc.muted(palette, base)
        text_color = pc.ink(palette, pc.text(palette), base) if in_month else muted
        day_font = QFont(font)
        day_font.setBold(is_today)
        painter.setFont(day_font)
        painter.setPen(text_color)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(layout.header, align | Qt.AlignmentFlag.AlignLeft, str(index.data()))
        if meetings:
            small = QFont(font)
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                layout.header,
                align | Qt.AlignmentFlag.AlignRight,
                str(len(meetings)),
            )
        now = datetime.now(UTC)
        for row, line in zip(meetings, layout.lines, strict=False):
            painter.setFont(font)
            if sessions.is_session(row):
                self._paint_session(painter, line, row, palette, base)  # type: ignore[arg-type]
            else:
                self._paint_line(painter, line, row, text_color, now, palette, base)  # type: ignore[arg-type]
        painter.setFont(font)
        if layout.more is not None:
            painter.setPen(muted)
            hidden = len(meetings) - len(layout.lines)
            painter.drawText(
                layout.more,
                align | Qt.AlignmentFlag.AlignLeft,
                tr("+{n} more").format(n=hidden),
            )
        painter.restore()

    def _paint_line(
        self,
        painter: QPainter,
        rect: QRect,
        row: MeetingRow,
        color: QColor,
        now: datetime,
        palette: QPalette,
        background: QColor,
    ) -> None:
        mark = color_of(row, now, palette, background)
        bar = QRect(rect.left(), rect.top() + 2, 3, rect.height() - 4)
        painter.fillRect(bar, mark)
        font = QFont(painter.font())
        font.setStrikeOut(row.status in (MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW))
        font.setItalic(row.kind == MeetingKind.STAFF_CHECKIN)
        painter.setFont(font)
        overdue = row.status == MeetingStatus.SCHEDULED and row.ends_at < now
        painter.setPen(mark if row.status != MeetingStatus.SCHEDULED or overdue else color)
        text = f"{clock(row)} {title(row, short=True)}"
        text_rect = rect.adjusted(6, 0, 0, 0)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )

    def _paint_session(
        self,
        painter: QPainter,
        rect: QRect,
        row: SessionRow,
        palette: QPalette,
        background: QColor,
    ) -> None:
        """A session: a wash and a wide bar of its kind's colour, its time and title in that
        colour (readable on the cell), struck through when cancelled."""
        hue = sessions.hue(row)
        wash = pc.mix(background, hue, 0.12)
        painter.fillRect(rect.adjusted(0, 1, 0, -1), wash)
        painter.fillRect(QRect(rect.left(), rect.top() + 1, 5, rect.height() - 2), hue)
        font = QFont(painter.font())
        font.setBold(True)
        font.setStrikeOut(row.cancelled)
        painter.setFont(font)
        painter.setPen(sessions.colour_of(row, palette, wash))
        text = f"{clock(row)} {sessions.title(row, short=True)}"
        text_rect = rect.adjusted(8, 0, 0, 0)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(110, (metrics.height() + 2) * 5 + PAD * 2)


def line_tooltip(row: Item) -> str:
    if sessions.is_session(row):
        return sessions.tooltip(row)  # type: ignore[arg-type]
    status = status_labels()[row.status]
    place = row.place or row.link
    where = f" · {place}" if place else ""
    return f"{clock(row)} {title(row)} ({status}){where}"


class MonthView(QTableView):
    """The month grid; meetings dragged within it or from the agenda move to the day dropped on."""

    meeting_dropped = Signal(int, object)  # meeting id, date
    meeting_opened = Signal(int)  # meeting id
    session_opened = Signal(int)  # session id (a double-click on its line)
    session_menu = Signal(int, object)  # session id, global QPoint (a right-click)
    day_menu = Signal(object, object)  # date, global QPoint (a right-click on a day)
    day_opened = Signal(object)  # a date, by Enter or a double-click on the empty part of a day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program_id: int | None = None
        self.setObjectName("calendar_month")
        self.setItemDelegate(MonthDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setShowGrid(True)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(40)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        self._press: tuple[QPoint, int] | None = None
        self._drop_day: date | None = None

    def month_model(self) -> MonthModel:
        model = self.model()
        assert isinstance(model, MonthModel)
        return model

    # -- finding things ------------------------------------------------------------

    def meeting_at(self, pos: QPoint) -> Item | None:
        """The meeting or session whose line is under ``pos`` (viewport coordinates)."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        meetings: list[Item] = index.data(MEETINGS_ROLE) or []
        layout = cell_layout(self.visualRect(index), self.fontMetrics(), len(meetings))
        for row, rect in zip(meetings, layout.lines, strict=False):
            if rect.contains(pos):
                return row
        return None

    def line_point(self, meeting_id: int, *, session: bool = False) -> QPoint | None:
        """The middle of a meeting's (or session's) line (viewport coordinates), if shown."""
        model = self.month_model()
        for day in model.days:
            meetings = model.meetings_on(day)
            ids = [(m.id, sessions.is_session(m)) for m in meetings]
            if (meeting_id, session) in ids:
                index = model.index_of(day)
                layout = cell_layout(self.visualRect(index), self.fontMetrics(), len(meetings))
                position = ids.index((meeting_id, session))
                if position < len(layout.lines):
                    return layout.lines[position].center()
                return None
        return None

    def day_point(self, day: date) -> QPoint:
        rect = self.visualRect(self.month_model().index_of(day))
        return QPoint(rect.center().x(), rect.bottom() - 3)

    # -- mouse ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        row = self.meeting_at(pos) if event.button() == Qt.MouseButton.LeftButton else None
        draggable = row is not None and not sessions.is_session(row)
        self._press = (pos, row.id) if row is not None and draggable else None
        index = self.indexAt(pos)
        if index.isValid():
            self.setCurrentIndex(index)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, meeting_id = self._press
            if (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._press = None
                self.start_meeting_drag(meeting_id)
            return
        row = self.meeting_at(pos)
        self.viewport().setToolTip(line_tooltip(row) if row is not None else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        row = self.meeting_at(pos)
        if row is not None and sessions.is_session(row):
            self.session_opened.emit(row.id)
        elif row is not None:
            self.meeting_opened.emit(row.id)
        else:
            day = self.month_model().day_at(self.indexAt(pos))
            if day is not None:
                self.day_opened.emit(day)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        row = self.meeting_at(event.pos())
        if row is not None and sessions.is_session(row):
            self.session_menu.emit(row.id, event.globalPos())
            event.accept()
            return
        day = self.month_model().day_at(self.indexAt(event.pos()))
        if day is None and event.reason() == event.Reason.Keyboard:
            day = self.month_model().day_at(self.currentIndex())
        if day is not None:
            self.day_menu.emit(day, event.globalPos())
            event.accept()
            return
        event.ignore()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            day = self.month_model().day_at(self.currentIndex())
            if day is not None:
                self.day_opened.emit(day)
                return
        super().keyPressEvent(event)

    def start_meeting_drag(self, meeting_id: int) -> None:
        if self.program_id is None:
            return
        drag = QDrag(self)
        drag.setMimeData(dnd.meeting_mime(self.program_id, meeting_id, str(meeting_id)))
        dnd.execute(drag, Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    # -- dropping -----------------------------------------------------------------

    def _drop_target(self, event: QDragMoveEvent | QDropEvent) -> tuple[int, date] | None:
        carried = dnd.read(event.mimeData(), self.program_id)
        if carried is None:
            return None
        day = self.month_model().day_at(self.indexAt(event.position().toPoint()))
        if day is None:
            return None
        return carried.meeting_id, day

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dnd.read(event.mimeData(), self.program_id) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self._drop_target(event)
        if target is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        index = self.month_model().index_of(target[1])
        if index.isValid() and index != self.currentIndex():
            self.setCurrentIndex(index)

    def dragLeaveEvent(self, event: Any) -> None:
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._drop_target(event)
        if target is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.meeting_dropped.emit(target[0], target[1])
