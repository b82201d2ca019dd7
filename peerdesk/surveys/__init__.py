"""Check-ins and assessments: the program's questions and people's answers.

- :mod:`~peerdesk.surveys.questions` holds each program's questions (a default set per
  template, created when a program has none) and edits them;
- :mod:`~peerdesk.surveys.responses` records a response typed in by hand and imports a
  forms export (.xlsx/.csv), matched to people by email.
"""

from __future__ import annotations
