"""Export calendar (.ics)…: the whole program, one pair or one person, to a file.

The program's file and a person's hold the group sessions too (the person's: those
they are invited to), unless the coordinator unticks them; a pair's holds its
meetings only.

The file name is typed or chosen; an existing file is replaced only after the
user says so. The file is written on the worker, beside its target and then
renamed into place.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import paths
from ui import messages, operations
from ui.calendar.data import CalendarContext
from ui.calendar.dialog_parts import error_label
from ui.calendar.schedule_dialog import pair_combo
from ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from peerdesk.calendar.ics import IcsExport
    from peerdesk.errors import UserError
    from ui.main_window import MainWindow

UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_name(text: str) -> str:
    return UNSAFE.sub(" ", text).strip() or "calendar"


class ExportDialog(QDialog):
    exported = Signal(object)  # IcsExport

    def __init__(
        self,
        window: MainWindow,
        context: CalendarContext,
        *,
        pair_id: int | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        self.context = context
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export calendar (.ics)"))
        self.setModal(True)
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "A calendar file opens in Outlook, Google Calendar or Apple Calendar. "
                "Importing a newer file updates the meetings instead of doubling them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.whole = QRadioButton(self.tr("The whole program"), self)
        self.whole.setObjectName("export_program")
        self.one_pair = QRadioButton(self.tr("One pair:"), self)
        self.one_pair.setObjectName("export_pair")
        self.one_person = QRadioButton(self.tr("One person:"), self)
        self.one_person.setObjectName("export_person")
        self.group = QButtonGroup(self)
        for button in (self.whole, self.one_pair, self.one_person):
            self.group.addButton(button)
        self.pair = pair_combo(self, context, "export_pair_choice")
        self.person = QComboBox(self)
        self.person.setObjectName("export_person_choice")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in context.people:
            if person.email:
                self.person.addItem(f"{person.name} <{person.email}>", person.person_id)
        completer = self.person.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if pair_id is not None and self.pair.findData(pair_id) >= 0:
            self.pair.setCurrentIndex(self.pair.findData(pair_id))
            self.one_pair.setChecked(True)
        elif person_id is not None and self.person.findData(person_id) >= 0:
            self.person.setCurrentIndex(self.person.findData(person_id))
            self.one_person.setChecked(True)
        else:
            self.whole.setChecked(True)

        self.path = QLineEdit(self)
        self.path.setObjectName("export_path")
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.setObjectName("export_choose")
        self.choose.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)

        self.with_sessions = QCheckBox(
            self.tr("Group sessions too (trainings, workshops, socials…)"), self
        )
        self.with_sessions.setObjectName("export_sessions")
        self.with_sessions.setChecked(True)

        self.error = error_label(self, "export_error")

        form = QFormLayout()
        who = QVBoxLayout()
        who.addWidget(self.whole)
        for button, combo in ((self.one_pair, self.pair), (self.one_person, self.person)):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(combo, 1)
            who.addLayout(row)
        form.addRow(self.tr("Meetings of:"), who)
        form.addRow("", self.with_sessions)
        form.addRow(self.tr("Save as:"), path_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("export_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(lambda *_a: self._suggest_path())
        self.group.buttonToggled.connect(lambda *_a: self._sessions_choice())
        self.pair.currentIndexChanged.connect(lambda _i: self.one_pair.setChecked(True))
        self.person.currentIndexChanged.connect(lambda _i: self.one_person.setChecked(True))
        self._suggest_path()
        self._sessions_choice()

    def _sessions_choice(self) -> None:
        """A pair's file holds its meetings only: sessions are for the program or a person."""
        self.with_sessions.setEnabled(not self.one_pair.isChecked())

    def _suggest_path(self) -> None:
        if self.one_pair.isChecked():
            name = self.pair.currentText()
        elif self.one_person.isChecked():
            name = self.person.currentText().split(" <")[0]
        else:
            name = self.context.program_name
        folder = Path(self.path.text()).parent if self.path.text() else paths.documents_dir()
        self.path.setText(str(folder / f"{safe_name(name)}.ics"))

    def choose_path(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            self.path.text(),
            self.tr("Calendar files (*.ics)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.path.setText(name if name.lower().endswith(".ics") else name + ".ics")

    def accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the calendar file."))
            return
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_suffix(".ics")
        if self.one_pair.isChecked() and self.pair.findText(self.pair.currentText()) < 0:
            self._show_error(self.tr("Choose a pair from the list."))
            return
        if self.one_person.isChecked() and self.person.findText(self.person.currentText()) < 0:
            self._show_error(self.tr("Choose a person from the list."))
            return
        if path.exists():
            messages.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("“{name}” already exists. Replace it with the new calendar?").format(
                    name=path.name
                ),
                self.tr("Replace"),
                lambda: self.export(path, overwrite=True),
            )
            return
        self.export(path, overwrite=False)

    def export(self, path: Path, *, overwrite: bool) -> None:
        from peerdesk.calendar.ics import export_ics
        from peerdesk.output_files import check_targets

        db = self.window_.db
        if db is None:
            return
        program_id = self.context.program_id
        sessions = self.with_sessions.isChecked() and not self.one_pair.isChecked()
        pair_id = None
        email = None
        if self.one_pair.isChecked():
            pair_id = int(self.pair.itemData(self.pair.findText(self.pair.currentText())))
        elif self.one_person.isChecked():
            email = self.person.currentText().rsplit("<", 1)[-1].rstrip(">").strip()
        self.ok.setEnabled(False)
        self.error.hide()

        def work(state: object) -> IcsExport:
            if path.parent == paths.documents_dir():
                # The folder this dialog suggests may not be there yet (a shared database
                # leaves no program file in it): made, as a file dialog would.
                check_targets([], overwrite=overwrite, folder=path.parent)
            return export_ics(
                db, program_id, path, pair_id=pair_id, person_email=email,
                include_sessions=sessions, overwrite=overwrite,
            )  # fmt: skip

        operations.Op(
            work,
            success=self._exported,
            failure=self._failed,
            label=self.tr("Writing the calendar file…"),
            parent=self,
        ).run()

    def _exported(self, result: IcsExport) -> None:
        self.exported.emit(result)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, exc: UserError) -> None:
        self.ok.setEnabled(True)
        self._show_error(messages.user_message(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
