"""Ending a pair well, closing a whole cycle in one go, and counting mentors' hours."""

from __future__ import annotations

from datetime import UTC, date, datetime

import db_rows
import pytest
from evaluation_data import add_meetings, add_pair, add_person, make_program

from peerdesk.database import Database
from peerdesk.enums import MeetingStatus, PairOutcome, PairStatus, ParticipantStatus, Role
from peerdesk.matching.apply import Ending, end_pairs, undo
from peerdesk.matching.rules import PairRefused
from peerdesk.pairs.closing import (
    CYCLE_REASON,
    END_REASONS,
    OTHER,
    PAUSED_REASON,
    NothingToClose,
    OtherNeedsWords,
    close_cycle,
    close_pair,
    cycle_preview,
    end_reason_text,
    mentor_hours,
    split_reason,
)


def pair_rows(db: Database) -> dict[int, tuple[object, ...]]:
    return {
        row[0]: row[1:]
        for row in db_rows.query(
            db, "SELECT id, status, outcome, end_reason, rematch_eligible, ended_on FROM pair"
        )
    }


def statuses(db: Database) -> dict[int, str]:
    return dict(db_rows.query(db, "SELECT id, status FROM participant"))


def test_reasons_come_from_a_list_with_words_added() -> None:
    assert "Goals reached" in END_REASONS and END_REASONS[-1] == OTHER
    assert end_reason_text("Lost contact", "  no reply since   May ") == (
        "Lost contact: no reply since May"
    )
    assert end_reason_text("Goals reached") == "Goals reached"
    assert end_reason_text(OTHER, "Mentor retired") == "Mentor retired"
    with pytest.raises(OtherNeedsWords):
        end_reason_text(OTHER, " ")
    assert split_reason("Lost contact: no reply since May") == (
        "Lost contact",
        "no reply since May",
    )
    assert split_reason("Mentor retired") == (OTHER, "Mentor retired")
    assert split_reason(None) == ("", "")


def test_ending_a_pair_completed_counts_the_mentors_hours(db: Database) -> None:
    program_id = make_program(db)
    mentor = add_person(db, program_id, 1, Role.MENTOR, status=ParticipantStatus.MATCHED)
    mentee = add_person(db, program_id, 2, Role.MENTEE, status=ParticipantStatus.MATCHED)
    pair = add_pair(db, program_id, mentor, mentee)
    add_meetings(db, program_id, pair, [datetime(2025, 4, d, 17, tzinfo=UTC) for d in (1, 8)],
                 length=60)  # fmt: skip
    add_meetings(db, program_id, pair, [datetime(2025, 4, 15, 17, tzinfo=UTC)], actual=90)
    add_meetings(db, program_id, pair, [datetime(2025, 4, 22, 17, tzinfo=UTC)],
                 status=MeetingStatus.CANCELLED)  # fmt: skip
    closed = close_pair(
        db, pair, outcome=PairOutcome.COMPLETED, reason="Goals reached", details="both of them",
        rematch_eligible=False, ended_on=date(2025, 6, 30),
    )  # fmt: skip
    assert (closed.meetings, closed.minutes) == (3, 60 + 60 + 90)
    assert pair_rows(db)[pair] == (
        "ended", "completed", "Goals reached: both of them", 0, "2025-06-30"
    )  # fmt: skip
    assert statuses(db)[mentee] == ParticipantStatus.COMPLETED.value
    hours = mentor_hours(db, program_id)[mentor]
    assert (hours.meetings, hours.minutes, hours.hours) == (3, 210, 3.5)
    undo(db, closed.changes)
    assert pair_rows(db)[pair][0] == "active"


def test_ending_early_with_rematch_puts_the_mentee_back_in_the_pool(db: Database) -> None:
    program_id = make_program(db)
    mentor = add_person(db, program_id, 1, Role.MENTOR, status=ParticipantStatus.MATCHED)
    mentee = add_person(db, program_id, 2, Role.MENTEE, status=ParticipantStatus.MATCHED)
    pair = add_pair(db, program_id, mentor, mentee)
    close_pair(db, pair, outcome=PairOutcome.ENDED_EARLY, reason=OTHER,
               details="Mentor moved abroad", rematch_eligible=True)  # fmt: skip
    status, outcome, reason, rematch, ended = pair_rows(db)[pair]
    assert (status, outcome, reason, rematch) == ("ended", "ended_early", "Mentor moved abroad", 1)
    assert ended == date.today().isoformat()
    assert statuses(db)[mentee] == ParticipantStatus.READY.value
    with pytest.raises(OtherNeedsWords):
        close_pair(db, pair, outcome=PairOutcome.ENDED_EARLY, reason=OTHER,
                   rematch_eligible=True)  # fmt: skip


def test_closing_the_cycle_ends_every_open_pair_at_the_end_date(db: Database) -> None:
    program_id = make_program(db, end=date(2025, 9, 30))
    people = [add_person(db, program_id, n, Role.MENTEE if n % 2 else Role.MENTOR,
                         status=ParticipantStatus.MATCHED) for n in range(8)]  # fmt: skip
    active = [add_pair(db, program_id, people[0], people[1]),
              add_pair(db, program_id, people[2], people[3])]  # fmt: skip
    paused = add_pair(db, program_id, people[4], people[5], status=PairStatus.PAUSED)
    proposed = add_pair(db, program_id, people[6], people[7], status=PairStatus.PROPOSED)
    preview = cycle_preview(db, program_id, today=date(2025, 10, 15))
    assert (preview.active, preview.paused, preview.total) == (2, 1, 3)
    assert preview.ended_on == date(2025, 9, 30)  # the end date has passed: it is used
    assert cycle_preview(db, program_id, today=date(2025, 8, 1)).ended_on == date(2025, 8, 1)
    changes = close_cycle(db, program_id, today=date(2025, 10, 15))
    found = pair_rows(db)
    for pair in active:
        assert found[pair] == ("ended", "completed", CYCLE_REASON, 0, "2025-09-30")
    assert found[paused] == ("ended", "ended_early", PAUSED_REASON, 0, "2025-09-30")
    assert found[proposed][0] == "proposed"
    assert statuses(db)[people[1]] == ParticipantStatus.COMPLETED.value
    with pytest.raises(NothingToClose):
        close_cycle(db, program_id)
    undo(db, changes)  # one undo takes the whole cycle back
    assert [pair_rows(db)[p][0] for p in (*active, paused)] == ["active", "active", "paused"]


def test_ending_several_pairs_is_all_or_nothing(db: Database) -> None:
    program_id = make_program(db)
    a = add_pair(db, program_id, add_person(db, program_id, 1, Role.MENTOR),
                 add_person(db, program_id, 2, Role.MENTEE))  # fmt: skip
    mentor, mentee = (
        add_person(db, program_id, n, r) for n, r in ((3, Role.MENTOR), (4, Role.MENTEE))
    )
    b = add_pair(db, program_id, mentor, mentee, status=PairStatus.PROPOSED)
    before = pair_rows(db)
    with pytest.raises(PairRefused):
        end_pairs(db, [Ending(a, "Program ended", False, PairOutcome.COMPLETED),
                       Ending(b, "Program ended", False, PairOutcome.COMPLETED)])  # fmt: skip
    assert pair_rows(db) == before
