"""The Circles table: a model over the program's circles (ids plus a row cache).

Rows are read on the worker (:func:`ui.circles.data.load_circles`); statuses,
dates and the signed column are shown as the Pairs table shows a pair's, with
the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from peerdesk.enums import PairOutcome, PairStatus
from peerdesk.scores import score_text
from ui.pairs.model import STATUS_ORDER, date_text, folded, status_word
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class CircleRow:
    """A circle as the table shows it."""

    id: int
    name: str
    status: PairStatus
    score: float | None
    started_on: date | None
    ended_on: date | None
    outcome: PairOutcome | None
    end_reason: str | None
    signed_on: date | None
    leaders: tuple[tuple[int, str], ...]  # (participant id, name)
    members: tuple[tuple[int, str], ...]

    @property
    def people(self) -> tuple[tuple[int, str], ...]:
        return self.leaders + self.members


class Column(IntEnum):
    NAME = 0
    LEADERS = 1
    MEMBERS = 2
    STATUS = 3
    SCORE = 4
    STARTED = 5
    SIGNED = 6


def column_titles() -> dict[Column, str]:
    return {
        Column.NAME: tr("Circle"),
        Column.LEADERS: tr("Led by"),
        Column.MEMBERS: tr("Members"),
        Column.STATUS: tr("Status"),
        Column.SCORE: tr("Fit"),
        Column.STARTED: tr("Started"),
        Column.SIGNED: tr("Agreement signed"),
    }


def circle_status_text(row: CircleRow) -> str:
    return status_word(row.status, row.outcome)


class CirclesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CircleRow] = []
        self._titles = column_titles()
        self._locale = QLocale()

    def set_rows(self, rows: list[CircleRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(Column)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self._titles[Column(section)]
        return None

    def _date(self, day: date | None) -> str:
        return date_text(self._locale, day)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.LEADERS, Column.MEMBERS):
            people = row.leaders if column == Column.LEADERS else row.members
            return "\n".join(name for _id, name in people)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATUS and row.end_reason:
            return row.end_reason
        return None

    def _display(self, row: CircleRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column in (Column.LEADERS, Column.MEMBERS):
            people = row.leaders if column == Column.LEADERS else row.members
            return ", ".join(name for _id, name in people)
        if column == Column.STATUS:
            return circle_status_text(row)
        if column == Column.SCORE:
            return score_text(row.score)
        if column == Column.STARTED:
            return self._date(row.started_on)
        if row.signed_on is None:
            return tr("Not yet") if row.status != PairStatus.ENDED else ""
        return self._date(row.signed_on)

    def sort_key(self, row: CircleRow, column: Column) -> Any:
        if column == Column.NAME:  # "Circle 2" before "Circle 10"
            return re.sub(r"\d+", lambda m: m.group().zfill(12), folded(row.name))
        if column in (Column.LEADERS, Column.MEMBERS):
            return folded(self._display(row, column))
        if column == Column.STATUS:
            return STATUS_ORDER[row.status]
        if column == Column.SCORE:
            return -1.0 if row.score is None else row.score
        day = row.started_on if column == Column.STARTED else row.signed_on
        return "" if day is None else day.isoformat()

    def row_of(self, circle_id: int) -> int:
        for n, row in enumerate(self.rows):
            if row.id == circle_id:
                return n
        return -1
