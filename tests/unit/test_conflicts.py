"""No lost updates: a save that started from an older version of a record is refused with
both sides, nothing is written, and saving again with the choice made lands (issue 18.1).

Two coordinators are two :class:`Database` objects on one server database; a file can be
open in one PeerDesk at a time (its lock refuses a second one), so on a file the "other
coordinator" is a second form in the same program.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import db_rows
import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from peerdesk import people
from peerdesk.conflicts import EditConflict
from peerdesk.database import Database, open_database
from peerdesk.enums import Role, TagKind
from peerdesk.errors import FileAlreadyOpen
from peerdesk.models import ChangeRecord
from peerdesk.people.snapshots import restore, snapshot
from peerdesk.program import programs
from peerdesk.roster.commit import run_import
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.undo import undo_last_import

ANA = "ana.ruiz@example.org"


def _versions(db: Database, participant_id: int) -> tuple[int, int]:
    ((person, participant),) = db_rows.query(
        db,
        "SELECT p.version, a.version FROM participant a JOIN person p ON p.id = a.person_id "
        "WHERE a.id = ?",
        participant_id,
    )
    return int(person), int(participant)


def _add_ana(db: Database) -> int:
    program_id = programs.create_program(db, programs.quick_settings("Spring 2026"))
    return people.add_person(
        db,
        program_id,
        people.PersonData(
            full_name="Ana Ruiz",
            email=ANA,
            role=Role.MENTEE,
            department="Finance",
            location="Leeds",
            tags={TagKind.INTEREST: ["Chess"]},
        ),
    )


def test_the_second_of_two_saves_from_one_version_is_refused_with_both_sides(
    db: Database,
) -> None:
    ana = _add_ana(db)
    db.actor = "sam"
    theirs = people.get_person(db, ana)  # two forms open on Ana, one after the other
    mine = people.get_person(db, ana)
    assert theirs.version == mine.version == _versions(db, ana) == (1, 1)

    theirs.department = "Audit"
    theirs.phone = "0113 496 0000"
    people.update_person(db, ana, theirs, expected_version=theirs.version)
    assert _versions(db, ana) == (2, 2)  # one save: each row it changed one version on

    db.actor = "alex"
    mine.department = "Tax"
    mine.notes = "Prefers mornings"
    with pytest.raises(EditConflict) as refused:
        people.update_person(db, ana, mine, expected_version=mine.version)
    conflict = refused.value
    assert (conflict.entity, conflict.entity_id, conflict.label) == ("participant", ana, "Ana Ruiz")
    assert conflict.who == "sam" and conflict.when is not None
    assert conflict.version == (2, 2)
    assert conflict.theirs["department"] == "Audit" and conflict.mine["department"] == "Tax"
    assert conflict.differing == ("phone", "department", "notes")
    assert "Ana Ruiz's record was changed by sam at " in conflict.message
    # Nothing of the refused save was written.
    stored = people.get_person(db, ana)
    assert (stored.department, stored.phone, stored.notes) == ("Audit", "0113 496 0000", "")
    assert _versions(db, ana) == (2, 2)

    # Merge: my department and notes, their phone; saved against the version now stored.
    merged = people.person_from_fields(conflict.merged(["department", "notes"]))
    people.update_person(db, ana, merged, expected_version=conflict.version)
    stored = people.get_person(db, ana)
    assert (stored.department, stored.phone, stored.notes) == (
        "Tax",
        "0113 496 0000",
        "Prefers mornings",
    )
    assert stored.tags == {TagKind.INTEREST: ["Chess"]}
    assert stored.version == (2, 3)  # only the participant row changed this time


def test_a_change_of_tags_alone_is_a_new_version(db: Database) -> None:
    ana = _add_ana(db)
    form = people.get_person(db, ana)
    other = people.get_person(db, ana)
    other.tags = {TagKind.INTEREST: ["Chess", "Running"]}
    people.update_person(db, ana, other, expected_version=other.version)
    assert _versions(db, ana) == (1, 2)
    form.location = "York"
    with pytest.raises(EditConflict) as refused:
        people.update_person(db, ana, form, expected_version=form.version)
    assert refused.value.differing == ("location", "tags:interest")


def test_a_save_without_a_version_goes_ahead(db: Database) -> None:
    """The command line and scripts name no version: they save as before."""
    ana = _add_ana(db)
    data = people.get_person(db, ana)
    data.cohort = "Spring"
    people.update_person(db, ana, data)
    data.cohort = "Autumn"
    people.update_person(db, ana, data)
    assert people.get_person(db, ana).cohort == "Autumn"


def _roster(folder: Path) -> Path:
    path = folder / "roster.csv"
    path.write_text(f"Name,Email,Role,Department\nAna Ruiz,{ANA},Mentee,Legal\n", encoding="utf-8")
    return path


def test_an_import_and_its_undo_make_an_open_form_out_of_date(db: Database, tmp_path: Path) -> None:
    ana = _add_ana(db)
    ((program_id,),) = db_rows.query(db, "SELECT program_id FROM participant WHERE id = ?", ana)
    db.actor = "sam"
    edited = people.get_person(db, ana)
    edited.cohort = "Spring"
    people.update_person(db, ana, edited, expected_version=edited.version)
    form = people.get_person(db, ana)
    with db.transaction() as session:  # the import comes a minute after sam's edit
        for line in session.scalars(select(ChangeRecord)):
            line.at -= timedelta(minutes=1)
    run_import(db, program_id, RosterImport.open(_roster(tmp_path), db))
    assert people.get_person(db, ana).department == "Legal"
    form.notes = "Typed while the roster came in"
    with pytest.raises(EditConflict) as refused:
        people.update_person(db, ana, form, expected_version=form.version)
    assert refused.value.theirs["department"] == "Legal"
    # The history records the import's batch, not each person: not "changed by sam".
    assert refused.value.who is None and refused.value.when is not None
    assert "changed by another coordinator at " in refused.value.message
    reopened = people.get_person(db, ana)
    undo_last_import(db, program_id)  # puts Finance back: a newer version still
    assert people.get_person(db, ana).department == "Finance"
    assert people.get_person(db, ana).version > reopened.version  # type: ignore[operator]
    with pytest.raises(EditConflict):
        people.update_person(db, ana, reopened, expected_version=reopened.version)


def test_undo_of_a_people_change_is_a_new_version(db: Database) -> None:
    ana = _add_ana(db)
    before = snapshot(db, [ana])
    data = people.get_person(db, ana)
    data.department = "Audit"
    people.update_person(db, ana, data, expected_version=data.version)
    form = people.get_person(db, ana)
    restore(db, before, snapshot(db, [ana]))
    assert _versions(db, ana) == (2, 3)  # every row written back is a version on
    with pytest.raises(EditConflict):
        people.update_person(db, ana, form, expected_version=form.version)


# -- two coordinators on one server database ----------------------------------------------


@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[Database, Database]]:
    """Two coordinators, sam and alex, each with their own connection to one database."""
    sam, alex = open_database(pg_url), open_database(pg_url)
    sam.actor, alex.actor = "sam", "alex"
    yield sam, alex
    sam.close()
    alex.close()


def test_a_file_is_open_in_one_place_only(file_db: Database) -> None:
    """Why the two-coordinator tests run on a server: a second opening of a file is refused."""
    assert file_db.path is not None
    with pytest.raises(FileAlreadyOpen):
        open_database(file_db.path)


def test_two_coordinators_edit_one_person_and_the_later_save_is_refused(
    two: tuple[Database, Database],
) -> None:
    sam, alex = two
    ana = _add_ana(sam)
    sams, alexs = people.get_person(sam, ana), people.get_person(alex, ana)
    sams.department, alexs.department = "Audit", "Tax"
    alexs.location = "York"
    people.update_person(sam, ana, sams, expected_version=sams.version)
    with pytest.raises(EditConflict) as refused:
        people.update_person(alex, ana, alexs, expected_version=alexs.version)
    conflict = refused.value
    assert conflict.who == "sam"
    assert conflict.differing == ("department", "location")
    assert (conflict.theirs["department"], conflict.mine["department"]) == ("Audit", "Tax")
    # alex keeps sam's department and their own location.
    merged = people.person_from_fields(conflict.merged(["location"]))
    people.update_person(alex, ana, merged, expected_version=conflict.version)
    stored = people.get_person(sam, ana)
    assert (stored.department, stored.location) == ("Audit", "York")
    assert stored.version == (1, 3)


def test_a_save_that_lands_between_the_check_and_the_write_is_still_a_conflict(
    two: tuple[Database, Database],
) -> None:
    """sam's save commits after alex's transaction checked the version but before it wrote:
    the write (``WHERE version = …``) finds no row, and alex's save is refused, not lost."""
    sam, alex = two
    ana = _add_ana(sam)
    alexs = people.get_person(alex, ana)
    alexs.department = "Tax"
    cut_in = {"done": False}

    def sam_saves_first(session: Session, *_args: object) -> None:
        if session.info.get("actor") == "alex" and not cut_in["done"]:
            cut_in["done"] = True
            sams = people.get_person(sam, ana)
            sams.department = "Audit"
            people.update_person(sam, ana, sams, expected_version=sams.version)

    event.listen(Session, "before_flush", sam_saves_first)
    try:
        with pytest.raises(EditConflict) as refused:
            people.update_person(alex, ana, alexs, expected_version=alexs.version)
    finally:
        event.remove(Session, "before_flush", sam_saves_first)
    assert cut_in["done"]
    assert refused.value.theirs["department"] == "Audit"
    assert people.get_person(sam, ana).department == "Audit"


