"""The one place the front end imports Qt.

Every other module takes Qt names from here (``from ui.qt import QWidget``),
so the binding, its version checks and its quirks are handled once — the way
Anki's ``aqt.qt`` does it.
"""

# ruff: noqa: F401, F403
from __future__ import annotations

from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import *

qt_version = qVersion()
