"""The Semicolons box beside "Save refused rows": the file it saves has semicolons (and
still the byte-order mark and CRLF), and the choice is remembered for the next CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_import_accounting import imported
from test_import_wizard import (
    LEFT,
    SCREENSHOTS,
    Launcher,
    open_wizard,
)

from peerdesk.roster.plan import PROBLEM_HEADER
from ui import memory, operations
from ui.qt import QFileDialog


def test_the_semicolons_box_saves_for_excel_in_europe_and_is_remembered(
    qtbot: QtBot, launch: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, roster, window, wizard = imported(qtbot, launch, tmp_path)
    page = wizard.summary_page
    assert page.semicolons.isVisible() and not page.semicolons.isChecked()  # C locale: commas
    qtbot.mouseClick(page.semicolons, LEFT)
    assert page.semicolons.isChecked() and memory.csv_semicolons()
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "import-summary-semicolons.png"))

    saved = tmp_path / "to fix.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(page.save_refused, LEFT)
    qtbot.waitUntil(saved.exists, timeout=15000)
    operations.wait_idle(15)
    data = saved.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    text = data.decode("utf-8")[1:]
    assert text.startswith(f"Name;Email;Role;Team;{PROBLEM_HEADER}\r\n")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert [row[0] for row in rows] == ["Name", "Bo Chen", "Cy\nPark"]
    wizard.close()
    operations.wait_idle(15)

    # The next import's summary starts with the box as it was left.
    wizard = open_wizard(qtbot, window, roster)
    assert wizard.summary_page.semicolons.isChecked()
    wizard.close()
    operations.wait_idle(15)
    window.close()
