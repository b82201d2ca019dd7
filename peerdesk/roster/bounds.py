"""What one import may read, and the rows of a sheet gathered within those limits.

A spreadsheet's declared size and its farthest stray cell must not decide how
much is read or kept. Every reader hands its rows, one at a time, to a
:class:`SheetRows`, which keeps a row only up to its last filled cell, never
stores runs of empty rows (they all share one empty row), cuts what goes past
the limits below, and words a note for everything it left out, so that no
row disappears without the coordinator being told.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

CellValue = str | int | float | bool | date | datetime | time | timedelta
"""What a cell holds; an empty cell is ``""``."""

MAX_ROWS = 25_000
"""Filled rows read from one sheet: ten times the largest program PeerDesk is made for."""
MAX_COLUMNS = 1_024
MAX_CELL_CHARS = 32_767
"""Excel's own limit for one cell; a longer text is cut there."""
MAX_CELLS = 2_000_000
"""Filled cells read from one file, all sheets together."""
MAX_TEXT_CHARS = 32_000_000
"""Characters of text read from one file, all sheets together."""
STRAY_GAP = 1_000
"""Empty rows after which a few far-away cells count as strays, not data."""
STRAY_CELLS = 3

EMPTY_ROW: list[CellValue] = []
"""The one row every empty row is; never changed (code that edits a row copies it first)."""


def is_empty(value: CellValue) -> bool:
    return value == "" or (isinstance(value, str) and not value.strip())


def is_blank(row: Sequence[CellValue]) -> bool:
    for value in row:
        if value != "" and not (isinstance(value, str) and not value.strip()):
            return False
    return True


def column_letters(column: int) -> str:
    """``A`` for column 0, ``AA`` for 26, ``XFD`` for 16,383 (no openpyxl: the reader's child
    process starts faster without it)."""
    number, letters = column + 1, ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row_index: int, column: int) -> str:
    """``CV1048576`` for 0-based row and column indexes."""
    return f"{column_letters(min(column, 16_383))}{row_index + 1}"


@dataclass
class Budget:
    """What is left to read of one file, shared by its sheets."""

    cells: int = MAX_CELLS
    text: int = MAX_TEXT_CHARS
    cut_cells: int = 0

    @property
    def spent(self) -> bool:
        return self.cells <= 0 or self.text <= 0


@dataclass
class Unread:
    """Filled rows of a sheet that a limit left unread: how many, and where they were."""

    count: int = 0
    first: int = 0  # spreadsheet row numbers, 1-based
    last: int = 0
    reason: str = ""

    def add(self, row_number: int, reason: str) -> None:
        if not self.count:
            self.first, self.reason = row_number, reason
        self.count += 1
        self.last = row_number


