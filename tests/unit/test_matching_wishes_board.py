"""Setting a person's wishes from the board: one transaction, refusals change nothing."""

from __future__ import annotations

import pytest
from matching_data import store_members

from peerdesk.database import Database
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
