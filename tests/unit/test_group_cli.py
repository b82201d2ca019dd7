"""The group sessions' commands, run through the command line's main (issue 22)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import db_rows
import pytest
from pdf_pages import page_texts

from peerdesk import cli, people
from peerdesk.database import create_database, open_database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.program import programs

TRAINING = ["--kind", "training", "--title", "Mentor training", "--at", "2026-01-13 18:00"]
LONDON = ["--timezone", "Europe/London"]


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


def run(*args: str | Path) -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return Result(code, out.getvalue(), err.getvalue())


def refused(result: Result, *fragments: str) -> None:
    """Exit 2, one plain line on stderr, nothing on stdout."""
    assert (result.code, result.out) == (2, ""), result.err
    assert result.err.startswith("peerdesk: ") and result.err.count("\n") == 1, result.err
    for fragment in fragments:
        assert fragment in result.err


@pytest.fixture
def program(tmp_path: Path) -> tuple[Path, dict[str, list[int]]]:
    """A program file with 12 mentors (screened) and 3 mentees."""
    path = tmp_path / "riverside.peerdesk"
    with create_database(path) as db:
        program_id = programs.create_program(db, programs.quick_settings("Riverside"))
        found: dict[str, list[int]] = {"mentors": [], "mentees": []}
        for role, count in ((Role.MENTOR, 12), (Role.MENTEE, 3)):
            for n in range(count):
                data = people.PersonData(
                    full_name=f"{role.value.title()} {n:02d}",
                    email=f"{role.value}{n:02d}@example.org",
                    role=role,
                    status=ParticipantStatus.SCREENED,
                )
                found[f"{role.value}s"].append(people.add_person(db, program_id, data))
    return path, found


def rows(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with open_database(path) as db:
        return db_rows.query(db, sql, *params)


def test_make_a_training_mark_attendance_and_print_its_sheet(
    program: tuple[Path, dict[str, list[int]]], tmp_path: Path
) -> None:
    path, who = program
    made = run(
        "session", path, *TRAINING, "--length", "90", "--invite", "mentors", *LONDON,
        "--completes-step", "mentoring orientation", "--place", "Library", "--json",
    )  # fmt: skip
    assert made.code == 0, made.err
    data = made.json()
    session_id = data["id"]
    [session] = data["sessions"]
    assert (session["invited"], session["length_minutes"], session["place"]) == (12, 90, "Library")
    assert session["starts_at"] == "2026-01-13T18:00:00+00:00"

    listed = run("sessions", path, "--json")
    assert listed.code == 0
    [row] = listed.json()["sessions"]
    assert (row["id"], row["invited"], row["attended"]) == (session_id, 12, 0)

    nine = ",".join(str(i) for i in who["mentors"][:9])
    marked = run("attend", path, str(session_id), "--people", nine, "--json")
    assert marked.code == 0, marked.err
    result = marked.json()
    assert (result["marked"], result["steps_recorded"]) == (9, 9)
    assert (result["session"]["attended"], result["session"]["unmarked"]) == (9, 3)
    recorded = rows(
        path,
        "SELECT participant_id, completed_on FROM step_record r JOIN program_step s "
        "ON s.id = r.step_id WHERE s.name = 'Mentoring orientation' ORDER BY participant_id",
    )
    assert recorded == [(pid, date(2026, 1, 13).isoformat()) for pid in who["mentors"][:9]]

    text = run("sessions", path)
    assert text.code == 0
    assert f"{session_id}  2026-01-13 18:00  Training  Mentor training" in text.out
    assert "Attended" in text.out

    sheet = tmp_path / "sheet.pdf"
    printed = run("signin", path, str(session_id), "--out", sheet)
    assert printed.code == 0, printed.err
    assert str(sheet) in printed.out
    pdf = " ".join(page_texts(sheet))
    for n in range(12):
        assert f"Mentor {n:02d}" in pdf
    assert "Mentee 00" not in pdf
    refused(run("signin", path, str(session_id), "--out", sheet), "add --overwrite")
    assert run("signin", path, str(session_id), "--out", sheet, "--overwrite").code == 0


def test_text_output_people_by_email_and_everyone_excused(
    program: tuple[Path, dict[str, list[int]]],
) -> None:
    path, _who = program
    made = run("session", path, "--kind", "Workshop", "--at", "2099-03-02 09:30", *LONDON,
               "--invite", "mentee00@example.org, Mentee 01")  # fmt: skip
    assert made.code == 0, made.err
    assert made.out.startswith("Made session ")
    assert "Workshop on 2099-03-02 09:30 (Europe/London), 2 people invited." in made.out
    session_id = made.out.split()[2].rstrip(":")

    excused = run("attend", path, session_id, "--people", "all", "--status", "excused")
    assert excused.code == 0, excused.err
    assert excused.out.startswith(f"Marked 2 people excused at session {session_id} (Workshop")
    assert "0 attended, 2 excused, 0 absent, 0 not marked of 2 invited." in excused.out
    # 2 March 2099 is still to come: nobody can have attended yet.
    refused(run("attend", path, session_id, "--people", "all"), "has not begun yet")
    assert rows(path, "SELECT COUNT(*) FROM step_record") == [(0,)]


def test_a_weekly_series(program: tuple[Path, dict[str, list[int]]]) -> None:
    path, _who = program
    made = run("session", path, *TRAINING, *LONDON, "--invite", "mentees", "--every", "1w",
               "--until", "2026-02-03", "--json")  # fmt: skip
    assert made.code == 0, made.err
    data = made.json()
    assert len(data["ids"]) == 4  # 13, 20 and 27 January, 3 February
    assert [s["starts_at"][:10] for s in data["sessions"]] == [
        "2026-01-13",
        "2026-01-20",
        "2026-01-27",
        "2026-02-03",
    ]
    assert {s["invited"] for s in data["sessions"]} == {3}


def test_attendance_from_a_sign_in_sheet_lists_rows_naming_nobody(
    program: tuple[Path, dict[str, list[int]]], tmp_path: Path
) -> None:
    path, _who = program
    session_id = run("session", path, *TRAINING, *LONDON, "--invite", "mentors",
                     "--json").json()["id"]  # fmt: skip
    sheet = tmp_path / "signed.csv"
    sheet.write_text(
        "Name,Email\nMentor 03,\nsomeone,MENTOR04@example.org\nNobody Here,\nMentee 00,\n",
        encoding="utf-8",
    )

    read = run("attend", path, str(session_id), "--sheet", sheet, "--json")

    assert read.code == 1, read.err  # done, with problems listed
    data = read.json()
    assert data["marked"] == 2 and data["session"]["attended"] == 2
    assert data["problems"] == [
        "Row 4: “Nobody Here” is not anyone in this program.",
        "Row 5: “Mentee 00” was not invited to this session.",
    ]
    text = run("attend", path, str(session_id), "--sheet", sheet)
    assert text.code == 1
    assert "Marked 0 people attended" in text.out and "Row 4: “Nobody Here”" in text.out


def test_refusals_are_one_plain_line_and_change_nothing(
    program: tuple[Path, dict[str, list[int]]], tmp_path: Path
) -> None:
    path, who = program
    session_id = run("session", path, *TRAINING, *LONDON, "--invite", "mentors",
                     "--json").json()["id"]  # fmt: skip
    before = rows(path, "SELECT * FROM session_attendance ORDER BY id")

    refused(
        run("session", path, "--kind", "party", "--at", "2027-01-12 18:00"),
        "has no kind of session “party”. Its kinds are: “Training”, “Orientation”",
    )
    refused(run("session", path, "--kind", "training", "--at", "tomorrow"), "“tomorrow”")
    refused(run("session", path, *TRAINING, "--invite", "Nobody"), "Nobody in “Riverside”")
    refused(run("attend", path, "999", "--people", "all"), "has no session 999")
    refused(
        run("attend", path, str(session_id), "--people", str(who["mentees"][0])),
        "1 of the people to mark is not invited",
    )
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"%PDF-1.4 nothing to read")
    refused(run("attend", path, str(session_id), "--sheet", bad), "is not a spreadsheet")
    refused(
        run("attend", path, str(session_id), "--sheet", bad, "--status", "absent"),
        "--sheet marks people attended",
    )
    assert rows(path, "SELECT * FROM session_attendance ORDER BY id") == before
    assert rows(path, "SELECT COUNT(*) FROM group_session") == [(1,)]


def test_the_same_commands_on_a_shared_database(pg_url: str, tmp_path: Path) -> None:
    assert run("init", pg_url, "--program", "Riverside").code == 0
    with open_database(pg_url) as db:
        [program] = programs.list_programs(db)
        mentors = [
            people.add_person(
                db,
                program.id,
                people.PersonData(full_name=f"Mentor {n}", email=f"m{n}@example.org",
                                  role=Role.MENTOR),
            )
            for n in range(3)
        ]  # fmt: skip
    made = run("session", pg_url, *TRAINING, *LONDON, "--invite", "mentors", "--json")
    assert made.code == 0, made.err
    session_id = str(made.json()["id"])
    marked = run("attend", pg_url, session_id, "--people", f"{mentors[0]},m1@example.org")
    assert marked.code == 0, marked.err
    [row] = run("sessions", pg_url, "--json").json()["sessions"]
    assert (row["invited"], row["attended"]) == (3, 2)
    sheet = tmp_path / "sheet.pdf"
    assert run("signin", pg_url, session_id, "--out", sheet).code == 0
    assert "Mentor 2" in " ".join(page_texts(sheet))
