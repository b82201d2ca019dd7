"""What the circles' screens read and write, through the core, on the worker.

The Groups board keeps the core's :class:`~peerdesk.groups.forming.Formation`
with its draft: after a move the fits are summed again from the formation's
score tables (no reading, no new scoring), so the quality line follows each
drag at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.circles.draft import Draft, DraftCircle, Person
from ui.circles.model import CircleRow

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.groups.forming import Formation
    from peerdesk.progress import Progress


def draft_of(formation: Formation, name: Callable[[int], str]) -> Draft:
    """The board's draft of a formation: circles named 1, 2, … best first."""
    names, fits = formation.names, formation.fits
    mentors = {p for p, may in zip(fits.ids, fits.can_lead, strict=True) if may}
    circles = []
    for number, formed in enumerate(formation.circles, start=1):
        people = [Person(p, names[p], True, True) for p in formed.leaders]
        people += sorted(
            (Person(p, names[p], False, p in mentors) for p in formed.members),
            key=lambda p: p.name.casefold(),
        )
        circles.append(DraftCircle(name(number), tuple(people), formed.quality.quality))
    return Draft(
        tuple(circles),
        quality=formation.quality.quality,
        bound=formation.bound,
        exact=formation.exact,
        not_ready=len(formation.not_ready),
        formation=formation,
    )


def form_draft(
    db: Database,
    program_id: int,
    size: int,
    state: Progress,
    name: Callable[[int], str],
    mentors_only: bool = False,
) -> Draft:
    from peerdesk.groups.forming import form_circles

    formation = form_circles(db, program_id, size=size, progress=state, mentors_only=mentors_only)
    return draft_of(formation, name)


def rescored(draft: Draft) -> Draft:
    """The draft with each circle's fit and the whole quality summed again."""
    formation = draft.formation
    if formation is None:
        return draft
    circles = tuple(
        dataclasses.replace(c, score=formation.rescored([groups]).quality)
        for c, groups in zip(draft.circles, draft.groups(), strict=True)
    )
    quality = formation.rescored(draft.groups()).quality
    return dataclasses.replace(draft, circles=circles, quality=quality)


def load_circles(db: Database, program_id: int) -> list[CircleRow]:
    """The program's circles as the Circles tab shows them."""
    from peerdesk.groups.circles import list_circles

    return [
        CircleRow(
            id=view.id,
            name=view.name,
            status=view.status,
            score=view.score,
            started_on=view.started_on,
            ended_on=view.ended_on,
            outcome=view.outcome,
            end_reason=view.end_reason,
            signed_on=view.agreement_signed_on,
            leaders=tuple((p.participant_id, p.name) for p in view.leaders),
            members=tuple((p.participant_id, p.name) for p in view.members),
        )
        for view in list_circles(db, program_id)
    ]


def addable_people(db: Database, program_id: int) -> list[tuple[int, str, bool]]:
    """Who may join a circle: the ready pool's people in no open circle, by name, each with
    whether they may lead (a mentor)."""
    from peerdesk.groups.forming import circle_pool, people_in_open_circles
    from peerdesk.matching.pool import MENTOR_ROLES, load_pool

    with db.reading() as session:
        pool = load_pool(session, program_id)
        busy = people_in_open_circles(session, program_id)
    people = circle_pool(pool, busy)
    found = [(m.participant_id, m.name, m.role in MENTOR_ROLES) for m in people]
    return sorted(found, key=lambda p: (p[1].casefold(), p[0]))
