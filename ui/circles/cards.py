"""The Groups board's cards: one per draft circle, its people in a list to drag from and to.

A card shows the circle's name (typed in place), its size and fit, and its
people, leaders first in bold, each other person's role (mentor or mentee) muted
at the right of their row. A name is dragged out of one card's list and
dropped on another's (:mod:`ui.circles.dnd`, as the pairs board drags); the
Menu key or a right-click asks the board for the person's menu.
"""

from __future__ import annotations

from typing import Any

from peerdesk.scores import score_text
from ui.circles import dnd
from ui.circles.draft import DraftCircle, Person
from ui.drop_target import MoveDropTarget
from ui.item_views import is_menu_key, select_by_id
from ui.matching.mentee_list import drag_pixmap
from ui.palette_colors import paint_box
from ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QContextMenuEvent,
    QDrag,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListView,
    QModelIndex,
    QPainter,
    QPaintEvent,
    QPersistentModelIndex,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEADER_ROLE = Qt.ItemDataRole.UserRole + 2
SIDE_ROLE = Qt.ItemDataRole.UserRole + 3  # "mentor" or "mentee", translated; "" for leaders
CARD_WIDTH = 250


class PeopleModel(QAbstractListModel):
    """The people of one draft circle: leaders first (in bold), then members."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: tuple[Person, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def _side(self, person: Person) -> str:
        """A member's role, shown beside their name (a leader is a mentor, said by "leader")."""
        if person.leader:
            return ""
        return self.tr("mentor") if person.can_lead else self.tr("mentee")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if person.leader:
                return self.tr("{name} (leader)").format(name=person.name)
            return person.name
        if role == SIDE_ROLE:
            return self._side(person)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if person.leader:
                return self.tr("{name} leads this circle").format(name=person.name)
            if person.can_lead:
                return self.tr("{name}, a mentor").format(name=person.name)
            return self.tr("{name}, a mentee").format(name=person.name)
        if role == Qt.ItemDataRole.FontRole and person.leader:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return person.participant_id
        if role == LEADER_ROLE:
            return person.leader
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def set_people(self, people: tuple[Person, ...]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def row_of(self, participant_id: int) -> int | None:
        for row, person in enumerate(self.people):
            if person.participant_id == participant_id:
                return row
        return None


class SideDelegate(QStyledItemDelegate):
    """A person's row with their role (mentor or mentee) muted at its right end."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        side = str(index.data(SIDE_ROLE) or "")
        if not side:
            super().paint(painter, option, index)
            return
        from ui import palette_colors as pc

        gap = option.fontMetrics.horizontalAdvance(side) + 12
        name = QStyleOptionViewItem(option)
        name.rect = option.rect.adjusted(0, 0, -gap, 0)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the row's background (selection) under the role too
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        super().paint(painter, name, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else pc.muted(palette))
        painter.drawText(
            option.rect.adjusted(0, 0, -6, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            side,
        )
        painter.restore()


class PeopleView(MoveDropTarget, QListView):
    """One circle's people: drag a name out to another circle, or drop one in."""

    dropped = Signal(int, int)  # participant id, this circle's position
    picked = Signal(int)  # this circle's position (the user clicked or moved in it)
    menu_requested = Signal(int)  # this circle's position (right-click or the Menu key)

    def __init__(self, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = position
        self.program_id: int | None = None
        self.setObjectName(f"circlePeople{position}")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(SideDelegate(self))
        self._hover = False

    def current_person(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def select_person(self, participant_id: int) -> bool:
        return select_by_id(self, participant_id, ID_ROLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_menu_key(event):
            if self.currentIndex().isValid():
                self.menu_requested.emit(self.position)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.currentIndex()
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.setCurrentIndex(index)
        if index.isValid():
            self.menu_requested.emit(self.position)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.picked.emit(self.position)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if not index.isValid() or self.program_id is None:
            return
        name = str(index.data())
        drag = QDrag(self)
        drag.setMimeData(
            dnd.person_mime(self.program_id, int(index.data(ID_ROLE)), self.position, name)
        )
        drag.setPixmap(drag_pixmap(name, self))
        dnd.execute(drag, Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _carried(self, event: QDropEvent | QDragMoveEvent) -> dnd.Carried | None:
        carried = dnd.read(event.mimeData(), self.program_id)
        if carried is None or carried.from_circle == self.position:
            return None
        return carried

    def _take(self, carried: dnd.Carried) -> None:
        self.dropped.emit(carried.participant_id, self.position)

    def _set_hover(self, on: bool) -> None:
        if on != self._hover:
            self._hover = on
            self.setProperty("dropHover", on)
            parent = self.parentWidget()
            if parent is not None:
                parent.update()


class CircleCard(QFrame):
    """A draft circle: its name and fit above, its people below."""

    def __init__(self, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"circleCard{position}")
        self.title = QLineEdit(self)  # the circle's name, edited in place before confirming
        self.title.setObjectName("circleTitle")
        self.title.setFrame(False)
        self.title.setMaxLength(200)
        self.title.setToolTip(self.tr("The circle's name: type to change it"))
        self.title.setAccessibleName(self.tr("Circle name"))
        self.title.setStyleSheet("background: transparent;")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.fit = QLabel(self)
        self.fit.setObjectName("circleFit")
        self.model = PeopleModel(self)
        self.view = PeopleView(position, self)
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.fit)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.setMinimumWidth(CARD_WIDTH - 20)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_circle(self, circle: DraftCircle, program_id: int | None) -> None:
        self.view.program_id = program_id
        if not self.title.hasFocus():
            self.title.setText(circle.name)
        if circle.people != self.model.people:
            self.model.set_people(circle.people)
        count = len(circle.people)
        rows = max(count, 3)
        height = self.view.sizeHintForRow(0) if count else self.fontMetrics().height() + 6
        self.view.setFixedHeight(rows * max(height, 18) + 2 * self.view.frameWidth() + 4)
        self.show_fit(circle)

    def show_fit(self, circle: DraftCircle) -> None:
        count = len(circle.people)
        text = (
            self.tr("{n} people · fit {score}").format(n=count, score=score_text(circle.score))
            if circle.score is not None
            else self.tr("{n} people").format(n=count)
        )
        if not circle.leaders:
            text += " · " + self.tr("no leader")
        self.fit.setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        from ui import palette_colors as pc

        hover = bool(self.view.property("dropHover"))
        paint_box(self, pc.GOOD if hover else pc.ACCENT, dashed=not hover)
        super().paintEvent(event)
