"""Cells no spreadsheet can misread, and the sheet writer that lays out a table.

No text can become a formula: a value that starts with ``=``, ``+``, ``-`` or
``@`` (or a tab or carriage return) is written as a text cell with Excel's
"quote prefix", so Excel, LibreOffice and Google Sheets all show it as typed
and never run it. Characters XML cannot hold (stray control characters from
an import) become spaces rather than a failed export.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from peerdesk.progress import Progress
from peerdesk.spreadsheet_text import FORMULA_START

# Text that needs a closer look: it starts like a formula or holds a character XML can't.
_RISKY = re.compile("^[" + re.escape("".join(FORMULA_START)) + r"]|[\000-\010\013\014\016-\037]")
SAMPLE_ROWS = 200  # rows looked at to size a column
MIN_WIDTH, MAX_WIDTH = 8.0, 60.0

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="2F6690", end_color="2F6690")
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
HEADER_BORDER = Border(bottom=Side(style="thin", color="1C2430"))
SECTION_FONT = Font(bold=True, size=12, color="2F6690")
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0%"
DECIMAL_FORMAT = "0.00"
P_FORMAT = "0.0000"


@dataclass(frozen=True)
class Column:
    title: str
    width: float | None = None  # None: sized from the header and the first rows
    number_format: str | None = None  # for the whole column (dates, percents)


# -- cells --------------------------------------------------------------------------------


def safe_text(ws: WriteOnlyWorksheet, text: str) -> str | WriteOnlyCell:
    """``text`` as a cell no spreadsheet will run: formula-looking text gets a text cell."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub(" ", text)
    if text and text[0] in FORMULA_START:
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"  # openpyxl would read "=…" as a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        return cell
    return text


def formatted(ws: WriteOnlyWorksheet, value: Any, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


@cache
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_time(stamp: str | None, zone: str | None = None) -> datetime | None:
    """Stored UTC text as the wall-clock time where it happened (Excel has no time zones)."""
    if not stamp:
        return None
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(_zone(zone)) if zone else moment.astimezone()
    return local.replace(tzinfo=None)


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _width(value: Any) -> float:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 11
    if isinstance(value, float):
        return min(len(f"{value:.2f}"), 12)
    text = str(value)
    longest = max((len(line) for line in text.split("\n")), default=0)
    return longest * 1.1 + 2


# -- writing a sheet ----------------------------------------------------------------------


class SheetWriter:
    """Writes one sheet: the styled header, rows with their cell types, filters, widths."""

    def __init__(self, book: Workbook, title: str, progress: Progress | None = None) -> None:
        self.ws: WriteOnlyWorksheet = book.create_sheet(title)
        self.progress = progress
        self.rows_written = 0

    def _header(self, columns: Sequence[Column]) -> list[WriteOnlyCell]:
        cells = []
        for column in columns:
            cell = WriteOnlyCell(self.ws, value=column.title)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment, cell.border = HEADER_ALIGN, HEADER_BORDER
            cells.append(cell)
        return cells

    def table(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        *,
        label: str = "",
        total: int | None = None,
    ) -> int:
        """The sheet as one table; returns its number of data rows."""
        ws = self.ws
        source = iter(rows)
        sample = list(itertools.islice(source, SAMPLE_ROWS))
        for index, column in enumerate(columns):
            width = column.width
            if width is None:
                width = max([len(column.title) * 1.15 + 3] + [_width(r[index]) for r in sample])
            ws.column_dimensions[get_column_letter(index + 1)].width = max(
                MIN_WIDTH, min(MAX_WIDTH, width)
            )
        ws.freeze_panes = "A2"
        ws.append(self._header(columns))
        # One cell per formatted column, reused row after row: openpyxl writes each cell
        # as soon as it is handed over, so a date column costs no new objects.
        formats: list[tuple[int, WriteOnlyCell]] = []
        for i, column in enumerate(columns):
            if column.number_format:
                template = WriteOnlyCell(ws)
                template.number_format = column.number_format
                formats.append((i, template))
        texts = [i for i, c in enumerate(columns) if not c.number_format]
        count = 0
        append = ws.append
        risky = _RISKY.search
        for row in itertools.chain(sample, source):
            values = list(row)
            for i in texts:
                value = values[i]
                if value.__class__ is str and risky(value):
                    values[i] = safe_text(ws, value)
            for i, template in formats:
                value = values[i]
                if value is not None:
                    template.value = value
                    values[i] = template
            append(values)
            count += 1
            if self.progress is not None and count % 5000 == 0:
                self.progress.check()
                self.progress.set_progress(count, total, f"{label}: {count:,} rows")
        last = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last}{count + 1}"
        self.rows_written = count
        return count
