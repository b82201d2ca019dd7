"""Drag-and-drop of people between draft circles: what a drag carries, and where it runs.

Like :mod:`ui.matching.dnd`: a drag carries the person and the program it
belongs to, so a drop from another program or window is refused, and drags
start through :func:`execute`, which a test replaces with delivering the drag
events to the target's viewport (offscreen Qt cannot run ``QDrag.exec``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ui.qt import QByteArray, QDrag, QMimeData, Qt

PERSON_MIME = "application/x-peerdesk-circle-person"


@dataclass(frozen=True)
class Carried:
    program_id: int
    participant_id: int
    from_circle: int  # the draft circle's position on the board


def person_mime(program_id: int, participant_id: int, from_circle: int, name: str) -> QMimeData:
    mime = QMimeData()
    payload = {"program": program_id, "person": participant_id, "circle": from_circle}
    mime.setData(PERSON_MIME, QByteArray(json.dumps(payload).encode()))
    mime.setText(name)
    return mime


def read(mime: QMimeData | None, program_id: int | None) -> Carried | None:
    """What ``mime`` carries, if it is a person of this board's program; else None."""
    if mime is None or program_id is None or not mime.hasFormat(PERSON_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(PERSON_MIME).data()).decode())
        if payload.get("program") != program_id:
            return None
        return Carried(program_id, int(payload["person"]), int(payload["circle"]))
    except (ValueError, KeyError, TypeError):
        return None


def execute(drag: QDrag, actions: Qt.DropAction, default: Qt.DropAction) -> Qt.DropAction:
    """Run the drag (blocking until the drop); tests replace this function."""
    return drag.exec(actions, default)
