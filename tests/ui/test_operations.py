"""Operations: core calls on the worker, callbacks on the UI thread, progress only when slow."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.database import Database, create_database
from peerdesk.errors import FileMissing
from peerdesk.program import programs
from peerdesk.progress import Progress
from ui import crash, messages, operations
from ui.qt import QApplication, QCoreApplication, QMessageBox, QPushButton, Qt, QThread, QWidget


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = create_database(tmp_path / "ops.peerdesk")
    yield db
    operations.drain()
    db.close()


def _on_ui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() == app.thread()


def _visible(kind: type, name: str) -> list[Any]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.objectName() == name and w.isVisible()
    ]


def test_success_runs_on_ui_thread_and_work_off_it(qtbot: QtBot, parent: QWidget) -> None:
    seen: dict[str, Any] = {}

    def work(state: Progress) -> int:
        seen["work_on_ui"] = _on_ui_thread()
        seen["work_thread"] = threading.current_thread().name
        return 41 + 1

    def success(result: int) -> None:
        seen["result"] = result
        seen["success_on_ui"] = _on_ui_thread()

    op = operations.Op(work, success=success, parent=parent)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert seen == {
        "work_on_ui": False,
        "work_thread": "worker",
        "result": 42,
        "success_on_ui": True,
    }
    assert op.outcome == "ok"
    assert not operations.busy()


def test_failure_runs_on_ui_thread_with_the_exception(qtbot: QtBot, parent: QWidget) -> None:
    seen: dict[str, Any] = {}

    def work(state: Progress) -> None:
        raise FileMissing(path="/nowhere/program.peerdesk")

    def failure(exc: Exception) -> None:
        seen["exc"] = exc
        seen["on_ui"] = _on_ui_thread()

    op = operations.Op(work, success=lambda _r: seen.setdefault("success", True), failure=failure)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert isinstance(seen["exc"], FileMissing)
    assert seen["on_ui"] is True
    assert "success" not in seen
    assert op.outcome == "error"


def test_user_error_without_failure_shows_its_message(qtbot: QtBot, parent: QWidget) -> None:
    error = FileMissing(path="/nowhere/program.peerdesk")

    def work(state: Progress) -> None:
        raise error

    op = operations.Op(work, success=lambda _r: None, parent=parent)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    boxes = [b for b in parent.findChildren(QMessageBox) if b.objectName() == "userError"]
    assert len(boxes) == 1
    assert boxes[0].text() == messages.user_message(error)
    assert "/nowhere/program.peerdesk" in boxes[0].text()
    assert "does not exist" in boxes[0].text()
    assert crash.current_dialog() is None
    boxes[0].close()


def test_a_bug_goes_to_the_crash_dialog(qtbot: QtBot, parent: QWidget) -> None:
    def work(state: Progress) -> None:
        raise ZeroDivisionError("a bug in the worker")

    failures: list[Exception] = []
    op = operations.Op(work, success=lambda _r: None, failure=failures.append, parent=parent)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    dialog = crash.current_dialog()
    assert dialog is not None
    try:
        assert "ZeroDivisionError: a bug in the worker" in dialog.details_text()
        assert failures == []  # failure() is for the user's problems, not for bugs
    finally:
        dialog.close()


def test_quick_work_shows_no_progress(qtbot: QtBot, parent: QWidget) -> None:
    op = operations.Op(lambda state: None, success=lambda _r: None, parent=parent)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert op.progress_dialog is None
    assert QApplication.overrideCursor() is None


def test_cancel_stops_long_work(qtbot: QtBot, parent: QWidget) -> None:
    steps: list[int] = []
    seen: dict[str, bool] = {}

    def long_work(state: Progress) -> str:
        for step in range(10_000):
            state.check()
            state.set_progress(step, 10_000, f"Step {step}")
            steps.append(step)
            state.wait_cancelled(0.01)
        return "finished"

    op = operations.Op(
        long_work,
        success=lambda _r: seen.setdefault("success", True),
        cancelled=lambda: seen.setdefault("cancelled", True),
        label="Long work",
        cancellable=True,
        parent=parent,
    )
    op.run()
    # Slow work gets a busy cursor, then a progress dialog with Cancel.
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=3000)
    qtbot.waitUntil(lambda: op.progress_dialog is not None, timeout=3000)
    dialog = op.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    assert dialog.maximum() == 10_000
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    with qtbot.waitSignal(op.finished, timeout=5000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert seen == {"cancelled": True}
    assert op.outcome == "cancelled"
    assert len(steps) < 10_000
    assert op.progress_dialog is None
    assert QApplication.overrideCursor() is None


def test_slow_work_that_cannot_be_cancelled_has_no_cancel_button(
    qtbot: QtBot, parent: QWidget
) -> None:
    release = threading.Event()
    op = operations.Op(lambda state: release.wait(10), success=lambda _r: None, parent=parent)
    op.run()
    qtbot.waitUntil(lambda: op.progress_dialog is not None, timeout=3000)
    dialog = op.progress_dialog
    assert dialog is not None
    assert dialog.findChild(QPushButton) is None
    dialog.reject()  # Escape does nothing while the work cannot stop
    assert dialog.isVisible()
    with qtbot.waitSignal(op.finished, timeout=5000):
        release.set()
    assert op.outcome == "ok"


def test_work_whose_window_closed_under_its_progress_dialog_still_delivers(
    qtbot: QtBot,
) -> None:
    """Closing a window deletes the progress dialog it parented; the op still ends
    cleanly, so later waits for idle do not time out on it."""
    window = QWidget()
    window.show()
    release = threading.Event()
    done: list[object] = []
    op = operations.Op(lambda state: release.wait(10), success=done.append, parent=window)
    op.run()
    qtbot.waitUntil(lambda: op.progress_dialog is not None, timeout=3000)
    with qtbot.waitSignal(window.destroyed, timeout=3000):
        window.deleteLater()  # the dialog goes with it
    with qtbot.waitSignal(op.finished, timeout=5000):
        release.set()
    operations.wait_idle(5)
    assert not operations.busy()
    assert done == []  # its window has gone: nothing is shown for it


def test_queued_writes_run_in_order(qtbot: QtBot, parent: QWidget, database: Database) -> None:
    gate = threading.Event()
    order: list[str] = []

    def first(state: Progress) -> int:
        gate.wait(5)  # the second write is queued while this one still runs
        return programs.create_program(database, programs.quick_settings("First"))

    def second(state: Progress) -> int:
        return programs.create_program(database, programs.quick_settings("Second"))

    one = operations.Op(first, success=lambda _id: order.append("First"), parent=parent).run()
    two = operations.Op(second, success=lambda _id: order.append("Second"), parent=parent).run()
    assert operations.busy()
    with qtbot.waitSignals([one.finished, two.finished], timeout=5000):
        gate.set()
    assert order == ["First", "Second"]
    listed = sorted(programs.list_programs(database), key=lambda p: p.id)
    assert [p.name for p in listed] == ["First", "Second"]


def test_wait_idle_delivers_everything(qtbot: QtBot, parent: QWidget) -> None:
    results: list[int] = []
    for n in range(5):
        operations.run(lambda state, n=n: n * n, success=results.append, parent=parent)
    operations.wait_idle(5)
    assert results == [0, 1, 4, 9, 16]
    assert not operations.busy()


def test_every_op_is_freed_on_the_ui_thread(qtbot: QtBot, parent: QWidget) -> None:
    """An op's last reference never goes on the worker.

    Destroying a QObject there, while the UI thread holds the GIL and waits on
    Qt's connection lock, deadlocked both threads (seen as a hung test run).
    A weakref callback runs on whichever thread drops the last reference.
    """
    freed_on: list[str] = []
    refs = []
    for number in range(150):
        op = operations.Op(lambda state, n=number: n, success=lambda _r: None, parent=parent)
        refs.append(weakref.ref(op, lambda _ref: freed_on.append(threading.current_thread().name)))
        op.run()
        del op
    qtbot.waitUntil(lambda: not operations.busy(), timeout=15000)
    gc.collect()
    qtbot.waitUntil(lambda: len(freed_on) == 150, timeout=5000)
    assert set(freed_on) == {threading.main_thread().name}
