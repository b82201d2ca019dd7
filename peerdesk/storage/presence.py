"""Who else has a program open on a shared database (issue 18, presence).

Every connection PeerDesk opens to a server names its *session* (one open
database in one window) in ``application_name``, which the server shows to
everyone in ``pg_stat_activity``, whatever their role. A window that shows a
program keeps one connection listening for changes (:mod:`peerdesk.storage.notices`);
that connection's name also says which program and under whose name::

    PeerDesk/3f9a0c1d              a session's connections
    PeerDesk/3f9a0c1d/4/sam%20lee  the same session listening, on program 4, as "sam lee"

So the people *here* are the listening connections on the same program, the
asking session's own left out. The server cuts a name at 63 bytes and takes
printable ASCII only: the coordinator's name is %-quoted and shortened to fit.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

if TYPE_CHECKING:
    from collections.abc import Iterable

    from peerdesk.storage.program_database import Database

APPLICATION = "PeerDesk"
#: The longest ``application_name`` the server keeps (NAMEDATALEN - 1 bytes).
NAME_LIMIT = 63

#: The connections of PeerDesk windows that listen for a program's changes.
SEATS_SQL = (
    "SELECT application_name, usename FROM pg_stat_activity"
    f" WHERE datname = current_database() AND application_name LIKE '{APPLICATION}/%/%/%'"
)


def new_session() -> str:
    """A name for one open database (all its connections carry it)."""
    return f"{APPLICATION}/{secrets.token_hex(4)}"


def session_of(application_name: str) -> str:
    """The session part of a connection's name ("" when it is not PeerDesk's)."""
    parts = application_name.split("/")
    if len(parts) < 2 or parts[0] != APPLICATION or not parts[1]:
        return ""
    return f"{parts[0]}/{parts[1]}"


def seat_name(session: str, program_id: int | None, actor: str) -> str:
    """The name of a session's listening connection: its program and its coordinator."""
    head = f"{session}/{program_id if program_id is not None else ''}/"
    room = NAME_LIMIT - len(head)
    quoted = quote(actor, safe=" @.-_'()")
    while len(quoted) > room:  # shorten the name, never an escape in half
        actor = actor[:-1]
        quoted = quote(actor, safe=" @.-_'()")
    return head + quoted


@dataclass(frozen=True)
class Seat:
    """One window's listening connection, as the server shows it."""

    session: str
    program_id: int | None
    actor: str  # the name the coordinator works under; the database user if none
    user: str  # the database user

    @classmethod
    def parse(cls, application_name: str, user: str) -> Seat | None:
        parts = application_name.split("/", 3)
        if len(parts) != 4 or not session_of(application_name):
            return None
        program = int(parts[2]) if parts[2].isdigit() else None
        actor = unquote(parts[3], errors="replace").strip() or user
        return cls(f"{parts[0]}/{parts[1]}", program, actor, user)


def seats_here(rows: Iterable[Any], program_id: int, session: str) -> list[Seat]:
    """The seats in ``rows`` (name, user) on ``program_id`` of sessions other than ``session``,
    one per session, by name."""
    found: dict[str, Seat] = {}
    for name, user in rows:
        seat = Seat.parse(str(name or ""), str(user or ""))
        if seat is not None and seat.program_id == program_id and seat.session != session:
            found[seat.session] = seat
    return sorted(found.values(), key=lambda s: (s.actor.casefold(), s.session))


def who_is_here(db: Database, program_id: int) -> list[str]:
    """The names of the others who have ``program_id`` open now (none on a file)."""
    session = own_session(db)
    if session is None:
        return []
    with db.quick() as conn:
        rows = conn.execute(SEATS_SQL).fetchall()
    return [seat.actor for seat in seats_here(rows, program_id, session)]


def own_session(db: Database) -> str | None:
    """The session ``db``'s connections are named after; None on a file."""
    address = getattr(db.store, "address", None)
    name = getattr(address, "application_name", None)
    return session_of(name) if name else None
