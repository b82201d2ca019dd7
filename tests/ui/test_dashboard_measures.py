"""The dashboard's Program health row, driven as a coordinator drives it: a card opens the
pairs behind its number (by mouse and by keyboard), a line opens its pair, a period with
no match says so, and comparison figures picked from a preset show on the dashboard and
in the summary PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from evaluation_data import Program, build_program
from pdf_pages import page_texts
from pytestqt.qtbot import QtBot

from peerdesk.database import create_database
from peerdesk.evaluation.references import get_references
from ui import operations
from ui.dashboard.behind_dialog import BehindDialog
from ui.dashboard.comparison_dialog import ComparisonDialog
from ui.dashboard.health import CUSTOM
from ui.dashboard.screen import DashboardScreen
from ui.main_window import MainWindow
from ui.qt import QDialogButtonBox, QPoint, Qt

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
LEFT = Qt.MouseButton.LeftButton
TODAY = date(2025, 10, 2)
Launcher = Callable[..., MainWindow]


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Program]:
    path = tmp_path / "Riverside.peerdesk"
    with create_database(path) as db:
        program = build_program(db)
    return path, program


def shot(widget: object, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def open_dashboard(qtbot: QtBot, launch: Launcher, path: Path) -> DashboardScreen:
    window = launch(path)
    window.resize(1280, 1000)
    screen = window.show_screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    screen.today = lambda: TODAY  # type: ignore[method-assign]  # the test's clock
    with qtbot.waitSignal(screen.health.loaded, timeout=15000):
        screen.reload()
    operations.wait_idle(15)
    assert screen.health.evidence is not None and screen.health.evidence.measures.today == TODAY
    return screen


def listed(qtbot: QtBot, screen: DashboardScreen, act: Callable[[], None]) -> BehindDialog:
    with qtbot.waitSignal(screen.health.listed, timeout=15000) as opened:
        act()
    dialog = opened.args[0]
    assert isinstance(dialog, BehindDialog) and dialog.isVisible()
    return dialog


def test_the_early_closures_card_lists_exactly_those_pairs(
    qtbot: QtBot, launch: Launcher, built: tuple[Path, Program]
) -> None:
    path, program = built
    screen = open_dashboard(qtbot, launch, path)
    cards = screen.health.cards
    # Three pairs completed on 1 September and one ended early on 1 June: all four closed
    # before the program's end (30 September), its planned length.
    early = sorted(program.pairs[6:])
    assert cards["early"].value.text() == "4"
    assert cards["early"].detail.text() == "of 4 closed matches"
    assert cards["matches"].value.text() == "10"
    assert cards["length"].value.text() == "–"  # more than half still running
    assert cards["length"].detail.text() == "more than half still running"
    shot(screen, "dashboard-health")

    card = cards["early"]
    dialog = listed(qtbot, screen, lambda: qtbot.mouseClick(card, LEFT, pos=card.rect().center()))
    assert dialog.windowTitle() == "4 early closures"
    assert sorted(dialog.ids()) == early
    assert dialog.model.rowCount() == 4
    reasons = {dialog.model.index(r, 2).data() for r in range(4)}
    assert reasons == {"Program ended"}
    shot(dialog, "dashboard-health-early-closures")
    dialog.reject()

    # By keyboard: the card takes the focus, Enter opens the list, Enter on a line opens
    # that pair on the Pairs screen.
    assert card.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab reaches it
    screen.window_.activateWindow()
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus)
    shot(screen.health, "dashboard-health-focused-card")
    dialog = listed(qtbot, screen, lambda: qtbot.keyClick(card, Qt.Key.Key_Return))
    assert sorted(dialog.ids()) == early
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    chosen = dialog.ids()[1]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    window = screen.window_
    pairs = window.built_screens["pairs"]
    assert window.screens.currentWidget() is pairs
    qtbot.waitUntil(lambda: pairs.selected_ids() == [chosen], timeout=15000)  # type: ignore[attr-defined]
    assert not [d for d in screen.findChildren(BehindDialog) if d.isVisible()]  # closed

    # The checks card lists, for each check needing attention, the people or pairs it found.
    window.show_screen("dashboard")
    checks = cards["checks"]
    evidence = screen.health.evidence
    assert evidence is not None
    attention = [c for c in evidence.checks if c.status == "attention"]
    assert len(attention) >= 4  # screening, training, agreements, staff contacts, …
    assert checks.value.text() == str(len(attention))
    assert checks.detail.text() == f"of {len(evidence.checks)} checks"
    dialog = listed(qtbot, screen, lambda: qtbot.mouseClick(checks, LEFT))
    model = dialog.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Check"
    found = [(model.index(r, 0).data(), dialog.model.rows[r].kind) for r in range(model.rowCount())]
    assert ("Required screening done before matching", "person") in found
    assert found.count(("Signed agreement for every match", "pair")) == 1  # pair 10, unsigned
    shot(dialog, "dashboard-health-checks")
    dialog.reject()


def test_a_period_without_matches_says_so(
    qtbot: QtBot, launch: Launcher, built: tuple[Path, Program]
) -> None:
    path, _program = built
    screen = open_dashboard(qtbot, launch, path)
    health = screen.health
    assert not health.start_edit.isVisible()
    with qtbot.waitSignal(health.loaded, timeout=15000):
        health.period_choice.setCurrentIndex(health.period_choice.findData(CUSTOM))
    assert health.start_edit.isVisible() and health.end_edit.isVisible()
    with qtbot.waitSignal(health.loaded, timeout=15000):
        health.start_edit.set_value(date(2024, 1, 1))
    with qtbot.waitSignal(health.loaded, timeout=15000):
        health.end_edit.set_value(date(2024, 6, 30))
    assert health.cards["matches"].value.text() == "–"
    assert health.cards["early"].detail.text() == "No matches in this period."
    assert "no matches in this period" in health.note.text()
    dialog = listed(qtbot, screen, lambda: qtbot.keyClick(health.cards["early"], Qt.Key.Key_Space))
    assert dialog.ids() == []
    dialog.reject()
    # An end before the start is refused in words, and nothing is measured.
    health.end_edit.set_value(date(2023, 1, 1))
    assert health.note.text() == "The period ends before it starts: choose a later end."


def test_a_preset_picked_and_saved_shows_on_the_dashboard_and_in_the_pdf(
    qtbot: QtBot, launch: Launcher, built: tuple[Path, Program], tmp_path: Path
) -> None:
    path, program = built
    screen = open_dashboard(qtbot, launch, path)
    health = screen.health
    with qtbot.waitSignal(health.comparison_opened, timeout=15000) as opened:
        qtbot.mouseClick(health.comparison_button, LEFT)
    dialog = opened.args[0]
    assert isinstance(dialog, ComparisonDialog)
    early, length = dialog.boxes
    assert not early.enabled.isChecked() and not early.value.isEnabled()
    # No earlier cycle in this file: the published figures only.
    assert [early.preset.itemText(i) for i in range(early.preset.count())] == [
        "My own figure",
        "38 % closed early (170 programs, 6,468 matches; Kupersmidt et al., 2017)",
    ]
    early.preset.setCurrentIndex(1)
    assert early.enabled.isChecked() and early.value.value() == 38.0
    assert early.source.toPlainText().startswith("Kupersmidt, J. B.")
    # The match length: the coordinator's own figure, first without a source.
    qtbot.mouseClick(length.enabled, LEFT, pos=QPoint(8, length.enabled.height() // 2))
    assert length.enabled.isChecked() and length.source.isEnabled()
    length.value.setValue(9)
    shot(dialog, "dashboard-comparison-figures")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert dialog.isVisible()
    assert length.source_error.isVisible()
    assert length.source_error.text() == (
        "Say where the figure comes from (a report, a funder, last year)."
    )
    operations.wait_idle(15)
    assert screen.db is not None
    assert get_references(screen.db, program.program_id) == {}  # nothing saved
    qtbot.keyClicks(length.source, "Our funder's target for 2025")
    with qtbot.waitSignal(health.loaded, timeout=15000):
        qtbot.mouseClick(ok, LEFT)
    assert not [d for d in screen.findChildren(ComparisonDialog) if d.isVisible()]  # closed
    assert health.cards["early"].detail.text() == "of 4 closed matches · reference 38%"
    assert health.cards["length"].detail.text() == (
        "more than half still running · reference 9 months"
    )
    saved = get_references(screen.db, program.program_id)
    assert saved["early_closure_share"].preset == "kupersmidt_2017"
    assert saved["median_length"].value == 9 and saved["median_length"].preset is None

    out = tmp_path / "summary.pdf"
    screen.ask_save_file = lambda *_args: out  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.saved, timeout=30000):
        qtbot.mouseClick(screen.summary_button, LEFT)
    text = " ".join(page_texts(out))
    assert "Reference: 9 months (a)" in text  # on the curve
    assert "Median match length" in text and "9 months (a)" in text
    assert (
        "Early closures, share of matches that closed Too few closed matches to show a "
        "percentage (n = 4). – 38% (b) 4" in text
    )
    assert "(a) Our funder's target for 2025" in text
    assert "(b) Kupersmidt, J. B., Stump, K. N., Stelter, R. L., & Rhodes, J. E. (2017)" in text


def test_last_cycles_own_figures_come_first_among_the_presets(qtbot: QtBot, tmp_path: Path) -> None:
    from evaluation_data import add_pair, add_person, make_program

    from peerdesk.database import open_database
    from peerdesk.enums import PairOutcome, PairStatus, Role
    from peerdesk.evaluation.references import presets

    path = tmp_path / "Two cycles.peerdesk"
    with create_database(path) as db:
        last = make_program(db, "Riverside 2024")  # the last cycle: made first, same dates
        for i in range(6):  # six matches that closed after 1 to 6 months
            mentor = add_person(db, last, 10 + i, Role.MENTOR)
            mentee = add_person(db, last, 20 + i, Role.MENTEE)
            add_pair(
                db, last, mentor, mentee, status=PairStatus.ENDED,
                outcome=PairOutcome.ENDED_EARLY, ended=date(2025, 4 + i, 10),
            )  # fmt: skip
        program_id = make_program(db, "Riverside 2025")
    with open_database(path) as db:
        offered = presets(db, program_id, today=TODAY)
        dialog = ComparisonDialog(db, program_id, offered, {})
        qtbot.addWidget(dialog)
        early, length = dialog.boxes
        assert early.preset.itemText(1) == "Last cycle: 100 % (Riverside 2024)"
        assert early.preset.itemText(2).startswith("38 % closed early")
        items = [length.preset.itemText(i) for i in range(length.preset.count())]
        assert items == [
            "My own figure",
            "Last cycle: 3 months (Riverside 2024)",
            "12 months: at least one school or calendar year",
        ]
        length.preset.setCurrentIndex(1)
        assert length.enabled.isChecked()
        assert length.source.toPlainText().startswith("Our own figure for Riverside 2024")


def test_the_settings_comparison_section_changes_the_figures(
    qtbot: QtBot, launch: Launcher, built: tuple[Path, Program]
) -> None:
    from ui.dashboard.comparison_dialog import ComparisonTab

    path, _program = built
    screen = open_dashboard(qtbot, launch, path)
    window = screen.window_
    window.edit_program_settings()
    settings = window.settings_dialog
    assert settings is not None
    bar = settings.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Comparison")
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    tab = settings.findChild(ComparisonTab)
    assert tab is not None
    qtbot.waitUntil(lambda: "no comparison figure" in tab.current.text())
    with qtbot.waitSignal(tab.opened, timeout=15000) as opened:
        qtbot.mouseClick(tab.button, LEFT)
    dialog = opened.args[0]
    length = dialog.boxes[1]
    length.preset.setCurrentIndex(length.preset.findData("one_year"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(
        lambda: "Median match length: 12 months — The common standard" in tab.current.text()
    )
    assert "Early closures: no comparison figure" in tab.current.text()
    shot(settings, "settings-comparison")
    settings.reject()
    with qtbot.waitSignal(screen.health.loaded, timeout=15000):
        screen.reload()
    assert screen.health.cards["length"].detail.text() == (
        "more than half still running · reference 12 months"
    )