# -- program settings ------------------------------------------------------------------


def test_program_settings_saved_over_anothers_are_refused_and_merge(db: Database) -> None:
    program_id = programs.create_program(db, programs.quick_settings("Spring 2026"))
    db.actor = "sam"
    theirs = programs.load_settings(db, program_id)
    mine = programs.load_settings(db, program_id)
    assert theirs.version == (1,)
    theirs.agreement_confidentiality = "What is said in a meeting stays there."
    theirs.criteria[0].weight = 9  # a list of rows of its own: a new version all the same
    programs.update_program(db, program_id, theirs, expected_version=theirs.version)
    assert programs.load_settings(db, program_id).version == (2,)

    db.actor = "alex"
    purpose = mine.purpose
    mine.purpose = "Help new staff settle in"
    mine.agreement_confidentiality = "Nothing leaves the room."
    with pytest.raises(EditConflict) as refused:
        programs.update_program(db, program_id, mine, expected_version=mine.version)
    conflict = refused.value
    assert (conflict.entity, conflict.who, conflict.label) == ("program", "sam", "Spring 2026")
    assert conflict.differing == ("purpose", "agreement_confidentiality", "criteria")
    assert programs.load_settings(db, program_id).purpose == purpose  # nothing written

    # alex keeps their purpose and sam's agreement text and weights.
    merged = programs.settings_from_fields(conflict.merged(["purpose"]))
    programs.update_program(db, program_id, merged, expected_version=conflict.version)
    stored = programs.load_settings(db, program_id)
    assert stored.purpose == "Help new staff settle in"
    assert stored.agreement_confidentiality == "What is said in a meeting stays there."
    assert stored.criteria[0].weight == 9
    assert stored.version == (3,)


