"""Which dropped or chosen files are rosters: decided by their name, before reading them.

Kept free of the import core so that the main window can check a drag as it
enters without loading the spreadsheet readers.
"""

from __future__ import annotations

from pathlib import Path

from ui.qt import QCoreApplication, QMimeData

ROSTER_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv")


def roster_filter() -> str:
    """The file dialog's filter: rosters first, then anything (the reader checks the bytes)."""
    patterns = " ".join(f"*{s}" for s in ROSTER_SUFFIXES)
    rosters = QCoreApplication.translate("importer", "Rosters ({patterns})").format(
        patterns=patterns
    )
    anything = QCoreApplication.translate("importer", "All files (*)")
    return f"{rosters};;{anything}"


def is_roster_name(path: Path) -> bool:
    return path.suffix.lower() in ROSTER_SUFFIXES


def dropped_roster(mime: QMimeData | None) -> Path | None:
    """The one local roster file being dragged, or None (several files, or not a roster)."""
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if is_roster_name(path) else None
