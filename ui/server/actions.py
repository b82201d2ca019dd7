"""The File menu's shared-database actions, run over the main window.

- **Connect to shared database…** asks for the address (:class:`ConnectDialog`)
  and opens it in the window, setting an empty database up when agreed.
- **Move to shared database…** copies the open program onto an empty database
  (set up first) in one transaction, with progress and Cancel, then offers to
  switch the window to it. The file stays as it was.
- **Save a local copy…** copies the open program, file or shared, into a new
  file. The copy is built under a temporary name beside the target and renamed
  into place only when whole, so a cancelled or failed copy leaves nothing.

The copying runs on the worker (:mod:`ui.operations`); a cancel stops it at the
next batch and the target's transaction is rolled back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from peerdesk import paths
from peerdesk.progress import Progress
from ui import messages, operations
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QStatusBar,
    Qt,
    QWidget,
)
from ui.server.connect_dialog import ConnectDialog, ServerChoice

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.storage.copy import CopyReport

FILE_FILTER = str(QT_TRANSLATE_NOOP("", "PeerDesk program files (*.peerdesk)"))


class ServerWindow(Protocol):
    """What these actions ask of the main window."""

    db: Database | None

    def statusBar(self) -> QStatusBar: ...

    def open_location(
        self, location: Path | str, *, password: str | None = None, create: bool = False
    ) -> None: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _window(window: ServerWindow) -> QWidget:
    assert isinstance(window, QWidget)
    return window


class RecordsProgress(Progress):
    """Passes a copy's progress on to the progress dialog in records, not table names."""

    def __init__(self, shown: Progress) -> None:
        super().__init__()
        self.shown = shown

    def set_progress(self, done: int, total: int | None = None, text: str = "") -> None:
        note = tr("{done} of {total} records").format(done=done, total=total) if total else ""
        self.shown.set_progress(done, total, note)

    def check(self) -> None:
        self.shown.check()


# -- connecting ---------------------------------------------------------------------------


def ask_connect(window: ServerWindow, location: str | None = None, note: str = "") -> QDialog:
    """The connect dialog over ``window``; the database chosen opens in it."""
    dialog = ConnectDialog(_window(window), location=location, note=note)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        choice = dialog.choice
        if choice is not None:
            window.open_location(choice.url, password=choice.password, create=choice.empty)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


# -- moving onto a server -----------------------------------------------------------------


def move_program(
    source: Database, choice: ServerChoice, progress: Progress | None = None
) -> CopyReport:
    """Copy ``source`` onto the chosen database (setting it up if it is empty); on the worker."""
    from peerdesk.database import create_database, open_database
    from peerdesk.storage.copy import copy_program

    if choice.empty:
        target = create_database(choice.url, password=choice.password)
    else:
        target = open_database(choice.url, password=choice.password)
    with target:
        return copy_program(source, target, progress)


def ask_move(window: ServerWindow) -> QDialog | None:
    """File → Move to shared database…: the target's address, then the copy."""
    if window.db is None:
        return None
    dialog = ConnectDialog(_window(window), purpose="move")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        if dialog.choice is not None:
            move(window, dialog.choice)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def move(window: ServerWindow, choice: ServerChoice) -> operations.Op | None:
    """Copy the open program onto ``choice`` with progress and Cancel, then offer to switch."""
    source = window.db
    if source is None:
        return None
    parent = _window(window)

    def moved(report: CopyReport) -> None:
        offer_switch(window, choice, report)

    def cancelled() -> None:
        window.statusBar().showMessage(
            tr("The move was cancelled: nothing was copied onto “{label}”.").format(
                label=choice.label
            ),
            10000,
        )

    return operations.Op(
        lambda state: move_program(source, choice, RecordsProgress(state)),
        success=moved,
        cancelled=cancelled,
        label=tr("Copying the program onto “{label}”…").format(label=choice.label),
        cancellable=True,
        parent=parent,
    ).run()


def offer_switch(window: ServerWindow, choice: ServerChoice, report: CopyReport) -> QMessageBox:
    """The copy is on the server: say so with its size, and offer to work there from now on."""
    return messages.confirm(
        _window(window),
        tr("Move to shared database"),
        tr("Everything is now on “{label}” ({rows} records, every one checked).").format(
            label=choice.label, rows=report.rows
        ),
        tr("Switch to the shared database"),
        lambda: window.open_location(choice.url, password=choice.password),
        details=tr(
            "Switch this window to it and work there from now on, so that your team sees "
            "every change. The original is left as it was; keep it as a copy or put it away."
        ),
    )


# -- a local copy -------------------------------------------------------------------------


def copy_to_file(source: Database, path: Path, progress: Progress | None = None) -> CopyReport:
    """Copy ``source`` into a new file at ``path``, leaving nothing behind unless it is whole.

    The copy is made under a temporary name beside ``path`` (so it lands on the
    same disk) and renamed into place at the end; if anything fails or the user
    cancels, the temporary file and its lock are removed.
    """
    from peerdesk.database import new_file
    from peerdesk.storage.copy import copy_program

    with new_file(path) as target:
        return copy_program(source, target, progress)


def ask_local_copy(window: ServerWindow) -> None:
    """File → Save a local copy…: ask where, then copy with progress and Cancel."""
    db = window.db
    if db is None:
        return
    if db.path is not None:
        name = db.path.stem
    else:
        from ui.server.connect_dialog import url_parts

        name = url_parts(db.key).get("dbname", "") or tr("Shared program")
    folder = db.path.parent if db.path is not None else paths.documents_dir()
    start = folder / tr("{name} (copy).peerdesk").format(name=name)
    chosen, _filter = QFileDialog.getSaveFileName(
        _window(window),
        tr("Save a local copy"),
        str(start),
        tr(FILE_FILTER),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if chosen:
        path = Path(chosen)
        if path.suffix.lower() != paths.FILE_SUFFIX:
            path = path.with_name(path.name + paths.FILE_SUFFIX)
        save_copy(window, path)


def save_copy(window: ServerWindow, path: Path) -> operations.Op | None:
    """Copy the open program into the new file ``path`` (refused if it exists)."""
    db = window.db
    if db is None:
        return None
    parent = _window(window)
    if path.exists():
        from peerdesk.errors import FileExists

        messages.show_user_error(parent, FileExists(path=str(path)))
        return None

    def saved(report: CopyReport) -> None:
        text = tr("A copy of everything open was saved as “{name}”.").format(name=path.name)
        window.statusBar().showMessage(text, 10000)
        messages.show_info(
            parent,
            tr("Save a local copy"),
            text,
            tr("It is {path} ({rows} records, every one checked).").format(
                path=path, rows=report.rows
            ),
        )

    def cancelled() -> None:
        window.statusBar().showMessage(tr("The copy was cancelled; no file was made."), 10000)

    return operations.Op(
        lambda state: copy_to_file(db, path, RecordsProgress(state)),
        success=saved,
        cancelled=cancelled,
        label=tr("Saving a copy as “{name}”…").format(name=path.name),
        cancellable=True,
        parent=parent,
    ).run()
