"""Text that a spreadsheet will show as text, never run as a formula.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
may be run as a formula when a CSV or workbook is opened in a spreadsheet
(CSV injection). PeerDesk writes such text with a leading apostrophe in CSV
files and as a quote-prefixed text cell in workbooks.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula."""
    return text.startswith(FORMULA_START)


def csv_safe(text: str) -> str:
    """Spreadsheet-safe text for a CSV cell: a leading apostrophe where it looks like a formula."""
    return "'" + text if looks_like_formula(text) else text
