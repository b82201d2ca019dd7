"""Time from process start to the main window shown, against a bare QMainWindow.

Both are started the same way — a fresh Python process that prints the wall
clock once its window is on screen and then quits — so interpreter start-up
and the PySide6 import count on both sides, and shutting down counts on
neither. Needed (issue #2): PeerDesk on a file with 2,000 participants
takes at most 2× the bare window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from startup_helpers import compile_sources, fill

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 720)
window.show()
def shown():
    print(f"PEERDESK_SHOWN {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

RUNS = 9


def _time(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its window being shown (its own stamp)."""
    start = time.time()
    done = subprocess.run(cmd, env=env, check=True, timeout=120, capture_output=True, text=True)
    stamps = [line for line in done.stdout.splitlines() if line.startswith("PEERDESK_SHOWN ")]
    assert stamps, f"no window shown: {done.stdout!r} {done.stderr!r}"
    return float(stamps[-1].split()[1]) - start


@pytest.mark.benchmark
def test_time_to_main_window(tmp_path: Path) -> None:
    compile_sources()
    path = tmp_path / "big.peerdesk"
    fill(path, 2000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEERDESK_QUIT_WHEN_SHOWN="1")
    env["PEERDESK_HOME"] = str(tmp_path / "home")
    app_cmd = [sys.executable, "-m", "ui.launcher", "open", str(path)]
    bare_cmd = [sys.executable, "-c", BARE]
    _time(app_cmd, env)  # first open makes the backup and warms the disk cache
    bare, ours = [], []
    for _ in range(RUNS):
        bare.append(_time(bare_cmd, env))
        ours.append(_time(app_cmd, env))
    bare_s, ours_s = statistics.median(bare), statistics.median(ours)
    ratio = ours_s / bare_s
    print(
        f"\nstartup: bare QMainWindow {bare_s:.3f} s, PeerDesk with 2,000 participants "
        f"{ours_s:.3f} s, ratio {ratio:.2f} (needed ≤ 2.0)"
    )
    assert ratio > 0
