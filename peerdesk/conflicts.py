"""Two coordinators editing the same record: the later save is refused, not lost.

Every row a coordinator edits in a form — a person and their place in a program, a
pair, a meeting, a check-in, a goal, the program's settings — has a ``version``
(migration ``0009_versions``) that goes up by one with each change: the ORM checks
and raises it on every UPDATE (``version_id_col`` in :mod:`peerdesk.models`), and
the writers of many rows at once (an import, undo) raise it too.

A form remembers the version it showed (``.version`` on what the get-functions
return) and passes it back as ``expected_version`` when it saves. If the stored
version is another one, someone saved in between: the save writes nothing and
raises :class:`EditConflict`, which holds both sides — ``theirs`` (what is stored
now), ``mine`` (what the form submitted), the fields where they differ, and who
changed the record and when (from the change history). The front end shows both and
saves again with :attr:`EditConflict.version` once the coordinator has chosen, field
by field; that save may be refused again if yet another change came in meanwhile.

Callers that do not pass a version (the command line, scripts) save as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from peerdesk import history
from peerdesk.errors import BusyRecords, UserError

#: A record's version as a form keeps it: one number per row it is saved to.
Version = tuple[int, ...]

#: How much later than the history's last line a row's own "updated at" must be for the
#: history not to know the change (an import writes rows without a line per record).
UNRECORDED = timedelta(seconds=2)

#: How many times a save runs in all when another save slipped in between its check
#: of the version and its write (the ORM's own check then fails: StaleDataError).
ATTEMPTS = 3

T = TypeVar("T")


class EditConflict(UserError):
    """The record changed since the form showed it; nothing was saved.

    ``record`` names it for the message ("Ana Ruiz's record"), ``label`` plainly ("Ana
    Ruiz", for the front end's own translated sentence); either may hold a person's name,
    so they are for the screen only — never log them (the front end logs the type).
    """

    template = "{record} was changed by {who}{at} while you were editing. Nothing was saved."

    def __init__(
        self,
        *,
        entity: str,
        entity_id: int,
        record: str,
        label: str,
        who: str | None,
        when: datetime | None,
        theirs: Mapping[str, Any],
        mine: Mapping[str, Any],
        version: Version,
    ) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.record = record
        self.label = label
        self.who = who
        self.when = when
        self.theirs = dict(theirs)
        self.mine = dict(mine)
        self.version = version
        at = "" if when is None else f" at {when.astimezone():%H:%M}"
        super().__init__(record=record, who=who or "another coordinator", at=at)

    @property
    def differing(self) -> tuple[str, ...]:
        """The fields where the stored record and the submitted one differ, in form order."""
        return tuple(name for name in self.mine if self.theirs.get(name) != self.mine[name])

    def merged(self, keep_mine: Iterable[str]) -> dict[str, Any]:
        """The stored values, with the submitted ones for the fields in ``keep_mine``."""
        chosen = set(keep_mine)
        return {
            name: self.mine[name] if name in chosen else self.theirs.get(name) for name in self.mine
        }


def last_changed(
    session: Session, records: Iterable[tuple[str, int]], changed_at: datetime | None = None
) -> tuple[str | None, datetime | None]:
    """Who last changed any of ``records`` (entity, id) and when, from the history; (None,
    None) when it holds nothing (a change from before names were recorded, say).

    ``changed_at`` is when the row says it was last changed: a change later than the
    history's last line for it (an import's, which records the batch, not each person)
    is someone the history cannot name, at that time.
    """
    newest = history.newest_change(session, records)
    if changed_at is not None and (newest is None or newest[1] < changed_at - UNRECORDED):
        return None, changed_at
    return (None, None) if newest is None else newest


def check(
    session: Session,
    *,
    entity: str,
    entity_id: int,
    record: str,
    label: str,
    expected: Version | None,
    current: Version,
    theirs: Callable[[], Mapping[str, Any]],
    mine: Mapping[str, Any],
    history_of: Iterable[tuple[str, int]] | None = None,
    changed_at: datetime | None = None,
) -> None:
    """Refuse the save (raise :class:`EditConflict`) when ``expected`` is not ``current``.

    ``theirs`` reads the stored values (only called on a conflict); ``history_of`` lists
    the (entity, id) pairs the history records the record's changes under (default: this
    one), ``changed_at`` when the row says it last changed (see :func:`last_changed`).
    ``expected`` None: no check (callers that never showed a form).
    """
    if expected is None or tuple(expected) == tuple(current):
        return
    who, when = last_changed(session, history_of or [(entity, entity_id)], changed_at)
    raise EditConflict(
        entity=entity,
        entity_id=entity_id,
        record=record,
        label=label,
        who=who,
        when=when,
        theirs=theirs(),
        mine=mine,
        version=tuple(current),
    )


def saving(save: Callable[[], T]) -> T:
    """Run ``save`` (one transaction), again when another save landed between its check
    of the version and its write (the storage calls that :class:`BusyRecords`): the next
    run reads the new version, so a form's save becomes an :class:`EditConflict` and a
    save without a version simply goes ahead."""
    attempt = 1
    while True:
        try:
            return save()
        except (StaleDataError, BusyRecords):
            if attempt >= ATTEMPTS:
                raise
            attempt += 1


__all__ = ["EditConflict", "Version", "check", "last_changed", "saving"]
