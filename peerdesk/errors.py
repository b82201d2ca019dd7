"""Typed errors for problems in the user's world.

Anything raised as a :class:`UserError` is something a coordinator can act on
(a locked file, a full disk, a file that is not a PeerDesk file). Every other
exception is a bug. The message template and its fields are kept apart so that
the front end can translate the template before filling it in.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A problem the user can fix; ``template`` is plain English with ``{fields}``."""

    template = "Something went wrong."

    def __init__(self, template: str | None = None, **fields: Any) -> None:
        if template is not None:
            self.template = template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)


class NotAPeerDeskFile(UserError):
    template = (
        "“{path}” is not a PeerDesk program file ({reason}). "
        "Choose a file that ends in .peerdesk, or create a new one with File → New file."
    )


class NewerFileVersion(UserError):
    template = (
        "“{path}” was saved by a newer version of PeerDesk. "
        "Install the latest PeerDesk to open it; the file has not been changed."
    )


class FileAlreadyOpen(UserError):
    template = (
        "“{path}” is already open in another PeerDesk window{where}. "
        "Switch to that window, or close it and try again."
    )


class FileMissing(UserError):
    template = "“{path}” does not exist. It may have been moved, renamed or deleted."


class FileExists(UserError):
    template = "“{path}” already exists. Choose another name, or open the existing file."


class DiskFull(UserError):
    template = (
        "There is not enough space on the disk to save “{path}”. Free some space and try again."
    )


class NoPermission(UserError):
    template = "PeerDesk is not allowed to write to “{path}”. Choose a folder you can save in."


class ValidationError(UserError):
    """One or more fields are invalid; ``problems`` maps field name to a message."""

    template = "{summary}"

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(summary=" ".join(self.problems.values()))


class NotFound(UserError):
    template = "{what} was not found in this file."


class BackupError(UserError):
    template = "The backup could not be used: {reason}"


class NotAPeerDeskDatabase(UserError):
    template = (
        "The database “{location}” belongs to another application: it has tables, but not "
        "PeerDesk's. Nothing was changed. Ask for an empty database for PeerDesk, or "
        "check the database name."
    )


class EmptyDatabase(UserError):
    template = (
        "The database “{location}” is empty. Set it up for PeerDesk first "
        "(File → Connect to shared database… offers to, or run: peerdesk init URL)."
    )


class NewerDatabaseVersion(UserError):
    template = (
        "The database “{location}” was set up by a newer version of PeerDesk. "
        "Install the latest PeerDesk to use it; nothing was changed."
    )


class ServerUnreachable(UserError):
    template = (
        "PeerDesk could not reach the database server at {server}: {reason} "
        "Check that the server is running and that this computer is on the right network, "
        "then try again."
    )


class WrongPassword(UserError):
    template = (
        "The server {server} did not accept the user name or password for “{user}”. "
        "Check them and try again."
    )


class NoSuchDatabase(UserError):
    template = (
        "The server {server} has no database called “{database}”. Check the name, or ask "
        "whoever runs the server to create it."
    )


class NoServerPermission(UserError):
    template = (
        "The user “{user}” may not do this on the database “{location}”. Ask whoever runs "
        "the server to grant PeerDesk's user the rights to read and write it. Nothing was changed."
    )


class ConnectionLost(UserError):
    template = (
        "The connection to the database server was lost, so the last action was not saved "
        "(none of it). Check the network, then reconnect and try again."
    )


class BusyRecords(UserError):
    """Another coordinator changed the same records at the same moment (a serialization
    failure or a deadlock on a shared database); nothing of the action was kept."""

    template = (
        "Another coordinator was changing the same records at the same moment, so this "
        "was not saved (none of it). Try again."
    )


class StillBusyRecords(BusyRecords):
    """:class:`BusyRecords` after PeerDesk tried again by itself (see peerdesk.storage.retry)."""

    template = (
        "Another coordinator was changing the same records; PeerDesk tried {attempts} times. "
        "Try again."
    )


class RuleBroken(UserError):
    """The database refused a change that would break one of its rules (migration
    0013_invariants); nothing of the action was kept."""

    template = "{rule} Nothing was changed; look again and try once more."
