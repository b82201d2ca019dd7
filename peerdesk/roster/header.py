"""Finding the header row under titles, notes and merged title cells.

A header row is a row of short, distinct texts — ideally ones that name
roster fields — followed by rows of data. Titles and notes have one filled
cell (a merged title keeps its text in the first cell only), and a row that
holds an email address, a number or a date is data, never a header.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from peerdesk.roster.mapping import match_field
from peerdesk.roster.reader import CellValue, Sheet, is_blank

SCAN_ROWS = 40
_EMAIL_LIKE = re.compile(r"^\S+@\S+\.\S+$")
_NUMBER_LIKE = re.compile(r"^[-+]?[\d\s.,]+$")
_TOTALS = re.compile(
    r"^\s*(grand\s+|sub\s*-?\s*)?(totals?|sum|count|gesamt|summe|somme|suma|totaal|"
    r"sous[\s-]?total|insgesamt)\b",
    re.IGNORECASE,
)


def _looks_like_data(value: CellValue) -> bool:
    if isinstance(value, bool | int | float | date | datetime | time | timedelta):
        return True
    text = str(value).strip()
    return bool(_EMAIL_LIKE.match(text) or _NUMBER_LIKE.match(text))


def header_score(row: list[CellValue]) -> float | None:
    """How much a row looks like a header; None if it cannot be one."""
    texts = [str(v).strip() for v in row if v != "" and str(v).strip()]
    if not texts:
        return None
    if any(_looks_like_data(v) for v in row if v != "" and str(v).strip()):
        return None
    # A paragraph is not a column title, but a form's long question or consent text can
    # head one column of a real header row: it neither counts nor disqualifies the row.
    texts = [t for t in texts if len(t) <= 250]
    if not texts:
        return None
    known = sum(1 for t in texts if match_field(t) is not None)
    distinct = len({t.casefold() for t in texts})
    if distinct < 2 and known == 0:
        return None
    return known * 3 + distinct


def find_header_row(sheet: Sheet) -> int | None:
    """The 0-based index of the header row, or None if the sheet has none."""
    best: tuple[float, int] | None = None
    seen = 0
    for index, row in enumerate(sheet.rows):
        if is_blank(row):
            continue
        seen += 1
        if seen > SCAN_ROWS:
            break
        score = header_score(row)
        if score is None:
            continue
        if not _has_data_below(sheet, index):
            score -= 1.5
        if best is None or score > best[0]:
            best = (score, index)
    return None if best is None else best[1]


def _has_data_below(sheet: Sheet, index: int) -> bool:
    for row in sheet.rows[index + 1 : index + 4]:
        if sum(1 for v in row if v != "" and str(v).strip()) >= 1:
            return True
    return False


def header_texts(sheet: Sheet, header_index: int) -> list[str]:
    """The header's text for every column of the sheet (empty for untitled columns)."""
    row = sheet.rows[header_index] if header_index < len(sheet.rows) else []
    texts = [_header_text(v) for v in row]
    texts.extend([""] * (sheet.width - len(texts)))
    return texts


def _header_text(value: CellValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def is_totals_row(row: list[CellValue], filled_columns: int) -> bool:
    """A "Total: 42" or "Sum | 42" row under the people: few cells, one saying total."""
    limit = max(3, filled_columns // 2)
    filled = 0
    says_total = False
    for value in row:
        if value == "":
            continue
        if isinstance(value, str):
            if not value.strip():
                continue
            says_total = says_total or _TOTALS.match(value) is not None
        filled += 1
        if filled > limit:
            return False
    return says_total
