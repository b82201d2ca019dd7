"""The matching board stays responsive with 500 mentors and 1,000 mentees (issue #4).

Measured on a real program file through the real main window, offscreen:

- building the board: from opening the screen to the 500 cards on show (and,
  read after, to every mentee's count of possible mentors);
- searching: each keystroke in the mentee search, typed with qtbot, with the
  list repainted; against a floor in the same run — a bare
  ``QSortFilterProxyModel`` over a ``QStringListModel`` of the same names;
- scrolling the cards: scroll-bar steps across the whole board, each painted;
  against a bare ``QListView`` of 500 plain rows scrolled the same way;
- a drop: a mentee's drop event on a card until the pair is saved and the
  board shows its chip;
- the window answering during "Suggest matches": the longest gap between
  ticks of a 10 ms timer while the engine runs on the worker.

Run with ``pytest -m benchmark -s tests/benchmarks/test_board_responsiveness.py``.
"""

from __future__ import annotations

import itertools
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from matching_data import realistic_members, store_members
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.program import programs
from ui import operations
from ui.main_window import MainWindow
from ui.matching import dnd
from ui.matching.board import MatchingScreen
from ui.qt import (
    QApplication,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QListView,
    QPointF,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
)

pytestmark = pytest.mark.benchmark

MENTEES, MENTORS, CAPACITY = 1000, 500, 2
SEARCH = "lindqvist 4"
SCROLL_STEPS = 150
DROPS = 5


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the board did not get there")
        QApplication.processEvents()


@pytest.fixture(scope="module")
def program_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("board") / "big.peerdesk"
    db = create_database(path)
    try:
        program_id = programs.create_program(db, programs.quick_settings("Spring mentoring"))
        members, prefer, do_not_pair = realistic_members(MENTEES, MENTORS, capacity=CAPACITY)
        store_members(db, program_id, members, prefer, do_not_pair)
    finally:
        db.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, program_file: Path) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.ready, timeout=30000):
        main.start(program_file)
        main.show()
    main.resize(1400, 880)
    qtbot.waitUntil(lambda: not main.auto_backup_pending, timeout=30000)
    operations.wait_idle(30)
    yield main
    operations.wait_idle(30)


