"""``python -m peerdesk.cli``: the command line without the launcher."""

import sys

from peerdesk import logs
from peerdesk.cli import main

if __name__ == "__main__":  # pragma: no cover - run as a script
    logs.enable_faulthandler()
    sys.exit(main())
