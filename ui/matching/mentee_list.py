"""The left side of the board: unmatched mentees, searchable, hardest to match first.

:class:`MenteeModel` keeps its rows in the chosen order (sorting 1,000 rows
once in Python is far cheaper than a proxy calling back into Python for every
comparison); :class:`WordFilter` only filters, for the search box. The view
drags a mentee out and takes chips back (which unpairs them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ui import palette_colors as pc
from ui.drop_target import MoveDropTarget
from ui.filtering import refilter
from ui.matching import dnd
from ui.matching.data import MenteeInfo
from ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QListView,
    QModelIndex,
    QPainter,
    QPen,
    QPersistentModelIndex,
    QPixmap,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
    Signal,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4

HARDEST = "hardest"
BY_NAME = "name"

if TYPE_CHECKING:
    from peerdesk.matching.unmatched import Unmatched

Index = QModelIndex | QPersistentModelIndex


class MenteeModel(QAbstractListModel):
    """Unmatched mentees with how many mentors could take them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MenteeInfo] = []
        self.counts: dict[int, tuple[int, int]] = {}  # mentors with a free place, in all
        self.reasons: dict[int, str] = {}
        self.sort_mode = HARDEST
        self._row_of: dict[int, int] = {}

    # -- Qt model ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        mentee = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return mentee.name
        if role == DETAIL_ROLE:
            return self.detail(mentee)
        if role == ID_ROLE:
            return mentee.participant_id
        if role == SEARCH_ROLE:
            return mentee.search
        if role == COUNT_ROLE:
            return self.counts.get(mentee.participant_id, (-1, -1))[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(mentee)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{mentee.name}. {self.detail(mentee)}. {self.count_text(mentee)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    # -- contents ------------------------------------------------------------

    def detail(self, mentee: MenteeInfo) -> str:
        parts = [self.tr("Rematch")] if mentee.rematch else []
        if mentee.department:
            parts.append(mentee.department)
        if mentee.tags:
            parts.append(", ".join(mentee.tags[:4]))
        return " · ".join(parts)

    def count_text(self, mentee: MenteeInfo) -> str:
        counts = self.counts.get(mentee.participant_id)
        if counts is None:
            return ""
        free, total = counts
        if total == 0:
            return self.tr("No mentor may be paired with them under the program's rules.")
        text = (
            self.tr("1 possible mentor with a free place")
            if free == 1
            else self.tr("{n} possible mentors with a free place").format(n=free)
        )
        return text + " " + self.tr("({n} in all)").format(n=total)

    def tooltip(self, mentee: MenteeInfo) -> str:
        lines = [mentee.name]
        if mentee.rematch:
            lines.append(self.tr("Their last pair ended; to be matched again."))
        if detail := self.detail(mentee):
            lines.append(detail)
        if count := self.count_text(mentee):
            lines.append(count)
        if reason := self.reasons.get(mentee.participant_id):
            lines.append(reason)
        return "\n".join(lines)

    def search_text(self, row: int) -> str:
        return self.rows[row].search

    def row_of(self, mentee_id: int) -> int | None:
        return self._row_of.get(mentee_id)

    def mentee(self, row: int) -> MenteeInfo:
        return self.rows[row]

    def _ordered(self, rows: Iterable[MenteeInfo]) -> list[MenteeInfo]:
        """Mentees to rematch first (their pair ended), then by the chosen order."""
        if self.sort_mode == HARDEST:
            unknown = (1 << 30, 1 << 30)
            return sorted(
                rows,
                key=lambda m: (
                    not m.rematch,
                    self.counts.get(m.participant_id, unknown),
                    m.name.casefold(),
                    m.participant_id,
                ),
            )
        return sorted(rows, key=lambda m: (not m.rematch, m.name.casefold(), m.participant_id))

    def set_mentees(self, mentees: Iterable[MenteeInfo]) -> None:
        rows = self._ordered(mentees)
        if [m.participant_id for m in rows] == [m.participant_id for m in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self._row_of = {m.participant_id: i for i, m in enumerate(rows)}
        self.endResetModel()

    def set_counts(self, counts: dict[int, tuple[int, int]]) -> None:
        self.counts = dict(counts)
        self._reorder()

    def set_reasons(self, reasons: dict[int, str]) -> None:
        self.reasons = dict(reasons)
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def set_sort_mode(self, mode: str) -> None:
        self.sort_mode = mode
        self._reorder()

    def _reorder(self) -> None:
        """Put the rows in order again, keeping selections and the current row."""
        rows = self._ordered(self.rows)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.rows[i.row()].participant_id if i.isValid() else None for i in persistent]
        self.rows = rows
        self._row_of = {m.participant_id: i for i, m in enumerate(rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(self._row_of[i]) if i is not None else QModelIndex() for i in ids],
        )
        self.layoutChanged.emit()
        if rows:
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))


