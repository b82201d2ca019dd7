"""The meeting calendar: schedules, logs, staff check-ins, the attention list, .ics files.

- :mod:`~peerdesk.calendar.series` schedules series and one-off meetings, moves and edits them;
- :mod:`~peerdesk.calendar.planning` plans meetings for many pairs so that nobody is in two
  at once (with :mod:`~peerdesk.calendar.availability` reading when people said they are free),
  and saves the plan;
- :mod:`~peerdesk.calendar.pair_meetings` cancels or holds a pair's meetings when it ends or
  pauses, and brings them back when it resumes;
- :mod:`~peerdesk.calendar.meeting_log` records what happened;
- :mod:`~peerdesk.calendar.checkins` schedules staff check-ins on the program's cadence;
- :mod:`~peerdesk.calendar.conflicts` finds people in two meetings at once;
- :mod:`~peerdesk.calendar.attention` lists the pairs that need a look;
- :mod:`~peerdesk.calendar.ics` writes calendar files;
- :mod:`~peerdesk.calendar.reads` reads the calendar for the screen and the command line;
- :mod:`~peerdesk.calendar.changes` undoes and redoes any of the writes;
- :mod:`~peerdesk.calendar.zones` knows the local time zone by name.
"""

from __future__ import annotations

from peerdesk.calendar.attention import AttentionItem, AttentionKind, attention_items
from peerdesk.calendar.changes import CalendarChanges, ChangedSince, redo, undo
from peerdesk.calendar.checkins import schedule_checkins
from peerdesk.calendar.conflicts import Conflict, find_conflicts
from peerdesk.calendar.ics import IcsExport, calendar_bytes, export_ics
from peerdesk.calendar.meeting_log import LogEntry, log_meeting, log_meetings
from peerdesk.calendar.planning import (
    PersonClashes,
    PlannedPair,
    SchedulePlan,
    ScheduleRequest,
    plan_meetings,
    save_plan,
    schedule_pairs,
)
from peerdesk.calendar.reads import (
    MeetingRow,
    PairChoice,
    PersonChoice,
    get_meeting,
    meetings_between,
    pair_choices,
    person_choices,
    todays_meetings,
)
from peerdesk.calendar.series import (
    CADENCES,
    MeetingEdit,
    Scope,
    SeriesPlan,
    delete_meeting,
    edit_meeting,
    move_meeting,
    occurrence_dates,
    schedule_meeting,
    schedule_series,
)
from peerdesk.output_files import OutputExists

__all__ = [
    "CADENCES",
    "AttentionItem",
    "AttentionKind",
    "CalendarChanges",
    "ChangedSince",
    "Conflict",
    "IcsExport",
    "LogEntry",
    "MeetingEdit",
    "MeetingRow",
    "OutputExists",
    "PairChoice",
    "PersonChoice",
    "PersonClashes",
    "PlannedPair",
    "SchedulePlan",
    "ScheduleRequest",
    "Scope",
    "SeriesPlan",
    "attention_items",
    "calendar_bytes",
    "delete_meeting",
    "edit_meeting",
    "export_ics",
    "find_conflicts",
    "get_meeting",
    "log_meeting",
    "log_meetings",
    "meetings_between",
    "move_meeting",
    "occurrence_dates",
    "pair_choices",
    "person_choices",
    "plan_meetings",
    "redo",
    "save_plan",
    "schedule_checkins",
    "schedule_meeting",
    "schedule_pairs",
    "schedule_series",
    "todays_meetings",
    "undo",
]
