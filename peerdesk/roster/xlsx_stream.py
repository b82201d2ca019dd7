"""Excel workbooks (.xlsx, .xlsm) read row by row, and the check that says when that is needed.

python-calamine is ten times faster than any XML parse in Python, but it
allocates a sheet's whole bounding box (32 bytes a cell) and reserves the
shared-string count a file declares, so one stray cell at CV1048576 or a
``uniqueCount`` of four billion makes it ask for gigabytes and abort. Before
a workbook goes to calamine, :func:`calamine_is_safe` scans its parts as a
stream — cell references with a C-speed regex, declared counts from the
first bytes — and only a workbook whose bounding boxes are small goes there.
Any other is read here: a streaming XML parse that hands each row's filled
cells to a :class:`~peerdesk.roster.bounds.SheetRows` and keeps nothing else.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import PurePosixPath
from typing import IO
from xml.etree import ElementTree

from peerdesk.roster.bounds import MAX_CELL_CHARS, Budget, CellValue, SheetRows

SAFE_BOX_CELLS = 2_000_000
"""The largest bounding box (rows × columns) handed to calamine: 64 MB of its cells."""
SAFE_SHARED_STRINGS = 2_000_000
CHUNK = 4 * 1024 * 1024

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

_CELL_REF = re.compile(rb'<(?:[\w.-]+:)?c\s[^>]*?\br="([A-Z]{1,3})(\d{1,7})"')
_CELL_TAG = re.compile(rb"<(?:[\w.-]+:)?c[\s>/]")
_SST_TAG = re.compile(rb"<(?:[\w.-]+:)?sst\b")
_COUNT_ATTR = re.compile(rb'\b(?:unique)?[cC]ount="(\d+)"')
_REF = re.compile(r"([A-Z]{1,3})(\d{1,7})$")


def column_number(letters: str | bytes) -> int:
    """``A`` is 1, ``Z`` 26, ``AA`` 27."""
    number = 0
    for char in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        number = number * 26 + ord(char) - 64
    return number


def _max_column(letters: set[bytes]) -> int:
    return max((column_number(x) for x in letters), default=0)


def sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str, bool]]:
    """(name, part, hidden) for every worksheet, in the workbook's order."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in rels.iter(f"{_NS_PKG_REL}Relationship")
        if not rel.get("Type", "").endswith(("/chartsheet", "/dialogsheet", "/macrosheet"))
    }
    result: list[tuple[str, str, bool]] = []
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"))
        if not target:
            continue
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        hidden = sheet.get("state", "visible") != "visible"
        result.append((sheet.get("name", ""), part, hidden))
    return result


def shared_strings_part(archive: zipfile.ZipFile) -> str | None:
    """The shared-string table's part, as the workbook's relationships name it."""
    try:
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return None
    for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):
        if rel.get("Type", "").endswith("/sharedStrings"):
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def calamine_is_safe(archive: zipfile.ZipFile) -> bool:
    """Whether calamine can read this workbook without allocating far more than it holds."""
    members = {info.filename: info for info in archive.infolist()}
    for name, info in members.items():
        if not name.casefold().endswith("sharedstrings.xml"):
            continue
        with archive.open(info) as stream:
            head = stream.read(4096)
        start = _SST_TAG.search(head)
        tag_end = head.find(b">", start.end()) if start else -1
        if start is None or tag_end < 0:
            return False  # no table tag in its first kilobytes: not as Excel writes it
        for match in _COUNT_ATTR.finditer(head[start.start() : tag_end]):
            if int(match.group(1)) > SAFE_SHARED_STRINGS:
                return False
    parts = sheet_parts(archive)
    if any(part not in members for _name, part, _hidden in parts):
        return False
    return all(_sheet_is_small(archive, part) for _name, part, _hidden in parts)


