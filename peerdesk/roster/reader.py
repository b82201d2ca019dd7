"""Reading a roster file into plain rows of cell values, whatever its format.

Excel (.xlsx, .xlsm, .xls) and OpenDocument (.ods) files are read with
python-calamine, which is about ten times faster than openpyxl and reads the
values formulas last saved (nothing is evaluated). CSV and TSV files are
decoded (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252) and
their delimiter sniffed.

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
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

import python_calamine

from peerdesk.roster.errors import (
    CorruptFile,
    EmptyFile,
    FileNotReadable,
    NotASpreadsheet,
    PasswordProtected,
    UnknownSheet,
)

CellValue = str | int | float | bool | date | datetime | time | timedelta
"""What a cell holds; an empty cell is ``""``."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_FILE_BYTES = 512 * 1024 * 1024

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


def is_blank(row: list[CellValue]) -> bool:
    for value in row:
        if value != "" and not (isinstance(value, str) and not value.strip()):
            return False
    return True


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
        elif "content.xml" in members and _zip_read(archive, "mimetype").startswith(ODS_MIMETYPE):
            fmt, hidden = "ods", {}
        elif "word/document.xml" in members:
            raise NotASpreadsheet(name=name, reason="it is a Word document")
        elif "ppt/presentation.xml" in members:
            raise NotASpreadsheet(name=name, reason="it is a PowerPoint presentation")
        elif "content.xml" in members:
            raise NotASpreadsheet(name=name, reason="it is an OpenDocument file but not a sheet")
        else:
            raise NotASpreadsheet(name=name, reason="it is a zip archive")
    return _read_calamine(path, data, fmt, hidden)


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
    return _read_calamine(path, data, "xls", {})


def _read_calamine(
    path: Path, data: bytes, fmt: str, hidden: dict[str, frozenset[int]]
) -> Workbook:
    name = path.name
    try:
        if path.suffix.casefold() in _SUFFIXES[fmt]:
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


_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xlsm": (".xlsm", ".xlsx"), "xls": (".xls",),
             "ods": (".ods",)}  # fmt: skip


def _calamine_sheets(
    path: Path, source: Path, fmt: str, hidden: dict[str, frozenset[int]]
) -> Workbook:
    book = python_calamine.CalamineWorkbook.from_path(str(source))
    sheets: list[Sheet] = []
    try:
        for meta in book.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                continue
            calamine_sheet = book.get_sheet_by_name(meta.name)
            rows: list[list[CellValue]] = calamine_sheet.to_python(skip_empty_area=False)
            _fill_vertical_merges(rows, calamine_sheet.merged_cell_ranges or [])
            sheets.append(
                Sheet(
                    name=meta.name,
                    rows=rows,
                    hidden_columns=hidden.get(meta.name, frozenset()),
                    hidden=meta.visible != python_calamine.SheetVisibleEnum.Visible,
                )
            )
    finally:
        book.close()
    return Workbook(path=path, format=fmt, sheets=sheets)


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
            if left < len(row) and row[left] == "":
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


def sniff_delimiter(text: str) -> str:
    """``,`` ``;`` or tab: the one that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in (",", ";", "\t"):
        counts = [_count_outside_quotes(line, delimiter) for line in lines]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        consistency = counts.count(common) / len(counts)
        score = consistency * 10 + min(common, 50) / 50
        if common and score > best_score:
            best, best_score = delimiter, score
    return best


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _read_text(path: Path, data: bytes) -> Workbook:
    name = path.name
    is_utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not is_utf16 and b"\0" in data[:8192]:
        raise NotASpreadsheet(name=name, reason="it is not a text or spreadsheet file")
    text, encoding = decode_text(data)
    if "\0" in text:
        raise NotASpreadsheet(name=name, reason="it is not a text or spreadsheet file")
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise CorruptFile(name=name, reason="it is named like a workbook but holds plain text")
    delimiter = "\t" if suffix == ".tsv" else sniff_delimiter(text)
    try:
        rows: list[list[CellValue]] = [
            list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error:
        raise CorruptFile(name=name, reason="its lines could not be split into cells") from None
    comma = dot = 0
    for row in rows[:2000]:
        for value in row:
            if isinstance(value, str):
                if _COMMA_DECIMAL.match(value):
                    comma += 1
                elif _DOT_DECIMAL.match(value):
                    dot += 1
    decimal_comma = delimiter != "," and comma > dot
    sheet = Sheet(name=path.stem or name, rows=rows)
    return Workbook(
        path=path,
        format="csv",
        sheets=[sheet],
        encoding=encoding,
        delimiter=delimiter,
        decimal_comma=decimal_comma,
    )
