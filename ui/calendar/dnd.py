"""Dragging a meeting to another day: what the drag carries, and where it is executed.

A drag carries one meeting (from the month grid or the agenda) with the
program it belongs to, so a drop from another program or window is refused.

``QDrag.exec()`` returns at once without dropping under the offscreen
platform, so the views start their drags through :func:`execute`, which a
test replaces with delivering the drag events to the month view's viewport
(STYLE.md "Drag-and-drop offscreen").
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ui.qt import QByteArray, QDrag, QMimeData, Qt

MEETING_MIME = "application/x-peerdesk-meeting"


@dataclass(frozen=True)
class Carried:
    program_id: int
    meeting_id: int


def meeting_mime(program_id: int, meeting_id: int, text: str) -> QMimeData:
    mime = QMimeData()
    payload = {"program": program_id, "meeting": meeting_id}
    mime.setData(MEETING_MIME, QByteArray(json.dumps(payload).encode()))
    mime.setText(text)
    return mime


def read(mime: QMimeData | None, program_id: int | None) -> Carried | None:
    """The meeting ``mime`` carries, if it is one of this program's; else None."""
    if mime is None or program_id is None or not mime.hasFormat(MEETING_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(MEETING_MIME).data()).decode())
        if payload.get("program") != program_id:
            return None
        return Carried(program_id, int(payload["meeting"]))
    except (ValueError, KeyError, TypeError):
        return None


def execute(drag: QDrag, actions: Qt.DropAction, default: Qt.DropAction) -> Qt.DropAction:
    """Run the drag (blocking until the drop); tests replace this function."""
    return drag.exec(actions, default)