def _sheet_is_small(archive: zipfile.ZipFile, part: str) -> bool:
    """Every cell has a reference and they all fit a small box (the ``<dimension>`` is ignored:
    calamine does not trust it either)."""
    bottom = right = 0
    tags = refs = 0
    tail = b""
    with archive.open(part) as stream:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            data = tail + chunk
            cut = data.rfind(b">") + 1
            data, tail = data[:cut], data[cut:]
            found = _CELL_REF.findall(data)
            tags += len(_CELL_TAG.findall(data))
            if found:
                refs += len(found)
                letters, numbers = zip(*found, strict=True)
                columns = {column_number(x) for x in set(letters)}
                bottom = max(bottom, *(int(n) for n in set(numbers)))
                right = max(right, *columns)
            if len(tail) > CHUNK:
                return False  # a tag longer than a chunk: nothing a normal sheet has
    if tags != refs:
        return False  # cells placed by position; only a full parse knows where they land
    if not refs:
        return True
    # calamine's rows start at A1 whatever is empty above and left of the data.
    return bottom * right <= SAFE_BOX_CELLS and bottom <= 1_048_576


# -- The streaming reader ---------------------------------------------------------------


class _Styles:
    """Which cell styles show a number as a date or a duration."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        # Imported here: openpyxl takes a tenth of a second to import, and most
        # workbooks never need this reader.
        from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

        self.dates: set[int] = set()
        self.durations: set[int] = set()
        try:
            root = ElementTree.fromstring(archive.read("xl/styles.xml"))
        except KeyError:
            return
        formats: dict[int, str] = dict(BUILTIN_FORMATS)
        for fmt in root.iter(f"{_NS_MAIN}numFmt"):
            try:
                formats[int(fmt.get("numFmtId", "-1"))] = fmt.get("formatCode", "")
            except ValueError:
                continue
        xfs = root.find(f"{_NS_MAIN}cellXfs")
        if xfs is None:
            return
        for index, xf in enumerate(xfs.iter(f"{_NS_MAIN}xf")):
            try:
                code = formats.get(int(xf.get("numFmtId", "0")), "")
            except ValueError:
                continue
            if code and is_timedelta_format(code):
                self.durations.add(index)
            elif code and is_date_format(code):
                self.dates.add(index)


def _shared_strings(archive: zipfile.ZipFile, budget: Budget) -> list[str]:
    """Every shared string, in order; past the file's text budget, the rest are empty."""
    part = shared_strings_part(archive) or "xl/sharedStrings.xml"
    try:
        info = archive.getinfo(part)
    except KeyError:
        return []
    strings: list[str] = []
    spent = 0
    with archive.open(info) as stream:
        for text in _texts(stream, f"{_NS_MAIN}si"):
            if spent > budget.text:
                text = ""
            spent += len(text)
            strings.append(text)
    return strings


def _texts(stream: IO[bytes], tag: str) -> Iterator[str]:
    """The text of each ``tag`` element (its ``<t>`` runs, phonetic guides left out)."""
    t_tag, phonetic = f"{_NS_MAIN}t", f"{_NS_MAIN}rPh"
    parent: ElementTree.Element | None = None
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        if event == "start":
            if parent is None and element.tag != tag:
                parent = element
            continue
        if element.tag == tag:
            yield _inline_text(element, t_tag, phonetic)
            if parent is not None:
                parent.clear()


def _inline_text(element: ElementTree.Element, t_tag: str, phonetic: str) -> str:
    parts: list[str] = []
    total = 0
    for child in element:
        if child.tag == t_tag:
            parts.append(child.text or "")
            total += len(parts[-1])
        elif child.tag != phonetic:
            for run in child.iter(t_tag):
                parts.append(run.text or "")
                total += len(parts[-1])
        if total > MAX_CELL_CHARS:
            break
    return "".join(parts)


def _from_serial(value: float, epoch: datetime) -> date | datetime | time:
    """Excel's day number as calamine gives it: to the millisecond, a date if whole."""
    span = timedelta(milliseconds=round(value * 86_400_000))
    if 0 <= value < 1:
        return (datetime(2000, 1, 1) + span).time()
    if value == int(value):
        return (epoch + span).date()
    return epoch + span


