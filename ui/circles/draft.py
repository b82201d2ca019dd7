"""Circles formed but not saved yet: who is in which, moved by hand before confirming.

The board shows a :class:`Draft`; dragging someone (or Ctrl+Shift+M) moves them in
it, and nothing reaches the file until the coordinator confirms the circles,
which saves them all in one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Person:
    participant_id: int
    name: str
    leader: bool  # leads the circle (a mentor), else a member
    can_lead: bool = False  # a mentor: may lead a circle


@dataclass(frozen=True)
class DraftCircle:
    name: str
    people: tuple[Person, ...]
    score: float | None = None  # the circle's average fit, when known

    @property
    def leaders(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.leader)

    @property
    def members(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if not p.leader)


@dataclass(frozen=True)
class Draft:
    """Circles on the board before they are saved, with their quality against its bound."""

    circles: tuple[DraftCircle, ...]
    quality: float | None = None  # the average fit of the circles as they stand
    bound: float | None = None  # no way of forming these circles can do better than this
    exact: bool = False  # the forming found the best circles there are
    not_ready: int = 0  # people of the program left out as not ready for matching yet
    formation: Any = field(default=None, compare=False, repr=False)  # the core's, to rescore

    def where(self, participant_id: int) -> int | None:
        """The position of the circle ``participant_id`` is in, if any."""
        for index, circle in enumerate(self.circles):
            if any(p.participant_id == participant_id for p in circle.people):
                return index
        return None

    def person(self, participant_id: int) -> Person | None:
        for circle in self.circles:
            for p in circle.people:
                if p.participant_id == participant_id:
                    return p
        return None

    def moved(self, participant_id: int, to: int) -> Draft | None:
        """The draft with ``participant_id`` in circle ``to`` (leaders first, then members
        by name); None when they are not on the board, already there, or ``to`` is unknown.
        The scores are no longer known (the caller works them out again), nor whether
        these are the best circles there are."""
        start = self.where(participant_id)
        person = self.person(participant_id)
        if start is None or person is None or start == to or not 0 <= to < len(self.circles):
            return None
        circles = list(self.circles)
        circles[start] = replace(
            circles[start],
            people=tuple(p for p in circles[start].people if p.participant_id != participant_id),
            score=None,
        )
        arrived = sorted(
            (*circles[to].people, person), key=lambda p: (not p.leader, p.name.casefold())
        )
        circles[to] = replace(circles[to], people=tuple(arrived), score=None)
        return replace(self, circles=tuple(circles), quality=None, exact=False)

    def with_role(self, participant_id: int, leader: bool) -> Draft | None:
        """The draft with ``participant_id`` leading their circle (beside its leaders) or
        a member of it; None when they are not on the board, already so, or may not lead."""
        at, person = self.where(participant_id), self.person(participant_id)
        if at is None or person is None or person.leader == leader:
            return None
        if leader and not person.can_lead:
            return None
        circles = list(self.circles)
        people = [replace(p, leader=leader) if p == person else p for p in circles[at].people]
        people.sort(key=lambda p: (not p.leader, p.name.casefold()))
        circles[at] = replace(circles[at], people=tuple(people), score=None)
        return replace(self, circles=tuple(circles), quality=None, exact=False)

    def renamed(self, position: int, name: str) -> Draft:
        circles = list(self.circles)
        circles[position] = replace(circles[position], name=name)
        return replace(self, circles=tuple(circles))

    def groups(self) -> list[tuple[list[int], list[int]]]:
        """Each circle's (leader ids, member ids), as the core takes them."""
        return [
            ([p.participant_id for p in c.leaders], [p.participant_id for p in c.members])
            for c in self.circles
        ]
