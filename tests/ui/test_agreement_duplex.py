"""The pairs screen's "Two-sided" choice: saved agreements get whole sheets each (a blank
back page after an odd one), and the choice is remembered."""

from __future__ import annotations

from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot
from test_pairs_screen import Launcher, open_pairs, program_file, select_rows

from peerdesk.documents.agreements import BLANK_BACK
from ui.qt import Qt

LEFT = Qt.MouseButton.LeftButton
__all__ = ["program_file"]  # the fixture, as test_pairs_screen makes it


def test_two_sided_agreements_are_padded_and_the_choice_remembered(
    qtbot: QtBot, launch: Launcher, program_file: Path, tmp_path: Path
) -> None:
    window, screen = open_pairs(qtbot, launch, program_file)
    out = tmp_path / "agreements.pdf"
    screen.ask_save_file = lambda title, suggested: out  # type: ignore[method-assign]
    assert screen.duplex_action in screen.print_menu.actions()
    assert screen.duplex_action in screen.save_menu.actions()
    assert not screen.duplex_action.isChecked()
    screen.duplex_action.trigger()  # as chosen from the menu
    select_rows(qtbot, screen, "José Núñez", "Søren Ødegård")
    with qtbot.waitSignal(screen.saved, timeout=20000):
        qtbot.mouseClick(screen.save_button, LEFT)
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages]
    assert len(pages) == 4  # two one-page agreements, each with its blank back
    assert [BLANK_BACK in p for p in pages] == [False, True, False, True]
    assert "José Núñez" in pages[0] and "Søren Ødegård" in pages[2]
    window.close()

    _window, again = open_pairs(qtbot, launch, program_file)
    assert again.duplex_action.isChecked()
