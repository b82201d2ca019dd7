"""A mentoring program: its settings, templates, reads and changes, and the sample program.

:mod:`~peerdesk.program.settings`, :mod:`~peerdesk.program.templates` and
:mod:`~peerdesk.program.reads` need no SQLAlchemy (the window reads a program with
them while SQLAlchemy is still importing); :mod:`~peerdesk.program.programs` creates
and changes programs through the ORM; :mod:`~peerdesk.program.sample` builds the
sample program through the same calls a coordinator's clicks make. Keep this module
empty so importing one of the light modules stays light.
"""
