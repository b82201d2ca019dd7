"""The attention list's "no session attended" entry: someone in an active pair who was
marked at group sessions held since their match began and attended none of them."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

from calendar_data import add_pairs, make_program, person_name
from groups_data import add_session, ensure_kinds

from peerdesk import cli
from peerdesk.calendar.attention import AttentionKind, attention_items, group_attention
from peerdesk.database import Database
from peerdesk.enums import CheckinCadence, PairStatus
from peerdesk.models import Pair

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
TODAY = date(2026, 3, 20)
STARTED = date(2026, 1, 12)  # calendar_data.add_pairs' start


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 18, tzinfo=UTC)


def test_marked_at_sessions_since_matching_and_attended_none(db: Database) -> None:
    program_id = make_program(db, checkin=CheckinCadence.NONE, no_meeting_weeks=0,
                              missed_in_row=0)  # fmt: skip
    ensure_kinds(db, program_id)
    pair_ids = add_pairs(db, program_id, 6)
    with db.reading() as session:
        pairs = [session.get(Pair, p) for p in pair_ids]
        m = [p.mentor_id for p in pairs if p]
        e = [p.mentee_id for p in pairs if p]
    A, X, N = "attended", "excused", "absent"
    # Pair 0: the mentor attended one of two; the mentee was absent, then excused: flagged.
    add_session(db, program_id, "training", at(2, 3), [m[0], e[0]], {m[0]: A, e[0]: N})
    add_session(db, program_id, "workshop", at(3, 5), [m[0], e[0]], {m[0]: N, e[0]: X})
    # Pair 1: absent only at a session before the match began: nothing since matching.
    add_session(db, program_id, "training", at(1, 5), [m[1]], {m[1]: N})
    # Pair 2: invited since matching, never marked: not known is not missed.
    add_session(db, program_id, "workshop", at(2, 17), [m[2], e[2]])
    # Pair 3: absent at a cancelled session, and excused ahead of one still to come.
    add_session(db, program_id, "social", at(2, 20), [m[3]], {m[3]: N}, status="cancelled")
    add_session(db, program_id, "social", at(4, 2), [m[3]], {m[3]: X})
    # Pair 4: absent at one, attended the next: fine.
    add_session(db, program_id, "training", at(2, 24), [e[4]], {e[4]: N})
    add_session(db, program_id, "training", at(3, 3), [e[4]], {e[4]: A})
    # Pair 5: absent since matching, but the pair is paused: only active pairs are asked.
    add_session(db, program_id, "training", at(2, 24), [e[5]], {e[5]: N})
    with db.transaction() as session:
        paused = session.get(Pair, pair_ids[5])
        assert paused is not None
        paused.status = PairStatus.PAUSED

    items = attention_items(db, program_id, today=TODAY, now=NOW)
    [item] = [i for i in items if i.kind == AttentionKind.NO_SESSION]
    assert (item.pair_id, item.participant_id, item.role, item.count, item.since) == (
        pair_ids[0], e[0], "mentee", 2, STARTED,
    )  # fmt: skip
    assert item.person_name == person_name(1)
    assert item.describe() == (
        f"{person_name(0)} & {person_name(1)}: {person_name(1)} (mentee) attended none of "
        "2 group sessions since the match began on 12 Jan 2026"
    )
    found = group_attention(items)
    assert [p.pair_id for p in found.pairs] == [pair_ids[0]]
    assert found.only(AttentionKind.NO_SESSION).count == 1
    # Marked attended at the workshop: the entry goes.
    add_session(db, program_id, "social", at(3, 12), [e[0]], {e[0]: A})
    after = attention_items(db, program_id, today=TODAY, now=NOW)
    assert [i for i in after if i.kind == AttentionKind.NO_SESSION] == []


def test_the_command_line_lists_it(file_db: Database, db_path: Path) -> None:
    program_id = make_program(file_db, checkin=CheckinCadence.NONE, no_meeting_weeks=0,
                              missed_in_row=0)  # fmt: skip
    ensure_kinds(file_db, program_id)
    [pair_id] = add_pairs(file_db, program_id, 1)
    with file_db.reading() as session:
        pair = session.get(Pair, pair_id)
        assert pair is not None
        mentor = pair.mentor_id
    add_session(file_db, program_id, "workshop", at(2, 3), [mentor], {mentor: "absent"})
    file_db.close()
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["attention", str(db_path)], out=out, err=err) == 0
    assert out.getvalue() == (
        f"pair {pair_id}: {person_name(0)} & {person_name(1)}: {person_name(0)} (mentor) "
        "attended none of 1 group session since the match began on 12 Jan 2026\n"
    )
