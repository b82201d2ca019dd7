"""The matching audit as an Excel workbook: one or more runs side by side.

Sheets: *Modes* (per objective: pairs, total, lowest, median, lowest-decile
score, pairs below the poor-match line, wishes honoured), *Groups* (the
average score by group of every categorical column, with the sentence when a
group is well below the others) and *Pairs* (every suggested pair with its
score). Built with the export helpers (:mod:`peerdesk.exports.cells`): typed
cells, styled frozen headers, no text that a spreadsheet could run; written
atomically (:func:`peerdesk.output_files.write_file`).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from peerdesk import output_files
from peerdesk.exports.cells import DECIMAL_FORMAT, Column, SheetWriter
from peerdesk.exports.workbook import WorkbookLocked
from peerdesk.matching.suggest import Suggestions

MODE_COLUMNS = (
    Column("Mode"),
    Column("Pairs"),
    Column("Total score", number_format=DECIMAL_FORMAT),
    Column("Lowest", number_format=DECIMAL_FORMAT),
    Column("Median", number_format=DECIMAL_FORMAT),
    Column("Lowest tenth (average)", number_format=DECIMAL_FORMAT),
    Column("Below the poor-match line"),
    Column("Poor-match line", number_format=DECIMAL_FORMAT),
    Column("Wishes honoured"),
    Column("Wishes given"),
)
GROUP_COLUMNS = (
    Column("Mode"),
    Column("Column"),
    Column("Group"),
    Column("Average score", number_format=DECIMAL_FORMAT),
    Column("Note", width=60),
)
PAIR_COLUMNS = (
    Column("Mode"),
    Column("Mentee"),
    Column("Mentor"),
    Column("Score", number_format=DECIMAL_FORMAT),
)


def _mode_rows(results: Sequence[Suggestions], words: Mapping[str, str]) -> list[list[Any]]:
    rows = []
    for result in results:
        a = result.audit
        if a is None:
            continue
        rows.append([
            words.get(result.objective.value, result.objective.value), a.pairs, a.total,
            a.lowest, a.median, a.lowest_decile, a.below_line, a.line, a.wishes_honoured,
            a.wishes,
        ])  # fmt: skip
    return rows


def build_audit(
    results: Sequence[Suggestions], stream: io.BytesIO, words: Mapping[str, str]
) -> None:
    """Write the audit workbook of ``results`` to ``stream``; ``words`` names each mode."""
    book = Workbook(write_only=True)
    SheetWriter(book, "Modes").table(MODE_COLUMNS, _mode_rows(results, words))
    groups: list[list[Any]] = []
    for result in results:
        mode = words.get(result.objective.value, result.objective.value)
        for gap in result.audit.groups if result.audit else []:
            for group, average in gap.averages.items():
                note = gap.sentence if group == gap.low_group else ""
                groups.append([mode, gap.column, group, average, note])
    SheetWriter(book, "Groups").table(GROUP_COLUMNS, groups)
    pairs: list[list[Any]] = []
    for result in results:
        mode = words.get(result.objective.value, result.objective.value)
        pairs.extend([mode, p.mentee_name, p.mentor_name, p.score] for p in result.pairs)
    SheetWriter(book, "Pairs").table(PAIR_COLUMNS, pairs)
    book.save(stream)


def export_audit(
    results: Sequence[Suggestions],
    out: Path | str,
    words: Mapping[str, str],
    *,
    overwrite: bool = False,
) -> Path:
    """Write the audit workbook to ``out``; refuses an existing file unless ``overwrite``."""
    out = Path(out).expanduser()
    output_files.check_targets([out], overwrite=overwrite)
    stream = io.BytesIO()
    build_audit(results, stream, words)
    return output_files.write_file(
        out, stream.getvalue(), overwrite=overwrite, locked=WorkbookLocked
    )
