"""The Import page: the import running on the worker, with its progress and a way to stop it.

The import is one transaction: stopping it, or a problem on the way, leaves
the program file exactly as it was.
"""

from __future__ import annotations

from ui.importer.host import WizardHost
from ui.importer.page import Page
from ui.qt import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout


class ImportingPage(Page):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("All of it is saved together: if you stop it, nothing is saved at all.")
        )
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 0)
        self.stop = QPushButton(self.tr("&Stop the import"))
        self.stop.setObjectName("stopImport")
        self.stop.clicked.connect(self.importer.cancel_import)
        self.back = QPushButton(self.tr("&Back to the preview"))
        self.back.setObjectName("backToPreview")
        self.back.clicked.connect(self.importer.back)
        self.back.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.status.setText(
            self.tr("Importing “{file}” into “{program}”…").format(
                file=self.plan.workbook.name, program=self.importer.target.program_name
            )
        )
        self.bar.setRange(0, 0)
        self.bar.show()
        self.stop.show()
        self.stop.setEnabled(True)
        self.back.hide()
        self.importer.start_import()

    def show_progress(self, done: int, total: int | None, text: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def show_stopping(self) -> None:
        self.stop.setEnabled(False)
        self.status.setText(self.tr("Stopping the import…"))

    def show_done(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.stop.hide()
        self.status.setText(self.tr("The import is done."))
        self.completeChanged.emit()

    def show_stopped(self, message: str) -> None:
        """Cancelled or refused: nothing was written; offer the way back."""
        self.bar.hide()
        self.stop.hide()
        self.status.setText(message)
        self.back.show()
        self.back.setFocus()

    def isComplete(self) -> bool:
        return self.importer.summary is not None
