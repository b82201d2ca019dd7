"""Text that a spreadsheet will show as text, never run as a formula; CSV files Excel reads.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
may be run as a formula when a CSV or workbook is opened in a spreadsheet
(CSV injection). PeerDesk writes such text with a leading apostrophe in CSV
files and as a quote-prefixed text cell in workbooks.

Every CSV file PeerDesk writes comes from :func:`csv_bytes`: UTF-8 with a
byte-order mark (without it Excel reads the file in the system's old code page
and shows "JosÃ©" for "José"), CRLF line ends (as RFC 4180 and Excel on
Windows expect), and — an option — semicolons between columns with decimal
commas, which is what Excel reads by double-click wherever the decimal
separator is a comma (most of Europe and Latin America).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
CRLF = "\r\n"

Cell = str | int | float | Decimal | None


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula."""
    return text.startswith(FORMULA_START)


def csv_safe(text: str) -> str:
    """Spreadsheet-safe text for a CSV cell: a leading apostrophe where it looks like a formula."""
    return "'" + text if looks_like_formula(text) else text


def _cell(value: Cell, semicolons: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_safe(value)
    text = str(value)  # a number: never a formula, written as a number
    return text.replace(".", ",") if semicolons else text


def csv_text(
    rows: Iterable[Sequence[Cell]], *, semicolons: bool = False, line_end: str = CRLF
) -> str:
    """The rows as CSV text; text made spreadsheet-safe, numbers kept as numbers (with a
    decimal comma when the columns are separated by semicolons). ``line_end`` "\\n" is
    for a terminal, whose text stream makes its own line ends."""
    buffer = io.StringIO(newline="")
    delimiter = ";" if semicolons else ","
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line_end)
    writer.writerows([_cell(value, semicolons) for value in row] for row in rows)
    return buffer.getvalue()


def csv_bytes(rows: Iterable[Sequence[Cell]], *, semicolons: bool = False) -> bytes:
    """A whole CSV file: :func:`csv_text` in UTF-8 after a byte-order mark."""
    return (BOM + csv_text(rows, semicolons=semicolons)).encode("utf-8")
