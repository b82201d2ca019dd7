"""A sign-in sheet's left-out rows are worded by the front end, in the language in use
(issue 22): the core says what went wrong (kind, row, name), the checklist says it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from test_attendance_ui import choose_sheet, make_file

from peerdesk.groups.signin_import import SigninProblem, Unmatched
from ui.calendar.attendance_dialog import unmatched_text
from ui.main_window import MainWindow
from ui.qt import QCoreApplication, QTranslator

Launcher = Callable[..., MainWindow]


class Spanish(QTranslator):
    """Stands in for a translation of the left-out rows' sentences."""

    WORDS = {
        "Row {row}: “{written}” is not anyone in this program.": (
            "Fila {row}: “{written}” no es nadie de este programa."
        ),
        "Row {row}: “{written}” was not invited to this session.": (
            "Fila {row}: no se invitó a “{written}” a esta sesión."
        ),
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.WORDS.get(source, "")

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    translator = Spanish()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_each_kind_of_left_out_row_has_its_own_words() -> None:
    assert [unmatched_text(SigninProblem(kind, 9, "Sam Lee")) for kind in Unmatched] == [
        "Row 9: “Sam Lee” is not anyone in this program.",
        "Row 9: “Sam Lee” matches more than one person; write their e-mail.",
        "Row 9: “Sam Lee” was not invited to this session.",
    ]


def test_the_checklist_says_which_rows_were_left_out_in_its_language(
    qtbot: QtBot,
    launch: Launcher,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    spanish: None,
) -> None:
    program = make_file(db_path)
    sheet = tmp_path / "firmas.csv"
    sheet.write_text('Name,Signature\n"Diaz, Cy",x\nZoe Quinn,x\nNadie Aquí,x\n', encoding="utf-8")
    window = launch(db_path)
    dialog = choose_sheet(qtbot, window, program["training"], sheet, monkeypatch)
    lines = dialog.panel.summary.text().splitlines()
    assert lines[-2:] == [
        "  Fila 3: no se invitó a “Zoe Quinn” a esta sesión.",
        "  Fila 4: “Nadie Aquí” no es nadie de este programa.",
    ]
    assert dialog.panel.matched == [program["people"][2]]  # "Diaz, Cy" is Cy Diaz