Merge = tuple[tuple[int, int], tuple[int, int]]
"""((top, left), (bottom, right)), 0-based, as calamine gives merged ranges."""


def _merge(ref: str) -> Merge | None:
    first, _colon, last = ref.partition(":")
    start, end = _REF.match(first), _REF.match(last)
    if start is None or end is None:
        return None
    return (
        (int(start.group(2)) - 1, column_number(start.group(1)) - 1),
        (int(end.group(2)) - 1, column_number(end.group(1)) - 1),
    )


class _SheetParser:
    def __init__(self, strings: list[str], styles: _Styles, date1904: bool) -> None:
        self.strings = strings
        self.styles = styles
        # Excel's day 60 is the 29th of February 1900 that never was.
        self.epoch = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
        self.c_tag, self.v_tag, self.is_tag = f"{_NS_MAIN}c", f"{_NS_MAIN}v", f"{_NS_MAIN}is"
        self.t_tag, self.rph_tag = f"{_NS_MAIN}t", f"{_NS_MAIN}rPh"

    def read(self, stream: IO[bytes], rows: SheetRows) -> list[Merge]:
        """Hand every row to ``rows``; returns the merged ranges (after the cells in a sheet)."""
        row_tag, data_tag = f"{_NS_MAIN}row", f"{_NS_MAIN}sheetData"
        merge_tag = f"{_NS_MAIN}mergeCell"
        sheet_data: ElementTree.Element | None = None
        merges: list[Merge] = []
        row_index = -1
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            if event == "start":
                if element.tag == data_tag:
                    sheet_data = element
                continue
            if element.tag == merge_tag and len(merges) < 10_000:
                merge = _merge(element.get("ref", ""))
                if merge is not None:
                    merges.append(merge)
                continue
            if element.tag != row_tag:
                continue
            number = element.get("r")
            row_index = int(number) - 1 if number and number.isdigit() else row_index + 1
            if 0 <= row_index < 1_048_576:
                rows.add_cells(row_index, self._cells(element, row_index))
            if sheet_data is not None:
                sheet_data.clear()
        return merges

    def _cells(self, row: ElementTree.Element, row_index: int) -> Iterator[tuple[int, CellValue]]:
        column = -1
        for cell in row.iter(self.c_tag):
            ref = cell.get("r")
            match = _REF.match(ref) if ref else None
            column = column_number(match.group(1)) - 1 if match else column + 1
            if column >= 16_384:
                return
            value = self._value(cell)
            if value != "":
                yield column, value

    def _value(self, cell: ElementTree.Element) -> CellValue:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(self.is_tag)
            return "" if inline is None else _inline_text(inline, self.t_tag, self.rph_tag)
        v = cell.find(self.v_tag)
        text = (v.text or "") if v is not None else ""
        if not text:
            return ""
        if kind == "s":
            index = int(text)
            return self.strings[index] if 0 <= index < len(self.strings) else ""
        if kind in ("str", "e"):
            return text
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "d":
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                return text
        number = float(text)
        style = int(cell.get("s", "0") or 0)
        if style in self.styles.dates and -1 < number < 2_958_466:
            return _from_serial(number, self.epoch)
        if style in self.styles.durations and abs(number) < 1e7:
            return timedelta(days=number)
        return number


def read_streaming(
    archive: zipfile.ZipFile, budget: Budget
) -> list[tuple[str, SheetRows, bool, list[Merge]]]:
    """(name, rows, hidden, merged ranges) for every worksheet, trusting no declared size."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    pr = workbook.find(f"{_NS_MAIN}workbookPr")
    date1904 = pr is not None and pr.get("date1904", "0") in ("1", "true")
    parser = _SheetParser(_shared_strings(archive, budget), _Styles(archive), date1904)
    result: list[tuple[str, SheetRows, bool, list[Merge]]] = []
    members = set(archive.namelist())
    for name, part, hidden in sheet_parts(archive):
        if part not in members:
            continue
        rows = SheetRows(name, budget)
        with archive.open(part) as stream:
            merges = parser.read(stream, rows)
        result.append((name, rows, hidden, merges))
    return result
