"""The import wizard with a form's wish columns: proposed, unknown names listed, rules saved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_import_wizard import (
    IMPORT,
    NEXT,
    Launcher,
    click,
    open_wizard,
    program_file,
    wait_preview,
)
from wishes_data import roster

from ui import operations
from ui.importer.wizard import PageId

UNKNOWN = (
    "Row 6 (Bo Chen): “Samuel Smiht”, named as someone to be paired with, is not anyone in "
    "this program or in this file. Left out."
)


def rules(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT a.full_name, b.full_name, r.kind FROM pair_rule r "
            "JOIN participant pa ON pa.id = r.participant_a_id "
            "JOIN person a ON a.id = pa.person_id "
            "JOIN participant pb ON pb.id = r.participant_b_id "
            "JOIN person b ON b.id = pb.person_id ORDER BY r.id"
        ).fetchall()
    finally:
        conn.close()


def test_wish_columns_are_mapped_unknown_names_listed_and_rules_saved(
    qtbot: QtBot, launch: Launcher, tmp_path: Path
) -> None:
    path = program_file(tmp_path)
    window = launch(path)
    wizard = open_wizard(qtbot, window, roster(tmp_path))
    while wizard.currentPage() is not wizard.columns:
        click(qtbot, wizard, NEXT)
    columns = wizard.columns
    shown = [columns.target_combo(r).currentText() for r in range(columns.model.rowCount())]
    assert shown[-2:] == [
        "Preferred partners (names or emails)",
        "People not to pair with (names or emails)",
    ]
    while wizard.currentPage() is not wizard.preview_page:
        click(qtbot, wizard, NEXT)
    wait_preview(qtbot, wizard)
    left_out = wizard.preview_page.left_out
    assert left_out.isVisible() and UNKNOWN in left_out.text()
    Path("/tmp/wishes").mkdir(exist_ok=True)
    wizard.grab().save("/tmp/wishes/import_preview.png")
    assert rules(path) == []  # nothing written before Import

    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.SUMMARY, timeout=15000)
    operations.wait_idle(15)
    assert UNKNOWN in wizard.summary_page.reading_notes.text()
    assert rules(path) == [
        ("Ana Lima", "Dee Reyes", "prefer"),
        ("Ana Lima", "Sam Okafor", "prefer"),
        ("Ana Lima", "Léa Martin", "do_not_pair"),
        ("Bo Chen", "Dee Reyes", "prefer"),
    ]
