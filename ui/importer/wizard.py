"""The roster import wizard, after calibre's: fixed page ids, Next gated by ``isComplete()``,
and nothing written until the Import page.

The wizard owns the :class:`~peerdesk.roster.plan.RosterImport` that the pages
edit. Work on the program file — the preview and the import — runs on the
worker with a snapshot of the plan, so the pages stay free to change it; a
preview that arrives after a newer one was asked for is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from peerdesk.enums import Role
from peerdesk.errors import UserError
from peerdesk.progress import Progress
from peerdesk.roster.commit import ImportSummary, preview_import
from peerdesk.roster.plan import RosterImport
from peerdesk.roster.preview import Preview
from peerdesk.roster.undo import ImportInfo
from ui import messages, operations
from ui.importer.columns_page import ColumnsPage
from ui.importer.common import ImportTarget, Opened, snapshot
from ui.importer.header_page import HeaderPage
from ui.importer.import_page import ImportingPage
from ui.importer.page import Page
from ui.importer.preview_page import PreviewPage
from ui.importer.sheets_page import SheetsPage
from ui.importer.summary_page import SummaryPage
from ui.importer.values_page import ValuesPage
from ui.qt import QTimer, QWidget, QWizard, Signal

POLL_MS = 100


class PageId(IntEnum):
    SHEETS = 0
    HEADER = 1
    COLUMNS = 2
    VALUES = 3
    PREVIEW = 4
    IMPORT = 5
    SUMMARY = 6


@dataclass
class ImportDone:
    """A finished import: what it did, the batch it made (None if nothing was written),
    and the plan it ran (kept so that Redo can run it again)."""

    summary: ImportSummary
    info: ImportInfo | None
    plan: RosterImport
    path: Path


class ImportWizard(QWizard):
    preview_ready = Signal()  # the newest preview is in ``preview``
    imported = Signal(object)  # ImportDone, once the import is saved

    def __init__(self, target: ImportTarget, opened: Opened, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a roster: {name}").format(name=opened.path.name))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, True)  # it is saved
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.target = target
        self.plan = opened.plan
        self.roster_path = opened.path
        self.chosen_roles: dict[str, Role | None] = {}
        self.preview: Preview | None = None
        self._asked = 0  # previews asked for
        self._answered = 0  # previews delivered (in order: one worker)
        self.summary: ImportSummary | None = None
        self.result_: ImportDone | None = None
        self.import_op: operations.Op | None = None
        self._close_when_stopped = False

        self.sheets = SheetsPage(self)
        self.header = HeaderPage(self)
        self.columns = ColumnsPage(self)
        self.values = ValuesPage(self)
        self.preview_page = PreviewPage(self)
        self.importing = ImportingPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in (
            (PageId.SHEETS, self.sheets),
            (PageId.HEADER, self.header),
            (PageId.COLUMNS, self.columns),
            (PageId.VALUES, self.values),
            (PageId.PREVIEW, self.preview_page),
            (PageId.IMPORT, self.importing),
            (PageId.SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PageId.SHEETS)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_progress)
        self.currentIdChanged.connect(self._page_changed)
        self.setMinimumSize(900, 600)
        self.resize(1080, 700)

    # -- the plan, as the pages change it ---------------------------------------------

    def choose_sheet_role(self, name: str, role: Role | None) -> None:
        """The coordinator's choice for a sheet, kept through a change of its header row."""
        self.chosen_roles[self.plan.sheet(name).name] = role
        self.plan.set_sheet_role(name, role)

    def set_header_row(self, name: str, row_number: int) -> None:
        self.plan.set_header_row(name, row_number)
        sheet_name = self.plan.sheet(name).name
        if sheet_name in self.chosen_roles:
            self.plan.set_sheet_role(sheet_name, self.chosen_roles[sheet_name])

    def needs_values(self) -> bool:
        """Whether the Values page has anything to ask: answers in a role column."""
        return not self.target.reciprocal and bool(self.plan.role_table())

    def after_columns(self) -> int:
        return int(PageId.VALUES if self.needs_values() else PageId.PREVIEW)

    def _page_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, Page):
            page.shown()

    # -- preview ------------------------------------------------------------------------

    @property
    def preview_pending(self) -> bool:
        return self._answered < self._asked

    def request_preview(self) -> None:
        """Work the preview out again on the worker; ``preview_ready`` follows."""
        self._asked += 1
        asked = self._asked
        plan = snapshot(self.plan)
        db, program_id = self.target.db, self.target.program_id

        def failed(exc: UserError) -> None:
            self._answered = max(self._answered, asked)
            messages.show_user_error(self, exc, self.tr("The preview could not be made"))

        operations.Op(
            lambda state: preview_import(db, program_id, plan),
            success=lambda preview: self._previewed(asked, preview),
            failure=failed,
            label=self.tr("Checking the rows…"),
            parent=self,
            progress_dialog=False,  # the page says it is checking
        ).run()

    def _previewed(self, asked: int, preview: Preview) -> None:
        self._answered = max(self._answered, asked)
        if asked == self._asked:
            self.preview = preview
            self.preview_ready.emit()

    # -- import -------------------------------------------------------------------------

    @property
    def importing_now(self) -> bool:
        return self.import_op is not None

    def start_import(self) -> None:
        if self.import_op is not None:
            return
        self.summary = None
        self.result_ = None
        plan = snapshot(self.plan)
        db, program_id, path = self.target.db, self.target.program_id, self.roster_path

        def work(state: Progress) -> ImportDone:
            from peerdesk.roster.commit import run_import
            from peerdesk.roster.undo import last_import

            summary = run_import(db, program_id, plan, state)
            info = last_import(db, program_id) if summary.batch_id is not None else None
            return ImportDone(summary, info, plan, path)

        op = operations.Op(
            work,
            success=self._imported,
            failure=self._import_failed,
            cancelled=self._import_cancelled,
            label=self.tr("Importing the roster…"),
            cancellable=True,
            parent=self,
            progress_dialog=False,  # the Import page has its own progress bar
        )
        op.finished.connect(self._import_finished)
        self.import_op = op
        op.run()
        self._poll.start()

    def cancel_import(self) -> None:
        if self.import_op is not None:
            self.import_op.cancel()
            self.importing.show_stopping()

    def _poll_progress(self) -> None:
        if self.import_op is not None:
            self.importing.show_progress(*self.import_op.state.snapshot())

    def _imported(self, done: ImportDone) -> None:
        self.summary = done.summary
        self.result_ = done
        self.importing.show_done()
        self.imported.emit(done)
        if not self._close_when_stopped:
            QTimer.singleShot(0, self._to_summary)

    def _to_summary(self) -> None:
        if self.currentId() == PageId.IMPORT and self.summary is not None:
            self.next()

    def _import_cancelled(self) -> None:
        self.importing.show_stopped(
            self.tr("The import was stopped. Nothing was saved: the program is as it was.")
        )

    def _import_failed(self, exc: UserError) -> None:
        self.importing.show_stopped(
            self.tr("The import did not happen, and nothing was saved. {problem}").format(
                problem=messages.user_message(exc)
            )
        )

    def _import_finished(self) -> None:
        self._poll.stop()
        self.import_op = None
        if self._close_when_stopped:
            QTimer.singleShot(0, lambda: QWizard.reject(self))

    def reject(self) -> None:
        """Cancel: while the import runs, stop it first and close once nothing was saved."""
        if self.import_op is not None:
            self._close_when_stopped = True
            self.cancel_import()
            return
        super().reject()
