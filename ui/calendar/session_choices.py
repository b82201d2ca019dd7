"""What the session dialog offers, read on the worker before it opens: the program's
kinds of session, its people (with their roles), its open circles and its readiness
steps, and an open session's invited people; and the words for whom a session invites.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.qt import QCoreApplication

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.groups.kinds import KindRow
    from peerdesk.people import ParticipantRow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class CircleChoice:
    id: int
    name: str
    members: int
    mentors_only: bool = False  # a mentors' support circle, not a mentoring group


@dataclass(frozen=True)
class StepChoice:
    id: int
    name: str
    kind: str  # "screening" or "training" (peerdesk.enums.StepKind)


@dataclass(frozen=True)
class SessionChoices:
    """What the form offers, read on the worker before it opens."""

    kinds: list[KindRow]
    people: list[ParticipantRow]
    circles: list[CircleChoice]
    steps: list[StepChoice]
    invited: tuple[int, ...] = ()  # an open session's invited participants


def load_choices(db: Database, program_id: int, session_id: int | None = None) -> SessionChoices:
    """The program's kinds, people, open circles and steps (and an open session's invited)."""
    from peerdesk.enums import Role
    from peerdesk.groups.circles import list_circles
    from peerdesk.groups.kinds import list_kinds
    from peerdesk.groups.sessions import get_session
    from peerdesk.people import list_participants
    from peerdesk.people.bulk_steps import step_progress

    people = list_participants(db, program_id)
    mentors = {p.participant_id for p in people if p.role in (Role.MENTOR, Role.BOTH)}
    steps = step_progress(db, [p.participant_id for p in people]) if people else []
    invited: tuple[int, ...] = ()
    if session_id is not None:
        invited = tuple(i.participant_id for i in get_session(db, session_id).invitees)
    return SessionChoices(
        kinds=list_kinds(db, program_id),
        people=people,
        circles=[
            CircleChoice(
                c.id,
                c.name,
                len(c.people),
                all(p.participant_id in mentors for p in c.people),
            )
            for c in list_circles(db, program_id, include_ended=False)
        ],
        steps=[StepChoice(s.step_id, s.name, s.kind) for s in steps],
        invited=invited,
    )


def invite_labels() -> dict[str, str]:
    return {
        "mentors": tr("All mentors"),
        "mentees": tr("All mentees"),
        "everyone": tr("Everyone"),
        "circle": tr("A circle:"),
        "people": tr("People picked by hand:"),
    }
