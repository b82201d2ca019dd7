"""Change notices and presence on a shared database (issue 18, parts 2 and 5).

Two coordinators are two :class:`Database` objects on one test database (as two
windows are); what one changes, the other's :class:`ChangeListener` hears, with the
kinds of records and the program, and never its own changes. Edits made beside
PeerDesk (``psql``) are heard too: the triggers are in the database.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date
from datetime import time as clock
from typing import Any

import psycopg
import pytest
from fixtures_rosters import make_program

from peerdesk import people
from peerdesk.calendar.series import schedule_meeting
from peerdesk.database import Database, open_database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.matching.apply import propose_pair
from peerdesk.program import programs
from peerdesk.storage import notices, presence, roles
from peerdesk.storage.notices import ChangeListener, Changes, Notice
from peerdesk.storage.roles import Access

WAIT_S = 5.0


def heard(listener: ChangeListener, within: float = WAIT_S) -> Changes | None:
    """The first changes the listener hears within ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        changes = listener.receive(timeout=0.2)
        if changes is not None:
            return changes
    return None


def quiet(listener: ChangeListener, wait: float = 0.6) -> bool:
    """Whether the listener hears nothing for ``wait`` seconds."""
    return heard(listener, wait) is None


def person(db: Database, program_id: int, name: str, role: Role = Role.MENTEE) -> int:
    email = name.lower().replace(" ", ".") + "@example.org"
    data = people.PersonData(full_name=name, email=email, role=role, status=ParticipantStatus.READY)
    return people.add_person(db, program_id, data)


@pytest.fixture
def listening(two: tuple[Database, Database]) -> Iterator[tuple[Database, ChangeListener, int]]:
    """The first database, a program in it, and the second's listener on that program."""
    first, second = two
    program_id = make_program(first)
    listener = notices.listen(second, program_id, "lee")
    assert listener is not None
    try:
        yield first, listener, program_id
    finally:
        listener.close()


def test_another_coordinators_changes_are_heard_with_their_kinds_and_program(
    listening: tuple[Database, ChangeListener, int],
) -> None:
    first, listener, program_id = listening
    mentor = person(first, program_id, "Ana Lima", Role.MENTOR)
    changes = heard(listener)
    assert changes is not None and changes.kinds == {"people"}
    assert not changes.missed and changes.senders  # the writer's server process
    assert quiet(listener)  # one change, heard once

    mentee = person(first, program_id, "Bo Chen")
    assert heard(listener) is not None
    pair = propose_pair(first, program_id, mentor, mentee)
    changes = heard(listener)
    assert changes is not None and "pairs" in changes.kinds
    assert changes.programs == {program_id}  # a pair names its program

    heard(listener, 0.3)  # the pair's people, if their status changed
    schedule_meeting(
        first,
        program_id,
        pair.created[0],
        day=date(2026, 3, 2),
        local_time=clock(16),
        length_minutes=45,
    )
    changes = heard(listener)
    assert changes is not None and "meetings" in changes.kinds
    assert changes.programs == {program_id}


def test_own_changes_and_other_programs_changes_are_not_heard(
    two: tuple[Database, Database], listening: tuple[Database, ChangeListener, int]
) -> None:
    first, listener, program_id = listening
    second = two[1]
    other_program = make_program(first, "Autumn 2026")
    changes = heard(listener)  # the list of programs changed
    assert changes is not None and changes.kinds == {"programs"} and changes.programs is None
    person(second, program_id, "Cy Own")  # the listener's own database: shown already
    settings = programs.quick_settings("Autumn 2026, renamed")
    programs.update_program(first, other_program, settings)  # another program
    assert quiet(listener)

    programs.update_program(first, program_id, programs.quick_settings("Spring, renamed"))
    changes = heard(listener)
    assert changes is not None
    assert changes.kinds == {"programs"} and changes.programs == {program_id}


