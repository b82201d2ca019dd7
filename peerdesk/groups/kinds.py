"""The kinds of group session a program holds: training, workshop, social...

Every program starts with :data:`DEFAULT_KINDS` (:func:`add_default_kinds`, called when
a program is made; migration ``0017_groups`` gave them to the programs there were). The
coordinator can rename a kind, give it another colour, put the list in another order,
add kinds and take away kinds no session uses (:func:`save_kinds`). A session names its
kind by ``key``, which never changes once made, so renaming a kind renames it everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk import history
from peerdesk.database import Database
from peerdesk.errors import NotFound, UserError
from peerdesk.models import GroupSession, Program, SessionKind
from peerdesk.storage.retry import strict

#: The kinds every program starts with: key, name, colour ("#rrggbb").
DEFAULT_KINDS: tuple[tuple[str, str, str], ...] = (
    ("training", "Training", "#2e7d32"),
    ("orientation", "Orientation", "#00838f"),
    ("workshop", "Workshop", "#6a1b9a"),
    ("social", "Social", "#ef6c00"),
    ("mentor_circle", "Mentor circle", "#1565c0"),
    ("group_meeting", "Group meeting", "#5d4037"),
    ("closing_celebration", "Closing celebration", "#ad1457"),
)
MAX_NAME = 120
MAX_KEY = 40
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class KindNameMissing(UserError):
    template = "Every kind of session needs a name."


class KindNameTooLong(UserError):
    template = "The name “{name}” is too long for a kind of session (at most {most} characters)."


class KindNameTwice(UserError):
    template = "Two kinds of session are called “{name}”. Give each kind its own name."


class KindColour(UserError):
    template = (
        "“{colour}” is not a colour PeerDesk understands. Use the form #2e7d32, or leave it empty."
    )


class KindInUse(UserError):
    template = (
        "The kind “{name}” can't be taken off the list: {count} session(s) are of that kind. "
        "Change their kind first, or keep it. Nothing was changed."
    )


class NoKinds(UserError):
    template = "A program needs at least one kind of session. Nothing was changed."


@dataclass(frozen=True)
class KindRow:
    """A kind of session as the program lists it; ``sessions``: how many are of it."""

    key: str
    name: str
    colour: str
    position: int
    sessions: int = 0


@dataclass(frozen=True)
class KindSetting:
    """One line of the kinds list being saved; ``key`` None: a new kind."""

    name: str
    colour: str = ""
    key: str | None = None


def add_default_kinds(session: Session, program_id: int) -> None:
    """Give a new program the default kinds (in the caller's transaction); kinds it has
    already are left as they are."""
    have = set(session.scalars(select(SessionKind.key).where(SessionKind.program_id == program_id)))
    for position, (key, name, colour) in enumerate(DEFAULT_KINDS):
        if key not in have:
            session.add(
                SessionKind(
                    program_id=program_id, key=key, name=name, colour=colour, position=position
                )
            )
    session.flush()


def kinds_of(session: Session, program_id: int) -> list[KindRow]:
    """The program's kinds in their order, each with how many sessions are of it."""
    used = dict(
        session.execute(
            select(GroupSession.kind, func.count())
            .where(GroupSession.program_id == program_id)
            .group_by(GroupSession.kind)
        ).all()
    )
    rows = session.scalars(
        select(SessionKind)
        .where(SessionKind.program_id == program_id)
        .order_by(SessionKind.position, SessionKind.id)
    )
    return [KindRow(k.key, k.name, k.colour, k.position, int(used.get(k.key, 0))) for k in rows]


def list_kinds(db: Database, program_id: int) -> list[KindRow]:
    """:func:`kinds_of` in a read of its own."""
    with db.reading() as session:
        return kinds_of(session, program_id)


def kind_key(name: str, taken: set[str]) -> str:
    """A key for a new kind called ``name``: its letters in lower case joined by "_"
    ("Parents' evening" -> "parents_evening"), made unique among ``taken``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "_", plain.casefold()).strip("_")[: MAX_KEY - 4] or "kind"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def _check(settings: Sequence[KindSetting]) -> None:
    if not settings:
        raise NoKinds()
    seen: set[str] = set()
    for setting in settings:
        name = setting.name.strip()
        if not name:
            raise KindNameMissing()
        if len(name) > MAX_NAME:
            raise KindNameTooLong(name=name[:40] + "…", most=MAX_NAME)
        if name.casefold() in seen:
            raise KindNameTwice(name=name)
        seen.add(name.casefold())
        colour = setting.colour.strip()
        if colour and not COLOUR.fullmatch(colour):
            raise KindColour(colour=colour)


@strict
def save_kinds(db: Database, program_id: int, settings: Sequence[KindSetting]) -> list[KindRow]:
    """Make the program's list of kinds ``settings``, in that order (one transaction).

    A setting with a ``key`` changes that kind; one without is a new kind. A kind left
    out is taken off the list, unless sessions are of it (:class:`KindInUse`: nothing
    changes). Returns the list as saved.
    """
    _check(settings)
    with db.transaction() as session:
        if session.get(Program, program_id) is None:
            raise NotFound(what="That program")
        stored = {
            k.key: k
            for k in session.scalars(
                select(SessionKind).where(SessionKind.program_id == program_id)
            )
        }
        wanted = {s.key for s in settings if s.key is not None}
        if wanted - set(stored):
            raise NotFound(what="That kind of session")
        used = {row.key: row.sessions for row in kinds_of(session, program_id)}
        for key in sorted(set(stored) - wanted):
            if used.get(key):
                raise KindInUse(name=stored[key].name, count=used[key])
        for key in set(stored) - wanted:
            session.delete(stored[key])
        taken = set(stored)
        for position, setting in enumerate(settings):
            if setting.key is None:
                key = kind_key(setting.name, taken)
                taken.add(key)
                row = SessionKind(program_id=program_id, key=key)
                session.add(row)
            else:
                row = stored[setting.key]
            row.name = setting.name.strip()
            row.colour = setting.colour.strip().lower()
            row.position = position
        session.flush()
        history.record(
            session, "session_kind", None, "save_kinds", program_id=program_id, count=len(settings)
        )
        return kinds_of(session, program_id)


__all__ = [
    "DEFAULT_KINDS",
    "KindColour",
    "KindInUse",
    "KindNameMissing",
    "KindNameTooLong",
    "KindNameTwice",
    "KindRow",
    "KindSetting",
    "NoKinds",
    "add_default_kinds",
    "kind_key",
    "kinds_of",
    "list_kinds",
    "save_kinds",
]
