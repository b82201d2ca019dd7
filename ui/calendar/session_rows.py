"""How the calendar shows a group session beside the pair meetings: its kind's colour,
its words (title, who is invited, how many came) and whether a filter keeps it.

A session's colour is its kind's (Edit session kinds…), or :data:`SESSION_HUE` for a
kind without one; as text it is made readable on the palette in use, as meetings'
colours are. A cancelled session is struck through and says so in words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ui import palette_colors as pc
from ui.calendar.data import clock, short_date
from ui.qt import QApplication, QColor, QCoreApplication, QPalette

if TYPE_CHECKING:
    from peerdesk.calendar.reads import MeetingRow
    from peerdesk.groups.sessions import SessionRow

SESSION_HUE = QColor("#00796B")  # a kind with no colour of its own
SHOW_ALL, SHOW_MEETINGS, SHOW_SESSIONS = "all", "meetings", "sessions"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def is_session(row: object) -> bool:
    from peerdesk.groups.sessions import SessionRow

    return isinstance(row, SessionRow)


def hue(row: SessionRow) -> QColor:
    colour = QColor(row.colour) if row.colour else QColor()
    return colour if colour.isValid() else SESSION_HUE


def colour_of(
    row: SessionRow, palette: QPalette | None = None, background: QColor | None = None
) -> QColor:
    """The session's colour as text on ``background`` in ``palette`` (default: the app's)."""
    return pc.ink(palette or QApplication.palette(), hue(row), background)


def title(row: SessionRow, *, short: bool = False) -> str:
    """ "Workshop: CV clinic" (short: "CV clinic"; the month's cells are narrow)."""
    if short or not row.title or row.title.casefold() == row.kind_name.casefold():
        return row.label
    return tr("{kind}: {title}").format(kind=row.kind_name, title=row.title)


def status_word(row: SessionRow, now: datetime | None = None) -> str:
    """ "Cancelled", "Scheduled", "9 of 12 attended" or "Attendance not taken"."""
    if row.cancelled:
        return tr("Cancelled")
    if row.starts_at > (now or datetime.now(UTC)):
        return tr("Scheduled")
    marked = row.attended + row.excused + row.absent
    if marked == 0:
        return tr("Attendance not taken")
    return tr("{attended} of {invited} attended").format(attended=row.attended, invited=row.invited)


def invited_words(row: SessionRow) -> str:
    if row.capacity:
        return tr("{n} invited, {places} places").format(n=row.invited, places=row.capacity)
    return tr("1 invited") if row.invited == 1 else tr("{n} invited").format(n=row.invited)


def tooltip(row: SessionRow) -> str:
    lines = [f"{short_date(row.local_start.date())} {clock(row)} — {title(row)}"]
    lines.append(f"{status_word(row)} · {invited_words(row)}")
    if row.place or row.link:
        lines.append(tr("Where: {place}").format(place=row.place or row.link))
    lines.append(tr("Double-click for attendance; right-click for more."))
    return "\n".join(lines)


def shown(
    row: MeetingRow | SessionRow,
    what: str,
    people: frozenset[int] | None,
    invited: Mapping[int, frozenset[int]],
) -> bool:
    """Does the "Show:" choice keep ``row``; for a session, is one of ``people``
    (the person or pair filtered by; None: no filter) among its ``invited`` person ids?"""
    session = is_session(row)
    if what == SHOW_MEETINGS and session:
        return False
    if what == SHOW_SESSIONS and not session:
        return False
    return people is None or not session or bool(people & invited.get(row.id, frozenset()))


def in_time_order(
    meetings: Iterable[MeetingRow], sessions: Iterable[SessionRow]
) -> list[MeetingRow | SessionRow]:
    """Meetings and sessions together, by when they start (sessions first at a tie)."""
    both: list[MeetingRow | SessionRow] = [*sessions, *meetings]
    return sorted(both, key=lambda r: (r.starts_at, 0 if is_session(r) else 1, r.id))
