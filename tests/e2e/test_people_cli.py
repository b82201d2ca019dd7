"""``peerdesk people`` as a user runs it: a real process on a real file."""

from __future__ import annotations

import csv
import io
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from peerdesk import people
from peerdesk.database import create_database
from peerdesk.enums import PairStatus, Role, TagKind
from peerdesk.models import Pair
from peerdesk.program import programs

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def _person(
    name: str, email: str, role: Role, department: str, *interests: str
) -> people.PersonData:
    return people.PersonData(
        full_name=name,
        email=email,
        role=role,
        department=department,
        tags={TagKind.INTEREST: list(interests)},
    )


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program_id = programs.create_program(db, programs.quick_settings("Spring mentoring"))
        programs.create_program(db, programs.quick_settings("Autumn buddies"))
        ana = people.add_person(
            db,
            program_id,
            _person("Ana Lima", "ana@example.org", Role.MENTOR, "Finance", "Leadership", "Data"),
        )
        bo = people.add_person(
            db, program_id, _person("Bo Chen", "bo@example.org", Role.MENTEE, "IT", "Writing")
        )
        people.add_person(
            db,
            program_id,
            _person("=cmd|' /C calc'!A0", "", Role.MENTEE, "-Sales", "@risk"),
        )
        for step in people.step_records(db, ana):
            people.record_step(db, [ana], step.step_id, date(2026, 2, 1))
        with db.transaction() as session:
            session.add(
                Pair(program_id=program_id, mentor_id=ana, mentee_id=bo, status=PairStatus.ACTIVE)
            )
    return path


def test_people_prints_a_tidy_table(program_file: Path, tmp_path: Path, run_cli: RunCli) -> None:
    done = run_cli("people", program_file, "--program", "spring MENTORING")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0] == "Spring mentoring: 3 people"
    header, rule = lines[2], lines[3]
    assert header.split() == [
        "Name", "Email", "Role", "Status", "Department", "Ready", "Interests", "Matched", "with",
    ]  # fmt: skip
    assert set(rule.replace(" ", "")) == {"-"}
    ana = next(line for line in lines if line.startswith("Ana Lima"))
    assert ana.split()[:6] == ["Ana", "Lima", "ana@example.org", "mentor", "ready", "Finance"]
    assert "yes" in ana and "Leadership, Data" in ana and ana.endswith("Bo Chen")
    bo = next(line for line in lines if line.startswith("Bo Chen"))
    assert " no " in bo and bo.endswith("Ana Lima")
    # Columns line up: every row's email starts where the header's does.
    column = header.index("Email")
    assert all(line[column - 2 : column] == "  " for line in lines[2:])


def test_people_csv_has_a_header_and_every_participant(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    done = run_cli("people", program_file, "--program", "Spring mentoring", "--csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert rows[0] == [
        "Name", "Email", "Role", "Status", "Department", "Ready", "Interests", "Matched with",
    ]  # fmt: skip
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Ana Lima"] == [
        "Ana Lima", "ana@example.org", "mentor", "ready", "Finance", "yes", "Leadership, Data",
        "Bo Chen",
    ]  # fmt: skip
    assert by_name["Bo Chen"][5] == "no"
    # Nothing a spreadsheet would run as a formula.
    risky = by_name["'=cmd|' /C calc'!A0"]
    assert risky[4] == "'-Sales" and risky[6] == "'@risk"
    assert len(rows) == 4


def test_people_needs_a_program_when_the_file_has_several(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    done = run_cli("people", program_file)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == (
        "peerdesk: This file has several programs (“Autumn buddies”, “Spring mentoring”); "
        "choose one with --program NAME."
    )
    empty = run_cli("people", program_file, "--program", "Autumn buddies")
    assert empty.returncode == 0
    assert empty.stdout.startswith("Nobody has joined “Autumn buddies” yet.")
    missing = run_cli("people", tmp_path / "nowhere.peerdesk")
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr
