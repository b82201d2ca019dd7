"""The Check-ins screen's tables: recent responses, pairs, goals and questions.

Each is a :class:`QAbstractTableModel` over rows read on the worker (ids plus
a row cache); the responses and pairs tables sit behind a
:class:`QSortFilterProxyModel` for searching by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from peerdesk.documents.pairs import PairInfo
from peerdesk.enums import AnswerType, PairOutcome, PairStatus, SurveyKind
from peerdesk.pairs.goals import GoalRow
from peerdesk.surveys.questions import QuestionRow
from peerdesk.surveys.responses import ResponseRow
from ui.filtering import refilter
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def kind_labels() -> dict[SurveyKind, str]:
    return {
        SurveyKind.PRE: tr("Pre-program assessment"),
        SurveyKind.CHECKIN: tr("Check-in"),
        SurveyKind.POST: tr("Post-program assessment"),
        SurveyKind.CLOSING: tr("Closing survey"),
    }


def answer_labels() -> dict[AnswerType, str]:
    return {
        AnswerType.LIKERT: tr("Agree–disagree (1–5)"),
        AnswerType.YES_NO: tr("Yes or no"),
        AnswerType.NUMBER: tr("Number"),
        AnswerType.TEXT: tr("Free text"),
    }


def pair_status_text(pair: PairInfo) -> str:
    if pair.status == PairStatus.ENDED:
        return tr("Completed") if pair.outcome == PairOutcome.COMPLETED else tr("Ended early")
    return {
        PairStatus.ACTIVE: tr("Active"),
        PairStatus.PAUSED: tr("Paused"),
        PairStatus.PROPOSED: tr("Proposed"),
    }[pair.status]


def day_text(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def moment_text(moment: datetime) -> str:
    """An aware moment in the computer's local time, as the user's language writes it."""
    local = moment.astimezone().replace(tzinfo=None)
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(shown, "d MMM yyyy, HH:mm")


@dataclass(frozen=True)
class ColumnSpec(Generic[T]):
    title: str
    show: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    right: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of rows, each with an id."""

    def __init__(
        self, columns: Sequence[ColumnSpec[T]], row_id: Callable[[T], int], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.row_id = row_id
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(row)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == SORT_ROLE:
            return (column.sort or column.show)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return RIGHT
        return None

    def row_of(self, row_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if self.row_id(r) == row_id), -1)


class SearchProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key; keeps rows whose text holds every word typed."""

    def __init__(self, source: RowsModel[Any], text: Callable[[Any], str], parent: Any = None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self.text = text
        self.setSortRole(SORT_ROLE)
        self.words: list[str] = []
        self.accept: Callable[[Any], bool] = lambda _row: True

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        refilter(self, lambda: setattr(self, "words", words))

    def set_accept(self, accept: Callable[[Any], bool]) -> None:
        refilter(self, lambda: setattr(self, "accept", accept))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.source.rows[source_row]
        if not self.accept(row):
            return False
        haystack = self.text(row).casefold()
        return all(word in haystack for word in self.words)

    def id_at(self, row: int) -> int:
        return int(self.source.row_id(self.source.rows[self.mapToSource(self.index(row, 0)).row()]))


# -- the tables ---------------------------------------------------------------------------


def responses_model(parent: Any = None) -> RowsModel[ResponseRow]:
    kinds = kind_labels()
    return RowsModel(
        [
            ColumnSpec(
                tr("Answered"),
                lambda r: moment_text(r.responded_at),
                lambda r: r.responded_at.isoformat(),
            ),
            ColumnSpec(tr("Person"), lambda r: r.name, lambda r: r.name.casefold()),
            ColumnSpec(tr("Survey"), lambda r: kinds[r.kind]),
            ColumnSpec(tr("Answers"), lambda r: str(r.answers), lambda r: r.answers, True),
            ColumnSpec(
                tr("Entered"),
                lambda r: tr("Imported") if r.source == "import" else tr("By hand"),
            ),
        ],
        lambda r: r.id,
        parent,
    )


@dataclass(frozen=True)
class PairRow:
    pair: PairInfo
    goals: int
    reached: int
    progress: float | None

    @property
    def id(self) -> int:
        return self.pair.id

    @property
    def open(self) -> bool:
        return self.pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED)


def pair_rows(pairs: Sequence[PairInfo], goals: Sequence[GoalRow]) -> list[PairRow]:
    by_pair: dict[int, list[GoalRow]] = {}
    for goal in goals:
        by_pair.setdefault(goal.pair_id, []).append(goal)
    rows = []
    for pair in pairs:
        if pair.status == PairStatus.PROPOSED:
            continue
        mine = by_pair.get(pair.id, [])
        progress = sum(g.progress for g in mine) / len(mine) if mine else None
        rows.append(PairRow(pair, len(mine), sum(1 for g in mine if g.done), progress))
    return rows


def pairs_model(parent: Any = None) -> RowsModel[PairRow]:
    order = {PairStatus.ACTIVE: 0, PairStatus.PAUSED: 1, PairStatus.ENDED: 2}
    return RowsModel(
        [
            ColumnSpec(
                tr("Mentor"), lambda r: r.pair.mentor.name, lambda r: r.pair.mentor.name.casefold()
            ),
            ColumnSpec(
                tr("Mentee"), lambda r: r.pair.mentee.name, lambda r: r.pair.mentee.name.casefold()
            ),
            ColumnSpec(
                tr("Status"),
                lambda r: pair_status_text(r.pair),
                lambda r: order.get(r.pair.status, 3),
            ),
            ColumnSpec(
                tr("Goals"), lambda r: str(r.goals) if r.goals else "", lambda r: r.goals, True
            ),
            ColumnSpec(
                tr("Progress"),
                lambda r: "" if r.progress is None else f"{round(r.progress)}%",
                lambda r: -1 if r.progress is None else r.progress,
                True,
            ),
        ],
        lambda r: r.id,
        parent,
    )


def goals_model(parent: Any = None) -> RowsModel[GoalRow]:
    return RowsModel(
        [
            ColumnSpec(tr("Goal"), lambda g: g.text, lambda g: g.text.casefold()),
            ColumnSpec(
                tr("Target date"),
                lambda g: day_text(g.target_date),
                lambda g: g.target_date.isoformat() if g.target_date else "9999",
            ),
            ColumnSpec(tr("Progress"), lambda g: f"{g.progress}%", lambda g: g.progress, True),
        ],
        lambda g: g.id,
        parent,
    )


def questions_model(parent: Any = None) -> RowsModel[QuestionRow]:
    kinds, answers = kind_labels(), answer_labels()
    order = {kind: n for n, kind in enumerate(kinds)}
    return RowsModel(
        [
            ColumnSpec(
                tr("Survey"),
                lambda q: kinds[q.kind],
                lambda q: order[q.kind] * 10_000 + q.position,
            ),
            ColumnSpec(tr("Question"), lambda q: q.text),
            ColumnSpec(tr("Answer"), lambda q: answers[q.answer_type]),
            ColumnSpec(tr("Measure"), lambda q: q.measure or ""),
            ColumnSpec(tr("Asked"), lambda q: tr("Yes") if q.active else tr("No (off)")),
            ColumnSpec(tr("Answers"), lambda q: str(q.answers), lambda q: q.answers, True),
        ],
        lambda q: q.id,
        parent,
    )
