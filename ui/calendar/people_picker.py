"""A searchable check list of people: type part of a name or e-mail to find someone, tick
them, and see how many are ticked.

Used by the session dialog for hand-picked invitations. The list is a model
(:class:`QStandardItemModel` of checkable items) behind a filter proxy, so a
program of a thousand people filters as the user types; ticks survive filtering.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSortFilterProxyModel,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from ui.qt import QKeyEvent

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Pickable:
    """One person to choose: their participant id, name, and words to find them by."""

    id: int
    name: str
    detail: str = ""  # shown after the name: their role, e-mail…
    search: str = ""  # more text the search matches (an e-mail)


class SearchField(QLineEdit):
    """The search line: Enter ticks the one person found, and never presses the
    dialog's default button (a half-made invitation would be saved)."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PeoplePicker(QWidget):
    """A search field over a list of check boxes, and "n chosen"."""

    changed = Signal()  # the ticked people changed

    def __init__(
        self,
        people: Iterable[Pickable],
        chosen: Iterable[int] = (),
        parent: QWidget | None = None,
        *,
        name: str = "people_picker",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        wanted = set(chosen)
        self.model = QStandardItemModel(self)
        for person in people:
            text = f"{person.name} · {person.detail}" if person.detail else person.name
            item = QStandardItem(text)
            item.setData(person.id, ID_ROLE)
            item.setData(f"{person.name} {person.detail} {person.search}".casefold(), SEARCH_ROLE)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if person.id in wanted else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = SearchField(self)
        self.search.setObjectName(f"{name}_search")
        self.search.setPlaceholderText(tr("Find by name or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setObjectName(f"{name}_list")
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.count = QLabel(self)
        self.count.setObjectName(f"{name}_count")
        self.clear_button = QPushButton(tr("Clear"), self)
        self.clear_button.setObjectName(f"{name}_clear")
        self.clear_button.setAutoDefault(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._filter)
        self.search.entered.connect(self._tick_only_match)
        self.model.itemChanged.connect(lambda _item: self._changed())
        self.clear_button.clicked.connect(self.clear)
        self._show_count()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().casefold())
        if self.proxy.rowCount() > 0:
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _tick_only_match(self) -> None:
        """Enter in the search field ticks the person found, when only one is."""
        if self.proxy.rowCount() == 1:
            source = self.proxy.mapToSource(self.proxy.index(0, 0))
            item = self.model.itemFromIndex(source)
            item.setCheckState(Qt.CheckState.Checked)
            self.search.clear()

    def _changed(self) -> None:
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        n = len(self.chosen())
        self.count.setText(tr("1 person chosen") if n == 1 else tr("{n} people chosen").format(n=n))
        self.clear_button.setEnabled(n > 0)

    def items(self) -> list[QStandardItem]:
        return [self.model.item(row) for row in range(self.model.rowCount())]

    def chosen(self) -> list[int]:
        """The ticked people's ids, in list order."""
        return [
            int(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self.model.blockSignals(True)
        try:
            for item in self.items():
                state = (
                    Qt.CheckState.Checked
                    if item.data(ID_ROLE) in wanted
                    else Qt.CheckState.Unchecked
                )
                item.setCheckState(state)
        finally:
            self.model.blockSignals(False)
        self.list.viewport().update()
        self._changed()

    def clear(self) -> None:
        self.set_chosen(())

    def visible_names(self) -> list[str]:
        """The lines the list shows now (after the search)."""
        return [str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())]
