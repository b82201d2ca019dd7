"""The introduction itself, when no mail program opens the ``mailto:`` link.

Many coordinators use webmail only, so the operating system has no mail program
to hand the message to. Rather than leave them to retype it, the dialog shows
the message with buttons that copy the addresses, the subject and the text (to
paste into webmail), and saves it as an ``.eml`` file, which Outlook,
Thunderbird, Apple Mail and most webmail open as a message to send.
"""

from __future__ import annotations

from pathlib import Path

from peerdesk.documents.introductions import Introduction, save_eml
from peerdesk.output_files import safe_file_name
from ui import messages, operations
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

EML_FILTER = str(QT_TRANSLATE_NOOP("MailFallbackDialog", "E-mail message (*.eml)"))


class MailFallbackDialog(QDialog):
    """The message to send by hand: copy its parts, or save it as an .eml file."""

    def __init__(
        self,
        intro: Introduction,
        *,
        sender: str,
        title: str,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailFallbackDialog")
        self.setWindowTitle(self.tr("Send the introduction yourself"))
        self.intro, self.sender, self.folder = intro, sender, folder
        self.suggested_name = safe_file_name(title, ".eml")
        intro_text = QLabel(
            self.tr(
                "PeerDesk could not open a mail program on this computer. Copy the addresses, "
                "the subject and the text into your webmail, or save the message as a file that "
                "your mail program opens, ready to send."
            ),
            self,
        )
        intro_text.setWordWrap(True)
        self.to = self._field(", ".join(intro.to), "mailTo")
        self.subject = self._field(intro.subject, "mailSubject")
        self.body = QPlainTextEdit(intro.body, self)
        self.body.setObjectName("mailBody")
        self.body.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)

        self.copy_to = QPushButton(self.tr("Copy &addresses"), self)
        self.copy_to.setObjectName("copyAddresses")
        self.copy_to.clicked.connect(
            lambda: self._copy(self.to.text(), self.tr("The addresses are copied."))
        )
        self.copy_subject = QPushButton(self.tr("Copy s&ubject"), self)
        self.copy_subject.setObjectName("copySubject")
        self.copy_subject.clicked.connect(
            lambda: self._copy(self.subject.text(), self.tr("The subject is copied."))
        )
        self.copy_text = QPushButton(self.tr("Copy &text"), self)
        self.copy_text.setObjectName("copyText")
        self.copy_text.clicked.connect(
            lambda: self._copy(self.body.toPlainText(), self.tr("The text is copied."))
        )
        self.save = QPushButton(self.tr("&Save as .eml…"), self)
        self.save.setObjectName("saveEml")
        self.save.setToolTip(self.tr("A file that Outlook, Thunderbird or Apple Mail opens"))
        self.save.clicked.connect(self.ask_save)
        self.done_note = QLabel(self)
        self.done_note.setObjectName("mailFallbackNote")
        self.done_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.copy_to, self.copy_subject, self.copy_text, self.save):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_text)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.done_note)
        layout.addWidget(buttons)
        self.resize(680, 520)

    def _field(self, text: str, name: str) -> QLineEdit:
        field = QLineEdit(text, self)
        field.setObjectName(name)
        field.setReadOnly(True)
        field.setCursorPosition(0)
        return field

    def _copy(self, text: str, done: str) -> None:
        QApplication.clipboard().setText(text)
        self.done_note.setText(done)

    # -- saving ------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        """The file to save to, as the user chose it (tests replace this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the introduction"),
            str(self.folder / self.suggested_name),
            self.tr(EML_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked below, as everywhere
        )
        return Path(name) if name else None

    def ask_save(self) -> None:
        path = self.ask_path()
        if path is None:
            return
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        if path.exists():
            messages.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("“{name}” already exists. Replace it with this message?").format(
                    name=path.name
                ),
                self.tr("&Replace"),
                lambda: self.save_to(path),
            )
            return
        self.save_to(path)

    def save_to(self, path: Path) -> None:
        intro, sender = self.intro, self.sender
        operations.Op(
            lambda state: save_eml(intro, path, sender=sender, overwrite=True),
            success=self._saved,
            failure=lambda exc: messages.show_user_error(
                self, exc, self.tr("The message could not be saved")
            ),
            label=self.tr("Saving the message…"),
            parent=self,
        ).run()

    def _saved(self, path: Path) -> None:
        self.done_note.setText(
            self.tr("Saved as {path}. Open it to send it from your mail program.").format(path=path)
        )
