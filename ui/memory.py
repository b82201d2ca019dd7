"""What the app remembers between runs: window geometry, recent files, last program.

Everything lives in QSettings. With ``PEERDESK_HOME`` set (tests, portable
installs) it goes to an ini file in that folder instead of the user's real
settings, so a test can never change them.
"""

from __future__ import annotations

import binascii
import os
from pathlib import Path

from ui.qt import QByteArray, QSettings

ORGANIZATION = "PeerDesk"
APPLICATION = "PeerDesk"
RECENT_MAX = 8


def app_settings() -> QSettings:
    home = os.environ.get("PEERDESK_HOME")
    if home:
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return False


def _file_key(path: Path) -> str:
    """A settings key per file, in hex: paths hold characters that keys cannot.

    (Hex rather than a hash: hashlib's import is a noticeable part of start-up.)
    """
    resolved = str(Path(path).expanduser().resolve())
    return "programs/" + binascii.hexlify(resolved.encode()).decode()


def recent_files() -> list[Path]:
    """Files opened lately, newest first (some may no longer exist)."""
    stored = app_settings().value("files/recent", [], type=list)
    return [Path(str(p)) for p in stored if p][:RECENT_MAX]  # type: ignore[attr-defined]


def _store_recent(files: list[Path]) -> None:
    app_settings().setValue("files/recent", [str(p) for p in files[:RECENT_MAX]])


def remember_file(path: Path) -> None:
    """Put ``path`` first in the recent files and make it the one to open next time."""
    _store_recent([path, *(p for p in recent_files() if not same_file(p, path))])
    app_settings().setValue("files/last", str(path))


def forget_recent(path: Path) -> None:
    _store_recent([p for p in recent_files() if p != path])


def clear_recent() -> None:
    _store_recent([])


def last_file() -> str:
    return str(app_settings().value("files/last", "", type=str))


def remember_program(path: Path, program_id: int) -> None:
    app_settings().setValue(_file_key(path), program_id)


def last_program(path: Path) -> int | None:
    """The program last shown from ``path``, if any."""
    value = app_settings().value(_file_key(path), None)
    try:
        return int(str(value)) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def save_geometry(geometry: QByteArray) -> None:
    settings = app_settings()
    settings.setValue("window/geometry", geometry)
    settings.sync()


def geometry() -> QByteArray | None:
    value = app_settings().value("window/geometry")
    return value if isinstance(value, QByteArray) else None