@dataclass
class SheetRows:
    """One sheet's rows as they are read, kept within the limits."""

    name: str
    budget: Budget
    kept: list[tuple[int, list[CellValue]]] = field(default_factory=list)
    unread: Unread = field(default_factory=Unread)
    notes: list[str] = field(default_factory=list)
    wide_cell: tuple[int, int] | None = None  # the first filled cell past MAX_COLUMNS

    def add(self, row_index: int, values: Iterable[CellValue]) -> None:
        """Row ``row_index`` (0-based), its cells from column A; empty cells are ``""``."""
        row: list[CellValue] = []
        budget = self.budget
        last_filled = -1
        for column, value in enumerate(values):
            if column >= MAX_COLUMNS:
                if not is_empty(value) and self.wide_cell is None:
                    self.wide_cell = (row_index, column)
                continue
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                value = value[:MAX_CELL_CHARS]
                budget.cut_cells += 1
            row.append(value)
            if not is_empty(value):
                last_filled = column
        self.add_row(row_index, row[: last_filled + 1])

    def add_cells(self, row_index: int, cells: Iterable[tuple[int, CellValue]]) -> None:
        """Row ``row_index`` from (column, value) pairs in any order, gaps left out."""
        placed: dict[int, CellValue] = {}
        for column, value in cells:
            if column >= MAX_COLUMNS:
                if not is_empty(value) and self.wide_cell is None:
                    self.wide_cell = (row_index, column)
                continue
            if not is_empty(value):
                placed[column] = value
        if not placed:
            return
        row: list[CellValue] = [""] * (max(placed) + 1)
        for column, value in placed.items():
            row[column] = value
        self.add(row_index, row)

    def add_repeated(self, row_index: int, values: list[CellValue], count: int) -> None:
        """The same row ``count`` times from ``row_index`` on (an .ods repeated row)."""
        kept, unread = len(self.kept), self.unread.count
        self.add(row_index, values)
        done = 1
        if len(self.kept) > kept:
            row = self.kept[-1][1]
            while done < count and len(self.kept) < MAX_ROWS and not self.budget.spent:
                self.add_row(row_index + done, list(row))
                done += 1
            if done < count:
                self.add_row(row_index + done, row)  # over a limit: counted, with the reason
                done += 1
        if self.unread.count > unread and done < count:
            self.unread.count += count - done
            self.unread.last = row_index + count

    def add_row(self, row_index: int, row: list[CellValue]) -> None:
        """A row already cut to its last filled cell (an empty list for an empty row)."""
        if not row:
            return
        budget = self.budget
        if len(self.kept) >= MAX_ROWS:
            self.unread.add(row_index + 1, f"PeerDesk reads at most {MAX_ROWS:,} rows of a sheet")
            return
        if budget.spent:
            self.unread.add(row_index + 1, "the file holds more than PeerDesk reads at once")
            return
        budget.cells -= len(row)
        budget.text -= sum(len(v) for v in row if isinstance(v, str))
        self.kept.append((row_index, row))

    def finish(self) -> list[list[CellValue]]:
        """The rows, numbered as the spreadsheet numbers them (``rows[0]`` is row 1)."""
        self._put_in_order()
        self._drop_strays()
        rows: list[list[CellValue]] = []
        for index, row in self.kept:
            if index > len(rows):
                rows.extend([EMPTY_ROW] * (index - len(rows)))
            rows.append(row)
        if self.wide_cell is not None:
            self.notes.append(
                f"The sheet “{self.name}” has a cell at {cell_name(*self.wide_cell)}; PeerDesk "
                f"read its first {MAX_COLUMNS:,} columns and ignored the rest."
            )
        if self.unread.count:
            self.notes.append(
                f"The sheet “{self.name}” has {self.unread.count:,} more filled rows "
                f"(rows {self.unread.first:,}–{self.unread.last:,}) that were not read: "
                f"{self.unread.reason}."
            )
        return rows

    def _put_in_order(self) -> None:
        """Rows a file lists out of order go in place; a row it lists twice is read once."""
        if all(a[0] < b[0] for a, b in zip(self.kept, self.kept[1:], strict=False)):
            return
        self.kept.sort(key=lambda item: item[0])  # stable: the first of two stays first
        unique: list[tuple[int, list[CellValue]]] = []
        twice: list[int] = []
        for index, row in self.kept:
            if unique and unique[-1][0] == index:
                twice.append(index + 1)
                continue
            unique.append((index, row))
        self.kept = unique
        if twice:
            listed = ", ".join(f"{n:,}" for n in twice[:5]) + ("…" if len(twice) > 5 else "")
            self.notes.append(
                f"The sheet “{self.name}” lists {'row' if len(twice) == 1 else 'rows'} {listed} "
                "more than once; PeerDesk read the first of each."
            )

    def _drop_strays(self) -> None:
        """A few cells far below everything else (a keystroke after Ctrl+Down) are not data."""
        while len(self.kept) >= 2:
            cut = len(self.kept) - 1
            while cut > 0 and self.kept[cut][0] - self.kept[cut - 1][0] <= STRAY_GAP:
                cut -= 1
            if cut == 0:
                return
            tail = self.kept[cut:]
            filled = [
                (index, column)
                for index, row in tail
                for column, value in enumerate(row)
                if not is_empty(value)
            ]
            if len(filled) > STRAY_CELLS:
                return
            del self.kept[cut:]
            where = ", ".join(cell_name(*cell) for cell in filled)
            read = sum(1 for _index, row in self.kept if row)
            self.notes.append(
                f"The sheet “{self.name}” has {'a cell' if len(filled) == 1 else 'cells'} at "
                f"{where}, far below the rest; PeerDesk read the {read:,} rows above and "
                "ignored the empty rest."
            )
