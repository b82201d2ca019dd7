"""Why a roster file cannot be imported, in a coordinator's words.

Every problem with the file as a whole is a :class:`RosterFileError`: nothing
has been written when one is raised, and the command line exits with status 2.
Problems with single rows are not exceptions; they are row outcomes in the
preview.
"""

from __future__ import annotations

from peerdesk.errors import UserError


class RosterFileError(UserError):
    """The file as a whole cannot be read; nothing was imported."""

    template = "“{name}” cannot be read as a roster."


class PasswordProtected(RosterFileError):
    template = (
        "“{name}” is protected with a password, so PeerDesk cannot read it. "
        "Open it in Excel, remove the password (File → Info → Protect Workbook), "
        "save it, and import it again."
    )


class CorruptFile(RosterFileError):
    template = (
        "“{name}” is damaged or incomplete ({reason}). "
        "If it came by email or a download, fetch it again; otherwise open it in Excel, "
        "save a new copy as .xlsx, and import that."
    )


class EmptyFile(RosterFileError):
    template = (
        "“{name}” has no rows to import ({reason}). "
        "Check that you chose the right file, or fill in the PeerDesk roster template."
    )


class NotASpreadsheet(RosterFileError):
    template = (
        "“{name}” is not a spreadsheet ({reason}). "
        "Choose an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) "
        "or a .csv file."
    )


class NoHeaderRow(RosterFileError):
    template = (
        "The sheet “{sheet}” in “{name}” has no header row, so PeerDesk cannot tell "
        "which column holds what. Add a row of column titles (Name, Email, Role…) above "
        "the people, or choose the header row yourself."
    )


class ReaderStopped(RosterFileError):
    """The child process reading the file aborted, hung or ran out of memory."""

    template = (
        "PeerDesk could not read this file ({reason}): “{name}”. Nothing was imported. "
        "If it came by email or a download, fetch it again; otherwise open it in Excel or "
        "LibreOffice, save a new copy as .xlsx, and import that."
    )


class FileNotReadable(RosterFileError):
    template = "“{name}” could not be opened: {reason}. Check that it exists and try again."


class UnknownSheet(RosterFileError):
    template = "“{name}” has no sheet called “{sheet}”. Its sheets are: {sheets}."


class NothingToUndo(UserError):
    template = "There is no import to undo in this program."


class UndoNotPossible(UserError):
    template = "The last import can no longer be undone: {reason}."
