"""A session saved by someone else while its dialog was open: both versions side by side.

As a meeting's dialog does (:mod:`ui.calendar.meeting_dialog`), the session dialog
catches the core's :class:`~peerdesk.conflicts.EditConflict`, shows their version
and the form's field by field (:mod:`ui.conflict_dialog`), and saves the values
chosen over theirs — or keeps theirs and closes. Nothing of the first save was
written.
"""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import Any

from peerdesk.conflicts import EditConflict
from ui import conflict_dialog
from ui.calendar.data import long_date, qdate
from ui.calendar.session_choices import invite_labels
from ui.qt import QTime


class SessionConflicts:
    """Mixed into :class:`ui.calendar.session_dialog.SessionDialog` (before its
    :class:`~ui.calendar.dialog_parts.ConflictDialog`), whose form fields it reads and sets."""

    row: Any
    choices: Any

    def conflict_record(self) -> str:
        return self.tr("This session")

    def can_resolve(self) -> bool:
        return self.row is not None  # a new session has no other version

    def field_names(self) -> dict[str, str]:
        return {
            "kind": self.tr("Kind"),
            "title": self.tr("Title"),
            "date": self.tr("Date"),
            "time": self.tr("Time"),
            "length_minutes": self.tr("Length (minutes)"),
            "place": self.tr("Place"),
            "link": self.tr("Video link"),
            "capacity": self.tr("Capacity"),
            "invite": self.tr("Invite"),
            "circle_id": self.tr("Circle"),
            "people": self.tr("People picked by hand"),
            "completes_step_id": self.tr("Attending completes"),
            "notes": self.tr("Notes"),
        }

    def _show_value(self, name: str, value: Any) -> str:
        if value is None and name in ("capacity", "completes_step_id", "circle_id"):
            return {"capacity": self.tr("No limit"), "completes_step_id": self.tr("No step")}.get(
                name, "—"
            )
        if name == "kind":
            return next((k.name for k in self.choices.kinds if k.key == value), str(value))
        if name == "date":
            return long_date(value)
        if name == "invite":
            return invite_labels().get(str(value), str(value)).rstrip(":")
        if name == "circle_id":
            return next((c.name for c in self.choices.circles if c.id == value), str(value))
        if name == "completes_step_id":
            return next((st.name for st in self.choices.steps if st.id == value), str(value))
        if name == "people":
            names = {p.participant_id: p.full_name for p in self.choices.people}
            return ", ".join(names.get(i, str(i)) for i in value) if value else "—"
        return conflict_dialog.plain(value)

    def shown_fields(self) -> dict[str, Any]:
        """The session as the dialog showed it, field by field as the core names them."""
        row = self.row
        assert row is not None
        local = row.local_start
        return {
            "kind": row.kind,
            "title": row.title,
            "date": local.date(),
            "time": local.strftime("%H:%M"),
            "length_minutes": row.length_minutes,
            "place": row.place,
            "link": row.link,
            "capacity": row.capacity,
            "invite": row.invite,
            "circle_id": row.circle_id,
            "people": sorted(self.choices.invited) if row.invite == "people" else [],
            "completes_step_id": row.completes_step_id,
            "notes": row.notes,
        }

    def form_fields(self) -> dict[str, Any]:
        """What the form holds now, named as :meth:`shown_fields` names them."""
        plan = self.plan()
        return {
            "kind": plan.kind,
            "title": plan.title,
            "date": plan.day,
            "time": plan.local_time.strftime("%H:%M"),
            "length_minutes": plan.length_minutes,
            "place": plan.place,
            "link": plan.link,
            "capacity": plan.capacity,
            "invite": plan.invite,
            "circle_id": plan.circle_id,
            "people": sorted(plan.people),
            "completes_step_id": plan.completes_step_id,
            "notes": plan.notes,
        }

    def _save_again(self, conflict: EditConflict, values: dict[str, Any]) -> None:
        """Take their version as the one shown, put the chosen values in the form, save."""
        from peerdesk.calendar import zones

        row = self.row
        assert row is not None
        theirs = conflict.theirs
        starts_at = zones.to_utc(theirs["date"], time.fromisoformat(theirs["time"]), row.timezone)
        self.row = dataclasses.replace(
            row,
            kind=theirs["kind"],
            title=theirs["title"],
            starts_at=starts_at,
            length_minutes=theirs["length_minutes"],
            place=theirs["place"],
            link=theirs["link"],
            capacity=theirs["capacity"],
            invite=theirs["invite"],
            circle_id=theirs["circle_id"],
            completes_step_id=theirs["completes_step_id"],
            notes=theirs["notes"],
            version=conflict.version[0],
        )
        if theirs["invite"] == "people":
            self.choices = dataclasses.replace(self.choices, invited=tuple(theirs["people"]))
        self._set_form(values)
        self.accept()

    def _set_form(self, values: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(values["kind"]), 0))
        self.title.setText(values["title"])
        self.date.setDate(qdate(values["date"]))
        chosen = time.fromisoformat(values["time"])
        self.time.setTime(QTime(chosen.hour, chosen.minute))
        self.length.setValue(values["length_minutes"])
        self.place.setText(values["place"])
        self.link.setText(values["link"])
        self.capacity.setValue(values["capacity"] or 0)
        self.invite_buttons[values["invite"]].setChecked(True)
        if values["circle_id"] is not None and self.circle.findData(values["circle_id"]) >= 0:
            self.circle.setCurrentIndex(self.circle.findData(values["circle_id"]))
        if values["invite"] == "people":
            self.picker.set_chosen(values["people"])
            self.invite_buttons["people"].setChecked(True)
        step = values["completes_step_id"]
        self.completes.setChecked(step is not None)
        if step is not None and self.step.findData(step) >= 0:
            self.step.setCurrentIndex(self.step.findData(step))
        self.notes.setPlainText(values["notes"])
