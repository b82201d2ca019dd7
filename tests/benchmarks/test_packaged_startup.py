"""The packaged app's time to its main window, against the same app run from source.

Both start as a fresh process on the same program file (2,000 participants), in
the same run, alternating, and stamp the wall clock once the window shows a file
(``PEERDESK_QUIT_WHEN_SHOWN``); the median of several starts counts. Needed
(issue #8): the packaged app takes at most 1.2× the source run.

The one-folder app is built first into a temporary folder (about a minute), unless
``PEERDESK_PACKAGED_APP`` names an executable already built. Run with
``pytest -m benchmark tests/benchmarks/test_packaged_startup.py -s``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from startup_helpers import ROOT, compile_sources, fill

from installer import build, bundle

RUNS = 7
NEEDED = 1.2


def packaged_app(tmp_path: Path) -> Path:
    given = os.environ.get("PEERDESK_PACKAGED_APP")
    if given:
        return Path(given)
    dist, work = tmp_path / "dist", tmp_path / "work"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--bundle-only",
            "--no-smoke",
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=1800,
    )
    return bundle.console_executable(dist, sys.platform)


def time_to_window(cmd: list[str], env: dict[str, str], path: Path) -> float:
    """Seconds from starting the process to its window showing ``path`` (its own stamp)."""
    start = time.time()
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    stamps = [line for line in done.stdout.splitlines() if line.startswith(build.SHOWN)]
    assert stamps, f"no window shown: {done.stdout!r} {done.stderr!r}"
    _prefix, stamp, shown = stamps[-1].split(" ", 2)
    assert Path(shown) == path
    return float(stamp) - start


@pytest.mark.benchmark
def test_packaged_app_starts_as_fast_as_from_source(tmp_path: Path) -> None:
    exe = packaged_app(tmp_path)
    # Byte-compiled, as an install from source would be (see test_startup_speed.py).
    compile_sources(bundle.OWN_PACKAGES)
    path = tmp_path / "big.peerdesk"
    fill(path, 2000)
    env = build.smoke_env(tmp_path / "home")
    env["PEERDESK_QUIT_WHEN_SHOWN"] = "1"
    source_env = dict(env, PYTHONPATH=str(ROOT))
    source_cmd = [sys.executable, "-m", "ui.launcher", str(path)]
    packaged_cmd = [str(exe), str(path)]
    # The first start backs the file up and warms the disk cache for both.
    time_to_window(source_cmd, source_env, path)
    time_to_window(packaged_cmd, env, path)
    source, packaged = [], []
    for _ in range(RUNS):
        source.append(time_to_window(source_cmd, source_env, path))
        packaged.append(time_to_window(packaged_cmd, env, path))
    source_s, packaged_s = statistics.median(source), statistics.median(packaged)
    ratio = packaged_s / source_s
    print(
        f"\nstart-up to main window (2,000 participants): from source {source_s:.3f} s, "
        f"packaged {packaged_s:.3f} s, ratio {ratio:.2f} (needed ≤ {NEEDED})"
    )
    assert ratio <= NEEDED
