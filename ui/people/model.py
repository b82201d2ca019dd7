"""The People table: a model over participant ids with a row cache, and a filtering proxy.

Speed is the design constraint (issue #3: with 10,000 people, each keystroke in
the search box updates the table in under 50 ms). So each row carries a
lowercase search string made once when the rows are loaded
(:mod:`ui.people.rows`); a keystroke works out, in one Python pass over the
cached rows, which of them pass, and the proxy's ``filterAcceptsRow`` only
looks that up. Nothing on a keystroke touches the database. Sorting is done by
the source model (a Python sort on precomputed keys) rather than by the proxy,
whose comparisons would call back into Python once per pair of rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from peerdesk.enums import ParticipantStatus, Role
from ui.filtering import refilter
from ui.people.rows import (
    COLUMN_COUNT,
    ID_ROLE,
    LIST_SEPARATOR,
    SORT_KEYS,
    Column,
    PersonRow,
    Readiness,
    column_titles,
    format_date,
    format_years,
    readiness_labels,
    role_labels,
    status_labels,
)
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PeopleModel(QAbstractTableModel):
    """Participant ids in display order, each with its cached :class:`PersonRow`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, PersonRow] = {}
        self._sort: tuple[int, Qt.SortOrder] = (Column.NAME, Qt.SortOrder.AscendingOrder)
        self._ordered: list[PersonRow] = []  # the rows in display order
        self._searches: list[str] = []  # their search strings, in the same order
        self.version = 0  # bumped whenever the rows or their order change
        self._titles = column_titles()
        self._roles = role_labels()
        self._statuses = status_labels()
        self._readiness = readiness_labels()

    # -- content ---------------------------------------------------------------

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = {row.participant_id: row for row in rows}
        self._ids = [row.participant_id for row in rows]
        self._order_ids()
        self.endResetModel()

    def rows(self) -> Iterable[PersonRow]:
        return self._rows.values()

    def ordered(self) -> tuple[list[PersonRow], list[str]]:
        """The rows in display order, and their search strings in the same order."""
        return self._ordered, self._searches

    def person(self, source_row: int) -> PersonRow:
        return self._rows[self._ids[source_row]]

    def person_by_id(self, participant_id: int) -> PersonRow | None:
        return self._rows.get(participant_id)

    def participant_at(self, source_row: int) -> int:
        return self._ids[source_row]

    def rows_of(self, participant_ids: Iterable[int]) -> dict[int, int]:
        """Where these participants are (source rows), for those still here."""
        wanted = set(participant_ids)
        return {pid: n for n, pid in enumerate(self._ids) if pid in wanted}

    def display(self, row: PersonRow, column: int) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.EMAIL:
            return row.email
        if column == Column.ROLE:
            return self._roles.get(row.role, row.role.value)
        if column == Column.STATUS:
            return self._statuses.get(row.status, row.status.value)
        if column == Column.DEPARTMENT:
            return row.department
        if column == Column.INTERESTS:
            return LIST_SEPARATOR.join(row.interests)
        if column == Column.READINESS:
            text = self._readiness[row.readiness]
            if row.readiness is Readiness.NOT_READY and row.missing:
                count = len(row.missing)
                return (
                    tr("Not ready: 1 step")
                    if count == 1
                    else tr("Not ready: {count} steps").format(count=count)
                )
            return text
        if column == Column.MATCHED:
            return LIST_SEPARATOR.join(row.matched_with)
        if column == Column.COHORT:
            return row.cohort
        if column == Column.YEARS:
            return format_years(row.years)
        if column == Column.JOINED:
            return format_date(row.joined_on)
        if column == Column.LOCATION:
            return row.location
        if column == Column.PHONE:
            return row.phone
        return ""

    def value(self, row: PersonRow, column: int) -> str | float | date | None:
        """The typed value of a cell, for export: numbers as numbers, dates as dates."""
        if column == Column.YEARS:
            return row.years
        if column == Column.JOINED:
            return row.joined_on
        return self.display(row, column)

    # -- Qt model ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._ids[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ID_ROLE:
            return row.participant_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.YEARS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: PersonRow, column: int) -> str | None:
        if column == Column.READINESS and row.readiness is Readiness.NOT_READY and row.missing:
            return tr("Still to do: {steps}").format(steps=LIST_SEPARATOR.join(row.missing))
        if column in (
            Column.INTERESTS, Column.MATCHED, Column.NAME, Column.EMAIL, Column.DEPARTMENT,
            Column.COHORT, Column.LOCATION,
        ):  # fmt: skip
            return self.display(row, column) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[Column(section)]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Asked for every cell when a selection is counted: a constant, not an expression.
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._ids[i.row()], i.column()) for i in persistent]
        self._order_ids()
        if persistent:
            position = {pid: n for n, pid in enumerate(self._ids)}
            self.changePersistentIndexList(
                persistent, [self.index(position[pid], col) for pid, col in held]
            )
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def _order_ids(self) -> None:
        column, order = self._sort
        key = SORT_KEYS[Column(column)]
        rows = self._rows
        self._ids.sort(key=lambda pid: (key(rows[pid]), rows[pid].name.casefold(), pid))
        if order == Qt.SortOrder.DescendingOrder:
            self._ids.reverse()
        self._ordered = [rows[pid] for pid in self._ids]
        self._searches = [row.search for row in self._ordered]
        self.version += 1


