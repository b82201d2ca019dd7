"""A seeded random walk through the real main window must not crash, natively or otherwise.

The walk (tests/ui/random_walk.py) runs in a child process under faulthandler,
so a crash in Qt fails this test with the Python stack and the walk's last
actions instead of killing the test run. ``MALLOC_PERTURB_`` has glibc fill
freed memory, so that a use-after-free reads garbage and fails at once rather
than one run in three.

A normal run is one walk of ``ACTIONS`` actions (about half a minute), and the same
walk on a shared PostgreSQL database (``--server URL``: the program is copied there
and the window opens the URL). For a
longer soak, on demand::

    PEERDESK_WALK_SOAK=10 .venv/bin/python -m pytest tests/ui/test_random_walk.py

walks seeds 1 to 10 with ``SOAK_ACTIONS`` actions each; the even ones as on a slow
computer (every operation shows its busy cursor and progress dialog) with
accessibility on (widgets keep accessible interfaces of their items, as with a
screen reader running). One failing walk is
replayed with ``PYTHONPATH=. python tests/ui/random_walk.py --seed N --actions N
--folder DIR`` (the failure message gives the line); ``QT_QPA_PLATFORM=xcb`` under
``xvfb-run`` walks a real X11 window.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WALK = Path(__file__).resolve().parent / "random_walk.py"
ACTIONS = 1500
SOAK_ACTIONS = 5000
TIMEOUT = 600  # seconds: a hang fails as well as a crash
SOAK = int(os.environ.get("PEERDESK_WALK_SOAK", "0") or 0)
SEEDS = list(range(1, SOAK + 1)) if SOAK else [20261207]

# Each of these must have happened, so that a walk that quietly stops doing them fails.
KINDS = (
    "click_row",
    "select_all",
    "select_range",
    "bulk_step",
    "bulk_status",
    "answer_dialog",
    "tick_checklist",
    "type_search",
    "choose_filter",
    "sort",
    "undo",
    "redo",
    "edit_person",
    "import_roster",
    "switch_screen",
    "collect_garbage",
)


def _ended(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def walk(
    folder: Path, seed: int, actions: int, options: list[str]
) -> tuple[subprocess.CompletedProcess[str], str]:
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        str(WALK),
        "--seed",
        str(seed),
        "--actions",
        str(actions),
        *options,
        "--folder",
        str(folder),
    ]
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM=os.environ.get("PEERDESK_WALK_PLATFORM", "offscreen"),
        MALLOC_PERTURB_="165",
        PYTHONFAULTHANDLER="1",
    )
    try:
        done = subprocess.run(
            command, cwd=REPO, env=env, capture_output=True, text=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired as timeout:
        trail = _tail(folder / "trail.txt", 40)
        stack = timeout.stderr.decode() if isinstance(timeout.stderr, bytes) else ""
        pytest.fail(f"the walk hung (seed {seed}); its last actions:\n{trail}\n{stack[-4000:]}")
    replay = f"PYTHONPATH=. {Path(sys.executable).name} {WALK.relative_to(REPO)} " + " ".join(
        command[2:-2]
    )
    return done, replay


def _tail(path: Path, lines: int) -> str:
    if not path.exists():
        return "(no trail)"
    return "\n".join(path.read_text(encoding="utf-8").splitlines()[-lines:])


def kinds_done(stdout: str) -> dict[str, int]:
    line = next((ln for ln in stdout.splitlines() if ln.startswith("WALK KINDS ")), "")
    pairs = (item.split("=") for item in line.removeprefix("WALK KINDS ").split())
    return {kind: int(count) for kind, count in pairs}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_random_walk_through_the_main_window_does_not_crash(tmp_path: Path, seed: int) -> None:
    actions = SOAK_ACTIONS if SOAK else ACTIONS
    options = ["--slow-machine", "--accessible"] if SOAK and seed % 2 == 0 else []
    check_walk(tmp_path, seed, actions, options)


def test_a_random_walk_on_a_shared_database_does_not_crash(tmp_path: Path, pg_url: str) -> None:
    """The same walk on a PostgreSQL database (issue 12): the program copied there first."""
    check_walk(tmp_path, SEEDS[0], ACTIONS, ["--server", pg_url])


def check_walk(tmp_path: Path, seed: int, actions: int, options: list[str]) -> None:
    done, replay = walk(tmp_path / "walk", seed, actions, options)
    if done.returncode != 0:
        pytest.fail(
            f"the walk with seed {seed} failed: {_ended(done.returncode)}.\n"
            f"Replay: {replay} --folder DIR\n"
            f"Its last actions:\n{_tail(tmp_path / 'walk' / 'trail.txt', 40)}\n"
            f"Its stderr (faulthandler's stack, errors, Qt warnings):\n{done.stderr[-8000:]}"
        )
    assert f"WALK DONE seed={seed} actions={actions}" in done.stdout
    kinds = kinds_done(done.stdout)
    missing = [kind for kind in KINDS if not kinds.get(kind)]
    assert not missing, f"the walk never did {missing}: {kinds}"
    assert sum(kinds.values()) >= actions // 2, kinds  # most actions did something
