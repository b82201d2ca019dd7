"""Cyclic garbage is collected on the UI thread, never on a worker that allocates a lot.

Found by the random walk's soak: the worker, collecting in the middle of a
SQLAlchemy query, freed cycles holding Qt objects, and the heap was corrupted
("malloc_consolidate(): unaligned fastbin chunk detected", then SIGABRT).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ui import operations
from ui.collector import UiThreadCollector
from ui.qt import QIcon, QPixmap


class Cycle:
    """A reference cycle holding a Qt object, that says on which thread it was freed."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self
        self.icon = QIcon(QPixmap(8, 8))

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


@pytest.fixture
def collector(qtbot: QtBot) -> Iterator[UiThreadCollector]:
    gc.collect()
    made = UiThreadCollector(interval_ms=20)
    yield made
    made.stop()


def allocate(state: object) -> list[list[int]]:
    """Work on the worker that allocates (and keeps) far past the first generation's threshold."""
    return [[n] for n in range(gc.get_threshold()[0] * 20)]


def test_cycles_are_collected_on_the_ui_thread_only(
    qtbot: QtBot, collector: UiThreadCollector
) -> None:
    assert not gc.isenabled()
    Cycle.freed_on = []
    for _ in range(20):
        Cycle()
    results: list[list[list[int]]] = []
    for _ in range(5):
        operations.Op(allocate, success=results.append).run()
    operations.drain(30)  # the worker has allocated; nothing may have been collected there
    assert Cycle.freed_on == []
    qtbot.waitUntil(lambda: len(results) == 5)
    qtbot.waitUntil(lambda: len(Cycle.freed_on) == 20, timeout=5000)
    assert set(Cycle.freed_on) == {threading.main_thread().name}


def test_stopping_gives_collection_back_to_python(qtbot: QtBot) -> None:
    was = gc.isenabled()
    made = UiThreadCollector()
    assert not gc.isenabled()
    made.stop()
    assert gc.isenabled() == was
