"""Wish columns of a roster: the people someone would like, or not like, to be paired with.

A form's "Preferred mentor(s)" or "Who would you like to be paired with?" and
"People I should not be paired with" name people by name or by email. They
are matched to the program's people the way the import's duplicate check
compares people: an email by :func:`peerdesk.people.email_key` (case and spaces
ignored); a name without case, accents or punctuation (:func:`values.fold`),
and only when exactly one person has it. The file's own rows count too, so a
mentee may name a mentor imported in the same file.

The preview lists every name it cannot place (:func:`check_wishes`), and the
import saves the rest as pair rules, first choice first (:func:`wish_rules`):
preferred people as ``prefer`` rules, whose order is their rank, and avoided
people as ``do_not_pair`` rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

from sqlalchemy import Connection, select

from peerdesk.enums import PairRuleKind
from peerdesk.models import Participant, Person
from peerdesk.people import email_key
from peerdesk.roster import values

Key = TypeVar("Key", bound=Hashable)

WISH_KINDS = {"wishes": PairRuleKind.PREFER, "avoid": PairRuleKind.DO_NOT_PAIR}
WISH_WORDS = {"wishes": "as someone to be paired with", "avoid": "as someone not to pair with"}


class Ambiguous:
    """More than one person has the name written."""


AMBIGUOUS = Ambiguous()


class PeopleIndex(Generic[Key]):
    """Who a name or an email written in a wish column means."""

    def __init__(self) -> None:
        self.by_email: dict[str, Key] = {}
        self.by_name: dict[str, set[Key]] = defaultdict(set)

    def add(self, key: Key, name: str, email: str | None) -> None:
        found = email_key(email)
        if found is not None:
            self.by_email[found] = key
        folded = values.fold(name)
        if folded:
            self.by_name[folded].add(key)

    def find(self, written: str) -> Key | Ambiguous | None:
        text = written.strip()
        if "@" in text:
            return self.by_email.get(email_key(text) or "")
        keys = self.by_name.get(values.fold(text), set())
        if len(keys) > 1:
            return AMBIGUOUS
        return next(iter(keys), None)


def program_people(conn: Connection, program_id: int) -> list[tuple[int, int, str, str | None]]:
    """(participant id, person id, name, email) of everyone in the program."""
    rows = conn.execute(
        select(Participant.id, Person.id, Person.full_name, Person.email)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.program_id == program_id)
        .order_by(Participant.id)
    )
    return [(a, b, c, d) for a, b, c, d in rows]


def problem_text(row_number: int, written: str, field: str, found: object) -> str:
    """Why a name in a wish column is left out, in plain words."""
    what = WISH_WORDS[field]
    if found is AMBIGUOUS:
        return (
            f"Row {row_number}: “{written}”, named {what}, matches more than one person; "
            "write their email instead. Left out."
        )
    return (
        f"Row {row_number}: “{written}”, named {what}, is not anyone in this program "
        "or in this file. Left out."
    )


def wish_rules(
    index: PeopleIndex[Key], asker: Key, wishes: Iterable[str], avoid: Iterable[str]
) -> tuple[list[tuple[Key, PairRuleKind]], list[tuple[str, str, object]]]:
    """The (person, kind) rules one row asks for in order, and (field, text, why) left out."""
    rules: list[tuple[Key, PairRuleKind]] = []
    left_out: list[tuple[str, str, object]] = []
    for field, written_names in (("wishes", wishes), ("avoid", avoid)):
        for written in written_names:
            found = index.find(written)
            if found is None or isinstance(found, Ambiguous):
                left_out.append((field, written, found))
            elif found != asker and (found, WISH_KINDS[field]) not in rules:
                rules.append((found, WISH_KINDS[field]))
    return rules, left_out
