"""The Summary page: who was added, updated and skipped, each with the reason; save it as .xlsx."""

from __future__ import annotations

from pathlib import Path

from peerdesk.roster.commit import ImportSummary
from ui import memory, messages, operations
from ui.importer.common import CannotSave, note, plural, tr
from ui.importer.host import WizardHost
from ui.importer.page import Page
from ui.importer.preview_model import SummaryModel
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFont,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)


def headline(summary: ImportSummary) -> str:
    added, updated = len(summary.added), len(summary.updated)
    if added and updated:
        text = plural(added, tr("Added {n} person"), tr("Added {n} people")) + plural(
            updated, tr(" and updated {n}."), tr(" and updated {n}.")
        )
    elif updated:
        text = plural(updated, tr("Updated {n} person."), tr("Updated {n} people."))
    else:
        text = plural(added, tr("Added {n} person."), tr("Added {n} people."))
    skipped = len(summary.skipped)
    if skipped:
        text += " " + plural(
            skipped,
            tr("{n} row was not imported (listed first)."),
            tr("{n} rows were not imported (listed first)."),
        )
    return text


def accounting_text(summary: ImportSummary) -> str:
    """Where every row of the file went; the numbers add up to the rows in the file."""
    parts = [
        plural(
            len(summary.added) + len(summary.updated),
            tr("{n} imported ({new} new, {updated} updated)"),
            tr("{n} imported ({new} new, {updated} updated)"),
            new=len(summary.added),
            updated=len(summary.updated),
        ),
        plural(
            len(summary.merged), tr("{n} merged as a duplicate"), tr("{n} merged as duplicates")
        ),
        plural(summary.empty_rows, tr("{n} skipped as empty"), tr("{n} skipped as empty")),
    ]
    if summary.set_aside:
        parts.append(
            plural(
                len(summary.set_aside),
                tr("{n} skipped (totals, example or skipped row)"),
                tr("{n} skipped (totals, example or skipped rows)"),
            )
        )
    parts.append(plural(len(summary.rejected), tr("{n} refused"), tr("{n} refused")))
    if summary.unread_rows:
        parts.append(
            plural(
                summary.unread_rows,
                tr("{n} not read (over a limit)"),
                tr("{n} not read (over a limit)"),
            )
        )
    head = plural(
        summary.rows_in_file,
        tr("The file has {n} row below the header: "),
        tr("The file has {n} rows below the header: "),
    )
    return head + ", ".join(parts) + "."


def save_summary_file(summary: ImportSummary, path: Path) -> Path:
    """Write the summary workbook (worker thread); a disk problem becomes a message."""
    from peerdesk.roster.commit import save_summary

    try:
        return save_summary(summary, path)
    except OSError as exc:
        raise CannotSave(name=path.name, reason=exc.strerror or str(exc)) from exc


class SummaryPage(Page):
    def __init__(self, wizard: WizardHost) -> None:
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
        self.accounting = QLabel()
        self.accounting.setObjectName("summaryAccounting")
        self.accounting.setWordWrap(True)
        self.reading_notes = note()
        self.reading_notes.setObjectName("summaryReadingNotes")
        self.save_refused = QPushButton(self.tr("Save &refused rows as .csv…"))
        self.save_refused.setObjectName("saveRefused")
        self.save_refused.setToolTip(
            self.tr(
                "The refused rows under the roster's headers, with a column saying what to fix: "
                "correct them and import the file again."
            )
        )
        self.save_refused.clicked.connect(self.ask_save_refused)
        self.semicolons = QCheckBox(self.tr("Se&micolons (Excel in most of Europe)"))
        self.semicolons.setObjectName("csvSemicolons")
        self.semicolons.setToolTip(
            self.tr(
                "Separate the columns with semicolons and write decimal commas, as Excel "
                "expects where numbers are written 3,5. Remembered for every CSV file."
            )
        )
        self.semicolons.setChecked(memory.csv_semicolons())
        self.semicolons.toggled.connect(memory.set_csv_semicolons)
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
        buttons.addWidget(self.save_refused)
        buttons.addWidget(self.semicolons)
        buttons.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.accounting)
        layout.addWidget(self.reading_notes)
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
            self.accounting.setText(accounting_text(summary))
            notes = [*summary.notes, *summary.unread_lines()]
            self.reading_notes.setText("\n".join(notes))
            self.reading_notes.setVisible(bool(notes))
            self.save_refused.setVisible(bool(summary.rejected))
            self.semicolons.setVisible(bool(summary.rejected))

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

    def ask_save_refused(self) -> None:
        stem = self.importer.roster_path.stem
        start = self.importer.roster_path.parent / self.tr("{name} refused rows.csv").format(
            name=stem
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the refused rows"),
            str(start),
            self.tr("CSV file (*.csv)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.save_refused_to(Path(name))

    def save_refused_to(self, path: Path) -> None:
        """Save the refused rows as a CSV to fix and import again, asking before replacing."""
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        if path.exists():
            messages.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("“{name}” already exists. Replace it with the refused rows?").format(
                    name=path.name
                ),
                self.tr("&Replace"),
                lambda: self._write_refused(path),
            )
            return
        self._write_refused(path)

    def _write_refused(self, path: Path) -> None:
        from peerdesk.roster.commit import save_refused_rows

        summary, plan = self.importer.summary, self.plan
        if summary is None:
            return
        semicolons = self.semicolons.isChecked()
        operations.Op(
            lambda state: save_refused_rows(
                summary, plan, path, overwrite=True, semicolons=semicolons
            ),
            success=self._saved,
            failure=lambda exc: messages.show_user_error(
                self, exc, self.tr("The refused rows could not be saved")
            ),
            label=self.tr("Saving the refused rows…"),
            parent=self,
        ).run()

    def _saved(self, path: Path) -> None:
        self.saved.setText(self.tr("Saved as {path}").format(path=path))
