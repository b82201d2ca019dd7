"""Reading a roster file into plain rows of cell values, whatever its format.

Excel files (.xlsx, .xlsm, .xls) are read with python-calamine, which is
about ten times faster than openpyxl and reads the values formulas last saved
(nothing is evaluated) — an .xlsx only once :mod:`~peerdesk.roster.xlsx_stream`
has checked that calamine will not allocate far more than the file holds, and
otherwise by that module's streaming reader; an .xls once
:mod:`~peerdesk.roster.xls_guard` has blanked cells stranded far below the
rest. OpenDocument sheets (.ods) are read by :mod:`~peerdesk.roster.ods_stream`.
CSV and TSV files are decoded
(UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and their
delimiter chosen by splitting whole records. Whatever the format, rows pass
through :class:`~peerdesk.roster.bounds.SheetRows`, which bounds what is kept
and notes what was left out. Native readers can still abort on a malformed
file: :mod:`peerdesk.roster.sandbox` runs this module in a child process.

The file's type is decided from its first bytes, not its name, so that a
renamed file is still read correctly and a non-spreadsheet gets a clear
message. Rows keep the spreadsheet's own numbering: ``rows[0]`` is row 1, and
column 0 is column A, whatever is empty above or left of the data.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

import python_calamine

from peerdesk.roster import ods_stream, xls_guard, xlsx_stream
from peerdesk.roster.bounds import (
    Budget,
    CellValue,
    SheetRows,
    Unread,
    is_blank,
)
from peerdesk.roster.errors import (
    CorruptFile,
    EmptyFile,
    FileNotReadable,
    NotASpreadsheet,
    PasswordProtected,
    UnknownSheet,
)

__all__ = ["CellValue", "Sheet", "Workbook", "is_blank", "read_workbook"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_TEXT_BYTES = 48 * 1024 * 1024
"""A text file is read whole; a roster as text is a few megabytes at most."""

# Names of streams inside an OLE container, as they appear in its directory.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_WORKBOOK_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le") + b"\0\0")
_WORD_STREAM = "WordDocument".encode("utf-16-le")

log = logging.getLogger(__name__)

# What reading a damaged zip member can raise (a bad entry, bad deflate data, bad XML).
_ZIP_ERRORS = (
    KeyError,
    ValueError,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,  # an encrypted zip member
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    ElementTree.ParseError,
)

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass
class Sheet:
    """One sheet's cells, numbered as the spreadsheet numbers them."""

    name: str
    rows: list[list[CellValue]]
    hidden_columns: frozenset[int] = frozenset()
    hidden: bool = False
    notes: list[str] = field(default_factory=list)
    unread: Unread = field(default_factory=Unread)
    """Filled rows a limit left unread (counted, not kept)."""

    @cached_property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    @cached_property
    def row_count(self) -> int:
        """Rows with anything in them (a title and a header row count too)."""
        return sum(1 for row in self.rows if not is_blank(row))

    def cell(self, row_index: int, column: int) -> CellValue:
        if row_index >= len(self.rows):
            return ""
        row = self.rows[row_index]
        return row[column] if column < len(row) else ""


