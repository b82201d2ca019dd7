"""The ``peerdesk`` command line: the same core calls the app makes, for scripts.

Each subcommand is a :class:`Command` in :data:`COMMANDS`: a name, a line of
help, a function that adds its arguments and a function that runs it. The
foundation's commands live here; a later feature adds its own in its own module
(``peerdesk/cli/people.py`` and the like) with the :func:`command` decorator and
lists that module in :data:`COMMAND_MODULES`, which is imported when the parser
is built.

Nothing here imports Qt, and the heavy core modules are imported inside the
commands, so ``peerdesk --version`` and ``peerdesk --help`` answer at once.

Exit codes, the same for every command:

- 0 (:data:`EXIT_OK`): done.
- 1 (:data:`EXIT_PROBLEMS`): done, with problems it lists (roster rows rejected,
  rows of a CSV that name nobody...); the rest was done.
- 2 (:data:`EXIT_USER_ERROR`): refused, nothing changed: a problem the user can
  fix (a wrong argument, a file that is not a PeerDesk file, an invalid program
  name...), printed as one line on stderr without a traceback.
- 3 (:data:`EXIT_INTERNAL_ERROR`): an unexpected internal error, that is a bug:
  one plain line on stderr that names the log file holding the details (the
  traceback goes there, never to the user).
- 130: stopped with Ctrl+C.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from peerdesk import __version__
from peerdesk.errors import UserError
from peerdesk.output_files import OutputExists, OutputsExist

if TYPE_CHECKING:
    from peerdesk.database import Database

log = logging.getLogger(__name__)

PROG = "peerdesk"
ACTOR_VARIABLE = "PEERDESK_USER"  # the name to record changes under, when --as gives none
EXIT_OK = 0
EXIT_PROBLEMS = 1  # done, with problems listed
EXIT_USER_ERROR = 2  # refused, nothing changed
EXIT_INTERNAL_ERROR = 3  # an unexpected error (a bug); details in the log file
EXIT_CODES_HELP = (
    "Exit status: 0 done; 1 done, with problems listed; 2 refused, nothing changed; "
    "3 an unexpected internal error (the details are in the log file it names)."
)

# Modules that register further subcommands when imported (later features).
COMMAND_MODULES: tuple[str, ...] = (
    "peerdesk.cli.match",
    "peerdesk.cli.roster",
    "peerdesk.cli.calendar",
    "peerdesk.cli.documents",
    "peerdesk.cli.people",
    "peerdesk.cli.reports",
    "peerdesk.cli.readiness",
    "peerdesk.cli.pairs",
    "peerdesk.cli.meetings",
    "peerdesk.cli.surveys",
    "peerdesk.cli.data",
    "peerdesk.cli.copying",
    "peerdesk.cli.measures",
    "peerdesk.cli.users",
    "peerdesk.cli.sessions",
    "peerdesk.cli.circles",
)

#: Opens the app on a program: a file, a server database's URL, or None for the default file.
OpenGui = Callable[[Path | str | None], int]
Configure = Callable[[argparse.ArgumentParser], None]
Runner = Callable[[argparse.Namespace, "Context"], int]


@dataclass(frozen=True)
class Command:
    """One subcommand: ``configure`` adds its arguments, ``run`` does the work."""

    name: str
    help: str
    configure: Configure
    run: Runner
    description: str = ""


@dataclass
class Context:
    """What a running command may use besides its arguments."""

    out: TextIO
    err: TextIO
    open_gui: OpenGui | None = None

    def say(self, text: str = "") -> None:
        print(text, file=self.out)


COMMANDS: dict[str, Command] = {}


def command(
    name: str, help: str, configure: Configure | None = None, description: str = ""
) -> Callable[[Runner], Runner]:
    """Register the decorated ``run(args, ctx) -> exit code`` as subcommand ``name``.

    ``configure(parser)`` adds the subcommand's arguments. A run function raises
    :class:`~peerdesk.errors.UserError` for anything the user can fix.
    """

    def register(run: Runner) -> Runner:
        if name in COMMANDS:
            raise ValueError(f"the subcommand {name!r} is registered twice")
        COMMANDS[name] = Command(
            name, help, configure or (lambda _parser: None), run, description or help
        )
        return run

    return register


class UsageError(UserError):
    """A wrong or missing argument; ``hint`` names the help to read."""

    template = "{problem}. Try “{hint}”."


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose mistakes become one clear line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(problem=message[:1].upper() + message[1:], hint=f"{self.prog} --help")


def location(text: str) -> Path | str:
    """A program's location as given on the command line: a ``postgresql://`` URL as
    it is (a path would fold its ``//``), anything else as a file's path."""
    from peerdesk.storage import is_server

    return text.strip() if is_server(text) else Path(text).expanduser()


def file_argument(parser: argparse.ArgumentParser, help: str = "the program file") -> None:
    """The positional FILE: a program file, or a shared database's URL."""
    parser.add_argument(
        "file",
        metavar="FILE",
        type=location,
        help=f"{help}, or a shared database's URL (postgresql://user@host:5432/database)",
    )


def choose_program(db: Database, name: str | None, *, which: str = "choose one") -> tuple[int, str]:
    """The program named with ``--program NAME``, or the file's only program: (id, name).

    Raises :class:`~peerdesk.errors.UserError` when the file has no program, or
    several and none is named; ``which`` words the request to name one ("choose
    one" → "…; choose one with --program NAME.").
    """
    from peerdesk.program.programs import find_program, list_programs

    programs = list_programs(db)
    if name is not None:
        program_id = find_program(db, name)
        return program_id, next(p.name for p in programs if p.id == program_id)
    this = "This database" if db.on_server else "This file"
    if not programs:
        raise UserError(
            f"{this} has no programs yet. Add one with: peerdesk init FILE --program NAME"
        )
    if len(programs) > 1:
        names = ", ".join(f"“{p.name}”" for p in programs)
        raise UserError(
            f"{this} has several programs ({{names}}); {which} with --program NAME.",
            names=names,
        )
    return programs[0].id, programs[0].name


def load_command_modules() -> None:
    for module in COMMAND_MODULES:
        importlib.import_module(module)


def build_parser() -> argparse.ArgumentParser:
    load_command_modules()
    parser = _Parser(
        prog=PROG,
        description=(
            "Run a peer-mentoring program. Without a subcommand, PeerDesk opens the app "
            "on your default program file; `peerdesk FILE` opens the app on FILE. Wherever "
            "a command takes FILE, a shared database's URL will do too "
            "(postgresql://user@host:5432/database)."
        ),
        epilog=EXIT_CODES_HELP,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _as_argument(parser, None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for cmd in COMMANDS.values():
        sub = subparsers.add_parser(cmd.name, help=cmd.help, description=cmd.description)
        cmd.configure(sub)
        _as_argument(sub, argparse.SUPPRESS)  # after the command too, not in place of it
        sub.set_defaults(command=cmd.name)
    return parser


def _as_argument(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        default=default,
        help=f"the name the history records changes under (default: ${ACTOR_VARIABLE}, "
        "else the database user on a server, your login name on a file)",
    )


def acting_as(args: argparse.Namespace) -> str | None:
    """The name given with ``--as NAME`` or in ``$PEERDESK_USER``; None for the usual one."""
    import os

    from peerdesk.storage.program_database import ACTOR_LENGTH, actor_name

    given = getattr(args, "actor", None)
    name = given if given is not None else os.environ.get(ACTOR_VARIABLE)
    if name is None:
        return None
    if actor_name(name) is None or len(name.strip()) > ACTOR_LENGTH:
        where = "--as" if given is not None else ACTOR_VARIABLE
        raise UsageError(
            problem=f"Give {where} a name of 1 to {ACTOR_LENGTH} characters",
            hint=f"{PROG} --help",
        )
    return actor_name(name)


def command_names() -> frozenset[str]:
    load_command_modules()
    return frozenset(COMMANDS)


# --- the foundation's commands ----------------------------------------------------


def _configure_open(parser: argparse.ArgumentParser) -> None:
    file_argument(parser, "the program file to open in the app")


@command("open", "open the app on a program file or a shared database", _configure_open)
def _open(args: argparse.Namespace, ctx: Context) -> int:
    if ctx.open_gui is None:
        raise UserError("The desktop app is not available here; start it with “peerdesk open”.")
    return ctx.open_gui(args.file)


def _configure_init(parser: argparse.ArgumentParser) -> None:
    from peerdesk.enums import ProgramTemplate  # light: the standard library only

    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "examples:\n"
        '  peerdesk init Riverside.peerdesk --program "Riverside 2027"\n'
        "  peerdesk init postgresql://peerdesk@db.example.org:5432/mentoring\n\n"
        "A shared database must exist and be empty (or already PeerDesk's); a database "
        "of another application is refused and left as it is. Exit status: 0 done (or "
        "nothing to do); 2 refused, nothing changed."
    )
    file_argument(
        parser,
        "the program file, created if it does not exist; a shared database is set up "
        "for PeerDesk if it is empty",
    )
    parser.add_argument(
        "--program",
        metavar="NAME",
        help="the program's name (needed for a file; for a shared database, adds the program)",
    )
    parser.add_argument(
        "--template",
        choices=[t.value for t in ProgramTemplate],
        help="start from a template's defaults: meetings, steps, matching and agreement "
        "(default: workplace)",
    )


@command(
    "init",
    "create a program file and a program in it (or add a program to a file); "
    "set up an empty shared database",
    _configure_init,
)
def _init(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.enums import ProgramTemplate
    from peerdesk.errors import ValidationError
    from peerdesk.program.programs import create_program, quick_settings
    from peerdesk.program.settings import validate

    on_server = isinstance(args.file, str)
    if args.program is None:
        if not on_server:
            raise UsageError(
                problem="Name the program with --program NAME", hint="peerdesk init --help"
            )
        if args.template:
            raise UsageError(
                problem="--template goes with --program NAME", hint="peerdesk init --help"
            )
        settings = None
    else:
        template = ProgramTemplate(args.template) if args.template else None
        settings = quick_settings(args.program, template)
        # Check what can be checked before anything is made, so a bad name leaves nothing behind.
        problems = validate(settings, set())
        if problems:
            raise ValidationError(problems)
    db, created = open_or_set_up(args.file)
    with db:
        if settings is not None:
            create_program(db, settings)
        shown = db.label
    if settings is None:
        if created:
            ctx.say(
                f"Set up {shown} for PeerDesk. Add a program with: peerdesk init URL --program NAME"
            )
        else:
            ctx.say(f"{shown} is already set up for PeerDesk; nothing to do.")
        return EXIT_OK
    name = settings.name.strip()
    kind = f" from the {settings.template.value} template" if settings.template else ""
    if not created:
        ctx.say(f"Added the program “{name}”{kind} to {shown}")
    elif on_server:
        ctx.say(f"Set up {shown} for PeerDesk with the program “{name}”{kind}")
    else:
        ctx.say(f"Created {shown} with the program “{name}”{kind}")
    return EXIT_OK


def open_or_set_up(where: Path | str) -> tuple[Database, bool]:
    """The program at ``where``, made first if it is a new file or an empty database:
    (the program, whether it was made now). Another application's database is refused."""
    from peerdesk.database import create_database, open_database
    from peerdesk.errors import EmptyDatabase

    if isinstance(where, Path):
        if where.exists():
            return open_database(where), False
        return create_database(where), True
    try:
        return open_database(where), False
    except EmptyDatabase:
        return create_database(where), True


def _configure_programs(parser: argparse.ArgumentParser) -> None:
    file_argument(parser, "the program file")


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell; numbers (all-digit cells) aligned right."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    numeric = [bool(rows) and all(row[i].isdigit() for row in rows) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        padded = [
            cell.rjust(w) if numeric[i] else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(padded).rstrip()

    rule = ["-" * w for w in widths]
    return "\n".join([line(headers), line(rule), *(line(row) for row in rows)])


@command("programs", "list the programs in a program file", _configure_programs)
def _programs(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.program.programs import list_programs

    with open_database(args.file) as db:
        programs = list_programs(db)
        shown = db.label
    if not programs:
        ctx.say(f"{shown} has no programs yet. Add one with: peerdesk init FILE --program NAME")
        return EXIT_OK
    rows = [
        [
            p.name,
            p.template.value if p.template else "-",
            p.start_date.isoformat() if p.start_date else "-",
            p.end_date.isoformat() if p.end_date else "-",
            str(p.participants),
        ]
        for p in programs
    ]
    ctx.say(format_table(["Program", "Template", "Starts", "Ends", "Participants"], rows))
    return EXIT_OK


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    file_argument(parser, "the program file to back up")


@command(
    "backup",
    "back up a program now (a shared database into a local .peerdesk copy)",
    _configure_backup,
)
def _backup(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk import backups
    from peerdesk.database import open_database

    with open_database(args.file) as db:
        made = backups.back_up(db, reason="manual")
        key = db.key
    if made is None:
        newest = backups.list_backups(key)[0].path
        ctx.say(f"Nothing changed since the last backup, which is {newest}")
    else:
        ctx.say(f"Backed up to {made}")
    return EXIT_OK


# --- running ------------------------------------------------------------------------


def _log_crash(command: str) -> Path | None:
    """Write the current exception to the rotating log; returns the log file, if written."""
    from peerdesk import logs

    logfile = logs.setup_logging()
    try:
        # The command's name only: arguments may hold file paths and program names.
        log.exception("the command line %r failed", command)
    finally:
        logs.shutdown_logging()
    return logfile if logfile.is_file() else None


@contextlib.contextmanager
def _quiet_libraries() -> Iterator[None]:
    """Keep libraries' log records off the terminal while a command runs.

    With no handler anywhere, Python prints a warning record on stderr (psycopg's
    "error ignored terminating <Pipeline>" when a server goes away, say), beside the
    one plain line the command prints. A handler that drops them stops that; one set
    up to write the log file still gets them.
    """
    root = logging.getLogger()
    quiet = logging.NullHandler()
    root.addHandler(quiet)
    try:
        yield
    finally:
        root.removeHandler(quiet)


@contextlib.contextmanager
def _acting_as(name: str | None) -> Iterator[None]:
    """Programs opened while a command runs record its changes under ``name``."""
    from peerdesk.storage import program_database

    before = program_database.default_actor
    program_database.default_actor = name
    try:
        yield
    finally:
        program_database.default_actor = before


def _reconfigure(stream: TextIO) -> None:
    # A console that cannot show “quotes” gets a replacement character, not a crash.
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


# On the command line "agree to replace it" means a flag: the same errors, told so.
CLI_TEMPLATES: dict[type[UserError], str] = {
    OutputExists: "“{path}” already exists. Choose another name, or add --overwrite to replace it.",
    OutputsExist: (
        "{count} of the files to write already exist in “{folder}”, such as “{name}”. "
        "Choose another folder, or add --overwrite to replace them."
    ),
}


def cli_message(exc: UserError) -> str:
    """The error's message in command-line terms (flags rather than dialogs)."""
    template = CLI_TEMPLATES.get(type(exc))
    return template.format(**exc.fields) if template else exc.message


def main(
    argv: Sequence[str] | None = None,
    *,
    open_gui: OpenGui | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command line; returns the exit code (never raises, never prints a traceback)."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    for stream in (out, err):
        _reconfigure(stream)
    ctx = Context(out=out, err=err, open_gui=open_gui)
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        try:
            with contextlib.redirect_stdout(out):  # where --help and --version print
                args = parser.parse_args(args_list)
        except SystemExit as exit_:  # --help and --version end here
            return exit_.code if isinstance(exit_.code, int) else EXIT_OK
        if args.command is None:
            raise UsageError(problem="Name a command", hint=f"{PROG} --help")
        with _quiet_libraries(), _acting_as(acting_as(args)):
            return COMMANDS[args.command].run(args, ctx)
    except UserError as exc:
        print(f"{PROG}: {cli_message(exc)}", file=err)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: stopped.", file=err)
        return 130
    except BrokenPipeError:
        return EXIT_OK  # `peerdesk programs FILE | head`: the reader has all it wanted
    except Exception:
        logfile = _log_crash(args_list[0] if args_list else "")
        if logfile is None:
            print(
                f"{PROG}: PeerDesk ran into an unexpected problem, and could not write its log",
                file=err,
            )
        else:
            print(
                f"{PROG}: PeerDesk ran into an unexpected problem; details are in {logfile}",
                file=err,
            )
        return EXIT_INTERNAL_ERROR
