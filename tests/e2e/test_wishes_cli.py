"""``peerdesk match --mode stable`` as a user runs it: a form with wishes imported, then matched."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from wishes_data import roster

from peerdesk.database import create_database
from peerdesk.program import programs

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def test_match_in_stable_mode_honours_wishes_and_prints_the_blocking_pairs(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        settings = programs.quick_settings("Spring mentoring")
        settings.default_mentor_capacity = 1
        programs.create_program(db, settings)
    imported = run_cli("import", path, roster(tmp_path))
    assert imported.returncode == 0, imported.stderr
    assert "“Samuel Smiht”" in imported.stdout  # the unknown name is listed

    done = run_cli("match", path, "--mode", "stable")
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("Suggested pairs for “Spring mentoring” (honour preferences (stable))")
    assert "0 blocking pairs" in first

    best = json.loads(run_cli("match", path, "--mode", "best-score", "--json").stdout)
    stable = json.loads(run_cli("match", path, "--mode", "stable", "--json").stdout)
    assert stable["objective"] == "stable" and stable["blocking_pairs"] == 0
    assert isinstance(best["blocking_pairs"], int)
    made = {(p["mentee"], p["mentor"]) for p in stable["pairs"]}
    assert ("Ana Lima", "Dee Reyes") in made  # her first choice, asked before Bo
    assert ("Ana Lima", "Léa Martin") not in {(p["mentee"], p["mentor"]) for p in best["pairs"]}
