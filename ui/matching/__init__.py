"""The matching board: unmatched mentees, mentor cards, suggestions and their reasons.

:mod:`.board` is the screen; :mod:`.data` reads what it shows (on the worker);
:mod:`.mentee_list` and :mod:`.mentor_cards` are the two views with their
models; :mod:`.explain` shows why a pair scores what it does; :mod:`.commands`
carries out every action through :mod:`peerdesk.matching` and makes it
undoable; :mod:`.dnd` holds the drag-and-drop plumbing.
"""
