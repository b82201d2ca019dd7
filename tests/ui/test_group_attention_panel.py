"""The Calendar's "Needs attention" panel shows a matched person who attended none of the
group sessions held for them since their match began, under its own reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from calendar_data import add_pairs, make_program, person_name
from groups_data import add_session, ensure_kinds
from pytestqt.qtbot import QtBot

from peerdesk.calendar import zones
from peerdesk.database import create_database
from peerdesk.enums import CheckinCadence
from peerdesk.models import Pair
from ui import operations
from ui.calendar.data import short_date
from ui.calendar.screen import CalendarScreen
from ui.main_window import MainWindow


def test_a_person_who_attended_no_session_since_matching_needs_attention(
    qtbot: QtBot, launch: object, tmp_path: Path
) -> None:
    path = tmp_path / "sessions.peerdesk"
    today = zones.today_in()
    now = datetime.now(UTC)
    with create_database(path) as db:
        program_id = make_program(
            db, start=today - timedelta(days=80), end=today + timedelta(days=90),
            checkin=CheckinCadence.NONE, no_meeting_weeks=0, missed_in_row=0,
        )  # fmt: skip
        ensure_kinds(db, program_id)
        first, second = add_pairs(db, program_id, 2, started=today - timedelta(days=60))
        with db.reading() as session:
            pair = session.get(Pair, first)
            assert pair is not None
            mentor, mentee = pair.mentor_id, pair.mentee_id
        for days_ago, marks in ((30, {mentor: "attended", mentee: "absent"}),
                                (10, {mentor: "absent", mentee: "excused"})):  # fmt: skip
            add_session(db, program_id, "workshop", now - timedelta(days=days_ago),
                        [mentor, mentee], marks)  # fmt: skip
    window = launch(path)  # type: ignore[operator]
    assert isinstance(window, MainWindow)
    window.resize(1280, 720)
    screen = window.show_screen("calendar")
    assert isinstance(screen, CalendarScreen)
    operations.wait_idle(20)
    panel = screen.attention
    qtbot.waitUntil(lambda: panel.full.count == 1, timeout=10000)
    assert [p.pair_id for p in panel.full.pairs] == [first]
    text = panel.model.text(0)
    assert text.splitlines() == [
        f"{person_name(0)} & {person_name(1)}",
        f"{person_name(1)} (mentee) attended none of the 2 group sessions held since the "
        f"match began ({short_date(today - timedelta(days=60))})",
    ]
    # Its own reason in the filter, and only that pair under it.
    index = panel.reason.findData("no_session")
    assert panel.reason.itemText(index) == "No session attended"
    panel.reason.setCurrentIndex(index)
    assert panel.model.rowCount() == 1
    panel.reason.setCurrentIndex(panel.reason.findData("missed_in_row"))
    assert panel.model.rowCount() == 0
    panel.reason.setCurrentIndex(0)
    shots = Path("/tmp/g4")
    shots.mkdir(exist_ok=True)
    assert panel.grab().save(str(shots / "attention-no-session.png"))
    assert second not in [p.pair_id for p in panel.full.pairs]
