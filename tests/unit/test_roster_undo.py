"""Undo last import puts every table back exactly as it was, or refuses and changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import fixtures_rosters as shapes
import pytest
from db_rows import VERSION, query
from fixtures_rosters import dump, imported, make_program

from peerdesk import people
from peerdesk.database import Database
from peerdesk.enums import Role, TagKind
from peerdesk.roster.commit import run_import
from peerdesk.roster.errors import NothingToUndo, UndoNotPossible
from peerdesk.roster.mapping import Field
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.undo import last_import, undo_last_import
from peerdesk.storage.copy import DATABASE_OWN


def _update_file(folder: Path) -> Path:
    """Updates two people of the HR export (one changes role and tags) and adds one."""
    path = folder / "update.csv"
    path.write_text(
        "Name,Email,Role,Department,Interests,Employee ID\n"
        "Ana Lima,ana.lima@example.org,Mentee,Audit,Tax; Travel,1001\n"
        "Bo Chen,BO.CHEN@example.org,Both,,,\n"
        "Zed Quinn,zed.q@example.org,Mentor,Sales,Golf,1004\n",
        encoding="utf-8",
    )
    return path


def _versions(db: Database) -> dict[int, int]:
    """Each participant's row version, by id."""
    return dict(query(db, "SELECT id, version FROM participant"))


def _setup(db: Database, folder: Path) -> int:
    """A program that already has people: a hand-added one and an earlier import."""
    program_id = make_program(db)
    people.add_person(
        db,
        program_id,
        people.PersonData(
            full_name="Hand Added",
            email="hand@example.org",
            role=Role.MENTOR,
            tags={TagKind.SKILL: ["Excel"]},
        ),
    )
    fixture = shapes.hr_export(folder)
    plan = RosterImport.open(fixture.path, db)
    plan.set_sheet_role("Employees", Role.MENTOR)
    run_import(db, program_id, plan)
    return program_id


def test_undo_restores_every_table_exactly(db: Database, tmp_path: Path) -> None:
    program_id = _setup(db, tmp_path)
    before = dump(db, VERSION)
    versions = _versions(db)
    plan = RosterImport.open(_update_file(tmp_path), db)
    summary = run_import(db, program_id, plan)
    assert (len(summary.added), len(summary.updated)) == (1, 2)
    after = imported(db, program_id)
    assert after["Ana Lima"].tags == {TagKind.INTEREST: ["Tax", "Travel"]}
    assert after["Ana Lima"].role == Role.MENTEE
    assert dump(db, VERSION) != before
    # The rows the import changed are a version further on: a form open on one sees it.
    raised = _versions(db)
    updated = {k for k, v in versions.items() if raised[k] != v}
    assert len(updated) == 2 and all(raised[k] == versions[k] + 1 for k in updated)
    assert [raised[k] for k in raised if k not in versions] == [1]  # the one added
    info = last_import(db, program_id)
    assert info is not None and info.can_undo and (info.added, info.updated) == (1, 2)
    undone = undo_last_import(db, program_id)
    assert undone.source_name == "update.csv"
    assert dump(db, VERSION) == before
    # Undo puts the rows back as they were, as newer versions still (never back down).
    assert _versions(db) == {k: v + 2 * (k in updated) for k, v in versions.items()}
    # The earlier import is now the last one, and undoing it empties the program again
    # except for the person added by hand.
    undo_last_import(db, program_id)
    assert list(imported(db, program_id)) == ["Hand Added"]
    with pytest.raises(NothingToUndo):
        undo_last_import(db, program_id)


def test_undo_restores_the_remembered_layout(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    fixture = shapes.google_forms(tmp_path)
    first = RosterImport.open(fixture.path, db)
    run_import(db, program_id, first)
    before = dump(db, VERSION)
    second = RosterImport.open(fixture.path, db)
    second.set_target("Form Responses 1", 9, Field.IGNORE)
    run_import(db, program_id, second)
    undo_last_import(db, program_id)
    assert dump(db, VERSION) == before


def test_undo_refused_once_people_have_records(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    plan = RosterImport.open(shapes.tsv_file(tmp_path).path, db)
    run_import(db, program_id, plan)
    raul = next(r for r in people.list_participants(db, program_id) if r.full_name.startswith("R"))
    step = people.step_records(db, raul.participant_id)[0]
    people.record_step(db, [raul.participant_id], step.step_id, date(2026, 3, 1))
    before = dump(db)
    info = last_import(db, program_id)
    assert info is not None and not info.can_undo
    with pytest.raises(UndoNotPossible) as caught:
        undo_last_import(db, program_id)
    assert caught.value.message == (
        "The last import can no longer be undone: "
        "people it added have since been matched or given records."
    )
    assert dump(db) == before


def test_undo_refused_after_an_edit(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    run_import(db, program_id, RosterImport.open(shapes.tsv_file(tmp_path).path, db))
    sofia = next(r for r in people.list_participants(db, program_id) if r.full_name.startswith("S"))
    data = people.get_person(db, sofia.participant_id)
    data.department = "Research"
    people.update_person(db, sofia.participant_id, data)
    with pytest.raises(UndoNotPossible, match="edited since"):
        undo_last_import(db, program_id)


def test_undo_refused_after_erasing_someone_in_it(db: Database, tmp_path: Path) -> None:
    program_id = make_program(db)
    run_import(db, program_id, RosterImport.open(shapes.tsv_file(tmp_path).path, db))
    sofia = next(r for r in people.list_participants(db, program_id) if r.full_name.startswith("S"))
    people.erase_person(db, sofia.person_id)
    with pytest.raises(UndoNotPossible, match="erased"):
        undo_last_import(db, program_id)


def test_an_import_made_in_a_file_is_undone_after_moving_to_a_server(
    file_db: Database, empty_pg_url: str, tmp_path: Path
) -> None:
    """The rows an import kept for its undo were read from a file (booleans as 0 and 1,
    dates as text); File → Move to shared database, then Undo last import, there."""
    from peerdesk.database import create_database
    from peerdesk.storage.copy import copy_program

    program_id = _setup(file_db, tmp_path)
    ana = next(
        row.participant_id
        for row in people.list_participants(file_db, program_id)
        if row.full_name == "Ana Lima"
    )
    people.set_readiness_override(file_db, ana, True, "Trained at her last job")
    before = dump(file_db, VERSION)
    summary = run_import(file_db, program_id, RosterImport.open(_update_file(tmp_path), file_db))
    assert (len(summary.added), len(summary.updated)) == (1, 2)
    with create_database(empty_pg_url) as server:
        assert copy_program(file_db, server).equal
        undo_last_import(server, program_id)
        after = dump(server, VERSION)
    for marker in ("alembic_version", *DATABASE_OWN):  # each database has its own
        before.pop(marker), after.pop(marker)
    assert after == before
