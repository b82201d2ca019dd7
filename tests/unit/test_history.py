"""Reading the change history back: names looked up as it is read, plain sentences, filters,
the workbook's History sheet, and who last changed a record (issue 18.3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fixtures_rosters import make_program
from openpyxl import load_workbook

from peerdesk import history, people
from peerdesk.database import Database
from peerdesk.enums import ParticipantStatus, Role
from peerdesk.exports.workbook import export_workbook


def add(db: Database, program_id: int, name: str, role: Role = Role.MENTEE) -> int:
    return people.add_person(db, program_id, people.PersonData(full_name=name, role=role))


def test_the_history_names_records_as_they_are_called_now_and_filters(db: Database) -> None:
    db.actor = "sam"
    program_id = make_program(db, "Spring 2026")
    other = make_program(db, "Autumn 2026")
    ana = add(db, program_id, "Ana Ruiz")
    db.actor = "lee"
    add(db, other, "Not In This Program")
    people.set_status(db, [ana], ParticipantStatus.SCREENED)
    data = people.get_person(db, ana)
    data.full_name = "Ana Ruiz-Lopez"  # the history holds ids: the new name shows
    people.update_person(db, ana, data)
    with db.transaction() as session:  # an action on several pairs at once lists them
        history.record(session, "pair", None, "confirm", program_id=program_id, pairs=[7, 9])

    with db.reading() as session:
        page = history.read_changes(session, program_id)
        sams = history.read_changes(session, program_id, actor="sam")
        people_only = history.read_changes(session, program_id, kind="people")
        first_two = history.read_changes(session, program_id, limit=2)
    assert [(c.actor, history.sentence(c)) for c in page.changes] == [
        ("lee", "Confirmed 2 pairs"),
        ("lee", "Changed Ana Ruiz-Lopez’s details"),
        ("lee", "Set Ana Ruiz-Lopez’s status to Screened"),
        ("sam", "Added Ana Ruiz-Lopez"),
        ("sam", "Created the program Spring 2026"),
    ]
    assert [c.kind for c in page.changes] == ["pairs", "people", "people", "people", "programs"]
    assert page.actors == ["lee", "sam"] and not page.more
    assert [history.sentence(c) for c in sams.changes] == [
        "Added Ana Ruiz-Lopez",
        "Created the program Spring 2026",
    ]
    assert {c.entity for c in people_only.changes} == {"participant"}
    assert len(first_two.changes) == 2 and first_two.more
    assert all(c.at.tzinfo is not None for c in page.changes)
    # A translation is used when given, with the names put in after it.
    change = page.changes[1]
    assert history.sentence(change, lambda t: t.replace("Changed", "Geändert:")) == (
        "Geändert: Ana Ruiz-Lopez’s details"
    )


def test_last_change_counts_an_action_on_many_pairs_for_each_pair(db: Database) -> None:
    program_id = make_program(db)
    with db.transaction() as session:
        history.record(session, "pair", 7, "agreement_signed", program_id=program_id)
    db.actor = "ana"
    with db.transaction() as session:
        history.record(session, "pair", None, "end_many", program_id=program_id, pairs=[3, 7])
    with db.reading() as session:
        seven, nine = (history.last_change(session, "pair", i) for i in (7, 9))
        signed_only = history.last_change(session, "pair", 3)
    assert seven is not None and seven[0] == "ana"
    assert signed_only is not None and signed_only[0] == "ana"
    assert nine is None
    assert datetime.now(UTC) - seven[1] < timedelta(minutes=5)


def test_the_workbook_has_a_history_sheet_with_typed_cells(
    file_db: Database, tmp_path: Path
) -> None:
    db = file_db  # the history is read the same on a server (tests above)
    db.actor = "Sam Okafor"
    program_id = make_program(db, "Spring 2026")
    ana = add(db, program_id, "Ana Ruiz")
    db.actor = "Lee Park"
    people.set_status(db, [ana], ParticipantStatus.SCREENED)
    before = datetime.now()

    path = export_workbook(db, program_id, tmp_path / "program.xlsx")

    sheet = load_workbook(path)["History"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["When", "Who", "Record", "Action"]
    assert [row[1:] for row in rows[1:]] == [
        ["Lee Park", "Ana Ruiz", "Set Ana Ruiz’s status to Screened"],
        ["Sam Okafor", "Ana Ruiz", "Added Ana Ruiz"],
        ["Sam Okafor", "Spring 2026", "Created the program Spring 2026"],
    ]
    when = rows[1][0]
    assert isinstance(when, datetime) and abs(when - before) < timedelta(minutes=5)  # local
    assert sheet["A2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D4"
