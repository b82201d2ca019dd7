"""Group sessions and circles (issue 22): what a program holds for many people at once.

- :mod:`~peerdesk.groups.kinds` — the program's kinds of session (training, workshop...);
- :mod:`~peerdesk.groups.sessions` — sessions and series: create, edit, cancel, delete,
  who is invited, undo, and reading them for the calendar, the lists and the dashboard;
- :mod:`~peerdesk.groups.attendance` — who came (and the readiness steps it records);
- :mod:`~peerdesk.groups.circles` — circles of mentors, or of mentors and mentees.

The calendar files (:mod:`peerdesk.calendar.ics`) hold sessions beside pair meetings.
"""
