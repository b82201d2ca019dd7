"""One field of many pairs set in one transaction, the way undo can take it back.

A coordinator's action that sets the same field on several pairs (their document
language, their agreement's signed date) writes them all or none, records each change
in the history and returns the values as they were, so that undo is the same call with
them. Undo and redo pass ``expected``, the values their step left: if someone changed
one since, nothing is written and :class:`~peerdesk.history.ChangedAfterYou` names who
changed it and when.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from peerdesk import history
from peerdesk.database import Database
from peerdesk.errors import NotFound

V = TypeVar("V")

#: What the history records of one change from the old value to the new: the action and
#: its details (``program_id`` is added).
Recorded = tuple[str, dict[str, Any]]


def set_on_pairs(
    db: Database,
    field: str,
    values: Mapping[int, V],
    recorded: Callable[[V, V], Recorded],
    *,
    expected: Mapping[int, V] | None = None,
    redo: bool = False,
) -> dict[int, V]:
    """Set the attribute ``field`` of each pair (by id) to its value in ``values``, in one
    transaction; ``recorded(new, old)`` words each change for the history (pairs whose
    value is already that one are left alone). Returns the values as they were; an
    unknown pair refuses the whole action (:class:`~peerdesk.errors.NotFound`)."""
    from peerdesk.models import Pair

    before: dict[int, V] = {}
    with db.transaction() as session:
        for pair_id, value in values.items():
            pair = session.get(Pair, pair_id)
            if pair is None:
                raise NotFound(what="That pair")
            previous: V = getattr(pair, field)
            before[pair_id] = previous
            if expected is not None and expected.get(pair_id, previous) != previous:
                raise history.ChangedAfterYou.find(session, [("pair", pair_id)], redo=redo)
            if previous == value:
                continue
            setattr(pair, field, value)
            action, details = recorded(value, previous)
            history.record(session, "pair", pair_id, action, program_id=pair.program_id, **details)
    return before
