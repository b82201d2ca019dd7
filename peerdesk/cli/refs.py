"""What the lifecycle commands share: naming people and pairs, dates, and JSON output.

A person is named on the command line by their id (as ``peerdesk status`` shows
it), their e-mail (case and spaces aside) or their full name (case aside), as
long as it names one person of the program. A pair is named by its id (as
``peerdesk pairs`` shows it) or by one of its people, as long as that person is
in one such pair. Anything that names nobody, or several, is refused with the
candidates' ids, so the command changes nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from peerdesk.cli import EXIT_PROBLEMS, Context, choose_program, file_argument
from peerdesk.cli.calendar import _date as parse_date
from peerdesk.errors import UserError

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.documents.pairs import PairInfo
    from peerdesk.enums import PairStatus
    from peerdesk.people import ParticipantRow

__all__ = [
    "EXIT_PROBLEMS",
    "NoSuchPair",
    "NoSuchPerson",
    "common_arguments",
    "find_pair",
    "find_person",
    "json_argument",
    "open_program",
    "parse_date",
    "say_json",
]


class NoSuchPerson(UserError):
    template = "Nobody in “{program}” is “{text}”. Name a person by id, e-mail or full name."


class SeveralPeople(UserError):
    template = "Several people in “{program}” are “{text}” (ids {ids}); name one by id or e-mail."


class NoSuchPair(UserError):
    template = "“{program}” has no pair {text}. List them with: peerdesk pairs FILE"


class SeveralPairs(UserError):
    template = "{text} is in several pairs of “{program}” (ids {ids}); name the pair by its id."


def common_arguments(parser: argparse.ArgumentParser, example: str) -> None:
    """FILE, ``--program NAME``, and an example at the end of ``--help``."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = f"example:\n  {example}"
    file_argument(parser)
    parser.add_argument(
        "--program", metavar="NAME", help="the program (needed when the file has more than one)"
    )


@contextlib.contextmanager
def open_program(args: argparse.Namespace) -> Iterator[tuple[Database, int, str]]:
    """FILE open, with the program ``--program NAME`` names (or its only one): the file,
    the program's id and its name."""
    from peerdesk.database import open_database

    with open_database(args.file) as db:
        program_id, name = choose_program(db, args.program)
        yield db, program_id, name


def json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def say_json(ctx: Context, data: Any) -> None:
    ctx.say(json.dumps(data, indent=2, ensure_ascii=False, default=_plain))


T = TypeVar("T")


def said_list(
    ctx: Context,
    as_json: bool,
    program: str,
    key: str,
    items: Sequence[T],
    to_json: Callable[[T], Any],
    empty: str,
) -> bool:
    """A listing command's JSON (``{"program": …, key: [...]}``) or its message for
    no items; True when one was said and there is no table to print."""
    if as_json:
        say_json(ctx, {"program": program, key: [to_json(item) for item in items]})
        return True
    if not items:
        ctx.say(empty)
        return True
    return False


def _plain(value: object) -> str:
    if isinstance(value, date):  # dates and datetimes, as ISO 8601
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _ids(ids: Iterable[int]) -> str:
    return ", ".join(str(i) for i in sorted(ids))


def find_person(rows: Iterable[ParticipantRow], program: str, text: str) -> ParticipantRow:
    """The one participant among ``rows`` that ``text`` names (id, e-mail or full name)."""
    from peerdesk.people import email_key

    wanted = text.strip()
    rows = list(rows)
    if wanted.isdigit():
        found = [r for r in rows if r.participant_id == int(wanted)]
    elif "@" in wanted:
        key = email_key(wanted)
        found = [r for r in rows if email_key(r.email) == key]
    else:
        name = " ".join(wanted.split()).casefold()
        found = [r for r in rows if " ".join(r.full_name.split()).casefold() == name]
    if not found:
        raise NoSuchPerson(program=program, text=wanted)
    if len(found) > 1:
        raise SeveralPeople(program=program, text=wanted, ids=_ids(r.participant_id for r in found))
    return found[0]


def find_pair(
    db: Database,
    program_id: int,
    program: str,
    text: str,
    pairs: list[PairInfo],
    *,
    prefer: Collection[PairStatus] = (),
) -> PairInfo:
    """The one pair of ``pairs`` that ``text`` names: its id, or one of its people.

    A person in several pairs names the one whose status is in ``prefer``, if
    only one is (the pair they are in now, say, beside ended ones).
    """
    from peerdesk.people import list_participants

    wanted = text.strip()
    if wanted.isdigit():
        found = [p for p in pairs if p.id == int(wanted)]
        if not found:
            raise NoSuchPair(program=program, text=wanted)
        return found[0]
    person = find_person(list_participants(db, program_id), program, wanted)
    mine = [p for p in pairs if person.participant_id in (p.mentor.participant_id,
                                                           p.mentee.participant_id)]  # fmt: skip
    if len(mine) > 1 and prefer:
        preferred = [p for p in mine if p.status in prefer]
        mine = preferred or mine
    if not mine:
        raise NoSuchPair(program=program, text=f"with {wanted}")
    if len(mine) > 1:
        raise SeveralPairs(program=program, text=wanted, ids=_ids(p.id for p in mine))
    return mine[0]
