"""Driving the program wizard's forms (the wizard, and the settings dialog's tabs) as a user."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from ui.qt import QLabel, QPlainTextEdit, Qt, QWidget

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def child(parent: QWidget, kind: type, name: str) -> Any:
    """The ``kind`` widget called ``name`` under ``parent``; it must exist."""
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} called {name!r}"
    return widget


def error_text(parent: QWidget, key: str) -> str:
    """The inline problem shown for ``key``, or "" when none is visible."""
    label = child(parent, QLabel, f"error_{key}")
    return label.text() if label.isVisible() else ""


def replace_text(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select everything in the field and type over it, as a user does."""
    qtbot.mouseClick(field if not isinstance(field, QPlainTextEdit) else field.viewport(), LEFT)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