def test_turning_to_another_program_reports_what_it_heard_of_it_just_before(
    listening: tuple[Database, ChangeListener, int],
) -> None:
    """The window read the other program a moment before turning to it; what changed in it
    during the last seconds may have come after that read, so it is reported again."""
    first, listener, program_id = listening
    other = make_program(first, "Autumn 2026")
    while heard(listener, 0.5):  # the list of programs changed
        pass
    programs.update_program(first, other, programs.quick_settings("Autumn, renamed"))
    assert quiet(listener)  # not the program on show
    listener.set_program(other)
    changes = heard(listener, 1.0)
    assert changes is not None and changes.kinds == {"programs"} and changes.programs == {other}
    assert quiet(listener)  # once
    listener.set_program(other + 1)  # nothing happened there (no such program, even)
    assert quiet(listener)
    listener.set_program(program_id)
    person(first, program_id, "Fay Back")
    changes = heard(listener)
    assert changes is not None and changes.kinds == {"people"}


def test_a_change_made_beside_peerdesk_is_heard(
    pg_url: str, listening: tuple[Database, ChangeListener, int]
) -> None:
    first, listener, program_id = listening
    person(first, program_id, "Di Psql")
    assert heard(listener) is not None
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE participant SET capacity = 2 WHERE program_id = %s", (program_id,))
        conn.execute("UPDATE participant SET capacity = 2 WHERE false")  # no row: no notice
    changes = heard(listener)
    assert changes is not None
    assert changes.kinds == {"people"} and changes.programs == {program_id}
    assert quiet(listener)


def test_a_large_change_sends_few_notices(pg_url: str, two: tuple[Database, Database]) -> None:
    """One notice per statement and table at most, and the same one once per transaction:
    500 people in one transaction are a handful of notices, not 500."""
    first, _ = two
    program_id = make_program(first)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"LISTEN {notices.CHANNEL}")
        with first.transaction() as session:
            from peerdesk.models import Participant, Person

            for n in range(500):
                someone = Person(full_name=f"Person {n}", email=f"p{n}@example.org")
                session.add(someone)
                session.add(Participant(program_id=program_id, person=someone, role=Role.MENTEE))
        received = list(conn.notifies(timeout=1.0))
    parsed = [Notice.parse(n.payload, n.pid) for n in received]
    assert {n.kind for n in parsed if n} == {"people"}
    assert len(received) <= 4, [n.payload for n in received]


def test_the_listener_says_it_lost_the_server_and_catches_up_after_a_restart(
    pg_cluster: Any, listening: tuple[Database, ChangeListener, int]
) -> None:
    first, listener, program_id = listening
    pg_cluster.stop("immediate")
    try:
        assert heard(listener, 1.0) is None
        assert listener.lost
    finally:
        pg_cluster.restart()
    changes = heard(listener, 10.0)
    assert changes is not None and changes.missed  # anything may have changed meanwhile
    assert changes.kinds == notices.KINDS and changes.programs is None
    assert not listener.lost
    person(first, program_id, "Ed After")
    changes = heard(listener)
    assert changes is not None and changes.kinds == {"people"} and not changes.missed


def test_presence_names_the_others_on_the_same_program(
    two: tuple[Database, Database], listening: tuple[Database, ChangeListener, int]
) -> None:
    first, listener, program_id = listening
    second = two[1]
    assert presence.who_is_here(first, program_id) == ["lee"]  # second's listener
    assert presence.who_is_here(second, program_id) == []  # its own listener left out
    assert listener.here() == []
    sam = notices.listen(first, program_id, "Sam Ng")
    assert sam is not None
    arrived = heard(listener)  # Sam says so: the others look who is here at once
    assert arrived == Changes(frozenset(), None, frozenset(), presence=True)
    elsewhere = notices.listen(first, make_program(first, "Other"), "Ot Her")
    assert elsewhere is not None
    try:
        assert [seat.actor for seat in listener.here()] == ["Sam Ng"]
        sam.set_actor("Samantha Ng")
        sam.receive(timeout=0.05)  # the name changes on the listener's next round
        assert [seat.actor for seat in listener.here()] == ["Samantha Ng"]
    finally:
        sam.close()
        elsewhere.close()
    assert listener.here() == []  # gone at once, before the server ends its process


