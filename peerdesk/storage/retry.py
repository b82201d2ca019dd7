"""Actions that two coordinators can run at once without breaking a rule.

An action that reads rows and then writes because of what it read (import a
roster, confirm pairs, end a pair, schedule a series, give a mentor a place) is
wrapped in :func:`strict`. Every transaction it opens is then *strict*
(:meth:`Database.transaction <peerdesk.storage.program_database.Database.transaction>`):

- on a shared database, ``SERIALIZABLE``: PostgreSQL lets two such actions run at
  once only if the result is the same as running them one after the other. When it
  cannot (the other one changed what this one read), or when two transactions wait on
  each other (a deadlock), it rolls one back whole; the storage turns that into
  :class:`~peerdesk.errors.BusyRecords`;
- on a file, nothing more is needed: a write transaction begins with ``BEGIN
  IMMEDIATE``, so one writer at a time reads and writes (see
  :mod:`peerdesk.storage.sqlite`), and the file lock keeps other programs out.

:func:`strict` then runs the *whole action* again — a transaction cannot be
resumed, only redone, and the second run reads what the other coordinator
saved — up to :data:`ATTEMPTS` times with a short random pause, and only then
tells the user (:class:`~peerdesk.errors.StillBusyRecords`). The retry is in the
core, so the window's worker and the command line both get it.

This module also names the database's own rules (migration ``0013_invariants``),
so that a change the database refuses reads as a plain sentence (:func:`rule_error`).
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from peerdesk.errors import BusyRecords, RuleBroken, StillBusyRecords

log = logging.getLogger(__name__)

#: How many times an action is run in all before the user is told.
ATTEMPTS = 5
#: The longest pause before the second run, in seconds; it doubles before each next one.
FIRST_PAUSE_S = 0.1

P = ParamSpec("P")
R = TypeVar("R")

_strict: ContextVar[bool] = ContextVar("peerdesk_strict", default=False)


def in_strict_action() -> bool:
    """Whether the code running now is inside a :func:`strict` action (this thread)."""
    return _strict.get()


def pause_before(attempt: int) -> float:
    """A random pause before run number ``attempt`` (2, 3, …), so two actions that
    collided do not collide again at once."""
    return random.uniform(0.2, 1.0) * FIRST_PAUSE_S * 2.0 ** (attempt - 2)


def strict(action: Callable[P, R]) -> Callable[P, R]:
    """Run ``action`` with strict transactions, again from the start when another
    coordinator's action collided with it (see the module's description).

    An action called from inside another strict action is part of it: only the
    outermost one runs again.
    """

    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if _strict.get():
            return action(*args, **kwargs)
        token = _strict.set(True)
        attempt = 1
        try:
            while True:
                try:
                    return action(*args, **kwargs)
                except BusyRecords as busy:
                    if attempt >= ATTEMPTS:
                        raise StillBusyRecords(attempts=ATTEMPTS) from busy
                attempt += 1
                log.info(
                    "%s collided with another action; running it again (%d of %d)",
                    action.__qualname__,
                    attempt,
                    ATTEMPTS,
                )
                time.sleep(pause_before(attempt))
        finally:
            _strict.reset(token)

    return run


# -- The database's own rules (migration 0013_invariants) -----------------------------------

#: Index name -> (the columns SQLite names when it refuses a row, the rule in words).
RULES = {
    "uq_pair_active_mentee": (
        "pair.mentee_id",
        "A mentee can be in only one active or paused pair at a time, and this change "
        "would have put someone in two (another coordinator may have just paired them).",
    ),
}


def rule_error(name: str | None, message: str = "") -> RuleBroken | None:
    """The plain-words error for a refused row: by the index ``name`` PostgreSQL reports,
    or by the columns in SQLite's ``message``; None when it is none of our rules."""
    for index, (columns, rule) in RULES.items():
        if name == index or (name is None and f"failed: {columns}" in message):
            return RuleBroken(rule=rule)
    return None
