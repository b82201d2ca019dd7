"""``peerdesk import``, ``match`` and ``scores --csv`` on a form of free-text goals and skills."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Callable
from pathlib import Path

from free_text_form import write_form

from peerdesk import people
from peerdesk.database import create_database, open_database
from peerdesk.enums import Criterion, ParticipantStatus
from peerdesk.matching import suggest
from peerdesk.program import programs
from peerdesk.program import reads as program_reads

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def _read_scores(path: Path) -> dict[tuple[str, str], str]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    mentors = [title.rsplit(" (#", 1)[0] for title in rows[0][2:]]
    return {
        (row[1], mentor): cell
        for row in rows[1:]
        for mentor, cell in zip(mentors, row[2:], strict=True)
    }


def test_the_exported_scores_include_the_free_text_criterion(
    tmp_path: Path, run_cli: RunCli
) -> None:
    form = tmp_path / "Sign-up form (Responses).csv"
    planted = write_form(form, seed=2)
    path = tmp_path / "Volunteers.peerdesk"
    db = create_database(path)
    with db:
        program_id = programs.create_program(db, programs.quick_settings("Volunteers 2027"))
    done = run_cli("import", path, form)
    assert done.returncode == 0, done.stderr
    with open_database(path) as db:
        everyone = [r.participant_id for r in people.list_participants(db, program_id)]
        assert len(everyone) == 70
        people.set_status(db, everyone, ParticipantStatus.READY)
        engine = suggest(db, program_id)

    done = run_cli("scores", path, "--csv", tmp_path / "with.csv")
    assert done.returncode == 0, done.stderr
    with_text = _read_scores(tmp_path / "with.csv")
    # The file holds the very scores the suggestions were chosen by.
    for pair in engine.pairs:
        assert float(with_text[pair.mentee_name, pair.mentor_name]) == pair.score

    done = run_cli("match", path)
    assert done.returncode == 0, done.stderr
    assert (
        "Both mention Salary negotiation (mentee: 'Negotiating the salary for my next role'; "
        "mentor: 'Salary negotiation')"
    ) in done.stdout

    # Switched off, the planted pairs lose what their words had in common.
    with open_database(path) as db:
        settings = program_reads.load_settings(db, program_id)
        criterion = settings.criterion(Criterion.FREE_TEXT)
        assert criterion is not None and criterion.enabled
        criterion.enabled = False
        programs.update_program(db, program_id, settings)
    done = run_cli("scores", path, "--csv", tmp_path / "without.csv")
    assert done.returncode == 0, done.stderr
    without = _read_scores(tmp_path / "without.csv")
    changed = [pair for pair in planted if with_text[pair] != without[pair]]
    assert len(changed) == len(planted)
