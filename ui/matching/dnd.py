"""Drag-and-drop on the board: what a drag carries, and where the drag is executed.

A drag carries a mentee (from the list) or a chip (a pair, or a suggestion,
from a mentor card), with the program it belongs to, so a drop from another
program or another window is refused.

``QDrag.exec()`` returns at once without dropping under the offscreen
platform, so both views start their drags through :func:`execute`, which a
test replaces with delivering the drag events to the target's viewport
(STYLE.md "Drag-and-drop offscreen").
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ui.qt import QByteArray, QDrag, QMimeData, Qt

MENTEE_MIME = "application/x-peerdesk-mentee"
CHIP_MIME = "application/x-peerdesk-chip"

ChipKey = tuple[str, int]  # ("pair", pair id) or ("suggestion", mentee id)
PAIR = "pair"
SUGGESTION = "suggestion"


@dataclass(frozen=True)
class Carried:
    """What a drag carries: a mentee from the list, or a chip from a card."""

    program_id: int
    mentee_id: int | None = None
    chip: ChipKey | None = None
    from_mentor: int | None = None


def mentee_mime(program_id: int, mentee_id: int, name: str) -> QMimeData:
    mime = QMimeData()
    payload = {"program": program_id, "mentee": mentee_id}
    mime.setData(MENTEE_MIME, QByteArray(json.dumps(payload).encode()))
    mime.setText(name)
    return mime


def chip_mime(program_id: int, chip: ChipKey, mentor_id: int, name: str) -> QMimeData:
    mime = QMimeData()
    payload = {"program": program_id, "chip": [chip[0], chip[1]], "mentor": mentor_id}
    mime.setData(CHIP_MIME, QByteArray(json.dumps(payload).encode()))
    mime.setText(name)
    return mime


def read(mime: QMimeData | None, program_id: int | None) -> Carried | None:
    """What ``mime`` carries, if it is a drag of this board's program; else None."""
    if mime is None or program_id is None:
        return None
    for fmt in (MENTEE_MIME, CHIP_MIME):
        if not mime.hasFormat(fmt):
            continue
        try:
            payload = json.loads(bytes(mime.data(fmt).data()).decode())
            if payload.get("program") != program_id:
                return None
            if fmt == MENTEE_MIME:
                return Carried(program_id, mentee_id=int(payload["mentee"]))
            kind, ident = payload["chip"]
            if kind not in (PAIR, SUGGESTION):
                return None
            return Carried(program_id, chip=(str(kind), int(ident)), from_mentor=payload["mentor"])
        except (ValueError, KeyError, TypeError):
            return None
    return None


def execute(drag: QDrag, actions: Qt.DropAction, default: Qt.DropAction) -> Qt.DropAction:
    """Run the drag (blocking until the drop); tests replace this function."""
    return drag.exec(actions, default)