@dataclass(frozen=True)
class PeopleFilter:
    """What the search box and the filter menus ask for; ``None`` means any."""

    text: str = ""
    role: Role | None = None
    status: ParticipantStatus | None = None
    readiness: Readiness | None = None
    department: str | None = None  # "" for people without a department

    def is_active(self) -> bool:
        return bool(self.text.strip()) or any(
            value is not None for value in (self.role, self.status, self.readiness, self.department)
        )

    def narrows(self, earlier: PeopleFilter) -> bool:
        """Whether every row this filter passes also passed ``earlier`` (more typed)."""
        return (self.role, self.status, self.readiness, self.department) == (
            earlier.role,
            earlier.status,
            earlier.readiness,
            earlier.department,
        ) and self.text.casefold().startswith(earlier.text.casefold())

    def flags(
        self,
        rows: list[PersonRow],
        searches: list[str],
        earlier: list[bool] | None = None,
    ) -> list[bool]:
        """Whether each row passes, in order; ``earlier`` (from a filter this one
        :meth:`narrows`) lets rows that failed then be skipped now."""
        words = self.text.casefold().split()
        if not self.is_active():
            return [True] * len(rows)
        if (self.role, self.status, self.readiness, self.department) == (None,) * 4:
            # Only text: the common case while typing, kept to one comprehension.
            if len(words) == 1:
                word = words[0]
                if earlier is None:
                    return [word in search for search in searches]
                return [
                    was and word in search for was, search in zip(earlier, searches, strict=True)
                ]
            if earlier is None:
                return [all(w in search for w in words) for search in searches]
            return [
                was and all(w in search for w in words)
                for was, search in zip(earlier, searches, strict=True)
            ]
        role, status, readiness = self.role, self.status, self.readiness
        department = self.department
        result = []
        for n, row in enumerate(rows):
            result.append(
                (earlier is None or earlier[n])
                and (role is None or row.role is role)
                and (status is None or row.status is status)
                and (readiness is None or row.readiness is readiness)
                and (department is None or row.department == department)
                and all(w in row.search for w in words)
            )
        return result

    def accepted(self, rows: Iterable[PersonRow]) -> set[int] | None:
        """The ids of the rows that pass, or None when every row does."""
        if not self.is_active():
            return None
        listed = list(rows)
        passed = self.flags(listed, [row.search for row in listed])
        return {row.participant_id for row, ok in zip(listed, passed, strict=True) if ok}


class PeopleProxy(QSortFilterProxyModel):
    """Filters the People model by a :class:`PeopleFilter`; sorting is left to the source.

    The filter is worked out for every row at once, into a list of flags in the
    source's order, the first time the proxy asks about a row after the filter,
    the rows or their order changed; ``filterAcceptsRow`` then only looks a flag up.
    """

    def __init__(self, source: PeopleModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._people = source
        self._filter = PeopleFilter()
        self._flags: list[bool] = []
        self._version = -1  # the source version the flags were worked out for
        self._flags_filter: PeopleFilter | None = None
        self._flags_version = -1
        self.setSourceModel(source)

    @property
    def people(self) -> PeopleModel:
        return self._people

    def current_filter(self) -> PeopleFilter:
        return self._filter

    def set_filter(self, wanted: PeopleFilter) -> None:
        if wanted == self._filter:
            return

        def change() -> None:
            self._filter = wanted
            self._version = -1  # worked out again on the first row asked about

        refilter(self, change)

    def _work_out(self) -> None:
        people = self._people
        rows, searches = people.ordered()
        earlier = None
        previous = self._flags_filter
        if (
            previous is not None
            and self._flags_version == people.version
            and self._filter.narrows(previous)
        ):
            earlier = self._flags
        self._flags = self._filter.flags(rows, searches, earlier)
        self._flags_filter = self._filter
        self._flags_version = self._version = people.version

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if self._version != self._people.version:
            self._work_out()
        return self._flags[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts (quickly, in Python); the proxy keeps its order.
        self._people.sort(column, order)

    def participant_id(self, row: int) -> int:
        return self._people.participant_at(self.mapToSource(self.index(row, 0)).row())

    def person_at(self, row: int) -> PersonRow:
        return self._people.person(self.mapToSource(self.index(row, 0)).row())

    def visible_rows(self) -> list[PersonRow]:
        """The rows as shown: filtered, in the table's order."""
        people = self._people
        return [
            people.person(self.mapToSource(self.index(row, 0)).row())
            for row in range(self.rowCount())
        ]
