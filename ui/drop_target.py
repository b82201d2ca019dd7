"""A view that takes one kind of drag as a move, lit up while something it takes is over it.

The unmatched mentees' list (a chip dropped back) and a draft circle's people (a
person from another circle) behave the same way; each says what it takes
(``_carried``), how it shows the hover (``_set_hover``) and what a drop does
(``_take``). Put it before the Qt class in the bases, so its events win.
"""

from __future__ import annotations

from typing import Any

from ui.qt import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, Qt


class MoveDropTarget:
    def _carried(self, event: QDropEvent | QDragMoveEvent) -> Any | None:
        """What the drag carries, if this view takes it; None to refuse it."""
        raise NotImplementedError

    def _set_hover(self, on: bool) -> None:
        raise NotImplementedError

    def _take(self, carried: Any) -> None:
        """Act on a drop this view took."""
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._carried(event) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._carried(event) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_hover(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hover(False)
        carried = self._carried(event)
        if carried is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._take(carried)
