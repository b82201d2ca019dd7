"""A small load of coordinators at once on a shared database: 4 processes × 40 random
actions (the full 8 × 300 is tests/benchmarks/test_load.py); afterwards every rule holds,
no row is orphaned, and the history holds one line per action saved.
"""

from __future__ import annotations

import concurrent_load as load

from peerdesk.database import open_database


def test_four_coordinators_at_once_lose_nothing_and_break_no_rule(pg_url: str) -> None:
    program_id = load.make_program(pg_url)
    with open_database(pg_url) as db:
        since = load.history_mark(db)
        result = load.run_load(pg_url, program_id, workers=4, actions=40, processes=False)
        print(load.report(result))
        assert load.check(db, result, since) == []
    assert result.tally.actions == 4 * 40
    assert sum(result.tally.done.values()) > 40  # most actions are saved, not refused
