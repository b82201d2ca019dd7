"""The hard rules of matching, and checking one pair against them.

The engine applies the pair-level rules to the whole grid at once (in
:mod:`peerdesk.matching.grid`) and capacity in the solver. The board needs the
same rules for one pair a coordinator makes by hand, with the reason in words
when a rule forbids it: :func:`check_pair` gives that, raising
:class:`PairRefused`. A pair that breaks no rule but scores badly is allowed,
with warnings.

Hard rules: a mentor's places (pairs proposed, active, paused or locked count);
do-not-pair; nobody with themselves (a "both" person may mentor one person and
be mentored by another); a shared language when the language criterion is on
and both list languages; every must-match criterion (weight 10); people not
ready are left out unless the coordinator overrode it; one mentor per mentee.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from peerdesk.enums import Criterion as C
from peerdesk.enums import PairRuleKind, PairStatus
from peerdesk.errors import UserError
from peerdesk.matching.pool import (
    GONE,
    MENTEE_ROLES,
    MENTOR_ROLES,
    Member,
    Pool,
    load_corpus,
    load_members,
    pair_pool,
    program_settings,
)
from peerdesk.matching.reasons import Explanation, explain, label
from peerdesk.matching.scoring import score_pairs
from peerdesk.models import Pair, PairRule, Program
from peerdesk.scores import score_text

OPEN = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)
LOW_SCORE = 25.0


class PairRefused(UserError):
    """A hard rule forbids the pair; ``rule`` names it for code, the message for people."""

    template = "{reason}"

    def __init__(self, rule: str, reason: str) -> None:
        self.rule = rule
        super().__init__(reason=reason)


def rule_text(rule: str, mentee: str, mentor: str, detail: str = "") -> str:
    """A refused pair's reason in plain words."""
    if rule == "self":
        return f"{mentee} can't be paired with themselves."
    if rule == "do_not_pair":
        return f"{mentee} and {mentor} must not be paired (a do-not-pair rule)."
    if rule == "past_pair":
        return f"{mentee} and {mentor} were paired before."
    if rule == "language":
        return f"{mentee} and {mentor} have no language in common."
    if rule.startswith("must:"):
        what = label(rule.removeprefix("must:")).lower()
        extra = f" ({detail})" if detail else ""
        return f"This program requires a match on {what}, and {mentee} and {mentor} don't{extra}."
    return f"{mentee} and {mentor} can't be paired."


def broken_rules(pool: Pool, row: int, col: int) -> list[str]:
    """The pair-level rules the pool's pair (row, col) breaks, in a fixed order."""
    block = score_pairs(pool, np.array([row]), np.array([col]))
    return [name for name, passes in block.rules.items() if not bool(passes[0])]


def not_ready_text(member: Member) -> str:
    if member.status in GONE:
        return f"{member.name} has {member.status.value} and is no longer matched."
    return (
        f"{member.name} is not ready for matching yet (status: {member.status.value}). "
        "Mark them ready, or let them through with a readiness override."
    )


@dataclass(frozen=True)
class PairCheck:
    """A pair the rules allow: its score, why, and anything worth a second look."""

    score: float
    explanation: Explanation
    warnings: tuple[str, ...]


def _open_pairs(
    session: Session, program_id: int, participant_id: int, either_side: bool
) -> list[Pair]:
    """Open pairs with this person as mentee (``either_side``: as mentee or mentor)."""
    who = Pair.mentee_id == participant_id
    if either_side:
        who = or_(who, Pair.mentor_id == participant_id)
    return list(
        session.scalars(
            select(Pair)
            .where(Pair.program_id == program_id, who, Pair.status.in_(OPEN))
            .order_by(Pair.id)
        )
    )


def mentor_load(session: Session, program_id: int, mentor_id: int) -> list[Pair]:
    """The open pairs that use a mentor's places."""
    return list(
        session.scalars(
            select(Pair)
            .where(
                Pair.program_id == program_id,
                Pair.mentor_id == mentor_id,
                Pair.status.in_(OPEN),
            )
            .order_by(Pair.id)
        )
    )


