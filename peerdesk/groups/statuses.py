"""The words a group session and its attendance rows are stored with, in one place.

Nothing heavy is imported here, so that any module — the calendar's attention list,
the exports, the front end — can name these statuses without importing
:mod:`peerdesk.groups.sessions` or :mod:`peerdesk.groups.attendance` (and without an
import cycle). The words are stored in the file as they are: never translate them; the
front end words them for people.
"""

from __future__ import annotations

from typing import Final

# A session's status (group_session.status).
SCHEDULED: Final = "scheduled"
CANCELLED: Final = "cancelled"
SESSION_STATUSES: Final = (SCHEDULED, CANCELLED)

# A person's mark at a session (session_attendance.status); "invited" is not marked yet.
INVITED: Final = "invited"
ATTENDED: Final = "attended"
EXCUSED: Final = "excused"
ABSENT: Final = "absent"
STATUSES: Final = (INVITED, ATTENDED, EXCUSED, ABSENT)
MARKS: Final = (ATTENDED, EXCUSED, ABSENT)  # what a coordinator marks

__all__ = [
    "ABSENT",
    "ATTENDED",
    "CANCELLED",
    "EXCUSED",
    "INVITED",
    "MARKS",
    "SCHEDULED",
    "SESSION_STATUSES",
    "STATUSES",
]
