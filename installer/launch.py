"""The packaged app's entry point: the same as the ``peerdesk-gui`` command."""

from __future__ import annotations

import sys

from ui.launcher import gui_main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # Rosters are read in a child process (peerdesk.roster.sandbox); in the frozen app
        # that child is this executable again, which must hand over to multiprocessing.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(gui_main())
