"""The name a coordinator works under on a shared database, remembered per server.

The change history records who made each change (:attr:`Database.actor
<peerdesk.storage.program_database.Database.actor>`). On a shared database that
is the name chosen when first connecting (the connect dialog asks for it,
starting from the database user) and remembered here, by the database's key;
without one, the database user. On a file it is the login name: nobody asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.memory import _hex, app_settings

if TYPE_CHECKING:
    from peerdesk.database import Database

GROUP = "names/"


def remembered(key: str) -> str | None:
    """The name chosen for the shared database ``key``, if one was."""
    name = str(app_settings().value(GROUP + _hex(key), "", type=str)).strip()
    return name or None


def remember(key: str, name: str) -> None:
    """Work under ``name`` on ``key`` from now on; "" goes back to the database user."""
    from peerdesk.storage.program_database import actor_name

    tidy = actor_name(name)
    settings = app_settings()
    if tidy is None:
        settings.remove(GROUP + _hex(key))
    else:
        settings.setValue(GROUP + _hex(key), tidy)


def apply(db: Database) -> None:
    """Give a shared database just opened the name this coordinator chose for it (without
    one, it keeps its own: the database user)."""
    name = remembered(db.key) if db.on_server else None
    if name is not None:
        db.actor = name
