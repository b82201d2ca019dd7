"""The Summary page: who was added, updated and skipped, each with the reason; save it as .xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.roster.commit import ImportSummary
from ui import messages, operations
from ui.importer.common import CannotSave, note, plural
from ui.importer.page import Page
from ui.importer.preview_model import SummaryModel
from ui.qt import (
    QAbstractItemView,
    QFileDialog,
    QFont,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from ui.importer.wizard import ImportWizard


def headline(summary: ImportSummary) -> str:
    added, updated = len(summary.added), len(summary.updated)
    if added and updated:
        text = plural(added, "Added {n} person", "Added {n} people") + plural(
            updated, " and updated {n}.", " and updated {n}."
        )
    elif updated:
        text = plural(updated, "Updated {n} person.", "Updated {n} people.")
    else:
        text = plural(added, "Added {n} person.", "Added {n} people.")
    skipped = len(summary.skipped)
    if skipped:
        text += " " + plural(
            skipped,
            "{n} row was not imported (listed first).",
            "{n} rows were not imported (listed first).",
        )
    return text


def save_summary_file(summary: ImportSummary, path: Path) -> Path:
    """Write the summary workbook (worker thread); a disk problem becomes a message."""
    from peerdesk.roster.commit import save_summary

    try:
        return save_summary(summary, path)
    except OSError as exc:
        raise CannotSave(name=path.name, reason=exc.strerror or str(exc)) from exc


class SummaryPage(Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Summary"))
        self.setFinalPage(True)
        self.headline = QLabel()
        self.headline.setObjectName("summaryHeadline")
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.model = SummaryModel()
        self.table = QTableView()
        self.table.setObjectName("summaryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 110, 48, 160, 200)):
            self.table.setColumnWidth(column, width)
        self.save = QPushButton(self.tr("&Save summary as .xlsx…"))
        self.save.setObjectName("saveSummary")
        self.save.clicked.connect(self.ask_save)
        self.saved = QLabel()
        self.saved.setObjectName("summarySaved")
        self.saved.setWordWrap(True)
        self.undo_note = note(
            self.tr(
                "Changed your mind? Edit → Undo (Ctrl+Z) or File → Undo last import takes the "
                "whole import back."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_note)

    def initializePage(self) -> None:
        summary = self.importer.summary
        self.model.set_summary(summary)
        self.table.setColumnHidden(1, len(self.plan.included) < 2)
        if summary is not None:
            self.headline.setText(headline(summary))
            self.setSubTitle(
                self.tr("“{file}” was imported into “{program}”.").format(
                    file=summary.source_name, program=self.importer.target.program_name
                )
            )
            self.undo_note.setVisible(summary.batch_id is not None)

    def shown(self) -> None:
        if self.importer.currentPage() is self:
            self.save.setFocus()

    # -- saving ------------------------------------------------------------------------

    def default_path(self) -> Path:
        folder = self.importer.roster_path.parent
        stem = self.importer.roster_path.stem
        return folder / self.tr("{name} import summary.xlsx").format(name=stem)

    def ask_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import summary"),
            str(self.default_path()),
            self.tr("Excel workbook (*.xlsx)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Save the summary to ``path``, asking first if a file is already there."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if path.exists():
            messages.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("“{name}” already exists. Replace it with this summary?").format(
                    name=path.name
                ),
                self.tr("&Replace"),
                lambda: self._write(path),
            )
            return
        self._write(path)

    def _write(self, path: Path) -> None:
        summary = self.importer.summary
        if summary is None:
            return
        operations.Op(
            lambda state: save_summary_file(summary, path),
            success=self._saved,
            failure=lambda exc: messages.show_user_error(
                self, exc, self.tr("The summary could not be saved")
            ),
            label=self.tr("Saving the summary…"),
            parent=self,
        ).run()

    def _saved(self, path: Path) -> None:
        self.saved.setText(self.tr("Saved as {path}").format(path=path))
