"""``peerdesk erase`` and ``peerdesk restore``: a person's data gone for good; a backup put back.

``erase`` removes a person's personal data everywhere in the file — their
record in every program, meeting notes, survey answers, goals, the history —
as the People screen's "Erase person…" does, after naming what will go and
asking to confirm (``--yes`` confirms ahead; no answer means no). Backups made
from then on hold none of it; earlier ones keep it until they rotate out.

``restore`` puts back a backup (a path, or a name from the file's backup
folder) after backing up the file as it is now.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peerdesk.cli import EXIT_OK, Context, command, file_argument
from peerdesk.cli.refs import common_arguments, find_person, open_program
from peerdesk.errors import UserError

CONFIRM_WORDS = ("y", "yes")


class NotConfirmed(UserError):
    template = "Nothing was erased. Answer “yes” to erase, or add --yes."


def _configure_erase(parser: argparse.ArgumentParser) -> None:
    common_arguments(parser, "peerdesk erase Riverside.peerdesk bo.chen@example.org --yes")
    parser.add_argument("person", metavar="PERSON", help="the person: id, e-mail or full name")
    parser.add_argument("--yes", action="store_true", help="erase without asking")


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "example:\n  peerdesk restore Riverside.peerdesk 20270115-093000-000000-manual.peerdesk"
    )
    file_argument(parser)
    parser.add_argument(
        "backup",
        metavar="BACKUP",
        type=Path,
        help="the backup: its path, or its name in the program's backup folder "
        "(`peerdesk backup FILE` prints where that is)",
    )


def _confirmed(ctx: Context, question: str) -> bool:
    """Ask on the terminal; no terminal, no answer or anything but yes means no."""
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        return False
    print(question, end=" ", file=ctx.out, flush=True)
    try:
        answer = stdin.readline()
    except (OSError, ValueError):
        return False
    if not answer:  # end of input
        ctx.say()
        return False
    return answer.strip().casefold() in CONFIRM_WORDS


@command(
    "erase",
    "erase a person's personal data everywhere in the file (asks first unless --yes)",
    _configure_erase,
    description=(
        "Erase a person's personal data everywhere in the file: name, e-mail, notes, "
        "meeting notes, survey answers, goals. It cannot be undone. Exit status: 0 erased; "
        "2 refused or not confirmed, nothing erased."
    ),
)
def _erase(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.backups import KEEP
    from peerdesk.people import erase_person, erasure_plan, get_person_id, list_participants

    with open_program(args) as (db, program_id, name):
        person = find_person(list_participants(db, program_id), name, args.person)
        plan = erasure_plan(db, get_person_id(db, person.participant_id))
        if not args.yes:
            ctx.say(plan.describe())
            ctx.say(
                "This cannot be undone. Backups made before now still hold their data until "
                f"they rotate out (PeerDesk keeps the last {KEEP} backups of a file)."
            )
            this = "this database" if db.on_server else "this file"
            if not _confirmed(ctx, f"Erase {plan.full_name} from {this}? Type yes to erase:"):
                raise NotConfirmed()
        erase_person(db, plan.person_id)
        shown = db.label
    ctx.say(f"Erased person {person.participant_id}'s personal data from {shown}.")
    return EXIT_OK


def _backup_path(location: Path | str, given: Path) -> Path:
    """The backup ``given`` names: a path, or a name in the backup folder of ``location``
    (a file's path, or a shared database's key)."""
    from peerdesk.backups import backup_folder
    from peerdesk.errors import FileMissing

    path = given.expanduser()
    if path.is_file():
        return path
    in_folder = backup_folder(location) / given.name
    if len(given.parts) == 1 and in_folder.is_file():
        return in_folder
    raise FileMissing(path=str(given))


@command(
    "restore",
    "put back a backup of a program (the current state is backed up first)",
    _configure_restore,
)
def _restore(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.backups import list_backups, restore_backup
    from peerdesk.database import open_database

    with open_database(args.file) as db:
        backup = _backup_path(db.path or db.key, args.backup)
        if db.path is not None and backup.resolve() == db.path.resolve():
            raise UserError("“{path}” is the program file itself, not a backup of it.",
                            path=str(backup))  # fmt: skip
        safety = restore_backup(db, backup)
        shown, key = db.label, db.key
    if safety is None:  # nothing had changed since the newest backup, which holds it
        safety = list_backups(key)[0].path
    ctx.say(f"Restored {shown} from {backup}. Its state before is backed up in {safety}")
    return EXIT_OK
