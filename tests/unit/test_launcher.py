"""The ``peerdesk`` entry point: which arguments open the app and which run the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import cli
from ui import launcher

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Record what the app would have been opened on, instead of starting Qt."""
    calls: list[Path | None] = []

    def open_gui(path: Path | None) -> int:
        calls.append(path)
        return 0

    monkeypatch.setattr(launcher, "open_gui", open_gui)
    return calls


def test_no_arguments_open_the_app_on_the_default_file(opened: list[Path | None]) -> None:
    assert launcher.main([]) == 0
    assert opened == [None]


def test_open_file_opens_the_app_on_that_file(opened: list[Path | None], tmp_path: Path) -> None:
    path = tmp_path / "org.peerdesk"
    assert launcher.main(["open", str(path)]) == 0
    assert opened == [path]


@pytest.mark.parametrize("arg", ["org.peerdesk", "Org.PEERDESK", "folder/roster"])
def test_a_bare_file_opens_the_app_as_a_file_association_does(
    opened: list[Path | None], arg: str
) -> None:
    assert launcher.main([arg]) == 0
    assert opened == [Path(arg)]


def test_an_existing_file_of_any_name_opens_the_app(
    opened: list[Path | None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "program-backup").write_bytes(b"")
    assert launcher.main(["program-backup"]) == 0
    assert opened == [Path("program-backup")]


@pytest.mark.parametrize("args", [["prgrams"], ["programs"], ["--versoin"], ["init"]])
def test_a_mistyped_command_is_not_taken_for_a_file(
    opened: list[Path | None], args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert launcher.main(args) == 2
    assert opened == []
    err = capsys.readouterr().err
    assert err.startswith("peerdesk: ") and err.count("\n") == 1


def test_commands_run_without_the_app(
    opened: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    assert launcher.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("peerdesk ")
    assert launcher.main(["--help"]) == 0
    assert opened == []


def test_is_bare_path() -> None:
    names = cli.command_names()
    assert launcher.is_bare_path(["a.peerdesk"], names)
    assert launcher.is_bare_path([str(Path("some", "where"))], names)
    assert not launcher.is_bare_path(["programs"], names)
    assert not launcher.is_bare_path(["-h"], names)
    assert not launcher.is_bare_path(["a.peerdesk", "b.peerdesk"], names)
    assert not launcher.is_bare_path([""], names)


def test_the_gui_entry_point_runs_commands_without_a_console() -> None:
    """``peerdesk-gui`` has no stdout/stderr on Windows; a command must not crash on that."""
    code = (
        "import sys; sys.stdout = None; sys.stderr = None; "
        "sys.argv = ['peerdesk-gui', 'programs', 'missing.peerdesk']; "
        "from ui.launcher import gui_main; raise SystemExit(gui_main())"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
