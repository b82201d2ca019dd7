"""PeerDesk's icons: one small SVG set in ``resources/icons``, loaded by name."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from peerdesk.paths import resources_dir
from ui.qt import QIcon, QPixmap, QSize

APP_ICON = "peerdesk"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (e.g. ``"backup"``); an empty icon if it is missing."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon(APP_ICON)


def pixmap(name: str, size: int) -> QPixmap:
    return icon(name).pixmap(QSize(size, size))