@dataclass
class Workbook:
    path: Path
    format: str  # "xlsx", "xlsm", "xls", "ods", "csv"
    sheets: list[Sheet]
    encoding: str | None = None
    delimiter: str | None = None
    decimal_comma: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    def all_notes(self) -> list[str]:
        """What reading left out or changed, for the preview and the summary."""
        return [*self.notes, *(note for sheet in self.sheets for note in sheet.notes)]

    def sheet(self, name: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        for sheet in self.sheets:
            if sheet.name.casefold() == name.strip().casefold():
                return sheet
        raise UnknownSheet(
            name=self.name, sheet=name, sheets=", ".join(f"“{s.name}”" for s in self.sheets)
        )


def _sheet(
    rows: SheetRows,
    hidden_columns: frozenset[int] = frozenset(),
    hidden: bool = False,
    merges: list[tuple[tuple[int, int], tuple[int, int]]] | None = None,
) -> Sheet:
    cells = rows.finish()
    if merges:
        _fill_vertical_merges(cells, merges)
    return Sheet(
        name=rows.name,
        rows=cells,
        hidden_columns=hidden_columns,
        hidden=hidden,
        notes=rows.notes,
        unread=rows.unread,
    )


def _budget_notes(workbook: Workbook, budget: Budget) -> Workbook:
    if budget.cut_cells:
        workbook.notes.append(
            f"{budget.cut_cells:,} cells hold more than 32,767 characters (Excel's limit); "
            "PeerDesk kept their first 32,767."
        )
    return workbook


def read_workbook(path: Path | str) -> Workbook:
    """Read every sheet of ``path``; raises a :class:`RosterFileError` if it cannot."""
    path = Path(path)
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise NotASpreadsheet(name=name, reason="it is far too large for a roster")
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileNotReadable(name=name, reason="the file does not exist") from None
    except IsADirectoryError:
        raise NotASpreadsheet(name=name, reason="it is a folder") from None
    except PermissionError:
        raise FileNotReadable(name=name, reason="PeerDesk is not allowed to read it") from None
    except OSError as exc:
        raise FileNotReadable(
            name=name, reason=exc.strerror or "the disk reported an error"
        ) from exc
    if not data.strip():
        raise EmptyFile(name=name, reason="the file is empty")
    if data.startswith((ZIP_MAGIC, b"PK\x05\x06")):
        workbook = _read_zip(path, data)
    elif data.startswith(OLE_MAGIC):
        workbook = _read_ole(path, data)
    elif data.startswith(b"%PDF"):
        raise NotASpreadsheet(name=name, reason="it is a PDF document")
    else:
        workbook = _read_text(path, data)
    if not workbook.sheets or all(sheet.row_count == 0 for sheet in workbook.sheets):
        raise EmptyFile(name=name, reason="every sheet is blank")
    return workbook


# -- Excel and OpenDocument -------------------------------------------------------------


def _read_zip(path: Path, data: bytes) -> Workbook:
    name = path.name
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = set(archive.namelist())
    except _ZIP_ERRORS:
        raise CorruptFile(
            name=name, reason="the file is cut short or its contents are damaged"
        ) from None
    with archive:
        if "xl/workbook.xml" in members or "xl/workbook.bin" in members:
            if "xl/workbook.bin" in members:
                raise NotASpreadsheet(
                    name=name, reason="it is a binary Excel workbook (.xlsb); save it as .xlsx"
                )
            fmt = "xlsm" if "xl/vbaProject.bin" in members else "xlsx"
            hidden = _hidden_columns(archive)
            try:
                safe = xlsx_stream.calamine_is_safe(archive)
            except _ZIP_ERRORS:
                raise CorruptFile(name=name, reason="its contents could not be read") from None

            def streamed(budget: Budget) -> list[Sheet]:
                return _xlsx_sheets(archive, budget, hidden)

            if not safe:
                log.info("a large or unusual %s sheet: reading it row by row", fmt)
                return _read_parts(path, fmt, streamed)
            try:
                return _read_calamine(path, data, fmt, hidden)
            except CorruptFile:
                # calamine gave up on (or panicked over) this file: the streaming reader
                # may still read it. Per file, so the next file is calamine's again.
                log.info("calamine could not read a %s file: reading it row by row", fmt)
                return _read_parts(path, fmt, streamed)
        elif "content.xml" in members and _zip_read(archive, "mimetype").startswith(ODS_MIMETYPE):
            return _read_parts(path, "ods", lambda budget: _ods_sheets(archive, budget))
        elif "word/document.xml" in members:
            raise NotASpreadsheet(name=name, reason="it is a Word document")
        elif "ppt/presentation.xml" in members:
            raise NotASpreadsheet(name=name, reason="it is a PowerPoint presentation")
        elif "content.xml" in members:
            raise NotASpreadsheet(name=name, reason="it is an OpenDocument file but not a sheet")
        else:
            raise NotASpreadsheet(name=name, reason="it is a zip archive")
    return _read_calamine(path, data, fmt, hidden)


def _read_parts(path: Path, fmt: str, read: Callable[[Budget], list[Sheet]]) -> Workbook:
    """Read with one of PeerDesk's own streaming readers; damage becomes a CorruptFile."""
    budget = Budget()
    try:
        sheets = read(budget)
    except (*_ZIP_ERRORS, IndexError, TypeError, AttributeError, OverflowError):
        log.warning("a %s file could not be parsed", fmt, exc_info=True)
        raise CorruptFile(name=path.name, reason="its contents could not be read") from None
    return _budget_notes(Workbook(path=path, format=fmt, sheets=sheets), budget)


def _xlsx_sheets(
    archive: zipfile.ZipFile, budget: Budget, hidden: dict[str, frozenset[int]]
) -> list[Sheet]:
    return [
        _sheet(rows, hidden.get(name, frozenset()), hidden_sheet, merges)
        for name, rows, hidden_sheet, merges in xlsx_stream.read_streaming(archive, budget)
    ]


def _ods_sheets(archive: zipfile.ZipFile, budget: Budget) -> list[Sheet]:
    return [
        _sheet(rows, hidden_columns, hidden_sheet)
        for _name, rows, hidden_sheet, hidden_columns in ods_stream.read_ods(archive, budget)
    ]


def _zip_read(archive: zipfile.ZipFile, member: str) -> bytes:
    try:
        return archive.read(member)
    except _ZIP_ERRORS:
        return b""


def _read_ole(path: Path, data: bytes) -> Workbook:
    name = path.name
    if _ENCRYPTED_PACKAGE in data:
        raise PasswordProtected(name=name)
    if not any(stream in data for stream in _WORKBOOK_STREAMS):
        if _WORD_STREAM in data:
            raise NotASpreadsheet(name=name, reason="it is a Word document")
        raise NotASpreadsheet(name=name, reason="it is an Office file but not a workbook")
    guarded, notes = xls_guard.guard(data)
    workbook = _read_calamine(path, guarded, "xls", {}, from_copy=guarded != data)
    workbook.notes[:0] = notes
    return workbook


def _read_calamine(
    path: Path, data: bytes, fmt: str, hidden: dict[str, frozenset[int]], from_copy: bool = False
) -> Workbook:
    """Read with calamine; ``from_copy``: read ``data`` (changed from the file) from a copy."""
    name = path.name
    try:
        if path.suffix.casefold() in _SUFFIXES[fmt] and not from_copy:
            return _calamine_sheets(path, path, fmt, hidden)
        # python-calamine picks its reader from the file name's extension (reading from
        # memory it guesses, and then reports a password-protected .xls only as an
        # unknown format), so a file whose name does not match its contents is read
        # through a temporary copy with the right extension.
        with tempfile.TemporaryDirectory(
            prefix="peerdesk-roster-", ignore_cleanup_errors=True
        ) as folder:
            copy = Path(folder) / f"roster{_SUFFIXES[fmt][0]}"
            copy.write_bytes(data)
            return _calamine_sheets(path, copy, fmt, hidden)
    except python_calamine.PasswordError:
        raise PasswordProtected(name=name) from None
    except python_calamine.CalamineError:
        raise CorruptFile(name=name, reason="its contents could not be read") from None
    except OSError as exc:
        raise FileNotReadable(
            name=name, reason=exc.strerror or "the disk reported an error"
        ) from exc
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException:
        # python-calamine's parser panics (a BaseException raised from Rust) on some
        # damaged files instead of raising CalamineError. Whatever it is, the bytes of
        # this file could not be parsed: tell the user so rather than crash.
        log.warning("spreadsheet parser failed on a %s file", fmt, exc_info=True)
        raise CorruptFile(name=name, reason="its contents could not be read") from None


_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xlsm": (".xlsm", ".xlsx"), "xls": (".xls",)}


def _calamine_sheets(
    path: Path, source: Path, fmt: str, hidden: dict[str, frozenset[int]]
) -> Workbook:
    book = python_calamine.CalamineWorkbook.from_path(str(source))
    sheets: list[Sheet] = []
    budget = Budget()
    try:
        for meta in book.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                continue
            calamine_sheet = book.get_sheet_by_name(meta.name)
            rows = SheetRows(meta.name, budget)
            # Only a small box reaches here (xlsx_stream.calamine_is_safe), or an .xls,
            # whose format caps a sheet at 65,536 × 256 cells.
            for index, row in enumerate(calamine_sheet.to_python(skip_empty_area=False)):
                rows.add(index, row)
            sheets.append(
                _sheet(
                    rows,
                    hidden.get(meta.name, frozenset()),
                    meta.visible != python_calamine.SheetVisibleEnum.Visible,
                    calamine_sheet.merged_cell_ranges or [],
                )
            )
    finally:
        book.close()
    return _budget_notes(Workbook(path=path, format=fmt, sheets=sheets), budget)


def _fill_vertical_merges(
    rows: list[list[CellValue]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    """A value merged down several rows (a department beside its people) belongs to each."""
    for (top, left), (bottom, _right) in ranges:
        if bottom <= top or top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for index in range(top + 1, min(bottom, len(rows) - 1) + 1):
            row = rows[index]
            if is_blank(row):
                continue  # the merge runs past the people: nothing to fill
            if left >= len(row):
                row.extend([""] * (left + 1 - len(row)))
            if row[left] == "":
                row[left] = value


def _hidden_columns(archive: zipfile.ZipFile) -> dict[str, frozenset[int]]:
    """Hidden columns per sheet name, from each sheet's ``<cols>`` (read up to its data only).

    Best effort: a workbook whose parts cannot be followed simply shows no hidden columns.
    """
    result: dict[str, frozenset[int]] = {}
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except _ZIP_ERRORS:
        return result
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_NS_PKG_REL}Relationship")
    }
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"))
        if not target:
            continue
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        hidden: set[int] = set()
        try:
            with archive.open(part) as stream:
                for _event, element in ElementTree.iterparse(stream, events=("start",)):
                    if element.tag == f"{_NS_MAIN}sheetData":
                        break
                    if element.tag == f"{_NS_MAIN}col" and element.get("hidden") in ("1", "true"):
                        first, last = int(element.get("min", "0")), int(element.get("max", "0"))
                        # Hiding columns to the sheet's far edge hides nothing we read.
                        hidden.update(range(first - 1, min(last, first + 1000)))
        except _ZIP_ERRORS:
            continue
        result[sheet.get("name", "")] = frozenset(hidden)
    return result


# -- CSV and TSV ------------------------------------------------------------------------

_COMMA_DECIMAL = re.compile(r"^[-+]?\d+,\d+$")
_DOT_DECIMAL = re.compile(r"^[-+]?\d+\.\d+$")


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined: Latin-1 reads every byte.
        return data.decode("latin-1"), "latin-1"


DELIMITERS = (",", ";", "\t", "|")
SNIFF_RECORDS = 500


def sniff_delimiter(text: str) -> str:
    """``,`` ``;`` tab or ``|``: the one whose whole records have one consistent width.

    Records, not lines: a quoted cell may hold line breaks, and a first line that
    is one long quoted paragraph says nothing about the delimiter. Each candidate
    splits the first records as the csv module would; a candidate that gives most
    records the same number of cells (more than one) wins, and a comma wins ties.
    """
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in DELIMITERS:
        widths: list[int] = []
        try:
            for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in record):
                    widths.append(len(record))
                if len(widths) >= SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        consistency = widths.count(common) / len(widths)
        score = (common > 1, round(consistency, 2), min(common, 100))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(path: Path, data: bytes) -> Workbook:
    name = path.name
    is_utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not is_utf16 and b"\0" in data[:8192]:
        raise NotASpreadsheet(name=name, reason="it is not a text or spreadsheet file")
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise CorruptFile(name=name, reason="it is named like a workbook but holds plain text")
    if len(data) > MAX_TEXT_BYTES:
        raise NotASpreadsheet(name=name, reason="it is far too large for a roster")
    text, encoding = decode_text(data)
    del data
    if "\0" in text:
        raise NotASpreadsheet(name=name, reason="it is not a text or spreadsheet file")
    delimiter = "\t" if suffix == ".tsv" else sniff_delimiter(text)
    budget = Budget()
    gathered = SheetRows(path.stem or name, budget)
    try:
        # Records, not lines, are rows: row 3 is the third record, as a spreadsheet shows it.
        for index, record in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ):
            gathered.add(index, record)
    except csv.Error:
        raise CorruptFile(name=name, reason="its lines could not be split into cells") from None
    del text
    rows = gathered.finish()
    comma = dot = 0
    for row in rows[:2000]:
        for value in row:
            if isinstance(value, str):
                if _COMMA_DECIMAL.match(value):
                    comma += 1
                elif _DOT_DECIMAL.match(value):
                    dot += 1
    decimal_comma = delimiter != "," and comma > dot
    sheet = Sheet(name=gathered.name, rows=rows, notes=gathered.notes, unread=gathered.unread)
    workbook = Workbook(
        path=path,
        format="csv",
        sheets=[sheet],
        encoding=encoding,
        delimiter=delimiter,
        decimal_comma=decimal_comma,
    )
    return _budget_notes(workbook, budget)
