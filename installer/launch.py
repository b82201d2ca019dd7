"""The packaged app's entry point: the same as the ``peerdesk-gui`` command."""

from __future__ import annotations

import sys

from ui.launcher import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
