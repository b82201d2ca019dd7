"""The ``peerdesk`` command as a user runs it: real processes, real files, exit codes."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import peerdesk

REPO = Path(__file__).resolve().parents[2]
INSTALLED = Path(sys.executable).parent / ("peerdesk.exe" if os.name == "nt" else "peerdesk")


def launchers() -> list[object]:
    as_module = pytest.param([sys.executable, "-m", "ui.launcher"], id="python-m-ui.launcher")
    installed = pytest.param(
        [str(INSTALLED)],
        id="installed-script",
        marks=pytest.mark.skipif(
            not INSTALLED.exists(), reason="not installed (pip install -e . makes the script)"
        ),
    )
    return [as_module, installed]


class Peerdesk:
    """Runs ``peerdesk ARGS`` in a fresh process with its own PeerDesk home."""

    def __init__(self, command: list[str], workdir: Path) -> None:
        self.command = command
        self.workdir = workdir
        self.home = workdir / "home"
        self.home.mkdir()
        self.env = dict(os.environ)
        self.env["PEERDESK_HOME"] = str(self.home)
        self.env["PYTHONPATH"] = os.pathsep.join([str(REPO), self.env.get("PYTHONPATH", "")])

    def __call__(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.command, *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            cwd=self.workdir,
            timeout=120,
        )


@pytest.fixture(params=launchers())
def peerdesk_cmd(request: pytest.FixtureRequest, tmp_path: Path) -> Peerdesk:
    return Peerdesk(request.param, tmp_path)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_then_programs(peerdesk_cmd: Peerdesk, tmp_path: Path) -> None:
    run = peerdesk_cmd
    path = tmp_path / "Riverside mentoring.peerdesk"

    made = run("init", path, "--program", "Spring mentoring", "--template", "workplace")
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    assert "Created" in made.stdout and "“Spring mentoring”" in made.stdout
    assert path.is_file()

    added = run("init", path, "--program", "Youth circle", "--template", "youth")
    assert added.returncode == 0, added.stderr

    listed = run("programs", path)
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr == ""
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["Program", "Template", "Starts", "Ends", "Participants"]
    assert lines[2].split() == ["Spring", "mentoring", "workplace", "-", "-", "0"]
    assert lines[3].split() == ["Youth", "circle", "youth", "-", "-", "0"]
    assert len(lines) == 4

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_init_on_a_spreadsheet_is_refused_in_one_line(
    peerdesk_cmd: Peerdesk, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email"])
    sheet.append(["Ana Ruiz", "ana.ruiz@example.org"])
    book.save(tmp_path / "roster.xlsx")
    path = (tmp_path / "roster.xlsx").rename(tmp_path / "roster.peerdesk")
    before = digest(path)

    result = peerdesk_cmd("init", path, "--program", "Spring mentoring")

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("peerdesk: ")
    assert "is not a PeerDesk program file" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(path) == before


def test_a_usage_mistake_is_one_line_and_exit_2(peerdesk_cmd: Peerdesk, tmp_path: Path) -> None:
    result = peerdesk_cmd("init", tmp_path / "x.peerdesk")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "--program" in result.stderr
    assert not (tmp_path / "x.peerdesk").exists()


def test_version(peerdesk_cmd: Peerdesk) -> None:
    result = peerdesk_cmd("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"peerdesk {peerdesk.__version__}"


def test_backup(peerdesk_cmd: Peerdesk, tmp_path: Path) -> None:
    run = peerdesk_cmd
    path = tmp_path / "org.peerdesk"
    assert run("init", path, "--program", "Spring mentoring").returncode == 0

    result = run("backup", path)

    assert result.returncode == 0, result.stderr
    backup = Path(result.stdout.strip().removeprefix("Backed up to "))
    assert backup.is_file()
    assert backup.is_relative_to(run.home)
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT name FROM program").fetchall() == [("Spring mentoring",)]
    conn.close()


def test_the_command_line_leaves_no_stray_files(peerdesk_cmd: Peerdesk, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "org.peerdesk"
    run = peerdesk_cmd
    run("init", path, "--program", "Spring mentoring")
    run("programs", path)
    run("backup", path)
    # The file is whole on its own (no -wal left); only the lock file sits beside it.
    assert sorted(p.name for p in folder.iterdir()) == ["org.peerdesk", "org.peerdesk.lock"]
    shutil.rmtree(folder)


# --- the launcher opening the app ---------------------------------------------------


@pytest.fixture
def app_cmd(tmp_path: Path) -> Peerdesk:
    """``peerdesk`` as a module, with the app set to quit once its window shows a file."""
    run = Peerdesk([sys.executable, "-m", "ui.launcher"], tmp_path)
    run.env["QT_QPA_PLATFORM"] = "offscreen"
    run.env["PEERDESK_QUIT_WHEN_SHOWN"] = "1"
    return run


def shown_file(result: subprocess.CompletedProcess[str]) -> Path:
    """The file the app's window showed, as it reports it when told to quit once shown."""
    lines = [line for line in result.stdout.splitlines() if line.startswith("PEERDESK_SHOWN ")]
    assert lines, result.stdout + result.stderr
    return Path(lines[-1].split(" ", 2)[2])


def test_peerdesk_alone_opens_the_app_on_the_default_file(app_cmd: Peerdesk) -> None:
    result = app_cmd()
    assert result.returncode == 0, result.stderr
    assert (app_cmd.home / "Documents" / "PeerDesk.peerdesk").is_file()
    assert shown_file(result) == (app_cmd.home / "Documents" / "PeerDesk.peerdesk").resolve()


@pytest.mark.parametrize("before", [("open",), ()], ids=["open FILE", "FILE"])
def test_the_app_opens_the_file_it_is_given(
    app_cmd: Peerdesk, tmp_path: Path, before: tuple[str, ...]
) -> None:
    path = tmp_path / "riverside.peerdesk"
    assert app_cmd("init", path, "--program", "Spring mentoring").returncode == 0

    result = app_cmd(*before, path)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert shown_file(result) == path.resolve()
    assert not (app_cmd.home / "Documents").exists()  # the default file was not made
