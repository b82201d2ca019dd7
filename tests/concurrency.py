"""Two coordinators at once, on purpose: one action held at a chosen statement while
another runs to its end on another thread, with its own connection.

Collisions between two actions on a shared database depend on timing; holding one
in the middle makes the collision happen every time, so a test can show what the
second one does about it (:mod:`peerdesk.storage.retry`).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import event

from peerdesk.database import Database


@contextlib.contextmanager
def held_at(
    db: Database,
    wanted: Callable[[str, Any], bool],
    meanwhile: Callable[[], object],
    *,
    times: int = 1,
) -> Iterator[list[object]]:
    """The first ``times`` statements of ``db`` that ``wanted(sql, parameters)`` picks wait
    while ``meanwhile()`` runs to its end on another thread (a coordinator at another
    computer); yields the list of what each ``meanwhile()`` returned (or raised)."""
    results: list[object] = []

    def hold(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_rest: Any) -> None:
        if len(results) >= times or not wanted(sql, parameters):
            return
        done: list[object] = []

        def other() -> None:
            try:
                done.append(meanwhile())
            except Exception as exc:  # handed to the test, which looks at it
                done.append(exc)

        thread = threading.Thread(target=other, name="other-coordinator")
        thread.start()
        thread.join(timeout=60)
        assert not thread.is_alive(), "the other coordinator's action did not end"
        results.extend(done)

    event.listen(db.engine, "before_cursor_execute", hold)
    try:
        yield results
    finally:
        event.remove(db.engine, "before_cursor_execute", hold)


def starts(prefix: str) -> Callable[[str, Any], bool]:
    """Statements beginning with ``prefix`` (any case)."""
    return lambda sql, _parameters: sql.lstrip().upper().startswith(prefix.upper())
