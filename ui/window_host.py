"""What parts of the front end ask of the main window, as small Protocols.

:class:`ui.main_window.MainWindow` provides all of them. The undo steps, the
roster import, the quick start and the sample banner depend on these instead
of on the window class, so that ``ui.main_window`` (which uses them) is not
imported back. The window is a ``QMainWindow``: these parts also open their
dialogs and operations over it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ui.qt import (
    QDialog,
    QListWidget,
    QStackedWidget,
    QStatusBar,
    QUndoStack,
    QWidget,
    SignalInstance,
)

if TYPE_CHECKING:
    from peerdesk.database import Database


class UndoWindow(Protocol):
    """Where undo steps go, and who to tell which kinds of records changed."""

    undo_stack: QUndoStack

    def notify(self, kinds: set[str] | frozenset[str]) -> None: ...


class ProgramWindow(UndoWindow, Protocol):
    """The open file and program, the wizards open over them, and the status bar."""

    db: Database | None
    program_id: int | None
    wizard: QDialog | None  # the program setup wizard, while open
    import_wizard: QDialog | None  # the roster import wizard, while open
    program_shown: SignalInstance  # the program id, once the window shows it

    def statusBar(self) -> QStatusBar: ...

    def new_program(self) -> None: ...


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


class StartWindow(ProgramWindow, Protocol):
    """What the quick start and the sample banner can start in the window."""

    workspace: QWidget  # holds the screens, under the sample banner

    @property
    def screen_specs(self) -> Sequence[Keyed]: ...

    def show_screen(self, key: str) -> QWidget: ...

    def open_file(
        self,
        path: Path,
        *,
        create: bool = False,
        fallback: Callable[[], None] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None: ...

    def open_sample(self) -> None: ...

    def leave_sample(self) -> None: ...

    def import_roster(self, path: Path | None = None) -> None: ...

    def edit_program_settings(self) -> None: ...


class LiveWindow(UndoWindow, Protocol):
    """What the live screens of a shared database (ui.server.live) ask of the window."""

    db: Database | None
    program_id: int | None
    changed: SignalInstance  # the kinds of records the window's own action changed
    screens: QStackedWidget

    def statusBar(self) -> QStatusBar: ...


class GuardedWindow(Protocol):
    """What the role guard (ui.server.roles) reads, hides and shows in the window."""

    db: Database | None
    overview: QWidget
    built_screens: dict[str, QWidget]
    file_opened: SignalInstance  # the location opened
    nav: QListWidget

    def statusBar(self) -> QStatusBar: ...

    def findChildren(self, kind: type[QWidget]) -> list[QWidget]: ...
