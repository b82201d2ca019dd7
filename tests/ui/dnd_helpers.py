"""Real drags for UI tests, where offscreen Qt cannot run ``QDrag.exec``.

A screen's ``dnd`` module runs its drags through ``execute(drag, actions,
default)``; :func:`drag_and_drop` replaces that function for the test, presses
and moves the mouse on the source until the drag starts, and delivers the
``QDragEnterEvent``, ``QDragMoveEvent`` and ``QDropEvent`` that the platform
would to the target, as :func:`deliver_drop` does.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from ui.qt import (
    QApplication,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QEvent,
    QMouseEvent,
    QPoint,
    QPointF,
    Qt,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton
DOWN = QPoint(0, 1)
RIGHT = QPoint(1, 0)


def mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton) -> None:
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        button,
        held,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def deliver_drop(
    target: QWidget, pos: QPoint, drag: QDrag, actions: Qt.DropAction
) -> Qt.DropAction:
    """What the platform does with a drag: enter, move and drop on the target's viewport."""
    mime = drag.mimeData()
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, LEFT, none)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return Qt.DropAction.IgnoreAction
    move = QDragMoveEvent(pos, actions, mime, LEFT, none)
    QApplication.sendEvent(target, move)
    if not move.isAccepted():
        return Qt.DropAction.IgnoreAction
    drop = QDropEvent(QPointF(pos), actions, mime, LEFT, none)
    QApplication.sendEvent(target, drop)
    return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction


def drag_and_drop(
    monkeypatch: pytest.MonkeyPatch,
    dnd: ModuleType,
    source: QWidget,
    start: QPoint,
    target: QWidget,
    end: QPoint,
    direction: QPoint = DOWN,
) -> None:
    """Press on ``start`` in ``source``, move along ``direction`` until the drag starts,
    drop at ``end`` in ``target``; ``dnd`` is the module whose ``execute`` runs drags."""
    delivered: list[Qt.DropAction] = []

    def execute(drag: QDrag, actions: Qt.DropAction, default: Qt.DropAction) -> Qt.DropAction:
        delivered.append(deliver_drop(target, end, drag, actions))
        return delivered[-1]

    monkeypatch.setattr(dnd, "execute", execute)
    mouse(source, QEvent.Type.MouseButtonPress, start, LEFT)
    step = QApplication.startDragDistance() + 2
    for k in (1, 2, 3):
        mouse(
            source, QEvent.Type.MouseMove, start + direction * (step * k), Qt.MouseButton.NoButton
        )
        if delivered:
            break
    mouse(source, QEvent.Type.MouseButtonRelease, start + direction * (3 * step), LEFT)
    assert delivered, "the drag never started"
