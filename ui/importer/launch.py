"""Starting an import (menu, drop, welcome screen) and saving the blank roster template.

The file is read on the worker before the wizard opens: a file that cannot be
read gets the core's message in plain words and no wizard, and nothing is
written. The window calls these through thin methods of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import paths
from peerdesk.progress import Progress
from ui import messages, operations
from ui.importer.common import CannotSave, ImportTarget, Opened, open_roster
from ui.importer.drops import roster_filter
from ui.qt import QCoreApplication, QFileDialog, Qt
from ui.screens import PEOPLE

if TYPE_CHECKING:
    from peerdesk.database import Database
    from ui.importer.wizard import ImportDone, ImportWizard
    from ui.window_host import ProgramWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def ask_roster_path(window: ProgramWindow) -> Path | None:
    from peerdesk.roster import sandbox

    sandbox.prestart()  # the reader's process starts while the coordinator chooses the file
    db = window.db
    start = db.path.parent if db is not None and db.path is not None else paths.documents_dir()
    name, _filter = QFileDialog.getOpenFileName(
        window, tr("Import a roster"), str(start), roster_filter()
    )
    return Path(name) if name else None


def import_roster(window: ProgramWindow, path: Path | None = None) -> None:
    """Read ``path`` (asking for it if None) and open the import wizard on it."""
    wizard = window.import_wizard
    if wizard is not None:
        wizard.raise_()
        wizard.activateWindow()
        return
    db, program_id = window.db, window.program_id
    if db is None or program_id is None:
        messages.show_info(
            window,
            tr("Import a roster"),
            tr("Create a program first: the people in a roster join a program."),
        )
        return
    if path is None:
        path = ask_roster_path(window)
        if path is None:
            return
    chosen = Path(path)

    def opened(result: Opened) -> None:
        if window.db is db and window.program_id == program_id and window.import_wizard is None:
            show_wizard(window, db, program_id, result)

    operations.Op(
        lambda state: open_roster(db, program_id, chosen, state),
        success=opened,
        failure=lambda exc: messages.show_user_error(
            window, exc, tr("This roster cannot be imported")
        ),
        label=tr("Reading “{name}”…").format(name=chosen.name),
        parent=window,
        cancellable=True,  # a huge or odd file may take a while: Cancel stops its reader
    ).run()


def show_wizard(
    window: ProgramWindow, db: Database, program_id: int, opened: Opened
) -> ImportWizard:
    from ui.importer.wizard import ImportWizard

    target = ImportTarget(db, program_id, opened.program_name, opened.reciprocal)
    wizard = ImportWizard(target, opened, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.imported.connect(lambda done: _imported(window, target, done))
    wizard.finished.connect(lambda _result: _forget(window, wizard))
    window.import_wizard = wizard
    wizard.open()
    return wizard


def _forget(window: ProgramWindow, wizard: ImportWizard) -> None:
    if window.import_wizard is wizard:
        window.import_wizard = None


def _imported(window: ProgramWindow, target: ImportTarget, done: ImportDone) -> None:
    from ui.importer.command import ImportCommand

    if done.info is not None and window.db is target.db and window.program_id == target.program_id:
        window.undo_stack.push(ImportCommand(window, target.db, target.program_id, done))
    window.notify({PEOPLE})
    window.statusBar().showMessage(
        tr("“{name}” was imported: {added} added, {updated} updated.").format(
            name=done.path.name, added=len(done.summary.added), updated=len(done.summary.updated)
        ),
        10000,
    )


def import_from_welcome(window: ProgramWindow) -> None:
    """The welcome screen's "Import a roster": set up the program first if there is none."""
    if window.program_id is not None:
        import_roster(window)
        return
    window.new_program()
    wizard = window.wizard
    if wizard is None:
        return  # no file was open: the program wizard comes once one is
    waiting = True

    def program_shown(_program_id: int) -> None:
        nonlocal waiting
        if waiting:
            waiting = False
            window.program_shown.disconnect(program_shown)
            import_roster(window)

    def given_up() -> None:
        nonlocal waiting
        if waiting:
            waiting = False
            window.program_shown.disconnect(program_shown)

    window.program_shown.connect(program_shown)
    wizard.rejected.connect(given_up)


# -- the blank template -------------------------------------------------------------------


def ask_save_template(window: ProgramWindow) -> None:
    start = paths.documents_dir() / tr("PeerDesk roster template.xlsx")
    name, _filter = QFileDialog.getSaveFileName(
        window,
        tr("Save a blank roster template"),
        str(start),
        tr("Excel workbook (*.xlsx)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if name:
        save_template(window, Path(name))


def save_template(window: ProgramWindow, path: Path) -> None:
    """Write the blank roster template to ``path``, asking before replacing a file."""
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    if path.exists():
        messages.confirm(
            window,
            tr("Replace the file?"),
            tr("“{name}” already exists. Replace it with a blank roster template?").format(
                name=path.name
            ),
            tr("&Replace"),
            lambda: _write_template(window, path),
        )
        return
    _write_template(window, path)


def _write_template(window: ProgramWindow, path: Path) -> None:
    def work(state: Progress) -> Path:
        from peerdesk.roster.template import write_template

        try:
            return write_template(path)
        except OSError as exc:
            raise CannotSave(name=path.name, reason=exc.strerror or str(exc)) from exc

    operations.Op(
        work,
        success=lambda saved: window.statusBar().showMessage(
            tr("The blank roster template was saved as {path}").format(path=saved), 15000
        ),
        failure=lambda exc: messages.show_user_error(
            window, exc, tr("The template could not be saved")
        ),
        label=tr("Saving the template…"),
        parent=window,
    ).run()
