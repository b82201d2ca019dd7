"""Comparison figures: what the program's early closures and match length are set beside.

The coordinator picks a preset (last cycle's own figure first, when the file has one;
then published figures, each with its source) or types their own figure and where it
comes from (last year, their funder, a report). Every report then shows theirs beside
the program's own figure, with the source in its small print. OK saves both figures in
one transaction on the worker and closes only when that worked; a problem shows next to
its field and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.errors import UserError, ValidationError
from peerdesk.evaluation.behind import Figure, check_comparison, save_comparison
from peerdesk.evaluation.measures_base import PERCENT
from peerdesk.evaluation.references import EARLY_SHARE, MEDIAN_LENGTH, REFERENCE_MEASURES
from ui import messages, operations
from ui.labels import tr
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.wizard.common import ErrorLabel, note, text_editor

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.evaluation.measures_base import Reference
    from peerdesk.evaluation.references import Preset

OWN = ""  # the preset combo's "my own figure"


class FigureBox(QGroupBox):
    """One measure's comparison figure: on or off, a preset, the value and its source."""

    def __init__(
        self,
        measure: str,
        title: str,
        presets: list[Preset],
        current: Reference | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.measure = measure
        self.setObjectName(f"comparison_{measure}")
        self.presets = {p.key: p for p in presets if p.measure == measure}
        _name, unit, largest = REFERENCE_MEASURES[measure]
        self.enabled = QCheckBox(self.tr("Show a comparison figure for this measure"))
        self.enabled.setObjectName(f"{measure}_enabled")
        self.preset = QComboBox()
        self.preset.setObjectName(f"{measure}_preset")
        self.preset.addItem(self.tr("My own figure"), OWN)
        for preset in self.presets.values():
            self.preset.addItem(preset.label, preset.key)
        self.value = QDoubleSpinBox()
        self.value.setObjectName(f"{measure}_value")
        self.value.setRange(0, largest)
        self.value.setDecimals(1)
        self.value.setSuffix(" %" if unit == PERCENT else self.tr(" months"))
        self.source = text_editor(f"{measure}_source", 4)
        self.source.setPlaceholderText(
            self.tr("Where the figure comes from: our last year, our funder, a published study")
        )
        self.value_error = ErrorLabel(f"{measure}:value", self)
        self.source_error = ErrorLabel(f"{measure}:source", self)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("&Preset:"), self.preset)
        form.addRow(self.tr("&Figure:"), self.value)
        form.addRow("", self.value_error)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow("", self.source_error)
        self._filling = False
        if current is not None:
            self.enabled.setChecked(True)
            self.value.setValue(current.value)
            self.source.setPlainText(current.source)
            index = self.preset.findData(current.preset) if current.preset else -1
            self.preset.setCurrentIndex(max(index, 0))
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.value.valueChanged.connect(self._typed)
        self.source.textChanged.connect(self._typed)
        self.enabled.toggled.connect(self._update)
        self._update()

    def _preset_chosen(self, _index: int) -> None:
        preset = self.presets.get(self.preset.currentData())
        if preset is None:
            return
        self._filling = True
        self.enabled.setChecked(True)
        self.value.setValue(preset.value)
        self.source.setPlainText(preset.source)
        self._filling = False

    def _typed(self, *_args: object) -> None:
        """A figure or source typed by hand is the coordinator's own, not the preset's."""
        if self._filling:
            return
        preset = self.presets.get(self.preset.currentData())
        if preset is not None and (
            abs(self.value.value() - preset.value) > 1e-9
            or " ".join(self.source.toPlainText().split()) != " ".join(preset.source.split())
        ):
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(0)
            self.preset.blockSignals(False)

    def _update(self) -> None:
        on = self.enabled.isChecked()
        for field in (self.preset, self.value, self.source):
            field.setEnabled(on)

    def figure(self) -> Figure | None:
        if not self.enabled.isChecked():
            return None
        key = self.preset.currentData()
        return Figure(self.value.value(), self.source.toPlainText(), key or None)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.value_error.show_message(problems.get(f"{self.measure}:value", ""))
        self.source_error.show_message(problems.get(f"{self.measure}:source", ""))


