"""The workbook's Measures sheet: one row per measure, retention figure and practice check.

Each row: what kind of figure, its name, its value as a number (a share as a
percentage cell, a length in months, a count), the unit, how many it rests on,
the period's first and last day as dates, the reference figure beside it and
its source, how it was computed, and a note (why there is no value, or a check's
pass / attention). A figure with nothing to measure has an empty value cell and
its reason in the note, never a zero. Early closures are followed by a row for each
reason they closed for. Figures come from
:func:`peerdesk.evaluation.measures.load_evidence`, as on every other report.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook

from peerdesk.evaluation.checks import PracticeCheck
from peerdesk.exports.cells import PERCENT_FORMAT, Column, SheetWriter, formatted

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.evaluation.measures import Evidence, Measure, Period

TITLE = "Measures"
DATE_FORMAT = "yyyy-mm-dd"
LENGTH_FORMAT = "0.0"
COLUMNS = (
    Column("Kind", 15),
    Column("Measure", 62),
    Column("Value", 10),
    Column("Unit", 22),
    Column("n", 7),
    Column("Period from", 12, DATE_FORMAT),
    Column("Period to", 12, DATE_FORMAT),
    Column("Reference", 11),
    Column("Reference source", 50),
    Column("How computed", 90),
    Column("Note", 50),
)
ONE_DECIMAL = ("months", "meetings per match-month")
KINDS = {"measure": "Match measure", "retention": "Retention", "check": "Practice check"}


def _value(ws: Any, value: float | None, unit: str) -> Any:
    if value is None:
        return None
    if unit == "%":
        return formatted(ws, value / 100, PERCENT_FORMAT)
    if unit in ONE_DECIMAL or not float(value).is_integer():
        return formatted(ws, value, LENGTH_FORMAT)  # 2.0 months beside 6.6 months
    return int(value)


def _row(ws: Any, period: Period, kind: str, item: Measure | PracticeCheck) -> list[Any]:
    if isinstance(item, PracticeCheck):
        name, how, reference = f"{item.stage.label}: {item.name}", item.sentence, None
        note = f"{item.status}; {item.note}" if item.note else item.status
    else:
        name, how, reference, note = item.name, item.how, item.reference, item.note
    return [
        KINDS[kind], name, _value(ws, item.value, item.unit), item.unit, item.n,
        period.start, period.end,
        None if reference is None else _value(ws, reference.value, item.unit),
        None if reference is None else reference.source,
        how, note or None,
    ]  # fmt: skip


def write_measures_sheet(book: Workbook, evidence: Evidence) -> int:
    """The Measures sheet from evidence already computed; returns its number of rows."""
    writer = SheetWriter(book, TITLE)
    ws, period = writer.ws, evidence.period
    rows = []
    for measure in evidence.measures.measures:
        rows.append(_row(ws, period, "measure", measure))
        if measure.unit != "%":  # the count's breakdown (early closures by reason), once
            rows += [
                [
                    KINDS["measure"], f"{measure.name}: {part.label}", part.count, measure.unit,
                    measure.n, period.start, period.end, None, None,
                    f"Of the line above: {part.label.lower()}.", None,
                ]
                for part in measure.breakdown
            ]  # fmt: skip
    rows += [_row(ws, period, "retention", m) for m in evidence.retention]
    rows += [_row(ws, period, "check", c) for c in evidence.checks]
    return writer.table(COLUMNS, rows, label=TITLE)


def measures_sheet(book: Workbook, db: Database, program_id: int, today: date) -> int:
    """The Measures sheet for the program's cycle, as of ``today``."""
    from peerdesk.evaluation.measures import load_evidence

    return write_measures_sheet(book, load_evidence(db, program_id, today=today))
