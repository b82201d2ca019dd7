"""The Pairs table: a model over the program's pairs (ids plus a row cache) and its filter.

Rows come from :func:`peerdesk.documents.pairs.list_pairs`, read on the worker.
Searching matches mentor and mentee names without regard to case or accents
("jose" finds "José"); the status filter shows one status. Sorting goes by
keys made once per row, not by the text shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from peerdesk.documents.pairs import PairInfo
from peerdesk.enums import PairOutcome, PairStatus
from peerdesk.people.names import folded
from peerdesk.scores import score_text
from ui.filtering import refilter
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the pair id of a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DATE_FORMAT = "d MMM yyyy"  # "10 Mar 2025": month names in the user's language

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class Column(IntEnum):
    MENTOR = 0
    MENTEE = 1
    STATUS = 2
    SCORE = 3
    STARTED = 4
    SIGNED = 5


def column_titles(reciprocal: bool = False) -> dict[Column, str]:
    return {
        Column.MENTOR: tr("Peer") if reciprocal else tr("Mentor"),
        Column.MENTEE: tr("Peer") if reciprocal else tr("Mentee"),
        Column.STATUS: tr("Status"),
        Column.SCORE: tr("Score"),
        Column.STARTED: tr("Started"),
        Column.SIGNED: tr("Agreement signed"),
    }


def status_labels() -> dict[PairStatus, str]:
    return {
        PairStatus.PROPOSED: tr("Proposed"),
        PairStatus.ACTIVE: tr("Active"),
        PairStatus.PAUSED: tr("Paused"),
        PairStatus.ENDED: tr("Ended"),
    }


def status_word(status: PairStatus, outcome: PairOutcome | None) -> str:
    """A pair's or a circle's status in words; an ended one says how it ended."""
    if status == PairStatus.ENDED:
        if outcome == PairOutcome.COMPLETED:
            return tr("Completed")
        if outcome == PairOutcome.ENDED_EARLY:
            return tr("Ended early")
    return status_labels()[status]


def status_text(pair: PairInfo) -> str:
    return status_word(pair.status, pair.outcome)


STATUS_ORDER = {
    PairStatus.ACTIVE: 0,
    PairStatus.PAUSED: 1,
    PairStatus.PROPOSED: 2,
    PairStatus.ENDED: 3,
}


@dataclass(frozen=True, slots=True)
class PairRow:
    pair: PairInfo
    search: str

    @property
    def id(self) -> int:
        return self.pair.id


def make_rows(pairs: list[PairInfo]) -> list[PairRow]:
    return [PairRow(p, folded(f"{p.mentor.name}\n{p.mentee.name}")) for p in pairs]


def _qdate(day: date | None) -> QDate | None:
    return None if day is None else QDate(day.year, day.month, day.day)


def date_text(locale: QLocale, day: date | None) -> str:
    """A table's date in the locale's words ('' for none)."""
    shown = _qdate(day)
    return "" if shown is None else locale.toString(shown, DATE_FORMAT)


class PairsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PairRow] = []
        self.reciprocal = False
        self._titles = column_titles()
        self._locale = QLocale()

    def set_rows(self, rows: list[PairRow], reciprocal: bool = False) -> None:
        self.beginResetModel()
        self.rows = rows
        self.reciprocal = reciprocal
        self._titles = column_titles(reciprocal)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[Column(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.SCORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _date(self, day: date | None) -> str:
        return date_text(self._locale, day)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        pair = self.rows[index.row()].pair
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pair, column)
        if role == ID_ROLE:
            return pair.id
        if role == SORT_ROLE:
            return self.sort_key(pair, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.SIGNED:
                return self._signed_tip(pair)
            if column in (Column.MENTOR, Column.MENTEE):
                party = pair.mentor if column == Column.MENTOR else pair.mentee
                return "\n".join(v for v in (party.name, party.email, party.phone) if v)
        return None

    def _signed_tip(self, pair: PairInfo) -> str | None:
        """Whether it is signed, and when its agreement was last printed or saved."""
        lines = []
        if pair.agreement_signed_on is None:
            lines.append(tr("Not signed yet: print the agreement, then mark it signed."))
        if pair.printed_at is not None:
            day = pair.printed_at.astimezone().date()
            lines.append(
                tr("Agreement last printed or saved on {date}.").format(date=self._date(day))
            )
        return "\n".join(lines) or None

    def _display(self, pair: PairInfo, column: Column) -> str:
        if column == Column.MENTOR:
            return pair.mentor.name
        if column == Column.MENTEE:
            return pair.mentee.name
        if column == Column.STATUS:
            return status_text(pair)
        if column == Column.SCORE:
            return score_text(pair.score)
        if column == Column.STARTED:
            return self._date(pair.started_on)
        if pair.agreement_signed_on is None:
            return tr("Not yet") if pair.status != PairStatus.ENDED else ""
        return self._date(pair.agreement_signed_on)

    def sort_key(self, pair: PairInfo, column: Column) -> Any:
        if column == Column.MENTOR:
            return folded(pair.mentor.name)
        if column == Column.MENTEE:
            return folded(pair.mentee.name)
        if column == Column.STATUS:
            return STATUS_ORDER[pair.status]
        if column == Column.SCORE:
            return -1.0 if pair.score is None else pair.score
        day = pair.started_on if column == Column.STARTED else pair.agreement_signed_on
        return "" if day is None else day.isoformat()

    def row_of(self, pair_id: int) -> int:
        for n, row in enumerate(self.rows):
            if row.id == pair_id:
                return n
        return -1


class PairsProxy(QSortFilterProxyModel):
    """Search by name (accents and case ignored) and one status ("completed" is its own)."""

    COMPLETED = "completed"

    def __init__(self, source: PairsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._status: str | None = None

    def set_search(self, text: str) -> None:
        words = folded(text).split()
        refilter(self, lambda: setattr(self, "_words", words))

    def set_status(self, status: str | None) -> None:
        """A :class:`PairStatus` value, :attr:`COMPLETED`, or None for every pair."""
        refilter(self, lambda: setattr(self, "_status", status))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.source.rows[source_row]
        if self._status is not None:
            if self._status == self.COMPLETED:
                if not row.pair.completed:
                    return False
            elif row.pair.status.value != self._status:
                return False
        return all(word in row.search for word in self._words)

    def pair_id_at(self, row: int) -> int:
        """The pair id of the row shown at ``row``."""
        return self.source.rows[self.mapToSource(self.index(row, 0)).row()].id

    def pair_ids(self) -> list[int]:
        """The ids of the rows shown, in the order shown."""
        return [self.pair_id_at(r) for r in range(self.rowCount())]

    def in_view_order(self, pair_ids: Iterable[int]) -> list[int]:
        """``pair_ids`` in the order the table shows its rows; a row the search or the
        status filter hides goes where it would be shown. (Sorting is stable, as Qt's.)"""
        wanted = set(pair_ids)
        rows = [row for row in self.source.rows if row.id in wanted]
        column = self.sortColumn()
        if 0 <= column < len(Column):
            rows.sort(
                key=lambda row: self.source.sort_key(row.pair, Column(column)),
                reverse=self.sortOrder() == Qt.SortOrder.DescendingOrder,
            )
        return [row.id for row in rows]
