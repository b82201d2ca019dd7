"""A run that ends without closing is found at the next start, with the stack it left in the log.

The crashing runs are child processes that mark themselves running and then
die as a native crash does (faulthandler's own test segfault) or as a killed
process does (``os._exit``, no clean-up at all).
"""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from peerdesk import logs, paths, sessions

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import faulthandler, os, sys
from peerdesk import logs, sessions
logs.enable_faulthandler()
logs.setup_logging()
session = sessions.start()
print(session.id, flush=True)
how = sys.argv[1]
if how == "segfault":
    faulthandler._sigsegv()
elif how == "killed":
    os._exit(9)
elif how == "clean":
    session.end()
elif how == "wait":
    sys.stdin.read()  # until the test closes the pipe
"""


def child(how: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, how],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def marker_files() -> list[str]:
    folder = sessions.folder()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.skipif(sys.platform == "win32", reason="a segfault ends a Windows run differently")
def test_a_native_crash_is_found_with_its_stack_at_the_next_start() -> None:
    done = child("segfault")
    assert done.returncode < 0  # killed by the signal, after faulthandler wrote the stack
    session_id = done.stdout.strip()
    log = logs.log_file().read_text(encoding="utf-8")
    assert f"session {session_id} started" in log
    assert "Fatal Python error: Segmentation fault" in log
    assert "<string>" in log  # the child's own frame, line by line

    ends = sessions.unexpected_ends()
    assert [end.session_id for end in ends] == [session_id]
    end = ends[0]
    assert end.stack.startswith("Fatal Python error: Segmentation fault")
    assert 'File "<string>", line 10 in <module>' in end.stack
    assert end.version and end.python == sys.version.split()[0]
    report = sessions.report(end, "PeerDesk test")
    assert report.startswith("PeerDesk closed unexpectedly.")
    assert f"Session {session_id}" in report and end.stack in report
    assert str(Path.home()) not in report or str(Path.home()) == "/"
    # Reported once: the marker is gone, and so is its lock file.
    assert marker_files() == []
    assert sessions.unexpected_ends() == []


def test_a_killed_run_is_found_without_a_stack() -> None:
    done = child("killed")
    assert done.returncode == 9
    [end] = sessions.unexpected_ends()
    assert end.session_id == done.stdout.strip()
    assert end.stack == ""
    assert "No stack was recorded" in sessions.report(end, "PeerDesk test")


def test_a_clean_exit_leaves_nothing_to_report() -> None:
    done = child("clean")
    assert done.returncode == 0, done.stderr
    assert marker_files() == []
    assert sessions.unexpected_ends() == []


def test_a_run_still_going_is_not_taken_for_a_crash() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, "wait"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as running:
        assert running.stdin is not None and running.stdout is not None
        try:
            session_id = running.stdout.readline().strip()
            assert session_id
            assert sessions.unexpected_ends() == []  # its lock is held: another window, running
            assert f"{session_id}.run" in marker_files()
        finally:
            running.stdin.close()
            running.wait(timeout=60)
    # It ended without Session.end(): now it counts.
    assert [end.session_id for end in sessions.unexpected_ends()] == [session_id]


@pytest.mark.skipif(sys.platform == "win32", reason="a segfault ends a Windows run differently")
def test_the_stack_is_found_after_another_start_rotated_the_log(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    done = child("segfault")
    session_id = done.stdout.strip()
    monkeypatch.setattr(logs, "MAX_BYTES", 10)
    logs.setup_logging()  # another start: the log with the stack becomes peerdesk.log.1
    logging.getLogger("peerdesk.test").warning("another start")
    logs.shutdown_logging()
    assert "Segmentation fault" not in logs.log_file().read_text(encoding="utf-8")
    [end] = sessions.unexpected_ends()
    assert end.session_id == session_id
    assert "Segmentation fault" in end.stack


def test_a_stack_ends_where_the_log_carries_on() -> None:
    session_id = "20261207-101500-4242-abcdef"
    folder = paths.log_dir()
    folder.mkdir(parents=True)
    logs.log_file().write_text(
        textwrap.dedent(
            f"""\
            2026-12-07 10:15:00,001 INFO    peerdesk.sessions [Main] session {session_id} started
            2026-12-07 10:15:02,000 INFO    ui.people [worker] marked 3 steps for 120 participants
            Fatal Python error: Segmentation fault

            Current thread 0x00007f0000000001 (most recent call first):
              File "{Path.home()}/app/ui/people/screen.py", line 300 in _show_selected
              File "{Path.home()}/app/ui/app.py", line 129 in _run

            Extension modules: shiboken6.Shiboken, PySide6.QtCore (total: 2)
            2026-12-07 10:20:00,000 INFO    ui.app [MainThread] PeerDesk 0.1.0 starting
            Fatal Python error: Aborted
            """
        ),
        encoding="utf-8",
    )
    stack = sessions.find_stack(session_id)
    assert stack.splitlines()[0] == "Fatal Python error: Segmentation fault"
    assert 'File "~/app/ui/people/screen.py", line 300 in _show_selected' in stack
    assert stack.splitlines()[-1].startswith("Extension modules:")
    assert "Aborted" not in stack and "marked 3 steps" not in stack
    assert sessions.find_stack("20260101-000000-1-000000") == ""
