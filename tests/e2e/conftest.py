"""Fixtures shared by the end-to-end tests: ``peerdesk`` run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
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