class ComparisonDialog(QDialog):
    """Enter or choose the program's comparison figures; ``saved`` after they are stored."""

    saved = Signal(object)  # the references now stored, by measure

    def __init__(
        self,
        db: Database,
        program_id: int,
        presets: list[Preset],
        current: dict[str, Reference],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_dialog")
        self.setWindowTitle(self.tr("Comparison figures"))
        self.db, self.program_id = db, program_id
        intro = note(
            self.tr(
                "Set the program's figures beside a reference: your own last cycle, your "
                "funder's target or a published study. Every report shows the reference next "
                "to the program's figure, and its source in the small print."
            )
        )
        self.boxes = [
            FigureBox(
                EARLY_SHARE,
                self.tr("Early closures (share of matches that closed early)"),
                presets,
                current.get(EARLY_SHARE),
            ),
            FigureBox(
                MEDIAN_LENGTH,
                self.tr("Median match length"),
                presets,
                current.get(MEDIAN_LENGTH),
            ),
        ]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for box in self.boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 600)

    def figures(self) -> dict[str, Figure | None]:
        return {box.measure: box.figure() for box in self.boxes}

    def _show_problems(self, problems: dict[str, str]) -> None:
        for box in self.boxes:
            box.show_problems(problems)

    def accept(self) -> None:
        figures = self.figures()
        problems = check_comparison(figures)
        self._show_problems(problems)
        if problems:
            return
        db, program_id = self.db, self.program_id
        self.buttons.setEnabled(False)

        def failed(error: UserError) -> None:
            self.buttons.setEnabled(True)
            if isinstance(error, ValidationError):
                self._show_problems(error.problems)
            else:
                messages.show_user_error(self, error, self.tr("Comparison figures"))

        def done(saved: dict[str, Reference]) -> None:
            self.buttons.setEnabled(True)
            self.saved.emit(saved)
            super(ComparisonDialog, self).accept()

        operations.Op(
            lambda state: save_comparison(db, program_id, figures),
            success=done,
            failure=failed,
            label=self.tr("Saving the comparison figures…"),
            parent=self,
        ).run()


def open_comparison(
    parent: QWidget,
    db: Database,
    program_id: int,
    today: date,
    saved: Callable[[dict[str, Reference]], None],
    opened: Callable[[ComparisonDialog], None] | None = None,
) -> None:
    """Read the presets and the figures now set on the worker, then open the dialog over
    ``parent``; ``saved`` runs after the figures are stored."""

    def work(state: object) -> tuple[list[Preset], dict[str, Reference]]:
        from peerdesk.evaluation.references import get_references, presets

        return presets(db, program_id, today=today), get_references(db, program_id)

    def show(found: tuple[list[Preset], dict[str, Reference]]) -> None:
        dialog = ComparisonDialog(db, program_id, found[0], found[1], parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(saved)
        dialog.open()
        if opened is not None:
            opened(dialog)

    operations.Op(work, success=show, label=tr("Reading the figures…"), parent=parent).run()


class ComparisonTab(QWidget):
    """The program settings' *Comparison* section: the figures set now, and a button to
    change them. They are saved by their own dialog (one transaction of their own), as
    they are not part of the program's settings."""

    opened = Signal(object)  # the comparison figures dialog just opened

    def __init__(self, window: QWidget | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_section")
        self.db: Database | None = getattr(window, "db", None)
        self.program_id: int | None = getattr(window, "program_id", None)
        intro = note(
            self.tr(
                "Reports set the program's early closures and match length beside a "
                "reference figure: your last cycle, your funder's target or a published "
                "study, with its source in the small print."
            )
        )
        self.current = QLabel(self.tr("Reading the figures…"))
        self.current.setObjectName("comparison_current")
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Change comparison figures…"))
        self.button.setObjectName("change_comparison")
        self.button.clicked.connect(self.change)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        ready = self.db is not None and self.program_id is not None
        self.button.setEnabled(ready)
        if ready:
            self.reload()
        else:
            self.current.setText(self.tr("Open the program to set its comparison figures."))

    def title(self) -> str:
        return self.tr("Comparison")

    def reload(self) -> None:
        db, program_id = self.db, self.program_id
        if db is None or program_id is None:
            return

        def work(state: object) -> dict[str, Reference]:
            from peerdesk.evaluation.references import get_references

            return get_references(db, program_id)

        operations.Op(
            work, success=self.show_figures, label=self.tr("Reading the figures…"), parent=self
        ).run()

    def show_figures(self, figures: dict[str, Reference]) -> None:
        lines = []
        for measure, (name, unit, _largest) in REFERENCE_MEASURES.items():
            figure = figures.get(measure)
            if figure is None:
                lines.append(self.tr("{name}: no comparison figure").format(name=name))
                continue
            value = f"{figure.value:g}" + (" %" if unit == PERCENT else self.tr(" months"))
            lines.append(
                self.tr("{name}: {value} — {source}").format(
                    name=name, value=value, source=figure.source
                )
            )
        self.current.setText("\n\n".join(lines))

    def change(self) -> None:
        if self.db is None or self.program_id is None:
            return
        open_comparison(
            self, self.db, self.program_id, date.today(),
            saved=lambda _saved: self.reload(), opened=self.opened.emit,
        )  # fmt: skip
