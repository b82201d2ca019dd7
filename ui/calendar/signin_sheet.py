"""Print sign-in sheet…: a session's sign-in sheet as a PDF, to print and pass round.

The sheet (:mod:`peerdesk.groups.signin`: the session's details, every invited name
with a signature column, blank lines for people not on the list) is written on the
worker, atomically, on the paper the pair agreements print on (Letter where the
user's locale measures in inches, A4 elsewhere); an existing file is replaced only
after the user says so. The folder chosen last time is offered again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import paths
from ui import memory, messages, operations
from ui.qt import QCoreApplication, QFileDialog, QWidget

if TYPE_CHECKING:
    from peerdesk.groups.sessions import SessionRow
    from ui.main_window import MainWindow

FOLDER_KEY = "calendar/signin_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def ask_save_file(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The system's save dialog (tests replace this); replacing is asked about after."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        tr("PDF documents (*.pdf)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def suggested_path(row: SessionRow) -> Path:
    from peerdesk.output_files import safe_file_name

    saved = memory.app_settings().value(FOLDER_KEY, "", str)
    folder = Path(saved) if saved and Path(saved).is_dir() else paths.documents_dir()
    stem = tr("Sign-in {title} {date}").format(
        title=row.label, date=row.local_start.date().isoformat()
    )
    return folder / safe_file_name(stem)


def save_signin_sheet(
    window: MainWindow,
    row: SessionRow,
    parent: QWidget,
    *,
    done: Callable[[list[str]], None] | None = None,
) -> None:
    """Ask where, then write ``row``'s sign-in sheet there; ``done`` gets the lines to show."""
    from peerdesk.groups.signin import save_signin
    from peerdesk.output_files import check_targets
    from ui.pairs.printing import default_paper

    db = window.db
    if db is None:
        return
    path = ask_save_file(parent, tr("Save the sign-in sheet"), suggested_path(row))
    if path is None:
        return
    session_id, paper = row.id, default_paper()  # Letter where the locale measures in inches

    def write(overwrite: bool) -> None:
        memory.app_settings().setValue(FOLDER_KEY, str(path.parent))

        def work(state: object) -> Path:
            if path.parent == paths.documents_dir():
                check_targets([], overwrite=overwrite, folder=path.parent)  # made if missing
            return save_signin(db, session_id, path, overwrite=overwrite, paper=paper)

        operations.Op(
            work,
            success=lambda written: (
                done and done([tr("Saved the sign-in sheet to {path}").format(path=written)])
            ),
            failure=lambda exc: messages.show_user_error(parent, exc),
            label=tr("Writing the sign-in sheet…"),
            parent=parent,
        ).run()

    if not path.exists():
        write(False)
        return
    messages.confirm(
        parent,
        tr("Replace the file?"),
        tr("“{name}” already exists in {folder}. Replace it?").format(
            name=path.name, folder=path.parent
        ),
        tr("Replace"),
        lambda: write(True),
        tr("The file there now will be lost."),
    )
