"""Legacy Excel files (.xls) made safe for calamine before it reads them.

calamine allocates an .xls sheet's whole bounding box, so one stray cell at
IV65536 below twenty people costs over a gigabyte and many seconds. There is
no streaming reader for the binary format here; instead this module finds the
cells of each sheet by walking its records (as they lie in the file's OLE
container) and, when a few cells sit far below everything else, blanks those
records in a copy of the file — same length, so every offset in the file
stays right — and lowers the sheet's declared dimensions to match. The
coordinator gets the same note as for any other format.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from peerdesk.roster.bounds import STRAY_CELLS, STRAY_GAP, cell_name
from peerdesk.roster.xlsx_stream import SAFE_BOX_CELLS

_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_VALUE_RECORDS = {0x0203, 0x0204, 0x0205, 0x0006, 0x00FD, 0x027E, 0x00D6}
_BLANK_RECORDS = {0x0201}
_MULTI_RECORDS = {0x00BD: False, 0x00BE: True}  # MULRK (values), MULBLANK (blanks)
_IGNORED_RECORD = 0x0868  # a "future" record type that readers skip
_DIMENSIONS = 0x0200
_BOF, _EOF, _BOUNDSHEET = 0x0809, 0x000A, 0x0085


@dataclass
class _Sheet:
    name: str
    cells: dict[int, list[tuple[int, int, int, bool]]] = field(default_factory=dict)
    """Row → (record position, first column, last column, blank) for each cell record."""
    dimensions: int | None = None


class _Stream:
    """The Workbook stream of an OLE container, with where each of its bytes lies in the file."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        (sector_shift,) = struct.unpack_from("<H", data, 30)
        self.size: int = 1 << int(sector_shift)
        fat_sectors = list(struct.unpack_from("<109I", data, 76))
        next_difat, difat_count = struct.unpack_from("<II", data, 68)
        per_sector = self.size // 4
        for _ in range(min(difat_count, 10_000)):
            if next_difat >= _END_OF_CHAIN:
                break
            entries = struct.unpack_from(f"<{per_sector}I", data, self._offset(next_difat))
            fat_sectors.extend(entries[:-1])
            next_difat = entries[-1]
        self.fat: list[int] = []
        for sector in fat_sectors:
            if sector >= _END_OF_CHAIN:
                continue
            self.fat.extend(struct.unpack_from(f"<{per_sector}I", data, self._offset(sector)))
        (first_directory,) = struct.unpack_from("<I", data, 48)
        (self.cutoff,) = struct.unpack_from("<I", data, 56)
        directory = b"".join(data[o : o + self.size] for o in self._chain(first_directory))
        self.sectors: list[int] = []  # the file offset of each of the stream's sectors
        self.stream = b""
        for start in range(0, len(directory) - 127, 128):
            entry = directory[start : start + 128]
            (length,) = struct.unpack_from("<H", entry, 64)
            name = entry[: max(0, length - 2)].decode("utf-16-le", "replace")
            if name in ("Workbook", "Book") and entry[66] == 2:
                first, size = struct.unpack_from("<II", entry, 116)
                if size < self.cutoff:
                    return  # in the mini stream: small enough to need no guarding
                self.sectors = self._chain(first)
                self.stream = b"".join(data[o : o + self.size] for o in self.sectors)[:size]
                return

    def _offset(self, sector: int) -> int:
        return (sector + 1) * self.size

    def _chain(self, sector: int) -> list[int]:
        offsets: list[int] = []
        seen: set[int] = set()
        while sector < len(self.fat) and sector not in seen and len(offsets) < 1_000_000:
            seen.add(sector)
            offsets.append(self._offset(sector))
            sector = self.fat[sector]
        return offsets

    def file_offset(self, position: int) -> int:
        return self.sectors[position // self.size] + position % self.size


def _records(stream: bytes) -> list[tuple[int, int, int]]:
    """(position, type, length) of every record."""
    found: list[tuple[int, int, int]] = []
    position = 0
    while position + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, position)
        found.append((position, kind, length))
        position += 4 + length
    return found


