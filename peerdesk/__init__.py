"""PeerDesk core: the program file, its data and the rules that act on it.

Nothing in this package imports Qt, so the command line, the tests and the
desktop front end all share one implementation of every action.
"""

__version__ = "0.1.0"
