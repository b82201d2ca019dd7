"""What the app remembers between runs: window geometry, recent locations, last program.

A location is a program file (a :class:`~pathlib.Path`) or a shared database,
remembered by its key: its URL without the password (``Database.key``), never
with one. Everything lives in QSettings. With ``PEERDESK_HOME`` set (tests, portable
installs) it goes to an ini file in that folder instead of the user's real
settings, so a test can never change them.
"""

from __future__ import annotations

import binascii
import os
from dataclasses import dataclass
from pathlib import Path

from peerdesk import paths
from peerdesk.storage import is_server
from ui.qt import QByteArray, QLocale, QSettings

#: A program file, or a shared database's key (a ``postgresql://`` URL without a password).
Location = Path | str

ORGANIZATION = "PeerDesk"
APPLICATION = "PeerDesk"
RECENT_MAX = 8


def app_settings() -> QSettings:
    home = os.environ.get("PEERDESK_HOME")
    if home:
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def remembered_folder(key: str) -> Path:
    """The folder saved under ``key`` last time, if it is still there; else the user's
    documents folder (or their home)."""
    saved = app_settings().value(key, "", str)
    folder = Path(str(saved)) if saved else paths.documents_dir()
    return folder if folder.is_dir() else Path.home()


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return False


def location(text: str) -> Location:
    """A stored location back: a server key stays text, anything else is a path."""
    return text if is_server(text) else Path(text)


def same_location(a: Location, b: Location) -> bool:
    """Whether two locations name one program: the same file, or the same server key."""
    if isinstance(a, Path) and isinstance(b, Path):
        return same_file(a, b)
    if is_server(str(a)) or is_server(str(b)):
        return str(a) == str(b)
    return same_file(Path(a), Path(b))


def _hex(text: str) -> str:
    """Text as a settings key, in hex: paths and URLs hold characters that keys cannot.

    (Hex rather than a hash: hashlib's import is a noticeable part of start-up.)
    """
    return binascii.hexlify(text.encode()).decode()


def _file_key(place: Location) -> str:
    """A settings key per program file or shared database."""
    if is_server(str(place)):
        return "programs/" + _hex(str(place))
    return "programs/" + _hex(str(Path(place).expanduser().resolve()))


def recent_locations() -> list[Location]:
    """Files and shared databases opened lately, newest first (some files may be gone)."""
    stored = app_settings().value("files/recent", [], type=list)
    return [location(str(p)) for p in stored if p][:RECENT_MAX]  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Recent:
    """A recent location as the welcome screen and File → Open Recent show it."""

    location: Location

    @property
    def on_server(self) -> bool:
        return not isinstance(self.location, Path)

    @property
    def label(self) -> str:
        """A file's name, or a shared database's "database on server:port"."""
        if isinstance(self.location, Path):
            return self.location.name
        return server_label(self.location)

    @property
    def where(self) -> str:
        """The full path of a file; for a shared database, its label (no password anyway)."""
        return str(self.location) if isinstance(self.location, Path) else self.label

    @property
    def icon(self) -> str:
        return "server" if self.on_server else "program"

    def exists(self) -> bool:
        """Whether a file is still there; a server is not checked (it is asked when opened)."""
        return self.on_server or Path(self.location).exists()


def recent() -> list[Recent]:
    return [Recent(place) for place in recent_locations()]


def recent_files() -> list[Path]:
    """The files among the recent locations, newest first (some may no longer exist)."""
    return [p for p in recent_locations() if isinstance(p, Path)]


def _store_recent(places: list[Location]) -> None:
    app_settings().setValue("files/recent", [str(p) for p in places[:RECENT_MAX]])


def remember_location(place: Location, label: str = "") -> None:
    """Put ``place`` first in the recent locations and make it the one to open next time.

    A shared database is remembered by its key (no password) with the ``label`` to show.
    """
    _store_recent([place, *(p for p in recent_locations() if not same_location(p, place))])
    settings = app_settings()
    settings.setValue("files/last", str(place))
    if is_server(str(place)) and label:
        settings.setValue("servers/" + _hex(str(place)), label)


def remember_file(path: Path) -> None:
    remember_location(path)


def server_label(key: str) -> str:
    """How a remembered shared database is named to a person ("db on host:port")."""
    label = app_settings().value("servers/" + _hex(key), "", type=str)
    return str(label) or key


def forget_recent(place: Location) -> None:
    _store_recent([p for p in recent_locations() if str(p) != str(place)])


def clear_recent() -> None:
    _store_recent([])


def last_file() -> str:
    """The location opened last: a file's path or a shared database's key ("" if none)."""
    return str(app_settings().value("files/last", "", type=str))


def remember_program(place: Location, program_id: int) -> None:
    app_settings().setValue(_file_key(place), program_id)


def last_program(place: Location) -> int | None:
    """The program last shown from ``place``, if any."""
    value = app_settings().value(_file_key(place), None)
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


def csv_semicolons() -> bool:
    """Whether CSV files get semicolons between columns (and decimal commas), as Excel
    expects wherever numbers are written with a decimal comma: as the user chose, else as
    this computer writes numbers."""
    value = app_settings().value("files/csv_semicolons", None)
    if value in (None, ""):
        return QLocale().decimalPoint() == ","
    return str(value).lower() in ("true", "1")


def set_csv_semicolons(on: bool) -> None:
    app_settings().setValue("files/csv_semicolons", on)
