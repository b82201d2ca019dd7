"""Test setup shared by every test: offscreen Qt and a private PeerDesk home."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Set before anything imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Speed measurements (``-m benchmark``) and the installer build (``-m slow_build``)
    run in this one process even when the suite runs on worker processes (pytest-xdist's
    ``-n``), so that they time a machine not also busy with other tests and their ``-s``
    output is shown."""
    if hasattr(config.option, "numprocesses") and re.search(
        r"(?<!not )\b(benchmark|slow_build)\b", config.option.markexpr or ""
    ):
        config.option.numprocesses = 0


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


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL cluster for the whole run (see tests/pg_cluster.py).

    Skipped when none can be started here, unless ``PEERDESK_REQUIRE_POSTGRES`` is set
    (``.ci/run`` sets it): then the tests fail instead, so CI never skips them quietly.
    """
    import tempfile

    from tests.pg_cluster import NoPostgres, running_cluster

    folder = Path(tempfile.mkdtemp(prefix="peerdesk-pg-"))
    try:
        with running_cluster(folder) as cluster:
            yield cluster
    except NoPostgres as exc:
        if os.environ.get("PEERDESK_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here but could not start: {exc}")
        pytest.skip(f"no PostgreSQL could be started here: {exc}")
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster: Any) -> Iterator[str]:
    """The URL of a fresh database set up for PeerDesk, dropped after the test."""
    url = pg_cluster.fresh_database()
    yield url
    pg_cluster.drop(url)


@pytest.fixture
def empty_pg_url(pg_cluster: Any) -> Iterator[str]:
    """The URL of a fresh, empty database (not set up for PeerDesk)."""
    url = pg_cluster.fresh_database(empty=True)
    yield url
    pg_cluster.drop(url)


@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[Any, Any]]:
    """Two coordinators' windows on one shared server database: two connections to it.
    (test_conflicts has its own, which also names the two coordinators.)"""
    from peerdesk.database import open_database

    first, second = open_database(pg_url), open_database(pg_url)
    try:
        yield first, second
    finally:
        first.close()
        second.close()


@pytest.fixture
def file_db(db_path: Path) -> Iterator[Any]:
    """A program in a local file, for tests about the file itself."""
    from peerdesk.database import create_database

    database = create_database(db_path)
    yield database
    database.close()


@pytest.fixture(params=["file", "server"])
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Any]:
    """A new, empty program, on each backend in turn: a local file and a PostgreSQL database.

    Core tests that take ``db`` run on both, so a feature cannot work on one and not
    the other. A test about the file itself takes ``file_db`` instead.
    """
    from peerdesk.database import create_database, open_database

    if request.param == "file":
        database = create_database(db_path)
    else:
        database = open_database(request.getfixturevalue("pg_url"))
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
