"""``peerdesk match`` and ``peerdesk scores`` as a user runs them: a real process on a real file."""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from matching_data import spring_mentoring_file
from sqlalchemy import select

from peerdesk.database import open_database
from peerdesk.enums import MatchObjective, PairStatus, ParticipantStatus
from peerdesk.matching import suggest
from peerdesk.matching.grid import score_grid
from peerdesk.matching.pool import Member, load_pool
from peerdesk.models import Pair
from peerdesk.program import programs
from peerdesk.scores import shown_score

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    def odd_ones(members: list[Member]) -> None:
        members[0] = Member(**{**members[0].__dict__, "name": '=HYPERLINK("x")'})
        members[1] = Member(**{**members[1].__dict__, "status": ParticipantStatus.SCREENED})

    return spring_mentoring_file(tmp_path / "Riverside.peerdesk", odd_ones)


def test_match_prints_pairs_reasons_and_unmatched(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    done = run_cli("match", program_file)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    out = done.stdout
    assert "Suggested pairs for “Spring mentoring” (best total score): 30 pairs" in out
    assert "Mentee" in out and "Mentor" in out and "Score" in out and "Why" in out
    assert "Unmatched (10):" in out
    assert "not ready for matching yet (status: screened)" in out
    # Scores read as everywhere else: whole numbers, rounded half up (peerdesk.scores).
    with open_database(program_file) as db:
        engine = suggest(db, programs.find_program(db, "Spring mentoring"))
    lines = out.splitlines()
    for pair in engine.pairs:
        line = next(t for t in lines if pair.mentee_name in t and pair.mentor_name in t)
        assert f" {shown_score(pair.score)} " in line
    assert f"total score {shown_score(engine.total_score)}" in out


def test_match_json_equals_the_engine_and_apply_saves(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    done = run_cli("match", program_file, "--json", "--mode", "most-matched")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    with open_database(program_file) as db:
        program_id = programs.find_program(db, "Spring mentoring")
        engine = suggest(db, program_id, objective=MatchObjective.MOST_MATCHED)
    assert data["objective"] == "most_matched"
    assert [(p["mentor_id"], p["mentee_id"], p["score"]) for p in data["pairs"]] == [
        (p.mentor_id, p.mentee_id, p.score) for p in engine.pairs
    ]
    assert data["pairs"][0]["reasons"] == engine.pairs[0].top_reasons
    assert data["total_score"] == engine.total_score
    assert {u["why"] for u in data["unmatched"]} <= {
        "not_ready",
        "eligible_full",
        "no_eligible_partner",
    }
    assert data["saved"] is None

    applied = run_cli("match", program_file, "--apply", "--json")
    assert applied.returncode == 0, applied.stderr
    saved = json.loads(applied.stdout)["saved"]
    assert len(saved["created"]) == 30
    with open_database(program_file) as db, db.reading() as session:
        statuses = session.scalars(select(Pair.status)).all()
    assert statuses == [PairStatus.PROPOSED] * 30

    confirmed = run_cli("match", program_file, "--apply", "--confirm")
    assert confirmed.returncode == 0, confirmed.stderr
    assert "Saved 30 active pairs (replacing 30 earlier)." in confirmed.stdout
    with open_database(program_file) as db, db.reading() as session:
        statuses = session.scalars(select(Pair.status)).all()
    assert statuses == [PairStatus.ACTIVE] * 30


def test_scores_csv_reads_back_as_the_engines_scores(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    out = tmp_path / "scores.csv"
    done = run_cli("scores", program_file, "--csv", out)
    assert done.returncode == 0, done.stderr
    with out.open(newline="", encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    with open_database(program_file) as db, db.reading() as session:
        pool = load_pool(session, programs.find_program(db, "Spring mentoring"))
    grid = score_grid(pool)
    header, body = table[0], table[1:]
    assert header[:2] == ["Mentee ID", "Mentee"]
    assert header[2:] == [f"{m.name} (#{m.participant_id})" for m in pool.mentors.members]
    assert [int(row[0]) for row in body] == pool.mentees.ids.tolist()
    assert body[0][1] == '\'=HYPERLINK("x")'  # never a live formula
    blanks = 0
    for i, row in enumerate(body):
        for j, cell in enumerate(row[2:]):
            if grid.allowed[i, j]:
                assert float(cell) == grid.points[i, j] / 100
            else:
                assert cell == ""
                blanks += 1
    assert blanks > 0

    again = run_cli("scores", program_file, "--csv", out)
    assert again.returncode == 2
    assert "already exists" in again.stderr and "--overwrite" in again.stderr
    assert run_cli("scores", program_file, "--csv", out, "--overwrite").returncode == 0


def test_mistakes_are_one_clear_line(program_file: Path, tmp_path: Path, run_cli: RunCli) -> None:
    confirm_alone = run_cli("match", program_file, "--confirm")
    assert confirm_alone.returncode == 2
    assert "--confirm goes with --apply" in confirm_alone.stderr
    with open_database(program_file) as db:
        programs.create_program(db, programs.quick_settings("Youth circle"))
    which = run_cli("match", program_file)
    assert which.returncode == 2
    assert "several programs" in which.stderr and "--program" in which.stderr
    named = run_cli("match", program_file, "--program", "youth circle")
    assert named.returncode == 0, named.stderr
    assert "0 pairs" in named.stdout
    assert "Traceback" not in which.stderr + named.stderr
