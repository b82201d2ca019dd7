"""``peerdesk copy``: a whole program from a file to a shared database, or back.

Everything is copied — programs, people, pairs, meetings, check-ins, surveys,
goals, history, documents' settings — in one transaction on the target, and the
rows of every table are counted on both sides: in the source, and in the target
read back after the copy landed. They must be equal.

The target is a new file (it must not exist; it is built under a hidden name
beside it and renamed into place only once the copy is complete) or an empty
shared database (set up for PeerDesk first if nothing is in it). A target that
holds a program is refused. If the copy fails in the middle — the server stops,
the network drops, the disk fills — the target holds nothing of it.

Exit status: 0 copied, every table's counts equal; 1 copied, but some counts
differ (listed); 2 refused or failed, nothing copied.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from peerdesk.cli import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Context,
    command,
    format_table,
    location,
    open_or_set_up,
)
from peerdesk.cli.refs import json_argument, say_json
from peerdesk.errors import UserError
from peerdesk.progress import Progress

if TYPE_CHECKING:
    from peerdesk.database import Database
    from peerdesk.storage.copy import CopyReport

EXAMPLES = (
    "examples:\n"
    "  peerdesk copy Riverside.peerdesk postgresql://peerdesk@db.example.org:5432/mentoring\n"
    "  peerdesk copy postgresql://peerdesk@db.example.org/mentoring Riverside-copy.peerdesk\n\n"
    "Exit status: 0 copied, every table holds as many rows in the target as in the source; "
    "1 copied, but some tables differ (listed); 2 refused or failed, nothing copied."
)


class SameLocation(UserError):
    template = "“{location}” is both the source and the target. Name another target."


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EXAMPLES
    parser.add_argument(
        "source",
        metavar="SOURCE",
        type=location,
        help="the program to copy: a program file, or a shared database's URL "
        "(postgresql://user@host:5432/database)",
    )
    parser.add_argument(
        "target",
        metavar="TARGET",
        type=location,
        help="where to copy it: a new program file (it must not exist), or an empty "
        "shared database's URL (set up for PeerDesk if need be)",
    )
    json_argument(parser)


class TerminalProgress(Progress):
    """The copy's progress on one line of a terminal (on ``stream``, if it is one)."""

    EVERY_S = 0.25

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self._shown = stream.isatty()
        self._last = 0.0

    def set_progress(self, done: int, total: int | None = None, text: str = "") -> None:
        super().set_progress(done, total, text)
        now = time.monotonic()
        if not self._shown or not total or now - self._last < self.EVERY_S:
            return
        self._last = now
        print(f"\rCopying… {done * 100 // total:3d}% ({text})\033[K", end="", file=self._stream)
        self._stream.flush()

    def clear(self) -> None:
        if self._shown and self._last:
            print("\r\033[K", end="", file=self._stream)
            self._stream.flush()


@contextlib.contextmanager
def _target(where: Path | str) -> Iterator[Database]:
    """The copy's target, open: a new file, or a shared database (set up if empty)."""
    if isinstance(where, Path):
        from peerdesk.database import new_file

        with new_file(where) as db:
            yield db
        return
    db, _set_up = open_or_set_up(where)
    with db:
        yield db


def _read_back(target: Database) -> dict[str, int]:
    """Each table's rows in the target as anyone opening it now sees them."""
    from peerdesk.storage.copy import count_rows, program_tables

    with target.snapshot() as connection:
        return count_rows(connection, program_tables())


def _shown(where: Path | str, db: Database) -> str:
    return str(where.resolve()) if isinstance(where, Path) else db.label


def copy(
    source_at: Path | str, target_at: Path | str, progress: Progress | None = None
) -> tuple[CopyReport, dict[str, int]]:
    """Copy the program at ``source_at`` to ``target_at``: the copy's report, and each
    table's rows in the target read back after the copy landed."""
    from peerdesk.database import open_database
    from peerdesk.errors import FileExists
    from peerdesk.storage.copy import CopyReport, copy_program

    if isinstance(target_at, Path) and target_at.exists():  # before anything is opened
        raise FileExists(path=str(target_at))
    with open_database(source_at) as source, _target(target_at) as target:
        if target.key == source.key:
            raise SameLocation(location=source.label)
        report = copy_program(source, target, progress)
        landed = _read_back(target)
        report = CopyReport(source.label, _shown(target_at, target), report.counts)
    return report, landed


@command(
    "copy",
    "copy a whole program from a file to a shared database, or back, and compare the rows",
    _configure,
    description=(
        "Copy everything in a program — programs, people, pairs, meetings, check-ins, "
        "surveys, goals, history, documents' settings — from a program file to a shared "
        "database, or from a shared database to a new file, in one transaction on the "
        "target. The rows of every table are counted on both sides and must be equal."
    ),
)
def _copy(args: argparse.Namespace, ctx: Context) -> int:
    progress = TerminalProgress(ctx.err)
    try:
        report, landed = copy(args.source, args.target, progress)
    finally:
        progress.clear()
    tables = [(c.table, c.source, landed.get(c.table, 0)) for c in report.counts]
    differ = [t for t in tables if t[1] != t[2]]
    if args.json:
        say_json(
            ctx,
            {
                "source": report.source,
                "target": report.target,
                "equal": not differ,
                "rows": {"source": sum(t[1] for t in tables), "target": sum(t[2] for t in tables)},
                "tables": [{"table": t, "source": s, "target": n} for t, s, n in tables],
            },
        )
        return EXIT_PROBLEMS if differ else EXIT_OK
    ctx.say(
        format_table(["Table", "Source", "Target"], [[t, str(s), str(n)] for t, s, n in tables])
    )
    ctx.say()
    total = sum(t[1] for t in tables)
    if differ:
        names = ", ".join(t[0] for t in differ)
        ctx.say(
            f"Copied {report.source} to {report.target}, but these tables hold a different "
            f"number of rows in the target: {names}."
        )
        return EXIT_PROBLEMS
    ctx.say(
        f"Copied {total:,} rows in {len(tables)} tables from {report.source} to "
        f"{report.target}; every table holds as many rows in the target as in the source."
    )
    return EXIT_OK