def test_a_coordinators_changes_reach_a_viewer_who_sees_who_is_here(
    pg_url: str, listening: tuple[Database, ChangeListener, int]
) -> None:
    """Roles (issue 18.4) change nothing: the triggers run as whoever writes, under row
    security, and anyone may listen and see who is here."""
    owner, listener, program_id = listening
    stamp = f"{os.getpid()}_{int(time.time() * 1000) % 100000}"
    coordinator, viewer = f"live_coord_{stamp}", f"live_viewer_{stamp}"
    roles.add_user(owner, coordinator, Access.COORDINATOR, [str(program_id)])
    roles.add_user(owner, viewer, Access.VIEWER, [str(program_id)])
    heard(listener, 0.3)  # the role tables are no program's records: nothing, or nothing much
    with (
        open_database(pg_url.replace("peerdesk@", f"{viewer}@", 1)) as reader,
        open_database(pg_url.replace("peerdesk@", f"{coordinator}@", 1)) as writer,
    ):
        watching = notices.listen(reader, program_id, "Vi Ewer")
        assert watching is not None
        try:
            person(writer, program_id, "Co Ordinator")
            changes = heard(watching)
            assert changes is not None and changes.kinds == {"people"}
            assert presence.who_is_here(writer, program_id) == ["lee", "Vi Ewer"]
        finally:
            watching.close()


#: Tables whose changes need no notice: the history and import bookkeeping come with the
#: records they are about, the rest is no program's records.
UNANNOUNCED = {"change_record", "import_batch", "column_layout", "peerdesk_meta",
               "peerdesk_user", "peerdesk_grant"}  # fmt: skip


def test_every_table_of_a_program_announces_its_changes(pg_url: str) -> None:
    """A table a later migration adds needs the notice triggers too (see 0014_live)."""
    from peerdesk.models import Base

    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT c.relname, count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE t.tgfoid = 'peerdesk_notify_changes'::regproc GROUP BY c.relname"
        ).fetchall()
    triggers = dict(rows)
    tables = set(Base.metadata.tables) - UNANNOUNCED
    assert set(triggers) == tables, (
        "a table without notice triggers: give it those of migration 0014_live (its TABLES, "
        "_triggers) in the migration that adds it, or name it in UNANNOUNCED here"
    )
    # Insert, update and delete (one trigger, or one each with their rows), and truncate.
    assert all(count in (2, 3, 4) for count in triggers.values()), triggers


def test_a_long_or_accented_name_fits_the_servers_connection_name() -> None:
    session = presence.new_session()
    for actor in ("José Ñúñez-Ölsen", "A" * 80, "名前 " * 20, "50% / 50%"):
        name = presence.seat_name(session, 12345, actor)
        assert len(name.encode()) <= presence.NAME_LIMIT and name.isascii() and name.isprintable()
        seat = presence.Seat.parse(name, "db_user")
        assert seat is not None and seat.session == session and seat.program_id == 12345
        assert actor.startswith(seat.actor) and seat.actor
    assert presence.Seat.parse(session, "u") is None  # a session's other connections
    assert presence.Seat.parse("psql", "u") is None


def test_a_notice_peerdesk_did_not_send_is_ignored() -> None:
    assert Notice.parse("hello", 1) is None
    assert Notice.parse('{"k": "people", "p": ["x"], "a": ""}', 1) is None
    notice = Notice.parse('{"k": "people", "p": [3], "a": "PeerDesk/ab12/3/x"}', 7)
    assert notice == Notice("people", frozenset({3}), "PeerDesk/ab12", 7)
    assert notices.gather([notice], "PeerDesk/ab12", 3) is None  # its own
    assert notices.gather([notice], "PeerDesk/cd34", 4) is None  # another program
    assert notices.gather([notice], "PeerDesk/cd34", 3) == Changes(
        frozenset({"people"}), frozenset({3}), frozenset({7})
    )


def test_on_a_file_nothing_listens_and_nobody_else_is_here(file_db: Database) -> None:
    program_id = make_program(file_db)
    assert notices.listen(file_db, program_id, "me") is None
    assert presence.who_is_here(file_db, program_id) == []
    with file_db.quick() as conn:  # no triggers in a file
        assert conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
        ).fetchone() == (0,)
