"""Who else is working on the program now, in the status bar (issue 18, part 5).

A people icon and a label left of the database's name, "Also here: sam, lee",
each one's name (and database user, when it differs) in the tooltip, so
coordinators can avoid stepping on each other. The names come from
:mod:`peerdesk.storage.presence`, read by the window's listener
(:mod:`ui.server.live`); this module only shows them. Nothing shows on a file,
or while nobody else is here. While the server cannot be reached, it says that
others' changes do not show up for now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui import icons
from ui.qt import QFrame, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from peerdesk.storage.presence import Seat

#: Names shown in the label itself; the tooltip lists everyone.
SHOWN = 3
ICON_PX = 16


class Presence(QWidget):
    """The status bar's note of who else is here: an icon, a label, a line after them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presence")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(4)
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setObjectName("presenceLabel")
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(self.icon)
        row.addWidget(self.label)
        row.addSpacing(6)
        row.addWidget(line)
        self.names: list[str] = []  # as shown, in order
        self.setVisible(False)

    def _show(self, icon: str, text: str, tip: str) -> None:
        self.icon.setPixmap(icons.pixmap(icon, ICON_PX))
        self.label.setText(text)
        self.setToolTip(tip)
        self.label.setToolTip(tip)
        self.setVisible(True)

    def show_seats(self, seats: list[Seat], me: str) -> None:
        """Show who else has the program open (``me``: the name this window works under)."""
        self.names = [
            self.tr("{name} (you, in another window)").format(name=seat.actor)
            if seat.actor == me
            else seat.actor
            for seat in seats
        ]
        if not seats:
            self.clear_seats()
            return
        shown = ", ".join(self.names[:SHOWN])
        if len(seats) > SHOWN:
            text = self.tr("Also here: {names} and {n} more").format(
                names=shown, n=len(seats) - SHOWN
            )
        else:
            text = self.tr("Also here: {names}").format(names=shown)
        lines = [self.tr("Also working on this program now:")]
        for seat, name in zip(seats, self.names, strict=True):
            if seat.user and seat.user != seat.actor:
                name = self.tr("{name} (database user {user})").format(name=name, user=seat.user)
            lines.append(f"• {name}")
        self._show("people", text, "\n".join(lines))

    def show_lost(self) -> None:
        """The server cannot be reached: others' changes are not shown for now."""
        self.names = []
        tip = self.tr(
            "The connection to the shared database was lost. PeerDesk keeps trying; "
            "once it is back, every screen is read again."
        )
        self._show("warning", self.tr("Not hearing others' changes"), tip)

    def clear_seats(self) -> None:
        self.names = []
        self.label.setText("")
        self.setToolTip("")
        self.label.setToolTip("")
        self.setVisible(False)
