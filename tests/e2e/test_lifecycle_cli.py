"""The lifecycle commands as a user runs them: a real ``peerdesk`` process on a real file.

``steps``, ``ready``, ``status``, ``pairs``, ``end-pair``, ``pair``, ``log``,
``surveys``, ``erase`` and ``restore``: each does its work, refuses what it
must with exit status 2 and the file's every table exactly as before, and
prints JSON that reads back (issue 21).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from fixtures_rosters import dump

from peerdesk import people
from peerdesk.calendar.planning import ScheduleRequest, schedule_pairs
from peerdesk.database import create_database, open_database
from peerdesk.enums import MeetingStatus, ParticipantStatus, Role, TagKind
from peerdesk.matching import save_suggestions, suggest
from peerdesk.people.bulk_steps import record_steps, step_progress
from peerdesk.program import programs
from peerdesk.surveys.questions import ensure_default_questions

REPO = Path(__file__).resolve().parents[2]
RunCli = Callable[..., subprocess.CompletedProcess[str]]

PROGRAM = "Spring mentoring"
# name, e-mail, role, department, interests, years of experience
PEOPLE = [
    ("Ana Rivera", "ana.rivera@example.org", Role.MENTOR, "Finance", ("Budgeting",), 12.0),
    ("Bo Chen", "bo.chen@example.org", Role.MENTEE, "Nursing", ("Budgeting",), 2.0),
    ("Chidi Okeke", "chidi.okeke@example.org", Role.MENTOR, "Pharmacy", ("Research",), 15.0),
    ("Dana Holm", "dana.holm@example.org", Role.MENTEE, "Finance", ("Research",), 1.0),
]
STEPS = ["Application", "Manager approval", "Mentoring orientation"]
BO_NOTES = "Prefers mornings; caring for a parent with Huntington's"
STARTED = date(2026, 11, 2)


def _data(name: str, email: str, role: Role, dept: str, tags: tuple[str, ...], years: float):
    return people.PersonData(
        full_name=name,
        email=email,
        role=role,
        department=dept,
        years_experience=years,
        tags={TagKind.INTEREST: list(tags)},
        person_notes=BO_NOTES if name == "Bo Chen" else "",
    )


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    """Four people who have done none of their steps yet."""
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program_id = programs.create_program(db, programs.quick_settings(PROGRAM))
        for row in PEOPLE:
            people.add_person(db, program_id, _data(*row))
        ensure_default_questions(db, program_id)
    return path


def _ids(path: Path) -> dict[str, int]:
    with open_database(path) as db:
        program_id = programs.find_program(db, PROGRAM)
        return {r.full_name: r.participant_id for r in people.list_participants(db, program_id)}


@pytest.fixture
def paired_file(program_file: Path) -> Path:
    """Everyone ready, two active pairs from 2 November, a meeting each on 10-13 November
    and another each on 1-4 December."""
    with open_database(program_file) as db:
        program_id = programs.find_program(db, PROGRAM)
        ids = [r.participant_id for r in people.list_participants(db, program_id)]
        steps = [s.step_id for s in step_progress(db, ids)]
        record_steps(db, ids, steps, date(2026, 10, 20))
        save_suggestions(db, suggest(db, program_id), confirm=True, start_date=STARTED)
        for first, last in ((date(2026, 11, 10), date(2026, 11, 13)),
                            (date(2026, 12, 1), date(2026, 12, 4))):  # fmt: skip
            request = ScheduleRequest(
                once=True,
                first_date=first,
                last_date=last,
                local_time=time(17, 0),
                length_minutes=60,
                timezone="UTC",
            )
            schedule_pairs(db, program_id, request)
    return program_file


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _pair_of(path: Path, mentee: str) -> int:
    ids = _ids(path)
    ((pair_id,),) = _rows(path, f"SELECT id FROM pair WHERE mentee_id = {ids[mentee]}")
    return int(pair_id)


def _refused(run_cli: RunCli, path: Path, *args: str | Path) -> str:
    """Run a command that must be refused: exit 2, one line on stderr, nothing changed."""
    before = dump(path)
    done = run_cli(*args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.startswith("peerdesk: ") and "Traceback" not in done.stderr
    assert dump(path) == before
    return done.stderr


# -- steps, ready, status ----------------------------------------------------------------------


def test_steps_lists_the_programs_steps_and_how_many_did_each(
    program_file: Path, run_cli: RunCli
) -> None:
    done = run_cli("steps", program_file)
    assert done.returncode == 0, done.stderr
    for name in STEPS:
        assert name in done.stdout
    assert "0 of 4" in done.stdout
    data = json.loads(run_cli("steps", program_file, "--json").stdout)
    assert [s["name"] for s in data["steps"]] == STEPS
    assert {(s["done"], s["of"], s["required"]) for s in data["steps"]} == {(0, 4, True)}


def test_ready_records_steps_for_everyone_with_date_and_note(
    program_file: Path, run_cli: RunCli
) -> None:
    args = [a for step in STEPS for a in ("--step", step.upper())]  # names: case aside
    done = run_cli("ready", program_file, *args, "--people", "all", "--date", "2027-01-11",
                   "--note", "January session", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["date"] == "2027-01-11"
    assert (data["people"], data["records_added"], data["ready"], data["became_ready"]) == (
        4,
        12,
        4,
        4,
    )
    assert _rows(program_file, "SELECT DISTINCT completed_on, notes FROM step_record") == [
        ("2027-01-11", "January session")
    ]
    assert {s for (s,) in _rows(program_file, "SELECT status FROM participant")} == {"ready"}
    # Again: nothing added, the first date kept.
    again = run_cli("ready", program_file, "--step", "Application", "--people", "all")
    assert again.returncode == 0, again.stderr
    assert "0 records added, 4 already done (they keep their first date)" in again.stdout
    status = json.loads(run_cli("status", program_file, "--json").stdout)
    assert {p["name"]: (p["ready"], p["missing_steps"]) for p in status["participants"]} == {
        name: (True, []) for name, *_ in PEOPLE
    }


def test_ready_for_some_people_by_email_name_and_id_then_status(
    program_file: Path, run_cli: RunCli
) -> None:
    ids = _ids(program_file)
    who = f"BO.CHEN@example.org, Ana Rivera,{ids['Dana Holm']}"
    done = run_cli("ready", program_file, "--step", "Application", "--people", who)
    assert done.returncode == 0, done.stderr
    assert "Recorded 1 step for 3 people" in done.stdout
    status = run_cli("status", program_file)
    assert status.returncode == 0, status.stderr
    chidi = next(line for line in status.stdout.splitlines() if "Chidi Okeke" in line)
    assert "Application, Manager approval, Mentoring orientation" in chidi
    bo = next(line for line in status.stdout.splitlines() if "Bo Chen" in line)
    assert "Manager approval, Mentoring orientation" in bo and "Application" not in bo
    data = json.loads(run_cli("status", program_file, "--json").stdout)
    by_name = {p["name"]: p for p in data["participants"]}
    assert by_name["Bo Chen"]["missing_steps"] == STEPS[1:]
    assert by_name["Bo Chen"]["id"] == ids["Bo Chen"]
    assert by_name["Chidi Okeke"]["missing_steps"] == STEPS


def test_ready_from_a_csv_records_the_known_and_lists_the_rest(
    program_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    listed = tmp_path / "orientation.csv"
    listed.write_text(
        "Name,E-mail\nBo,bo.chen@example.org\nNobody,nobody@example.org\nDana,dana.holm@example.org\n",
        encoding="utf-8",
    )
    done = run_cli("ready", program_file, "--step", "Mentoring orientation", "--from", listed)
    assert done.returncode == 1, done.stderr
    assert "Recorded 1 step for 2 people" in done.stdout
    assert "Row 3: Nobody in “Spring mentoring” is “nobody@example.org”" in done.stdout
    assert len(_rows(program_file, "SELECT * FROM step_record")) == 2


def test_ready_refuses_a_step_the_program_does_not_have(
    program_file: Path, run_cli: RunCli
) -> None:
    error = _refused(run_cli, program_file, "ready", program_file, "--step", "Application",
                     "--step", "Background check", "--people", "all")  # fmt: skip
    assert "has no step “Background check”" in error
    assert "“Application”, “Manager approval”, “Mentoring orientation”" in error


def test_ready_refuses_an_unknown_or_ambiguous_person(program_file: Path, run_cli: RunCli) -> None:
    error = _refused(run_cli, program_file, "ready", program_file, "--step", "Application",
                     "--people", "bo.chen@example.org,zoe@example.org")  # fmt: skip
    assert "Nobody in “Spring mentoring” is “zoe@example.org”" in error
    error = _refused(run_cli, program_file, "ready", program_file, "--step", "Application",
                     "--people", "999")  # fmt: skip
    assert "is “999”" in error


# -- pairs, end-pair, pair ---------------------------------------------------------------------


def test_pairs_lists_and_filters(paired_file: Path, run_cli: RunCli) -> None:
    done = run_cli("pairs", paired_file)
    assert done.returncode == 0, done.stderr
    assert "Ana Rivera" in done.stdout and "Bo Chen" in done.stdout and "active" in done.stdout
    data = json.loads(run_cli("pairs", paired_file, "--active", "--json").stdout)
    assert {(p["mentor"], p["mentee"], p["status"]) for p in data["pairs"]} == {
        ("Ana Rivera", "Bo Chen", "active"),
        ("Chidi Okeke", "Dana Holm", "active"),
    }
    assert {p["started_on"] for p in data["pairs"]} == {STARTED.isoformat()}
    assert json.loads(run_cli("pairs", paired_file, "--ended", "--json").stdout)["pairs"] == []
    # Every meeting is in the past and unlogged, so both pairs need attention.
    needing = json.loads(run_cli("pairs", paired_file, "--needs-attention", "--json").stdout)
    assert len(needing["pairs"]) == 2
    assert all(any("not logged" in why for why in p["attention"]) for p in needing["pairs"])
    text = run_cli("pairs", paired_file, "--needs-attention").stdout
    assert "Needs attention" in text and "not logged" in text


def test_end_pair_cancels_its_later_meetings_and_refuses_a_second_time(
    paired_file: Path, run_cli: RunCli
) -> None:
    pair_id = _pair_of(paired_file, "Bo Chen")
    done = run_cli("end-pair", paired_file, "bo.chen@example.org", "--reason", "Moved away",
                   "--rematch", "--date", "2026-11-20", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["pair"]["id"] == pair_id
    assert data["pair"]["status"] == "ended" and data["pair"]["ended_on"] == "2026-11-20"
    assert data["pair"]["outcome"] == "ended_early"
    assert data["meetings_cancelled"] == 1
    statuses = _rows(
        paired_file,
        f"SELECT date(starts_at), status FROM meeting WHERE pair_id = {pair_id} ORDER BY 1",
    )
    assert [s for _d, s in statuses] == ["scheduled", "cancelled"]  # the one after the end
    ((status,),) = _rows(
        paired_file, f"SELECT status FROM participant WHERE id = {_ids(paired_file)['Bo Chen']}"
    )
    assert status == ParticipantStatus.READY.value  # --rematch: back on the unmatched list
    error = _refused(run_cli, paired_file, "end-pair", paired_file, str(pair_id), "--reason", "x")
    assert "Only an active or paused pair can be ended" in error
    error = _refused(run_cli, paired_file, "end-pair", paired_file, "77", "--reason", "x")
    assert "has no pair 77" in error


def test_end_pair_completed_by_name(paired_file: Path, run_cli: RunCli) -> None:
    done = run_cli("end-pair", paired_file, "dana holm", "--reason", "Goals met",
                   "--outcome", "completed")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Ended pair" in done.stdout and "Dana Holm is done with the program" in done.stdout
    ((outcome, reason),) = _rows(
        paired_file,
        f"SELECT outcome, end_reason FROM pair WHERE id = {_pair_of(paired_file, 'Dana Holm')}",
    )
    assert (outcome, reason) == ("completed", "Goals met")


def test_pair_by_hand_with_the_boards_rule_checks(paired_file: Path, run_cli: RunCli) -> None:
    # Bo's pair ends; he may be matched again, with Chidi (who takes two mentees).
    run_cli("end-pair", paired_file, "Bo Chen", "--reason", "Moved teams", "--rematch")
    error = _refused(run_cli, paired_file, "pair", paired_file, "chidi.okeke@example.org",
                     "bo.chen@example.org")  # fmt: skip
    assert "Bo Chen is not a mentor in this program." in error
    error = _refused(run_cli, paired_file, "pair", paired_file, "Bo Chen", "Zoe Park")
    assert "Nobody in “Spring mentoring” is “Zoe Park”" in error
    error = _refused(run_cli, paired_file, "pair", paired_file, "Bo Chen", "Ana Rivera", "--start",
                     "2026-12-01")  # fmt: skip
    assert "--start goes with --confirm" in error
    done = run_cli("pair", paired_file, "Bo Chen", "chidi.okeke@example.org", "--confirm",
                   "--start", "2026-12-01", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["pair"]["mentor"], data["pair"]["mentee"]) == ("Chidi Okeke", "Bo Chen")
    assert (data["pair"]["status"], data["pair"]["started_on"]) == ("active", "2026-12-01")
    # Bo and Dana are in pairs now: pairing them again is refused, as on the board.
    error = _refused(run_cli, paired_file, "pair", paired_file, "Bo Chen", "Ana Rivera")
    assert "Bo Chen is already paired with Chidi Okeke." in error
    error = _refused(run_cli, paired_file, "pair", paired_file, "Dana Holm", "Ana Rivera")
    assert "Dana Holm is already paired with Chidi Okeke." in error


def test_pair_proposed_then_listed(program_file: Path, run_cli: RunCli) -> None:
    assert run_cli("ready", program_file, *[a for s in STEPS for a in ("--step", s)],
                   "--people", "all").returncode == 0  # fmt: skip
    done = run_cli("pair", program_file, "dana.holm@example.org", "Ana Rivera")
    assert done.returncode == 0, done.stderr
    assert "Paired Dana Holm with Ana Rivera as a proposed pair: pair " in done.stdout
    data = json.loads(run_cli("pairs", program_file, "--json").stdout)
    assert [(p["mentee"], p["mentor"], p["status"]) for p in data["pairs"]] == [
        ("Dana Holm", "Ana Rivera", "proposed")
    ]


# -- log ------------------------------------------------------------------------------------


def test_log_a_held_meeting_with_its_length_and_note(paired_file: Path, run_cli: RunCli) -> None:
    pair_id = _pair_of(paired_file, "Bo Chen")
    ((day,),) = _rows(
        paired_file,
        f"SELECT min(date(starts_at)) FROM meeting WHERE pair_id = {pair_id}",
    )
    done = run_cli("log", paired_file, str(pair_id), "--date", str(day), "--minutes", "45",
                   "--note", "CV review", "--topics", "CV", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["pair_id"], data["status"], data["minutes"]) == (pair_id, "held", 45)
    assert (data["notes"], data["topics"]) == ("CV review", "CV")
    assert _rows(
        paired_file,
        f"SELECT status, actual_minutes, notes FROM meeting WHERE id = {data['meeting_id']}",
    ) == [(MeetingStatus.HELD.value, 45, "CV review")]
    text = run_cli("log", paired_file, "ana.rivera@example.org", "--date", str(day),
                   "--status", "no-show")  # fmt: skip
    assert text.returncode == 0, text.stderr
    assert f"on {day} at 17:00 as a no-show" in text.stdout


def test_log_refuses_a_day_without_a_meeting_and_a_meeting_to_come(
    paired_file: Path, run_cli: RunCli
) -> None:
    pair_id = _pair_of(paired_file, "Bo Chen")
    error = _refused(run_cli, paired_file, "log", paired_file, str(pair_id), "--date", "2026-11-03")
    assert f"Pair {pair_id} has no meeting on 2026-11-03 (its next one is on 2026-11-1" in error
    future = date.today().replace(year=date.today().year + 1)
    with open_database(paired_file) as db:
        program_id = programs.find_program(db, PROGRAM)
        request = ScheduleRequest(once=True, first_date=future, local_time=time(17, 0),
                                  length_minutes=60, timezone="UTC")  # fmt: skip
        schedule_pairs(db, program_id, request, pair_ids=[pair_id])
    error = _refused(run_cli, paired_file, "log", paired_file, str(pair_id), "--date",
                     future.isoformat())  # fmt: skip
    assert "has not started yet" in error


# -- surveys -------------------------------------------------------------------------------


def _answers(path: Path, *rows: str) -> Path:
    path.write_text(
        "Timestamp,Email Address,I am satisfied with my match.,"
        "We are making progress on our goals.,"
        "How many times did you meet since the last check-in?,"
        "Is there anything the coordinator should know?\n" + "".join(r + "\n" for r in rows),
        encoding="utf-8",
    )
    return path


def test_surveys_records_answers_by_email_and_lists_the_rest(
    paired_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    answers = _answers(
        tmp_path / "Check-in (Responses).csv",
        "2026-11-20 10:00:00,BO.CHEN@example.org,5,4,2,All good",
        "2026-11-20 11:00:00,nobody@example.org,3,3,1,",
        "2026-11-20 12:00:00,ana.rivera@example.org,4,4,2,Fine",
    )
    done = run_cli("surveys", paired_file, "--record", answers)
    assert done.returncode == 1, done.stderr
    assert "Recorded 2 check-in survey responses" in done.stdout
    assert "Row 3: nobody in this program has the email “nobody@example.org”" in done.stdout
    ids = _ids(paired_file)
    assert sorted(_rows(paired_file, "SELECT participant_id, kind FROM survey_response")) == [
        (ids["Ana Rivera"], "checkin"),
        (ids["Bo Chen"], "checkin"),
    ]
    again = run_cli("surveys", paired_file, "--record", answers, "--kind", "checkin", "--json")
    assert again.returncode == 1, again.stderr
    data = json.loads(again.stdout)
    assert data["added"] == 0 and data["kind"] == "checkin"
    assert [line["outcome"] for line in data["skipped"]] == [
        "already imported",
        "error",
        "already imported",
    ]


def test_surveys_refuses_a_file_whose_every_row_names_nobody(
    paired_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    answers = _answers(tmp_path / "checkin.csv", "2026-11-20 10:00:00,zoe@example.org,5,4,2,")
    error = _refused(run_cli, paired_file, "surveys", paired_file, "--record", answers)
    assert "No row of “checkin.csv” could be recorded" in error


# -- erase and restore ---------------------------------------------------------------------


def _traces(path: Path) -> list[bytes]:
    """Bo's name, e-mail and notes, wherever they are in a file's bytes."""
    data = path.read_bytes()
    secrets = ["Bo Chen", "bo.chen@example.org", BO_NOTES, "CV review", "All good"]
    return [s.encode() for s in secrets if s.encode() in data or s.encode("utf-16-le") in data]


def test_erase_leaves_no_trace_in_the_file_or_a_backup_made_afterwards(
    paired_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    pair_id = _pair_of(paired_file, "Bo Chen")
    ((day,),) = _rows(
        paired_file, f"SELECT min(date(starts_at)) FROM meeting WHERE pair_id = {pair_id}"
    )
    assert run_cli("log", paired_file, str(pair_id), "--date", str(day),
                   "--note", "CV review").returncode == 0  # fmt: skip
    answers = _answers(
        tmp_path / "checkin.csv", "2026-11-20 10:00:00,bo.chen@example.org,5,4,2,All good"
    )
    assert run_cli("surveys", paired_file, "--record", answers).returncode == 0
    earlier = run_cli("backup", paired_file)
    assert earlier.returncode == 0, earlier.stderr
    assert _traces(paired_file)  # the file held them before

    done = run_cli("erase", paired_file, "bo.chen@example.org", "--yes")
    assert done.returncode == 0, done.stderr
    assert _traces(paired_file) == []
    for leftover in paired_file.parent.glob(paired_file.name + "-*"):  # -wal, -journal
        assert _traces(leftover) == []
    later = run_cli("backup", paired_file)
    assert later.returncode == 0, later.stderr
    backup = Path(later.stdout.strip().removeprefix("Backed up to "))
    assert backup.is_file() and _traces(backup) == []
    # The person stays as an anonymous record: the pair and its meetings still add up.
    assert _rows(paired_file, f"SELECT count(*) FROM meeting WHERE pair_id = {pair_id}") == [(2,)]
    status = json.loads(run_cli("status", paired_file, "--json").stdout)
    assert "Erased person" in {p["name"] for p in status["participants"]}


def _erase_answering(
    path: Path, tmp_path: Path, answer: str | None
) -> subprocess.CompletedProcess[str]:
    """``peerdesk erase FILE "Bo Chen"`` with ``answer`` typed (None: no input at all)."""
    env = dict(os.environ, PEERDESK_HOME=str(tmp_path / "home"), PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", "erase", str(path), "Bo Chen"],
        input=answer, stdin=subprocess.DEVNULL if answer is None else None,
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip


def test_erase_asks_first_and_no_answer_means_no(
    paired_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    before = dump(paired_file)
    for answer in (None, "", "no\n", "y es\n"):
        asked = _erase_answering(paired_file, tmp_path, answer)
        assert asked.returncode == 2, asked.stderr
        assert "This removes Bo Chen's name" in asked.stdout
        assert "Erase Bo Chen from this file? Type yes to erase:" in asked.stdout
        assert "Nothing was erased" in asked.stderr
        assert dump(paired_file) == before
    error = _refused(run_cli, paired_file, "erase", paired_file, "zoe@example.org", "--yes")
    assert "Nobody in “Spring mentoring” is “zoe@example.org”" in error
    erased = _erase_answering(paired_file, tmp_path, "YES\n")
    assert erased.returncode == 0, erased.stderr
    assert _traces(paired_file) == []


def test_restore_puts_a_backup_back_after_backing_up_the_current_state(
    paired_file: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    made = run_cli("backup", paired_file)
    backup = Path(made.stdout.strip().removeprefix("Backed up to "))
    pairs_then = _rows(paired_file, "SELECT id, status FROM pair ORDER BY id")
    assert run_cli("end-pair", paired_file, "Bo Chen", "--reason", "Left").returncode == 0
    ended = dump(paired_file)

    done = run_cli("restore", paired_file, backup.name)  # a name from the backup folder
    assert done.returncode == 0, done.stderr
    assert _rows(paired_file, "SELECT id, status FROM pair ORDER BY id") == pairs_then
    safety = Path(done.stdout.strip().rsplit(" ", 1)[1])
    assert safety.is_file() and safety != backup
    assert dump(safety) == ended  # the state before the restore, kept

    error = _refused(run_cli, paired_file, "restore", paired_file, tmp_path / "missing.peerdesk")
    assert "does not exist" in error
    not_ours = tmp_path / "notes.peerdesk"
    not_ours.write_bytes(b"not a backup" * 100)
    error = _refused(run_cli, paired_file, "restore", paired_file, not_ours)
    assert "The backup could not be used" in error


# -- help ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["steps", "ready", "status", "pairs", "end-pair", "pair", "log", "surveys", "erase", "restore"],
)
def test_every_command_has_help_with_an_example(name: str, run_cli: RunCli) -> None:
    done = run_cli(name, "--help")
    assert done.returncode == 0, done.stderr
    assert f"example:\n  peerdesk {name} " in done.stdout


def test_json_output_is_utf8_text_for_names_of_any_script(
    program_file: Path, run_cli: RunCli
) -> None:
    with open_database(program_file) as db:
        program_id = programs.find_program(db, PROGRAM)
        people.add_person(
            db,
            program_id,
            people.PersonData(full_name="Trần Thị Ánh", email="anh@example.org"),
        )
    data = json.loads(run_cli("status", program_file, "--json").stdout)
    assert "Trần Thị Ánh" in {p["name"] for p in data["participants"]}
