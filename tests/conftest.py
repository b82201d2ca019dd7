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
