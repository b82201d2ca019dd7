"""Test setup shared by every test: offscreen Qt and a private PeerDesk home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def peerdesk_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own documents, data, backups and logs folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PEERDESK_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "program.peerdesk"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    from peerdesk.database import create_database

    database = create_database(db_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def ui_thread_collector(request: pytest.FixtureRequest) -> Iterator[object]:
    """Tests with Qt collect reference cycles on the UI thread only, as the app does
    (:mod:`ui.collector`): a cycle freed on the worker can take Qt objects with it and
    corrupt the heap, and the whole run would end in a native crash."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield None
        return
    request.getfixturevalue("qapp")
    from ui.collector import UiThreadCollector

    collector = UiThreadCollector()
    try:
        yield collector
    finally:
        collector.stop()
