"""The "Needs attention" panel: pairs going quiet, unlogged meetings, overdue check-ins.

Each item names the pair and what is wrong, in words; opening one (double-click
or Enter) opens its pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peerdesk.calendar.attention import AttentionItem, AttentionKind
from ui import icons
from ui.calendar.data import plural, short_date
from ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QCoreApplication,
    QFont,
    QLabel,
    QListView,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from ui.qt import QKeyEvent

PAIR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("calendar", text)


def describe(item: AttentionItem) -> str:
    """What is wrong, in the user's language (the pair's names are shown above it)."""
    when = short_date(item.since) if item.since else ""
    if item.kind == AttentionKind.UNLOGGED:
        return plural(
            item.count,
            _tr("1 meeting not logged, on {date}"),
            _tr("{n} meetings not logged, since {date}"),
            date=when,
        )
    if item.kind == AttentionKind.NO_MEETING:
        return _tr("No meeting held for {weeks} weeks (since {date})").format(
            weeks=item.weeks, date=when
        )
    if item.kind == AttentionKind.MISSED_IN_ROW:
        return _tr("{n} cancelled or missed in a row, since {date}").format(n=item.count, date=when)
    role = {"mentor": _tr("mentor"), "mentee": _tr("mentee")}.get(item.role, item.role)
    return _tr("Check-in with {name} ({role}) overdue since {date}").format(
        name=item.person_name, role=role, date=when
    )


class AttentionModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[AttentionItem] = []

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.pair_title}\n{describe(item)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{item.pair_title}: {describe(item)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("warning")
        if role == PAIR_ID_ROLE:
            return item.pair_id
        if role == ITEM_ROLE:
            return item
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AttentionList(QListView):
    opened = Signal(object)  # the AttentionItem

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex().data(ITEM_ROLE))
            return
        super().keyPressEvent(event)


class AttentionPanel(QWidget):
    """A heading with the count, and the list; opening an item asks to open its pair."""

    opened = Signal(object)  # the AttentionItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_attention")
        self.heading = QLabel(self)
        self.heading.setObjectName("calendar_attention_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = AttentionModel(self)
        self.list = AttentionList(self)
        self.list.setObjectName("calendar_attention_list")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the panel resizes
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.empty = QLabel(_tr("Nothing needs attention. Every pair is meeting and logged."), self)
        self.empty.setObjectName("calendar_attention_empty")
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        small = QFont(self.empty.font())
        self.empty.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.list.doubleClicked.connect(lambda index: self.opened.emit(index.data(ITEM_ROLE)))
        self.list.opened.connect(self.opened.emit)
        self.set_items([])

    def set_items(self, items: list[AttentionItem]) -> None:
        self.model.set_items(items)
        self.heading.setText(_tr("Needs attention ({n})").format(n=len(items)))
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)

    def item_rect(self, row: int) -> Any:
        return self.list.visualRect(self.model.index(row, 0))
