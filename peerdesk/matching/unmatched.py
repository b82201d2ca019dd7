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
class FullMentor:
    """An eligible mentor with no place left: who, and how many of their places are taken."""

    participant_id: int
    name: str
    taken: int
    capacity: int


@dataclass(frozen=True)
class Unmatched:
    participant_id: int
    name: str
    why: Why
    text: str
    eligible: int  # partners the hard rules allow (before places are counted)
    full: tuple[FullMentor, ...] = ()  # eligible mentors who are full, when that is why


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


def full_text(full: tuple[FullMentor, ...], shown: int = 3) -> str:
    """ "Ana Rivera (2 of 2), Bo Chen (3 of 3) and 2 more" """
    named = [f"{m.name} ({m.taken} of {m.capacity})" for m in full[:shown]]
    if len(full) > shown:
        return ", ".join(named) + f" and {len(full) - shown} more"
    if len(named) > 1:
        return ", ".join(named[:-1]) + " and " + named[-1]
    return named[0] if named else ""


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
        full: tuple[FullMentor, ...] = ()
        if not reciprocal and not has_room[eligible].any():
            full = tuple(
                FullMentor(
                    pool.mentors.members[col].participant_id,
                    pool.mentors.members[col].name,
                    int(pool.capacity[col] - pool.remaining[col]),
                    int(pool.capacity[col]),
                )
                for col in eligible.tolist()
            )
            text = f"Every eligible {partner} is full: {full_text(full)}."
        else:
            text = f"Every eligible {partner} is taken by these suggestions ({plural})."
        result.append(
            Unmatched(member.participant_id, member.name, Why.ELIGIBLE_FULL, text, count, full)
        )
    for member in pool.not_ready:
        result.append(
            Unmatched(member.participant_id, member.name, Why.NOT_READY, not_ready_text(member), 0)
        )
    result.sort(key=lambda u: u.participant_id)
    return result
