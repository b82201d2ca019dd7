"""Who did what: every change in the history names the coordinator who made it (issue 18.3)."""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

import fixtures_rosters as shapes
import pytest
from fixtures_rosters import make_program
from sqlalchemy import select

from peerdesk import cli, history, people
from peerdesk.database import Database, open_database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.models import ChangeRecord
from peerdesk.people import bulk_steps
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport
from peerdesk.storage import program_database


def actors(db: Database, entity: str | None = None) -> list[tuple[str, str, str | None]]:
    with db.reading() as session:
        query = select(ChangeRecord.entity, ChangeRecord.action, ChangeRecord.actor).order_by(
            ChangeRecord.id
        )
        if entity is not None:
            query = query.where(ChangeRecord.entity == entity)
        return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def own_name(db: Database) -> str:
    if db.on_server:
        with db.quick() as conn:
            return str(conn.execute("SELECT current_user").fetchone()[0])
    return getpass.getuser()


def test_by_default_a_file_records_the_login_name_and_a_server_the_database_user(
    db: Database,
) -> None:
    expected = own_name(db)
    assert expected and db.actor == expected
    make_program(db)
    assert actors(db) == [("program", "create", expected)]


def test_form_actions_imports_and_bulk_steps_are_recorded_under_the_name_set(
    db: Database, tmp_path: Path
) -> None:
    db.actor = "  Sam   Okafor "
    assert db.actor == "Sam Okafor"  # tidied
    program_id = make_program(db)
    ana = people.add_person(
        db, program_id, people.PersonData(full_name="Ana Ruiz", role=Role.MENTEE)
    )
    db.actor = "Lee"
    data = people.get_person(db, ana)
    data.department = "Audit"
    people.update_person(db, ana, data)
    fixture = shapes.hr_export(tmp_path)
    plan = RosterImport.open(fixture.path, db)
    plan.set_sheet_role("Employees", Role.MENTOR)
    run_import(db, program_id, plan)
    db.actor = "Kim"
    step = people.step_records(db, ana)[0]
    bulk_steps.record_steps(db, [ana], [step.step_id], date(2026, 3, 2))

    assert actors(db) == [
        ("program", "create", "Sam Okafor"),
        ("participant", "create", "Sam Okafor"),
        ("participant", "update", "Lee"),
        ("import_batch", "import", "Lee"),
        ("participant", "step", "Kim"),
    ]
    with db.reading() as session:
        who, when = history.last_change(session, "participant", ana) or (None, None)
        assert who == "Kim" and when is not None
        assert history.last_change(session, "participant", ana + 1000) is None
    db.actor = ""  # back to the usual name
    assert db.actor == own_name(db)


def test_two_coordinators_on_one_server_each_record_their_own_name(pg_url: str) -> None:
    with open_database(pg_url) as first, open_database(pg_url) as second:
        first.actor, second.actor = "sam", "ana"
        program_id = make_program(first)
        mentee = people.add_person(
            second, program_id, people.PersonData(full_name="Bo Chen", role=Role.MENTEE)
        )
        people.set_status(first, [mentee], ParticipantStatus.SCREENED)
        assert [who for _e, _a, who in actors(second)] == ["sam", "ana", "sam"]
        with second.reading() as session:
            found = history.last_change(session, "participant", mentee)
        assert found is not None and found[0] == "sam"


def test_a_login_name_the_system_cannot_tell_records_no_name(
    file_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_name() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(getpass, "getuser", no_name)
    file_db.actor = ""
    assert file_db.actor == ""
    make_program(file_db)
    assert actors(file_db) == [("program", "create", None)]


def run(*args: str | Path) -> tuple[int, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return code, err.getvalue()


def test_the_command_line_records_the_name_given_with_as_or_in_peerdesk_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "p.peerdesk"
    assert run("--as", "sam", "init", target, "--program", "Spring") == (0, "")
    monkeypatch.setenv("PEERDESK_USER", "Ana Ruiz")
    assert run("init", target, "--program", "Autumn") == (0, "")
    roster = shapes.hr_export(tmp_path).path
    code, _ = run("import", target, roster, "--program", "Spring", "--role=mentor", "--as", "lee")
    assert code == 0
    assert program_database.default_actor is None  # only while the command ran
    with open_database(target) as db:
        assert actors(db) == [
            ("program", "create", "sam"),
            ("program", "create", "Ana Ruiz"),
            ("import_batch", "import", "lee"),
        ]
    code, err = run("--as", " ", "init", target, "--program", "Winter")
    assert code == 2 and "Give --as a name of 1 to 120 characters" in err
    with open_database(target) as db:
        assert len(actors(db)) == 3  # refused: nothing changed
