"""Who may do what on a shared database, enforced by the server (issue 18, part 4).

The checks connect with psycopg directly as each role, as someone with ``psql`` would:
the app hiding a button proves nothing about the server. One database is set up for
the module: a program "A" with a row in every table (people, pairs, meetings, goals, check-ins…)
and a small second program ("B"), a coordinator of B, a viewer of A, a second
administrator and a login with no role here.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from fixtures_rosters import make_program, numbered_roster
from model_data import build_program

from peerdesk import people
from peerdesk.database import Database, create_database, open_database
from peerdesk.documents.pairs import mark_printed
from peerdesk.errors import NotFound, UserError
from peerdesk.program.programs import list_programs
from peerdesk.roster.commit import run_import
from peerdesk.storage import roles
from peerdesk.storage.roles import Access

A_NAME = "Riverside mentoring"
PROGRAM_TABLES = ("participant", "person", "pair", "meeting", "goal", "survey_response",
                  "survey_answer", "participant_tag", "step_record", "meeting_series",
                  "import_batch", "matching_criterion", "program_step")  # fmt: skip
_names = itertools.count(1)


@dataclass
class Shared:
    url: str
    a: int  # a row in every table
    b: int
    coordinator: str  # of B
    viewer: str  # of A
    admin: str
    nobody: str  # a login with no role here

    def url_as(self, user: str) -> str:
        return self.url.replace("peerdesk@", f"{user}@", 1)

    def connect(self, user: str) -> psycopg.Connection[Any]:
        return psycopg.connect(self.url_as(user), autocommit=True)


def _login(cluster: Any, prefix: str) -> str:
    name = f"{prefix}_{next(_names)}_{int(time.time() * 1000) % 100000}"
    cluster.sql(f'CREATE ROLE "{name}" LOGIN')
    return name


@pytest.fixture(scope="module")
def shared(pg_cluster: Any) -> Iterator[Shared]:
    url = pg_cluster.fresh_database()
    with open_database(url) as db:
        a = build_program(db, A_NAME)  # a row in every table
        b = make_program(db, "Night shift")
        people.add_person(db, b, people.PersonData(full_name="Noor Haddad", email="noor@b.org"))
        # One created by PeerDesk, the others existing logins given a role.
        coordinator = f"coord_{next(_names)}_{int(time.time() * 1000) % 100000}"
        roles.add_user(db, coordinator, Access.COORDINATOR, [str(b)], password="s3cret'x")
        viewer, admin, nobody = (_login(pg_cluster, p) for p in ("viewer", "admin", "nobody"))
        roles.add_user(db, viewer, Access.VIEWER, [A_NAME])
        roles.add_user(db, admin, Access.ADMINISTRATOR)
    yield Shared(url, a, b, coordinator, viewer, admin, nobody)
    pg_cluster.drop(url)


def _count(conn: psycopg.Connection[Any], sql: str, *params: Any) -> int:
    row = conn.execute(sql, params).fetchone()  # type: ignore[arg-type]
    assert row is not None
    return int(row[0])


# -- on a file: the same tables, nothing enforced --------------------------------------------


def test_a_file_has_the_tables_and_no_roles(file_db: Database) -> None:
    with file_db.quick() as conn:
        assert conn.execute("SELECT count(*) FROM peerdesk_user").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM peerdesk_grant").fetchone()[0] == 0
    assert roles.my_role(file_db) is Access.COORDINATOR
    with pytest.raises(roles.RolesNeedServer, match="a program file is one coordinator's"):
        roles.list_users(file_db)
    program = make_program(file_db)
    people.add_person(file_db, program, people.PersonData(full_name="Ana Ruiz"))


# -- viewers read, and only that -----------------------------------------------------------


def test_a_viewer_reads_its_programs_and_cannot_write(shared: Shared) -> None:
    with shared.connect(shared.viewer) as conn:
        assert _count(conn, "SELECT count(*) FROM participant") == 3
        assert (
            _count(conn, "SELECT count(*) FROM participant WHERE program_id <> %s", shared.a) == 0
        )
        assert [r[0] for r in conn.execute("SELECT id FROM program")] == [shared.a]
        for statement in (
            "INSERT INTO person (full_name, notes, created_at, updated_at, version)"
            " VALUES ('x', '', '2026-01-01', '2026-01-01', 1)",
            "UPDATE person SET notes = 'changed'",
            "DELETE FROM meeting",
            "UPDATE program SET name = 'Mine'",
            "DELETE FROM pair",
            "INSERT INTO peerdesk_user (name, role) VALUES ('me', 'administrator')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                conn.execute(statement)  # type: ignore[arg-type]


# -- coordinators: everything in their programs, nothing of the others ----------------------


def test_a_coordinator_cannot_read_another_programs_records(shared: Shared) -> None:
    with open_database(shared.url) as db, db.quick() as owner:
        in_a = {t: owner.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in PROGRAM_TABLES}
    assert in_a["pair"] and in_a["meeting"] and in_a["goal"] and in_a["survey_answer"]
    with shared.connect(shared.coordinator) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM program")] == [shared.b]
        assert _count(conn, "SELECT count(*) FROM participant WHERE program_id = %s", shared.a) == 0
        for table in ("pair", "meeting", "goal", "survey_response", "survey_answer",
                      "meeting_series", "import_batch"):  # fmt: skip
            assert _count(conn, f"SELECT count(*) FROM {table}") == 0, table  # type: ignore[arg-type]
        # Only B's one person, though A has dozens in the same table.
        names = [r[0] for r in conn.execute("SELECT full_name FROM person")]
        assert names == ["Noor Haddad"]
        assert (
            _count(conn, "SELECT count(*) FROM change_record WHERE program_id = %s", shared.a) == 0
        )
        # Changing A's rows finds none; adding one to A is refused.
        assert conn.execute("UPDATE participant SET notes = 'x' WHERE program_id = %s",
                            (shared.a,)).rowcount == 0  # fmt: skip
        assert conn.execute("DELETE FROM person WHERE full_name <> 'Noor Haddad'").rowcount == 0
        person = _count(conn, "SELECT min(id) FROM person")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO participant (program_id, person_id, role, status, custom_fields,"
                " readiness_override, notes, created_at, updated_at, version)"
                " VALUES (%s, %s, 'mentee', 'applied', '{}', false, '', now(), now(), 1)",
                (shared.a, person),
            )
        # Nor may a coordinator touch who may do what.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE peerdesk_user SET role = 'administrator'")


def test_a_coordinator_works_in_their_program_through_the_app(shared: Shared) -> None:
    with open_database(shared.url_as(shared.coordinator)) as db:
        assert roles.my_role(db) is Access.COORDINATOR
        assert [p.id for p in list_programs(db)] == [shared.b]
        added = people.add_person(db, shared.b, people.PersonData(full_name="Sam Okafor"))
        people.update_person(
            db, added, people.PersonData(full_name="Sam Okafor", email="sam@b.org")
        )
        # A roster import writes many rows at once (through COPY for the owner, which the
        # server refuses where row-level security applies).
        summary = run_import(db, shared.b, numbered_roster(25))
        assert len(summary.added) == 25
        names = {row.full_name for row in people.list_participants(db, shared.b)}
        assert {"Noor Haddad", "Sam Okafor", "Person 0", "Person 24"} <= names
        # A's people are not found, and the message says why in the user's words.
        with open_database(shared.url) as owner_db:
            someone_in_a = people.list_participants(owner_db, shared.a)[0].participant_id
        with pytest.raises(NotFound, match=r"not found among the programs given to you"):
            people.get_person(db, someone_in_a)


def test_a_viewer_is_refused_in_plain_words(shared: Shared) -> None:
    with open_database(shared.url_as(shared.viewer)) as db:
        assert roles.my_role(db) is Access.VIEWER
        with pytest.raises(roles.RoleRefused) as refused:
            people.add_person(db, shared.a, people.PersonData(full_name="Lee Park"))
        # Saving agreements as PDF is an export: allowed, and for a viewer not recorded.
        with db.quick() as conn:
            pair = conn.execute("SELECT min(id) FROM pair").fetchone()[0]
        assert mark_printed(db, [pair]) == {}
    message = refused.value.message
    assert message.startswith("Your role (viewer) lets you read and export, not change records.")
    assert f"Ask an administrator ({shared.admin}, peerdesk)" in message
    with open_database(shared.url) as db, db.quick() as conn:
        assert (
            conn.execute("SELECT count(*) FROM person WHERE full_name = 'Lee Park'").fetchone()[0]
            == 0
        )


def test_a_login_without_a_role_reads_nothing(shared: Shared) -> None:
    with shared.connect(shared.nobody) as conn:
        for table in ("program", "participant", "person", "change_record"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")  # type: ignore[arg-type]
    # It may see that the database is PeerDesk's, and is told whom to ask.
    with open_database(shared.url_as(shared.nobody)) as db:
        assert roles.my_role(db) is None
        with pytest.raises(roles.NoRole, match=f"“{shared.nobody}” has no role on") as refused:
            list_programs(db)
    assert (
        f"Ask an administrator ({shared.admin}, peerdesk) to give it one" in refused.value.message
    )


# -- administrators: everything, including roles -------------------------------------------


def test_an_administrator_sees_all_and_changes_roles(shared: Shared) -> None:
    with shared.connect(shared.admin) as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM program")} == {shared.a, shared.b}
        assert _count(conn, "SELECT count(*) FROM pair") > 0
    temp = _login_for(shared)
    with open_database(shared.url_as(shared.admin)) as db:
        assert roles.my_role(db) is Access.ADMINISTRATOR
        # A second administrator manages roles without the server's CREATEROLE right.
        added = roles.add_user(db, temp, Access.COORDINATOR, ["Night shift"])
        assert added == roles.UserRole(temp, Access.COORDINATOR, ("Night shift",))
        assert roles.set_role(db, temp, Access.VIEWER).role is Access.VIEWER
        with shared.connect(temp) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE person SET notes = ''")
        roles.give_programs(db, temp, [A_NAME])
        with shared.connect(temp) as conn:
            assert {r[0] for r in conn.execute("SELECT id FROM program")} == {shared.a, shared.b}
        roles.take_programs(db, temp, [str(shared.a)])
        listed = {u.name: u for u in roles.list_users(db)}
        assert listed[temp].programs == ("Night shift",)
        assert listed["peerdesk"].owner and listed["peerdesk"].role is Access.ADMINISTRATOR
        with pytest.raises(UserError, match="cannot change the role of yourself"):
            roles.set_role(db, shared.admin, Access.VIEWER)
        with pytest.raises(UserError, match="owns the database"):
            roles.remove_user(db, "peerdesk")
        roles.remove_user(db, temp)
        assert temp not in {u.name for u in roles.list_users(db)}
    with shared.connect(temp) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM program")


def _login_for(shared: Shared) -> str:
    name = f"temp_{next(_names)}_{int(time.time() * 1000) % 100000}"
    with psycopg.connect(shared.url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN')  # type: ignore[arg-type]
    return name


def test_only_an_administrator_manages_roles(shared: Shared) -> None:
    with (
        open_database(shared.url_as(shared.coordinator)) as db,
        pytest.raises(roles.NotAdministrator, match="your role is coordinator") as refused,
    ):
        roles.add_user(db, "someone", Access.ADMINISTRATOR)
    assert shared.admin in refused.value.message
    with (
        shared.connect(shared.coordinator) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("INSERT INTO peerdesk_grant SELECT id, %s FROM peerdesk_user", (shared.a,))


def test_a_user_without_createrole_is_told_plainly(shared: Shared, pg_cluster: Any) -> None:
    """The second administrator may not create logins on the server: adding a new one
    says so (the existing ones it may give roles, as above)."""
    with open_database(shared.url_as(shared.admin)) as db:
        with pytest.raises(roles.NoCreateRole, match="lacks the CREATEROLE right"):
            roles.add_user(db, "brand_new_login", Access.VIEWER)
        assert "brand_new_login" not in {u.name for u in roles.list_users(db)}


def test_every_table_but_the_markers_has_row_security(shared: Shared) -> None:
    """A table a later migration adds must say who sees its rows too (a table with a
    ``program_id`` calls row_security.protect_program_table); otherwise this fails."""
    with psycopg.connect(shared.url) as conn:
        unprotected = [
            name
            for (name,) in conn.execute(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND NOT relrowsecurity"
                " AND relnamespace = current_schema()::regnamespace ORDER BY relname"
            )
        ]
    assert unprotected == ["alembic_version", "peerdesk_meta"]


def test_whoever_could_use_the_database_before_keeps_it(pg_cluster: Any) -> None:
    """Upgrading a database that others already used (with privileges granted by hand, as
    #12's setup asked) makes those who could write administrators and those who could only
    read viewers of every program: nobody loses access in the upgrade."""
    from peerdesk import migrate
    from peerdesk.storage.postgres import ServerAddress, _engine

    url = pg_cluster.fresh_database(empty=True)
    writer, reader = _login(pg_cluster, "writer"), _login(pg_cluster, "reader")
    engine = _engine(ServerAddress.parse(url))
    try:
        with engine.begin() as connection:
            migrate.run_upgrade(connection, "0010_actors")
            for statement in (
                f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{writer}"',
                f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{reader}"',
            ):
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()
    with open_database(url) as db:  # upgraded as it opens
        make_program(db, "Spring")
        users = {u.name: u for u in roles.list_users(db)}
    assert users[writer].role is Access.ADMINISTRATOR
    assert users[reader].role is Access.VIEWER  # of the programs there were (none here)
    assert users["peerdesk"].owner
    pg_cluster.drop(url)


def test_an_owner_without_createrole_is_told_and_roles_come_once_it_has_it(
    pg_cluster: Any,
) -> None:
    """Set up as the README says (an owner who may not create roles): the database works,
    `peerdesk users` says what is missing in plain words, and once the server's
    administrator gives the owner CREATEROLE, the roles are set up on first use."""
    owner = _login(pg_cluster, "owner")
    name = f"plain_{owner}"
    pg_cluster.sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    url = pg_cluster.url(name).replace("peerdesk@", f"{owner}@", 1)
    helper = _login(pg_cluster, "helper")
    try:
        with create_database(url) as db:
            assert roles.my_role(db) is Access.ADMINISTRATOR  # the owner
            make_program(db, "Spring")
            with pytest.raises(roles.NoCreateRole, match=f"“{owner}” may not create users"):
                roles.add_user(db, helper, Access.VIEWER, ["Spring"])
            pg_cluster.sql(f'ALTER ROLE "{owner}" CREATEROLE')
            roles.add_user(db, helper, Access.VIEWER, ["Spring"])
        with psycopg.connect(url.replace(f"{owner}@", f"{helper}@", 1)) as conn:
            assert _count(conn, "SELECT count(*) FROM program") == 1
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("DELETE FROM program")
    finally:
        pg_cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
