"""``peerdesk match --compare``, the audit in --json and in Excel, and ``--next-round``."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from fixtures_rosters import dump
from matching_data import spring_mentoring_file
from sqlalchemy import select

from peerdesk.database import open_database
from peerdesk.enums import MatchObjective, PairStatus
from peerdesk.matching import suggest
from peerdesk.matching.pool import Member
from peerdesk.models import Pair
from peerdesk.program import programs

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    def formula_name(members: list[Member]) -> None:
        members[0] = Member(**{**members[0].__dict__, "name": '=HYPERLINK("x")'})

    return spring_mentoring_file(tmp_path / "Riverside.peerdesk", formula_name)


def test_compare_shows_every_mode_and_writes_the_audit(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    before = dump(program_file)
    out = tmp_path / "audit.xlsx"
    done = run_cli("match", program_file, "--compare", "--json", "--audit-xlsx", out)
    assert done.returncode == 0, done.stderr
    modes = {m["objective"]: m for m in json.loads(done.stdout)["modes"]}
    assert set(modes) == {"best_score", "most_matched", "stable", "fairest"}
    best, fair = modes["best_score"], modes["fairest"]
    assert fair["lowest"] >= best["lowest"] and fair["pairs"] >= best["pairs"]
    assert fair["total"] <= best["total"]
    with open_database(program_file) as db:
        engine = suggest(db, programs.find_program(db, "Spring mentoring"))
    assert (
        engine.audit is not None
        and best
        == {
            "objective": "best_score",
            "blocking_pairs": engine.blocking_pairs,
        }
        | engine.audit.to_json()
    )
    assert dump(program_file) == before  # comparing saves nothing

    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Modes", "Groups", "Pairs"]
    rows = list(book["Modes"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Mode", "Pairs", "Total score", "Lowest")
    by_mode = {r[0]: r for r in rows[1:]}
    fairest = by_mode["fairest: the highest lowest score, then best score"]
    assert (fairest[1], fairest[2], fairest[3]) == (fair["pairs"], fair["total"], fair["lowest"])
    pairs = list(book["Pairs"].iter_rows(values_only=True))
    assert len(pairs) - 1 == sum(m["pairs"] for m in modes.values())
    names = {r[1] for r in pairs} | {r[2] for r in pairs}
    assert '=HYPERLINK("x")' in names  # shown as typed…
    full = openpyxl.load_workbook(out)  # …and stored as text, never as a formula
    cells = [c for row in full["Pairs"].iter_rows() for c in row if c.value == '=HYPERLINK("x")']
    assert cells and all(c.data_type == "s" for c in cells)
    groups = list(book["Groups"].iter_rows(values_only=True))
    assert {r[1] for r in groups[1:]} >= {"Department"}

    table = run_cli("match", program_file, "--compare")
    assert table.returncode == 0, table.stderr
    assert "Matched" in table.stdout and "Lowest" in table.stdout
    assert "fairest: the highest lowest score" in table.stdout


def test_compare_refuses_to_apply_and_changes_nothing(program_file: Path, run_cli: RunCli) -> None:
    before = dump(program_file)
    done = run_cli("match", program_file, "--compare", "--apply")
    assert done.returncode == 2
    assert "--compare shows every mode and saves nothing" in done.stderr
    assert dump(program_file) == before


def test_fairest_json_carries_the_audit(program_file: Path, run_cli: RunCli) -> None:
    done = run_cli("match", program_file, "--json", "--mode", "fairest")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["objective"] == "fairest"
    scores = [p["score"] for p in data["pairs"]]
    assert data["audit"]["lowest"] == min(scores)
    assert data["audit"]["below_line"] == sum(s < 25 for s in scores)
    with open_database(program_file) as db:
        program_id = programs.find_program(db, "Spring mentoring")
        engine = suggest(db, program_id, objective=MatchObjective.FAIREST)
    assert [(p["mentor_id"], p["mentee_id"]) for p in data["pairs"]] == [
        (p.mentor_id, p.mentee_id) for p in engine.pairs
    ]


def test_next_round_from_the_command_line_never_repeats_a_pair(
    program_file: Path, run_cli: RunCli
) -> None:
    seen: list[frozenset[int]] = []
    for _ in range(3):
        done = run_cli("match", program_file, "--next-round", "--apply", "--confirm")
        assert done.returncode == 0, done.stderr
        assert "next round: nobody with an earlier partner" in done.stdout
    with open_database(program_file) as db, db.reading() as session:
        for pair in session.scalars(select(Pair)):
            seen.append(frozenset((pair.mentor_id, pair.mentee_id)))
        active = session.scalars(select(Pair).where(Pair.status == PairStatus.ACTIVE)).all()
    assert len(seen) == len(set(seen)) and len(seen) > len(active) > 0