def _sheets(stream: bytes) -> list[_Sheet]:
    names: list[str] = []
    sheets: list[_Sheet] = []
    current: _Sheet | None = None
    depth = 0
    for position, kind, length in _records(stream):
        body = stream[position + 4 : position + 4 + length]
        if kind == _BOF:
            depth += 1
            if depth == 1 and len(body) >= 4 and struct.unpack_from("<H", body, 2)[0] == 0x0010:
                index = len(sheets)
                current = _Sheet(names[index] if index < len(names) else f"Sheet{index + 1}")
                sheets.append(current)
        elif kind == _EOF:
            depth = max(0, depth - 1)
            if depth == 0:
                current = None
        elif kind == _BOUNDSHEET and len(body) >= 8:
            count, flags = body[6], body[7]
            text = body[8:]
            names.append(
                text[: count * 2].decode("utf-16-le", "replace")
                if flags & 1
                else text[:count].decode("latin-1")
            )
        elif current is None or len(body) < 4:
            continue
        elif kind == _DIMENSIONS:
            current.dimensions = position
        elif kind in _VALUE_RECORDS or kind in _BLANK_RECORDS or kind in _MULTI_RECORDS:
            row, column = struct.unpack_from("<HH", body, 0)
            last = column
            if kind in _MULTI_RECORDS and len(body) >= 6:
                (last,) = struct.unpack_from("<H", body, len(body) - 2)
            blank = kind in _BLANK_RECORDS or _MULTI_RECORDS.get(kind, False)
            current.cells.setdefault(row, []).append((position, column, last, blank))
    return sheets


def _box(sheet: _Sheet) -> int:
    if not sheet.cells:
        return 0
    right = max(last for cells in sheet.cells.values() for _p, _c, last, _b in cells)
    return (max(sheet.cells) + 1) * (right + 1)


def _strays(sheet: _Sheet) -> tuple[list[int], list[tuple[int, int]]]:
    """Rows to blank (after the last long gap, few cells) and the filled cells among them."""
    rows = sorted(sheet.cells)
    dropped: list[int] = []
    filled: list[tuple[int, int]] = []
    while len(rows) >= 2:
        cut = len(rows) - 1
        while cut > 0 and rows[cut] - rows[cut - 1] <= STRAY_GAP:
            cut -= 1
        if cut == 0:
            break
        tail = rows[cut:]
        values = [
            (row, column)
            for row in tail
            for _p, column, last, blank in sheet.cells[row]
            if not blank
            for column in range(column, last + 1)
        ]
        if len(values) > STRAY_CELLS:
            break
        dropped.extend(tail)
        filled.extend(values)
        del rows[cut:]
    return dropped, filled


def guard(data: bytes) -> tuple[bytes, list[str]]:
    """``data`` with far stray cells blanked (and notes saying so), or as it was."""
    try:
        return _guard(data)
    except (struct.error, IndexError, ValueError, KeyError):
        return data, []  # damaged: calamine will say so, in the child process


def _guard(data: bytes) -> tuple[bytes, list[str]]:
    stream = _Stream(data)
    sheets = _sheets(stream.stream) if stream.stream else []
    patched = bytearray(data)
    notes: list[str] = []
    for sheet in sheets:
        if _box(sheet) <= SAFE_BOX_CELLS:
            continue
        dropped, filled = _strays(sheet)
        if not dropped:
            continue
        for row in dropped:
            for position, _column, _last, _blank in sheet.cells.pop(row):
                for offset, byte in enumerate(struct.pack("<H", _IGNORED_RECORD)):
                    patched[stream.file_offset(position + offset)] = byte
        if sheet.dimensions is not None and sheet.cells:
            right = max(last for cells in sheet.cells.values() for _p, _c, last, _b in cells)
            values = struct.pack("<IIHH", 0, max(sheet.cells) + 1, 0, right + 1)
            for offset, byte in enumerate(values):
                patched[stream.file_offset(sheet.dimensions + 4 + offset)] = byte
        if filled:
            read = len(sheet.cells)
            where = ", ".join(cell_name(row, column) for row, column in filled)
            notes.append(
                f"The sheet “{sheet.name}” has {'a cell' if len(filled) == 1 else 'cells'} at "
                f"{where}, far below the rest; PeerDesk read the {read:,} rows above and "
                "ignored the empty rest."
            )
    return bytes(patched), notes
