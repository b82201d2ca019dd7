"""The middle of the board: a card per mentor, with their mentees as chips.

One :class:`QListView` (wrapping, left to right) over
:class:`~ui.matching.cards.MentorModel`, and
:class:`~ui.matching.card_delegate.CardDelegate` paints each card. Only the
cards in sight are painted, so 500 mentors scroll as smoothly as 10. Chips are
hit-tested from the same layout the delegate paints, so clicking, dragging and
tooltips agree with what is drawn.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.matching import dnd
from ui.matching.card_delegate import CardDelegate
from ui.matching.cards import CARD_ROLE, ID_ROLE, REPLACED, Card, Chip, MentorModel, chip_text
from ui.matching.mentee_list import drag_pixmap
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QEvent,
    QHelpEvent,
    QKeyEvent,
    QListView,
    QModelIndex,
    QMouseEvent,
    QPoint,
    QRect,
    QResizeEvent,
    QStyle,
    Qt,
    QToolTip,
    QWidget,
    Signal,
)


class MentorCardView(QListView):
    """The mentor cards: drop a mentee or a chip on one; click or drag a chip."""

    mentee_dropped = Signal(int, int, QPoint)  # mentee id, mentor id, where
    chip_dropped = Signal(object, int, QPoint)  # ChipKey, mentor id, where
    chip_clicked = Signal(object, bool)  # ChipKey, added to the selection (Ctrl)
    chips_cleared = Signal()
    pair_requested = Signal()
    remove_requested = Signal()
    menu_requested = Signal(object, int, QPoint)  # ChipKey or None, mentor id, global point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorCards")
        self.program_id: int | None = None
        self.selected_chips: list[dnd.ChipKey] = []
        self.drop_hover: tuple[int, bool | None] | None = None
        self.allows: Callable[[dnd.Carried, int], bool | None] = lambda _c, _m: None
        self.free_text = self.tr("Free place")
        self._press: tuple[Chip, QPoint] | None = None
        self.card_delegate = CardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(5)
        self.setUniformItemSizes(False)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.setDragEnabled(False)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    # -- words the delegate paints ---------------------------------------------

    def badge_text(self, card: Card) -> str:
        return self.tr("{used} of {places}").format(used=card.used, places=card.mentor.capacity)

    def subtitle(self, card: Card) -> str:
        mentor = card.mentor
        if not mentor.ready:
            return self.tr("Not ready for matching")
        parts = [mentor.department] if mentor.department else []
        if mentor.years is not None:
            years = f"{mentor.years:g}"
            parts.append(
                self.tr("1 year") if mentor.years == 1 else self.tr("{n} years").format(n=years)
            )
        return " · ".join(parts)

    # -- lookups -----------------------------------------------------------------

    def card_model(self) -> MentorModel | None:
        model = self.model()
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        return source if isinstance(source, MentorModel) else None

    def card_at(self, pos: QPoint) -> Card | None:
        index = self.indexAt(pos)
        card = index.data(CARD_ROLE) if index.isValid() else None
        return card if isinstance(card, Card) else None

    def chip_at(self, pos: QPoint) -> Chip | None:
        index = self.indexAt(pos)
        card = index.data(CARD_ROLE) if index.isValid() else None
        if not isinstance(card, Card):
            return None
        geo = self.card_delegate.layout(self.visualRect(index), card, self.font())
        for rect, chip in geo.chips:
            if rect.contains(pos):
                return chip
        return None

    def index_of_mentor(self, mentor_id: int) -> QModelIndex:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == mentor_id:
                return index
        return QModelIndex()

    def card_rect(self, mentor_id: int) -> QRect:
        index = self.index_of_mentor(mentor_id)
        return self.visualRect(index) if index.isValid() else QRect()

    def chip_rect(self, key: dnd.ChipKey) -> QRect:
        """Where a chip is drawn, in viewport coordinates (an empty rect if not shown)."""
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            card = index.data(CARD_ROLE)
            if isinstance(card, Card) and any(c.key == key for c in card.chips):
                geo = self.card_delegate.layout(self.visualRect(index), card, self.font())
                return next(rect for rect, chip in geo.chips if chip.key == key)
        return QRect()

    def current_mentor(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def select_mentor(self, mentor_id: int) -> bool:
        index = self.index_of_mentor(mentor_id)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
        return index.isValid()

    def set_selected_chips(self, keys: list[dnd.ChipKey]) -> None:
        self.selected_chips = list(keys)
        self.viewport().update()

    # -- layout ------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_width()
        super().resizeEvent(event)

    def _fit_width(self) -> None:
        """Cards share the width evenly: as many columns as fit at the least width.

        A wrapping list keeps room for its scroll bar and a spacing at each end.
        """
        spacing = self.spacing()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = self.viewport().width() - bar - 2 * spacing - 4
        columns = max(1, available // (CardDelegate.MIN_WIDTH + spacing))
        width = max(CardDelegate.MIN_WIDTH // 2, available // columns - spacing)
        if width != self.card_delegate.card_width:
            self.card_delegate.card_width = width
            self.doItemsLayout()

    # -- mouse -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if chip is None:
            self._press = None
            if self.selected_chips and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.chips_cleared.emit()
            return
        self._press = (chip, pos)
        additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.chip_clicked.emit(chip.key, additive)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            chip, start = self._press
            distance = (event.position().toPoint() - start).manhattanLength()
            if distance >= QApplication.startDragDistance():
                self._press = None
                self._drag_chip(chip)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def _drag_chip(self, chip: Chip) -> None:
        if self.program_id is None or chip.kind == REPLACED:
            return
        drag = QDrag(self)
        drag.setMimeData(dnd.chip_mime(self.program_id, chip.key, chip.mentor_id, chip.mentee_name))
        drag.setPixmap(drag_pixmap(chip.mentee_name, self))
        dnd.execute(drag, Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = event.pos()
        card = self.card_at(pos)
        if card is None:
            return
        chip = self.chip_at(pos)
        self.setCurrentIndex(self.indexAt(pos))
        if chip is not None and chip.key not in self.selected_chips:
            self.chip_clicked.emit(chip.key, False)
        self.menu_requested.emit(
            chip.key if chip else None, card.mentor.participant_id, event.globalPos()
        )

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            chip = self.chip_at(event.pos())
            if chip is not None:
                QToolTip.showText(event.globalPos(), chip_text(chip), self.viewport())
                return True
        return super().viewportEvent(event)

    # -- keyboard ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.pair_requested.emit()
        elif key == Qt.Key.Key_Space and plain:
            self._next_chip()
        elif key == Qt.Key.Key_Escape and plain and self.selected_chips:
            self.chips_cleared.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.remove_requested.emit()
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier
        ):
            self._keyboard_menu()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _next_chip(self) -> None:
        """Space: select the current card's next chip (then none, then the first again)."""
        index = self.currentIndex()
        card = index.data(CARD_ROLE) if index.isValid() else None
        if not isinstance(card, Card) or not card.chips:
            return
        keys = [chip.key for chip in card.chips]
        now = next((k for k in self.selected_chips if k in keys), None)
        if now is None:
            self.chip_clicked.emit(keys[0], False)
        elif keys.index(now) + 1 < len(keys):
            self.chip_clicked.emit(keys[keys.index(now) + 1], False)
        else:
            self.chips_cleared.emit()

    def _keyboard_menu(self) -> None:
        index = self.currentIndex()
        card = index.data(CARD_ROLE) if index.isValid() else None
        if not isinstance(card, Card):
            return
        keys = {chip.key for chip in card.chips}
        chip = next((k for k in self.selected_chips if k in keys), None)
        rect = self.visualRect(index)
        self.menu_requested.emit(
            chip, card.mentor.participant_id, self.viewport().mapToGlobal(rect.center())
        )

    # -- dropping --------------------------------------------------------------

    def _carried(self, event: QDropEvent | QDragMoveEvent) -> dnd.Carried | None:
        return dnd.read(event.mimeData(), self.program_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._carried(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        carried = self._carried(event)
        if carried is None:
            event.ignore()
            return
        pos = event.position().toPoint()
        card = self.card_at(pos)
        hover = None
        if card is not None:
            hover = (card.mentor.participant_id, self.allows(carried, card.mentor.participant_id))
        if hover != self.drop_hover:
            self.drop_hover = hover
            self.viewport().update()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._clear_hover()
        event.accept()

    def _clear_hover(self) -> None:
        if self.drop_hover is not None:
            self.drop_hover = None
            self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._clear_hover()
        carried = self._carried(event)
        pos = event.position().toPoint()
        card = self.card_at(pos)
        if carried is None or card is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        mentor_id = card.mentor.participant_id
        self.setCurrentIndex(self.indexAt(pos))
        if carried.mentee_id is not None:
            self.mentee_dropped.emit(carried.mentee_id, mentor_id, pos)
        elif carried.chip is not None:
            self.chip_dropped.emit(carried.chip, mentor_id, pos)
