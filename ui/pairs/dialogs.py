"""The Pairs screen's dialogs: the date an agreement was signed, and introducing a pair.

The introduction's subject and message are a template with placeholders,
edited here and remembered for next time (in the user's settings, not the
program file: it is how this coordinator writes, not part of the program).
An unknown placeholder is named under its field as it is typed, and the
preview beside it shows the message exactly as the pair will receive it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.documents.introductions import (
    PLACEHOLDERS,
    Introduction,
    IntroTemplate,
    NoEmailAddress,
    introduce,
)
from peerdesk.documents.pairs import FirstMeeting, PairInfo
from peerdesk.program.settings import ProgramSettings
from ui import labels, memory
from ui.form_dialog import date_edit, lay_out
from ui.qt import (
    QComboBox,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.wizard.common import ErrorLabel, note

TEMPLATE_KEY = "pairs/introduction_template"


class SignedDateDialog(QDialog):
    """When were the agreements signed? Today unless said otherwise; never in the future."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedDateDialog")
        self.setWindowTitle(self.tr("Mark agreement signed"))
        if len(names) == 1:
            text = self.tr("The agreement of {pair} was signed on:").format(pair=names[0])
        else:
            text = self.tr("The agreements of {count} pairs were signed on:").format(
                count=len(names)
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.date = date_edit("signed_on", self)
        self.date.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("&Signed on:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons = buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark signed"))
        lay_out(self, intro, form, buttons, 380)

    def value(self) -> date:
        chosen: date = self.date.date().toPython()
        return chosen


def saved_template() -> IntroTemplate:
    settings = memory.app_settings()
    subject = settings.value(f"{TEMPLATE_KEY}/subject", "", str)
    body = settings.value(f"{TEMPLATE_KEY}/body", "", str)
    default = IntroTemplate()
    return IntroTemplate(subject or default.subject, body or default.body)


def save_template(template: IntroTemplate) -> None:
    settings = memory.app_settings()
    default = IntroTemplate()
    for part in ("subject", "body"):
        value = getattr(template, part)
        key = f"{TEMPLATE_KEY}/{part}"
        if value == getattr(default, part):
            settings.remove(key)  # a later PeerDesk's better wording reaches them
        else:
            settings.setValue(key, value)
    settings.sync()


@dataclass(frozen=True)
class IntroductionData:
    settings: ProgramSettings
    pair: PairInfo
    first: FirstMeeting | None


class IntroduceDialog(QDialog):
    """Edit the introduction's template, see the message, open it in the mail program."""

    def __init__(
        self, data: IntroductionData, template: IntroTemplate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("introduceDialog")
        self.data = data
        self.introduction: Introduction | None = None
        pair = data.pair
        self.setWindowTitle(
            self.tr("Introduce {mentor} and {mentee}").format(
                mentor=pair.mentor.name, mentee=pair.mentee.name
            )
        )

        self.subject = QLineEdit(template.subject, self)
        self.subject.setObjectName("intro_subject")
        self.subject_error = ErrorLabel("subject", self)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("intro_body")
        self.body.setPlainText(template.body)
        self.body.setTabChangesFocus(True)
        self.body_error = ErrorLabel("body", self)
        self.placeholders = QComboBox(self)
        self.placeholders.setObjectName("intro_placeholders")
        for name, description in PLACEHOLDERS.items():
            self.placeholders.addItem(
                labels.placeholder_description(name, description), "{" + name + "}"
            )
        insert = QPushButton(self.tr("Inser&t"), self)
        insert.setObjectName("intro_insert")
        insert.clicked.connect(self._insert)
        reset = QPushButton(self.tr("Standard &wording"), self)
        reset.setObjectName("intro_reset")
        reset.setToolTip(self.tr("Put back PeerDesk's standard subject and message"))
        reset.clicked.connect(self._reset)

        template_box = QGroupBox(self.tr("Template"), self)
        form = QVBoxLayout(template_box)
        subject_label = QLabel(self.tr("&Subject:"), template_box)
        subject_label.setBuddy(self.subject)
        form.addWidget(subject_label)
        form.addWidget(self.subject)
        form.addWidget(self.subject_error)
        body_label = QLabel(self.tr("&Message:"), template_box)
        body_label.setBuddy(self.body)
        form.addWidget(body_label)
        form.addWidget(self.body, 1)
        form.addWidget(self.body_error)
        row = QHBoxLayout()
        row.addWidget(self.placeholders, 1)
        row.addWidget(insert)
        row.addWidget(reset)
        form.addLayout(row)

        preview_box = QGroupBox(self.tr("What they will receive"), self)
        right = QVBoxLayout(preview_box)
        self.to = QLabel(preview_box)
        self.to.setObjectName("intro_to")
        self.to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.to.setWordWrap(True)
        self.preview_subject = QLabel(preview_box)
        self.preview_subject.setObjectName("intro_preview_subject")
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        font = self.preview_subject.font()
        font.setBold(True)
        self.preview_subject.setFont(font)
        self.preview = QPlainTextEdit(preview_box)
        self.preview.setObjectName("intro_preview")
        self.preview.setReadOnly(True)
        right.addWidget(self.to)
        right.addWidget(self.preview_subject)
        right.addWidget(self.preview, 1)
        right.addWidget(
            note(
                self.tr(
                    "Your mail program opens with this message, ready to read over and send "
                    "from your own address."
                ),
                preview_box,
            )
        )

        columns = QHBoxLayout()
        for box in (template_box, preview_box):
            # Equal halves, whatever the length of the text inside.
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            box.setMinimumWidth(340)
            columns.addWidget(box, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open in mail program"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("intro_open")
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 600)

        self.subject.textChanged.connect(self._update)
        self.body.textChanged.connect(self._update)
        self._update()

    def template(self) -> IntroTemplate:
        return IntroTemplate(self.subject.text(), self.body.toPlainText())

    def _insert(self) -> None:
        target = self.subject if self.subject.hasFocus() else self.body
        if target is self.subject:
            self.subject.insert(str(self.placeholders.currentData()))
        else:
            self.body.insertPlainText(str(self.placeholders.currentData()))
        target.setFocus()

    def _reset(self) -> None:
        default = IntroTemplate()
        self.subject.setText(default.subject)
        self.body.setPlainText(default.body)

    def _update(self) -> None:
        template = self.template()
        problems = template.problems()
        self.subject_error.show_message(problems.get("subject", ""))
        self.body_error.show_message(problems.get("body", ""))
        data = self.data
        self.introduction = None
        if problems:
            self.open_button.setEnabled(False)
            return
        try:
            intro = introduce(data.settings, data.pair, template, data.first)
        except NoEmailAddress as exc:
            self.to.setText(exc.message)
            self.open_button.setEnabled(False)
            return
        self.introduction = intro
        self.open_button.setEnabled(True)
        self.to.setText(self.tr("To: {addresses}").format(addresses=", ".join(intro.to)))
        self.preview_subject.setText(intro.subject)
        self.preview.setPlainText(intro.body)

    def accept(self) -> None:
        self._update()
        if self.introduction is not None:
            super().accept()
