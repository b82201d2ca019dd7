"""Fixtures shared by the end-to-end tests: ``peerdesk`` run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli_env() -> dict[str, str | None]:
    """Environment variables for the ``peerdesk`` process (``None`` removes one).

    A test module overrides this fixture to set, say, the time zone or the locale.
    """
    return {}


@pytest.fixture
def run_cli(tmp_path: Path, cli_env: dict[str, str | None]) -> RunCli:
    """Run ``peerdesk ARGS`` in a fresh process in ``tmp_path``, with its own PeerDesk home."""

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env["PEERDESK_HOME"] = str(tmp_path / "home")
        env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
        for name, value in cli_env.items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        return subprocess.run(
            [sys.executable, "-m", "ui.launcher", *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=tmp_path,
            timeout=120,
        )

    return run


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    """A program file with one program, “Spring 2026”, and nobody in it yet.

    A test module that needs another file overrides this fixture.
    """
    from fixtures_rosters import make_program

    from peerdesk.database import create_database

    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        make_program(db, "Spring 2026")
    return path


@pytest.fixture(params=["file", "server"])
def location(request: pytest.FixtureRequest) -> str | None:
    """Where the program is made: the default file of a fresh install (None), or a new
    shared database's URL, opened as the app opens one given on its command line."""
    if request.param == "file":
        return None
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def shots(request: pytest.FixtureRequest, location: str | None) -> Iterator[Path | None]:
    """The folder for a walk's screenshots under PEERDESK_WALK_SHOTS: the walk's own
    subfolder if its module names one in ``WALK_SHOTS_FOLDER``, and in it the server's
    walk in a "server" subfolder."""
    folder = os.environ.get("PEERDESK_WALK_SHOTS")
    if not folder:
        yield None
        return
    path = Path(folder) / getattr(request.module, "WALK_SHOTS_FOLDER", "")
    if location is not None:
        path /= "server"
    path.mkdir(parents=True, exist_ok=True)
    for old in path.glob("*.png"):
        old.unlink()
    yield path