def check_pair(
    session: Session,
    program_id: int,
    mentor_id: int,
    mentee_id: int,
    *,
    ignore_pair_id: int | None = None,
) -> PairCheck:
    """Check a pair made by hand against every hard rule; raises :class:`PairRefused`.

    ``ignore_pair_id`` is a pair being moved: it neither uses its mentor's place
    nor counts as the mentee's current pair.
    """
    program = session.get(Program, program_id)
    if program is None:
        raise PairRefused("program", "That program was not found in this file.")
    settings = program_settings(program)
    found = load_members(session, program_id, {mentor_id, mentee_id})
    members = {m.participant_id: m for m in found}
    if mentor_id not in members or mentee_id not in members:
        raise PairRefused("missing", "That person is not in this program.")
    mentor, mentee = members[mentor_id], members[mentee_id]
    if mentor_id == mentee_id:
        raise PairRefused("self", rule_text("self", mentee.name, mentor.name))
    if not settings.reciprocal:
        if mentor.role not in MENTOR_ROLES:
            raise PairRefused("role", f"{mentor.name} is not a mentor in this program.")
        if mentee.role not in MENTEE_ROLES:
            raise PairRefused("role", f"{mentee.name} is not a mentee in this program.")
    for member in (mentee, mentor):
        if member.status in GONE or not member.ready:
            raise PairRefused("not_ready", not_ready_text(member))
    # One mentor per mentee; in reciprocal mode one partner per peer.
    for member in (mentee, mentor) if settings.reciprocal else (mentee,):
        taken = [
            p
            for p in _open_pairs(session, program_id, member.participant_id, settings.reciprocal)
            if p.id != ignore_pair_id
        ]
        if taken:
            other = taken[0].mentor_id
            if other == member.participant_id:
                other = taken[0].mentee_id
            partner = _name(session, program_id, other)
            raise PairRefused("paired", f"{member.name} is already paired with {partner}.")
    if not settings.reciprocal:
        places = settings.default_capacity if mentor.capacity is None else mentor.capacity
        used = [p for p in mentor_load(session, program_id, mentor_id) if p.id != ignore_pair_id]
        if len(used) >= places:
            raise PairRefused(
                "capacity",
                f"{mentor.name} already has {len(used)} of {places} "
                f"{'mentee' if places == 1 else 'mentees'}.",
            )
    rules = session.execute(
        select(PairRule.participant_a_id, PairRule.participant_b_id, PairRule.kind).where(
            PairRule.program_id == program_id,
            or_(
                (PairRule.participant_a_id == mentor_id) & (PairRule.participant_b_id == mentee_id),
                (PairRule.participant_a_id == mentee_id) & (PairRule.participant_b_id == mentor_id),
            ),
        )
    )
    do_not_pair: list[tuple[int, int]] = []
    prefer: list[tuple[int, int]] = []
    for a, b, kind in rules:
        (do_not_pair if kind == PairRuleKind.DO_NOT_PAIR else prefer).append((a, b))
    past_count = session.scalar(
        select(func.count())
        .select_from(Pair)
        .where(
            Pair.program_id == program_id,
            Pair.status == PairStatus.ENDED,
            or_(
                (Pair.mentor_id == mentor_id) & (Pair.mentee_id == mentee_id),
                (Pair.mentor_id == mentee_id) & (Pair.mentee_id == mentor_id),
            ),
        )
    )
    pool = pair_pool(
        settings,
        [mentee, mentor],
        program_id=program_id,
        do_not_pair=do_not_pair,
        prefer=prefer,
        corpus=load_corpus(session, program_id) if settings.has(C.FREE_TEXT) else None,
    )
    broken = broken_rules(pool, 0, 1)
    explanation = explain(pool, np.array([0]), np.array([1]))[0]
    details = {r.criterion: r.text for r in explanation.reasons}
    for rule in broken:
        detail = details.get(rule.removeprefix("must:"), "") if rule.startswith("must:") else ""
        raise PairRefused(rule, rule_text(rule, mentee.name, mentor.name, detail.lower()))
    warnings = []
    if past_count:
        warnings.append(rule_text("past_pair", mentee.name, mentor.name))
    if explanation.score < LOW_SCORE:
        warnings.append(f"A low score: {score_text(explanation.score)} of 100.")
    return PairCheck(explanation.score, explanation, tuple(warnings))


def _name(session: Session, program_id: int, participant_id: int) -> str:
    found = load_members(session, program_id, {participant_id})
    return found[0].name if found else "someone"