def test_board_stays_responsive(qtbot: QtBot, window: MainWindow) -> None:
    report: list[str] = []

    # -- Building the board ----------------------------------------------------------
    started = time.perf_counter()
    screen = window.show_screen("matching")
    assert isinstance(screen, MatchingScreen)
    until(lambda: screen.mentor_model.rowCount() == MENTORS)
    screen.cards.viewport().repaint()
    built = time.perf_counter() - started
    until(lambda: len(screen.mentee_model.counts) == MENTEES)
    counted = time.perf_counter() - started
    rebuilds = []
    for _ in range(3):
        operations.wait_idle(30)
        started = time.perf_counter()
        screen.set_context(window.db, window.program_id)
        until(lambda: screen.mentor_model.rowCount() == MENTORS)
        screen.cards.viewport().repaint()
        rebuilds.append(time.perf_counter() - started)
        until(lambda: len(screen.mentee_model.counts) == MENTEES)
    report.append(
        f"build: first {ms(built)} to 500 cards on show, {ms(counted)} with every count; "
        f"again (median of 3) {ms(statistics.median(rebuilds))}"
    )

    # -- Searching, a keystroke at a time ------------------------------------------
    def type_each(widget_keys: Callable[[str], None], text: str) -> list[float]:
        times = []
        for char in text:
            started = time.perf_counter()
            widget_keys(char)
            QApplication.processEvents()
            times.append(time.perf_counter() - started)
        return times

    search, view = screen.mentee_search, screen.mentee_view
    operations.wait_idle(30)
    QApplication.processEvents()

    def key_in_search(char: str) -> None:
        qtbot.keyClicks(search, char)
        view.viewport().repaint()

    keys = type_each(key_in_search, SEARCH)
    found = view.model().rowCount()
    assert 0 < found < MENTEES
    search.clear()
    names = [m.name for m in screen.mentee_model.rows]
    floor_model = QStringListModel(names)
    floor_proxy = QSortFilterProxyModel()
    floor_proxy.setSourceModel(floor_model)
    floor_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    floor_view = QListView()
    floor_view.setModel(floor_proxy)
    floor_view.resize(view.size())
    floor_view.show()
    typed = ""

    def key_in_floor(char: str) -> None:
        nonlocal typed
        typed += char
        floor_proxy.setFilterFixedString(typed)
        floor_view.viewport().repaint()

    floor_keys = type_each(key_in_floor, SEARCH)
    floor_view.close()
    report.append(
        f"search: per keystroke median {ms(statistics.median(keys))}, "
        f"slowest {ms(max(keys))} ({found} found); bare proxy median "
        f"{ms(statistics.median(floor_keys))}, ratio "
        f"{statistics.median(keys) / max(statistics.median(floor_keys), 1e-6):.1f}x"
    )

    # -- Scrolling the cards ---------------------------------------------------------
    def scroll(list_view: QListView) -> list[float]:
        bar = list_view.verticalScrollBar()
        top = bar.maximum()
        assert top > 0
        times = []
        for step in range(SCROLL_STEPS):
            started = time.perf_counter()
            bar.setValue(top * step // (SCROLL_STEPS - 1))
            list_view.viewport().repaint()
            QApplication.processEvents()
            times.append(time.perf_counter() - started)
        return times

    steps = scroll(screen.cards)
    plain = QListView()
    plain.setModel(QStringListModel([c.mentor.name for c in screen.mentor_model.cards]))
    plain.resize(screen.cards.size())
    plain.show()
    plain_steps = scroll(plain)
    plain.close()
    report.append(
        f"scroll: per step median {ms(statistics.median(steps))}, slowest {ms(max(steps))} "
        f"({SCROLL_STEPS} steps over {screen.cards.verticalScrollBar().maximum()} px); "
        f"plain list median {ms(statistics.median(plain_steps))}"
    )

    # -- Drops -----------------------------------------------------------------------------
    screen.cards.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    drops = []
    program_id = window.program_id
    assert program_id is not None
    eligibility = screen.eligibility
    assert eligibility is not None
    for k in range(DROPS):
        mentee = screen.mentee_model.rows[-1 - k]  # the easiest to match
        mentor = next(
            c.mentor.participant_id
            for c in screen.mentor_model.cards
            if c.used < c.mentor.capacity
            and eligibility.allows(mentee.participant_id, c.mentor.participant_id)
        )
        screen.cards.select_mentor(mentor)
        point = screen.cards.card_rect(mentor).center()
        mime = dnd.mentee_mime(program_id, mentee.participant_id, mentee.name)
        actions = Qt.DropAction.MoveAction
        none = Qt.KeyboardModifier.NoModifier
        left = Qt.MouseButton.LeftButton
        started = time.perf_counter()
        target = screen.cards.viewport()
        QApplication.sendEvent(target, QDragEnterEvent(point, actions, mime, left, none))
        QApplication.sendEvent(target, QDragMoveEvent(point, actions, mime, left, none))
        QApplication.sendEvent(target, QDropEvent(QPointF(point), actions, mime, left, none))
        until(
            lambda mentee=mentee: any(
                chip.mentee_id == mentee.participant_id
                for card in screen.mentor_model.cards
                for chip in card.chips
            )
        )
        screen.cards.viewport().repaint()
        drops.append(time.perf_counter() - started)
        operations.wait_idle(30)
    report.append(
        f"drop: saved and shown, median {ms(statistics.median(drops))}, "
        f"slowest {ms(max(drops))} ({DROPS} drops)"
    )

    # -- The window answers while the engine runs -------------------------------------------
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    screen.suggest()
    until(lambda: screen.preview is not None)
    suggested = time.perf_counter() - started
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    report.append(
        f"suggest: {len(screen.preview.pairs) if screen.preview else 0} pairs in "
        f"{ms(suggested)}; the window answered throughout, longest gap between "
        f"10 ms timer ticks {ms(max(gaps))}"
    )
    operations.wait_idle(30)

    print("\nMatching board, 500 mentors and 1,000 mentees:\n  " + "\n  ".join(report))
    assert built < 3.0
    assert statistics.median(keys) < 0.05
    assert statistics.median(steps) < 0.05
    assert statistics.median(drops) < 1.0
    assert max(gaps) < 0.25
