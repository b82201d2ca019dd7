"""Everyone a run leaves without a partner, and why, in words a coordinator can act on."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from numpy.typing import NDArray

from peerdesk.matching.pool import Member, Pool
from peerdesk.matching.reasons import label
from peerdesk.matching.rules import not_ready_text
from peerdesk.matching.scoring import ScoreGrid, score_pairs


class Why(StrEnum):
    NOT_READY = "not_ready"
    NO_ELIGIBLE_PARTNER = "no_eligible_partner"
    ELIGIBLE_FULL = "eligible_full"


@dataclass(frozen=True)
class Unmatched:
    participant_id: int
    name: str
    why: Why
    text: str
    eligible: int  # partners the hard rules allow (before places are counted)


RULE_PHRASES = {
    "self": "they can't be paired with themselves",
    "do_not_pair": "do-not-pair rules",
    "past_pair": "they were paired with them before",
    "language": "no shared language",
}


def _rule_phrase(rule: str) -> str:
    if rule.startswith("must:"):
        return f"no match on {label(rule.removeprefix('must:')).lower()}, which is required"
    return RULE_PHRASES.get(rule, rule)


def _no_partner_text(pool: Pool, row: int, partner: str) -> str:
    m = len(pool.mentors)
    others = m - (1 if pool.reciprocal else 0)
    if others <= 0 or (m == 1 and pool.mentors.ids[0] == pool.mentees.ids[row]):
        return f"No eligible {partner}: no {partner} is ready for matching."
    block = score_pairs(pool, np.full(m, row, dtype=np.intp), np.arange(m, dtype=np.intp))
    counts: Counter[str] = Counter()
    for rule, passes in block.rules.items():
        if rule == "self":
            continue
        counts[rule] = int((~passes).sum())
    if not counts or max(counts.values()) == 0:
        return f"No eligible {partner}."
    rule, blocked = max(counts.items(), key=lambda item: (item[1], item[0]))
    if blocked >= others:
        return f"No eligible {partner}: {_rule_phrase(rule)} with every {partner}."
    return f"No eligible {partner}: mostly {_rule_phrase(rule)} ({blocked} of {others})."


def unmatched(
    pool: Pool, grid: ScoreGrid, partner_of: NDArray[np.intp], *, reciprocal: bool = False
) -> list[Unmatched]:
    """Mentees (or peers) the run leaves unmatched, each with the reason, in id order.

    ``partner_of`` gives each mentee row its mentor column (or -1). In reciprocal
    mode ``grid`` holds one half of the pairs, and ``partner_of`` covers both people.
    """
    partner = "partner" if reciprocal else "mentor"
    result: list[Unmatched] = []
    allowed = grid.allowed | grid.allowed.T if reciprocal else grid.allowed
    has_room = pool.remaining > 0
    for row in np.flatnonzero(partner_of < 0).tolist():
        member: Member = pool.mentees.members[row]
        eligible = np.flatnonzero(allowed[row])
        if len(eligible) == 0:
            result.append(
                Unmatched(
                    member.participant_id,
                    member.name,
                    Why.NO_ELIGIBLE_PARTNER,
                    _no_partner_text(pool, row, partner),
                    0,
                )
            )
            continue
        count = len(eligible)
        plural = f"{count} eligible {partner}{'' if count == 1 else 's'}"
        if not reciprocal and not has_room[eligible].any():
            text = f"Every eligible {partner} is full ({plural})."
        else:
            text = f"Every eligible {partner} is taken by these suggestions ({plural})."
        result.append(Unmatched(member.participant_id, member.name, Why.ELIGIBLE_FULL, text, count))
    for member in pool.not_ready:
        result.append(
            Unmatched(member.participant_id, member.name, Why.NOT_READY, not_ready_text(member), 0)
        )
    result.sort(key=lambda u: u.participant_id)
    return result
