"""Languages in the app (issue 20.7): Edit → Preferences… chooses the app's language, which the
next start loads; a program's and a pair's document language are set in Program settings and
on the Pairs screen, and the agreement prints in it while the app stays English."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from fixtures_rosters import read_rows
from pytestqt.qtbot import QtBot

from peerdesk import paths
from ui import languages, operations
from ui.main_window import MainWindow
from ui.qt import (
    QApplication,
    QCoreApplication,
    QDialogButtonBox,
    QLocale,
    QMessageBox,
    Qt,
)

Launcher = Callable[..., MainWindow]
LEFT = Qt.MouseButton.LeftButton
BIN = Path(sys.executable).parent
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def french_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's resources with a French catalog of one message of the main window."""
    resources = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), resources, ignore=shutil.ignore_patterns("*.ts"))
    ts = resources / "translations" / "peerdesk_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
        "<context><name>MainWindow</name><message><source>&amp;Edit</source>"
        "<translation>É&amp;dition</translation></message></context></TS>",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    before = QLocale()
    yield resources
    languages.uninstall(QCoreApplication.instance())  # type: ignore[arg-type]
    QLocale.setDefault(before)


def test_the_chosen_language_is_remembered_and_the_next_start_loads_it(
    qtbot: QtBot, launch: Launcher, sample_copy: Path, french_resources: Path
) -> None:
    window = launch(sample_copy)
    assert languages.chosen() == ""  # the system's, by default
    window.preferences_action.trigger()
    dialog: Any = window.preferences_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    combo = dialog.language
    assert combo.currentData() == "" and combo.itemText(0).startswith("System default")
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "English",
        "Español",
        "Français",
    ]
    combo.setCurrentIndex(combo.findData("fr"))
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "preferences.png"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT
    )
    qtbot.waitUntil(lambda: dialog.restart_box is not None and dialog.restart_box.isVisible())
    box: QMessageBox = dialog.restart_box
    assert "next time it starts" in box.text()
    later = next(b for b in box.buttons() if b.text() == "&Later")
    qtbot.mouseClick(later, LEFT)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()  # "Later" keeps working in English
    assert languages.chosen() == "fr"
    assert window.menuBar().actions()[1].text() == "&Edit"

    # The next start: install_translations loads the chosen language's catalog.
    from ui.app import install_translations

    assert "peerdesk" in install_translations(QApplication.instance())  # type: ignore[arg-type]
    assert QCoreApplication.translate("MainWindow", "&Edit") == "É&dition"
    assert QLocale().language() == QLocale.Language.French
    # Back to the system's language (English here): nothing loaded.
    languages.choose("")
    assert install_translations(QApplication.instance()) == []  # type: ignore[arg-type]
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Edit"


def test_a_pair_prints_in_its_own_language_and_undo_takes_it_back(
    qtbot: QtBot, launch: Launcher, sample_copy: Path
) -> None:
    window = launch(sample_copy)
    screen: Any = window.show_screen("pairs")
    qtbot.waitUntil(lambda: screen.proxy.rowCount() > 0, timeout=10000)
    screen.table.setFocus()
    screen.table.selectRow(0)
    (pair_id,) = screen.selected_ids()
    menu = screen.language_menu
    menu.update_ticks()
    assert menu.program_action.isChecked()  # the program's, until a pair has its own
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        menu.language_actions["es"].trigger()
    own = f"SELECT document_language FROM pair WHERE id = {pair_id}"
    assert read_rows(sample_copy, own) == [("es",)]
    menu.update_ticks()
    assert menu.language_actions["es"].isChecked() and not menu.program_action.isChecked()

    # The agreement prints in Spanish; the app stays English.
    from peerdesk.documents.agreements import agreements_pdf

    assert window.db is not None and window.program_id is not None
    pdf = agreements_pdf(window.db, window.program_id, [pair_id])
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Acuerdo de mentoría" in text and "Mentoring Agreement" not in text
    assert screen.print_action.text() == "Print agreements…"

    assert window.undo_action.text() == "&Undo Change the documents' language"
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        window.undo_action.trigger()
    assert read_rows(sample_copy, own) == [(None,)]


def test_program_settings_choose_the_programs_document_language(
    qtbot: QtBot, launch: Launcher, sample_copy: Path
) -> None:
    window = launch(sample_copy)
    window.edit_program_settings()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog: Any = window.settings_dialog
    form = dialog.agreement
    dialog.tabs.setCurrentIndex(dialog.forms.index(form))
    combo = form.document_language
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("fr"))
    dialog.grab().save(str(SCREENSHOTS / "settings-document-language.png"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(
        lambda: read_rows(sample_copy, "SELECT document_language FROM program") == [("fr",)],
        timeout=10000,
    )
    operations.wait_idle(15)
