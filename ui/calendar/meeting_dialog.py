"""Opening a meeting: log what happened, or change its date, time, length or place.

**Log**: held (with how long it actually lasted), cancelled or no-show, notes
and topics. **Date and place**: a new date or time moves just this meeting;
for a meeting of a series the dialog asks whether the change is for this
meeting only or for it and all following. **Remove from calendar** takes it
(or it and the rest of its series) off the calendar, after a confirmation.

The dialog saves through the worker and closes only when the save worked;
otherwise the reason shows inline, under the fields. A save that someone else's
came before (another coordinator changed the meeting while it was open) shows
both versions side by side (:mod:`ui.conflict_dialog`).
"""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import TYPE_CHECKING, Any

from peerdesk.conflicts import EditConflict
from peerdesk.enums import MeetingKind, MeetingStatus
from ui import conflict_dialog, messages
from ui.calendar.commands import Steps
from ui.calendar.data import clock, long_date, pydate, qdate, role_word, status_labels, title
from ui.calendar.dialog_parts import (
    ConflictDialog,
    day_edit,
    error_label,
    minutes_spin,
    time_edit,
    undo_on_failure,
)
from ui.qt import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTime,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from peerdesk.calendar.changes import CalendarChanges
    from peerdesk.calendar.reads import MeetingRow
    from peerdesk.calendar.series import MeetingEdit, Scope
    from peerdesk.database import Database
    from ui.main_window import MainWindow


