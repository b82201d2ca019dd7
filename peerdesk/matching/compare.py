"""The objectives side by side: one run per objective over the same pool, before applying one.

The board's *Compare…* dialog and ``peerdesk match --compare`` call
:func:`compare`; each result is an ordinary :class:`Suggestions` (with its
audit), so the one the coordinator picks is saved like any other run.
"""

from __future__ import annotations

import dataclasses

from peerdesk.database import Database
from peerdesk.enums import MatchObjective
from peerdesk.matching.pool import load_pool
from peerdesk.matching.suggest import Suggestions, suggest_for_pool
from peerdesk.progress import Progress

TWO_SIDED_ONLY = frozenset({MatchObjective.STABLE})  # needs mentees and mentors


def objectives_for(reciprocal: bool) -> list[MatchObjective]:
    """Every objective that applies to a program, in the enum's order."""
    return [o for o in MatchObjective if not (reciprocal and o in TWO_SIDED_ONLY)]


def compare(
    db: Database,
    program_id: int,
    *,
    keep_proposed: bool = False,
    next_round: bool = False,
    progress: Progress | None = None,
) -> list[Suggestions]:
    """One run per objective that applies, on the pool as read once. Reads only."""
    if progress is not None:
        progress.set_progress(0, None, "Reading the pool")
    with db.reading() as session:
        pool = load_pool(session, program_id, keep_proposed=keep_proposed, next_round=next_round)
    results = []
    for objective in objectives_for(pool.reciprocal):
        result = suggest_for_pool(pool, objective, progress)
        results.append(dataclasses.replace(result, next_round=True) if next_round else result)
    return results
