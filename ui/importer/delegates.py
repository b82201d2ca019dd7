"""A drop-down list in a table cell, for choosing a column's field or an answer's role.

The lists are persistent editors, so every row shows its choice. From the
keyboard, the table keeps the focus while Up and Down move between rows (they
would change the choice if a list had it); F2, Space or Alt+Down opens the
current row's list, and picking from it hands the focus back to the table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.qt import (
    QAbstractItemModel,
    QAbstractItemView,
    QComboBox,
    QFocusEvent,
    QKeyEvent,
    QModelIndex,
    QPersistentModelIndex,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
OPEN_KEYS = (Qt.Key.Key_F2, Qt.Key.Key_Space)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell's ``EditRole`` value with a combo box of ``choices()`` (value, label).

    Used as a persistent editor, so the list is always visible: a choice is
    committed as soon as the user picks it (``activated``: mouse or keyboard,
    never a programmatic change).
    """

    def __init__(
        self, choices: Callable[[], list[tuple[Any, str]]], name: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._name = name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName(f"{self._name}_{index.row()}")
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for value, label in self._choices():
            combo.addItem(label, value)
        combo.setMaxVisibleItems(len(self._choices()))
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        view = self.parent()
        if combo.hasFocus() and isinstance(view, QWidget):
            view.setFocus()  # back to the rows, so Up and Down move again

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        if position >= 0 and position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)
        accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
        if accessible:
            editor.setAccessibleName(str(accessible))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)


class ChoiceTable(QTableView):
    """A table of rows with one drop-down list each, in column ``choice_column``."""

    def __init__(self, choice_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice_column = choice_column
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def choice(self, row: int) -> QComboBox | None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return None
        widget = self.indexWidget(model.index(row, self.choice_column))
        return widget if isinstance(widget, QComboBox) else None

    def open_choice(self) -> bool:
        """Open the current row's list (F2, Space, Alt+Down); False if there is none."""
        current = self.currentIndex()
        combo = self.choice(current.row() if current.isValid() else 0)
        if combo is None:
            return False
        combo.setFocus()
        combo.showPopup()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if (event.key() in OPEN_KEYS or alt_down) and self.open_choice():
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        if model is not None and model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(model.index(0, 0))