class MeetingDialog(ConflictDialog):
    def __init__(self, window: MainWindow, row: MeetingRow, parent: QWidget | None = None) -> None:
        super().__init__(window, parent)
        self.row = row
        self.setObjectName("meeting_dialog")
        checkin = row.kind == MeetingKind.STAFF_CHECKIN
        self.setWindowTitle(self.tr("Staff check-in") if checkin else self.tr("Meeting"))
        self.setModal(True)
        self.setMinimumWidth(480)

        self.heading = QLabel(self._heading(), self)
        self.heading.setObjectName("meeting_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.when = QLabel(self._when(), self)
        self.when.setObjectName("meeting_when")
        self.when.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._log_tab(), self.tr("Log"))
        self.tabs.addTab(self._details_tab(), self.tr("Date and place"))

        self.error = error_label(self, "meeting_error")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.when)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._status_changed()

    # -- building ------------------------------------------------------------------

    def _heading(self) -> str:
        if self.row.kind == MeetingKind.STAFF_CHECKIN:
            role = role_word(self.row)
            name = f"{self.row.checkin_name} ({role})" if role else self.row.checkin_name
            return self.tr("Staff check-in with {name}").format(name=name)
        return self.tr("Mentoring: {pair}").format(pair=title(self.row))

    def _when(self) -> str:
        row = self.row
        text = self.tr("{date} at {time}, {n} minutes").format(
            date=long_date(row.local_date), time=clock(row), n=row.length_minutes
        )
        where = row.place or row.link
        if where:
            text += f" · {where}"
        if row.moved:
            text += " · " + self.tr("moved from its usual day or time")
        return text

    def _log_tab(self) -> QWidget:
        page = QWidget(self)
        labels = status_labels()
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[MeetingStatus, QRadioButton] = {}
        row = QHBoxLayout()
        for status in (
            MeetingStatus.HELD,
            MeetingStatus.CANCELLED,
            MeetingStatus.NO_SHOW,
            MeetingStatus.SCHEDULED,
        ):
            button = QRadioButton(labels[status], page)
            button.setObjectName(f"status_{status.value}")
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        self.status_buttons[self.row.status].setChecked(True)
        self.status_group.buttonToggled.connect(lambda *_args: self._status_changed())

        self.minutes = minutes_spin(
            self.row.actual_minutes or self.row.length_minutes,
            "actual_minutes",
            page,
            low=1,
            step=1,
        )
        self.topics = QLineEdit(self.row.topics, page)
        self.topics.setObjectName("topics")
        self.topics.setPlaceholderText(self.tr("e.g. career goals, a hard conversation"))
        self.notes = QPlainTextEdit(self.row.notes, page)
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("What was discussed, what was agreed"))
        self.notes.setTabChangesFocus(True)

        form = QFormLayout(page)
        form.addRow(self.tr("What happened:"), row)
        form.addRow(self.tr("How long:"), self.minutes)
        form.addRow(self.tr("Topics:"), self.topics)
        form.addRow(self.tr("Notes:"), self.notes)
        return page

    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        local = self.row.local_start
        self.date = day_edit(self.row.local_date, "meeting_date", page)
        self.time = time_edit(local.time(), "meeting_time", page)
        self.length = minutes_spin(self.row.length_minutes, "meeting_length", page)
        self.place = QLineEdit(self.row.place, page)
        self.place.setObjectName("meeting_place")
        self.link = QLineEdit(self.row.link, page)
        self.link.setObjectName("meeting_link")
        self.link.setPlaceholderText("https://")

        self.only_this = QRadioButton(self.tr("Only this meeting"), page)
        self.only_this.setObjectName("scope_this")
        self.following = QRadioButton(self.tr("This and all following meetings"), page)
        self.following.setObjectName("scope_following")
        self.only_this.setChecked(True)
        scope = QVBoxLayout()
        scope.addWidget(self.only_this)
        scope.addWidget(self.following)
        self.in_series = self.row.series_id is not None

        self.remove = QPushButton(self.tr("Remove from calendar…"), page)
        self.remove.setObjectName("remove_meeting")
        self.remove.clicked.connect(self.ask_remove)

        form = QFormLayout(page)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Time:"), self.time)
        form.addRow(self.tr("Length:"), self.length)
        if self.row.kind == MeetingKind.PAIR:
            form.addRow(self.tr("Place:"), self.place)
            form.addRow(self.tr("Video link:"), self.link)
        if self.in_series:
            form.addRow(self.tr("Change:"), scope)
        form.addRow("", self.remove)
        return page

    def _status_changed(self) -> None:
        self.minutes.setEnabled(self.status_buttons[MeetingStatus.HELD].isChecked())

    # -- saving ----------------------------------------------------------------------

    def chosen_status(self) -> MeetingStatus:
        for status, button in self.status_buttons.items():
            if button.isChecked():
                return status
        return self.row.status

    def _log_changed(self) -> bool:
        row = self.row
        status = self.chosen_status()
        minutes = self.minutes.value() if status == MeetingStatus.HELD else None
        before = row.actual_minutes if row.status == MeetingStatus.HELD else None
        return (
            status != row.status
            or (status == MeetingStatus.HELD and minutes != before)
            or self.notes.toPlainText().strip() != row.notes
            or self.topics.text().strip() != row.topics
        )

    def _edit(self) -> MeetingEdit | None:
        from peerdesk.calendar.series import MeetingEdit

        row = self.row
        day = pydate(self.date.date())
        chosen = self.time.time()
        at = time(chosen.hour(), chosen.minute())
        local = row.local_start
        edit = MeetingEdit(
            day=day if day != row.local_date else None,
            local_time=at if at != time(local.hour, local.minute) else None,
            length_minutes=self.length.value()
            if self.length.value() != row.length_minutes
            else None,
            place=self.place.text().strip() if self.place.text().strip() != row.place else None,
            link=self.link.text().strip() if self.link.text().strip() != row.link else None,
        )
        return None if edit == MeetingEdit() else edit

    def scope(self) -> Scope:
        from peerdesk.calendar.series import Scope

        return Scope.FOLLOWING if self.in_series and self.following.isChecked() else Scope.THIS

    def accept(self) -> None:
        from peerdesk.calendar.meeting_log import log_meeting
        from peerdesk.calendar.series import edit_meeting

        edit = self._edit()
        log_changed = self._log_changed()
        if edit is None and not log_changed:
            super().accept()
            return
        meeting_id = self.row.id
        status = self.chosen_status()
        minutes = self.minutes.value() if status == MeetingStatus.HELD else None
        notes, topics = self.notes.toPlainText(), self.topics.text()
        scope = self.scope()
        edit_text = self.tr("Change meeting")
        log_text = self.tr("Log meeting")
        shown = (self.row.version,)  # saved against: another's save since is a conflict

        def work(db: Database) -> Steps:
            made: list[tuple[str, CalendarChanges]] = []
            expected: tuple[int, ...] | None = shown
            try:
                if edit is not None:
                    changes = edit_meeting(
                        db, meeting_id, edit, scope=scope, expected_version=expected
                    )
                    made.append((edit_text, changes))
                    after = changes.meetings_after.get(meeting_id)
                    expected = None if after is None else (after["version"],)
                if log_changed:
                    made.append(
                        (
                            log_text,
                            log_meeting(
                                db, meeting_id, status, actual_minutes=minutes, notes=notes,
                                topics=topics, expected_version=expected,
                            ),
                        )
                    )  # fmt: skip
            except BaseException:
                undo_on_failure(db, made)
                raise
            return made

        self.save_changes(work, self.tr("Saving…"), self.buttons)

    # -- removing ----------------------------------------------------------------------

    def ask_remove(self) -> None:
        following = self.in_series and self.following.isChecked()
        text = (
            self.tr("Remove this meeting and all following meetings of the series?")
            if following
            else self.tr("Remove this meeting from the calendar?")
        )
        messages.confirm(
            self,
            self.tr("Remove from calendar"),
            text,
            self.tr("Remove"),
            self.remove_now,
            details=self.tr("Meetings already logged stay, as part of the pair's history."),
        )

    def remove_now(self) -> None:
        from peerdesk.calendar.series import delete_meeting

        meeting_id, scope = self.row.id, self.scope()
        text = self.tr("Remove meeting")

        def work(db: Database) -> Steps:
            return [(text, delete_meeting(db, meeting_id, scope=scope))]

        self.save_changes(work, self.tr("Saving…"), self.buttons)

    # -- someone else saved the meeting meanwhile ----------------------------------------

    def conflict_record(self) -> str:
        return self.tr("This meeting")

    def field_names(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"),
            "time": self.tr("Time"),
            "length_minutes": self.tr("Length (minutes)"),
            "place": self.tr("Place"),
            "link": self.tr("Video link"),
            "status": self.tr("What happened"),
            "actual_minutes": self.tr("How long (minutes)"),
            "topics": self.tr("Topics"),
            "notes": self.tr("Notes"),
        }

    def _show_value(self, name: str, value: Any) -> str:
        if name == "status" and value is not None:
            return status_labels().get(value, str(value))
        if name == "date" and value is not None:
            return long_date(value)
        return conflict_dialog.plain(value)

    def shown_fields(self) -> dict[str, Any]:
        """The meeting as the dialog showed it when it opened (or after a conflict)."""
        row = self.row
        return {
            "date": row.local_date,
            "time": row.local_start.strftime("%H:%M"),
            "length_minutes": row.length_minutes,
            "place": row.place,
            "link": row.link,
            "status": row.status,
            "actual_minutes": row.actual_minutes,
            "notes": row.notes,
            "topics": row.topics,
        }

    def form_fields(self) -> dict[str, Any]:
        """What the form holds now, field by field as :func:`shown_fields` names them."""
        status = self.chosen_status()
        chosen = self.time.time()
        return {
            "date": pydate(self.date.date()),
            "time": f"{chosen.hour():02d}:{chosen.minute():02d}",
            "length_minutes": self.length.value(),
            "place": self.place.text().strip(),
            "link": self.link.text().strip(),
            "status": status,
            "actual_minutes": self.minutes.value() if status == MeetingStatus.HELD else None,
            "notes": self.notes.toPlainText().strip(),
            "topics": self.topics.text().strip(),
        }

    def _save_again(self, conflict: EditConflict, values: dict[str, Any]) -> None:
        """Save the chosen values over the meeting as it is stored now."""
        from peerdesk.calendar import zones

        theirs = conflict.theirs
        at = time.fromisoformat(theirs["time"])
        starts_at = zones.to_utc(theirs["date"], at, self.row.timezone)
        self.row = dataclasses.replace(
            self.row,
            starts_at=starts_at,
            local_start=zones.to_local(starts_at, self.row.timezone),
            length_minutes=theirs["length_minutes"],
            place=theirs["place"],
            link=theirs["link"],
            status=theirs["status"],
            actual_minutes=theirs["actual_minutes"],
            notes=theirs["notes"],
            topics=theirs["topics"],
            version=conflict.version[0],
        )
        self.date.setDate(qdate(values["date"]))
        chosen = time.fromisoformat(values["time"])
        self.time.setTime(QTime(chosen.hour, chosen.minute))
        self.length.setValue(values["length_minutes"])
        self.place.setText(values["place"])
        self.link.setText(values["link"])
        self.status_buttons[values["status"]].setChecked(True)
        if values["actual_minutes"] is not None:
            self.minutes.setValue(values["actual_minutes"])
        self.notes.setPlainText(values["notes"])
        self.topics.setText(values["topics"])
        self.accept()
