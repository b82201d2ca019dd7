"""Setting a person's wishes from the board: one transaction, refusals change nothing."""

from __future__ import annotations

from typing import Any

import pytest
from matching_data import store_members

from peerdesk.database import Database, create_database
from peerdesk.enums import PairRuleKind, Role
from peerdesk.matching.pool import Member
from peerdesk.matching.wishes import WishRefused, set_wishes, wish_choices, wishes_of
from peerdesk.program import programs


def make(db: Database) -> tuple[int, dict[int, int]]:
    program_id = programs.create_program(db, programs.quick_settings("Spring mentoring"))
    people = [
        Member(1, "Ana Lima", Role.MENTEE),
        Member(2, "Bo Chen", Role.BOTH),
        Member(10, "Sam Okafor", Role.MENTOR),
        Member(11, "Dee Reyes", Role.MENTOR),
    ]
    return program_id, store_members(db, program_id, people)


def test_a_list_replaces_the_last_in_its_order_and_says_what_it_was(db: Database) -> None:
    program_id, ids = make(db)
    ana, sam, dee = ids[1], ids[10], ids[11]
    first = set_wishes(db, program_id, ana, PairRuleKind.PREFER, [sam, dee, sam])
    assert first.before == () and first.after == (sam, dee)
    again = set_wishes(db, program_id, ana, PairRuleKind.PREFER, [dee, sam])
    assert again.before == (sam, dee)
    assert wishes_of(db, ana, PairRuleKind.PREFER) == (dee, sam)
    assert wishes_of(db, ana, PairRuleKind.DO_NOT_PAIR) == ()  # the other kind is untouched


def test_refusals_change_nothing(db: Database) -> None:
    program_id, ids = make(db)
    ana, sam = ids[1], ids[10]
    set_wishes(db, program_id, ana, PairRuleKind.PREFER, [sam])
    with pytest.raises(WishRefused, match="themselves"):
        set_wishes(db, program_id, ana, PairRuleKind.PREFER, [ana])
    other = programs.create_program(db, programs.quick_settings("Autumn mentoring"))
    with pytest.raises(WishRefused, match="no longer in this program"):
        set_wishes(db, other, ana, PairRuleKind.PREFER, [])
    with pytest.raises(WishRefused, match="no longer in this program"):
        set_wishes(db, program_id, ana, PairRuleKind.PREFER, [sam, 9999])
    assert wishes_of(db, ana, PairRuleKind.PREFER) == (sam,)


def test_the_choices_are_the_other_side(db: Database) -> None:
    program_id, ids = make(db)
    names = {ids[k]: n for k, n in ((1, "Ana"), (2, "Bo"), (10, "Sam"), (11, "Dee"))}
    mentee = [names[c.participant_id] for c in wish_choices(db, program_id, ids[1])]
    assert mentee == ["Bo", "Dee", "Sam"]  # mentors, and Bo who mentors too; by name
    mentor = [names[c.participant_id] for c in wish_choices(db, program_id, ids[10])]
    assert mentor == ["Ana", "Bo"]


def test_the_choices_are_in_the_same_order_whatever_the_servers_collation(
    file_db: Database, pg_cluster: Any
) -> None:
    """A server database made with a language's collation sorts names otherwise than a file
    (“bea” before “Zoe”); the choices come in one order on both."""
    url = pg_cluster.url("wishes_icu")
    pg_cluster.sql(
        "CREATE DATABASE wishes_icu TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en' "
        "LOCALE 'C'"
    )
    people = [Member(1, "Zoe Park", Role.MENTEE)] + [
        Member(n, name, Role.MENTOR)
        for n, name in enumerate(["bea Lund", "Émile Roy", "Ana Lima", "Zack Ode", "ana Bell"], 2)
    ]
    try:
        with create_database(url) as server:
            orders = []
            for db in (file_db, server):
                program_id = programs.create_program(db, programs.quick_settings("Spring"))
                ids = store_members(db, program_id, people)
                orders.append([c.name for c in wish_choices(db, program_id, ids[1])])
    finally:
        pg_cluster.drop(url)
    assert orders[0] == orders[1] == ["Ana Lima", "Zack Ode", "ana Bell", "bea Lund", "Émile Roy"]
