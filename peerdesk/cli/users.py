"""``peerdesk users``: who may do what on a shared database (administrators only).

``peerdesk users URL`` lists everyone with a role and the programs given to them;
``add``, ``set``, ``give``, ``take`` and ``remove`` change that (see
:mod:`peerdesk.storage.roles`). The server enforces the roles, so what is set here
holds for ``psql`` too. A program file has no roles: it is one coordinator's.

Exit status: 0 done; 2 refused, nothing changed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from peerdesk.cli import EXIT_OK, Context, UsageError, command, format_table, location
from peerdesk.cli.refs import json_argument, say_json
from peerdesk.errors import UserError

if TYPE_CHECKING:
    from peerdesk.storage.roles import UserRole

ROLES = ("viewer", "coordinator", "administrator")
ACTIONS = ("list", "add", "set", "give", "take", "remove")
EXAMPLES = (
    "examples:\n"
    "  peerdesk users postgresql://admin@db.example.org/mentoring\n"
    '  peerdesk users URL add sam --role coordinator --program "Night shift" --password-prompt\n'
    '  peerdesk users URL add board --role viewer --program "Night shift" --program 3\n'
    "  peerdesk users URL set sam --role viewer\n"
    '  peerdesk users URL give sam --program "Spring 2027"\n'
    '  peerdesk users URL take sam --program "Spring 2027"\n'
    "  peerdesk users URL remove sam\n\n"
    "Roles: administrator (everything, roles too), coordinator (everything in the programs "
    "given), viewer (reads and exports the programs given). The server enforces them. "
    "Creating a new login on the server needs the CREATEROLE right; an existing login "
    "is only given a role.\n\n"
    "Exit status: 0 done; 2 refused, nothing changed."
)


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EXAMPLES
    parser.add_argument(
        "file",
        metavar="URL",
        type=location,
        help="the shared database's URL (postgresql://user@host:5432/database); "
        "a program file has no roles",
    )
    parser.add_argument(
        "action",
        nargs="?",
        choices=ACTIONS,
        default="list",
        metavar="ACTION",
        help="list (the default), add, set, give, take or remove",
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="the user's login name")
    parser.add_argument("--role", choices=ROLES, help="the role to add the user with, or set")
    parser.add_argument(
        "--program",
        action="append",
        default=[],
        metavar="NAME_OR_ID",
        help="a program to give (or take), by name or id; repeat for several",
    )
    parser.add_argument(
        "--password-prompt",
        action="store_true",
        help="ask for the new login's password (typed twice, never shown)",
    )
    json_argument(parser)


def _ask_password(name: str) -> str:
    import getpass

    first = getpass.getpass(f"Password for {name}: ")
    if not first:
        raise UserError("An empty password was given; nothing was changed.")
    if getpass.getpass("The same password again: ") != first:
        raise UserError("The two passwords differ; nothing was changed.")
    return first


def _check(args: argparse.Namespace) -> None:
    hint = "peerdesk users --help"
    if args.action == "list":
        if args.name or args.role or args.program or args.password_prompt:
            raise UsageError(problem="Listing takes no name, role or program", hint=hint)
        return
    if not args.name:
        raise UsageError(problem=f"Name the user to {args.action}", hint=hint)
    needs_role = args.action in ("add", "set")
    if needs_role and not args.role:
        raise UsageError(problem=f"Say which role with --role ({', '.join(ROLES)})", hint=hint)
    if not needs_role and args.role:
        raise UsageError(problem=f"{args.action} takes no --role", hint=hint)
    if args.action in ("give", "take") and not args.program:
        raise UsageError(problem=f"Name the programs to {args.action} with --program", hint=hint)
    if args.action in ("set", "remove") and args.program:
        raise UsageError(problem=f"{args.action} takes no --program", hint=hint)
    if args.password_prompt and args.action != "add":
        raise UsageError(problem="--password-prompt goes with add", hint=hint)


def _programs_text(user: UserRole) -> str:
    if user.role == "administrator":
        return "all"
    return ", ".join(user.programs) or "none yet"


def _describe(user: UserRole) -> str:
    if user.role == "administrator":
        return f"{user.name} is an administrator (every program, and roles)"
    return f"{user.name} is a {user.role} of: {_programs_text(user)}"


@command(
    "users",
    "list or change who may do what on a shared database (administrators only)",
    _configure,
)
def _users(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.storage import roles

    _check(args)
    if not isinstance(args.file, str):
        raise roles.RolesNeedServer()
    password = _ask_password(args.name) if args.password_prompt else None
    with open_database(args.file) as db:
        shown = db.label
        if args.action == "list":
            users = roles.list_users(db)
            if args.json:
                say_json(ctx, [_as_json(u) for u in users])
            else:
                rows = [
                    [u.name + (" (owner)" if u.owner else ""), u.role.value, _programs_text(u)]
                    for u in users
                ]
                ctx.say(format_table(["User", "Role", "Programs"], rows))
            return EXIT_OK
        if args.action == "remove":
            roles.remove_user(db, args.name)
            ctx.say(
                f"{args.name} has no role on {shown} any more and sees nothing of it. Their "
                "login stays on the server (other databases may use it)."
            )
            return EXIT_OK
        if args.action == "add":
            user = roles.add_user(
                db, args.name, roles.Access(args.role), args.program, password=password
            )
        elif args.action == "set":
            user = roles.set_role(db, args.name, roles.Access(args.role))
        elif args.action == "give":
            user = roles.give_programs(db, args.name, args.program)
        else:
            user = roles.take_programs(db, args.name, args.program)
    if args.json:
        say_json(ctx, _as_json(user))
    else:
        ctx.say(f"{_describe(user)} on {shown}.")
    return EXIT_OK


def _as_json(user: UserRole) -> dict[str, object]:
    return {
        "name": user.name,
        "role": user.role.value,
        "programs": list(user.programs),
        "owner": user.owner,
    }
