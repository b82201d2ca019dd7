"""``peerdesk users``: an administrator lists, adds and changes roles on a shared database,
and what they set is what the server then lets each login do (issue 18, part 4).

Most steps call the command line's ``main`` in this process (as fast as the core); the
refusals a user sees run ``peerdesk`` as a real process, as they would type it.
"""

from __future__ import annotations

import io
import itertools
import os
import subprocess
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from peerdesk import cli

RunCli = Callable[..., subprocess.CompletedProcess[str]]
_names = itertools.count(1)


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _as(url: str, user: str) -> str:
    return url.replace("peerdesk@", f"{user}@", 1)


def test_add_list_set_round_trip(
    pg_url: str, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    sam = f"sam_{os.getpid()}_{next(_names)}"
    assert _run("init", pg_url, "--program", "Night shift")[0] == 0
    assert _run("init", pg_url, "--program", "Day shift")[0] == 0

    code, out, _err = _run("users", pg_url)
    assert code == cli.EXIT_OK
    assert [line.split() for line in out.splitlines()[2:]] == [
        ["peerdesk", "(owner)", "administrator", "all"]
    ]

    typed = iter(["c0rrect horse", "c0rrect horse"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    code, out, err = _run(
        "users", pg_url, "add", sam, "--role", "coordinator", "--program", "Night shift",
        "--password-prompt",
    )  # fmt: skip
    assert (code, err) == (cli.EXIT_OK, "")
    assert out.startswith(f"{sam} is a coordinator of: Night shift on ")
    with psycopg.connect(pg_url) as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (sam,)
        ).fetchone()
    assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")  # never in clear

    code, out, _err = _run("users", pg_url, "give", sam, "--program", "Day shift")
    assert code == cli.EXIT_OK and "Day shift, Night shift" in out
    code, out, _err = _run("users", pg_url, "set", sam, "--role", "viewer")
    assert code == cli.EXIT_OK and f"{sam} is a viewer of: Day shift, Night shift" in out
    code, out, _err = _run("users", pg_url, "--json")
    assert code == cli.EXIT_OK and f'"name": "{sam}"' in out and '"role": "viewer"' in out

    # What was set is what the server lets sam do: read, and nothing else.
    with psycopg.connect(_as(pg_url, sam)) as conn:
        assert conn.execute("SELECT count(*) FROM program").fetchone() == (2,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE program SET name = 'Mine'")

    # As sam types it: refused, in plain words, nothing changed.
    refused = run_cli("init", _as(pg_url, sam), "--program", "Sam's own")
    assert refused.returncode == cli.EXIT_USER_ERROR
    assert "Your role (viewer) lets you read and export, not change records." in refused.stderr
    assert "Traceback" not in refused.stderr
    code, _out, err = _run("users", _as(pg_url, sam))
    assert code == cli.EXIT_USER_ERROR
    assert "Only an administrator may see or change who may do what" in err

    code, out, _err = _run("users", pg_url, "remove", sam)
    assert code == cli.EXIT_OK and "sees nothing of it" in out
    assert sam not in _run("users", pg_url)[1]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["add"], "Name the user to add"),
        (["add", "x"], "Say which role with --role"),
        (["give", "x"], "Name the programs to give with --program"),
        (["remove", "x", "--role", "viewer"], "remove takes no --role"),
        (["set", "x", "--role", "viewer", "--password-prompt"], "--password-prompt goes with add"),
        (["set", "nobody_here", "--role", "viewer"], "“nobody_here” has no role on"),
        (["add", "pg_bad", "--role", "viewer"], "not starting with “pg_”"),
    ],
)
def test_mistakes_are_one_plain_line(pg_url: str, args: list[str], words: str) -> None:
    code, out, err = _run("users", pg_url, *args)
    assert code == cli.EXIT_USER_ERROR and out == ""
    assert words in err and err.count("\n") == 1


def test_a_program_file_has_no_roles(program_file: Any) -> None:
    code, _out, err = _run("users", str(program_file))
    assert code == cli.EXIT_USER_ERROR
    assert (
        err == "peerdesk: Roles are for a shared database; a program file is one coordinator's.\n"
    )