class WordFilter(QSortFilterProxyModel):
    """Only a search box's filter: every word typed must appear in the row's search text.

    The source model gives that text with ``search_text(row)``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        refilter(self, lambda: setattr(self, "_words", words))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        text: str = self.sourceModel().search_text(source_row)  # type: ignore[attr-defined]
        return all(word in text for word in self._words)


PILL_HARD = pc.BAD
PILL_FEW = pc.WARN
PILL_MANY = pc.ACCENT


class MenteeDelegate(QStyledItemDelegate):
    """Two lines per mentee (name; department and goals) and a count of possible mentors."""

    MARGIN = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.height() + 2 * self.MARGIN + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN // 2, -self.MARGIN, -self.MARGIN // 2)
        count = index.data(COUNT_ROLE)
        pill_width = 0
        bold = QFont(option.font)
        bold.setBold(True)
        if count is not None and count >= 0:
            small = QFont(option.font)
            small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
            pill_text = str(count)
            metrics = QFontMetrics(small)
            pill_width = max(metrics.horizontalAdvance(pill_text) + 14, 26)
            pill = QRect(
                rect.right() - pill_width + 1,
                rect.center().y() - metrics.height() // 2 - 2,
                pill_width,
                metrics.height() + 4,
            )
            hue = PILL_HARD if count == 0 else PILL_FEW if count <= 3 else PILL_MANY
            fill = pc.base(palette)
            color = pc.ink(palette, hue, fill)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(color, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(small)
            painter.setPen(color)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, pill_text)
            pill_width += 8
        text_rect = rect.adjusted(0, 0, -pill_width, 0)
        line = QFontMetrics(bold).height()
        painter.setFont(bold)
        painter.setPen(text_color)
        name = QFontMetrics(bold).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            QRect(text_rect.left(), text_rect.top(), text_rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        painter.setFont(option.font)
        detail_color = QColor(text_color)
        if not selected:
            detail_color = pc.muted(palette)
        painter.setPen(detail_color)
        detail = QFontMetrics(option.font).elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            QRect(text_rect.left(), text_rect.top() + line + 2, text_rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            detail,
        )
        painter.restore()


class MenteeView(MoveDropTarget, QListView):
    """The unmatched mentees: drag one onto a mentor; drop a chip here to unpair it."""

    chip_returned = Signal(object)  # ChipKey
    pair_requested = Signal()
    menu_requested = Signal(int, QPoint)  # mentee id, global point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program_id: int | None = None
        self.setObjectName("menteeList")
        self.setItemDelegate(MenteeDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(False)
        self._drop_hover = False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        value = index.data(ID_ROLE) if index.isValid() else None
        if value is None:
            return
        self.setCurrentIndex(index)
        self.menu_requested.emit(int(value), event.globalPos())

    def current_mentee(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def select_mentee(self, mentee_id: int) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == mentee_id:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return True
        return False

    # -- dragging out ----------------------------------------------------------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if not index.isValid() or self.program_id is None:
            return
        mentee_id = int(index.data(ID_ROLE))
        name = str(index.data())
        drag = QDrag(self)
        drag.setMimeData(dnd.mentee_mime(self.program_id, mentee_id, name))
        drag.setPixmap(drag_pixmap(name, self))
        dnd.execute(drag, Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    # -- dropping in -----------------------------------------------------------

    def _carried(self, event: QDropEvent | QDragMoveEvent) -> dnd.Carried | None:
        carried = dnd.read(event.mimeData(), self.program_id)
        return carried if carried is not None and carried.chip is not None else None

    def _take(self, carried: dnd.Carried) -> None:
        self.chip_returned.emit(carried.chip)

    def _set_hover(self, on: bool) -> None:
        if on != self._drop_hover:
            self._drop_hover = on
            self.setProperty("dropHover", on)
            self.viewport().update()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self._drop_hover:
            painter = QPainter(self.viewport())
            pen = QPen(pc.line(self.palette(), pc.ACCENT), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.pair_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def drag_pixmap(text: str, widget: QWidget) -> QPixmap:
    """A small chip with a name, shown under the pointer while dragging."""
    metrics = QFontMetrics(widget.font())
    label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 220)
    size = QSize(metrics.horizontalAdvance(label) + 24, metrics.height() + 12)
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = widget.palette()
    fill = pc.tint(palette, pc.ACCENT)
    painter.setPen(QPen(pc.line(palette, pc.ACCENT), 1.5))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRect(1, 1, size.width() - 2, size.height() - 2), 8, 8)
    painter.setPen(pc.ink(palette, pc.text(palette), fill))
    painter.setFont(widget.font())
    painter.drawText(QRect(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


class UnmatchedModel(QAbstractListModel):
    """Who the last suggestion run left unmatched, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Unmatched] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{item.name}: {item.text}"
        if role == ID_ROLE:
            return item.participant_id
        return None

    def set_rows(self, rows: list[Unmatched]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