# -- meetings ---------------------------------------------------------------------------


def test_a_meeting_saved_over_anothers_save_is_refused(db: Database) -> None:
    from datetime import date, time

    from calendar_data import add_pairs, make_program

    from peerdesk.calendar.meeting_log import log_meeting
    from peerdesk.calendar.reads import select_meetings
    from peerdesk.calendar.series import MeetingEdit, edit_meeting, schedule_meeting
    from peerdesk.enums import MeetingStatus

    program_id = make_program(db)
    (pair_id,) = add_pairs(db, program_id, 1)
    made = schedule_meeting(
        db, program_id, pair_id, day=date(2026, 3, 3), local_time=time(17, 30), length_minutes=60
    )
    (meeting_id,) = made.created
    with db.reading() as session:
        (shown,) = select_meetings(session, program_id)
    assert shown.version == 1
    moved = edit_meeting(
        db, meeting_id, MeetingEdit(place="Room 4"), expected_version=(shown.version,)
    )
    assert moved.meetings_after[meeting_id]["version"] == 2  # type: ignore[index]
    with pytest.raises(EditConflict) as refused:  # the log typed in a dialog opened before
        log_meeting(db, meeting_id, MeetingStatus.CANCELLED, notes="Ill", expected_version=(1,))
    conflict = refused.value
    assert conflict.entity == "meeting" and conflict.version == (2,)
    assert conflict.differing == ("status", "notes")
    assert conflict.theirs["place"] == "Room 4"
    with db.reading() as session:
        (stored,) = select_meetings(session, program_id)
    assert (stored.status, stored.notes, stored.version) == (MeetingStatus.SCHEDULED, "", 2)
    log_meeting(db, meeting_id, MeetingStatus.CANCELLED, notes="Ill", expected_version=(2,))


# -- goals ------------------------------------------------------------------------------


def test_a_goal_saved_over_anothers_save_is_refused(db: Database) -> None:
    from calendar_data import add_pairs, make_program

    from peerdesk.pairs import goals

    (pair_id,) = add_pairs(db, make_program(db), 1)
    goal_id = goals.add_goal(db, pair_id, "Lead a team meeting", None, 20)
    (shown,) = goals.list_goals(db, pair_id)
    assert shown.version == 1
    goals.set_progress(db, goal_id, 60)  # a check-in recorded the progress meanwhile
    with pytest.raises(EditConflict) as refused:
        goals.update_goal(
            db, goal_id, text="Lead two meetings", target_date=None, progress=20,
            expected_version=(shown.version,),
        )  # fmt: skip
    assert refused.value.differing == ("text", "progress")
    assert refused.value.theirs["progress"] == 60
    assert [(g.text, g.progress, g.version) for g in goals.list_goals(db, pair_id)] == [
        ("Lead a team meeting", 60, 2)
    ]


def test_a_write_over_a_row_changed_meanwhile_is_a_collision_not_a_crash(
    two: tuple[Database, Database],
) -> None:
    """Outside a form (no version named), the ORM's own check still refuses to write over
    a row another coordinator changed after this transaction read it: a plain
    :class:`BusyRecords` (to run again), not an unexplained StaleDataError."""
    from peerdesk.errors import BusyRecords
    from peerdesk.models import Participant

    sam, alex = two
    ana = _add_ana(sam)
    with pytest.raises(BusyRecords), alex.transaction() as session:
        participant = session.get(Participant, ana)
        assert participant is not None
        theirs = people.get_person(sam, ana)
        theirs.department = "Audit"
        people.update_person(sam, ana, theirs)  # committed while alex's is open
        participant.department = "Tax"
    assert people.get_person(sam, ana).department == "Audit"
