"""A person's wishes on the board: whom they would like to be paired with, ranked, and whom not.

Wishes are pair rules (:class:`peerdesk.models.PairRule`) with the person as
``participant_a``: ``prefer`` rules in rank order (their ids rise with the
rank, which is how :func:`peerdesk.matching.pool.load_pool` reads them back)
and ``do_not_pair`` rules. :func:`set_wishes` replaces one person's list of one
kind in one transaction and returns what it was, so the board can undo it by
setting the old list again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from peerdesk.database import Database
from peerdesk.enums import PairRuleKind
from peerdesk.errors import UserError
from peerdesk.matching.pool import GONE, MENTEE_ROLES, MENTOR_ROLES
from peerdesk.models import PairRule, Participant, Person, Program

BOARD_REASON = "Set on the matching board"


class WishRefused(UserError):
    template = "{reason}"


@dataclass(frozen=True)
class WishChange:
    """One person's list of one kind, before and after: undo sets ``before`` again."""

    program_id: int
    participant_id: int
    kind: PairRuleKind
    before: tuple[int, ...]
    after: tuple[int, ...]


@dataclass(frozen=True)
class Choice:
    participant_id: int
    name: str


def _wishes(session: Session, participant_id: int, kind: PairRuleKind) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(PairRule.participant_b_id)
            .where(PairRule.participant_a_id == participant_id, PairRule.kind == kind)
            .order_by(PairRule.id)
        )
    )


def wishes_of(db: Database, participant_id: int, kind: PairRuleKind) -> tuple[int, ...]:
    """The people this person named, first choice first."""
    with db.reading() as session:
        return _wishes(session, participant_id, kind)


def wish_choices(db: Database, program_id: int, participant_id: int) -> list[Choice]:
    """Whom this person could name: the other side of the program (any peer in a peer
    pool), people who completed or withdrew left out, by name."""
    with db.reading() as session:
        program = session.get(Program, program_id)
        me = session.get(Participant, participant_id)
        if program is None or me is None or me.program_id != program_id:
            raise WishRefused(reason="That person is not in this program.")
        roles: frozenset[object] = frozenset()
        if not program.reciprocal:
            wants_mentor = me.role in MENTEE_ROLES
            wants_mentee = me.role in MENTOR_ROLES
            roles = frozenset(
                {*(MENTOR_ROLES if wants_mentor else ()), *(MENTEE_ROLES if wants_mentee else ())}
            )
        rows = session.execute(
            select(Participant.id, Person.full_name, Participant.role, Participant.status)
            .join(Person, Person.id == Participant.person_id)
            .where(Participant.program_id == program_id, Participant.id != participant_id)
        )
        # Sorted here, not by the database: a server's collation would order names
        # otherwise than a file does (by code point, as Python compares).
        return sorted(
            (
                Choice(pid, name)
                for pid, name, role, status in rows
                if status not in GONE and (program.reciprocal or role in roles)
            ),
            key=lambda choice: (choice.name, choice.participant_id),
        )


def set_wishes(
    db: Database, program_id: int, participant_id: int, kind: PairRuleKind, others: list[int]
) -> WishChange:
    """Replace this person's ``kind`` list with ``others`` (in rank order), in one transaction."""
    wanted = list(dict.fromkeys(others))
    if participant_id in wanted:
        raise WishRefused(reason="Someone can't be paired with themselves.")
    with db.transaction() as session:
        found = set(
            session.scalars(
                select(Participant.id).where(
                    Participant.program_id == program_id,
                    Participant.id.in_([participant_id, *wanted]),
                )
            )
        )
        if participant_id not in found or not set(wanted) <= found:
            raise WishRefused(
                reason="Someone in that list is no longer in this program; nothing was changed."
            )
        before = _wishes(session, participant_id, kind)
        session.execute(
            delete(PairRule).where(
                PairRule.participant_a_id == participant_id, PairRule.kind == kind
            )
        )
        session.flush()
        for other in wanted:  # one by one, so that the ids rise with the rank
            session.add(
                PairRule(
                    program_id=program_id,
                    participant_a_id=participant_id,
                    participant_b_id=other,
                    kind=kind,
                    reason=BOARD_REASON,
                )
            )
            session.flush()
    return WishChange(program_id, participant_id, kind, before, tuple(wanted))
