"""How often pairs meet, for how long and how, and how often staff check in."""

from __future__ import annotations

from peerdesk.enums import Cadence, CheckinCadence, MeetingFormat
from peerdesk.program.settings import ProgramSettings
from ui import labels
from ui.qt import QButtonGroup, QHBoxLayout, QRadioButton, QWidget
from ui.wizard.common import SettingsForm, enum_combo, select, spin


class MeetingsForm(SettingsForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cadence = enum_combo("meeting_cadence", labels.cadences(), self)
        self.length = spin("meeting_length_minutes", 15, 480, self.tr(" minutes"), self)
        self.length.setSingleStep(15)
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[MeetingFormat, QRadioButton] = {}
        format_row = QHBoxLayout()
        for value, text in labels.meeting_formats().items():
            button = QRadioButton(text, self)
            button.setObjectName(f"meeting_format_{value.value}")
            self.formats.addButton(button)
            self.format_buttons[value] = button
            format_row.addWidget(button)
        format_row.addStretch(1)
        self.checkin = enum_combo("checkin_cadence", labels.checkin_cadences(), self)
        self.quiet_weeks = spin("attention_no_meeting_weeks", 1, 52, self.tr(" weeks"), self)
        self.missed = spin("attention_missed_in_row", 1, 10, self.tr(" missed meetings"), self)

        form = self._main_form()
        self._row(form, self.tr("Pairs &meet:"), self.cadence)
        length_error = self._error("meeting_length_minutes", self.length)
        self._row(form, self.tr("A meeting &lasts:"), self.length, error=length_error)
        first_format = self.format_buttons[MeetingFormat.IN_PERSON]
        self._row(form, self.tr("F&ormat:"), format_row, buddy=first_format)
        self._row(form, self.tr("S&taff check in with pairs:"), self.checkin)
        self._row(form, self.tr("Flag a pair with no meeting &in:"), self.quiet_weeks)
        self._row(form, self.tr("…or &after a row of:"), self.missed)

        self.cadence.currentIndexChanged.connect(self._edited)
        self.length.valueChanged.connect(self._edited)
        self.formats.buttonToggled.connect(self._edited)
        self.checkin.currentIndexChanged.connect(self._edited)
        self.quiet_weeks.valueChanged.connect(self._edited)
        self.missed.valueChanged.connect(self._edited)

    def title(self) -> str:
        return self.tr("Meetings")

    def subtitle(self) -> str:
        return self.tr(
            "How often pairs meet and for how long. Pairs can agree on other times; "
            "this is what the agreement and the calendar suggest."
        )

    def _load(self, settings: ProgramSettings) -> None:
        select(self.cadence, settings.meeting_cadence)
        self.length.setValue(settings.meeting_length_minutes)
        self.format_buttons[settings.meeting_format].setChecked(True)
        select(self.checkin, settings.checkin_cadence)
        self.quiet_weeks.setValue(settings.attention_no_meeting_weeks)
        self.missed.setValue(settings.attention_missed_in_row)

    def store(self, settings: ProgramSettings) -> None:
        settings.meeting_cadence = Cadence(self.cadence.currentData())
        settings.meeting_length_minutes = self.length.value()
        settings.meeting_format = next(
            (v for v, b in self.format_buttons.items() if b.isChecked()), MeetingFormat.EITHER
        )
        settings.checkin_cadence = CheckinCadence(self.checkin.currentData())
        settings.attention_no_meeting_weeks = self.quiet_weeks.value()
        settings.attention_missed_in_row = self.missed.value()
