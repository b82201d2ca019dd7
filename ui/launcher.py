"""The ``peerdesk`` and ``peerdesk-gui`` entry points: the command line or the app.

A subcommand, ``--version`` or ``--help`` goes to :mod:`peerdesk.cli` without
importing Qt, so scripts start fast. No argument opens the app on the default
file; ``peerdesk open FILE``, or a bare ``peerdesk FILE.peerdesk`` as a desktop
file association passes it, opens the app on that file. ``peerdesk open URL``
(or a bare ``postgresql://`` URL) opens it on a shared database.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from peerdesk import logs
from peerdesk.paths import FILE_SUFFIX
from peerdesk.storage import is_server


def open_gui(location: Path | str | None) -> int:
    """Start the desktop app (Qt is imported only here) on a file or a shared database."""
    from ui.app import run_gui

    if location is not None and not is_server(str(location)):
        location = Path(location).expanduser()
    return run_gui(location)


def _location(arg: str) -> Path | str:
    """A command-line argument as a location: a server URL as it is, else a path."""
    return arg if is_server(arg) else Path(arg).expanduser()


def is_bare_path(args: Sequence[str], commands: frozenset[str]) -> bool:
    """Whether ``args`` is one file to open, as a file manager passes it.

    A single word that is no command and does not look like a file (a typo of a
    command, say) is left to the command line, which names the mistake.
    """
    if len(args) != 1:
        return False
    arg = args[0]
    if not arg or arg.startswith("-") or arg in commands:
        return False
    if is_server(arg):
        return True
    seps = {"/", os.sep} | ({os.altsep} if os.altsep else set())
    return (
        arg.lower().endswith(FILE_SUFFIX)
        or any(sep in arg for sep in seps)
        or Path(arg).expanduser().exists()
    )


def main(argv: list[str] | None = None) -> int:
    """The ``peerdesk`` console command; returns the exit code.

    Run as a command (its arguments from ``sys.argv``), it first has a native
    crash leave its Python stack in the log file (:func:`logs.enable_faulthandler`).
    """
    if argv is None:
        logs.enable_faulthandler()
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        return open_gui(None)
    if len(args) == 2 and args[0] == "open" and not args[1].startswith("-"):
        return open_gui(_location(args[1]))  # the app, without loading the CLI
    from peerdesk import cli

    if is_bare_path(args, cli.command_names()):
        return open_gui(_location(args[0]))
    return cli.main(args, open_gui=open_gui)


def gui_main() -> int:
    """The ``peerdesk-gui`` command (no console on Windows): same as ``peerdesk``."""
    # Without a console, the streams may be missing; the command line still needs somewhere
    # to write, even if no one reads it.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    return main()


if __name__ == "__main__":
    sys.exit(main())
