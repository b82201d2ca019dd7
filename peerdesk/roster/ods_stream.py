"""OpenDocument sheets (.ods) read row by row.

An .ods file says "this row, a million times" with ``number-rows-repeated``
and "this cell, sixteen thousand times" with ``number-columns-repeated``;
LibreOffice writes both for the empty rest of every sheet. Readers that
expand them run out of memory (or deadlock), so this one never does: empty
repeats only move the position, and a filled row or cell is repeated only
as far as the limits in :mod:`peerdesk.roster.bounds` allow.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime, time, timedelta
from typing import IO
from xml.etree import ElementTree

from peerdesk.roster.bounds import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    Budget,
    CellValue,
    SheetRows,
    is_empty,
)

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"

_DURATION = re.compile(r"^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$")
MAX_ROW = 1_048_576


def _repeat(element: ElementTree.Element, attribute: str) -> int:
    text = element.get(attribute, "1")
    return max(1, min(int(text), 1 << 24)) if text.isdigit() else 1


def _paragraph_text(element: ElementTree.Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * min(_repeat(child, f"{_TEXT}c"), 1000))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag != f"{_OFFICE}annotation":
            _paragraph_text(child, parts)
        if child.tail:
            parts.append(child.tail)


def _cell_text(cell: ElementTree.Element) -> str:
    paragraphs: list[str] = []
    for paragraph in cell.iter(f"{_TEXT}p"):
        parts: list[str] = []
        _paragraph_text(paragraph, parts)
        paragraphs.append("".join(parts))
        if sum(len(p) for p in paragraphs) > MAX_CELL_CHARS:
            break
    return "\n".join(paragraphs)


def _duration(text: str) -> timedelta | time | str:
    match = _DURATION.match(text)
    if not match:
        return text
    days, hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    span = timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    if text.startswith("-"):
        return -span
    if span < timedelta(days=1):
        return (datetime(2000, 1, 1) + span).time()
    return span


def cell_value(cell: ElementTree.Element) -> CellValue:
    kind = cell.get(f"{_OFFICE}value-type")
    if kind in ("float", "percentage", "currency"):
        try:
            return float(cell.get(f"{_OFFICE}value", ""))
        except ValueError:
            return _cell_text(cell)
    if kind == "date":
        text = cell.get(f"{_OFFICE}date-value", "")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return _cell_text(cell)
        return moment.date() if len(text) <= 10 else moment
    if kind == "time":
        return _duration(cell.get(f"{_OFFICE}time-value", ""))
    if kind == "boolean":
        return cell.get(f"{_OFFICE}boolean-value", "") in ("true", "1")
    return _cell_text(cell)


class _OdsParser:
    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.hidden_styles: set[str] = set()
        self.sheets: list[tuple[str, SheetRows, bool, frozenset[int]]] = []

    def read(self, stream: IO[bytes]) -> None:
        stack: list[ElementTree.Element] = []
        rows: SheetRows | None = None
        row_index = 0
        hidden_columns: set[int] = set()
        column_index = 0
        table, row_tag, column_tag = f"{_TABLE}table", f"{_TABLE}table-row", f"{_TABLE}table-column"
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            if event == "start":
                stack.append(element)
                if element.tag == table:
                    rows = SheetRows(element.get(f"{_TABLE}name", ""), self.budget)
                    row_index, column_index, hidden_columns = 0, 0, set()
                continue
            stack.pop()
            tag = element.tag
            if tag == f"{_STYLE}style":
                self._style(element)
            elif tag == column_tag:
                count = _repeat(element, f"{_TABLE}number-columns-repeated")
                if element.get(f"{_TABLE}visibility", "visible") != "visible":
                    hidden_columns.update(
                        range(column_index, min(column_index + count, MAX_COLUMNS))
                    )
                column_index += count
            elif tag == row_tag and rows is not None:
                count = _repeat(element, f"{_TABLE}number-rows-repeated")
                if row_index < MAX_ROW:
                    cells = self._cells(element)
                    if cells:
                        rows.add_repeated(row_index, cells, min(count, MAX_ROW - row_index))
                row_index += count
                if stack:
                    stack[-1].remove(element)
                continue
            elif tag == table and rows is not None:
                hidden = element.get(f"{_TABLE}style-name", "") in self.hidden_styles
                self.sheets.append((rows.name, rows, hidden, frozenset(hidden_columns)))
                rows = None
            if tag in (table, f"{_OFFICE}automatic-styles") and stack:
                stack[-1].remove(element)

    def _style(self, element: ElementTree.Element) -> None:
        if element.get(f"{_STYLE}family") != "table":
            return
        properties = element.find(f"{_STYLE}table-properties")
        if properties is not None and properties.get(f"{_TABLE}display") == "false":
            self.hidden_styles.add(element.get(f"{_STYLE}name", ""))

    def _cells(self, row: ElementTree.Element) -> list[CellValue]:
        """The row's cells from column A, cut after the last filled one."""
        values: list[CellValue] = []
        kept = 0
        for cell in row:
            if cell.tag not in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                continue
            count = _repeat(cell, f"{_TABLE}number-columns-repeated")
            value = cell_value(cell)
            if is_empty(value):
                if len(values) + count > MAX_COLUMNS:
                    break
                values.extend([""] * count)
                continue
            values.extend([value] * min(count, MAX_COLUMNS + 1 - len(values)))
            kept = len(values)
            if kept > MAX_COLUMNS:
                break
        return values[:kept]


def read_ods(
    archive: zipfile.ZipFile, budget: Budget
) -> list[tuple[str, SheetRows, bool, frozenset[int]]]:
    """(name, rows, hidden, hidden columns) for every sheet of the document."""
    parser = _OdsParser(budget)
    with archive.open("content.xml") as stream:
        parser.read(stream)
    return parser.sheets
