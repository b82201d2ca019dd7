"""The one place the front end imports Qt.

Every other module takes Qt names from here (``from ui.qt import QWidget``),
so the binding, its version checks and its quirks are handled once — the way
Anki's ``aqt.qt`` does it. Names are looked up on first use rather than
star-imported: a star import makes PySide6 build every one of its ~1,500
types up front, which alone costs a visible share of start-up.
"""

# ruff: noqa: F403
from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from PySide6.QtCore import *
    from PySide6.QtGui import *
    from PySide6.QtSvg import *
    from PySide6.QtWidgets import *

_EAGER: tuple[ModuleType, ...] = (QtCore, QtGui, QtWidgets)
_LAZY = ("PySide6.QtSvg", "PySide6.QtPrintSupport")


def __getattr__(name: str) -> Any:
    for module in _EAGER:
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value
            return value
    for module_name in _LAZY:
        value = getattr(importlib.import_module(module_name), name, None)
        if value is not None:
            globals()[name] = value
            return value
    raise AttributeError(f"Qt has no name {name!r}")


qt_version: str = QtCore.qVersion()
