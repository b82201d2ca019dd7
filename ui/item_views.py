"""Small things the lists of people share: finding a row by id, the menu keys."""

from __future__ import annotations

from ui.qt import QAbstractItemView, QKeyEvent, Qt


def select_by_id(view: QAbstractItemView, wanted: int, role: int) -> bool:
    """Make the row whose ``role`` is ``wanted`` the view's current one; False if none is."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(role) == wanted:
            view.setCurrentIndex(index)
            return True
    return False


def is_menu_key(event: QKeyEvent) -> bool:
    """The Menu key, or Shift+F10 (which Qt does not turn into a context menu itself)."""
    key, mods = event.key(), event.modifiers()
    return key == Qt.Key.Key_Menu or (
        key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier
    )
