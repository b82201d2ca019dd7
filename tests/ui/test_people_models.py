"""The People table's model and filter, checked by Qt's model tester while they change.

The tester stays attached to both models and checks every signal as it comes:
rows read again (a reset) under a live selection, sorting (a layout change that
must carry persistent indexes — the selection's — to the same people), and the
filter narrowed and widened as a coordinator types. A selection or persistent
index left pointing at a row that moved or went is what a crash in the views
is made of (issue #16), so each step also checks that what is selected and
current is still the same people, and in range.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_people_screen import make_file

from peerdesk.database import open_database
from ui.people.model import PeopleFilter, PeopleModel, PeopleProxy
from ui.people.rows import Column, PersonRow, load_people
from ui.qt import QItemSelection, QItemSelectionModel, QPersistentModelIndex, Qt


def rows_of(path: Path, program_id: int) -> list[PersonRow]:
    db = open_database(path)
    try:
        return load_people(db, program_id).rows
    finally:
        db.close()


def selected_people(proxy: PeopleProxy, selection: QItemSelectionModel) -> set[int]:
    ids = set()
    for index in selection.selectedIndexes():
        assert index.isValid() and index.model() is proxy
        assert 0 <= index.row() < proxy.rowCount()
        ids.add(proxy.participant_id(index.row()))
    return ids


def select_rows(proxy: PeopleProxy, selection: QItemSelectionModel, rows: list[int]) -> None:
    chosen = QItemSelection()
    for row in rows:
        chosen.select(proxy.index(row, 0), proxy.index(row, proxy.columnCount() - 1))
    selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_the_people_models_keep_selection_and_persistent_indexes_right_as_they_change(
    qtmodeltester: Any, db_path: Path
) -> None:
    program_id, _ids = make_file(db_path, 120)
    rows = rows_of(db_path, program_id)
    model = PeopleModel()
    proxy = PeopleProxy(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)  # both stay watched from here on
    model.set_rows(rows)
    selection = QItemSelectionModel(proxy)

    # A live selection of many, a current row, and an index held elsewhere.
    select_rows(proxy, selection, list(range(0, 120, 3)))
    chosen = selected_people(proxy, selection)
    assert len(chosen) == 40
    selection.setCurrentIndex(proxy.index(7, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    current = proxy.participant_id(7)
    held = QPersistentModelIndex(proxy.index(50, Column.NAME))
    held_person = proxy.participant_id(50)

    # Sorting moves everyone: the selection and held indexes follow their people.
    for column in (Column.DEPARTMENT, Column.READINESS, Column.JOINED, Column.NAME):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            proxy.sort(column, order)
            assert selected_people(proxy, selection) == chosen
            assert proxy.participant_id(selection.currentIndex().row()) == current
            assert held.isValid() and proxy.participant_id(held.row()) == held_person

    # Filtering hides some of them, and shows them again.
    proxy.set_filter(PeopleFilter(text="lead"))
    shown = {row.participant_id for row in proxy.visible_rows()}
    assert 0 < len(shown) < 120
    assert selected_people(proxy, selection) == chosen & shown
    proxy.set_filter(PeopleFilter(text="leaders"))  # narrower: worked out from the last flags
    assert {row.participant_id for row in proxy.visible_rows()} <= shown
    proxy.set_filter(PeopleFilter())
    assert proxy.rowCount() == 120

    # Rows read again (after a change is saved): a reset; nothing stale is left selected.
    select_rows(proxy, selection, list(range(120)))
    model.set_rows(list(reversed(rows)))
    assert not selection.hasSelection()
    assert not selection.currentIndex().isValid()
    assert not held.isValid()
    select_rows(proxy, selection, [0, 1, 2])
    assert len(selected_people(proxy, selection)) == 3

    # A reset while filtered, then fewer people than before (someone erased).
    proxy.set_filter(PeopleFilter(text="python"))
    model.set_rows(rows[:60])
    assert proxy.rowCount() == len([r for r in rows[:60] if "python" in r.search])
    proxy.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    proxy.set_filter(PeopleFilter())
    assert proxy.rowCount() == 60
    model.set_rows([])
    assert proxy.rowCount() == 0 and not selection.hasSelection()
