"""Exporting the People table as shown — its columns, filter and order — to .xlsx.

The workbook has typed cells (numbers as numbers, dates as dates), a styled
header row that stays in view, and filters on every column. Text that a
spreadsheet would run as a formula (starting with = + - @) is stored as text.
The sheet is written by the workbook export's own sheet writer and saved with
the shared atomic writer (:mod:`peerdesk.output_files`); an existing file is
replaced only after asking, and one that Excel holds open gets a message
saying so.

:func:`write_xlsx` needs no Qt; :func:`export_view` is the screen's side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, cast

from peerdesk.errors import UserError
from peerdesk.output_files import OutputLocked, write_file
from ui import messages, operations
from ui.people.model import PeopleModel, PeopleProxy
from ui.qt import QCoreApplication, QFileDialog, QTableView, QWidget, SignalInstance


class PeopleView(Protocol):
    """What the export asks of the People screen (a widget: dialogs open over it)."""

    table: QTableView
    model: PeopleModel
    proxy: PeopleProxy
    exported: SignalInstance  # emits the written file's path

    def program_name(self) -> str: ...

    def export_folder(self) -> Path: ...

    def remember_export_folder(self, folder: Path) -> None: ...

    def show_message(self, text: str) -> None: ...


SUFFIX = ".xlsx"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ExportFileInUse(OutputLocked):
    template = (
        "“{path}” is open in another program (Excel, perhaps), so it cannot be replaced; "
        "close it and try again, or choose another name."
    )


@dataclass(frozen=True)
class Table:
    """What to write: a sheet name, column titles and widths, and typed rows."""

    sheet: str
    headers: list[str]
    widths: list[float]
    rows: list[list[Any]]


def _width(pixels: int) -> float:
    """Excel column width (characters) for a width on screen."""
    return max(8.0, min(60.0, pixels / 7.0))


def write_xlsx(path: Path, table: Table) -> Path:
    """Write ``table`` to ``path`` with the workbook export's sheet writer, atomically.

    The caller has already asked before replacing an existing file.
    """
    import io

    from openpyxl import Workbook

    from peerdesk.exports.cells import Column, SheetWriter

    dated = {
        i
        for row in table.rows
        for i, value in enumerate(row)
        if isinstance(value, date) and not isinstance(value, datetime)
    }
    columns = [
        Column(title, width, "yyyy-mm-dd" if i in dated else None)
        for i, (title, width) in enumerate(zip(table.headers, table.widths, strict=True))
    ]
    book = Workbook(write_only=True)
    SheetWriter(book, table.sheet[:31] or "Sheet1").table(columns, table.rows)
    stream = io.BytesIO()
    book.save(stream)
    return write_file(Path(path), stream.getvalue(), overwrite=True, locked=ExportFileInUse)


def view_table(screen: PeopleView) -> Table:
    """The table as it is shown: visible columns in their order, filtered rows in order."""
    view = screen.table
    header = view.horizontalHeader()
    model = screen.model
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    titles = [str(model.headerData(c, header.orientation())) for c in columns]
    rows = [[model.value(row, c) for c in columns] for row in screen.proxy.visible_rows()]
    widths = [_width(header.sectionSize(c)) for c in columns]
    return Table(tr("People"), titles, widths, rows)


def default_name(screen: PeopleView) -> str:
    program = screen.program_name() or tr("People")
    return tr("{program} - people").format(program=program) + SUFFIX


def export_view(screen: PeopleView, path: Path | None = None) -> None:
    """Ask where (unless ``path`` is given), ask before replacing a file, then write."""
    parent = cast(QWidget, screen)
    if path is None:
        start = screen.export_folder() / default_name(screen)
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            tr("Export the people shown"),
            str(start),
            tr("Excel workbooks (*.xlsx)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    table = view_table(screen)
    target = path
    if target.exists():
        box = messages.confirm(
            parent,
            tr("Replace the file?"),
            tr("“{name}” already exists. Replace it with the people shown now?").format(
                name=target.name
            ),
            tr("Replace"),
            lambda: _write(screen, target, table),
        )
        box.setObjectName("export_replace")
        return
    _write(screen, target, table)


def _write(screen: PeopleView, path: Path, table: Table) -> None:
    parent = cast(QWidget, screen)

    def done(written: Path) -> None:
        screen.remember_export_folder(written.parent)
        screen.exported.emit(written)
        screen.show_message(
            tr("Exported {count} people to {path}").format(count=len(table.rows), path=written)
        )

    def failed(exc: UserError) -> None:
        messages.show_user_error(parent, exc, tr("The export could not be saved"))

    operations.Op(
        lambda state: write_xlsx(path, table),
        success=done,
        failure=failed,
        label=tr("Exporting…"),
        parent=parent,
    ).run()
