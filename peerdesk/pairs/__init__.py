"""A pair's life once it is matched: its goals, and how it ends.

:mod:`.goals` keeps what a pair set out to do and how far they got;
:mod:`.closing` ends a pair well (completed or ended early, with a reason),
closes a whole cycle and counts mentors' hours. The ending itself is
:func:`peerdesk.matching.apply.end_pair`, shared with the board. Importing
this package loads neither module.
"""
